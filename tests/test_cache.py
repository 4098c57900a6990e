"""The extraction cache: hits, misses, corrupt and foreign entries, incremental rebuilds."""

import shutil

import pytest
from click.testing import CliRunner

from kg import cache as cache_module
from kg.cache import Cache, cache_dir
from kg.cli import main
from kg.ingest import iter_documents
from kg.pipeline import build, extract_document

from .conftest import SEEDS, developer_docs

OUTPUTS = ("graph.ttl", "graph.graphml", "graph.html")


@pytest.fixture
def corpus(tmp_path):
    src = tmp_path / "in"
    shutil.copytree(SEEDS, src)
    for p in developer_docs():
        shutil.copy(p, src / p.name)
    return src


@pytest.fixture(scope="module")
def extraction():
    doc = next(d for d in iter_documents([SEEDS]) if d.path.startswith("001"))
    return doc, extract_document(doc)


def _entries(folder):
    return sorted(folder.glob("??/*.json"))  # not the indexes of kg.reuse, in pieces/


def _same_outputs(a, b):
    for name in OUTPUTS:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_hit_returns_what_was_stored(tmp_path, extraction):
    doc, x = extraction
    cache = Cache(tmp_path)
    key = cache.key(doc.id, doc.path, doc.sha256, doc.format)
    assert cache.get(key) is None
    cache.put(key, x)
    assert cache.get(key) == x
    assert (cache.hits, cache.misses) == (1, 1)


def test_key_depends_on_document_and_extractor_version(tmp_path, monkeypatch, extraction):
    doc, _ = extraction
    cache = Cache(tmp_path)
    key = cache.key(doc.id, doc.path, doc.sha256, doc.format)
    assert key != cache.key(doc.id, "other/" + doc.path, doc.sha256, doc.format)
    assert key != cache.key(doc.id, doc.path, "f" * 64, doc.format)
    monkeypatch.setattr(cache_module, "extractor_version", lambda: "a changed rule")
    assert key != cache.key(doc.id, doc.path, doc.sha256, doc.format)


def test_version_covers_the_code_and_every_data_file():
    hashed = {str(p) for p in cache_module.VERSIONED}
    assert {"extract", "normalize.py", "resources.py", "tokens.py", "data"} <= hashed
    assert (cache_module.PACKAGE / "data" / "divisions.tsv").is_file()


@pytest.mark.parametrize("damage", [
    lambda data: data[: len(data) // 2],                         # truncated
    lambda data: data.replace(b"Hospital", b"Hospitax", 1),      # a flipped byte: checksum fails
    lambda data: b"",                                            # empty
    lambda data: b"\x80\x81 not even text",                      # garbage
])
def test_corrupt_entry_is_ignored(tmp_path, extraction, damage):
    doc, x = extraction
    cache = Cache(tmp_path)
    key = cache.key(doc.id, doc.path, doc.sha256, doc.format)
    cache.put(key, x)
    path = _entries(tmp_path)[0]
    path.write_bytes(damage(path.read_bytes()))
    assert cache.get(key) is None


def test_foreign_entry_is_ignored(tmp_path, extraction):
    doc, x = extraction
    cache = Cache(tmp_path)
    key = cache.key(doc.id, doc.path, doc.sha256, doc.format)
    other = cache.key(doc.id, doc.path, "f" * 64, doc.format)
    cache.put(other, x)
    foreign = _entries(tmp_path)[0]
    target = tmp_path / key[:2] / f"{key}.json"
    target.parent.mkdir(exist_ok=True)
    shutil.copy(foreign, target)  # another document's entry under this key
    assert cache.get(key) is None
    # an entry with a right header and checksum but a body that is not an extraction
    body = b'{"not": "an extraction"}'
    import hashlib
    target.write_bytes(f"{cache_module.MAGIC} {key}\n{hashlib.sha256(body).hexdigest()}\n".encode() + body)
    assert cache.get(key) is None


def test_rebuild_takes_everything_from_the_cache(tmp_path, corpus):
    out = tmp_path / "out"
    first = build([corpus], out)
    assert (first.extracted, first.cached) == (9, 0)
    before = {name: (out / name).read_bytes() for name in OUTPUTS}
    again = build([corpus], out)
    assert (again.extracted, again.cached) == (0, 9)
    assert {name: (out / name).read_bytes() for name in OUTPUTS} == before


def test_rebuild_after_a_change_extracts_only_that_document(tmp_path, corpus):
    out = tmp_path / "out"
    build([corpus], out)
    changed = corpus / "101_sichuan_yigongti.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("丹棱县人民医院", "丹棱县第二人民医院"),
                       encoding="utf-8")
    (corpus / "104_guangdong_group.txt").unlink()
    report = build([corpus], out)
    assert (report.extracted, report.cached, report.documents) == (1, 7, 8)
    fresh = tmp_path / "fresh"
    build([corpus], fresh, cache=False)
    _same_outputs(out, fresh)
    ttl = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "丹棱县第二人民医院" in ttl and "104_guangdong_group" not in ttl
    assert len(_entries(out / ".kg-cache")) == 8  # the removed and the old version are pruned


def test_corrupt_entry_in_a_build_is_extracted_again(tmp_path, corpus):
    out = tmp_path / "out"
    build([corpus], out)
    reference = {name: (out / name).read_bytes() for name in OUTPUTS}
    victim = _entries(out / ".kg-cache")[0]
    victim.write_bytes(victim.read_bytes()[:100])
    report = build([corpus], out)
    assert (report.extracted, report.cached) == (1, 8)
    assert {name: (out / name).read_bytes() for name in OUTPUTS} == reference
    assert build([corpus], out).cached == 9  # and the entry was rewritten


def test_no_cache_neither_reads_nor_writes(tmp_path, corpus):
    out = tmp_path / "out"
    report = build([corpus], out, cache=False)
    assert report.extracted == 9 and not (out / ".kg-cache").exists()


def test_kg_cache_dir_moves_the_cache(tmp_path, corpus, monkeypatch):
    shared = tmp_path / "shared"
    monkeypatch.setenv("KG_CACHE_DIR", str(shared))
    out = tmp_path / "out"
    build([corpus], out)
    assert cache_dir(out) == shared and len(_entries(shared)) == 9 and not (out / ".kg-cache").exists()
    assert build([corpus], tmp_path / "elsewhere").cached == 9


def test_cli_no_cache_and_cache_clear(tmp_path, corpus):
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["build", str(corpus), "--out", str(out)])
    assert r.exit_code == 0 and "extracted: 9, from the cache: 0" in r.output
    r = CliRunner().invoke(main, ["build", str(corpus), "--out", str(out), "--no-cache"])
    assert r.exit_code == 0 and "extracted: 9, from the cache: 0" in r.output
    r = CliRunner().invoke(main, ["build", str(corpus), "--out", str(out)])
    assert "extracted: 0, from the cache: 9" in r.output
    r = CliRunner().invoke(main, ["cache", "clear", "--out", str(out)])
    assert r.exit_code == 0 and "removed 9 cached documents" in r.output
    assert not (out / ".kg-cache").exists()
    r = CliRunner().invoke(main, ["build", str(corpus), "--out", str(out)])
    assert "extracted: 9, from the cache: 0" in r.output
