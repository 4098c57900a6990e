"""The typed state of a document's extraction."""

from kg.extract.state import DocState
from kg.types import MAX_MENTIONS, Sentence


def _sentence(index, text):
    return Sentence(index, text, 0, len(text), 0, True, origin=range(len(text)))


def test_mentions_are_capped_but_counted():
    s = [_sentence(i, "长春烧伤医院") for i in range(MAX_MENTIONS + 5)]
    state = DocState("d#0", "长春烧伤医院", tuple(s))
    for sent in s:
        state.add(sent, 0, 6, "Hospital", "长春烧伤医院", rule="r")
    [e] = state.frozen_entities()
    assert len(e.mentions) == MAX_MENTIONS and e.mention_count == MAX_MENTIONS + 5


def test_aliases_exclude_the_name_and_rules_are_sorted():
    s = _sentence(0, "吉大一院")
    state = DocState("d#0", "吉大一院", (s,))
    state.add(s, 0, 4, "Hospital", "吉林大学第一医院", rule="b")
    state.add(s, 0, 4, "Hospital", "吉林大学第一医院", rule="a", surface="吉林大学第一医院")
    [e] = state.frozen_entities()
    assert (e.key, e.aliases, e.rules, e.mention_count) == ("Hospital:吉林大学第一医院", {"吉大一院"}, ("a", "b"), 1)


def test_relations_need_both_ends_and_keep_their_rules():
    s = _sentence(0, "甲乙")
    state = DocState("d#0", "甲乙", (s,))
    a = state.add(s, 0, 1, "Hospital", "甲", rule="r", occurs=True)
    b = state.add(s, 1, 2, "Alliance", "乙", rule="r", occurs=True)
    state.relate(a, "leads", b, s, "text", "cue:x")
    state.relate(a, "leads", b, s, "text", "cue:y")
    state.relate(a, "leads", "Alliance:丙", s, "text", "cue:x")
    [r] = state.frozen_relations()
    assert (r.head, r.rel, r.tail, r.rules, len(r.evidence)) == (a, "leads", b, ("cue:x", "cue:y"), 1)


def test_facts_put_a_place_before_a_name_that_starts_where_it_does():
    s = _sentence(0, "长春现代化都市圈")
    state = DocState("d#0", "长春现代化都市圈", (s,))
    state.add(s, 0, 8, "Alliance", "长春现代化都市圈", rule="r", occurs=True)
    state.add(s, 0, 2, "City", "长春市", code="220100", rule="r", occurs=True, nested=True)
    [f] = state.facts()
    assert [o.key for o in f.occurrences] == ["code:220100", "Alliance:长春现代化都市圈"]
