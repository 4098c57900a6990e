"""Graph: entities and relations as a ``networkx.MultiDiGraph``.

Nodes are entity keys with ``type``, ``name``, ``aliases``, ``code``, ``place``,
``mentions`` and ``rules`` (the extraction rules that found it); edges carry ``rel`` (also the
edge key), ``evidence`` and ``rules``; :func:`kg.confidence.annotate` adds ``confidence`` to
both. The documents the
graph was built from are in ``G.graph["documents"]``.

>>> from kg.types import Entity, Relation
>>> G = build_graph([Entity("code:220100", "City", "长春市", code="220100"),
...                  Entity("code:220000", "Province", "吉林省", code="220000")],
...                 [Relation("code:220100", "locatedIn", "code:220000")], [])
>>> list(G.edges(keys=True))
[('code:220100', 'code:220000', 'locatedIn')]
"""

from __future__ import annotations

from collections import Counter

import networkx as nx

from .types import DocumentInfo, Entity, Relation


def build_graph(entities: list[Entity], relations: list[Relation], documents: list[DocumentInfo],
                sentences: dict[tuple[str, int], str] | None = None) -> nx.MultiDiGraph:
    """Assemble the graph; ``sentences`` maps (document id, sentence index) to its text."""
    G = nx.MultiDiGraph()
    G.graph["documents"] = sorted(documents, key=lambda d: d.id)
    G.graph["sentences"] = dict(sorted((sentences or {}).items()))
    for e in sorted(entities, key=lambda e: e.key):
        G.add_node(e.key, type=e.type, name=e.name, aliases=sorted(e.aliases), code=e.code,
                   place=e.place, mentions=list(e.mentions), mention_count=max(e.mention_count, len(e.mentions)), rules=list(e.rules))
    for r in relations:
        if r.head in G and r.tail in G:
            G.add_edge(r.head, r.tail, key=r.rel, rel=r.rel, evidence=list(r.evidence), rules=list(r.rules))
    return G


def summary(G: nx.MultiDiGraph) -> dict[str, int]:
    """Entity counts by type and the relation count."""
    counts = Counter(d["type"] for _, d in G.nodes(data=True))
    out = dict(sorted(counts.items()))
    out["relations"] = G.number_of_edges()
    return out
