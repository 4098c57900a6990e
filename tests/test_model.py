"""kg/model.py: the shipped model table, the features, and what applying the model drops."""

import csv
import dataclasses
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.extract import extract
from kg.model import (BIAS, FEATURE_PREFIXES, KINDS, THRESHOLD, FactModel, KindModel, NameIndex, apply_model,
                      document_features, entity_features, read_model)
from kg.normalize import normalize
from kg.resources import DATA, MODEL_FILE, load_resources
from kg.types import Document, Entity, Mention, Relation

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "kg" / "data" / MODEL_FILE


def test_every_row_of_the_shipped_table_is_a_feature_the_model_computes():
    rows = list(csv.DictReader(TABLE.read_text(encoding="utf-8").splitlines(), delimiter="\t",
                               quoting=csv.QUOTE_NONE))
    assert rows
    for row in rows:
        assert row["kind"] in KINDS, row
        assert row["feature"] in (BIAS, THRESHOLD) or row["feature"].startswith(FEATURE_PREFIXES[row["kind"]]), row
        float(row["weight"])
    model = read_model(DATA / MODEL_FILE)
    assert set(model.kinds) == set(KINDS)
    assert all(0 < k.threshold < 1 for k in model.kinds.values())


def test_the_features_of_a_real_document_are_all_of_known_kinds():
    text = sorted((ROOT / "seeds").glob("*.txt"))[0].read_text(encoding="utf-8")
    doc = Document("s.txt#0", "s.txt", "0" * 64, "utf-8", text, len(text.encode()))
    ex = extract(doc, normalize(text), dataclasses.replace(load_resources(), model=None))
    ents, rels = document_features(ex.entities, ex.relations, text)
    assert ents and rels
    for kind, feats in (("entity", ents), ("relation", rels)):
        for f in feats:
            assert all(name.startswith(FEATURE_PREFIXES[kind]) for name in f), f
            assert all("\t" not in name and "\n" not in name for name in f)


def _doc():
    m = lambda s, a: (Mention("d", 0, a, a + len(s), s),)  # noqa: E731
    good = Entity("Hospital:甲市人民医院", "Hospital", "甲市人民医院", mentions=m("甲市人民医院", 0), mention_count=2)
    bad = Entity("Hospital:高水平医院", "Hospital", "高水平医院", mentions=m("高水平医院", 10), mention_count=1)
    city = Entity("City:甲市", "City", "甲市", mentions=m("甲市", 0), mention_count=1)
    rels = (Relation(good.key, "locatedIn", city.key), Relation(bad.key, "locatedIn", city.key),
            Relation(good.key, "supports", bad.key))
    return (good, bad, city), rels


def test_dropping_an_entity_drops_its_relations():
    ents, rels = _doc()
    model = FactModel({"entity": KindModel(0.0, 0.5, {"bg=水平": -5.0})})
    kept, kept_rels = apply_model(ents, rels, "甲市人民医院建成了高水平医院。", model)
    assert [e.name for e in kept] == ["甲市人民医院", "甲市"]
    assert [(r.head, r.tail) for r in kept_rels] == [("Hospital:甲市人民医院", "City:甲市")]


def test_a_relation_below_its_threshold_is_dropped_and_its_ends_stay():
    ents, rels = _doc()
    model = FactModel({"relation": KindModel(0.0, 0.5, {"rel=supports": -3.0})})
    kept, kept_rels = apply_model(ents, rels, "甲市人民医院建成了高水平医院。", model)
    assert kept == ents
    assert [r.rel for r in kept_rels] == ["locatedIn", "locatedIn"]


def test_without_a_model_extraction_keeps_what_the_rules_find():
    text = "甲市人民医院与乙县人民医院签约，共建高水平医院。"
    doc = Document("a.txt#0", "a.txt", "0" * 64, "utf-8", text, len(text.encode()))
    res = load_resources()
    judged = extract(doc, normalize(text), res)
    alone = extract(doc, normalize(text), dataclasses.replace(res, model=None))
    assert {e.key for e in judged.entities} <= {e.key for e in alone.entities}


def test_the_shipped_table_is_what_the_trainer_learns_on_dev(tmp_path):
    sys.path.insert(0, str(ROOT / "tools"))
    import train_model

    lines, _ = train_model.train(train_model.samples([]))
    (tmp_path / MODEL_FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")
    learnt, shipped = read_model(tmp_path / MODEL_FILE), read_model(TABLE)
    for kind in KINDS:
        mine, theirs = learnt.kinds[kind], shipped.kinds[kind]
        assert mine.threshold == theirs.threshold
        assert mine.bias == pytest.approx(theirs.bias, abs=1e-3)
        for name in set(mine.weights) | set(theirs.weights):  # the same up to rounding
            assert mine.weights.get(name, 0) == pytest.approx(theirs.weights.get(name, 0), abs=1e-3), name


@given(st.lists(st.text(alphabet="长春市医院\x00 ", max_size=5), max_size=8), st.text(alphabet="长春市医院\x00 ", max_size=5))
def test_the_name_index_answers_as_comparing_each_name(names, n):
    index = NameIndex.of(names)
    assert index.inside(n) == any(n in m for m in names if m != n)
    assert index.contains(n) == any(m in n for m in names if m != n)


def test_a_name_with_white_space_is_not_inside_itself():
    e = Entity("Hospital:长春市 中心医院", "Hospital", "长春市 中心医院",
               mentions=(Mention("d", 0, 0, 8, "长春市 中心医院"),), mention_count=1)
    alone = entity_features(e, "长春市 中心医院就诊", ["长春市 中心医院"], 0)
    assert "inside|Hospital" not in alone and "contains|Hospital" not in alone
    assert "suf3=Hospital|心医院" in alone and "bg=市␣" in alone  # shown with the mark for white space
    within = entity_features(e, "长春市 中心医院就诊", ["长春市 中心医院", "长春市", "吉林省长春市 中心医院"], 0)
    assert {"inside|Hospital", "contains|Hospital"} <= set(within)
