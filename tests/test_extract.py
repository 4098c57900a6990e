"""Hard cases of each entity type: context, coordination, abbreviations, traditional script."""

import pytest

from kg.extract import extract
from kg.extract.context import Context
from kg.extract.names import find_names
from kg.extract.places import choose_code, find_places
from kg.extract.programs import find_programs
from kg.normalize import normalize
from kg.pipeline import assemble
from kg.types import Document


def _doc(text, name="t.txt"):
    return Document(f"{name}#0", name, "0" * 64, "utf-8", text, len(text.encode()))


def _ents(text, res, name="t.txt"):
    ex = extract(_doc(text, name), normalize(text), res)
    return ex, {(e.type, e.name) for e in ex.entities}


def test_short_place_names_and_university_is_not_a_place(res):
    found = [(m.surface, m.codes) for m in find_places("吉林大学在长春和辽源开展义诊", res)]
    assert found == [("长春", ("220100",)), ("辽源", ("220400",))]


def test_jilin_is_the_province_unless_city_is_written(res):
    assert choose_code(("220000", "220200"), ("220000",), res) == "220000"
    assert [m.codes for m in find_places("吉林市医院", res)] == [("220200",)]


def test_short_county_name_needs_context(res):
    assert choose_code(("371621",), ("220100",), res, official=False) is None


CHANGZHI = Context("140000", "140400", None)
CHANGCHUN_ERDAO = Context("220000", "220100", "220105")


@pytest.mark.parametrize("text,ctx,expected", [
    ("家人带他找到市第二人民医院", CHANGZHI, [("Hospital", "长治市第二人民医院")]),
    ("区人民医院、区中医院、长春烧伤医院", CHANGCHUN_ERDAO,
     [("Hospital", "二道区人民医院"), ("Hospital", "二道区中医院"), ("Hospital", "长春烧伤医院")]),
    ("组织吉大一院、吉大二院专家下沉", CHANGCHUN_ERDAO, [("Hospital", "吉林大学第一医院"), ("Hospital", "吉林大学第二医院")]),
    ("在建北京安贞医院吉林医院国家区域医疗中心", CHANGCHUN_ERDAO, [("Hospital", "首都医科大学附属北京安贞医院吉林医院")]),
    ("潞州区城北庄镇卫生院刘玉婷说", CHANGZHI, [("Hospital", "潞州区城北庄镇卫生院")]),
    ("东盛、东站、东惠社区卫生服务中心和英俊镇卫生院", CHANGCHUN_ERDAO,
     [("Hospital", "东盛社区卫生服务中心"), ("Hospital", "东站社区卫生服务中心"), ("Hospital", "东惠社区卫生服务中心"),
      ("Hospital", "英俊镇卫生院")]),
    ("推进基层医疗机构人员到上级医院进修", CHANGZHI, []),
    ("肾病、护理、精神医学质控联盟筹备", CHANGZHI,
     [("Alliance", "肾病质控联盟"), ("Alliance", "护理质控联盟"), ("Alliance", "精神医学质控联盟")]),
    ("生殖医学及妇产科、心血管内科、新生儿科等专科联盟正有序筹备", CHANGZHI,
     [("Alliance", "生殖医学及妇产科专科联盟"), ("Alliance", "心血管内科专科联盟"), ("Alliance", "新生儿科专科联盟")]),
    ("共建骨伤、康复、心病等中医专科联盟", CHANGZHI,
     [("Alliance", "骨伤中医专科联盟"), ("Alliance", "康复中医专科联盟"), ("Alliance", "心病中医专科联盟")]),
    ("成立由县级医院牵头的12个紧密型县域医共体", CHANGZHI, []),
    ("吉大一院二道区医联体运行一年", CHANGCHUN_ERDAO, [("Alliance", "吉林大学第一医院二道区医联体")]),
    ("省卫生健康委副主任表示", CHANGCHUN_ERDAO, [("Organization", "吉林省卫生健康委员会")]),
    ("吉林省和长春市卫健委联合举行活动", CHANGCHUN_ERDAO,
     [("Organization", "吉林省卫生健康委员会"), ("Organization", "长春市卫生健康委员会")]),
    ("按照省委、省政府的安排部署", CHANGCHUN_ERDAO,
     [("Organization", "中共吉林省委员会"), ("Organization", "吉林省人民政府")]),
    ("在区委高位统筹下落地见效", CHANGCHUN_ERDAO, [("Organization", "中共长春市二道区委员会")]),
    ("签署疾控中心传染病防控合作协议", CHANGZHI, [("Organization", "疾病预防控制中心")]),
])
def test_institution_names(res, text, ctx, expected):
    assert [(n.type, n.name) for n in find_names(text, ctx, res)] == expected


def test_relative_name_without_home_place_is_dropped(res):
    assert find_names("到市人民医院就诊", Context(), res) == []


def test_two_cities_city_hospitals_never_merge(res):
    a = "长治日报\n\n我市医疗服务提升。长治市卫健委表示，市人民医院专家为患者义诊，长治市医院就医更方便。"
    b = "白城日报\n\n我市医疗服务提升。白城市卫健委表示，市人民医院专家为患者义诊，白城市医院就医更方便。"
    exs = [extract(_doc(t, n), normalize(t), res) for t, n in ((a, "a.txt"), (b, "b.txt"))]
    G = assemble(exs)
    names = {d["name"] for _, d in G.nodes(data=True) if d["type"] == "Hospital"}
    assert {"长治市人民医院", "白城市人民医院"} <= names


@pytest.mark.parametrize("text,expected", [
    ("推行“一拖三”对口帮扶新模式", [("一拖三", {"一拖三对口帮扶新模式"})]),
    ("启动“十进”工程、红医进社区等多个创新项目", [("十进工程", {"十进"}), ("红医进社区", set())]),
    ("扎实开展“护蕾计划”", [("护蕾计划", set())]),
    ("长春现代化都市圈建设进入从“空间聚合”向“一体融合”迈进的关键阶段", []),
    ("中医药振兴发展工程稳步实施", [("中医药振兴发展工程", set())]),
])
def test_programs(res, text, expected):
    assert [(p.name, set(p.aliases)) for p in find_programs(text, res)] == expected


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
