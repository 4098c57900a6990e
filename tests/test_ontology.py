"""The ontology parses and is consistent; every graph the seeds give is valid under the shapes."""

from pathlib import Path

import pytest
import rdflib
from pyshacl import validate
from rdflib import DCTERMS, OWL, RDF, RDFS, SKOS

from kg.vocab import KG

ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology"


@pytest.fixture(scope="module")
def ontology():
    return rdflib.Graph().parse(ONTOLOGY / "kg.ttl", format="turtle")


def test_seven_classes_and_six_relations_with_bilingual_labels(ontology):
    for name in ("Province", "City", "District", "Hospital", "Alliance", "Program", "Organization"):
        assert (KG[name], RDF.type, OWL.Class) in ontology
    for name in ("locatedIn", "memberOf", "leads", "participatesIn", "supports", "partOf"):
        p = KG[name]
        assert (p, RDF.type, OWL.ObjectProperty) in ontology
        assert list(ontology.objects(p, RDFS.domain)) and list(ontology.objects(p, RDFS.range))
    for s in set(ontology.subjects(RDF.type, OWL.Class)) | set(ontology.subjects(RDF.type, OWL.ObjectProperty)):
        langs = {lit.language for lit in ontology.objects(s, RDFS.label)}
        assert {"en", "zh"} <= langs, s


def test_every_kg_term_used_is_declared(ontology):
    declared = set(ontology.subjects(RDF.type, None))
    used = {t for triple in ontology for t in triple if isinstance(t, rdflib.URIRef) and str(t).startswith(str(KG._NS))}
    assert used <= declared
    vocab_terms = {KG[n] for n in KG.__annotations__}
    assert vocab_terms <= declared


def test_standard_vocabularies_are_reused(ontology):
    assert (KG.Hospital, RDFS.subClassOf, rdflib.URIRef("https://schema.org/Hospital")) in ontology
    assert (KG.memberOf, RDFS.subPropertyOf, rdflib.URIRef("http://www.w3.org/ns/org#memberOf")) in ontology
    assert (KG.locatedIn, RDFS.subPropertyOf, rdflib.URIRef("https://schema.org/containedInPlace")) in ontology


INFERENCE = ["none", "rdfs", "owlrl"]


@pytest.fixture(scope="module")
def shapes():
    return rdflib.Graph().parse(ONTOLOGY / "shapes.ttl", format="turtle")


@pytest.mark.parametrize("inference", INFERENCE)
def test_seed_graph_is_valid_under_the_shapes(seed_build, ontology, shapes, inference):
    """The shapes hold with and without the ontology's entailment (superclasses are inferred types)."""
    out, _ = seed_build
    data = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    conforms, _, text = validate(data, shacl_graph=shapes, ont_graph=ontology, inference=inference)
    assert conforms, text[:3000]


def _entity(g: rdflib.Graph, name: str, *types) -> rdflib.URIRef:
    e = rdflib.URIRef(f"https://w3id.org/kg-health/id/x/{name}")
    m = rdflib.URIRef(f"https://w3id.org/kg-health/id/mention/{name}")
    d = rdflib.URIRef("https://w3id.org/kg-health/id/doc/x")
    for t in types:
        g.add((e, RDF.type, t))
    g.add((e, RDFS.label, rdflib.Literal(name, lang="zh")))
    g.add((e, SKOS.prefLabel, rdflib.Literal(name, lang="zh")))
    g.add((e, KG.mention, m))
    g.add((m, RDF.type, KG.Mention))
    g.add((m, KG.inDocument, d))
    for p in (KG.startOffset, KG.endOffset, KG.sentenceIndex):
        g.add((m, p, rdflib.Literal(0)))
    g.add((d, RDF.type, KG.Document))
    g.add((d, KG.sha256, rdflib.Literal("0" * 64)))
    g.add((d, DCTERMS.identifier, rdflib.Literal("x.txt")))
    return e


@pytest.mark.parametrize("inference", INFERENCE)
def test_the_type_shape_counts_kg_types_only(ontology, shapes, inference):
    good = rdflib.Graph()
    _entity(good, "医院", KG.Hospital)
    conforms, _, text = validate(good, shacl_graph=shapes, ont_graph=ontology, inference=inference)
    assert conforms, text
    for types in ((KG.Hospital, KG.Alliance), (KG.Entity,), ()):
        bad = rdflib.Graph()
        _entity(bad, "医院", *types)
        conforms, _, text = validate(bad, shacl_graph=shapes, ont_graph=ontology, inference=inference)
        assert not conforms and "an entity has exactly one of the seven kg types" in text, (types, inference)


def test_shapes_catch_a_broken_graph():
    shapes = rdflib.Graph().parse(ONTOLOGY / "shapes.ttl", format="turtle")
    bad = rdflib.Graph()
    h = rdflib.URIRef("https://w3id.org/kg-health/id/hospital/x")
    st = rdflib.URIRef("https://w3id.org/kg-health/id/statement/x")
    bad.add((h, RDF.type, KG.Hospital))
    bad.add((h, KG.mention, rdflib.URIRef("https://w3id.org/kg-health/id/mention/x")))
    bad.add((h, KG.memberOf, h))   # memberOf a hospital, not an alliance
    bad.add((st, RDF.type, RDF.Statement))  # no evidence, no label
    conforms, _, _ = validate(bad, shacl_graph=shapes, inference="none")
    assert not conforms
