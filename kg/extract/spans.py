"""Span machinery every rule shares: the overlap policy, list items, clauses, character classes.

>>> leftmost_longest([(0, 2, "a"), (0, 4, "b"), (3, 5, "c"), (4, 6, "d")])
[(0, 4, 'b'), (4, 6, 'd')]
>>> clause = clauses("甲，乙；丙")
>>> [clause(i) for i in range(5)]
[0, 0, 1, 1, 2]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from ..lexicon import CJK

__all__ = ["CJK", "HAN", "QUOTES", "clauses", "covers", "find_all", "leftmost_longest", "list_items_left",
           "merge_overlapping", "without_quotes"]

#: a string of CJK characters only
HAN = re.compile(f"^[{CJK}]+$")
#: opening and closing quotation marks of Chinese and ASCII text
OPEN_QUOTES = "“\"「『‘"
CLOSE_QUOTES = "”\"」』’"
QUOTES = OPEN_QUOTES + CLOSE_QUOTES
#: characters that end a clause inside a sentence
CLAUSE_BREAKS = "，,；;：:"
#: the enumeration comma: items between two of them are list items
LIST_COMMA = "、"
#: punctuation that ends a phrase (a clause, a sentence, a list item)
PHRASE_BREAKS = CLAUSE_BREAKS + "。！？!?" + LIST_COMMA

S = TypeVar("S", bound=tuple)


def leftmost_longest(spans, accept: Callable[[S, int], bool] | None = None) -> list[S]:
    """Non-overlapping spans ``(start, end, ...)``: at each position the longest one wins, and a
    span that starts inside a kept one is dropped (GATE's ``appelt`` control).

    ``accept(span, last_end)`` may refuse a span (it is then skipped, not kept).
    """
    out: list[S] = []
    last = -1
    for span in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        if span[0] < last or (accept is not None and not accept(span, last)):
            continue
        out.append(span)
        last = span[1]
    return out


def find_all(needle: str, text: str) -> Iterator[tuple[int, int]]:
    """The spans of ``needle`` in ``text``, left to right and not overlapping (what
    ``re.finditer(re.escape(needle), text)`` finds, without a pattern per needle).

    >>> list(find_all("长春", "长春市长春路")), list(find_all("", "ab"))
    ([(0, 2), (3, 5)], [])
    """
    if not needle:
        return
    start = text.find(needle)
    while start >= 0:
        end = start + len(needle)
        yield start, end
        start = text.find(needle, end)


def merge_overlapping(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Spans that overlap the previous one extend it (its label becomes the later one's):
    北京安贞医院 + 安贞医院吉林医院 -> one span."""
    merged: list[tuple[int, int, str]] = []
    for s in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        if merged and s[0] < merged[-1][1]:
            prev = merged[-1]
            if s[1] > prev[1]:
                merged[-1] = (prev[0], s[1], s[2])
            continue
        merged.append(s)
    return merged


def covers(spans, pos: int) -> bool:
    """True when a span ``(start, end, ...)`` covers offset ``pos``."""
    return any(s[0] <= pos < s[1] for s in spans)


def list_items_left(text: str, end: int, item_start: Callable[[str, int], int | None]
                    ) -> Iterator[tuple[int, str]]:
    """Walk a 、 list leftwards from the separator (or list end) at ``end``: yield each item
    ``(start, text)`` from right to left. ``item_start(text, end)`` gives where an item ending
    at ``end`` starts, or None to stop.

    >>> list(list_items_left("甲乙、丙丁、戊等", 7, lambda t, e: t.rfind("、", 0, e) + 1))
    [(6, '戊'), (3, '丙丁'), (0, '甲乙')]
    """
    while end > 0:
        start = item_start(text, end)
        if start is None or start >= end:
            return
        yield start, text[start:end]
        if text[start - 1:start] != LIST_COMMA:
            return
        end = start - 1


def clauses(text: str, joins: Iterable[int] = ()) -> Callable[[int], int]:
    """A function from a character offset to the index of its clause (split at ，；：), but not at
    the offsets ``joins`` (a comma between two names of a list: 与甲医院,乙医院和丙医院签约).

    >>> clause = clauses("甲,乙,丙", joins=[1])
    >>> [clause(i) for i in range(5)]
    [0, 0, 0, 0, 1]
    """
    kept = set(joins)
    cuts = [i for i, ch in enumerate(text) if ch in CLAUSE_BREAKS and i not in kept]

    def clause(pos: int) -> int:
        return sum(1 for c in cuts if c < pos)

    return clause


def without_quotes(text: str) -> tuple[str, list[int]]:
    """Text without its quotation marks and the spaces that pad them, and for each of its
    characters (and its end) the offset in ``text``: a fixed name broken by quotes (医疗人才“组团式”援疆,
    以“ 组团式” 帮扶) is found in the first.

    >>> plain, where = without_quotes("推进“组团式”帮扶")
    >>> plain, where[2], where[5], where[len(plain)]
    ('推进组团式帮扶', 3, 7, 9)
    >>> without_quotes("以“ 组团式” 帮扶")[0]
    '以组团式帮扶'
    """
    quotes = frozenset(QUOTES)
    where = [i for i, ch in enumerate(text) if ch not in quotes and not
             (ch.isspace() and ((i > 0 and text[i - 1] in quotes) or (i + 1 < len(text) and text[i + 1] in quotes)))]
    return "".join(text[i] for i in where), where + [len(text)]


def strip_quotes(text: str) -> str:
    """Text without its quotation marks."""
    return text.translate({ord(q): None for q in QUOTES})
