"""Relations written into names."""

import pytest

from kg.extract.name_relations import _named_after

from .helpers import run_state, triples


def test_an_alliance_named_after_its_lead_hospital(res):
    rels = triples(run_state("吉大一院二道区医联体运行一年，二道区医疗服务提升。", res))
    assert rels[("吉林大学第一医院", "leads", "吉林大学第一医院二道区医联体")] == ("name:leads",)
    # the district in an alliance of institutions is where it works, not a member of it
    assert ("二道区", "memberOf", "吉林大学第一医院二道区医联体") not in rels


def test_places_of_an_alliance_name_are_its_members(res):
    rels = triples(run_state("长春现代化都市圈建设提速，长春医疗服务提升。", res))
    assert rels[("长春市", "memberOf", "长春现代化都市圈")] == ("name:memberOf",)


def test_the_place_of_a_group_of_institutions_is_no_member(res):
    rels = triples(run_state("昌平区南部医联体扩容，西宁市第一医疗集团成立。", res))
    assert not any(rel == "memberOf" for _, rel, _ in rels)


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


def test_a_universitys_affiliated_hospital_and_its_numbered_one_are_part_of_it(res):
    rels = triples(run_state("吉林大学与吉林大学附属长白医院签约，吉林大学第三附属医院派出专家。", res))
    assert rels.get(("吉林大学附属长白医院", "partOf", "吉林大学")) == ("name:affiliated",)
    assert rels.get(("吉林大学第三附属医院", "partOf", "吉林大学")) == ("name:partOf",)


def test_a_place_takes_part_in_the_programme_named_after_it(res):
    rels = triples(run_state("通化市卫健委推进“健康通化”建设，服务通化市民。", res))
    assert "name:participatesIn" in rels[("通化市", "participatesIn", "健康通化")]


def test_a_place_inside_an_institution_named_by_a_programme_takes_no_part(res):
    rels = triples(run_state("吉林省卫健委：吉林大学第一医院远程会诊项目上线。", res))
    assert not any(h == "吉林省" and rel == "participatesIn" for h, rel, _ in rels)


def test_a_hospital_named_after_its_group_is_a_member(res):
    rels = triples(run_state("长春市第一医疗集团成立，长春市第一医疗集团第二分院挂牌。", res))
    assert rels.get(("长春市第一医疗集团第二分院", "memberOf", "长春市第一医疗集团")) == ("name:group-member",)



def test_bare_campuses_are_parts_of_the_page_hospital(res):
    text = "长春烧伤医院始建于1950年。长春烧伤医院分设东茅岭院区、珍珠山院区，开放床位1000张。"
    rels = triples(run_state(text, res))
    assert rels[("东茅岭院区", "partOf", "长春烧伤医院")] == ("name:bare-campus",)
    assert rels[("珍珠山院区", "partOf", "长春烧伤医院")] == ("name:bare-campus",)


def test_a_bare_campus_needs_a_list_and_a_parent_named_twice(res):
    alone = triples(run_state("长春烧伤医院始建于1950年。长春烧伤医院分设东茅岭院区，开放床位1000张。", res))
    once = triples(run_state("长春烧伤医院分设东茅岭院区、珍珠山院区，开放床位1000张。", res))
    assert not any(rel == "partOf" for _, rel, _ in alone | once)


def test_an_alliance_named_after_an_alias_of_its_lead(res):
    rels = triples(run_state("北京朝阳医院（简称朝阳医院）推进医疗服务。朝阳医院医疗联盟覆盖社区卫生服务中心。", res))
    assert "name:leads-short" in rels[("首都医科大学附属北京朝阳医院", "leads", "朝阳医院医疗联盟")]
    # a university's alliance (上海中医药大学脑病创新联盟) is no hospital's to lead
    uni = triples(run_state("上海中医药大学推进医疗服务。上海中医药大学脑病创新联盟由10家医院组成。", res))
    assert not any(rel == "leads" for _, rel, _ in uni)


@pytest.mark.parametrize("text, campus, parent", [
    ("专家来到江西省人民医院(南昌医学院第一附属医院)红谷滩院区参访交流。", "红谷滩院区", "江西省人民医院"),
    ("揭牌仪式在南昌市人民医院(南昌市第三医院)朝阳院区举行。", "朝阳院区", "南昌市人民医院"),
])
def test_one_bare_campus_written_right_after_its_hospital_is_part_of_it(res, text, campus, parent):
    assert triples(run_state(text, res))[(campus, "partOf", parent)] == ("name:campus-after-parent",)


@pytest.mark.parametrize("text, campus, parent", [
    ("友谊医院顺义院区项目已实现主体结构封顶，服务患者。", "友谊医院顺义院区", "首都医科大学附属北京友谊医院"),
    ("上海市第一人民医院嘉定分院开诊，服务患者。", "上海市第一人民医院嘉定分院", "上海市第一人民医院"),
])
def test_a_campus_named_after_its_parent_names_the_parent(res, text, campus, parent):
    state = run_state(text, res)
    rules = {e.name: e.rules for e in state.entities.values()}
    assert rules[parent] == {"institutions:campus-parent"}
    assert triples(state)[(campus, "partOf", parent)] == ("name:partOf",)
