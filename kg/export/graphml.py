"""Write the graph as GraphML that Gephi, Cytoscape, yEd, Neo4j APOC, networkx and igraph read whole.

* every edge has a unique id (Gephi skips an edge whose id it has seen);
* nodes carry ``labels`` (``:Hospital``) and ``label`` (the name, shown by Gephi and Cytoscape);
  edges carry ``label`` (the relation, ``locatedIn``);
* for Neo4j, ``apoc.import.graphml(…, {readLabels: true})`` takes node labels from a ``labels``
  XML attribute of ``<node>`` or the data of the key whose id is ``labels``, and the relationship
  type from a ``label`` XML attribute of ``<edge>``: both are written, the type in Neo4j's upper
  snake case (``LOCATED_IN``) as in the Neo4j CSV export;
* ``iri`` joins a node to the Turtle; aliases are a JSON array with ``attr.list="string"``
  (APOC makes it a list property; other readers get a string that ``json.loads`` reads);
* the first evidence of an edge is split into typed attributes (sentence, document,
  sentence index, offsets, basis) beside the evidence count; the rest is in the Turtle and
  in the tables export;
* optional values (code, place, confidence) are left out rather than written empty.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("code:220100", type="City", name="长春市", aliases=["长春"], code="220100", place=None,
...            mentions=[], mention_count=1)
>>> text = "".join(generate_graphml(G))
>>> H = nx.read_graphml(io.BytesIO(text.encode("utf-8")))
>>> H.nodes["code:220100"]["labels"], H.nodes["code:220100"]["mention_count"]
(':City', 1)
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import NamedTuple
from xml.sax.saxutils import escape, quoteattr

import networkx as nx

from ..reuse import Part, Reuse
from .files import write_parts
from .records import clean_text, edge_records, node_record


class Key(NamedTuple):
    """A GraphML attribute: the element it is for, its name and type, and the record field it shows."""

    element: str
    name: str
    type: str
    field: str
    list_type: str | None = None


NODE_KEYS = (
    Key("node", "labels", "string", "labels"), Key("node", "label", "string", "name"),
    Key("node", "iri", "string", "iri"), Key("node", "type", "string", "type"), Key("node", "name", "string", "name"),
    Key("node", "aliases", "string", "aliases", list_type="string"), Key("node", "code", "string", "code"),
    Key("node", "place", "string", "place"), Key("node", "mention_count", "int", "mention_count"),
    Key("node", "documents", "int", "documents"), Key("node", "confidence", "double", "confidence"),
)
EDGE_KEYS = (  # "id" again as data: python-igraph 1.0 fills its edge "id" with node ids otherwise
    Key("edge", "id", "string", "id"), Key("edge", "label", "string", "relation"),
    Key("edge", "relation", "string", "relation"),
    Key("edge", "evidence_count", "int", "evidence_count"),
    Key("edge", "evidence_sentence", "string", "evidence_sentence"),
    Key("edge", "evidence_document", "string", "evidence_document"),
    Key("edge", "evidence_sentence_index", "int", "evidence_sentence_index"),
    Key("edge", "evidence_start", "int", "evidence_start"), Key("edge", "evidence_end", "int", "evidence_end"),
    Key("edge", "evidence_basis", "string", "evidence_basis"), Key("edge", "confidence", "double", "confidence"),
)
#: a carriage return in text would reach readers as a line feed (XML end-of-line handling)
_CR = {"\r": "&#13;"}
_HEADER = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
           'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')


def _key_id(key: Key) -> str:
    """Node keys by their name (APOC finds labels by the key id ``labels``), edge keys ``e_<name>``."""
    return key.name if key.element == "node" else f"e_{key.name}"


def format_value(value, key: Key) -> str:
    """The text of one attribute value: strings cleaned (XML 1.0), lists as JSON arrays, not yet escaped."""
    if key.list_type:
        return json.dumps([clean_text(v) for v in value], ensure_ascii=False)
    if key.type == "string":
        return clean_text(str(value))
    return repr(float(value)) if key.type == "double" else str(int(value))


def present(record: dict, keys: tuple[Key, ...]) -> Iterator[tuple[Key, object]]:
    """The keys a record has a value for (not None, not an empty list), with the value."""
    for key in keys:
        value = record[key.field]
        if value is not None and not (key.list_type and not value):
            yield key, value


def xml_text(text: str) -> str:
    """Text escaped for element content (``&``, ``<``, ``>``; a carriage return as ``&#13;``).

    >>> xml_text("a<b & c"), xml_text("长春")
    ('a&lt;b &amp; c', '长春')
    """
    if "&" in text or "<" in text or ">" in text or "\r" in text:
        return escape(text, _CR)
    return text  # the usual case: nothing to escape, and no copy made


def xml_attr(text: str) -> str:
    """A quoted attribute value (:func:`xml.sax.saxutils.quoteattr`, without its work when there
    is nothing to escape).

    >>> print(xml_attr('say "hi"'), xml_attr("长春"))
    'say "hi"' "长春"
    """
    if "&" in text or "<" in text or ">" in text or '"' in text or "\n" in text or "\r" in text or "\t" in text:
        return quoteattr(text)
    return f'"{text}"'


def _data(record: dict, keys: tuple[Key, ...]) -> str:
    return "".join([f'      <data key="{_key_id(key)}">{xml_text(format_value(value, key))}</data>\n'
                    for key, value in present(record, keys)])


def graphml_parts(G: nx.MultiDiGraph) -> Iterator[Part]:
    """The document as parts: the header and keys, one piece per node, one per node's edges, the end."""
    keys = "".join(f'  <key id="{_key_id(key)}" for="{key.element}" attr.name="{key.name}" attr.type="{key.type}"'
                   + (f' attr.list="{key.list_type}"' if key.list_type else "") + "/>\n" for key in NODE_KEYS + EDGE_KEYS)
    yield Part(None, lambda: _HEADER + keys + '  <graph id="kg" edgedefault="directed">\n')
    for key in G:
        yield Part(("n", key), partial(_node, G, key))
    docs = {d.id: d.path for d in G.graph.get("documents", [])}
    for key in G:
        if G.succ[key]:
            yield Part(("e", key), partial(_edges, G, key, docs))
    yield Part(None, lambda: "  </graph>\n</graphml>\n")


def _node(G: nx.MultiDiGraph, key: str) -> str:
    n = node_record(G, key)
    return (f"    <node id={xml_attr(clean_text(n['id']))} labels={xml_attr(n['labels'])}>\n"
            f"{_data(n, NODE_KEYS)}    </node>\n")


def _edges(G: nx.MultiDiGraph, key: str, docs: dict[str, str]) -> str:
    return "".join([f"    <edge id={xml_attr(e['id'])} source={xml_attr(clean_text(e['source']))} "
                    f"target={xml_attr(clean_text(e['target']))} label={xml_attr(e['type'])}>\n"
                    f"{_data(e, EDGE_KEYS)}    </edge>\n" for e in edge_records(G, docs, key)])


def generate_graphml(G: nx.MultiDiGraph) -> Iterator[str]:
    """The GraphML document, part by part (UTF-8, readable Chinese)."""
    return (part.make() for part in graphml_parts(G))


def write_graphml(G: nx.MultiDiGraph, path: Path, reuse: Reuse | None = None) -> None:
    """Write :func:`graphml_parts` to ``path`` (through ``reuse`` when given: :mod:`kg.reuse`)."""
    write_parts(path, graphml_parts(G), reuse)
