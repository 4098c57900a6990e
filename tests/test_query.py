"""kg query and the bundled queries/*.rq, each run on the seeds with its answer checked."""

import csv
import io
from pathlib import Path

import pyoxigraph
import pytest
import rdflib
from click.testing import CliRunner

from kg.cli import main
from kg.errors import QueryError
from kg.query import format_result, load_store, load_text, run_query, with_ontology
from kg.vocab import KG, PREFIXES

from .conftest import SEEDS

QUERIES = Path(__file__).resolve().parent.parent / "queries"


@pytest.fixture(scope="module")
def store(seed_build):
    out, _ = seed_build
    return load_store(out / "graph.ttl")


def _run(store, name):
    return run_query((QUERIES / name).read_text(encoding="utf-8"), store)


def test_there_are_at_least_eight_commented_queries():
    files = sorted(QUERIES.glob("*.rq"))
    assert len(files) >= 8
    for f in files:
        assert f.read_text(encoding="utf-8").startswith("# "), f


def test_hospitals_by_city(store):
    rows = set(_run(store, "hospitals_by_city.rq").rows)
    assert ("长春市", "英俊镇卫生院") in rows  # through its town and district
    assert ("长治市", "长治市人民医院") in rows
    assert ("长春市", "二道区人民医院") in rows  # through its district


def test_alliance_members(store):
    rows = set(_run(store, "alliance_members.rq").rows)
    assert ("长春现代化都市圈", "member", "长春市") in rows
    assert ("吉林大学第一医院二道区医联体", "leads", "吉林大学第一医院") in rows


def test_program_participants(store):
    rows = set(_run(store, "program_participants.rq").rows)
    assert ("三化", "leads", "吉林省卫生健康委员会") in rows
    assert ("都市圈名医", "participates", "辽源市") in rows


def test_supports_with_sentence(store):
    rows = _run(store, "supports.rq").rows
    pairs = {frozenset(r[:2]) for r in rows}
    assert frozenset(("北京积水潭医院", "长治市第二人民医院")) in pairs
    assert all("对口帮扶" in r[2] or "支援" in r[2] or "专家" in r[2] for r in rows)


def test_everything_in_a_province(store):
    rows = set(_run(store, "in_province.rq").rows)
    assert ("City", "长春市") in rows and ("District", "二道区") in rows
    assert ("Hospital", "英俊镇卫生院") in rows  # town, district, city, province
    assert not any(name == "长治市人民医院" for _, name in rows)  # 山西, not 吉林


def test_relation_evidence(store):
    rows = _run(store, "relation_evidence.rq").rows
    assert rows and all(r[5] for r in rows)
    assert ("长春市", "locatedIn", "吉林省") in {r[:3] for r in rows}


def test_documents_mentioning(store):
    docs = {r[0] for r in _run(store, "documents_mentioning.rq").rows}
    assert docs == {"000_043263e2975a06e6.txt", "002_7fe10b0de2597e18.txt", "001_1ec92f10216231cd.txt"} & docs
    assert "000_043263e2975a06e6.txt" in docs


def test_counts_by_type(store, seed_build):
    _, report = seed_build
    counts = {t: int(n) for t, n in _run(store, "counts_by_type.rq").rows}
    expected = {k: v for k, v in report.counts.items() if k != "relations"}
    assert counts == expected


def test_traditional_aliases(store):
    rows = set(_run(store, "traditional_aliases.rq").rows)
    assert ("东北亚医学中心", "東北亞醫學中心") in rows


def _rows_of(out: str) -> list[tuple[str, ...]]:
    return [tuple(r) for r in csv.reader(io.StringIO(out))][1:]


def _plain(term) -> str:
    return "" if term is None else term.value if isinstance(term, (pyoxigraph.NamedNode, pyoxigraph.Literal)) \
        else str(term)


@pytest.mark.parametrize("name", sorted(p.name for p in QUERIES.glob("*.rq")))
def test_each_shipped_query_runs_unchanged_in_plain_pyoxigraph_and_rdflib(seed_build, name):
    """Each .rq declares its prefixes: plain engines give the same rows, in the same order, as kg query."""
    out, _ = seed_build
    text = (QUERIES / name).read_text(encoding="utf-8")
    store = pyoxigraph.Store()
    store.load(path=str(out / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    solutions = store.query(text)
    oxigraph_rows = [tuple(_plain(sol[v]) for v in solutions.variables) for sol in solutions]
    g = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    rdflib_rows = [tuple("" if v is None else str(v) for v in row) for row in g.query(text)]
    r = CliRunner().invoke(main, ["query", "--file", str(QUERIES / name), "-g", str(out / "graph.ttl"), "--csv"])
    assert r.exit_code == 0, r.output
    assert oxigraph_rows, name
    assert oxigraph_rows == rdflib_rows == _rows_of(r.output), name


def test_syntax_error_is_a_clear_message(store):
    with pytest.raises(QueryError, match="SPARQL syntax error"):
        run_query("SELEKT ?x WHERE { ?x ?y ?z }", store)


@pytest.mark.parametrize("query, message", [
    ("SELECT ?x WHERE { ?x ?y ?z", "SPARQL syntax error at 1:27 (end of the query): expected one of"),
    ("SELECT ?x WHERE {\n  ?x ?y ?z .\n  FILTER(?x = ) }", "SPARQL syntax error at 3:18 (end of the query): expected one of"),
    ("SELECT ?x WHERE { ?x a foo:Bar }", "SPARQL syntax error at 1:24: unknown prefix 'foo:' (declare it with PREFIX foo: <...>)"),
    ("SELEKT ?x WHERE { ?x ?y ?z }", "SPARQL syntax error at 1:1: 'SELEKT' is not a query form"),
    ("# all\nSELECT * WHERE { ?x <urn:p> \"foo:bar\" ; ex:p 1 }", "SPARQL syntax error at 2:41: unknown prefix 'ex:'"),
    ("  # nothing\n", "SPARQL syntax error: the query is empty"),
])
def test_error_positions_are_in_the_users_text_and_name_the_token(store, query, message):
    with pytest.raises(QueryError) as e:
        run_query(query, store)
    assert str(e.value).startswith(message) and "\n" not in str(e.value)
    assert len(str(e.value)) < 200


def test_ask_prints_true_or_false(seed_build):
    out, _ = seed_build
    for query, answer in (("ASK { ?h a kg:Hospital }", "true"), ("ASK { ?h a kg:Nothing }", "false")):
        r = CliRunner().invoke(main, ["query", query, "-g", str(out / "graph.ttl")])
        assert (r.exit_code, r.output) == (0, answer + "\n")


def test_construct_and_describe_print_triples(seed_build):
    out, _ = seed_build
    q = 'CONSTRUCT { ?c rdfs:label ?n } WHERE { ?c kg:divisionCode "220100" ; rdfs:label ?n }'
    r = CliRunner().invoke(main, ["query", q, "-g", str(out / "graph.ttl")])
    assert r.exit_code == 0, r.output
    g = rdflib.Graph().parse(data=r.output, format="turtle")
    assert set(g) == {(rdflib.URIRef("https://w3id.org/kg-health/id/place/220100"), rdflib.RDFS.label,
                       rdflib.Literal("长春市", lang="zh"))}
    r = CliRunner().invoke(main, ["query", 'DESCRIBE ?c WHERE { ?c kg:divisionCode "220100" }',
                                  "-g", str(out / "graph.ttl"), "--format", "nt"])
    assert r.exit_code == 0, r.output
    nt = rdflib.Graph().parse(data=r.output, format="nt")
    assert (None, KG.divisionCode, rdflib.Literal("220100")) in nt and len(nt) > 3
    r2 = CliRunner().invoke(main, ["query", 'DESCRIBE ?c WHERE { ?c kg:divisionCode "220100" }',
                                   "-g", str(out / "graph.ttl"), "--format", "nt"])
    assert r2.output == r.output  # sorted: the same every time
    r = CliRunner().invoke(main, ["query", q, "-g", str(out / "graph.ttl"), "--csv"])
    assert r.exit_code == 2 and r.output.startswith("kg: error: --csv and --json print the rows of a SELECT")
    r = CliRunner().invoke(main, ["query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "-g", str(out / "graph.ttl"),
                                  "-f", "nt"])
    assert r.exit_code == 2 and "--format is the syntax of the triples" in r.output


@pytest.mark.parametrize("syntax", ["ttl", "nt", "jsonld"])
def test_query_reads_every_format_kg_writes(tmp_path_factory, syntax):
    out = tmp_path_factory.mktemp("formats")
    r = CliRunner().invoke(main, ["build", str(SEEDS / "004_b5298c9f952c09c5.txt"), "--out", str(out),
                                  "--formats", syntax, "-q"])
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(main, ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?h a kg:Hospital }",
                                  "--graph", str(out / f"graph.{syntax}"), "--csv"])
    assert r.exit_code == 0, r.output
    assert int(_rows_of(r.output)[0][0]) > 0
    r = CliRunner().invoke(main, ["query", "ASK { ?s ?p ?o }", "--graph", str(out / "graph.graphml")])
    assert r.exit_code == 2 and "cannot read a .graphml file as a graph" in r.output


def test_ontology_answers_through_the_hierarchy(seed_build, store):
    out, report = seed_build
    hospitals = report.counts["Hospital"]
    q = "SELECT (COUNT(DISTINCT ?h) AS ?n) WHERE { ?h a schema:Hospital }"
    assert run_query(q, store).rows == (("0",),)
    inferred = load_store(out / "graph.ttl", ontology=True)
    assert run_query(q, inferred).rows == ((str(hospitals),),)
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?a kg:relation ?b }"
    assert int(run_query(q, inferred).rows[0][0]) == report.counts["relations"]
    q = "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a kg:Place }"
    places = sum(report.counts[t] for t in ("Province", "City", "District"))
    assert run_query(q, inferred).rows == ((str(places),),)
    r = CliRunner().invoke(main, ["query", "ASK { ?h a schema:Hospital }", "-g", str(out / "graph.ttl"), "--ontology"])
    assert (r.exit_code, r.output) == (0, "true\n")


def test_formats(store):
    r = run_query("SELECT ?n WHERE { ?e kg:divisionCode \"220100\" ; rdfs:label ?n }", store)
    assert r.rows == (("长春市",),)
    assert format_result(r, "csv") == "n\n长春市\n"
    assert '"n": "长春市"' in format_result(r, "json")
    assert "(1 rows)" in format_result(r, "table")


def test_cli_query(seed_build):
    out, _ = seed_build
    runner = CliRunner()
    r = runner.invoke(main, ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?h a kg:Hospital }", "-g", str(out / "graph.ttl"),
                             "--csv"])
    assert r.exit_code == 0 and r.output.startswith("n\n")
    r = runner.invoke(main, ["query", "--file", str(QUERIES / "counts_by_type.rq"), "-g", str(out / "graph.ttl")])
    assert r.exit_code == 0 and "Hospital" in r.output
    r = runner.invoke(main, ["query", "SELECT WHERE", "-g", str(out / "graph.ttl")])
    assert r.exit_code == 2 and "syntax error" in r.output
    r = runner.invoke(main, ["query", "SELECT * WHERE {?s ?p ?o}", "-g", str(out / "none.ttl")])
    assert r.exit_code == 2 and "no such graph" in r.output


def test_cli_query_usage_messages(seed_build):
    out, _ = seed_build
    r = CliRunner().invoke(main, ["query", "-g", str(out / "graph.ttl")])
    assert (r.exit_code, r.output) == (2, "kg: error: give a SPARQL query (kg query 'SELECT ...') or --file FILE\n")
    r = CliRunner().invoke(main, ["query", "ASK {}", "--file", str(QUERIES / "counts_by_type.rq")])
    assert (r.exit_code, r.output) == (2, "kg: error: give a query or --file, not both\n")
    r = CliRunner().invoke(main, ["query", "SELECT ?x WHERE {\n ?x a foo:Bar }", "-g", str(out / "graph.ttl")])
    assert (r.exit_code, r.output) == (2, "kg: error: SPARQL syntax error at 2:7: unknown prefix 'foo:' "
                                          "(declare it with PREFIX foo: <...>)\n")


def test_with_ontology_entails_superclasses_superproperties_domains_and_ranges():
    store = with_ontology(load_text("id:h kg:locatedIn id:d . id:h a kg:Hospital ."))
    types = {r[0] for r in run_query("SELECT ?t WHERE { id:h a ?t }", store).rows}
    assert {PREFIXES["schema"] + "Hospital", PREFIXES["org"] + "Organization", PREFIXES["kg"] + "Entity"} <= types
    assert run_query("ASK { id:h kg:relation id:d ; schema:containedInPlace id:d }", store).answer
    assert run_query("ASK { id:d a kg:Place , schema:AdministrativeArea }", store).answer  # the range of locatedIn
    assert not run_query("ASK { id:d a kg:Hospital }", store).answer
