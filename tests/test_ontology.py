"""The ontology parses and is consistent; every graph the seeds give is valid under the shapes."""

from pathlib import Path

import pytest
import rdflib
from pyshacl import validate
from rdflib import OWL, RDF, RDFS

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


def test_seed_graph_is_valid_under_the_shapes(seed_build):
    out, _ = seed_build
    data = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    shapes = rdflib.Graph().parse(ONTOLOGY / "shapes.ttl", format="turtle")
    conforms, _, text = validate(data, shacl_graph=shapes, ont_graph=rdflib.Graph().parse(ONTOLOGY / "kg.ttl"),
                                 inference="none")
    assert conforms, text


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
