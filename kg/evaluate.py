"""Evaluate: score extracted entities and relations against gold annotations.

Matching follows ``tests/data/gold/GUIDELINES.md``: a predicted entity matches a gold one when
the types agree and the canonical name or an alias agrees. Matching is one-to-one (exact names
first), as strict as a user's view: a second node of the same hospital is a wrong node.
A gold relation is found when its two matched entities are linked in either direction
(``relations``); ``relations_typed`` also asks for the relation's name and direction.

A split file (``split.tsv`` beside the gold files: ``doc<TAB>split``) fixes which documents
are ``dev`` (rules may be tuned on them) and which are ``test`` (scored, never tuned on);
:func:`evaluate_splits` scores each split on its own.

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
    #: relations whose name and direction agree too
    relations_typed: Score = field(default_factory=Score)
    #: gold documents the scored graph does not hold
    absent: list[str] = field(default_factory=list)
    #: whether the absent documents were scored (everything in them missed)
    absent_scored: bool = False
    missed: list[tuple[str, str, str]] = field(default_factory=list)      # (doc, type, name)
    spurious: list[tuple[str, str, str]] = field(default_factory=list)
    missed_relations: list[tuple[str, str, str, str]] = field(default_factory=list)
    spurious_relations: list[tuple[str, str, str, str]] = field(default_factory=list)
    documents: int = 0


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


def score_document(gold: GoldDoc, pred: list[GoldEntity], pred_rels: set[tuple[str, str, str]],
                   result: Result) -> None:
    """Add one document's scores to ``result``. ``pred_rels`` are (head name, rel, tail name)."""
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
    gold_of = {v: k for k, v in pred_of.items()}
    pred_links = {frozenset((h, t)) for h, _, t in pred_rels}
    gold_links, gold_typed = set(), set()
    for h, rel, t in gold.relations:
        gh, gt = gold_by_name.get(h), gold_by_name.get(t)
        if gh is None or gt is None:
            continue
        gold_links.add(frozenset((gh, gt)))
        gold_typed.add((gh, rel, gt))
        ph, pt = pred_of.get(gh), pred_of.get(gt)
        if ph and pt and frozenset((ph, pt)) in pred_links:
            result.relations.tp += 1
        else:
            result.relations.fn += 1
            result.missed_relations.append((gold.doc, h, rel, t))
        if ph and pt and (ph, rel, pt) in pred_rels:
            result.relations_typed.tp += 1
        else:
            result.relations_typed.fn += 1
    for link in sorted(pred_links, key=sorted):
        a, b = sorted(link) if len(link) == 2 else (next(iter(link)),) * 2
        ga, gb = gold_of.get(a), gold_of.get(b)
        if ga is None or gb is None or frozenset((ga, gb)) not in gold_links:
            result.relations.fp += 1
            result.spurious_relations.append((gold.doc, a, "-", b))
    for h, rel, t in sorted(pred_rels):
        if (gold_of.get(h), rel, gold_of.get(t)) not in gold_typed:
            result.relations_typed.fp += 1
    result.documents += 1


def evaluate(gold: list[GoldDoc], docs: Path | list[Path] | None = None, graph: Path | None = None,
             include_absent: bool = False, annotation: Path | None = None) -> Result:
    """Score the gold documents: build them from the ``docs`` folder(s), read them from a built
    ``graph``, or take a second ``annotation`` of them (a folder of gold files: how far two
    annotators agree). Gold documents the graph or annotation lacks are listed in
    ``Result.absent`` and left out of the scores, unless ``include_absent`` (then everything in
    them counts as missed); a partial annotation scores only the documents it annotates."""
    predicted = predict(gold, docs, graph, annotation)
    return score(_annotated(gold, predicted, annotation, include_absent), predicted, include_absent)


def _annotated(gold: list[GoldDoc], predicted: dict, annotation: Path | None, include_absent: bool) -> list[GoldDoc]:
    """The gold documents a second annotation covers (all of them with ``include_absent``, or when
    the predictions are kg's): a partial second annotation is no graph that lacks documents."""
    if annotation is None or include_absent:
        return gold
    return [g for g in gold if g.doc in predicted]


def predict(gold: list[GoldDoc], docs: Path | list[Path] | None = None,
            graph: Path | None = None, annotation: Path | None = None) -> dict[str, tuple[list[GoldEntity], set]]:
    """Per document (every gold document built from ``docs``, every document of the ``graph``, or
    of the second ``annotation``): the predicted entities and (head, rel, tail) name triples."""
    if annotation is not None:
        return from_annotation(gold, annotation)
    if graph is not None:
        predicted = _from_graph(graph)
        if gold and not any(g.doc in predicted for g in gold):
            raise InputError(str(graph), f"none of the {len(gold)} gold documents is in this graph "
                                         "(build them into it, or pass --docs)")
        return predicted
    if docs is not None:
        return _from_docs(gold, docs)
    raise InputError("kg eval", "give --docs (the documents) or --graph (a built graph)")


def score(gold: list[GoldDoc], predicted: dict[str, tuple[list[GoldEntity], set]],
          include_absent: bool = False) -> Result:
    """Score predictions (as :func:`predict` returns them) against the gold documents; those
    without predictions are absent, and scored (all missed) only with ``include_absent``."""
    result = Result(absent=[g.doc for g in gold if g.doc not in predicted], absent_scored=include_absent)
    for g in gold:
        if g.doc in predicted or include_absent:
            ents, rels = predicted.get(g.doc, ([], set()))
            score_document(g, ents, rels, result)
    for s in result.by_type.values():
        result.entities.add(s)
    return result


#: the file beside the gold files that assigns each document to a split
SPLIT_FILE = "split.tsv"
#: the splits, in report order: tune on dev, never on test
SPLITS = ("dev", "test")


def load_split(path: Path) -> dict[str, str]:
    r"""Read a split file: a header, then ``doc<TAB>split`` rows (split ``dev`` or ``test``).

    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     p = pathlib.Path(tmp, "split.tsv")
    ...     _ = p.write_text("doc\tsplit\na.txt\tdev\nb.txt\ttest\n", encoding="utf-8")
    ...     load_split(p)
    {'a.txt': 'dev', 'b.txt': 'test'}
    """
    split: dict[str, str] = {}
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        doc, _, name = line.partition("\t")
        name = name.split("\t")[0].strip()
        if name not in SPLITS:
            raise InputError(f"{path}:{n}", f"split must be one of {', '.join(SPLITS)}, not {name!r}")
        split[doc.strip()] = name
    return split


def evaluate_splits(gold: list[GoldDoc], split: dict[str, str], docs: Path | list[Path] | None = None,
                    graph: Path | None = None, include_absent: bool = False,
                    annotation: Path | None = None) -> dict[str, Result]:
    """Score each split on its own (documents absent from ``split`` count as dev), and all together."""
    unknown = sorted({s for s in split.values()} - set(SPLITS))
    if unknown:
        raise InputError("split", f"unknown split {unknown[0]!r}")
    predicted = predict(gold, docs, graph, annotation)
    gold = _annotated(gold, predicted, annotation, include_absent)
    results = {name: score([g for g in gold if split.get(g.doc, "dev") == name], predicted, include_absent)
               for name in SPLITS}
    results["all"] = score(gold, predicted, include_absent)
    return results


def from_annotation(gold: list[GoldDoc], folder: Path) -> dict[str, tuple[list[GoldEntity], set]]:
    """A second annotation of the gold documents as predictions: its entities (with aliases) and
    relations, per document it annotates.

    >>> import tempfile, pathlib, json
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     _ = pathlib.Path(tmp, "a.json").write_text(json.dumps({"doc": "a.txt", "entities": [
    ...         {"name": "长治市", "type": "City"}, {"name": "长治市人民医院", "type": "Hospital"}],
    ...         "relations": [{"head": "长治市人民医院", "rel": "locatedIn", "tail": "长治市"}]}), encoding="utf-8")
    ...     gold = load_gold(pathlib.Path(tmp))
    ...     r = score(gold, from_annotation(gold, pathlib.Path(tmp)))
    >>> r.entities.f1, r.relations_typed.f1
    (1.0, 1.0)
    """
    second = load_gold(folder)
    annotated = {s.doc for s in second}
    if gold and not any(g.doc in annotated for g in gold):
        raise InputError(str(folder), f"annotates none of the {len(gold)} gold documents")
    return {s.doc: (s.entities, set(s.relations)) for s in second}


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
        rels = {(names[r.head], r.rel, names[r.tail]) for r in ex.relations}
        out[g.doc] = (ents, rels)
    return out


def _from_graph(path: Path) -> dict[str, tuple[list[GoldEntity], set]]:
    """Per document of the graph (any syntax ``kg build`` writes): the entities mentioned in it
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
    SELECT ?path ?hn ?p ?tn WHERE {
      ?st rdf:subject ?h ; rdf:predicate ?p ; rdf:object ?t ;
          kg:evidence/kg:inDocument/dcterms:identifier ?path .
      ?h rdfs:label ?hn . ?t rdfs:label ?tn .
    }"""
    links: dict[str, set] = defaultdict(set)
    for sol in store.query(q_rel):
        links[Path(sol["path"].value).name].add((sol["hn"].value, sol["p"].value.rpartition("#")[2], sol["tn"].value))
    return {doc: ([GoldEntity(t, n, frozenset(a)) for t, n, a in ents[doc].values()], links[doc])
            for doc in sorted(docs)}


def format_report(result: Result, details: bool = True, heading: str | None = None,
                  list_absent: bool = True) -> str:
    """A plain-text table of the scores, then (``list_absent``) the gold documents the graph lacks,
    then (``details``) the missed and spurious entities and relations."""
    lines = [heading or f"{result.documents} documents"]
    if result.absent:
        how = "scored as missed" if result.absent_scored else "not scored; --include-absent scores them as missed"
        lines.append(f"{len(result.absent)} gold documents are not in the graph ({how})")
    if not result.documents:
        return "\n".join(lines)
    lines.append(f"{'':22}{'P':>7}{'R':>7}{'F1':>7}{'gold':>6}{'found':>6}")

    def row(label: str, s: Score) -> str:
        return f"{label:22}{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f}{s.tp + s.fn:6d}{s.tp + s.fp:6d}"

    for t in ENTITY_TYPES:
        if t in result.by_type:
            lines.append(row(t, result.by_type[t]))
    lines.append(row("ALL entities", result.entities))
    lines.append(row("relations", result.relations))
    lines.append(row("relations name+dir", result.relations_typed))
    if result.absent and list_absent:
        lines.append(f"\nnot in the graph ({len(result.absent)}):")
        lines.extend("  " + doc for doc in result.absent)
    if details:
        for title, items in (("missed", result.missed), ("spurious", result.spurious),
                             ("missed relations", result.missed_relations),
                             ("spurious relations", result.spurious_relations)):
            if items:
                lines.append(f"\n{title} ({len(items)}):")
                lines.extend("  " + "  ".join(x) for x in items)
    return "\n".join(lines)


def format_splits(results: dict[str, Result], details: bool = True) -> str:
    """Each split's table; details (the misses) only for dev, the split rules are tuned on; the
    gold documents the graph lacks are counted per split and named once, under all."""
    parts = []
    for name, result in results.items():
        if result.documents or result.absent:
            heading = f"== {name}: {result.documents} documents"
            parts.append(format_report(result, details and name == "dev", heading, list_absent=name == "all"))
    return "\n\n".join(parts)
