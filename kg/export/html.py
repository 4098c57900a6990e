"""Write the interactive view: a pyvis (vis-network) page that works offline.

vis-network is inlined (``cdn_resources="in_line"``) and every other remote reference that
pyvis adds (Bootstrap) is removed, so no request leaves the machine. Tooltips are plain text
(vis-network shows string titles as text, never as HTML) and document text reaches the page
only through JSON (``tojson``) or ``html.escape``, so a document cannot inject markup.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import networkx as nx
from pyvis.network import Network

STYLE = {  # type -> (colour, shape)
    "Province": ("#1f77b4", "box"), "City": ("#4e9bd6", "ellipse"), "District": ("#9ecae1", "ellipse"),
    "Hospital": ("#d62728", "dot"), "Alliance": ("#2ca02c", "diamond"), "Program": ("#ff7f0e", "star"),
    "Organization": ("#9467bd", "square"),
}
#: colour and shape of a type STYLE does not know
OTHER_STYLE = ("#7f7f7f", "dot")
#: smallest and largest node size; a node's value (its mentions) is scaled linearly between them
SIZE_RANGE = (8, 40)
#: above this many nodes the view keeps the best-connected ones (the RDF stays complete)
MAX_NODES = 5000
_REMOTE = re.compile(r'<link[^>]+href="https?://[^"]*"[^>]*>|<script[^>]+src="https?://[^"]*"[^>]*>\s*</script>')


_HREF = re.compile("href", re.I)


def _plain(text: str) -> str:
    """Tooltip text. pyvis renders every tooltip as HTML (innerHTML) as soon as one contains
    "href", so that word is broken with a zero-width space; vis-network shows the rest as text."""
    return _HREF.sub("hre\u200bf", text)


def _node_title(key: str, d: dict, sentences: dict, docs: dict) -> str:
    lines = [d["name"], f"类型 type: {d['type']}"]
    if d.get("code"):
        lines.append(f"区划代码 code: {d['code']}")
    if d["aliases"]:
        lines.append("别名 aliases: " + "、".join(d["aliases"][:12]))
    lines.append(f"提及 mentions: {len(d['mentions'])}")
    for m in d["mentions"][:3]:
        text = sentences.get((m.doc_id, m.sentence), "")
        lines.append(f"— {docs.get(m.doc_id, m.doc_id)}: {text[:120]}")
    return "\n".join(lines)


def _edge_title(rel: str, evidence: list, docs: dict) -> str:
    lines = [rel]
    for ev in evidence[:3]:
        lines.append(f"— [{ev.basis}] {docs.get(ev.doc_id, ev.doc_id)}: {ev.text[:160]}")
    return "\n".join(lines)


def node_value(d: dict) -> int:
    """What a node's size grows with: its mentions."""
    return 1 + len(d["mentions"])


def select_nodes(G: nx.MultiDiGraph, limit: int = MAX_NODES) -> list[str]:
    """The nodes the view draws: all of them, or the ``limit`` with most mentions and links."""
    if G.number_of_nodes() <= limit:
        return list(G.nodes)
    ranked = sorted(G.nodes, key=lambda n: (-(G.degree(n) + len(G.nodes[n]["mentions"])), n))
    return sorted(ranked[:limit])


def generate_html(G: nx.MultiDiGraph, title: str = "kg", limit: int = MAX_NODES) -> str:
    docs = {d.id: d.path for d in G.graph.get("documents", [])}
    sentences = G.graph.get("sentences", {})
    keep = select_nodes(G, limit)
    kept = set(keep)
    net = Network(height="calc(100vh - 90px)", width="100%", directed=True, cdn_resources="in_line",
                  heading="")
    search_index = []
    for key in keep:
        d = G.nodes[key]
        colour, shape = STYLE.get(d["type"], OTHER_STYLE)
        net.add_node(key, label=d["name"], title=_plain(_node_title(key, d, sentences, docs)), color=colour,
                     shape=shape, value=node_value(d))
        search_index.append({"id": key, "type": d["type"], "names": [d["name"], *d["aliases"]]})
    for u, v, k, d in G.edges(keys=True, data=True):
        if u in kept and v in kept:
            net.add_edge(u, v, label=k, title=_plain(_edge_title(k, d["evidence"], docs)), arrows="to")
    net.set_options(json.dumps({
        "physics": {"solver": "forceAtlas2Based", "stabilization": {"iterations": 300, "fit": True}},
        "interaction": {"hover": True, "tooltipDelay": 150},
        "edges": {"font": {"size": 9, "align": "middle"}, "smooth": False},
        "nodes": {"font": {"size": 14}, "scaling": {"min": SIZE_RANGE[0], "max": SIZE_RANGE[1]}},
    }))
    page = net.generate_html(notebook=False)
    page = _REMOTE.sub("", page)
    page = re.sub(r"<!--.*?-->", "", page, flags=re.S)
    counts = {}
    for _, d in G.nodes(data=True):
        counts[d["type"]] = counts.get(d["type"], 0) + 1
    left_out = G.number_of_nodes() - len(keep)
    header = _header(title, G, counts, left_out)
    page = page.replace("<body>", "<body>\n" + header, 1)
    page = page.replace("</head>", _STYLE + "\n</head>", 1)
    script = _SCRIPT.replace("__INDEX__", json.dumps(search_index, ensure_ascii=False)
                             .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))
    page = page.replace("</body>", script + "\n</body>", 1)
    safe_title = f"<title>{html.escape(title)}</title>"
    page = re.sub(r"<title>.*?</title>", lambda _m: safe_title, page, flags=re.S)
    if "<title>" not in page:
        page = page.replace("<head>", f"<head>\n<title>{html.escape(title)}</title>", 1)
    return page


def _header(title: str, G: nx.MultiDiGraph, counts: dict, left_out: int) -> str:
    docs = G.graph.get("documents", [])
    dates = sorted(d.date for d in docs if d.date)
    legend = "".join(
        f'<label class="kg-legend"><input type="checkbox" class="kg-type" value="{t}" checked>'
        f'<span style="background:{c}"></span>{t} ({counts.get(t, 0)})</label>'
        for t, (c, _) in STYLE.items())
    note = f" — {left_out} nodes with the fewest links are left out of this view; the Turtle has them all" \
        if left_out else ""
    newest = f", newest document {dates[-1]}" if dates else ""
    focus = "".join(f'<option value="{html.escape(k, quote=True)}">{html.escape(G.nodes[k]["type"])}: '
                    f'{html.escape(G.nodes[k]["name"])}</option>'
                    for k in sorted(G.nodes, key=lambda k: (G.nodes[k]["type"], G.nodes[k]["name"]))
                    if G.nodes[k]["type"] in ("Province", "Alliance"))
    return (f'<div id="kg-header"><b id="kg-title">{html.escape(title)}</b> — {len(docs)} documents{newest}, '
            f'{G.number_of_nodes()} entities, {G.number_of_edges()} relations{html.escape(note)}<br>'
            f'<input id="kg-search" type="search" placeholder="搜索 name or alias…">'
            f'<select id="kg-only"><option value="">show everything</option>{focus}</select> '
            f'<button id="kg-physics" type="button">physics on/off</button> {legend}</div>')


_STYLE = """<style>
#kg-header{font:13px sans-serif;padding:6px 10px;border-bottom:1px solid #ddd;line-height:1.9}
#kg-search{width:220px;margin-right:8px}
.kg-legend{margin-right:10px;white-space:nowrap}
.kg-legend span{display:inline-block;width:11px;height:11px;margin:0 4px 0 2px;border-radius:2px}
div.vis-tooltip{white-space:pre-wrap!important;max-width:520px;font:12px sans-serif}
</style>"""

_SCRIPT = """<script>
(function () {
  var index = __INDEX__;
  var hidden = {};
  network.once("stabilizationIterationsDone", function () { network.setOptions({physics: false}); });
  document.getElementById("kg-physics").addEventListener("click", function () {
    var on = network.physics.options.enabled; network.setOptions({physics: {enabled: !on}});
  });
  function find(q) {
    q = q.trim(); if (!q) return null;
    for (var i = 0; i < index.length; i++) if (index[i].names.indexOf(q) >= 0) return index[i].id;
    for (var j = 0; j < index.length; j++)
      for (var k = 0; k < index[j].names.length; k++) if (index[j].names[k].indexOf(q) >= 0) return index[j].id;
    return null;
  }
  window.kgFocus = function (q) {
    var id = find(q); if (id === null) return null;
    network.selectNodes([id]); network.focus(id, {scale: 1.4, animation: false}); return id;
  };
  document.getElementById("kg-search").addEventListener("change", function (e) { window.kgFocus(e.target.value); });
  var only = null;  // ids of the neighbourhood chosen in #kg-only, or null
  function refresh() {
    nodes.update(index.map(function (n) {
      return {id: n.id, hidden: !!hidden[n.type] || (only !== null && !only[n.id])};
    }));
  }
  document.querySelectorAll(".kg-type").forEach(function (box) {
    box.addEventListener("change", function () { hidden[box.value] = !box.checked; refresh(); });
  });
  // one province (everything located in it, at any depth, and their neighbours) or one alliance
  window.kgOnly = function (id) {
    if (!id) { only = null; refresh(); return 0; }
    var all = edges.get(), keep = {}, inside = {};
    inside[id] = true;
    var grew = true;
    while (grew) {
      grew = false;
      all.forEach(function (e) {
        if (e.label === "locatedIn" && inside[e.to] && !inside[e.from]) { inside[e.from] = true; grew = true; }
      });
    }
    Object.keys(inside).forEach(function (k) { keep[k] = true; });
    all.forEach(function (e) {
      if (inside[e.from]) keep[e.to] = true;
      if (inside[e.to]) keep[e.from] = true;
    });
    only = keep; refresh();
    return Object.keys(keep).length;
  };
  document.getElementById("kg-only").addEventListener("change", function (e) { window.kgOnly(e.target.value); });
})();
</script>"""


def write_html(G: nx.MultiDiGraph, path: Path, title: str = "kg") -> None:
    path.write_text(generate_html(G, title), encoding="utf-8")
