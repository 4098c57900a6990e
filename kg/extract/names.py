"""Institution names: hospitals, health bodies and alliances, found by their suffix
(``suffixes.tsv``) and extended to the left over name-like words (jieba tokens), then
qualified by context.

``市人民医院`` in a 长治 paper becomes 长治市人民医院; ``吉大一院`` becomes 吉林大学第一医院 through
the alias table; a coordinated list ``肾病、护理、精神医学质控联盟`` gives three alliances.

>>> from kg.resources import load_resources
>>> from kg.extract.context import Context
>>> res = load_resources()
>>> ctx = Context("140000", "140400", None)
>>> [(n.type.value, n.name) for n in find_names("家人带他找到市第二人民医院。", ctx, res)]
[('Hospital', '长治市第二人民医院')]
>>> [n.name for n in find_names("肾病、护理、精神医学质控联盟筹备工作稳步推进", ctx, res)]
['肾病质控联盟', '护理质控联盟', '精神医学质控联盟']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..resources import SHORT_OFFICIAL_NAME, Resources, local_known, Token
from ..tokens import LazyTokens
from ..types import EntityType
from .context import Context
from .places import CONJUNCTION_TAG, choose_code, find_places, leading_place, town_of_home
from .short_forms import HOSPITAL_WORD
from .spans import (CLOSE_QUOTES, HAN, LIST_COMMA, OPEN_QUOTES, PHRASE_BREAKS, QUOTES, leftmost_longest,
                    list_items_left, merge_overlapping, strip_quotes)

#: jieba part-of-speech tags of words that never occur inside a name (verbs, prepositions,
#: conjunctions, particles, adverbs, pronouns, classifiers, time and place words, state words
#: such as 认真落实, idioms such as 紧锣密鼓 ...)
STOP_TAGS = frozenset({"v", "vd", "p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "d", "r", "rr", "rz", "q",
                       "t", "f", "y", "e", "o", "z", "zg", "ad", "mq", "vg", "dg", "tg", "rg", "h", "i"})
#: jieba tags of words that make quoted words speech rather than a name (pronouns, particles,
#: prepositions, conjunctions, times)
SPEECH_TAGS = frozenset({"r", "rr", "rz", "u", "uj", "ul", "uz", "ud", "ug", "uv", "p", "c", "t", "y", "e", "o"})
#: jieba tags of verbs: a list item that ends in one is an activity, not a name (专科共建、协作医院)
VERB_TAGS = frozenset({"v", "vd"})
#: jieba tags of words that are name-like inside a name but, after a whole name, say what it does
#: (复旦大学合作共建: 合作 is a verbal noun)
NOT_NAME_TAGS = frozenset({"vn"})
#: jieba's tag of characters it knows only alone (佑, 澥, and function characters: 此, 每, 仍)
RARE_CHAR_TAG = "zg"
#: below this frequency in jieba's dictionary such a character is a rare one, a name's (佑 723, 澥 2),
#: not a function character (此 41979, 仍 18627, 且 10470)
RARE_CHAR_FREQUENCY = 1000
#: the jieba tag of place names
PLACE_TAG = "ns"
#: jieba tags of proper nouns: one before a kind of alliance makes it a name (湘雅医疗集团)
PROPER_TAGS = frozenset({"nr", "nrfg", "nrt", "ns", "nt", "nz"})
#: the jieba tag of numerals (only ordinals, 第二, are name-like)
NUMERAL_TAG = "m"
#: how a numbered hospital written short ends (一院, 一附院, 附一院), ``{n}`` its numerals
NUMBERED_SHORT_END = "(?:附[{n}]|[{n}]附?)院"
#: how far (in characters) a name extends to the left of its suffix
MAX_NAME_PREFIX = 18
#: a quoted word a team's name goes on over (湖南省医疗人才“组团式”援疆工作队) has at most this many characters
MAX_QUOTED_WORD = 6
#: a quoted brand before an alliance's kind (“1+1+N+N”中医医疗联合体) has at most this many characters
MAX_QUOTED_BRAND = 8
#: what a quoted brand is written with: Chinese characters, or a formula of letters, digits and + (1+X+N)
BRAND = re.compile(r"^(?:[\u3400-\u9fff]+|[0-9A-Za-z]+(?:[+＋·][0-9A-Za-z]+)+)$")
#: the longest item of a coordinated list (肾病、护理、精神医学 + 质控联盟)
MAX_LIST_ITEM = 8
#: the characters a relative name needs beyond its level character (区中医院, not 区医)
MIN_RELATIVE_NAME = 3
#: how many characters after a suffix are checked for a shop, a street or a body (医院路, 中医院店, 医院发展中心)
NOT_AFTER_WINDOW = 4
#: a company writes the place it is registered in between brackets inside its name (华康投资(长沙)有限公司,
#: 康华医疗(中国)有限公司), and so does a brand's hospital or centre in a place (国文(长春)医院,
#: 长三角(上海)智慧互联网医院, 北京天坛医院(张家口)脑科中心): the bracket and the words before it are
#: part of the name
BRACKETED_PLACE = re.compile(r"[(（]([\u3400-\u9fff]{2,8})[)）]$")
#: the kind of body that writes its place in brackets
COMPANY = "公司"
#: what joins a hospital's name and its institute's into one institution's joint name
#: (宁夏回族自治区中医医院暨中医研究院)
JOINT_JOINER = "暨"
#: the country a company's bracket names when it names no division (康华医疗(中国)有限公司)
COUNTRY = "中国"
#: how the name of a society or an association ends (医师协会, 药学会, 红十字会)
SOCIETY_END = "会"
#: separators of a list whose items share a suffix (吉林省和长春市卫健委)
SHARED_SUFFIX_SEPARATORS = (LIST_COMMA, "和", "及", "与")
#: the separator of a list whose items share the whole name after it (…等专科联盟)
LIST_END = "等"
#: separators inside the first item of a list (生殖医学及妇产科)
INNER_SEPARATORS = ("及", "与")
#: an alliance prefix this long is a name even when its words are generic (紧密型城市医疗集团 is not)
PROPER_ALLIANCE_PREFIX = 4
#: a list before 等 names institutions when it has two items at least (an alliance: one is enough)
MIN_LIST_ITEMS = 2
#: a campus name between a hospital and its campus word is at most this long, with the hospital's suffix
#: (…医院新建院区)
MAX_CAMPUS_NAME = 6
#: the word that ends the suffix of a centre: a place and generic words name one (河南省远程医学中心),
#: where they name no hospital (白城市定点医院)
CENTRE = "中心"
#: a department of a body written before a person's title (医政医管处处长, 科教科科长)
DEPARTMENT = re.compile("[\u4e00-\u9fff]{1,6}?[处科室司]")
#: the most characters of an ordinal's numerals (第九八〇)
MAX_ORDINAL = 5
#: Taiwan's codes begin so; its counties' and cities' governments are 政府, not 人民政府 (台东县政府)
TAIWAN_CODE_PREFIX = "71"
PEOPLES_GOVERNMENT = "人民政府"
REGIONAL_GOVERNMENT = "政府"
#: the digits a hospital's code number is written with, one by one (二一五医院, 三〇一医院), and how many
#: it has at least (a count or a grade has one or two: 三家医院, 二三级医院)
CODE_DIGITS = frozenset("〇零一二三四五六七八九")
MIN_CODE_DIGITS = 3
#: the gazetteer level of towns and 街道, whose names do carry on a name (罗湖医院集团东晓街道社区健康服务中心)
TOWN = "town"
#: the level of the home place a relative 市 refers to (``places.tsv`` relative_level)
CITY_LEVEL = "city"
#: the level of provinces, and how a municipality's name ends (上海市: its districts are named with it)
PROVINCE_LEVEL, MUNICIPALITY = "province", "市"
#: the last character of a hospital written short after its ordinal (附属一院, 湘雅二院)
SHORT_HOSPITAL = "院"
#: a person's name after a title (院长宁光作) has at most this many characters, and one of these tags
#: (None: a word jieba does not know)
MAX_PERSON_NAME = 3
#: and at least this many (a surname and a given name: 王明)
MIN_PERSON_NAME = 2
PERSON_TAGS = frozenset({"nr", "nrfg", "nrt", None})
#: a hospital's prefix judged a verb has at least this many characters (蒙 of 蒙医院 is the system's)
MIN_VERB_PREFIX = 2
#: jieba's HMM words (no dictionary tag) this long may hide a verb (到市, 得往)
MIN_HMM_WORD = 2


@dataclass(frozen=True)
class Name:
    """An institution named in a sentence.

    ``start``/``end`` are offsets in the sentence; ``name`` the canonical (qualified, expanded)
    name; ``surface`` the text as written; ``place`` the division code the name is qualified by
    (its own place prefix or the home place a relative name refers to); ``rule`` how it was found.
    """

    type: EntityType
    start: int
    end: int
    surface: str
    name: str
    place: str | None = None
    relative: bool = False
    rule: str = "institutions:suffix"
    #: named inside another name (山东省立医院集团 of 山东省立医院集团微山医院): no actor of the sentence
    nested: bool = False
    #: named only as where a person works or comes from (甲医院院长王强, 市卫健委、乙医院相关负责人参加):
    #: no entity, and the places inside it are none of the story's
    affiliation: bool = False


def _name_like(word: str, res: Resources) -> bool:
    """True when a word may be part of an institution's name; memoised per resources.

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> _name_like("长春", res), _name_like("充分发挥", res), _name_like("紧锣密鼓", res)
    (True, False, False)
    """
    return res.memoised(_is_name_like, GENERIC_MEMO)(word)


def _is_name_like(word: str, res: Resources) -> bool:
    lex = res.lexicon
    if word in lex.name_words:
        return True  # 省立, 高等: words jieba calls verbs, or with a stop character in them, that names use
    if word in lex.stop_words or any(ch in word for ch in lex.never_inside) or word.startswith(lex.stop_starts):
        return False  # 全力支持, 充分发挥: jieba's nouns that are adverbs and verbs
    if word in lex.region_ends:
        return True  # 港岛西联网: a direction after a region's name is part of it
    gaz = res.gazetteer
    if word in gaz.by_name or word in gaz.by_short or word in lex.name_levels:
        return True
    if not HAN.match(word):
        return False
    tag = res.words.tag(word)
    if tag == NUMERAL_TAG:
        return bool(lex.ordinal_re.match(word))
    if tag == RARE_CHAR_TAG and len(word) == 1 and res.words.frequency(word) < RARE_CHAR_FREQUENCY:
        return True  # 佑 of 佑民医院, 澥 of 豹澥社区卫生服务中心: a rare character jieba leaves alone
    return tag not in STOP_TAGS


def left_extent(text: str, at: int, tokens, res: Resources, limit: int = MAX_NAME_PREFIX,
                places: tuple[tuple[int, int], ...] = (), verb_after_place: bool = True,
                kind_words: frozenset[str] = frozenset()) -> int:
    """Walk name-like tokens left from offset ``at``; return where the name starts.

    A name never starts inside a place name (上城区: jieba may cut 上/城区). ``verb_after_place``
    False: a verb after a place is no part of the name (an alliance's: 北京市公布…医联体, the place
    is the sentence's subject). ``kind_words``: verbs this kind's names use (an alliance's
    ``name_parts.tsv`` alliance_word: 肺癌防治联盟); the walk goes on over them, and a name never
    starts with one (开展防治联盟 names nothing).

    >>> from kg.resources import load_resources
    >>> from kg.tokens import LazyTokens
    >>> res = load_resources()
    >>> text = "加入浙江省肺癌防治联盟"
    >>> text[left_extent(text, 9, LazyTokens(text, res.tokens), res, kind_words=res.lexicon.alliance_words):]
    '浙江省肺癌防治联盟'
    """
    start = _left_extent(text, at, tokens, res, limit, verb_after_place, kind_words)
    for a, b in places:
        if a < start < b:  # and goes on over the name-like words before it (南昌市 of 南昌市新建区人民政府)
            start = (_left_extent(text, a, tokens, res, limit - (at - a), verb_after_place, kind_words)
                     if at - a < limit else a)
            break
    start = _official_start(text, start, at, tokens, places, res)
    start = _after_owner(text, _parent_after_places(text, start, at, tokens, places, res), at, res)
    return _past_kind_words(start, at, tokens, kind_words)


def _past_kind_words(start: int, at: int, tokens, kind_words: frozenset[str]) -> int:
    """Where a name starting at ``start`` starts once the ``kind_words`` it opens with are left out
    (a verb starts no name: 防治 of 防治联盟)."""
    ends = {a: (w, b) for w, a, b in tokens if w in kind_words} if kind_words else {}
    while start in ends and ends[start][1] <= at:
        start = ends[start][1]
    return start


def _after_home_town(text: str, suffix: re.Match, places: tuple[tuple[int, int], ...], ctx: Context,
                     res: Resources) -> bool:
    """True when a hospital's kind comes right after a town of the page's city or district, written
    by its short form (玉里医院 on a 花莲 page: jieba's 玉/里 stops the walk): the hospital is named after
    the town, as a health centre is (``places.tsv`` town_before).

    >>> from kg.resources import load_resources
    >>> res, text = load_resources(), "玉里医院开展义诊"
    >>> _after_home_town(text, re.compile("医院").search(text), ((0, 2),), Context("710000", "711800", None), res)
    True
    """
    if res.lexicon.suffix_type[suffix.group()] != EntityType.HOSPITAL:
        return False
    return any(b == suffix.start() and _home_town(text[a:b], ctx, res) for a, b in places)


def _town_start(text: str, at: int, tokens, places: tuple[tuple[int, int], ...], res: Resources) -> int:
    """Where a health centre named after its town starts when the walk left from its suffix
    (``places.tsv`` town_before) stopped at once: at the town written right before the suffix, and
    on over the name-like words before it (大连西岗八一路社区卫生服务中心: jieba reads 八一路 as numerals).

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> text = "大连西岗八一路社区卫生服务中心"
    >>> _town_start(text, 7, res.tokens(text), ((0, 2), (2, 4), (4, 7)), res)
    0
    """
    town = next((a for a, b in places if b == at and a < at), None)
    return at if town is None else left_extent(text, town, tokens, res, places=places)


def _team_start(text: str, start: int, at: int, tokens, res: Resources, places: tuple[tuple[int, int], ...]) -> int:
    """Where a team's name (``name_parts.tsv`` team_kind: 工作队) starts when its words go on over 驻
    and the place it is stationed in (粤桂协作驻凌云县工作队) or over a quoted word
    (湖南省医疗人才“组团式”援疆工作队): at the name-like words before them, else at ``start``.
    Before 驻, the whole name of a body the team or office belongs to goes in
    (西藏自治区人民政府驻成都办事处).

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> text = "湖南省医疗人才“组团式”援疆工作队出发"
    >>> _team_start(text, 12, 14, res.tokens(text), res, ((0, 3),))
    0
    >>> text = "西藏自治区人民政府驻成都办事处签约"
    >>> _team_start(text, 10, 12, res.tokens(text), res, ((0, 5), (10, 12)))
    0
    """
    lex = res.lexicon
    stationed = next((w for w in lex.stationed if text.endswith(w, 0, start)), None)
    if stationed:
        at_word = start - len(stationed)
    elif text[start - 1:start] in CLOSE_QUOTES:
        opened = max(text.rfind(q, max(0, start - MAX_QUOTED_WORD - 2), start - 1) for q in OPEN_QUOTES)
        if opened < 0 or not HAN.match(text[opened + 1:start - 1]):
            return start
        at_word = opened
    else:
        return start
    before = left_extent(text, at_word, tokens, res, places=places)
    body = lex.suffix_end_re.search(text, max(0, at_word - MAX_NAME_PREFIX), at_word) if stationed else None
    if before == at_word and body is not None:  # 西藏自治区人民政府驻成都办事处: the office of a body
        before = left_extent(text, body.start(), tokens, res, places=places)
    return before if before < at_word and at - before <= MAX_NAME_PREFIX else start


def _parent_after_places(text: str, start: int, at: int, tokens, places: tuple[tuple[int, int], ...],
                         res: Resources) -> int:
    """A name that opens with places written with their level and then a university or a known
    institution starts at that parent (徐汇区复旦大学附属中山医院 is 复旦大学附属中山医院, 上海市四川大学华西医院
    is 四川大学华西医院): the places say where the story is, the parent's name already says whose the
    hospital is (a short place goes with the university: 长春医科大学)."""
    spans = {a: b for a, b in places if _with_level(text[a:b], res)}
    end = start
    while end in spans and spans[end] < at:
        end = spans[end]
    if end == start:
        return start
    word = next((w for w, a, _ in tokens if a == end), None)
    lex = res.lexicon
    if word and (word in res.known or len(word) > max(map(len, lex.place_blockers)) and word.endswith(lex.place_blockers)):
        return end
    return start


def _after_owner(text: str, start: int, at: int, res: Resources) -> int:
    """A name starts after a government body written before it (``name_parts.tsv`` owner):
    澳门卫生局仁伯爵综合医院 is 仁伯爵综合医院 (the bureau runs it), 代表市委医院… names no hospital."""
    owners = list(res.lexicon.owner_re.finditer(text, start, at))
    return owners[-1].end() if owners else start


def _official_start(text: str, start: int, at: int, tokens, places: tuple[tuple[int, int], ...],
                    res: Resources) -> int:
    """A division's name written with its level (襄城区, 广东省, 甘南州) starts a name unless a place,
    an institution or a university is written before it (上海市杨浦区, 吉大一院二道区医联体):
    合作运营襄城区人民医院 is 襄城区人民医院, 医疗队援助甘南州人民医院 is 甘南州人民医院."""
    lex, gaz = res.lexicon, res.gazetteer
    ends = words_by_end(tokens)
    hospital = lex.type_suffix_re[EntityType.HOSPITAL]
    here = lex.suffix_re.match(text, at)
    for a, b in sorted(places):
        place = text[a:b]
        with_level = _with_level(place, res)
        if not start < a < at or not (with_level or place.endswith(lex.division_suffixes)) or a not in ends:
            continue
        if text.startswith(lex.branches, b):
            continue  # 中国联通西藏自治区分公司: a branch's place goes with its parent's name
        before = ends[a][0]
        # 宁波市第一医院黔西南州人民医院: a hospital's whole name before a place written with its level
        # (a county's or a city's, not a town's) ends there; a place's short name carries a hospital on
        # (江苏省人民医院宿迁医院)
        glued = bool(hospital.search(before) and here and lex.suffix_type[here.group()] == EntityType.HOSPITAL) and \
            any(gaz.divisions[c].level != TOWN for c in gaz.lookup(place))
        if not glued and (not with_level or _is_place_word(before, res) or before in res.known
                          or before in lex.name_words  # 武警北京市总队医院: a force's name before its unit's place
                          or lex.suffix_end_re.search(before) or before.endswith(lex.place_blockers)
                          or _affiliated(before, ends.get(ends[a][1]), res)):
            continue
        start = a
    return start


def _affiliated(word: str, previous: tuple[str, int] | None, res: Resources) -> bool:
    """True when ``word`` says whose a hospital is (``name_parts.tsv`` affiliation: 附属) right after a
    university (滨江医科大学附属农安县人民医院: the university's hospital in 农安县, one name)."""
    return word in res.lexicon.affiliations and previous is not None \
        and previous[0].endswith(res.lexicon.place_blockers)


def _with_level(place: str, res: Resources) -> bool:
    """True when a place is written with its level: its official name (襄城区) or a short name and a
    level character (甘南州), not a short name alone (长春) or one that ends like a level (广州).

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> _with_level("襄城区", res), _with_level("甘南州", res), _with_level("广州", res), _with_level("长春", res)
    (True, True, False, False)
    """
    gaz = res.gazetteer
    if place in gaz.by_name:
        return True
    level = next((lv for lv in res.lexicon.level_of if place.endswith(lv)), None)
    return level is not None and place[: -len(level)] in gaz.by_short


def words_by_end(tokens) -> dict[int, tuple[str, int]]:
    """Each token ``(word, start)`` by where it ends (kept by :class:`~kg.tokens.LazyTokens`).

    >>> words_by_end((("长春", 0, 2), ("市", 2, 3)))
    {2: ('长春', 0), 3: ('市', 2)}
    """
    return tokens.by_end() if isinstance(tokens, LazyTokens) else {b: (w, a) for w, a, b in tokens}


def _is_place_word(word: str, res: Resources) -> bool:
    gaz = res.gazetteer
    return word in gaz.by_name or word in gaz.by_short or res.words.tag(word) == PLACE_TAG


def _left_extent(text: str, at: int, tokens, res: Resources, limit: int, verb_after_place: bool = True,
                 kind_words: frozenset[str] = frozenset()) -> int:
    lex = res.lexicon
    start = at
    previous = words_by_end(tokens)
    for word, a, b in reversed(tokens):
        if b > start:
            if a < start < b:  # a token straddles the boundary: take it whole if name-like
                if not _name_like(word, res):
                    return start
                after = _after_stop_char(word, a, res, leading_words=True)
                if after is not None and after <= start:
                    return after  # 将医联体 (将医/联体): the name starts after the adverb
                start = a
            continue
        if b != start or (at - a > limit and word not in res.known):
            break  # (a known name goes in whole: 华中科技大学同济医学院附属同济医院 of …同济医院襄阳医院)
        unit = next((w for w in lex.name_words if len(w) > len(word) and text.endswith(w, 0, start)), None)
        if unit and at - (start - len(unit)) <= limit:
            start -= len(unit)  # 联勤保障部队: a name word of several tokens, a verb among them
            continue
        if word in lex.batches and (before := previous.get(a)) is not None and lex.ordinal_re.match(before[0]):
            start = a  # 第九批援藏医疗队: a batch after its ordinal is part of the name, no count
            continue
        if _counted(text, word, a, b, res):
            break  # 等6处卫生所, 全港7间医院: a count's classifier ends the name (the places before the count share it)
        if word in kind_words:
            start = a  # 肺癌防治联盟: a verb this kind's names use (left_extent)
            continue
        if lex.title_re.search(word):  # 院长宁光作…: a title and the person after it are no part of a name
            person = next(((w, b2) for w, a2, b2 in tokens if a2 == start), None)
            if person and person[1] <= at and len(person[0]) <= MAX_PERSON_NAME \
                    and res.words.tag(person[0]) in PERSON_TAGS:
                return person[1]
            return start
        if not _name_like(word, res):
            bracket = _bracketed_place(text, start, at, res)
            if bracket is not None and bracket in previous and _name_like(previous[bracket][0], res):
                start = bracket  # and the name goes on over the words before the bracket
                continue
            before = previous.get(a)
            ordinal = _ordinal_start(text, a, word, previous, res)
            if ordinal is not None:
                start = ordinal  # 第九, 八 and 〇: one ordinal (第九八〇医院)
                continue
            code = _code_start(a, word, previous)
            if code is not None and start == at:
                start = code  # 二一五医院, 三〇一医院: a hospital named by its code number
                continue
            short = res.compiled(numbered_short_end).match(text, a)
            if short and short.end() <= at and before and _short_form_head(before[0], res):
                start = before[1]  # 包医一附院医疗集团: a hospital's short form (包医 一 附院) is one name
                continue
            if word in lex.stop_words or not HAN.match(word) or not before \
                    or not _ends_a_place(before, previous, res) or at - before[1] > limit \
                    or (not verb_after_place and res.words.tag(word) in VERB_TAGS):
                break
            start = before[1]  # 长春烧伤医院, 台北市联合医院, 新北市立联合医院: a verb-like word right after
            continue  # a place name (or the city that runs the hospital) is part of the name
        if word in lex.level_of:
            before = previous.get(a)
            if not before or not _is_place_word(before[0], res):
                return a  # 结果县医院: a bare 县 starts a relative name unless a place precedes it
        after = _after_stop_char(word, a, res)
        if after is not None:
            return after  # 到市, 得往 (HMM words with a verb in them): the name starts after it
        start = a
    return start


def _short_form_head(word: str, res: Resources) -> bool:
    """True when ``word``, written before the numeral of a hospital's short form (包医 of 包医一附院, 交大
    of 西交大一附院), may be the abbreviated university or city it opens with: any word of a name, or
    a Han word jieba reads otherwise (包医: a verb to jieba) that is no stop or function word.

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> _short_form_head("包医", res), _short_form_head("交大", res), _short_form_head("的", res)
    (True, True, False)
    """
    if _name_like(word, res):
        return True
    return bool(HAN.match(word)) and word not in res.lexicon.stop_words and res.words.tag(word) not in SPEECH_TAGS


def _after_same_kind(text: str, start: int, at: int, kind: str) -> int:
    """Where a name of a kind no branch is named after (``name_parts.tsv`` unbranched_kind) starts when
    the same kind is written inside it: after that kind, which ends a name of its own (the cells of a
    directory glued: 六里屯社区卫生服务中心八里庄社区卫生服务中心 are two centres), else ``start``.

    >>> _after_same_kind("六里屯社区卫生服务中心八里庄社区卫生服务中心", 0, 14, "社区卫生服务中心")
    11
    """
    inner = text.rfind(kind, start, at)
    return start if inner < 0 else inner + len(kind)


def _counted(text: str, word: str, a: int, b: int, res: Resources) -> bool:
    """True when ``word`` (at ``a``..``b``) is a classifier written right after a number (6处, 7间):
    the unit of a count, which no name holds, though jieba may tag it a noun (处 of 医政处).

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> _counted("等6处卫生所", "处", 2, 3, res), _counted("医政处卫生所", "处", 2, 3, res)
    (True, False)
    """
    if word not in res.lexicon.classifiers:
        return False
    m = res.lexicon.count_before_re.search(text, 0, b)
    return m is not None and m.start() < a


def _after_stop_char(word: str, a: int, res: Resources, leading_words: bool = False) -> int | None:
    """Where a name starts inside a word jieba does not know (no dictionary tag) that holds a stop
    character, or (``leading_words``) opens with a stop word (到市, 将医: a verb or an adverb glued
    to a name's first character), else None.

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> _after_stop_char("到市", 10, res), _after_stop_char("将医", 10, res, True), _after_stop_char("长春", 10, res)
    (11, 11, None)
    """
    lex = res.lexicon
    if res.words.tag(word) is not None or len(word) < MIN_HMM_WORD:
        return None
    cuts = [i + 1 for i, ch in enumerate(word) if ch in lex.stop_chars]
    if leading_words:
        cuts += [i for i in range(1, len(word)) if word[:i] in lex.stop_words]
    return a + max(cuts) if cuts else None


def _bracketed_place(text: str, start: int, at: int, res: Resources) -> int | None:
    """Where the bracket that ends at ``start`` opens, when it holds a place inside a company's name
    (华康投资(长沙)有限公司) or inside an institution's, before its kind (国文(长春)医院); None otherwise.

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> text = "华康投资(长沙)有限公司"
    >>> _bracketed_place(text, 8, 10, res), _bracketed_place("康华医院(长沙)有限公司", 8, 10, res) is not None
    (4, True)
    >>> _bracketed_place("会议(纪要)有限公司", 6, 8, res)
    >>> _bracketed_place("国文(长春)医院", 6, 6, res)
    2
    """
    m = BRACKETED_PLACE.search(text, 0, start)
    if m is None or not (text.startswith(COMPANY, at) or res.lexicon.suffix_re.match(text, at)):
        return None
    place = m.group(1)
    lead = leading_place(place, res)
    return m.start() if place == COUNTRY or (lead is not None and lead.end == len(place)) else None


def _ends_a_place(word: tuple[str, int], previous: dict[int, tuple[str, int]], res: Resources) -> bool:
    """True when the token ``word`` (and where it starts) is a place name, or a place and the
    mark of the city that runs a hospital (新北市立, 台北市立: ``places.tsv`` run_by)."""
    if res.words.tag(word[0]) == PLACE_TAG:
        return True
    mark = next((m for m in res.lexicon.run_by if word[0].endswith(m)), None)
    if mark is None:
        return False
    before = previous.get(word[1])
    return _is_place_word(word[0][: -len(mark)], res) or (before is not None and _is_place_word(before[0], res))


def _code_start(a: int, word: str, previous: dict[int, tuple[str, int]]) -> int | None:
    """Where the code number that the numeral ``word`` (at ``a``) ends starts, when it and the
    numeral tokens right before it are :data:`MIN_CODE_DIGITS` digits or more written one by one
    (二一五, 三〇一: a factory's or an army's hospital), else None.

    >>> _code_start(2, "五", {2: ("二一", 0)}), _code_start(0, "三", {})
    (0, None)
    """
    if not word or not set(word) <= CODE_DIGITS:
        return None
    start = a
    while (before := previous.get(start)) is not None and before[0] and set(before[0]) <= CODE_DIGITS:
        start = before[1]
    return start if a + len(word) - start >= MIN_CODE_DIGITS else None


def is_code_number(prefix: str) -> bool:
    """True when a name's prefix is a code number alone (二一五 of 二一五医院: :func:`_code_start`).

    >>> is_code_number("二一五"), is_code_number("二三"), is_code_number("三十")
    (True, False, False)
    """
    return len(prefix) >= MIN_CODE_DIGITS and set(prefix) <= CODE_DIGITS


def _ordinal_start(text: str, a: int, word: str, previous: dict[int, tuple[str, int]], res: Resources) -> int | None:
    """Where the ordinal that the numeral ``word`` (at ``a``) ends starts, when tokens of numerals
    before it begin with an ordinal mark (第九 八 〇), else None."""
    lex = res.lexicon
    if not all(ch in lex.numerals or ch.isdigit() for ch in word):
        return None
    at = a
    while (before := previous.get(at)) is not None and a - before[1] <= MAX_ORDINAL:
        if lex.ordinal_re.match(text[before[1]:a + len(word)]):
            return before[1]
        if not all(ch in lex.numerals or ch.isdigit() for ch in before[0]):
            return None
        at = before[1]
    return None


def qualifier(level_char: str, ctx: Context, res: Resources, for_party: bool = False) -> tuple[str, str] | None:
    """The name and code of the home place a relative 省/市/区/县 (自治区, 州) refers to; a level
    word of its own kind refers only to a home place of that kind (州 to 延边朝鲜族自治州); a
    page of a municipality has no city of its own, and its 市 is the municipality (市卫健委 of 重庆市)."""
    gaz = res.gazetteer
    code = ctx.at(res.lexicon.level_of[level_char])
    if code is None and res.lexicon.level_of[level_char] == CITY_LEVEL and ctx.province \
            and gaz.divisions[ctx.province].name.endswith(level_char):
        code = ctx.province
    if code is None and ctx.city and gaz.divisions[ctx.city].name.endswith(level_char):
        code = ctx.city  # 县府 of a page of 台东县: a county of Taiwan ranks as a city
    if code is None:
        return None
    name = gaz.divisions[code].name
    if level_char in res.lexicon.own_kind_levels and not name.endswith(level_char):
        return None
    if for_party and res.lexicon.level_of[level_char] == "district" and ctx.city \
            and ctx.city in gaz.ancestors(code):
        name = gaz.divisions[ctx.city].name + name
    return name, code


def canonical(surface: str, typ: str, ctx: Context, res: Resources) -> tuple[str, str | None, bool] | None:
    """Canonical name, place code and relativity of an institution name as written.

    Returns None when a relative name cannot be qualified (no home place known).
    """
    lex = res.lexicon
    name = strip_quotes(surface)  # 湖南省医疗人才“组团式”援疆工作队: a quoted word inside a name
    expanded: list[str] = []
    for key in sorted({k for _, k in res.known_automaton.iter(name)}, key=len, reverse=True):
        ent = res.known[key]
        if key == ent.name and key in name:
            expanded.append(key)  # 中共中央组织部 holds 中共中央: a shorter form inside a whole name is that name's
        elif key != ent.name and key in name and ent.name not in name and not any(key in full for full in expanded):
            # (协和医院 inside 武汉协和医院's full name is not expanded again; 同济医学院附属同济医院, a part
            # of the full name, is the full name)
            name = ent.name if name in ent.name else name.replace(key, ent.name)
            expanded.append(ent.name)
            name = _without_own_place(name, ent, res)
    short = next((s for s in lex.expansions if name.endswith(s) and not name.endswith(lex.expansions[s])), None)
    if short:
        name = name[: -len(short)] + lex.expansions[short]
    if typ == EntityType.HOSPITAL:
        name = _without_higher_places(name, res)
    relative = False
    place = None
    level = _relative_level(name, res)  # (区域医学检验专科联盟 opens with a word, not with 区)
    if level and _opens_with_home_place(name, level.end(), ctx, res):
        level = None  # 旗山医院 on a 高雄 page: 旗山区's hospital, not the banner's 山医院
    if level and len(name) >= len(level.group()) + MIN_RELATIVE_NAME - 1:
        q = qualifier(level.group(), ctx, res)
        if q is None:
            return None
        name, place, relative = q[0] + name[level.end():], q[1], True
    elif typ == EntityType.HOSPITAL and name in lex.bare_home:
        home = ctx.district or ctx.city
        if home is None:
            return None
        name, place, relative = res.gazetteer.divisions[home].name + name, home, True
    if place is None:
        lead = leading_place(name, res)
        if lead is not None:
            place = choose_code(lead.codes, ctx.chain(), res, lead.official)
            name = _with_official_place(name, lead, place, res)
    known = res.known.get(name) or next((e for e in res.compiled(local_known).get(name, ())
                                         if e.named_locally(name, ctx.province)), None)
    if known:
        name = known.name
        place = known.place or place
    return name, place, relative


def _opens_with_home_place(name: str, level_end: int, ctx: Context, res: Resources) -> bool:
    """True when a name that opens with a level's character (旗, 市, 区) opens with a place of the
    page's province longer than it, and what follows the character is no kind of hospital alone:
    旗山医院 on a 高雄 page is 旗山区's hospital, while 市中医院 stays the city's.

    >>> from kg.resources import load_resources
    >>> res, ctx = load_resources(), Context("710000", "710600", None)
    >>> _opens_with_home_place("旗山医院", 1, ctx, res), _opens_with_home_place("市中医院", 1, ctx, res)
    (True, False)
    >>> _opens_with_home_place("旗山医院", 1, Context("150000", None, None), res)
    False
    """
    if ctx.province is None or res.lexicon.suffix_re.fullmatch(name, level_end):
        return False
    lead = leading_place(name, res)
    return lead is not None and lead.end > level_end \
        and any(c == ctx.province or ctx.province in res.gazetteer.ancestors(c) for c in lead.codes)


def _with_official_place(name: str, lead, place: str | None, res: Resources) -> str:
    """A government body named by its place's short form and its official kind (江西卫生健康委员会,
    长春卫健委 once expanded) is named by the place's official name (江西省卫生健康委员会): a body
    has one name however the page writes its place. A name with more between the place and the
    kind (江西中医药大学) is a name of its own and stays.

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> lead = leading_place("江西卫生健康委员会", res)
    >>> _with_official_place("江西卫生健康委员会", lead, "360000", res)
    '江西省卫生健康委员会'
    """
    if lead.official or place is None or name[lead.end:] not in res.lexicon.body_kinds:
        return name
    return res.gazetteer.divisions[place].name + name[lead.end:]


def _without_own_place(name: str, known, res: Resources) -> str:
    """A known institution's full name written after the place it is in (武汉 of 武汉同济医院, expanded
    to 武汉华中科技大学同济医学院附属同济医院) is its full name: the place says nothing more. Another
    place stays (长春同济医院 would be another hospital).

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> known = res.known["同济医院"]
    >>> _without_own_place("武汉" + known.name, known, res) == known.name, _without_own_place("长春" + known.name, known, res) == known.name
    (True, False)
    """
    prefix = name[: len(name) - len(known.name)]
    if not prefix or not name.endswith(known.name) or not known.place:
        return name
    lead = leading_place(prefix, res)
    own = {known.place, *res.gazetteer.ancestors(known.place)}
    return known.name if lead is not None and lead.end == len(prefix) and own & set(lead.codes) else name


def _without_higher_places(name: str, res: Resources) -> str:
    """A hospital's name without the places written before the one it is named after: 湖南省郴州市
    第一人民医院 is 郴州市第一人民医院, 贵州省六盘水市水城县人民医院 is 水城县人民医院 (one hospital, one name
    however the page places it). A municipality stays (上海市杨浦区市东医院), and so does a place the
    next one is not written with its level in (大连西岗…社区卫生服务中心).

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> _without_higher_places("湖南省郴州市第一人民医院", res), _without_higher_places("上海市杨浦区市东医院", res)
    ('郴州市第一人民医院', '上海市杨浦区市东医院')
    """
    gaz = res.gazetteer
    while (lead := leading_place(name, res)) is not None and lead.end < len(name):
        after = leading_place(name[lead.end:], res)
        if after is None or not _with_level(after.surface, res) or after.end == len(name) - lead.end:
            break
        if any(gaz.divisions[c].level == PROVINCE_LEVEL and gaz.divisions[c].name.endswith(MUNICIPALITY)
               for c in lead.codes):
            break  # 上海市杨浦区: a municipality's districts are named with it
        if not any(c in gaz.ancestors(a) for a in after.codes for c in lead.codes):
            break
        name = name[lead.end:]
    return name


def find_names(text: str, ctx: Context, res: Resources, tokens: Sequence[Token] | None = None,
               places: tuple[tuple[int, int], ...] | None = None, affiliations: bool = False) -> list[Name]:
    """Hospitals, organisations and alliances named in one sentence (``tokens`` and the spans
    of its ``places`` are computed when the caller has not done so already; ``tokens`` may be
    :class:`~kg.tokens.LazyTokens`, read only when a suffix or a known name is found); with
    ``affiliations``, also those named only as where a person works or comes from (``Name.affiliation``)."""
    lex = res.lexicon
    tokens = tokens if tokens is not None else LazyTokens(text, res.tokens)
    if places is None:
        places = tuple((p.start, p.end) for p in find_places(text, res, tokens))
    spans: list[tuple[int, int, str]] = []  # (start, end, type)
    alliance_ends: set[int] = set()
    kinds: list[tuple[int, int]] = []  # every kind written, kept or not: a template inside one names nothing
    for m in lex.suffix_re.finditer(text):
        kinds.append(m.span())
        if m.start() in alliance_ends and m.group() in lex.alliance_kinds:
            continue  # 肿瘤专科联盟医联体: the alliance's kind written after its name names no other alliance
        if lex.not_after_re.match(text[m.end():m.end() + NOT_AFTER_WINDOW]):
            continue  # 榆树中医院店, 医院路: a shop or street named after a hospital
        if text.endswith(m.group(), 0, m.start()):
            continue  # 医院医院: a suffix written twice is noise; the name ends at the first one
        if _inside_word(text, m, lex.not_inside):
            continue  # 互联网医院: 联网 inside 互联网 is no alliance
        if _ends_inside_word(text, m.end(), tokens, res):
            continue  # 都市圈内 (都市/圈内): the suffix ends inside a dictionary word (not a title: 医院院长)
        alliance = lex.suffix_type[m.group()] == EntityType.ALLIANCE
        start = left_extent(text, m.start(), tokens, res, places=places, verb_after_place=not alliance,
                            kind_words=lex.alliance_words if alliance else
                            lex.group_words if m.group() in lex.group_kinds else frozenset())
        start = _after_conjunction(text, start, m.start(), places, res)
        if start == m.start() and (m.group() in lex.town_before or _after_home_town(text, m, places, ctx, res)):
            start = _town_start(text, start, tokens, places, res)
        if m.group() in lex.team_kinds:
            start = _team_start(text, start, m.start(), tokens, res, places)
        if alliance:
            start = min(start, _quoted_start(text, m.start(), m.end(), tokens, res), _quoted_brand_start(text, start, res))
            alliance_ends.add(m.end())
        if m.group() in lex.campuses:
            start = min(start, _campus_start(text, m.start(), tokens, res, places))
        if m.group() in lex.unbranched_kinds:
            start = _after_same_kind(text, start, m.start(), m.group())
        spans.append((start, m.end(), lex.suffix_type[m.group()]))
    for a, b, key in _known_spans(text, res):
        if not _ends_inside_word(text, b, tokens, res):  # 卫生部门 holds no 卫生部
            spans.append((a, b, res.known[key].type))
    out: list[Name] = []
    # a span that ends where another starts carries on a name (北京安贞医院吉林医院)
    for start, end, typ in merge_overlapping(_member_names(text, _joint_names(text, spans, res), tokens, res)):
        out.extend(_expand(text, start, end, EntityType(_longest_suffix_type(text, start, end, typ, res)), ctx, res,
                           tokens))
    out = [u for n in out for u in _status_university(n, text, tokens, ctx, res)]
    for m in lex.gov_re.finditer(text):
        if any(n.start <= m.start() < n.end for n in out):
            continue
        if _inside_kind(m.span(), kinds):
            continue  # 特区政府 (a kind of its own, suffixes.tsv) is no 区政府 of the page's district
        if lex.policy_cue_re.search(text, 0, m.start()):
            continue  # 贯彻落实省委部署: the body whose decisions are carried out does not act in the sentence
        form = m.group(3)
        placed = _placed_government(text, m, places, ctx, res)
        if placed is not None:  # 杨浦区政府: the place written before it, not the home place
            start, q = placed
            out.append(Name(EntityType.ORGANIZATION, start, m.end(), text[start:m.end()],
                            _government_name(lex.gov_forms[form].format(q=q[0]), q[1]), q[1], False,
                            "institutions:government-placed"))
            continue
        q = qualifier(m.group(2), ctx, res, for_party=form in lex.party_forms)
        if q is None:
            continue
        out.append(Name(EntityType.ORGANIZATION, m.start(), m.end(), m.group(), _government_name(lex.gov_forms[form].format(q=q[0]), q[1]),
                        q[1], True, "institutions:government"))
    for m in lex.party_committee_re.finditer(text):
        committee = _party_committee(m, ctx, res)
        if committee is not None and not any(n.start <= m.start() < n.end and n.end > m.end(1) for n in out):
            out = [n for n in out if not m.start() <= n.start < m.end()]  # (农工党: the party, inside its committee)
            out.append(Name(EntityType.ORGANIZATION, m.start(), m.end(), m.group(), committee[0], committee[1], False,
                            "institutions:party-committee"))
    out = [_pair_partner(n, out, text, ctx, res) if n.type == EntityType.ALLIANCE else n for n in out]
    out = [_with_campus(n, text, res) if n.type == EntityType.HOSPITAL else n for n in out]
    out = [d for n in out for d in _with_department(n, text, res)]
    # 省卫计委医政医管局: a department's name holds no body of its own (医管局)
    departments = [(n.start, n.end) for n in out if n.rule == "institutions:department"]
    out = [n for n in out if not any(a < n.start and n.end <= b for a, b in departments)]
    # 医学会皮肤性病学分会主委, 卫健委党组书记: a body named only inside a person's job title is no actor
    out = [n for n in out if n.type != EntityType.ORGANIZATION or not _title_after(text, n.end, res)]
    # 甲医院院长王强, 甲医院医生、支医队员王强: a hospital named only as where a person works is no actor
    out = [replace(n, affiliation=True) if n.type == EntityType.HOSPITAL and _staff_of(text, n.end, tokens, out, res)
           else n for n in out]
    # 市卫计委、市二院相关负责人参加: a body or hospital named only in a list of those attending is no actor
    out = [replace(n, affiliation=True) if n.type in ATTENDING_TYPES and _in_attendance_list(text, n.end, out, places, res)
           else n for n in out]
    # 大连医科大学附属一院, 中南大学湘雅二院: a university written before more of a name is its parent
    # (but the university of a hospital's status, 是滨江大学附属医院, is named: :func:`_status_university`)
    out = [n for n in out if not (n.type == EntityType.ORGANIZATION and n.surface.endswith(lex.place_blockers)
                                  and n.rule != STATUS_RULE and _continues_name(n.end, tokens, res))]
    # 澳门卫生局仁伯爵综合医院: a body written right before a hospital's name runs it, and is no actor
    hospital_starts = {n.start for n in out if n.type == EntityType.HOSPITAL}
    out = [n for n in out if n.type != EntityType.ORGANIZATION or n.end not in hospital_starts]
    out.sort(key=lambda n: (n.start, n.end))
    return out if affiliations else [n for n in out if not n.affiliation]


def _joint_names(text: str, spans: list[tuple[int, int, str]], res: Resources) -> list[tuple[int, int, str]]:
    """A hospital joined by 暨 to an institute written right after it (``name_parts.tsv`` joint_kind:
    研究院, 研究所) is one hospital under a joint name: 宁夏回族自治区中医医院暨中医研究院, one span of the
    hospital's type.

    >>> from kg.resources import load_resources
    >>> _joint_names("甲医院暨甲研究院", [(0, 3, "Hospital"), (4, 8, "Organization")], load_resources()) == [(0, 8, "Hospital")]
    True
    """
    out = list(spans)
    for a, b, typ in spans:
        if typ != EntityType.HOSPITAL or text[b:b + 1] != JOINT_JOINER:
            continue
        joint = next((s for s in spans if s[0] == b + 1 and text.endswith(res.lexicon.joint_kinds, s[0], s[1])), None)
        if joint is not None and joint in out and (a, b, typ) in out:
            out.remove(joint)
            out.remove((a, b, typ))
            out.append((a, joint[1], EntityType.HOSPITAL))
    return out


def _member_names(text: str, spans: list[tuple[int, int, str]], tokens: Sequence[Token], res: Resources
                  ) -> list[tuple[int, int, str]]:
    """A hospital named right after another hospital's name, by a place that lies inside a place
    of that name, is a member named relative to its parent: one hospital's span, the parent's
    name first (赣州市人民医院赣县中医院, a member in 赣县区 of 赣州市's hospital's group). A place
    of the same level or elsewhere starts a name of its own (恩平市人民医院恩平市中医院: a list
    written without commas).

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> a, b = "赣州市人民医院赣县中医院", "恩平市人民医院恩平市中医院"
    >>> _member_names(a, [(0, 7, "Hospital"), (7, 12, "Hospital")], res.tokens(a), res) == [(0, 12, "Hospital")]
    True
    >>> _member_names(b, [(0, 7, "Hospital"), (7, 13, "Hospital")], res.tokens(b), res)
    [(0, 7, 'Hospital'), (7, 13, 'Hospital')]
    """
    starts = {s[0]: s for s in spans if s[2] == EntityType.HOSPITAL}
    pairs = [(s, starts[s[1]]) for s in spans if s[2] == EntityType.HOSPITAL and s[1] in starts]
    if not pairs:
        return spans
    places = find_places(text, res, tokens)
    gaz = res.gazetteer
    out = list(spans)
    for parent, member in pairs:
        inner = next((p for p in places if p.start == member[0]), None)
        if inner is None or parent not in out or member not in out:
            continue
        outer = {c for p in places if parent[0] <= p.start and p.end <= parent[1] for c in p.codes}
        if any(not outer.isdisjoint(gaz.ancestors(c)) for c in inner.codes):
            out.remove(parent)
            out.remove(member)
            out.append((parent[0], member[1], EntityType.HOSPITAL))
    return out


def _longest_suffix_type(text: str, start: int, end: int, typ: str, res: Resources) -> str:
    """The type of the longest suffix a name ends with (医院集团, an alliance, not the company's
    集团 after 人民医院: 滨江市人民医院集团), else ``typ`` (a name of the alias table).

    >>> from kg.resources import load_resources
    >>> _longest_suffix_type("滨江市人民医院集团", 0, 9, "Organization", load_resources())
    'Alliance'
    """
    m = res.lexicon.suffix_end_re.search(text, start, end)
    if m and typ == EntityType.HOSPITAL and JOINT_JOINER in text[start:end] and m.group().endswith(res.lexicon.joint_kinds):
        return typ  # 甲医院暨甲研究院: a hospital's joint name (_joint_names)
    return res.lexicon.suffix_type[m.group()] if m else typ


#: what joins the two hospitals of an alliance named after them (甲医院与乙医院医联体)
PAIR_JOINERS = ("与", "和")

#: how a hospital's own page names it as one partner of a pair (我院与乙医院医联体)
OWN_PARTNERS = ("我院", "本院")

#: the brackets a hospital's other name closes with before the joiner (甲医院(乙医院)与丙医院专科联盟)
CLOSE_BRACKETS = ")）"


def _pair_partner(n: Name, names: list[Name], text: str, ctx: Context, res: Resources) -> Name:
    """An alliance kind written after a hospital that is joined to another by 与 (甲医院与乙医院紧密型医联体)
    is the two hospitals' alliance, which has no name: the name is the second hospital's (乙医院).
    The first partner may be the page's own hospital (我院与乙医院医联体) or a hospital whose other name
    is bracketed after it (甲医院(乙医院)与丙医院专科联盟). An alliance of its own name stays
    (甲医院与乙市心血管专科联盟)."""
    own = next((o + j for o in OWN_PARTNERS for j in PAIR_JOINERS if n.surface.startswith(o + j)), None)
    if own:  # 我院与乙医院专科联盟 read as one span (a headline opening with it): the alliance starts after 与
        rest = _make(n.surface[len(own):], n.type, n.start + len(own), n.end, ctx, res, n.rule)
        if not rest:
            return n
        n = rest[0]
    joiner = n.start - 1
    if not text.endswith(PAIR_JOINERS, 0, n.start):
        return n
    partner_end = joiner - 1 if text[joiner - 1:joiner] in CLOSE_BRACKETS else joiner
    if not text.endswith(OWN_PARTNERS, 0, joiner) and \
            not any(m.type == EntityType.HOSPITAL and m.end == partner_end for m in names):
        return n
    lex = res.lexicon
    prefix = n.surface[: len(n.surface) - len(_suffix_of(n.surface, n.type, res))]
    ends = [m.end() for m in lex.suffix_re.finditer(prefix) if lex.suffix_type[m.group()] == EntityType.HOSPITAL]
    if not ends or (ends[-1] < len(prefix) and not _generic(prefix[ends[-1]:], res)):
        return n
    hospital = _make(prefix[: ends[-1]], EntityType.HOSPITAL, n.start, n.start + ends[-1], ctx, res, n.rule)
    return hospital[0] if hospital else n


#: how a party's committee of a place ends its full name (中国农工民主党广东省委员会)
COMMITTEE = "委员会"
#: the most characters between a university and 附属医院 in a hospital's status (江汉大学唯一直属型附属医院)
MAX_STATUS_QUALIFIER = 6
#: what opens a numbered hospital's ordinal (第一附属医院: a hospital of its own)
ORDINAL_MARK = "第"
#: the rule of a university named by a hospital's status (:func:`_status_university`)
STATUS_RULE = "institutions:affiliated-status"
#: jieba tags of a word that may follow a hospital's status: what goes on after it is no action of a
#: hospital of that name (是滨江大学附属医院, 成为滨江大学附属医院为契机, 不是 …附属医院主动适应)
AFTER_STATUS_TAGS = frozenset({"p", "c", "uj"})


def _after_conjunction(text: str, start: int, end: int, places, res: Resources) -> int:
    """Where a name starts that ``start`` puts before a conjunction read as no place (和 of
    防治中心和县人民医院: :func:`~kg.extract.places.find_places` takes no 和县 there): after it.

    >>> from kg.resources import load_resources
    >>> _after_conjunction("中心和县人民医院", 0, 6, (), load_resources())
    3
    """
    gaz = res.gazetteer
    for i in range(end - 1, start - 1, -1):
        if res.words.tag(text[i]) == CONJUNCTION_TAG and text[i:i + SHORT_OFFICIAL_NAME] in gaz.by_name \
                and not any(a <= i < b for a, b in places):
            return i + 1
    return start


def _status_university(n: Name, text: str, tokens, ctx: Context, res: Resources) -> list[Name]:
    """A university's affiliated hospital written after a copula (``name_parts.tsv`` status_copula:
    甲医院是滨江大学附属医院, 成为滨江大学附属医院) with no name of its own (no ordinal, not known)
    is what the subject hospital is: it names the university, not another hospital. Otherwise ``[n]``
    (滨江大学第一附属医院 is a numbered hospital of its own).

    >>> from kg.resources import load_resources
    >>> from kg.extract.context import Context
    >>> res, ctx = load_resources(), Context(None, None, None)
    >>> text = "第六医院是滨江大学附属医院，"
    >>> n = Name(EntityType.HOSPITAL, 5, 13, "滨江大学附属医院", "滨江大学附属医院")
    >>> [u.name for u in _status_university(n, text, res.tokens(text), ctx, res)]
    ['滨江大学']
    >>> text = "此次合作是滨江大学附属医院主动适应新医改"
    >>> [u.name for u in _status_university(replace(n, start=5, end=13), text, res.tokens(text), ctx, res)]
    ['滨江大学附属医院']
    """
    lex = res.lexicon
    if n.type != EntityType.HOSPITAL or n.surface in res.known or not text.endswith(lex.status_copulas, 0, n.start):
        return [n]
    tails = tuple(a + HOSPITAL_WORD for a in lex.affiliations)
    tail = next((t for t in tails if n.surface.endswith(t)), None)
    ends = [n.surface.find(b) + len(b) for b in lex.place_blockers if b in n.surface]
    if tail is None or not ends:
        return [n]
    university = n.surface[:min(ends)]
    qualifier = n.surface[len(university):-len(tail)]
    if len(qualifier) > MAX_STATUS_QUALIFIER or ORDINAL_MARK in qualifier or qualifier[-1:] in lex.numerals \
            or qualifier[-1:].isdigit():
        return [n]
    after = next((w for w, a, _ in tokens if a == n.end), None)
    if after is not None and HAN.match(after) and res.words.tag(after) not in AFTER_STATUS_TAGS:
        return [n]
    return _make(university, EntityType.ORGANIZATION, n.start, n.start + len(university), ctx, res, STATUS_RULE) or [n]


#: what joins the items of a list of those attending (市卫健委、县人民医院和市医保局)
ATTENDANCE_JOINERS = (LIST_COMMA, "和", "及", "以及", "与")


def _in_attendance_list(text: str, end: int, names: list[Name], places: tuple[tuple[int, int], ...],
                        res: Resources) -> bool:
    """True when the list a name ending at ``end`` opens or continues (other names and places, joined by
    、/和/及) closes with those attending (``name_parts.tsv`` attendance_tail: 相关负责人, 主要领导,
    各相关单位): the body is named only as where attendees come from; not when they speak for it
    (``name_parts.tsv`` spokesperson_verb: 有关负责人表示).

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> _in_attendance_list("市卫健委相关负责人参加", 4, [], (), res), _in_attendance_list("市卫健委召开会议", 4, [], (), res)
    (True, False)
    >>> _in_attendance_list("市卫健委有关负责人表示", 4, [], (), res)
    False
    """
    ends: dict[int, int] = {}
    for a, b in (*((n.start, n.end) for n in names), *places):
        ends[a] = max(b, ends.get(a, b))  # (长春市人民医院 over its place 长春市)
    at = end
    while True:
        joiner = next((j for j in ATTENDANCE_JOINERS if text.startswith(j, at)), "")
        nxt = ends.get(at + len(joiner))
        if nxt is None or nxt <= at:
            break
        at = nxt
    tail = res.lexicon.attendance_tail_re.match(text, at)
    # (省卫健委有关负责人介绍: the body's spokesperson, and the body acts)
    return tail is not None and not res.lexicon.spokesperson_re.match(text, tail.end())


def _title_after(text: str, end: int, res: Resources) -> bool:
    """True when a person's title starts at ``end``, after a department of the body
    (医政医管处处长, 科教科科长) or after a person's name (卫生计生局李晓娟局长): the body is named only
    in a job title.

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> _title_after("卫健委医政医管处处长王明", 3, res), _title_after("卫健委主任王明", 3, res), _title_after("卫健委召开会议", 3, res)
    (True, True, False)
    >>> _title_after("卫计局李晓娟局长出席", 3, res), _title_after("卫计局王明局长出席", 3, res)
    (True, True)
    """
    lex = res.lexicon
    department = DEPARTMENT.match(text, end)
    person = next((end + k for k in range(MIN_PERSON_NAME, MAX_PERSON_NAME + 1)
                   if _person_or_grade(text[end:end + k], res) and lex.title_re.match(text, end + k)), None)
    return bool(lex.title_re.match(text, end) or department and lex.title_re.match(text, department.end())
                or person is not None)


#: how far after a staff title and a comma a second title of the same person may end (医生、青南支医队员)
SECOND_TITLE_WINDOW = 10
#: jieba tags of a character that opens no person's name (的, 于: a particle, a preposition, a conjunction)
NOT_PERSON_START_TAGS = frozenset({"uj", "ul", "uv", "ud", "ug", "uz", "u", "p", "c"})
#: what joins a person named after their hospital to others they act with (医生与护士一起)
JOINT_WORDS = ("与", "同", "和", "携手")
#: jieba tags of an adverb between a person and what they do (正式签订, 分别签署)
ADVERB_TAGS = frozenset({"d", "ad"})
#: what may be named only in a list of those attending (市卫健委、县人民医院相关负责人参加)
ATTENDING_TYPES = (EntityType.ORGANIZATION, EntityType.HOSPITAL)


def _staff_of(text: str, end: int, tokens, names: list[Name], res: Resources) -> bool:
    """True when a hospital ending at ``end`` is followed by a person who works there (:func:`_staff_end`)
    and who does nothing for it (:func:`_acts`): the hospital is named only as where that person works.

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> [_staff_of(t, 3, res.tokens(t), [], res) for t in ("甲医院医生、支医队员王菲在", "甲医院王辉院长等26人", "甲医院院长王辉表示", "甲医院医生团队")]
    [True, True, False, False]
    """
    starts = {a: w for w, a, _ in tokens}
    at = _staff_end(text, end, starts, res)
    return at is not None and not _acts(text, at, starts, names, res)


def _staff_end(text: str, end: int, starts: dict[int, str], res: Resources) -> int | None:
    """Where a person ends who is written after a hospital ending at ``end``, maybe after a department
    of it (妇产科), by a title of its staff (``name_parts.tsv`` staff_title and title) and their name
    (院长王强), their name and a title (王辉院长) or a title and a second one (医生、支医队员王强: before
    the second); None when no person follows.

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> [_staff_end(t, 3, {a: w for w, a, _ in res.tokens(t)}, res) for t in ("甲医院院长王辉表示", "甲医院王辉院长、", "甲医院召开会议")]
    [7, 7, None]
    """
    lex = res.lexicon
    department = DEPARTMENT.match(text, end)
    for at in (end, department.end()) if department else (end,):
        title = lex.staff_title_re.match(text, at)
        if title is None:  # 王辉院长 (jieba may join the name to the hospital's last character: 院王辉)
            word = starts.get(at)  # (a word of its own there is a name, not 担任 of 担任科主任)
            person = None if word is not None and res.words.tag(word) not in PERSON_TAGS else next(
                (k for k in range(MIN_PERSON_NAME, MAX_PERSON_NAME + 1) if _person(text[at:at + k], res)
                 and lex.staff_title_re.match(text, at + k)), None)
            if person is not None:
                return lex.staff_title_re.match(text, at + person).end()
            continue
        if text.startswith(LIST_COMMA, title.end()) and lex.staff_title_re.search(
                text, title.end(), title.end() + SECOND_TITLE_WINDOW):
            return title.end()  # 医生、青南支医队员王菲: the second title goes on with the person
        person = starts.get(title.end(), "")
        if len(person) == MAX_PERSON_NAME and res.words.tag(person[-1]) in VERB_TAGS:
            person = person[:-1]  # 院长宁光作汇报: jieba joins the verb after a two-character name to it
        if MIN_PERSON_NAME <= len(person) <= MAX_PERSON_NAME and _person(person, res):
            return title.end() + len(person)
    return None


def _person(word: str, res: Resources) -> bool:
    """True when ``word`` may be a person's name: Han characters jieba knows as a name or not at all
    (王强, 谢延玲; not 骨科, 两支, 的援疆: a particle opens no name)."""
    return HAN.fullmatch(word) is not None and res.words.tag(word) in PERSON_TAGS \
        and not set(word) & res.lexicon.stop_chars and res.words.tag(word[0]) not in NOT_PERSON_START_TAGS


def _acts(text: str, at: int, starts: dict[int, str], names: list[Name], res: Resources) -> bool:
    """True when a person whose hospital is named before them does something for it at ``at``, maybe
    after an adverb (院长王强表示, 院长王强正式签订, 院长王强率队): a verb that is no attending
    (``name_parts.tsv`` attendance_verb: 出席, 当选), or what a spokesperson says (spokesperson_verb)."""
    lex = res.lexicon
    if lex.spokesperson_re.match(text, at):
        return True
    word = starts.get(at, text[at:at + 1])  # (作 of 宁光作: no word of its own)
    if word in JOINT_WORDS:
        return True  # 杨睿远医生与护士一起深入村里: they act together
    if res.words.tag(word) in ADVERB_TAGS:
        word = starts.get(at + len(word), "")
    if word == LIST_COMMA:  # 与甲医院院长王强、乙医院院长李明签订: what the list's last person does
        nxt = next((_staff_end(text, n.end, starts, res) for n in names
                    if n.start == at + len(LIST_COMMA) and n.type == EntityType.HOSPITAL), None)
        return nxt is not None and _acts(text, nxt, starts, names, res)
    return res.words.tag(word) in VERB_TAGS and not lex.attendance_verb_re.match(word)


def _person_or_grade(word: str, res: Resources) -> bool:
    """True when ``word`` may be written between a body and a person's title: a person's name, a
    grade or a qualifier of the title (李晓娟局长, 四级调研员, 常务副主任), not a verb (召开常委会议).

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> _person_or_grade("李晓娟", res), _person_or_grade("四级", res), _person_or_grade("召开", res)
    (True, True, False)
    """
    return HAN.match(word) is not None and res.words.tag(word) not in VERB_TAGS \
        and not set(word) & res.lexicon.stop_chars


def _continues_name(end: int, tokens, res: Resources) -> bool:
    """True when the word at ``end`` goes on with a name (附属, 湘雅, 第二), not with what the
    named one does (合作 and other verbal nouns, 签订, 与, punctuation)."""
    word = next((w for w, a, _ in tokens if a == end), None)
    return word is not None and res.words.tag(word) not in NOT_NAME_TAGS and _name_like(word, res)


def _quoted_start(text: str, at: int, end: int, tokens, res: Resources) -> int:
    """Where a quoted alliance name whose suffix ends at the closing quote starts: the whole
    quoted name is the alliance's (「跨院联防共好联盟」, whatever verbs it holds), else ``at``. Quoted
    words with a pronoun, a particle or a time in them are speech, not a name (“今年我们成立了…联盟”)."""
    if text[end:end + 1] not in CLOSE_QUOTES:
        return at
    opened = max(text.rfind(q, max(0, at - MAX_NAME_PREFIX), at) for q in OPEN_QUOTES)
    if opened < 0 or any(ch in PHRASE_BREAKS or ch in QUOTES for ch in text[opened + 1:at]):
        return at
    if any(opened < a and b <= at and res.words.tag(w) in SPEECH_TAGS for w, a, b in tokens):
        return at
    return opened + 1


def _quoted_brand_start(text: str, start: int, res: Resources) -> int:
    """Where an alliance's name starts when a short quoted word, its brand, stands right before
    its other words (建立“湘吐情”援疆医生联盟, “京津冀”眼科专科联盟, “1+X+N”医共体): at the opening quote,
    else ``start``. A generic word (“紧密型”医联体) or speech (“今年我们”) is no brand.

    >>> from kg.resources import load_resources
    >>> res, text = load_resources(), "建立“湘吐情”援疆医生联盟"
    >>> _quoted_brand_start(text, 7, res), _quoted_brand_start(text, 8, res)
    (2, 8)
    >>> _quoted_brand_start("组建“1+X+N”医共体", 9, res), _quoted_brand_start("推进“紧密型”医联体", 7, res)
    (2, 7)
    """
    if text[start - 1:start] not in CLOSE_QUOTES:
        return start
    opened = max(text.rfind(q, max(0, start - MAX_QUOTED_BRAND - 2), start - 1) for q in OPEN_QUOTES)
    brand = text[opened + 1:start - 1]
    if opened < 0 or not BRAND.match(brand) or brand in res.lexicon.generic:
        return start
    return start if any(res.words.tag(w) in SPEECH_TAGS for w, _, _ in res.tokens(brand)) else opened


def _branded(surface: str, res: Resources) -> bool:
    """True when an alliance's name begins with its quoted brand (“三位一体”城市医联体): a name,
    even when the words after the brand are a kind of alliance.

    >>> from kg.resources import load_resources
    >>> _branded("“三位一体”城市医联体", load_resources()), _branded("城市医联体", load_resources())
    (True, False)
    """
    close = next((i for i, ch in enumerate(surface) if i and ch in CLOSE_QUOTES), 0)
    return surface[:1] in OPEN_QUOTES and close > 0 and _quoted_brand_start(surface, close + 1, res) == 0


def _inside_word(text: str, m, words: tuple[str, ...]) -> bool:
    """True when the suffix matched by ``m`` lies inside one of ``words`` as written (联网 of 互联网)."""
    for w in words:
        i = w.find(m.group())
        if i >= 0 and m.start() >= i and text[m.start() - i:m.start() - i + len(w)] == w:
            return True
    return False


def _government_name(full: str, code: str) -> str:
    """The name of a place's government as its region writes it: Taiwan's are 政府, not 人民政府.

    >>> _government_name("台东县人民政府", "711900"), _government_name("二道区人民政府", "220105")
    ('台东县政府', '二道区人民政府')
    """
    return full.replace(PEOPLES_GOVERNMENT, REGIONAL_GOVERNMENT) if code.startswith(TAIWAN_CODE_PREFIX) else full


def _placed_government(text: str, m, places: tuple[tuple[int, int], ...], ctx: Context, res: Resources
                       ) -> tuple[int, tuple[str, str]] | None:
    """Where a government body whose level character ends a place name (杨浦区政府, 嵊州市政府)
    starts, and that place's name and code; None for a relative one (区政府) or a party form."""
    if m.group(1):
        return None
    start = next((a for a, b in places if b == m.end(2) and a < m.start(2)), None)
    if start is None:
        return None
    ps = find_places(text[start:m.end(2)], res)
    if len(ps) != 1 or ps[0].end != m.end(2) - start:
        return None
    code = choose_code(ps[0].codes, ctx.chain(), res, ps[0].official)
    if code is None:
        return None
    return start, (res.gazetteer.divisions[code].name, code)


def _party_committee(m, ctx: Context, res: Resources) -> tuple[str, str] | None:
    """The full name and code of a party's committee of the places written between the party and the
    committee (农工党广东省委会 → 中国农工民主党广东省委员会, 九三学社内蒙古自治区委员会), each place by
    its official name; None unless the words between are places and nothing else.

    >>> from kg.resources import load_resources
    >>> from kg.extract.context import Context
    >>> res = load_resources()
    >>> ctx = Context("440000", "440200", None)
    >>> _party_committee(res.lexicon.party_committee_re.search("农工党韶关市委会推动合作"), ctx, res)
    ('中国农工民主党韶关市委员会', '440200')
    >>> _party_committee(res.lexicon.party_committee_re.search("农工党党员委员会"), ctx, res) is None
    True
    """
    between = m.group(2)
    ps = find_places(between, res)
    if not ps or ps[0].start != 0 or ps[-1].end != len(between) \
            or any(a.end != b.start for a, b in zip(ps, ps[1:])):
        return None
    codes = [choose_code(p.codes, ctx.chain(), res, p.official) for p in ps]
    if None in codes:
        return None
    places = "".join(res.gazetteer.divisions[c].name for c in codes)
    return res.lexicon.party_committees[m.group(1)] + places + COMMITTEE, codes[-1]


def _campus_start(text: str, at: int, tokens, res: Resources, places: tuple[tuple[int, int], ...]) -> int:
    """Where a campus written right after its hospital starts: the hospital's start
    (南昌大学第二附属医院新建院区: 新建, the place, names the campus even though it is a verb), else
    ``at``; not across a stop word or character that is no place, nor a verb before a campus no
    place names (长乐区医院进行分院协议: 进行 ends the hospital's name, as 将 and 以 do in
    上海市中医医院将以嘉定院区, ``stopwords.tsv``).

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> text = "长乐区医院进行分院协议"
    >>> _campus_start(text, 7, res.tokens(text), res, ())
    7
    >>> text = "上海市中医医院将以嘉定院区顺利开工"
    >>> _campus_start(text, 11, res.tokens(text), res, ())
    11
    """
    lead = text[max(0, at - MAX_CAMPUS_NAME):at]
    lex = res.lexicon
    for m in reversed(list(lex.suffix_re.finditer(lead))):
        if lex.suffix_type[m.group()] == EntityType.HOSPITAL and HAN.match(lead[m.end():]):
            own = lead[m.end():]
            if own not in res.gazetteer.by_short and any(w in lex.stop_words or w in lex.stop_chars
                                                         or _moves(w, own[b:], res) for w, _, b in res.tokens(own)):
                return at
            return left_extent(text, at - len(lead) + m.start(), tokens, res, places=places)
    for i in range(len(lead) - 2, 0, -1):  # 附属一院张前路院区: a hospital written short (一院, 二院)
        if lead[i] == SHORT_HOSPITAL and lead[i - 1] in lex.numerals and HAN.match(lead[i + 1:]):
            numeral = at - len(lead) + i - 1
            start = left_extent(text, numeral, tokens, res, places=places)
            return start if start < numeral else at  # (推进一院两院区: no hospital's name before 一院)
    return at


def _moves(word: str, rest: str, res: Resources) -> bool:
    """True when ``word``, between a hospital and its campus word, is a verb of what the hospital
    does to a campus no place names (``rest``, the words after it: 喜迁, 启用 of 长春烧伤医院喜迁新院区:
    jieba's ``VERB_TAGS``), not a name word or a place; a place after the verb names the hospital's
    campus (北大第三医院开办延庆分院).

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> _moves("喜迁", "新", res), _moves("开办", "延庆", res)
    (True, False)
    """
    return plain_verb(word, res) and leading_place(rest, res) is None


def plain_verb(word: str, res: Resources, tags: frozenset[str] = VERB_TAGS) -> bool:
    """True when jieba tags ``word`` a verb (one of ``tags``) and it is neither a word names use
    (``name_parts.tsv`` name_word: 省立) nor a place's name in the gazetteer (开启, 喜迁).

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> plain_verb("开启", res), plain_verb("长春", res)
    (True, False)
    """
    return res.words.tag(word) in tags and word not in res.lexicon.name_words and not res.gazetteer.lookup(word)


def _with_campus(n: Name, text: str, res: Resources) -> Name:
    """A campus in brackets right after a hospital's name is part of the name:
    安徽医科大学第一附属医院(南区) is the campus 安徽医科大学第一附属医院南区 (not a place: (二道区)); so is a
    campus word written right after it (``name_parts.tsv`` campus_after: …医院东院, …医院新院), unless
    its last character makes a word with the next one (医院新院长, 医院东区域)."""
    after = res.lexicon.campus_after_re.match(text, n.end)
    size = after.end() - n.end if after else 0
    if after and not any(a < size < b for _, a, b in res.tokens(text[n.end:n.end + size + NOT_AFTER_WINDOW])):
        return replace(n, end=after.end(), surface=text[n.start:after.end()], name=n.name + after.group(),
                       rule="institutions:campus")
    m = res.lexicon.campus_paren_re.match(text, n.end)
    if not m or any(p.start == 0 and p.end == len(m.group(1)) for p in find_places(m.group(1), res)):
        return n
    return replace(n, end=m.end(), surface=text[n.start:m.end()], name=n.name + m.group(1), rule="institutions:campus")


def _with_department(n: Name, text: str, res: Resources) -> list[Name]:
    """A department written right after its body is a body of its own, named with its body's
    name (``name_parts.tsv`` department, office) and beside the body it is part of: 省卫健委医政处 is
    吉林省卫生健康委员会医政处 and names 吉林省卫生健康委员会 too, as …医院后勤保障处 names the hospital;
    a body's general office speaks for it and stands in its place (国家卫健委办公厅, 市政府新闻办公室).
    The department's name holds name-like words only, no place (卫健委联合市医保局 names two bodies)."""
    if n.type not in (EntityType.ORGANIZATION, EntityType.HOSPITAL):
        return [n]
    lex = res.lexicon
    m = lex.department_re.match(text, n.end)
    if not m or lex.title_re.match(text, n.end) or (n.type == EntityType.HOSPITAL and not m.group().endswith(tuple(lex.hospital_departments))):
        return [n]
    word = max((d for d in lex.offices | lex.departments | lex.hospital_departments if m.group().endswith(d)), key=len)
    middle = m.group()[: -len(word)]
    if not middle and word not in lex.offices or lex.title_re.match(text, m.end() - len(word)) \
            or lex.suffix_end_re.search(m.group()):
        return [n]  # 卫生计生局李晓娟局长: a person and a title; 卫健委会同区医保局: a second body
    if middle and (middle[0] in lex.level_of or find_places(middle, res) or lex.suffix_re.search(middle)
                   or not all(_name_like(w, res) and not _is_place_word(w, res) for w, _, _ in res.tokens(middle))):
        return [n]
    department = Name(EntityType.ORGANIZATION, n.start, m.end(), n.surface + m.group(), n.name + m.group(),
                      n.place, n.relative, "institutions:department")
    return [department] if word in lex.offices and n.type == EntityType.ORGANIZATION else [n, department]


def _inside_kind(span: tuple[int, int], kinds: list[tuple[int, int]]) -> bool:
    """True when ``span`` (a relative government, 区政府) lies inside a longer kind of name written
    there (特区政府: ``suffixes.tsv``), which decides what the words name.

    >>> _inside_kind((1, 4), [(0, 4)]), _inside_kind((0, 3), [(1, 3)])
    (True, False)
    """
    return any(a <= span[0] and span[1] <= b and b - a > span[1] - span[0] for a, b in kinds)


def _named_locally(form: str, ctx: Context, res: Resources) -> bool:
    """True when ``form`` is a local alias (``institutions.tsv`` ``@卫生局``) of a body of the page's
    province: a kind written alone names that body there (卫生局 on a Macao page).

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> _named_locally("卫生局", Context("820000", None, None), res), _named_locally("卫生局", Context("220000", None, None), res)
    (True, False)
    """
    return any(e.named_locally(form, ctx.province) for e in res.compiled(local_known).get(form, ()))


def _ends_inside_word(text: str, end: int, tokens, res: Resources) -> bool:
    """True when a name ending at ``end`` ends inside a dictionary word of ``text``'s tokens
    (都市圈内: 都市/圈内; 卫生部门: 卫生/部门), unless a title follows (医院院长 names the hospital)."""
    if isinstance(tokens, LazyTokens) and tokens.text == text and end in tokens.bounds():
        return False  # (no token straddles a token edge)
    straddling = next((w for w, a, b in tokens if a < end < b), None)
    return bool(straddling) and res.words.frequency(straddling) >= 1 and not res.lexicon.title_re.match(text, end)


def _known_spans(text: str, res: Resources) -> list[tuple[int, int, str]]:
    found = [(end - len(key) + 1, end + 1, key) for end, key in res.known_automaton.iter(text)]
    return leftmost_longest(found)


def _suffix_of(surface: str, typ: str, res: Resources) -> str:
    m = res.lexicon.type_suffix_re[typ].search(surface)
    return m.group() if m else ""


def _written_alike(places: list[str], lex) -> bool:
    """True when the places of a list all end with a level character or none does: places that
    share a hospital's kind are written alike (南关区与朝阳区人民医院), while a bare name after a
    place in full is a hospital's own (大丰区与中山医院: 中山医院 alone).

    >>> from kg.lexicon import shipped_lexicon
    >>> _written_alike(["南关区", "朝阳区"], shipped_lexicon()), _written_alike(["大丰区", "中山"], shipped_lexicon())
    (True, False)
    """
    return len({place[-1:] in lex.level_of for place in places}) == 1


def _expand(text: str, start: int, end: int, typ: EntityType, ctx: Context, res: Resources,
            tokens) -> list[Name]:
    """Turn one span into names: drop generic ones, expand coordinated lists, qualify."""
    lex = res.lexicon
    surface = text[start:end]
    if surface[:1] in lex.level_of and any(b == start and w in lex.generic for w, _, b in tokens):
        return []  # 设区市卫生健康委: a kind of city (设区市, 地级市), not the home city
    sub = _subunit(surface, res) if typ == EntityType.HOSPITAL else None
    if sub:  # 甲医院互联网医院: a hospital of its own, part of 甲医院, which the name names too
        whole = _make(surface, typ, start, end, ctx, res, "institutions:subunit")
        return whole + [replace(p, nested=bool(whole)) for p in _expand(text, start, start + sub, typ, ctx, res, tokens)]
    if typ == EntityType.HOSPITAL and _titled_scheme(surface, res):
        return []  # 国家级爱婴医院, 湖南老年友善医院: a title a hospital earns (a programme), no hospital
    for trailer in (_designation,) if typ == EntityType.HOSPITAL else ():
        cut = trailer(surface, res)
        if cut == 0:
            return []  # 作为国家儿童医学中心, 建设国家级医学中心: a designation, no holder named
        if cut:
            surface, end = surface[:cut], start + cut
            if not _suffix_of(surface, typ, res) and surface not in res.known:
                return []  # 中医代谢类疾病国家医学中心: a designation, no hospital named
    cut = _after_designation(surface, res) if typ == EntityType.ALLIANCE else None
    if cut and len(surface) - cut > len(_suffix_of(surface, typ, res)):
        # 国家区域医疗中心西交大一附院榆林医院医联体: the lead's title written before it is no part of the name
        return _expand(text, start + cut, end, typ, ctx, res, tokens)
    if surface in res.known:  # the table's type, not the suffix's (首都儿科研究所: a hospital)
        return _make(surface, EntityType(res.known[surface].type), start, end, ctx, res, "institutions:known")
    quoted = text[start - 1:start] in OPEN_QUOTES and text[end:end + 1] in CLOSE_QUOTES
    if typ == EntityType.ALLIANCE and surface in lex.model_alliances:
        # 河北省聚力建设紧密型县域医共体: the reform's model alliance, named alone; not 12个紧密型县域医共体 (a count)
        return [] if lex.count_before_re.search(text, 0, start) else \
            _make(surface, typ, start, end, ctx, res, "institutions:model-alliance")
    if typ == EntityType.ALLIANCE and not quoted and not _branded(surface, res) and _common_kind_only(surface, ctx, res):
        return []  # 推进紧密型儿科医联体建设: a kind of alliance, none named
    if typ == EntityType.HOSPITAL:
        groups = _groups_in_name(surface, start, ctx, res)
        if groups:
            hospital = _make(surface, typ, start, end, ctx, res, "institutions:suffix")
            return hospital + [replace(g, nested=bool(hospital)) for g in groups]
    suffix = _suffix_of(surface, typ, res)
    prefix = surface[: len(surface) - len(suffix)]
    inner = lex.count_before_re.search(prefix[:-1]) if typ == EntityType.HOSPITAL and prefix[-1:] in lex.level_of else None
    if inner and inner.start() > 0:
        # 临夏、康乐两县人民医院: the places before the count, written inside the span, share its level and kind
        listed = _hospitals_of_places(text, start + inner.start(), prefix[-1], suffix, ctx, res)
        if listed is not None:
            return listed
    sep = text[start - 1:start]
    if sep == LIST_END:
        # 生殖医学及妇产科、心血管内科、新生儿科等专科联盟: every item takes the whole tail
        items = _list_items(text, start - 1, tokens, typ, res, ctx)
        if len(items) >= MIN_LIST_ITEMS or (items and typ == EntityType.ALLIANCE):
            return [n for pos, item in items
                    for n in _make(item + surface, typ, pos, pos + len(item), ctx, res, "institutions:list")]
    if sep in SHARED_SUFFIX_SEPARATORS and prefix and suffix:
        # 肾病、护理、精神医学质控联盟 / 吉林省和长春市卫健委: the items share the suffix
        items = _list_items(text, start - 1, tokens, typ, res, ctx, suffix)
        listed = items + [(start, prefix)]
        # (港岛东及港岛西联网, 儿科和肿瘤科专科联盟: regions, or specialties, name an alliance each)
        regions = typ == EntityType.ALLIANCE and (all(item[-1] in lex.region_ends for _, item in listed)
                                                  or all(item.endswith(lex.specialty_ends) for _, item in listed))
        if items and sep in INNER_SEPARATORS and typ == EntityType.ALLIANCE and not regions \
                and suffix not in lex.led_suffixes \
                and not _is_place(items[0][1], res) and not HAN.match(text[items[0][0] - 1:items[0][0]]):
            # 妇产与儿童保健专科联盟: topics joined by 与/及 name one alliance (regions name two: 港岛东及港岛西联网)
            pos = items[0][0]
            return _make(text[pos:end], typ, pos, end, ctx, res, "institutions:suffix")
        # 吉林省和长春市卫健委: places share a body's suffix; 青白江区与四川大学华西医院 names one hospital
        shared_place = all(_is_place(item, res) for _, item in items + [(start, prefix)]) \
            and not suffix.endswith(lex.place_blockers) \
            and (typ != EntityType.HOSPITAL or _written_alike([item for _, item in items] + [prefix], lex))
        if typ == EntityType.ORGANIZATION and _placed_item(prefix, ctx, res) \
                and not all(_placed_item(item, ctx, res) for _, item in items):
            items = []  # 河西区委常委穆生军、刘辉、市卫生健康委: people before a placed body, not places sharing its suffix
        if _placed_item(prefix, ctx, res) and not all(_place_led(item, ctx, res) for _, item in items):
            items = []  # 医疗队领队、日喀则市人民医院: a place's kind is shared by places only (鲤城区江南、开元…)
        if items and (sep == LIST_COMMA or regions or shared_place):
            items, place = _list_place(items, typ, ctx, res)
            lead = _list_lead(items[0][1], res) if typ == EntityType.ALLIANCE else None
            names = [n for pos, item in items
                     for n in _make(_led(item, lead, res) + suffix, typ, pos, pos + len(item), ctx, res,
                                    "institutions:list")
                     ] + _make(_led(prefix, lead, res) + suffix, typ, start, end, ctx, res, "institutions:suffix")
            return [replace(n, place=n.place or place) for n in names]
    count = lex.count_before_re.search(text[:start])
    if count and not prefix and count.start() > 0:
        # 二十里堡、亮甲店两所卫生院, 临夏县、康乐县两家人民医院: places before the count share the suffix
        end_of_list = count.start() - 1 if text[count.start() - 1] == LIST_END else count.start()
        items = _list_items(text, end_of_list, tokens, typ, res, ctx)
        if len(items) >= MIN_LIST_ITEMS and all(_is_place(item, res) or _home_town(item, ctx, res) for _, item in items):
            return [n for pos, item in items
                    for n in _make(item + surface, typ, pos, pos + len(item), ctx, res, "institutions:list")]
    level = prefix if prefix in lex.level_of else text[start - 1:start] if not prefix else ""
    counted = lex.count_before_re.search(text[:start - len(level) if not prefix else start]) \
        if typ == EntityType.HOSPITAL and level in lex.level_of else None
    if counted:
        # 洛川、延长、志丹县3家县医院: the places before the count, each of the level after it, share the kind
        end_of_list = counted.start() - 1 if text[counted.start() - 1:counted.start()] == LIST_END else counted.start()
        listed = _hospitals_of_places(text, end_of_list, level, suffix, ctx, res)
        if listed is not None:
            return listed
    if count and (not prefix or typ == EntityType.ALLIANCE or (
            typ == EntityType.HOSPITAL and _placed_kind(prefix, res))):
        return []  # 5个城市医疗集团, 两大医联体, 78家内蒙古医院: a count, not a name (the hospitals of a place)
    return _make(surface, typ, start, end, ctx, res, "institutions:suffix")


def _common_kind_only(surface: str, ctx: Context, res: Resources) -> bool:
    """True when an alliance is a kind that policy writes as a common noun (医联体, 医疗集团:
    ``name_parts.tsv`` common_kind) after nothing proper: no place, relative level, institution
    (written short too: 重医一院) or proper noun (紧密型儿科医联体, 城市医疗集团, 分级协同医疗联合体 are kinds; 罗湖医院集团,
    湘雅医疗集团, 吉大一院二道区医联体 are names).

    >>> from kg.resources import load_resources
    >>> from kg.extract.context import Context
    >>> res, ctx = load_resources(), Context(None, None, None)
    >>> _common_kind_only("紧密型儿科医联体", ctx, res), _common_kind_only("湘雅医疗集团", ctx, res)
    (True, False)
    """
    lex = res.lexicon
    suffix = _suffix_of(surface, EntityType.ALLIANCE, res)
    prefix = surface[: len(surface) - len(suffix)]
    if suffix not in lex.common_alliance_kinds or not prefix:
        return False
    if find_places(prefix, res) or _known_spans(prefix, res) or _relative_level(prefix, res):
        return False
    short = res.compiled(numbered_short_end).search(prefix)
    if short and short.start() > 0:
        return False  # 重医一院医院集团: a hospital written short leads it
    if any(n.type != EntityType.ALLIANCE for n in find_names(prefix, ctx, res)):
        return False
    return not any(res.words.tag(w) in PROPER_TAGS and w not in lex.generic for w, _, _ in res.tokens(prefix))


def numbered_short_end(res: Resources) -> re.Pattern:
    """The pattern of :data:`NUMBERED_SHORT_END` over the lexicon's numerals (built once per resources)."""
    return re.compile(NUMBERED_SHORT_END.format(n="".join(sorted(res.lexicon.numerals))))


def written_as_kind(text: str, at: int, tokens, res: Resources) -> bool:
    """True when the kind of alliance at offset ``at`` is written after a name-like word but is no
    name (紧密型城市医疗集团, 县域医共体: the kind as a common noun), not bare (加入医疗集团) nor
    after an institution's name (湖北航天医院医联体).

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> written_as_kind("推进城市医疗集团建设", 4, res.tokens("推进城市医疗集团建设"), res)
    True
    >>> written_as_kind("加入医疗集团", 2, res.tokens("加入医疗集团"), res)
    False
    """
    word = words_by_end(tokens).get(at)
    return word is not None and bool(HAN.match(word[0])) and _name_like(word[0], res) \
        and not word[0].endswith(tuple(res.lexicon.suffix_type))  # 湖北航天医院医联体: a hospital's


def _groups_in_name(surface: str, start: int, ctx: Context, res: Resources) -> list[Name]:
    """The alliance a hospital's name is written after (山东省立医院集团微山医院: 山东省立医院集团, whose member
    the hospital is), or whose member the hospital is called (滨江医院区域联盟医院: 滨江医院区域联盟);
    none when the alliance has no name of its own (医联体成员医院, 紧密型医共体牵头医院).

    >>> from kg.resources import load_resources
    >>> from kg.extract.context import Context
    >>> res = load_resources()
    >>> [g.name for g in _groups_in_name("长春仁爱医院集团九台医院", 0, Context(None, None, None), res)]
    ['长春仁爱医院集团']
    """
    lex = res.lexicon
    # every start, not finditer's leftmost matches: 人民医院 would hide the 医院集团 of 第一人民医院集团崇贤分院
    found = (lex.suffix_re.match(surface, i) for i in range(len(surface)))
    inner = [m for m in found if m and lex.suffix_type[m.group()] == EntityType.ALLIANCE
             and m.end() < len(surface) and not _inside_word(surface, m, lex.not_inside)]
    if not inner:
        return []
    m = min(inner, key=lambda m: (-m.end(), m.start()))  # the last alliance kind written, whole
    if not lex.type_suffix_re[EntityType.HOSPITAL].search(surface, m.end()):
        return []
    tail = surface[m.end():]
    if any(j in tail for j in lex.second_name_joiners) or not all(_name_like(w, res) for w, _, _ in res.tokens(tail)):
        return []  # 医联体年度总结暨医院: words of a sentence, not a member's name, after the alliance's suffix
    if m.group() in lex.alliance_kinds and lex.type_suffix_re[EntityType.HOSPITAL].search(surface, 0, m.start()):
        return []  # 甲医院医联体医院: a hospital's own 医联体, named by no name of its own
    return _make(surface[:m.end()], EntityType.ALLIANCE, start, start + m.end(), ctx, res, "institutions:group-in-name")


def lead_hospital(n: Name, ctx: Context, res: Resources) -> Name | None:
    """The hospital an alliance's name opens with, named by it and nested in it: the words before the
    alliance's kind when they end with a hospital's kind (上海同济医院 of 上海同济医院医疗集团); None for
    none (长春市心血管专科联盟), for a kind that opens with 医院 (罗湖医院集团, 国泰医院体系: a group's own
    name, no hospital of that name is said to lead it) or a bare kind (县医院医共体: :func:`_make`
    qualifies or drops it).

    >>> from kg.resources import load_resources
    >>> res, ctx = load_resources(), Context(None, None, None)
    >>> [lead_hospital(a, ctx, res).name for a in find_names("滨江仁和医院医疗集团成立", ctx, res)]
    ['滨江仁和医院']
    """
    suffix = _suffix_of(n.surface, n.type, res)
    prefix = n.surface[: len(n.surface) - len(suffix)]
    if not prefix or suffix.startswith(HOSPITAL_WORD) or not res.lexicon.type_suffix_re[EntityType.HOSPITAL].search(prefix):
        return None
    made = _make(prefix, EntityType.HOSPITAL, n.start, n.start + len(prefix), ctx, res, "institutions:lead-hospital")
    return made[0] if made and made[0].type == EntityType.HOSPITAL else None


def _list_lead(first: str, res: Resources) -> tuple[str, str] | None:
    """What the first item of an alliance list opens with and every item shares: the official place
    (青海省 of 青海省中医肺病、妇科、肛肠专科联盟), and with it the medical system written after it
    (``name_parts.tsv`` medical_system: 青海省中医); None when the item opens with no official place
    or is only one."""
    lead = leading_place(first, res)
    if lead is None or not lead.official or lead.end >= len(first):
        return None
    system = next((m for m in res.lexicon.medical_systems if first.startswith(m, lead.end)), "")
    return first[:lead.end], first[:lead.end] + system


def _led(item: str, lead: tuple[str, str] | None, res: Resources) -> str:
    """An alliance list's item with what the list's first item opens with (:func:`_list_lead`): the
    place and the medical system, the place only before an item of a system of its own (青海省 +
    藏医药浴), nothing for an item that opens with a place of its own or for the first item itself."""
    if lead is None or item.startswith(lead[0]) or leading_place(item, res) is not None:
        return item
    return (lead[0] if item.startswith(res.lexicon.medical_systems) else lead[1]) + item


def _list_place(items: list[tuple[int, str]], typ: EntityType, ctx: Context, res: Resources
                ) -> tuple[list[tuple[int, str]], str | None]:
    """The place a list of hospitals opens with qualifies every item, and is no part of the
    first one's name (鲤城区江南、开元社区卫生服务中心: 江南… and 开元…, both in 鲤城区)."""
    pos, first = items[0]
    lead = leading_place(first, res) if typ == EntityType.HOSPITAL else None
    if lead is None or not lead.official or lead.end >= len(first):
        return items, None
    code = choose_code(lead.codes, ctx.chain(), res)
    if code is None:
        return items, None
    return [(pos + lead.end, first[lead.end:])] + items[1:], code


def _after_designation(surface: str, res: Resources) -> int | None:
    """Where a name starts after a designation written before it (国家区域医疗中心 of
    国家区域医疗中心西交大一附院榆林医院医联体), or None when it opens with none.

    >>> from kg.resources import load_resources
    >>> _after_designation("国家区域医疗中心滨江医院医联体", load_resources())
    8
    """
    after = (i for i in range(1, len(surface)) if res.lexicon.designation_re.match(surface[:i]))
    return next(after, None)


def _titled_scheme(surface: str, res: Resources) -> bool:
    """Whether a span is a scheme ``programmes.tsv`` names, alone or after the level or the province
    that awards it (爱婴医院, 国家级爱婴医院, 湖南老年友善医院): a title a hospital earns.

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> _titled_scheme("国家级爱婴医院", res), _titled_scheme("湖南老年友善医院", res), _titled_scheme("长沙市爱婴医院", res)
    (True, True, False)
    """
    m = res.lexicon.titled_scheme_re.search(surface)
    if m is None:
        return False
    if m.start() == 0:
        return True
    gaz = res.gazetteer
    return any(gaz.divisions[c].level == PROVINCE_LEVEL for c in gaz.lookup(surface[:m.start("scheme")]))


def _designation(surface: str, res: Resources) -> int | None:
    """Where a designation written after a hospital's name starts (…国家区域医疗中心)."""
    d = res.lexicon.designation_re.search(surface)
    return d.start() if d else None


def _subunit(surface: str, res: Resources) -> int | None:
    """Where a service of a hospital written after its name starts (…医院互联网医院): a hospital of its
    own, part of the one named before it."""
    for sub in res.lexicon.subunits:
        head = surface[: -len(sub)]
        if surface.endswith(sub) and head and _suffix_of(head, EntityType.HOSPITAL, res):
            return len(head)
    return None


def _hospitals_of_places(text: str, end: int, level: str, suffix: str, ctx: Context,
                         res: Resources) -> list[Name] | None:
    """The hospitals of the places of a list ending at ``end`` that share one level and kind (洛川、延长、
    志丹县 before 3家县医院: 洛川县医院, 延长县医院, 志丹县医院: :func:`_places_of_level`), or None when
    the list has too few places."""
    items = _places_of_level(text, end, level, res)
    if len(items) < MIN_LIST_ITEMS:
        return None
    return [n for pos, item in items
            for n in _make(item + level + suffix, EntityType.HOSPITAL, pos, pos + len(item), ctx, res, "institutions:list")]


def _places_of_level(text: str, end: int, level: str, res: Resources) -> list[tuple[int, str]]:
    """The places of a 、 list ending at ``end``, left to right, each written with or without the
    ``level`` the list shares (洛川、延长、志丹县 before 3家县医院: 洛川, 延长, 志丹, all 县), or none when an
    item is no place of that level.

    >>> from kg.resources import load_resources
    >>> _places_of_level("与洛川、延长、志丹县", 10, "县", load_resources())
    [(1, '洛川'), (4, '延长'), (7, '志丹')]
    """
    def item_start(text: str, end: int) -> int | None:
        return next((end - n for n in range(min(MAX_LIST_ITEM, end), 1, -1)
                     if _is_place(text[end - n:end].removesuffix(level) + level, res)), None)

    items = [(pos, item.removesuffix(level)) for pos, item in list_items_left(text, end, item_start)]
    return items[::-1] if items and text[items[-1][0] - 1:items[-1][0]] != LIST_COMMA else []


def _is_place(item: str, res: Resources) -> bool:
    lead = leading_place(item, res)
    return lead is not None and lead.end == len(item) and len(find_places(item, res)) == 1


def _list_items(text: str, sep: int, tokens, typ: EntityType, res: Resources,
                ctx: Context | None = None, suffix: str = "") -> list[tuple[int, str]]:
    """The short items of a coordinated list ending with the separator at ``sep``, left to right.

    Items between two 、 are taken whole; the first item ends where a non-name word begins
    (共建骨伤 -> 骨伤) but keeps an inner 及 (生殖医学及妇产科). Items are at most
    MAX_LIST_ITEM characters and bare modifiers, not names of their own type nor names the alias
    table knows, nor, when the shared ``suffix`` is given, words that end with its head already
    (上海六院、上海九院、中山医院, 中山眼科中心、肿瘤防治中心: 院 and 中心 twice). A first item written
    after more than MAX_LIST_ITEM characters of the sentence counts when it is a place: a division
    (推进梧村街道、开元街道…社区卫生服务中心) or a town of the page's district or city (``ctx``: 丰盛 of
    区精神卫生中心和丰盛、接龙等卫生院), or in an alliance's list where the sentence's words end
    (中医科 of 签订协议以及中医科、耳鼻喉科等专科联盟: an alliance's items are topics).
    """
    def item_start(text: str, end: int) -> int | None:
        j = end
        while j > 0 and HAN.match(text[j - 1]) and end - j <= MAX_LIST_ITEM:
            j -= 1
        if j == end:
            return None
        if end - j > MAX_LIST_ITEM:
            j = _first_item_start(text, end, tokens, res)
            if _is_place(text[j:end], res) or _home_town(text[j:end], ctx, res) \
                    or (typ == EntityType.ALLIANCE and j < end):
                return j
            # a town's short form jieba cuts (二十里/堡 of 托管保税区二十里堡、亮甲店两所卫生院)
            return next((end - n for n in TOWN_SHORT_CHARS if _home_town(text[end - n:end], ctx, res)), None)
        if text[j - 1:j] != LIST_COMMA:
            j = _first_item_start(text, end, tokens, res)
        return j

    items: list[tuple[int, str]] = []
    for start, item in list_items_left(text, sep, item_start):
        if _suffix_of(item, typ, res) or res.lexicon.suffix_end_re.search(item) or item in res.known \
                or (typ == EntityType.ORGANIZATION and item.endswith(res.lexicon.body_ends)) \
                or (suffix and _doubled_kind(item, suffix, res)):
            break  # a name of its own (县卫健委、县人民医院, 广西医科大学、河池市人民政府), not an item sharing the suffix
        if res.lexicon.title_re.search(item):
            break  # 省政协副主席、邵逸夫医院院长: a person's titles, not names sharing the suffix
        last = res.tokens(item)[-1][0]
        if res.words.tag(last) in VERB_TAGS and last not in res.gazetteer.by_short:
            return []  # 托管、专科共建、协作医院, 双向转诊、技术支持等医院发展: a list of ways of working (one
            # of them ends in a verb), not of names
        items.insert(0, (start, item))
    return items


def _doubled_kind(item: str, suffix: str, res: Resources) -> bool:
    """True when a list item ends with the last word of the suffix it would share (上海九院 + 医院,
    中山眼科中心 + 防治中心): a name of its own, whose kind the joined name would write twice.

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> _doubled_kind("上海九院", "医院", res), _doubled_kind("中山眼科中心", "防治中心", res), _doubled_kind("肾病", "专科联盟", res)
    (True, True, False)
    """
    head = res.tokens(suffix)[-1][0]
    return item.endswith(head) or item.endswith(head[-1:]) and head[-1:] == SHORT_HOSPITAL


#: the lengths of a town's short form, longest first (二十里堡, 亮甲店, 丰盛)
TOWN_SHORT_CHARS = (4, 3, 2)


def _placed_item(item: str, ctx: Context, res: Resources) -> bool:
    """True when ``item`` is only a place or a level (吉林省, 省, 丰盛): what a body's name shares its
    suffix with in a list (吉林省、长春市卫健委, 省、市卫生健康委).

    >>> from kg.resources import load_resources
    >>> from kg.extract.context import Context
    >>> res, ctx = load_resources(), Context(None, None, None)
    >>> _placed_item("吉林省", ctx, res), _placed_item("市", ctx, res), _placed_item("刘辉", ctx, res)
    (True, True, False)
    """
    level = _relative_level(item, res)
    return _is_place(item, res) or _home_town(item, ctx, res) or (level is not None and level.end() == len(item))


def _place_led(item: str, ctx: Context, res: Resources) -> bool:
    """True when ``item`` opens with a place or is a town of the page's (鲤城区江南, 开元): an item
    that may share a place's kind with it in a list, unlike a person or a role (医疗队领队).

    >>> from kg.resources import load_resources
    >>> from kg.extract.context import Context
    >>> res, ctx = load_resources(), Context(None, None, None)
    >>> _place_led("鲤城区江南", ctx, res), _place_led("医疗队领队", ctx, res)
    (True, False)
    """
    return leading_place(item, res) is not None or _placed_item(item, ctx, res)


def _home_town(item: str, ctx: Context | None, res: Resources) -> bool:
    """True when ``item`` is the short form of a town of the page's district or city."""
    return ctx is not None and bool(item) and town_of_home(item, (c for c in (ctx.district, ctx.city) if c), res)


def _first_item_start(text: str, sep: int, tokens, res: Resources) -> int:
    j = left_extent(text, sep, tokens, res, limit=MAX_LIST_ITEM)
    if j > 1 and text[j - 1] in INNER_SEPARATORS and j < sep:
        k = left_extent(text, j - 1, tokens, res, limit=MAX_LIST_ITEM)
        if k < j - 1 and (k == 0 or not HAN.match(text[k - 1])):
            j = k
    if j > 0 and HAN.match(text[j - 1]) and sep - j >= MAX_LIST_ITEM:
        return sep  # ran into the length limit: not a list item
    return j


def _make(surface: str, typ: EntityType, start: int, end: int, ctx: Context, res: Resources, rule: str) -> list[Name]:
    """One name from its full written form; ``start``/``end`` cover what the sentence shows of it
    (only the item of a coordinated list)."""
    lex = res.lexicon
    if surface not in res.known:
        suffix = _suffix_of(surface, typ, res)
        prefix = surface[: len(surface) - len(suffix)]
        level = _relative_level(prefix, res)
        rest = prefix[level.end():] if level and typ != EntityType.ALLIANCE else prefix
        if not prefix and surface not in lex.bare_home and surface not in lex.bare_self \
                and not _named_locally(surface, ctx, res):
            return []  # (卫生局 alone on a Macao page is Macao's health bureau: institutions.tsv @卫生局)
        if typ == EntityType.HOSPITAL and _verb_named(prefix, res):
            return []  # 研究医院建设工作, 考核医院: what is done to hospitals, no hospital's name
        if suffix in lex.led_suffixes and not _institution_named(prefix + _leading_hospital_suffix(suffix, res), ctx, res):
            return []  # 当地医疗体系, 卫生健康医疗体系: a kind of system, not a group an institution leads
        if typ == EntityType.HOSPITAL and not (suffix in lex.campuses and prefix.endswith(lex.campus_names)) \
                and _role_after_name(prefix, res):
            parent = _campus_parent(prefix, suffix, res)
            if parent and end - start == len(surface):
                return _make(parent, typ, start, start + len(parent), ctx, res, rule)  # 长春市中心医院新院区
            return []  # 天津医科大学总医院定点协作医院: a role the hospital has, not a name (but 丰镇市人民医院中心院区:
            # a campus named by a generic word, name_parts.tsv campus_name)
        unplaced = _strip_place(rest, res)
        placed_centre = typ == EntityType.HOSPITAL and suffix.endswith(CENTRE) and (unplaced != rest or bool(level))
        # 中国医师协会, 中国药学会: the country's one society of a kind is named by the country
        national_society = typ == EntityType.ORGANIZATION and rest == COUNTRY and suffix.endswith(SOCIETY_END)
        # 福建省医疗援助队: a place's team is named by its place and what it does (name_parts.tsv team_kind)
        placed_team = typ == EntityType.ORGANIZATION and suffix in lex.team_kinds and unplaced != rest
        if rest and (_generic(rest, res) or _generic(prefix, res) or (unplaced and _generic(unplaced, res))) \
                and not (typ == EntityType.ALLIANCE and len(rest) >= PROPER_ALLIANCE_PREFIX) and not placed_centre \
                and not national_society and not placed_team:
            return []  # 上级医院, 市属医院, 白城市定点医院: no proper name (but 河南省远程医学中心: a place's one centre)
        if typ == EntityType.HOSPITAL and _bare_kind(prefix, res):
            return []  # 总医院, 传染病专科医院: a kind of hospital with no place or proper part
        if _kind_at_level(surface, res):
            return []  # 省级儿童医院, 公立中医医院: a generic name after generic words, a kind of institution
        if typ == EntityType.HOSPITAL and _description(prefix, res):
            return []  # 三级综合医院, 国际救援定点医院: a hospital's grade or role, not its name
        if typ == EntityType.HOSPITAL and suffix in lex.campuses and _generic_parent(prefix, res):
            return []  # 项目医院过渡期院区: the campus of no named hospital
    c = canonical(surface, typ, ctx, res)
    if c is None:
        return []
    return [Name(typ, start, end, surface, c[0], c[1], c[2], rule)]


def _leading_hospital_suffix(suffix: str, res: Resources) -> str:
    """The hospital's suffix an alliance's suffix opens with (医院 of 医院体系: the leading hospital's
    name ends with it), else "".

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> _leading_hospital_suffix("医院体系", res), _leading_hospital_suffix("医疗体系", res)
    ('医院', '')
    """
    lex = res.lexicon
    return max((h for h, typ in lex.suffix_type.items()
                if typ == EntityType.HOSPITAL and len(h) < len(suffix) and suffix.startswith(h)), key=len, default="")


def _institution_named(prefix: str, ctx: Context, res: Resources) -> bool:
    """True when a name's prefix is an institution's own name: a hospital's (国泰医院, not 基层医院 or
    上海申康医院发展中心市级医院) or a university's (滨江医科大学).

    >>> from kg.resources import load_resources
    >>> from kg.extract.context import Context
    >>> res, ctx = load_resources(), Context(None, None, None)
    >>> _institution_named("国泰医院", ctx, res), _institution_named("基层医院", ctx, res), _institution_named("卫生健康", ctx, res)
    (True, False, False)
    """
    lex = res.lexicon
    if lex.type_suffix_re[EntityType.HOSPITAL].search(prefix):
        return bool(_make(prefix, EntityType.HOSPITAL, 0, len(prefix), ctx, res, "institutions:suffix"))
    university = next((b for b in lex.place_blockers if prefix.endswith(b)), None)
    return university is not None and len(prefix) > len(university) and not _generic(prefix[: -len(university)], res)


def _relative_level(prefix: str, res: Resources) -> re.Match | None:
    """The level character a relative name opens with (市 of 市第一人民, 区 of 区中医), or None:
    a level character that begins a generic word is no level (区域一流, 省内知名, 市级: a kind of hospital).

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> _relative_level("市第一人民", res).group(), _relative_level("区域一流", res)
    ('市', None)
    """
    level = res.lexicon.level_re.match(prefix)
    return None if level and res.tokens(prefix)[0][0] in res.lexicon.generic else level


def _verb_named(prefix: str, res: Resources) -> bool:
    """True when a hospital's whole prefix is one word jieba tags a verb or a verbal noun (研究 of
    研究医院建设工作, 考核 of 考核医院): a verb before the bare kind, no name. Words names use
    (``name_parts.tsv`` name_word: 省立), places and medical systems (蒙医) are no verbs here, and a
    known name (安定医院, ``institutions.tsv``) never comes here.

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> _verb_named("研究", res), _verb_named("省立", res), _verb_named("长春烧伤", res)
    (True, False, False)
    """
    if len(prefix) < MIN_VERB_PREFIX or prefix in res.lexicon.medical_systems or len(res.tokens(prefix)) != 1:
        return False  # (蒙 of 蒙医院: one character, a medical system's)
    return plain_verb(prefix, res, VERB_TAGS | NOT_NAME_TAGS)


def _hospital_suffixes(prefix: str, res: Resources) -> list[re.Match]:
    """The hospitals' suffixes (``suffixes.tsv``) written in a name's prefix, in order."""
    lex = res.lexicon
    return [m for m in lex.suffix_re.finditer(prefix) if lex.suffix_type[m.group()] == EntityType.HOSPITAL]


def _campus_parent(prefix: str, suffix: str, res: Resources) -> str | None:
    """The hospital whose campus a name with a generic campus word is (长春市中心医院 of
    长春市中心医院新院区, of …老院区: the hospital's new or old site is the hospital itself), or None
    when ``suffix`` is no campus's (``name_parts.tsv`` campus) or no hospital's name opens ``prefix``.

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> _campus_parent("长春市中心医院新", "院区", res), _campus_parent("长春市中心医院定点协作", "医院", res)
    ('长春市中心医院', None)
    """
    if suffix not in res.lexicon.campuses:
        return None
    ends = _hospital_suffixes(prefix, res)
    return prefix[:ends[-1].end()] if ends else None


def _role_after_name(prefix: str, res: Resources) -> bool:
    """True when a name's prefix is a hospital's or an alliance's name, or a body named after
    hospitals (…医院发展中心, …医院管理中心: ``name_parts.tsv`` not_after), and generic words
    (…总医院定点协作, 上海申康医院发展中心市级, 医疗集团核心: the hospitals a body runs or a
    hospital's place in an alliance, not a name)."""
    lex = res.lexicon
    ends = [m.end() for m in lex.suffix_re.finditer(prefix)
            if lex.suffix_type[m.group()] in (EntityType.HOSPITAL, EntityType.ALLIANCE)]
    if not ends:
        return False
    body = lex.not_after_re.match(prefix, ends[-1])
    end = body.end() if body else ends[-1]
    return end < len(prefix) and _generic(prefix[end:], res)


def _description(prefix: str, res: Resources) -> bool:
    """True when a hospital's prefix holds a grade (三级综合, 二甲) or ends in a role word
    (定点, 技术协作, 联盟): a description of a hospital, which a proper name never includes."""
    lex = res.lexicon
    return any(g in prefix for g in lex.grades) or prefix.endswith(lex.role_ends)


def _generic_parent(prefix: str, res: Resources) -> bool:
    """True when the hospital a campus's prefix names has no proper part (医院忠孝, 项目医院过渡期); a
    level character alone is the home place's hospital (市中医医院东院区: a relative name's campus).

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> _generic_parent("项目医院过渡期", res), _generic_parent("市中医医院东", res)
    (True, False)
    """
    ends = _hospital_suffixes(prefix, res)
    if not ends:
        return False
    head = prefix[: ends[-1].start()]
    level = _relative_level(head, res)
    if level and level.end() == len(head):
        return False
    return not head or _generic(head, res) or _description(head, res)


def _strip_place(prefix: str, res: Resources) -> str:
    """The prefix without a leading place name (白城市定点 -> 定点)."""
    lead = leading_place(prefix, res)
    return prefix[lead.end:] if lead is not None else prefix


def _placed_kind(prefix: str, res: Resources) -> bool:
    """True when a hospital's prefix is a place and nothing proper (内蒙古, 长春市县级): after a count
    (78家内蒙古医院) it names the hospitals of a place, not one.

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> _placed_kind("内蒙古", res), _placed_kind("长春市县级", res), _placed_kind("长春烧伤", res)
    (True, True, False)
    """
    rest = _strip_place(prefix, res)
    return not rest or _generic(rest, res)


def _bare_kind(prefix: str, res: Resources) -> bool:
    """True when a hospital's prefix is only kind and generic words (总医院, 传染病专科医院), after
    a kind of alliance written as a common noun (医共体总医院, 医疗集团总医院: the role a hospital has in
    its group): a kind names a hospital only after a place or another proper part (将乐县总医院,
    省传染病医院, 大姚县紧密型医共体总医院).

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> _bare_kind("医疗集团总", res), _bare_kind("大姚县紧密型医共体总", res), _bare_kind("总", res)
    (True, False, True)
    """
    lex = res.lexicon
    common = max((k for k in lex.common_alliance_kinds if prefix.startswith(k)), key=len, default="")
    prefix = prefix[len(common):]
    words = [w for w, _, _ in res.tokens(prefix)] if prefix else []
    return any(w in lex.kinds for w in words) and all(w in lex.kinds or w in lex.generic for w in words)


def _kind_at_level(surface: str, res: Resources) -> bool:
    """True when a name is generic words (``generic.tsv``: 省级, 公立, 基层) before a generic name
    (``generic_names.tsv``: 儿童医院, 中医医院) that they are no part of: a kind of institution at a
    level or of an ownership, not one (省级儿童医院; but 中心医院, 第一人民医院: generic names whole).

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> _kind_at_level("省级儿童医院", res), _kind_at_level("中心医院", res), _kind_at_level("长春儿童医院", res)
    (True, False, False)
    """
    lex = res.lexicon
    if lex.generic_name_re.fullmatch(surface):
        return False
    for w, _, b in res.tokens(surface):
        if w not in lex.generic:
            return False
        if lex.generic_name_re.fullmatch(surface[b:]):
            return True
    return False


#: how many prefixes' genericity (:func:`_generic`) is remembered per resources: names recur
GENERIC_MEMO = 20_000


def _generic(prefix: str, res: Resources) -> bool:
    """True when a name's prefix says nothing proper (上级医院, 定点医院, 县级医院, 两院区); memoised
    per resources.

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> _generic("上级", res), _generic("长春烧伤", res)
    (True, False)
    """
    return res.memoised(_is_generic, GENERIC_MEMO)(prefix)


def _is_generic(prefix: str, res: Resources) -> bool:
    lex = res.lexicon
    stripped = prefix.lstrip("".join(lex.stop_chars))
    if not stripped or stripped in lex.generic or lex.count_in_re.search(stripped) \
            or (set(stripped) <= lex.numerals and not is_code_number(stripped)) or any(g in stripped for g in lex.grades):
        return True
    # the words of the prefix, with its leading stop characters (在, 到) and without them (地级 starts with 地)
    return any(all(w in lex.generic or w in lex.role_ends or (len(w) == 1 and w in lex.level_of)
                   for w, _, _ in res.tokens(p))
               for p in dict.fromkeys((stripped, prefix)))
