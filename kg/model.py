"""Model: a logistic model of which extracted entities and relations are right, learnt from the
dev split of the gold set, that drops what it finds unlikely.

The rules propose; the model disposes. Each entity and relation of a document is described by
named features (:func:`entity_features`, :func:`relation_features`: its type, the rules that
found it, the end of its name, its length, how often and where it is named, the characters
around its first mention, the character pairs of its name; for a relation its name, the types
of its ends and its rules). Its probability of being right is the logistic function of the sum
of the features' weights, and it is kept when that reaches the kind's threshold. Dropping an
entity drops its relations.

The weights and thresholds are data, ``kg/data/fact_model.tsv`` (kind, feature, weight; the
rows ``(bias)`` and ``(threshold)`` of each kind), written by ``tools/train_model.py`` from the
dev documents only, with the threshold whose F1 (averaged over neighbouring thresholds and over
repeats of a cross-validation over those documents) was best. Only features seen on two pages or more are learnt (one page's names teach nothing
general); a feature the table does not know weighs 0.

>>> model = FactModel({"entity": KindModel(-1.0, 0.5, {"t=Hospital": 3.0})})
>>> round(model.probability("entity", {"t=Hospital": 1}), 3), round(model.probability("entity", {"t=City": 1}), 3)
(0.881, 0.269)
>>> model.keeps("entity", {"t=City": 1}), model.keeps("relation", {"rel=leads": 1})
(False, True)
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .types import Entity, Relation

__all__ = ["FEATURE_PREFIXES", "FactModel", "KindModel", "KINDS", "NameIndex", "document_features", "apply_model", "entity_features", "read_model",
           "relation_features"]

#: what the model judges
KINDS = ("entity", "relation")
#: the rows of a kind that are no feature
BIAS, THRESHOLD = "(bias)", "(threshold)"
#: counts (mentions, relations, evidence) are features up to this value; more counts as this
MAX_COUNT = 5
#: name lengths are features up to this many characters
MAX_LENGTH = 12
#: characters of context read on each side of a mention
CONTEXT = 1
#: how white space around a mention is written in a feature
SPACE_MARK = "␣"

Features = dict[str, float]

#: how each kind's feature names begin (``kg/data/fact_model.tsv`` holds no other)
FEATURE_PREFIXES = {
    "entity": ("t=", "suf1=", "suf2=", "suf3=", "len=", "mc=", "deg=", "r=", "code", "place|", "alias|",
               "inside|", "contains|", "bg=", "L=", "R="),
    "relation": ("rel=", "sig=", "nev=", "hmc=", "tmc=", "rule=", "basis="),
}


@dataclass(frozen=True)
class KindModel:
    """The weights of one kind: a bias, a threshold and a weight per feature."""

    bias: float
    threshold: float
    weights: Mapping[str, float] = field(repr=False)

    def probability(self, features: Mapping[str, float]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) * v for f, v in features.items())
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0


@dataclass(frozen=True)
class FactModel:
    """The model of every kind; a kind without weights keeps everything."""

    kinds: Mapping[str, KindModel]

    def probability(self, kind: str, features: Mapping[str, float]) -> float:
        model = self.kinds.get(kind)
        return 1.0 if model is None else model.probability(features)

    def keeps(self, kind: str, features: Mapping[str, float]) -> bool:
        model = self.kinds.get(kind)
        return model is None or model.probability(features) >= model.threshold


def read_model(path: Path, kinds: Iterable[str] = KINDS) -> FactModel:
    r"""Read a model table: a header, then ``kind<TAB>feature<TAB>weight`` rows of the ``kinds`` named.

    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     p = pathlib.Path(tmp, "m.tsv")
    ...     _ = p.write_text("kind\tfeature\tweight\nentity\t(bias)\t0.5\nentity\t(threshold)\t0.3\n"
    ...                      "entity\tt=City\t-2\n", encoding="utf-8")
    ...     m = read_model(p)
    >>> m.kinds["entity"].threshold, dict(m.kinds["entity"].weights)
    (0.3, {'t=City': -2.0})
    """
    kinds = tuple(kinds)
    rows: dict[str, dict[str, float]] = {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row["kind"] not in kinds:
                raise ValueError(f"{path}: unknown kind {row['kind']!r}")
            rows.setdefault(row["kind"], {})[row["feature"]] = float(row["weight"])
    models = {}
    for kind, weights in rows.items():
        bias, threshold = weights.pop(BIAS, 0.0), weights.pop(THRESHOLD, 0.0)
        models[kind] = KindModel(bias, threshold, weights)
    return FactModel(models)


def entity_features(e: Entity, text: str, names: Iterable[str] | NameIndex, degree: int) -> Features:
    """What the model knows of an entity of a document: ``text`` is the document's text (its
    mentions' offsets point into it), ``names`` the names of the document's entities (or their
    :class:`NameIndex`, built once per document), ``degree`` how many of the document's relations
    it is an end of.

    >>> from kg.types import Mention
    >>> e = Entity("Hospital:长春市中心医院", "Hospital", "长春市中心医院", mentions=(Mention("d", 0, 1, 8, "长春市中心医院"),),
    ...            mention_count=1, rules=("institutions:suffix",))
    >>> f = entity_features(e, "在长春市中心医院就诊", ["长春市", "长春市中心医院"], 2)
    >>> [k for k in f if not k.startswith("bg=")]  # doctest: +NORMALIZE_WHITESPACE
    ['t=Hospital', 'suf1=Hospital|院', 'suf2=Hospital|医院', 'suf3=Hospital|心医院', 'len=Hospital|7',
     'mc=Hospital|1', 'deg=Hospital|2', 'r=institutions:suffix', 'contains|Hospital', 'L=在', 'R=就']
    >>> [k for k in f if k.startswith("bg=")][:3]
    ['bg=长春', 'bg=春市', 'bg=市中']
    """
    t, n = e.type, _shown(e.name)
    f: Features = {f"t={t}": 1, f"suf1={t}|{n[-1:]}": 1, f"suf2={t}|{n[-2:]}": 1, f"suf3={t}|{n[-3:]}": 1,
                   f"len={t}|{min(len(n), MAX_LENGTH)}": 1, f"mc={t}|{min(e.mention_count, MAX_COUNT)}": 1,
                   f"deg={t}|{min(degree, MAX_COUNT)}": 1}
    for rule in e.rules:
        f[f"r={rule}"] = 1
    if e.code:
        f["code"] = 1
    if e.place:
        f[f"place|{t}"] = 1
    if e.aliases:
        f[f"alias|{t}"] = 1
    index = names if isinstance(names, NameIndex) else NameIndex.of(names)
    if index.inside(e.name):
        f[f"inside|{t}"] = 1
    if index.contains(e.name):
        f[f"contains|{t}"] = 1
    for i in range(len(n) - 1):
        f[f"bg={n[i:i + 2]}"] = 1
    if e.mentions:
        m = e.mentions[0]
        f[f"L={_shown(text[max(0, m.start - CONTEXT):m.start])}"] = 1
        f[f"R={_shown(text[m.end:m.end + CONTEXT])}"] = 1
    return f


#: what joins a document's names in :class:`NameIndex` (were it in a name, the index would compare
#: names one by one)
NAME_JOIN = "\x00"


@dataclass(frozen=True)
class NameIndex:
    """The names of a document's entities, asked whether another name holds a name (``inside``) or
    a name holds another (``contains``) without comparing it with each of them: a page names
    hundreds of entities, and each is asked both.

    >>> index = NameIndex.of(["长春市", "长春市中心医院", "长春市"])
    >>> index.inside("长春市"), index.inside("长春市中心医院"), index.contains("长春市中心医院"), index.contains("长春市")
    (True, False, True, False)
    """

    names: tuple[str, ...]
    #: the names joined by :data:`NAME_JOIN`, None when a name holds it
    joined: str | None
    #: how many times each name is in ``names``
    counts: Mapping[str, int]
    #: the lengths of the names, shortest first
    lengths: tuple[int, ...]

    @classmethod
    def of(cls, names: Iterable[str]) -> NameIndex:
        names = tuple(names)
        counts: dict[str, int] = {}
        for m in names:
            counts[m] = counts.get(m, 0) + 1
        joined = NAME_JOIN.join(names)
        return cls(names, None if joined.count(NAME_JOIN) != max(len(names) - 1, 0) else joined, counts,
                   tuple(sorted({len(m) for m in counts})))

    def inside(self, n: str) -> bool:
        """True when a name other than ``n`` holds ``n`` (``any(n in m for m in names if m != n)``):
        ``n`` is in the joined names more often than it is one of them."""
        if self.joined is None or not n or NAME_JOIN in n:
            return any(n in m for m in self.names if m != n)
        return self.joined.count(n) > self.counts.get(n, 0)

    def contains(self, n: str) -> bool:
        """True when ``n`` holds a name other than itself (``any(m in n for m in names if m != n)``):
        a shorter part of ``n`` is one of the names."""
        counts, size = self.counts, len(n)
        for k in self.lengths:
            if k >= size:
                return False
            if any(n[i:i + k] in counts for i in range(size - k + 1)):
                return True
        return False


def _shown(context: str) -> str:
    """Context as a feature writes it: white space (a line break, a tab) as one mark, so the
    model table stays one row per feature.

    >>> _shown("在"), _shown("\\n"), _shown("")
    ('在', '␣', '')
    """
    return "".join(SPACE_MARK if ch.isspace() else ch for ch in context)


def relation_features(r: Relation, head: Entity, tail: Entity) -> Features:
    """What the model knows of a relation: its name, the types of its ends, its rules, how its
    evidence was found and how often its ends are named.

    >>> h, t = Entity("H:a", "Hospital", "a", mention_count=2), Entity("A:b", "Alliance", "b", mention_count=1)
    >>> sorted(relation_features(Relation("H:a", "memberOf", "A:b", rules=("cue:加入",)), h, t))
    ['hmc=2', 'nev=memberOf|0', 'rel=memberOf', 'rule=cue:加入', 'sig=Hospital|memberOf|Alliance', 'tmc=1']
    """
    f: Features = {f"rel={r.rel}": 1, f"sig={head.type}|{r.rel}|{tail.type}": 1,
                   f"nev={r.rel}|{min(len(r.evidence), MAX_COUNT)}": 1,
                   f"hmc={min(head.mention_count, MAX_COUNT)}": 1, f"tmc={min(tail.mention_count, MAX_COUNT)}": 1}
    for rule in r.rules:
        f[f"rule={rule}"] = 1
    for basis in {ev.basis for ev in r.evidence}:
        f[f"basis={r.rel}|{basis}"] = 1
    return f


def document_features(entities: tuple[Entity, ...], relations: tuple[Relation, ...], text: str
                      ) -> tuple[list[Features], list[Features]]:
    """The features of every entity and relation of one document (in their order)."""
    degree: dict[str, int] = {}
    for r in relations:
        degree[r.head] = degree.get(r.head, 0) + 1
        degree[r.tail] = degree.get(r.tail, 0) + 1
    names = NameIndex.of(e.name for e in entities)
    by_key = {e.key: e for e in entities}
    return ([entity_features(e, text, names, degree.get(e.key, 0)) for e in entities],
            [relation_features(r, by_key[r.head], by_key[r.tail]) for r in relations])


def apply_model(entities: tuple[Entity, ...], relations: tuple[Relation, ...], text: str, model: FactModel
                ) -> tuple[tuple[Entity, ...], tuple[Relation, ...]]:
    """The entities and relations of a document the model keeps (a relation only when both its
    ends are kept). Features are computed on the document as extracted, before anything is dropped."""
    ents, rels = document_features(entities, relations, text)
    kept = tuple(e for e, f in zip(entities, ents) if model.keeps("entity", f))
    keys = {e.key for e in kept}
    return kept, tuple(r for r, f in zip(relations, rels)
                       if r.head in keys and r.tail in keys and model.keeps("relation", f))
