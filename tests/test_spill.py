"""The spill: a build's mentions, evidence and sentences on disk give the graph of the same
documents held in memory, to the byte, whatever the size of a bucket."""

import pytest

from kg import spill
from kg.assembly import Assembly
from kg.cache import encode
from kg.export import FORMATS
from kg.ingest import iter_documents
from kg.pipeline import assemble, extract_document, write_outputs
from kg.resolve import resolution
from kg.resources import load_resources
from kg.reuse import fingerprints, sources_of

from .conftest import SEEDS, developer_docs

WRITTEN = [name for name in FORMATS if name != "jsonld"]  # jsonld: rdflib, slow; same triples as nt


@pytest.fixture(scope="module")
def extractions():
    return [extract_document(d) for d in iter_documents([SEEDS, *developer_docs()])]


def _files(folder):
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _assembly(budget: int = 0) -> Assembly:
    """An assembly whose spill holds ``budget`` bytes in memory (0: every document on disk)."""
    return Assembly(spill=spill.Spill.create(budget))


@pytest.mark.parametrize("rows", [1, 50, spill.ROWS_PER_BUCKET])
def test_spilled_graph_writes_the_bytes_of_the_graph_in_memory(tmp_path, extractions, monkeypatch, rows):
    monkeypatch.setattr(spill, "ROWS_PER_BUCKET", rows)
    a = _assembly()
    for x in extractions:
        a.add(encode(x))
    G, _ = a.graph()
    write_outputs(G, tmp_path / "spilled", WRITTEN, "t")
    write_outputs(assemble(extractions), tmp_path / "memory", WRITTEN, "t")
    assert _files(tmp_path / "spilled") == _files(tmp_path / "memory")


@pytest.mark.parametrize("budget", [0, 30_000, spill.MEMORY_BUDGET])
def test_held_or_spilled_the_graph_is_the_same(tmp_path, extractions, budget):
    """Held in memory, spilled from the start or beyond a budget that some documents fit."""
    a = _assembly(budget)
    for x in extractions:
        a.add(encode(x))
    assert a.spill.spilled == (budget < spill.MEMORY_BUDGET)
    first = encode(extractions[0])
    held = spill.estimate(*spill.rows(first[0][0], [(e[0], e[4]) for e in first[1]], [tuple(r[:4]) for r in first[2]],
                                      first[3]))
    assert held <= 30_000 or budget != 30_000  # the first document was held, then went to disk
    G, _ = a.graph()
    write_outputs(G, tmp_path / "built", WRITTEN, "t")
    write_outputs(assemble(extractions), tmp_path / "memory", WRITTEN, "t")
    assert _files(tmp_path / "built") == _files(tmp_path / "memory")


def test_the_budget_is_an_estimate_of_the_bulk(extractions):
    s = spill.Spill.create(spill.MEMORY_BUDGET)
    data = encode(extractions[0])
    s.add(data[0][0], [(e[0], e[4]) for e in data[1]], [(r[0], r[1], r[2], r[3]) for r in data[2]], data[3])
    assert not s.spilled and s.held_bytes > spill.ROW_BYTES * sum(len(e.mentions) for e in extractions[0].entities)


@pytest.mark.parametrize("budget", [0, spill.MEMORY_BUDGET])
def test_views_read_as_lists(extractions, budget):
    a = _assembly(budget)
    for x in extractions:
        a.add(encode(x))
    G, _ = a.graph()
    H = assemble(extractions)
    for key, d in G.nodes(data=True):
        assert list(d["mentions"]) == H.nodes[key]["mentions"] and len(d["mentions"]) == len(H.nodes[key]["mentions"])
        assert d["documents"] == len({m.doc_id for m in H.nodes[key]["mentions"]})
        for m in d["mentions"]:
            assert G.graph["sentences"].get((m.doc_id, m.sentence)) == H.graph["sentences"].get((m.doc_id, m.sentence))
    for u, v, k, d in G.edges(keys=True, data=True):
        assert list(d["evidence"]) == H.edges[u, v, k]["evidence"]
    assert dict(G.graph["sentences"]) == H.graph["sentences"]


def test_the_folder_goes_with_the_details():
    s = spill.Spill.create(0)
    s.add("a#0", [], [], [[0, "句。"]])
    folder = s.folder.path
    details = s.finish([], {})
    assert folder.is_dir()
    del s, details
    assert not folder.exists()


@pytest.mark.parametrize("budget", [0, spill.MEMORY_BUDGET])
def test_fingerprints_are_those_of_the_documents_in_memory(extractions, budget):
    a = _assembly(budget)
    for x in extractions:
        a.add(encode(x))
    G, prints = a.graph("v")
    res = load_resources()
    r = resolution([x.entities for x in extractions], [x.relations for x in extractions],
                   res.lexicon, res.gazetteer.parents)
    assert r.redirect != [{}] * len(extractions)  # the corpus renames and merges keys
    assert prints.table() == fingerprints(G, sources_of(extractions, r.redirect), "v")
