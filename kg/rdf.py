"""RDF: the graph under ``ontology/kg.ttl`` as triples, built straight from the networkx graph.

* entities: ``id:place/<division code>`` for places, ``id:<type>/<name>`` otherwise (the
  name with every character that is not a letter or digit percent-encoded; a hash for
  names over 60 characters), typed with exactly one kg class, ``rdfs:label`` and
  ``skos:prefLabel`` (``@zh``) for the canonical name, ``skos:altLabel`` for aliases;
* relations: a direct triple ``head kg:rel tail``, and an ``rdf:Statement`` reifying it with
  ``kg:evidence`` nodes (sentence, document, offsets, basis), the ids of the rules that stated
  it (``kg:rule``) and its ``kg:confidence`` (``xsd:decimal``, see :mod:`kg.confidence`);
  entities carry their ``kg:rule`` and ``kg:confidence`` too;
* documents: ``kg:Document`` (a ``prov:Entity``) with path, hash, title and date;
* mentions: ``kg:Mention`` nodes linking an entity to a document, sentence and offsets.

No blank nodes are used. The triples come as :class:`Block` s, one per subject, in an order
fixed by the graph (documents, then each entity followed by its mentions and its relations), so
the writers of :mod:`kg.export.rdf` stream them without holding or sorting them, and the same
graph always gives the same bytes. Terms are N-Triples strings (``<iri>``, ``"text"@zh``) or
Python ints for ``xsd:integer`` literals (each writer spells them its way); no rdflib graph is
built. :func:`to_rdflib` gives one for users and tests.

>>> entity_iri("Hospital:吉林大学第一医院", "Hospital", "吉林大学第一医院", None)
'https://w3id.org/kg-health/id/hospital/吉林大学第一医院'
>>> entity_iri("Program:a<b>", "Program", 'a<b> "x"', None)
'https://w3id.org/kg-health/id/program/a%3Cb%3E%20%22x%22'
>>> literal('他说"好"\\n', "zh")
'"他说\\\\"好\\\\"\\\\n"@zh'
"""

from __future__ import annotations

import hashlib
from hashlib import sha256
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple
from pathlib import Path

import networkx as nx

from .vocab import ID, KG, PREFIXES

RDF_NS = PREFIXES["rdf"]
XSD_NS = PREFIXES["xsd"]
#: datatype suffix of an ``xsd:integer`` literal in N-Triples
INTEGER = f"^^<{XSD_NS}integer>"
#: a term: an N-Triples IRI or literal, or an int for an ``xsd:integer`` literal
Term = str | int
#: datatype suffix of an ``xsd:date`` literal in N-Triples
DATE = f"^^<{XSD_NS}date>"
#: datatype suffix of an ``xsd:decimal`` literal in N-Triples
DECIMAL = f"^^<{XSD_NS}decimal>"
#: characters a quoted N-Triples/Turtle string must escape
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_ID_IRI = f"<{ID}"


def iri(text: str) -> str:
    """An IRI term.

    >>> iri("https://w3id.org/kg-health/id/place/220100")
    '<https://w3id.org/kg-health/id/place/220100>'
    """
    return f"<{text}>"


def literal(text: str, lang: str | None = None) -> str:
    """A string literal, with a language tag when given.

    A text holding ``<`` followed by the entity namespace has its ``<`` escaped (``\\u003C``),
    so that no literal can be taken for an IRI by the Turtle writer.
    """
    if '"' in text or "\\" in text or "\n" in text or "\r" in text:
        text = text.translate(_ESCAPES)
    if _ID_IRI in text:
        text = text.replace("<", "\\u003C")
    return f'"{text}"@{lang}' if lang else f'"{text}"'


def _term(ns: str, local: str) -> str:
    return iri(ns + local)


# The predicates and classes, as terms, once.
A = _term(RDF_NS, "type")
LABEL = _term(PREFIXES["rdfs"], "label")
PREF_LABEL = _term(PREFIXES["skos"], "prefLabel")
ALT_LABEL = _term(PREFIXES["skos"], "altLabel")
IDENTIFIER = _term(PREFIXES["dcterms"], "identifier")
TITLE = _term(PREFIXES["dcterms"], "title")
DATE_P = _term(PREFIXES["dcterms"], "date")
EXTENT = _term(PREFIXES["dcterms"], "extent")
PROV_ENTITY = _term(PREFIXES["prov"], "Entity")
STATEMENT = _term(RDF_NS, "Statement")
SUBJECT, PREDICATE, OBJECT = (_term(RDF_NS, x) for x in ("subject", "predicate", "object"))
KG_TERMS = {name: iri(str(getattr(KG, name))) for name in KG.__annotations__}
K = {name: iri(str(getattr(KG, name))) for name in (
    "Document", "Mention", "Evidence", "sha256", "encoding", "divisionCode", "place", "mentionCount", "mention",
    "inDocument", "sentenceIndex", "startOffset", "endOffset", "surface", "sentenceText", "evidence", "basis",
    "rule", "confidence")}
_DIVISION_CODE, _PLACE, _MENTION_COUNT, _MENTION, _MENTION_CLASS, _IN_DOCUMENT = (
    K[n] for n in ("divisionCode", "place", "mentionCount", "mention", "Mention", "inDocument"))
_SENTENCE_INDEX, _START, _END, _SURFACE, _SENTENCE_TEXT = (
    K[n] for n in ("sentenceIndex", "startOffset", "endOffset", "surface", "sentenceText"))
_EVIDENCE, _EVIDENCE_CLASS, _BASIS, _RULE, _CONFIDENCE = (K[n] for n in ("evidence", "Evidence", "basis", "rule", "confidence"))
_EMPTY_ZH = '""@zh'
#: what joins the parts of a node's digest (:func:`_digest`)
SEP = "\x1f"
# The pairs that type a mention, an evidence node and a statement.
_IS_MENTION, _IS_EVIDENCE, _IS_STATEMENT = (A, _MENTION_CLASS), (A, _EVIDENCE_CLASS), (A, STATEMENT)
_MENTION_IRI, _STATEMENT_IRI, _EVIDENCE_IRI = (f"<{ID}{kind}/" for kind in ("mention", "statement", "evidence"))
#: sentence literals an :class:`RDFContext` keeps made (a sentence is the text of each of its
#: mentions); beyond this many it starts again, so that memory does not grow with the corpus
SENTENCE_LITERALS = 50_000
#: every vocabulary IRI the triples use (what a writer may abbreviate)
VOCABULARY = (A, LABEL, PREF_LABEL, ALT_LABEL, IDENTIFIER, TITLE, DATE_P, EXTENT, PROV_ENTITY, STATEMENT, SUBJECT,
              PREDICATE, OBJECT, *KG_TERMS.values())


class Block(NamedTuple):
    """The triples of one subject: ``subject`` and its (predicate, object) pairs, as N-Triples terms
    (a named tuple: millions are made)."""

    subject: str
    pairs: tuple[tuple[str, Term], ...]

    def ntriples(self) -> str:
        """The block as N-Triples lines.

        >>> print(Block("<s>", (("<p>", '"o"'), ("<q>", 7))).ntriples(), end="")
        <s> <p> "o" .
        <s> <q> "7"^^<http://www.w3.org/2001/XMLSchema#integer> .
        """
        s = self.subject
        return "".join(f"{s} {p} {o} .\n" if type(o) is str else f'{s} {p} "{o}"{INTEGER} .\n'
                       for p, o in self.pairs)


def safe_segment(text: str, limit: int = 60) -> str:
    """An IRI path segment: letters and digits kept, everything else percent-encoded (UTF-8).

    >>> safe_segment("医院/a b")
    '医院%2Fa%20b'
    """
    if len(text) > limit:
        return "h" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:24]
    if text.isalnum() and text.isprintable():
        return text  # every character kept (most names: Chinese characters and digits)
    out = []
    for ch in text:
        if (ch.isalnum() and ord(ch) > 0x7F and ch.isprintable()) or (ch.isascii() and ch.isalnum()) \
                or ch in "-_.":
            out.append(ch)
        else:
            out.append("".join(f"%{b:02X}" for b in ch.encode("utf-8", "surrogatepass")))
    return "".join(out)


#: the scope a generic or page-relative name's key ends with after ``@`` (``kg.resolve.scoped_key``)
SCOPE = re.compile("[0-9a-f]{12}")


def entity_iri(key: str, typ: str, name: str, code: str | None) -> str:
    """The IRI of an entity: its division code for a place, else its type and name."""
    if code:
        return f"{ID}place/{safe_segment(code)}"
    scope = key[len(typ) + len(name) + 2:] if key.startswith(f"{typ}:{name}@") else ""
    if SCOPE.fullmatch(scope):  # a generic or page-relative name, one node per place or page (kg.resolve)
        return f"{ID}{typ.lower()}/{safe_segment(name)}-{scope}"
    return f"{ID}{typ.lower()}/{safe_segment(name)}"


def _digest(text: str) -> str:
    """20 hex digits of the SHA-256 of ``text``: a node's parts joined by :data:`SEP` (the local
    name of a mention, statement or evidence node). Callers join the parts with an f-string (a
    relation's head, name and tail once for all its evidence nodes).

    >>> _digest(SEP.join(["Hospital:a", "a.txt#0", "3", "7"]))
    '3b8b97f5efd926bcce5b'
    """
    return sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def doc_iri(sha256: str) -> str:
    """The IRI of a document, from the SHA-256 of its bytes."""
    return f"{ID}doc/{sha256[:20]}"


def _merged(blocks: list[Block]) -> list[Block]:
    """Blocks of the same subject joined, in order of first appearance, each pair once."""
    if len({b.subject for b in blocks}) == len(blocks):
        return blocks
    by_subject: dict[str, dict[tuple[str, Term], None]] = {}
    for b in blocks:
        by_subject.setdefault(b.subject, {}).update(dict.fromkeys(b.pairs))
    return [Block(s, tuple(pairs)) for s, pairs in by_subject.items()]


def document_blocks(G: nx.MultiDiGraph) -> list[Block]:
    """The blocks of the documents (they come first)."""
    blocks = []
    for d in G.graph.get("documents", []):
        pairs = [(A, K["Document"]), (A, PROV_ENTITY), (IDENTIFIER, literal(d.path)), (K["sha256"], literal(d.sha256)),
                 (K["encoding"], literal(d.encoding)), (EXTENT, int(d.size))]
        if d.title:
            pairs.append((TITLE, literal(d.title, "zh")))
        if d.date:
            pairs.append((DATE_P, literal(d.date) + DATE))
        blocks.append(Block(iri(doc_iri(d.sha256)), tuple(pairs)))
    return _merged(blocks)


def triples(G: nx.MultiDiGraph) -> Iterator[Block]:
    """The RDF of a kg graph, one :class:`Block` per subject (a subject is never repeated).

    >>> from kg.graph import build_graph
    >>> from kg.types import Entity
    >>> G = build_graph([Entity("code:220100", "City", "长春市", code="220100")], [], [])
    >>> print(next(triples(G)).ntriples(), end="")  # doctest: +NORMALIZE_WHITESPACE
    <https://w3id.org/kg-health/id/place/220100> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>
        <https://w3id.org/kg-health/ontology#City> .
    <https://w3id.org/kg-health/id/place/220100> <http://www.w3.org/2000/01/rdf-schema#label> "长春市"@zh .
    <https://w3id.org/kg-health/id/place/220100> <http://www.w3.org/2004/02/skos/core#prefLabel> "长春市"@zh .
    <https://w3id.org/kg-health/id/place/220100> <https://w3id.org/kg-health/ontology#divisionCode> "220100" .
    <https://w3id.org/kg-health/id/place/220100> <https://w3id.org/kg-health/ontology#mentionCount>
        "0"^^<http://www.w3.org/2001/XMLSchema#integer> .
    """
    context = RDFContext.of(G)
    yield from document_blocks(G)
    for key in G:
        yield from entity_blocks(context, key)


@dataclass
class RDFContext:
    """What the blocks of one entity are made from besides its node: the graph, the IRIs of the
    entities and documents, and the sentence literals made so far (a sentence is the text of all
    its mentions)."""

    G: nx.MultiDiGraph
    iri_of: dict[str, str]
    doc_of: dict[str, str]
    sentence_literal: dict[tuple[str, int], str] = field(default_factory=dict)

    @classmethod
    def of(cls, G: nx.MultiDiGraph) -> RDFContext:
        return cls(G, EntityIRIs(G), {d.id: iri(doc_iri(d.sha256)) for d in G.graph.get("documents", [])})


class EntityIRIs(dict):
    """The IRI (``<…>``) of each entity of a graph by its key, made when first asked for: a rebuild
    copies most entities' blocks from the previous file and renders few.

    >>> from kg.graph import build_graph
    >>> from kg.types import Entity
    >>> iris = EntityIRIs(build_graph([Entity("code:220100", "City", "长春市", code="220100")], [], []))
    >>> len(iris), iris["code:220100"], len(iris)
    (0, '<https://w3id.org/kg-health/id/place/220100>', 1)
    """

    def __init__(self, G: nx.MultiDiGraph) -> None:
        super().__init__()
        self.nodes = G.nodes

    def __missing__(self, key: str) -> str:
        d = self.nodes[key]
        made = self[key] = iri(entity_iri(key, d["type"], d["name"], d.get("code")))
        return made


def entity_blocks(context: RDFContext, key: str) -> list[Block]:
    """The blocks of one entity: its own, its mentions', then each of its relations' statement and evidence."""
    G, iri_of, doc_of, sentence_literal = context.G, context.iri_of, context.doc_of, context.sentence_literal
    sentences = G.graph.get("sentences", {})
    data = G.nodes[key]
    name = literal(data["name"], "zh")
    pairs = [(A, KG_TERMS[data["type"]]), (LABEL, name), (PREF_LABEL, name)]
    pairs += [(ALT_LABEL, literal(alias, "zh")) for alias in data["aliases"]]
    if data.get("code"):
        pairs.append((_DIVISION_CODE, literal(data["code"])))
    if data.get("place") and data["place"] in G:
        pairs.append((_PLACE, iri_of[data["place"]]))
    pairs += _provenance(data)
    pairs.append((_MENTION_COUNT, int(data.get("mention_count", len(data["mentions"])))))
    mentions = []
    surface_literal: dict[str, str] = {}  # an entity's mentions share a few surfaces
    for m in data["mentions"]:
        doc_id, sentence, start, end = m.doc_id, m.sentence, m.start, m.end
        mi = f"{_MENTION_IRI}{_digest(f'{key}{SEP}{doc_id}{SEP}{start}{SEP}{end}')}>"
        pairs.append((_MENTION, mi))
        where = (doc_id, sentence)
        text = sentence_literal.get(where)
        if text is None:
            if len(sentence_literal) >= SENTENCE_LITERALS:
                sentence_literal.clear()
            text = sentence_literal[where] = literal(sentences.get(where) or "", "zh")
        surface = surface_literal.get(m.surface)
        if surface is None:
            surface = surface_literal[m.surface] = literal(m.surface, "zh")
        doc = doc_of.get(doc_id)
        mp = (_IS_MENTION, (_IN_DOCUMENT, doc)) if doc else (_IS_MENTION,)
        mp += ((_SENTENCE_INDEX, sentence), (_START, start), (_END, end), (_SURFACE, surface))
        mentions.append(Block(mi, mp + ((_SENTENCE_TEXT, text),) if text != _EMPTY_ZH else mp))
    edges = [(tail, rel, edge) for tail, by_rel in G.succ[key].items() for rel, edge in by_rel.items()]
    pairs += [(KG_TERMS[rel], iri_of[tail]) for tail, rel, _ in edges]
    blocks = [Block(iri_of[key], tuple(dict.fromkeys(pairs))), *_merged(mentions)]
    for tail, rel, edge in edges:
        blocks += _statement(key, tail, rel, edge, iri_of, doc_of)
    return blocks


def _provenance(data: dict) -> list[tuple[str, Term]]:
    """The rules that produced a fact (``kg:rule``) and its confidence (``kg:confidence``).

    >>> [(p.split("#")[1], o) for p, o in _provenance({"rules": ("cue:leads",), "confidence": 0.9})]
    [('rule>', '"cue:leads"'), ('confidence>', '"0.900"^^<http://www.w3.org/2001/XMLSchema#decimal>')]
    """
    pairs: list[tuple[str, Term]] = [(_RULE, literal(rule)) for rule in data.get("rules", ())]
    if data.get("confidence") is not None:
        pairs.append((_CONFIDENCE, f'"{data["confidence"]:.3f}"{DECIMAL}'))
    return pairs


def _statement(head: str, tail: str, rel: str, edge: dict, iri_of: dict[str, str],
               doc_of: dict[str, str]) -> list[Block]:
    """The reification of one relation, its provenance and its evidence nodes."""
    relation = f"{head}{SEP}{rel}{SEP}{tail}"
    st = f"{_STATEMENT_IRI}{_digest(relation)}>"
    pairs = [_IS_STATEMENT, (SUBJECT, iri_of[head]), (PREDICATE, KG_TERMS[rel]), (OBJECT, iri_of[tail])]
    pairs += _provenance(edge)
    blocks = []
    for ev in edge["evidence"]:
        ei = f"{_EVIDENCE_IRI}{_digest(f'{relation}{SEP}{ev.doc_id}{SEP}{ev.sentence}{SEP}{ev.basis}')}>"
        pairs.append((_EVIDENCE, ei))
        ep = (_IS_EVIDENCE, (_BASIS, literal(ev.basis)), (_SENTENCE_TEXT, literal(ev.text, "zh")),
              (_SENTENCE_INDEX, ev.sentence), (_START, ev.start), (_END, ev.end))
        doc = doc_of.get(ev.doc_id)
        blocks.append(Block(ei, ep + ((_IN_DOCUMENT, doc),) if doc else ep))
    return [Block(st, tuple(dict.fromkeys(pairs))), *_merged(blocks)]


def to_rdflib(G: nx.MultiDiGraph):
    """The same triples as an ``rdflib.Graph`` (for users' own use and for tests; slow on large graphs).

    >>> from kg.graph import build_graph
    >>> from kg.types import Entity
    >>> len(to_rdflib(build_graph([Entity("code:220100", "City", "长春市", code="220100")], [], [])))
    5
    """
    import rdflib

    g = rdflib.Graph(bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    g.parse(data="".join(block.ntriples() for block in triples(G)), format="nt")
    return g


_UNESCAPES = {"\\": "\\", '"': '"', "n": "\n", "r": "\r"}
_ESCAPED = re.compile(r"\\(.)")


def rdflib_term(term: Term):
    """The rdflib term of an N-Triples term written by this module.

    >>> rdflib_term('"a\\\\"b"@zh')
    rdflib.term.Literal('a"b', lang='zh')
    >>> rdflib_term(7).toPython()
    7
    """
    from rdflib import Literal, URIRef

    if type(term) is int:
        return Literal(term, datatype=URIRef(XSD_NS + "integer"))
    if term.startswith("<"):
        return URIRef(term[1:-1])
    end = term.rindex('"')
    text = _ESCAPED.sub(lambda m: _UNESCAPES[m.group(1)], term[1:end])
    rest = term[end + 1:]
    if rest.startswith("@"):
        return Literal(text, lang=rest[1:])
    return Literal(text, datatype=URIRef(rest[3:-1])) if rest else Literal(text)


@dataclass(frozen=True)
class RDF:
    """The RDF of a kg graph, generated when read: :meth:`blocks` for the writers, iteration for
    (s, p, o) rdflib terms, :meth:`serialize` to write a file."""

    graph: nx.MultiDiGraph

    def blocks(self) -> Iterator[Block]:
        return triples(self.graph)

    def __iter__(self):
        for block in self.blocks():
            s = rdflib_term(block.subject)
            for p, o in block.pairs:
                yield s, rdflib_term(p), rdflib_term(o)

    def serialize(self, destination: str | os.PathLike, format: str = "turtle") -> None:
        """Write ``destination`` as ``turtle``/``ttl`` or ``nt``/``ntriples``."""
        from .export.rdf import write_rdf

        write_rdf(self, Path(destination), {"turtle": "ttl", "ntriples": "nt"}.get(format, format))


def to_rdf(G: nx.MultiDiGraph) -> RDF:
    """The RDF of a kg graph (nothing is built until it is read)."""
    return RDF(G)
