"""Write the graph for Neo4j: CSV files for ``neo4j-admin database import`` and a ``load.cypher``
that loads the same files into a running server with ``LOAD CSV``.

Into a ``neo4j/`` folder:

* ``entities.csv``: ``id:ID``, ``:LABEL`` (the entity type: ``Hospital``, ``City`` …) and typed
  properties (``aliases:string[]``, ``mention_count:int``, ``confidence:float`` …);
* ``relations.csv``: ``:START_ID``, ``:END_ID``, ``:TYPE`` (the relation in upper snake case:
  ``LOCATED_IN``, ``MEMBER_OF`` …) and the first evidence as typed properties;
* ``load.cypher``: a uniqueness constraint on ``Entity.id``, then ``LOAD CSV`` + ``MERGE`` for
  nodes, labels and each relationship type, so running it twice changes nothing.

Array elements (aliases) are separated by U+001F, a character no text in the graph holds
(:func:`kg.export.records.clean_text`), hence ``--array-delimiter=U+001F`` on the command line
and ``split(…, '\\u001f')`` in Cypher. Every node also gets the label ``Entity``
(``--nodes=Entity=…`` on the command line, ``MERGE (n:Entity …)`` in Cypher).

>>> cypher_name("LOCATED_IN"), cypher_name("a`b")
('`LOCATED_IN`', '`a``b`')
>>> cypher_string("it's \\\\ here")
"'it\\\\'s \\\\\\\\ here'"
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import networkx as nx

from .files import write_csv, write_lines
from .records import clean_text, edge_records, node_records, relationship_type

FOLDER = "neo4j"
#: separates the elements of an array property (aliases); see the module docstring
ARRAY_DELIMITER = "\x1f"
#: the label every kg node has beside its type
ENTITY_LABEL = "Entity"
#: (column header, record field), in the order written
NODE_COLUMNS = (("id:ID", "id"), (":LABEL", "type"), ("name", "name"), ("iri", "iri"), ("type", "type"),
                ("aliases:string[]", "aliases"), ("code", "code"), ("place", "place"),
                ("mention_count:int", "mention_count"), ("documents:int", "documents"),
                ("confidence:float", "confidence"))
EDGE_COLUMNS = ((":START_ID", "source"), (":END_ID", "target"), (":TYPE", "type"), ("id", "id"),
                ("relation", "relation"), ("evidence_count:int", "evidence_count"),
                ("evidence_sentence", "evidence_sentence"), ("evidence_document", "evidence_document"),
                ("evidence_sentence_index:int", "evidence_sentence_index"), ("evidence_start:int", "evidence_start"),
                ("evidence_end:int", "evidence_end"), ("evidence_basis", "evidence_basis"),
                ("confidence:float", "confidence"))
#: Cypher conversion of a CSV field by its header type (LOAD CSV reads every field as a string)
_CONVERT = {"int": "toInteger({})", "float": "toFloat({})",
            "string[]": f"split({{}}, '\\u{ord(ARRAY_DELIMITER):04x}')"}


def cypher_name(name: str) -> str:
    """A label, relationship type or property name quoted for Cypher (backticks doubled)."""
    return "`" + name.replace("`", "``") + "`"


def cypher_string(text: str) -> str:
    """A Cypher string literal."""
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _cell(value):
    if isinstance(value, list):
        return ARRAY_DELIMITER.join(clean_text(v) for v in value) or None
    return clean_text(value) if isinstance(value, str) else value


def _set_clause(var: str, columns: tuple, skip: set[str]) -> str:
    parts = []
    for header, _ in columns:
        name, _, kind = header.partition(":")
        if not name or name in skip:
            continue
        field = f"row.{cypher_name(header)}"
        parts.append(f"{var}.{cypher_name(name)} = {_CONVERT[kind].format(field) if kind else field}")
    return ",\n    ".join(parts)


def generate_cypher(G: nx.MultiDiGraph) -> Iterator[str]:
    """``load.cypher``: statements separated by ``;`` for cypher-shell or the Neo4j browser."""
    types = sorted({d["type"] for _, d in G.nodes(data=True)})
    rel_types = sorted({relationship_type(rel) for _, _, rel in G.edges(keys=True)})
    entity = cypher_name(ENTITY_LABEL)
    yield ("// kg graph for a running Neo4j 5: copy entities.csv and relations.csv into the server's import\n"
           "// folder, then run: cypher-shell -u neo4j -p PASSWORD -f load.cypher (running it again changes nothing)\n")
    yield f"CREATE CONSTRAINT kg_entity_id IF NOT EXISTS FOR (n:{entity}) REQUIRE n.id IS UNIQUE;\n\n"
    yield (f"LOAD CSV WITH HEADERS FROM 'file:///entities.csv' AS row\n"
           f"MERGE (n:{entity} {{id: row.`id:ID`}})\n"
           f"SET {_set_clause('n', NODE_COLUMNS, {'id'})};\n\n")
    for t in types:
        yield f"MATCH (n:{entity}) WHERE n.type = {cypher_string(t)} SET n:{cypher_name(t)};\n"
    for t in rel_types:
        yield (f"\nLOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row\n"
               f"WITH row WHERE row.`:TYPE` = {cypher_string(t)}\n"
               f"MATCH (a:{entity} {{id: row.`:START_ID`}}), (b:{entity} {{id: row.`:END_ID`}})\n"
               f"MERGE (a)-[r:{cypher_name(t)}]->(b)\n"
               f"SET {_set_clause('r', EDGE_COLUMNS, set())};\n")


def write_neo4j(G: nx.MultiDiGraph, folder: Path) -> None:
    """Write ``entities.csv``, ``relations.csv`` and ``load.cypher`` into ``folder/neo4j/``."""
    out = Path(folder) / FOLDER
    out.mkdir(parents=True, exist_ok=True)
    write_csv(out / "entities.csv", [h for h, _ in NODE_COLUMNS],
              ([_cell(n[f]) for _, f in NODE_COLUMNS] for n in node_records(G)))
    write_csv(out / "relations.csv", [h for h, _ in EDGE_COLUMNS],
              ([_cell(e[f]) for _, f in EDGE_COLUMNS] for e in edge_records(G)))
    write_lines(out / "load.cypher", generate_cypher(G))
