"""Confidence: how likely a fact is right, from the precision of the rules that produced it.

Every entity and relation records the ids of the rules that produced it (``rules``: a cue row
such as ``cue:牵头/before``, a component rule such as ``geography:name``). Each rule's precision
is measured on the dev split of the gold set by ``tools/measure_confidence.py`` and shipped in
``kg/data/confidence.tsv`` (rule, kind, correct, produced, precision):

* a relation is correct when the gold file has it with the same name and direction, an entity
  when it matches a gold entity (type and a name);
* precision is smoothed towards the pooled precision ``p0`` of its kind (entity or relation):
  ``(correct + M * p0) / (produced + M)`` with ``M`` = :data:`PSEUDO_FIRINGS`, so a rule seen
  twice is not trusted as 0 or 1;
* a rule the table does not know (a new cue row, a rule that never fired on dev) gets the row
  ``*`` of its kind: the pooled precision ``p0``.

A fact's confidence combines its rules by noisy-OR, ``1 - prod(1 - p_i)``: each rule is taken
as independent evidence, so a fact two rules agree on is more likely than either alone, and a
fact with one rule has that rule's precision. Confidences are rounded to three decimals.

>>> table = {("relation", "a"): 0.8, ("relation", "b"): 0.5, ("relation", "*"): 0.6}
>>> combine(["a"], "relation", table)
0.8
>>> combine(["a", "b"], "relation", table)
0.9
>>> combine(["new"], "relation", table)
0.6
>>> smoothed(3, 4, 0.5)
0.667
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import networkx as nx

from .resources import DATA

#: pseudo-firings at the pooled precision added to every rule's count (additive smoothing)
PSEUDO_FIRINGS = 2
#: the rule id of a kind's default row (the pooled precision of the kind)
DEFAULT_RULE = "*"
#: the kinds of fact the table measures
KINDS = ("entity", "relation")
#: the confidence of a fact whose kind has no default row at all
FALLBACK = 0.5
#: the columns of ``confidence.tsv``
COLUMNS = ("rule", "kind", "correct", "produced", "precision")

Table = dict[tuple[str, str], float]


def smoothed(correct: int, produced: int, prior: float, m: int = PSEUDO_FIRINGS) -> float:
    """A rule's precision smoothed towards ``prior`` by ``m`` pseudo-firings."""
    return round((correct + m * prior) / (produced + m), 3)


@cache
def load_table(path: str | None = None) -> Table:
    """(kind, rule) -> precision from ``confidence.tsv`` (the shipped one by default)."""
    text = Path(path).read_text(encoding="utf-8") if path else (DATA / "confidence.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader(text.splitlines(), delimiter="\t")
    return {(r["kind"], r["rule"]): float(r["precision"]) for r in rows}


def rule_confidence(rule: str, kind: str, table: Table) -> float:
    """The precision of one rule, or its kind's default for a rule the table does not know."""
    if (kind, rule) in table:
        return table[(kind, rule)]
    return table.get((kind, DEFAULT_RULE), FALLBACK)


def combine(rules: Iterable[str], kind: str, table: Table | None = None) -> float | None:
    """The confidence of a fact from its rules (noisy-OR); ``None`` for a fact with no rules."""
    table = load_table() if table is None else table
    doubt, seen = 1.0, False
    for rule in rules:
        doubt *= 1.0 - rule_confidence(rule, kind, table)
        seen = True
    return round(1.0 - doubt, 3) if seen else None


def annotate(G: nx.MultiDiGraph, table: Table | None = None) -> nx.MultiDiGraph:
    """Set the ``confidence`` attribute of every node and edge that records its rules."""
    table = load_table() if table is None else table
    known: dict[tuple[str, tuple[str, ...]], float | None] = {}  # facts with the same rules share one value
    for kind, items in (("entity", G.nodes(data=True)), ("relation", G.edges(data=True))):
        for *_, d in items:
            key = (kind, tuple(d.get("rules", ())))
            if key not in known:
                known[key] = combine(key[1], kind, table)
            c = known[key]
            if c is not None:
                d["confidence"] = c
    return G


def generate_table(counts: dict[tuple[str, str], tuple[int, int]]) -> Iterable[str]:
    """The lines of ``confidence.tsv`` from (kind, rule) -> (correct, produced) counts: a
    default row ``*`` per kind (pooled), then every rule, smoothed.

    >>> list(generate_table({("relation", "a"): (3, 4), ("relation", "b"): (1, 4)}))[1:]
    ['*\\trelation\\t4\\t8\\t0.5', 'a\\trelation\\t3\\t4\\t0.667', 'b\\trelation\\t1\\t4\\t0.333']
    """
    yield "\t".join(COLUMNS)
    for kind in KINDS:
        rows = {rule: c for (k, rule), c in counts.items() if k == kind}
        if not rows:
            continue
        correct = sum(c for c, _ in rows.values())
        produced = sum(p for _, p in rows.values())
        prior = round(correct / produced, 3) if produced else FALLBACK
        yield f"{DEFAULT_RULE}\t{kind}\t{correct}\t{produced}\t{prior}"
        for rule, (c, p) in sorted(rows.items()):
            yield f"{rule}\t{kind}\t{c}\t{p}\t{smoothed(c, p, prior)}"
