"""Short forms: one document's short, abbreviated and place-qualified forms of an institution
become aliases of its one longer name (Y医院 and 城市Y医院 -> X大学Y医院; 西安交大第二附属医院 ->
西安交通大学第二附属医院), and an institution the page names as another's alias (a second name
in brackets, 江苏省人民医院（南京医科大学第一附属医院）) joins it, so that the graph holds one node.

Runs on the frozen entities of a document, after every component; across documents,
``kg.resolve`` merges by the aliases this leaves.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace

from ..resolve import compatible
from ..types import Entity, Relation

#: the types whose short forms merge into a longer name of the same document (an alliance too:
#: 紧密型县域医共体 beside 巨鹿县紧密型县域医共体)
SHORT_FORM_TYPES = frozenset({"Hospital", "Organization", "Alliance"})
#: a short form that is the end of a longer name has this many characters at least (绍兴院区)
MIN_SHORT_FORM = 4
#: a short form qualified by a place (南京儿童医院) shares this many last characters at least with
#: the long name (南京医科大学附属儿童医院), and its place is written in at most this many
MIN_SHARED_END = 4
MAX_PLACE_PREFIX = 3
#: a university's abbreviated name (天津医大) shares this many last characters at least with its full
#: name's hospital (天津医科大学总医院 of 天津医大总医院)
MIN_UNIVERSITY_END = 3
#: a place written short by dropping characters inside it keeps its level and this many characters
#: at least (土左旗 of 土默特左旗)
MIN_SHORT_PLACE = 3
#: the most characters of a district's name written between a city and a proper name (津南区 of
#: 天津市津南区咸水沽医院 beside 天津市咸水沽医院)
MAX_INNER_PLACE = 5
#: a place's plain 医院 is its people's hospital (县医院 -> 县人民医院) when the page names that (not
#: a parent's: 青海大学附属医院 and 青海大学附属人民医院 are two)
GENERAL_HOSPITAL = (("医院", "人民医院"),)
#: a town's health centre is written with its town's level and without it (长塘镇卫生院, 长塘卫生院)
TOWN_LEVELS = ("镇", "乡")
TOWN_HOSPITAL = "卫生院"
#: the fewest characters of a town's name written without its level (长塘)
MIN_TOWN_NAME = 2
#: a university's name never holds a hospital's word (复旦大学附属华山医院北院 is a hospital's campus)
HOSPITAL_WORD = "医院"
#: a university's short form ends in the first, its name in the second (港大, 香港大学)
UNIVERSITY = ("大", "大学")
#: how a place's entity key starts (its division code follows)
CODE = "code:"
#: a numbered hospital's number is written before or after this word, in full and short alike
#: (第一附属医院 and 附属第一医院; 附一医院 and 一附院)
AFFILIATED = "附属"


def _common_end(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def abbreviates(short: str, long: str) -> bool:
    """True when ``short`` abbreviates ``long`` by dropping characters inside it: the same first
    character, the rest in order, and more than a cut-off end (西安交大 of 西安交通大学, 中山三 of
    中山大学附属第三医; never 长春市 of 长春市第二, a longer name's beginning).

    >>> abbreviates("西安交大", "西安交通大学"), abbreviates("长春市", "长春市第二"), abbreviates("吉林省", "吉林大学")
    (True, False, False)
    """
    if len(short) < 2 or len(short) >= len(long) or short[0] != long[0] or long.startswith(short):
        return False
    rest = iter(long[1:])
    return all(ch in rest for ch in short[1:])


def town_short(short: str, long: str) -> bool:
    """True when ``short`` is a town's health centre written without the town's level that
    ``long`` writes (长塘卫生院 of 长塘镇卫生院 and of 青秀区长塘镇卫生院).

    >>> town_short("长塘卫生院", "青秀区长塘镇卫生院"), town_short("长塘卫生院", "长塘社区卫生院")
    (True, False)
    """
    town = short[: -len(TOWN_HOSPITAL)]
    return short.endswith(TOWN_HOSPITAL) and len(town) >= MIN_TOWN_NAME \
        and any(long.endswith(town + level + TOWN_HOSPITAL) for level in TOWN_LEVELS)


def university_short(short: str, long: str) -> bool:
    """True when ``short`` is a university's two-character short form, one character of its place and
    大 (港大 of 香港大学, 川大 of 四川大学), which :func:`abbreviates` misses when the kept character is
    not the first.

    >>> university_short("港大", "香港大学"), university_short("川大", "四川大学"), university_short("港大", "香港医院")
    (True, True, False)
    """
    stem, mark = UNIVERSITY
    return len(short) == 2 and short.endswith(stem) and long.endswith(mark) and short[0] in long[: -len(mark)]


def without_infix(short: str, long: str, infixes: tuple[str, ...]) -> bool:
    """True when ``short`` is ``long`` without one word that names may leave out (``name_parts.tsv``
    optional_infix: 附属, 医学院, 综合): 滨江大学医院 of 滨江大学附属医院, 滨江国泰医院 of 滨江国泰综合医院.
    The word is never the name's first (医学院 is no short form of 医学院附属医院) nor its last.

    >>> without_infix("滨江大学医院", "滨江大学附属医院", ("附属",)), without_infix("滨江医院", "滨江市医院", ("附属",))
    (True, False)
    """
    if len(short) < MIN_SHORT_FORM:
        return False
    for infix in infixes:
        at = long.find(infix, 1)
        while 0 < at and at + len(infix) < len(long):
            if long[:at] + long[at + len(infix):] == short:
                return True
            at = long.find(infix, at + 1)
    return False


def branch_short(short: str, long: str, parents: tuple[str, ...]) -> bool:
    """True when ``short`` names a branch by its parent hospital's proper name and the branch's
    own end, leaving out the university and the parent's 医院 (华康东岸院区 of 滨江大学附属华康医院东岸院区,
    华康东岸医院 of 滨江大学医学院附属华康医院东岸医院: ``parents``, 大学 and 学院, before the proper name).

    >>> branch_short("华康东岸院区", "滨江大学附属华康医院东岸院区", ("大学",)), branch_short("华康东岸院区", "滨江市华康医院东岸院区", ("大学",))
    (True, False)
    """
    shared = _common_end(short, long)
    head, rest = short[: len(short) - shared], long[: len(long) - shared]
    if shared < MIN_SHARED_END or not head or not rest.endswith(head + HOSPITAL_WORD):
        return False
    university = rest[: -len(head + HOSPITAL_WORD)]
    return any(p in university for p in parents) and HOSPITAL_WORD not in university


def ordinal_abbreviation(short: str, long: str, numerals: frozenset[str], parents: tuple[str, ...]) -> bool:
    """True when ``short`` abbreviates the whole of ``long``, a university's or college's numbered
    hospital (``parents``: 大学, 学院), keeping its numerals and its last character (滨大附二医院 of
    滨江大学附属第二医院, 滨医一院 of 滨江医学院第一医院); never a name with another number (滨医二院), no
    parent (滨江市医院 of 滨江市第一医院) or another end (a campus: 滨江医学院第一医院南区).

    The number is written after the parent (四 of 四川大学 numbers no hospital: 四川大学华西医院 is no
    abbreviation of 四川大学华西高新医院).

    >>> n = frozenset("一二三四")
    >>> ordinal_abbreviation("滨大附二医院", "滨江大学附属第二医院", n, ("大学",)), ordinal_abbreviation("滨江市医院", "滨江市第一医院", n, ("大学",))
    (True, False)
    >>> ordinal_abbreviation("四川大学华西医院", "四川大学华西高新医院", n, ("大学",))
    False
    """
    kept = [c for c in short if c in numerals]
    after = min((at + len(p) for p in parents if (at := long.find(p)) >= 0), default=None)
    return bool(kept) and kept == [c for c in long if c in numerals] and after is not None \
        and any(c in numerals for c in long[after:]) and short[-1] == long[-1] \
        and (abbreviates(short, long) or abbreviates(short, affiliated_first(long, numerals)))


def affiliated_first(name: str, numerals: frozenset[str]) -> str:
    """``name`` with a number written before 附属 moved after it: the order a short form may keep
    either way (湖医附一医院 of 湖南医药学院第一附属医院).

    >>> affiliated_first("湖南医药学院第一附属医院", frozenset("一二")), affiliated_first("滨江大学附属第二医院", frozenset("一二"))
    ('湖南医药学院附属第一医院', '滨江大学附属第二医院')
    """
    m = re.search(f"第[{''.join(sorted(numerals))}]+{AFFILIATED}", name)
    return name if m is None else name[:m.start()] + AFFILIATED + m.group()[:-len(AFFILIATED)] + name[m.end():]


def places_agree(a: str | None, b: str | None, divisions: Mapping[str, str]) -> bool:
    """True when two places (entity keys ``code:…``) may be one institution's: one is unknown, they
    are the same, or one lies in the other (``divisions``: a division's code -> its parent's code):
    a street's 社区健康服务中心 and its district's. Never two places side by side.

    >>> p = {"440303009": "440303", "440303": "440300"}
    >>> places_agree("code:440303009", "code:440303", p), places_agree("code:440303009", "code:440304", p)
    (True, False)
    """
    if not a or not b or a == b:
        return True
    codes = [k[len(CODE):] for k in (a, b) if k.startswith(CODE)]
    return len(codes) == 2 and compatible(codes[:1], codes[1:], divisions)


def _short_form_of(short: Entity, long: Entity, parents: tuple[str, ...], levels: tuple[str, ...],
                   autonomy: re.Pattern | None, agree: Callable[[str | None, str | None], bool]) -> bool:
    """True when ``short`` is a short form of ``long``: its end (邵逸夫医院绍兴院区 of
    浙江大学医学院附属邵逸夫医院绍兴院区), or its place and its end when the long name adds a
    parent (南京儿童医院 of 南京医科大学附属儿童医院; never 长治市人民医院 of 长治市第二人民医院)
    or writes the same place in full (璧山人民医院 of 璧山区人民医院: ``levels`` are the division
    suffixes; 临夏州卫健委 of 临夏回族自治州卫健委: ``autonomy`` is what an autonomous division's full
    name adds before its level, 回族自治), or its end after an abbreviation of the long name's head
    (:func:`abbreviates`, :func:`university_short`: 港大深圳医院 of 香港大学深圳医院), the two not
    qualified by different places (``agree``: :func:`places_agree` under the page's divisions), unless
    the long name is the short one after its parent and 附属 (中山医院 of 复旦大学附属中山医院: 中山 is the
    hospital's own name, whatever place it reads as)."""
    if short.type != long.type or short.name == long.name or short.code or long.code:
        return False
    return _written_short(short, long, parents, levels, autonomy) \
        and (agree(short.place, long.place) or long.name.endswith(AFFILIATED + short.name))


def _written_short(short: Entity, long: Entity, parents: tuple[str, ...], levels: tuple[str, ...],
                   autonomy: re.Pattern | None) -> bool:
    """:func:`_short_form_of` but for the places' agreement (the dearer test, asked last)."""
    if long.name.endswith(short.name):
        return len(short.name) >= MIN_SHORT_FORM
    if any(short.name.endswith(g) and long.name == short.name[: -len(g)] + m
           and not any(p in short.name for p in parents) for g, m in GENERAL_HOSPITAL):
        return True  # 丹棱县医院 is the county's 丹棱县人民医院 (a university's 青海大学附属医院 is another hospital)
    if town_short(short.name, long.name):
        return True  # 长塘卫生院 is 长塘镇卫生院
    shared = _common_end(short.name, long.name)
    head = short.name[: len(short.name) - shared]
    middle = long.name[len(head): len(long.name) - shared]
    full_place = middle in levels or _autonomous_middle(middle, levels, autonomy)
    if short.place and short.place == long.place and full_place and shared >= MIN_SHARED_END \
            and 0 < len(head) <= MAX_PLACE_PREFIX and long.name.startswith(head):
        return True  # 璧山人民医院 of 璧山区人民医院, both in the same place
    long_head = long.name[: len(long.name) - shared]
    least = MIN_UNIVERSITY_END if long_head.endswith(parents) else MIN_SHARED_END
    if shared >= least and (abbreviates(head, long_head) or university_short(head, long_head)):
        return True  # 中山三院粤东医院 of 中山大学附属第三医院粤东医院: the same end after an abbreviated head
    if long.place and short_place_head(short.name, long.name, levels):
        return True  # 土左旗人民医院 of 土默特左旗人民医院, a hospital of a place the page names
    return bool(short.place) and long.place in (None, short.place) and shared >= MIN_SHARED_END \
        and len(head) <= MAX_PLACE_PREFIX and long.name.startswith(head) and any(p in middle for p in parents)


def _autonomous_middle(middle: str, levels: tuple[str, ...], autonomy: re.Pattern | None) -> bool:
    """True when ``middle`` is what an autonomous division's full name adds to its short form: the
    words before its level (回族自治 of 临夏回族自治州 beside 临夏州), or those and its level too
    (回族自治区 of 宁夏回族自治区 beside 宁夏, 瑶族自治县 of 巴马瑶族自治县 beside 巴马).

    >>> autonomy = re.compile("(?:回族|瑶族)+(?:自治)")
    >>> [_autonomous_middle(m, ("区", "县"), autonomy) for m in ("回族自治", "回族自治区", "瑶族自治县", "新区")]
    [True, True, True, False]
    """
    if autonomy is None:
        return False
    return bool(autonomy.fullmatch(middle)) or any(middle.endswith(level) and autonomy.fullmatch(middle[: -len(level)])
                                                   for level in levels)


def short_place_head(short: str, long: str, levels: tuple[str, ...]) -> bool:
    """True when ``short`` is ``long`` with the place it starts with written short, dropping
    characters inside the place's name but keeping its level (土左旗人民医院 of 土默特左旗人民医院).

    >>> short_place_head("土左旗人民医院", "土默特左旗人民医院", ("旗",)), short_place_head("土旗人民医院", "土默特左旗人民医院", ("旗",))
    (True, False)
    """
    for k in range(_common_end(short, long), MIN_SHARED_END - 1, -1):
        head, long_head = short[:-k], long[:-k]
        if len(head) >= MIN_SHORT_PLACE and head[-1:] == long_head[-1:] and head.endswith(levels) \
                and abbreviates(head, long_head):
            return True
    return False


def inner_place(short: str, long: str, levels: tuple[str, ...], generic: re.Pattern | None) -> bool:
    """True when ``long`` is ``short``, a proper name (not a generic one: 人民医院, 第一医院) after a
    place, with the district it is in written between the two (天津市津南区咸水沽医院 of 天津市咸水沽医院).

    >>> inner_place("东海市滨江医院", "东海市南区滨江医院", ("区", "市"), None), inner_place("东海市人民医院", "东海市南区人民医院", ("区", "市"), re.compile("人民医院"))
    (True, False)
    """
    shared = _common_end(short, long)
    head, end = short[: len(short) - shared], short[len(short) - shared:]
    middle = long[len(head): len(long) - shared]
    return shared >= MIN_SHARED_END and head.endswith(levels) and long.startswith(head) \
        and 1 < len(middle) <= MAX_INNER_PLACE and middle.endswith(levels) \
        and not (generic is not None and generic.fullmatch(end))


def parent_and_place_heads(short: Entity, long: Entity, parents: tuple[str, ...], levels: tuple[str, ...],
                           generic: re.Pattern | None) -> bool:
    """True when the two names are one proper name (not a generic one: 第一医院, 肿瘤医院) after a
    parent in one (a university: 复旦大学市东医院) and after the places it is in in the other
    (上海市杨浦区市东医院).

    >>> a, b = (Entity(f"Hospital:{n}", "Hospital", n) for n in ("东海大学滨江医院", "东海市南区滨江医院"))
    >>> parent_and_place_heads(a, b, ("大学",), ("区", "市"), None)
    True
    """
    shared = _common_end(short.name, long.name)
    end = long.name[len(long.name) - shared:]
    if shared < MIN_SHARED_END or (generic is not None and generic.fullmatch(end)):
        return False
    university, places = short.name[: len(short.name) - shared], long.name[: len(long.name) - shared]
    return any(p in university for p in parents) and HOSPITAL_WORD not in university \
        and places.endswith(levels) and not any(p in places for p in parents)


def written_after_places(short: Entity, long: Entity, levels: tuple[str, ...], generic: re.Pattern | None) -> bool:
    """True when ``short`` was written as a proper name that starts with a level character (市东医院,
    qualified by the page's city as 上海市东医院) and ``long`` is that name after the places it
    is in (上海市杨浦区市东医院). A level and a generic name (区人民医院, 市中医院) is the page's own
    hospital, never another place's.

    >>> a = Entity("Hospital:东海市东医院", "Hospital", "东海市东医院", frozenset({"市东医院"}))
    >>> b = Entity("Hospital:东海市南区市东医院", "Hospital", "东海市南区市东医院")
    >>> written_after_places(a, b, ("区", "市"), None)
    True
    """
    return any(len(a) >= MIN_SHORT_FORM and a[:1] in levels and long.name.endswith(a)
               and long.name[: -len(a)].endswith(levels) and not (generic is not None and generic.fullmatch(a[1:]))
               for a in short.aliases)


def written_bare(short: Entity, long: Entity, generic: re.Pattern | None) -> bool:
    """True when ``short`` was only ever written as a bare generic name (中心医院, qualified by the
    page's city as 牡丹江市中心医院) and ``long``, a proper name, ends with it (牡丹江林业中心医院):
    the page's one hospital of that kind, named in full elsewhere.

    >>> a = Entity("Hospital:东海市中心医院", "Hospital", "东海市中心医院", frozenset({"中心医院"}))
    >>> b = Entity("Hospital:东海林业中心医院", "Hospital", "东海林业中心医院")
    >>> written_bare(a, b, re.compile("(?:中心|人民)医院")), written_bare(b, a, re.compile("(?:中心|人民)医院"))
    (True, False)
    """
    written = short.aliases - {short.name}
    return generic is not None and bool(written) and all(generic.fullmatch(a) for a in written) \
        and any(long.name.endswith(a) for a in written) and not generic.fullmatch(long.name)


def _final(redirect: dict[str, str]) -> dict[str, str]:
    """Each redirected key -> the end of its chain (A -> B -> C gives A -> C); the keys of a cycle
    (two names each the other's alias) stay where they are.

    >>> _final({"a": "b", "b": "c", "x": "y", "y": "x"})
    {'a': 'c', 'b': 'c'}
    """
    out = {}
    for src in redirect:
        seen, dst = {src}, redirect[src]
        while dst in redirect and dst not in seen:
            seen.add(dst)
            dst = redirect[dst]
        if dst not in seen:
            out[src] = dst
    return out


def merge_short_forms(entities: Iterable[Entity], relations: Iterable[Relation], parents: tuple[str, ...] = (),
                      levels: tuple[str, ...] = (), autonomy: re.Pattern | None = None,
                      generic: re.Pattern | None = None, infixes: tuple[str, ...] = (),
                      numerals: frozenset[str] = frozenset(), divisions: Mapping[str, str] | None = None
                      ) -> tuple[tuple[Entity, ...], tuple[Relation, ...]]:
    """Merge the short forms of one document's institutions into their one longer name, which
    keeps them as aliases (Y医院 and 城市Y医院 -> X大学Y医院); a short form that fits two long
    names (第一人民医院 beside 钦州市… and 玉林市…) stays apart. ``parents`` are the words of a
    parent's name (大学, 学院: ``name_parts.tsv`` place_blocker), ``levels`` the division suffixes
    (区, 县: ``places.tsv`` division_suffix), ``autonomy`` the infix of autonomous divisions
    (:attr:`kg.lexicon.Lexicon.autonomy_re`), ``generic`` the names that name one institution per
    place (:attr:`kg.lexicon.Lexicon.generic_name_re`). A name after a university that the page also
    writes after the places it is in (:func:`parent_and_place_heads`) is a short form too, and so
    is a proper name that starts with a level character (:func:`written_after_places`), a name
    without one of the ``infixes`` names leave out (:func:`without_infix`: 附属, 综合, 第) and a numbered
    hospital's abbreviation that keeps its ``numerals`` (:func:`ordinal_abbreviation`), and a branch
    named by its parent hospital's proper name (:func:`branch_short`: 中山青浦分院). Two places
    agree when one lies in the other (``divisions``: code -> parent code; :func:`places_agree`).

    >>> a = Entity("Hospital:复旦大学附属华山医院", "Hospital", "复旦大学附属华山医院")
    >>> b = Entity("Hospital:华山医院", "Hospital", "华山医院")
    >>> ents, rels = merge_short_forms([a, b], [Relation("Hospital:华山医院", "partOf", "Hospital:复旦大学附属华山医院")])
    >>> [(e.name, sorted(e.aliases)) for e in ents], rels
    ([('复旦大学附属华山医院', ['华山医院'])], ())
    """
    entities, relations = tuple(entities), tuple(relations)
    candidates = [e for e in entities if e.type in SHORT_FORM_TYPES]
    owners: dict[tuple[str, str], list[Entity]] = {}
    for e in candidates:
        for alias in e.aliases:
            owners.setdefault((e.type, alias), []).append(e)
    agreed: dict[tuple[str | None, str | None], bool] = {}  # pairs of places, asked once each

    def agree(a: str | None, b: str | None) -> bool:
        found = agreed.get((a, b))
        if found is None:
            found = agreed[(a, b)] = places_agree(a, b, divisions or {})
        return found

    def form_of(short: Entity, long: Entity) -> bool:
        if short.type != long.type or short.name == long.name or short.code or long.code:
            return False
        if short.name[-1:] != long.name[-1:] and not any(a.endswith(long.name[-1:]) for a in short.aliases):
            return False  # every kind of short form ends as its long name does, or has an alias that does
        if _short_form_of(short, long, parents, levels, autonomy, agree):
            return True
        if (short.place in (None, long.place) and parent_and_place_heads(short, long, parents, levels, generic)) \
                or (short.place == long.place and written_after_places(short, long, levels, generic)):
            return True
        return agree(short.place, long.place) \
            and (written_bare(short, long, generic) or inner_place(short.name, long.name, levels, generic)
                 or without_infix(short.name, long.name, infixes)
                 or ordinal_abbreviation(short.name, long.name, numerals, parents)
                 or branch_short(short.name, long.name, parents))

    of_type: dict[str, list[Entity]] = {}  # the candidates of each type, in their order: a form is of its own type
    for e in candidates:
        of_type.setdefault(e.type, []).append(e)
    shortened: dict[int, bool] = {}  # id -> whether the entity is a short form of another (asked once each)

    def is_short_form(e: Entity) -> bool:
        if id(e) not in shortened:
            shortened[id(e)] = any(form_of(e, f) for f in of_type[e.type])
        return shortened[id(e)]

    redirect: dict[str, str] = {}
    for short in candidates:
        named = [e for e in owners.get((short.type, short.name), ()) if e.name != short.name]
        if len(named) == 1:  # 南京医科大学第一附属医院, the second name of 江苏省人民医院
            redirect[short.key] = named[0].key
            continue
        # (never into a name it owns as an alias: 南昌市人民医院, whose plaque name 南昌医学院附属南昌市人民医院 joins it)
        longs = [e for e in of_type[short.type] if e.name not in short.aliases and form_of(short, e)]
        longest = [e for e in longs if not is_short_form(e)]
        if len(longest) == 1:  # 绍兴院区 -> 邵逸夫医院绍兴院区 -> 浙江大学医学院附属邵逸夫医院绍兴院区
            redirect[short.key] = longest[0].key
        elif not longest and len(longs) == 1:  # 华西二医院 -> 华西第二医院, itself a short form of one name
            redirect[short.key] = longs[0].key
    redirect = _final(redirect)
    if not redirect:
        return entities, relations
    by_key = {e.key: e for e in entities}
    for src, dst in sorted(redirect.items()):
        s, d = by_key.pop(src), by_key[dst]
        by_key[dst] = replace(d, aliases=d.aliases | s.aliases | {s.name},
                              mentions=tuple(sorted(set(d.mentions) | set(s.mentions),
                                                    key=lambda m: (m.doc_id, m.start, m.end))),
                              mention_count=d.mention_count + s.mention_count,
                              rules=tuple(sorted(set(d.rules) | set(s.rules))), place=d.place or s.place)
    merged: dict[tuple[str, str, str], Relation] = {}
    for r in relations:
        h, t = redirect.get(r.head, r.head), redirect.get(r.tail, r.tail)
        if h == t:
            continue
        old = merged.get((h, r.rel, t))
        merged[(h, r.rel, t)] = Relation(h, r.rel, t, tuple(dict.fromkeys((old.evidence if old else ()) + r.evidence)),
                                         tuple(sorted(set(old.rules if old else ()) | set(r.rules))))
    return tuple(by_key.values()), tuple(merged.values())
