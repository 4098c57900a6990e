"""The shared span machinery."""

from kg.extract.spans import clauses, covers, leftmost_longest, list_items_left, merge_overlapping, strip_quotes


def test_leftmost_longest_keeps_the_longest_at_each_start_and_drops_overlaps():
    spans = [(0, 2, "a"), (0, 4, "b"), (3, 5, "c"), (4, 6, "d"), (8, 9, "e")]
    assert leftmost_longest(spans) == [(0, 4, "b"), (4, 6, "d"), (8, 9, "e")]


def test_leftmost_longest_accept_can_refuse_a_span():
    spans = [(0, 2, "a"), (3, 5, "b")]
    assert leftmost_longest(spans, accept=lambda s, last: s[0] != 3) == [(0, 2, "a")]


def test_merge_overlapping_extends_the_previous_span():
    assert merge_overlapping([(0, 6, "H"), (4, 10, "X"), (12, 14, "A")]) == [(0, 10, "X"), (12, 14, "A")]


def test_list_walk_stops_when_the_item_finder_does():
    text = "甲乙、丙丁、戊等"
    assert list(list_items_left(text, 7, lambda t, e: t.rfind("、", 0, e) + 1)) == [(6, "戊"), (3, "丙丁"), (0, "甲乙")]
    assert list(list_items_left(text, 7, lambda t, e: None)) == []


def test_clauses_split_at_commas_semicolons_and_colons():
    clause = clauses("甲，乙；丙：丁")
    assert [clause(i) for i in (0, 2, 4, 6)] == [0, 1, 2, 3]


def test_covers_and_quotes():
    assert covers([(2, 4)], 3) and not covers([(2, 4)], 4)
    assert strip_quotes("“投訴即辦”機制") == "投訴即辦機制"
