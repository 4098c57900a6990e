"""Train the pair model (:mod:`kg.pairs`) on the dev split and write ``kg/data/pair_model.tsv``.

Usage (from the repository root; needs scikit-learn, in the ``test`` extra)::

    .venv/bin/python tools/train_pairs.py                          # writes kg/data/pair_model.tsv
    .venv/bin/python tools/train_pairs.py --out /tmp/p.tsv --hold '4[0-2][0-9]_*'

Only the documents ``tests/data/gold/split.tsv`` puts in ``dev`` are read (``--hold`` leaves
more out). Each is extracted as ``kg build`` extracts it, the fact model applied and the pair
model left out; each candidate of :func:`kg.pairs.candidates` is right when the gold file has
that relation with that name and direction between the entities its ends match. A logistic
regression over the features seen in two documents or more is fitted on every training
document; the threshold is the one with the best relation F1 (name and direction, the rules'
relations counted in) in a cross-validation over documents, repeated with :data:`SEEDS`
dealings, a threshold's F1 being its mean over the repeats and over its :data:`WINDOW`
neighbours on each side; the cross-validation's figures are printed.
"""

from __future__ import annotations

import dataclasses
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import learning  # noqa: E402
from kg.extract import extract  # noqa: E402
from kg.normalize import normalize  # noqa: E402
from kg.evaluate import GoldDoc  # noqa: E402
from kg.pairs import PAIR, RULE_PREFIX, candidates  # noqa: E402
from kg.resources import Resources, load_resources  # noqa: E402
from kg.tokens import LazyTokens  # noqa: E402
from kg.types import Document, Extraction  # noqa: E402

#: folds of the cross-validation that chooses the threshold, and the seeds that deal documents to them
FOLDS, SEEDS = 5, (0, 1, 2)
#: the thresholds tried
THRESHOLDS = tuple(round(0.02 * i, 2) for i in range(5, 50))
#: a threshold is judged by the mean F1 of the thresholds this far from it on each side
WINDOW = 2
#: inverse strength of the L2 penalty (from 0.1 to 2 the cross-validated F1 moved by 0.001)
C = 0.5


@dataclasses.dataclass
class Sample:
    """One document: its candidates' features and labels, which pair each belongs to, and the
    counts of the rules' relations (name and direction) it starts from."""

    doc: str
    features: list[dict]
    labels: list[int]
    pairs: list[frozenset]
    rels: list[str]
    gold: int
    found: int
    right: int


def sample(g: GoldDoc, doc: Document, res: Resources) -> tuple[Sample, Extraction]:
    """One dev document's candidates, and its extraction by ``res`` (resources without the pair model)."""
    norm = normalize(doc.text, doc.format)
    ex = extract(doc, norm, res)
    gold_of = learning.gold_names(g, ex.entities)
    gold_rels = set(g.relations)
    right = sum((gold_of.get(r.head), r.rel, gold_of.get(r.tail)) in gold_rels for r in ex.relations)
    tokens = [LazyTokens(s.text, res.tokens) for s in norm.sentences]
    cands = candidates(ex.entities, ex.relations, norm.sentences, tokens, res.gazetteer.divisions)
    return Sample(g.doc, [c.features for c in cands],
                  [int((gold_of.get(c.head), c.rel, gold_of.get(c.tail)) in gold_rels) for c in cands],
                  [frozenset((c.head, c.tail)) for c in cands], [c.rel for c in cands], len(g.relations),
                  len(ex.relations), right), ex


def samples(hold: list[str]) -> list[Sample]:
    """The dev documents' candidates as ``kg build`` extracts them, the pair model left out."""
    res = dataclasses.replace(load_resources(), pairs=None)
    return [sample(g, doc, res)[0] for g, doc in learning.dev_documents(hold)]


def fit(data: list[Sample]):
    return learning.fit([s.features for s in data], [y for s in data for y in s.labels], C)


def out_of_fold(data: list[Sample], seed: int) -> list[list[float]]:
    docs = sorted(s.doc for s in data)
    random.Random(seed).shuffle(docs)
    fold = {d: i % FOLDS for i, d in enumerate(docs)}
    probs: list[list[float]] = [[] for _ in data]
    for k in range(FOLDS):
        vec, model = fit([s for s in data if fold[s.doc] != k])
        for i, s in enumerate(data):
            if fold[s.doc] == k and s.features:
                probs[i] = list(model.predict_proba(vec.transform(s.features))[:, 1])
    return probs


def kept(s: Sample, probs: list[float], threshold: float) -> list[tuple[str, int]]:
    """(relation, label) of the candidates of ``s`` that :func:`kg.pairs.propose` adds: per pair its
    likeliest candidate, when that reaches ``threshold``."""
    best: dict[frozenset, tuple[float, str, int]] = {}
    for p, y, pair, rel in zip(probs, s.labels, s.pairs, s.rels):
        if p >= threshold and (pair not in best or p > best[pair][0]):
            best[pair] = (p, rel, y)
    return [(rel, y) for _, rel, y in best.values()]


def counts(data: list[Sample], probs: list[list[float]], threshold: float) -> tuple[int, int, int]:
    """(right, found, gold) of relations with name and direction, the rules' and the pairs' above
    ``threshold``."""
    right = found = gold = 0
    for s, ps in zip(data, probs):
        added = kept(s, ps, threshold)
        right += s.right + sum(y for _, y in added)
        found += s.found + len(added)
        gold += s.gold
    return right, found, gold


def rule_counts(data: list[Sample], threshold: float, seed: int = 0) -> dict[str, tuple[int, int]]:
    """Rule id (``pairs:<relation>``) -> (correct, produced) of the pairs added at ``threshold``, each
    document's judged by a model that never saw it: the pair model's precision on pages it did
    not learn from, which ``tools/measure_confidence.py`` ships as these rules' confidence."""
    out: dict[str, list[int]] = {}
    for s, ps in zip(data, out_of_fold(data, seed)):
        for rel, y in kept(s, ps, threshold):
            c = out.setdefault(RULE_PREFIX + rel, [0, 0])
            c[0] += y
            c[1] += 1
    return {rule: (c, p) for rule, (c, p) in sorted(out.items())}


def prf(right: int, found: int, gold: int) -> tuple[float, float, float]:
    p, r = right / found if found else 0.0, right / gold if gold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def train(data: list[Sample]) -> tuple[list[str], list[str]]:
    """The model table's lines, and what the cross-validation measured (the mean over the repeats)."""
    runs = [out_of_fold(data, seed) for seed in SEEDS]

    def mean(t: float) -> tuple[float, float, float]:
        m = [prf(*counts(data, probs, t)) for probs in runs]
        return tuple(sum(x[i] for x in m) / len(m) for i in range(3))

    threshold = learning.plateau({t: round(mean(t)[2], 6) for t in THRESHOLDS}, WINDOW)
    report = []
    for label, t in (("rules and fact model", 2.0), (f"pairs >= {threshold}", threshold)):
        p, r, f = mean(t)
        report.append(f"cross-validated on {len(data)} documents ({len(runs)} dealings), {label}: "
                      f"relations (name+dir) P {p:.3f} R {r:.3f} F1 {f:.3f}")
    return [learning.HEADER, *learning.model_rows(PAIR, *fit(data), threshold)], report


def main(argv: list[str] | None = None) -> None:
    learning.main(__doc__, ROOT / "kg" / "data" / "pair_model.tsv", lambda hold: train(samples(hold)), argv)


if __name__ == "__main__":
    main()
