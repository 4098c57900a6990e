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

from .conftest import DOCS, SEEDS

WRITTEN = [name for name in FORMATS if name != "jsonld"]  # jsonld: rdflib, slow; same triples as nt


@pytest.fixture(scope="module")
def extractions():
    return [extract_document(d) for d in iter_documents([SEEDS, *sorted(DOCS.glob("10*.txt"))])]


def _files(folder):
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("rows", [1, 50, spill.ROWS_PER_BUCKET])
def test_spilled_graph_writes_the_bytes_of_the_graph_in_memory(tmp_path, extractions, monkeypatch, rows):
    monkeypatch.setattr(spill, "ROWS_PER_BUCKET", rows)
    a = Assembly()
    for x in extractions:
        a.add(encode(x))
    G, _ = a.graph()
    write_outputs(G, tmp_path / "spilled", WRITTEN, "t")
    write_outputs(assemble(extractions), tmp_path / "memory", WRITTEN, "t")
    assert _files(tmp_path / "spilled") == _files(tmp_path / "memory")


def test_views_read_as_lists(extractions):
    a = Assembly()
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
    s = spill.Spill.create()
    folder = s.folder.path
    details = s.finish([], {})
    assert folder.is_dir()
    del s, details
    assert not folder.exists()


def test_fingerprints_are_those_of_the_documents_in_memory(extractions):
    a = Assembly()
    for x in extractions:
        a.add(encode(x))
    G, prints = a.graph("v")
    res = load_resources()
    r = resolution([x.entities for x in extractions], [x.relations for x in extractions],
                   res.lexicon, res.gazetteer.parents)
    assert r.redirect != [{}] * len(extractions)  # the corpus renames and merges keys
    assert prints == fingerprints(G, sources_of(extractions, r.redirect), "v")
