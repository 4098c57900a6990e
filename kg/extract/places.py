"""Find place names in a sentence with the gazetteer (Aho-Corasick over official names and
short forms), and resolve each to one division code by the document's context.

>>> from kg.resources import load_resources
>>> res = load_resources()
>>> [(m.surface, m.codes) for m in find_places("长春和辽源的医院", res)]
[('长春', ('220100',)), ('辽源', ('220400',))]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass

from ..lexicon import alternation
from ..resources import SHORT_OFFICIAL_NAME, SHORT_TEXT, Gazetteer, Resources, Token
from ..tokens import LazyTokens
from .spans import HAN, LIST_COMMA, leftmost_longest

#: division levels from the highest; with no context the highest candidate wins
LEVEL_RANK = {"province": 0, "prefecture": 1, "county": 2, "town": 3}
PROVINCE = "province"
#: the lowest level a name may be resolved to without a context place confirming it
UNCONFIRMED_LEVEL = LEVEL_RANK["prefecture"]


@dataclass(frozen=True)
class PlaceMatch:
    """A place name in a sentence: offsets in the sentence, surface, candidate codes."""

    start: int
    end: int
    surface: str
    codes: tuple[str, ...]
    official: bool
    rule: str | None = None  # how it was found, when not by its official name or short form
    #: a town the gazetteer does not list (no codes): the candidate codes of the county it is written after
    parents: tuple[str, ...] = ()


def find_places(text: str, res: Resources, tokens: Sequence[Token] | None = None) -> tuple[PlaceMatch, ...]:
    """Leftmost-longest place names in ``text``.

    A short form (长春, 九台) must start and end on a word boundary (the edges of the jieba
    ``tokens`` of ``text``), so that 吉林 in 吉林大学 is not taken for a place, and must not be
    followed by a level character (``places.tsv`` level_after) unless it opens a common word
    (``places.tsv`` level_word: 乡村 of 浙江乡村医生); a county's short form must not be
    followed by a zone word (细河经济区: ``places.tsv`` zone_after) nor be a zone's kind written after its own
    name (新城 of 秦汉新城: ``places.tsv`` zone_own); a short form followed by a street's
    word names the street (阜阳北路: ``places.tsv`` street_after); an official name must start on
    a boundary or right after another place (潞州区城北庄镇), and one that is also a common word for
    part of a site (南区, 东区: ``places.tsv`` bound_name) only right after another place
    (台中市南区). The tokens are read only when the gazetteer finds a name (they may be
    :class:`~kg.tokens.LazyTokens`), and computed then when not given; the places of a short
    text given without tokens (a name, a prefix, a list item: they recur) are memoised per
    resources.
    """
    if tokens is None and len(text) <= SHORT_TEXT:
        return res.memoised(_find_places, PLACE_MEMO)(text)
    return _find_places(text, res, tokens)


def leading_place(text: str, res: Resources) -> PlaceMatch | None:
    """The place ``text`` opens with (the first of :func:`find_places` when it starts at 0), or
    None. The text is segmented only when it may open with a short form (长春: on a word
boundary only); an official name at its start (白城市) is the place. Names recur (a page's
    institutions are qualified again and again): the answer for a text of up to
    :data:`LEADING_TEXT` characters is memoised per resources.

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> leading_place("白城市定点", res).surface, leading_place("定点白城市", res)
    ('白城市', None)
    """
    if len(text) <= LEADING_TEXT:
        return res.memoised(_leading_place, PLACE_MEMO)(text)
    return _leading_place(text, res)


#: texts up to this length (names and their parts) have the place they open with memoised
LEADING_TEXT = 64


def _leading_place(text: str, res: Resources) -> PlaceMatch | None:
    at_start = [(name, official) for end, (name, official) in res.place_automaton.iter(text) if end + 1 == len(name)]
    if not at_start:
        return None
    name, official = max(at_start, key=lambda hit: len(hit[0]))
    if official and name not in res.lexicon.bound_places:
        # the longest name at the start wins, and an official one needs no word boundary
        return PlaceMatch(0, len(name), name, res.gazetteer.by_name.get(name) or (), True)
    ps = find_places(text, res)
    return ps[0] if ps and ps[0].start == 0 else None


#: how many short texts' places are remembered per resources
PLACE_MEMO = 20_000


def _find_places(text: str, res: Resources, tokens: Sequence[Token] | None = None) -> tuple[PlaceMatch, ...]:
    hits = list(res.place_automaton.iter(text))
    if not hits:
        return ()
    bounds = tokens.bounds() if isinstance(tokens, LazyTokens) and tokens.text == text \
        else bounds_of(res.tokens(text) if tokens is None else tokens, len(text))
    found = []
    gaz = res.gazetteer
    former = gaz.former
    level_after, zone_after, street_after = res.lexicon.level_after, res.lexicon.zone_after, res.lexicon.street_after
    level_words = res.lexicon.level_words
    zone_owns = res.lexicon.zone_owns
    titles = res.compiled(titles_by_last_char)
    official_ends = {end for end, (_, official) in hits if official}  # 西安市 of 西安市长安: no title 市长
    for end, (name, official) in hits:
        start = end - len(name) + 1
        if not official and name not in former and (start not in bounds or end + 1 not in bounds
                                                    or (text[end + 1:end + 2] in level_after
                                                        and not text.startswith(level_words, end + 1))):
            continue  # a former name (辽中县) is written like an official one: 堆龙德庆区乃琼镇; a level
            # character that opens a common word (乡 of 浙江乡村医生: ``places.tsv`` level_word) is no level
        if official and len(name) == SHORT_OFFICIAL_NAME and end + 1 not in bounds and text[end + 1:end + 2] != name[-1]:
            continue  # 和县 of 以乡带村和县乡一体, 代县 of 代县长: a two-character name ends where a word does
            # (or its level follows it again: 曹县县立医院, 沛县县委)
        if official and _coordinating(text, start, name, bounds, official_ends, res):
            continue  # 和县 of 县医保局和县疾控中心: 和 joins two names, 县 opens the second one's relative level
        if not official and start - 1 not in official_ends and _in_person_name(text, start, titles):
            continue  # 卫东 of 书记李卫东, 长安 of 局长安海燕: a person named after a title
        if not official and text.startswith(street_after, end + 1):
            continue  # 阜阳北路, 香港路主院区: a street named after a place, not the place
        if not official and name in zone_owns and start > 0 and HAN.match(text[start - 1]):
            continue  # 新城 of 秦汉新城: the kind of a zone named before it, not 新城区's short form
        if not official and text.startswith(zone_after, end + 1) and all(
                LEVEL_RANK[gaz.divisions[c].level] > UNCONFIRMED_LEVEL for c in gaz.by_short.get(name, ())):
            continue  # 细河经济区: a zone named after a county (细河区), not the county
        found.append((start, end + 1, name, official))
    bound = res.lexicon.bound_places
    kept = leftmost_longest(found, accept=lambda m, last: m[0] == last or (m[0] in bounds and m[2] not in bound))
    out: list[PlaceMatch] = []
    for start, end, name, official in kept:
        codes = tuple((gaz.by_name if official else gaz.by_short).get(name) or ())
        before = out[-1] if out and out[-1].end == start and out[-1].codes else None
        if before and not any(b == c or b in gaz.ancestors(c) for b in before.codes for c in codes):
            # a place written right after another is inside it (潞州区城北庄镇, 福建福州)
            if all(gaz.divisions[c].level == "town" for c in codes) and _with_towns(before.codes, gaz):
                # a town of the county the gazetteer does not list, named like towns elsewhere (潞州区新华路街道)
                out.append(PlaceMatch(start, end, name, (), True, "places:written-town", _with_towns(before.codes, gaz)))
                continue
            if not official:
                continue  # 海西 of 福建海西联合医院 names no prefecture of 青海: a short form elsewhere
        zone = _written_zone(text, start, end, codes, res)
        if zone and not any(start < a < zone.end for a, _, _, _ in kept):
            out.append(zone)
            continue
        out.append(PlaceMatch(start, end, name, codes, official))
        # a health centre's town after its county, written in full or by its short form (大连西岗八一路…)
        town = _town_after(text, end, codes, res) or ((_written_town(text, end, codes, res)
                                                        or _zone_after_city(text, end, codes, res)) if official else None)
        if town and not any(a < town.end and town.start < b for a, b, _, _ in kept):
            out.append(town)
    return tuple(sorted((*out, *_shared_level_items(text, out, res)), key=lambda m: m.start))


#: the longest short form an item of such a list is read as
LIST_ITEM_CHARS = 4
#: how the county of a list that only its last item's level qualifies is found
SHARED_LEVEL = "places:shared-level"


def _shared_level_items(text: str, places: Sequence[PlaceMatch], res: Resources) -> list[PlaceMatch]:
    """Counties of a list whose last item alone carries the level (洛川、延长、志丹县): an item
    between list marks before a county's official name, or before another such item, that is a short
    form of a county of the same city is that county, even when the short form is a common word
    (延长, which no short form alone is taken for).

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> [(m.surface, m.codes) for m in find_places("与洛川、延长、志丹县3家县医院", res)]
    [('洛川', ('610629',)), ('延长', ('610621',)), ('志丹县', ('610625',))]
    """
    gaz = res.gazetteer
    ends = {m.end: m for m in places}
    out: list[PlaceMatch] = []
    for last in places:
        counties = [c for c in last.codes if gaz.divisions[c].level == "county"]
        if not (last.official and counties):
            continue
        siblings = {f: c for p in {gaz.divisions[c].parent for c in counties}
                    for c in gaz.children.get(p, ()) for f in gaz.forms.get(c, ())}
        at = last.start
        while text[at - 1:at] == LIST_COMMA:
            if at - 1 in ends:
                at = ends[at - 1].start
                continue
            item = next((text[a:at - 1] for a in range(max(0, at - 1 - LIST_ITEM_CHARS), at - 2)
                         if text[a - 1:a] == LIST_COMMA and text[a:at - 1] in siblings), None)
            if item is None:
                break
            at -= len(item) + 1
            out.append(PlaceMatch(at, at + len(item), item, (siblings[item],), False, SHARED_LEVEL))
    return out


#: jieba's tag of a conjunction (和 of 县医保局和县疾控中心)
CONJUNCTION_TAG = "c"
#: jieba tags of the word before a name that opens with a conjunction that leave it a place's name:
#: a verb or preposition (到和县, 与和县中医院)
BEFORE_PLACE_TAGS = frozenset({"v", "vd", "p", "d", "c"})


def _coordinating(text: str, start: int, name: str, bounds: Set[int], official_ends: Set[int], res: Resources) -> bool:
    """True when a two-character official name opens with a conjunction (和县) written after a name
    (县医保局和县疾控中心, 防治中心和县人民医院): the conjunction and the relative level of the next
    name, not the county; one after its province or city (安徽省和县), a verb or a preposition (到和县)
    or at the start is the county.

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> text = "县医保局和县疾控中心联合督导"
    >>> _coordinating(text, 4, "和县", bounds_of(res.tokens(text), len(text)), set(), res)
    True
    >>> text = "到和县开展义诊"
    >>> _coordinating(text, 1, "和县", bounds_of(res.tokens(text), len(text)), set(), res)
    False
    """
    if len(name) != SHORT_OFFICIAL_NAME or res.words.tag(name[0]) != CONJUNCTION_TAG or start == 0 \
            or start - 1 in official_ends or not HAN.match(text[start - 1]):
        return False
    previous = text[max((b for b in bounds if b < start), default=0):start]
    return res.words.tag(previous) not in BEFORE_PLACE_TAGS and not res.gazetteer.by_short.get(previous)


#: how many characters of a person's name may stand between a title and a place-like given name (李 of 书记李卫东)
SURNAME_CHARS = 1


@dataclass(frozen=True)
class TitleTable:
    """The titles of ``name_parts.tsv`` (title), and each by its last character: a title that ends
    at an offset can only be one that ends with the character before it."""

    titles: frozenset[str]
    by_last_char: dict[str, tuple[str, ...]]
    longest: int


def titles_by_last_char(res: Resources) -> TitleTable:
    """The lexicon's titles by their last character (built once per resources:
    :meth:`~kg.resources.Resources.compiled`).

    >>> from kg.resources import load_resources
    >>> "局长" in load_resources().compiled(titles_by_last_char).by_last_char["长"]
    True
    """
    by_last: dict[str, list[str]] = {}
    for t in sorted(res.lexicon.titles):
        by_last.setdefault(t[-1:], []).append(t)
    return TitleTable(res.lexicon.titles, {c: tuple(ts) for c, ts in by_last.items()},
                      max(map(len, res.lexicon.titles), default=0))


def _in_person_name(text: str, start: int, titles: TitleTable) -> bool:
    """True when a short form at ``start`` is (part of) a person's name after a title
    (``name_parts.tsv`` title): the title ends on its first character (局长安海燕: 长安) or just
    before it, with at most a surname between (书记李卫东: 卫东).

    >>> t = TitleTable(frozenset({"局长", "书记"}), {"长": ("局长",), "记": ("书记",)}, 2)
    >>> _in_person_name("局长安海燕出席", 1, t), _in_person_name("书记李卫东", 3, t), _in_person_name("前往长安区", 2, t)
    (True, True, False)
    """
    if start < titles.longest + SURNAME_CHARS:
        # near the start of the text, where a title would begin before it: every title, as written
        return any(text.startswith(t, start + 1 - len(t))
                   or any(text.startswith(t, start - len(t) - k) for k in range(SURNAME_CHARS + 1))
                   for t in titles.titles if start + 1 >= len(t))
    # a title ending after the short form's first character, or before it with at most a surname between
    by_last = titles.by_last_char
    return any(text.startswith(t, end - len(t))
               for end in range(start + 1, start - SURNAME_CHARS - 1, -1) for t in by_last.get(text[end - 1], ()))


#: the endings a town's short form leaves out (马甲 of 马甲镇, 八一路 of 八一路街道)
TOWN_SUFFIXES = ("镇", "乡", "街道")


def _town_after(text: str, end: int, codes: tuple[str, ...], res: Resources) -> PlaceMatch | None:
    """A town of the county written just before it, by its short form, in the name of its health
    centre (洛江区马甲中心卫生院: 马甲镇, ``places.tsv`` town_before): the county confirms it. A
    sub-district written with 街 for 街道 (黄陂区武湖街卫生院: 武湖街道) names its level, so it is a
    place of the story like a township.

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> m = _town_after("黄陂区武湖街卫生院签约", 3, ("420116",), res)
    >>> m.surface, m.codes, m.rule
    ('武湖街', ('420116013',), 'places:town-in-name')
    """
    towns = res.compiled(town_short_forms_by_first_char)
    first = text[end:end + 1]
    for code in codes:
        for short, child in towns.get(code, {}).get(first, ()):
            if not text.startswith(short, end):
                continue
            name = res.gazetteer.divisions[child].name
            level = SUB_DISTRICT_SHORT if name.endswith(SUB_DISTRICT) and text.startswith(SUB_DISTRICT_SHORT, end + len(short)) \
                and text.startswith(res.lexicon.town_before, end + len(short) + len(SUB_DISTRICT_SHORT)) else ""
            if text.startswith(res.lexicon.town_before, end + len(short) + len(level)):
                return PlaceMatch(end, end + len(short) + len(level), short + level, (child,), True,
                                  TOWN_IN_NAME if level else _town_rule(name, text[end + len(short):], res))
    return None


#: a sub-district's level and the one character pages write it with (武湖街 of 武湖街道)
SUB_DISTRICT = "街道"
SUB_DISTRICT_SHORT = "街"
#: the rule of a town inside a health centre's name that is a place of the story
TOWN_IN_NAME = "places:town-in-name"


#: the rule of a town's short form inside a name that only bounds the name: a sub-district's, or one
#: before a community health centre's suffix (a 社区 is often named like a town elsewhere)
STREET_IN_NAME = "places:street-in-name"
#: the levels of townships (镇, 乡), not sub-districts (街道)
TOWNSHIP_SUFFIXES = ("镇", "乡")
#: what a community health centre's suffix opens with
COMMUNITY = "社区"


def _town_rule(town: str, after: str, res: Resources) -> str:
    """The rule of a town's short form written before a health centre's suffix: a township's
    (马甲 of 马甲中心卫生院) is a place of the story, a sub-district's (八一路 of 八一路社区卫生服务中心)
    or one before a community centre's suffix only where the centre's name starts.

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> _town_rule("马甲镇", "中心卫生院", res), _town_rule("八一路街道", "社区卫生服务中心", res)
    ('places:town-in-name', 'places:street-in-name')
    """
    township = town.endswith(TOWNSHIP_SUFFIXES) and not after.startswith(COMMUNITY)
    return TOWN_IN_NAME if township else STREET_IN_NAME


#: what a town's name ends with (城北庄镇, 马建乡, 凯旋街道: towns, townships and sub-districts)
TOWN_LEVELS = ("街道", "镇", "乡")
#: how many characters a town's own name has, without its level (城北庄 of 城北庄镇)
TOWN_NAME_CHARS = range(2, 5)
#: the first characters of :data:`TOWN_LEVELS`
TOWN_LEVEL_STARTS = frozenset(level[0] for level in TOWN_LEVELS)
#: characters a town's own name never holds: levels of divisions and of what is below a town (乡镇, 县区, 乡村)
NOT_IN_TOWN_NAME = frozenset("省市区县州盟旗镇乡村街")
#: the level and the character after it that make a word of their own, no town's (乡镇, 乡村, 镇街)
LEVEL_WORDS = ("乡镇", "乡村", "镇乡", "镇街")
#: word classes (jieba's tags) of words a town's own name is never made of: verbs, adverbs,
#: prepositions, conjunctions, pronouns, numerals (召开全乡, 各乡, 所有乡)
NOT_TOWN_WORD_TAGS = frozenset({"v", "vd", "vn", "d", "p", "c", "r", "m"})


def _written_town(text: str, end: int, codes: tuple[str, ...], res: Resources) -> PlaceMatch | None:
    """A town the gazetteer does not list (renamed or merged since its release: 城北庄镇 of 潞州区),
    written right after its county (``codes``, the candidates of a division that has towns): its own
    name, two to four characters that are no common word nor made of verbs, pronouns or the like,
    then its level (镇, 乡, 街道: :data:`TOWN_LEVELS`), that is not a word of its own (乡镇).

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> town = _written_town("潞州区城北庄镇卫生院", 3, ("140403",), res)
    >>> town.surface, town.codes, town.parents
    ('城北庄镇', (), ('140403',))
    >>> _written_town("潞州区召开全乡镇会议", 3, ("140403",), res), _written_town("潞州区各乡开展", 3, ("140403",), res)
    (None, None)
    """
    if not any(ch in text[end + TOWN_NAME_CHARS.start:end + TOWN_NAME_CHARS.stop] for ch in TOWN_LEVEL_STARTS):
        return None  # no level where a town's own name could end
    gaz = res.gazetteer
    parents = _with_towns(codes, gaz)
    if not parents:
        return None
    for size in TOWN_NAME_CHARS:
        own = text[end:end + size]
        level = next((lv for lv in TOWN_LEVELS if text.startswith(lv, end + size)), None)
        if len(own) < size or not HAN.fullmatch(own) or NOT_IN_TOWN_NAME.intersection(own):
            return None
        if level is None:
            continue
        stop = level + text[end + size + len(level):end + size + len(level) + 1]
        if any(stop.startswith(w) for w in LEVEL_WORDS) or res.words.is_common_non_place(own) \
                or not _could_be_own_name(own, res):
            return None
        name = own + level
        return PlaceMatch(end, end + len(name), name, (), True, "places:written-town", parents)
    return None


def _could_be_own_name(own: str, res: Resources) -> bool:
    """Whether no word of ``own`` is a verb, adverb, pronoun or the like (:data:`NOT_TOWN_WORD_TAGS`)
    or a stop word: the own name of a town or zone, not a phrase (召开全, 加快)."""
    return not any(res.words.tag(w) in NOT_TOWN_WORD_TAGS or w in res.lexicon.stop_words
                   or w in res.lexicon.stop_chars for w, _, _ in res.tokens(own))


#: how many characters a zone's own name has, without its kind (东津 of 襄阳市东津新区, 长兴岛 of …经济技术开发区)
ZONE_NAME_CHARS = range(2, 5)


def _zone_after_city(text: str, end: int, codes: tuple[str, ...], res: Resources) -> PlaceMatch | None:
    """A zone with a name of its own (``places.tsv`` zone_kind) written right after its city
    (``codes``, those of prefecture level): 东津新区 of 襄阳市东津新区, a District of the city. Its own
    name is two to four characters, none of them a division's level, with no common word in it
    (人民医院新区: a campus) and no verb or pronoun (加快新区: a phrase).

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> zone = _zone_after_city("襄阳市东津新区开展义诊", 3, ("420600",), res)
    >>> zone.surface, zone.codes, zone.parents
    ('东津新区', (), ('420600',))
    >>> _zone_after_city("襄阳市加快新区建设", 3, ("420600",), res), _zone_after_city("襄阳市人民医院新区", 3, ("420600",), res)
    (None, None)
    """
    gaz = res.gazetteer
    parents = tuple(c for c in codes if gaz.divisions[c].level == "prefecture")
    if not parents:
        return None
    for size in ZONE_NAME_CHARS:
        own = text[end:end + size]
        if len(own) < size or not HAN.fullmatch(own) or NOT_IN_TOWN_NAME.intersection(own):
            return None
        kind = next((k for k in res.lexicon.zone_kinds if text.startswith(k, end + size)), None)
        if kind is None or text.startswith(ZONE_WORD_AFTER, end + size + len(kind)):
            continue
        if any(res.words.is_common_non_place(w) for w, _, _ in res.tokens(own)) or not _could_be_own_name(own, res):
            return None
        name = own + kind
        return PlaceMatch(end, end + len(name), name, (), True, "places:written-zone", parents)
    return None


#: what after a zone's kind makes it another word (新区域)
ZONE_WORD_AFTER = "域"


#: the levels of a place written right before a zone's own name that the zone is named with (长春市空港经济开发区,
#: 浙江舟山群岛新区)
ZONE_NAMED_WITH = ("province", "prefecture")


def own_zones(text: str, res: Resources, tokens: Sequence[Token], places: Sequence[PlaceMatch]) -> tuple[PlaceMatch, ...]:
    """Zones written by their own name and a kind only a zone has (``places.tsv`` zone_short: 高新技术产业开发区,
    经济技术开发区, 经济开发区 and their short forms 高新区, 经开区), without a place before: 东湖高新区,
    长兴岛经济技术开发区, and by a kind other words share (``places.tsv`` zone_own: 新区, 新城, 管理区, 旅游区)
    when the own name is no common word (东津新区, 黄果树旅游区; not 国际新城, 全面管理区). The own name is the
    shortest run of whole ``tokens`` of two to four characters before the kind, with no division's level,
    verb or pronoun in it (:func:`_could_be_own_name`) and no place of ``places`` (盱眙经济开发区 is named
    after its county). They have no parents: the District
    of the story's city; one written right after its city is named with it and has the city as its
    parent (长春市空港经济开发区).

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> text = "托管长兴岛经济技术开发区中心医院"
    >>> [m.surface for m in own_zones(text, res, res.tokens(text), ())]
    ['长兴岛经济技术开发区']
    >>> text = "盱眙经济开发区"
    >>> own_zones(text, res, res.tokens(text), find_places(text, res))
    ()
    >>> [m.surface for t in ("选址位于东津新区北侧", "在梅溪湖国际新城举行") for m in own_zones(t, res, res.tokens(t), ())]
    ['东津新区']
    """
    out: list[PlaceMatch] = []
    starts: Set[int] = frozenset()
    for m in res.compiled(_zone_kind_re).finditer(text):
        if not starts:  # (the tokens are read only when a kind is found)
            starts = tokens.bounds() if isinstance(tokens, LazyTokens) and tokens.text == text \
                else bounds_of(tokens, len(text))
        at = m.start()
        own = next((text[a:at] for a in range(at - min(ZONE_NAME_CHARS), at - max(ZONE_NAME_CHARS) - 1, -1)
                    if a >= 0 and a in starts), None)
        if own is None or not HAN.fullmatch(own) or NOT_IN_TOWN_NAME.intersection(own) \
                or any(p.start < at and m.start() - len(own) < p.end for p in places) or not _could_be_own_name(own, res) \
                or (m.group() in res.lexicon.zone_owns and any(res.words.is_common_non_place(w) for w, _, _ in res.tokens(own))):
            continue
        start = at - len(own)
        city = next((p for p in places if p.end == start and p.codes
                     and all(res.gazetteer.divisions[c].level in ZONE_NAMED_WITH for c in p.codes)), None)
        if city is not None:  # 长春市空港经济开发区, 浙江舟山群岛新区: the zone of the city or province written before it
            parents = tuple(c for c in city.codes if res.gazetteer.divisions[c].level == "prefecture")
            out.append(PlaceMatch(city.start, m.end(), city.surface + own + m.group(), (), True, "places:own-zone",
                                  parents))
            continue
        out.append(PlaceMatch(start, m.end(), own + m.group(), (), True, "places:own-zone"))
    return tuple(out)


def _zone_kind_re(res: Resources) -> re.Pattern:
    """The kinds of :func:`own_zones`, longest first (for :meth:`Resources.compiled`)."""
    return re.compile(alternation((*(k for pair in res.lexicon.zone_shorts for k in pair), *res.lexicon.zone_owns)))


def _written_zone(text: str, start: int, end: int, codes: tuple[str, ...], res: Resources) -> PlaceMatch | None:
    """A zone named after its city with its kind (长春新区, 成都高新区: ``places.tsv`` zone_kind) that
    the gazetteer does not list by that name: a District of the city (``codes``, those of prefecture level).

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> zone = _written_zone("成都高新区卫生健康局", 0, 2, ("510100",), res)
    >>> zone.surface, zone.codes, zone.parents
    ('成都高新区', (), ('510100',))
    >>> _written_zone("成都新区域医疗中心", 0, 2, ("510100",), res)
    """
    kind = next((k for k in res.lexicon.zone_kinds if text.startswith(k, end)), None)
    if kind is None:
        return None
    gaz = res.gazetteer
    parents = tuple(c for c in codes if gaz.divisions[c].level == "prefecture")
    if not parents or text.startswith(ZONE_WORD_AFTER, end + len(kind)):
        return None
    name = text[start:end + len(kind)]
    return PlaceMatch(start, end + len(kind), name, (), True, "places:written-zone", parents)


def _with_towns(codes: tuple[str, ...], gaz) -> tuple[str, ...]:
    """The divisions of ``codes`` whose children are towns (counties, and cities without counties)."""
    return tuple(c for c in codes if any(gaz.divisions[t].level == "town" for t in gaz.children.get(c, ())[:1]))


#: a town's short form has two characters at least (马甲 of 马甲镇)
MIN_TOWN_SHORT = 2


def town_short_forms(res: Resources) -> dict[str, tuple[tuple[str, str], ...]]:
    """Division code -> the short forms of its towns with their codes, in the gazetteer's order
    (built once per resources: :meth:`~kg.resources.Resources.compiled`).

    >>> from kg.resources import load_resources
    >>> ("马甲", "350504101") in load_resources().compiled(town_short_forms)["350504"]
    True
    """
    gaz = res.gazetteer
    out: dict[str, tuple[tuple[str, str], ...]] = {}
    for code, children in gaz.children.items():
        forms = []
        for child in children:
            name = gaz.divisions[child].name
            short = next((name[:-len(s)] for s in TOWN_SUFFIXES if name.endswith(s)), "")
            if len(short) >= MIN_TOWN_SHORT:
                forms.append((short, child))
        if forms:
            out[code] = tuple(forms)
    return out


def towns_by_short_form(res: Resources) -> dict[str, tuple[str, ...]]:
    """A town's short form -> the codes of the towns it may be (built once per resources:
    :meth:`~kg.resources.Resources.compiled`).

    >>> from kg.resources import load_resources
    >>> "350504101" in load_resources().compiled(towns_by_short_form)["马甲"]
    True
    """
    out: dict[str, list[str]] = {}
    for forms in res.compiled(town_short_forms).values():
        for short, child in forms:
            out.setdefault(short, []).append(child)
    return {short: tuple(codes) for short, codes in out.items()}


def town_of_home(name: str, home: Iterable[str], res: Resources) -> bool:
    """True when ``name`` is the short form of a town in one of the ``home`` divisions (the page's
    district or city): 丰盛 of 丰盛镇 on a page of 巴南区.

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> town_of_home("马甲", ["350504"], res), town_of_home("马甲", ["220105"], res)
    (True, False)
    """
    home = set(home)
    return any(home.intersection(res.gazetteer.ancestors(c)) for c in res.compiled(towns_by_short_form).get(name, ()))


def town_short_forms_by_first_char(res: Resources) -> dict[str, dict[str, tuple[tuple[str, str], ...]]]:
    """:func:`town_short_forms` with each division's towns by the first character of their short
    form, in the gazetteer's order (built once per resources: :meth:`~kg.resources.Resources.compiled`).

    >>> from kg.resources import load_resources
    >>> ("马甲", "350504101") in load_resources().compiled(town_short_forms_by_first_char)["350504"]["马"]
    True
    """
    out: dict[str, dict[str, tuple[tuple[str, str], ...]]] = {}
    for code, forms in res.compiled(town_short_forms).items():
        by_first: dict[str, list[tuple[str, str]]] = {}
        for short, child in forms:
            by_first.setdefault(short[:1], []).append((short, child))
        out[code] = {first: tuple(fs) for first, fs in by_first.items()}
    return out


def bounds_of(toks: Sequence[Token], length: int) -> frozenset[int]:
    """Token edges of already computed tokens, with the text's start and end."""
    return frozenset({0, length} | {a for _, a, _ in toks} | {b for _, _, b in toks})


def choose_code(codes: tuple[str, ...], context: tuple[str, ...], res: Resources,
                official: bool = True) -> str | None:
    """Pick the division a name means, given the codes of the document's context places.

    Candidates inside (or equal to) a context place win, those inside the most specific one (the
    context runs from the most specific place up) first; among those, or with no context,
    the higher level wins; a tie at the same level with no context to break it gives None.
    A short form (``official=False``) of a county or town counts only inside the context.

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> choose_code(("220000", "220200"), ("220000",), res)   # 吉林: the province
    '220000'
    >>> choose_code(("211300", "110105", "211321", "220104"), ("220100",), res)  # 朝阳 in 长春
    '220104'
    >>> choose_code(("130000", "120105"), ("120000",), res, official=False)  # 河北 in 天津
    '130000'
    >>> choose_code(("210106", "210303", "220302"), ("210100", "210000"), res)  # 铁西区 on a page of 沈阳
    '210106'
    """
    return res.memoised(_choose_code, CHOICE_MEMO)(tuple(codes), tuple(context), official)


#: a county's short form at least this long that names one division only needs no context (海拉尔)
SELF_EVIDENT_SHORT_FORM = 3
#: how many choices of a code (candidates, context, officialness) are remembered per resources
CHOICE_MEMO = 20_000


def in_region(code: str, region: Set[str], gaz: Gazetteer) -> bool:
    """True when the division ``code`` is one of the ``region``'s places or lies inside one.

    >>> from kg.resources import load_resources
    >>> gaz = load_resources().gazetteer
    >>> in_region("220104", {"220100"}, gaz), in_region("220100", {"220100"}, gaz), in_region("140400", {"220100"}, gaz)
    (True, True, False)
    """
    return code in region or not region.isdisjoint(gaz.ancestors(code))


def _choose_code(codes: tuple[str, ...], context: tuple[str, ...], official: bool, res: Resources) -> str | None:
    if not codes:
        return None  # a town the gazetteer does not list (城北庄镇): its county places it
    gaz = res.gazetteer
    ctx = set(context)
    fitting = [c for c in codes if in_region(c, ctx, gaz)]
    inside = [c for c in fitting if c not in ctx]
    if len(inside) > 1:
        # of the places below the context, those inside its most specific place (铁西区 of 沈阳, not of 鞍山,
        # on a page of 沈阳市); a context place itself stays a candidate (吉林 on a page of 吉林市)
        depth = {c: min(i for i, p in enumerate(context) if p in gaz.ancestors(c)) for c in inside}
        fitting = [c for c in fitting if c in ctx or depth[c] == min(depth.values())]
    if not official:
        # a short county name (九台, 惠民) is a place only inside the page's own region
        # (a long one that names one division only, 海拉尔, is as plain as its official name)
        codes = tuple(c for c in codes if LEVEL_RANK[gaz.divisions[c].level] <= UNCONFIRMED_LEVEL or c in fitting
                      or (len(codes) == 1 and gaz.divisions[c].level == "county"
                          and min(map(len, gaz.forms.get(c, ())), default=0) >= SELF_EVIDENT_SHORT_FORM))
        # and a province's short name is the province wherever it is written (河北 on a page of 天津), unless
        # it is the short name of a place of the page itself (海南 on a page of 海南州)
        fitting = [c for c in codes if c in fitting or (gaz.divisions[c].level == PROVINCE and not ctx.intersection(fitting))]
        if not codes:
            return None
    if len(codes) == 1:
        return codes[0]
    pool = fitting or list(codes)
    best = min(LEVEL_RANK[gaz.divisions[c].level] for c in pool)
    top = sorted(c for c in pool if LEVEL_RANK[gaz.divisions[c].level] == best)
    if len(top) == 1 and (fitting or best <= UNCONFIRMED_LEVEL):
        return top[0]
    return None  # a tie, or a county or town name with no context to confirm it
