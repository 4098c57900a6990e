"""kg serve and kg publish against the real Oxigraph server, over HTTP."""

import json
import shutil
import signal
import socket
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.publish import DEFAULT_GRAPH_NAME
from kg.query import add_prefixes, run_query

from .conftest import ROOT

QUERIES = ROOT / "queries"
#: seconds to wait for the server to say where it listens (loading and start-up on a busy machine)
START_TIMEOUT = 120


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """``kg serve`` in a child process, as a user runs it."""

    def __init__(self, out, *args):
        self.port = _free_port()
        self.proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", str(out), "--port", str(self.port), *args],
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.lines = []
        ready = threading.Event()

        def read():
            for line in self.proc.stdout:
                self.lines.append(line)
                if line.startswith("open "):
                    ready.set()
            ready.set()

        threading.Thread(target=read, daemon=True).start()
        if not ready.wait(START_TIMEOUT) or self.proc.poll() is not None:
            self.proc.kill()
            raise AssertionError("kg serve did not start: " + "".join(self.lines))
        self.base = f"http://127.0.0.1:{self.port}/"

    def query(self, sparql: str) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
        """A SELECT over the SPARQL 1.1 Protocol (POST, form-encoded), as columns and rows of strings."""
        request = urllib.request.Request(self.base + "query", data=urllib.parse.urlencode({"query": sparql}).encode(),
                                         headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(request, timeout=60) as response:
            result = json.load(response)
        columns = tuple(result["head"]["vars"])
        return columns, [tuple(b.get(c, {}).get("value", "") for c in columns) for b in result["results"]["bindings"]]

    def stop(self) -> int:
        """Ctrl-C; the exit code."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
        return self.proc.wait(60)


@pytest.fixture(scope="module")
def served(seed_build, tmp_path_factory):
    out, _ = seed_build
    folder = tmp_path_factory.mktemp("served")
    shutil.copy(out / "graph.ttl", folder / "graph.ttl")
    return folder


def _count(server, graph_pattern: str) -> int:
    _, rows = server.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {graph_pattern} }}")
    return int(rows[0][0])


def test_serve_answers_a_shipped_query_like_kg_query_and_stops_on_ctrl_c(served):
    server = Server(served)
    try:
        assert f"SPARQL endpoint: http://127.0.0.1:{server.port}/query\n" in server.lines
        assert (served / "oxigraph").is_dir()
        for name in ("alliance_members.rq", "counts_by_type.rq", "hospitals_by_city.rq"):
            text = (QUERIES / name).read_text(encoding="utf-8")
            expected = run_query(text, served / "graph.ttl")
            columns, rows = server.query(add_prefixes(text))
            assert columns == expected.columns and rows == list(expected.rows) and rows, name
        with pytest.raises(urllib.error.HTTPError):  # read-only unless --writable
            urllib.request.urlopen(urllib.request.Request(server.base + "update", data=b"update=CLEAR ALL"),
                                   timeout=30)
        r = CliRunner().invoke(main, ["publish", "--endpoint", server.base + "store", "--graph",
                                      str(served / "graph.ttl")])
        assert r.exit_code == 2 and "the store refused the graph (HTTP" in r.output, r.output
    finally:
        code = server.stop()
    assert code == 0 and "kg: server stopped\n" in server.lines


def test_publish_replaces_a_named_graph_in_a_running_store(served):
    store = pyoxigraph.Store()
    store.load(path=str(served / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    server = Server(served, "--writable")
    try:
        endpoint = server.base + "store"
        assert f"Graph Store endpoint (kg publish --endpoint): {endpoint}\n" in server.lines
        in_graph = f"GRAPH <{DEFAULT_GRAPH_NAME}> {{ ?s ?p ?o }}"
        assert _count(server, in_graph) == 0
        for _ in range(2):  # the second time replaces, it does not add
            r = CliRunner().invoke(main, ["publish", "--endpoint", endpoint, "--graph", str(served / "graph.ttl")])
            assert r.exit_code == 0 and f"as <{DEFAULT_GRAPH_NAME}>" in r.output, r.output
            assert _count(server, in_graph) == len(store)
        assert _count(server, "?s ?p ?o") == len(store)  # the default graph (loaded by kg serve) is untouched
        text = (QUERIES / "alliance_members.rq").read_text(encoding="utf-8")
        named = add_prefixes(text).replace("WHERE {", f"FROM <{DEFAULT_GRAPH_NAME}> WHERE {{", 1)
        assert server.query(named)[1] == list(run_query(text, store).rows)
    finally:
        assert server.stop() == 0


def test_publish_and_serve_errors(served, tmp_path):
    r = CliRunner().invoke(main, ["publish", "--endpoint", f"http://127.0.0.1:{_free_port()}/store",
                                  "--graph", str(served / "graph.ttl")])
    assert r.exit_code == 2 and "cannot reach the store" in r.output
    r = CliRunner().invoke(main, ["publish", "--endpoint", "file:///etc/passwd", "--graph", str(served / "graph.ttl")])
    assert r.exit_code == 2 and "not an http(s) URL" in r.output
    r = CliRunner().invoke(main, ["publish", "--endpoint", "http://127.0.0.1:1/store", "--name", "not an iri",
                                  "--graph", str(served / "graph.ttl")])
    assert r.exit_code == 2 and "not an absolute IRI" in r.output
    r = CliRunner().invoke(main, ["serve", str(tmp_path)])
    assert r.exit_code == 2 and "no such graph" in r.output


def test_serve_on_a_port_another_server_holds_says_so_before_announcing_anything(served):
    import socket

    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        port = other.getsockname()[1]
        r = CliRunner().invoke(main, ["serve", str(served), "--port", str(port)])
    assert r.exit_code == 2
    assert "SPARQL endpoint" not in r.output
    assert f"kg: error: port {port} on 127.0.0.1 is in use; choose another with --port" in r.output


@pytest.mark.parametrize("fmt", ["nt", "jsonld"])
def test_the_store_loads_every_rdf_format_kg_writes(exports, tmp_path, fmt):
    from kg.serve import load_store, oxigraph_command

    out, _ = exports
    load_store(out / f"graph.{fmt}", tmp_path / "store")
    counted = subprocess.run([oxigraph_command(), "query", "--location", str(tmp_path / "store"), "--results-format",
                              "csv", "--query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"],
                             capture_output=True, text=True, check=True).stdout.split()
    expected = pyoxigraph.Store()
    expected.load(path=str(out / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    assert counted == ["n", str(len(expected))]
