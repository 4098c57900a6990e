"""Write the graph as plain tables for pandas, DuckDB or a spreadsheet, no RDF needed.

Six CSV files (UTF-8, one header each) in a ``tables/`` folder, with ids that join:

==================  =================================================================
``entities.csv``    ``id`` (the entity key), iri, type, name, code, place (an entity id),
                    mention_count, documents, confidence
``aliases.csv``     entity (-> entities.id), alias
``relations.csv``   ``id``, source, relation, target (-> entities.id), evidence_count,
                    confidence
``evidence.csv``    relation (-> relations.id), document (-> documents.id), sentence_index,
                    start, end, basis, sentence
``mentions.csv``    entity (-> entities.id), document (-> documents.id), sentence_index,
                    start, end, surface, sentence
``documents.csv``   ``id``, iri, path, sha256, encoding, size, title, date
==================  =================================================================

Offsets are code points in the decoded file, as in the Turtle; ``mention_count`` is the true
count while ``mentions.csv`` keeps at most 50 mentions per entity and document.

>>> sorted(TABLES)
['aliases.csv', 'documents.csv', 'entities.csv', 'evidence.csv', 'mentions.csv', 'relations.csv']
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import networkx as nx

from ..rdf import doc_iri
from .files import write_csv
from .records import clean_text, edge_id, edge_records, node_records

FOLDER = "tables"


def _text(value):
    return clean_text(value) if isinstance(value, str) else value


def _entities(G: nx.MultiDiGraph) -> Iterator[tuple]:
    for n in node_records(G):
        yield (n["id"], n["iri"], n["type"], n["name"], n["code"], n["place"], n["mention_count"], n["documents"],
               n["confidence"])


def _aliases(G: nx.MultiDiGraph) -> Iterator[tuple]:
    for key, d in G.nodes(data=True):
        for alias in d["aliases"]:
            yield key, alias


def _relations(G: nx.MultiDiGraph) -> Iterator[tuple]:
    for e in edge_records(G):
        yield e["id"], e["source"], e["relation"], e["target"], e["evidence_count"], e["confidence"]


def _evidence(G: nx.MultiDiGraph) -> Iterator[tuple]:
    for head, tail, rel, d in G.edges(keys=True, data=True):
        for ev in d["evidence"]:
            yield edge_id(head, rel, tail), ev.doc_id, ev.sentence, ev.start, ev.end, ev.basis, ev.text


def _mentions(G: nx.MultiDiGraph) -> Iterator[tuple]:
    sentences = G.graph.get("sentences", {})
    for key, d in G.nodes(data=True):
        for m in d["mentions"]:
            yield key, m.doc_id, m.sentence, m.start, m.end, m.surface, sentences.get((m.doc_id, m.sentence))


def _documents(G: nx.MultiDiGraph) -> Iterator[tuple]:
    for d in G.graph.get("documents", []):
        yield d.id, str(doc_iri(d.sha256)), d.path, d.sha256, d.encoding, d.size, d.title or None, d.date


#: file name -> (header, rows of the graph)
TABLES: dict[str, tuple[tuple[str, ...], Callable[[nx.MultiDiGraph], Iterator[tuple]]]] = {
    "entities.csv": (("id", "iri", "type", "name", "code", "place", "mention_count", "documents", "confidence"),
                     _entities),
    "aliases.csv": (("entity", "alias"), _aliases),
    "relations.csv": (("id", "source", "relation", "target", "evidence_count", "confidence"), _relations),
    "evidence.csv": (("relation", "document", "sentence_index", "start", "end", "basis", "sentence"), _evidence),
    "mentions.csv": (("entity", "document", "sentence_index", "start", "end", "surface", "sentence"), _mentions),
    "documents.csv": (("id", "iri", "path", "sha256", "encoding", "size", "title", "date"), _documents),
}


def write_tables(G: nx.MultiDiGraph, folder: Path) -> None:
    """Write the six tables into ``folder/tables/`` (created if needed), each atomically."""
    out = Path(folder) / FOLDER
    out.mkdir(parents=True, exist_ok=True)
    for name, (header, rows) in TABLES.items():
        write_csv(out / name, header, (tuple(_text(v) for v in row) for row in rows(G)))
