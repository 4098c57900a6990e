"""kg/pairs.py: the shipped pair model, the candidates a sentence gives, and what is proposed."""

import csv
import dataclasses
import sys
from pathlib import Path

import pytest

from kg.extract import extract
from kg.model import BIAS, THRESHOLD, FactModel, KindModel, read_model
from kg.normalize import normalize
from kg.pairs import MAX_ENTITIES, MAX_GAP, PAIR, PAIR_PREFIXES, SIGNATURES, candidates, propose
from kg.resources import DATA, PAIR_MODEL_FILE, load_resources
from kg.types import ENTITY_TYPES, Document, Entity, Mention, Rel, Relation, Sentence

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "kg" / "data" / PAIR_MODEL_FILE


def _document(text: str):
    return Document("a.txt#0", "a.txt", "0" * 64, "utf-8", text, len(text.encode()))


def _hospitals(text: str, *names: str) -> tuple[Sentence, tuple[Entity, ...]]:
    s = Sentence(0, text, 0, len(text), 0, True, origin=range(len(text)))
    ents = []
    for name in names:
        a = text.index(name)
        ents.append(Entity(f"Hospital:{name}", "Hospital", name, mentions=(Mention("d", 0, a, a + len(name), name),),
                           mention_count=1))
    return s, tuple(ents)


def _words(text: str):
    res = load_resources()
    return [res.tokens(text)]


def test_every_row_of_the_shipped_table_is_a_feature_the_pair_model_computes():
    rows = list(csv.DictReader(TABLE.read_text(encoding="utf-8").splitlines(), delimiter="\t",
                               quoting=csv.QUOTE_NONE))
    assert len(rows) > 100
    for row in rows:
        assert row["kind"] == PAIR, row
        assert row["feature"] in (BIAS, THRESHOLD) or row["feature"].startswith(PAIR_PREFIXES), row
        float(row["weight"])
    model = read_model(DATA / PAIR_MODEL_FILE, (PAIR,))
    assert 0 < model.kinds[PAIR].threshold < 1


def test_every_signature_names_a_relation_and_two_entity_types():
    for head, rel, tail in SIGNATURES:
        assert head in ENTITY_TYPES and tail in ENTITY_TYPES
        assert rel in {r.value for r in Rel}
    assert len(set(SIGNATURES)) == len(SIGNATURES)


def test_two_unlinked_hospitals_of_a_sentence_are_candidates_both_ways():
    text = "甲医院与乙医院结成紧密型合作关系。"
    s, ents = _hospitals(text, "甲医院", "乙医院")
    found = {(c.head, c.rel, c.tail) for c in candidates(ents, (), (s,), _words(text), {})}
    assert found == {("Hospital:甲医院", "supports", "Hospital:乙医院"), ("Hospital:乙医院", "supports", "Hospital:甲医院")}


def test_a_pair_the_rules_linked_either_way_is_no_candidate():
    text = "甲医院与乙医院结成紧密型合作关系。"
    s, ents = _hospitals(text, "甲医院", "乙医院")
    linked = (Relation("Hospital:乙医院", "supports", "Hospital:甲医院"),)
    assert candidates(ents, linked, (s,), _words(text), {}) == []


def test_names_far_apart_or_in_a_long_list_are_no_candidates():
    far = "甲医院" + "，" * (MAX_GAP + 1) + "乙医院。"
    s, ents = _hospitals(far, "甲医院", "乙医院")
    assert candidates(ents, (), (s,), _words(far), {}) == []
    names = [f"第{'一二三四五六七八九十'[i % 10]}{i}医院" for i in range(MAX_ENTITIES + 1)]
    listed = "、".join(names) + "签约。"
    s, ents = _hospitals(listed, *names)
    assert candidates(ents, (), (s,), _words(listed), {}) == []


def test_the_likeliest_candidate_of_a_pair_above_the_threshold_is_proposed_with_its_sentence():
    text = "甲医院与乙医院结成紧密型合作关系。"
    s, ents = _hospitals(text, "甲医院", "乙医院")
    model = FactModel({PAIR: KindModel(-2.0, 0.5, {"sig=supports|Hospital>Hospital|ht": 2.5,
                                                   "sig=supports|Hospital>Hospital|th": 3.0})})
    (r,) = propose("a.txt#0", ents, (), (s,), _words(text), model, {})
    assert (r.head, r.rel, r.tail, r.rules) == ("Hospital:乙医院", "supports", "Hospital:甲医院", ("pairs:supports",))
    assert [(e.sentence, e.text, e.basis) for e in r.evidence] == [(0, text, "text")]
    weak = FactModel({PAIR: KindModel(-2.0, 0.5, {"sig=supports|Hospital>Hospital|ht": 1.0})})
    assert propose("a.txt#0", ents, (), (s,), _words(text), weak, {}) == ()


def test_the_shipped_model_links_a_team_sent_from_a_hospital_to_the_hospital_it_works_in():
    text = "在丽江市永胜县人民医院，来自上海交通大学医学院附属仁济医院的医疗队员正用他们的辛勤付出，努力实现当地民众就地就医。"
    res = load_resources()
    ex = extract(_document(text), normalize(text), res)
    names = {e.key: e.name for e in ex.entities}
    added = {(names[r.head], r.rel, names[r.tail]) for r in ex.relations if any(x.startswith("pairs:") for x in r.rules)}
    assert ("上海交通大学医学院附属仁济医院", "supports", "永胜县人民医院") in added
    alone = extract(_document(text), normalize(text), dataclasses.replace(res, pairs=None))
    assert not any(x.startswith("pairs:") for r in alone.relations for x in r.rules)


def test_the_shipped_table_is_what_the_trainer_learns_on_dev(tmp_path):
    sys.path.insert(0, str(ROOT / "tools"))
    import train_pairs

    lines, _ = train_pairs.train(train_pairs.samples([]))
    (tmp_path / PAIR_MODEL_FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")
    mine, theirs = read_model(tmp_path / PAIR_MODEL_FILE, (PAIR,)).kinds[PAIR], read_model(TABLE, (PAIR,)).kinds[PAIR]
    assert mine.threshold == theirs.threshold
    assert mine.bias == pytest.approx(theirs.bias, abs=1e-3)
    for name in set(mine.weights) | set(theirs.weights):  # the same up to rounding
        assert mine.weights.get(name, 0) == pytest.approx(theirs.weights.get(name, 0), abs=1e-3), name


def test_every_level_of_the_gazetteer_has_a_feature_word():
    from kg.pairs import LEVEL_NAMES, level
    from kg.resources import division_table

    divisions = division_table()
    assert {d.level for d in divisions.values()} <= set(LEVEL_NAMES)
    # a county-level zone whose code ends in 00 is a district, as the gazetteer says, not a city
    assert level("code:617100", divisions) == "district" and level("code:610100", divisions) == "city"
