"""locatedIn from the gazetteer, from a name and from the page's context."""

from .helpers import run_state, triples


def test_places_are_located_by_the_gazetteer(res):
    rels = triples(run_state("长春市二道区推进医疗服务。", res))
    assert rels[("二道区", "locatedIn", "长春市")] == ("geography:gazetteer",)


def test_a_hospital_is_located_by_its_name(res):
    rels = triples(run_state("二道区人民医院开展义诊。", res))
    assert rels[("二道区人民医院", "locatedIn", "二道区")] == ("geography:name",)


def test_a_hospital_without_a_place_is_in_the_page_city(res):
    rels = triples(run_state("长治日报。长治市推进医疗服务。仁爱医院专家义诊。", res))
    assert rels[("仁爱医院", "locatedIn", "长治市")] == ("geography:context",)
