"""locatedIn from the gazetteer, from a name and from the page's context."""

import pytest

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


def test_a_hospital_without_a_place_on_a_page_of_a_special_administrative_region_is_in_it(res):
    found = triples(run_state("澳门特别行政区卫生局公布。澳门卫生局推进医疗服务。筷子基卫生中心开设新服务。", res))
    assert found[("筷子基卫生中心", "locatedIn", "澳门特别行政区")] == ("geography:city-province",)
    beijing = triples(run_state("北京市卫健委公布。北京市推进医疗服务。潞河医院开设新服务。", res))
    assert ("潞河医院", "locatedIn", "北京市") not in beijing


def test_a_hospital_named_after_a_province_is_located_in_it(res):
    found = triples(run_state("湖南省人民医院专家到黄冈市中心医院坐诊。", res))
    assert found[("湖南省人民医院", "locatedIn", "湖南省")] == ("geography:name",)


def test_a_province_hospital_is_in_its_province_on_a_page_of_another_city(res):
    found = triples(run_state("宿迁市推进医疗服务。江苏省人民医院专家到宿迁市第一人民医院坐诊。", res))
    assert ("江苏省人民医院", "locatedIn", "江苏省") in found


def test_a_province_hospital_is_not_in_the_county_that_speaks(res):
    found = triples(run_state("丹棱县卫健局。我县推进医疗服务。四川省人民医院专家到县人民医院坐诊。", res))
    assert ("四川省人民医院", "locatedIn", "四川省") in found
    assert ("四川省人民医院", "locatedIn", "丹棱县") not in found


def test_a_province_hospital_the_alias_table_places_in_a_city_the_page_does_not_name_is_in_its_province(res):
    found = triples(run_state("吉林省卫健委召开会议。吉林省肿瘤医院专家到公主岭市中心医院坐诊。", res))
    assert found[("吉林省肿瘤医院", "locatedIn", "吉林省")] == ("geography:name",)


def test_a_hospital_written_with_its_provinces_own_name_too_is_in_the_province(res):
    found = triples(run_state("湖北省卫健委召开会议。随州市中心医院挂牌为湖北省人民医院(武汉大学人民医院)协作医院。", res))
    assert found[("武汉大学人民医院", "locatedIn", "湖北省")] == ("geography:name",)


@pytest.mark.parametrize("text, name, place", [
    ("宿迁市推进医疗服务。江苏省人民医院宿迁医院揭牌。", "江苏省人民医院宿迁医院", "宿迁市"),
    ("北京市通州区推进医疗服务。友谊医院通州院区开诊。", "友谊医院通州院区", "通州区"),
])
def test_a_branch_named_after_a_place_of_the_page_is_in_it(res, text, name, place):
    assert (name, "locatedIn", place) in triples(run_state(text, res))


@pytest.mark.parametrize("text, name, place", [
    ("江西省推进国家区域医疗中心建设。中日友好医院江西医院开诊。", "中日友好医院江西医院", "江西省"),
    ("贵州省卫生健康委调研。广东省中医院贵州医院揭牌。", "广东省中医院贵州医院", "贵州省"),
    ("赛罕区卫生健康局召开会议。赛罕区推进医疗服务。北京友谊医院内蒙古医院在赛罕区开诊。", "首都医科大学附属北京友谊医院内蒙古医院", "赛罕区"),
])
def test_a_branch_named_after_a_province_is_in_it_or_in_the_pages_district_of_it(res, text, name, place):
    assert (name, "locatedIn", place) in triples(run_state(text, res))


def test_a_hospital_named_after_its_city_is_in_the_district_that_speaks(res):
    found = triples(run_state("二道区卫健局。我区推进医疗服务。长春烧伤医院开展义诊。", res))
    assert ("长春烧伤医院", "locatedIn", "二道区") in found


def test_a_hospital_named_after_its_city_in_the_district_that_speaks_is_also_in_the_city(res):
    found = triples(run_state("海南区卫健局。我区推进医疗服务。乌海市第三人民医院专家到区医院坐诊。", res))
    assert found[("乌海市第三人民医院", "locatedIn", "乌海市")] == ("geography:name",)
    assert ("乌海市第三人民医院", "locatedIn", "海南区") in found


def test_a_hospital_the_alias_table_places_in_a_municipality_is_in_it(res):
    found = triples(run_state("北京市卫健委召开会议。顺义区推进医疗服务。北京儿童医院托管了顺义区妇幼保健院。", res))
    assert "geography:known-province" in found[("首都医科大学附属北京儿童医院", "locatedIn", "北京市")]
    university = triples(run_state("上海市卫健委召开会议。闵行区推进医疗服务。瑞金医院专家到闵行区中心医院坐诊。", res))
    assert university[("上海交通大学医学院附属瑞金医院", "locatedIn", "上海市")] == ("geography:known-province",)


@pytest.mark.parametrize("text, name", [
    ("广西医科大学第一附属医院专家到河池市人民医院坐诊。", "广西医科大学第一附属医院"),   # the place names the university
    ("江苏省人民医院宿迁医院揭牌。", "江苏省人民医院宿迁医院"),                        # a branch named after its parent
    ("河南省人民医院北院区开诊。", "河南省人民医院北院区"),
])
def test_a_province_that_names_something_else_does_not_locate(res, text, name):
    found = triples(run_state(text, res))
    assert not any(h == name and r == "locatedIn" and t.endswith(("省", "自治区")) for h, r, t in found)


def test_a_university_hospital_is_not_placed_by_the_page(res):
    found = triples(run_state("桂林日报。桂林市推进医疗服务。中南大学湘雅二医院专家到桂林市调研。", res))
    assert not any(h == "中南大学湘雅二医院" and r == "locatedIn" for h, r, _ in found)


@pytest.mark.parametrize("text, name", [
    ("郑州市推进医疗服务。郑州大学第一附属医院专家到县医院坐诊。", "郑州大学第一附属医院"),   # the city names the university
    ("九江市推进医疗服务。九江学院附属医院开展义诊。", "九江学院附属医院"),                # and a college
])
def test_a_place_that_names_only_the_university_does_not_locate(res, text, name):
    assert not any(h == name and r == "locatedIn" for h, r, _ in triples(run_state(text, res)))


def test_a_university_hospital_named_after_its_place_is_local(res):
    found = triples(run_state("二道区卫健局。中医药大学附属二道医院开展义诊。", res))
    assert any(h == "中医药大学附属二道医院" and r == "locatedIn" for h, r, _ in found)


def test_a_universitys_local_hospital_is_in_the_city_it_is_named_after(res):
    rels = triples(run_state("罗湖区医疗服务提升。北京大学深圳医院与罗湖区人民医院合作，深圳市民受益。", res))
    assert ("北京大学深圳医院", "locatedIn", "深圳市") in rels
    assert ("北京大学深圳医院", "locatedIn", "罗湖区") not in rels


def test_a_universitys_local_hospital_is_located_by_its_name(res):
    """The place is written in the name (郑州大学附属洛阳中心医院): the basis is the name, not the page."""
    rels = triples(run_state("河南省公布名单：郑州大学附属洛阳中心医院、郑州大学附属信阳医院。", res))
    assert rels[("郑州大学附属洛阳中心医院", "locatedIn", "洛阳市")] == ("geography:name",)


@pytest.mark.parametrize("text, name, place", [
    ("西岗区卫生局推进医疗服务。大连西岗医院开展义诊。", "大连西岗医院", "西岗区"),
    ("杨浦区推进医疗服务。上海市杨浦区市东医院开展义诊。", "上海市杨浦区市东医院", "杨浦区"),
    # (the province and the prefecture written before the county are no part of the hospital's name)
    ("甲省乙市丙县推进医疗服务。青海省海东市民和县人民医院开展义诊。", "民和县人民医院", "民和回族土族自治县"),
])
def test_a_hospital_is_in_the_finest_place_its_name_opens_with(res, text, name, place):
    found = triples(run_state(text, res))
    assert found[(name, "locatedIn", place)] == ("geography:name",)


def test_a_county_is_located_in_its_province_over_an_unnamed_prefecture_by_a_rule_of_its_own(res):
    rels = triples(run_state("吉林省卫生健康委员会组织专家赴汪清县开展义诊。", res))
    assert rels[("汪清县", "locatedIn", "吉林省")] == ("geography:over-prefecture",)


@pytest.mark.parametrize("text, head, tail", [
    ("福建省卫生健康委员会组织专家赴晋江市开展义诊。", "晋江市", "福建省"),     # a county-level city
    ("海南省卫生健康委员会组织专家赴琼中黎族苗族自治县开展义诊。", "琼中黎族苗族自治县", "海南省"),  # the province's own
])
def test_a_city_or_a_county_of_the_province_itself_is_located_in_it(res, text, head, tail):
    assert (head, "locatedIn", tail) in triples(run_state(text, res))


def test_a_district_after_the_city_that_runs_a_hospital_locates_it(res):
    rels = triples(run_state("台南市立安南医院开展义诊。", res))
    assert ("台南市立安南医院", "locatedIn", "安南区") in rels


def test_a_town_the_gazetteer_does_not_list_is_in_the_county_written_before_it(res):
    found = triples(run_state("潞州区城北庄镇卫生院开展义诊。", res))
    assert found[("城北庄镇", "locatedIn", "潞州区")] == ("geography:written-place",)


def test_a_zone_the_gazetteer_does_not_list_is_in_its_city(res):
    found = triples(run_state("成都市推进医疗服务。成都高新区卫生健康局开展义诊。", res))
    assert found[("成都高新区", "locatedIn", "成都市")] == ("geography:written-place",)
