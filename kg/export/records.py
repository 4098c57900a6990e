"""The graph as flat records: what every tabular or XML export writes, computed once.

A node record has the entity key (``id``, the id every export joins on), its IRI in the
Turtle, type, name, aliases, code, place, mention count, the number of documents that
mention it and, when extraction gives one, a confidence. An edge record has a stable unique
id (``r`` and 16 hex digits of the SHA-256 of head, relation and tail), the relation, its
Neo4j relationship type, the evidence count, the first evidence sentence with its document
and offsets, and the confidence if any.

>>> import networkx as nx
>>> from kg.types import Evidence
>>> G = nx.MultiDiGraph()
>>> G.add_node("code:220100", type="City", name="长春市", aliases=["长春"], code="220100", place=None,
...            mentions=[], mention_count=3)
>>> G.add_node("code:220000", type="Province", name="吉林省", aliases=[], code="220000", place=None,
...            mentions=[], mention_count=1)
>>> _ = G.add_edge("code:220100", "code:220000", key="locatedIn", rel="locatedIn",
...                evidence=[Evidence("a.txt#0", 2, 10, 30, "长春市是吉林省省会。", "gazetteer")])
>>> n = node_record(G, "code:220100")
>>> n["iri"], n["labels"], n["aliases"], n["mention_count"]
('https://w3id.org/kg-health/id/place/220100', ':City', ['长春'], 3)
>>> e = next(edge_records(G))
>>> e["type"], e["evidence_sentence"], e["evidence_start"]
('LOCATED_IN', '长春市是吉林省省会。', 10)
>>> relationship_type("participatesIn")
'PARTICIPATES_IN'
>>> clean_text("a\\x00b\\ud800c\\x1fd")
'abcd'
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator

import networkx as nx

from ..rdf import entity_iri

#: characters XML 1.0 forbids (C0 controls but tab and newlines, lone surrogates, U+FFFE/U+FFFF);
#: no export writes them, so no reader can choke on text a document smuggled in
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_CAMEL_HUMP = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def clean_text(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold (kept everywhere else as written)."""
    return _NOT_XML.sub("", text)


def relationship_type(rel: str) -> str:
    """A relation name in Neo4j's upper snake case (``memberOf`` -> ``MEMBER_OF``)."""
    return _CAMEL_HUMP.sub("_", rel).upper()


def edge_id(head: str, rel: str, tail: str) -> str:
    """A short id, unique per (head, relation, tail) and stable across builds."""
    digest = hashlib.sha256("\x1f".join((head, rel, tail)).encode("utf-8", "surrogatepass")).hexdigest()
    return "r" + digest[:16]


def node_record(G: nx.MultiDiGraph, key: str) -> dict:
    """The flat record of one entity (see the module docstring)."""
    d = G.nodes[key]
    return {
        "id": key,
        "iri": str(entity_iri(key, d["type"], d["name"], d.get("code"))),
        "labels": ":" + d["type"],
        "type": d["type"],
        "name": d["name"],
        "aliases": list(d["aliases"]),
        "code": d.get("code"),
        "place": d.get("place") if d.get("place") in G else None,
        "mention_count": d.get("mention_count", len(d["mentions"])),
        "documents": d["documents"] if "documents" in d else len({m.doc_id for m in d["mentions"]}),
        "confidence": d.get("confidence"),
    }


def node_records(G: nx.MultiDiGraph) -> Iterator[dict]:
    """Node records in the graph's (sorted) node order."""
    return (node_record(G, key) for key in G.nodes)


def edge_records(G: nx.MultiDiGraph, docs: dict[str, str] | None = None, node: str | None = None) -> Iterator[dict]:
    """Edge records in the graph's edge order (only the edges out of ``node`` when given); ``docs``
    maps document ids to paths (default: the documents the graph keeps)."""
    if docs is None:
        docs = {d.id: d.path for d in G.graph.get("documents", [])}
    for head, tail, rel, d in G.edges(node, keys=True, data=True):
        ev = d["evidence"][0] if d["evidence"] else None
        yield {
            "id": edge_id(head, rel, tail),
            "source": head,
            "target": tail,
            "relation": rel,
            "type": relationship_type(rel),
            "evidence_count": len(d["evidence"]),
            "evidence_sentence": ev.text if ev else None,
            "evidence_document": docs.get(ev.doc_id, ev.doc_id) if ev else None,
            "evidence_sentence_index": ev.sentence if ev else None,
            "evidence_start": ev.start if ev else None,
            "evidence_end": ev.end if ev else None,
            "evidence_basis": ev.basis if ev else None,
            "confidence": d.get("confidence"),
        }
