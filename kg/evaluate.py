"""Evaluate: score extracted entities and relations against gold annotations.

Matching follows ``tests/data/gold/GUIDELINES.md``: a predicted entity matches a gold one when
the types agree and the canonical name or an alias agrees (one-to-one, exact names first);
a gold relation is found when its two matched entities are linked in either direction.

>>> s = Score(tp=9, fp=1, fn=1)
>>> round(s.f1, 2)
0.9
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .types import ENTITY_TYPES


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Score") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass(frozen=True)
class GoldEntity:
    type: str
    name: str
    aliases: frozenset[str]

    @property
    def names(self) -> frozenset[str]:
        return self.aliases | {self.name}


@dataclass
class GoldDoc:
    doc: str
    entities: list[GoldEntity]
    relations: list[tuple[str, str, str]]


@dataclass
class Result:
    by_type: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    entities: Score = field(default_factory=Score)
    relations: Score = field(default_factory=Score)
    missed: list[tuple[str, str, str]] = field(default_factory=list)      # (doc, type, name)
    spurious: list[tuple[str, str, str]] = field(default_factory=list)
    missed_relations: list[tuple[str, str, str, str]] = field(default_factory=list)
    spurious_relations: list[tuple[str, str, str, str]] = field(default_factory=list)
    documents: int = 0
    #: gold documents the scored graph does not hold
    absent: list[str] = field(default_factory=list)
    #: whether the absent documents were scored (everything in them missed)
    absent_scored: bool = False


def load_gold(folder: Path) -> list[GoldDoc]:
    """Read every ``*.json`` gold file of a folder."""
    docs = []
    for path in sorted(Path(folder).glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            ents = [GoldEntity(e["type"], e["name"], frozenset(e.get("aliases", []))) for e in data["entities"]]
            rels = [(r["head"], r["rel"], r["tail"]) for r in data.get("relations", [])]
        except (ValueError, KeyError, TypeError) as e:
            raise InputError(str(path), f"not a gold file ({e})") from None
        docs.append(GoldDoc(data["doc"], ents, rels))
    if not docs:
        raise InputError(str(folder), "no gold files (*.json)")
    return docs


def match_entities(gold: list[GoldEntity], pred: list[GoldEntity]) -> dict[int, int]:
    """One-to-one matching gold index -> predicted index: exact names first, then any alias."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for exact in (True, False):
        for gi, g in enumerate(gold):
            if gi in pairs:
                continue
            for pi, p in enumerate(pred):
                if pi in used or p.type != g.type:
                    continue
                if (p.name == g.name) if exact else bool(p.names & g.names):
                    pairs[gi] = pi
                    used.add(pi)
                    break
    return pairs


def score_document(gold: GoldDoc, pred: list[GoldEntity], pred_links: set[frozenset[str]], result: Result) -> None:
    """Add one document's scores to ``result``. ``pred_links`` are unordered name pairs."""
    pairs = match_entities(gold.entities, pred)
    for gi, g in enumerate(gold.entities):
        s = result.by_type[g.type]
        if gi in pairs:
            s.tp += 1
        else:
            s.fn += 1
            result.missed.append((gold.doc, g.type, g.name))
    matched_pred = set(pairs.values())
    for pi, p in enumerate(pred):
        if pi not in matched_pred:
            result.by_type[p.type].fp += 1
            result.spurious.append((gold.doc, p.type, p.name))
    gold_by_name = {g.name: gi for gi, g in enumerate(gold.entities)}
    pred_of = {gi: pred[pi].name for gi, pi in pairs.items()}
    gold_links = set()
    for h, rel, t in gold.relations:
        gh, gt = gold_by_name.get(h), gold_by_name.get(t)
        if gh is None or gt is None:
            continue
        gold_links.add(frozenset((gh, gt)))
        ph, pt = pred_of.get(gh), pred_of.get(gt)
        if ph and pt and frozenset((ph, pt)) in pred_links:
            result.relations.tp += 1
        else:
            result.relations.fn += 1
            result.missed_relations.append((gold.doc, h, rel, t))
    gold_of = {v: k for k, v in pred_of.items()}
    for link in sorted(pred_links, key=sorted):
        a, b = sorted(link) if len(link) == 2 else (next(iter(link)),) * 2
        ga, gb = gold_of.get(a), gold_of.get(b)
        if ga is None or gb is None or frozenset((ga, gb)) not in gold_links:
            result.relations.fp += 1
            result.spurious_relations.append((gold.doc, a, "-", b))
    result.documents += 1


def evaluate(gold: list[GoldDoc], docs: Path | list[Path] | None = None, graph: Path | None = None,
             include_absent: bool = False) -> Result:
    """Score the gold documents: build them from the ``docs`` folder(s), or read them from a built
    ``graph``. Gold documents the graph lacks are listed in ``Result.absent`` and left out of the
    scores, unless ``include_absent`` (then everything in them counts as missed)."""
    if graph is not None:
        predicted = _from_graph(graph)
    elif docs is not None:
        predicted = _from_docs(gold, docs)
    else:
        raise InputError("kg eval", "give --docs (the documents) or --graph (a built graph)")
    result = Result(absent=[g.doc for g in gold if g.doc not in predicted], absent_scored=include_absent)
    if len(result.absent) == len(gold) and not include_absent:
        raise InputError(str(graph), f"none of the {len(gold)} gold documents is in this graph "
                                     "(build them into it, or pass --docs)")
    for g in gold:
        if g.doc in predicted or include_absent:
            ents, links = predicted.get(g.doc, ([], set()))
            score_document(g, ents, links, result)
    for s in result.by_type.values():
        result.entities.add(s)
    return result


def _from_docs(gold: list[GoldDoc], folders: Path | list[Path]) -> dict[str, tuple[list[GoldEntity], set]]:
    from .ingest import read_document
    from .pipeline import extract_document

    folders = [Path(folders)] if isinstance(folders, (str, Path)) else [Path(f) for f in folders]
    out = {}
    for g in gold:
        path = next((f / g.doc for f in folders if (f / g.doc).exists()), None)
        if path is None:
            raise InputError(g.doc, "the document of a gold file is missing from " +
                             ", ".join(str(f) for f in folders))
        ex = extract_document(read_document(path, path.parent))
        names = {e.key: e.name for e in ex.entities}
        ents = [GoldEntity(e.type, e.name, e.aliases) for e in ex.entities]
        links = {frozenset((names[r.head], names[r.tail])) for r in ex.relations}
        out[g.doc] = (ents, links)
    return out


def _from_graph(path: Path) -> dict[str, tuple[list[GoldEntity], set]]:
    """Per document of the graph (every format ``kg build`` writes): the entities mentioned in it
    and the relations with evidence from it."""
    from .query import load_store

    store = load_store(path)
    q_docs = """
    PREFIX kg: <https://w3id.org/kg-health/ontology#>
    PREFIX dcterms: <http://purl.org/dc/terms/>
    SELECT ?path WHERE { ?d a kg:Document ; dcterms:identifier ?path }"""
    docs = {Path(sol["path"].value).name for sol in store.query(q_docs)}
    q_ent = """
    PREFIX kg: <https://w3id.org/kg-health/ontology#>
    PREFIX dcterms: <http://purl.org/dc/terms/>
    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
    SELECT ?path ?e ?type ?name ?alias WHERE {
      ?e kg:mention/kg:inDocument/dcterms:identifier ?path ; a ?t ; rdfs:label ?name .
      FILTER(STRSTARTS(STR(?t), STR(kg:)))
      BIND(STRAFTER(STR(?t), "#") AS ?type)
      OPTIONAL { ?e skos:altLabel ?alias }
    }"""
    ents: dict[str, dict[str, list]] = defaultdict(dict)
    for sol in store.query(q_ent):
        doc = Path(sol["path"].value).name
        rec = ents[doc].setdefault(sol["e"].value, [sol["type"].value, sol["name"].value, set()])
        if sol["alias"] is not None:
            rec[2].add(sol["alias"].value)
    q_rel = """
    PREFIX kg: <https://w3id.org/kg-health/ontology#>
    PREFIX dcterms: <http://purl.org/dc/terms/>
    PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    SELECT ?path ?hn ?tn WHERE {
      ?st rdf:subject ?h ; rdf:object ?t ; kg:evidence/kg:inDocument/dcterms:identifier ?path .
      ?h rdfs:label ?hn . ?t rdfs:label ?tn .
    }"""
    links: dict[str, set] = defaultdict(set)
    for sol in store.query(q_rel):
        links[Path(sol["path"].value).name].add(frozenset((sol["hn"].value, sol["tn"].value)))
    return {doc: ([GoldEntity(t, n, frozenset(a)) for t, n, a in ents[doc].values()], links[doc])
            for doc in sorted(docs)}


def format_report(result: Result, details: bool = True) -> str:
    """A plain-text table of the scores, then the missed and spurious entities."""
    lines = [f"{result.documents} documents"]
    if result.absent:
        how = "scored as missed" if result.absent_scored else "not scored; --include-absent scores them as missed"
        lines.append(f"{len(result.absent)} gold documents are not in the graph ({how}): " + ", ".join(result.absent))
    lines.append(f"{'':14}{'P':>7}{'R':>7}{'F1':>7}{'gold':>6}{'found':>6}")

    def row(label: str, s: Score) -> str:
        return f"{label:14}{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f}{s.tp + s.fn:6d}{s.tp + s.fp:6d}"

    for t in ENTITY_TYPES:
        if t in result.by_type:
            lines.append(row(t, result.by_type[t]))
    lines.append(row("ALL entities", result.entities))
    lines.append(row("relations", result.relations))
    if details:
        for title, items in (("missed", result.missed), ("spurious", result.spurious),
                             ("missed relations", result.missed_relations),
                             ("spurious relations", result.spurious_relations)):
            if items:
                lines.append(f"\n{title} ({len(items)}):")
                lines.extend("  " + "  ".join(x) for x in items)
    return "\n".join(lines)
