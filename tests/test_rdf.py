import rdflib
from rdflib.compare import to_isomorphic

from kg.export.rdf import write_rdf
from kg.graph import build_graph
from kg.rdf import EntityIRIs, entity_iri, iri, safe_segment, to_rdf, to_rdflib
from kg.types import DocumentInfo, Entity, Evidence, Mention, Relation
from kg.vocab import KG

from . import rdf_reference

HOSTILE = 'x"<script>alert(1)</script> \\ \n> ;. @zh\r\t'


def _graph(name=HOSTILE):
    doc = DocumentInfo("a.txt#0", "a.txt", "0" * 64, "utf-8", 10, name, "2024-10-18", 1)
    twin = DocumentInfo("b.txt#0", "b.txt", "0" * 64, "utf-8", 10, name, None, 1)  # same bytes, another path
    m = Mention("a.txt#0", 0, 0, 3, name)
    ents = [Entity("Hospital:" + name, "Hospital", name, frozenset({name + "2"}), (m,), place="code:220100"),
            Entity("code:220100", "City", "长春市", frozenset(), (m, Mention("b.txt#0", 0, 0, 3, "长春")),
                   code="220100", mention_count=7)]
    rels = [Relation("Hospital:" + name, "locatedIn", "code:220100",
                     (Evidence("a.txt#0", 0, 0, 3, name, "text"), Evidence("a.txt#0", 0, 4, 6, "同一句", "text")))]
    return build_graph(ents, rels, [doc, twin], {("a.txt#0", 0): name})


def _parse(path, fmt):
    return rdflib.Graph().parse(path, format=fmt)


def test_turtle_and_ntriples_hold_the_triples_of_the_rdflib_builder(tmp_path):
    G = _graph()
    expected = to_isomorphic(rdf_reference.to_rdf(G))
    for fmt, name in (("ttl", "turtle"), ("nt", "nt")):
        write_rdf(to_rdf(G), tmp_path / f"g.{fmt}", fmt)
        assert to_isomorphic(_parse(tmp_path / f"g.{fmt}", name)) == expected, fmt
    assert to_isomorphic(to_rdflib(G)) == expected


def test_seed_graph_has_the_triples_of_the_rdflib_builder(seed_build, tmp_path):
    out, report = seed_build
    expected = to_isomorphic(rdf_reference.to_rdf(report.graph))
    assert to_isomorphic(_parse(out / "graph.ttl", "turtle")) == expected


def test_writing_twice_gives_the_same_bytes(tmp_path):
    for i in range(2):
        write_rdf(to_rdf(_graph()), tmp_path / f"{i}.ttl", "ttl")
    assert (tmp_path / "0.ttl").read_bytes() == (tmp_path / "1.ttl").read_bytes()


def test_rdf_iterates_as_rdflib_terms():
    G = _graph()
    assert to_isomorphic(rdflib.Graph().__iadd__(list(to_rdf(G)))) == to_isomorphic(rdf_reference.to_rdf(G))


def test_iris_are_safe():
    iri = entity_iri("k", "Program", HOSTILE, None)
    assert not any(ch in iri for ch in ' "<>\\\n{}|^`')
    assert safe_segment("长春市") == "长春市"
    assert len(safe_segment("医" * 100)) < 40


def test_types_and_labels():
    g = to_rdflib(_graph("长春烧伤医院"))
    s = rdflib.URIRef(entity_iri("", "Hospital", "长春烧伤医院", None))
    assert (s, rdflib.RDF.type, KG.Hospital) in g
    assert (s, rdflib.RDFS.label, rdflib.Literal("长春烧伤医院", lang="zh")) in g
    assert (s, KG.locatedIn, rdflib.URIRef(entity_iri("", "City", "长春市", "220100"))) in g


def test_entity_iris_are_made_when_asked_for_and_are_those_of_entity_iri(seed_build):
    G = seed_build[1].graph
    iris = EntityIRIs(G)
    first = next(iter(G))
    assert iris[first] == iris[first] and list(iris) == [first]
    assert {k: iris[k] for k in G} == {k: iri(entity_iri(k, d["type"], d["name"], d.get("code")))
                                      for k, d in G.nodes(data=True)}
