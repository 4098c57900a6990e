import rdflib
from rdflib.compare import to_isomorphic

from kg.graph import build_graph
from kg.rdf import entity_iri, safe_segment, to_rdf
from kg.types import DocumentInfo, Entity, Evidence, Mention, Relation
from kg.vocab import KG

HOSTILE = 'x"<script>alert(1)</script> \\ \n> ;. @zh'


def _graph(name=HOSTILE):
    doc = DocumentInfo("a.txt#0", "a.txt", "0" * 64, "utf-8", 10, name, None, 1)
    m = Mention("a.txt#0", 0, 0, 3, name)
    ents = [Entity("Hospital:" + name, "Hospital", name, frozenset({name + "2"}), (m,)),
            Entity("code:220100", "City", "长春市", frozenset(), (m,), code="220100")]
    rels = [Relation("Hospital:" + name, "locatedIn", "code:220100",
                     (Evidence("a.txt#0", 0, 0, 3, name, "text"),))]
    return build_graph(ents, rels, [doc], {("a.txt#0", 0): name})


def test_hostile_names_give_valid_turtle_that_round_trips():
    g = to_rdf(_graph())
    text = g.serialize(format="turtle")
    back = rdflib.Graph().parse(data=text, format="turtle")
    assert to_isomorphic(back) == to_isomorphic(g)
    labels = {str(o) for o in back.objects(predicate=rdflib.RDFS.label)}
    assert HOSTILE in labels


def test_iris_are_safe():
    iri = entity_iri("k", "Program", HOSTILE, None)
    assert not any(ch in str(iri) for ch in ' "<>\\\n{}|^`')
    assert safe_segment("长春市") == "长春市"
    assert len(safe_segment("医" * 100)) < 40


def test_types_and_labels():
    g = to_rdf(_graph("长春烧伤医院"))
    s = entity_iri("", "Hospital", "长春烧伤医院", None)
    assert (s, rdflib.RDF.type, KG.Hospital) in g
    assert (s, rdflib.RDFS.label, rdflib.Literal("长春烧伤医院", lang="zh")) in g
    assert (s, KG.locatedIn, entity_iri("", "City", "长春市", "220100")) in g
