"""Pairs: relations the rules did not state between two entities one sentence names, proposed by a
logistic model learnt from the dev split of the gold set.

The rules state a relation when a cue of the lexicon links two names (牵头, 帮扶, 加入); a sentence
that links them in words no cue row holds states nothing. This stage reads every sentence that
names two entities the rules left unlinked, and for each relation the two types allow
(:data:`SIGNATURES`: a hospital and a programme may be linked by ``participatesIn``, two hospitals
by ``supports`` either way) describes the pair by named features
(:func:`pair_features`: the signature, which end comes first, the words between and around the
two names, how far apart they are, what other names and separators lie between, the ends'
name endings and how often they are named, the relations the rules gave each end). The model's
probability of each candidate is the logistic function of its features' weights; of a pair's
candidates the likeliest is kept when it reaches the threshold (a pair gets one relation at
most), its evidence the sentence where it was likeliest and its rule ``pairs:<relation>``.

The weights are data, ``kg/data/pair_model.tsv`` (the format of :mod:`kg.model`'s table, kind
``pair``), written by ``tools/train_pairs.py`` from the dev documents only.

>>> from kg.model import KindModel, FactModel
>>> from kg.types import Entity, Mention, Sentence
>>> text = "甲医院与乙医院结成紧密型合作关系。"
>>> s = Sentence(0, text, 0, len(text), 0, True, origin=range(len(text)))
>>> a = Entity("Hospital:甲医院", "Hospital", "甲医院", mentions=(Mention("d", 0, 0, 3, "甲医院"),), mention_count=1)
>>> b = Entity("Hospital:乙医院", "Hospital", "乙医院", mentions=(Mention("d", 0, 4, 7, "乙医院"),), mention_count=1)
>>> words = [(("甲医院", 0, 3), ("与", 3, 4), ("乙医院", 4, 7), ("结成", 7, 9), ("紧密型", 9, 12))]
>>> model = FactModel({PAIR: KindModel(-2.0, 0.5, {"b1=supports|Hospital>Hospital|ht|与": 3.0})})
>>> [(r.head, r.rel, r.tail, r.rules) for r in propose("d", (a, b), (), (s,), words, model, {})]
[('Hospital:甲医院', 'supports', 'Hospital:乙医院', ('pairs:supports',))]
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .model import FactModel, Features
from .tokens import Token
from .types import Entity, Evidence, Relation, Sentence

if TYPE_CHECKING:  # kg.resources reads the pair model's kind from this module
    from .resources import Division

__all__ = ["PAIR", "PAIR_PREFIXES", "RULE_PREFIX", "SIGNATURES", "Between", "Candidate", "between", "candidates", "level", "pair_features", "propose"]

#: the kind of :mod:`kg.model`'s table that holds the pair model
PAIR = "pair"
#: how the rule of a relation the pair model adds begins (``pairs:supports``)
RULE_PREFIX = "pairs:"
#: (head type, relation, tail type) a pair may be linked by: the signatures the gold set links
#: at least twenty times that no gazetteer states (a place inside a place is the gazetteer's),
#: less those the model never proposed right in a cross-validation over dev (every ``partOf``,
#: a city's membership, a hospital's leading of a programme): each costs candidates to judge
SIGNATURES = (
    ("Hospital", "participatesIn", "Program"), ("Province", "participatesIn", "Program"),
    ("City", "participatesIn", "Program"), ("District", "participatesIn", "Program"),
    ("Organization", "participatesIn", "Program"), ("Organization", "leads", "Program"),
    ("Hospital", "locatedIn", "District"), ("Hospital", "locatedIn", "City"), ("Hospital", "locatedIn", "Province"),
    ("Hospital", "supports", "Hospital"), ("Organization", "supports", "Hospital"),
    ("Hospital", "memberOf", "Alliance"), ("Hospital", "leads", "Alliance"), ("Organization", "leads", "Alliance"),
)
#: how each feature's name begins (``kg/data/pair_model.tsv`` holds no other)
PAIR_PREFIXES = ("sig=", "gap=", "btw=", "b1=", "b2=", "pre=", "post=", "nb=", "nbt=", "sep=", "ovl", "hmc=",
                 "tmc=", "hsuf=", "tsuf=", "hrel=", "trel=", "htop=", "ttop=", "hlvl=", "tlvl=", "hhas=", "thas=",
                 "own=", "inname=")
#: two names further apart than this many characters are not read as a pair
MAX_GAP = 60
#: a sentence naming more entities than this is a list: its pairs are not read
MAX_ENTITIES = 12
#: counts (mentions, names between, separators) are features up to this value
MAX_COUNT = 3
#: the gap's length is a feature in these buckets (upper bounds, characters)
GAP_BUCKETS = (0, 2, 5, 10, 20, 40)
#: characters that separate clauses and list items
SEPARATORS = "，,；;：:"
LIST_MARK = "、"
#: words inside a name that tell its rank or kind (a university's hospital helps a county's)
NAME_WORDS = ("大学", "附属", "省", "市", "县", "区", "乡", "镇", "卫生院", "社区", "中心", "人民医院", "中医", "妇幼",
              "儿童", "肿瘤", "专科", "分院", "院区", "政府", "卫生健康", "医疗集团", "医共体", "医联体", "联盟")
#: how a place's key begins
CODE_PREFIX = "code:"
#: the level feature's word for each level of the gazetteer (a county-level zone such as 杨凌示范区 is a district)
LEVEL_NAMES = {"province": "province", "prefecture": "city", "county": "district", "town": "town"}


@dataclass(frozen=True)
class Candidate:
    """One relation a sentence may state between two entities, with its features."""

    head: str
    rel: str
    tail: str
    sentence: int
    features: Features


def _span(s: Sentence, start: int, end: int) -> tuple[int, int] | None:
    """Sentence offsets of a mention's file offsets ``[start, end)``, or None if it is not there."""
    origin = s.origin
    a = bisect_left(origin, start)
    if a >= len(origin) or origin[a] != start:
        return None
    b = bisect_left(origin, end - 1, a)
    return (a, b + 1) if b < len(origin) else None


def _bucket(n: int) -> int:
    return next((b for b in GAP_BUCKETS if n <= b), GAP_BUCKETS[-1] + 1)


@dataclass(frozen=True)
class Between:
    """What lies between and around the two names of a pair in one sentence, read once per pair
    and shared by its candidates."""

    overlap: bool
    gap: int = 0
    inside: tuple[str, ...] = ()
    pre: str = "^"
    post: str = "$"
    count: int = 0
    others: tuple[str, ...] = ()
    separators: int = 0
    listed: bool = False


def between(first: tuple[int, int], second: tuple[int, int], words: Sequence[Token], text: str,
            others: Sequence[tuple[int, int, str]]) -> Between:
    """The :class:`Between` of two names' spans ``first`` and ``second`` (in the order of the
    text) in a sentence of ``text`` and tokens ``words``, whose other names are ``others`` (spans
    and types).

    >>> between((0, 3), (4, 7), [("甲医院", 0, 3), ("与", 3, 4), ("乙医院", 4, 7), ("签约", 7, 9)], "甲医院与乙医院签约", [])
    Between(overlap=False, gap=1, inside=('与',), pre='^', post='签约', count=0, others=(), separators=0, listed=False)
    """
    if first[1] > second[0]:  # one name inside or over the other (吉大一院二道区医联体)
        return Between(True)
    start, end = first[1], second[0]
    inside, pre, post = [], "^", "$"
    for w, a, b in words:
        if w.isspace():
            continue
        if b <= first[0]:
            pre = w
        elif a >= start and b <= end:
            inside.append(w)
        elif a >= second[1]:
            post = w
            break
    named = [t for a, b, t in others if a >= start and b <= end]
    gap = text[start:end]
    return Between(False, end - start, tuple(inside), pre, post, len(named), tuple(sorted(set(named))),
                   sum(gap.count(c) for c in SEPARATORS), LIST_MARK in gap)


def pair_features(sig: str, order: str, b: Between) -> Features:
    """The features of a candidate in one sentence: ``sig`` is ``rel|HeadType>TailType``, ``order``
    ``ht`` when the head is named first (``th`` otherwise), ``b`` what lies between its names.

    >>> b = between((0, 3), (4, 7), [("甲医院", 0, 3), ("与", 3, 4), ("乙医院", 4, 7), ("签约", 7, 9)], "甲医院与乙医院签约", [])
    >>> sorted(pair_features("supports|Hospital>Hospital", "ht", b))  # doctest: +NORMALIZE_WHITESPACE
    ['b1=supports|Hospital>Hospital|ht|与', 'b2=supports|Hospital>Hospital|ht|与', 'btw=supports|Hospital>Hospital|与',
     'gap=supports|Hospital>Hospital|ht|2', 'nb=supports|Hospital>Hospital|0', 'post=supports|Hospital>Hospital|ht|签约',
     'pre=supports|Hospital>Hospital|ht|^', 'sep=supports|Hospital>Hospital|0', 'sig=supports|Hospital>Hospital',
     'sig=supports|Hospital>Hospital|ht']
    """
    f: Features = {f"sig={sig}": 1, f"sig={sig}|{order}": 1}
    if b.overlap:
        f[f"ovl={sig}|{order}"] = 1
        return f
    f[f"gap={sig}|{order}|{_bucket(b.gap)}"] = 1
    for w in b.inside:
        f[f"btw={sig}|{w}"] = 1
    if b.inside:
        f[f"b1={sig}|{order}|{b.inside[0]}"] = 1
        f[f"b2={sig}|{order}|{b.inside[-1]}"] = 1
    f[f"pre={sig}|{order}|{b.pre}"] = 1
    f[f"post={sig}|{order}|{b.post}"] = 1
    f[f"nb={sig}|{min(b.count, MAX_COUNT)}"] = 1
    for t in b.others:
        f[f"nbt={sig}|{t}"] = 1
    f[f"sep={sig}|{min(b.separators, MAX_COUNT)}"] = 1
    if b.listed:
        f[f"sep={sig}|{LIST_MARK}"] = 1
    return f


def level(key: str | None, divisions: Mapping[str, Division]) -> str:
    """The level of a place by the gazetteer: ``province``, ``city``, ``district``, ``town``, or
    ``none`` without a place (or one the gazetteer lacks).

    >>> from kg.resources import division_table
    >>> d = division_table()
    >>> [level(k, d) for k in ("code:220000", "code:220100", "code:220102", "code:617100", None)]
    ['province', 'city', 'district', 'district', 'none']
    """
    code = key[len(CODE_PREFIX):] if key and key.startswith(CODE_PREFIX) else ""
    division = divisions.get(code)
    return LEVEL_NAMES[division.level] if division else "none"


def _entity_features(sig: str, end: str, e: Entity, top: bool, rels: set[str],
                     divisions: Mapping[str, Division]) -> Features:
    f: Features = {f"{end}mc={sig}|{min(e.mention_count, MAX_COUNT)}": 1, f"{end}suf={sig}|{e.name[-2:]}": 1,
                   f"{end}lvl={sig}|{level(e.key if e.code else e.place, divisions)}": 1}
    for word in NAME_WORDS:
        if word in e.name:
            f[f"{end}has={sig}|{word}"] = 1
    if top:
        f[f"{end}top={sig}"] = 1
    for r in sorted(rels):
        f[f"{end}rel={sig}|{r}"] = 1
    return f


def _link_features(sig: str, head: Entity, tail: Entity) -> Features:
    """What the two ends say of each other: the tail is the head's place, the head's name holds
    the tail's."""
    f: Features = {}
    if head.place and head.place == tail.key:
        f[f"own={sig}"] = 1
    if head.name != tail.name:
        if any(n in head.name for n in (tail.name, *tail.aliases) if len(n) >= 2):
            f[f"inname={sig}"] = 1
        if any(n in tail.name for n in (head.name, *head.aliases) if len(n) >= 2):
            f[f"inname={sig}|t"] = 1
    return f


def candidates(entities: Sequence[Entity], relations: Sequence[Relation], sentences: Sequence[Sentence],
               tokens: Sequence[Sequence[Token]], divisions: Mapping[str, Division]) -> list[Candidate]:
    """Every relation :data:`SIGNATURES` allow between two entities a sentence names that no
    relation of ``relations`` links (either way), with its features: one per two mentions of
    the pair in a sentence (:func:`propose` keeps the likeliest)."""
    linked = {frozenset((r.head, r.tail)) for r in relations}
    as_head: dict[str, set[str]] = {}
    as_tail: dict[str, set[str]] = {}
    for r in relations:
        as_head.setdefault(r.head, set()).add(r.rel)
        as_tail.setdefault(r.tail, set()).add(r.rel)
    top: set[str] = set()
    for t in {e.type for e in entities}:
        of_type = [e for e in entities if e.type == t]
        top.add(max(of_type, key=lambda e: (e.mention_count, e.key)).key)
    by_sentence: dict[int, list[tuple[int, int, Entity]]] = {}
    for e in entities:
        for m in e.mentions:
            if m.sentence < len(sentences):
                span = _span(sentences[m.sentence], m.start, m.end)
                if span:
                    by_sentence.setdefault(m.sentence, []).append((*span, e))
    sigs: dict[tuple[str, str], list[str]] = {}
    for h, rel, t in SIGNATURES:
        sigs.setdefault((h, t), []).append(rel)
    ends: dict[tuple[str, str, str], Features] = {}  # an end's features, once per signature

    def end_features(sig: str, end: str, e: Entity, rels: dict[str, set[str]]) -> Features:
        f = ends.get((sig, end, e.key))
        if f is None:
            f = ends[sig, end, e.key] = _entity_features(sig, end, e, e.key in top, rels.get(e.key, set()), divisions)
        return f

    out = []
    for index in sorted(by_sentence):
        named = sorted(by_sentence[index], key=lambda m: (m[0], m[1], m[2].key))
        keys = {e.key for _, _, e in named}
        if len(keys) < 2 or len(keys) > MAX_ENTITIES:
            continue
        s = sentences[index]
        words = tokens[index]
        for i, (a1, b1, e1) in enumerate(named):
            for a2, b2, e2 in named[i + 1:]:
                if e1.key == e2.key or frozenset((e1.key, e2.key)) in linked:
                    continue
                if a2 - b1 > MAX_GAP:
                    continue
                options = [(head, tail, order, rel) for head, tail, order in ((e1, e2, "ht"), (e2, e1, "th"))
                           for rel in sigs.get((head.type, tail.type), ())]
                if not options:
                    continue
                others = [(a, b, e.type) for a, b, e in named if e.key not in (e1.key, e2.key)]
                near = between((a1, b1), (a2, b2), words, s.text, others)
                for head, tail, order, rel in options:
                    sig = f"{rel}|{head.type}>{tail.type}"
                    f = pair_features(sig, order, near)
                    f.update(end_features(sig, "h", head, as_head))
                    f.update(end_features(sig, "t", tail, as_tail))
                    f.update(_link_features(sig, head, tail))
                    out.append(Candidate(head.key, rel, tail.key, index, f))
    return out


def propose(doc_id: str, entities: Sequence[Entity], relations: Sequence[Relation], sentences: Sequence[Sentence],
            tokens: Sequence[Sequence[Token]], model: FactModel, divisions: Mapping[str, Division]) -> tuple[Relation, ...]:
    """The relations the pair model adds: for each unlinked pair its likeliest candidate over the
    document's sentences, when that reaches the threshold of kind :data:`PAIR` (``divisions``: the
    gazetteer's, which give the places' levels)."""
    pair = model.kinds.get(PAIR)
    if pair is None:
        return ()
    best: dict[frozenset[str], tuple[float, Candidate]] = {}
    for c in candidates(entities, relations, sentences, tokens, divisions):
        p = pair.probability(c.features)
        key = frozenset((c.head, c.tail))
        if p >= pair.threshold and (key not in best or p > best[key][0]):
            best[key] = (p, c)
    out = []
    for _, c in sorted(best.values(), key=lambda pc: (pc[1].head, pc[1].rel, pc[1].tail)):
        s = sentences[c.sentence]
        out.append(Relation(c.head, c.rel, c.tail, (Evidence(doc_id, s.index, s.start, s.end, s.text, "text"),),
                            (RULE_PREFIX + c.rel,)))
    return tuple(out)
