"""Write the RDF of a graph as Turtle or N-Triples, streaming (JSON-LD: :mod:`kg.export.jsonld`).

Turtle and N-Triples are written entity by entity (:func:`rdf_parts`): nothing is held but the
blocks of the entity being written, and the same graph always gives the same bytes. Turtle
declares the vocabulary prefixes and ``@base <https://w3id.org/kg-health/id/>``, so entities,
documents, mentions and evidence are written as relative IRIs (``<hospital/…>``) and integers
bare.

>>> sorted(FORMATS)
['nt', 'ttl']
>>> from kg.rdf import Block, literal
>>> print(turtle_block(Block("<https://w3id.org/kg-health/id/place/220100>", (
...     ("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<https://w3id.org/kg-health/ontology#City>"),
...     ("<https://w3id.org/kg-health/ontology#mentionCount>", 2),
...     ("<http://www.w3.org/2000/01/rdf-schema#label>", literal("长春市", "zh"))))), end="")
<https://w3id.org/kg-health/id/place/220100> a kg:City ;
    kg:mentionCount 2 ;
    rdfs:label "长春市"@zh .
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path

import networkx as nx

from ..rdf import RDF, VOCABULARY, Block, RDFContext, document_blocks, entity_blocks
from ..reuse import Part, Reuse
from ..vocab import ID, PREFIXES
from .files import write_parts

#: format name -> file name
FORMATS = {"ttl": "graph.ttl", "nt": "graph.nt"}
_TYPE = f"<{PREFIXES['rdf']}type>"
_LOCAL_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
_BASE = f"<{ID}"


def _short_iri(term: str) -> str:
    """A vocabulary IRI as a prefixed name when its local name allows one.

    >>> _short_iri("<https://w3id.org/kg-health/ontology#Hospital>")
    'kg:Hospital'
    """
    body = term[1:-1]
    for prefix, ns in PREFIXES.items():
        if body.startswith(ns) and _LOCAL_NAME.fullmatch(body[len(ns):]):
            return f"{prefix}:{body[len(ns):]}"
    return term


#: vocabulary IRIs as prefixed names, rdf:type as ``a``
_SHORT = {term: "a" if term == _TYPE else _short_iri(term) for term in VOCABULARY}


def turtle_block(block: Block, short: dict[str, str] = _SHORT) -> str:
    """One subject and its predicate-object list, vocabulary terms abbreviated with ``short``;
    entity IRIs stay absolute here (:func:`_turtle` makes them relative)."""
    return _paragraphs([block], short)[1:]


def _paragraphs(blocks: Iterable[Block], short: dict[str, str] = _SHORT) -> str:
    """Each block as by :func:`turtle_block`, after a blank line (one loop for an entity's blocks)."""
    get = short.get
    return "".join(["\n" + s + " " + " ;\n    ".join([f"{get(p, p)} {get(o, o)}" for p, o in pairs]) + " .\n"
                    for s, pairs in blocks])


def _turtle(blocks: Iterable[Block]) -> str:
    """Turtle paragraphs, entity IRIs made relative: literals never contain ``<`` followed by the
    entity namespace (:func:`kg.rdf.literal`), so one replacement does it."""
    return _paragraphs(blocks).replace(_BASE, "<")


def _ntriples(blocks: Iterable[Block]) -> str:
    return "".join([b.ntriples() for b in blocks])


def rdf_parts(G: nx.MultiDiGraph, fmt: str) -> Iterator[Part]:
    """The file as parts: the prefixes and base (Turtle) and the documents, then one piece per
    entity (its block, its mentions', its statements' and their evidence's)."""
    render = _turtle if fmt == "ttl" else _ntriples
    header = ("".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(PREFIXES.items())) + f"@base <{ID}> .\n"
              if fmt == "ttl" else "")
    yield Part(None, lambda: header + render(document_blocks(G)))
    context = RDFContext.of(G)
    for key in G:
        yield Part(("", key), partial(_render_entity, render, context, key))


def _render_entity(render: Callable[[Iterable[Block]], str], context: RDFContext, key: str) -> str:
    return render(entity_blocks(context, key))


def write_rdf(rdf: RDF, path: Path, fmt: str, reuse: Reuse | None = None) -> None:
    """Write ``rdf`` (from :func:`kg.rdf.to_rdf`) to ``path`` as ``ttl`` or ``nt``, entity by
    entity (through ``reuse`` when given: :mod:`kg.reuse`)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown RDF format {fmt!r} (choose from {', '.join(FORMATS)})")
    write_parts(path, rdf_parts(rdf.graph, fmt), reuse)
