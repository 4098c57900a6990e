"""Measure each extraction rule's precision on the dev split and write ``kg/data/confidence.tsv``.

Usage (from the repository root)::

    .venv/bin/python tools/measure_confidence.py                   # writes kg/data/confidence.tsv
    .venv/bin/python tools/measure_confidence.py --out /tmp/c.tsv  # elsewhere

Only the documents ``tests/data/gold/split.tsv`` puts in ``dev`` are built and read: the test
split is never used to measure a rule. Each dev document is extracted on its own; an entity is
correct when it matches a gold entity (``kg.evaluate.match_entities``: type and a name, one to
one), a relation when the gold file has it with the same name and direction. Every rule of a
fact counts one firing, correct or not. The pair model's rules (``pairs:<relation>``) are counted
out of fold instead (``tools/train_pairs.py``'s ``rule_counts``): that model learnt from the dev
documents, and its precision on them would flatter it. ``kg/confidence.py`` says how the counts are smoothed and
how a fact's rules are combined at build time.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.confidence import generate_table  # noqa: E402
from kg.evaluate import GoldDoc  # noqa: E402
from kg.pairs import PAIR  # noqa: E402
from kg.resources import load_resources  # noqa: E402
from kg.types import Extraction  # noqa: E402

sys.path.insert(0, str(ROOT / "tools"))
import learning  # noqa: E402
import train_pairs  # noqa: E402

def count_rules(counts: dict[tuple[str, str], list[int]], g: GoldDoc, ex: Extraction) -> None:
    """Add one dev document's firings to ``counts``: (kind, rule) -> [correct, produced]."""
    gold_of = learning.gold_names(g, ex.entities)
    for e in ex.entities:
        for rule in e.rules:
            c = counts[("entity", rule)]
            c[0] += e.key in gold_of
            c[1] += 1
    gold_rels = set(g.relations)
    for r in ex.relations:
        right = (gold_of.get(r.head), r.rel, gold_of.get(r.tail)) in gold_rels
        for rule in r.rules:
            c = counts[("relation", rule)]
            c[0] += right
            c[1] += 1


def measured() -> dict[tuple[str, str], tuple[int, int]]:
    """(kind, rule) -> (correct, produced) over the dev documents, each extracted once without the
    pair model (it only adds relations of its own rules); the pair model's rules counted out of
    fold on the same extractions."""
    shipped = load_resources()
    res = dataclasses.replace(shipped, pairs=None)
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    data = []
    for g, doc in learning.dev_documents():
        s, ex = train_pairs.sample(g, doc, res)
        data.append(s)
        count_rules(counts, g, ex)
    pairs = train_pairs.rule_counts(data, shipped.pairs.kinds[PAIR].threshold)
    return {k: (c, p) for k, (c, p) in counts.items()} | {("relation", rule): c for rule, c in pairs.items()}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "kg" / "data" / "confidence.tsv")
    args = ap.parse_args(argv)
    lines = list(generate_table(measured()))
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(lines) - 1} rows")


if __name__ == "__main__":
    main()
