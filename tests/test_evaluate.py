"""The project's gold set: extraction quality may not fall below the agreed floor."""

import json

import pytest

from click.testing import CliRunner

from kg.cli import main
from kg.errors import InputError
from kg.evaluate import GoldEntity, evaluate, format_report, load_gold, match_entities

from .conftest import DOCS, GOLD, SEEDS


@pytest.fixture(scope="module")
def result():
    return evaluate(load_gold(GOLD), docs=[SEEDS, DOCS])


def test_entity_f1_floor(result):
    assert result.entities.f1 >= 0.90, format_report(result)


def test_relation_f1_floor(result):
    assert result.relations.f1 >= 0.70, format_report(result)


def test_every_type_is_scored(result):
    assert set(result.by_type) == {"Province", "City", "District", "Hospital", "Alliance", "Program", "Organization"}


def test_scoring_from_a_built_graph_agrees(result, tmp_path):
    from kg.pipeline import build

    build([SEEDS, DOCS], tmp_path)
    from_graph = evaluate(load_gold(GOLD), graph=tmp_path / "graph.ttl")
    assert from_graph.documents == result.documents == 9
    assert abs(from_graph.entities.f1 - result.entities.f1) < 0.05


def test_matching_is_one_to_one_and_by_type():
    gold = [GoldEntity("City", "长春市", frozenset({"长春"})), GoldEntity("Hospital", "长春烧伤医院", frozenset())]
    pred = [GoldEntity("City", "长春市", frozenset()), GoldEntity("Program", "长春烧伤医院", frozenset())]
    assert match_entities(gold, pred) == {0: 0}


def test_bad_gold_file(tmp_path):
    (tmp_path / "x.json").write_text(json.dumps({"doc": "x.txt"}), encoding="utf-8")
    with pytest.raises(InputError):
        load_gold(tmp_path)


def test_a_graph_lacking_gold_documents_names_them_and_scores_the_rest(tmp_path):
    """After `make demo` (the seeds only), the four gold documents of tests/data/docs/ are not in
    the graph: they are named, and the scores are those of the five that are."""
    from kg.pipeline import build

    build([SEEDS], tmp_path)
    gold = load_gold(GOLD)
    absent = sorted(g.doc for g in gold if not (SEEDS / g.doc).exists())
    assert len(absent) == 4
    from_graph = evaluate(gold, graph=tmp_path / "graph.ttl")
    assert from_graph.absent == absent and from_graph.documents == 5
    present = [g for g in gold if g.doc not in absent]
    built = evaluate(present, docs=[SEEDS])
    assert abs(from_graph.entities.recall - built.entities.recall) < 0.05
    assert not any(doc in absent for doc, _, _ in from_graph.missed)
    report = format_report(from_graph)
    assert report.splitlines()[1] == ("4 gold documents are not in the graph (not scored; --include-absent scores "
                                      "them as missed): " + ", ".join(absent))
    every = evaluate(gold, graph=tmp_path / "graph.ttl", include_absent=True)
    assert every.documents == 9 and every.entities.recall < from_graph.entities.recall
    assert "(scored as missed)" in format_report(every)
    r = CliRunner().invoke(main, ["eval", str(GOLD), "--graph", str(tmp_path / "graph.ttl"), "--no-details"])
    assert r.exit_code == 0 and r.output.startswith("5 documents\n4 gold documents are not in the graph")


def test_a_graph_holding_no_gold_document_is_an_error(tmp_path):
    from kg.pipeline import build

    src = tmp_path / "in"
    src.mkdir()
    (src / "other.txt").write_text("长治市人民医院牵头组建心血管专科联盟，为患者提供医疗服务。", encoding="utf-8")
    build([src], tmp_path / "out", formats=("jsonld",))
    r = CliRunner().invoke(main, ["eval", str(GOLD), "--graph", str(tmp_path / "out" / "graph.jsonld")])
    assert r.exit_code == 2
    assert r.output == (f"kg: error: {tmp_path / 'out' / 'graph.jsonld'}: none of the 9 gold documents is in this "
                        "graph (build them into it, or pass --docs)\n")
