"""kg query and the bundled queries/*.rq, each run on the seeds with its answer checked."""

from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner

from kg.cli import main
from kg.errors import QueryError
from kg.query import add_prefixes, format_result, load_store, run_query

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
    assert ("长春市", "吉林大学第一医院") in rows
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
    assert ("Hospital", "吉林大学第一医院") in rows
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


def test_pyoxigraph_and_rdflib_agree(seed_build, store):
    out, _ = seed_build
    g = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    for name in ("hospitals_by_city.rq", "alliance_members.rq", "counts_by_type.rq"):
        text = add_prefixes((QUERIES / name).read_text(encoding="utf-8"))
        ours = set(run_query(text, store).rows)
        theirs = {tuple(str(v) for v in row) for row in g.query(text)}
        assert ours == theirs, name


def test_syntax_error_is_a_clear_message(store):
    with pytest.raises(QueryError, match="SPARQL syntax error"):
        run_query("SELEKT ?x WHERE { ?x ?y ?z }", store)


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
                             "--format", "csv"])
    assert r.exit_code == 0 and r.output.startswith("n\n")
    r = runner.invoke(main, ["query", "-f", str(QUERIES / "counts_by_type.rq"), "-g", str(out / "graph.ttl")])
    assert r.exit_code == 0 and "Hospital" in r.output
    r = runner.invoke(main, ["query", "SELECT WHERE", "-g", str(out / "graph.ttl")])
    assert r.exit_code == 2 and "syntax error" in r.output
    r = runner.invoke(main, ["query", "SELECT * WHERE {?s ?p ?o}", "-g", str(out / "none.ttl")])
    assert r.exit_code == 2 and "no such graph" in r.output
