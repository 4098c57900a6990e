"""Write the RDF graph as Turtle or N-Triples (JSON-LD: :mod:`kg.export.jsonld`).

>>> sorted(FORMATS)
['nt', 'ttl']
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

#: format name -> (rdflib serializer, file name)
FORMATS = {"ttl": ("turtle", "graph.ttl"), "nt": ("nt", "graph.nt")}


def generate_rdf(g: Graph, fmt: str) -> str:
    """Serialise deterministically (N-Triples lines are sorted)."""
    serializer, _ = FORMATS[fmt]
    text = g.serialize(format=serializer, encoding="utf-8").decode("utf-8")
    if fmt == "nt":
        text = "".join(sorted(line + "\n" for line in text.splitlines() if line.strip()))
    return text


def write_rdf(g: Graph, path: Path, fmt: str) -> None:
    path.write_text(generate_rdf(g, fmt), encoding="utf-8")
