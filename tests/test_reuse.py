"""Reuse of the previous files in a rebuild: the same bytes as a build from scratch, whatever changed."""

import json
import shutil

import pytest

from kg import reuse as reuse_module
from kg.pipeline import build
from kg.reuse import LazyFingerprints, Previous, PieceWriter, Reuse, fingerprints, index_path, writer_version

from .conftest import DOCS, SEEDS, developer_docs

FORMATS = ("ttl", "nt", "graphml", "html")
OUTPUTS = ("graph.ttl", "graph.nt", "graph.graphml", "graph.html")
PIECED = ("graph.ttl", "graph.nt", "graph.graphml")


@pytest.fixture
def corpus(tmp_path):
    src = tmp_path / "in"
    shutil.copytree(SEEDS, src)
    for p in developer_docs():
        shutil.copy(p, src / p.name)
    return src


@pytest.fixture
def copies(monkeypatch):
    """Records, for each fingerprinted piece a rebuild writes, whether it was copied from the
    previous file (True) or made anew (False)."""
    copied = []
    write, write_run = PieceWriter.write, PieceWriter.write_run

    def made(self, data, fingerprint=None):
        if fingerprint is not None:
            copied.append(False)
        write(self, data, fingerprint)

    def copied_run(self, data, pieces):
        pieces = list(pieces)
        copied.extend(True for _ in pieces)
        write_run(self, data, pieces)

    monkeypatch.setattr(PieceWriter, "write", made)
    monkeypatch.setattr(PieceWriter, "write_run", copied_run)
    return copied


def _fresh(corpus, tmp_path):
    fresh = tmp_path / "fresh"
    build([corpus], fresh, FORMATS, cache=False, title="t")
    return fresh


def _same_outputs(a, b):
    for name in OUTPUTS:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def _edit(corpus):
    changed = corpus / "101_sichuan_yigongti.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("丹棱县人民医院", "丹棱县第二人民医院"),
                       encoding="utf-8")


def test_rebuild_after_a_change_copies_the_rest_and_gives_the_bytes_of_a_fresh_build(tmp_path, corpus, copies):
    out = tmp_path / "out"
    build([corpus], out, FORMATS, title="t")
    assert all(index_path(out, name).is_file() for name in PIECED)
    _edit(corpus)
    copies.clear()
    build([corpus], out, FORMATS, title="t")
    assert sum(copies) > len(copies) / 2 and not all(copies)  # most pieces copied, the changed ones written
    _same_outputs(out, _fresh(corpus, tmp_path))
    assert "丹棱县第二人民医院" in (out / "graph.ttl").read_text(encoding="utf-8")


def test_removed_and_added_documents(tmp_path, corpus):
    out = tmp_path / "out"
    build([corpus], out, FORMATS, title="t")
    (corpus / "104_guangdong_group.txt").unlink()
    shutil.copy(DOCS / "101_sichuan_yigongti.txt", corpus / "copy_of_101.txt")
    build([corpus], out, FORMATS, title="t")
    _same_outputs(out, _fresh(corpus, tmp_path))
    assert "104_guangdong_group" not in (out / "graph.ttl").read_text(encoding="utf-8")


@pytest.mark.parametrize("damage", [
    lambda out: (out / "graph.ttl").write_bytes((out / "graph.ttl").read_bytes().replace(b"Hospital", b"Hospitax", 1)),
    lambda out: (out / "graph.graphml").unlink(),
    lambda out: index_path(out, "graph.ttl").write_text("[not an index", encoding="utf-8"),
    lambda out: index_path(out, "graph.nt").write_text(json.dumps(["kg-pieces 1", writer_version(), "0", {}])),
])
def test_a_changed_file_or_a_corrupt_index_is_not_trusted(tmp_path, corpus, damage):
    out = tmp_path / "out"
    build([corpus], out, FORMATS, title="t")
    damage(out)
    _edit(corpus)
    build([corpus], out, FORMATS, title="t")
    _same_outputs(out, _fresh(corpus, tmp_path))


def test_an_index_of_another_kg_version_is_not_used(tmp_path, corpus, copies, monkeypatch):
    out = tmp_path / "out"
    build([corpus], out, FORMATS, title="t")
    monkeypatch.setattr(reuse_module, "writer_version", lambda: "another version")
    copies.clear()
    build([corpus], out, FORMATS, title="t")
    assert not any(copies)
    _same_outputs(out, _fresh(corpus, tmp_path))


def test_no_cache_writes_no_index(tmp_path, corpus):
    out = tmp_path / "out"
    build([corpus], out, cache=False)
    assert not index_path(out, "graph.ttl").exists()


def test_piece_writer_records_what_previous_reads(tmp_path):
    index = tmp_path / "index.json"
    with PieceWriter.open(tmp_path / "f") as w:
        w.write("头\n".encode())
        w.write("一".encode(), "a")
        w.write("二二".encode(), "b")
    w.save(index, "v")
    old = Previous.load(tmp_path / "f", index, "v")
    assert (old.get("b"), old.get("a"), old.get("c")) == ("二二".encode(), "一".encode(), None)
    (tmp_path / "f").write_bytes(b"other")
    assert Previous.load(tmp_path / "f", index, "v").pieces == {}


def test_pieces_of_entities_without_fingerprint_are_always_made(tmp_path):
    made = []
    r = Reuse({"k": "f"}, tmp_path, "v")
    parts = [reuse_module.Part(None, lambda: "h"), reuse_module.Part(("n", "k"), lambda: "k"),
             reuse_module.Part(("n", "other"), lambda: made.append(1) or "o")]
    r.write(tmp_path / "new", "new", parts)
    assert (tmp_path / "new").read_text() == "hko" and made == [1]
    assert r.written["new"].pieces == {"nf": (1, 1)}


def test_pieces_in_a_row_are_copied_with_one_read_and_made_again_when_it_comes_short(tmp_path, monkeypatch):
    parts = [reuse_module.Part(None, lambda: "头"), *(reuse_module.Part(("n", k), lambda k=k: k * 3) for k in "abcd")]
    first = Reuse({k: k for k in "abcd"}, tmp_path, "v")
    first.write(tmp_path / "graph.x", "graph.x", parts)
    first.save()
    reads = []
    read = Previous.read
    monkeypatch.setattr(Previous, "read", lambda self, offset, size: reads.append(size) or read(self, offset, size))
    again = Reuse({"a": "a", "b": "b", "c": "changed", "d": "d"}, tmp_path, "v")
    again.write(tmp_path / "new", "graph.x", parts)
    assert (tmp_path / "new").read_text() == "头aaabbbcccddd"
    assert reads == [6, 3]  # a and b in one read, c made, d in one read
    assert again.written["graph.x"].pieces == {"na": (3, 3), "nb": (6, 3), "nchanged": (9, 3), "nd": (12, 3)}
    reads.clear()
    monkeypatch.setattr(reuse_module, "READ_CHUNK", 3)  # a run never reads more at once
    Reuse({k: k for k in "abcd"}, tmp_path, "v").write(tmp_path / "small", "graph.x", parts)
    assert reads == [3, 3, 3, 3] and (tmp_path / "small").read_text() == "头aaabbbcccddd"
    monkeypatch.setattr(Previous, "read", lambda self, offset, size: None)
    made = Reuse({k: k for k in "abcd"}, tmp_path, "v")
    made.write(tmp_path / "again", "graph.x", parts)
    assert (tmp_path / "again").read_text() == "头aaabbbcccddd"


def test_lazy_fingerprints_are_made_when_a_piece_first_asks_and_are_those_of_fingerprints(seed_build, tmp_path):
    G = seed_build[1].graph
    sources = {k: G.graph["documents"][: i % 3] for i, k in enumerate(G)}
    lazy = LazyFingerprints(G, sources, "v")
    reuse = Reuse(lazy, tmp_path, "v")
    assert not lazy.made
    assert reuse.fingerprint(("", next(iter(G)))) and lazy.made
    assert lazy.table() == fingerprints(G, sources, "v") and len(lazy.table()) == G.number_of_nodes()
