"""Every format kg writes, by name: ``kg build --formats`` and ``kg export`` loop over this registry.

A :class:`Format` names the files it writes (relative to the output folder) and a writer
``write(source, folder, title)``, where ``source`` is the ``networkx`` graph, or the RDF graph
of :func:`kg.rdf.to_rdf` for the formats marked ``rdf``, and ``title`` names the HTML view.
The formats marked ``pieces`` write entity by entity and take a fourth argument, a
:class:`kg.reuse.Reuse` (or None), through which a rebuild copies what did not change.

>>> list(FORMATS)
['ttl', 'nt', 'jsonld', 'graphml', 'gexf', 'html', 'neo4j', 'tables']
>>> parse_formats("graphml, ttl,graphml")
('graphml', 'ttl')
>>> parse_formats("all") == tuple(FORMATS)
True
>>> parse_formats("ttl,pdf")
Traceback (most recent call last):
...
ValueError: unknown format 'pdf' (choose from ttl, nt, jsonld, graphml, gexf, html, neo4j, tables, or all)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .gexf import write_gexf
from .graphml import write_graphml
from .html import write_html
from .jsonld import CONTEXT_FILE, write_jsonld
from .neo4j import write_neo4j
from .rdf import write_rdf
from .tables import FOLDER as TABLES_FOLDER
from .tables import TABLES, write_tables


@dataclass(frozen=True)
class Format:
    """One output format: what it is for, the files it writes and how."""

    help: str
    files: tuple[str, ...]
    write: Callable[[Any, Path, str], None]
    #: the writer takes the RDF graph (kg.rdf.to_rdf), not the networkx graph
    rdf: bool = False
    #: the writer takes a kg.reuse.Reuse as fourth argument
    pieces: bool = False


FORMATS: dict[str, Format] = {
    "ttl": Format("RDF Turtle: SPARQL, triple stores", ("graph.ttl",),
                  lambda g, folder, _title, reuse=None: write_rdf(g, folder / "graph.ttl", "ttl", reuse),
                  rdf=True, pieces=True),
    "nt": Format("RDF N-Triples, one block of lines per subject", ("graph.nt",),
                 lambda g, folder, _title, reuse=None: write_rdf(g, folder / "graph.nt", "nt", reuse),
                 rdf=True, pieces=True),
    "jsonld": Format("compact JSON-LD and its @context", ("graph.jsonld", CONTEXT_FILE),
                     lambda g, folder, _title: write_jsonld(g, folder), rdf=True),
    "graphml": Format("GraphML: Gephi, Cytoscape, yEd, Neo4j APOC, networkx, igraph", ("graph.graphml",),
                      lambda G, folder, _title, reuse=None: write_graphml(G, folder / "graph.graphml", reuse),
                      pieces=True),
    "gexf": Format("GEXF: Gephi, with the view's colours, shapes and sizes", ("graph.gexf",),
                   lambda G, folder, _title: write_gexf(G, folder / "graph.gexf")),
    "html": Format("the interactive view", ("graph.html",),
                   lambda G, folder, title: write_html(G, folder / "graph.html", title)),
    "neo4j": Format("Neo4j: neo4j-admin import CSV and load.cypher",
                    ("neo4j/entities.csv", "neo4j/relations.csv", "neo4j/load.cypher"),
                    lambda G, folder, _title: write_neo4j(G, folder)),
    "tables": Format("CSV tables for pandas, DuckDB, spreadsheets", tuple(f"{TABLES_FOLDER}/{n}" for n in TABLES),
                     lambda G, folder, _title: write_tables(G, folder)),
}
#: what ``kg build`` writes when not told
DEFAULT_FORMATS = ("ttl", "graphml", "html")


def parse_formats(text: str) -> tuple[str, ...]:
    """Format names from a comma-separated list (or ``all``), in order, each once."""
    names = [n.strip() for n in text.split(",") if n.strip()]
    if not names:
        raise ValueError(f"no format given (choose from {', '.join(FORMATS)}, or all)")
    if names == ["all"]:
        return tuple(FORMATS)
    for n in names:
        if n not in FORMATS:
            raise ValueError(f"unknown format {n!r} (choose from {', '.join(FORMATS)}, or all)")
    return tuple(dict.fromkeys(names))
