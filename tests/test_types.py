"""Entity types and relations are the ontology's classes and properties; one function makes keys."""

from pathlib import Path

import pytest
import rdflib
from rdflib import OWL, RDF, RDFS

from kg.types import ENTITY_TYPES, EntityType, Rel, entity_key
from kg.vocab import KG

ONTOLOGY = Path(__file__).resolve().parent.parent / "kg" / "ontology" / "kg.ttl"


@pytest.fixture(scope="module")
def ontology():
    return rdflib.Graph().parse(ONTOLOGY, format="turtle")


def test_entity_types_are_the_ontology_classes_under_entity(ontology):
    leaves = {s for s in ontology.subjects(RDF.type, OWL.Class)
              if (s, RDFS.subClassOf * "+", KG.Entity) in ontology and not set(ontology.subjects(RDFS.subClassOf, s))}
    assert {KG[t.value] for t in EntityType} == leaves
    assert ENTITY_TYPES == tuple(t.value for t in EntityType)


def test_relations_are_the_subproperties_of_kg_relation(ontology):
    assert {KG[r.value] for r in Rel} == set(ontology.subjects(RDFS.subPropertyOf, KG.relation))


def test_entity_key():
    assert entity_key(code="220100") == "code:220100"
    assert entity_key(EntityType.HOSPITAL, "长春烧伤医院") == "Hospital:长春烧伤医院"
    with pytest.raises(ValueError, match="needs a division code or a type and a name"):
        entity_key(EntityType.HOSPITAL)
