"""Write the graph as GraphML for Gephi, yEd and Cytoscape.

List-valued attributes become strings (aliases joined with ``|``, mentions and evidence as
counts and the first sentence), because GraphML attributes are scalars.

>>> import networkx as nx
>>> G = nx.MultiDiGraph(); G.add_node("a", type="City", name="长春市", aliases=["长春"], code="220100",
...     place=None, mentions=[]); G.add_edge("a", "a", key="partOf", rel="partOf", evidence=[])
'partOf'
>>> import io; buf = io.BytesIO(); nx.write_graphml(flatten(G), buf, encoding="utf-8")
>>> "长春市" in buf.getvalue().decode("utf-8")
True
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx


def flatten(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``G`` with scalar attributes only."""
    H = nx.MultiDiGraph()
    for key, d in G.nodes(data=True):
        H.add_node(key, label=d["name"], type=d["type"], aliases="|".join(d["aliases"]),
                   code=d.get("code") or "", place=d.get("place") or "", mentions=len(d["mentions"]),
                   documents=len({m.doc_id for m in d["mentions"]}))
    for u, v, k, d in G.edges(keys=True, data=True):
        ev = d["evidence"]
        H.add_edge(u, v, key=k, label=k, rel=k, evidence=ev[0].text if ev else "",
                   basis=ev[0].basis if ev else "", evidence_count=len(ev))
    return H


def write_graphml(G: nx.MultiDiGraph, path: Path) -> None:
    """Write UTF-8 GraphML (readable Chinese, not character references)."""
    nx.write_graphml(flatten(G), path, encoding="utf-8", prettyprint=True)
