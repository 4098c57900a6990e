"""``locatedIn``: the gazetteer's hierarchy between places the page names (a district or county in
its nearest ancestor the page names: 荔波县 in 贵州省 when the page does not name 黔南州, by a rule
of its own, :data:`OVER_PREFECTURE_RULE`; a county-level city, 晋江市, is a city of its province), and the place of a
hospital from its name (二道区人民医院), the alias table (not for a university's hospital, 吉大一院, whose place names its university) or the page's home
district or city (a hospital named after its city that the page's speaking district gets is in
that city too: 乌海市第三人民医院 on a page of 海南区; one the alias table places in a municipality
is in it wherever the page is, by a rule of its own, :data:`KNOWN_PROVINCE_RULE`: 北京儿童医院 on a page
of 顺义区, 瑞金医院; one the alias table places in a city the page does not name is in the province
its name opens with: 吉林省肿瘤医院; one written with a province's own name as well is in that province:
武汉大学人民医院, written 湖北省人民医院; one with no place on a page of a special administrative
region, which has no cities, is in it by a rule of its own, :data:`CITY_PROVINCE_RULE`: 筷子基卫生中心).
Each relation's evidence is the first sentence naming the located entity.
"""

from __future__ import annotations

from ..resources import Resources
from ..types import EntityType, Rel
from .places import find_places, leading_place
from .state import DocState, SentenceFacts


def first_facts(state: DocState) -> dict[str, SentenceFacts]:
    """Entity key -> the first healthcare sentence in which it occurs."""
    first: dict[str, SentenceFacts] = {}
    for f in state.facts():
        for o in f.occurrences:
            first.setdefault(o.key, f)
    return first


#: a hospital named after a university is not placed by the page's context (see _university_hospital); ``kg.extract`` reads a
#: hospital named after a place right after it as local
UNIVERSITY = "大学"
#: a hospital's name holding this before its end names a parent hospital (…人民医院宿迁医院, …医院北院区)
OWN_INSTITUTION = "医院"
#: provincial-level divisions that are cities: a hospital named after one is located in it
CITY_LIKE = ("市", "特别行政区")
#: how a special administrative region's name ends (澳门特别行政区): a provincial-level division with no cities
SAR = "特别行政区"
#: the rule id of a county located in its province over an unnamed prefecture: its own, so that
#: the model weighs it apart from the direct parent
OVER_PREFECTURE_RULE = "geography:over-prefecture"
#: the rule id of a hospital with no place of its own on a page of a special administrative region
#: (:data:`SAR`: 澳门特别行政区, which has no cities) that names no district for it: its own, for the model
CITY_PROVINCE_RULE = "geography:city-province"
#: the rule id of a hospital in the provincial-level division the alias table places it in (瑞金医院:
#: 上海市), named or not by the page's lower places: its own, as the gold places a university's
#: hospital in its municipality about as often as not
KNOWN_PROVINCE_RULE = "geography:known-province"


def geography(state: DocState, res: Resources) -> None:
    gaz = res.gazetteer
    first = first_facts(state)
    place_keys = {e.code: key for key, e in state.entities.items() if e.code}
    for key, e in sorted(state.entities.items()):
        f = first.get(key)
        if f is None:
            continue
        if e.code:
            parent = next((a for a in gaz.ancestors(e.code) if a in place_keys), None)
            if parent and (e.type != EntityType.DISTRICT or gaz.divisions[parent].type != EntityType.PROVINCE
                           or parent == gaz.divisions[e.code].parent):
                state.relate(key, Rel.LOCATED_IN, place_keys[parent], f.sentence, "gazetteer", "geography:gazetteer")
            elif parent and any(e.name in s.text for s in state.sentences):
                # a county written in full in its province over a prefecture the page does not name
                # (汪清县, 吉林省; not 龙江 of 健康龙江, Heilongjiang's name as much as 龙江县's)
                state.relate(key, Rel.LOCATED_IN, place_keys[parent], f.sentence, "gazetteer", OVER_PREFECTURE_RULE)
        elif e.type == EntityType.DISTRICT and e.place in place_keys:
            # a town or zone the gazetteer does not list, in its county or city (潞州区城北庄镇, 成都高新区)
            state.relate(key, Rel.LOCATED_IN, place_keys[e.place], f.sentence, "name", "geography:written-place")
        elif e.type == EntityType.HOSPITAL:
            for alias_province in _alias_provinces(e, res, place_keys):
                # 武汉大学人民医院 written 湖北省人民医院 too: a province's own hospital, in it
                state.relate(key, Rel.LOCATED_IN, place_keys[alias_province], f.sentence, "name", "geography:name")
            university = _university_hospital(e.name, res, e.place)
            branch = _branch_place(e.name, res, place_keys)
            branch_province = None if branch else _branch_province(e.name, res, place_keys)
            target = named = branch \
                or (_finer_place(e.name, e.place, res, place_keys) if e.place and not university else None)
            if branch_province is not None:
                # 上海中医药大学附属龙华医院江西医院: in the page's district of 江西, else in 江西省
                district = f.context.district
                named = branch_province
                target = district if district in place_keys and branch_province in gaz.ancestors(district) \
                    else branch_province
            elif target is None and not university:
                # 北京大学深圳医院: the place a university's local hospital is named after is its name's
                named = _local_place(e.name, res, place_keys)
                target = named or f.context.district or f.context.city or _city_province(f.context.province, res)
            elif target is None and e.place and gaz.divisions[e.place].type == EntityType.PROVINCE \
                    and _known_province(e.name, e.place, res):
                target = named = e.place  # 瑞金医院, a university's: in 上海市, where the alias table places it
            elif state.speaker and state.speaker == f.context.district and target in gaz.ancestors(state.speaker) \
                    and not _known_place(e.name, res) and not (_province_proper(target, res)
                                                               and _province_hospital(e, target, res)):
                if target in place_keys and gaz.divisions[target].type != EntityType.PROVINCE:
                    state.relate(key, Rel.LOCATED_IN, place_keys[target], f.sentence, "name", "geography:name")
                target = state.speaker  # 长春烧伤医院 on a page of 二道区: in the district the page speaks for
                # (not 江西省人民医院 on a page of 鄱阳县: a province's own hospital is not in the county that speaks)
            if target and target not in place_keys and _known_place(e.name, res):
                # 吉林省肿瘤医院, which the alias table places in 长春市, on a page that names 吉林省 alone
                target = named = next((c for c in place_keys if gaz.divisions[c].type == EntityType.PROVINCE
                                       and _opens_with_province(e.name, c, res)), None)
                if target:
                    state.relate(key, Rel.LOCATED_IN, place_keys[target], f.sentence, "name", "geography:name")
                continue
            if not target or target not in place_keys:
                continue
            if target == _city_province(f.context.province, res) and target != e.place and target != named:
                # 筷子基卫生中心 on a page of Macau, which has no city: in the province-level city
                state.relate(key, Rel.LOCATED_IN, place_keys[target], f.sentence, "context", CITY_PROVINCE_RULE)
            elif gaz.divisions[target].type != EntityType.PROVINCE or target == branch_province \
                    or _named_province(e, target, place_keys, gaz) or _province_hospital(e, target, res):
                basis = "name" if target == named else "context"
                state.relate(key, Rel.LOCATED_IN, place_keys[target], f.sentence, basis, f"geography:{basis}")
            elif _known_province(e.name, target, res):
                state.relate(key, Rel.LOCATED_IN, place_keys[target], f.sentence, "name", KNOWN_PROVINCE_RULE)


def _finer_place(name: str, place: str, res: Resources, place_keys: dict) -> str:
    """The place a hospital's name qualifies it by: a division of the page named right after the
    one its name opens with (大连西岗医院, 上海市杨浦区市东医院: in 西岗区, 杨浦区), or after the city that
    runs it (台南市立安南医院: ``places.tsv`` run_by), down a chain of them (青海省海东市民和县人民医院:
    in 民和县), else that one."""
    gaz = res.gazetteer
    div = gaz.divisions[place]
    form = next((f for f in (div.name, *gaz.forms.get(place, ())) if f in name), None)
    if form is None:
        return place
    rest = name[name.index(form) + len(form):]
    while True:
        rest = next((rest[len(mark):] for mark in res.lexicon.run_by if rest.startswith(mark)), rest)  # 台南市立安南医院
        first = leading_place(rest, res)
        finer = [c for c in (first.codes if first else ()) if c in place_keys and place in gaz.ancestors(c)]
        if len(finer) != 1:
            return place
        place, rest = finer[0], rest[first.end:]


def _city_province(code: str | None, res: Resources) -> str | None:
    """The page's provincial-level division when it is a special administrative region (澳门特别行政区),
    else None. (Not a municipality: the gold places the hospitals of a Beijing page in its districts.)"""
    return code if code and res.gazetteer.divisions[code].name.endswith(SAR) else None


def _province_proper(code: str, res: Resources) -> bool:
    """A province or autonomous region, not a municipality (天津市) or special administrative region.

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> _province_proper("360000", res), _province_proper("120000", res), _province_proper("360100", res)
    (True, False, False)
    """
    div = res.gazetteer.divisions[code]
    return div.type == EntityType.PROVINCE and not div.name.endswith(CITY_LIKE)


def _named_province(e, target: str, place_keys: dict, gaz) -> bool:
    """A hospital whose name is qualified by a municipality or special administrative region
    (天津医科大学总医院, 北京积水潭医院, 香港眼科医院: the city it is in) is in it when the page names
    no place of it below. A province (湖南省人民医院) is not a hospital's place."""
    return target == e.place and gaz.divisions[target].name.endswith(CITY_LIKE) and not any(
        target in gaz.ancestors(code) for code in place_keys if gaz.divisions[code].type != EntityType.PROVINCE)


def _province_hospital(e, target: str, res: Resources) -> bool:
    """A hospital whose own name opens with its province (江苏省人民医院, 山东省立医院, 宁夏人民医院)
    is in it, wherever the page is. Not when the place names something else: a university
    (广西医科大学第一附属医院: 大学/学院 after the place), a parent hospital of a branch (江苏省人民医院
    宿迁医院, 河南省人民医院北院区: 医院 inside the name), a lower place after it (上海市杨浦区市东医院),
    or a short form that is also another division's (吉林社区卫生服务中心: 吉林 is a city too)."""
    return target == e.place and _opens_with_province(e.name, target, res)


def _opens_with_province(name: str, target: str, res: Resources) -> bool:
    """Whether a hospital's name opens with this province as its own (see :func:`_province_hospital`).

    >>> from kg.resources import load_resources
    >>> _opens_with_province("吉林省肿瘤医院", "220000", load_resources())
    True
    """
    gaz = res.gazetteer
    div = gaz.divisions[target]
    form = next((f for f in (div.name, *gaz.forms.get(target, ())) if name.startswith(f)), None)
    if form is None or (form != div.name and len(gaz.lookup(form)) > 1):
        return False
    rest = name[len(form):]
    return not any(b in rest for b in res.lexicon.place_blockers) and OWN_INSTITUTION not in rest[:-len(OWN_INSTITUTION)] \
        and not any(p for p in find_places(rest, res))


def _alias_provinces(e, res: Resources, place_keys: dict) -> set[str]:
    """The provinces of the page that a hospital's other names (its aliases, not its canonical name)
    open with as their own (:func:`_opens_with_province`): 武汉大学人民医院, written 湖北省人民医院 too,
    is 湖北省's own hospital; 山东第一医科大学附属省立医院, written 山东省立医院, is 山东省's."""
    if _after_parent(e.name) is not None:
        return set()  # a branch (…医院东丽院区, …医院义乌医院) is where its own name places it
    divisions = res.gazetteer.divisions
    return {c for c in place_keys if divisions[c].type == EntityType.PROVINCE
            for alias in e.aliases if alias != e.name and _opens_with_province(alias, c, res)}


def _branch_place(name: str, res: Resources, place_keys: dict) -> str | None:
    """The one city or district of the page that a hospital named after a parent hospital is named
    after (江苏省人民医院宿迁医院: 宿迁市; …瑞金医院闵行院区: 闵行区), else None.

    >>> from kg.resources import load_resources
    >>> _branch_place("江苏省人民医院宿迁医院", load_resources(), {"321300": "code:321300"})
    '321300'
    >>> _branch_place("宿迁市第一人民医院", load_resources(), {"321300": "code:321300"}) is None
    True
    """
    at = _after_parent(name)
    return _page_place_after(name, at, res, place_keys) if at is not None else None


def _branch_province(name: str, res: Resources, place_keys: dict) -> str | None:
    """The one province of the page that a hospital named after a parent hospital is named after
    right after the parent (上海中医药大学附属龙华医院江西医院, 北京中医医院内蒙古医院: 江西省, 内蒙古自治区),
    else None. The guidelines place such a branch in the page's city of that province, or in the
    province itself.

    >>> from kg.resources import load_resources
    >>> _branch_province("广东省中医院贵州医院", load_resources(), {"520000": "code:520000"})
    '520000'
    >>> _branch_province("江苏省人民医院宿迁医院", load_resources(), {"320000": "code:320000"}) is None
    True
    """
    at = _after_parent(name)
    if at is None:
        return None
    first = leading_place(name[at:], res)
    divisions = res.gazetteer.divisions
    codes = [c for c in (first.codes if first else ()) if c in place_keys and divisions[c].type == EntityType.PROVINCE]
    return codes[0] if len(codes) == 1 else None


def _after_parent(name: str) -> int | None:
    """Where a hospital's name goes on after the parent hospital it opens with (the last 医院 before
    its own end), else None.

    >>> _after_parent("江苏省人民医院宿迁医院"), _after_parent("宿迁市第一人民医院")
    (7, None)
    """
    i = name.rfind(OWN_INSTITUTION, 0, len(name) - len(OWN_INSTITUTION))
    return i + len(OWN_INSTITUTION) if i >= 0 else None


def _after_university(name: str, res: Resources) -> int | None:
    """Where a hospital's name goes on after the university or college it names last (the words of
    ``name_parts.tsv`` place_blocker: 大学, 学院), else None.

    >>> from kg.resources import load_resources
    >>> _after_university("浙江大学医学院附属第一医院", load_resources())
    7
    """
    ends = [i + len(b) for b in res.lexicon.place_blockers if (i := name.rfind(b)) >= 0]
    return max(ends) if ends else None


def _university_hospital(name: str, res: Resources, place: str | None = None) -> bool:
    """A university's or a college's hospital (兰州大学第一医院, 中南大学湘雅二医院, 九江学院附属医院)
    travels: the page's city is where it helps, not where it is, and a place in the university's
    name (郑州大学第一附属医院) or the alias table names the university, not where the hospital is.
    One whose name places it after the university (北京大学深圳医院, 中医药大学附属二道医院, or its own
    ``place`` there: 首都医科大学附属北京友谊医院) is local."""
    at = _after_university(name, res)
    if at is None or find_places(name[at:], res):
        return False
    gaz = res.gazetteer
    return place is None or not any(f in name[at:] for f in (gaz.divisions[place].name, *gaz.forms.get(place, ())))


def _local_place(name: str, res: Resources, place_keys: dict) -> str | None:
    """The one city or district of the page a university's local hospital is named after
    (北京大学深圳医院: 深圳市, not the district the page is about; a province, 吉林 of
    …附属妇产科医院吉林医院, leaves it to the page's context)."""
    at = _after_university(name, res)
    return _page_place_after(name, at, res, place_keys) if at is not None else None


def _page_place_after(name: str, at: int, res: Resources, place_keys: dict) -> str | None:
    """The one city or district of the page named in ``name`` after offset ``at``, else None (a
    province names no hospital's place there)."""
    divisions = res.gazetteer.divisions
    codes = {c for p in find_places(name[at:], res) for c in p.codes
             if c in place_keys and divisions[c].type != EntityType.PROVINCE}
    return codes.pop() if len(codes) == 1 else None


def _known_province(name: str, target: str, res: Resources) -> bool:
    """The alias table places the hospital in this provincial-level division (首都医科大学附属北京儿童医院:
    北京市), wherever the page is."""
    known = res.known.get(name)
    return bool(known and known.place == target)


def _known_place(name: str, res: Resources) -> bool:
    known = res.known.get(name)
    return bool(known and known.place)
