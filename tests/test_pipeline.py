"""The whole command on the seeds: outputs, parsers, determinism, CLI."""

import subprocess
import sys
import time

import networkx as nx
import pyoxigraph
import pytest
import rdflib
from click.testing import CliRunner

from kg.cli import main
from kg.pipeline import build

from .conftest import SEEDS


def test_build_writes_three_files(seed_build):
    out, report = seed_build
    assert sorted(p.name for p in out.iterdir() if p.is_file()) == ["graph.graphml", "graph.html", "graph.ttl"]
    assert report.documents == 5 and report.skipped == []
    assert all(report.counts.get(t, 0) > 0 for t in
               ("Province", "City", "District", "Hospital", "Alliance", "Program", "Organization"))


def test_turtle_parses_with_rdflib_and_pyoxigraph(seed_build):
    out, _ = seed_build
    g = rdflib.Graph()
    g.parse(out / "graph.ttl", format="turtle")
    store = pyoxigraph.Store()
    store.load(path=str(out / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(g) == len(store) > 1000


def test_graphml_round_trips_with_same_counts(seed_build):
    out, report = seed_build
    H = nx.read_graphml(out / "graph.graphml", force_multigraph=True)
    assert H.number_of_nodes() == report.graph.number_of_nodes()
    assert H.number_of_edges() == report.graph.number_of_edges()


def test_every_relation_is_a_direct_triple_with_evidence(seed_build):
    out, report = seed_build
    g = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    q = """PREFIX kg: <https://w3id.org/kg-health/ontology#>
           PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
           SELECT (COUNT(DISTINCT ?st) AS ?n) WHERE {
             ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:evidence/kg:sentenceText ?t .
             ?s ?p ?o . }"""
    assert int(next(iter(g.query(q)))[0]) == report.graph.number_of_edges()


def test_two_builds_are_byte_identical(tmp_path, seed_build):
    out1, _ = seed_build
    out2 = tmp_path / "again"
    build([SEEDS], out2)
    for name in ("graph.ttl", "graph.graphml", "graph.html"):
        assert (out1 / name).read_bytes() == (out2 / name).read_bytes(), name


def test_no_temporary_files_left(seed_build):
    out, _ = seed_build
    assert not [p for p in out.iterdir() if p.name.startswith(".kg-build-")]


def test_cli_build_summary_and_formats(tmp_path):
    result = CliRunner().invoke(main, ["build", str(SEEDS / "004_b5298c9f952c09c5.txt"), "--out", str(tmp_path),
                                       "--formats", "ttl,nt,jsonld"])
    assert result.exit_code == 0, result.output
    assert "documents read: 1, skipped: 0" in result.output
    assert "relations:" in result.output
    assert {p.name for p in tmp_path.iterdir() if p.is_file()} == {"graph.ttl", "graph.nt", "graph.jsonld", "context.jsonld"}
    nt = rdflib.Graph().parse(tmp_path / "graph.nt", format="nt")
    ttl = rdflib.Graph().parse(tmp_path / "graph.ttl", format="turtle")
    jl = rdflib.Graph().parse(tmp_path / "graph.jsonld", format="json-ld")
    assert len(nt) == len(ttl) == len(jl)


def test_cli_usage_errors_exit_2(tmp_path):
    r = CliRunner().invoke(main, ["build", str(tmp_path / "missing"), "--out", str(tmp_path / "o")])
    assert r.exit_code == 2 and "no such file or folder" in r.output
    empty = tmp_path / "empty"
    empty.mkdir()
    r = CliRunner().invoke(main, ["build", str(empty), "--out", str(tmp_path / "o")])
    assert r.exit_code == 2 and "no documents found" in r.output


def test_strict_turns_skips_into_exit_1(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "ok.txt").write_text("长治市人民医院开展义诊，服务患者。", encoding="utf-8")
    (src / "bad.txt").write_bytes(b"%PDF-1.4 binary")
    r = CliRunner().invoke(main, ["build", str(src), "--out", str(tmp_path / "o")])
    assert r.exit_code == 0 and "skipped" in r.output and "bad.txt" in r.output
    r = CliRunner().invoke(main, ["build", str(src), "--out", str(tmp_path / "o"), "--strict"])
    assert r.exit_code == 1


@pytest.mark.parametrize("args", [["--help"], ["build", "--help"], ["eval", "--help"], ["query", "--help"]])
def test_help(args):
    r = CliRunner().invoke(main, args)
    assert r.exit_code == 0 and "Example" in r.output


def test_python_dash_m(tmp_path):
    r = subprocess.run([sys.executable, "-m", "kg", "--help"], capture_output=True, text=True)
    assert r.returncode == 0 and "build" in r.stdout


def _scripted_build(unreadable: str = "", missing: str = "d1"):
    """:func:`kg.pipeline._results` over 16 documents, the cache lacking ``missing`` and holding an
    unreadable ``unreadable``: the results and what was done, in order."""
    from kg.engine import IN_FLIGHT_PER_WORKER
    from kg.pipeline import _results
    from kg.types import Document

    log = []

    class Pending:
        def __init__(self, item):
            self.item = item

        def result(self):
            log.append(("wait", self.item.id))
            return ["extracted", self.item.id]

    class Workers:
        workers = 1

        def expect(self, count):
            log.append(("expect", count))

        def submit(self, fn, item):
            log.append(("submit", item.id))
            return Pending(item)

    class Store:
        def key(self, doc_id, path, sha256, fmt):
            return doc_id

        def holds(self, key):
            return key not in missing.split()

        def get_encoded(self, key):
            log.append(("read", key))
            return None if key in unreadable.split() else ["cached", key]

        def put_encoded(self, key, value):
            log.append(("put", key))

    n = 4 * IN_FLIGHT_PER_WORKER  # more than a worker's window of documents in flight
    docs = [Document(f"d{i}", f"d{i}.txt", "0" * 64, "utf-8", "长春", 6) for i in range(n)]
    return [value for value, fresh in _results(docs, Workers(), Store())], log


def test_cached_documents_are_read_while_one_is_extracted():
    """A rebuild submits a changed document as soon as it reads it, reads the cache past it while
    a worker extracts it, and hands the results over in input order all the same."""
    results, log = _scripted_build()
    n = len(results)
    assert results == [["cached", "d0"], ["extracted", "d1"], *(["cached", f"d{i}"] for i in range(2, n))]
    assert log[:2] == [("expect", 1), ("submit", "d1")]  # before the cache of d0 is read
    assert log.index(("read", f"d{n - 1}")) < log.index(("wait", "d1")) < log.index(("put", "d1"))


def test_an_unreadable_cache_entry_is_extracted_again_in_its_place():
    results, log = _scripted_build(unreadable="d5", missing="d1 d9")
    assert results[5] == ["extracted", "d5"] and results[9] == ["extracted", "d9"]
    assert [r for r in results if r[0] == "extracted"] == [["extracted", "d1"], ["extracted", "d5"], ["extracted", "d9"]]
    assert log[0] == ("expect", 2) and ("put", "d5") in log


def test_formats_written_apart_are_the_same_files(exports, tmp_path):
    """The formats that copy nothing, written by a forked process beside this one, are the bytes
    of those written here."""
    from kg.export import FORMATS
    from kg.pipeline import write_outputs

    folder, G = exports
    seconds = {}
    written = write_outputs(G, tmp_path, FORMATS, "kg: seeds", seconds, apart=True)
    assert list(seconds) == list(FORMATS)
    for path in written:
        assert path.read_bytes() == (folder / path.relative_to(tmp_path)).read_bytes(), path.name
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".kg-build-")]


def test_a_failure_apart_leaves_the_output_folder_as_it_was(exports, tmp_path, monkeypatch):
    from kg.errors import OutputError
    from kg.export import FORMATS, Format
    from kg.pipeline import write_outputs

    _, G = exports
    (tmp_path / "graph.ttl").write_text("before", encoding="utf-8")

    def broken(G, folder, title):
        raise OSError(28, "No space left on device")

    monkeypatch.setitem(FORMATS, "html", Format("the view", ("graph.html",), broken))
    with pytest.raises(OSError, match="No space left"):
        write_outputs(G, tmp_path, ["ttl", "html"], "t", apart=True)
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"] and (tmp_path / "graph.ttl").read_text() == "before"

    def dies(G, folder, title):
        import os
        os._exit(3)

    monkeypatch.setitem(FORMATS, "html", Format("the view", ("graph.html",), dies))
    with pytest.raises(OutputError, match="exit code 3"):
        write_outputs(G, tmp_path, ["ttl", "html"], "t", apart=True)
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_an_output_folder_inside_the_input_is_never_read_back(tmp_path):
    """kg build corpus/ --out corpus/out/ twice: the second build reads the one document again, not
    the view and tables the first wrote, and writes the same files."""
    src = tmp_path / "corpus"
    src.mkdir()
    (src / "a.txt").write_text("长治市人民医院牵头组建心血管专科联盟。", encoding="utf-8")
    first = build([src], src / "out", formats=["ttl", "html", "tables"])
    written = {p.relative_to(src / "out"): p.read_bytes() for p in (src / "out").rglob("*") if p.is_file()}
    second = build([src], src / "out", formats=["ttl", "html", "tables"])
    assert first.documents == second.documents == 1
    assert {p: b for p, b in written.items() if not p.parts[0].startswith(".kg-cache")} == \
        {p.relative_to(src / "out"): p.read_bytes() for p in (src / "out").rglob("*")
         if p.is_file() and not p.relative_to(src / "out").parts[0].startswith(".kg-cache")}


def test_a_stop_while_the_new_files_move_into_place_waits_until_all_have_moved(tmp_path):
    """The files of a build move into the output folder together: a Ctrl-C or SIGTERM that comes
    meanwhile is held until the last has moved, then stops the build saying so (the outputs are
    the new build's, not a mix of two corpora's)."""
    import os
    import signal

    from kg.errors import InterruptedAfterWriting
    from kg.pipeline import _uninterrupted

    import threading

    moved = []
    other = threading.Thread(target=time.sleep, args=(1,))  # a signal may reach another thread (a progress bar's)
    other.start()
    with pytest.raises(InterruptedAfterWriting):
        with _uninterrupted():
            for name in ("graph.ttl", "graph.graphml", "graph.html"):
                if name == "graph.graphml":
                    os.kill(os.getpid(), signal.SIGINT)
                (tmp_path / name).write_text(name)
                moved.append(name)
    other.join()
    assert moved == ["graph.ttl", "graph.graphml", "graph.html"]
    (tmp_path / "empty").mkdir()
    r = CliRunner().invoke(main, ["build", str(tmp_path / "empty"), "--out", str(tmp_path / "o")])  # still working
    assert r.exit_code == 2 and "no documents found" in r.output
