"""Extract: entities and relations of one document.

:func:`extract` is a pure function of the document, its normalised text and the loaded
resources: it runs the named :data:`COMPONENTS` in their declared order over one
:class:`~kg.extract.state.DocState` and freezes it into an :class:`~kg.types.Extraction`. Each
component says what it needs and what it adds; :func:`check_order` refuses an order in which
a component runs before what it needs.

>>> from kg.resources import load_resources
>>> from kg.normalize import normalize
>>> from kg.types import Document
>>> text = "市卫健委：长治市人民医院牵头成立心血管专科联盟，市人民医院专家开展义诊，服务患者。"
>>> doc = Document("a.txt#0", "a.txt", "0" * 64, "utf-8", text, len(text.encode()))
>>> ex = extract(doc, normalize(text), load_resources())
>>> sorted((e.type, e.name) for e in ex.entities)[:3]
[('Alliance', '心血管专科联盟'), ('City', '长治市'), ('Hospital', '长治市人民医院')]
>>> [c.name for c in COMPONENTS][:4]
['tokens', 'places', 'context', 'speaker']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Set
from dataclasses import dataclass

from ..model import apply_model
from ..pairs import propose
from ..resources import Resources, converter, variant_table
from ..tokens import LazyTokens
from ..types import (Document, DocumentInfo, Entity, EntityType, Extraction, NormalizedText, Rel, Relation, Sentence,
                     entity_key)
from .context import Context, district_cue_count, infer_context
from .geography import CITY_LIKE, OWN_INSTITUTION, UNIVERSITY, geography
from .name_relations import bare_campus, name_relations
from .names import (JOINT_JOINER, ORDINAL_MARK, Name, qualifier, find_names, lead_hospital, numbered_short_end,
                    written_as_kind)
from .places import STREET_IN_NAME, PlaceMatch, choose_code, find_places, in_region, own_zones
from .programs import find_programs, names_its_place
from .relations import RESPECTIVELY, text_relations
from .short_forms import merge_short_forms, ordinal_abbreviation
from .spans import CJK, CLOSE_QUOTES, HAN, LIST_COMMA, OPEN_QUOTES, PHRASE_BREAKS, covers, strip_quotes
from .state import DocState

__all__ = ["COMPONENTS", "Component", "check_order", "extract", "merged_short_forms"]

#: the masthead and headline: the first sentences of a page, whose places count double
HEADLINE_SENTENCES = 3
HEADLINE_WEIGHT = 2.0
#: the levels a page may speak as (我区, 我市), the most specific first
SPEAKER_LEVELS = ("district", "city")


@dataclass(frozen=True)
class Component:
    """A named step of extraction: what it needs of the state and what it adds."""

    name: str
    run: Callable[[DocState, Resources], None]
    requires: frozenset[str]
    assigns: frozenset[str]


def _component(name: str, requires: Iterable[str], assigns: Iterable[str]):
    def wrap(run: Callable[[DocState, Resources], None]) -> Component:
        return Component(name, run, frozenset(requires), frozenset(assigns))
    return wrap


@_component("tokens", ["sentences"], ["tokens"])
def _tokens(state: DocState, res: Resources) -> None:
    """jieba tokens of each sentence, computed when a rule first reads them."""
    state.tokens = [LazyTokens(s.text, res.tokens) for s in state.sentences]


@_component("places", ["tokens"], ["places"])
def _places(state: DocState, res: Resources) -> None:
    state.places = [_with_own_zones(find_places(s.text, res, t), s.text, res, t)
                    for s, t in zip(state.sentences, state.tokens)]


def _with_own_zones(places: tuple[PlaceMatch, ...], text: str, res: Resources, tokens) -> tuple[PlaceMatch, ...]:
    """``places`` and the zones the text names by their own name (:func:`~kg.extract.places.own_zones`:
    东湖高新区), in the order of the text."""
    zones = own_zones(text, res, tokens, places)
    return tuple(sorted(places + zones, key=lambda m: m.start)) if zones else places


@_component("context", ["places"], ["context"])
def _context(state: DocState, res: Resources) -> None:
    """Home places of the page and of each story."""
    sents = state.sentences
    codes = [[m.codes[0] for m in pms if len(m.codes) == 1] + _deictic_regions(s.text, res)
             for s, pms in zip(sents, state.places)]
    weights = [HEADLINE_WEIGHT if i < HEADLINE_SENTENCES else 1.0 for i in range(len(sents))]
    doc_ctx = infer_context(codes, weights, res, district_cue_count([s.text for s in sents], res))
    by_story: dict[int, list[int]] = {}
    for i, s in enumerate(sents):
        by_story.setdefault(s.story, []).append(i)
    for story, idx in by_story.items():
        chosen = [[choose_code(m.codes, doc_ctx.chain(), res, m.official) for m in state.places[i]] for i in idx]
        scodes = [[c for c in cs if c] for cs in chosen]
        cues = district_cue_count([sents[i].text for i in idx], res)
        state.story_context[story] = infer_context(scodes, [1.0] * len(idx), res, cues, fallback=doc_ctx)
    state.doc_context = doc_ctx


def _deictic_regions(text: str, res: Resources) -> list[str]:
    """The codes of the provinces that deictic words of ``text`` name by their abbreviation (本港,
    全澳: :func:`_named_by_abbreviation`): a page that says 全港 speaks from Hong Kong, as one that
    names it.

    >>> from kg.resources import load_resources
    >>> _deictic_regions("全港过万名中医，本澳居民。本市医院", load_resources())
    ['810000', '820000']
    """
    found = (_named_by_abbreviation(d.group(), res) for d in res.lexicon.deictic_re.finditer(text))
    return [code for code in found if code]


@_component("speaker", ["context"], ["speaker"])
def _speaker(state: DocState, res: Resources) -> None:
    """The place a page speaks as: its district when it says 我区/全区, its city for 我市."""
    text = "".join(s.text for s in state.health_sentences())
    speaks = res.lexicon.speaker_level
    for level in SPEAKER_LEVELS:
        code = state.doc_context.at(level)
        if code and any(form in text for form, lv in speaks.items() if lv == level):
            state.speaker = code
            return


@_component("institutions", ["tokens", "places", "context"], ["names", "institution_entities"])
def _institutions(state: DocState, res: Resources) -> None:
    """Hospitals, bodies and alliances; an alliance named after its lead institution names it too."""
    for s in state.health_sentences():
        names = find_names(s.text, state.context(s), res, state.tokens[s.index],
                           tuple((m.start, m.end) for m in state.places[s.index]), affiliations=True)
        state.names[s.index] = names
        for n in names:
            if n.affiliation:
                continue  # 甲医院院长王强: named only as where a person works (its places are none of the story's)
            _, written = state.mention(s, n.start, n.end)
            state.add(s, n.start, n.end, n.type, n.name, rule=n.rule, place=n.place, surface=n.surface,
                      aliases=(written,) if written != s.text[n.start:n.end] else (), occurs=True, nested=n.nested)
            if n.type == EntityType.ALLIANCE:
                _lead_institution(state, res, s, n)
            elif n.type == EntityType.HOSPITAL:
                _campus_parent(state, res, s, n)


def _lead_institution(state: DocState, res: Resources, s: Sentence, n: Name) -> None:
    """吉大一院二道区医联体 names 吉林大学第一医院 (nested in the alliance's name); a hospital the alias
    table does not list is named by the words before the kind (上海同济医院医疗集团: :func:`lead_hospital`)."""
    written = {form for _, form in res.known_automaton.iter(n.surface)}
    for form in sorted(written, key=res.compiled(_known_order).__getitem__):  # in the alias table's order
        known = res.known[form]
        if known.type in (EntityType.HOSPITAL, EntityType.ORGANIZATION) and n.name.startswith(known.name):
            state.add(s, n.start, n.end, EntityType(known.type), known.name, rule="institutions:lead-institution",
                      place=known.place or None, surface=form, occurs=True, nested=True)
            return
    lead = lead_hospital(n, state.context(s), res)
    if lead is not None:
        state.add(s, lead.start, lead.end, lead.type, lead.name, rule=lead.rule, place=lead.place,
                  surface=lead.surface, occurs=True, nested=True)


#: the rule id of a parent hospital named only inside its campus's name
CAMPUS_PARENT_RULE = "institutions:campus-parent"


def _campus_parent(state: DocState, res: Resources, s: Sentence, n: Name) -> None:
    """A campus or branch named after its parent hospital (``name_parts.tsv`` bare_campus: 友谊医院顺义院区,
    上海市第一人民医院嘉定分院) names the parent too, nested in the campus's name, as the page's other
    names are read (友谊医院: 首都医科大学附属北京友谊医院); :func:`kg.extract.name_relations.name_relations`
    makes the campus part of it.
    """
    surface = s.text[n.start:n.end]
    word = next((w for w in res.lexicon.bare_campuses if surface.endswith(w)), None)
    at = surface.rfind(OWN_INSTITUTION, 0, len(surface) - len(word)) if word else -1
    if at < 0:
        return
    parent = surface[:at + len(OWN_INSTITUTION)]
    p = next((m for m in find_names(parent, state.context(s), res)
              if m.start == 0 and m.end == len(parent) and m.type == EntityType.HOSPITAL), None)
    if p is not None:
        state.add(s, n.start, n.start + len(parent), p.type, p.name, rule=CAMPUS_PARENT_RULE, place=p.place,
                  surface=p.surface, occurs=True, nested=True)


def _known_order(res: Resources) -> dict[str, int]:
    """Each name of the alias table with its position in it (built once per resources)."""
    return {form: i for i, form in enumerate(res.known)}


#: the programme rules that find a name healthcare by itself (健康中国, 国家高级卒中中心, 健康海南,
#: 沪滇协作): on a healthcare page they count outside its healthcare stories too
SELF_HEALTH_RULES = frozenset({"programmes:named", "programmes:designation", "programmes:healthy-place",
                               "programmes:abbreviation-pairing"})


@_component("programmes", ["names"], ["programme_entities"])
def _programmes(state: DocState, res: Resources) -> None:
    divisions = res.gazetteer.divisions
    page_places = tuple(sorted({divisions[c].name for pms in state.places for m in pms for c in m.codes}))
    for s in state.health_sentences():
        names = state.names.get(s.index, [])
        for p in find_programs(s.text, res, page_places, tuple((n.start, n.end) for n in names),
                               tuple((n.start, n.end) for n in names if n.type == EntityType.ALLIANCE)):
            if any(n.start <= p.start and p.end <= n.end for n in names):
                continue
            _, written = state.mention(s, p.start, p.end)
            extra = {strip_quotes(written)} if written != s.text[p.start:p.end] else set()
            state.add(s, p.start, p.end, EntityType.PROGRAM, p.name, rule=p.rule, surface=p.surface,
                      aliases=p.aliases | extra, occurs=True)
    _known_outside_health(state, res, page_places)
    _quoted_again(state)


def _known_outside_health(state: DocState, res: Resources, page_places: tuple[str, ...]) -> None:
    """On a healthcare page, a programme a rule of :data:`SELF_HEALTH_RULES` names in a sentence
    of a story not marked as healthcare (a closing line of its own: 为推进健康中国战略贡献力量),
    when the healthcare stories do not name it already."""
    if next(iter(state.health_sentences()), None) is None:
        return
    for s in state.sentences:
        if s.health:
            continue
        for p in find_programs(s.text, res, page_places):
            if p.rule in SELF_HEALTH_RULES and entity_key(EntityType.PROGRAM, p.name) not in state.entities:
                state.add(s, p.start, p.end, EntityType.PROGRAM, p.name, rule=p.rule, surface=p.surface,
                          aliases=p.aliases, occurs=True)


def _quoted_again(state: DocState) -> None:
    """A name the page has quoted as a programme (「HA Go」) names it wherever the page quotes it again."""
    quoted = {p.name: p for p in state.entities.values()
              if p.type == EntityType.PROGRAM and any(r.startswith("programmes:quoted") for r in p.rules)}
    if not quoted:
        return
    for s in state.health_sentences():
        spans = [(o.start, o.end) for o in state.occurrences_in(s)]
        for name, e in quoted.items():
            for start, end in _quoted_spans(name, s.text):
                if not any(a < end + 1 and start - 1 < b for a, b in spans):
                    state.add(s, start, end, e.type, e.name, rule="programmes:quoted-again", occurs=True)


def _quoted_spans(name: str, text: str) -> Iterator[tuple[int, int]]:
    """The spans of ``name`` where ``text`` holds it between an opening and a closing quotation
    mark, left to right, no two sharing a mark.

    >>> list(_quoted_spans("健康行", '“健康行”与"健康行"，健康行'))
    [(1, 4), (7, 10)]
    """
    start, earliest = text.find(name), 1
    while start >= 0 and name:
        end = start + len(name)
        if start >= earliest and text[start - 1] in OPEN_QUOTES and end < len(text) and text[end] in CLOSE_QUOTES:
            yield start, end
            earliest = end + 2
        start = text.find(name, start + 1)


def _name_spans(state: DocState, s: Sentence) -> list[tuple[int, int]]:
    """Spans of the institutions and programmes a sentence names."""
    return [(o.start, o.end) for o in state.occurrences_in(s) if not o.is_place]


@_component("abbreviations", ["institution_entities", "programme_entities"], ["abbreviation_entities"])
def _abbreviations(state: DocState, res: Resources) -> None:
    """An abbreviation the text defines right after a name (（简称北医附医）, （以下简称“医联体”）)
    is an alias of that name's entity, and names it wherever the page writes it again; so are a
    second name in brackets (:func:`_second_names`) and a former name (:func:`_former_names`)."""
    defined: dict[str, str] = {}
    definitions: dict[int, list[tuple[int, int]]] = {}
    for s in state.health_sentences():
        for m in res.lexicon.abbreviation_re.finditer(s.text):
            definitions.setdefault(s.index, []).append(m.span())
            named = [o for o in state.occurrences_in(s) if not o.is_place and not o.nested and o.end == m.start()]
            if named:
                key = max(named, key=lambda o: o.end - o.start).key
                state.entities[key].aliases.add(m.group("short"))
                defined.setdefault(m.group("short"), key)
    for s in state.health_sentences():
        _second_names(state, s, res)
        _former_names(state, s, res)
        _unveiled_names(state, s, res)
    _numbered_short_forms(state, res)
    _numbered_place_short_forms(state, res)
    _affiliated_without_parent(state, res)
    _joint_name_parts(state, res)
    for short, key in defined.items():
        e = state.entities[key]
        for s in state.health_sentences():
            spans = [(o.start, o.end) for o in state.occurrences_in(s)] + definitions.get(s.index, [])
            start = s.text.find(short)
            while start >= 0:
                end = start + len(short)
                if not any(a < end and start < b for a, b in spans):
                    state.add(s, start, end, e.type, e.name, rule="abbreviation", code=e.code, occurs=True)
                start = s.text.find(short, end)


#: the most characters a numbered hospital written short has before its number (大连医科大学附属一院)
MAX_NUMBERED_HEAD = 8


def _numbered_short_forms(state: DocState, res: Resources) -> None:
    """A numbered hospital written short (兰大一院, 安医大一附院), outside any name, names the page's one
    hospital it abbreviates (兰州大学第一医院: :func:`~kg.extract.short_forms.ordinal_abbreviation`)."""
    lex = res.lexicon
    hospitals = [e.name for _, e in state.entities_of(EntityType.HOSPITAL)]
    if not hospitals:
        return
    end_re = res.compiled(numbered_short_end)
    for s in state.health_sentences():
        spans = [(o.start, o.end) for o in state.occurrences_in(s)]
        for m in end_re.finditer(s.text):
            for start in range(max(0, m.start() - MAX_NUMBERED_HEAD), m.start()):
                written = s.text[start:m.end()]
                if not HAN.match(written) or any(a < m.end() and start < b for a, b in spans):
                    continue
                found = [h for h in hospitals if ordinal_abbreviation(written, h, lex.numerals, lex.place_blockers)]
                if len(found) == 1:
                    state.add(s, start, m.end(), EntityType.HOSPITAL, found[0], rule="abbreviation:numbered",
                              occurs=True)
                    break


#: the kind a place's numbered hospital written short as 院 has when the page names none of it (市七院:
#: the city's 第七人民医院)
NUMBERED_DEFAULT_KIND = "人民医院"
#: what a hospital's kind ends with (院 written short stands for any: 人民医院, 医院)
HOSPITAL_END = "医院"


def _numbered_place_short_forms(state: DocState, res: Resources) -> None:
    """A place's numbered hospital written short after a relative level without 第 (市七院, 区二院,
    县一医院, 市二人民医院: ``name_parts.tsv`` numbered_kind), a word of its own, outside any name, names
    the home place's hospital of that number: the page's one named in full (淮安市第二人民医院 of 市二院),
    else the place's 第N人民医院 (院, 人民医院) or 第N医院 (医院) as written."""
    lex = res.lexicon
    hospitals = [e.name for _, e in state.entities_of(EntityType.HOSPITAL)]
    for s in state.health_sentences():
        spans = [(o.start, o.end) for o in state.occurrences_in(s)]
        starts = {a for _, a, _ in state.tokens[s.index]}
        for m in lex.numbered_place_re.finditer(s.text):
            if any(a < m.end() and m.start() < b for a, b in spans) or m.start() not in starts:
                continue
            q = qualifier(m.group("level"), state.context(s), res)
            if q is None:
                continue
            stem, kind = f"{q[0]}{ORDINAL_MARK}{m.group('number')}", m.group("kind")
            written = kind if kind.endswith(HOSPITAL_END) else None
            found = [h for h in hospitals if h.startswith(stem) and h.endswith(written or HOSPITAL_END)
                     and h[len(stem):] in lex.numbered_kinds]
            name = found[0] if len(found) == 1 else stem + (written or NUMBERED_DEFAULT_KIND)
            state.add(s, m.start(), m.end(), EntityType.HOSPITAL, name, rule="abbreviation:numbered-place",
                      place=q[1], occurs=True)


def _affiliated_without_parent(state: DocState, res: Resources) -> None:
    """A hospital written after its affiliation without its university (附属第二医院, 附属台州妇女儿童医院:
    ``name_parts.tsv`` affiliation), when the page names no hospital ending with it in full, is the
    affiliated hospital of the page's one university or college (``place_blocker``: 温州医科大学附属第二医院)."""
    lex = res.lexicon
    parents = {e.name for _, e in state.entities_of(EntityType.ORGANIZATION) if e.name.endswith(lex.place_blockers)}
    for _, e in state.entities_of(EntityType.HOSPITAL):  # 温州医科大学 of 温州医科大学附属台州妇女儿童医院
        parents.update(m.group(1) for m in [lex.university_head_re.match(e.name)] if m)
    if len(parents) != 1:
        return
    parent = parents.pop()
    hospitals = [e.name for _, e in state.entities_of(EntityType.HOSPITAL)]
    for s in state.health_sentences():
        for o in list(state.occurrences_in(s)):
            name = state.entities[o.key].name
            if o.type == EntityType.HOSPITAL and name.startswith(tuple(lex.affiliations)) \
                    and not any(h != name and h.endswith(name) for h in hospitals):
                state.add(s, o.start, o.end, EntityType.HOSPITAL, parent + name, rule="abbreviation:affiliated",
                          occurs=True)


def _joint_name_parts(state: DocState, res: Resources) -> None:
    """The hospital's own name in a joint name (宁夏回族自治区中医医院 of 宁夏回族自治区中医医院暨中医研究院,
    ``name_parts.tsv`` joint_kind) is an alias of the joint name's hospital: one node however the page
    writes it."""
    for _, e in state.entities_of(EntityType.HOSPITAL):
        if JOINT_JOINER in e.name and e.name.endswith(res.lexicon.joint_kinds):
            e.aliases.add(e.name[:e.name.index(JOINT_JOINER)])


#: the brackets around an institution's second name written right after its first
#: (江苏省人民医院（南京医科大学第一附属医院）)
SECOND_NAME_BRACKETS = ("（）", "()")


def _second_names(state: DocState, s: Sentence, res: Resources) -> None:
    """An institution named in brackets right after another of the same type, the whole bracket
    its name (or the whole bracket but its quotation marks: 北京协和医院澳门医学中心（“澳门协和医院”）),
    is that one's second name: an alias of it (short_forms joins the two), also when the bracket
    lists more names (甲医院（乙医院、丙学院）: each of 甲医院's type), or when a word of its
    present name opens the bracket (``name_parts.tsv`` second_name_lead: 甲医院（现乙医院）); so is a
    hospital written right after another with a joiner of two names of one hospital between them
    (``name_parts.tsv`` second_name_joiner: 甲县人民医院暨乙医院甲县分院, 甲医院/乙医院)."""
    named = [o for o in state.occurrences_in(s) if not o.is_place and not o.nested]
    joiners = res.lexicon.second_name_joiners
    starting = {o.start: o for o in sorted(named, key=lambda o: o.end)}  # the longest at each edge
    ending = {o.end: o for o in sorted(named, key=lambda o: -o.start)}
    for o in named:
        start, end = o.start, o.end
        if s.text[start - 1:start] in OPEN_QUOTES and s.text[end:end + 1] in CLOSE_QUOTES:
            start, end = start - 1, end + 1
        else:  # 永川医院（重庆市第二人民医院、重庆医科大学第五临床学院）: a bracket may list the second names
            start, end = _listed_with(s.text, start, end, starting, ending)
        lead = next((w for w in res.lexicon.second_name_leads if s.text.endswith(w, 0, start)), "")
        if lead and s.text[start - len(lead) - 1:start - len(lead)] + s.text[end:end + 1] in SECOND_NAME_BRACKETS:
            start -= len(lead)  # 甲医院（现乙医院）: the bracket opens before the word
        if start == 0:
            continue
        bracketed = s.text[start - 1] + s.text[end:end + 1] in SECOND_NAME_BRACKETS
        if not bracketed and not (o.type == EntityType.HOSPITAL and s.text[o.start - 1] in joiners):
            continue
        first = [f for f in named if f.end == start - 1 and f.type == o.type and f.key != o.key]
        if first:
            owner = max(first, key=lambda f: f.end - f.start)
            if lead:  # the present name is the name; the one before the bracket, a former one
                _another_name(state, o.key, owner.key)
            else:
                _another_name(state, owner.key, o.key)


def _listed_with(text: str, start: int, end: int, starting: dict, ending: dict) -> tuple[int, int]:
    """Where the list that holds the name at ``start``..``end`` starts and ends: over the names
    (occurrences by their ``start`` and ``end``) written before and after it, each one
    :data:`LIST_COMMA` away from the next.

    >>> from types import SimpleNamespace as N
    >>> a, b = N(start=1, end=4), N(start=5, end=8)
    >>> _listed_with("（甲医院、乙医院）", 5, 8, {1: a, 5: b}, {4: a, 8: b})
    (1, 8)
    """
    while text[start - 1:start] == LIST_COMMA and (before := ending.get(start - 1)) is not None:
        start = before.start
    while text[end:end + 1] == LIST_COMMA and (after := starting.get(end + 1)) is not None:
        end = after.end
    return start, end


def _another_name(state: DocState, owner: str, other: str) -> None:
    """The name of the entity ``other`` is another name of ``owner``: its alias, unless ``owner``'s
    name is already ``other``'s (甲医院/乙医院, then 乙医院加挂甲医院: one pair of names, which
    short_forms joins; two names each the other's alias would stay apart)."""
    if state.entities[owner].name not in state.entities[other].aliases:
        state.entities[owner].aliases.add(state.entities[other].name)


#: how the name of a hospital ends (医院, 分院, 卫生院, 院区), not a centre's housed in one (分中心, 基地)
HOSPITAL_NAME_ENDS = ("院", "院区")


def _unveiled_names(state: DocState, s: Sentence, res: Resources) -> None:
    """A hospital whose plaque is unveiled at another (``name_parts.tsv`` unveiled_at: 乙医院揭牌仪式在甲医院举行),
    the venue named right after the cue, is the venue's new name: an alias of it (short_forms joins the
    two), as the hospital that hangs a plaque keeps its premises. A centre unveiled at a hospital
    (乙分中心揭牌仪式在甲医院举行) is a unit housed there: its name does not end as a hospital's
    (:data:`HOSPITAL_NAME_ENDS`)."""
    named = [o for o in state.occurrences_in(s) if not o.is_place and not o.nested and o.type == EntityType.HOSPITAL]
    for m in res.lexicon.unveiled_at_re.finditer(s.text):
        plaques = [o for o in named if o.end == m.start() and state.entities[o.key].name.endswith(HOSPITAL_NAME_ENDS)]
        venues = [o for o in named if o.start == m.end()]
        if plaques and venues:
            plaque, venue = (max(xs, key=lambda o: o.end - o.start) for xs in (plaques, venues))
            if plaque.key != venue.key:
                _another_name(state, venue.key, plaque.key)


#: the words that go on a list of former names (前身为甲医院、乙医院)
FORMER_NAME_JOINERS = ("、", "和", "及")
#: between an institution and a former-name cue, says the institution merged into the one renamed, keeping
#: its own name (与原乙疗养院合并重组更名为甲医院)
MERGER = "合并"


def _former_names(state: DocState, s: Sentence, res: Resources) -> None:
    """The institutions named right after a former-name cue (``name_parts.tsv`` former_name: 前身为,
    原名, 挂牌, 更名为), one or a list, each in quotation marks or not, are former names of the sentence's
    institution of their type written right before the cue (乙医院增挂丙医院牌子), else of its first, or
    of each in turn when the cue follows 分别; after an earlier cue of the sentence, of the first named
    since that cue's names (甲医院更名为乙医院，丙医院更名为丁医院: 丁 is 丙's), and of none when an
    institution not named comes between. A list goes on past a name the rules did not find
    (:func:`_past_unnamed`); a sentence that names no institution before its cue continues the
    previous sentence of its story when that one starts with an institution, its subject (甲医院创建于1898年。相继更名为
    乙医院、丙医院). A merger's partner keeps its own name (:data:`MERGER`); a name in quotation marks counts only
    when it is the whole quotation."""
    named = sorted((o for o in state.occurrences_in(s) if not o.is_place and not o.nested), key=lambda o: o.start)
    starting = {o.start: o for o in reversed(named)}  # the longest name at each start comes last in reverse
    previous = [o for p in state.sentences[s.index - 1:s.index] if p.story == s.story and p.index == s.index - 1
                for o in state.occurrences_in(p) if o.start == 0 and not o.is_place and not o.nested]
    since = 0  # where the names of the sentence's previous cue end
    for m in res.lexicon.former_name_re.finditer(s.text):
        subjects = [o for o in named if o.end <= m.start()]
        since_last = [o for o in subjects if o.start >= since]
        if since and not since_last and res.lexicon.suffix_re.search(s.text, since, m.start()):
            continue  # 甲医院更名为乙医院，市二人民医院更名为丁医院: a subject the rules did not name
        subjects = since_last or subjects or ([] if since else previous)
        if subjects and subjects[-1] in named and MERGER in s.text[subjects[-1].end:m.start()]:
            continue  # 与原乙疗养院合并重组更名为甲医院: the partner of a merger keeps its own name
        ends = subjects[-1].end if subjects and subjects[-1] in named else 0
        respectively = RESPECTIVELY in s.text[ends:m.start()]
        at, k = _past_quote(s.text, m.end()), 0
        while at >= 0:
            o = starting.get(at)
            if o is None:
                at = _past_unnamed(s.text, at, res)
                continue
            if s.text[at - 1:at] in OPEN_QUOTES and s.text[o.end:o.end + 1] not in CLOSE_QUOTES:
                break  # 被冠名为“甲医院消化内科中心”: a name the rules found only the start of
            of_type = [x for x in subjects if x.type == o.type]  # (not a body written before it)
            right_before = [x for x in of_type if x.end == m.start() and x in named]
            owner = of_type[min(k, len(of_type) - 1)] if respectively and of_type \
                else next(iter(right_before or of_type), None)
            if owner is not None and o.key != owner.key:
                _another_name(state, owner.key, o.key)
            after = o.end + 1 if s.text[o.end:o.end + 1] in CLOSE_QUOTES else o.end
            at = _past_quote(s.text, after + 1) if s.text[after:after + 1] in FORMER_NAME_JOINERS else -1
            since, k = after, k + 1


#: the most characters of a former name the rules did not find, in a list of them (广德医院)
MAX_UNNAMED_FORMER = 16


def _past_unnamed(text: str, at: int, res: Resources) -> int:
    """Where a list of former names goes on past one the rules did not find written at ``at``: a word
    of Han characters ending with an institution's suffix and followed by 、 (相继更名为广德医院、乙医院); else -1."""
    item = re.match(rf"[{CJK}]{{2,{MAX_UNNAMED_FORMER}}}(?=、)", text[at:])
    if item is None or not any(m.end() == item.end() for m in res.lexicon.suffix_re.finditer(item.group())):
        return -1
    return _past_quote(text, at + item.end() + 1)


def _past_quote(text: str, at: int) -> int:
    """``at``, or past the opening quotation mark written there (增挂牌“丙医院”)."""
    return at + 1 if text[at:at + 1] in OPEN_QUOTES else at


@_component("place_entities", ["places", "context", "institution_entities", "programme_entities"],
            ["place_entities"])
def _place_entities(state: DocState, res: Resources) -> None:
    """Places a healthcare sentence names; a place inside a name only as its leading qualifiers
    (潞州区 and 城北庄镇 of 潞州区城北庄镇卫生院), as the place of a 健康<place> programme (四川 of
    健康四川) or, when it is in the page's region, as the place a
    university's or a parent hospital's local institution is named after (灵山 of 桂林医科大学附属灵山医院)."""
    gaz, lex = res.gazetteer, res.lexicon
    for s in state.health_sentences():
        if TIMESTAMP.search(s.text) or _is_menu(s.text):
            continue  # a line of page metadata (发布于:2023-08-17 16:40 来自:安徽日报) or a menu: the site's places
        spans = _name_spans(state, s)
        # 延安市志丹县 of 延安市志丹县妇幼保健院王辉院长: a place inside a name of where a person works
        affiliations = [(n.start, n.end) for n in state.names.get(s.index, []) if n.affiliation]
        leading: dict[int, str] = {}  # where a leading place of a name ends -> its code
        written: list[str] = []  # the places the sentence has named so far: they confirm a county's short
        # form after them when the page's context does not (贵州省荔波、独山, 江苏吴江)
        for m in state.places[s.index]:
            if any(a <= m.start and m.end <= b or m.end == a for a, b in affiliations):
                continue
            inside = [sp for sp in spans if sp[0] <= m.start and m.end <= sp[1]]
            # 四川 of 健康四川: a 健康<place> programme's place counts as its leading qualifier would
            # (and 韶关市 of 农工党韶关市委会: a party's committee of a place is that place's own)
            own_place = bool(inside) and (names_its_place(s.text[inside[0][0]:m.start], res)
                                          or s.text[inside[0][0]:m.start] in lex.party_committees)
            after_lead = bool(inside) and inside[0][0] != m.start and m.start not in leading and not own_place
            local = after_lead and (_local_in_name(s.text[inside[0][0]:m.start])
                                    or _names_its_campus(s.text, m.end, inside[0][1], lex))
            if inside and ((after_lead and not local)
                           or any(b in s.text[m.end:inside[0][1]] for b in lex.place_blockers)):
                continue  # a place inside a name counts only as its leading qualifier (not 吉林 of 吉林大学,
                # nor 右江 of 右江民族医学院附属医院: the place names the college, not where the hospital is)
                # or as the place a university's or a parent hospital's local institution is named after
            if inside and inside[0][0] == m.start and _places_after_parent(s.text, inside[0], state.places[s.index]):
                continue  # 广东省 of 广东省人民医院赣州医院: the parent hospital's place, not where this one is
            if m.rule == STREET_IN_NAME:
                continue  # 八一路 of 大连西岗八一路社区卫生服务中心: where a name starts, no place the gold counts
            if s.text.startswith(lex.media_after, m.end):
                continue  # 上饶日报, 上饶新闻网: a medium named after its place (``places.tsv`` media_after)
            if _in_dateline(s.text, m, lex):
                continue  # 新华社长春10月18日电: where the reporter files from, not a place of the story
            if not inside and _names_a_college(s.text, m.end, lex, state.tokens[s.index].bounds()):
                continue  # 大连 of 大连医科大学副校长 (a title, so no name): a university's place locates nothing
            if not inside and _opens_a_title(s.text, m.end, lex):
                continue  # 浙江省政协副主席, 南京市政府副市长: the place of a person's office, not of the story
            if not m.codes:
                _written_place(state, s, m, res, written, inside)
                continue
            code = choose_code(m.codes, state.context(s).chain(), res, m.official) \
                or choose_code(m.codes, (*reversed(written), *state.context(s).chain()), res, m.official) \
                or (m.official and choose_code(m.codes, _page_counties(state, res), res)) or None
            if code is None or (inside and inside[0][0] != m.start and not local and not own_place
                                and leading[m.start] not in gaz.ancestors(code)):
                continue  # after the leading place, only a place inside it (城北庄镇 of 潞州区城北庄镇卫生院)
            if own_place and gaz.divisions[code].type not in OWN_PLACE_TYPES:
                continue  # 中原 of 健康中原: a region that shares a district's short form, no place
            if local and not in_region(code, set(state.context(s).chain()), gaz):
                continue  # 中山 of 复旦大学附属中山医院 on a page of 上海: a hospital's own name, no place of the page
            if inside and inside[0][0] == m.start and not m.official \
                    and _campus_of_a_quarter(s.text, m.end, inside[0][1], code, state.context(s), res):
                continue  # 朝阳 of 朝阳院区 on a page of 南昌: a quarter of the town, no division elsewhere
            if inside:
                leading[m.end] = code
                # a district after the city that runs the institution (台南市立安南医院: ``places.tsv`` run_by)
                leading.update({m.end + len(mark): code for mark in lex.run_by if s.text.startswith(mark, m.end)})
            written.append(code)
            div = gaz.divisions[code]
            state.add(s, m.start, m.end, div.type, div.name, rule=m.rule or ("places:official" if m.official else "places:short"),
                      code=code, occurs=True, nested=bool(inside))


def _page_counties(state: DocState, res: Resources) -> tuple[str, ...]:
    """The counties the page has named so far, in code order: an official town name several counties
    have (黄家镇 of 彭水县 and of 大竹县) is the one in a county the page names, even where the story's
    context is elsewhere (a page of 聊城 on its aid to 彭水)."""
    gaz = res.gazetteer
    return tuple(sorted(e.code for e in state.entities.values()
                        if e.code and gaz.divisions[e.code].level == "county"))


#: the divisions a 健康<place> programme names as its own place (健康四川, 健康泸州): a province or a city
#: (a district's short form after 健康 is as often a region's, 健康中原)
OWN_PLACE_TYPES = (EntityType.PROVINCE, EntityType.CITY)


#: what before a place inside a name makes the institution local to that place: a university's or a
#: parent hospital's (桂林医科大学附属灵山医院, 北京大学深圳医院, 友谊医院西城院区, 安贞医院吉林医院)
LOCAL_AFTER = (UNIVERSITY, OWN_INSTITUTION)


def _local_in_name(before: str) -> bool:
    """True when the part of a name before a place in it ends a university's or a parent hospital's
    name, maybe with 附属 (:data:`LOCAL_AFTER`): the institution is named after the place it is in.

    >>> _local_in_name("桂林医科大学附属"), _local_in_name("友谊医院"), _local_in_name("人民")
    (True, True, False)
    """
    stem = before.removesuffix(AFFILIATED)
    return stem.endswith(LOCAL_AFTER)


def _names_its_campus(text: str, end: int, name_end: int, lex) -> bool:
    """True when a place inside a name is followed by the campus word that ends the name
    (``name_parts.tsv`` campus: 成大斗六分院, 台大云林分院, 中山一院南沙院区): the branch is named after
    the place it stands in.

    >>> from kg.lexicon import shipped_lexicon
    >>> _names_its_campus("成大斗六分院开诊", 4, 6, shipped_lexicon()), _names_its_campus("吉林大学第一医院", 2, 8, shipped_lexicon())
    (True, False)
    """
    return any(text.startswith(word, end) and end + len(word) == name_end for word in lex.campuses)


def _campus_of_a_quarter(text: str, end: int, name_end: int, code: str, ctx: Context, res: Resources) -> bool:
    """True when a campus is named alone after a short place name (朝阳院区, 眉山分院: ``name_parts.tsv``
    campus) that reads as a division outside the page's region (朝阳市 of 辽宁 on a page of 南昌, 眉山市
    of 四川 on one of 南安): the campus is named after a quarter of its own town, and no place is named."""
    return _names_its_campus(text, end, name_end, res.lexicon) and not in_region(code, set(ctx.chain()), res.gazetteer)


def _places_after_parent(text: str, span: tuple[int, int], places) -> list[PlaceMatch]:
    """The places a name goes on with after the parent hospital's name it opens with
    (赣州 of 广东省人民医院赣州医院, 吉林 of 北京安贞医院吉林医院): the local hospital is named after the
    place it is in, so the place the name opens with only names its parent (GUIDELINES.md, places
    inside a name).

    >>> text = "广东省人民医院赣州医院揭牌"
    >>> ps = (PlaceMatch(0, 3, "广东省", ("440000",), True), PlaceMatch(7, 9, "赣州", ("360700",), False))
    >>> [p.surface for p in _places_after_parent(text, (0, 11), ps)], _places_after_parent("广东省人民医院揭牌", (0, 7), ps[:1])
    (['赣州'], [])
    """
    start, end = span
    return [p for p in places if start < p.start and p.end <= end and text[start:p.start].endswith(OWN_INSTITUTION)]


#: the word between a university and the place its local hospital is named after (…大学附属灵山医院)
AFFILIATED = "附属"


def _written_place(state: DocState, s: Sentence, m, res: Resources, written: list[str], inside: list) -> None:
    """A town or zone the gazetteer does not list (城北庄镇 of 潞州区城北庄镇卫生院, 成都高新区:
    ``places.find_places``): a District whose place is the county written just before it or the city
    it is named after; a zone written by its own name alone (东湖高新区: ``places.own_zones``) is in
    the story's city."""
    parent = (next((c for c in reversed(written) if c in m.parents), None)
              or choose_code(m.parents, state.context(s).chain(), res)) if m.parents else state.context(s).city
    if parent:
        state.add(s, m.start, m.end, EntityType.DISTRICT, m.surface, rule=m.rule, place=parent, occurs=True,
                  nested=bool(inside))


#: a date with a clock time: the mark of a line of page metadata (发布时间：2025-09-16 08:30)
TIMESTAMP = re.compile(r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}:\d{2}")
#: a menu: at least this many short items with spaces between and no punctuation (上饶发布 数字报刊 大美上饶)
MENU_ITEMS = 3
MENU_ITEM_CHARS = 6
MENU_PUNCTUATION = "，。；：、！？,;:!?"


def _is_menu(text: str) -> bool:
    """True for a line of navigation: short items with spaces between and no punctuation.

    >>> _is_menu("首页 新闻中心 长春发布 数字报刊"), _is_menu("长春市 人民医院开展义诊，服务患者")
    (True, False)
    """
    items = text.split()
    return len(items) >= MENU_ITEMS and all(len(i) <= MENU_ITEM_CHARS for i in items) \
        and not any(c in text for c in MENU_PUNCTUATION)


#: the date after the place of a dateline (新华社长春10月18日电)
DATELINE_DATE = re.compile(r"\s*[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日")
#: what follows a dateline's place wherever the dateline stands (来源：新华社 新华社昆明3月9日电): a date and
#: 电, or a medium named after it and 讯, maybe with a date (本网长沙讯, 天津北方网讯, 中国甘肃网6月19日讯;
#: not 通讯员)
DATELINE_END = re.compile(rf"{DATELINE_DATE.pattern}电|(?:[{CJK}]{{0,4}}?[网报港])?(?:{DATELINE_DATE.pattern})?讯(?!员)")


def _in_dateline(text: str, m, lex) -> bool:
    """True when a place stands between a news agency that starts the sentence (``page_noise.tsv``
    story_start) and a date, or before the end of a dateline (:data:`DATELINE_END`): the dateline's place.

    >>> from kg.lexicon import shipped_lexicon
    >>> from kg.extract.places import PlaceMatch
    >>> _in_dateline("新华社长春10月18日电 记者报道", PlaceMatch(3, 5, "长春", ("220100",), False), shipped_lexicon())
    True
    >>> [_in_dateline(t, PlaceMatch(2, 4, "长沙", ("430100",), False), shipped_lexicon())
    ...  for t in ("本网长沙讯：日前", "来源长沙9月5日电", "市民长沙通讯员")]
    [True, True, False]
    """
    start = lex.story_start_re.match(text)
    return (bool(start) and start.end() == m.start and bool(DATELINE_DATE.match(text, m.end))) \
        or bool(DATELINE_END.match(text, m.end))


#: how far after a place a university or college word may stand for the place to be its name's (医科大学)
COLLEGE_WINDOW = 4


def _names_a_college(text: str, end: int, lex, bounds: Set[int]) -> bool:
    """True when a university or college word (``name_parts.tsv`` place_blocker) follows a place
    within a few Han characters (大连医科大学, 吉首大学): the place is that college's name; not when a
    stop word or character stands between (兰州市高新区的中山大学: ``stopwords.tsv``, no name goes on past it),
    nor when the word ends inside a longer one (``bounds``: where the sentence's words end): 医专 of
    吉林省中医专家 and 大学 of 吉林省大学生 name no college.

    >>> from kg.resources import load_resources
    >>> lex = load_resources().lexicon
    >>> _names_a_college("大连医科大学", 2, lex, {2, 6}), _names_a_college("吉林省中医专家", 3, lex, {3, 5, 7})
    (True, False)
    """
    after = text[end:end + COLLEGE_WINDOW + max(map(len, lex.place_blockers), default=0)]
    return any(0 <= (i := after.find(b)) <= COLLEGE_WINDOW and end + i + len(b) in bounds
               and _name_goes_on(after[:i], lex) for b in lex.place_blockers)


def _name_goes_on(gap: str, lex) -> bool:
    """True when ``gap``, what stands between a place and a word after it, may be part of one name
    with them: empty, or opening with a Han character and holding no stop character or word (的)."""
    return bool(HAN.match(gap or "院")) and lex.stop_chars.isdisjoint(gap) and lex.stop_words.isdisjoint(gap)


#: how many characters of a body may stand between a place and a person's title for the place to be
#: that office's (陕西省中医药管理局局长: 6)
TITLE_WINDOW = 8


def _opens_a_title(text: str, end: int, lex) -> bool:
    """True when a person's title (``name_parts.tsv`` title) follows a place within a few Han
    characters, none of them a stop word or character (浙江省政协副主席, 南京市政府副市长, 江苏省卫生健康委
    副主任朱岷): the place of a person's office, whose body is named only in the job title, is no place
    of the story (the attendees of a ceremony come from elsewhere).

    >>> from kg.resources import load_resources
    >>> lex = load_resources().lexicon
    >>> _opens_a_title("浙江省政协副主席蔡秀军", 3, lex), _opens_a_title("浙江省的医院院长", 3, lex), _opens_a_title("浙江省开展义诊", 3, lex)
    (True, False, False)
    """
    m = lex.title_re.search(text, end, end + TITLE_WINDOW + max(map(len, lex.titles), default=0))
    gap = text[end:m.start()] if m else ""
    return m is not None and len(gap) <= TITLE_WINDOW and _name_goes_on(gap, lex)


@_component("deictic", ["context", "institution_entities", "programme_entities"], ["deictic_entities"])
def _deictic(state: DocState, res: Resources) -> None:
    """我省, 本市, 全区: the page's (or story's) own place; a deictic word that ends with a province's
    abbreviation (本港, 全澳: ``places.tsv`` province_abbreviation) names that province on any page; a bare
    autonomous kind (自治区, 自治州) names the page's place only when that place is of that kind, and is
    none inside a place's own name (新疆维吾尔自治区)."""
    lex = res.lexicon
    for s in state.health_sentences():
        spans = _name_spans(state, s)
        places = [(p.start, p.end) for p in state.places[s.index]]
        for d in lex.deictic_re.finditer(s.text):
            code = _named_by_abbreviation(d.group(), res) or state.context(s).at(lex.deictic_level[d.group()])
            if code is None or covers(spans, d.start()):
                continue
            div = res.gazetteer.divisions[code]
            if d.group().startswith(AUTONOMOUS_KIND) and (covers(places, d.start()) or not div.name.endswith(d.group())):
                continue  # 各省、自治区 on a page of 天津; 自治区 of 西藏自治区: no deictic of the page's place
            state.add(s, d.start(), d.end(), div.type, div.name, rule="deictic", code=code, occurs=True)


#: what opens a deictic word that is a division's own kind (自治区, 自治州): it names only a place of that kind
AUTONOMOUS_KIND = "自治"


def _named_by_abbreviation(word: str, res: Resources) -> str | None:
    """The code of the province a deictic word ends with the abbreviation of (本港, 全港 -> 香港特别行政区;
    本澳 -> 澳门特别行政区), or None (我省, 全市: the page's own place).

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> _named_by_abbreviation("本港", res), _named_by_abbreviation("全省", res)
    ('810000', None)
    """
    name = res.lexicon.province_abbreviations.get(word[-1])
    return next(iter(res.gazetteer.by_name.get(name, ())), None) if name else None


@_component("qualifier_places", ["names", "place_entities", "deictic_entities"], ["qualifier_entities"])
def _qualifier_places(state: DocState, res: Resources) -> None:
    """The place a name is qualified by is named too (长春烧伤医院 -> 长春市) when the page has not
    named it yet, unless it comes from the alias table only (华西医院 does not name 成都). A province
    does not qualify a name (湖南省人民医院 names a hospital, not a place of the story), a
    municipality does (北京积水潭医院 -> 北京市: the city it is in), unless it names a parent whose
    local hospital is named after a place outside it (上海市第一人民医院酒泉医院: :func:`_places_after_parent`)."""
    gaz = res.gazetteer
    for s in state.health_sentences():
        for n in state.names.get(s.index, []):
            if not n.place or n.type == EntityType.ORGANIZATION or n.relative or n.affiliation:
                continue
            div = gaz.divisions[n.place]
            written = s.text[n.start:n.end]
            form = next((f for f in (div.name, *gaz.forms.get(n.place, ())) if f in written), None)
            named = form is not None and not any(
                b in written[written.index(form) + len(form):] for b in res.lexicon.place_blockers) \
                and not (written.startswith(form) and form != div.name
                         and _campus_of_a_quarter(s.text, n.start + len(form), n.end, n.place, state.context(s), res))
            known = state.entities.get(entity_key(code=n.place))
            if named and (div.type != EntityType.PROVINCE or _municipality_qualifies(div, s.text, n.end, res)) \
                    and (known is None or known.first_sentence > s.index) \
                    and all(any(in_region(c, {n.place}, gaz) for c in p.codes)  # (天津市肿瘤医院滨海医院: in 天津市)
                            for p in _places_after_parent(s.text, (n.start, n.end), state.places[s.index])):
                state.add(s, n.start, n.end, div.type, div.name, rule="places:qualifier", code=n.place,
                          surface=div.name)
    _former_counties(state, res)


def _former_counties(state: DocState, res: Resources) -> None:
    """A county-level city the page names only by its former county name (广德县, 腾冲县 before 撤县设市:
    ``places.tsv`` former) is the county the text speaks of: a District under the name as written."""
    gaz, simplified, variants = res.gazetteer, converter(), variant_table()
    for e in state.entities.values():
        if not e.code or e.type != EntityType.CITY or gaz.divisions[e.code].level != "county":
            continue
        written = {simplified.convert(a.translate(variants)) for a in e.aliases}  # 騰沖縣 is 腾冲县
        former = sorted(written & gaz.former)
        if former and e.name not in written:
            e.type, e.name = EntityType.DISTRICT, former[0]


#: how far after a hospital's name a campus of it elsewhere is looked for (北京协和医院国家医学中心(雄安院区))
CAMPUS_WINDOW = 12


def _municipality_qualifies(div, text: str, end: int, res: Resources) -> bool:
    """A municipality or special administrative region names the place of a hospital it
    qualifies (北京积水潭医院), unless a campus follows the name (北京协和医院…(雄安院区): a brand)."""
    after = re.split(f"[{PHRASE_BREAKS}]", text[end:end + CAMPUS_WINDOW])[0]
    return div.name.endswith(CITY_LIKE) and not any(c in after for c in res.lexicon.campuses)


@_component("bare_alliances", ["institution_entities", "programme_entities", "place_entities", "deictic_entities"],
            ["anaphora"])
def _bare_alliances(state: DocState, res: Resources) -> None:
    """A bare 都市圈 or 医联体 means the page's one alliance of that kind (长春现代化都市圈), unless the
    page writes the kind as a common noun too (推进儿科医联体建设: its bare 医联体 may be any) or
    counts alliances of that kind (两大医联体, 组建3个医共体: there are several)."""
    bare, common = [], set()
    for s in state.health_sentences():
        for m in res.lexicon.bare_alliance_re.finditer(s.text):
            if covers([(o.start, o.end) for o in state.occurrences_in(s)], m.start()):
                continue
            if counted := res.lexicon.count_before_re.search(s.text, 0, m.start()):
                common.add((m.group(), counted.group() + m.group()))
            elif written_as_kind(s.text, m.start(), state.tokens[s.index], res):
                word = state.tokens[s.index].by_end()[m.start()][0]
                common.add((m.group(), word + m.group()))
            else:
                bare.append((s, m))
    for s, m in bare:
        own = [e.name for _, e in state.entities_of(EntityType.ALLIANCE) if e.name.endswith(m.group())]
        # (a common noun that ends the one name is its short form: 县域医共体 of 丹棱县紧密型县域医共体)
        if len(own) == 1 and all(own[0].endswith(phrase) for kind, phrase in common if kind == m.group()):
            state.add(s, m.start(), m.end(), EntityType.ALLIANCE, own[0], rule="bare-alliance", occurs=True)


ENTITIES = ("institution_entities", "programme_entities", "abbreviation_entities", "place_entities", "deictic_entities",
            "qualifier_entities", "anaphora")

def _taken_over_branches(state: DocState, res: Resources) -> None:
    """A branch named by a bare place (左权分院, 左权院区: ``name_parts.tsv`` bare_campus) is the
    hospital of that place another hospital of the page takes over (省人民医院托管左权县医院: a
    supports relation from a ``name_parts.tsv`` branch_takeover cue): an alias of it, one node,
    when exactly one hospital in the branch's place is taken over. A branch in a place whose own
    hospital the page does not say is taken over stays apart (a city hospital's 分院 in a county
    is another institution)."""
    takeovers = res.lexicon.branch_takeovers
    taken = {t for (_h, rel, t), (_ev, rules) in state.relations.items()
             if rel == Rel.SUPPORTS and any(r.split(":", 1)[-1].split("/")[0] in takeovers for r in rules)}
    for key, e in list(state.entities.items()):
        if e.type != EntityType.HOSPITAL or not e.place or not bare_campus(e.name, res):
            continue
        owners = [t for t in taken if t != key and state.entities[t].place == e.place]
        if len(owners) == 1:
            _another_name(state, owners[0], key)


COMPONENTS: tuple[Component, ...] = (
    _tokens, _places, _context, _speaker, _institutions, _programmes, _abbreviations, _place_entities, _deictic,
    _qualifier_places, _bare_alliances,
    Component("geography", geography, frozenset(ENTITIES) | {"speaker"}, frozenset({"relations"})),
    Component("cue_relations", text_relations, frozenset(ENTITIES) | {"speaker"}, frozenset({"relations"})),
    Component("name_relations", name_relations, frozenset(ENTITIES), frozenset({"relations"})),
    Component("taken_over_branches", _taken_over_branches, frozenset(ENTITIES) | {"relations"}, frozenset()),
)


def check_order(components: Iterable[Component], given: Iterable[str] = ("sentences",)) -> None:
    """Raise ValueError if a component runs before a component that adds what it needs."""
    have = set(given)
    for c in components:
        missing = c.requires - have
        if missing:
            raise ValueError(f"component {c.name!r} needs {', '.join(sorted(missing))}, "
                             "which no earlier component adds: move it after the one that does")
        have |= c.assigns


check_order(COMPONENTS)


def merged_short_forms(state: DocState, res: Resources) -> tuple[tuple[Entity, ...], tuple[Relation, ...]]:
    """The state's frozen entities and relations, each institution's short forms merged into its
    one longer name (:func:`~kg.extract.short_forms.merge_short_forms` with the shipped tables)."""
    lex = res.lexicon
    return merge_short_forms(state.frozen_entities(), state.frozen_relations(), lex.place_blockers,
                             lex.division_suffixes, lex.autonomy_re, lex.generic_name_re, lex.optional_infixes,
                             lex.numerals, res.gazetteer.parents)


def extract(doc: Document, norm: NormalizedText, res: Resources) -> Extraction:
    """Entities (with mentions) and relations (with evidence) of one document."""
    state = DocState(doc.id, doc.text, norm.sentences)
    for component in COMPONENTS:
        component.run(state, res)
    entities, relations = merged_short_forms(state, res)
    if res.model is not None:
        entities, relations = apply_model(entities, relations, doc.text, res.model)
    if res.pairs is not None:
        relations += propose(doc.id, entities, relations, state.sentences, state.tokens, res.pairs,
                             res.gazetteer.divisions)
    meta = DocumentInfo(doc.id, doc.path, doc.sha256, doc.encoding, doc.size, norm.title, norm.date,
                        len(norm.sentences))
    # keep only the sentences that something points to: memory follows what the graph shows
    used = {m.sentence for e in entities for m in e.mentions} | {ev.sentence for r in relations for ev in r.evidence}
    return Extraction(meta, entities, relations, tuple((i, norm.sentences[i].text) for i in sorted(used)))
