"""Tokens: jieba's segmentation of a text, word by word with offsets, computed in one pass.

:func:`tokenize` gives the tokens ``jieba.Tokenizer.tokenize`` gives (default mode, HMM on) for
the same dictionary, without jieba's intermediate structures: for each block of word characters
(:data:`BLOCK`) the likeliest path through the dictionary's words is found right to left in one
loop (jieba builds a DAG of every word, then walks it again with a generator per position); runs
of single characters that are no word go to ``unknown``, jieba's HMM (``finalseg.cut``), which the
caller may memoise. The scores are the same floating-point sums in the same order, and a tie goes
to the longer word as in jieba, so the tokens are identical (``tests/test_tokens.py`` compares).

>>> table = WordTable({"长春": 50, "长": 10, "春": 10, "医院": 80, "医": 5, "院": 5}, 160)
>>> tokenize("长春医院 2024年", table, unknown=lambda run: [run])
(('长春', 0, 2), ('医院', 2, 4), (' ', 4, 5), ('2024年', 5, 10))
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

__all__ = ["BLOCK", "SPACE", "LazyTokens", "Token", "WordTable", "best_ends", "cut_block", "tokenize"]

#: a run of characters jieba segments with its dictionary (``jieba.re_han_default``)
BLOCK = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)")
#: what splits the other characters: line breaks and spaces are tokens of their own (``jieba.re_skip_default``)
SPACE = re.compile("(\r\n|\\s)")

Token = tuple[str, int, int]


@dataclass(frozen=True)
class WordTable:
    """jieba's prefix dictionary: every word with its frequency, and every prefix of a word
    with frequency 0 (``jieba.Tokenizer.FREQ``), with the sum of the frequencies (``total``)."""

    freq: dict[str, int] = field(repr=False)
    total: int

    @property
    def log_total(self) -> float:
        return math.log(self.total)


def best_ends(block: str, table: WordTable) -> list[int]:
    """For each offset of ``block``, where the word that starts there ends on the likeliest path
    (jieba's ``get_DAG`` and ``calc`` in one loop, right to left).

    A word's score is ``log(frequency) - log(total)`` plus the score of the rest of the block; a
    character that starts no word is a word of frequency 1; on a tie the longer word wins.

    >>> best_ends("长春医院", WordTable({"长春": 50, "长": 10, "春": 10, "医院": 80, "医": 5, "院": 5}, 160))
    [2, 2, 4, 4]
    """
    freq = table.freq.get
    log_total = table.log_total
    n = len(block)
    score = [0.0] * (n + 1)
    ends = [0] * n
    for start in range(n - 1, -1, -1):
        best, best_end = None, start + 1
        end = start + 1
        f = freq(block[start])
        while f is not None:  # every prefix of a word is in the table, so this walks every word starting here
            if f:
                s = math.log(f) - log_total + score[end]
                if best is None or s >= best:
                    best, best_end = s, end
            if end == n:
                break
            end += 1
            f = freq(block[start:end])
        score[start] = best if best is not None else math.log(1) - log_total + score[start + 1]
        ends[start] = best_end
    return ends


def cut_block(block: str, table: WordTable, unknown: Callable[[str], Iterable[str]]) -> list[str]:
    """The words of one block: the likeliest path, with each run of single characters that is no
    word of the dictionary segmented by ``unknown`` (jieba's ``__cut_DAG``).

    >>> cut_block("长春医院", WordTable({"长春": 50, "长": 10, "春": 10, "医院": 80, "医": 5, "院": 5}, 160), list)
    ['长春', '医院']
    """
    ends = best_ends(block, table)
    words: list[str] = []
    run = ""

    def flush() -> None:
        if len(run) == 1:
            words.append(run)
        elif not table.freq.get(run):
            words.extend(unknown(run))
        else:
            words.extend(run)

    start = 0
    while start < len(block):
        end = ends[start]
        if end - start == 1:
            run += block[start]
        else:
            if run:
                flush()
                run = ""
            words.append(block[start:end])
        start = end
    if run:
        flush()
    return words


def tokenize(text: str, table: WordTable, unknown: Callable[[str], Iterable[str]],
             cut: Callable[[str], Iterable[str]] | None = None) -> tuple[Token, ...]:
    """The tokens ``(word, start, end)`` of ``text``, as ``jieba.Tokenizer.tokenize(text)`` gives
    them; ``unknown`` segments a run of characters that are no word (``jieba.finalseg.cut``).
    ``cut`` gives the words of one block (:data:`BLOCK`), by default :func:`cut_block` with
    ``table`` and ``unknown``: a block's words depend on the block alone, so a caller may memoise it.

    >>> table = WordTable({"长春": 50, "长": 10, "春": 10}, 70)
    >>> tokenize("长春，长春", table, lambda run: [run], cut=lambda block: [block])
    (('长春', 0, 2), ('，', 2, 3), ('长春', 3, 5))
    """
    out: list[Token] = []
    pos = 0
    for block in BLOCK.split(text):
        if not block:
            continue
        if BLOCK.match(block):
            words: Iterable[str] = cut(block) if cut is not None else cut_block(block, table, unknown)
        else:
            words = [w for part in SPACE.split(block) for w in ((part,) if SPACE.match(part) else part)]
        for w in words:
            out.append((w, pos, pos + len(w)))
            pos += len(w)
    return tuple(out)


class LazyTokens(Sequence[Token]):
    """The tokens of a text, computed by ``tokenize(text)`` when first read and then kept: a
    sentence that names no place and no institution never needs its tokens.

    >>> calls = []
    >>> toks = LazyTokens("长春", lambda text: calls.append(text) or ((text, 0, 2),))
    >>> calls
    []
    >>> list(toks), toks[0], len(toks), calls
    ([('长春', 0, 2)], ('长春', 0, 2), 1, ['长春'])
    """

    __slots__ = ("text", "_tokenize", "_tokens", "_bounds", "_by_end")

    def __init__(self, text: str, tokenize: Callable[[str], tuple[Token, ...]]):
        self.text = text
        self._tokenize = tokenize
        self._tokens: tuple[Token, ...] | None = None
        self._bounds: frozenset[int] | None = None
        self._by_end: dict[int, tuple[str, int]] | None = None

    def bounds(self) -> frozenset[int]:
        """Where tokens start and end, with the text's start and end (computed once).

        >>> sorted(LazyTokens("长春市", lambda text: (("长春", 0, 2), ("市", 2, 3))).bounds())
        [0, 2, 3]
        """
        if self._bounds is None:
            toks = self._get()
            self._bounds = frozenset({0, len(self.text)} | {a for _, a, _ in toks} | {b for _, _, b in toks})
        return self._bounds

    def by_end(self) -> dict[int, tuple[str, int]]:
        """Each token ``(word, start)`` by where it ends (computed once).

        >>> LazyTokens("长春市", lambda text: (("长春", 0, 2), ("市", 2, 3))).by_end()
        {2: ('长春', 0), 3: ('市', 2)}
        """
        if self._by_end is None:
            self._by_end = {b: (w, a) for w, a, b in self._get()}
        return self._by_end

    def _get(self) -> tuple[Token, ...]:
        if self._tokens is None:
            self._tokens = self._tokenize(self.text)
        return self._tokens

    def __getitem__(self, i):
        return self._get()[i]

    def __len__(self) -> int:
        return len(self._get())

    def __iter__(self) -> Iterator[Token]:
        return iter(self._get())

    def __reversed__(self) -> Iterator[Token]:
        return reversed(self._get())
