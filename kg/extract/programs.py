"""Programs: named healthcare initiatives (campaigns, projects, schemes, platforms, mechanisms).

Found by the programme words of ``programmes.tsv``: a quoted name followed by a programme word
(“三化”协同模式, “十进”工程), a name that ends in one (护蕾计划, 中医药振兴发展工程), an item of
a list that ends in one (“十进”工程、红医进社区等多个创新项目), named days (世界人口日),
pairings (京长对口合作), 健康 + place (健康长春) and the national schemes ``programmes.tsv`` names
(爱国卫生运动, 家庭医生签约服务).

>>> from kg.resources import load_resources
>>> res = load_resources()
>>> text = "推行“一拖三”对口帮扶新模式,启动“十进”工程、红医进社区等多个创新项目"
>>> [(p.name, sorted(p.aliases)) for p in find_programs(text, res)]
[('一拖三', ['一拖三对口帮扶新模式']), ('十进工程', ['十进']), ('红医进社区', [])]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..resources import Resources
from .spans import CJK, CLOSE_QUOTES, LIST_COMMA, OPEN_QUOTES, PHRASE_BREAKS, QUOTES, list_items_left, strip_quotes

#: a quoted programme name is 2 to 12 characters (“十进”, “健康长春行动”) with two CJK at least
QUOTED_NAME = (2, 12)
MIN_QUOTED_CJK = 2
#: a description after a quoted name (“一拖三”对口帮扶新模式) is at most this many characters before its word
DESCRIPTION_LEAD = 8
#: a named day (世界人口日) has 2 to 8 characters between its prefix and suffix
NAMED_DAY_CORE = (2, 8)
#: a name ending in a programme word (中医药振兴发展工程) is 4 to 14 characters before it and 6 at least in all
SUFFIXED_CORE = (4, 14)
MIN_SUFFIXED = 6
#: a pairing (京长对口合作) names its two places in 2 to 4 characters
PAIRING_PLACES = (2, 4)
#: the place of 健康<place> (健康长春) is 2 or 3 characters
HEALTHY_PLACE = (2, 3)
#: list items that are programmes are at most 12 characters (8 when quoted in a list); plain ones 3 at least
MAX_LIST_ITEM = 12
MAX_QUOTED_LIST_ITEM = 8
MIN_PLAIN_ITEM = 3
#: characters that never occur in a suffixed programme name (a list or a phrase, not a name)
NOT_IN_NAME = "等和与及、的"
#: characters that cannot start a description after a quoted name
NOT_DESCRIPTION_START = "等的"
#: punctuation after which a pairing or a 健康<place> name has ended
NAME_END = "，,。"
#: punctuation that ends a list of programmes (a 、 does not)
LIST_STOPPERS = "，,。;；"
#: the national name 健康中国 is a programme like 健康<place>
NATION = "中国"
#: where an unquoted list item starts: after any of these
LIST_ITEM_BREAKS = "、，,。;；：:（("


@dataclass(frozen=True)
class Program:
    """A programme named in a sentence (offsets in the sentence)."""

    start: int
    end: int
    surface: str
    name: str
    aliases: frozenset[str]
    rule: str


class ProgrammePatterns:
    """The regexes of the programme rules, compiled from the lexicon (one per Resources)."""

    def __init__(self, res: Resources):
        p = res.lexicon.programme
        cjk = f"[{CJK}]"
        self.quoted = re.compile(
            f"[{re.escape(OPEN_QUOTES)}]([^{re.escape(QUOTES)}{PHRASE_BREAKS}]{{{QUOTED_NAME[0]},{QUOTED_NAME[1]}}})"
            f"[{re.escape(CLOSE_QUOTES)}](?P<kind>{p['kind']})?"
            f"(?P<desc>(?:(?![{NOT_DESCRIPTION_START}]){cjk}{{0,{DESCRIPTION_LEAD}}}(?:{p['description']})))?")
        self.named_day = re.compile(f"(?:{p['day_prefix']}){cjk}{{{NAMED_DAY_CORE[0]},{NAMED_DAY_CORE[1]}}}?"
                                    f"(?:{p['day_suffix']})")
        self.suffixed = re.compile(f"{cjk}{{{SUFFIXED_CORE[0]},{SUFFIXED_CORE[1]}}}?(?:{p['name_end']})")
        self.pairing = re.compile(f"{cjk}{{{PAIRING_PLACES[0]},{PAIRING_PLACES[1]}}}?(?P<cue>{p['pairing_cue']})"
                                  f"(?:{p['pairing_kind']})(?=(?:{p['pairing_follow']})|[{NAME_END}]|$)")
        self.healthy = re.compile(f"(?:{p['healthy_prefix']})({cjk}{{{HEALTHY_PLACE[0]},{HEALTHY_PLACE[1]}}}?)"
                                  f"(?=(?:{p['healthy_follow']})|[{NAME_END}{re.escape(CLOSE_QUOTES)}]|$)")
        self.named = re.compile(p["named"])
        head = f"(?:{p['list_quantifier']})?(?:{p['list_modifier']})?"
        self.list_end = re.compile(f"(?:{p['list_end']}){head}(?:{p['list_noun']})")
        plain = f"(?:{p['plain_quantifier']})?(?:{p['list_modifier']})?"
        self.project_list_end = re.compile(f"(?:{p['list_end']}){plain}(?:{p['plain_noun']})")
        self.not_programme = re.compile(f"(?:{p['construction_owner']})(?:{p['construction']})?(?:{p['construction_noun']})$"
                                        f"|^(?:{p['class_lead']})")
        self.ends_kind = re.compile(f"(?:{p['kind']}|{p['kind_end']})$")
        self.lead = re.compile(p["lead_verb"])
        self.date_chars = res.lexicon.date_chars
        self.place_names = (res.gazetteer.by_short, res.gazetteer.by_name)
        self.health = res.lexicon.health_strong_re
        self.cjk = re.compile(cjk)
        self.plain_item = re.compile(f"{cjk}{{{MIN_PLAIN_ITEM},{MAX_LIST_ITEM}}}")


def find_programs(text: str, res: Resources) -> list[Program]:
    """Programmes named in one sentence of a healthcare story."""
    pat = res.compiled(ProgrammePatterns)
    found: list[Program] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, name: str, aliases: set[str], rule: str) -> bool:
        if any(a < end and start < b for a, b in taken):
            return False  # the first rule to claim a span keeps it
        taken.append((start, end))
        surface = strip_quotes(text[start:end])
        found.append(Program(start, end, surface, name, frozenset((aliases | {surface}) - {name}), rule))
        return True

    for m in pat.named.finditer(text):  # a national scheme the guidelines name (家庭医生签约服务)
        add(m.start(), m.end(), m.group(), set(), "programmes:named")
    list_end = pat.list_end.search(text)
    if list_end:
        _list_programs(text, list_end.start(), add, pat, kinds_only=True)
    for m in pat.quoted.finditer(text):
        core, kind, desc = m.group(1), m.group("kind"), m.group("desc")
        if len(pat.cjk.findall(core)) < MIN_QUOTED_CJK:
            continue  # “12356”, “5G”: not a name
        in_list = list_end is not None and m.end() <= list_end.start() and \
            _only_list_between(text, m.end(), list_end.start())
        if kind:
            add(m.start(), m.end("kind"), core + kind, {core}, "programmes:quoted")
        elif desc and not add(m.start(), m.end("desc"), core, {core + desc}, "programmes:quoted"):
            # “三个一”家庭医生签约服务模式: the description names a scheme of its own
            add(m.start(), m.end(1) + 1, core, set(), "programmes:quoted")
        elif pat.ends_kind.search(core) or (in_list and len(core) <= MAX_QUOTED_LIST_ITEM):
            add(m.start(), m.end(), core, set(), "programmes:quoted")
    project_end = pat.project_list_end.search(text)
    if project_end:
        _list_programs(text, project_end.start(), add, pat)
    for m in pat.named_day.finditer(text):
        add(m.start(), m.end(), m.group(), set(), "programmes:named-day")
    for m in pat.pairing.finditer(text):
        name = _trim_left(m.group(), pat, keep=PAIRING_PLACES[0] + m.end() - m.start("cue"))
        add(m.end() - len(name), m.end(), name, set(), "programmes:pairing")
    for m in pat.healthy.finditer(text):
        place = m.group(1)
        if place == NATION or any(place in names for names in pat.place_names):
            add(m.start(), m.end(), m.group(), set(), "programmes:healthy-place")
    for m in pat.suffixed.finditer(text):
        name = _trim_left(m.group(), pat)
        if len(name) >= MIN_SUFFIXED and pat.health.search(name) and not any(ch in name for ch in NOT_IN_NAME) \
                and not pat.not_programme.search(name):
            add(m.end() - len(name), m.end(), name, set(), "programmes:suffixed")
    found.sort(key=lambda p: p.start)
    return found


def _only_list_between(text: str, a: int, b: int) -> bool:
    between = text[a:b]
    return all(len(x) <= MAX_LIST_ITEM for x in between.split(LIST_COMMA)) and \
        not any(ch in between for ch in LIST_STOPPERS)


def _list_programs(text: str, end: int, add: Callable, pat: ProgrammePatterns, kinds_only: bool = False) -> None:
    """Unquoted items of a 、 list that ends in 等…项目 (红医进社区); with ``kinds_only``, only
    items that end in a programme word (春季爱国卫生月 in a list of 活动)."""
    def item_start(text: str, end: int) -> int | None:
        j = end
        while j > 0 and text[j - 1] not in LIST_ITEM_BREAKS:
            j -= 1
        item = text[j:end].strip(QUOTES)
        return j if item and len(item) <= MAX_LIST_ITEM else None

    for j, raw in list_items_left(text, end, item_start):
        item = raw.strip(QUOTES)
        if pat.plain_item.fullmatch(item) and (not kinds_only or pat.ends_kind.search(item)):
            start = text.index(item, j)
            add(start, start + len(item), item, set(), "programmes:list")


def _trim_left(name: str, pat: ProgrammePatterns, keep: int = MIN_SUFFIXED) -> str:
    """Drop a leading verb phrase or date: 扎实推进中医药振兴发展工程 -> 中医药振兴发展工程. The
    phrase ends at the last lead verb that leaves ``keep`` characters at least: a lead verb inside
    the name (2026年度广西临床重点专科建设项目: 建设) is part of it."""
    cut = 0
    for m in pat.lead.finditer(name):
        if len(name) - m.end() >= keep:
            cut = m.end()
    return name[cut:].lstrip(pat.date_chars)
