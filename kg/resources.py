"""Resources every stage shares, built once and never changed: the gazetteer of administrative
divisions, the lexicon of the rules, the institution alias table, the jieba tokenizer and its
dictionary's words. :class:`Resources` owns them all and is the only thing extraction rules
read, so extraction is a pure function of a document and its resources; a test can build a
:class:`Resources` from a tiny gazetteer and lexicon with :func:`build_resources`.

>>> res = load_resources()
>>> res.gazetteer.divisions["220100"].name, res.gazetteer.divisions["220100"].type
('长春市', 'City')
>>> sorted(res.gazetteer.divisions[c].name for c in res.gazetteer.lookup("长春"))
['长春市']
"""

from __future__ import annotations

import csv
import hashlib
import logging
import marshal
import os
import pickle
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources as importlib_resources
from typing import TypeVar

from .lexicon import Lexicon, shipped_lexicon
from .model import FactModel, read_model
from .pairs import PAIR
from .tokens import Token, WordTable, cut_block, load_automata, tokenize

DATA = importlib_resources.files("kg") / "data"
T = TypeVar("T")

#: a short form that is this frequent in jieba's dictionary under another tag than a place
#: (和平, 建设, 胜利; 城区, 矿区 as official names) is a common word, not a place name
COMMON_WORD_FREQ = 300
#: jieba frequency given to known institution names, so they stay one token (吉大一院)
KNOWN_WORD_FREQ = 2000
#: texts up to this length (names, prefixes, list items, which recur) have their tokens memoised
SHORT_TEXT = 24
#: how many short texts the tokenizer remembers (about 650 bytes each: the memos of a worker, full,
#: hold about 45 MiB; on 210 generated pages these bounds cost the blocks' memo 7 % of its hits and
#: the other memos none)
TOKEN_MEMO = 20_000
#: how many runs of unknown characters (names jieba's HMM segments) the tokenizer remembers
UNKNOWN_MEMO = 20_000
#: how many blocks (runs of word characters between punctuation: clauses, dates, numbers) the
#: tokenizer remembers the words of; pages repeat many (about half of the generated corpus's blocks)
BLOCK_MEMO = 5_000
#: characters of words at least this frequent count as common (to judge a decoding)
COMMON_CHAR_FREQ = 2000
#: a short form has two characters at least (吉林, not 吉)
MIN_SHORT_FORM = 2
#: official names this short can be common words (城区, 矿区)
SHORT_OFFICIAL_NAME = 2
#: the end of an ethnic group's name that a division named after the group alone drops (鄂温克族自治旗: 鄂温克旗)
ETHNIC_END = "族"
#: levels whose short forms are places even when jieba knows them as common words (合肥, 桂林, 大连)
ALWAYS_SHORT_LEVELS = ("province", "prefecture")
#: the weights of the model that judges extracted facts (``tools/train_model.py`` writes it)
MODEL_FILE = "fact_model.tsv"
#: the weights of the model that proposes relations between names of a sentence (``tools/train_pairs.py``)
PAIR_MODEL_FILE = "pair_model.tsv"


@cache
def converter():
    """The OpenCC traditional -> simplified converter (Hong Kong's variant forms, 衞, included)."""
    import opencc

    return opencc.OpenCC("hk2s")


@cache
def variant_table() -> dict[int, str]:
    """The variant characters OpenCC leaves as they are, to their standard simplified forms
    (``kg/data/variants.tsv``: 陜西 is 陕西), as a :meth:`str.translate` table; one character for one,
    so offsets stay.

    >>> "陜西省靑海".translate(variant_table())
    '陕西省青海'
    """
    with (DATA / "variants.tsv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    return {ord(r["variant"]): r["standard"] for r in rows}


@dataclass(frozen=True)
class Division:
    """An administrative division of the gazetteer."""

    code: str      # GB/T 2260 code (6 digits), or the 9-digit statistical code of a town
    name: str      # official name
    level: str     # province, prefecture, county, town
    parent: str    # code of the parent division ("" for provinces)

    @property
    def type(self) -> str:
        """The entity type: a county-level city is a City (公主岭市), except a city under one of
        Taiwan's counties (斗六市 of 云林县), which ranks with the county's towns: a District.

        >>> Division("220381", "公主岭市", "county", "220100").type, Division("711401", "斗六市", "county", "711400").type
        ('City', 'District')
        """
        if self.level == "province":
            return "Province"
        if self.level == "prefecture" or (self.level == "county" and self.name.endswith("市")
                                          and not self.code.startswith(TAIWAN_COUNTY_CODES)):
            return "City"
        return "District"


#: the codes of Taiwan's counties (711000 新竹县 … 712000 澎湖县) and of the divisions under them
TAIWAN_COUNTY_CODES = ("711", "712")


def short_forms(name: str, level: str, lex: Lexicon) -> list[str]:
    """Forms a division is commonly called by besides its official name: without its
    division suffix (``places.tsv``: division_suffix), the kind of a zone (zone_after) or its
    ethnic autonomous tail.

    >>> lex = shipped_lexicon()
    >>> short_forms("吉林省", "province", lex), short_forms("延边朝鲜族自治州", "prefecture", lex)
    (['吉林'], ['延边', '延边州'])
    >>> short_forms("广西壮族自治区", "province", lex), short_forms("二道区", "county", lex)
    (['广西'], ['二道'])
    >>> short_forms("雄安新区", "prefecture", lex), short_forms("浦东新区", "county", lex)
    (['雄安'], ['浦东'])
    >>> short_forms("民和回族土族自治县", "county", lex), short_forms("鄂温克族自治旗", "county", lex)
    (['民和', '民和县'], ['鄂温克', '鄂温克旗'])
    """
    if level == "town":
        return []
    forms: list[str] = []
    autonomous = "|".join(lex.autonomous)
    # the place's own name, of two characters at least (内蒙古 of 内蒙古自治区 is no 内 of 蒙古 people)
    m = re.fullmatch(f"(.{{{MIN_SHORT_FORM},}}?)(?:{lex.ethnic})+(?:{autonomous})", name)
    alone = None if m else re.fullmatch(f"({lex.ethnic})(?:{autonomous})", name)
    if m or alone:
        # a division named after its people alone (鄂温克族自治旗, 东乡族自治县) is called by their name
        base = m.group(1) if m else alone.group(1).removesuffix(ETHNIC_END)
        forms.append(base)
        tail = lex.autonomous[next(a for a in lex.autonomous if name.endswith(a))]
        if tail:
            forms.append(base + tail)
    else:
        # a zone without its kind (雄安新区, 杨凌示范区: ``places.tsv`` zone_after), a division without its suffix
        suffix = next((s for s in (*lex.zone_after, *lex.division_suffixes) if name.endswith(s)), None)
        if suffix:
            forms.append(name[: -len(suffix)])
    return [f for f in forms if len(f) >= MIN_SHORT_FORM and f != name]


#: the level a banner's name ends with (科尔沁左翼中旗)
BANNER = "旗"
#: the levels whose divisions have other names as official as their own (:func:`full_forms`: 民和县,
#: 长春高新区; 延边州 stays a short form: a prefecture's short forms need no context anyway)
FULL_FORM_LEVELS = ("county",)
def full_forms(name: str, level: str, lex: Lexicon) -> list[str]:
    """Other names of a division as explicit as its official one, its level written: an autonomous
    county by its own name and level (民和县 of 民和回族土族自治县), a zone by the short kind pages
    write (长春高新区 of 长春高新技术产业开发区: ``places.tsv`` zone_short), a banner of a wing by the
    first character of its own name and the wing's short form (科左中旗 of 科尔沁左翼中旗: ``places.tsv`` wing).

    >>> lex = shipped_lexicon()
    >>> full_forms("民和回族土族自治县", "county", lex), full_forms("长春高新技术产业开发区", "county", lex)
    (['民和县'], ['长春高新区'])
    >>> full_forms("科尔沁左翼中旗", "county", lex), full_forms("察哈尔右翼前旗", "county", lex)
    (['科左中旗'], ['察右前旗'])
    >>> full_forms("延边朝鲜族自治州", "prefecture", lex), full_forms("二道区", "county", lex)
    ([], [])
    """
    if level not in FULL_FORM_LEVELS:
        return []
    levels = tuple(tail for tail in lex.autonomous.values() if tail)
    autonomous = [f for f in short_forms(name, level, lex) if f.endswith(levels)] if lex.autonomy_re.search(name) else []
    zones = [name[: -len(kind)] + short for kind, short in lex.zone_shorts if name.endswith(kind)]
    wings = [name[0] + short + name[name.index(wing) + len(wing):] for wing, short in lex.wings.items()
             if wing in name[1:] and name.endswith(BANNER)]
    return autonomous + zones[:1] + wings[:1]


#: the levels whose divisions go on being called by their name before a change of kind (辽中县 of 辽中区)
FORMER_LEVELS = ("county", "town")


def former_names(name: str, level: str, lex: Lexicon) -> list[str]:
    """The names a county or town had before it changed kind (``places.tsv``: former): 撤县设区
    made 辽中县 辽中区, 撤镇设街道 made 乃琼镇 乃琼街道, a 新区 became a 区 (浑南新区), and pages go on writing
    the old name.

    >>> lex = shipped_lexicon()
    >>> former_names("辽中区", "county", lex), former_names("乃琼街道", "town", lex), former_names("长春市", "prefecture", lex)
    (['辽中县', '辽中新区'], ['乃琼镇', '乃琼乡'], [])
    """
    if level not in FORMER_LEVELS:
        return []
    return [name[: -len(new)] + old for old, new in lex.former_suffixes if name.endswith(new) and len(name) > len(new)]


@dataclass(frozen=True)
class Gazetteer:
    """China's administrative divisions with their names and short forms."""

    divisions: dict[str, Division]
    by_name: dict[str, tuple[str, ...]]      # official name (民和县 too: full_forms) -> codes
    by_short: dict[str, tuple[str, ...]]     # short form -> codes
    children: dict[str, tuple[str, ...]] = field(repr=False)
    #: code -> every short form of the division (common words included)
    forms: dict[str, tuple[str, ...]] = field(repr=False, default_factory=dict)
    #: names divisions had before they changed kind (辽中县: ``former_names``), among the short forms
    former: frozenset[str] = field(repr=False, default_factory=frozenset)
    #: code -> its parent's code (provinces have none): what resolve compares places with
    parents: dict[str, str] = field(repr=False, default_factory=dict)
    #: code -> its ancestors, filled as :meth:`ancestors` is asked (extraction asks for the same few often)
    _ancestors: dict[str, tuple[str, ...]] = field(repr=False, default_factory=dict, compare=False)

    def lookup(self, name: str) -> tuple[str, ...]:
        """Codes of the divisions a name may refer to (official names first)."""
        return self.by_name.get(name) or self.by_short.get(name, ())

    def ancestors(self, code: str) -> list[str]:
        """Parent, grandparent, ... codes of a division, nearest first.

        The walk stops at a code it has already seen, so a faulty table (a division listed as
        its own parent) cannot make it loop.

        >>> load_resources().gazetteer.ancestors("441900101")  # 石碣镇 -> 东莞市 -> 广东省
        ['441900', '440000']
        """
        known = self._ancestors.get(code)
        if known is None:
            out: list[str] = []
            div = self.divisions.get(code)
            while div is not None and div.parent and div.parent != code and div.parent not in out:
                out.append(div.parent)
                div = self.divisions.get(div.parent)
            known = self._ancestors[code] = tuple(out)
        return list(known)

    def names(self):
        """Every searchable name with whether it is official."""
        for n in self.by_name:
            yield n, True
        for n in self.by_short:
            if n not in self.by_name:
                yield n, False


def read_divisions(path=None) -> list[Division]:
    """The rows of ``kg/data/divisions.tsv`` (see ``kg/data/SOURCES.md``)."""
    with (path or DATA / "divisions.tsv").open(encoding="utf-8") as fh:
        rows = csv.reader(fh, delimiter="\t")
        at = {column: i for i, column in enumerate(next(rows))}
        code, name, level, parent = at["code"], at["name"], at["level"], at["parent"]
        return [Division(r[code], r[name], r[level], r[parent]) for r in rows if r]


@dataclass(frozen=True)
class Words:
    """jieba's dictionary: frequency and part-of-speech tag of each word.

    ``table`` may be the tokenizer's (:class:`JiebaTables`: institution names added), one table
    in memory for both; ``overrides`` then gives the dictionary's frequency of each word the
    table has another for.

    >>> w = Words(WordTable.of({"长春": 5, "长": 0, "吉大一院": 2000}, 2005, {"长春": "ns"}), {"吉大一院": 0})
    >>> w.frequency("长春"), w.frequency("吉大一院"), w.frequency("吉林"), w.tag("长春")
    (5, 0, 0, 'ns')
    """

    table: WordTable = field(repr=False)
    overrides: dict[str, int] = field(repr=False, default_factory=dict)

    def tag(self, word: str) -> str | None:
        return self.table.tag(word)

    def frequency(self, word: str) -> int:
        found = self.overrides.get(word)
        return self.table.frequency(word) if found is None else found

    def is_common_non_place(self, word: str) -> bool:
        """A frequent dictionary word of another kind than a place name (和平, 建设, 城区)."""
        return self.table.tag(word) not in (None, "ns") and self.frequency(word) >= COMMON_WORD_FREQ

    def items(self) -> Iterator[tuple[str, int]]:
        """(word, frequency) of every word."""
        for word, frequency in self.table.items():
            yield word, self.overrides.get(word, frequency)


def build_gazetteer(divisions: Iterable[Division], lex: Lexicon, words: Words) -> Gazetteer:
    """Index divisions by official name and short form."""
    table = {d.code: d for d in divisions}
    by_name: dict[str, list[str]] = {}
    by_short: dict[str, list[str]] = {}
    children: dict[str, list[str]] = {}
    forms: dict[str, tuple[str, ...]] = {}
    former: set[str] = set()
    for div in table.values():
        by_name.setdefault(div.name, []).append(div.code)
        if div.parent:
            children.setdefault(div.parent, []).append(div.code)
        old = former_names(div.name, div.level, lex)
        former.update(old)
        short = short_forms(div.name, div.level, lex)
        full = full_forms(div.name, div.level, lex)
        forms[div.code] = tuple(short) + tuple(old) + tuple(full)
        for form in full:
            by_name.setdefault(form, []).append(div.code)
        for form in forms[div.code]:
            # a province's or city's short form is a place even when it is a common word (合肥, 大连)
            if div.level in ALWAYS_SHORT_LEVELS or not words.is_common_non_place(form):
                by_short.setdefault(form, []).append(div.code)
    return Gazetteer(table, {k: tuple(v) for k, v in by_name.items()}, {k: tuple(v) for k, v in by_short.items()},
                     {k: tuple(v) for k, v in children.items()}, forms, frozenset(former - by_name.keys()),
                     division_parents(table.values()))


@cache
def division_table() -> dict[str, Division]:
    """The shipped divisions by code, read once per process (assembly's parents, the view's group names)."""
    return {d.code: d for d in read_divisions()}


def division_parents(divisions: Iterable[Division]) -> dict[str, str]:
    """Code -> its parent's code (what resolution compares places with; no jieba needed).

    >>> division_parents([Division("220000", "吉林省", "province", ""), Division("220100", "长春市", "city", "220000")])
    {'220100': '220000'}
    """
    return {d.code: d.parent for d in {d.code: d for d in divisions}.values() if d.parent}


#: environment variable naming the folder of the compact dictionaries (:func:`compact`)
COMPACT_ENV = "KG_RESOURCE_CACHE"
#: bumped when the layout of a compact dictionary changes
COMPACT_LAYOUT = "3"
#: what a compact file's first line begins with; the line (magic, key digest, checksum) is shorter than COMPACT_HEADER
COMPACT_MAGIC, COMPACT_HEADER = b"kg-compact", 200
#: files of one compact dictionary kept (the newest): each version of jieba's dictionary, of the
#: alias table or of the lexicon writes one of its own, and the folder must not grow for ever
KEEP_COMPACT = 3


def compact_dir() -> Path:
    """Where the compact dictionaries are kept: ``KG_RESOURCE_CACHE``, else the user's cache folder.

    >>> os.environ[COMPACT_ENV] = "/tmp/kg-compact"; compact_dir(); del os.environ[COMPACT_ENV]
    PosixPath('/tmp/kg-compact')
    """
    env = os.environ.get(COMPACT_ENV)
    return Path(env) if env else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kg"


def compact(name: str, key: Iterable[str], build: Callable[[], T]) -> T:
    """``build()``, kept between runs in a file of ``marshal`` data (strings, bytes, numbers, dicts and
    tuples only) named after ``name`` and a hash of ``key``, with a checksum of its contents: a worker
    loads jieba's dictionaries from it in a fraction of the time parsing them takes. A missing,
    unreadable, damaged or foreign file is built again; a folder that cannot be written only
    costs the time. Writing a file removes all but the :data:`KEEP_COMPACT` newest of ``name``.

    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     os.environ[COMPACT_ENV] = tmp
    ...     first = compact("t", ["a"], lambda: {"长春": 1})
    ...     again = compact("t", ["a"], lambda: {})  # read from the file, not built
    ...     del os.environ[COMPACT_ENV]
    >>> first, again
    ({'长春': 1}, {'长春': 1})
    """
    digest = hashlib.sha256("\x1f".join((COMPACT_LAYOUT, *key)).encode("utf-8", "surrogatepass")).hexdigest()
    path = compact_dir() / f"{name}-{digest[:32]}.marshal"
    try:
        data = path.read_bytes()
        header_end = data.find(b"\n", 0, COMPACT_HEADER) + 1  # 0 without a first line: no header
        payload = memoryview(data)[header_end:]
        if data[:header_end].split() == _compact_header(digest, payload):
            return marshal.loads(payload)
    except (OSError, ValueError, EOFError, TypeError):
        pass
    value = build()
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = marshal.dumps(value)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as f:
            f.write(b" ".join(_compact_header(digest, payload)) + b"\n")
            f.write(payload)
        os.replace(tmp, path)
        _prune(path.parent, name, path)
    except (OSError, ValueError):
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
    return value


def _compact_header(digest: str, payload: bytes | memoryview) -> list[bytes]:
    """The words of a compact file's first line: :data:`COMPACT_MAGIC`, its key's digest and the
    SHA-256 of what follows the line."""
    return [COMPACT_MAGIC, digest.encode(), hashlib.sha256(payload).hexdigest().encode()]


def _prune(folder: Path, name: str, kept: Path) -> None:
    """Remove the files of compact dictionary ``name`` but ``kept`` and the newest others, up to
    :data:`KEEP_COMPACT` in all (one another process removed first is no error)."""
    others = []
    for p in folder.glob(f"{name}-*.marshal"):
        try:
            if p != kept:
                others.append((p.stat().st_mtime_ns, p.name, p))
        except OSError:
            continue
    for _, _, p in sorted(others, reverse=True)[KEEP_COMPACT - 1:]:
        p.unlink(missing_ok=True)


def _jieba_dictionary() -> tuple[str, list[str]]:
    """The path of jieba's main dictionary, and what identifies its version (size, modification time)."""
    import jieba

    path = jieba.get_dict_file().name if hasattr(jieba.get_dict_file(), "name") else jieba.DEFAULT_DICT
    stat = os.stat(path)
    return path, [os.path.abspath(path), str(stat.st_size), str(stat.st_mtime_ns)]


def _read_jieba_words(path: str) -> tuple[dict[str, int], dict[str, str]]:
    freq: dict[str, int] = {}
    tags: dict[str, str] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 2:
                freq[parts[0]] = int(parts[1])
                if len(parts) >= 3:
                    tags[parts[0]] = parts[2]
    return freq, tags


@dataclass(frozen=True)
class JiebaTables:
    """jieba's dictionary as extraction reads it: the tokenizer's table (``jieba.Tokenizer.FREQ``
    with institution names added, its total, and the tag of each word), and the dictionary's
    frequency of each word the table has another for."""

    table: WordTable = field(repr=False)
    overrides: dict[str, int] = field(repr=False)

    @property
    def words(self) -> Words:
        return Words(self.table, self.overrides)


def _jieba_tables(path: str, extra: list[str]) -> tuple:
    """What :class:`JiebaTables` holds, as :func:`compact` keeps it: the table's bytes
    (:meth:`WordTable.dumps`) and the overrides."""
    freq, tags = _read_jieba_words(path)
    prefix, total = _prefix_table(extra)
    overrides = {word: freq.get(word, 0) for word in {*freq, *extra} if prefix.get(word, 0) != freq.get(word, 0)}
    return WordTable.of(prefix, total, tags).dumps(), overrides


@cache
def jieba_tables() -> JiebaTables:
    """jieba's dictionary with the shipped institution names (read once per process, from its
    compact form when kept)."""
    path, version = _jieba_dictionary()
    extra = list(read_known())
    data, overrides = compact("jieba-tables", [*version, str(KNOWN_WORD_FREQ), *extra],
                              lambda: _jieba_tables(path, extra))
    return JiebaTables(WordTable.loads(data), overrides)


def jieba_words() -> Words:
    """The words of jieba's main dictionary (:func:`jieba_tables`)."""
    return jieba_tables().words


@cache
def common_chars() -> frozenset[str]:
    """Characters of frequent words of jieba's dictionary (to judge a decoding)."""
    return frozenset(ch for word, n in jieba_words().items() if n >= COMMON_CHAR_FREQ for ch in word)


#: marks an alias of ``institutions.tsv`` that names the row's institution only on pages of its
#: province (协和医院 is Beijing's on a Beijing page, Wuhan's on a Hubei page)
LOCAL_ALIAS = "@"


@dataclass(frozen=True)
class KnownEntity:
    """A row of ``kg/data/institutions.tsv``: a known institution and what it is called."""

    name: str
    type: str
    aliases: tuple[str, ...]
    place: str  # division code of its city ("" if national)
    #: aliases that name it only on pages of its province (written ``@协和医院`` in the table)
    local_aliases: tuple[str, ...] = ()

    def named_locally(self, form: str, province: str | None) -> bool:
        """True when ``form`` names this institution on a page whose home province is ``province``.

        >>> e = KnownEntity("北京协和医院", "Hospital", (), "110000", ("协和医院",))
        >>> e.named_locally("协和医院", "110000"), e.named_locally("协和医院", "420000")
        (True, False)
        """
        return form in self.local_aliases and bool(province) and self.place[:2] == province[:2]


def read_known(path=None) -> dict[str, KnownEntity]:
    """Alias (and canonical name) -> known entity, from ``kg/data/institutions.tsv``; a local
    alias (:data:`LOCAL_ALIAS`) is no key: :func:`local_known` finds it."""
    table: dict[str, KnownEntity] = {}
    with (path or DATA / "institutions.tsv").open(encoding="utf-8") as fh:
        rows = [r for r in fh if r.strip() and not r.startswith("#")]
    for row in csv.DictReader(rows, delimiter="\t"):
        forms = [a for a in row["aliases"].split("|") if a]
        ent = KnownEntity(row["name"], row["type"], tuple(a for a in forms if not a.startswith(LOCAL_ALIAS)),
                          row["place"], tuple(a[len(LOCAL_ALIAS):] for a in forms if a.startswith(LOCAL_ALIAS)))
        for form in (ent.name, *ent.aliases):
            table[form] = ent
    return table


def local_known(res: Resources) -> dict[str, tuple[KnownEntity, ...]]:
    """Local alias -> the known institutions it names, each on pages of its own province (for
    :meth:`Resources.compiled`).

    >>> [e.name for e in load_resources().compiled(local_known)["协和医院"]][:1]
    ['北京协和医院']
    """
    out: dict[str, list[KnownEntity]] = {}
    for ent in dict.fromkeys(res.known.values()):
        for form in ent.local_aliases:
            out.setdefault(form, []).append(ent)
    return {form: tuple(ents) for form, ents in out.items()}



class Tokenizer:
    """jieba's dictionary of our own (never the global one), with institution names added, and
    its segmentation (:func:`kg.tokens.tokenize`: jieba's tokens, faster); tokens of short texts,
    the words of blocks and the HMM's words of unknown runs are memoised per tokenizer.

    >>> [w for w, _, _ in load_resources().tokenizer.tokens("长春烧伤医院")]
    ['长春', '烧伤', '医院']
    """

    def __init__(self, extra_words: Iterable[str] = (), tables: JiebaTables | None = None):
        """``tables``, when given, hold the word table with ``extra_words`` added (:func:`jieba_tables`)."""
        from jieba import finalseg

        if tables is None:
            extra = list(extra_words)
            _, version = _jieba_dictionary()
            self._table = WordTable.loads(compact("jieba-prefixes", [*version, str(KNOWN_WORD_FREQ), *extra],
                                                  lambda: WordTable.of(*_prefix_table(extra)).dumps()))
        else:
            self._table = tables.table
        self._unknown = lru_cache(maxsize=UNKNOWN_MEMO)(lambda run: tuple(finalseg.cut(run)))
        self._blocks = lru_cache(maxsize=BLOCK_MEMO)(lambda block: tuple(cut_block(block, self._table, self._unknown)))
        self._short = lru_cache(maxsize=TOKEN_MEMO)(self._tokenize)

    def _tokenize(self, text: str) -> tuple[Token, ...]:
        return tokenize(text, self._table, self._unknown, self._blocks)

    def tokens(self, text: str) -> tuple[Token, ...]:
        """jieba tokens ``(word, start, end)`` of a text."""
        return self._short(text) if len(text) <= SHORT_TEXT else self._tokenize(text)


def _prefix_table(extra_words: list[str]) -> tuple[dict[str, int], int]:
    """jieba's prefix dictionary (``Tokenizer.FREQ``) and its total, with ``extra_words`` added."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    dictionary = jieba.Tokenizer()
    dictionary.initialize()
    for word in extra_words:
        dictionary.add_word(word, freq=KNOWN_WORD_FREQ, tag="nt")
    return dictionary.FREQ, dictionary.total


@dataclass(frozen=True)
class Resources:
    """Everything extraction reads: built once, never mutated."""

    gazetteer: Gazetteer
    lexicon: Lexicon
    known: dict[str, KnownEntity]
    tokenizer: Tokenizer = field(repr=False)
    words: Words = field(repr=False)
    place_automaton: object = field(repr=False)
    known_automaton: object = field(repr=False)
    #: what judges the extracted facts (:mod:`kg.model`); None keeps everything the rules find
    model: FactModel | None = field(default=None, repr=False)
    #: what proposes relations the rules missed (:mod:`kg.pairs`); None proposes none
    pairs: FactModel | None = field(default=None, repr=False)
    _compiled: dict = field(default_factory=dict, repr=False, compare=False)

    def tokens(self, text: str) -> tuple[Token, ...]:
        return self.tokenizer.tokens(text)

    def compiled(self, factory: Callable[[Resources], T]) -> T:
        """``factory(self)``, built once per Resources: the patterns a rule compiles from the
        lexicon (``ProgrammePatterns``) live as long as the resources they come from."""
        if factory not in self._compiled:
            self._compiled[factory] = factory(self)
        return self._compiled[factory]

    def memoised(self, fn: Callable[..., T], maxsize: int) -> Callable[..., T]:
        """``fn(*args, res=self)`` remembering its last ``maxsize`` answers, built once per
        Resources and per ``fn`` (a module-level function): what a rule asks of the same short
        texts again and again (names, prefixes) is computed once per worker.

        >>> def exclaim(text, res):
        ...     return text + "!"
        >>> res = load_resources()
        >>> res.memoised(exclaim, 8)("长春"), res.memoised(exclaim, 8) is res.memoised(exclaim, 8)
        ('长春!', True)
        """
        key = (self.memoised, fn)
        if key not in self._compiled:
            self._compiled[key] = lru_cache(maxsize=maxsize)(lambda *args: fn(*args, res=self))
        return self._compiled[key]


class _NoWords:
    """What an Aho-Corasick automaton of no words finds (pyahocorasick refuses to search one)."""

    def iter(self, text: str):
        return iter(())


def _automaton(items):
    import ahocorasick

    auto = ahocorasick.Automaton()
    for key, value in items:
        auto.add_word(key, value)
    if not len(auto):
        return _NoWords()
    auto.make_automaton()
    return auto


#: what :class:`AlphabetAutomaton` writes each character of a text that no key holds as, and the
#: character after it in the one key that never matches (no text it searches holds it)
OUTSIDE_MARK, NEVER_MARK = "\x00", "\x01"


class AlphabetAutomaton:
    """An Aho-Corasick automaton whose keys hold few of the characters texts are written with
    (the gazetteer's names), searched without comparing each character of a text with every
    first character of a key.

    pyahocorasick compares a character with a node's children one by one, in the order they were
    added, and the root of the gazetteer's automaton has thousands: a character that starts no
    name (，, 2, 诊, 医) was compared with all of them. Here each character no key holds is written
    as :data:`OUTSIDE_MARK` before the search, the root's first child (through a key that never
    matches: the mark and :data:`NEVER_MARK`), and each character that is in a key but starts none
    is a child of the root too (itself and :data:`NEVER_MARK`); the root's children come in the
    order of ``frequency`` of their character. The text keeps its length and a match holds only
    characters of keys, so the matches, their offsets and their order are those of a plain
    automaton of ``items``.

    >>> auto = AlphabetAutomaton([("长春", 1), ("春市", 2)], lambda ch: 0)
    >>> list(auto.iter("长春，长春市!"))
    [(1, 1), (4, 1), (5, 2)]
    >>> list(AlphabetAutomaton([], len).iter("长春"))
    []
    """

    def __init__(self, items: Iterable[tuple[str, object]], frequency: Callable[[str], int]):
        items = list(items)
        alphabet = {ch for key, _ in items for ch in key}
        if OUTSIDE_MARK in alphabet or NEVER_MARK in alphabet:
            raise ValueError("a key of the automaton holds one of its marks")
        inside = [(ch + NEVER_MARK, None) for ch in sorted(alphabet - {key[:1] for key, _ in items})]
        ordered = sorted(items + inside, key=lambda item: -frequency(item[0][:1]))
        self._outside = re.compile("[^" + "".join(re.escape(ch) for ch in sorted(alphabet)) + "]") if items else None
        self._automaton = _automaton([(OUTSIDE_MARK + NEVER_MARK, None), *ordered]) if items else _NoWords()

    def dumps(self) -> bytes:
        """The automaton as bytes (for :func:`compact`), read back by :meth:`loads`.

        >>> auto = AlphabetAutomaton.loads(AlphabetAutomaton([("长春", 1)], lambda ch: 0).dumps())
        >>> list(auto.iter("长春市")), list(AlphabetAutomaton.loads(AlphabetAutomaton([], len).dumps()).iter("长春"))
        ([(1, 1)], [])
        """
        return pickle.dumps((self._outside.pattern if self._outside else None,
                             None if isinstance(self._automaton, _NoWords) else self._automaton),
                            protocol=pickle.HIGHEST_PROTOCOL)

    @classmethod
    def loads(cls, data: bytes) -> AlphabetAutomaton:
        outside, automaton = load_automata(data)
        auto = cls.__new__(cls)
        auto._outside = re.compile(outside) if outside is not None else None
        auto._automaton = automaton if automaton is not None else _NoWords()
        return auto

    def iter(self, text: str) -> Iterator[tuple[int, object]]:
        """``(end, value)`` of every key in ``text``, as ``ahocorasick.Automaton.iter`` gives them."""
        return self._automaton.iter(self._outside.sub(OUTSIDE_MARK, text) if self._outside else text)


def build_resources(divisions: Iterable[Division], lexicon: Lexicon, known: dict[str, KnownEntity],
                    words: Words | None = None, tokenizer: Tokenizer | None = None,
                    model: FactModel | None = None, gazetteer: Gazetteer | None = None,
                    pairs: FactModel | None = None, places: AlphabetAutomaton | None = None) -> Resources:
    """Resources from explicit parts (a test passes a tiny gazetteer and lexicon, and no model);
    ``gazetteer``, when given, is that of ``divisions`` (:func:`shipped_gazetteer`), and
    ``places`` its automaton (:func:`place_automaton`)."""
    words = words or jieba_words()
    gaz = gazetteer or build_gazetteer(divisions, lexicon, words)
    return Resources(gaz, lexicon, known, tokenizer or Tokenizer(known), words,
                     places or place_automaton(gaz, words), _automaton((k, k) for k in known), model, pairs)


def place_automaton(gaz: Gazetteer, words: Words) -> AlphabetAutomaton:
    """The automaton of the gazetteer's names (an official name of two characters that is a
    common word is left out: 城区, 矿区), each with ``(name, official)``."""
    places = [(name, (name, official)) for name, official in gaz.names()
              if not (official and len(name) == SHORT_OFFICIAL_NAME and words.is_common_non_place(name))]
    return AlphabetAutomaton(places, words.frequency)


def shipped_gazetteer(lexicon: Lexicon, words: Words) -> Gazetteer:
    """:func:`build_gazetteer` of the shipped divisions, kept between runs in compact form
    (:func:`compact`) under the extractor's version (its code and data: divisions, lexicon) and
    jieba's dictionary: a worker reads it in a tenth of the time building it takes.

    >>> res = load_resources()
    >>> shipped_gazetteer(res.lexicon, res.words) == build_gazetteer(read_divisions(), res.lexicon, res.words)
    True
    """
    parts = compact("gazetteer", _gazetteer_version(),
                    lambda: _gazetteer_parts(build_gazetteer(read_divisions(), lexicon, words)))
    return _gazetteer_of(parts)


def shipped_place_automaton(gaz: Gazetteer, words: Words) -> AlphabetAutomaton:
    """:func:`place_automaton` of the shipped gazetteer ``gaz``, kept between runs in compact form
    under the same version as the gazetteer (read in a tenth of the time building it takes)."""
    return AlphabetAutomaton.loads(compact("places", _gazetteer_version(), lambda: place_automaton(gaz, words).dumps()))


def _gazetteer_version() -> list[str]:
    """What the shipped gazetteer and its automaton are kept under: the extractor's version (its
    code and data: divisions, lexicon) and jieba's dictionary's."""
    from .cache import extractor_version

    return [extractor_version(), *_jieba_dictionary()[1]]


def _gazetteer_parts(gaz: Gazetteer) -> tuple:
    """A gazetteer as what ``marshal`` stores (strings, tuples, dicts)."""
    return (tuple((d.code, d.name, d.level, d.parent) for d in gaz.divisions.values()), gaz.by_name, gaz.by_short,
            gaz.children, gaz.forms, tuple(gaz.former), gaz.parents)


def _gazetteer_of(parts: tuple) -> Gazetteer:
    """The gazetteer of :func:`_gazetteer_parts`."""
    rows, by_name, by_short, children, forms, former, parents = parts
    return Gazetteer({row[0]: Division(*row) for row in rows}, by_name, by_short, children, forms,
                     frozenset(former), parents)


@cache
def load_resources() -> Resources:
    """Load every shipped resource (under a second from the compact folder: the lexicon's patterns, the
    gazetteer and jieba's dictionary take most of it)."""
    lexicon, tables, known = shipped_lexicon(), jieba_tables(), read_known()
    words = tables.words
    gaz = shipped_gazetteer(lexicon, words)
    return build_resources((), lexicon, known, words, Tokenizer(known, tables), read_model(DATA / MODEL_FILE),
                           gaz, read_model(DATA / PAIR_MODEL_FILE, (PAIR,)), shipped_place_automaton(gaz, words))


def forget_resources() -> None:
    """Drop what :func:`load_resources` loaded and keeps (its memos refer to it: the cyclic
    collector frees it). The next call loads it again.

    >>> first = load_resources(); forget_resources(); load_resources() is first
    False
    """
    for loaded in (load_resources, jieba_tables, common_chars):
        loaded.cache_clear()
