"""Relations between the entities of one document, each with the sentence that states it.

Rules, from strongest evidence to weakest:

* ``locatedIn`` -- the gazetteer's hierarchy between places the page names; an institution's
  place from its name (二道区人民医院), the alias table (吉大一院: 长春市) or the page's home
  district or city;
* ``leads`` -- 牵头/主导/领衔 next to a body and an alliance or programme; a body that opens a
  sentence and launches a programme; an alliance named after its lead hospital;
* ``memberOf`` -- 加入/成员/组建 cues; places named in an alliance's name (长春现代化都市圈);
* ``supports`` -- 对口帮扶/对口支援/包保/远程会诊 between hospitals of one sentence;
* ``participatesIn`` -- a hospital, city, district or body in a sentence about a programme;
  the page's own district or city when the sentence names no one else (政府 pages);
* ``partOf`` -- a branch named after its parent (北京安贞医院吉林医院 -> 北京安贞医院).

Co-occurrence alone never makes a relation: each rule needs a cue, a name or the gazetteer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..resources import Resources
from ..types import MAX_MENTIONS, Evidence, Relation
from .context import Context

SUPPORT_CUE = re.compile(r"对口帮扶|对口支援|帮扶|支援|包保|托管|远程|会诊|联合诊疗|坐诊|巡诊|派驻|下沉|专家")
LEAD_CUE = re.compile(r"牵头|主导|领衔|发起|倡导成立|主办|负责建设")
LAUNCH_CUE = re.compile(r"推行|实施|开展|启动|推动|委托|打造|创新|建立|组织|部署|印发|推出|创建|发起")
UNDER_CUE = re.compile(r"在(.{1,16}?)(?:统筹|领导|指导|推动|部署)下")
MEMBER_CUE = re.compile(r"加入|成员单位|成员|纳入|组建|组成|共建|签约|联合成立")
#: a page that speaks as its district or city (我区, 全市) joins what it builds
HOME_MEMBER_CUE = re.compile(r"加入|纳入|组建|组成|共建|签约|推进|建设|启动|成立")
ACTORS = {"Hospital", "City", "District", "Organization"}


@dataclass(frozen=True)
class Occurrence:
    """An entity mention inside one sentence (offsets in the sentence).

    ``nested`` marks a place named inside another name (长春 in 长春现代化都市圈): it is an
    entity of the page but not an actor of the sentence.
    """

    key: str
    type: str
    start: int
    end: int
    nested: bool = False


@dataclass(frozen=True)
class SentenceFacts:
    index: int
    text: str
    start: int
    end: int
    occurrences: tuple[Occurrence, ...]
    context: Context


def relations_of(doc_id: str, facts: list[SentenceFacts], entities: dict, res: Resources,
                 speaker: str | None = None) -> list[Relation]:
    """All relations of one document. ``entities`` maps key -> (type, name, code, place);
    ``speaker`` is the page's own place when it speaks as it (我区, 全市): the implicit subject."""
    found: dict[tuple[str, str, str], dict[Evidence, None]] = {}

    def add(head: str, rel: str, tail: str, f: SentenceFacts, basis: str) -> None:
        if head == tail or head not in entities or tail not in entities:
            return
        ev = Evidence(doc_id, f.index, f.start, f.end, f.text, basis)
        kept = found.setdefault((head, rel, tail), {})
        if len(kept) < MAX_MENTIONS:
            kept[ev] = None

    first_fact: dict[str, SentenceFacts] = {}
    for f in facts:
        for o in f.occurrences:
            first_fact.setdefault(o.key, f)
    _geography(entities, first_fact, res, add, speaker)
    for f in facts:
        _sentence_relations(f, entities, add, speaker)
    _name_relations(entities, first_fact, res, add)
    return [Relation(h, r, t, tuple(ev)) for (h, r, t), ev in sorted(found.items())]


def _geography(entities, first_fact, res: Resources, add, speaker: str | None) -> None:
    gaz = res.gazetteer
    place_keys = {info[2]: key for key, info in entities.items() if info[2]}
    for key, (typ, _name, code, place) in sorted(entities.items()):
        f = first_fact.get(key)
        if f is None:
            continue
        if code:
            for anc in gaz.ancestors(code):
                if anc in place_keys:
                    add(key, "locatedIn", place_keys[anc], f, "gazetteer")
                    break
        elif typ == "Hospital":
            target = place
            ctx_place = f.context.district or f.context.city
            if target is None:
                target = ctx_place
            elif speaker and speaker == f.context.district and target in gaz.ancestors(speaker) \
                    and not _is_known_place(entities[key][1], res):
                target = speaker  # 长春烧伤医院 on a page of 二道区: in the district the page speaks for
            if target and gaz.divisions[target].type != "Province" and target in place_keys:
                add(key, "locatedIn", place_keys[target], f, "name" if target == place else "context")


def _is_known_place(name: str, res: Resources) -> bool:
    known = res.known.get(name)
    return bool(known and known.place)


def _sentence_relations(f: SentenceFacts, entities, add, speaker: str | None) -> None:
    occ = sorted(f.occurrences, key=lambda o: o.start)
    programs = [o for o in occ if o.type == "Program"]
    alliances = [o for o in occ if o.type == "Alliance"]
    actors = [o for o in occ if o.type in ACTORS and not o.nested]
    hospitals = [o for o in occ if o.type == "Hospital"]
    leaders: set[tuple[str, str]] = set()
    clause = _clauses(f.text)
    # leads: 由 X 牵头的 Y / X 牵头成立 Y, within one clause
    for cue in LEAD_CUE.finditer(f.text):
        c = clause(cue.start())
        heads = [o for o in actors if o.type in ("Hospital", "Organization") and o.end <= cue.start()
                 and clause(o.start) == c]
        for target in [o for o in programs + alliances if clause(o.start) == c and o.start >= cue.end()]:
            for h in heads[-3:]:
                add(h.key, "leads", target.key, f, "text")
                leaders.add((h.key, target.key))
    # leads: a body opening the sentence launches a programme
    if actors and actors[0].type == "Organization" and actors[0].start <= 8 and LAUNCH_CUE.search(f.text):
        for p in programs:
            if p.start > actors[0].end:
                add(actors[0].key, "leads", p.key, f, "text")
                leaders.add((actors[0].key, p.key))
    for m in UNDER_CUE.finditer(f.text):
        for o in actors:
            if o.type == "Organization" and m.start(1) <= o.start < m.end(1):
                for p in programs:
                    add(o.key, "leads", p.key, f, "text")
                    leaders.add((o.key, p.key))
    # participatesIn: the other actors of a sentence about a programme
    for p in programs:
        named = [o for o in actors if (o.key, p.key) not in leaders and entities[o.key][0] != "Province"
                 and (o.type not in ("City", "District") or o.start > p.end or o.start <= 2)]
        for o in named:
            add(o.key, "participatesIn", p.key, f, "text")
        if not named and not any(k == p.key for _, k in leaders) and speaker:
            add(f"code:{speaker}", "participatesIn", p.key, f, "context")
    # memberOf
    for a in alliances:
        named = [o for o in actors if (o.key, a.key) not in leaders]
        if named and MEMBER_CUE.search(f.text):
            for o in named:
                add(o.key, "memberOf", a.key, f, "text")
        elif not named and speaker and HOME_MEMBER_CUE.search(f.text):
            add(f"code:{speaker}", "memberOf", a.key, f, "context")
    # supports between hospitals named in the clause of a cue
    for cue in SUPPORT_CUE.finditer(f.text):
        c = clause(cue.start())
        near = [h.key for h in hospitals if clause(h.start) == c]
        if occ and occ[0].type == "Hospital" and not occ[0].nested:
            near.insert(0, occ[0].key)  # the hospital a sentence opens with is the subject of every clause
        near = list(dict.fromkeys(near))
        if 2 <= len(near) <= 3:
            for other in near[1:]:
                add(near[0], "supports", other, f, "text")


def _clauses(text: str):
    """A function from a character offset to the index of its clause (split at ，；：)."""
    cuts = [m.start() for m in re.finditer(r"[，,；;：:]", text)]

    def clause(pos: int) -> int:
        return sum(1 for c in cuts if c < pos)

    return clause


def _name_relations(entities, first_fact, res: Resources, add) -> None:
    """Relations written into names: an alliance's lead hospital and member places, branches."""
    by_name = {info[1]: key for key, info in entities.items()}
    for key, (typ, name, _code, _place) in sorted(entities.items()):
        f = first_fact.get(key)
        if f is None:
            continue
        if typ == "Alliance":
            for other, okey in by_name.items():
                if okey == key or other not in name:
                    continue
                otyp = entities[okey][0]
                if otyp == "Hospital" and name.startswith(other):
                    add(okey, "leads", key, f, "name")
                elif otyp in ("City", "District"):
                    add(okey, "memberOf", key, f, "name")
            for short, okey in _place_forms(entities, res):
                if name.startswith(short) and entities[okey][0] in ("City", "District"):
                    add(okey, "memberOf", key, f, "name")
        elif typ in ("Hospital", "Organization"):
            for other, okey in by_name.items():
                if okey != key and entities[okey][0] in ("Hospital", "Organization") and \
                        name.startswith(other) and len(name) > len(other) + 1:
                    add(key, "partOf", okey, f, "name")


def _place_forms(entities, res: Resources):
    from ..resources import short_forms

    for key, (typ, name, code, _place) in entities.items():
        if code:
            div = res.gazetteer.divisions[code]
            for s in short_forms(div.name, div.level):
                yield s, key
