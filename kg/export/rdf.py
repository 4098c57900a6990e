"""Write the RDF of a graph as Turtle or N-Triples, streaming (JSON-LD: :mod:`kg.export.jsonld`).

Turtle and N-Triples are written block by block as :func:`kg.rdf.triples` yields them: nothing
is held but the block being written, and the same graph always gives the same bytes. Turtle
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

import itertools
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..rdf import RDF, VOCABULARY, Block
from ..vocab import ID, PREFIXES

#: format name -> file name
FORMATS = {"ttl": "graph.ttl", "nt": "graph.nt"}
#: blocks gathered before one write to the file
CHUNK = 2000
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
    entity IRIs stay absolute here (:func:`generate_turtle` makes them relative, chunk by chunk)."""
    get = short.get
    return f"{block.subject} " + " ;\n    ".join([f"{get(p, p)} {get(o, o)}" for p, o in block.pairs]) + " .\n"


def generate_turtle(blocks: Iterable[Block]) -> Iterator[str]:
    """Turtle: the prefixes and base, then one paragraph per block, in chunks of :data:`CHUNK` blocks.

    Literals never contain ``<`` followed by the entity namespace (:func:`kg.rdf.literal`), so
    one replacement per chunk turns every entity IRI into a relative one.
    """
    yield "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(PREFIXES.items())) + f"@base <{ID}> .\n"
    blocks = iter(blocks)
    while chunk := list(itertools.islice(blocks, CHUNK)):
        yield "".join(["\n" + turtle_block(b) for b in chunk]).replace(_BASE, "<")


def generate_ntriples(blocks: Iterable[Block]) -> Iterator[str]:
    """N-Triples, in chunks of :data:`CHUNK` blocks."""
    blocks = iter(blocks)
    while chunk := list(itertools.islice(blocks, CHUNK)):
        yield "".join([b.ntriples() for b in chunk])


def _write_chunks(path: Path, parts: Iterable[str]) -> None:
    """Write each part as it comes: only one chunk of the file is ever in memory."""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for part in parts:
            f.write(part)


def write_rdf(rdf: RDF, path: Path, fmt: str) -> None:
    """Write ``rdf`` (from :func:`kg.rdf.to_rdf`) to ``path`` as ``ttl`` or ``nt``."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown RDF format {fmt!r} (choose from {', '.join(FORMATS)})")
    _write_chunks(path, (generate_turtle if fmt == "ttl" else generate_ntriples)(rdf.blocks()))
