"""What the trainers of kg's models share (``train_model.py``, ``train_pairs.py``): the features
seen on enough documents, a logistic regression over them, the rows of a model table, a threshold
chosen from a plateau of F1, and the command line that writes the table.

>>> smoothed({0.1: 0.5, 0.15: 0.9, 0.2: 0.5, 0.25: 0.7}, 0.2, 1)
0.7
>>> plateau({0.1: 0.5, 0.15: 0.9, 0.2: 0.5, 0.25: 0.7}, 1)
0.15
"""

from __future__ import annotations

import argparse
import fnmatch
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path

from kg.evaluate import SPLIT_FILE, GoldDoc, GoldEntity, load_gold, load_split, match_entities
from kg.ingest import read_document
from kg.model import BIAS, THRESHOLD
from kg.types import Document, Entity

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "gold"
DOCS = (ROOT / "seeds", ROOT / "tests" / "data" / "docs")

#: a feature counts when at least this many training documents have it: a feature of one page
#: (a place's name, a hospital's) would teach the model that page, not a kind of fact
MIN_DOCUMENTS = 2
#: weights are written to this many decimals; smaller ones are left out
DECIMALS = 4
#: iterations the solver may take
MAX_ITER = 5000
#: the header of a model table
HEADER = "kind\tfeature\tweight"


def dev_documents(hold: Iterable[str] = ()) -> Iterator[tuple[GoldDoc, Document]]:
    """The gold files of the dev split and their documents, but those whose name matches a
    pattern of ``hold``: never a test document."""
    split = load_split(GOLD / SPLIT_FILE)
    for g in load_gold(GOLD):
        if split.get(g.doc, "dev") != "dev" or any(fnmatch.fnmatch(g.doc, p) for p in hold):
            continue
        path = next(f / g.doc for f in DOCS if (f / g.doc).exists())
        yield g, read_document(path, path.parent)


def gold_names(g: GoldDoc, entities: Sequence[Entity]) -> dict[str, str]:
    """Entity key -> the name of the gold entity it matches (``kg.evaluate.match_entities``)."""
    pairs = match_entities(g.entities, [GoldEntity(e.type, e.name, e.aliases) for e in entities])
    return {entities[pi].key: g.entities[gi].name for gi, pi in pairs.items()}


def frequent(documents: Iterable[Iterable[Mapping[str, float]]]) -> set[str]:
    """The features of the rows (one list of rows per document) seen in at least
    :data:`MIN_DOCUMENTS` documents."""
    seen: dict[str, int] = {}
    for rows in documents:
        for name in {f for row in rows for f in row}:
            seen[name] = seen.get(name, 0) + 1
    return {name for name, n in seen.items() if n >= MIN_DOCUMENTS}


def fit(documents: Sequence[Sequence[Mapping[str, float]]], labels: Sequence[int], c: float):
    """A logistic regression (inverse penalty ``c``) of ``labels`` on the rows of ``documents``
    (one list of rows per document, the labels in the same order), over their frequent features:
    (vectorizer, model)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    keep = frequent(documents)
    rows = [{f: v for f, v in row.items() if f in keep} for doc in documents for row in doc]
    vec = DictVectorizer()
    return vec, LogisticRegression(C=c, max_iter=MAX_ITER).fit(vec.fit_transform(rows), list(labels))


def model_rows(kind: str, vec, model, threshold: float) -> list[str]:
    """The rows of one kind in a model table: its bias, its threshold, its non-zero weights."""
    weights = {name: round(float(w), DECIMALS) for name, w in zip(vec.get_feature_names_out(), model.coef_[0])}
    return [f"{kind}\t{BIAS}\t{round(float(model.intercept_[0]), DECIMALS)}", f"{kind}\t{THRESHOLD}\t{threshold}",
            *(f"{kind}\t{name}\t{w}" for name, w in sorted(weights.items()) if w)]


def smoothed(f1: Mapping[float, float], t: float, window: int) -> float:
    """The mean F1 of threshold ``t`` and its ``window`` neighbours on each side on the grid: a
    threshold is chosen from a plateau, not from one lucky step of the cross-validation."""
    grid = sorted(f1)
    i = grid.index(t)
    near = [f1[g] for g in grid[max(0, i - window):i + window + 1]]
    return round(sum(near) / len(near), 6)


def plateau(f1: Mapping[float, float], window: int) -> float:
    """The threshold whose :func:`smoothed` F1 is best (the lowest of equals)."""
    return max(sorted(f1), key=lambda t: (smoothed(f1, t, window), -t))


def main(doc: str, out: Path, learn: Callable[[list[str]], tuple[list[str], list[str]]],
         argv: list[str] | None = None) -> None:
    """The command line of a trainer: ``learn(hold)`` gives the table's rows and a report."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--out", type=Path, default=out)
    ap.add_argument("--hold", action="append", default=[], help="leave out dev documents matching this pattern")
    args = ap.parse_args(argv)
    lines, report = learn(args.hold)
    print("\n".join(report))
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(lines) - 1} rows")
