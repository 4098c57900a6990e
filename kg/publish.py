"""Publish a built graph to a running triple store with the SPARQL 1.1 Graph Store Protocol.

``PUT <endpoint>?graph=<name>`` with the graph file as the body replaces the named graph (and
only it) in one request: Oxigraph's endpoint is ``http://HOST:7878/store``, Fuseki's
``http://HOST:3030/DATASET/data``.

>>> graph_store_url("http://127.0.0.1:7878/store", "https://w3id.org/kg-health/graph")
'http://127.0.0.1:7878/store?graph=https%3A%2F%2Fw3id.org%2Fkg-health%2Fgraph'
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph

from .errors import ServerError

#: the named graph kg publishes into unless told otherwise
DEFAULT_GRAPH_NAME = "https://w3id.org/kg-health/graph"
#: file extension -> media type of the request body
MEDIA_TYPES = {".ttl": "text/turtle", ".nt": "application/n-triples", ".jsonld": "application/ld+json"}
#: seconds to wait for the store's answer
TIMEOUT = 300


def graph_store_url(endpoint: str, name: str) -> str:
    """The URL of named graph ``name`` at a Graph Store Protocol ``endpoint``."""
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ServerError(f"{endpoint}: not an http(s) URL of a Graph Store Protocol endpoint "
                          "(Oxigraph: http://HOST:7878/store, Fuseki: http://HOST:3030/DATASET/data)")
    try:
        pyoxigraph.NamedNode(name)
    except ValueError:
        raise ServerError(f"{name}: not an absolute IRI for the graph name") from None
    query = urllib.parse.urlencode([*urllib.parse.parse_qsl(parts.query), ("graph", name)])
    return urllib.parse.urlunsplit(parts._replace(query=query))


def publish(graph: Path, endpoint: str, name: str = DEFAULT_GRAPH_NAME) -> int:
    """Replace named graph ``name`` in the store at ``endpoint`` by ``graph``; the HTTP status."""
    media = MEDIA_TYPES.get(graph.suffix.lower())
    if media is None:
        raise ServerError(f"{graph}: not a graph kg writes (use a .ttl, .nt or .jsonld file)")
    request = urllib.request.Request(graph_store_url(endpoint, name), data=graph.read_bytes(), method="PUT",
                                     headers={"Content-Type": f"{media}; charset=utf-8"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            return response.status
    except urllib.error.HTTPError as e:
        detail = e.read(300).decode("utf-8", "replace").strip()
        raise ServerError(f"{endpoint}: the store refused the graph (HTTP {e.code} {e.reason})"
                          + (f": {detail}" if detail else "")) from None
    except (urllib.error.URLError, OSError) as e:
        raise ServerError(f"{endpoint}: cannot reach the store ({getattr(e, 'reason', e)})") from None
