"""Train the model that judges extracted facts on the dev split and write ``kg/data/fact_model.tsv``.

Usage (from the repository root; needs scikit-learn, in the ``test`` extra)::

    .venv/bin/python tools/train_model.py                          # writes kg/data/fact_model.tsv
    .venv/bin/python tools/train_model.py --out /tmp/m.tsv --hold '4[0-2][0-9]_*'

Only the documents ``tests/data/gold/split.tsv`` puts in ``dev`` are read (``--hold`` leaves
more out, to measure on them later). Each is extracted with the rules alone (no model, no pair
model: ``tools/train_pairs.py`` learns that one after this one); an
entity is right when it matches a gold entity (``kg.evaluate.match_entities``), a relation when
the gold file has it with the same name and direction. ``kg/model.py`` says what the features
are. A logistic regression per kind is fitted on every training document; the thresholds are
those with the best F1 in a cross-validation over documents (each fold's facts judged by a model
that never saw that fold's documents; a relation is kept only when both its ends are), repeated
with :data:`SEEDS` dealings of documents to folds, a threshold's F1 being its mean over the
repeats and over the thresholds within :data:`WINDOW` steps of it; the mean figures of that
cross-validation are printed.
"""

from __future__ import annotations

import argparse
import dataclasses
import fnmatch
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.evaluate import SPLIT_FILE, GoldEntity, load_gold, load_split, match_entities  # noqa: E402
from kg.ingest import read_document  # noqa: E402
from kg.model import BIAS, KINDS, THRESHOLD, document_features  # noqa: E402
from kg.normalize import normalize  # noqa: E402
from kg.extract import extract  # noqa: E402
from kg.resources import load_resources  # noqa: E402

GOLD = ROOT / "tests" / "data" / "gold"
DOCS = (ROOT / "seeds", ROOT / "tests" / "data" / "docs")
#: folds of the cross-validation that chooses the thresholds, and the seeds that deal documents to
#: them: the cross-validation is repeated once per seed and the F1 of a threshold is its mean over
#: the repeats (one dealing's luck moved the threshold by 0.1)
FOLDS, SEEDS = 5, (0, 1, 2, 3, 4)
#: the thresholds tried
THRESHOLDS = tuple(round(0.01 * i, 2) for i in range(1, 61))
#: a threshold is judged by the mean F1 of the thresholds this far from it on each side (a plateau
#: of the F1 curve, not one step of it)
WINDOW = 5
#: inverse strength of the L2 penalty
C = 1.0
#: a feature counts when at least this many training documents have it
MIN_DOCUMENTS = 2
#: weights are written to this many decimals; smaller ones are left out
DECIMALS = 4


@dataclasses.dataclass
class Sample:
    """One document's facts: features, labels, and which relation ends at which entity."""

    doc: str
    gold_entities: int
    gold_relations: int
    entities: list[dict]
    entity_labels: list[int]
    relations: list[dict]
    relation_labels: list[int]
    ends: list[tuple[int, int]]


def samples(hold: list[str]) -> list[Sample]:
    """The training documents' facts as the rules alone extract them."""
    split = load_split(GOLD / SPLIT_FILE)
    res = dataclasses.replace(load_resources(), model=None, pairs=None)
    out = []
    for g in load_gold(GOLD):
        if split.get(g.doc, "dev") != "dev" or any(fnmatch.fnmatch(g.doc, p) for p in hold):
            continue  # never read a test document
        path = next(f / g.doc for f in DOCS if (f / g.doc).exists())
        doc = read_document(path, path.parent)
        ex = extract(doc, normalize(doc.text, doc.format), res)
        pairs = match_entities(g.entities, [GoldEntity(e.type, e.name, e.aliases) for e in ex.entities])
        gold_of = {ex.entities[pi].key: g.entities[gi].name for gi, pi in pairs.items()}
        ents, rels = document_features(ex.entities, ex.relations, doc.text)
        index = {e.key: i for i, e in enumerate(ex.entities)}
        gold_rels = set(g.relations)
        out.append(Sample(g.doc, len(g.entities), len(g.relations), ents,
                          [int(e.key in gold_of) for e in ex.entities], rels,
                          [int((gold_of.get(r.head), r.rel, gold_of.get(r.tail)) in gold_rels) for r in ex.relations],
                          [(index[r.head], index[r.tail]) for r in ex.relations]))
    return out


def common(data: list[Sample], kind: str) -> set[str]:
    """The features of ``kind`` seen in at least :data:`MIN_DOCUMENTS` documents: a feature of one
    page (a place's name, a hospital's) would teach the model that page, not a kind of fact."""
    seen: dict[str, int] = {}
    for s in data:
        for name in {f for row in (s.entities if kind == "entity" else s.relations) for f in row}:
            seen[name] = seen.get(name, 0) + 1
    return {name for name, n in seen.items() if n >= MIN_DOCUMENTS}


def fit(data: list[Sample], kind: str):
    """A logistic regression of ``kind`` on the documents ``data``, over their common features."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    keep = common(data, kind)
    rows = [{f: v for f, v in row.items() if f in keep} for s in data
            for row in (s.entities if kind == "entity" else s.relations)]
    labels = [y for s in data for y in (s.entity_labels if kind == "entity" else s.relation_labels)]
    vec = DictVectorizer()
    model = LogisticRegression(C=C, max_iter=5000).fit(vec.fit_transform(rows), labels)
    return vec, model


def out_of_fold(data: list[Sample], seed: int = 0) -> tuple[list[list[float]], list[list[float]]]:
    """Each document's entity and relation probabilities from models that never saw it (the
    documents dealt to the folds by ``seed``)."""
    docs = sorted(s.doc for s in data)
    random.Random(seed).shuffle(docs)
    fold = {d: i % FOLDS for i, d in enumerate(docs)}
    pe: list[list[float]] = [[] for _ in data]
    pr: list[list[float]] = [[] for _ in data]
    for k in range(FOLDS):
        train = [s for s in data if fold[s.doc] != k]
        for kind, probs in (("entity", pe), ("relation", pr)):
            vec, model = fit(train, kind)
            for i, s in enumerate(data):
                rows = s.entities if kind == "entity" else s.relations
                if fold[s.doc] == k and rows:
                    probs[i] = list(model.predict_proba(vec.transform(rows))[:, 1])
    return pe, pr


def f1(tp: int, found: int, gold: int) -> tuple[float, float, float]:
    p, r = (tp / found if found else 0.0), (tp / gold if gold else 0.0)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def scores(data: list[Sample], pe, pr, te: float, tr: float) -> tuple[tuple, tuple]:
    """(P, R, F1) of entities and of relations (name and direction) when the thresholds are applied."""
    counts = [0, 0, 0, 0, 0, 0]
    for s, ps, qs in zip(data, pe, pr):
        kept = [p >= te for p in ps]
        counts[0] += sum(y for y, k in zip(s.entity_labels, kept) if k)
        counts[1] += sum(kept)
        counts[2] += s.gold_entities
        keep_rel = [q >= tr and kept[h] and kept[t] for q, (h, t) in zip(qs, s.ends)]
        counts[3] += sum(y for y, k in zip(s.relation_labels, keep_rel) if k)
        counts[4] += sum(keep_rel)
        counts[5] += s.gold_relations
    return f1(*counts[:3]), f1(*counts[3:])


def table(data: list[Sample], thresholds: dict[str, float]) -> list[str]:
    lines = ["kind\tfeature\tweight"]
    for kind in KINDS:
        vec, model = fit(data, kind)
        lines.append(f"{kind}\t{BIAS}\t{round(float(model.intercept_[0]), DECIMALS)}")
        lines.append(f"{kind}\t{THRESHOLD}\t{thresholds[kind]}")
        weights = {name: round(float(w), DECIMALS) for name, w in zip(vec.get_feature_names_out(), model.coef_[0])}
        lines += [f"{kind}\t{name}\t{w}" for name, w in sorted(weights.items()) if w]
    return lines


def smoothed(f1: dict[float, float], t: float, window: int = WINDOW) -> float:
    """The mean F1 of threshold ``t`` and its ``window`` neighbours on each side on the grid: a
    threshold is chosen from a plateau, not from one lucky step of the cross-validation.

    >>> smoothed({0.1: 0.5, 0.15: 0.9, 0.2: 0.5, 0.25: 0.7}, 0.2, 1)
    0.7
    """
    grid = sorted(f1)
    i = grid.index(t)
    near = [f1[g] for g in grid[max(0, i - window):i + window + 1]]
    return round(sum(near) / len(near), 6)


def train(data: list[Sample]) -> tuple[list[str], list[str]]:
    """The model table's lines, and what the cross-validation measured (one line per setting, the
    mean over the repeats)."""
    runs = [out_of_fold(data, seed) for seed in SEEDS]

    def mean(te: float, tr: float) -> tuple[tuple, tuple]:
        measured = [scores(data, pe, pr, te, tr) for pe, pr in runs]
        return tuple(tuple(sum(m[k][i] for m in measured) / len(measured) for i in range(3)) for k in range(2))

    entity_f1 = {t: round(mean(t, 0.0)[0][2], 6) for t in THRESHOLDS}
    te = max(THRESHOLDS, key=lambda t: (smoothed(entity_f1, t), -t))
    relation_f1 = {t: round(mean(te, t)[1][2], 6) for t in THRESHOLDS}
    tr = max(THRESHOLDS, key=lambda t: (smoothed(relation_f1, t), -t))
    report = []
    for label, (a, b) in (("rules alone", (0.0, 0.0)), (f"entity >= {te}, relation >= {tr}", (te, tr))):
        (ep, er, ef), (rp, rr, rf) = mean(a, b)
        report.append(f"cross-validated on {len(data)} documents ({len(runs)} dealings), {label}: entities "
                      f"P {ep:.3f} R {er:.3f} F1 {ef:.3f}; relations (name+dir) P {rp:.3f} R {rr:.3f} F1 {rf:.3f}")
    return table(data, {"entity": te, "relation": tr}), report


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "kg" / "data" / "fact_model.tsv")
    ap.add_argument("--hold", action="append", default=[], help="leave out dev documents matching this pattern")
    args = ap.parse_args(argv)
    lines, report = train(samples(args.hold))
    print("\n".join(report))
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(lines) - 1} rows")


if __name__ == "__main__":
    main()
