"""Places: short forms on word boundaries, the level a name means, context for county names."""

import pytest

from kg.extract.places import _find_places, choose_code, find_places, leading_place, town_short_forms
from kg.tokens import LazyTokens


def test_short_place_names_and_university_is_not_a_place(res):
    found = [(m.surface, m.codes) for m in find_places("吉林大学在长春和辽源开展义诊", res)]
    assert found == [("长春", ("220100",)), ("辽源", ("220400",))]


def test_jilin_is_the_province_unless_city_is_written(res):
    assert choose_code(("220000", "220200"), ("220000",), res) == "220000"
    assert [m.codes for m in find_places("吉林市医院", res)] == [("220200",)]


def test_short_county_name_needs_context(res):
    assert choose_code(("371621",), ("220100",), res, official=False) is None


def test_official_name_right_after_another_place(res):
    assert [m.surface for m in find_places("二道区英俊镇卫生院", res)] == ["二道区", "英俊镇"]


def test_a_short_form_followed_by_a_level_character_is_not_a_place(res):
    assert find_places("前往长春州", res) == ()


@pytest.mark.parametrize("text,code", [("合肥的医院", "340100"), ("石家庄的医院", "130100"), ("前往大连就医", "210200"),
                                       ("桂林的医院", "450300")])
def test_a_city_short_form_is_a_place_even_when_it_is_a_common_word(res, text, code):
    assert [m.codes for m in find_places(text, res)] == [(code,)]


def _counting(text, res):
    """LazyTokens of ``text`` that count how often they are computed."""
    calls = []
    return LazyTokens(text, lambda t: calls.append(t) or res.tokens(t)), calls


def test_tokens_are_read_only_when_a_place_is_found(res):
    tokens, calls = _counting("推进基层医疗机构人员进修", res)
    assert find_places(tokens.text, res, tokens) == () and calls == []
    tokens, calls = _counting("吉林大学在长春开展义诊", res)
    assert [m.surface for m in find_places(tokens.text, res, tokens)] == ["长春"] and len(calls) == 1


def test_a_district_named_like_part_of_a_site_only_after_its_city(res):
    assert [m.surface for m in find_places("台中市南区", res)] == ["台中市", "南区"]
    assert [m.surface for m in find_places("医院(南区)开诊", res)] == []


def test_a_former_name_is_written_like_an_official_one_but_needs_the_page_s_region(res):
    # 辽中县 became 辽中区 (沈阳市), 乃琼镇 became 乃琼街道 (堆龙德庆区)
    assert [m.surface for m in find_places("拉萨市堆龙德庆区乃琼镇卫生院", res)] == ["拉萨市", "堆龙德庆区", "乃琼镇"]
    (m,) = find_places("前往辽中县人民医院", res)
    assert (m.surface, m.official) == ("辽中县", False)
    assert choose_code(m.codes, ("210100",), res, m.official) == "210115"
    assert choose_code(m.codes, ("220100",), res, m.official) is None


def test_a_name_of_several_districts_of_the_province_is_the_one_in_the_page_s_city(res):
    # 铁西区 is a district of 沈阳, of 鞍山 (both in 辽宁) and of 四平: on a page of 沈阳市 it is 沈阳's
    codes = ("210106", "210303", "220302")
    assert choose_code(codes, ("210100", "210000"), res) == "210106"
    assert choose_code(codes, ("210000",), res) is None
    # a context place itself stays a candidate: 吉林 on a page of 吉林市 is still the province
    assert choose_code(("220000", "220200"), ("220200", "220000"), res) == "220000"


def test_a_town_by_its_short_form_in_a_health_centre_named_after_its_county(res):
    found = [(m.surface, m.codes, m.rule) for m in find_places("洛江区马甲中心卫生院、南安市英都卫生院", res)]
    assert found == [("洛江区", ("350504",), None), ("马甲", ("350504101",), "places:town-in-name"),
                     ("南安市", ("350583",), None), ("英都", ("350583103",), "places:town-in-name")]
    # without its county before it, or in another county, the short form is no town
    assert [m.surface for m in find_places("马甲中心卫生院", res)] == []
    assert [m.surface for m in find_places("鲤城区马甲中心卫生院", res)] == ["鲤城区"]


def test_a_municipality_qualifying_a_hospital_is_named_unless_a_campus_elsewhere_follows(res):
    from .helpers import run_state

    names = {e.name for e in run_state("北京积水潭医院与昌平区中医医院组建医联体，开展义诊。", res).entities.values()}
    assert "北京市" in names
    names = {e.name for e in run_state("北京协和医院国家医学中心(雄安院区)开诊，开展义诊。", res).entities.values()}
    assert "北京市" not in names


def test_a_place_a_university_is_named_after_locates_nothing(res):
    from .helpers import run_state

    # 大连医科大学副校长: the title keeps the university out of the names, its place stays out too
    names = {e.name for e in run_state("大连医科大学副校长徐英辉出席签约，开展医联体建设。", res).entities.values()}
    assert "大连市" not in names
    names = {e.name for e in run_state("大连的医院开展医联体建设。", res).entities.values()}
    assert "大连市" in names
    # 的 ends a name: the zone is the hospital's place, not the university's name
    names = {e.name for e in run_state("位于兰州市高新区的中山大学附属肿瘤医院甘肃医院项目开工。", res).entities.values()}
    assert "兰州市高新区" in names
    # a college word that ends inside a longer word names no college: 医专 of 中医专家
    names = {e.name for e in run_state("开原市中医医院邀请吉林省中医专家来医院义诊。", res).entities.values()}
    assert "吉林省" in names
    names = {e.name for e in run_state("开原市中医医院邀请吉林医专专家来医院义诊。", res).entities.values()}
    assert "吉林省" not in names


@pytest.mark.parametrize("text", ["白城市定点", "长春烧伤医院", "吉林大学第一医院", "南区医院", "台中市南区", "九台区人民医院",
                                  "辽中县人民医院", "细河经济区医院", "定点白城市", "二道区英俊镇卫生院", "吉林", ""])
def test_the_leading_place_is_the_first_place_when_it_starts_the_text(res, text):
    ps = _find_places(text, res, None)
    assert leading_place(text, res) == (ps[0] if ps and ps[0].start == 0 else None)


def test_a_short_text_s_places_are_remembered_and_the_same_as_found_again(res):
    first = find_places("长春市二道区医院", res)
    assert find_places("长春市二道区医院", res) is first  # memoised per resources
    assert first == _find_places("长春市二道区医院", res, None)


def test_a_county_s_towns_by_their_short_forms_in_the_gazetteer_s_order(res):
    towns = town_short_forms(res)["350504"]  # 洛江区
    assert ("马甲", "350504101") in towns and all(len(short) >= 2 for short, _ in towns)
    assert [code for _, code in towns] == sorted(code for _, code in towns)


@pytest.mark.parametrize("text, place", [
    ("卫健委局长安建国出席会议", "长安"),      # the title ends on the place's first character
    ("市委书记李卫东出席会议", "卫东"),        # a surname between the title and the given name
])
def test_a_short_form_in_a_person_name_after_a_title_is_no_place(res, text, place):
    assert place not in [m.surface for m in find_places(text, res)]


def test_a_short_form_after_a_title_ending_elsewhere_is_a_place(res):
    assert "长安" in [m.surface for m in find_places("在西安市长安开展义诊", res)]


def test_a_zone_is_found_by_its_name_and_its_short_form(res):
    assert [m.surface for m in find_places("雄安新区医院和杨凌的医院", res)] == ["雄安新区", "杨凌"]


@pytest.mark.parametrize("text,name", [("海东市民和县人民医院开展义诊", "民和回族土族自治县"),
                                       ("新疆巴里坤县卫生健康委员会开展义诊", "巴里坤哈萨克自治县"),
                                       ("内蒙古鄂温克旗人民医院开展义诊", "鄂温克族自治旗")])
def test_an_autonomous_county_is_called_by_its_level_like_an_official_name(res, text, name):
    """民和县, 鄂温克旗: the county's own name and its level, the people and the autonomy left out
    (written like an official name: 市民 of 海东市民和县 is no word that hides it)."""
    assert name in [res.gazetteer.divisions[c].name for m in find_places(text, res) for c in m.codes]


def test_an_autonomous_county_by_its_level_needs_no_context(res):
    (m,) = find_places("民和县人民医院开展义诊", res)
    assert m.official and choose_code(m.codes, (), res, m.official) == "630222"


@pytest.mark.parametrize("text,town", [("甲省乙市潞州区城北庄镇卫生院开展义诊", "城北庄镇"),
                                       ("潞州区北漳底乡开展义诊", "北漳底乡"),
                                       ("潞州区东槐路街道社区卫生服务中心开展义诊", "东槐路街道")])
def test_a_town_the_gazetteer_does_not_list_is_found_right_after_its_county(res, text, town):
    (m,) = [m for m in find_places(text, res) if m.rule == "places:written-town"]
    assert (m.surface, m.codes, m.parents) == (town, (), ("140403",))


@pytest.mark.parametrize("text", ["潞州区召开全乡镇卫生院院长会议", "潞州区各乡开展义诊", "潞州区乡村医生培训",
                                  "潞州区开展乡镇义诊", "潞州区所有乡镇卫生院", "潞州区城乡居民医保"])
def test_a_written_town_never_swallows_verbs_pronouns_or_words_of_levels(res, text):
    assert not [m for m in find_places(text, res) if m.rule == "places:written-town"]


def test_a_short_form_right_after_a_place_it_is_not_in_is_no_place(res):
    # 海西 (a prefecture of 青海) right after 福建: the region's name, not the prefecture
    assert [m.surface for m in find_places("福建海西联合医院开展义诊", res)] == ["福建"]
    assert [m.surface for m in find_places("福建福州开展义诊", res)] == ["福建", "福州"]


def test_a_town_named_like_towns_of_other_counties_right_after_its_county_is_a_written_town(res):
    # 新华路街道 is a town of several other counties, none of them 潞州区
    (m,) = [m for m in find_places("潞州区新华路街道社区卫生服务中心", res) if m.surface == "新华路街道"]
    assert (m.codes, m.parents, m.rule) == ((), ("140403",), "places:written-town")


@pytest.mark.parametrize("text,name,rule", [("长春高新区卫生健康局开展义诊", "长春高新区", None),
                                            ("成都高新区卫生健康局开展义诊", "成都高新区", "places:written-zone"),
                                            ("长春新区卫生健康局开展义诊", "长春新区", "places:written-zone")])
def test_a_zone_named_after_its_city_by_the_short_kind_pages_write(res, text, name, rule):
    """长春高新区 is the gazetteer's 长春高新技术产业开发区; 成都高新区 and 长春新区, which it does not list,
    are zones of their cities all the same."""
    (m,) = find_places(text, res)
    assert (m.surface, m.rule) == (name, rule)
    assert m.codes == (("220173",) if rule is None else ())


def test_a_new_region_is_no_zone(res):
    assert [m.rule for m in find_places("打造成都新区域医疗中心", res)] == [None]


@pytest.mark.parametrize("text", ["推进以县带乡、以乡带村和县乡一体", "县委副书记、代县长杨峰出席"])
def test_a_two_character_official_name_ends_where_a_word_does(res, text):
    """和县, 代县: a county of two characters is no county inside 县乡 or 县长."""
    assert find_places(text, res) == ()


def test_a_two_character_official_name_on_word_edges_is_a_place(res):
    assert [m.surface for m in find_places("安徽省和县卫生健康委员会开展义诊", res)] == ["安徽省", "和县"]


def test_a_province_short_name_that_is_a_place_of_the_page_is_that_place(res):
    # 海南 on a page of 海南藏族自治州 (青海) is the prefecture, not the province 海南省
    assert choose_code(("460000", "632500"), ("632500", "630000"), res, official=False) == "632500"
    assert choose_code(("130000", "120105"), ("120000",), res, official=False) == "130000"


@pytest.mark.parametrize("text,zone", [("项目位于襄阳市东津新区伏牛路北侧", "东津新区"),
                                       ("大连市长兴岛经济技术开发区管委会与医院签约", "长兴岛经济技术开发区")])
def test_a_zone_with_a_name_of_its_own_right_after_its_city_is_a_written_zone(res, text, zone):
    (m,) = [m for m in find_places(text, res) if m.rule == "places:written-zone"]
    assert (m.surface, m.codes) == (zone, ())
    assert all(res.gazetteer.divisions[c].level == "prefecture" for c in m.parents)


@pytest.mark.parametrize("text", ["襄阳市加快新区建设", "襄阳市人民医院新区开诊"])
def test_a_zone_after_its_city_is_never_a_phrase_nor_a_campus(res, text):
    assert not [m for m in find_places(text, res) if m.rule == "places:written-zone"]


@pytest.mark.parametrize("text", ["东湖高新区卫生健康局开展义诊", "医院落户东湖工业园区"])
def test_a_county_s_short_form_before_a_zone_word_names_the_zone_not_the_county(res, text):
    """东湖 (a district of 南昌) before 高新区 or 工业园区 names a zone elsewhere, not the district."""
    assert "东湖" not in [m.surface for m in find_places(text, res)]


@pytest.mark.parametrize("text, county", [("赵县县立医院开展义诊", "赵县"), ("沛县县立医院开展义诊", "沛县")])
def test_a_two_character_county_followed_by_its_level_again_is_a_place(res, text, county):
    """赵县县立医院: jieba may write 县县 as one word; the level written again ends the county's name."""
    assert [m.surface for m in find_places(text, res)] == [county]


@pytest.mark.parametrize("text, zone", [
    ("大连市卫健委：市中心医院托管长兴岛经济技术开发区中心医院，开展义诊。", "长兴岛经济技术开发区"),
    ("武汉市卫健委：医院与东湖高新区社区卫生服务中心签约，开展义诊。", "东湖高新区"),
    ("长春市卫健委：空港院区位于长春市空港经济开发区，开展义诊。", "长春市空港经济开发区"),
])
def test_a_zone_by_its_own_name_is_a_district_of_the_story_s_city(res, text, zone):
    from .helpers import run_state, triples

    state = run_state(text, res)
    assert ("District", zone) in {(e.type.value, e.name) for e in state.entities.values()}
    assert any(h.endswith(zone) and r == "locatedIn" for h, r, _ in triples(state))


def test_a_zone_named_after_its_county_is_the_county(res):
    from .helpers import run_state

    names = {e.name for e in run_state("淮安市卫健委：盱眙经济开发区卫生院开展义诊。", res).entities.values()}
    assert "盱眙经济开发区" not in names and "盱眙县" in names


@pytest.mark.parametrize("text,county", [
    ("县医保局和县疾控中心联合开展督导", False),  # 和 joins two bodies; 县 is the second one's level
    ("肿瘤防治中心和县人民医院肿瘤科", False),
    ("安徽省和县人民医院开展义诊", True),  # after its province
    ("专家到和县开展义诊", True),  # after a verb
])
def test_a_two_character_county_opening_with_a_conjunction_after_a_name_is_no_place(res, text, county):
    assert ("和县" in [m.surface for m in find_places(text, res)]) is county


@pytest.mark.parametrize("text, name", [("西咸新区人民医院开展义诊。", "西咸新区"), ("南京市江北新区管委会与医院签约，开展义诊。", "江北新区"),
                                        ("贵安新区卫生健康局开展义诊。", "贵安新区")])
def test_a_state_level_new_area_the_release_does_not_list_is_a_district(res, text, name):
    from .helpers import run_state

    entities = {e.name: e.type for e in run_state(text, res).entities.values()}
    assert entities.get(name) == "District"


def test_the_place_of_a_person_s_office_is_no_place_of_the_story(res):
    from .helpers import run_state

    # 浙江省政协副主席: the province names a body only inside a job title
    names = {e.name for e in run_state("浙江省政协副主席蔡秀军出席签约仪式，开展医联体建设。", res).entities.values()}
    assert "浙江省" not in names
    names = {e.name for e in run_state("浙江省开展医联体建设，浙江省的医院院长出席。", res).entities.values()}
    assert "浙江省" in names


@pytest.mark.parametrize("text,surfaces", [
    ("与洛川、延长、志丹县3家县医院组建医疗集团", ["洛川", "延长", "志丹县"]),  # 延长: a common word, a county here
    ("推动延长、志丹县医院发展", ["志丹县"]),  # no list mark before it: the verb, not the county
    ("推进服务延长、扩大志丹县医院", ["志丹县"]),  # an item that is no county of the city ends the list
])
def test_the_items_of_a_list_share_the_level_of_its_last_county(res, text, surfaces):
    assert [m.surface for m in find_places(text, res)] == surfaces


def test_a_long_short_form_of_one_county_needs_no_context(res):
    gaz = res.gazetteer
    # 海拉尔 names one county of all China: a place on a page of 黑龙江 too; 民和 (two characters) does not
    assert choose_code(gaz.by_short["海拉尔"], ("230000",), res, official=False) == "150702"
    assert choose_code(gaz.by_short["民和"], ("230000",), res, official=False) is None


@pytest.mark.parametrize("text,surface,code", [("武汉市中心医院与黄陂区武湖街卫生院签约", "武湖街", "420116013"),
                                               ("天河区石牌街社区卫生服务中心开展义诊", "石牌街", "440106006")])
def test_a_sub_district_written_with_jie_after_its_county_is_a_place_of_the_story(res, text, surface, code):
    (m,) = [m for m in find_places(text, res) if m.surface == surface]
    assert (m.codes, m.rule) == ((code,), "places:town-in-name")
