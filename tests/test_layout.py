"""The view's layout and page, without a browser: determinism, groups, escaping."""

import json
import math
import re

from kg.export.html import generate_html, script_json, view_data
from kg.export.layout import layout


def test_positions_are_deterministic_and_distinct(seed_build):
    _, report = seed_build
    G = report.graph
    keep = sorted(G.nodes)
    first, groups = layout(G, keep)
    assert layout(G, list(reversed(keep)))[0] == first
    assert len(set(first.values())) == len(first)  # no two entities on one spot
    assert generate_html(G, "t") == generate_html(G, "t")


def test_groups_hold_their_members_and_do_not_overlap(seed_build):
    _, report = seed_build
    G = report.graph
    positions, groups = layout(G, sorted(G.nodes))
    for g in groups:
        for k in g.members:
            assert math.dist(positions[k], (g.x, g.y)) <= g.r
    provinces = [g for g in groups if g.level == "province"]
    for a in provinces:
        for b in provinces:
            if a.key < b.key:
                assert math.dist((a.x, a.y), (b.x, b.y)) >= a.r + b.r
    names = {g.name for g in provinces}
    assert {"吉林省", "山西省"} <= names
    changchun = next(g for g in groups if g.name == "长春市")
    assert G.nodes[key_named(G, "吉林大学第一医院")] and key_named(G, "吉林大学第一医院") in changchun.members


def key_named(G, name):
    return next(k for k, d in G.nodes(data=True) if d["name"] == name)


def test_page_data_is_complete_and_escaped(seed_build):
    _, report = seed_build
    G = report.graph
    data = view_data(G, sorted(G.nodes), "t")
    assert len(data["nodes"]) == G.number_of_nodes() and len(data["edges"]) == G.number_of_edges()
    assert [n["id"] for n in data["nodes"]][0] == max(G.nodes, key=lambda k: (G.degree(k), -ord(k[0])))
    assert {d[1] for d in data["docs"]} == {d.title for d in G.graph["documents"]}
    page = generate_html(G, 'x</script><script>alert(1)</script>__DATA__')
    assert "<script>alert(1)" not in page
    assert "<title>x&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;__DATA__</title>" in page  # not filled in
    blob = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S).group(1)
    assert json.loads(blob)["title"] == 'x</script><script>alert(1)</script>__DATA__'
    assert script_json({"a": "<&>"}) == '{"a":"\\u003c\\u0026\\u003e"}'
