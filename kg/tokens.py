"""Tokens: jieba's segmentation of a text, word by word with offsets, computed in one pass.

:func:`tokenize` gives the tokens ``jieba.Tokenizer.tokenize`` gives (default mode, HMM on) for
the same dictionary, without jieba's intermediate structures: for each block of word characters
(:data:`BLOCK`) the likeliest path through the dictionary's words is found right to left in one
pass of an Aho-Corasick automaton over the block read backwards (jieba builds a DAG of every
word, then walks it again with a generator per position); runs of single characters that are no
word go to ``unknown``, jieba's HMM (``finalseg.cut``), which the caller may memoise. The scores
are the same floating-point sums in the same order, and a tie goes to the longer word as in
jieba, so the tokens are identical (``tests/test_tokens.py`` compares).

>>> table = WordTable.of({"长春": 50, "长": 10, "春": 10, "医院": 80, "医": 5, "院": 5}, 160)
>>> tokenize("长春医院 2024年", table, unknown=lambda run: [run])
(('长春', 0, 2), ('医院', 2, 4), (' ', 4, 5), ('2024年', 5, 10))
"""

from __future__ import annotations

import io
import math
import pickle
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import ahocorasick

__all__ = ["BLOCK", "SPACE", "LazyTokens", "Token", "WordTable", "best_ends", "cut_block", "load_automata", "tokenize"]

#: a run of characters jieba segments with its dictionary (``jieba.re_han_default``)
BLOCK = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)")
#: what splits the other characters: line breaks and spaces are tokens of their own (``jieba.re_skip_default``)
SPACE = re.compile("(\r\n|\\s)")

Token = tuple[str, int, int]


#: bits of a word's entry in the automaton (:meth:`WordTable.of`, which pyahocorasick holds as a 32-bit
#: signed integer): its length, its tag's number and the rank of its frequency among the table's
LENGTH_BITS, TAG_BITS, RANK_BITS = 8, 7, 16
LENGTH_MASK, TAG_MASK, RANK_MASK = (1 << LENGTH_BITS) - 1, (1 << TAG_BITS) - 1, (1 << RANK_BITS) - 1
RANK_SHIFT = TAG_BITS + LENGTH_BITS


class _AutomatonUnpickler(pickle.Unpickler):
    """Reads pyahocorasick automata and plain data (strings, numbers, tuples, lists), nothing else:
    no other class or function is looked up, so no pickle runs code."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == ("ahocorasick", "Automaton"):
            return ahocorasick.Automaton
        raise pickle.UnpicklingError(f"{module}.{name} is no automaton")


def load_automata(data: bytes) -> Any:
    """What ``pickle.dumps`` wrote of automata and plain data, read by :class:`_AutomatonUnpickler`.

    >>> load_automata(pickle.dumps(("长春", 1)))
    ('长春', 1)
    >>> load_automata(pickle.dumps(print))
    Traceback (most recent call last):
    _pickle.UnpicklingError: builtins.print is no automaton
    """
    return _AutomatonUnpickler(io.BytesIO(data)).load()


@dataclass(frozen=True)
class WordTable:
    """jieba's dictionary: every word with its frequency and part-of-speech tag, and the sum of
    the frequencies (``total``). The words are held written backwards in one Aho-Corasick
    automaton (pyahocorasick), each with one integer packing its length, its tag's number in
    ``tags`` (0: no tag) and its frequency's rank in ``frequencies`` (jieba's 350,000 words have
    about 5,000 frequencies): about 44 MiB where dicts of strings took about 83, in pages that
    forked workers share (reading a dict writes its values' reference counts; nothing writes
    to the automaton).

    >>> table = WordTable.of({"长春": 50, "长": 10, "春医": 0}, 60, {"长春": "ns"})
    >>> table.frequency("长春"), table.frequency("春医"), table.frequency("吉林"), table.tag("长春"), table.tag("长")
    (50, 0, 0, 'ns', None)
    >>> sorted(table.items())
    [('长', 10), ('长春', 50)]
    """

    automaton: Any = field(repr=False)
    total: int
    frequencies: tuple[int, ...] = field(repr=False)
    tags: tuple[str, ...] = ()
    #: ``log(frequency) - log(total)`` of each rank (jieba's score of a word)
    scores: tuple[float, ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        log_total = math.log(self.total)
        object.__setattr__(self, "scores", tuple(math.log(f) - log_total if f else 0.0 for f in self.frequencies))

    @classmethod
    def of(cls, freq: Mapping[str, int], total: int, tags: Mapping[str, str] | None = None) -> WordTable:
        """The table of ``freq`` (word -> frequency; jieba's prefix table may be given as it is: an
        entry of frequency 0 and no tag is no word) and ``tags`` (word -> tag)."""
        tags = tags or {}
        names = tuple(sorted(set(tags.values())))
        frequencies = tuple(sorted({0, *freq.values()}))
        if len(names) > TAG_MASK or len(frequencies) > RANK_MASK:
            raise ValueError(f"{len(names)} tags and {len(frequencies)} frequencies: at most {TAG_MASK} and "
                             f"{RANK_MASK} fit in a word's entry")
        tag_number = {name: i + 1 for i, name in enumerate(names)}
        rank = {f: i for i, f in enumerate(frequencies)}
        auto = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for word in dict.fromkeys([*freq, *tags]):
            f, tag = freq.get(word, 0), tag_number.get(tags.get(word, ""), 0)
            if f or tag:
                if not 0 < len(word) <= LENGTH_MASK:
                    raise ValueError(f"a word of {len(word)} characters: at most {LENGTH_MASK} fit in its entry")
                auto.add_word(word[::-1], (rank[f] << RANK_SHIFT) | (tag << LENGTH_BITS) | len(word))
        if len(auto):
            auto.make_automaton()
        return cls(auto, total, frequencies, names)

    @classmethod
    def loads(cls, data: bytes) -> WordTable:
        """The table :meth:`dumps` wrote."""
        automaton, total, frequencies, tags = load_automata(data)
        return cls(automaton, total, frequencies, tags)

    def dumps(self) -> bytes:
        """The table as bytes (for :func:`kg.resources.compact`)."""
        return pickle.dumps((self.automaton, self.total, self.frequencies, self.tags), protocol=pickle.HIGHEST_PROTOCOL)

    def frequency(self, word: str) -> int:
        return self.frequencies[self.automaton.get(word[::-1], 0) >> RANK_SHIFT]

    def tag(self, word: str) -> str | None:
        tag = (self.automaton.get(word[::-1], 0) >> LENGTH_BITS) & TAG_MASK
        return self.tags[tag - 1] if tag else None

    def items(self) -> Iterator[tuple[str, int]]:
        """(word, frequency) of every word."""
        for backwards, entry in self.automaton.items():
            yield backwards[::-1], self.frequencies[entry >> RANK_SHIFT]

    @property
    def log_total(self) -> float:
        return math.log(self.total)


def best_ends(block: str, table: WordTable) -> list[int]:
    """For each offset of ``block``, where the word that starts there ends on the likeliest path
    (jieba's ``get_DAG`` and ``calc`` in one pass, right to left).

    A word's score is ``log(frequency) - log(total)`` plus the score of the rest of the block; a
    character that starts no word is a word of frequency 1; on a tie the longer word wins. The
    automaton reads the block backwards, so the words come by their start, right to left, the
    longest first (the first of equal scores is kept).

    >>> best_ends("长春医院", WordTable.of({"长春": 50, "长": 10, "春": 10, "医院": 80, "医": 5, "院": 5}, 160))
    [2, 2, 4, 4]
    """
    n = len(block)
    ends = list(range(1, n + 1))
    if not len(table.automaton):
        return ends
    scores = table.scores
    alone = math.log(1) - table.log_total  # a character that starts no word
    score = [0.0] * (n + 1)
    at, best = n, None  # the offset whose words are being read, and its best score so far
    for last, entry in table.automaton.iter(block[::-1]):
        r = entry >> RANK_SHIFT
        if not r:
            continue
        start = n - 1 - last
        if start != at:
            if at < n:
                score[at] = best if best is not None else alone + score[at + 1]
            for between in range(at - 1, start, -1):
                score[between] = alone + score[between + 1]
            at, best = start, None
        end = start + (entry & LENGTH_MASK)
        s = scores[r] + score[end]
        if best is None or s > best:
            best, ends[start] = s, end
    return ends


def cut_block(block: str, table: WordTable, unknown: Callable[[str], Iterable[str]]) -> list[str]:
    """The words of one block: the likeliest path, with each run of single characters that is no
    word of the dictionary segmented by ``unknown`` (jieba's ``__cut_DAG``).

    >>> cut_block("长春医院", WordTable.of({"长春": 50, "长": 10, "春": 10, "医院": 80, "医": 5, "院": 5}, 160), list)
    ['长春', '医院']
    """
    ends = best_ends(block, table)
    words: list[str] = []
    run = ""

    def flush() -> None:
        if len(run) == 1:
            words.append(run)
        elif not table.frequency(run):
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

    >>> table = WordTable.of({"长春": 50, "长": 10, "春": 10}, 70)
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
