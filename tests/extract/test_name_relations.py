"""Relations written into names."""

from .helpers import run_state, triples


def test_an_alliance_named_after_its_lead_hospital(res):
    rels = triples(run_state("吉大一院二道区医联体运行一年，二道区医疗服务提升。", res))
    assert rels[("吉林大学第一医院", "leads", "吉林大学第一医院二道区医联体")] == ("name:leads",)
    assert ("二道区", "memberOf", "吉林大学第一医院二道区医联体") in rels


def test_places_of_an_alliance_name_are_its_members(res):
    rels = triples(run_state("长春现代化都市圈建设提速，长春医疗服务提升。", res))
    assert rels[("长春市", "memberOf", "长春现代化都市圈")] == ("name:memberOf",)


def test_a_branch_is_part_of_its_parent(res):
    rels = triples(run_state("北京安贞医院与北京安贞医院吉林医院合作。", res))
    assert ("首都医科大学附属北京安贞医院吉林医院", "partOf", "首都医科大学附属北京安贞医院") in rels
