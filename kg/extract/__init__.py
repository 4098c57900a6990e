"""Extract: entities and relations of one document.

:func:`extract` is a pure function of the document, its normalised text and the loaded
resources, so documents can be extracted in parallel workers and cached by content hash.

>>> from kg.resources import load_resources
>>> from kg.normalize import normalize
>>> from kg.types import Document
>>> text = "市卫健委：长治市人民医院牵头成立心血管专科联盟，市人民医院专家开展义诊，服务患者。"
>>> doc = Document("a.txt#0", "a.txt", "0" * 64, "utf-8", text, len(text.encode()))
>>> ex = extract(doc, normalize(text), load_resources())
>>> sorted((e.type, e.name) for e in ex.entities)[:3]
[('Alliance', '心血管专科联盟'), ('City', '长治市'), ('Hospital', '长治市人民医院')]
"""

from __future__ import annotations

import re

from ..resources import Resources, short_forms, tokens
from ..types import MAX_MENTIONS, Document, DocumentInfo, Entity, Extraction, Mention, NormalizedText, Sentence
from .context import DEICTIC, Context, district_cue_count, infer_context
from .names import find_names
from .places import PlaceMatch, bounds_of, choose_code, find_places
from .programs import find_programs
from .relations import Occurrence, SentenceFacts, relations_of

__all__ = ["extract"]

DISTRICT_SPEECH = re.compile(r"(?:我|全|本)(?:区|县)")
CITY_SPEECH = re.compile(r"(?:我|本)市")


def extract(doc: Document, norm: NormalizedText, res: Resources) -> Extraction:
    """Entities (with mentions) and relations (with evidence) of one document."""
    sents = norm.sentences
    toks = [tokens(s.text) for s in sents]
    places = [find_places(s.text, res, bounds_of(t, len(s.text))) for s, t in zip(sents, toks)]
    doc_ctx, story_ctx = _contexts(sents, places, res)
    entities: dict[str, dict] = {}
    facts: list[SentenceFacts] = []
    speaker = _speaker(sents, doc_ctx)
    for s, pms in zip(sents, places):
        if not s.health:
            continue
        ctx = story_ctx.get(s.story, doc_ctx)
        occ = _sentence_entities(doc.id, s, pms, toks[s.index], ctx, res, entities, doc.text)
        facts.append(SentenceFacts(s.index, s.text, s.start, s.end, tuple(occ), ctx))
    _bare_alliances(doc.id, sents, entities, facts, doc.text)
    info = {k: (e["type"], e["name"], e["code"], e["place"]) for k, e in entities.items()}
    relations = relations_of(doc.id, facts, info, res, speaker)
    ents = tuple(Entity(key=k, type=e["type"], name=e["name"], aliases=frozenset(e["aliases"] - {e["name"]}),
                        mentions=tuple(e["mentions"]), code=e["code"], mention_count=e["count"],
                        place=f"code:{e['place']}" if e["place"] else None)
                 for k, e in sorted(entities.items()))
    meta = DocumentInfo(doc.id, doc.path, doc.sha256, doc.encoding, doc.size, norm.title, norm.date, len(sents))
    # keep only the sentences that something points to: memory follows what the graph shows
    used = {m.sentence for e in ents for m in e.mentions} | {ev.sentence for r in relations for ev in r.evidence}
    return Extraction(meta, ents, tuple(relations), tuple((i, sents[i].text) for i in sorted(used)))


def _contexts(sents: tuple[Sentence, ...], places: list[list[PlaceMatch]],
              res: Resources) -> tuple[Context, dict[int, Context]]:
    """Home places of the page and of each story."""
    codes = [[m.codes[0] for m in pms if len(m.codes) == 1] for pms in places]
    weights = [2.0 if i < 3 else 1.0 for i in range(len(sents))]
    cues = district_cue_count([s.text for s in sents])
    doc_ctx = infer_context(codes, weights, res, cues)
    story_ctx: dict[int, Context] = {}
    by_story: dict[int, list[int]] = {}
    for i, s in enumerate(sents):
        by_story.setdefault(s.story, []).append(i)
    for story, idx in by_story.items():
        scodes = [[choose_code(m.codes, doc_ctx.chain(), res, m.official) or "" for m in places[i]] for i in idx]
        scodes = [[c for c in cs if c] for cs in scodes]
        cues = district_cue_count([sents[i].text for i in idx])
        story_ctx[story] = infer_context(scodes, [1.0] * len(idx), res, cues, fallback=doc_ctx)
    return doc_ctx, story_ctx


def _add(entities: dict, key: str, typ: str, name: str, surface: str, mention: Mention,
         code: str | None = None, place: str | None = None, aliases=()) -> None:
    e = entities.setdefault(key, {"type": typ, "name": name, "aliases": set(), "mentions": {},
                                  "code": code, "place": place, "count": 0})
    e["aliases"].add(surface)
    e["aliases"].update(aliases)
    if mention not in e["mentions"]:
        e["count"] += 1
        if len(e["mentions"]) < MAX_MENTIONS:
            e["mentions"][mention] = None  # an ordered set
    if place and not e["place"]:
        e["place"] = place


def _mention(doc_id: str, s: Sentence, a: int, b: int, raw: str) -> tuple[Mention, str]:
    """A mention of sentence characters [a, b) and its surface as written in the file
    (traditional script stays traditional; pinyin artefacts and line breaks are left out)."""
    written = "".join(raw[s.origin[i]] for i in range(a, b))
    return Mention(doc_id, s.index, s.origin[a], s.origin[b - 1] + 1, written), written


BARE_ALLIANCE = re.compile(r"都市圈|医联体|医共体|医疗集团|医院集团|(?:(?<=该)|(?<=本)|(?<=为)|(?<=入))集团")


def _bare_alliances(doc_id: str, sents, entities: dict, facts: list[SentenceFacts], raw: str) -> None:
    """A bare 都市圈 or 医联体 means the page's one alliance of that kind (长春现代化都市圈)."""
    for i, f in enumerate(facts):
        s = sents[f.index]
        for m in BARE_ALLIANCE.finditer(s.text):
            if any(o.start <= m.start() < o.end for o in f.occurrences):
                continue
            own = [k for k, e in entities.items() if e["type"] == "Alliance" and e["name"].endswith(m.group())]
            if len(own) != 1:
                continue
            mention, written = _mention(doc_id, s, m.start(), m.end(), raw)
            e = entities[own[0]]
            _add(entities, own[0], "Alliance", e["name"], written, mention)
            facts[i] = SentenceFacts(f.index, f.text, f.start, f.end,
                                     f.occurrences + (Occurrence(own[0], "Alliance", m.start(), m.end()),),
                                     f.context)


def _nested_known(n, mention: Mention, written: str, entities: dict, res: Resources, occ: list) -> None:
    """An alliance named after its lead institution names that institution too
    (吉大一院二道区医联体 -> 吉林大学第一医院)."""
    for form, known in res.known.items():
        if known.type in ("Hospital", "Organization") and n.name.startswith(known.name) and form in n.surface:
            key = f"{known.type}:{known.name}"
            _add(entities, key, known.type, known.name, form, mention, place=known.place or None)
            occ.append(Occurrence(key, known.type, n.start, n.end, nested=True))
            return


def _speaker(sents: tuple[Sentence, ...], ctx: Context) -> str | None:
    """The place a page speaks as: its district when it says 我区/全区, its city for 我市/全市."""
    text = "".join(s.text for s in sents if s.health)
    if ctx.district and DISTRICT_SPEECH.search(text):
        return ctx.district
    if ctx.city and CITY_SPEECH.search(text):
        return ctx.city
    return None


def _sentence_entities(doc_id: str, s: Sentence, pms: list[PlaceMatch], toks, ctx: Context, res: Resources,
                       entities: dict, raw: str) -> list[Occurrence]:
    occ: list[Occurrence] = []
    names = find_names(s.text, ctx, res, toks, tuple((m.start, m.end) for m in pms))
    programs = [p for p in find_programs(s.text)
                if not any(n.start <= p.start and p.end <= n.end for n in names)]
    spans = [(n.start, n.end) for n in names] + [(p.start, p.end) for p in programs]
    gaz = res.gazetteer
    for m in pms:
        inside = [sp for sp in spans if sp[0] <= m.start and m.end <= sp[1]]
        if inside and (inside[0][0] != m.start or s.text[m.end:m.end + 2] == "大学"):
            continue  # a place inside a name counts only as its leading qualifier
        code = choose_code(m.codes, ctx.chain(), res, m.official)
        if code is None:
            continue
        div = gaz.divisions[code]
        mention, surface = _mention(doc_id, s, m.start, m.end, raw)
        _add(entities, f"code:{code}", div.type, div.name, surface, mention, code=code)
        occ.append(Occurrence(f"code:{code}", div.type, m.start, m.end, nested=bool(inside)))
    for d in DEICTIC.finditer(s.text):
        code = ctx.home(d.group(1))
        if code is None or any(sp[0] <= d.start() < sp[1] for sp in spans):
            continue
        div = gaz.divisions[code]
        mention, surface = _mention(doc_id, s, d.start(), d.end(), raw)
        _add(entities, f"code:{code}", div.type, div.name, surface, mention, code=code)
        occ.append(Occurrence(f"code:{code}", div.type, d.start(), d.end()))
    for n in names:
        key = f"{n.type}:{n.name}"
        mention, written = _mention(doc_id, s, n.start, n.end, raw)
        _add(entities, key, n.type, n.name, n.surface, mention, place=n.place,
             aliases=(written,) if written != s.text[n.start:n.end] else ())
        occ.append(Occurrence(key, n.type, n.start, n.end))
        if n.place and n.type != "Organization" and not n.relative:
            # the place a name is qualified by is named too (长春烧伤医院 -> 长春市), unless it
            # comes from the alias table only (华西医院 does not name 成都)
            div = gaz.divisions[n.place]
            written = s.text[n.start:n.end]
            named = div.name in written or any(f in written for f in short_forms(div.name, div.level))
            if named and f"code:{n.place}" not in entities and div.type != "Province":
                _add(entities, f"code:{n.place}", div.type, div.name, div.name, mention, code=n.place)
        if n.type == "Alliance":
            _nested_known(n, mention, written, entities, res, occ)
    for p in programs:
        key = f"Program:{p.name}"
        mention, written = _mention(doc_id, s, p.start, p.end, raw)
        _add(entities, key, "Program", p.name, p.surface, mention,
             aliases=p.aliases | ({written.strip("“”\"「」『』")} if written != s.text[p.start:p.end] else set()))
        occ.append(Occurrence(key, "Program", p.start, p.end))
    return occ
