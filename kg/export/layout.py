"""Positions of the view, computed when the page is built: the same graph, the same picture.

Entities are grouped by the place they belong to: a province holds its cities (prefecture-level
divisions), a city holds its districts, hospitals, alliances, programmes and bodies. Inside a
city group the entities lie on a sunflower spiral, the best-connected at the centre; the groups
are packed as circles, cities inside their province, provinces side by side. Entities that no
place can be found for form one more group (未定位), split by type.

Everything is a pure function of the graph (sorted keys, no randomness), so two builds of one
corpus give identical coordinates, and the browser has nothing to compute before drawing.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("code:220000", type="Province", name="吉林省", code="220000", place=None, mentions=[])
>>> G.add_node("code:220100", type="City", name="长春市", code="220100", place=None, mentions=[])
>>> G.add_node("Hospital:长春市医院", type="Hospital", name="长春市医院", code=None, place="code:220100",
...            mentions=[])
>>> _ = G.add_edge("code:220100", "code:220000", key="locatedIn")
>>> pos, groups = layout(G, sorted(G.nodes))
>>> [(g.key, g.name, g.level, len(g.members)) for g in groups]
[('22', '吉林省', 'province', 3), ('2200', '吉林省本级', 'city', 1), ('2201', '长春市', 'city', 2)]
>>> pos == layout(G, sorted(G.nodes))[0]
True
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx

from ..lexicon import Lexicon, shipped_lexicon
from ..resources import Division, division_table, short_forms

#: world units between neighbouring entities of one group (a label of 12 units is 12 px at zoom 1)
SPACING = 64.0
#: world units left between packed circles
GAP = 40.0
#: the spiral is this much wider than high: labels are wider than they are high
STRETCH = 1.6
#: the angle between successive points of the sunflower spiral
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))
#: directions tried around each placed circle when packing the next one
PACK_ANGLES = tuple(2 * math.pi * i / 36 for i in range(36))
#: key of the group of entities no place can be found for
UNPLACED = "—"
UNPLACED_NAME = "未定位"
#: suffix of the group of a province's own bodies and of places without a city (吉林省本级)
OWN_LEVEL = "本级"


@dataclass(frozen=True)
class Group:
    """A circle of the layout: a province (``level="province"``) or a city inside one."""

    key: str        # "22" (province), "2201" (city), "2200" (the province's own level), "—…" (unplaced)
    name: str
    level: str
    parent: str | None
    x: float
    y: float
    r: float
    members: tuple[str, ...]
    short: str = ""  # what the view writes when the name has no room (新疆 · 95); "" when the name is short


def importance(G: nx.MultiDiGraph, key: str) -> tuple[int, int]:
    """How central an entity is: its number of links, then of mentions."""
    d = G.nodes[key]
    return G.degree(key), d.get("mention_count") or len(d.get("mentions", ()))


def _own_code(G: nx.MultiDiGraph, key: str) -> str | None:
    """The division code an entity is placed by: its own, its qualifying place's, or a place it is located in."""
    d = G.nodes[key]
    if d.get("code"):
        return d["code"]
    place = d.get("place")
    if place in G and G.nodes[place].get("code"):
        return G.nodes[place]["code"]
    located = sorted(G.nodes[t]["code"] for _, t, k in G.out_edges(key, keys=True)
                     if k == "locatedIn" and G.nodes[t].get("code"))
    return max(located, key=lambda c: (c.rstrip("0").__len__(), c)) if located else None


def anchor_codes(G: nx.MultiDiGraph, keys: Iterable[str]) -> dict[str, str | None]:
    """Each entity's division code; one without a place of its own takes its neighbours' most common city."""
    own = {k: _own_code(G, k) for k in keys}
    codes = dict(own)
    for k in own:
        if own[k] is None:
            near = Counter(own[n][:4] + "00" for n in set(G.predecessors(k)) | set(G.successors(k)) if own.get(n))
            if near:
                codes[k] = min(near, key=lambda c: (-near[c], c))
    return codes


def group_keys(code: str | None, type_: str) -> tuple[str, str]:
    """(province group, city group) of an entity.

    >>> group_keys("220102", "District"), group_keys("220000", "Province"), group_keys(None, "Program")
    (('22', '2201'), ('22', '2200'), ('—', '—Program'))
    """
    if not code:
        return UNPLACED, UNPLACED + type_
    return code[:2], code[:4]


def _group_name(key: str, level: str, divisions: dict, type_names: dict[str, str]) -> str:
    if key.startswith(UNPLACED):
        return UNPLACED_NAME + (f"·{type_names.get(key[1:], key[1:])}" if level == "city" else "")
    province = divisions.get(key[:2] + "0000")
    if level == "city" and key[2:] != "00" and key + "00" in divisions:
        return divisions[key + "00"].name
    own_level = OWN_LEVEL if level == "city" and key[2:] == "00" else ""
    return (province.name if province else key) + own_level


def _short_name(key: str, level: str, divisions: dict[str, Division], lex: Lexicon) -> str:
    """A group's name as commonly written (新疆, 阿坝, 吉林本级), or "" when there is none shorter.

    >>> lex = shipped_lexicon()
    >>> [_short_name(k, lv, division_table(), lex) for k, lv in (("65", "province"), ("5132", "city"), ("2200", "city"))]
    ['新疆', '阿坝', '吉林本级']
    >>> _short_name("—", "province", division_table(), lex), _short_name("99", "province", division_table(), lex)
    ('', '')
    """
    if key.startswith(UNPLACED):
        return ""
    own = level == "city" and key[2:] == "00"
    division = divisions.get((key[:2] + "0000") if level == "province" or own else key + "00")
    forms = short_forms(division.name, division.level, lex) if division else []
    return forms[0] + (OWN_LEVEL if own else "") if forms else ""


def _spiral(members: list[str], radius: dict[str, float]) -> tuple[dict[str, tuple[float, float]], float]:
    """Members on a sunflower spiral around (0, 0), in the given order; returns positions and the radius used."""
    step = SPACING * 0.56
    pos = {}
    extent = 0.0
    for i, key in enumerate(members):
        r = step * math.sqrt(i)
        pos[key] = (STRETCH * r * math.cos(i * GOLDEN_ANGLE), r * math.sin(i * GOLDEN_ANGLE))
        extent = max(extent, STRETCH * r + radius[key])
    return pos, extent + SPACING / 2


def pack(radii: list[float]) -> list[tuple[float, float]]:
    """Centres for circles of the given radii: the first at (0, 0), each next one touching one already
    placed, at the free spot nearest the middle (so the largest, given first, sit in the middle).

    >>> pack([10.0, 10.0])
    [(0.0, 0.0), (-60.0, 0.0)]
    """
    placed: list[tuple[float, float, float]] = []
    for r in radii:
        best = (0.0, 0.0)
        if placed:
            candidates = sorted(((round(px + (pr + r + GAP) * math.cos(a), 1),
                                  round(py + (pr + r + GAP) * math.sin(a), 1)) for px, py, pr in placed for a in PACK_ANGLES),
                                key=lambda c: (math.hypot(*c), c))
            best = next(c for c in candidates
                        if all(math.hypot(c[0] - px, c[1] - py) >= pr + r + GAP - 0.5 for px, py, pr in placed))
        placed.append((best[0], best[1], r))
    return [(x, y) for x, y, _ in placed]


def layout(G: nx.MultiDiGraph, keep: list[str], radius: dict[str, float] | None = None,
           type_names: dict[str, str] | None = None) -> tuple[dict[str, tuple[float, float]], list[Group]]:
    """Positions of the entities ``keep`` and the groups they form (provinces first, then their cities)."""
    radius = radius or {k: 10.0 for k in keep}
    divisions, lex = division_table(), shipped_lexicon()
    codes = anchor_codes(G, keep)
    tree: dict[str, dict[str, list[str]]] = {}
    for k in keep:
        p, c = group_keys(codes[k], G.nodes[k]["type"])
        tree.setdefault(p, {}).setdefault(c, []).append(k)
    rank = {k: importance(G, k) for k in keep}
    own = {k for k in keep if G.nodes[k].get("code")}

    def order(city: str, members: list[str]) -> list[str]:  # the group's own place first, then by importance
        return sorted(members, key=lambda k: (not (k in own and codes[k] == city + "00"), -rank[k][0], -rank[k][1], k))

    provinces = []
    for p, cities in sorted(tree.items()):
        circles = []
        for c in sorted(cities, key=lambda c: (c[2:] != "00", -len(cities[c]), c)):
            pos, r = _spiral(order(c, cities[c]), radius)
            circles.append((c, pos, r))
        centres = pack([r for _, _, r in circles])
        extent = max(math.hypot(x, y) + r for (x, y), (_, _, r) in zip(centres, circles)) + GAP
        provinces.append((p, circles, centres, extent))
    provinces.sort(key=lambda t: (-t[3], t[0]))
    origins = pack([t[3] for t in provinces])
    positions: dict[str, tuple[float, float]] = {}
    groups: list[Group] = []
    names = type_names or {}
    for (p, circles, centres, extent), (px, py) in zip(provinces, origins):
        members = tuple(sorted(k for _, pos, _ in circles for k in pos))
        groups.append(Group(p, _group_name(p, "province", divisions, names), "province", None, px, py,
                            round(extent, 1), members, _short_name(p, "province", divisions, lex)))
        for (c, pos, r), (cx, cy) in zip(circles, centres):
            for k, (x, y) in pos.items():
                positions[k] = (round(px + cx + x, 1), round(py + cy + y, 1))
            groups.append(Group(c, _group_name(c, "city", divisions, names), "city", p, round(px + cx, 1),
                                round(py + cy, 1), round(r, 1), tuple(sorted(pos)), _short_name(c, "city", divisions, lex)))
    return positions, _provinces_then_cities(groups)


def _provinces_then_cities(groups: list[Group]) -> list[Group]:
    """Each province followed by its cities, in key order."""
    out = []
    for prov in sorted((g for g in groups if g.level == "province"), key=lambda g: g.key):
        out.append(prov)
        out.extend(sorted((g for g in groups if g.parent == prov.key), key=lambda g: g.key))
    return out
