"""The vocabulary of the rules: the TSV tables of ``kg/data/lexicon/``, compiled once.

Each table has a header row and one entry per row; every row carries an ``example`` (a short
text in which the row must fire) and, where it matters, an ``expect`` (what it must produce):
``tests/test_lexicon.py`` runs them all. The tables are indexed by their ``role`` (or
``type``, ``kind``, ``relation``) column the way GATE indexes gazetteer lists by type, and
compiled into the patterns the rules share (Stanford TokensRegex calls them macros).

>>> lex = load_lexicon()
>>> lex.expansions["卫健委"], lex.suffix_type["医共体"]
('卫生健康委员会', 'Alliance')
>>> lex.suffix_re.search("二道区社区卫生服务中心").group()
'社区卫生服务中心'
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources as importlib_resources
from pathlib import Path

from .types import EntityType, Rel

LEXICON_DIR = importlib_resources.files("kg") / "data" / "lexicon"
#: the CJK unified ideographs (extension A and the basic block), as the inside of a regex class
CJK = "\u3400-\u9fff"
#: a byline is a reporter's title and at most 30 more characters (names, a date)
BYLINE_TAIL = 30
#: a Chinese personal name in a byline has 2 to 4 characters
NAME_LEN = (2, 4)

#: the regex of an empty word list: it never matches
NOTHING = "(?!)"
#: the name of a campus in brackets after its hospital (南区, 东湖院区) has at most this many characters before its word
MAX_CAMPUS_NAME = 4
#: the longest name of a department between its body and its department word (医政医管 of 卫健委医政医管处)
MAX_DEPARTMENT_NAME = 8
#: an abbreviation the text defines (（简称北医附医）) is 2 to 12 characters
ABBREVIATION = (2, 12)
#: the most characters between a designation's level and its kind of centre (国家|心血管病|医学中心)
MAX_DESIGNATION_CORE = 6
#: the most characters of the places between a party and its committee (新疆维吾尔自治区乌鲁木齐市 of 民盟…市委)
MAX_COMMITTEE_PLACE = 14
#: the most characters between those a body sends and what they say for it (有关领导首先介绍: 首先)
SPOKESPERSON_GAP = 2
#: the digits of a hospital's number written without 第 (市二院: 第二; never a count's 两, 多, 数)
ORDINAL_DIGITS = "一二三四五六七八九十"
#: the roles of the level words a relative name opens with (省人民医院, 自治区卫健委): any home place of
#: the level, or (``own_kind_level``) only one of that kind (自治区 in 内蒙古自治区, 州 in 延边朝鲜族自治州)
RELATIVE_LEVEL_ROLES = ("relative_level", "own_kind_level")
#: the roles of the programme words (``programmes.tsv``)
PROGRAMME_ROLES = ("kind", "description", "kind_end", "day_prefix", "day_suffix", "name_end", "list_end",
                   "list_quantifier", "list_modifier", "list_noun", "plain_quantifier", "plain_noun",
                   "pairing_cue", "pairing_kind", "pairing_follow", "healthy_prefix", "healthy_follow",
                   "construction", "construction_owner", "construction_noun", "class_lead", "lead_verb",
                   "date_char", "named", "designation_level", "designation",
                   "designation_owner", "plan_title_end", "notice_lead", "notice_end",
                   "abbreviation_pairing_kind", "pairing_field", "quoted_lead",
                   "hotline", "generic_end", "quoted_joiner", "named_variant", "place_model",
                   "common_phrase", "ordinal_suffix", "scheme_lead", "scheme_kind", "generic_stem", "healthy_lead",
                   "national_prefix", "held_designation", "tour_stop", "tour_follow",
                   "counterpart_giver", "counterpart_cue", "counterpart_taker", "defined_kind",
                   "centre_kind", "centre_generic", "scheme_title_end", "policy_lead", "policy_end",
                   "compass", "compass_centre", "pilot_lead", "pilot_kind", "pilot_holder",
                   "healthy_action", "national_action", "scheme_owner", "place_centre", "aid_sector", "aid_cue",
                   "verb_kind")

#: the values the columns of ``cues.tsv`` take (relations and types are those of kg.types)
CUE_SCOPES = ("clause", "sentence")
CUE_AGENTS = ("before", "after", "opening", "frame", "any", "speaker", "first", "partners", "listed", "pair", "site",
              "origin", "allied", "builder", "affiliate")
CUE_TARGETS = ("after_cue", "after_agent", "any", "next", "object")

#: every table and its columns, in order (the header row must be exactly this)
COLUMNS: dict[str, tuple[str, ...]] = {
    "suffixes": ("suffix", "type", "bare", "example", "expect"),
    "agencies": ("form", "kind", "full", "example", "expect"),
    "generic": ("word", "example", "expect"),
    "stopwords": ("word", "kind", "example", "expect"),
    "name_parts": ("part", "role", "example", "expect"),
    "cues": ("cue", "relation", "scope", "agent", "agent_types", "target", "target_types", "example", "expect"),
    "programmes": ("word", "role", "example", "expect"),
    "health_terms": ("term", "strength", "example", "expect"),
    "deictic": ("form", "refers", "role", "mention", "speaker", "district_cue", "example", "expect"),
    "places": ("word", "role", "value", "example", "expect"),
    "page_noise": ("pattern", "kind", "example", "expect"),
    "page_meta": ("pattern", "kind", "example", "expect"),
    "generic_names": ("pattern", "role", "example", "expect"),
}
#: the roles of ``generic_names.tsv``: the parts of a generic name (modifiers, then one head), the
#: level words a page-relative name starts with, and words that start with one without being one
GENERIC_NAME_ROLES = ("modifier", "head", "relative_level", "not_relative")


class LexiconError(ValueError):
    """A lexicon table is malformed; the message names the file and the line."""


@dataclass(frozen=True)
class Row:
    """One entry of a table: its values by column, and where it was read."""

    table: str
    line: int
    values: Mapping[str, str]

    def __getitem__(self, column: str) -> str:
        return self.values[column]

    @property
    def id(self) -> str:
        """``table:line``: a stable name for the row (used as a rule id)."""
        return f"{self.table}:{self.line}"


def read_tables(folder: Path | None = None) -> dict[str, tuple[Row, ...]]:
    """Read every table of ``folder`` (default: the shipped lexicon)."""
    base = folder if folder is not None else LEXICON_DIR
    tables: dict[str, tuple[Row, ...]] = {}
    for name, columns in COLUMNS.items():
        path = base / f"{name}.tsv"
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
            header = tuple(next(reader, ()))
            if header != columns:
                raise LexiconError(f"{path}: header must be {' '.join(columns)} (found {' '.join(header)})")
            rows = []
            for line, values in enumerate(reader, start=2):
                if len(values) != len(columns):
                    raise LexiconError(f"{path}:{line}: {len(values)} columns, expected {len(columns)}")
                if not values[-2]:
                    raise LexiconError(f"{path}:{line}: every row needs an example")
                rows.append(Row(name, line, dict(zip(columns, values))))
        tables[name] = tuple(rows)
    return tables


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first, so that a match is the longest one
    starting at its position (``对口帮扶`` before ``帮扶``).

    >>> alternation(["帮扶", "对口帮扶"]), alternation([])
    ('对口帮扶|帮扶', '(?!)')
    """
    unique = dict.fromkeys(words)
    return "|".join(re.escape(w) for w in sorted(unique, key=lambda w: -len(w))) or NOTHING


def char_class(chars: Iterable[str]) -> str:
    """The regex class of single characters (``[一二三]``)."""
    return "[" + "".join(re.escape(c) for c in dict.fromkeys(chars)) + "]"


@dataclass(frozen=True)
class CueRule:
    """A row of ``cues.tsv``: a word that states a relation between the entities around it.

    ``scope`` is the clause or the sentence of the cue; ``agent`` says where the head is
    (``before`` or right ``after`` the cue; the body ``opening`` the sentence; inside a passive ``frame``
    在 X 指导下; ``any`` actor of the scope; the page's ``speaker``; the hospital a sentence
    opens with, ``first``; two groups joined by 与, ``partners``; both of the ``pair`` A与B named
    last before the cue; the hospital whose ``site`` the cue gives, 位于; the hospitals after the place a cue says they are
    from, ``origin``, 来自X的A、B; the place that opens a partner of A与B before the cue, whose object it
    locates, ``builder``: 肥西县与A医院共建X, X in 肥西县; the hospitals before the bodies written right before
    the cue, ``affiliate``: A成为B大学直属附属医院, A partOf B大学); ``target`` which targets in the scope are its tails (``after_cue``,
    ``after_agent``, ``any``, the ``next`` one after the cue, its ``object`` right after it).
    """

    id: str
    cue: str
    relation: str
    scope: str
    agent: str
    agent_types: frozenset[str]
    target: str
    target_types: frozenset[str]


class Lexicon:
    """The tables and the patterns compiled from them (the rules' named macros); built once,
    never changed."""

    def __init__(self, tables: Mapping[str, tuple[Row, ...]]):
        self.tables = tables
        w = self.words
        # institutions
        suffixes = self.tables["suffixes"]
        self.suffix_type = {r["suffix"]: r["type"] for r in suffixes}
        self.suffix_re = re.compile(alternation(r["suffix"] for r in suffixes))
        self.suffix_end_re = re.compile(f"(?:{alternation(r['suffix'] for r in suffixes)})$")
        self.bare_home = frozenset(w("suffixes", "bare", "home"))
        self.bare_self = frozenset(w("suffixes", "bare", "self"))
        # suffixes that name an alliance only after an institution's own name (国泰医院体系, not 医疗卫生体系)
        self.led_suffixes = frozenset(w("suffixes", "bare", "led"))
        modifiers = alternation(w("name_parts", "role", "suffix_modifier"))
        self.type_suffix_re = {
            typ: re.compile(f"(?:{modifiers})?(?:{alternation(r['suffix'] for r in suffixes if r['type'] == typ)})$")
            for typ in dict.fromkeys(r["type"] for r in suffixes)}
        agencies = self.tables["agencies"]
        self.expansions = {r["form"]: r["full"] for r in sorted(agencies, key=lambda r: -len(r["form"]))
                                  if r["kind"] == "expansion"}
        #: the official kinds of government bodies (卫生健康委员会, 医疗保障局): the full forms of the expansions
        self.body_kinds = frozenset(r["full"] for r in agencies if r["kind"] == "expansion")
        self.gov_forms = {r["form"]: r["full"] for r in agencies if r["kind"] == "template"}
        party = w("agencies", "kind", "party")
        self.party_forms = frozenset(k for k, v in self.gov_forms.items() if v.startswith(party))
        levels = {r["word"]: r["value"] for r in self.tables["places"] if r["role"] in RELATIVE_LEVEL_ROLES}
        self.level_of = levels
        self.level_re = re.compile(alternation(levels))
        self.own_kind_levels = frozenset(w("places", "role", "own_kind_level"))
        self.gov_re = re.compile(
            f"({alternation(party)})?({alternation(levels)})"
            f"({alternation(self.gov_forms)})(?!{alternation(w('agencies', 'kind', 'blocker'))})")
        #: a party's committee of a place, written party, place, committee (农工党广东省委会, 九三学社内蒙古
        #: 自治区委员会): the party's full name by each form it is written in, and the committee's kinds
        self.party_committees = {r["form"]: r["full"] for r in agencies if r["kind"] == "party_committee"}
        self.party_committee_re = re.compile(
            f"({alternation(self.party_committees)})(\\w{{2,{MAX_COMMITTEE_PLACE}}}?)"
            f"({alternation(w('agencies', 'kind', 'committee'))})(?!{alternation(w('agencies', 'kind', 'blocker'))})")
        #: what closes a list of those attending (市卫健委、县人民医院相关负责人): the bodies in it attend, no actors
        self.attendance_tail_re = re.compile(alternation(w("name_parts", "role", "attendance_tail")))
        #: what a person named after their hospital does only as one attending (出席, 当选, 担任): no act of the hospital
        self.attendance_verb_re = re.compile(alternation(w("name_parts", "role", "attendance_verb")))
        #: what a body's official says for it (有关负责人表示, 有关领导首先介绍) or leads others in for it
        #: (院长王强率队, 携该院专家来到: ``lead_verb``): a spokesperson, the body acts
        self.spokesperson_re = re.compile(
            f".{{0,{SPOKESPERSON_GAP}}}?(?:{alternation(w('name_parts', 'role', 'spokesperson_verb') + w('name_parts', 'role', 'lead_verb'))})")
        #: what a page does to a body's decisions (贯彻, 落实): the body written after it is their author, no actor
        self.policy_cue_re = re.compile(f"(?:{alternation(w('agencies', 'kind', 'policy_cue'))})好?$")
        self.generic = frozenset(w("generic"))
        self.stop_words = frozenset(w("stopwords", "kind", "word"))
        self.stop_chars = frozenset(w("stopwords", "kind", "char"))
        self.stop_starts = tuple(w("stopwords", "kind", "start"))
        self.titles = frozenset(w("name_parts", "role", "title"))
        self.body_ends = w("name_parts", "role", "body_end")
        self.not_inside = w("name_parts", "role", "not_inside")
        self.region_ends = frozenset(w("name_parts", "role", "region_end"))
        #: what a hospital's specialty ends with (儿科, 肿瘤科): specialties joined by 和 name an alliance each
        self.specialty_ends = tuple(w("name_parts", "role", "specialty_end"))
        #: medical systems an alliance list's shared lead may carry (中医 of 青海省中医肺病、妇科专科联盟), longest first
        self.medical_systems = tuple(sorted(w("name_parts", "role", "medical_system"), key=len, reverse=True))
        self.never_inside = frozenset(w("stopwords", "kind", "inside"))
        #: a title a hospital holds, written after its name: a level, a few characters, a kind of centre
        #: (…医院国家心血管病医学中心, …医院区域医疗中心)
        self.designation_re = re.compile(
            f"(?:{alternation(w('name_parts', 'role', 'designation_level'))})"
            f"[^院\\W\\d]{{0,{MAX_DESIGNATION_CORE}}}?(?:{alternation(w('name_parts', 'role', 'designation'))})$")
        self.subunits = w("name_parts", "role", "subunit")
        offices = w("name_parts", "role", "office")
        named_departments = w("name_parts", "role", "department")
        #: a department written after its body (卫健委医政处, 国家卫健委办公厅); only an office may go unnamed
        self.department_re = re.compile(
            rf"[\u3400-\u9fff]{{0,{MAX_DEPARTMENT_NAME}}}?(?:{alternation((*offices, *named_departments))})")
        #: the departments a hospital names as bodies of its own (…医院后勤保障处, …医院运营管理办公室)
        self.offices = frozenset(offices)
        self.departments = frozenset(named_departments)
        self.hospital_departments = frozenset(w("name_parts", "role", "hospital_department")) | frozenset(offices)
        self.campuses = frozenset(w("name_parts", "role", "campus"))
        #: a campus word that, after a short name of its own alone (东大街院区, 溪美分院), names a
        #: campus of the hospital the page names before it
        self.bare_campuses = tuple(w("name_parts", "role", "bare_campus"))
        #: a generic word that names a campus after its hospital's name (…医院中心院区: the central campus)
        self.campus_names = tuple(w("name_parts", "role", "campus_name"))
        self.joint_kinds = tuple(w("name_parts", "role", "joint_kind"))
        #: a campus written right after its hospital's name with no name of its own (…医院东院, …医院新院)
        self.campus_after_re = re.compile(alternation(w("name_parts", "role", "campus_after")))
        self.campus_paren_re = re.compile(
            rf"[（(]([\u3400-\u9fff]{{1,{MAX_CAMPUS_NAME}}}(?:{alternation(self.campuses | set(w('name_parts', 'role', 'campus_bracketed')))}))[)）]")
        self.abbreviation_re = re.compile(
            rf"[（(]\s*(?:{alternation(w('name_parts', 'role', 'abbreviation'))})[：:]?\s*[“\"「‘]?"
            rf"(?P<short>[^”\"」’（）()，,。、；;\s]{{{ABBREVIATION[0]},{ABBREVIATION[1]}}})[”\"」’]?\s*[）)]")
        self.former_name_re = re.compile(alternation(w("name_parts", "role", "former_name")))
        self.branch_takeovers = frozenset(w("name_parts", "role", "branch_takeover"))
        self.unveiled_at_re = re.compile(alternation(w("name_parts", "role", "unveiled_at")))
        self.not_after_re = re.compile(alternation(w("name_parts", "role", "not_after")))
        self.owner_re = re.compile(alternation(w("name_parts", "role", "owner")))
        self.grades = frozenset(w("name_parts", "role", "grade"))
        self.name_words = frozenset(w("name_parts", "role", "name_word"))
        #: words jieba calls verbs that only an alliance's name uses (肺癌防治联盟, 创伤救治联盟): they carry
        #: the walk left from an alliance's kind on, never start its name, and are no name words elsewhere
        self.alliance_words = frozenset(w("name_parts", "role", "alliance_word"))
        #: verbs a working group's name holds as its remit (深化 of …深化医药卫生体制改革领导小组), and the
        #: kinds of working group (suffixes) whose names they may be part of
        self.group_words = frozenset(w("name_parts", "role", "group_word"))
        self.group_kinds = frozenset(w("name_parts", "role", "group_kind"))
        #: kinds of institution no branch is named after (社区卫生服务中心, 卫生院): written twice in one run of
        #: text, they end two names (a directory's cells glued: 六里屯社区卫生服务中心八里庄社区卫生服务中心)
        self.unbranched_kinds = frozenset(w("name_parts", "role", "unbranched_kind"))
        self.role_ends = w("name_parts", "role", "role_end")
        self.place_blockers = w("name_parts", "role", "place_blocker")
        #: a team whose name may go on over where it is stationed (驻凌云县工作队) or a quoted word
        self.team_kinds = frozenset(w("name_parts", "role", "team_kind"))
        self.stationed = w("name_parts", "role", "stationed")
        #: a branch named by its parent and a place (中国联通西藏自治区分公司)
        self.branches = w("name_parts", "role", "branch")
        #: words a name may leave out and still name the same institution (附属, 综合)
        self.optional_infixes = w("name_parts", "role", "optional_infix")
        #: what says whose a hospital is after a university's name (附属, 附设)
        self.affiliations = frozenset(w("name_parts", "role", "affiliation"))
        #: what says a hospital is a university's affiliated hospital, not another one (是, 成为: 甲医院是滨江大学附属医院)
        self.status_copulas = tuple(w("name_parts", "role", "status_copula"))
        #: what stands between two names of one hospital written one after the other (暨, /)
        self.second_name_joiners = frozenset(w("name_parts", "role", "second_name_joiner"))
        #: a word that opens a bracket holding an institution's present name (甲医院（现乙医院）)
        self.second_name_leads = tuple(sorted(w("name_parts", "role", "second_name_lead"), key=len, reverse=True))
        self.title_re = re.compile(alternation(w("name_parts", "role", "title")))
        #: a title of a hospital's staff (副院长, 医生, 护士长, 教授, 队员) or an official's, written after a
        #: hospital before a person's name: the hospital is named only as where that person works
        self.staff_title_re = re.compile(alternation(w("name_parts", "role", "staff_title") + w("name_parts", "role", "title")))
        self.kinds = frozenset(w("name_parts", "role", "kind"))
        self.common_alliance_kinds = frozenset(w("name_parts", "role", "common_kind"))
        #: the model alliance a national reform names (紧密型县域医共体): written alone, the page's alliance
        #: of that model, though its kind is a common noun (``common_kind``)
        self.model_alliances = frozenset(w("name_parts", "role", "model_alliance"))
        self.place_groupings = tuple(w("name_parts", "role", "place_grouping"))
        self.numerals = frozenset(w("name_parts", "role", "numeral"))
        numerals = char_class(w("name_parts", "role", "numeral"))[1:-1]
        #: the classifiers of a count (家, 所, 处, 间: 6处卫生所), no part of a name after a number
        self.classifiers = frozenset(w("name_parts", "role", "classifier"))
        classifiers = alternation(w("name_parts", "role", "classifier"))
        ordinal = alternation(w("name_parts", "role", "ordinal"))
        self.ordinal_re = re.compile(rf"^(?:{ordinal})[{numerals}\d]+$")
        self.count_before_re = re.compile(rf"[\d{numerals}]+\s*(?:{classifiers})*$")
        #: a university's or college's name before the affiliation of its hospital (温州医科大学 of 温州医科大学附属第二医院)
        self.university_head_re = re.compile(rf"(.+?(?:{alternation(self.place_blockers)}))(?:{alternation(self.affiliations)})")
        #: the kinds of a place's numbered hospital (人民医院, 医院, 院 written short for either)
        self.numbered_kinds = frozenset(w("name_parts", "role", "numbered_kind"))
        #: a place's numbered hospital written short after a relative level, without 第 (市二院, 县一医院)
        self.numbered_place_re = re.compile(
            rf"(?P<level>{alternation(self.level_of)})(?P<number>[{ORDINAL_DIGITS}]{{1,2}})"
            rf"(?P<kind>{alternation(sorted(self.numbered_kinds))})")
        # a count (两家, 5个) or a rank (第一所) names no institution; a batch (第十批援疆工作队) is part of a name
        not_ordinal = "".join(f"(?<!{re.escape(o)})" for o in w("name_parts", "role", "ordinal"))
        #: classifiers of a batch (第十批援疆工作队): after an ordinal, part of a name
        self.batches = frozenset(w("name_parts", "role", "batch"))
        ranks = alternation([c for c in w("name_parts", "role", "classifier") if c not in self.batches])
        self.count_in_re = re.compile(rf"(?<![\d{numerals}]){not_ordinal}[\d{numerals}]+(?:{classifiers})"
                                      rf"|(?:{ordinal})[\d{numerals}]+(?:{ranks})")
        # places, deictic words and bare references
        self.ethnic = alternation(w("places", "role", "ethnic"))
        self.autonomous = {r["word"]: r["value"] for r in self.tables["places"] if r["role"] == "autonomous"}
        #: what an autonomous division's full name adds before the level its short form keeps
        #: (回族自治 of 临夏回族自治州, short 临夏州; 土家族苗族自治 of 恩施土家族苗族自治州)
        self.autonomy_re = re.compile(f"(?:{self.ethnic})+(?:{alternation(a[:-len(v)] for a, v in self.autonomous.items() if v)})")
        self.division_suffixes = tuple(sorted(w("places", "role", "division_suffix"), key=lambda s: -len(s)))
        self.level_after = frozenset(w("places", "role", "level_after"))
        #: common words a level character opens (乡村, 区域): after a short form, no level of it
        self.level_words = tuple(w("places", "role", "level_word"))
        self.zone_after = tuple(w("places", "role", "zone_after"))
        self.street_after = tuple(w("places", "role", "street_after"))
        #: the kinds of zone pages shorten (高新技术产业开发区 -> 高新区), longest first
        self.zone_shorts = tuple(sorted(((r["word"], r["value"]) for r in self.tables["places"] if r["role"] == "zone_short"),
                                        key=lambda kv: -len(kv[0])))
        #: a banner's wing and its short form (左翼 -> 左: 科尔沁左翼中旗, 科左中旗)
        self.wings = {r["word"]: r["value"] for r in self.tables["places"] if r["role"] == "wing"}
        #: the kinds of zone a page names after its city, listed by the gazetteer or not (长春新区, 成都高新区)
        self.zone_kinds = tuple(sorted(w("places", "role", "zone_kind"), key=len, reverse=True))
        #: the kinds of zone a page names by the zone's own name alone, no place before it (东津新区, 黄果树旅游区)
        self.zone_owns = tuple(w("places", "role", "zone_own"))
        self.town_before = tuple(w("places", "role", "town_before"))
        self.run_by = tuple(w("places", "role", "run_by"))
        self.media_after = tuple(w("places", "role", "media_after"))
        self.name_levels = frozenset(w("places", "role", "name_level"))
        #: names counted only right after another place: a common word for part of a site (南区 of
        #: 医院(南区)) and a county's short form that is a common word of health news (惠民 of 医疗惠民)
        self.bound_places = frozenset(w("places", "role", "bound_name")) | frozenset(w("places", "role", "common_short"))
        self.former_suffixes = tuple((r["word"], r["value"]) for r in self.tables["places"] if r["role"] == "former")
        #: the one-character abbreviation of a province and its official name (沪: 上海市), as pairings write them (沪滇协作)
        self.province_abbreviations = {r["word"]: r["value"] for r in self.tables["places"] if r["role"] == "province_abbreviation"}
        #: the abbreviations a pairing may name its places by: the provinces' and some cities' (昆: 昆明市, of 京昆医疗合作)
        self.city_abbreviations = {r["word"]: r["value"] for r in self.tables["places"] if r["role"] == "city_abbreviation"}
        self.pairing_abbreviations = {**self.province_abbreviations, **self.city_abbreviations}
        deictic = self.tables["deictic"]
        self.deictic_level = {r["form"]: r["refers"] for r in deictic if r["role"] == "deictic"}
        self.deictic_re = re.compile(alternation(self.deictic_level))
        self.contextual_prefixes = frozenset(levels) | {r["form"][0] for r in deictic if r["role"] == "deictic"} \
            | {r["form"] for r in deictic if r["role"] == "determiner"}
        self.speaker_level = {r["form"]: r["refers"] for r in deictic if r["speaker"] == "yes"}
        self.district_cue_re = re.compile(alternation(r["form"] for r in deictic if r["district_cue"] == "yes"))
        anaphors = [r for r in deictic if r["role"] == "anaphor"]
        page_suffixes = w("suffixes", "bare", "page")
        # the kinds of alliance a page may write bare (医联体, 医共体): after another alliance's suffix
        # (肿瘤专科联盟医联体) such a kind names no alliance of its own
        self.alliance_kinds = frozenset(page_suffixes)
        self.bare_alliance_re = re.compile(
            "|".join([alternation(page_suffixes)] + [f"(?<={re.escape(r['form'][:-len(r['mention'])])})"
                                                      f"{re.escape(r['mention'])}" for r in anaphors]))
        # programmes
        p = lambda role: w("programmes", "role", role)  # noqa: E731
        unknown = {r["role"] for r in self.tables["programmes"]} - set(PROGRAMME_ROLES)
        if unknown:
            raise LexiconError(f"programmes.tsv: unknown role {', '.join(sorted(unknown))}")
        self.programme = {role: alternation(p(role)) for role in PROGRAMME_ROLES}
        # the abbreviations a pairing names its places by are the places table's (沪滇协作: 沪, 滇)
        self.programme["province_abbreviation"] = alternation(self.province_abbreviations)
        self.programme["city_abbreviation"] = alternation(self.city_abbreviations)
        #: a scheme ``programmes.tsv`` names at the end of a span, after the level that awards it or
        #: nothing (国家级爱婴医院, 中医特色重点医院): a title a hospital earns, not a hospital's name
        self.titled_scheme_re = re.compile(f"(?:{self.programme['designation_level']})?级?"
                                           f"(?P<scheme>{self.programme['named']})$")
        self.date_chars = "".join(p("date_char"))
        # relations
        self.cues = tuple(_cue_rule(r) for r in self.tables["cues"])
        # page furniture (read by normalise): ``pattern`` is a regular expression
        noise = lambda kind: "|".join(w("page_noise", "kind", kind)) or NOTHING  # noqa: E731
        self.noise_line_re = re.compile(f"^(?:{noise('noise_line')}|{noise('footer')})")
        self.footer_re = re.compile(f"^(?:{noise('footer')})")
        self.trailer_re = re.compile(rf"^(?:{noise('trailer')})\s*$")
        self.byline_re = re.compile(rf"^(?:□\s*)?(?:{noise('byline')})[\s\S]{{0,{BYLINE_TAIL}}}$|"
                                           rf"^[{CJK}·]{{{NAME_LEN[0]},{NAME_LEN[1]}}}"
                                           rf"(?:\s+[{CJK}·]{{{NAME_LEN[0]},{NAME_LEN[1]}}})*\s+(?:{noise('byline')})"
                                           rf"[\s\S]{{0,{BYLINE_TAIL}}}$")
        self.story_start_re = re.compile(f"^(?:{noise('story_start')})")
        # a page's title and date (read by normalise): ``pattern`` is a regular expression
        meta = lambda kind: "|".join(w("page_meta", "kind", kind)) or NOTHING  # noqa: E731
        self.site_suffix_re = re.compile(rf"\s*[-_|｜–—]+\s*[^\s\-_|｜]{{0,10}}(?:{meta('site_suffix')})\s*$")
        self.breadcrumb_re = re.compile(f"(?:{meta('breadcrumb')})")
        self.furniture_re = re.compile(f"(?:{meta('furniture')})")
        self.masthead_end_re = re.compile(f"^(?:{meta('masthead_end')})\\s*$")
        self.column_re = re.compile(f"^(?:{meta('column')})\\s*$")
        self.list_item_re = re.compile(f"^(?:{meta('list_item')})")
        self.series_re = re.compile(f"(?:{meta('series')})$")
        self.title_tail_re = re.compile(rf"(?:{meta('title_tail')})\s*$")
        # the label may be followed by a table cell's border (名 称: | 某某方案 |)
        self.title_label_re = re.compile(rf"^(?:{meta('title_label')})\s*[:：][\s|｜]*")
        #: a date's label (日期, 时间); one naming the page's publication (发布日期, 发布于: ``publish_label``)
        #: is one too, and comes before the others (公开日期, 生效日期)
        self.date_label_re = re.compile(rf"(?:{meta('date_label')}|{meta('publish_label')})\s*[:：]?\s*$")
        self.publish_label_re = re.compile(rf"(?:{meta('publish_label')})\s*[:：]?\s*$")
        self.today_label_re = re.compile(rf"(?:{meta('today_label')})\s*[:：]?\s*$")
        # names that name one institution per place and nothing by themselves (read by resolve):
        # modifiers, then one head (第一人民医院, 疾病预防控制中心); ``pattern`` is a regular expression
        unknown = {r["role"] for r in self.tables["generic_names"]} - set(GENERIC_NAME_ROLES)
        if unknown:
            raise LexiconError(f"generic_names.tsv: unknown role {', '.join(sorted(unknown))}")
        part = lambda role: "|".join(w("generic_names", "role", role)) or NOTHING  # noqa: E731
        self.generic_name_re = re.compile(f"(?:{part('modifier')})*(?:{part('head')})")
        self.page_levels = tuple(sorted(w("generic_names", "role", "relative_level"), key=len, reverse=True))
        self.not_page_levels = w("generic_names", "role", "not_relative")
        # healthcare terms (also read by normalise)
        self.health_strong_re = re.compile(alternation(w("health_terms", "strength", "strong")))
        self.health_weak_re = re.compile(alternation(w("health_terms", "strength", "weak")))

    def words(self, table: str, column: str | None = None, value: str | None = None) -> tuple[str, ...]:
        """The first column of the rows of ``table`` (those whose ``column`` is ``value``), in
        table order."""
        first = COLUMNS[table][0]
        return tuple(r[first] for r in self.tables[table] if column is None or r[column] == value)


def _cue_rule(r: Row) -> CueRule:
    allowed = {"relation": tuple(Rel), "scope": CUE_SCOPES, "agent": CUE_AGENTS, "target": CUE_TARGETS}
    for column, values in allowed.items():
        if r[column] not in values:
            raise LexiconError(f"cues.tsv:{r.line}: {column} must be one of {', '.join(values)} (found {r[column]!r})")
    types = {column: frozenset(r[column].split("|")) for column in ("agent_types", "target_types")}
    for column, found in types.items():
        if not found <= set(EntityType):
            raise LexiconError(f"cues.tsv:{r.line}: {column} must be entity types (found {r[column]!r})")
    return CueRule(f"cue:{r['cue']}/{r['agent']}", r["cue"], Rel(r["relation"]), r["scope"], r["agent"],
                   types["agent_types"], r["target"], types["target_types"])


def load_lexicon(folder: Path | None = None) -> Lexicon:
    """Read and compile the tables of ``folder`` (default: the shipped lexicon)."""
    return Lexicon(read_tables(folder))


@cache
def shipped_lexicon() -> Lexicon:
    """The shipped lexicon, read once per process (normalise and :func:`kg.resources.load_resources`
    share it)."""
    return load_lexicon()
