"""Programs: named healthcare initiatives (campaigns, projects, schemes, platforms, mechanisms).

Found by the programme words of ``programmes.tsv``: a quoted name followed by a programme word
(“三化”协同模式, “十进”工程), a name that ends in one (护蕾计划, 中医药振兴发展工程), an item of
a list that ends in one (“十进”工程、红医进社区等多个创新项目), named days (世界人口日),
pairings (京长对口合作; 京昆医疗合作 by a city's abbreviation), an insurance scheme's own plans
(全民健康保险…效益提升计划), 健康 + place (健康长春, 健康·长春), a place's reform (三明医改), counterpart schemes
(沪滇三级医院对口帮扶云南省贫困县县级医院), touring campaigns named before their stop (专家教授故乡行·内乡站),
schemes the text defines an abbreviation of (长期护理保险制度（以下简称“长护险”）), a sector's aid to a
province (医疗卫生援黔, 卫生援宁; 医疗援X is as often a team or a task: 医疗援藏队员) and the national schemes
``programmes.tsv`` names (爱国卫生运动, 家庭医生签约服务).

>>> from kg.resources import load_resources
>>> res = load_resources()
>>> text = "推行“一拖三”对口帮扶新模式,启动“十进”工程、红医进社区等多个创新项目"
>>> [(p.name, sorted(p.aliases)) for p in find_programs(text, res)]
[('一拖三', ['一拖三对口帮扶新模式']), ('十进工程', ['十进']), ('红医进社区', [])]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from ..lexicon import alternation
from ..resources import Resources
from ..tokens import LazyTokens, Token
from .names import STOP_TAGS, plain_verb, words_by_end
from .spans import (CJK, CLOSE_QUOTES, LIST_COMMA, OPEN_QUOTES, PHRASE_BREAKS, QUOTES, leftmost_longest, list_items_left,
                    without_quotes)

#: a quoted programme name is 2 to 12 characters (“十进”, “健康长春行动”) with two CJK at least
QUOTED_NAME = (2, 12)
#: a quoted name that ends in its own programme word may be longer, up to 40 characters
#: (「醫學中心支援離島及醫療資源不足地區醫院緊急醫療照護服務獎勵計畫」, “澳門——北京醫學繼續教育戰略合作項目”)
QUOTED_KIND_NAME = (QUOTED_NAME[1] + 1, 40)
MIN_QUOTED_CJK = 2
#: a quoted chain of three parts or more (“临床—科研—人才”, “医院-社区-家庭-个人”) lists the links of a
#: structure, it names none (“华西—眉山” may); a doubled dash (——) is one link
CHAIN_LINK = "—―-－"
MIN_CHAIN_LINKS = 2
#: a quoted name in Latin letters or digits (“1+X+N”, 「HA Go」) has a letter and 3 characters at least
LATIN_NAME = r"(?=[^A-Za-z]*[A-Za-z])[A-Za-z0-9+·\- ]{3,12}"
#: a quoted number names a scheme (“12812”模式, “3+2”模式) when a programme word follows: 4 digits or a plus
NUMBER_NAME = r"(?=[^+]*\+)[0-9+]{3,12}|[0-9]{4,12}"
#: a description after a quoted name (“一拖三”对口帮扶新模式) is at most this many characters before its word
DESCRIPTION_LEAD = 8
#: a named day (世界人口日) has 2 to 8 characters between its prefix and suffix
NAMED_DAY_CORE = (2, 8)
#: the ordinal of a recurring campaign (第36个爱国卫生月, 第七届…节): 第, a number, a counter
ORDINAL = r"第 ?[0-9一二三四五六七八九十百零〇]+ ?(?:个|届)? ?"
#: jieba's tag of a pronoun (该, 各, 其): a name that opens with one points at a thing, it names none
PRONOUN_TAG = "r"
#: jieba's tag of a time word (近日, 今日): a named day's match that ends on one names no day
TIME_TAG = "t"
#: a scheme a lead verb starts (实施健康扶贫工程) is 2 to 8 characters before its programme word
LED_CORE = (2, 8)
#: a scheme of this many characters before its programme word (实施三强工程) names one only when they are
#: a coined word: no common word, nor a verb, adverb, adjective or time (开展整治行动, 实施三年行动)
SHORT_LED_CORE = 2
NOT_COINED_TAGS = frozenset({"v", "vd", "vn", "d", "p", "c", "r", "t", "f", "a", "ad", "an"})
#: a name ending in a programme word (中医药振兴发展工程) is 4 to 14 characters before it and 6 at least in all
SUFFIXED_CORE = (4, 14)
#: a plan of a national insurance scheme (全民健康保险琉球乡医疗给付效益提升计划) names it, then its
#: own part in 2 to 24 characters before its programme word
OWNED_CORE = (2, 24)
MIN_SUFFIXED = 6
#: a pairing (京长对口合作) names its two places in 2 to 4 characters
PAIRING_PLACES = (2, 4)
#: a pairing of provinces (京蒙协作, 京津冀协同发展) names two or three by their one-character abbreviations
ABBREVIATION_PAIRING = (2, 3)
#: 健康<place> may name its target year (健康海口2030)
TARGET_YEAR = r"20\d\d"
#: a hotline (12356心理援助热线) is its number and at most this many characters before its word
HOTLINE_LEAD = 8
#: a reform named after its place (三明医改) names it in 3 or 2 characters right before its word
PLACE_MODEL = (3, 2)
#: the place of 健康<place> (健康长春) is 2 or 3 characters, after a middle dot in some names (健康·长春);
#: a middle dot after it joins a second slogan (“健康青海·幸福海南”)
HEALTHY_PLACE = (2, 3)
HEALTHY_DOT = "·・•"
#: list items that are programmes are at most 12 characters (8 when quoted in a list); plain ones 3 at least
MAX_LIST_ITEM = 12
MAX_QUOTED_LIST_ITEM = 8
MIN_PLAIN_ITEM = 3
#: characters that never occur in a suffixed programme name (a list or a phrase, not a name; 一些, 两个: a quantity;
#: the aspect particle 了 and the adverbs 已, 均 of a predicate: 均已完成主体工程, 确定了…建设项目 are clauses)
NOT_IN_NAME = "等和与及、的些个了已均"
#: the title of a plan (《沈阳区域卫生规划》) is 4 to 30 characters; a bracket after its word gives its years
PLAN_TITLE = (4, 30)
#: the bracket after a plan's title: its years (（2023—2027年）), which a reader may name the plan with, or
#: another qualifier (（试行）), which no one does
PLAN_BRACKET = r"(?:(?P<years>[(（][^《》()（）]*?\d{4}[^《》()（）]*[)）])|[(（][^《》()（）]*[)）])?"
#: the scheme a notice's title announces (《关于申报…试点项目的通知》) is 4 to 30 characters, its year dropped
NOTICE_NAME = (4, 30)
YEAR_DIGITS = "0123456789"
#: a plan's title standing as a line of its own opens with its place's name or short form of 2 to 8 characters
PLAN_PLACE = (2, 8)
#: the scheme a plan for it is titled after (《浙江省公共服务“七优享”工程实施方案(2023—2027)》) is 4 to 30
#: characters, its programme word included and its place kept; a bracket after the plan word gives its years
SCHEME_TITLE = (4, 30)
#: the undertaking a policy's title advances (《关于推进浙江省卫生健康现代化建设的实施意见》) is 4 to 30 characters
POLICY_NAME = (4, 30)
#: a pilot a place or hospital is chosen for (确定为全国首批81家紧密型城市医疗集团建设试点) names it in 4 to 20
#: characters before its pilot word, after the verb or the batch or count that qualifies it (首批, 81家, 首家)
PILOT_CORE = (4, 20)
PILOT_QUALIFIER_END = "批家个第的级0123456789"
#: a regional centre a region builds (滇西医疗服务中心, 皖南区域综合医疗中心) names its region in 2 to 8
#: characters before its kind
CENTRE_REGION = (2, 8)
#: a regional centre a place is named (临渭区渭北区域医疗中心, 银川市耳鼻咽喉头颈外科区域医疗中心, 阿坝州区域医疗分中心)
#: opens with a division's name or short form of 2 to 4 characters, at most this many characters before its kind
PLACE_CENTRE_LEAD = 12
PLACE_CENTRE_PLACE = (2, 4)
#: a designation scheme (国家心血管病区域医疗中心, 国家中医药传承创新发展试验区) has at most this many characters
#: between its level and its kind
DESIGNATION_CORE = 10
#: characters that never occur between a designation's level and its kind (国家第五批区域医疗中心: a batch, not a name)
NOT_IN_DESIGNATION = NOT_IN_NAME + "第批个家所委局部厅办"
#: characters that never occur in a description after a quoted name (“强基层”并举的探索之路: a clause)
NOT_IN_DESCRIPTION = "等的"
#: the one character that may join a quoted name to its description (“五位一体”的服务模式)
DESCRIPTION_JOIN = "的"
#: punctuation after which a pairing or a 健康<place> name has ended
NAME_END = "，,。"
#: punctuation that ends a list of programmes (a 、 does not)
LIST_STOPPERS = "，,。;；"
#: the national name 健康中国 is a programme like 健康<place>
NATION = "中国"
#: where an unquoted list item starts: after any of these
LIST_ITEM_BREAKS = "、，,。;；：:（("
#: a counterpart scheme (三级医院对口帮扶县级医院) names its receivers in at most this many characters
#: between its cue and their kind (云南省贫困县|县级医院; a bracket may qualify them: 贫困旗(县)医院)
COUNTERPART_TAKERS = 12
#: the places that lead a counterpart scheme: a division's name or short form of 2 to 4 characters
COUNTERPART_PLACE = (2, 4)
#: a scheme the text gives an abbreviation (国家基本公共卫生服务项目（以下简称“基本公卫”）) is 4 to 20
#: characters, its programme word included
DEFINED_NAME = (4, 20)
#: a touring campaign's stop (专家教授故乡行·内乡站) names its place in 2 to 4 characters before its stop
#: word, after the campaign's 4 to 14 characters (and a middle dot in some)
TOUR_PLACE = (2, 4)
TOUR_NAME = (4, 14)


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
            f"(?P<desc>{DESCRIPTION_JOIN}?(?:(?![{NOT_IN_DESCRIPTION}]){cjk}){{0,{DESCRIPTION_LEAD}}}(?:{p['description']}))?")
        quoted_name = (f"[{re.escape(OPEN_QUOTES)}]([^{re.escape(QUOTES)}{PHRASE_BREAKS}]"
                       f"{{{QUOTED_NAME[0]},{QUOTED_NAME[1]}}})[{re.escape(CLOSE_QUOTES)}]")
        self.quoted_lead = re.compile(f"(?:{p['quoted_lead']}){quoted_name}")
        self.quoted_next = re.compile(f"(?:{p['quoted_joiner']}){quoted_name}")
        self.quoted_kind = re.compile(
            f"[{re.escape(OPEN_QUOTES)}]([^{re.escape(QUOTES)}{PHRASE_BREAKS}{DESCRIPTION_JOIN}]"
            f"{{{QUOTED_KIND_NAME[0]},{QUOTED_KIND_NAME[1]}}})[{re.escape(CLOSE_QUOTES)}]")
        self.own_kind = re.compile(f"(?:{p['kind']})$")
        self.chain_link = re.compile(f"[{re.escape(CHAIN_LINK)}]+")
        self.latin = re.compile(LATIN_NAME)
        self.number = re.compile(NUMBER_NAME)
        self.common = re.compile(f"(?:{p['common_phrase']})(?:{p['kind']}|{p['kind_end']})?")
        self.variants = {r["word"]: r["expect"] for r in res.lexicon.tables["programmes"] if r["role"] == "named_variant"}
        self.variant = re.compile(p["named_variant"])
        # a sector's aid to a province (医疗卫生援黔, 卫生援宁): a sector, 援, the province's abbreviation
        self.aid = re.compile(f"(?:{p['aid_sector']})(?:{p['aid_cue']})(?:{p['province_abbreviation']})")
        self.national_prefix = re.compile(p["national_prefix"])
        self.named_day = re.compile(f"(?:{p['day_prefix']}){cjk}{{{NAMED_DAY_CORE[0]},{NAMED_DAY_CORE[1]}}}?"
                                    f"(?:{p['day_suffix']})")
        self.ordinal_day = re.compile(f"{ORDINAL}(?P<name>[^{NOT_IN_NAME}\\W\\d]{{{NAMED_DAY_CORE[0]},{NAMED_DAY_CORE[1]}}}?"
                                      f"(?:{p['ordinal_suffix']}))")
        self.led = re.compile(f"(?:{p['scheme_lead']})(?P<name>(?:(?!{p['scheme_kind']})[^{NOT_IN_NAME}\\W\\d])"
                              f"{{{LED_CORE[0]},{LED_CORE[1]}}}?(?:{p['scheme_kind']}))")
        self.scheme_kind = re.compile(p["scheme_kind"])
        self.generic_stem = re.compile(f"^(?:{p['generic_stem']})")
        self.owned = re.compile(f"(?:{p['scheme_owner']})[^{NOT_IN_NAME}\\W\\d]{{{OWNED_CORE[0]},{OWNED_CORE[1]}}}?"
                                f"(?:{p['name_end']})")
        self.suffixed = re.compile(f"{cjk}{{{SUFFIXED_CORE[0]},{SUFFIXED_CORE[1]}}}?(?:{p['name_end']})")
        self.pairing = re.compile(f"{cjk}{{{PAIRING_PLACES[0]},{PAIRING_PLACES[1]}}}?(?P<cue>{p['pairing_cue']})"
                                  f"(?:{p['pairing_kind']})(?=(?:{p['pairing_follow']})|[{NAME_END}]|$)")
        self.counterpart = re.compile(f"(?:{p['counterpart_giver']})(?:{p['counterpart_cue']})"
                                      f"(?:[^{NOT_IN_NAME}\\W\\d]|[()（）]){{0,{COUNTERPART_TAKERS}}}?"
                                      f"(?:{p['counterpart_taker']})")
        self.province_abbreviations = re.compile(f"(?:{p['province_abbreviation']}){{{ABBREVIATION_PAIRING[0]},"
                                                 f"{ABBREVIATION_PAIRING[1]}}}$")
        self.defined = re.compile(f"{cjk}{{{DEFINED_NAME[0] - 1},{DEFINED_NAME[1] - 1}}}?(?:{p['defined_kind']})$")
        self.tour_stop = re.compile(f"(?:{p['tour_stop']})(?=(?:{p['tour_follow']}))")
        # a pairing names its places by their abbreviations: provinces' (沪滇协作), or a city's with a
        # province's (京昆医疗合作, 惠黔医疗卫生协作: the city pairs with a province or its capital)
        paired = f"(?:{p['province_abbreviation']}|{p['city_abbreviation']})"
        self.abbreviation_pairing = re.compile(
            f"({paired}{{{ABBREVIATION_PAIRING[0]},{ABBREVIATION_PAIRING[1]}}})"
            f"(?:{p['pairing_field']})?(?:{p['abbreviation_pairing_kind']})")
        self.any_province = re.compile(p["province_abbreviation"])  # a pairing names a province at least
        self.healthy_led = re.compile(f"(?:{p['healthy_lead']})(?P<name>(?:{p['healthy_prefix']})[{HEALTHY_DOT}]?)"
                                      f"({cjk}{{{HEALTHY_PLACE[0]},{HEALTHY_PLACE[1]}}})")
        # a list of them (建设健康叙永、健康泸州、健康四川): a 、 before the next 健康 ends one too
        self.healthy = re.compile(f"(?:{p['healthy_prefix']})[{HEALTHY_DOT}]?({cjk}{{{HEALTHY_PLACE[0]},{HEALTHY_PLACE[1]}}}?)(?:{TARGET_YEAR})?"
                                  f"(?=(?:{p['healthy_follow']})|[{NAME_END}{HEALTHY_DOT}{re.escape(CLOSE_QUOTES)}]|$"
                                  f"|{LIST_COMMA}(?:{p['healthy_prefix']}))")
        # the plan of 健康<place> named with more than 行动 (健康曲靖建设三年行动), or the national action's
        # part that 健康中国 leads (健康中国重庆行动); 健康长春行动 is 健康长春 (``healthy_follow``)
        place = f"({cjk}{{{HEALTHY_PLACE[0]},{HEALTHY_PLACE[1]}}}?)"
        self.healthy_action = re.compile(f"(?:{p['healthy_prefix']})(?:{NATION}[{HEALTHY_DOT}]?{place}(?:{p['national_action']})"
                                         f"|[{HEALTHY_DOT}]?{place}(?:{p['healthy_action']}))")
        self.named = re.compile(p["named"])
        self.place_model = re.compile(p["place_model"])
        self.hotline = re.compile(f"(?<![\\d])[{re.escape(OPEN_QUOTES)}]?(\\d{{3,6}})[{re.escape(CLOSE_QUOTES)}]?"
                                  f"({cjk}{{0,{HOTLINE_LEAD}}}?(?:{p['hotline']}))")
        self.generic = re.compile(f"(?:{p['generic_end']})$")
        self.plan_title = re.compile(f"《(?P<name>[^《》]{{{PLAN_TITLE[0] - 2},{PLAN_TITLE[1]}}}?(?:{p['plan_title_end']}))"
                                     f"{PLAN_BRACKET}》")
        # a plan's title standing as a line of its own, as a policy page heads its text (海南省“十四五”卫生健康规划)
        self.plan_line = re.compile(f"\\s*(?P<name>[^《》{re.escape(PHRASE_BREAKS)}\\s]{{{PLAN_TITLE[0] - 2},{PLAN_TITLE[1]}}}?"
                                    f"(?:{p['plan_title_end']}))\\s*{PLAN_BRACKET}\\s*")
        self.notice_title = re.compile(f"《(?:{p['notice_lead']})(?P<name>[^《》]{{{NOTICE_NAME[0] - 2},{NOTICE_NAME[1]}}}?"
                                       f"(?:{p['kind']}))(?:{p['notice_end']})》")
        self.scheme_title = re.compile(f"《(?P<name>[^《》\\s]{{{SCHEME_TITLE[0] - 2},{SCHEME_TITLE[1]}}}?(?:{p['kind']}))"
                                       f"(?:{p['scheme_title_end']})(?:[(（][^《》()（）]*[)）])?》")
        self.quoted_scheme = re.compile(f"[{re.escape(OPEN_QUOTES)}][^{re.escape(QUOTES)}]+[{re.escape(CLOSE_QUOTES)}]"
                                        f"(?:{p['kind']})$")
        self.policy_title = re.compile(f"《(?:{p['policy_lead']})(?P<name>[^《》的\\s]{{{POLICY_NAME[0]},{POLICY_NAME[1]}}}?)"
                                       f"(?:{p['policy_end']})》")
        self.pilot = re.compile(f"(?:{p['pilot_lead']})(?P<body>\\w{{0,{PILOT_CORE[1] + 8}}}?(?:{p['pilot_kind']}))"
                                f"(?P<holder>{p['pilot_holder']})?(?![{CJK}])")
        self.pilot_kind = re.compile(p["pilot_kind"])
        self.designation_word = re.compile(p["designation"])
        self.compass_centre = re.compile(f"(?:{p['province_abbreviation']})(?:{p['compass']})(?:{p['compass_centre']})")
        self.centre_kind = re.compile(p["centre_kind"])
        self.place_centre = re.compile(p["place_centre"])
        self.project = re.compile(p["construction_noun"])
        self.owner = re.compile(p["construction_owner"])
        self.compass_part = re.compile(f"(?:{p['compass']})部")
        self.centre_generic = re.compile(f"^(?:{p['centre_generic']})$")
        self.designation_owner = re.compile(f"(?:{p['designation_owner']})$")
        self.after_list = re.compile(f"(?:{p['list_end']})$")
        self.designation = re.compile(f"(?P<level>{p['designation_level']})"
                                      f"[^{NOT_IN_DESIGNATION}\\W\\d]{{0,{DESIGNATION_CORE}}}?(?:{p['designation']})")
        head = f"(?:{p['list_quantifier']})?(?:{p['list_modifier']})?"
        self.list_end = re.compile(f"(?:{p['list_end']}){head}(?:{p['list_noun']})")
        plain = f"(?:{p['plain_quantifier']})?(?:{p['list_modifier']})?"
        self.project_list_end = re.compile(f"(?:{p['list_end']}){plain}(?:{p['plain_noun']})")
        self.not_programme = re.compile(f"(?:{p['construction_owner']})(?:{p['construction']})?(?:{p['construction_noun']})$"
                                        f"|^(?:{p['class_lead']})")
        self.ends_kind = re.compile(f"(?:{p['kind']}|{p['kind_end']})$")
        self.lead = re.compile(p["lead_verb"])
        # an institution's name and the verb 计划 (中医医院计划开设…, 新院区计划于…): it plans, no plan is named
        self.planned = re.compile(f"(?:{alternation(res.lexicon.suffix_type)}){p['verb_kind']}$")
        self.date_chars = res.lexicon.date_chars
        self.place_names = (res.gazetteer.by_short, res.gazetteer.by_name)
        self.health = res.lexicon.health_strong_re
        self.healthy_word = re.compile(p["healthy_prefix"])
        self.cjk = re.compile(cjk)
        self.plain_item = re.compile(f"{cjk}{{{MIN_PLAIN_ITEM},{MAX_LIST_ITEM}}}")
        # what a sentence must hold for a pattern that tries a run of characters at every offset to
        # match in it (its name's end, its cue, its hotline word): most sentences hold none, and one
        # search for it spares the pattern's attempts (:func:`_matches`)
        self.needs = {self.suffixed: re.compile(p["name_end"]),
                      self.pairing: re.compile(f"(?:{p['pairing_cue']})(?:{p['pairing_kind']})"),
                      self.hotline: re.compile(p["hotline"]),
                      self.abbreviation_pairing: re.compile(p["abbreviation_pairing_kind"])}


def find_programs(text: str, res: Resources, page_places: tuple[str, ...] = (),
                  institutions: tuple[tuple[int, int], ...] = (),
                  groupings: tuple[tuple[int, int], ...] = ()) -> list[Program]:
    """Programmes named in one sentence of a healthcare story; ``page_places`` are the names of
    the places the page names, whose short forms may follow 健康 (健康杭后 of 杭锦后旗);
    ``institutions`` are the spans of the institutions the sentence names (a name that starts
    inside one, 特市中医医院扩容行动 of 呼和浩特市中医医院扩容行动, is cut short), ``groupings``
    those of them that are alliances (a campaign's name may hold one: 沈阳现代化都市圈巡回医疗)."""
    pat = res.compiled(ProgrammePatterns)
    tokens = LazyTokens(text, res.tokens)  # the sentence's words, segmented once when a rule reads them
    found: list[Program] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, name: str, aliases: set[str], rule: str) -> bool:
        if any(a < end and start < b for a, b in taken):
            return False  # the first rule to claim a span keeps it
        if pat.generic.search(name):
            return False  # 重大民生工程, 优质医疗项目: a kind of undertaking, not a name
        taken.append((start, end))
        surface = without_quotes(text[start:end])[0]
        found.append(Program(start, end, surface, name, frozenset((aliases | {surface}) - {name}), rule))
        return True

    for m in pat.owned.finditer(text):  # 全民健康保险…效益提升计划: a scheme's own plan, longer than the scheme
        add(m.start(), m.end(), m.group(), set(), "programmes:owned")
    for m in pat.healthy_action.finditer(text):  # 健康中国重庆行动: longer than the national name in it
        place = m.group(1) or m.group(2)
        if any(place in names for names in pat.place_names) or any(abbreviates(place, name) for name in page_places):
            add(m.start(), m.end(), without_quotes(m.group())[0], set(), "programmes:healthy-action")
    # a national scheme the guidelines name (家庭医生签约服务) or another form of it (家医签约), also
    # when quotes break it (医疗人才“组团式”援疆): the longest form at each place wins
    plain, where = without_quotes(text)
    fixed = [(m.start(), m.end(), m.group(), False) for m in pat.named.finditer(plain)]
    fixed += [(m.start(), m.end(), pat.variants[m.group()], True) for m in pat.variant.finditer(plain)]
    fixed += [(m.start(), m.end(), m.group(), False) for m in pat.aid.finditer(plain)]
    # “地域+领域”组团式帮扶: a fixed name that is all of a quoted name's description is the quoted rule's
    # (but “三个一”家庭医生签约服务模式 keeps the scheme); it is taken only if that rule refuses it
    # so is a fixed name inside a longer quoted name (援疆 of “逸仙智力援疆”专项计划), its kind counted
    # (“互联网+医疗健康”示范区: the designation, not the fixed name quoted in it): the quoted name is whole
    quotes = list(pat.quoted.finditer(text))
    descriptions = {m.span("desc") for m in quotes if m.group("desc")}
    cores = [(m.start(1), m.end("kind") if m.group("kind") else m.end(1)) for m in quotes]
    fixed_after_quote = []
    for start, end, name, variant in leftmost_longest(fixed):
        kind = None if variant else pat.scheme_kind.match(plain, end)  # 健康扶贫工程: with its programme word
        aliases = {plain[start:end]} if variant else {name + kind.group()} if kind else set()
        span = (where[start], where[end - 1] + 1, name, aliases, "programmes:named")
        if span[:2] in descriptions or any(a <= span[0] and span[1] <= b and b - a > span[1] - span[0]
                                           for a, b in cores):
            fixed_after_quote.append(span)
        else:
            add(*span)
    line = pat.plan_line.fullmatch(text)
    plan_line = [line] if line and _place_prefix(line.group("name"), range(PLAN_PLACE[0], PLAN_PLACE[1] + 1), pat) \
        is not None else []
    for m in [*pat.plan_title.finditer(text), *plan_line]:
        # the title of a health plan (《重庆市卫生健康发展“十四五”规划》), or a line that is one; with its
        # years (重庆市突发事件紧急医学救援规划(2023—2027年)) as another name of it
        if pat.health.search(m.group("name")) or pat.healthy_word.search(m.group("name")):
            years = {m.group("name") + m.group("years")} if m.group("years") else set()
            add(m.start("name"), m.end("name"), m.group("name"), years, "programmes:plan-title")
    def titled(m: re.Match[str], rule: str) -> None:  # the name a document's title gives, its year dropped
        raw = m.group("name").lstrip(YEAR_DIGITS + pat.date_chars)
        add(m.end("name") - len(raw), m.end("name"), without_quotes(raw)[0], set(), rule)

    for m in pat.notice_title.finditer(text):  # 《关于组织实施2026年公立医院改革与高质量发展提升项目的通知》
        titled(m, "programmes:notice-title")
    for m in pat.scheme_title.finditer(text):  # 《浙江省公共服务“七优享”工程实施方案(2023—2027)》: the scheme,
        # and what it quotes with its kind (七优享工程) is the short name the page goes on to use
        short = pat.quoted_scheme.search(m.group("name"))
        add(m.start("name"), m.end("name"), without_quotes(m.group("name"))[0],
            {without_quotes(short.group())[0]} if short else set(), "programmes:scheme-title")
    for m in pat.policy_title.finditer(text):  # 《关于推进浙江省卫生健康现代化建设的实施意见》: what it advances
        titled(m, "programmes:policy-title")
    for m in pat.pilot.finditer(text):  # 入选建立健全现代医院管理制度试点医院: the pilot, its holder an alias
        span = _pilot(text, m, pat)
        if span is not None:
            holder = {text[span[0]:m.end()]} if m.group("holder") else set()
            add(*span, text[span[0]:span[1]], holder, "programmes:pilot")
    for m in _matches(pat, pat.hotline, text):  # “12356”心理援助热线
        add(m.start(), m.end(), m.group(1) + m.group(2), set(), "programmes:hotline")
    for m in pat.designation.finditer(text):  # a national or provincial designation (省级区域医疗中心)
        # not 北京协和医院国家医学中心 (a hospital), but 在建A医院国家区域医疗中心2个 (a count of designations)
        # nor 骨科、烧伤等国家级重点专科 (the kind of the items listed before 等, not a scheme taken part in)
        # nor 天津市环湖医院组建了以卒中中心 (an institution the level's place opens, ending inside the match)
        if (not pat.designation_owner.search(text, 0, m.start()) or text[m.end():m.end() + 1].isdigit()) \
                and not pat.after_list.search(text, 0, m.start()) \
                and not any(a <= m.start() < b < m.end() for a, b in institutions) \
                and not pat.lead.match(text, m.end("level")):  # 国家启动区域医疗中心: the level starts a clause
            add(m.start(), m.end(), m.group(), set(), "programmes:designation")
    for m in pat.compass_centre.finditer(text):  # 皖北区域医疗中心: a province's part names its centre
        add(m.start(), m.end(), m.group(), set(), "programmes:compass-centre")
    for m in pat.centre_kind.finditer(text):  # 滇西医疗服务中心建设提速: a region's centre, built as a project
        span = _regional_centre(text, m.start(), m.end(), pat)
        span = span and _on_words(tokens, *span, m.start(), res)
        if span is not None:
            add(*span, text[span[0]:span[1]], set(), "programmes:regional-centre")
    for m in pat.place_centre.finditer(text):  # 创建临渭区渭北区域医疗中心: the centre a place is named
        span = _place_centre(text, m.start(), m.end(), pat)
        span = span and _on_words(tokens, *span, m.start(), res)
        if span is not None and not any(a < span[1] and span[0] < b for a, b in institutions):
            project = pat.project.match(text, span[1])  # 曲靖区域医疗中心项目: the project builds it
            add(*span, text[span[0]:span[1]], {text[span[0]:project.end()]} if project else set(),
                "programmes:place-centre")
    list_end = pat.list_end.search(text)
    if list_end:
        _list_programs(text, list_end.start(), add, pat, kinds_only=True)
    defined = [m.span() for m in res.lexicon.abbreviation_re.finditer(text)]
    for m in quotes:
        if any(a <= m.start() and m.end(1) < b for a, b in defined):
            continue  # （以下简称“提升行动”）: an abbreviation the text defines is an alias, no second name
        core, kind, desc = m.group(1), m.group("kind"), m.group("desc")
        if len(pat.cjk.findall(core)) < MIN_QUOTED_CJK and \
                not ((kind or desc) and (pat.latin.fullmatch(core) or pat.number.fullmatch(core))):
            continue  # “12356”, “5G”: not a name; “1+X+N”医共体模式 and “12812”工作模式 are
        if pat.common.fullmatch(core):
            continue  # “一对一”结对模式, “例会机制”: an ordinary phrase in quotes
        if len(pat.chain_link.findall(core)) >= MIN_CHAIN_LINKS:
            continue  # “临床—科研—人才”一体化赋能机制: the links of a chain
        in_list = list_end is not None and m.end() <= list_end.start() and \
            _only_list_between(text, m.end(), list_end.start())
        if kind and pat.ends_kind.search(core):  # “千名医师支援农村卫生工程”项目: the name has its own kind
            add(m.start(), m.end("kind"), core, {core + kind}, "programmes:quoted")
        elif kind:
            add(m.start(), m.end("kind"), core + kind, {core}, "programmes:quoted")
        elif desc and not add(m.start(), m.end("desc"), core, {core + desc}, "programmes:quoted"):
            # “三个一”家庭医生签约服务模式: the description names a scheme of its own
            add(m.start(), m.end(1) + 1, core, set(), "programmes:quoted")
        elif pat.ends_kind.search(core) or (in_list and len(core) <= MAX_QUOTED_LIST_ITEM):
            add(m.start(), m.end(), core, set(), "programmes:quoted")
    for m in pat.quoted_kind.finditer(text):  # 「…緊急醫療照護服務獎勵計畫」: a long name with its own kind
        if pat.own_kind.search(m.group(1)) and len(pat.chain_link.findall(m.group(1))) < MIN_CHAIN_LINKS:
            add(m.start(), m.end(), m.group(1), set(), "programmes:quoted")
    for span in fixed_after_quote:
        add(*span)
    for m in pat.quoted_lead.finditer(text):  # 上线“医保码”, 中华医学会皮肤性病学分会“高水平专家基层行”
        core = m.group(1)
        while len(pat.cjk.findall(core)) >= MIN_QUOTED_CJK or pat.latin.fullmatch(core):
            add(m.start(1) - 1, m.end(1) + 1, core, set(), "programmes:quoted-lead")
            m = pat.quoted_next.match(text, m.end())  # 建成一批“美丽医院”和“智慧医院”
            if m is None:
                break
            core = m.group(1)
    project_end = pat.project_list_end.search(text)
    if project_end:
        _list_programs(text, project_end.start(), add, pat)
    for m in pat.named_day.finditer(text):  # 世界人口日; 全国爱国卫生月 is the nation's own 爱国卫生月
        if _cuts_time_word(tokens, m.end(), res):
            continue  # 全国多家医院日前, 世界各国今日: a date word, no day's name
        national = pat.national_prefix.match(m.group())
        name = m.group()[national.end():] if national else m.group()
        add(m.start(), m.end(), name, {m.group()} - {name}, "programmes:named-day")
    for m in pat.ordinal_day.finditer(text):  # 第36个爱国卫生月: a recurring campaign counted by its ordinal
        if not pat.common.fullmatch(m.group("name")) and not _cuts_time_word(tokens, m.end(), res):
            add(m.start("name"), m.end(), m.group("name"), set(), "programmes:ordinal-day")
    for m in _matches(pat, pat.pairing, text):
        name = _trim_left(m.group(), pat, keep=PAIRING_PLACES[0] + m.end() - m.start("cue"))
        add(m.end() - len(name), m.end(), name, set(), "programmes:pairing")
    for m in _matches(pat, pat.abbreviation_pairing, text):  # 深化京蒙协作, 京津冀协同发展, 川渝医疗协同发展
        places = text[max(m.start() - 1, 0):m.end(1)]  # with the character before: not 南京沪合作
        if pat.any_province.search(m.group(1)) \
                and not any(places[i:i + 2] in names for i in range(len(places) - 1) for names in pat.place_names):
            add(m.start(), m.end(), m.group(), set(), "programmes:abbreviation-pairing")  # not 辽宁合作
    for m in pat.place_model.finditer(text):  # 三明医改: a place's own reform (not 深化医改)
        start = next((m.start() - n for n in PLACE_MODEL if m.start() >= n and
                      any(text[m.start() - n:m.start()] in names for names in pat.place_names)), None)
        if start is not None:
            add(start, m.end(), text[start:m.end()], set(), "programmes:place-model")
    for m in pat.healthy.finditer(text):
        place = m.group(1)
        if place == NATION or any(place in names for names in pat.place_names) \
                or any(abbreviates(place, name) for name in page_places):
            kind = pat.scheme_kind.match(text, m.end())  # 健康龙江行动: the place's action plan, another name of it
            add(m.start(), m.end(), m.group(), {m.group() + kind.group()} if kind else set(), "programmes:healthy-place")
    for m in pat.led.finditer(text):  # 实施健康扶贫工程: a scheme a lead verb starts, not a kind of one (专项行动)
        name = m.group("name")
        core = name[:-len(pat.scheme_kind.search(name).group())]
        if len(core) <= SHORT_LED_CORE and not _coined(core, res):
            continue
        if not (pat.generic_stem.search(name) or pat.common.fullmatch(name) or pat.not_programme.search(name)):
            add(m.start("name"), m.end(), name, set(), "programmes:led")
    for m, after in _outside(pat, pat.suffixed, text, institutions):
        name = _trim_left(m.group(), pat)
        if after and name == m.group():
            continue  # 医院|卫生服务链条辐射扩容行动: the rest of a longer name, not one of its own
        if pat.lead.match(name) or _opens_with_verb(text, tokens, m.end() - len(name), res):
            continue  # 开展义诊行动, 开启慢性病管理计划: a verb and what it does, a phrase
        if _opens_with_determiner(name, tokens, m.end() - len(name), res) or pat.planned.search(name):
            continue  # 该中心医疗服务项目, 全市…工作计划: a thing pointed at; 医院计划开设: the institution plans
        if len(name) >= MIN_SUFFIXED and pat.health.search(name) and not any(ch in name for ch in NOT_IN_NAME) \
                and not pat.not_programme.search(name):
            add(m.end() - len(name), m.end(), name, set(), "programmes:suffixed")
    for m in pat.counterpart.finditer(text):  # 沪滇三级医院对口帮扶云南省贫困县县级医院签约仪式
        if text.rfind("《", 0, m.start()) <= text.rfind("》", 0, m.start()):  # not a document's title
            start = _counterpart_start(text, m.start(), pat)
            add(start, m.end(), text[start:m.end()], set(), "programmes:counterpart")
    for definition, _ in defined:  # a scheme the text defines an abbreviation of
        if not any(b == definition for a, b in institutions):  # not 紧密型县域医共体（以下简称“医共体”）
            span = _defined(text, definition, pat)
            if span is not None:
                add(*span, text[span[0]:span[1]], set(), "programmes:defined")
    for m in pat.tour_stop.finditer(text):  # 专家教授故乡行·内乡站活动: the campaign that tours its places
        span = _tour(text, m.start(), pat, tuple(set(institutions) - set(groupings)))
        if span is not None:
            add(*span, text[span[0]:span[1]], set(), "programmes:tour")
    for m in pat.healthy_led.finditer(text):  # 建设健康青海: 健康<place> after a verb that builds it
        n = _place_prefix(m.group(2), HEALTHY_PLACE, pat)
        place = m.group(2)[:n] if n is not None else None
        if place is not None and place != NATION:
            end = m.start(2) + len(place)
            add(m.start("name"), end, text[m.start("name"):end], set(), "programmes:healthy-place")
    found.sort(key=lambda p: p.start)
    return found


def _matches(pat: ProgrammePatterns, pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """``pattern.finditer(text)``, or nothing when ``text`` lacks what the pattern needs
    (:attr:`ProgrammePatterns.needs`: a part every match holds)."""
    return pattern.finditer(text) if pat.needs[pattern].search(text) else iter(())


def _outside(pat: ProgrammePatterns, pattern: re.Pattern, text: str,
             institutions: tuple[tuple[int, int], ...]) -> Iterator[tuple[re.Match, bool]]:
    """The matches of ``pattern`` (one of :attr:`ProgrammePatterns.needs`) left to right that do not
    start inside an institution's name, each with whether it was sought again after one: a name that
    runs on from one (局推出澳门青年医生大湾区进修计划 of 卫生局推出…) is longer than a name, and the search
    starts again after the institution (卫生局|推出澳门青年医生大湾区进修计划), where the programme it
    runs may be named after a lead verb."""
    if not pat.needs[pattern].search(text):
        return
    m, after = pattern.search(text), False
    while m is not None:
        inside = next((b for a, b in institutions if a < m.start() < b), None)
        if inside is None:
            yield m, after
        m, after = pattern.search(text, m.end() if inside is None else inside), inside is not None


def _counterpart_start(text: str, start: int, pat: ProgrammePatterns) -> int:
    """Where a counterpart scheme that starts at ``start`` (三级医院对口帮扶…) starts with the places
    its givers are in: a division (北京市三级医院…) or provinces' abbreviations (沪滇三级医院…).

    >>> from kg.resources import load_resources
    >>> pat = load_resources().compiled(ProgrammePatterns)
    >>> [_counterpart_start(t, t.index("三级"), pat) for t in ("近日,沪滇三级医院", "北京市三级医院", "以三级医院")]
    [3, 0, 1]
    """
    for n in range(COUNTERPART_PLACE[1], COUNTERPART_PLACE[0] - 1, -1):
        before = text[max(start - n, 0):start]
        if len(before) == n and (any(before in names for names in pat.place_names)
                                 or pat.province_abbreviations.match(before)):
            return start - n
    return start


def _defined(text: str, end: int, pat: ProgrammePatterns) -> tuple[int, int] | None:
    """The span of the scheme whose name ends at ``end``, where the text defines its abbreviation
    (实施国家基本公共卫生服务项目（以下简称“基本公卫”）): a name that ends in a programme word, after a
    punctuation mark or a lead verb.

    >>> from kg.resources import load_resources
    >>> pat = load_resources().compiled(ProgrammePatterns)
    >>> text = "全面实施长期护理保险制度（以下简称“长护险”）"
    >>> start, stop = _defined(text, text.index("（"), pat)
    >>> text[start:stop], _defined("全市的医院（简称“市院”）", 5, pat)
    ('长期护理保险制度', None)
    """
    start = end
    while start > max(end - DEFINED_NAME[1], 0) and pat.cjk.match(text[start - 1]):
        start -= 1
    m = pat.defined.search(_trim_left(text[start:end], pat, keep=DEFINED_NAME[0]))
    if m is None or any(ch in m.group() for ch in NOT_IN_NAME):
        return None
    return end - len(m.group()), end


def _pilot(text: str, m: re.Match[str], pat: ProgrammePatterns) -> tuple[int, int] | None:
    """The span of the pilot a choice names (``m``: a match of ``pat.pilot``): the name after the last
    batch, count or level word that qualifies it (全国首批81家|紧密型城市医疗集团建设试点), none when too
    little is left (纳入国家第三批试点: a batch, no name) or it is a designation's kind, the designation's
    rule's to name with its level (纳入第二批区域医疗中心试点省份).

    >>> from kg.resources import load_resources
    >>> pat = load_resources().compiled(ProgrammePatterns)
    >>> text = "大同市被确定为全国首批81家紧密型城市医疗集团建设试点,"
    >>> start, end = _pilot(text, pat.pilot.search(text), pat)
    >>> text[start:end], _pilot("纳入国家第三批试点", pat.pilot.search("纳入国家第三批试点"), pat)
    ('紧密型城市医疗集团建设试点', None)
    """
    start, end = m.span("body")
    first = max(start, *(text.rfind(ch, start, end) + 1 for ch in PILOT_QUALIFIER_END))
    kind = pat.pilot_kind.search(text, first, end)
    if kind is None or kind.start() - first < PILOT_CORE[0] or kind.start() - first > PILOT_CORE[1] \
            or kind.end() != end:
        return None
    if pat.designation_word.fullmatch(text, first, kind.start()):
        return None
    return first, end


def _name_before_kind(text: str, start: int, end: int, pat: ProgrammePatterns, reach: int, shortest: int) -> str:
    """The name whose kind is at ``start:end``: back from the kind over up to ``reach`` Chinese
    characters, to a punctuation mark or a word that ends a name (的, 和), then trimmed of a lead verb
    (:func:`_trim_left`), keeping at least ``shortest`` characters before the kind.

    >>> from kg.resources import load_resources
    >>> _name_before_kind("获悉,滇西医疗服务中心整体", 5, 11, load_resources().compiled(ProgrammePatterns), 8, 2)
    '滇西医疗服务中心'
    """
    first = start
    while first > max(start - reach, 0) and pat.cjk.match(text[first - 1]) and text[first - 1] not in NOT_IN_NAME:
        first -= 1
    return _trim_left(text[first:end], pat, keep=end - start + shortest)


def _regional_centre(text: str, start: int, end: int, pat: ProgrammePatterns) -> tuple[int, int] | None:
    """The span of the regional centre whose kind is at ``start:end`` (滇西医疗服务中心): its region
    before it back to a punctuation mark, a word that ends a name (的, 和) or a lead verb; none when
    the region is a common word (区域医疗服务中心, 国际医疗服务中心: a kind of centre, no name).

    >>> from kg.resources import load_resources
    >>> pat = load_resources().compiled(ProgrammePatterns)
    >>> text = "获悉,滇西医疗服务中心整体建设提速"
    >>> start, end = _regional_centre(text, 5, 11, pat)
    >>> text[start:end], _regional_centre("力争打造区域医疗服务中心", 6, 12, pat)
    ('滇西医疗服务中心', None)
    """
    name = _name_before_kind(text, start, end, pat, CENTRE_REGION[1], CENTRE_REGION[0])
    region = name[:len(name) - (end - start)]
    if len(region) < CENTRE_REGION[0] or pat.centre_generic.search(region) or pat.lead.match(region):
        return None
    return end - len(name), end


def _place_centre(text: str, start: int, end: int, pat: ProgrammePatterns) -> tuple[int, int] | None:
    """The span of the regional centre whose kind is at ``start:end`` (区域医疗中心) when a place names
    it: the name before the kind back to a punctuation mark, a word that ends a name (的, 和) or a
    lead verb opens with a division (临渭区|渭北, 银川市|耳鼻咽喉头颈外科); none when it does not
    (建成区域医疗中心, 该院成为区域医疗中心: a kind of centre, no name) or an institution's word in it
    says whose centre it is (九江学院附属医院脑血管病区域医疗中心: the hospital's own, a hospital), or a
    part of the place is all it adds (甘肃省南部区域医疗中心, 沈阳西部区域医疗中心: a hospital built there).

    >>> from kg.resources import load_resources
    >>> pat = load_resources().compiled(ProgrammePatterns)
    >>> text = "创建临渭区渭北区域医疗中心工作"
    >>> start, end = _place_centre(text, 7, 13, pat)
    >>> text[start:end], _place_centre("该院成为区域医疗中心", 4, 10, pat)
    ('临渭区渭北区域医疗中心', None)
    """
    name = _name_before_kind(text, start, end, pat, PLACE_CENTRE_LEAD, PLACE_CENTRE_PLACE[0])
    place = _place_prefix(name, range(PLACE_CENTRE_PLACE[1], PLACE_CENTRE_PLACE[0] - 1, -1), pat)
    region = name[:len(name) - (end - start)]
    if place is None or pat.owner.search(region) or pat.compass_part.fullmatch(region, place):
        return None
    return end - len(name), end


def _tour(text: str, stop: int, pat: ProgrammePatterns,
          institutions: tuple[tuple[int, int], ...]) -> tuple[int, int] | None:
    """The span of the touring campaign whose stop word is at ``stop`` (沈阳现代化都市圈巡回医疗 of
    沈阳现代化都市圈巡回医疗铁岭站启动): a place right before the stop word, the campaign's name before
    it back to a punctuation mark, an institution's name (郑大一附院专家教授故乡行·内乡站) or a lead
    verb (``institutions``: the spans of those that end it); a healthcare name, or one a middle dot
    sets off from the place (不在长春站活动: no name).

    >>> from kg.resources import load_resources
    >>> pat = load_resources().compiled(ProgrammePatterns)
    >>> text = "郑州大学第一附属医院专家教授故乡行·内乡站活动启动"
    >>> start, end = _tour(text, text.index("站"), pat, ((0, 10),))
    >>> text[start:end], _tour("今天上午在长春站活动", 7, pat, ())
    ('专家教授故乡行', None)
    """
    place = next((n for n in range(TOUR_PLACE[1], TOUR_PLACE[0] - 1, -1) if stop >= n and
                  any(text[stop - n:stop] in names for names in pat.place_names)), None)
    if place is None:
        return None
    end = stop - place
    dotted = end > 0 and text[end - 1] in HEALTHY_DOT
    end -= dotted
    start = max([end - TOUR_NAME[1]] + [b for a, b in institutions if b <= end])
    start = max(start, 0)
    for i in range(end - 1, start - 1, -1):
        if not pat.cjk.match(text[i]):
            start = i + 1
            break
    name = _trim_left(text[start:end], pat, keep=TOUR_NAME[0])
    if len(name) < TOUR_NAME[0] or not (dotted or pat.health.search(name)) or any(ch in name for ch in NOT_IN_NAME):
        return None
    return end - len(name), end


def _on_words(tokens: Sequence[Token], start: int, end: int, kind: int, res: Resources) -> tuple[int, int] | None:
    """The span ``start:end`` of a centre's name counted back in characters from its kind at
    ``kind``, set on jieba's words: a place it cuts in two is taken whole (日喀则 of 日喀则五县医疗服务中心,
    not 喀则), another word cut is left out, and so are the verbs, adverbs and other words that
    never open a name (``STOP_TAGS``: 成为 of 向成为西藏西部区域医疗服务中心迈进); None when no
    word is left before the kind.

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> text = "向成为西藏西部区域医疗服务中心迈进"
    >>> start, end = _on_words(res.tokens(text), 1, 15, 9, res)
    >>> text[start:end]
    '西藏西部区域医疗服务中心'
    """
    for word, a, b in tokens:
        if b <= start:
            continue
        if a >= kind:
            return None
        place = bool(res.gazetteer.lookup(word))
        if a < start and not place:
            continue  # a word the count of characters cut: not the name's
        if res.words.tag(word) not in STOP_TAGS or place:
            return a, end
    return None


def _cuts_time_word(tokens: Sequence[Token], end: int, res: Resources) -> bool:
    """True when a named day's match ending at ``end`` ends on a date word, not a day's name: inside
    a word (多家医院日 of 全国多家医院日前) or on a word of two characters or more that jieba tags a time
    (近日 of 第一人民医院近日, 今日); 世界人口日, 中国医师节 end on their own suffix.

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> [_cuts_time_word(res.tokens(t), n, res) for t, n in (("第一人民医院近日举办", 8), ("多家医院日前", 5),
    ...                                                  ("开展世界人口日宣传", 7))]
    [True, True, False]
    """
    ending = words_by_end(tokens).get(end)
    if ending is None:
        return True  # inside a word: the tokens cover the text, so every other end is some word's
    return len(ending[0]) > 1 and res.words.tag(ending[0]) == TIME_TAG


def _opens_with_determiner(name: str, tokens: Sequence[Token], start: int, res: Resources) -> bool:
    """True when ``name``, at ``start`` in the sentence of ``tokens``, opens with a word that points at
    a thing rather than names it: a deictic word (全市, 我省: ``deictic.tsv``) or one jieba tags a
    pronoun (该, 本, 各, 其): 该中心医疗服务项目, 全市卫生健康工作计划 are no names.

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> [_opens_with_determiner(t, res.tokens(t), 0, res) for t in ("该中心医疗服务项目", "全市卫生健康工作计划",
    ...                                                           "中医药振兴发展工程")]
    [True, True, False]
    """
    if res.lexicon.deictic_re.match(name):
        return True
    return any(a == start and res.words.tag(word) == PRONOUN_TAG for word, a, _ in tokens)


def _opens_with_verb(text: str, tokens: Sequence[Token], start: int, res: Resources) -> bool:
    """True when the word of ``text`` (its ``tokens``) at ``start`` is one jieba tags a verb (``VERB_TAGS``: 开启 of
    开启慢性病管理计划): a name that says what is done, a phrase, unless a place's name (the
    gazetteer's: 清镇), a name word or a medical system (``name_parts.tsv``: 蒙医 of 蒙医药…行动) opens it.

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> a, b = "开启慢性病管理计划", "蒙医药中医药服务能力提升行动"
    >>> _opens_with_verb(a, res.tokens(a), 0, res), _opens_with_verb(b, res.tokens(b), 0, res)
    (True, False)
    """
    lex = res.lexicon
    if text.startswith(lex.medical_systems, start):
        return False
    return any(a == start and plain_verb(word, res) for word, a, _ in tokens)


def _coined(core: str, res: Resources) -> bool:
    """Whether a short name's core (三强 of 三强工程) is a coined word: not a healthcare activity
    (义诊, 体检: ``health_terms.tsv`` strong), and none of its words is a common one, nor a verb,
    adverb, adjective or time (:data:`NOT_COINED_TAGS`).

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> _coined("三强", res), _coined("整治", res), _coined("三年", res), _coined("义诊", res)
    (True, False, False, False)
    """
    return not res.lexicon.health_strong_re.fullmatch(core) and \
        not any(res.words.is_common_non_place(w) or res.words.tag(w) in NOT_COINED_TAGS
                for w, _, _ in res.tokens(core))


def names_its_place(before: str, res: Resources) -> bool:
    """True when ``before``, the part of a name before a place in it, is the 健康 of a 健康<place>
    programme (健康四川, 健康·长春) or the 健康中国 of its national action's part (健康中国重庆行动): the
    programme is that place's own, so the name gives the place.

    >>> from kg.resources import load_resources
    >>> res = load_resources()
    >>> names_its_place("健康", res), names_its_place("健康·", res), names_its_place("健康中国", res)
    (True, True, True)
    >>> names_its_place("四川大学", res)
    False
    """
    head = before.rstrip(HEALTHY_DOT).removesuffix(NATION)
    return res.compiled(ProgrammePatterns).healthy_word.fullmatch(head) is not None


def _place_prefix(text: str, lengths: Iterable[int], pat: ProgrammePatterns) -> int | None:
    """The first of ``lengths`` at which ``text`` opens with a division's name or short form (海南省 of
    海南省“十四五”卫生健康规划, 青海 of 青海行动), else None: a plan's title standing as a line of its own
    names whose plan it is, a heading (推进医院发展规划) does not.

    >>> from kg.resources import load_resources
    >>> pat = load_resources().compiled(ProgrammePatterns)
    >>> _place_prefix("海南省“十四五”卫生健康规划", range(2, 9), pat), _place_prefix("推进医院发展规划", range(2, 9), pat)
    (2, None)
    """
    return next((n for n in lengths if len(text) >= n and any(text[:n] in names for names in pat.place_names)), None)


def abbreviates(short: str, name: str) -> bool:
    """True when ``short`` is a short form of the place ``name``: its first character, then
    characters of the rest of it in their order (杭后 of 杭锦后旗, 海口 of 海口市).

    >>> abbreviates("杭后", "杭锦后旗"), abbreviates("后杭", "杭锦后旗"), abbreviates("杭锦后旗", "杭锦后旗")
    (True, False, False)
    """
    if len(short) >= len(name) or short[:1] != name[:1]:
        return False
    rest = iter(name[1:])
    return all(ch in rest for ch in short[1:])


def _only_list_between(text: str, a: int, b: int) -> bool:
    between = text[a:b]
    return all(len(x) <= MAX_LIST_ITEM for x in between.split(LIST_COMMA)) and \
        not any(ch in between for ch in LIST_STOPPERS)


def _list_programs(text: str, end: int, add: Callable, pat: ProgrammePatterns, kinds_only: bool = False) -> None:
    """Unquoted items of a 、 list that ends in 等…项目 (红医进社区); with ``kinds_only``, only
    items that end in a programme word (春季爱国卫生月 in a list of 活动). An item that opens with a
    lead verb (通过资源共享, 打造科研平台 in a list of 举措) says what is done and names nothing."""
    def item_start(text: str, end: int) -> int | None:
        j = end
        while j > 0 and text[j - 1] not in LIST_ITEM_BREAKS:
            j -= 1
        item = text[j:end].strip(QUOTES)
        return j if item and len(item) <= MAX_LIST_ITEM else None

    for j, raw in list_items_left(text, end, item_start):
        item = raw.strip(QUOTES)
        if pat.plain_item.fullmatch(item) and (not kinds_only or pat.ends_kind.search(item)) \
                and not pat.lead.match(item):  # 通过资源共享, 打造科研平台: what is done, no name
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
