"""Programs: named healthcare initiatives (campaigns, projects, schemes, platforms, mechanisms).

Found by three signs: a quoted name followed by a programme word (“三化”协同模式, “十进”工程),
a name that ends in one (护蕾计划, 中医药振兴发展工程), or an item of a list that ends in one
(“十进”工程、红医进社区等多个创新项目).

>>> [(p.name, sorted(p.aliases)) for p in find_programs("推行“一拖三”对口帮扶新模式,启动“十进”工程、红医进社区等多个创新项目")]
[('一拖三', ['一拖三对口帮扶新模式']), ('十进工程', ['十进']), ('红医进社区', [])]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..normalize import HEALTH_STRONG
from ..resources import gazetteer

#: short programme words that become part of the name: “十进”工程 -> 十进工程
KIND = "工程|计划|行动|项目|工作模式|模式|机制|平台|工作法"
#: longer descriptions that stay aliases: “都市圈名医”下基层活动 -> 都市圈名医
DESCRIPTION = (r"(?:(?![等的])[\u4e00-\u9fff]{0,8}(?:新模式|协同模式|模式|活动|栏目|机制改革|工作室|行动|宣传|讲堂|品牌|"
               r"试点|专项|体系|机制))")
_QUOTED = re.compile(r"[“\"「『‘]([^“”\"「」『』‘’，。！？,!?;；:：、]{2,12})[”\"」』’]"
                     f"(?P<kind>{KIND})?(?P<desc>{DESCRIPTION})?")
_NAMED_DAY = re.compile(r"(?:世界|全国|国际|中国)[\u4e00-\u9fff]{2,8}?(?:日|周|宣传月)")
_SUFFIXED = re.compile(r"[\u4e00-\u9fff]{4,14}?(?:计划|工程|行动|项目)")
#: 京长对口合作, 健康长春: named pairings and "Healthy <place>" campaigns
_PAIRING = re.compile(r"[\u4e00-\u9fff]{2,4}?对口(?:合作|协作)(?=开展|以来|工作|项目|机制|，|,|。|$)")
_HEALTHY_PLACE = re.compile(r"健康([\u4e00-\u9fff]{2,3}?)(?=建设|行动|战略|能级|，|,|。|”|」|$)")
_LIST_END = re.compile(r"等(?:多个|一系列|系列|多项|各类)?(?:创新|特色|重点|惠民|民生)?(?:项目|活动|工程|行动|举措|品牌)")
#: lists whose plain (unquoted) items are programmes too: 等多个创新项目, not 等系列活动
_PROJECT_LIST_END = re.compile(r"等(?:多个|多项)?(?:创新|特色|重点|惠民|民生)?(?:项目|工程|行动)")
#: construction projects of an institution and generic classes of projects are not programmes
_NOT_A_PROGRAMME = re.compile(r"(?:医院|卫生院|中心)(?:迁建|新建|改扩建|建设)?项目$|^(?:国家|省级|市级|县级|区级|各级|争取)")
_ENDS_KIND = re.compile(f"(?:{KIND}|日|周|月|讲堂|工作室)$")


@dataclass(frozen=True)
class Program:
    """A programme named in a sentence (offsets in the sentence)."""

    start: int
    end: int
    surface: str
    name: str
    aliases: frozenset[str]


def find_programs(text: str) -> list[Program]:
    """Programmes named in one sentence of a healthcare story."""
    found: list[Program] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, name: str, aliases: set[str]) -> None:
        if any(a < end and start < b for a, b in taken):
            return
        taken.append((start, end))
        surface = re.sub(r"[“”\"「」『』‘’]", "", text[start:end])
        found.append(Program(start, end, surface, name, frozenset((aliases | {surface}) - {name})))

    list_end = _LIST_END.search(text)
    if list_end:
        _list_programs(text, list_end.start(), add, kinds_only=True)
    for m in _QUOTED.finditer(text):
        core, kind, desc = m.group(1), m.group("kind"), m.group("desc")
        if len(re.findall(r"[\u4e00-\u9fff]", core)) < 2:
            continue  # “12356”, “5G”: not a name
        in_list = list_end is not None and m.end() <= list_end.start() and \
            _only_list_between(text, m.end(), list_end.start())
        if kind:
            add(m.start(), m.end("kind"), core + kind, {core})
        elif desc:
            add(m.start(), m.end("desc"), core, {core + desc})
        elif _ENDS_KIND.search(core) or (in_list and len(core) <= 8):
            add(m.start(), m.end(), core, set())
    project_end = _PROJECT_LIST_END.search(text)
    if project_end:
        _list_programs(text, project_end.start(), add)
    for m in _NAMED_DAY.finditer(text):
        add(m.start(), m.end(), m.group(), set())
    for m in _PAIRING.finditer(text):
        name = _trim_left(m.group())
        add(m.end() - len(name), m.end(), name, set())
    for m in _HEALTHY_PLACE.finditer(text):
        place = m.group(1)
        if place == "中国" or place in gazetteer().by_short or place in gazetteer().by_name:
            add(m.start(), m.end(), m.group(), set())
    for m in _SUFFIXED.finditer(text):
        name = _trim_left(m.group())
        if len(name) >= 6 and HEALTH_STRONG.search(name) and not re.search(r"[等和与及、的]", name) \
                and not _NOT_A_PROGRAMME.search(name):
            add(m.end() - len(name), m.end(), name, set())
    found.sort(key=lambda p: p.start)
    return found


def _only_list_between(text: str, a: int, b: int) -> bool:
    between = text[a:b]
    return all(len(x) <= 12 for x in between.split("、")) and not re.search(r"[，,。;；]", between)


def _list_programs(text: str, end: int, add, kinds_only: bool = False) -> None:
    """Unquoted items of a 、 list that ends in 等…项目 (红医进社区); with ``kinds_only``, only
    items that end in a programme word (春季爱国卫生月 in a list of 活动)."""
    pos = end
    while pos > 0:
        j = pos
        while j > 0 and text[j - 1] not in "、，,。;；：:（(":
            j -= 1
        item = text[j:pos].strip("“”\"「」")
        if not item or len(item) > 12:
            break
        if re.fullmatch(r"[\u4e00-\u9fff]{3,12}", item) and (not kinds_only or _ENDS_KIND.search(item)):
            start = text.index(item, j)
            add(start, start + len(item), item, set())
        if text[j - 1:j] != "、":
            break
        pos = j - 1


_LEAD = re.compile(r"^.*?(?:开展|实施|推进|启动|推动|推行|落实|建设|打造|创建|深化|加强|完善|组织|参与|参加|承办|"
                   r"举办|纳入|通过|依托|围绕|持续|深入|扎实|全面|积极|稳步|有序|不断|进一步|大力)")


def _trim_left(name: str) -> str:
    """Drop a leading verb phrase or date: 扎实推进中医药振兴发展工程 -> 中医药振兴发展工程."""
    return _LEAD.sub("", name).lstrip("年月日号")
