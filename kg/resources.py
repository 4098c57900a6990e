"""Resources every stage shares, loaded once and never changed: the OpenCC converter, the
gazetteer of administrative divisions, the institution alias table and the jieba tokenizer.

Loaders are memoised (``functools.cache``); the objects they return are read-only, so
extraction stays a pure function of a document's text and these resources.

>>> gaz = gazetteer()
>>> gaz.divisions["220100"].name, gaz.divisions["220100"].type
('长春市', 'City')
>>> sorted(gaz.divisions[c].name for c in gaz.lookup("长春"))
['长春市']
"""

from __future__ import annotations

import csv
import logging
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources as importlib_resources

DATA = importlib_resources.files("kg") / "data"

ETHNIC = ("蒙古族|回族|藏族|维吾尔族|维吾尔|苗族|彝族|壮族|布依族|朝鲜族|满族|侗族|瑶族|白族|土家族|哈尼族|"
          "哈萨克族|哈萨克|傣族|黎族|傈僳族|佤族|畲族|拉祜族|水族|东乡族|纳西族|景颇族|柯尔克孜族|柯尔克孜|"
          "土族|达斡尔族|仫佬族|羌族|布朗族|撒拉族|毛南族|仡佬族|锡伯族|阿昌族|普米族|塔吉克族|塔吉克|怒族|"
          "鄂温克族|德昂族|保安族|裕固族|京族|独龙族|鄂伦春族|赫哲族|门巴族|珞巴族|基诺族|各族")
_ETHNIC_TAIL = re.compile(f"(?:{ETHNIC})+(?:自治州|自治县|自治旗|自治区|族乡)$")


@cache
def converter():
    """The OpenCC traditional -> simplified converter."""
    import opencc

    return opencc.OpenCC("t2s")


@dataclass(frozen=True)
class Division:
    """An administrative division of the gazetteer."""

    code: str      # GB/T 2260 code (6 digits), or the 9-digit statistical code of a town
    name: str      # official name
    level: str     # province, prefecture, county, town
    parent: str    # code of the parent division ("" for provinces)

    @property
    def type(self) -> str:
        if self.level == "province":
            return "Province"
        if self.level == "prefecture" or (self.level == "county" and self.name.endswith("市")):
            return "City"
        return "District"


def short_forms(name: str, level: str) -> list[str]:
    """Forms a division is commonly called by besides its official name.

    >>> short_forms("吉林省", "province"), short_forms("延边朝鲜族自治州", "prefecture")
    (['吉林'], ['延边', '延边州'])
    >>> short_forms("广西壮族自治区", "province"), short_forms("二道区", "county")
    (['广西'], ['二道'])
    """
    if level == "town":
        return []
    forms: list[str] = []
    m = _ETHNIC_TAIL.search(name)
    if m:
        base = name[:m.start()]
        forms.append(base)
        if name.endswith("自治州"):
            forms.append(base + "州")
    else:
        for suffix in ("特别行政区", "自治区", "地区", "林区", "省", "市", "区", "县", "盟", "旗"):
            if name.endswith(suffix):
                forms.append(name[: -len(suffix)])
                break
    return [f for f in forms if len(f) >= 2 and f != name]


@dataclass(frozen=True)
class Gazetteer:
    """China's administrative divisions with their names and short forms."""

    divisions: dict[str, Division]
    by_name: dict[str, tuple[str, ...]]      # official name -> codes
    by_short: dict[str, tuple[str, ...]]     # short form -> codes
    children: dict[str, tuple[str, ...]] = field(repr=False)

    def lookup(self, name: str) -> tuple[str, ...]:
        """Codes of the divisions a name may refer to (official names first)."""
        return self.by_name.get(name) or self.by_short.get(name, ())

    def ancestors(self, code: str) -> list[str]:
        """Parent, grandparent, ... codes of a division, nearest first.

        The walk stops at a code it has already seen, so a faulty table (a division listed as
        its own parent) cannot make it loop.

        >>> gazetteer().ancestors("441900101")  # 石碣镇 -> 东莞市 -> 广东省
        ['441900', '440000']
        """
        out: list[str] = []
        div = self.divisions.get(code)
        while div is not None and div.parent and div.parent != code and div.parent not in out:
            out.append(div.parent)
            div = self.divisions.get(div.parent)
        return out

    def names(self):
        """Every searchable name with whether it is official."""
        for n in self.by_name:
            yield n, True
        for n in self.by_short:
            if n not in self.by_name:
                yield n, False


@cache
def gazetteer() -> Gazetteer:
    """Load ``kg/data/divisions.tsv`` (see ``kg/data/SOURCES.md``)."""
    divisions: dict[str, Division] = {}
    with (DATA / "divisions.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            divisions[row["code"]] = Division(row["code"], row["name"], row["level"], row["parent"])
    by_name: dict[str, list[str]] = {}
    by_short: dict[str, list[str]] = {}
    children: dict[str, list[str]] = {}
    freq, tags = _jieba_lexicon()
    for div in divisions.values():
        by_name.setdefault(div.name, []).append(div.code)
        if div.parent:
            children.setdefault(div.parent, []).append(div.code)
        for form in short_forms(div.name, div.level):
            # a short form that is a common word of another kind (和平, 建设, 胜利) is no place name
            if tags.get(form, "ns") != "ns" and freq.get(form, 0) >= 300:
                continue
            by_short.setdefault(form, []).append(div.code)
    return Gazetteer(divisions, {k: tuple(v) for k, v in by_name.items()},
                     {k: tuple(v) for k, v in by_short.items()},
                     {k: tuple(v) for k, v in children.items()})


@cache
def _jieba_lexicon() -> tuple[dict[str, int], dict[str, str]]:
    import jieba

    freq: dict[str, int] = {}
    tags: dict[str, str] = {}
    with open(jieba.get_dict_file().name if hasattr(jieba.get_dict_file(), "name") else
              jieba.DEFAULT_DICT, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 2:
                freq[parts[0]] = int(parts[1])
                if len(parts) >= 3:
                    tags[parts[0]] = parts[2]
    return freq, tags


@cache
def common_chars() -> frozenset[str]:
    """Characters of frequent words of jieba's dictionary (to judge a decoding)."""
    freq, _ = _jieba_lexicon()
    return frozenset(ch for word, n in freq.items() if n >= 2000 for ch in word)


def word_tag(word: str) -> str | None:
    """jieba's part-of-speech tag of a dictionary word."""
    return _jieba_lexicon()[1].get(word)


def word_freq(word: str) -> int:
    return _jieba_lexicon()[0].get(word, 0)


@dataclass(frozen=True)
class KnownEntity:
    """A row of ``kg/data/institutions.tsv``: a known institution and what it is called."""

    name: str
    type: str
    aliases: tuple[str, ...]
    place: str  # division code of its city ("" if national)


@cache
def known_entities() -> dict[str, KnownEntity]:
    """Alias (and canonical name) -> known entity."""
    table: dict[str, KnownEntity] = {}
    with (DATA / "institutions.tsv").open(encoding="utf-8") as fh:
        rows = [r for r in fh if r.strip() and not r.startswith("#")]
    for row in csv.DictReader(rows, delimiter="\t"):
        ent = KnownEntity(row["name"], row["type"],
                          tuple(a for a in row["aliases"].split("|") if a), row["place"])
        for form in (ent.name, *ent.aliases):
            table[form] = ent
    return table


def tokens(text: str) -> tuple[tuple[str, int, int], ...]:
    """jieba tokens ``(word, start, end)`` of a text; short texts (names, prefixes, list items,
    which recur across a corpus) are memoised.

    >>> [w for w, _, _ in tokens("长春烧伤医院")]
    ['长春', '烧伤', '医院']
    """
    if len(text) <= 24:
        return _short_tokens(text)
    return tuple(tokenizer().tokenize(text))


@lru_cache(maxsize=100_000)
def _short_tokens(text: str) -> tuple[tuple[str, int, int], ...]:
    return tuple(tokenizer().tokenize(text))


@cache
def tokenizer():
    """A jieba tokenizer of our own (not the global one), with institution words added."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.initialize()
    for word in known_entities():
        tok.add_word(word, freq=2000, tag="nt")
    return tok


@dataclass(frozen=True)
class Resources:
    """Everything extraction reads: built once, never mutated."""

    gazetteer: Gazetteer
    known: dict[str, KnownEntity]
    tokenizer: object
    place_automaton: object = field(repr=False)
    known_automaton: object = field(repr=False)


def _automaton(items):
    import ahocorasick

    auto = ahocorasick.Automaton()
    for key, value in items:
        auto.add_word(key, value)
    auto.make_automaton()
    return auto


@cache
def load_resources() -> Resources:
    """Load every resource (about a second: jieba's dictionary dominates)."""
    gaz = gazetteer()
    freq, tags = _jieba_lexicon()
    places = []
    for name, official in gaz.names():
        if official and len(name) == 2 and tags.get(name, "ns") != "ns" and freq.get(name, 0) >= 300:
            continue  # 城区, 矿区 ...: official names that are common words
        places.append((name, (name, official)))
    known = known_entities()
    return Resources(gaz, known, tokenizer(), _automaton(places),
                     _automaton((k, k) for k in known))
