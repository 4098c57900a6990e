"""Hard cases of each entity type: context, coordination, abbreviations, traditional script."""

import dataclasses

import pytest

from kg.extract import COMPONENTS, check_order, extract
from kg.extract.state import DocState
from kg.normalize import normalize
from kg.pipeline import assemble
from kg.types import Document

from .helpers import doc as helpers_doc, run_state

def _doc(text, name="t.txt"):
    return Document(f"{name}#0", name, "0" * 64, "utf-8", text, len(text.encode()))

def _ents(text, res, name="t.txt"):
    ex = extract(_doc(text, name), normalize(text), res)
    return ex, {(e.type, e.name) for e in ex.entities}

def test_two_cities_city_hospitals_never_merge(res):
    a = "长治日报\n\n我市医疗服务提升。长治市卫健委表示，市人民医院专家为患者义诊，长治市医院就医更方便。"
    b = "白城日报\n\n我市医疗服务提升。白城市卫健委表示，市人民医院专家为患者义诊，白城市医院就医更方便。"
    exs = [extract(_doc(t, n), normalize(t), res) for t, n in ((a, "a.txt"), (b, "b.txt"))]
    G = assemble(exs)
    names = {d["name"] for _, d in G.nodes(data=True) if d["type"] == "Hospital"}
    assert {"长治市人民医院", "白城市人民医院"} <= names

def test_traditional_script_keeps_traditional_alias(res):
    text = "長春市衛(wèi)健委：在城區成立由吉大一院牽頭的醫聯體，開展義診，服務患者就醫。"
    ex, ents = _ents(text, res)
    assert ("Organization", "长春市卫生健康委员会") in ents
    org = next(e for e in ex.entities if e.name == "长春市卫生健康委员会")
    assert "長春市衛健委" in org.aliases
    m = org.mentions[0]
    assert text[m.start:m.end] == "長春市衛(wèi)健委"

def test_non_health_story_gives_no_institutions(res):
    text = ("校园新风\n\n长春市第八十七中学全面规范作息，学校开展“一减一加”行动，学生健康成长，"
            "省文化和旅游厅组织推介会。")
    _, ents = _ents(text, res)
    assert not any(t in ("Organization", "Program", "Hospital") for t, _ in ents)

def test_relations_have_evidence(res):
    text = ("长治日报\n\n我市医疗服务提升。市第二人民医院有北京积水潭医院骨科专家的对口帮扶，"
            "潞州区人民医院为患者开展义诊服务。")
    ex, _ = _ents(text, res)
    names = {e.key: e.name for e in ex.entities}
    rels = {(names[r.head], r.rel, names[r.tail]) for r in ex.relations}
    assert ("长治市第二人民医院", "supports", "北京积水潭医院") in rels or \
        ("北京积水潭医院", "supports", "长治市第二人民医院") in rels
    assert ("潞州区人民医院", "locatedIn", "潞州区") in rels
    for r in ex.relations:
        assert r.evidence and all(ev.text for ev in r.evidence)

def test_components_run_in_a_checked_order():
    assert [c.name for c in COMPONENTS] == [
        "tokens", "places", "context", "speaker", "institutions", "programmes", "abbreviations", "place_entities",
        "deictic", "qualifier_places", "bare_alliances", "geography", "cue_relations", "name_relations",
        "taken_over_branches"]
    check_order(COMPONENTS)
    swapped = list(COMPONENTS)
    swapped[4], swapped[7] = swapped[7], swapped[4]
    with pytest.raises(ValueError, match="component 'place_entities' needs institution_entities"):
        check_order(swapped)

def test_every_entity_and_relation_names_its_rules(res):
    text = "长春日报\n\n长春市卫健委：由吉大一院牵头的心血管专科联盟成立，二道区人民医院加入，服务患者就医。"
    ex, _ = _ents(text, dataclasses.replace(res, model=None))  # the rules' own facts, before the model judges them
    assert all(e.rules for e in ex.entities) and all(r.rules for r in ex.relations)
    rules = {r.rel: r.rules for r in ex.relations}
    assert rules["leads"] == ("cue:牵头/before", "cue:由…牵头/frame") and rules["memberOf"] == ("cue:加入/any",)

def test_quoted_traditional_programme_alias_has_no_stray_quote(res):
    text = "長春日報\n\n長春市衛健委推行“投訴即辦”機制，服務患者就醫，醫院醫療服務提升。"
    ex, _ = _ents(text, res)
    prog = next(e for e in ex.entities if e.name == "投诉即办机制")
    assert "投訴即辦機制" in prog.aliases and not any("”" in a for a in prog.aliases)


def test_a_county_page_qualifies_its_county_hospital(res):
    state = run_state("丹棱县卫健局召开会议。县人民医院牵头组建医共体。", res)
    names = {e.name for e in state.entities.values()}
    assert "丹棱县人民医院" in names and "眉山市" not in names


@pytest.mark.parametrize("text,places", [
    ("杭州市上城区凯旋街道社区卫生服务中心开展义诊。", {"杭州市", "上城区", "凯旋街道"}),
    ("福建省将乐县万全乡卫生院开展义诊。", {"福建省", "将乐县", "万全乡"}),
    ("辽宁省大连市西岗区卫健局：大连西岗北京长江路社区卫生服务中心开展义诊。", {"辽宁省", "大连市", "西岗区"}),
])
def test_the_leading_places_of_a_name_go_down_the_hierarchy(res, text, places):
    state = run_state(text, res)
    assert {e.name for e in state.entities.values() if e.code} == places


@pytest.mark.parametrize("text, places", [
    ("长春市人民医院专家团队赴云南省会泽、宣威开展义诊。长春市人民医院在长春市开展健康讲座。", ["会泽县", "宣威市"]),
    ("长春市人民医院服务辐射江苏昆山等地的患者。长春市人民医院在长春市开展健康讲座。", ["昆山市"]),
])
def test_a_short_form_after_its_province_in_the_sentence_is_a_place_of_another_page(res, text, places):
    """The page is about 长春; the province written before the short forms confirms them."""
    state = run_state(text, res)
    assert set(places) <= {e.name for e in state.entities.values() if e.code}


@pytest.mark.parametrize("dateline", ["新华社长春10月18日电", "据新华社长春10月18日电", "本网长春讯：",
                                      "长春北方网讯：", "中国长春网6月19日讯"])
def test_the_place_of_a_dateline_is_no_place_of_the_story(res, dateline):
    state = run_state(dateline + " 辽源市人民医院开展义诊，服务辽源市患者。", res)
    assert {e.name for e in state.entities.values() if e.code} == {"辽源市"}


@pytest.mark.parametrize("text,place", [("医院管理局推出新计划，全港市民可预约医疗服务。", "香港特别行政区"),
                                        ("卫生局新设卫生中心，本澳居民可预约医疗服务。", "澳门特别行政区")])
def test_a_deictic_word_ending_with_a_province_abbreviation_names_it_on_any_page(res, text, place):
    state = run_state(text, res)
    assert place in {e.name for e in state.entities.values() if e.code}


@pytest.mark.parametrize("text,province,body", [
    ("本院于去年获卫生署拨款推行戒烟先导计划，于旺角成立全港首间戒烟综合服务中心。", "810000", "香港卫生署"),
    ("卫生局新设卫生中心，本澳居民可预约医疗服务。", "820000", "澳门特别行政区政府卫生局")])
def test_a_page_that_says_quan_gang_speaks_from_hong_kong(res, text, province, body):
    """全港 and 本澳 make the page's province, as a named place does: a body's bare kind
    (卫生署, 卫生局) then names that region's body (institutions.tsv, @卫生署)."""
    state = run_state(text, res)
    assert state.doc_context.province == province
    assert body in {e.name for e in state.entities.values()}


@pytest.mark.parametrize("text", ["天津市卫健委通知各省、自治区卫生部门开展义诊。",  # 天津市 is no 自治区
                                  "四川省卫健委派出医疗队支援西藏自治区开展义诊。"])  # 自治区 of a place's own name
def test_a_bare_autonomous_kind_names_only_a_place_of_that_kind(res, text):
    state = run_state(text, res)
    assert not any(m.surface == "自治区" for e in state.entities.values() for m in e.mentions)


def test_the_place_of_a_parent_hospital_in_a_name_is_no_place_of_the_story(res):
    """GUIDELINES.md: 北京安贞医院吉林医院 is in 吉林, not in 北京."""
    state = run_state("辽源市卫健委表示，广东省人民医院辽源医院开诊。", res)
    assert "广东省" not in {e.name for e in state.entities.values() if e.code}
    # nor does a municipality that qualifies the parent (上海市第一人民医院 is in 上海市; its 辽源医院 is not)
    state = run_state("辽源市卫健委表示，上海市第一人民医院辽源医院开诊。", res)
    assert "上海市" not in {e.name for e in state.entities.values() if e.code}
    # but a branch named after a place inside the municipality is in it still
    state = run_state("天津市肿瘤医院滨海医院开诊，服务患者。", res)
    assert "天津市" in {e.name for e in state.entities.values() if e.code}


@pytest.mark.parametrize("text,places", [
    ("云林县卫生局请成大斗六分院办理巡回医疗。", {"云林县", "斗六市"}),  # a branch named after its place
    ("云林县卫生局请成大斗六医院办理巡回医疗。", {"云林县"}),  # no campus word: 斗六 only qualifies
])
def test_a_branch_is_where_the_place_before_its_campus_word_is(res, text, places):
    """GUIDELINES.md, places inside a name: 成大斗六分院 is the branch in 斗六 of a university's hospital."""
    state = run_state(text, res)
    assert {e.name for e in state.entities.values() if e.code} == places


@pytest.mark.parametrize("text,places", [
    ("南昌市人民医院(南昌市第三医院)朝阳院区开诊，服务南昌市民。", {"南昌市"}),  # 朝阳: a quarter of 南昌, not 辽宁's 朝阳市
    ("南昌市人民医院东湖院区开诊，服务南昌市民。", {"南昌市", "东湖区"}),  # 东湖区 of 南昌: a place of the page
])
def test_a_campus_named_alone_after_a_place_elsewhere_names_no_place(res, text, places):
    state = run_state(text, res)
    assert {e.name for e in state.entities.values() if e.code} == places


@pytest.mark.parametrize("text,places", [
    ("泸州市人民医院开展义诊，为建设健康叙永、健康四川作出贡献。", {"泸州市", "四川省"}),  # a province's own
    ("河南省人民医院开展义诊，助力健康中原建设。", {"河南省"}),  # 中原: a region, not 中原区
])
def test_a_healthy_place_programme_names_its_province_or_city(res, text, places):
    state = run_state(text, res)
    assert {e.name for e in state.entities.values() if e.code} == places


@pytest.mark.parametrize("text,places", [
    ("农工党韶关市委会推动辽源市人民医院加入医联体。", {"韶关市", "辽源市"}),
    ("中共湖州市长兴县委员会推动辽源市人民医院加入医联体。", {"湖州市", "长兴县", "辽源市"}),
])
def test_a_party_committee_of_a_place_names_its_place(res, text, places):
    """GUIDELINES.md: places inside the names of bodies give the place; a party's committee of a place
    (party, place, 委会) is that place's own though the party is written first."""
    state = run_state(text, res)
    assert {e.name for e in state.entities.values() if e.code} == places


def test_the_places_of_a_line_of_page_metadata_are_no_places_of_the_story(res):
    state = run_state("发布时间：2025-09-16 08:30 来自：江苏省卫生健康委员会网站\n辽源市人民医院开展义诊，服务辽源市患者。", res)
    assert {e.name for e in state.entities.values() if e.code} == {"辽源市"}


def test_the_places_of_a_menu_line_are_no_places_of_the_story(res):
    state = run_state("首页 长春发布 数字报刊 大美长春\n辽源市人民医院开展义诊，服务辽源市患者。", res)
    assert {e.name for e in state.entities.values() if e.code} == {"辽源市"}


def test_a_second_name_in_brackets_is_an_alias_of_the_first(res):
    text = "长春市第三人民医院（吉林医药学院附属医院）与二道区人民医院签订帮扶协议，服务患者。"
    ex, ents = _ents(text, res)
    hospital = next(e for e in ex.entities if e.name == "长春市第三人民医院")
    assert "吉林医药学院附属医院" in hospital.aliases and ("Hospital", "吉林医药学院附属医院") not in ents
    # the bracket may quote the second name
    ex, ents = _ents("长春市第三人民医院（“长春三院医院”）与二道区人民医院签订帮扶协议，服务患者。", res)
    hospital = next(e for e in ex.entities if e.name == "长春市第三人民医院")
    assert "长春三院医院" in hospital.aliases and ("Hospital", "长春三院医院") not in ents
    # the bracket may list second names: each of the first one's type is its alias
    ex, ents = _ents("永川医院（重庆市第二人民医院、重庆医科大学第五临床学院）开展义诊，服务患者。", res)
    hospital = next(e for e in ex.entities if e.name == "永川医院")
    assert "重庆市第二人民医院" in hospital.aliases and ("Hospital", "重庆市第二人民医院") not in ents
    # a campus in brackets stays the campus it is (name_parts.tsv: campus)
    _, ents = _ents("长春市人民医院（南区）开展义诊，服务患者。", res)
    assert ("Hospital", "长春市人民医院南区") in ents


def test_a_numbered_hospital_written_short_names_the_full_one(res):
    text = "长春医科大学第二医院与农安县人民医院签约。长医大二院专家开展义诊，服务患者。"
    ex, _ = _ents(text, res)
    full = next(e for e in ex.entities if e.name == "长春医科大学第二医院")
    assert "长医大二院" in full.aliases and "abbreviation:numbered" in full.rules
    # another number names no hospital of the page
    ex, _ = _ents(text.replace("长医大二院", "长医大三院"), res)
    assert not any("长医大三院" in e.aliases for e in ex.entities)


def test_a_places_numbered_hospital_written_without_its_ordinal_mark(res):
    # 市二院 is the page's 长春市第二人民医院, named in full; 区三院 the district's 第三人民医院, named nowhere
    ex, ents = _ents("长春市第二人民医院与二道区人民医院签约。市二院专家和区三院医生开展义诊，服务患者。", res)
    full = next(e for e in ex.entities if e.name == "长春市第二人民医院")
    assert "市二院" in full.aliases and "abbreviation:numbered-place" in full.rules
    assert ("Hospital", "二道区第三人民医院") in ents
    # a level inside a word (城市) opens no relative name
    _, ents = _ents("长春市第二人民医院与二道区人民医院签约，城市二院专家开展义诊，服务患者。", res)
    assert not any("第二人民医院" in n and n != "长春市第二人民医院" for _, n in ents)


def test_an_affiliated_hospital_written_without_its_university_is_the_pages_ones(res):
    # the page's one university, named alone or at the head of another hospital, is the parent
    for text in ("滨江医科大学与二道区签约，附属第二医院专家开展义诊，服务患者。",
                 "滨江医科大学附属儿童医院成立，附属第二医院专家开展义诊，服务患者。"):
        ex, _ = _ents(text, res)
        assert [sorted(e.aliases) for e in ex.entities if e.name == "滨江医科大学附属第二医院"] == [["附属第二医院"]]
    # two universities: no parent chosen
    ex, ents = _ents("滨江医科大学与东海大学签约，附属第二医院专家开展义诊，服务患者。", res)
    assert not any(n.endswith("大学附属第二医院") for _, n in ents)


def test_two_names_of_one_hospital_written_twice_are_one_node(res):
    # a slash joins the two names, and 加挂 names the second again: one pair of names, one node
    text = ("滨江大学附属第六医院农安医院/农安县人民医院举行义诊，服务患者。"
            "农安县人民医院与滨江大学附属第六医院合作，加挂滨江大学附属第六医院农安医院。")
    ex, _ = _ents(text, res)
    hospitals = [{e.name, *e.aliases} for e in ex.entities if e.type == "Hospital"]
    assert [h for h in hospitals if {"农安县人民医院", "滨江大学附属第六医院农安医院"} <= h]
    assert len(hospitals) == 2  # and the university's own hospital


def test_a_second_name_belongs_to_the_first_name_of_its_type(res):
    # the government body that opens the sentence is no hospital: the second name is the hospital's
    text = "农安县政府将农安县人民医院托管给滨江大学第一医院，合作医院加挂滨江大学第一医院农安院区的牌子。"
    ex, _ = _ents(text, res)
    hospital = next(e for e in ex.entities if e.name == "农安县人民医院")
    assert "滨江大学第一医院农安院区" in hospital.aliases


def test_second_names_after_respectively_belong_to_the_hospitals_in_turn(res):
    text = "滨江大学将与农安县人民医院、德惠市中医院合作，两所医院分别增挂牌“滨江大学附属农安医院”、“滨江大学附属德惠医院”。"
    ex, _ = _ents(text, res)
    aliases = {e.name: e.aliases for e in ex.entities if e.type == "Hospital"}
    assert "滨江大学附属农安医院" in aliases["农安县人民医院"] and "滨江大学附属德惠医院" in aliases["德惠市中医院"]


def test_each_renaming_of_a_sentence_belongs_to_the_hospital_named_since_the_last(res):
    text = "农安县第一医院更名为农安县中心医院，农安县第二医院更名为农安县人民医院。"
    ex, _ = _ents(text, res)
    aliases = {e.name: e.aliases for e in ex.entities if e.type == "Hospital"}
    assert "农安县中心医院" in aliases["农安县第一医院"] and "农安县人民医院" in aliases["农安县第二医院"]


def test_a_renaming_after_an_institution_not_named_belongs_to_no_one(res):
    text = "农安县第一医院更名为农安县中心医院，县二人民医院更名为农安县人民医院。"
    ex, _ = _ents(text, res)
    assert not [e for e in ex.entities if {"农安县中心医院", "农安县人民医院"} <= {e.name} | e.aliases]


def test_a_plaque_belongs_to_the_hospital_written_right_before_its_cue(res):
    text = "由长春市中心医院全面管理农安县人民医院，农安县人民医院增挂长春市中心医院农安医院牌子。"
    ex, _ = _ents(text, res)
    aliases = {e.name: e.aliases for e in ex.entities if e.type == "Hospital"}
    assert "长春市中心医院农安医院" in aliases["农安县人民医院"]


def test_a_renaming_without_a_subject_continues_the_sentence_before(res):
    text = "农安县人民医院创建于1950年，服务患者。相继更名为农安县红旗医院、农安县职工医院、农安县人民医院。"
    ex, _ = _ents(text, res)
    aliases = {e.name: e.aliases for e in ex.entities if e.type == "Hospital"}
    assert {"农安县红旗医院", "农安县职工医院"} <= aliases["农安县人民医院"]


def test_the_partner_of_a_merger_keeps_its_own_name(res):
    text = "2016年与原长春市红旗疗养院合并重组更名为长春市人民医院，服务患者。"
    ex, _ = _ents(text, res)
    assert not [e for e in ex.entities if {"长春市红旗疗养院", "长春市人民医院"} <= {e.name} | e.aliases]
def test_an_abbreviated_form_of_a_hospital_joins_it(res):
    text = "长春医科大学附属第二医院牵头成立专科联盟。长春医大附属第二医院专家开展义诊，服务患者。"
    ex, _ = _ents(text, res)
    assert [(e.name, sorted(e.aliases)) for e in ex.entities if e.type == "Hospital"] == \
        [("长春医科大学附属第二医院", ["长春医大附属第二医院"])]


@pytest.mark.parametrize("text, place", [
    ("吉林省卫健委：吉林大学附属通化医院揭牌，开展义诊。", "通化市"),
    ("吉林省卫健委：长春医科大学附属九台医院揭牌，开展义诊。", "九台区"),
    ("北京市卫健委：友谊医院顺义院区开诊，开展义诊。", "顺义区"),
])
def test_a_place_a_local_institution_is_named_after_inside_its_name_is_named(res, text, place):
    """A university's or a parent hospital's institution named after its place (…大学附属X医院, X医院Y院区)."""
    assert place in {e.name for e in run_state(text, res).entities.values() if e.code}


def test_a_place_inside_a_local_institution_s_name_outside_the_page_s_region_is_not_named(res):
    """中山 of a Shanghai university's 中山医院 is the hospital's own name, not the prefecture of 广东."""
    state = run_state("上海市卫健委：复旦大学附属中山医院开展义诊。", res)
    assert "中山市" not in {e.name for e in state.entities.values()}


def test_a_bare_kind_is_no_alliance_of_the_page_that_writes_it_as_a_common_noun(res):
    state = run_state("长春市第一医疗集团成立。推进紧密型城市医疗集团建设。二道区人民医院加入医疗集团。", res)
    assert not any("bare-alliance" in e.rules for e in state.entities.values())
    state = run_state("长春市第一医疗集团成立。二道区人民医院加入医疗集团。", res)
    assert any("bare-alliance" in e.rules for e in state.entities.values())


def test_a_county_city_named_by_its_former_county_name_is_that_district(res):
    ex, ents = _ents("安徽省宣城市广德县人民医院与弋矶山医院开展义诊。", res)
    assert ("District", "广德县") in ents and ("City", "广德市") not in ents
    ex, ents = _ents("騰沖縣人民醫院开展义诊，云南省保山市医疗服务提升。", res)
    assert ("District", "腾冲县") in ents
    ex, ents = _ents("安徽省宣城市广德市人民医院开展义诊。", res)
    assert ("City", "广德市") in ents


def test_an_ambiguous_town_is_the_one_in_a_county_the_page_names(res):
    text = ("山东省聊城市人民医院专家赴彭水苗族土家族自治县开展义诊。聊城市卫生健康委员会安排部署，聊城市医疗服务提升。"
            "黄家镇中心卫生院完成业务用房改扩建，服务能力提升。")
    ex, ents = _ents(text, res)
    assert ("District", "黄家镇") in ents


def test_a_known_programme_counts_outside_the_healthcare_stories_of_a_healthcare_page(res):
    text = "市人民医院专家为患者义诊。\n\n为推进健康中国战略贡献力量，学校开展“一减一加”行动。"
    d = helpers_doc(text)
    sentences = tuple(dataclasses.replace(s, health=i == 0) for i, s in enumerate(normalize(text).sentences))
    state = DocState(d.id, d.text, sentences)
    for component in COMPONENTS:
        component.run(state, res)
    programmes = {e.name for e in state.entities.values() if e.type == "Program"}
    assert "健康中国" in programmes  # a name the lexicon knows is healthcare by itself
    assert "一减一加行动" not in programmes  # a quoted name is not, outside a healthcare story
    alone = DocState(d.id, d.text, tuple(dataclasses.replace(s, health=False) for s in sentences))
    for component in COMPONENTS:
        component.run(alone, res)
    assert not [e for e in alone.entities.values() if e.type == "Program"]  # not on a page with no healthcare story
