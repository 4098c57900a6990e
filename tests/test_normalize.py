import csv
from array import array

import pytest

from kg.normalize import (apply_edits, find_date, is_health_text, is_noise_line, normalize, strip_pinyin,
                          to_simplified)
from kg.resources import DATA, converter


def _origin(text):
    return array("i", range(len(text)))


def test_pinyin_artefacts_removed_with_offsets():
    raw = "長春市衛(wèi)健委推進醫(yī)聯體建設。"
    text, origin = strip_pinyin(raw, _origin(raw))
    assert text == "長春市衛健委推進醫聯體建設。"
    assert raw[origin[text.index("健")]] == "健"


def test_toneless_pinyin_with_its_space_removed():
    # 人民网's traditional pages write a reading without tone marks and a space after it
    raw = "同年11月,中山醫院鹽城市大豐(feng) 人民醫院揭牌,簽約儀(yi) 式"
    text, origin = strip_pinyin(raw, _origin(raw))
    assert text == "同年11月,中山醫院鹽城市大豐人民醫院揭牌,簽約儀式"
    assert raw[origin[text.index("人民")]] == "人"


def test_toneless_pinyin_between_two_characters_removed():
    # a portal's copy glosses some characters, a syllable or two, no tone marks, no space
    raw = "拉(la)薩(sa)(sa)市(shi)(shi)人(ren)民醫院是"
    text, origin = strip_pinyin(raw)
    assert text == "拉薩市人民醫院是"
    assert raw[origin[text.index("民")]] == "民"


def test_brackets_that_are_not_pinyin_stay():
    raw = "医院(ab)与(2024)年(WHO) 标准，下载(app)后"
    assert strip_pinyin(raw, _origin(raw))[0] == raw


def test_traditional_to_simplified():
    raw = "醫療衛生體系"
    assert to_simplified(raw, _origin(raw))[0] == "医疗卫生体系"


def test_sentence_offsets_point_into_the_original():
    raw = "标题\n\n長春市衛(wèi)健委召開會議。吉大一院專家義診。"
    sents = normalize(raw).sentences
    for s in sents:
        assert raw[s.start] == s.text[0] or (s.text[0] != raw[s.start] and raw[s.start] in "長衛會專義診")
    last = sents[-1]
    assert last.text == "吉大一院专家义诊。"
    assert raw[last.start:last.end] == "吉大一院專家義診。"


def test_narrow_hard_wrap_is_joined():
    body = ("吉林省本轮疫情发生后，白城中心医院党委带领全院医务工作者，始终奋战在抗击疫情、保卫群众生命健康"
            "安全的最前沿，用实际行动践行着职业精神。医院先后组建6批医疗队，共计803人次进驻定点医院和方舱医院，"
            "为全市抗疫胜利提供了坚强保障。")
    wrapped = "\n\n".join(body[i:i + 19] for i in range(0, len(body), 19))
    sents = normalize(wrapped).sentences
    assert [s.text for s in sents][0].startswith("吉林省本轮疫情发生后，白城中心医院党委")
    assert "".join(s.text for s in sents) == body


def test_wide_wrap_inside_a_word_is_joined_but_headlines_stay():
    raw = ("省卫生健康委：\n\n推动优质医疗资源向都市圈城市延伸\n\n"
           "健康服务同城化,大幅降低群众就医成本。我省在长春现代化都市圈内4个城市推\n\n进居民电子健康档案规范化管理。")
    texts = [s.text for s in normalize(raw).sentences]
    assert "我省在长春现代化都市圈内4个城市推进居民电子健康档案规范化管理。" in texts
    assert "推动优质医疗资源向都市圈城市延伸" in texts


@pytest.mark.parametrize("line", [
    "国产av一二三区|日本不卡动作网站|黄色天天久久影片|99草成人免费在线视频",
    "首页 > 二道之窗 > 区情概况 > 教育医疗", "分享至", "0", "初审:吴泽宇   复审:单国宁   终审:陈星",
    "特别声明:以上内容为自媒体平台用户上传", "Notice: The content above is uploaded", "吉网新闻热线:0431-82902222",
])
def test_noise_lines(line):
    assert is_noise_line(line)


def test_related_news_list_is_cut():
    raw = "市人民医院开展义诊，服务患者。医疗服务进社区。\n相关推荐\n男性40岁后医院体检的秘密\n"
    texts = [s.text for s in normalize(raw).sentences]
    assert not any("40岁" in t for t in texts)


def test_health_stories_are_told_apart():
    raw = ("健康服务\n\n市人民医院专家为患者开展义诊，医疗服务进社区，家庭医生签约覆盖全市。医保报销更方便。\n\n"
           "校园新风\n\n学校全面规范作息，保障学生健康成长，开展体育活动，学生的课业负担明显减轻。")
    sents = normalize(raw).sentences
    health = {s.text[:4]: s.health for s in sents}
    assert health["市人民医"] is True
    assert health["学校全面"] is False


def test_html_markup_removed():
    raw = "<html><head><script>alert(1)</script></head><body><p>市人民医院&amp;中医院</p></body></html>"
    sents = normalize(raw, "html").sentences
    assert [s.text for s in sents] == ["市人民医院&中医院"]


def test_find_date():
    assert find_date("本报6月1日讯 2026年6月1日") == "2026-06-01"
    assert find_date("无日期") is None


def test_apply_edits_replacement():
    t, o = apply_edits("a&amp;b", _origin("a&amp;b"), [(1, 6, "&")])
    assert t == "a&b" and list(o) == [0, 1, 6]


def test_is_health_text_needs_healthcare_words():
    assert not is_health_text("旅游推介会在成都举行，吉林的清凉资源吸引游客。")


def test_an_english_translation_after_the_chinese_text_does_not_dilute_its_healthcare_words():
    chinese = "齐齐哈尔市第一医院派出医疗队到泰来县、龙江县开展支农工作。"
    english = " The First Hospital of Qiqihar City has sent medical teams to Tailai County and Longjiang County" * 3
    assert is_health_text(chinese + english)
    assert not is_health_text("旅游推介会在成都举行，吉林的清凉资源吸引游客。" + english)


def test_a_list_of_names_one_a_line_and_numbered_headings_are_not_wraps():
    lines = ["(一)产科(2个):", "柳州市妇幼保健院", "广西医科大学第二附属医院", "(二)感染性疾病科(2个):",
             "广西壮族自治区胸科医院", "钦州市第一人民医院", "(三)消化内科(3个):", "河池市人民医院"]
    filler = ["今天天气晴朗适合出门散步去公园玩耍"] * 12  # a page of short lines, read as hard-wrapped
    sentences = normalize("\n".join(filler + [""] * 2 + lines)).sentences
    texts = [s.text for s in sentences]
    assert "钦州市第一人民医院" in texts and "广西医科大学第二附属医院" in texts


def test_a_sidebar_heading_above_the_story_does_not_end_the_page():
    page = ("县人民医院新闻\n相关推荐\n县人民医院牵头组建医共体\n"
            "昨天上午，县人民医院牵头组建的紧密型县域医共体正式揭牌运行。\n相关推荐\n乡镇卫生院开展义诊活动\n")
    texts = [s.text for s in normalize(page).sentences]
    assert "昨天上午，县人民医院牵头组建的紧密型县域医共体正式揭牌运行。" in texts
    assert not any("义诊" in t for t in texts)  # the heading after the story still ends the page


def test_a_byline_that_carries_the_story_on_its_line_keeps_the_story():
    text = ("县人民医院牵头组建医共体\n\n"
            "本报讯 记者张三、通讯员李四报道:9月1日,滨江医科大学第一附属医院与农安县人民医院举行医联体签约仪式。\n"
            "双方将开展专科共建。\n")
    sentences = [s.text for s in normalize(text).sentences]
    assert any("滨江医科大学第一附属医院与农安县人民医院" in s for s in sentences)
    # a byline alone on its line is still no sentence of the story
    assert not any(s.text.startswith("张三") for s in normalize("县人民医院牵头组建医共体\n\n张三 李四 本报记者\n双方将开展专科共建。\n").sentences)


def _variant_rows() -> list[dict[str, str]]:
    with (DATA / "variants.tsv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


@pytest.mark.parametrize("row", _variant_rows(), ids=lambda r: r["variant"])
def test_each_variant_row_is_needed_and_folds_its_example(row):
    variant, standard, example = row["variant"], row["standard"], row["example"]
    assert len(variant) == len(standard) == 1 and variant != standard
    assert converter().convert(variant) == variant  # OpenCC leaves it: the row is needed
    assert variant in example
    out, origin = to_simplified(example, array("i", range(len(example))))
    assert variant not in out and standard in out and len(origin) == len(out)
