"""Read a graph kg wrote (Turtle, N-Triples or JSON-LD) back into the ``networkx`` graph it
was written from, so that any export can be made without rebuilding.

The inverse of :func:`kg.rdf.to_rdf`: entities (keys ``code:<division code>`` or
``<Type>:<name>``, as the builder makes them) with names, aliases, code, place, mention count and
mentions, rules and confidence; relations from their ``rdf:Statement`` with every evidence, rules
and confidence; documents; the text of
every sentence a mention or an evidence points to. Writing the result as RDF again gives the
same triples.

>>> import tempfile, pathlib
>>> from kg.graph import build_graph
>>> from kg.rdf import to_rdf
>>> from kg.types import Entity
>>> G = build_graph([Entity("code:220100", "City", "长春市", frozenset({"长春"}), code="220100")], [], [])
>>> with tempfile.TemporaryDirectory() as tmp:
...     path = pathlib.Path(tmp, "graph.ttl")
...     _ = to_rdf(G).serialize(path, format="turtle")
...     H = read_graph(path)
>>> H.nodes["code:220100"]["name"], H.nodes["code:220100"]["aliases"]
('长春市', ['长春'])
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import networkx as nx
import pyoxigraph

from ..errors import InputError
from ..graph import build_graph
from ..rdf import entity_iri
from ..types import ENTITY_TYPES, DocumentInfo, Entity, Evidence, Mention, Relation
from ..vocab import KG, PREFIXES

#: file extension -> RDF format of the graphs kg writes
RDF_FORMATS = {".ttl": pyoxigraph.RdfFormat.TURTLE, ".nt": pyoxigraph.RdfFormat.N_TRIPLES,
               ".jsonld": pyoxigraph.RdfFormat.JSON_LD}
_KG = str(KG._NS)


def _iri(prefix: str, local: str) -> str:
    return PREFIXES[prefix] + local


_TYPE = _iri("rdf", "type")
_STATEMENT = _iri("rdf", "Statement")


def load_triples(path: Path) -> dict[str, dict[str, list]]:
    """subject IRI -> predicate IRI -> objects (pyoxigraph terms) of an RDF file."""
    path = Path(path)
    fmt = RDF_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(str(path), "not a graph kg writes (use a .ttl, .nt or .jsonld file)")
    subjects: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    try:
        for t in pyoxigraph.parse(path=str(path), format=fmt):
            subjects[t.subject.value][t.predicate.value].append(t.object)
    except FileNotFoundError:
        raise InputError(str(path), "no such graph (build one with: kg build seeds/ --out out/)") from None
    except (OSError, SyntaxError, ValueError) as e:
        raise InputError(str(path), f"cannot read the graph ({e})") from None
    return subjects


def _one(props: dict, prefix: str, local: str, default=None):
    values = props.get(_iri(prefix, local))
    return values[0].value if values else default


def _int(props: dict, local: str) -> int:
    return int(_one(props, "kg", local, 0))


def _key(iri: str, typ: str, name: str) -> str:
    """An entity's key from its IRI: ``Type:name``, with the scope a generic name's IRI ends with
    (``kg.resolve.scoped_key``)."""
    key = f"{typ}:{name}"
    scope = iri.rsplit("-", 1)[-1]
    return f"{key}@{scope}" if len(scope) == 12 and iri == entity_iri(f"{key}@{scope}", typ, name, None) else key


def read_graph(path: Path) -> nx.MultiDiGraph:
    """The graph of an RDF file written by kg (see the module docstring)."""
    subjects = load_triples(path)
    docs: dict[str, DocumentInfo] = {}
    for iri, props in subjects.items():
        if _iri("kg", "Document") in {t.value for t in props.get(_TYPE, [])}:
            sha = _one(props, "kg", "sha256", "")
            path_ = _one(props, "dcterms", "identifier", "")
            docs[iri] = DocumentInfo(f"{path_}#{sha[:16]}", path_, sha, _one(props, "kg", "encoding", ""),
                                     int(_one(props, "dcterms", "extent", 0)), _one(props, "dcterms", "title", ""),
                                     _one(props, "dcterms", "date"), 0)
    sentences: dict[tuple[str, int], str] = {}
    keys: dict[str, str] = {}
    entities = []
    confidence: dict = {}
    for iri, props in subjects.items():
        types = [t.value[len(_KG):] for t in props.get(_TYPE, []) if t.value[len(_KG):] in ENTITY_TYPES]
        if not types:
            continue
        name, code = _one(props, "rdfs", "label", ""), _one(props, "kg", "divisionCode")
        keys[iri] = f"code:{code}" if code else _key(iri, types[0], name)
        mentions = []
        for doc, mp in _in_documents(props, "mention", subjects, docs):
            mention = Mention(doc.id, _int(mp, "sentenceIndex"), _int(mp, "startOffset"), _int(mp, "endOffset"),
                              _one(mp, "kg", "surface", ""))
            mentions.append(mention)
            text = _one(mp, "kg", "sentenceText")
            if text is not None:
                sentences[(doc.id, mention.sentence)] = text
        entities.append((iri, types[0], name, frozenset(a.value for a in props.get(_iri("skos", "altLabel"), [])),
                         tuple(sorted(mentions, key=lambda x: (x.doc_id, x.start, x.end))), code,
                         _one(props, "kg", "place"), _int(props, "mentionCount"), _rules(props)))
        confidence[keys[iri]] = _one(props, "kg", "confidence")
    relations = []
    for iri, props in subjects.items():
        if _STATEMENT not in {t.value for t in props.get(_TYPE, [])}:
            continue
        head, tail = keys.get(_one(props, "rdf", "subject", "")), keys.get(_one(props, "rdf", "object", ""))
        rel = _one(props, "rdf", "predicate", "")
        if head is None or tail is None or not rel.startswith(_KG):
            continue
        evidence = []
        for doc, ep in _in_documents(props, "evidence", subjects, docs):
            ev = Evidence(doc.id, _int(ep, "sentenceIndex"), _int(ep, "startOffset"), _int(ep, "endOffset"),
                          _one(ep, "kg", "sentenceText", ""), _one(ep, "kg", "basis", ""))
            evidence.append(ev)
        relations.append(Relation(head, rel[len(_KG):], tail,
                                  tuple(sorted(evidence, key=lambda x: (x.doc_id, x.start, x.basis))), _rules(props)))
        confidence[(head, rel[len(_KG):], tail)] = _one(props, "kg", "confidence")
    built = [Entity(keys[iri], typ, name, aliases, mentions, code, keys.get(place), count, rules)
             for iri, typ, name, aliases, mentions, code, place, count, rules in entities]
    G = build_graph(built, sorted(relations, key=lambda r: (r.head, r.rel, r.tail)), list(docs.values()),
                    sentences)
    for key, d in G.nodes(data=True):
        if confidence.get(key) is not None:
            d["confidence"] = float(confidence[key])
    for head, tail, rel, d in G.edges(keys=True, data=True):
        if confidence.get((head, rel, tail)) is not None:
            d["confidence"] = float(confidence[(head, rel, tail)])
    return G


def _in_documents(props: dict, prop: str, subjects: dict, docs: dict):
    """The nodes linked by ``kg:<prop>`` (mentions, evidence) with the document each lies in;
    a node whose document the graph does not describe is left out."""
    for node in props.get(_iri("kg", prop), []):
        node_props = subjects.get(node.value, {})
        doc = docs.get(_one(node_props, "kg", "inDocument", ""))
        if doc is not None:
            yield doc, node_props


def _rules(props: dict) -> tuple[str, ...]:
    return tuple(sorted(r.value for r in props.get(_iri("kg", "rule"), [])))
