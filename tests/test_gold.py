"""The gold files as data: every file of ``tests/data/gold`` (and of the second annotation,
``tests/data/agreement``) is checked row by row against the
guidelines and the ontology, so that a scoring figure never rests on a malformed annotation.

A relation's ends must be entities of the same file, and of the types the ontology's shapes
(``ontology/shapes.ttl``, which kg's own output is validated against) allow for it; a surface form
is written as kg's normaliser leaves it (no pinyin reading a portal inserted: 醫院, not 醫(yī)院);
one entity is one entry (no name twice, no alias shared by two entities of one type).
"""

from collections import defaultdict

import pytest
import rdflib
from rdflib.collection import Collection
from rdflib.namespace import SH

from kg.evaluate import load_gold
from kg.normalize import strip_pinyin
from kg.types import ENTITY_TYPES, Rel

from .conftest import GOLD, ROOT

ONTOLOGY = ROOT / "ontology"


def _classes(shapes: rdflib.Graph, node) -> frozenset[str] | None:
    """The classes a shape node requires (``sh:class`` or an ``sh:or`` of them); None: any."""
    if (cls := shapes.value(node, SH["class"])) is not None:
        return frozenset({str(cls).rsplit("#", 1)[-1]})
    if (either := shapes.value(node, SH["or"])) is not None:
        return frozenset(str(shapes.value(item, SH["class"])).rsplit("#", 1)[-1] for item in Collection(shapes, either))
    return None


@pytest.fixture(scope="module")
def signatures() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Relation -> (head types, tail types) the shapes allow."""
    shapes = rdflib.Graph().parse(ONTOLOGY / "shapes.ttl", format="turtle")
    everything = frozenset(ENTITY_TYPES)
    out = {}
    relations = {r.value for r in Rel}
    for shape, prop in shapes.subject_objects(SH.targetSubjectsOf):
        rel = str(prop).rsplit("#", 1)[-1]
        if rel not in relations:  # kg:mention and the like: the graph's own bookkeeping
            continue
        tails = next(_classes(shapes, p) for p in shapes.objects(shape, SH.property) if shapes.value(p, SH.path) == prop)
        out[rel] = (_classes(shapes, shape) or everything, tails or everything)
    return out


#: the folders of gold files: the gold set and a second annotator's files of some of its pages
FOLDERS = {"gold": GOLD, "agreement": GOLD.parent / "agreement"}


@pytest.fixture(scope="module", params=sorted(FOLDERS))
def gold(request):
    return load_gold(FOLDERS[request.param])


def test_the_shapes_give_every_relation_a_signature(signatures):
    assert set(signatures) == {r.value for r in Rel}
    assert signatures["supports"] == (frozenset({"Hospital", "Organization"}), frozenset({"Hospital"}))


def test_every_entity_has_a_type_of_the_guidelines(gold):
    wrong = [(d.doc, e.name, e.type) for d in gold for e in d.entities if e.type not in ENTITY_TYPES]
    assert not wrong


def test_every_relation_links_entities_of_its_file_by_the_ontology(gold, signatures):
    wrong = []
    for d in gold:
        types = defaultdict(set)
        for e in d.entities:
            types[e.name].add(e.type)
        for head, rel, tail in d.relations:
            if rel not in signatures:
                wrong.append((d.doc, head, rel, tail, "no such relation"))
                continue
            heads, tails = signatures[rel]
            if not types[head] or not types[tail]:
                wrong.append((d.doc, head, rel, tail, "an end is no entity of the file"))
            elif not (types[head] & heads and types[tail] & tails):
                wrong.append((d.doc, head, rel, tail, f"{sorted(types[head])} -> {sorted(types[tail])}"))
    assert not wrong


def test_surface_forms_are_written_as_the_normaliser_leaves_them(gold):
    def cleaned(s: str) -> str:
        return strip_pinyin(s)[0]
    wrong = [(d.doc, s) for d in gold for e in d.entities for s in e.names if cleaned(s) != s]
    wrong += [(d.doc, s) for d in gold for h, _, t in d.relations for s in (h, t) if cleaned(s) != s]
    assert not wrong


def test_one_entity_is_one_entry(gold):
    wrong = []
    for d in gold:
        owners = defaultdict(set)
        for i, e in enumerate(d.entities):
            for s in e.names:
                owners[(e.type, s)].add(i)
        wrong += [(d.doc, t, s) for (t, s), who in owners.items() if len(who) > 1]
    assert not wrong


def test_no_relation_is_written_twice(gold):
    wrong = [(d.doc, r) for d in gold for r in set(d.relations) if d.relations.count(r) > 1]
    assert not wrong
