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


def test_a_hospital_named_after_a_municipality_is_located_in_it(res):
    found = triples(run_state("天津港口医院开展义诊。", res))
    assert found[("天津港口医院", "locatedIn", "天津市")] == ("geography:name",)


def test_a_hospital_named_after_a_province_is_not_located_in_it(res):
    found = triples(run_state("湖南省人民医院专家到黄冈市中心医院坐诊。", res))
    assert not any(h == "湖南省人民医院" and r == "locatedIn" for h, r, _ in found)


def test_a_university_hospital_is_not_placed_by_the_page(res):
    found = triples(run_state("桂林日报。桂林市推进医疗服务。中南大学湘雅二医院专家到桂林市调研。", res))
    assert not any(h == "中南大学湘雅二医院" and r == "locatedIn" for h, r, _ in found)


def test_a_university_hospital_named_after_its_place_is_local(res):
    found = triples(run_state("二道区卫健局。中医药大学附属二道医院开展义诊。", res))
    assert any(h == "中医药大学附属二道医院" and r == "locatedIn" for h, r, _ in found)
