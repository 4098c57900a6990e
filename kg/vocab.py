"""The ontology's terms as code: a misspelt term raises instead of minting a wrong IRI.

>>> str(KG.Hospital)
'https://w3id.org/kg-health/ontology#Hospital'
>>> KG.Hopsital
Traceback (most recent call last):
...
AttributeError: term 'Hopsital' not in namespace 'https://w3id.org/kg-health/ontology#'
"""

from rdflib import Namespace
from rdflib.namespace import DefinedNamespace, URIRef

#: base of entity, document, mention and evidence IRIs
ID = Namespace("https://w3id.org/kg-health/id/")


class KG(DefinedNamespace):
    _NS = Namespace("https://w3id.org/kg-health/ontology#")
    _fail = True

    Entity: URIRef
    Place: URIRef
    Province: URIRef
    City: URIRef
    District: URIRef
    Hospital: URIRef
    Alliance: URIRef
    Program: URIRef
    Organization: URIRef
    Document: URIRef
    Mention: URIRef
    Evidence: URIRef
    relation: URIRef
    locatedIn: URIRef
    memberOf: URIRef
    leads: URIRef
    participatesIn: URIRef
    supports: URIRef
    partOf: URIRef
    divisionCode: URIRef
    mentionCount: URIRef
    mention: URIRef
    inDocument: URIRef
    sentenceIndex: URIRef
    startOffset: URIRef
    endOffset: URIRef
    surface: URIRef
    sentenceText: URIRef
    evidence: URIRef
    basis: URIRef
    sha256: URIRef
    encoding: URIRef
    place: URIRef
    rule: URIRef
    confidence: URIRef


PREFIXES = {
    "kg": str(KG._NS), "id": str(ID), "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#", "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#", "dcterms": "http://purl.org/dc/terms/",
    "org": "http://www.w3.org/ns/org#", "schema": "https://schema.org/",
}
