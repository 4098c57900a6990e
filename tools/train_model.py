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

import dataclasses
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import learning  # noqa: E402
from kg.model import KINDS, document_features  # noqa: E402
from kg.normalize import normalize  # noqa: E402
from kg.extract import extract  # noqa: E402
from kg.resources import load_resources  # noqa: E402

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
    res = dataclasses.replace(load_resources(), model=None, pairs=None)
    out = []
    for g, doc in learning.dev_documents(hold):
        ex = extract(doc, normalize(doc.text, doc.format), res)
        gold_of = learning.gold_names(g, ex.entities)
        ents, rels = document_features(ex.entities, ex.relations, doc.text)
        index = {e.key: i for i, e in enumerate(ex.entities)}
        gold_rels = set(g.relations)
        out.append(Sample(g.doc, len(g.entities), len(g.relations), ents,
                          [int(e.key in gold_of) for e in ex.entities], rels,
                          [int((gold_of.get(r.head), r.rel, gold_of.get(r.tail)) in gold_rels) for r in ex.relations],
                          [(index[r.head], index[r.tail]) for r in ex.relations]))
    return out


def rows(s: Sample, kind: str) -> list[dict]:
    return s.entities if kind == "entity" else s.relations


def fit(data: list[Sample], kind: str):
    """A logistic regression of ``kind`` on the documents ``data``, over their common features."""
    labels = [y for s in data for y in (s.entity_labels if kind == "entity" else s.relation_labels)]
    return learning.fit([rows(s, kind) for s in data], labels, C)


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
                if fold[s.doc] == k and rows(s, kind):
                    probs[i] = list(model.predict_proba(vec.transform(rows(s, kind)))[:, 1])
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
    return [learning.HEADER, *(line for kind in KINDS for line in learning.model_rows(kind, *fit(data, kind),
                                                                                      thresholds[kind]))]


def train(data: list[Sample]) -> tuple[list[str], list[str]]:
    """The model table's lines, and what the cross-validation measured (one line per setting, the
    mean over the repeats)."""
    runs = [out_of_fold(data, seed) for seed in SEEDS]

    def mean(te: float, tr: float) -> tuple[tuple, tuple]:
        measured = [scores(data, pe, pr, te, tr) for pe, pr in runs]
        return tuple(tuple(sum(m[k][i] for m in measured) / len(measured) for i in range(3)) for k in range(2))

    te = learning.plateau({t: round(mean(t, 0.0)[0][2], 6) for t in THRESHOLDS}, WINDOW)
    tr = learning.plateau({t: round(mean(te, t)[1][2], 6) for t in THRESHOLDS}, WINDOW)
    report = []
    for label, (a, b) in (("rules alone", (0.0, 0.0)), (f"entity >= {te}, relation >= {tr}", (te, tr))):
        (ep, er, ef), (rp, rr, rf) = mean(a, b)
        report.append(f"cross-validated on {len(data)} documents ({len(runs)} dealings), {label}: entities "
                      f"P {ep:.3f} R {er:.3f} F1 {ef:.3f}; relations (name+dir) P {rp:.3f} R {rr:.3f} F1 {rf:.3f}")
    return table(data, {"entity": te, "relation": tr}), report


def main(argv: list[str] | None = None) -> None:
    learning.main(__doc__, ROOT / "kg" / "data" / "fact_model.tsv", lambda hold: train(samples(hold)), argv)


if __name__ == "__main__":
    main()
