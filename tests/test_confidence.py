"""kg/confidence.py: the precision table, how rules combine, and where confidence is written."""

import csv
import sys
from pathlib import Path

import pytest
from rdflib import RDF, Graph

from kg.confidence import DEFAULT_RULE, KINDS, annotate, combine, generate_table, load_table, rule_confidence
from kg.export.read import read_graph
from kg.query import run_query
from kg.vocab import KG

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "kg" / "data" / "confidence.tsv"


def test_the_table_has_a_default_per_kind_and_precisions_between_0_and_1():
    table = load_table()
    for kind in KINDS:
        assert (kind, DEFAULT_RULE) in table
    assert all(0 <= p <= 1 for p in table.values())
    rows = list(csv.DictReader(TABLE.read_text(encoding="utf-8").splitlines(), delimiter="\t"))
    assert all(int(r["correct"]) <= int(r["produced"]) for r in rows)


def test_an_unseen_rule_gets_its_kinds_default():
    table = load_table()
    assert rule_confidence("cue:no-such-cue/before", "relation", table) == table[("relation", DEFAULT_RULE)]


@pytest.mark.parametrize("rules, expected", [((), None), (("a",), 0.8), (("a", "b"), 0.9), (("a", "a2"), 0.96)])
def test_rules_combine_by_noisy_or(rules, expected):
    table = {("relation", "a"): 0.8, ("relation", "a2"): 0.8, ("relation", "b"): 0.5}
    assert combine(rules, "relation", table) == expected


def test_smoothing_pulls_a_rule_seen_once_towards_the_pooled_precision():
    lines = list(generate_table({("relation", "once"): (1, 1), ("relation", "often"): (10, 20)}))
    rows = {line.split("\t")[0]: float(line.split("\t")[4]) for line in lines[1:]}
    assert rows[DEFAULT_RULE] == round(11 / 21, 3)
    assert rows[DEFAULT_RULE] < rows["once"] < 1


def test_the_shipped_table_is_what_the_tool_measures_on_dev():
    sys.path.insert(0, str(ROOT / "tools"))
    from measure_confidence import measured

    assert "\n".join(generate_table(measured())) + "\n" == TABLE.read_text(encoding="utf-8")


def test_every_node_and_edge_of_the_seeds_has_a_confidence(seed_build):
    _, report = seed_build
    G = report.graph
    assert all(0 < d["confidence"] <= 1 for _, d in G.nodes(data=True))
    assert all(0 < d["confidence"] <= 1 for _, _, d in G.edges(data=True))
    assert G.edges[next(iter(G.edges(keys=True)))]["confidence"] == combine(
        G.edges[next(iter(G.edges(keys=True)))]["rules"], "relation")


def test_every_relation_in_the_turtle_carries_its_rules_and_a_confidence(seed_build):
    out, report = seed_build
    g = Graph().parse(out / "graph.ttl", format="turtle")
    statements = set(g.subjects(RDF.type, RDF.Statement))
    assert len(statements) == report.graph.number_of_edges()
    for st in statements:
        assert list(g.objects(st, KG.rule))
        (c,) = g.objects(st, KG.confidence)
        assert str(c.datatype).endswith("#decimal") and 0 < float(c) <= 1


def test_confidence_and_rules_read_back_from_the_turtle(seed_build):
    out, report = seed_build
    H = read_graph(out / "graph.ttl")
    for u, v, k, d in report.graph.edges(keys=True, data=True):
        assert H.edges[u, v, k]["confidence"] == d["confidence"]
        assert H.edges[u, v, k]["rules"] == d["rules"]
    assert annotate(H).edges[u, v, k]["confidence"] == d["confidence"]


def test_the_readmes_filter_keeps_only_likely_relations(seed_build):
    out, report = seed_build
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    query = readme.split("<!-- confidence-query -->")[1].split("```sparql")[1].split("```")[0]
    rows = list(run_query(query, out / "graph.ttl").rows)
    likely = [d for _, _, d in report.graph.edges(data=True) if d["confidence"] >= 0.8]
    assert rows and len(rows) == len(likely)
