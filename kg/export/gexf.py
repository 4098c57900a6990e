"""Write the graph as GEXF 1.3 for Gephi, drawn as the HTML view draws it.

Each node has the colour, shape and size the view gives its type and mentions (taken from
:mod:`kg.export.html`: ``STYLE``, ``SIZE_RANGE``, ``node_value``), and the same attributes as
the GraphML export; each edge has a unique id, the relation as its label and its first
evidence.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("code:220100", type="City", name="长春市", aliases=[], code="220100", place=None,
...            mentions=[], mention_count=0)
>>> H = nx.read_gexf(io.BytesIO("".join(generate_gexf(G)).encode("utf-8")))
>>> H.nodes["code:220100"]["label"], H.nodes["code:220100"]["viz"]["color"]
('长春市', {'r': 17, 'g': 163, 'b': 168, 'a': 1.0})
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import networkx as nx

from .files import write_lines
from .graphml import EDGE_KEYS, NODE_KEYS, Key, format_value, present, xml_attr
from .html import OTHER_STYLE, SIZE_RANGE, STYLE, node_value
from .records import clean_text, edge_records, node_records

#: GEXF's shapes for the view's (vis-network) shapes; GEXF has no ellipse, box, star, hexagon or triangleDown
GEXF_SHAPE = {"dot": "disc", "ellipse": "disc", "box": "square", "square": "square", "diamond": "diamond",
              "star": "triangle", "triangle": "triangle", "triangleDown": "triangle", "hexagon": "disc"}
#: GEXF's names of the GraphML attribute types
GEXF_TYPE = {"int": "integer", "double": "double", "string": "string"}
#: GraphML attributes GEXF carries in the element itself (id, label) or does not need (APOC's labels)
_NOT_ATTVALUES = {"id", "label", "labels"}
NODE_ATTRIBUTES = tuple(k for k in NODE_KEYS if k.name not in _NOT_ATTVALUES)
EDGE_ATTRIBUTES = tuple(k for k in EDGE_KEYS if k.name not in _NOT_ATTVALUES)
_HEADER = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n'
           '  <meta><creator>kg</creator><description>knowledge graph of Chinese healthcare</description></meta>\n'
           '  <graph defaultedgetype="directed" mode="static">\n')


def node_size(value: int, lowest: int, highest: int) -> float:
    """vis-network's linear scaling of a node value into ``SIZE_RANGE`` (0.5 when all are equal).

    >>> node_size(1, 1, 5), node_size(5, 1, 5), node_size(3, 3, 3)
    (8.0, 40.0, 24.0)
    """
    scale = 0.5 if highest == lowest else (value - lowest) / (highest - lowest)
    return SIZE_RANGE[0] + scale * (SIZE_RANGE[1] - SIZE_RANGE[0])


def _rgb(colour: str) -> str:
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return f'r="{r}" g="{g}" b="{b}" a="1.0"'


def _attvalues(record: dict, keys: tuple[Key, ...]) -> Iterator[str]:
    values = list(present(record, keys))
    if not values:
        return
    yield "        <attvalues>\n"
    for k, value in values:
        yield f'          <attvalue for="{k.name}" value={xml_attr(format_value(value, k))}/>\n'
    yield "        </attvalues>\n"


def _declare(element: str, keys: tuple[Key, ...]) -> Iterator[str]:
    yield f'    <attributes class="{element}" mode="static">\n'
    for k in keys:
        yield f'      <attribute id="{k.name}" title="{k.name}" type="{GEXF_TYPE[k.type]}"/>\n'
    yield "    </attributes>\n"


def generate_gexf(G: nx.MultiDiGraph) -> Iterator[str]:
    """The GEXF document, line by line."""
    yield _HEADER
    yield from _declare("node", NODE_ATTRIBUTES)
    yield from _declare("edge", EDGE_ATTRIBUTES)
    values = [node_value(d) for _, d in G.nodes(data=True)]
    lowest, highest = (min(values), max(values)) if values else (0, 0)
    yield "    <nodes>\n"
    for n, value in zip(node_records(G), values):
        colour, shape = STYLE.get(n["type"], OTHER_STYLE)
        yield f"      <node id={xml_attr(clean_text(n['id']))} label={xml_attr(clean_text(n['name']))}>\n"
        yield from _attvalues(n, NODE_ATTRIBUTES)
        yield f"        <viz:color {_rgb(colour)}/>\n"
        yield f'        <viz:size value="{node_size(value, lowest, highest)!r}"/>\n'
        yield f'        <viz:shape value="{GEXF_SHAPE.get(shape, "disc")}"/>\n'
        yield "      </node>\n"
    yield "    </nodes>\n    <edges>\n"
    for e in edge_records(G):
        yield (f"      <edge id={xml_attr(e['id'])} source={xml_attr(clean_text(e['source']))} "
               f"target={xml_attr(clean_text(e['target']))} label={xml_attr(e['relation'])}>\n")
        yield from _attvalues(e, EDGE_ATTRIBUTES)
        yield "      </edge>\n"
    yield "    </edges>\n  </graph>\n</gexf>\n"


def write_gexf(G: nx.MultiDiGraph, path: Path) -> None:
    """Write :func:`generate_gexf` to ``path`` atomically."""
    write_lines(path, generate_gexf(G))
