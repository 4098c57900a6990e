"""Home places of a page: scores of named places, district cues, a story's fallback."""

from kg.extract.context import Context, district_cue_count, infer_context


def test_district_needs_cues(res):
    codes = [["220105", "220105", "220100"]]
    assert infer_context(codes, [1], res, district_cues=1) == Context("220000", "220100", "220105")
    assert infer_context(codes, [1], res, district_cues=0) == Context("220000", "220100", None)


def test_a_story_needs_two_mentions_to_leave_the_page(res):
    page = Context("220000", "220100", None)
    assert infer_context([["371300"]], [1], res, fallback=page) == page


def test_district_cues_count_deictic_and_relative_forms(res):
    assert district_cue_count(["我区推进区人民医院建设，区委部署。", "全市"], res) == 3


def test_at_maps_levels():
    ctx = Context("220000", "220100", "220105")
    assert (ctx.at("province"), ctx.at("city"), ctx.at("district")) == ("220000", "220100", "220105")
    assert ctx.chain() == ("220105", "220100", "220000")


def test_a_page_that_names_only_its_county_is_in_its_city_and_province(res):
    # 巨鹿县 twice, 县医院/县中医院: the county's city (邢台市) and province come from the gazetteer
    assert infer_context([["130529"], ["130529"]], [1, 1], res, district_cues=2) == Context("130000", "130500", "130529")
    assert infer_context([["130529"], ["130529"]], [1, 1], res, district_cues=0) == Context(None, None, None)
    # a story does not leave its page's city for a county it names
    page = Context("220000", "220100", None)
    assert infer_context([["130529"], ["130529"]], [1, 1], res, district_cues=2, fallback=page) == page
