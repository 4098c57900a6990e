"""Write the RDF of a graph as Turtle, N-Triples or JSON-LD, streaming.

Turtle and N-Triples are written block by block as :func:`kg.rdf.triples` yields them: nothing
is held but the block being written, and the same graph always gives the same bytes. Turtle
declares the vocabulary prefixes and ``@base <https://w3id.org/kg-health/id/>``, so entities,
documents, mentions and evidence are written as relative IRIs (``<hospital/…>``) and integers
bare.

>>> sorted(FORMATS)
['jsonld', 'nt', 'ttl']
>>> from kg.rdf import Block, integer, literal
>>> print(turtle_block(Block("<https://w3id.org/kg-health/id/place/220100>", (
...     ("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<https://w3id.org/kg-health/ontology#City>"),
...     ("<https://w3id.org/kg-health/ontology#mentionCount>", integer(2)),
...     ("<http://www.w3.org/2000/01/rdf-schema#label>", literal("长春市", "zh")))), {}), end="")
<place/220100> a kg:City ;
    kg:mentionCount 2 ;
    rdfs:label "长春市"@zh .
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..rdf import DATE, INTEGER, RDF, Block
from ..vocab import ID, PREFIXES

#: format name -> file name
FORMATS = {"ttl": "graph.ttl", "nt": "graph.nt", "jsonld": "graph.jsonld"}
#: blocks gathered before one write to the file
CHUNK = 2000
_TYPE = f"<{PREFIXES['rdf']}type>"
_LOCAL_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
_INTEGER_LEXICAL = re.compile(r'"-?[0-9]+"')
_BASE = f"<{ID}"


def _short_iri(term: str) -> str:
    """An IRI term as Turtle: relative to the base, a prefixed name, or as it is."""
    if term.startswith(_BASE):
        return "<" + term[len(_BASE):]
    body = term[1:-1]
    for prefix, ns in PREFIXES.items():
        if body.startswith(ns) and _LOCAL_NAME.fullmatch(body[len(ns):]):
            return f"{prefix}:{body[len(ns):]}"
    return term


def _turtle_term(term: str, short: dict[str, str]) -> str:
    if term.startswith("<"):
        out = short.get(term)
        if out is None:
            out = short[term] = _short_iri(term)
        return out
    if term.endswith(INTEGER):
        lexical = term[: -len(INTEGER)]
        if _INTEGER_LEXICAL.fullmatch(lexical):
            return lexical[1:-1]
    elif term.endswith(DATE):
        return term[: -len(DATE)] + "^^xsd:date"
    return term


def turtle_block(block: Block, short: dict[str, str]) -> str:
    """One subject and its predicate-object list; ``short`` caches abbreviated IRIs."""
    lines = []
    for p, o in block.pairs:
        pred = "a" if p == _TYPE else _turtle_term(p, short)
        lines.append(f"{pred} {_turtle_term(o, short)}")
    return _turtle_term(block.subject, short) + " " + " ;\n    ".join(lines) + " .\n"


def generate_turtle(blocks: Iterable[Block]) -> Iterator[str]:
    """Turtle: the prefixes and base, then one paragraph per block."""
    yield "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(PREFIXES.items())) + f"@base <{ID}> .\n"
    short: dict[str, str] = {}
    for block in blocks:
        yield "\n" + turtle_block(block, short)


def generate_ntriples(blocks: Iterable[Block]) -> Iterator[str]:
    """N-Triples, block by block."""
    for block in blocks:
        yield block.ntriples()


def _write_chunks(path: Path, parts: Iterable[str]) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        buffer: list[str] = []
        for part in parts:
            buffer.append(part)
            if len(buffer) >= CHUNK:
                f.write("".join(buffer))
                buffer.clear()
        f.write("".join(buffer))


def write_rdf(rdf: RDF, path: Path, fmt: str) -> None:
    """Write ``rdf`` (from :func:`kg.rdf.to_rdf`) to ``path`` as ``ttl``, ``nt`` or ``jsonld``."""
    if fmt == "ttl":
        _write_chunks(path, generate_turtle(rdf.blocks()))
    elif fmt == "nt":
        _write_chunks(path, generate_ntriples(rdf.blocks()))
    elif fmt == "jsonld":
        from rdflib import Graph

        g = Graph(bind_namespaces="none")
        for prefix, ns in PREFIXES.items():
            g.bind(prefix, ns)
        for triple in rdf:
            g.add(triple)
        path.write_text(g.serialize(format="json-ld"), encoding="utf-8")
    else:
        raise ValueError(f"unknown RDF format {fmt!r} (choose from {', '.join(FORMATS)})")
