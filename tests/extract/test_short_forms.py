"""Short forms: one document's short and place-qualified forms of an institution become one node."""

from dataclasses import replace

from kg.extract.short_forms import abbreviates, merge_short_forms
from kg.types import Entity, Relation

LEVELS = ("区", "县", "市")
PARENTS = ("大学", "学院")


def _hospital(name: str, place: str | None) -> Entity:
    return Entity(f"Hospital:{name}", "Hospital", name, place=place)


def test_a_place_written_short_or_in_full_is_one_hospital():
    ents, _ = merge_short_forms([_hospital("璧山区人民医院", "code:500120"), _hospital("璧山人民医院", "code:500120")],
                                [], levels=LEVELS)
    assert [(e.name, sorted(e.aliases)) for e in ents] == [("璧山区人民医院", ["璧山人民医院"])]


def test_the_same_short_name_in_two_places_stays_two_hospitals():
    pairs = [_hospital("璧山区人民医院", "code:500120"), _hospital("璧山人民医院", "code:110000")]
    assert len(merge_short_forms(pairs, [], levels=LEVELS)[0]) == 2
    # and a different hospital of the same place is never a short form (第二人民医院)
    other = [_hospital("璧山区人民医院", "code:500120"), _hospital("璧山第二人民医院", "code:500120")]
    assert len(merge_short_forms(other, [], levels=LEVELS)[0]) == 2


def test_a_places_plain_hospital_is_its_peoples_hospital_but_a_universitys_is_another():
    county = [_hospital("丹棱县人民医院", "code:511424"), _hospital("丹棱县医院", "code:511424")]
    ents, _ = merge_short_forms(county, [], parents=PARENTS, levels=LEVELS)
    assert [(e.name, sorted(e.aliases)) for e in ents] == [("丹棱县人民医院", ["丹棱县医院"])]
    numbered = [_hospital("榆林市第三人民医院", "code:610800"), _hospital("榆林市第三医院", "code:610800")]
    assert len(merge_short_forms(numbered, [], parents=PARENTS, levels=LEVELS)[0]) == 1
    university = [_hospital("青海大学附属人民医院", None), _hospital("青海大学附属医院", None)]
    assert len(merge_short_forms(university, [], parents=PARENTS, levels=LEVELS)[0]) == 2


def test_a_towns_health_centre_written_without_its_level_is_one_hospital():
    ents, _ = merge_short_forms([_hospital("长塘镇卫生院", "code:450103"), _hospital("长塘卫生院", "code:450103")], [])
    assert [(e.name, sorted(e.aliases)) for e in ents] == [("长塘镇卫生院", ["长塘卫生院"])]
    # a community's centre is another kind, never the town's
    other = [_hospital("长塘社区卫生院", "code:450103"), _hospital("长塘卫生院", "code:450103")]
    assert len(merge_short_forms(other, [])[0]) == 2


def test_the_name_after_a_parent_and_its_affiliation_is_one_hospital_whatever_place_it_reads_as():
    # 中山 of 中山医院 reads as 中山市, but it is 复旦大学附属中山医院's own name, in 上海
    pair = [_hospital("复旦大学附属中山医院", "code:310000"), _hospital("中山医院", "code:442000")]
    ents, _ = merge_short_forms(pair, [], levels=LEVELS)
    assert [(e.name, sorted(e.aliases)) for e in ents] == [("复旦大学附属中山医院", ["中山医院"])]


def test_an_autonomous_division_written_short_is_one_body(res):
    full, short = (Entity(f"Organization:{n}", "Organization", n, place="code:532900")
                   for n in ("大理白族自治州卫生健康委员会", "大理州卫生健康委员会"))
    ents, _ = merge_short_forms([full, short], [], levels=LEVELS, autonomy=res.lexicon.autonomy_re)
    assert [(e.name, sorted(e.aliases)) for e in ents] == [("大理白族自治州卫生健康委员会", ["大理州卫生健康委员会"])]


def test_an_autonomous_division_written_by_its_short_form_alone_is_one_hospital(res):
    # 宁夏 of 宁夏回族自治区, 巴马 of 巴马瑶族自治县: the ethnic words, 自治 and the level all left out
    levels = res.lexicon.division_suffixes
    for full, short, code in (("宁夏回族自治区人民医院", "宁夏人民医院", "code:640000"),
                              ("巴马瑶族自治县人民医院", "巴马人民医院", "code:451227")):
        ents, _ = merge_short_forms([_hospital(full, code), _hospital(short, code)], [], levels=levels,
                                    autonomy=res.lexicon.autonomy_re)
        assert [(e.name, sorted(e.aliases)) for e in ents] == [(full, [short])]
    # but not a name whose place adds another word before the level (宁夏新区人民医院)
    ents, _ = merge_short_forms([_hospital("宁夏新区人民医院", "code:640000"), _hospital("宁夏人民医院", "code:640000")],
                                [], levels=levels, autonomy=res.lexicon.autonomy_re)
    assert len(ents) == 2


def test_a_head_abbreviated_before_the_same_end_is_one_hospital():
    long, short = _hospital("滨江医科大学附属第二医院", None), _hospital("滨江医大附属第二医院", None)
    ents, _ = merge_short_forms([long, short], [])
    assert [(e.name, sorted(e.aliases)) for e in ents] == [("滨江医科大学附属第二医院", ["滨江医大附属第二医院"])]


def test_a_longer_name_that_only_adds_an_ordinal_is_another_hospital():
    # 滨江市 is the beginning of 滨江市第二, not an abbreviation of it
    pair = [_hospital("滨江市中心医院", None), _hospital("滨江市第二中心医院", None)]
    assert len(merge_short_forms(pair, [])[0]) == 2


def test_abbreviates():
    assert abbreviates("滨江医大", "滨江医科大学") and abbreviates("滨大三", "滨江大学附属第三")
    assert not abbreviates("滨江市", "滨江市第二") and not abbreviates("江医大", "滨江医科大学")


def test_an_entity_named_as_anothers_alias_joins_it():
    first = Entity("Hospital:滨江市第三人民医院", "Hospital", "滨江市第三人民医院", frozenset({"滨江医学院附属医院"}))
    second = _hospital("滨江医学院附属医院", None)
    rels = [Relation(second.key, "locatedIn", "code:1")]
    ents, out = merge_short_forms([first, second], rels)
    assert [(e.name, sorted(e.aliases)) for e in ents] == [("滨江市第三人民医院", ["滨江医学院附属医院"])]
    assert [(r.head, r.tail) for r in out] == [(first.key, "code:1")]


def test_two_names_each_the_others_alias_stay_apart():
    a = Entity("Hospital:滨江甲医院", "Hospital", "滨江甲医院", frozenset({"滨江乙医院"}))
    b = Entity("Hospital:滨江乙医院", "Hospital", "滨江乙医院", frozenset({"滨江甲医院"}))
    assert len(merge_short_forms([a, b], [])[0]) == 2


def test_a_proper_name_after_a_university_and_after_its_places_is_one_hospital(res):
    long, short = _hospital("东海市南湖区湖东医院", "code:1"), _hospital("滨江大学湖东医院", None)
    ents, _ = merge_short_forms([long, short], [], ("大学", "学院"), LEVELS, generic=res.lexicon.generic_name_re)
    assert [(e.name, sorted(e.aliases)) for e in ents] == [("东海市南湖区湖东医院", ["滨江大学湖东医院"])]


def test_a_generic_name_after_a_university_and_after_a_place_is_two_hospitals(res):
    # 第一医院, 肿瘤医院: one per place and per university, so the two are different hospitals
    for end in ("第一医院", "肿瘤医院"):
        pair = [_hospital(f"东海市{end}", "code:1"), _hospital(f"滨江大学{end}", None)]
        assert len(merge_short_forms(pair, [], ("大学",), LEVELS, generic=res.lexicon.generic_name_re)[0]) == 2


def test_a_proper_name_that_starts_with_a_level_character_is_one_hospital_with_its_full_name(res):
    # 市东医院, qualified by the page's city, and the same name after the places it is in
    short = Entity("Hospital:东海市东医院", "Hospital", "东海市东医院", frozenset({"市东医院"}), place="code:1")
    long = _hospital("东海市南湖区市东医院", "code:1")
    ents, _ = merge_short_forms([short, long], [], (), LEVELS, generic=res.lexicon.generic_name_re)
    assert [e.name for e in ents] == ["东海市南湖区市东医院"]
    # but the page's own 区人民医院 is never another district's
    own = Entity("Hospital:北湖区人民医院", "Hospital", "北湖区人民医院", frozenset({"区人民医院"}), place="code:1")
    other = _hospital("东海市南湖区人民医院", "code:1")
    assert len(merge_short_forms([own, other], [], (), LEVELS, generic=res.lexicon.generic_name_re)[0]) == 2


def test_a_short_form_found_by_its_alias_alone_is_merged_although_its_name_ends_otherwise(res):
    # the name's end differs from the long name's; the alias written after the places is what matches
    short = Entity("Hospital:东海市东医院门诊", "Hospital", "东海市东医院门诊", frozenset({"市东医院"}), place="code:1")
    long = _hospital("东海市南湖区市东医院", "code:1")
    ents, _ = merge_short_forms([short, long], [], (), LEVELS, generic=res.lexicon.generic_name_re)
    assert [e.name for e in ents] == ["东海市南湖区市东医院"]


def test_a_numbered_hospitals_abbreviation_is_one_hospital():
    numerals = frozenset("一二三")
    long, short = _hospital("滨江大学附属第二医院", None), _hospital("滨大附二医院", None)
    ents, _ = merge_short_forms([long, short], [], ("大学",), numerals=numerals)
    assert [(e.name, sorted(e.aliases)) for e in ents] == [("滨江大学附属第二医院", ["滨大附二医院"])]
    # another number, or a name with no university in it, is another hospital
    other = [long, _hospital("滨大附三医院", None)]
    assert len(merge_short_forms(other, [], ("大学",), numerals=numerals)[0]) == 2
    city = [_hospital("滨江市第一医院", None), _hospital("滨江市医院", None)]
    assert len(merge_short_forms(city, [], ("大学",), numerals=numerals)[0]) == 2


def test_a_numbered_hospitals_abbreviation_may_swap_its_number_and_fu():
    numerals = frozenset("一二三")
    long, short = _hospital("滨江医药学院第一附属医院", None), _hospital("滨医附一医院", None)
    ents, _ = merge_short_forms([long, short], [], ("学院",), numerals=numerals)
    assert [(e.name, sorted(e.aliases)) for e in ents] == [("滨江医药学院第一附属医院", ["滨医附一医院"])]
    other = [long, _hospital("滨医附二医院", None)]
    assert len(merge_short_forms(other, [], ("学院",), numerals=numerals)[0]) == 2


def test_a_name_without_a_word_names_leave_out_is_one_hospital():
    long, short = _hospital("滨江大学附属华康医院", None), _hospital("滨江大学华康医院", None)
    ents, _ = merge_short_forms([long, short], [], infixes=("附属",))
    assert [(e.name, sorted(e.aliases)) for e in ents] == [("滨江大学附属华康医院", ["滨江大学华康医院"])]
    # in two places side by side they are two hospitals
    apart = [_hospital("滨江大学附属华康医院", "code:500120"), _hospital("滨江大学华康医院", "code:110000")]
    assert len(merge_short_forms(apart, [], infixes=("附属",))[0]) == 2


def test_a_street_lies_in_its_district():
    parents = {"440303009": "440303", "440304": "440300", "440303": "440300"}
    long = _hospital("滨江医院集团东岸街道社区健康服务中心", "code:440303")
    short = _hospital("东岸街道社区健康服务中心", "code:440303009")
    ents, _ = merge_short_forms([long, short], [], divisions=parents)
    assert [e.name for e in ents] == [long.name]
    elsewhere = replace(long, place="code:440304")
    assert len(merge_short_forms([elsewhere, short], [], divisions=parents)[0]) == 2


def test_a_branch_named_by_its_parent_hospitals_proper_name_is_one_hospital():
    long, short = _hospital("滨江大学附属华康医院东岸分院", None), _hospital("华康东岸分院", None)
    ents, _ = merge_short_forms([long, short], [], ("大学", "学院"))
    assert [(e.name, sorted(e.aliases)) for e in ents] == [("滨江大学附属华康医院东岸分院", ["华康东岸分院"])]
    # a city's hospital of the same proper name has no university to leave out: another branch
    city = [_hospital("滨江市华康医院东岸分院", None), short]
    assert len(merge_short_forms(city, [], ("大学", "学院"))[0]) == 2


def test_a_short_form_of_a_short_form_joins_the_one_long_name():
    # 华西二医院 is 华西第二医院 without 第, itself 四川大学华西第二医院 without its university
    ents = [_hospital(n, None) for n in ("滨江大学华西第二医院", "华西第二医院", "华西二医院")]
    merged, _ = merge_short_forms(ents, [], parents=("大学",), infixes=("第",))
    assert [(e.name, sorted(e.aliases)) for e in merged] == [("滨江大学华西第二医院", ["华西二医院", "华西第二医院"])]


def test_a_kind_written_bare_is_the_one_hospital_of_the_page_that_ends_with_it(res):
    generic = res.lexicon.generic_name_re
    bare = Entity("Hospital:牡丹江市中心医院", "Hospital", "牡丹江市中心医院", frozenset({"中心医院"}), place="code:231000")
    full = _hospital("牡丹江林业中心医院", "code:231000")
    ents, _ = merge_short_forms([bare, full], [], levels=LEVELS, generic=generic)
    assert [(e.name, sorted(e.aliases)) for e in ents] == [("牡丹江林业中心医院", ["中心医院", "牡丹江市中心医院"])]
    # but the city's hospital written with its level (市中心医院) is the city's own
    written = replace(bare, aliases=frozenset({"市中心医院"}))
    assert len(merge_short_forms([written, full], [], levels=LEVELS, generic=generic)[0]) == 2
