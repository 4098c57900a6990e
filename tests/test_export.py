"""Every export loaded back by the real reader of the tool it is for, and compared with the graph."""

import csv
import json
import re
import xml.etree.ElementTree as ET

import igraph
import networkx as nx
import pandas as pd
import pyoxigraph
import pytest
import rdflib
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib.compare import to_isomorphic

from kg.cli import main
from kg.export import FORMATS
from kg.export.files import write_lines
from kg.export.gexf import GEXF_SHAPE
from kg.export.html import SIZE_RANGE, STYLE
from kg.export.jsonld import load_context
from kg.export.neo4j import ARRAY_DELIMITER
from kg.export.records import clean_text, edge_records, relationship_type
from kg.graph import build_graph
from kg.pipeline import write_outputs
from kg.query import run_query
from kg.rdf import entity_iri
from kg.types import DocumentInfo, Entity, Evidence, Mention, Relation
from kg.vocab import KG

from .conftest import ROOT

QUERIES = ROOT / "queries"


def _first_evidence(G, u, v, k):
    return G.edges[u, v, k]["evidence"][0]


# ---- GraphML ---------------------------------------------------------------------------------------------

def test_graphml_networkx_reads_every_node_edge_and_attribute(exports):
    out, G = exports
    H = nx.read_graphml(out / "graph.graphml", force_multigraph=True)
    assert H.number_of_nodes() == G.number_of_nodes() and H.number_of_edges() == G.number_of_edges()
    for key, d in G.nodes(data=True):
        h = H.nodes[key]
        assert h["labels"] == ":" + d["type"] and h["label"] == h["name"] == d["name"]
        assert h["iri"] == str(entity_iri(key, d["type"], d["name"], d.get("code")))
        assert json.loads(h.get("aliases", "[]")) == d["aliases"]
        assert h["mention_count"] == d["mention_count"] and isinstance(h["mention_count"], int)
        assert h.get("code") == d.get("code")
    ids = [k for _, _, k in H.edges(keys=True)]
    assert len(ids) == len(set(ids))
    by_id = {e["id"]: (e["source"], e["target"], e["relation"]) for e in edge_records(G)}
    for u, v, k, h in H.edges(keys=True, data=True):
        assert by_id[k] == (u, v, h["label"]) and h["relation"] == h["label"]
        ev = _first_evidence(G, u, v, h["label"])
        assert (h["evidence_sentence"], h["evidence_start"], h["evidence_end"], h["evidence_basis"]) == \
            (ev.text, ev.start, ev.end, ev.basis)
        assert h["evidence_count"] == len(G.edges[u, v, h["label"]]["evidence"])


def test_graphml_igraph_reads_unique_edge_ids_and_labels(exports):
    out, G = exports
    with pytest.warns(RuntimeWarning, match="already an 'id' edge attribute"):  # igraph reads our own "id" data
        g = igraph.Graph.Read_GraphML(str(out / "graph.graphml"))
    assert g.vcount() == G.number_of_nodes() and g.ecount() == G.number_of_edges()
    assert sorted(g.es["id"]) == sorted(e["id"] for e in edge_records(G))
    assert g.vs["labels"] == [":" + d["type"] for _, d in G.nodes(data=True)]
    assert g.es["label"] == [k for _, _, k in G.edges(keys=True)]
    for e in g.es:
        assert (g.vs[e.source]["id"], g.vs[e.target]["id"]) == \
            next((r["source"], r["target"]) for r in edge_records(G) if r["id"] == e["id"])


def test_graphml_has_what_apoc_import_graphml_reads(exports):
    """APOC's reader (XmlGraphMLReader) with readLabels: node labels from the ``labels`` XML attribute
    or the key whose id is ``labels``, relationship types from the ``label`` XML attribute of <edge>,
    lists from keys with ``attr.list`` holding JSON arrays."""
    out, G = exports
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ET.parse(out / "graph.graphml").getroot()
    keys = {k.get("id"): k for k in root.iterfind("g:key", ns)}
    assert keys["labels"].get("for") == "node"
    list_keys = {k for k, e in keys.items() if e.get("attr.list")}
    for node in root.iterfind(".//g:node", ns):
        d = G.nodes[node.get("id")]
        assert node.get("labels") == ":" + d["type"]
        assert node.find("g:data[@key='labels']", ns).text == ":" + d["type"]
        for data in node.iterfind("g:data", ns):
            if data.get("key") in list_keys:
                assert json.loads(data.text) == d["aliases"]
    types = [e.get("label") for e in root.iterfind(".//g:edge", ns)]
    assert types == [relationship_type(k) for _, _, k in G.edges(keys=True)]


def test_graphml_iris_are_the_turtle_entities(exports):
    out, G = exports
    H = nx.read_graphml(out / "graph.graphml")
    g = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    types = {rdflib.URIRef(str(KG._NS) + d["type"]) for _, d in G.nodes(data=True)}
    entities = {str(s) for s, _, o in g.triples((None, rdflib.RDF.type, None)) if o in types}
    assert {d["iri"] for _, d in H.nodes(data=True)} == entities


# ---- GEXF ------------------------------------------------------------------------------------------------

def test_gexf_networkx_reads_the_graph_with_the_views_colours_and_sizes(exports):
    out, G = exports
    H = nx.read_gexf(out / "graph.gexf")
    assert H.number_of_nodes() == G.number_of_nodes() and H.number_of_edges() == G.number_of_edges()
    assert len({d["id"] for _, _, d in H.edges(data=True)}) == G.number_of_edges()
    for key, d in G.nodes(data=True):
        h = H.nodes[key]
        colour = STYLE[d["type"]][0]
        assert (h["viz"]["color"]["r"], h["viz"]["color"]["g"], h["viz"]["color"]["b"]) == \
            tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))
        assert h["label"] == d["name"] and h["iri"].startswith("https://w3id.org/kg-health/id/")
    sizes = {key: H.nodes[key]["viz"]["size"] for key in G.nodes}
    most = max(G.nodes, key=lambda n: len(G.nodes[n]["mentions"]))
    assert min(sizes.values()) == SIZE_RANGE[0] and sizes[most] == SIZE_RANGE[1]


def test_gexf_shapes_follow_the_view(exports):
    out, G = exports
    ns = {"g": "http://gexf.net/1.3", "viz": "http://gexf.net/1.3/viz"}
    root = ET.parse(out / "graph.gexf").getroot()
    for node in root.iterfind(".//g:node", ns):
        shape = node.find("viz:shape", ns).get("value")
        assert shape == GEXF_SHAPE[STYLE[G.nodes[node.get("id")]["type"]][1]]


# ---- JSON-LD ---------------------------------------------------------------------------------------------

def test_jsonld_reads_back_to_the_turtles_triples_with_rdflib_and_pyoxigraph(exports):
    out, _ = exports
    ttl = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    jl = rdflib.Graph().parse(out / "graph.jsonld", format="json-ld")
    assert len(jl) == len(ttl) > 1000 and to_isomorphic(jl) == to_isomorphic(ttl)
    a, b = pyoxigraph.Store(), pyoxigraph.Store()
    a.load(path=str(out / "graph.jsonld"), format=pyoxigraph.RdfFormat.JSON_LD)
    b.load(path=str(out / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    assert {str(q) for q in a} == {str(q) for q in b}


def test_jsonld_is_compact_with_the_shipped_context(exports):
    out, _ = exports
    doc = json.loads((out / "graph.jsonld").read_text(encoding="utf-8"))
    assert doc["@context"] == load_context() == json.loads((out / "context.jsonld").read_text())["@context"]
    first = doc["@graph"][0]
    assert first["@id"].startswith("id:") and not any(k.startswith("http") for node in doc["@graph"] for k in node)


def test_context_maps_every_ontology_term():
    context = load_context()
    mapped = {v if isinstance(v, str) else v["@id"] for v in context.values()}
    for term in KG.__annotations__:
        assert f"kg:{term}" in mapped, term


# ---- Neo4j -----------------------------------------------------------------------------------------------

def _rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_neo4j_csv_headers_and_ids(exports):
    out, G = exports
    nodes, rels = _rows(out / "neo4j" / "entities.csv"), _rows(out / "neo4j" / "relations.csv")
    assert list(nodes[0])[:2] == ["id:ID", ":LABEL"] and list(rels[0])[:3] == [":START_ID", ":END_ID", ":TYPE"]
    header = re.compile(r"^(\w+)?(:(ID|LABEL|START_ID|END_ID|TYPE|int|float|string\[\]))?$")
    assert all(header.match(h) for h in [*nodes[0], *rels[0]])
    assert len(nodes) == G.number_of_nodes() and len(rels) == G.number_of_edges()
    ids = {n["id:ID"] for n in nodes}
    assert len(ids) == len(nodes) and ids == set(G.nodes)
    assert all(r[":START_ID"] in ids and r[":END_ID"] in ids for r in rels)
    for n in nodes:
        d = G.nodes[n["id:ID"]]
        assert n[":LABEL"] == d["type"] and int(n["mention_count:int"]) == d["mention_count"]
        assert (n["aliases:string[]"].split(ARRAY_DELIMITER) if n["aliases:string[]"] else []) == d["aliases"]
    assert {r[":TYPE"] for r in rels} == {relationship_type(k) for _, _, k in G.edges(keys=True)}
    assert all(re.fullmatch(r"[A-Z]+(_[A-Z]+)*", r[":TYPE"]) for r in rels)


def test_load_cypher_reads_only_columns_the_csv_files_have(exports):
    out, G = exports
    cypher = (out / "neo4j" / "load.cypher").read_text(encoding="utf-8")
    for statement in cypher.split(";"):
        source = re.search(r"file:///(\w+\.csv)", statement)
        if not source:
            continue
        with open(out / "neo4j" / source.group(1), encoding="utf-8") as f:
            header = next(csv.reader(f))
        assert set(re.findall(r"row\.`([^`]+)`", statement)) <= set(header), statement
    assert "CREATE CONSTRAINT" in cypher
    for _, _, k in G.edges(keys=True):
        assert f"MERGE (a)-[r:`{relationship_type(k)}`]->(b)" in cypher


# ---- tables ----------------------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def tables(exports):
    out, G = exports
    return {name: pd.read_csv(out / "tables" / f"{name}.csv", dtype=str, keep_default_na=False)
            for name in ("entities", "aliases", "relations", "evidence", "mentions", "documents")}, G


def test_tables_have_one_row_per_entity_relation_and_document(tables):
    t, G = tables
    assert len(t["entities"]) == G.number_of_nodes() and len(t["relations"]) == G.number_of_edges()
    assert len(t["documents"]) == len(G.graph["documents"])
    assert len(t["aliases"]) == sum(len(d["aliases"]) for _, d in G.nodes(data=True))
    assert len(t["mentions"]) == sum(len(d["mentions"]) for _, d in G.nodes(data=True))
    assert len(t["evidence"]) == sum(len(d["evidence"]) for _, _, d in G.edges(data=True))


def test_table_ids_join(tables):
    t, _ = tables
    entities, documents, relations = set(t["entities"]["id"]), set(t["documents"]["id"]), set(t["relations"]["id"])
    assert len(entities) == len(t["entities"]) and len(relations) == len(t["relations"])
    assert set(t["relations"]["source"]) | set(t["relations"]["target"]) <= entities
    assert set(t["aliases"]["entity"]) <= entities and set(t["mentions"]["entity"]) <= entities
    assert set(t["mentions"]["document"]) | set(t["evidence"]["document"]) <= documents
    assert set(t["evidence"]["relation"]) <= relations
    assert set(t["entities"]["place"]) - {""} <= entities


def test_pandas_answers_a_shipped_query(tables, exports):
    """Alliances with their members and leaders, with two joins instead of SPARQL."""
    t, _ = tables
    out, _ = exports
    rel = t["relations"][t["relations"]["relation"].isin(["memberOf", "leads"])]
    names = t["entities"].set_index("id")
    rel = rel[rel["target"].map(names["type"]) == "Alliance"]
    rows = sorted(zip(rel["target"].map(names["name"]), rel["relation"].map({"memberOf": "member", "leads": "leads"}),
                      rel["source"].map(names["name"])))
    sparql = run_query((QUERIES / "alliance_members.rq").read_text(encoding="utf-8"), out / "graph.ttl")
    assert rows == sorted(sparql.rows) and rows


# ---- all formats -----------------------------------------------------------------------------------------

def test_every_format_is_byte_identical_across_writes(exports, tmp_path):
    out, G = exports
    write_outputs(G, tmp_path, FORMATS, "kg: seeds")
    for f in FORMATS.values():
        for name in f.files:
            assert (tmp_path / name).read_bytes() == (out / name).read_bytes(), name


@pytest.mark.parametrize("source", ["graph.ttl", "graph.nt", "graph.jsonld"])
def test_kg_export_from_any_rdf_gives_the_builds_files(exports, tmp_path, source):
    out, _ = exports
    r = CliRunner().invoke(main, ["export", "all", "--graph", str(out / source), "--out", str(tmp_path),
                                  "--title", "kg: seeds"])
    assert r.exit_code == 0, r.output
    for f in FORMATS.values():
        for name in f.files:
            assert (tmp_path / name).read_bytes() == (out / name).read_bytes(), name


def test_kg_export_usage_errors(tmp_path, exports):
    out, _ = exports
    r = CliRunner().invoke(main, ["export", "pdf", "--graph", str(out / "graph.ttl"), "--out", str(tmp_path)])
    assert r.exit_code == 2 and "unknown format 'pdf'" in r.output
    r = CliRunner().invoke(main, ["export", "graphml", "--graph", str(tmp_path / "none.ttl")])
    assert r.exit_code == 2 and "no such graph" in r.output
    (tmp_path / "g.txt").write_text("x")
    r = CliRunner().invoke(main, ["export", "graphml", "--graph", str(tmp_path / "g.txt")])
    assert r.exit_code == 2 and "not a graph kg writes" in r.output
    r = CliRunner().invoke(main, ["build", str(tmp_path), "--formats", "ttl,svg"])
    assert r.exit_code == 2 and "unknown format 'svg'" in r.output


def test_a_failed_write_keeps_the_previous_file(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("old\n", encoding="utf-8")

    def lines():
        yield "new\n"
        raise OSError("disk full")

    with pytest.raises(OSError):
        write_lines(path, lines())
    assert path.read_text(encoding="utf-8") == "old\n" and [p.name for p in tmp_path.iterdir()] == ["a.csv"]


HOSTILE = ["\"", ",", "\n", "\r", "'", "`", "\\", "<script>", "]]>", "&amp;", "\x00", "\x1f", "\u2028",
           "市人民医院", "专科联盟", "牵头", "、", "=cmd|' /C calc'!A0", "@zh", "%20", "}"]


def _hostile_graph(text: str) -> nx.MultiDiGraph:
    """Two entities, a relation and a document whose names, aliases, sentences and path are ``text``."""
    doc = DocumentInfo("d#0", f"{text}.txt", "0" * 64, "utf-8", 10, text, None, 1)
    mention = Mention(doc.id, 0, 0, 3, text or "x")
    aliases = frozenset({text, f"{text}院"} - {""})
    h = Entity(f"Hospital:{text}医院", "Hospital", f"{text}医院", aliases, (mention,), mention_count=1)
    a = Entity(f"Alliance:{text}联盟", "Alliance", f"{text}联盟", frozenset(), (mention,), mention_count=1)
    rel = Relation(h.key, "leads", a.key, (Evidence(doc.id, 0, 0, 3, f"{text}牵头", "text"),))
    return build_graph([h, a], [rel], [doc], {(doc.id, 0): f"句{text}"})


@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.lists(st.sampled_from(HOSTILE), max_size=12).map("".join))
def test_document_text_cannot_break_any_export(tmp_path_factory, text):
    G = _hostile_graph(text)
    out = tmp_path_factory.mktemp("hostile")
    write_outputs(G, out, [f for f in FORMATS if f != "html"])
    H = nx.read_graphml(out / "graph.graphml", force_multigraph=True)
    assert sorted(H.nodes) == sorted(clean_text(k) for k in G.nodes) and H.number_of_edges() == 1
    assert sorted(json.loads(H.nodes[clean_text(f"Hospital:{text}医院")].get("aliases", "[]"))) == \
        sorted(clean_text(a) for a in G.nodes[f"Hospital:{text}医院"]["aliases"])
    assert sorted(nx.read_gexf(out / "graph.gexf").nodes) == sorted(H.nodes)
    assert to_isomorphic(rdflib.Graph().parse(out / "graph.jsonld", format="json-ld")) == \
        to_isomorphic(rdflib.Graph().parse(out / "graph.ttl", format="turtle"))
    entities = pd.read_csv(out / "tables" / "entities.csv", dtype=str, keep_default_na=False)
    assert sorted(entities["name"]) == sorted(clean_text(d["name"]) for _, d in G.nodes(data=True))
    evidence = pd.read_csv(out / "tables" / "evidence.csv", dtype=str, keep_default_na=False)
    assert list(evidence["sentence"]) == [clean_text(f"{text}牵头")]
    rels = _rows(out / "neo4j" / "relations.csv")
    assert [(r[":START_ID"], r[":END_ID"]) for r in rels] == [(clean_text(u), clean_text(v)) for u, v in G.edges()]


def test_confidence_is_written_when_extraction_gives_one(tmp_path):
    G = _hostile_graph("长治市")
    hospital, alliance = "Hospital:长治市医院", "Alliance:长治市联盟"
    G.nodes[hospital]["confidence"] = 0.9
    G.edges[hospital, alliance, "leads"]["confidence"] = 0.75
    write_outputs(G, tmp_path, ["graphml", "gexf", "neo4j", "tables"])
    H = nx.read_graphml(tmp_path / "graph.graphml", force_multigraph=True)
    assert H.nodes[hospital]["confidence"] == 0.9 and "confidence" not in H.nodes[alliance]
    assert H.edges[hospital, alliance, next(edge_records(G))["id"]]["confidence"] == 0.75
    assert nx.read_gexf(tmp_path / "graph.gexf").nodes[hospital]["confidence"] == 0.9
    entities = pd.read_csv(tmp_path / "tables" / "entities.csv").set_index("id")
    assert entities.loc[hospital, "confidence"] == 0.9 and pd.isna(entities.loc[alliance, "confidence"])
    assert _rows(tmp_path / "neo4j" / "relations.csv")[0]["confidence:float"] == "0.75"


@pytest.mark.parametrize("umask", [0o022, 0o027])
def test_written_files_get_the_permissions_open_gives(tmp_path, umask):
    """An atomically written file is readable as any new file is (mkstemp alone makes it private)."""
    import os
    import stat

    from kg.export.files import write_lines

    previous = os.umask(umask)
    try:
        write_lines(tmp_path / "graph.ttl", ["<a> <b> <c> .\n"])
        with open(tmp_path / "plain.txt", "w") as f:
            f.write("x")
    finally:
        os.umask(previous)
    mode = stat.S_IMODE((tmp_path / "graph.ttl").stat().st_mode)
    assert mode == stat.S_IMODE((tmp_path / "plain.txt").stat().st_mode) == 0o666 & ~umask
