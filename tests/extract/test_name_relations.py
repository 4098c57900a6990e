"""Relations written into names."""

from kg.extract.name_relations import _named_after

from .helpers import run_state, triples


def test_an_alliance_named_after_its_lead_hospital(res):
    rels = triples(run_state("吉大一院二道区医联体运行一年，二道区医疗服务提升。", res))
    assert rels[("吉林大学第一医院", "leads", "吉林大学第一医院二道区医联体")] == ("name:leads",)
    assert ("二道区", "memberOf", "吉林大学第一医院二道区医联体") in rels


def test_places_of_an_alliance_name_are_its_members(res):
    rels = triples(run_state("长春现代化都市圈建设提速，长春医疗服务提升。", res))
    assert rels[("长春市", "memberOf", "长春现代化都市圈")] == ("name:memberOf",)


def test_a_unit_is_part_of_its_parent(res):
    rels = triples(run_state("吉林大学第一医院与吉林大学第一医院名医工作站合作。", res))
    assert rels.get(("吉林大学第一医院名医工作站", "partOf", "吉林大学第一医院")) == ("name:partOf",)
    assert ("吉林大学第一医院", "partOf", "吉林大学第一医院名医工作站") not in rels


def test_a_co_named_hospital_is_no_part_of_its_parent_but_supported_by_it(res):
    rels = triples(run_state("北京安贞医院与北京安贞医院吉林医院合作。", res))
    assert not any(rel == "partOf" for _, rel, _ in rels)
    assert "name:supports" in rels[("首都医科大学附属北京安贞医院", "supports", "首都医科大学附属北京安贞医院吉林医院")]


def test_a_co_named_hospital_named_in_the_text(res):
    rels = triples(run_state("敦化市推进医疗服务。吉林大学第一医院专家到吉林大学第一医院敦化医院义诊。", res))
    assert "name:supports" in rels[("吉林大学第一医院", "supports", "吉林大学第一医院敦化医院")]


def test_any_form_of_a_name_names_the_parent():
    hospital = ("晋江市医院", "上海市第六人民医院福建医院")  # the canonical name, then the aliases
    parent = ("上海市第六人民医院", "上海六院")
    assert _named_after(hospital, parent) == ("上海市第六人民医院福建医院", "上海市第六人民医院")
    assert _named_after(parent, hospital) is None
