"""Write the interactive view: one self-contained HTML page drawn on a canvas.

The page is built from three files beside this module (``view/view.html``, ``view.css``,
``view.js``) and one JSON object with the graph: positions come from :mod:`kg.export.layout`, so
the browser draws at once, with no physics, and every load gives the same picture. Nothing is
fetched: the script and style are inlined.

Document text reaches the page only inside that JSON (with ``<``, ``>`` and ``&`` escaped, so it
cannot close the script element) and is put on screen with ``textContent`` or the canvas, never
as markup. The title and legend are escaped with :func:`html.escape`.

>>> STYLE["Hospital"], RELATION_STYLE["supports"]
(('#d62728', 'dot'), ('#d62728', 'solid'))
"""

from __future__ import annotations

import html
import json
import math
import re
from collections.abc import Container, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources as importlib_resources
from pathlib import Path

import networkx as nx

from ..graph import edge_count
from ..spill import EvidenceList, Glance, MentionList, glance
from ..types import ENTITY_TYPES
from .layout import importance, layout

#: entity type -> (colour, shape); shapes use vis-network's names (also read by other exporters)
STYLE = {
    "Province": ("#1f3f99", "hexagon"), "City": ("#11a3a8", "triangle"), "District": ("#8c6d31", "triangleDown"),
    "Hospital": ("#d62728", "dot"), "Alliance": ("#2ca02c", "diamond"), "Program": ("#ff7f0e", "star"),
    "Organization": ("#9467bd", "square"),
}
#: entity type -> (Chinese, English) names, from the ontology's labels
TYPE_NAMES = {
    "Province": ("省级行政区", "province"), "City": ("城市", "city"), "District": ("区县乡镇", "district"),
    "Hospital": ("医疗机构", "hospital"), "Alliance": ("医疗联合体", "alliance"),
    "Program": ("项目计划", "programme"), "Organization": ("机构组织", "organization"),
}
#: relation -> (colour, line style: solid, dashed or dotted)
RELATION_STYLE = {
    "locatedIn": ("#9aa5b1", "solid"), "memberOf": ("#5bb55b", "dashed"), "leads": ("#1b6e33", "solid"),
    "participatesIn": ("#e6850e", "dashed"), "supports": ("#d62728", "solid"), "partOf": ("#9467bd", "dotted"),
}
#: relation -> (Chinese, English) names, from the ontology's labels
RELATION_NAMES = {
    "locatedIn": ("位于", "located in"), "memberOf": ("成员", "member of"), "leads": ("牵头", "leads"),
    "participatesIn": ("参与", "participates in"), "supports": ("帮扶", "supports"), "partOf": ("隶属", "part of"),
}
#: colour and shape of a type, colour and line of a relation, that the tables above do not know
OTHER_STYLE = ("#7f7f7f", "dot")
OTHER_RELATION_STYLE = ("#888888", "solid")
#: above this many nodes the view keeps the best-connected ones (the RDF stays complete)
MAX_NODES = 5000
#: from this many nodes on, the zoomed-out view shows provinces and cities as circles
OVERVIEW_MIN_NODES = 400
#: sentences kept in the page per entity and per relation (the RDF has them all)
SENTENCES_PER_ITEM = 4
#: smallest and largest node size (radius at zoom 1); the GEXF export uses the same range
SIZE_RANGE = (8, 40)
#: the radius grows by this much each time a node's value (its mentions) doubles
RADIUS_PER_DOUBLING = 3.0
#: label size in world units: LABEL_SIZE[0] + LABEL_SIZE[1] * log2(1 + links), at most LABEL_SIZE[2]
LABEL_SIZE = (14.0, 4.0, 34.0)
#: types the "show only" list offers (a province with everything in it, an alliance with its members)
ONLY_TYPES = ("Province", "Alliance")
_MARKER = re.compile(r"__(?:TITLE|STATS|NOTE|LEGEND|ONLY|CSS|JS|DATA)__")
VIEW_DIR = importlib_resources.files("kg.export") / "view"


def node_value(d: dict) -> int:
    """What a node's size grows with: its mentions."""
    return 1 + len(d["mentions"])


def select_nodes(G: nx.MultiDiGraph, limit: int = MAX_NODES) -> list[str]:
    """The nodes the view draws: all of them, or the ``limit`` with most mentions and links."""
    if G.number_of_nodes() <= limit:
        return list(G.nodes)
    degree = dict(G.degree)
    ranked = sorted(G.nodes, key=lambda n: (-(degree[n] + len(G.nodes[n]["mentions"])), n))
    return sorted(ranked[:limit])


def _scaled(base: float, per_doubling: float, cap: float, count: int) -> float:
    """A size that grows with the logarithm of a count.

    >>> _scaled(6.0, 3.0, 26.0, 0), _scaled(6.0, 3.0, 26.0, 3), _scaled(6.0, 3.0, 26.0, 10**9)
    (6.0, 12.0, 26.0)
    """
    return round(min(cap, base + per_doubling * math.log2(1 + count)), 1)


@cache
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


def traditional_map(names: list[str]) -> dict[str, str]:
    """Traditional -> simplified for every character of ``names`` that has a traditional form,
    so the page can read a query typed in traditional script.

    >>> traditional_map(["长春医院"])
    {'醫': '医', '長': '长'}
    """
    chars = sorted({c for n in names for c in n})
    out = {}
    for c in chars:
        t = _s2t().convert(c)
        if len(t) == 1 and t != c:
            out[t] = c
    return dict(sorted(out.items()))


class _Texts:
    """Sentences numbered in first-use order, so each is written into the page once."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}

    def id(self, text: str) -> int:
        return self.index.setdefault(text, len(self.index))

    def list(self) -> list[str]:
        return list(self.index)


def view_data(G: nx.MultiDiGraph, keep: list[str], title: str) -> dict:
    """Everything the page shows, as plain JSON-able data (lists in a fixed order).

    Nodes are listed best-connected first (the page labels them in that order); edges and
    sentences refer to nodes, documents and texts by their position in these lists.
    """
    documents = G.graph.get("documents", [])
    texts = _Texts()
    radius = {k: _scaled(SIZE_RANGE[0], RADIUS_PER_DOUBLING, SIZE_RANGE[1], node_value(G.nodes[k]) - 1) for k in keep}
    positions, groups = layout(G, keep, radius, {t: n[0] for t, n in TYPE_NAMES.items()})
    rank = {k: importance(G, k) for k in keep}
    order = sorted(keep, key=lambda k: (-rank[k][0], -rank[k][1], k))
    types = list(ENTITY_TYPES) + sorted({G.nodes[k]["type"] for k in keep} - set(ENTITY_TYPES))
    relations = list(RELATION_STYLE) + sorted({k for _, _, k in G.edges(keys=True)} - set(RELATION_STYLE))
    ctx = _Context(G, {d.id: i for i, d in enumerate(documents)}, texts, {k: i for i, k in enumerate(order)},
                   {t: i for i, t in enumerate(types)}, {r: i for i, r in enumerate(relations)})
    group_index = {(g.level, g.key): i for i, g in enumerate(groups)}
    city_of = {k: i for i, g in enumerate(groups) if g.level == "city" for k in g.members}
    said = {k: _mentioned(ctx, k) for k in sorted(keep)}  # in key order: the graph's mentions may be on disk
    nodes = [_node_record(ctx, k, said[k], positions[k], radius[k], city_of[k],
                          group_index[("province", groups[city_of[k]].parent)]) for k in order]
    return {
        "title": title,
        "overview": len(keep) >= OVERVIEW_MIN_NODES,
        "labelSize": LABEL_SIZE[0],
        "types": [_type_record(t) for t in types],
        "relations": [_relation_record(r) for r in relations],
        "docs": [[d.path, d.title, d.date] for d in documents],
        "groups": [{"key": g.key, "n": g.name, "s": g.short, "level": g.level, "x": g.x, "y": g.y, "r": g.r,
                    "size": len(g.members), "parent": group_index.get(("province", g.parent))} for g in groups],
        "nodes": nodes,
        "edges": _edge_records(ctx),
        "texts": texts.list(),
        "t2s": traditional_map([n for k in keep for n in (G.nodes[k]["name"], *G.nodes[k]["aliases"])]),
    }


@dataclass(frozen=True)
class _Context:
    """The graph and the numbering of documents, texts, nodes, types and relations in the page."""

    G: nx.MultiDiGraph
    docs: dict[str, int]
    texts: _Texts
    nodes: dict[str, int]
    types: dict[str, int]
    relations: dict[str, int]


def _mentions(G: nx.MultiDiGraph, key: str) -> int:
    d = G.nodes[key]
    return d.get("mention_count") or len(d["mentions"])


def _mentioned(ctx: _Context, key: str) -> tuple[list[int], list[tuple[int, str]]]:
    """The documents that mention an entity, and its first sentences (document, text)."""
    seen = _glance(ctx.G.nodes[key]["mentions"])
    sentences = ctx.G.graph.get("sentences", {})
    return (sorted(ctx.docs[d] for d in seen.documents if d in ctx.docs),
            [(ctx.docs.get(m.doc_id, -1), sentences.get((m.doc_id, m.sentence), m.surface)) for m in seen.first])


def _node_record(ctx: _Context, key: str, said: tuple[list[int], list[tuple[int, str]]], xy: tuple[float, float],
                 radius: float, city: int, province: int) -> dict:
    """One node: name, type, aliases, code, position, size, label size, groups, documents and sentences."""
    d = ctx.G.nodes[key]
    return {
        "id": key, "n": d["name"], "t": ctx.types[d["type"]], "a": list(d["aliases"]), "c": d.get("code"),
        "x": xy[0], "y": xy[1], "r": radius, "f": _scaled(*LABEL_SIZE, ctx.G.degree(key)),
        "m": _mentions(ctx.G, key), "g": city, "p": province,
        "d": said[0], "s": [[doc, ctx.texts.id(text)] for doc, text in said[1]],
    }


def _edge_records(ctx: _Context) -> list[list]:
    """[head, tail, relation, confidence or None, documents, evidence] for each edge between kept nodes."""
    out = []
    for u, v, k, d in _kept_edges(ctx.G, ctx.nodes):
        seen = _glance(d.get("evidence", ()))
        out.append([ctx.nodes[u], ctx.nodes[v], ctx.relations[k], d.get("confidence"),
                    sorted(ctx.docs[doc] for doc in seen.documents if doc in ctx.docs),
                    [[ctx.docs.get(e.doc_id, -1), ctx.texts.id(e.text), e.basis] for e in seen.first]])
    return sorted(out, key=lambda e: e[:3])


def _kept_edges(G: nx.MultiDiGraph, kept: Container[str]) -> Iterator[tuple[str, str, str, dict]]:
    """(head, tail, key, data) of the edges between ``kept`` nodes, in the order of
    ``G.edges(keys=True, data=True)`` (texts are numbered in that order), without visiting the
    edges of the nodes left out.

    >>> G = nx.MultiDiGraph([("a", "b", "r"), ("c", "a", "r"), ("a", "c", "s")])
    >>> [(u, v, k) for u, v, k, _ in _kept_edges(G, {"a", "b"})]
    [('a', 'b', 'r')]
    """
    for u, successors in G.adjacency():
        if u in kept:
            for v, keyed in successors.items():
                if v in kept:
                    for k, d in keyed.items():
                        yield u, v, k, d


def _type_record(t: str) -> dict:
    zh, en = TYPE_NAMES.get(t, (t, t))
    colour, shape = STYLE.get(t, OTHER_STYLE)
    return {"id": t, "zh": zh, "en": en, "color": colour, "shape": shape}


def _relation_record(r: str) -> dict:
    zh, en = RELATION_NAMES.get(r, (r, r))
    colour, dash = RELATION_STYLE.get(r, OTHER_RELATION_STYLE)
    return {"id": r, "zh": zh, "en": en, "color": colour, "dash": dash}


def _glance(items) -> Glance:
    """The documents of mentions or evidence and the first SENTENCES_PER_ITEM of them, one per
    sentence: read from the spill's lists without making the rest."""
    if isinstance(items, (MentionList, EvidenceList)):
        return items.glance(SENTENCES_PER_ITEM)
    return glance(items, SENTENCES_PER_ITEM)


def script_json(data: dict) -> str:
    """JSON that is safe inside ``<script type="application/json">``: no ``<``, ``>`` or ``&``.

    >>> script_json({"t": "</script><b>&"})
    '{"t":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _asset(name: str) -> str:
    return (VIEW_DIR / name).read_text(encoding="utf-8")


def _legend_icon(colour: str, shape: str) -> str:
    """A small SVG of a node shape (the same geometry as the canvas draws)."""
    points = {
        "triangle": "8,1 15,14 1,14", "triangleDown": "1,2 15,2 8,15", "diamond": "8,0 16,8 8,16 0,8",
        "hexagon": "4,1 12,1 16,8 12,15 4,15 0,8", "square": "2,2 14,2 14,14 2,14",
        "star": "8,0 10,6 16,6 11,10 13,16 8,12 3,16 5,10 0,6 6,6",
    }
    body = (f'<circle cx="8" cy="8" r="6.5" fill="{colour}"/>' if shape not in points
            else f'<polygon points="{points[shape]}" fill="{colour}"/>')
    return f'<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">{body}</svg>'


def _line_icon(colour: str, dash: str) -> str:
    pattern = {"dashed": ' stroke-dasharray="6 4"', "dotted": ' stroke-dasharray="2 3"'}.get(dash, "")
    return (f'<svg width="30" height="10" viewBox="0 0 30 10" aria-hidden="true"><line x1="1" y1="5" x2="24" y2="5" '
            f'stroke="{colour}" stroke-width="2"{pattern}/><polygon points="23,1 29,5 23,9" fill="{colour}"/></svg>')


def legend_html(data: dict, counts: dict[str, int]) -> str:
    """The legend: shape and colour per type (with a box to hide it), what size means, line per relation."""
    e = html.escape
    types = "".join(
        f'<label class="kg-type-row" title="{e(t["en"])}"><input type="checkbox" class="kg-type" value="{e(t["id"])}" '
        f'checked>{_legend_icon(t["color"], t["shape"])}<span>{e(t["zh"])}</span>'
        f'<span class="kg-count">{counts.get(t["id"], 0)}</span></label>' for t in data["types"])
    relations = "".join(
        f'<div class="kg-rel-row" title="{e(r["en"])} ({e(r["id"])})">{_line_icon(r["color"], r["dash"])}'
        f'<span>{e(r["zh"])}</span><span class="kg-en">{e(r["en"])}</span></div>' for r in data["relations"])
    size = ('<div class="kg-size-row"><svg width="44" height="20" aria-hidden="true"><circle cx="6" cy="12" r="3" '
            'fill="#999"/><circle cx="18" cy="11" r="5" fill="#999"/><circle cx="34" cy="10" r="8" fill="#999"/></svg>'
            '<span>大小 = 提及次数</span></div><div class="kg-size-row kg-en">size: mentions · label size: links</div>')
    return (f'<h3>类型 <span class="kg-en">types</span></h3>{types}{size}'
            f'<h3>关系 <span class="kg-en">relations</span></h3>{relations}')


def generate_html(G: nx.MultiDiGraph, title: str = "kg", limit: int = MAX_NODES) -> str:
    """The page: the template with title, legend, style, script and data filled in."""
    keep = select_nodes(G, limit)
    data = view_data(G, keep, title)
    counts: dict[str, int] = {}
    for k in keep:
        counts[G.nodes[k]["type"]] = counts.get(G.nodes[k]["type"], 0) + 1
    left_out = G.number_of_nodes() - len(keep)
    note = (f"视图保留连接最多的 {len(keep)} 个实体，另有 {left_out} 个只在 graph.ttl 与 graph.graphml 中"
            if left_out else "")
    stats = (f'{len(data["docs"])} 文档 · {G.number_of_nodes()} 实体 · {edge_count(G)} 关系')
    only = "".join(f'<option value="{i}">{html.escape(data["types"][n["t"]]["zh"])}：{html.escape(n["n"])}</option>'
                   for i, n in sorted(enumerate(data["nodes"]), key=lambda p: (p[1]["t"], p[1]["n"]))
                   if data["types"][n["t"]]["id"] in ONLY_TYPES)
    fills = {
        "__TITLE__": html.escape(title), "__STATS__": html.escape(stats), "__NOTE__": html.escape(note),
        "__LEGEND__": legend_html(data, counts), "__ONLY__": only, "__CSS__": _asset("view.css"),
        "__JS__": _asset("view.js"), "__DATA__": script_json(data),
    }
    # one pass, so text filled in is never searched for markers again
    return _MARKER.sub(lambda m: fills[m.group(0)], _asset("view.html"))


def write_html(G: nx.MultiDiGraph, path: Path, title: str = "kg") -> None:
    """Write :func:`generate_html` to ``path`` (UTF-8)."""
    path.write_text(generate_html(G, title), encoding="utf-8")
