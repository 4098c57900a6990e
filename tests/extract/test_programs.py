"""Programmes: quoted names, programme words, lists, named days, pairings, 健康<place>."""

import pytest

from kg.extract.programs import find_programs


@pytest.mark.parametrize("text,expected", [
    ("推行“一拖三”对口帮扶新模式", [("一拖三", {"一拖三对口帮扶新模式"})]),
    ("启动“十进”工程、红医进社区等多个创新项目", [("十进工程", {"十进"}), ("红医进社区", set())]),
    ("扎实开展“护蕾计划”", [("护蕾计划", set())]),
    ("长春现代化都市圈建设进入从“空间聚合”向“一体融合”迈进的关键阶段", []),
    ("中医药振兴发展工程稳步实施", [("中医药振兴发展工程", set())]),
    ("开展世界人口日宣传", [("世界人口日", set())]),
    ("京长对口合作开展以来", [("京长对口合作", set())]),
    ("推进健康长春建设", [("健康长春", set())]),
    ("为夯实“健康安徽\"作贡献", [("健康安徽", set())]),
    ("推进长春烧伤医院迁建项目", []),
    ("“12356”热线开通", []),
    ("介绍“三个一”家庭医生签约服务模式", [("三个一", set()), ("家庭医生签约服务", set())]),
    # a leading verb phrase is dropped, a lead verb inside the name (建设) is not
    ("扎实推进中医药振兴发展工程", [("中医药振兴发展工程", set())]),
    ("组织了2026年度广西临床重点专科建设项目评审工作", [("广西临床重点专科建设项目", set())]),
])
def test_programs(res, text, expected):
    assert [(p.name, set(p.aliases)) for p in find_programs(text, res)] == expected


def test_first_rule_to_claim_a_span_keeps_it(res):
    [p] = find_programs("启动“健康长春行动”", res)
    assert (p.name, p.rule) == ("健康长春行动", "programmes:quoted")
