"""Relations written into names: an alliance named after its lead hospital (吉林大学第一医院
二道区医联体: the hospital ``leads`` it; by an alias the page gives it too, 朝阳医院医疗联盟) and the places it covers (长春现代化都市圈: 长春市
``memberOf``: a grouping of places, ``name_parts.tsv`` place_grouping; the place of 昌平区南部医联体
is where it works, no member), a campus or department named after its parent (涟水县人民医院滨河院区 ``partOf`` 涟水县人民医院), or written right after it (江西省人民医院(南昌医学院第一附属医院)红谷滩院区).
A hospital whose name adds a hospital of its own to another's (北京安贞医院吉林医院,
上海市第六人民医院福建医院: the co-named hospitals of 国家区域医疗中心) is an institution of its
own, not a part: the hospital it is named after ``supports`` it. Any form of a name counts: the
one the text gives as an alias (晋江市医院(上海市第六人民医院福建医院), 甘井子区人民医院 加挂
大连医科大学附属一院张前路院区) names the parent as well as the canonical one does.
A hospital named after its group (罗湖医院集团东晓社区健康服务中心) is a member of it. A university's affiliated hospital (重庆大学附属涪陵医院: the gold has it part of the university
about three times as often as supported by it) is part of it, by a rule of its own; so is its numbered one
(广西医科大学第一附属医院). A programme named after a place the page names
(健康贺州, 三明医改, 重庆市卫生健康发展规划) is one the place takes part in, unless the place is
only part of an institution's name inside the programme's (吉林大学第一医院远程会诊项目 names no 吉林省).
A pairing named by the abbreviations of its provinces (沪滇协作, 京津冀协同发展) is one each of the
page's provinces it names so takes part in (上海市 and 云南省 of 沪滇协作).
A campus written with no parent in its name (东茅岭院区, 溪美分院: a hospital's page lists its
campuses by their own names) is part of the hospital the page names last before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..resources import Resources
from ..types import PLACE_TYPES, EntityType, Rel, Sentence
from .spans import find_all
from .state import DocState

#: a branch's name adds at least this many characters to its parent's (…吉林医院)
MIN_BRANCH_EXTRA = 2
#: a co-named hospital adds a name of its own, at least two characters before its 医院 (敦化医院;
#: not the bare 医院 of 吉大一院医院, a list's shared suffix)
MIN_CO_NAMED_EXTRA = 4
#: the end of a name that is a whole institution, not a part of the one it names first
OWN_INSTITUTION = "医院"
#: places that join an alliance named after them
MEMBER_PLACES = frozenset({EntityType.CITY, EntityType.DISTRICT})
#: institutions with branches and alliances of their own
INSTITUTIONS = frozenset({EntityType.HOSPITAL, EntityType.ORGANIZATION})
#: what a hospital's name adds to its university's: an affiliated hospital with a name of its own
#: (…附属涪陵医院), or a numbered one, the university's own (…第一附属医院)
AFFILIATED = re.compile(r"附属(?=.{2,}医院$)")
NUMBERED_AFFILIATED = re.compile(r"第[一二三四五六七八九十]+附属医院$")
#: a place's form in a programme's name is at least this long (贺州 of 健康贺州)
MIN_PLACE_FORM = 2
#: a pairing's name opens with two or three provinces' abbreviations (沪滇协作, 京津冀协同发展)
MIN_PAIRED, MAX_PAIRED = 2, 3
#: the places a pairing's name names by their abbreviations: provinces (沪滇协作) and cities (京昆医疗合作)
PAIRED_TYPES = frozenset({EntityType.PROVINCE, EntityType.CITY})
#: a bare campus's own name (东大街 of 东大街院区) is at most this long, and holds no word of an
#: institution (友谊医院西城院区, 附院主院区, 首都儿科研究所通州院区 name their hospital themselves)
MAX_BARE_CAMPUS_NAME = 4
#: a page that lists its hospital's campuses names at least two of them bare (东大街院区、南院区); one
#: alone is as often a phrase the name reader took for a campus (升级院区)
MIN_BARE_CAMPUSES = 2
#: the hospital whose campuses a page lists is its subject, named more than once (a hospital named
#: once beside them is another: 由责任医院设立医疗站，并请台大云林分院…)
MIN_PARENT_MENTIONS = 2
INSTITUTION_IN_NAME = re.compile(r"院|所|中心|附")
#: what may stand between a hospital and its bare campus written after it: nothing, or a note in
#: brackets (江西省人民医院(南昌医学院第一附属医院)红谷滩院区)
PARENT_GAP = re.compile(r"(?:[(（][^()（）]{1,30}[)）])?")
#: a lead's form an alliance is named after has at least this many characters (朝阳医院)
MIN_LEAD_FORM = 4
#: names inside a programme's name that may hold a place's form without naming the place
NAMED_INSIDE = frozenset({EntityType.HOSPITAL, EntityType.ORGANIZATION, EntityType.ALLIANCE})


def name_relations(state: DocState, res: Resources) -> None:
    ents = state.entities
    by_name = {e.name: key for key, e in sorted(ents.items())}
    short = [(form, key) for key, e in ents.items() if e.code for form in res.gazetteer.forms.get(e.code, ())]
    forms = {key: (e.name, *sorted(e.aliases)) for key, e in ents.items()}  # canonical name first
    written = _written_forms(state)
    gazetteer_forms = res.gazetteer.forms

    def where_named(key: str, okey: str) -> Sentence:
        """The first sentence that writes ``key`` by a form holding ``okey``'s (the relation is
        written there), else the first that names ``key`` at all (by a short or bare form)."""
        other = [f for f in (*forms[okey], *gazetteer_forms.get(ents[okey].code or "", ())) if len(f) >= MIN_PLACE_FORM]
        for sentence, surface in written.get(key, ()):
            if any(f in surface for f in other):
                return sentence
        return written[key][0][0]
    ordered = sorted(ents.items())
    institutions = [(okey, other) for okey, other in ordered if other.type in INSTITUTIONS]
    named_from = _by_first_char([forms[okey] for okey, _ in institutions])
    alliances = [(okey, other) for okey, other in ordered if other.type == EntityType.ALLIANCE]
    of_places = res.lexicon.place_groupings
    for key, e in ordered:
        if key not in written:
            continue
        if e.type == EntityType.ALLIANCE:
            for other, okey in by_name.items():
                if okey == key or other not in e.name:
                    continue
                if ents[okey].type == EntityType.HOSPITAL and e.name.startswith(other):
                    state.relate(okey, Rel.LEADS, key, where_named(key, okey), "name", "name:leads")
                elif ents[okey].type in MEMBER_PLACES and e.name.endswith(of_places):
                    state.relate(okey, Rel.MEMBER_OF, key, where_named(key, okey), "name", "name:memberOf")
            for form, okey in short:
                if e.name.startswith(form) and ents[okey].type in MEMBER_PLACES and e.name.endswith(of_places):
                    state.relate(okey, Rel.MEMBER_OF, key, where_named(key, okey), "name", "name:memberOf")
            for okey, other in institutions:
                if okey != key and other.type == EntityType.HOSPITAL and not e.name.startswith(other.name) \
                        and _lead_form(e.name, forms[okey], res):
                    state.relate(okey, Rel.LEADS, key, where_named(key, okey), "name", "name:leads-short")
        elif e.type in INSTITUTIONS:
            for i in named_from(forms[key]):
                okey, other = institutions[i]
                if okey == key:
                    continue
                named = _named_after(forms[key], forms[okey])
                if named is None:
                    continue
                form, base = named
                rest = form[len(base):]
                if other.type == EntityType.ORGANIZATION and e.type == EntityType.HOSPITAL and AFFILIATED.match(rest):
                    state.relate(key, Rel.PART_OF, okey, where_named(key, okey), "name", "name:affiliated")
                elif not form.endswith(OWN_INSTITUTION) or rest in res.lexicon.subunits \
                        or (other.type == EntityType.ORGANIZATION and NUMBERED_AFFILIATED.fullmatch(rest)):
                    state.relate(key, Rel.PART_OF, okey, where_named(key, okey), "name", "name:partOf")
                elif e.type == other.type == EntityType.HOSPITAL and len(form) >= len(base) + MIN_CO_NAMED_EXTRA:
                    state.relate(okey, Rel.SUPPORTS, key, where_named(key, okey), "name", "name:supports")
            if e.type == EntityType.HOSPITAL:
                for okey, other in alliances:
                    if _named_after(forms[key], forms[okey]) is not None:
                        state.relate(key, Rel.MEMBER_OF, okey, where_named(key, okey), "name", "name:group-member")
        elif e.type == EntityType.PROGRAM:
            for pkey in _places_named_in(e.name, ents, forms, res):
                state.relate(pkey, Rel.PARTICIPATES_IN, key, where_named(key, pkey), "name", "name:participatesIn")
            for pkey in _paired_places(e.name, ents, res):
                state.relate(pkey, Rel.PARTICIPATES_IN, key, where_named(key, pkey), "name", "name:paired-provinces")
    _bare_campuses(state, res)


def _written_forms(state: DocState) -> dict[str, list[tuple[Sentence, str]]]:
    """Entity key -> each healthcare sentence naming it and the form written there, in order (the
    first is :func:`kg.extract.geography.first_facts`' sentence)."""
    written: dict[str, list[tuple[Sentence, str]]] = {}
    for f in state.facts():
        for o in f.occurrences:
            written.setdefault(o.key, []).append((f.sentence, f.sentence.text[o.start:o.end]))
    return written


def _bare_campuses(state: DocState, res: Resources) -> None:
    """A hospital named as a bare campus (a short name of its own, then a ``name_parts.tsv``
    bare_campus word: 东大街院区, 溪美分院) and part of no hospital yet is part of the hospital, not
    a campus itself, that the page names more than once and last before the campus's first
    mention (郑州市第一人民医院…形成由东大街院区、南院区…)."""
    hospitals = [(key, e) for key, e in sorted(state.entities.items()) if e.type == EntityType.HOSPITAL]
    has_parent = {h for (h, rel, _t) in state.relations if rel == Rel.PART_OF}
    bare = [(key, e) for key, e in hospitals if key not in has_parent and e.mentions and bare_campus(e.name, res)]
    campuses = tuple(res.lexicon.campuses)
    written_after = _written_after_parent(state, {key for key, _ in bare}, campuses)
    bare = [(key, e) for key, e in bare if key not in written_after]
    if len(bare) < MIN_BARE_CAMPUSES:
        return
    parents = [(m.start, okey) for okey, other in hospitals
               if not other.name.endswith(campuses) and other.count >= MIN_PARENT_MENTIONS for m in other.mentions]
    for key, e in bare:
        first = min(e.mentions, key=lambda m: m.start)
        before = [mention for mention in parents if mention[0] < first.start]
        if before:
            _, parent = max(before)
            state.relate(key, Rel.PART_OF, parent, state.sentences[first.sentence], "name", "name:bare-campus")


def _written_after_parent(state: DocState, bare: set[str], campuses: tuple[str, ...]) -> set[str]:
    """Bare campuses written right after a hospital, or after it and a note in brackets
    (江西省人民医院(南昌医学院第一附属医院)红谷滩院区, 南昌市人民医院(南昌市第三医院)朝阳院区): each is
    part of that hospital, one campus alone as well as a list. Returns the campuses so placed."""
    placed: set[str] = set()
    for s in state.sentences:
        occ = [o for o in state.occurrences_in(s) if o.type == EntityType.HOSPITAL and not o.nested]
        for c in occ:
            if c.key not in bare or c.key in placed:
                continue
            parent = next((o for o in occ if o.key != c.key and o.key not in bare and o.end <= c.start
                           and not state.entities[o.key].name.endswith(campuses)
                           and PARENT_GAP.fullmatch(s.text[o.end:c.start])), None)
            if parent is not None:
                state.relate(c.key, Rel.PART_OF, parent.key, s, "name", "name:campus-after-parent")
                placed.add(c.key)
    return placed


def _lead_form(title: str, forms: tuple[str, ...], res: Resources) -> bool:
    """Whether an alliance's name opens with a form of a hospital's name, an alias the page gives
    among them (朝阳医院医疗联盟 of 北京朝阳医院, written 朝阳医院 too), and goes on past it. A generic
    name (人民医院) names no one hospital.

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> [_lead_form(t, ("北京朝阳医院", "朝阳医院"), res) for t in ("朝阳医院医疗联盟", "北京朝阳医院医联体", "朝阳医院")]
    [True, True, False]
    >>> _lead_form("人民医院医共体", ("长春市人民医院", "人民医院"), res)
    False
    """
    return any(len(form) >= MIN_LEAD_FORM and len(title) >= len(form) + MIN_BRANCH_EXTRA
               and title.startswith(form) and not res.lexicon.generic_name_re.fullmatch(form) for form in forms)


def bare_campus(name: str, res: Resources) -> bool:
    """Whether a hospital's name is a bare campus's: a short name of its own and a bare_campus
    word, no institution named in it.

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> [bare_campus(n, res) for n in ("东茅岭院区", "南院区", "友谊医院西城院区", "助力生态城院区")]
    [True, True, False, False]
    """
    word = next((w for w in res.lexicon.bare_campuses if name.endswith(w)), None)
    if word is None:
        return False
    own = name[:-len(word)]
    return 0 < len(own) <= MAX_BARE_CAMPUS_NAME and not INSTITUTION_IN_NAME.search(own)


def _places_named_in(title: str, ents: dict, forms: dict[str, tuple[str, ...]], res: Resources) -> list[str]:
    """Keys of the page's places that a programme's name names by a form of their own (贺州 of
    健康贺州), outside the names of institutions it holds (吉林 of 吉林大学第一医院远程会诊项目)."""
    inside = [span for okey, other in ents.items() if other.type in NAMED_INSIDE
              for name in forms[okey] if name != title for span in find_all(name, title)]
    out = []
    for pkey, place in sorted(ents.items()):
        if place.type not in PLACE_TYPES or not place.code:
            continue
        names = {place.name, *res.gazetteer.forms.get(place.code, ())}
        if any(not any(a <= start and end <= b for a, b in inside)
               for n in names if len(n) >= MIN_PLACE_FORM for start, end in find_all(n, title)):
            out.append(pkey)
    return out


def paired_provinces(title: str, abbreviations: dict[str, str]) -> list[str]:
    """The provinces a pairing's name opens with, by their one-character abbreviations
    (``places.tsv`` province_abbreviation): 沪滇协作 pairs 上海市 and 云南省, 京津冀协同发展 three; a name
    that opens with one abbreviation only (京张医疗协同发展, 宁夏…) pairs none of them.

    >>> paired_provinces("沪滇医疗帮扶", {"沪": "上海市", "滇": "云南省", "京": "北京市"})
    ['上海市', '云南省']
    >>> paired_provinces("京张医疗协同发展", {"京": "北京市"})
    []
    """
    n = 0
    while n < len(title) and title[n] in abbreviations and n < MAX_PAIRED:
        n += 1
    return [abbreviations[ch] for ch in title[:n]] if n >= MIN_PAIRED else []


def _paired_places(title: str, ents: dict, res: Resources) -> list[str]:
    """Keys of the page's provinces and cities a programme's name pairs (:func:`paired_provinces`;
    a city by its own abbreviation, ``places.tsv`` city_abbreviation: 昆 of 京昆医疗合作 is 昆明市)."""
    names = set(paired_provinces(title, res.lexicon.pairing_abbreviations))
    return [key for key, e in sorted(ents.items()) if e.type in PAIRED_TYPES and e.name in names]


def _by_first_char(others: list[tuple[str, ...]]) -> Callable[[tuple[str, ...]], list[int]]:
    """Which of ``others`` (each an entity's forms) a name's ``forms`` may be named after (one of
    its forms starts with one of theirs: :func:`_named_after`): the positions, in order, of those
    with a form that starts as one of ``forms`` does. A page names hundreds of institutions, and
    most pairs share no first character.

    >>> named_from = _by_first_char([("长春市人民医院",), ("吉林大学第一医院", "吉大一院"), ("长春中医院",)])
    >>> named_from(("长春市人民医院朝阳院区",)), named_from(("吉大一院二部",)), named_from(("四平医院",))
    ([0, 2], [1], [])
    """
    starts: dict[str, list[int]] = {}
    for i, forms in enumerate(others):
        for first in dict.fromkeys(form[:1] for form in forms):
            starts.setdefault(first, []).append(i)
    always = starts.get("", [])  # an empty form starts every name

    def positions(forms: tuple[str, ...]) -> list[int]:
        return sorted(set(always).union(*(starts.get(form[:1], ()) for form in forms if form)))
    return positions


def _named_after(forms: tuple[str, ...], others: tuple[str, ...]) -> tuple[str, str] | None:
    """A form of an entity's name (``forms``: its canonical name, then its aliases) that adds at
    least :data:`MIN_BRANCH_EXTRA` characters to a form of another's (``others``), and that form, or None.

    >>> _named_after(("涟水县人民医院滨河院区",), ("涟水县人民医院", "涟水县医院"))
    ('涟水县人民医院滨河院区', '涟水县人民医院')
    """
    for form in forms:
        for base in others:
            if form.startswith(base) and len(form) >= len(base) + MIN_BRANCH_EXTRA:
                return form, base
    return None
