"""The project's gold set: extraction quality may not fall below the agreed floor."""

import json

import pytest

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
