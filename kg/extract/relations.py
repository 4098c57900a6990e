"""Relations stated by a sentence: one engine over the cue table (``cues.tsv``), then the
participation rule.

Each cue row names a relation, its scope (the cue's clause or the whole sentence), where the
agent (head) is, and which targets (tails) of the scope it links: those ``after_cue``,
``after_agent`` or ``any``. Agents:

* ``before``: 吉林大学第一医院 **牵头** 成立心血管专科联盟 (at most three agents);
* ``after``: the actor right after the cue, 联盟的 **牵头单位** 吉林大学第一医院;
* ``opening``: a body that opens the sentence and **启动** a programme leads it;
* ``frame``: the passive frame 在 X **指导** 下 (the cue is written 在…指导下);
* ``any``: every actor of the sentence **加入** every alliance it names;
* ``speaker``: the page's own place (it says 我区, 全市) when the sentence names no actor;
* ``first``: the hospital a sentence (or clause) opens with **对口帮扶** the other hospitals of
  the cue's clause (a hospital whose 专家/医疗队 the clause names is the agent instead);
* ``listed``: a list heading that names a programme (…建设项目单位名单): every institution
  that a later line of the page names alone (柳州市妇幼保健院, one per line) takes part in it,
  until a line that is neither such an item nor a short heading ((一)产科(2个):);
* ``pair``: both institutions of the pair A与B named last in the clause before the cue's
  (吉林大学第一医院与敦化市人民政府举行签约仪式，**合作共建**
  敦化医院: the two partners build it together);
* ``partners``: two groups joined by 与/和/同 in the cue's clause, 吉林大学第二医院 **与** 延边朝医医院
  **签约** (A、B两家医院与C、D建立对口帮扶关系: every pair of the two groups); the senior of a pair
  (the one named after the larger division, or after none) is the head, the first group on a tie.
* ``allied``: the institutions after the 联合 that opens the cue's clause or the clause before
  (由X牵头，联合A、B、C，**共同组建** Y联盟: A, B and C are its members);
* ``site``: the hospital named last before the cue in its clause (else the one its sentence opens
  with, when the clause names no actor before the cue) is in the last place of the chain of
  places right after the cue (X医院位于拉萨市堆龙德庆区乃琼镇: in 乃琼镇); a hospital after the
  chain's 的 is instead (位于柳南区和平路的工人医院), and anything else after it leaves no hospital there
  (专家来到位于二道区的社区).
* ``origin``: the hospitals after the 的 of the chain of places right after the cue, and the rest of
  their list, are in its last place (来自上海的长海医院、东方肝胆外科医院: both in 上海市); nothing
  before the cue is (单位来自上海).

Rows of the same relation, scope, agent and target form one rule; its cues are matched
leftmost-longest, and the rule's id is the cue row (``cue:牵头/before``). ``leads`` rules run
first: an agent that leads something is not also a member or participant of it.
Co-occurrence alone never makes a relation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..lexicon import CueRule, alternation
from ..resources import Resources
from ..types import PLACE_TYPES, EntityType, Rel, entity_key
from .spans import CLAUSE_BREAKS, CLOSE_QUOTES, LIST_COMMA, OPEN_QUOTES, clauses
from .state import DocState, Occurrence, SentenceFacts

#: entity types that act in a sentence (hold, join, support, take part)
ACTORS = frozenset({EntityType.HOSPITAL, EntityType.CITY, EntityType.DISTRICT, EntityType.ORGANIZATION})
#: a leads cue credits at most the last three agents before it (吉大一院、吉大二院、省人民医院牵头)
MAX_AGENTS_BEFORE_CUE = 3
#: a body "opens" a sentence when it starts within its first eight characters (市卫健委近日启动 …)
OPENING_MAX_OFFSET = 8
#: a dateline and a date a news sentence may open with before its subject (本报讯（记者 王振宇）
#: 12月21日至22日，山东省立医院…; 2017年6月30日，兰州大学第一医院…): the opening is counted after them
LEADING_DATE = re.compile(r"(?:本报讯|[^，。,]{0,12}(?:日|讯)电)?\s*(?:[（(][^）)]{0,20}[)）])?\s*"
                          r"(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}[日号])?(?:[至到-]\d{1,2}[日号])?"
                          r"(?:上午|下午|晚上|晚间|晚|早上)?\s*[，,]?")
#: a city or district named this close to its clause's start is its subject (长春市推进 …)
PLACE_SUBJECT_OFFSET = 2
#: a place after this word is where something happens, not who does it
LOCATIVE = "在"
#: between a place and a programme built there (在新乡、信阳**布局建设5个**省区域医疗中心): more places
#: of a list, then a build verb and a short quantity or quote; a place written so takes part in it
HOST_VERBS = ("建设", "建成", "布局", "设立", "打造", "创建", "建立", "启动", "实施", "开展", "试点")
HOSTED_BEFORE = re.compile(rf"(?:[、，,和及与][\u4e00-\u9fff]{{1,8}})*(?:{'|'.join(HOST_VERBS)})"
                           r"(?:[\u4e00-\u9fff]{0,2}?)(?:[\d一二三四五六七八九十两多]+[个家所批项])?(?:国家级)?[“‘「]?")
#: a verb that names the place it acts on as the host (推动荆州建成…, 支持武汉建设…): right before the place
HOST_VERB_BEFORE = re.compile(r"(?:推动|支持|推进|助力|争取|鼓励)$")
HOST_VERB_REACH = 2
#: between a programme and the place it lands in (国家区域医疗中心**落户**咸宁, 项目**在**七台河**落地** is
#: the other order): a closing quote, 项目, then a landing verb
HOSTED_AFTER = re.compile(r"[”’」]?(?:项目|建设项目)?(?:正式|成功|顺利)?(?:落户|落地|花落|落子|选址|建在|设在|布局在?)(?:于|在|到)?")
#: the marks that join the items of a list, of places (辽源市、通化市和白山市: all are the subject when the
#: first is) or of institutions (A、B和C已落户大兴区: a site written once for them all)
LIST_JOINS = LIST_COMMA + "和及"
#: the rule id of a place written once before a list of hospitals (:func:`_written_place`)
WRITTEN_PLACE_RULE = "list:written-place"
#: a support cue links two or three hospitals; more is a list, not a pair, unless all but the
#: agent are the cue's objects (A托管了B、C、D)
SUPPORT_GROUP = (2, 3)
#: the agent slot of a frame cue (在…指导下) and how long the agent may be: a list of bodies
#: (由吉林大学第一医院、吉林大学第二医院牵头), never across a clause
FRAME_SLOT = "…"
MAX_FRAME_AGENT = 60
FRAME_AGENT_CHAR = r"[^，。；：,;:]"
#: a hospital followed by its experts or team (北京积水潭医院骨科专家) is the one that sends them
SENDER = re.compile(r"[^，。；、与和]{0,6}?(?:专家|医生|医疗队|团队)")
#: where a reporter learnt the news (记者从丹棱县卫生健康局获悉): a source, not an actor of the sentence
NEWS_SOURCE = re.compile(r"从([^，。；,;]{2,40}?)(?:获悉|了解到|得知)")
#: an ``object`` target starts this close after its cue (共建了X医院)
OBJECT_GAP = 1
#: the conjunctions that join the two groups of a ``partners`` cue, as words of their own (not
#: the 与 of 参与, the 同 of 共同, the 和 of 和谐)
PARTNER_JOINS = "与和同"
#: a clause whose 与 comes this close after its start (先后与, 分别与) has its subject in an earlier
#: clause or sentence (:func:`_carried_partner`)
MAX_CARRIED_GAP = 4
#: cues that name an agreement, not help: between two groups of several (A、B与C、D签署协议) they
#: state an exchange, and only a help cue (A、B与C、D建立对口帮扶关系) links every pair
AGREEMENT_CUES = frozenset({"签约", "签署", "签订", "合作", "协作", "结对"})
#: pairs the items of two lists in order (A、B分别与C、D签约: A with C, B with D; 甲医院、乙医院分别增挂牌
#: “丙医院”、“丁医院”: 丙 is 甲's)
RESPECTIVELY = "分别"
#: help verbs whose object, in a ``partners`` cue's clause, is the partner helped whatever the
#: seniority (A分别与B、C签订关于**支援**A建设发展协议书: B and C support A)
HELPED = re.compile(r"(?:对口支援|对口帮扶|支援|帮扶|托管|援助)$")
#: words that refer back to the hospital named last before their clause (天津港口医院…,总医院专家到
#: **该院**坐诊) and to the pair named last (A与B签约…**双方**建立协作关系)
HOSPITAL_ANAPHORS = ("该医院", "该院")
#: a hospital anaphor, not 该院区 (a campus)
HOSPITAL_ANAPHOR = re.compile(f"(?:{alternation(HOSPITAL_ANAPHORS)})(?!区)")
#: inside a quotation, the first person of the hospital it is said by: the actor named last
#: before it opens, else the one that opens the sentence before (X医院院长说…。“我们托管了A…”)
QUOTED_SELF = ("我们", "我院")
QUOTED_SELF_WORD = re.compile(alternation(QUOTED_SELF))
#: outside quotations, 我院 is the hospital whose site the page is (:func:`_publisher`), named
#: by a welcome in the page's first sentences
OWN_HOSPITAL = "我院"
WELCOME = re.compile(r"欢迎您?(?:访问|来到|光临)")
MASTHEAD_SENTENCES = 3
#: a sentence of a hospital's own introduction that opens with the bare word for it (医院始建于…;
#: 医院先后获评…; 我院是…挂靠单位): the hospital the page is about (:func:`_page_hospital`)
SELF_OPENING = re.compile(r"(?:医院|我院|本院)(?![区部])")
#: a page introduces its hospital when at least this many of its sentences open with the bare word
MIN_SELF_OPENINGS = 2
#: words that refer back to the programme named last (…推动「偏乡区域联防照护模式」。**该计划**联合A、B医院)
PROGRAMME_ANAPHOR = re.compile(r"(?:该|此|这一)(?:计划|项目|工程|行动|模式)")
#: words that refer back to the alliance of that kind named last (…共同为南京都市圈淋巴结结核专科联盟揭牌，
#: A成为**该联盟**理事长单位: not 南京都市圈, a grouping of another kind)
ALLIANCE_ANAPHOR = re.compile(r"(?:该|此|这一)(联盟|集团|医联体|医共体|联合体)")
PAIR_ANAPHORS = ("双方", "两家医院", "两院")
PAIR_ANAPHOR = re.compile(alternation(PAIR_ANAPHORS))
#: seniority of an institution by the level of the division its name is qualified by (lower is
#: more senior; a name with no place, 中南大学湘雅二医院, is as senior as a province's)
SENIORITY = {None: 0, "province": 0, "prefecture": 1, "county": 2, "town": 3}
#: the ends of the names of primary care (群力社区卫生服务中心, 马甲中心卫生院): as junior as a town's
#: institution, wherever they are
PRIMARY_CARE = ("社区卫生服务中心", "社区卫生服务站", "社区健康服务中心", "卫生院", "卫生室")
#: a list line is one institution, perhaps with its department (宜昌市人民医院皮肤科: the hospital is
#: the member), a note in brackets (…医院(无资金支持)) or a closing mark; a line that names no actor
#: keeps the list open (a heading, (一)产科(2个):, or an item not recognised) unless it is prose:
#: longer than this, with a clause break
LIST_LINE_REST = re.compile(r"(?:[\u4e00-\u9fff]{1,5}科)?\s*(?:[（(][^）)]*[)）])?\s*[，,。；;：:、]?\s*$")
#: a list line may open with its item's number (1、江西省皮肤病专科医院; 12.吉安市中心人民医院; (3)…)
LIST_NUMBER = re.compile(r"\s*[（(]?(?:\d{1,3}|[一二三四五六七八九十]{1,3})[、.．)）]\s*")
MAX_LIST_HEADING = 20
#: a list line grouped under its place (韶关市：新丰县中医院 南雄市中医院): the label before the colon,
#: and what may stand between the institutions (:func:`_grouped_line`)
LIST_LABEL = re.compile(r"[^\s:：，。；,;]{2,10}[:：]\s*")
LIST_ITEM_GAP = " \u3000、，,；;。"
#: the marks that end a list line's label, and the rule id of the place a label names (:func:`_grouped_place`)
LIST_LABEL_MARKS = ":："
GROUPED_PLACE_RULE = "list:grouped-place"
#: a note in brackets after a list's item (北京大学第三医院(北京大学眼科中心)、…): no text between items
LIST_NOTE = re.compile(r"[（(][^（()）]*[)）]")
#: in a run-on sentence (this many clauses or more) that strings a plan's tasks together
#: (支持A建设，帮助创建X，指导实施Y，…), an actor takes part only in a programme named in its own
#: clause or the one next to it: the other actors are named for other tasks
RUN_ON_CLAUSES = 7
PARTICIPANT_CLAUSES = 1
#: the rule id of a place that opens its clause and takes part in a programme of a later clause, no
#: other actor named between (大理市不断深化…，探索走“联大靠强”道路): its own, for the model
SUBJECT_RULE = "participation:subject"
#: a support cue followed by this gives the hospitals before it to the one after it (A将B托管给C)
GIVEN_TO = "给"
#: a hospital right after one of these, before a support cue in its clause, is its agent (B由C托管,
#: B接受C对口支援, B受C托管)
PASSIVE_MARKS = "由被受"
#: the rest of an address after the chain of places of a ``site`` cue, up to the 的 of a hospital
#: it is the site of (位于柳南区**和平路156号的**工人医院)
SITE_ADDRESS = r"[^，。；、,;的]{0,12}的"
#: the mark of a relative clause (对口支援A**的**B): what follows it is what the clause says of
RELATIVE = "的"
#: the government and the party committee of a place (郴州市人民政府, 中共安顺市委员会) lead a programme
#: named after it (健康郴州) when they act on it; the place is their name without these and its level
GOVERNMENTS = ("人民政府", "委员会")
PARTY = "中共"
PLACE_LEVELS = ("省", "市", "县", "区", "州", "盟", "旗")
MIN_GOVERNED_PLACE = 2
#: the word that opens a list of partners an ``allied`` cue gives (联合A、B，共同组建…), and how many
#: clauses before the cue's it may open the list (the list ends with a clause break before the cue)
ALLY = "联合"
#: what may stand between a university and the cue that makes a hospital its affiliate (…大学的直属附属医院)
AFFILIATION_GAP = re.compile(r"的?(?:非?直属)?$")
MAX_ALLY_CLAUSES = 1
#: a programme the page opens with (its first sentence that names anything, a headline or the
#: lead) and names this many times or more is the page's topic: the hospitals its later sentences
#: name, in sentences that name no programme, are the ones taking part in it (:func:`_topic_participation`)
MIN_TOPIC_MENTIONS = 3
TOPIC_RULE = "page:topic"
#: relations whose rules run first: their agents are not members or participants of their targets
FIRST = Rel.LEADS


@dataclass(frozen=True)
class CueGroup:
    """Cue rows with the same relation, scope, agent and target: one rule, several words."""

    rows: tuple[CueRule, ...]
    pattern: re.Pattern

    @property
    def rule(self) -> CueRule:
        return self.rows[0]

    def row(self, m: re.Match) -> CueRule:
        """The row whose cue a match of :attr:`pattern` is (a frame's slot left out)."""
        if self.rule.agent != "frame":
            return next(r for r in self.rows if r.cue == m.group())
        written = m.group()[:m.start(1) - m.start()] + FRAME_SLOT + m.group()[m.end(1) - m.start():]
        return next(r for r in self.rows if r.cue == written)


def cue_groups(res: Resources) -> tuple[CueGroup, ...]:
    """The cue rows grouped into rules, ``leads`` first, each with its pattern."""
    groups: dict[tuple, list[CueRule]] = {}
    for row in res.lexicon.cues:
        frame = row.cue.split(FRAME_SLOT)[0] if row.agent == "frame" else ""
        key = (row.relation, row.scope, row.agent, row.agent_types, row.target, row.target_types, frame)
        groups.setdefault(key, []).append(row)
    out = []
    for rows in groups.values():
        if rows[0].agent == "frame":
            parts = [r.cue.split(FRAME_SLOT) for r in rows]
            pattern = re.compile(f"(?:{alternation(b for b, _ in parts)})({FRAME_AGENT_CHAR}{{1,{MAX_FRAME_AGENT}}}?)"
                                 f"(?:{alternation(a for _, a in parts)})")
        else:
            pattern = re.compile(alternation(r.cue for r in rows))
        out.append(CueGroup(tuple(rows), pattern))
    out.sort(key=lambda g: g.rule.relation != FIRST)
    return tuple(out)


class _Sentence:
    """One sentence as the rules read it."""

    def __init__(self, f: SentenceFacts, rank: Callable[[str], int] = lambda key: 0,
                 memory: "Antecedents | None" = None):
        self.rank = rank
        self.text = f.sentence.text
        self.tokens = f.tokens
        self.clause = clauses(self.text, list_commas(self.text, f.occurrences))
        self.memory = memory or Antecedents()
        self.base_occ = list(f.occurrences)
        #: where the sentence's subject may start: after a leading dateline and date
        self.lead = LEADING_DATE.match(self.text).end()
        self.actors_named = [o for o in self.base_occ if o.type in ACTORS and not o.nested]
        self.occ = sorted(list(f.occurrences) + self.memory.resolve(self), key=lambda o: (o.start, not o.is_place))
        sources = [m.span(1) for m in NEWS_SOURCE.finditer(self.text)]
        self.actors = [o for o in self.occ if o.type in ACTORS and not o.nested
                       and not any(a <= o.start < b for a, b in sources)]
        #: provinces take part in a programme only as the subject of its clause (广西被纳入…建设范围)
        self.provinces = [o for o in self.occ if o.type == EntityType.PROVINCE and not o.nested]
        self.leaders: set[tuple[str, str]] = set()

    def opens(self, o: Occurrence) -> bool:
        """Whether an occurrence opens the sentence: it starts within :data:`OPENING_MAX_OFFSET`
        characters after the sentence's leading dateline and date (:data:`LEADING_DATE`)."""
        return o.start - self.lead <= OPENING_MAX_OFFSET

    def pairs(self) -> list[tuple[Occurrence, Occurrence]]:
        """Two institutions joined by one conjunction (A与B), in reading order."""
        inst = [o for o in self.actors if o.type in INSTITUTIONS]
        return [(a, b) for a, b in zip(inst, inst[1:]) if b.start == a.end + 1 and self.text[a.end] in PARTNER_JOINS]

    def join(self, start: int, end: int) -> int | None:
        """Where the first conjunction of :data:`PARTNER_JOINS` that is a word of its own lies in
        [start, end) (A与B, not 参与), or None."""
        return next((a for w, a, _ in self.tokens if start <= a < end and w in PARTNER_JOINS), None)

    def of(self, types, within=None) -> list[Occurrence]:
        return [o for o in self.occ if o.type in types and (within is None or within(o))]


#: the actors a pair or an anaphor may name
INSTITUTIONS = frozenset({EntityType.HOSPITAL, EntityType.ORGANIZATION})
#: a comma between two institutions joins a list, not two clauses, when the second is a bare
#: item: followed by one of these (与省中医院,南京市中医院,苏州市中医医院和常州市中医医院签约)
LIST_ITEM_COMMAS = ",，"
LIST_ITEM_ENDS = ",，、和与及等"


def list_commas(text: str, occurrences) -> list[int]:
    """The offsets of the commas that join two institutions of a list (:data:`LIST_ITEM_ENDS`):
    not clause breaks.

    >>> from kg.extract.state import Occurrence
    >>> occ = [Occurrence(k, EntityType.HOSPITAL, a, b) for k, a, b in (("x", 1, 5), ("y", 6, 10), ("z", 11, 15))]
    >>> list_commas("与甲乙医院,丙丁医院和戊己医院签约", occ), list_commas("与甲乙医院,丙丁医院专家到此", occ[:2])
    ([5], [])
    """
    inst = sorted((o for o in occurrences if o.type in INSTITUTIONS and not o.nested), key=lambda o: o.start)
    return [a.end for a, b in zip(inst, inst[1:])
            if b.start == a.end + 1 and text[a.end] in LIST_ITEM_COMMAS and text[b.end:b.end + 1] in LIST_ITEM_ENDS
            and b.end < len(text)]


def _named_last(s: "_Sentence", anaphor: re.Pattern, type_: EntityType, remembered: Occurrence | None,
                of_kind: bool = False) -> list[Occurrence]:
    """Occurrences for the anaphors of one type in a sentence (该计划, 该联盟): the entity of that
    type named last before the anaphor, in this sentence, else ``remembered`` from an earlier one;
    ``of_kind``: only one whose name ends in the kind the anaphor names (该联盟: a 联盟)."""
    out = []
    for m in anaphor.finditer(s.text):
        earlier = [o for o in s.base_occ if o.type == type_ and o.end <= m.start()]
        ante = earlier[-1] if earlier else remembered
        if ante is not None and (not of_kind or ante.key.endswith(m.group(1))):
            out.append(Occurrence(ante.key, ante.type, m.start(), m.end()))
    return out


@dataclass
class Antecedents:
    """What a story has named so far, for the anaphors of its next sentences: the last hospital
    and the last pair (A与B)."""

    story: int | None = None
    hospital: Occurrence | None = None
    #: the programme named last, for 该计划, 该项目
    programme: Occurrence | None = None
    #: the alliance named last, for 该联盟, 该集团
    alliance: Occurrence | None = None
    pair: tuple[Occurrence, Occurrence] | None = None
    #: the actor that opens the last sentence, who says the quotation that follows it
    subject: Occurrence | None = None
    #: the ``listed`` cue row and the programmes of the list heading whose lines follow (a list
    #: goes on across stories: its lines are short and may be cut into stories of their own)
    listing: tuple[CueRule, tuple[Occurrence, ...]] | None = None
    #: the list heading's programmes once its list has ended, for a later bare heading (名单如下：)
    named_list: tuple[CueRule, tuple[Occurrence, ...]] | None = None
    #: the alliance the page named last, in any story (a member list's heading may name none:
    #: 联盟单位(按省市排序), 专科联盟首届理事单位成员名单)
    page_alliance: Occurrence | None = None
    #: the hospital whose own site the page is (欢迎访问X官方网站): the one 我院 names outside
    #: quotations
    publisher: str | None = None
    #: the hospital the page is about (:func:`_page_hospital`): the one a sentence opening with the
    #: bare word for it names (医院先后获评…)
    home: str | None = None
    #: with no masthead, the hospital a page that says 我院 outside quotations is by
    #: (:func:`_own_hospital`)
    own: str | None = None

    def resolve(self, s: "_Sentence") -> list[Occurrence]:
        """Occurrences for the hospital anaphors of a sentence: the hospital named last before the
        anaphor's clause (this sentence's or an earlier one's)."""
        out = []
        for m in HOSPITAL_ANAPHOR.finditer(s.text):
            earlier = [o for o in s.base_occ if o.type == EntityType.HOSPITAL and not o.nested
                       and o.end <= m.start() and s.clause(o.start) != s.clause(m.start())]
            ante = earlier[-1] if earlier else self.hospital
            if ante is not None:
                out.append(Occurrence(ante.key, ante.type, m.start(), m.end()))
        opening = SELF_OPENING.match(s.text, s.lead)
        if opening is not None and self.home is not None and not any(o.start < opening.end() for o in s.actors_named):
            out.append(Occurrence(self.home, EntityType.HOSPITAL, opening.start(), opening.end()))
        out += _named_last(s, PROGRAMME_ANAPHOR, EntityType.PROGRAM, self.programme)
        out += _named_last(s, ALLIANCE_ANAPHOR, EntityType.ALLIANCE, self.alliance, of_kind=True)
        for m in QUOTED_SELF_WORD.finditer(s.text):
            opening = _quote_opening(s.text, m.start())
            if opening is None:
                own = self.publisher or self.own
                if m.group() == OWN_HOSPITAL and own is not None:  # 我院 of the site's own page
                    out.append(Occurrence(own, EntityType.HOSPITAL, m.start(), m.end()))
                continue
            earlier = [o for o in s.base_occ if o.type in ACTORS and not o.nested and o.end <= opening]
            ante = earlier[-1] if earlier else self.subject
            if ante is not None and ante.type == EntityType.HOSPITAL:
                out.append(Occurrence(ante.key, ante.type, m.start(), m.end()))
        return out

    def update(self, s: "_Sentence") -> None:
        hospitals = [o for o in s.actors if o.type == EntityType.HOSPITAL]
        if hospitals:
            self.hospital = hospitals[-1]
        programmes = [o for o in s.base_occ if o.type == EntityType.PROGRAM]
        if programmes:
            self.programme = programmes[-1]
        alliances = [o for o in s.base_occ if o.type == EntityType.ALLIANCE]
        if alliances:
            self.alliance = alliances[-1]
            self.page_alliance = alliances[-1]
        self.subject = s.actors[0] if s.actors and s.opens(s.actors[0]) else None
        if s.pairs():
            self.pair = s.pairs()[-1]

    def pair_before(self, s: "_Sentence", position: int) -> tuple[Occurrence, Occurrence] | None:
        """The pair named last before ``position`` in this sentence, else in an earlier one."""
        here = [p for p in s.pairs() if p[1].end <= position]
        return here[-1] if here else self.pair





def _quote_opening(text: str, position: int) -> int | None:
    """Where the quotation holding ``position`` opens (a sentence that opens inside a quotation
    opens it at 0), or None outside quotations."""
    for i in range(position - 1, -1, -1):
        if text[i] in CLOSE_QUOTES and text[i] not in OPEN_QUOTES:
            return None
        if text[i] in OPEN_QUOTES and text[i] not in CLOSE_QUOTES:
            return i
    return None


Emit = Callable[[str, Rel, str, str, str], None]  # head, relation, tail, basis, rule


def sentence_relations(f: SentenceFacts, groups: tuple[CueGroup, ...], speaker: str | None, emit: Emit,
                       rank: Callable[[str], int] = lambda key: 0, memory: Antecedents | None = None,
                       held: re.Pattern | None = None) -> None:
    """The relations one sentence states: every cue rule, then participation. ``rank`` gives an
    entity's seniority (:data:`SENIORITY`); ``memory`` what the story named before (it is
    updated with this sentence); ``held`` matches the end of a designation an institution holds
    (:func:`held_designations`)."""
    memory = memory if memory is not None else Antecedents()
    if memory.story != f.sentence.story:
        memory.story, memory.hospital, memory.pair, memory.subject = f.sentence.story, None, None, None
        memory.programme = memory.alliance = None
    s = _Sentence(f, rank, memory)
    _list_line(s, emit)
    for group in groups:
        for m in group.pattern.finditer(s.text):
            row = group.row(m)
            AGENTS[row.agent](s, row, m, speaker, emit)
    _participation(s, speaker, emit, held)
    _written_place(s, emit)
    memory.update(s)


def _emit(s: _Sentence, row: CueRule, head: Occurrence | str, tail: Occurrence, emit: Emit,
          basis: str = "text") -> None:
    head_key = head if isinstance(head, str) else head.key
    emit(head_key, Rel(row.relation), tail.key, basis, row.id)
    if row.relation == FIRST:
        s.leaders.add((head_key, tail.key))


def _in_scope(s: _Sentence, row: CueRule, m: re.Match) -> Callable[[Occurrence], bool]:
    """Whether an occurrence is in the cue's scope: its clause, or the whole sentence."""
    if row.scope == "sentence":
        return lambda o: True
    c = s.clause(m.start())
    return lambda o: s.clause(o.start) == c


def _targets(s: _Sentence, row: CueRule, m: re.Match, head: Occurrence | None = None) -> list[Occurrence]:
    """The targets of a cue in its scope: ``after_cue``, ``after_agent``, ``any`` or the ``next``
    one after the cue (由A、B牵头的5个城市医疗集团: not every programme of the sentence; none after
    it: the one the sentence opens with)."""
    scope = _in_scope(s, row, m)
    where = {"after_cue": lambda o: o.start >= m.end(), "after_agent": lambda o: head is not None and o.start > head.end,
             "any": lambda o: True, "next": lambda o: o.start >= m.end(),
             "object": lambda o: m.end() <= o.start <= m.end() + OBJECT_GAP}[row.target]
    found = s.of(row.target_types, lambda o: scope(o) and where(o))
    if row.target == "next" and not found:
        return _subject_target(s, row, m)
    return found[:1] if row.target in ("next", "object") else found


def _subject_target(s: _Sentence, row: CueRule, m: re.Match) -> list[Occurrence]:
    """The target the sentence opens with, before the cue, when none follows it: the subject the
    cue describes (吉林省中医医院集团是以长春中医药大学附属医院为核心单位…)."""
    opening = next((o for o in s.occ if not o.nested), None)
    return [opening] if opening is not None and opening.type in row.target_types and opening.end <= m.start() else []


def _before(s: _Sentence, row: CueRule, m: re.Match, speaker, emit: Emit) -> None:
    """The (last three) agents before the cue in its scope."""
    scope = _in_scope(s, row, m)
    heads = [o for o in s.actors if o.type in row.agent_types and o.end <= m.start() and scope(o)]
    for target in _targets(s, row, m):
        for h in heads[-MAX_AGENTS_BEFORE_CUE:]:
            _emit(s, row, h, target, emit)


def _after(s: _Sentence, row: CueRule, m: re.Match, speaker, emit: Emit) -> None:
    """The actor right after the cue (牵头单位吉林大学第一医院)."""
    head = next((o for o in s.actors if o.type in row.agent_types and m.end() <= o.start <= m.end() + 1), None)
    if head is not None:
        for target in _targets(s, row, m, head):
            _emit(s, row, head, target, emit)


def _opening(s: _Sentence, row: CueRule, m: re.Match, speaker, emit: Emit) -> None:
    """The body that opens the sentence."""
    if not s.actors or s.actors[0].type not in row.agent_types or not s.opens(s.actors[0]):
        return
    for target in _targets(s, row, m, s.actors[0]):
        _emit(s, row, s.actors[0], target, emit)


def _frame(s: _Sentence, row: CueRule, m: re.Match, speaker, emit: Emit) -> None:
    """在 X 指导下: the bodies inside the frame."""
    for head in s.actors:
        if head.type in row.agent_types and m.start(1) <= head.start < m.end(1):
            for target in _targets(s, row, m, head):
                _emit(s, row, head, target, emit)


def _any(s: _Sentence, row: CueRule, m: re.Match, speaker, emit: Emit) -> None:
    """Every actor in the scope but the target's leaders."""
    scope = _in_scope(s, row, m)
    for target in _targets(s, row, m):
        for o in s.actors:
            if o.type in row.agent_types and scope(o) and (o.key, target.key) not in s.leaders:
                _emit(s, row, o, target, emit)


def _speaker(s: _Sentence, row: CueRule, m: re.Match, speaker, emit: Emit) -> None:
    """The page's own place, for a target the sentence names no other actor of."""
    if speaker is None:
        return
    for target in _targets(s, row, m):
        if not any((o.key, target.key) not in s.leaders for o in s.actors):
            _emit(s, row, entity_key(code=speaker), target, emit, basis="context")


def _first(s: _Sentence, row: CueRule, m: re.Match, speaker, emit: Emit) -> None:
    """The hospital the sentence opens with (else the scope's first) and the others of the scope;
    in a chain of the cue (A托管了B、C托管了D及E) the hospital right before each and its objects."""
    chain = _chained(s, row, m)
    if chain:
        for other in chain[1:]:
            _emit(s, row, chain[0], other, emit)
        return
    near = _targets(s, row, m)
    opening = next((o for o in s.occ if not o.nested), None)
    if opening is not None and opening.type in row.agent_types:
        near.insert(0, opening)  # the body a sentence opens with is the subject of every clause
    unique: dict[str, Occurrence] = {}
    for o in near:
        unique.setdefault(o.key, o)
    near = list(unique.values())
    if near and near[0].start >= m.start():
        # 托管了A、B、C: hospitals after the cue are its objects, none is the agent, unless the cue
        # opens a relative clause of one (对口支援A的B: B supports A)
        owner = next((i for i, o in enumerate(near[:-1]) if s.text.startswith(RELATIVE, o.end)
                      and near[i + 1].start == o.end + len(RELATIVE)), None)
        if owner is not None:
            for other in near[:owner + 1]:
                _emit(s, row, near[owner + 1], other, emit)
            return
        agent = _signing_agent(s, row, m)
        for other in near:
            if agent is not None and other.key != agent.key:
                _emit(s, row, agent, other, emit)
        return
    sending = [o for o in near if SENDER.match(s.text, o.end)]
    if len(sending) == 1 and len(near) > 1:  # 这里有北京积水潭医院骨科专家的对口帮扶: the sender is the agent
        near.remove(sending[0])
        near.insert(0, sending[0])
    else:
        near = _support_agent_first(s, m, near)
    if near and near[0].start > 0 and s.join(near[0].start - 1, near[0].start) is not None \
            and not any(o.end < near[0].start for o in s.actors):
        return  # 先后与A、B、C建立对口帮扶关系: the partners of a subject left unsaid, not A's objects
    if near and any(o.key == near[0].key and o.start == m.end() for o in s.actors):
        return  # A与B签订关于支援A的协议: the cue's object is the one helped, not its agent
    if _list_helps(s, row, m, near, emit):
        return
    objects = bool(near) and near[0].end <= m.start() and all(o.start >= m.end() for o in near[1:])
    if SUPPORT_GROUP[0] <= len(near) and (len(near) <= SUPPORT_GROUP[1] or objects):  # A托管了B、C、D
        for other in near[1:]:
            _emit(s, row, near[0], other, emit)


def _list_helps(s: _Sentence, row: CueRule, m: re.Match, near: list[Occurrence], emit: Emit) -> bool:
    """A list of hospitals before a support cue and its objects after it (A、B和C等单位派驻专家对口支援D):
    every item of the list supports every object. Whether the clause is such a list."""
    before = sorted((o for o in near if o.end <= m.start()), key=lambda o: o.start)
    after = [o for o in near if o.start >= m.end()]
    if len(before) < 2 or not after or len(before) + len(after) != len(near) or not _is_list(s, before):
        return False
    for head in before:
        for tail in after:
            if head.type in row.agent_types and head.key != tail.key:
                _emit(s, row, head, tail, emit)
    return True


def _signing_agent(s: _Sentence, row: CueRule, m: re.Match) -> Occurrence | None:
    """The agent of a support cue that opens its clause, left unsaid after the pair A与B of the
    clause before (门头沟区政府与北京同仁医院签订合作协议，全面托管门头沟区医院): the one hospital
    of the pair, else the senior of two (:data:`SENIORITY`); None without such a pair or on a tie."""
    c = s.clause(m.start())
    if any(s.clause(o.start) == c and o.end <= m.start() for o in s.actors):
        return None
    pairs = [p for p in s.pairs() if s.clause(p[1].start) == c - 1]
    if not pairs:
        return None
    hospitals = [o for o in pairs[-1] if o.type in row.agent_types]
    if len(hospitals) == 2 and s.rank(hospitals[0].key) != s.rank(hospitals[1].key):
        hospitals.sort(key=lambda o: s.rank(o.key))
        hospitals = hospitals[:1]
    return hospitals[0] if len(hospitals) == 1 else None


def _chained(s: _Sentence, row: CueRule, m: re.Match) -> list[Occurrence]:
    """In a clause that repeats a cue right after two hospitals or more (A托管了B、C托管了D及E): the
    hospital right before this match, then its objects, up to the next hospital the cue follows;
    else []."""
    c = s.clause(m.start())
    hospitals = [o for o in s.actors if o.type in row.agent_types and s.clause(o.start) == c]
    agent = next((o for o in hospitals if o.end == m.start()), None)
    others = [o for o in hospitals if o is not agent and s.text.startswith(row.cue, o.end)]
    if agent is None or not others:
        return []
    end = min((o.start for o in others if o.start > m.end()), default=len(s.text))
    return [agent] + [o for o in hospitals if m.end() <= o.start < end and o.type in row.target_types]


def _support_agent_first(s: _Sentence, m: re.Match, near: list[Occurrence]) -> list[Occurrence]:
    """``near`` (the hospitals of a support cue, the one its sentence opens with first) with the
    one that gives the help first, where the clause says who does: the hospital after 托管给
    (A将B托管给C: C), the passive agent 由/被 C before the cue (该院由C托管) or 在 C right before it
    (B在C托管的六年里; not 在C开展帮扶, where C is where the help goes), or the senior of a
    pair joined by 与 before the cue (A与C签署对口帮扶协议, A通过与C的托管合作: by :data:`SENIORITY`,
    the first on a tie)."""
    if len(near) < 2:
        return near
    c = s.clause(m.start())
    given = [o for o in near if o.start == m.end() + len(GIVEN_TO)] if s.text.startswith(GIVEN_TO, m.end()) else []
    passive = [o for o in near if o.end <= m.start() and s.clause(o.start) == c and o.start > 0
               and (s.text[o.start - 1] in PASSIVE_MARKS or s.text[o.start - 1] == LOCATIVE and o.end == m.start())]
    partner = [o for o in near[1:2] if o.end <= m.start() and s.join(o.start - 1, o.start) is not None
               and s.rank(o.key) < s.rank(near[0].key)]
    agent = next(iter(given or passive or partner), None)
    if agent is None or agent is near[0]:
        return near
    return [agent] + [o for o in near if o is not agent]


def _partners(s: _Sentence, row: CueRule, m: re.Match, speaker, emit: Emit) -> None:
    """A(、A2) 与 B(、B2) … cue: every pair of the two groups, the senior of each pair as head. A
    subject carried from an earlier clause (:func:`_carried_partner`) is on a tie the one helped:
    the page tells what it gains (X院长一行前往Y医院考察，并与Y医院签署合作协议)."""
    scope = _in_scope(s, row, m)
    agents = [o for o in s.actors if o.type in row.agent_types and scope(o)]
    if not agents:
        return _partner_anaphor(s, row, m, emit)
    join = s.join(agents[0].end, m.start())
    left = [o for o in agents if join is not None and o.end <= join]
    carried = join is None
    if carried:
        join, left = _carried_partner(s, row, agents[0])
        if join is None:
            return _partner_anaphor(s, row, m, emit)
    right = [o for o in _targets(s, row, m) if join < o.start < m.start()]
    group = left + right
    if len(group) > 2 and _is_list(s, group) and any(o.start >= m.end() for o in _targets(s, row, m)):
        return  # A、B和C等单位对口支援D: one list of agents (:func:`_list_helps`), not two partners
    in_turn = not carried and len(left) == len(right) > 1 and RESPECTIVELY in s.text[left[-1].end:join]
    if row.cue in AGREEMENT_CUES and len(left) > 1 and len(right) > 1 and not in_turn:
        return  # A、B与C、D签署结对交流合作协议: an exchange between two groups, no one supports
    pairs = list(zip(left, right)) if in_turn else [(a, b) for a in left for b in right]
    if not carried and not in_turn:  # (A、B分别与C、D签约: A with C, B with D)
        pairs = _respective_pairs(s, left + right) or pairs
    helped = {o.key for o in s.actors if scope(o) and HELPED.search(s.text, 0, o.start)}
    for a, b in pairs:
        if a.key != b.key:
            senior = s.rank(b.key) < s.rank(a.key) or carried and s.rank(b.key) == s.rank(a.key)
            if (a.key in helped) != (b.key in helped):
                senior = a.key in helped
            head, tail = (b, a) if senior and b.type in row.agent_types else (a, b)
            _emit(s, row, head, tail, emit)


def _is_list(s: _Sentence, items: list[Occurrence]) -> bool:
    """Whether occurrences, in reading order, are the items of one list (A、B和C: :func:`_list_items`),
    not two groups (A与B、C)."""
    return [o.key for o in _list_items(s, items[0])] == [o.key for o in items]


def _respective_pairs(s: _Sentence, partners: list[Occurrence]) -> list[tuple[Occurrence, Occurrence]]:
    """The pairs of a list of pairs (A与B、C与D分别签署协议: A with B, C with D), or [] when the
    partners are not such a list: each item between two list commas is one partner, a join, one
    partner."""
    items: list[list[Occurrence]] = [[]]
    for a, b in zip(partners, partners[1:] + [None]):
        items[-1].append(a)
        if b is not None and LIST_COMMA in s.text[a.end:b.start]:
            items.append([])
    if len(items) < 2 or any(len(i) != 2 or s.join(i[0].end, i[1].start) is None for i in items):
        return []
    return [(i[0], i[1]) for i in items]


def _carried_partner(s: _Sentence, row: CueRule, first: Occurrence) -> tuple[int | None, list[Occurrence]]:
    """A clause that opens with 与 (after an adverb: 先后与, 分别与) before its first partner
    leaves its subject unsaid: the actor that opens the sentence in an earlier clause (X医院党委书记
    来到菏泽，与A、B签订协议), else, when the sentence names no actor before, the one that opened the
    sentence before. The join's offset and that subject, or (None, [])."""
    start = max((i + 1 for i in range(first.start) if s.text[i] in CLAUSE_BREAKS), default=0)
    join = s.join(start, first.start)
    if join is None or join - start > MAX_CARRIED_GAP or start == 0:
        return None, []
    earlier = [o for o in s.actors if o.end <= start]
    subject = earlier[0] if earlier and s.opens(earlier[0]) else None
    if not earlier:
        subject = s.memory.subject
    if subject is None or subject.type not in row.agent_types:
        return None, []
    return join, [subject]


def _pair(s: _Sentence, row: CueRule, m: re.Match, speaker, emit: Emit) -> None:
    """Both of the pair A与B named last in a clause before the cue's, with no other actor between
    them and the cue (A与B签订合作协议，决定整合资源，合资建设C); or, where the cue's clause names
    the pair by 双方, the pair named last before it (…A与B签约。双方将共同创建C)."""
    c = s.clause(m.start())
    pairs = [p for p in s.pairs() if s.clause(p[1].start) == c - 1 or s.clause(p[1].start) < c
             and not any(p[1].end <= o.start < m.start() for o in s.actors)]
    if not pairs and any(s.clause(a.start()) == c for a in PAIR_ANAPHOR.finditer(s.text[:m.start()])):
        pairs = [pair] if (pair := s.memory.pair_before(s, m.start())) is not None else []
    if not pairs:
        return
    for target in _targets(s, row, m):
        for o in pairs[-1]:
            if o.type in row.agent_types and o.key != target.key:
                _emit(s, row, o, target, emit)


def _partner_anaphor(s: _Sentence, row: CueRule, m: re.Match, emit: Emit) -> None:
    """双方/两家医院 before the cue in its clause: the pair named last (A与B …，双方签署协议)."""
    c = s.clause(m.start())
    if not any(s.clause(a.start()) == c for a in PAIR_ANAPHOR.finditer(s.text[:m.start()])):
        return
    pair = s.memory.pair_before(s, m.start())
    if pair is None or not all(o.type in row.agent_types | row.target_types for o in pair):
        return
    a, b = pair
    head, tail = (b, a) if s.rank(b.key) < s.rank(a.key) else (a, b)
    if head.type in row.agent_types and tail.type in row.target_types:
        _emit(s, row, head, tail, emit)


def _listed(s: _Sentence, row: CueRule, m: re.Match, speaker, emit: Emit) -> None:
    """A list heading (…项目单位名单): its programmes are those of the lines that follow. A short
    heading that names none (名单如下：) is the list an earlier heading named (《关于印发全面提升县级医院
    综合能力第二阶段县级医院名单的通知》): its programmes."""
    targets = tuple(_targets(s, row, m))
    if targets:
        s.memory.listing = s.memory.named_list = (row, targets)
    elif len(s.text) > MAX_LIST_HEADING or s.actors:
        return
    elif (alliances := _page_alliance(s, row)):
        s.memory.listing = (row, alliances)
    elif s.memory.named_list is not None:
        s.memory.listing = s.memory.named_list


def _page_alliance(s: _Sentence, row: CueRule) -> tuple[Occurrence, ...]:
    """The alliance the page named last, for a member list's heading that names none (…共同创建
    “天津市眼科医院协作医院专科联盟”。联盟单位(按省市排序)): none when the row lists no alliance's
    members or the page has named no alliance yet."""
    named = s.memory.page_alliance
    return (named,) if EntityType.ALLIANCE in row.target_types and named is not None else ()


def _list_line(s: _Sentence, emit: Emit) -> None:
    """A line of the list opened by a ``listed`` heading: its one institution takes part in the
    heading's programmes; a line without actors keeps the list open unless it is prose, anything
    else ends it."""
    if s.memory.listing is None:
        return
    row, targets = s.memory.listing
    actors = [o for o in s.actors if not o.nested]
    number = LIST_NUMBER.match(s.text)
    if len(actors) == 1 and actors[0].start == (number.end() if number else 0) \
            and LIST_LINE_REST.fullmatch(s.text, actors[0].end):
        if actors[0].type in row.agent_types:
            for target in targets:
                _emit(s, row, actors[0], target, emit)
    elif (items := _grouped_line(s, actors)):
        for o in items:
            if o.type in row.agent_types:
                for target in targets:
                    _emit(s, row, o, target, emit)
        _grouped_place(s, items, emit)
    elif actors or (len(s.text) > MAX_LIST_HEADING and any(ch in s.text for ch in CLAUSE_BREAKS)):
        s.memory.listing = None


def _grouped_place(s: _Sentence, items: list[Occurrence], emit: Emit) -> None:
    """The place a list line is grouped under (北京市：中国医学科学院北京协和医院、北京大学第三医院) is where
    its hospitals are, those whose names hold no place of their own (河北省：石家庄市第一眼科医院 is in
    石家庄市, which its name says)."""
    label = [o for o in s.occ if o.is_place and not o.nested and o.start == 0
             and s.text[o.end:o.end + 1] in LIST_LABEL_MARKS]
    if len(label) != 1:
        return
    for o in items:
        if o.type == EntityType.HOSPITAL and not any(p.is_place and o.start <= p.start < o.end for p in s.occ):
            emit(o.key, Rel.LOCATED_IN, label[0].key, "text", GROUPED_PLACE_RULE)


def _grouped_line(s: _Sentence, actors: list[Occurrence]) -> list[Occurrence]:
    """The institutions of a list line grouped under a place (韶关市：新丰县中医院 南雄市中医院): a
    label of places before a colon, then institutions with only spaces or list marks between them;
    else none."""
    label = LIST_LABEL.match(s.text)
    institutions = [o for o in actors if o.type in INSTITUTIONS]
    if label is None or not institutions or len(institutions) != len(actors) - sum(o.end <= label.end() for o in actors):
        return []
    at = label.end()
    for o in institutions:
        if o.start < at or LIST_NOTE.sub("", s.text[at:o.start]).strip(LIST_ITEM_GAP):
            return []
        at = o.end
    return institutions if not LIST_NOTE.sub("", s.text[at:]).strip(LIST_ITEM_GAP) else []


def _origin(s: _Sentence, row: CueRule, m: re.Match, speaker, emit: Emit) -> None:
    """来自X的A、B: the institutions right after the 的 of the chain of places after the cue are in
    its last place (:func:`_site` with nothing before the cue: 单位来自上海 names no site)."""
    _site(s, row, m, speaker, emit, after_only=True)


def _site(s: _Sentence, row: CueRule, m: re.Match, speaker, emit: Emit, after_only: bool = False) -> None:
    """The place a hospital is at: the last of the chain of places right after the cue; with
    ``after_only``, only a hospital after the chain's 的 is."""
    chain: list[Occurrence] = []
    for o in s.occ:
        if o.start == (chain[-1].end if chain else m.end()) and o.type in PLACE_TYPES:
            chain.append(o)
    if not chain or chain[-1].type not in row.target_types:
        return
    place = chain[-1]
    rest = re.match(SITE_ADDRESS, s.text[place.end:])
    after = [o for o in s.actors if rest and o.start == place.end + rest.end() and o.type in row.agent_types]
    c = s.clause(m.start())
    before = [o for o in s.actors if o.end <= m.start() and s.clause(o.start) == c]
    if rest or after_only:  # 位于X的…: the site of what follows 的, a hospital or nothing of the sentence's
        head = after[0] if after else None
    else:
        head = before[-1] if before else (
            s.actors[0] if s.actors and s.opens(s.actors[0]) and s.actors[0].end <= m.start() else None)
    if head is not None and head.type in row.agent_types:
        for item in _list_items(s, head):
            if item.type in row.agent_types:
                _emit(s, row, item, place, emit)


def _written_place(s: _Sentence, emit: Emit) -> None:
    """A place written right before a hospital, outside its name, is where the hospital and the
    rest of its list are (衡阳市南华大学附属第一医院、南华大学附属第二医院等6家医院: both in 衡阳市);
    an item whose own name holds another place is where that says."""
    for place in s.occ:
        if not place.is_place or place.nested:
            continue
        first = [o for o in s.actors if o.start == place.end and o.type == EntityType.HOSPITAL]
        if not first:
            continue
        items = _list_items(s, first[0])
        for item in items[items.index(first[0]):]:
            own = {o.key for o in s.occ if o.is_place and o.nested and item.start <= o.start < item.end}
            if item.type == EntityType.HOSPITAL and own <= {place.key}:
                emit(item.key, Rel.LOCATED_IN, place.key, "text", WRITTEN_PLACE_RULE)


def _list_items(s: _Sentence, o: Occurrence) -> list[Occurrence]:
    """The actors of the list an actor is an item of, itself included (A、B和C已落户大兴区: A, B and
    C), in reading order: actors one :data:`LIST_JOINS` apart."""
    items = [o]
    while prev := [p for p in s.actors if p.end + 1 == items[0].start and s.text[p.end] in LIST_JOINS]:
        items.insert(0, prev[-1])
    while nxt := [p for p in s.actors if p.start == items[-1].end + 1 and s.text[items[-1].end] in LIST_JOINS]:
        items.append(nxt[0])
    return items


def _allied(s: _Sentence, row: CueRule, m: re.Match, speaker, emit: Emit) -> None:
    """The institutions between the 联合 (:data:`ALLY`) named last before the cue, in its clause
    or up to :data:`MAX_ALLY_CLAUSES` before, and the cue."""
    ally = s.text.rfind(ALLY, 0, m.start())
    if ally < 0 or s.clause(m.start()) - s.clause(ally) > MAX_ALLY_CLAUSES:
        return
    heads = [o for o in s.actors if o.type in row.agent_types and ally + len(ALLY) <= o.start and o.end <= m.start()]
    for target in _targets(s, row, m):
        for h in heads:
            if (h.key, target.key) not in s.leaders:
                _emit(s, row, h, target, emit)


def _builder(s: _Sentence, row: CueRule, m: re.Match, speaker, emit: Emit) -> None:
    """The hospital a place builds with a partner is in that place: the object of the cue (共建X)
    is located in the finest place that opens a partner of A与B before it in the scope, written bare
    or opening a body's name (肥西县与安医大一附院合作共建安医大一附院南区, 天津市蓟州区人民政府与天津中医药大学
    共建天津中医药大学第五附属医院: in 蓟州区). A place inside a hospital's name is no builder; the
    relation goes from the hospital (the cue's target) to the place (its agent)."""
    scope = _in_scope(s, row, m)
    targets = _targets(s, row, m)
    if not targets:
        return
    builders = [p for p in s.occ if p.type in row.agent_types and p.end <= m.start() and scope(p)
                and _partner_place(s, p)]
    if builders:
        _emit(s, row, targets[0], builders[-1], emit)


def _partner_place(s: _Sentence, place: Occurrence) -> bool:
    """Whether a place is one side of a partnership A与B: the place itself, or the body whose name
    it opens, is joined to another by :data:`PARTNER_JOINS` (not a place inside a hospital's name)."""
    holder = next((o for o in s.actors if o.start <= place.start and place.end <= o.end and o is not place), None)
    if place.nested and (holder is None or holder.type != EntityType.ORGANIZATION):
        return False
    if holder is not None:
        start, end = holder.start, holder.end
    else:  # the longest place written from there (天津市蓟州区, not its 天津市)
        start = place.start
        end = max((o.end for o in s.occ if o.start == place.start and o.is_place), default=place.end)
    return s.join(end, end + 1) is not None or start > 0 and s.join(start - 1, start) is not None


def _affiliate(s: _Sentence, row: CueRule, m: re.Match, speaker, emit: Emit) -> None:
    """A hospital said to be a university's affiliated hospital is part of it: the bodies of the
    list written right before the cue (after :data:`AFFILIATION_GAP`) are the targets, the hospitals
    before them in their clause (else the hospital the sentence opens with) the heads
    (佛山市第二人民医院成为广东药科大学直属附属医院; A、B等七个新增青岛大学直属附属医院揭牌; 医院…是湖北医药学院、
    西安交通大学附属医院). A cue inside a name (延安大学附属医院) states nothing."""
    if any(o.start < m.end() and m.start() < o.end for o in s.actors):
        return
    end = m.start() - len(AFFILIATION_GAP.search(s.text, 0, m.start()).group())
    last = next((o for o in s.actors if o.end == end and o.type in row.target_types), None)
    if last is None:
        return
    bodies = [o for o in _list_items(s, last) if o.type in row.target_types and o.end <= end]
    c = s.clause(bodies[0].start)
    heads = [o for o in s.actors if o.type in row.agent_types and o.end <= bodies[0].start and s.clause(o.start) == c]
    if not heads and s.actors and s.actors[0].type in row.agent_types and s.opens(s.actors[0]) \
            and s.actors[0].end <= bodies[0].start:
        heads = s.actors[:1]
    for head in heads:
        for body in bodies:
            _emit(s, row, head, body, emit)


AGENTS = {"listed": _listed, "before": _before, "after": _after, "opening": _opening, "frame": _frame, "any": _any, "speaker": _speaker,
          "first": _first, "partners": _partners, "pair": _pair,
          "site": _site, "origin": _origin, "allied": _allied, "builder": _builder,
          "affiliate": _affiliate}


def held_designations(res: Resources) -> re.Pattern:
    """The ends of the designations institutions hold (``programmes.tsv`` held_designation:
    国家区域医疗中心, 省级临床重点专科), built once per resources."""
    return re.compile(f"(?:{res.lexicon.programme['held_designation']})$")


def _participation(s: _Sentence, speaker: str | None, emit: Emit, held: re.Pattern | None = None) -> None:
    """Actors of a sentence about a programme take part in it (places only as its subject or
    after it; a body only up to the programme's clause: 国家卫健委调研充分肯定 after it comments);
    with no one named, the page's own place does. An actor the programme is named after
    (邵逸夫医院 of 邵逸夫医院绍兴院区项目, 沈阳 of 沈阳市六所重点医院改造项目) owns or hosts it: the
    sentence does not say it takes part; a place written right before it (:func:`_modifies`:
    天津组团式医疗援藏) does. A designation an institution holds (``held``: 国家区域医疗中心
    项目位于拉萨市) is taken part in by a place only as the subject: a place after it says where it is.
    In a run-on sentence (:data:`RUN_ON_CLAUSES`), only actors within :data:`PARTICIPANT_CLAUSES`
    clauses of the programme take part in it; the page's place stands in only for a sentence that
    names no actor at all."""
    surfaces: dict[str, set[str]] = {}
    for o in s.base_occ:
        surfaces.setdefault(o.key, set()).add(s.text[o.start:o.end])
    for p in s.of({EntityType.PROGRAM}):
        title = s.text[p.start:p.end]
        held_by_institution = held is not None and held.search(title) is not None
        named = [o for o in s.actors + s.provinces if (o.key, p.key) not in s.leaders
                 and (o.type not in PLACE_TYPES
                      or o.start > p.end and o.type != EntityType.PROVINCE and not held_by_institution
                      or _opens_clause(s, o) and s.clause(o.start) == s.clause(p.start)
                      or _sentence_subject(s, o, p)
                      or _modifies(s, o, p) or _hosts(s, o, p) and not (held_by_institution and o.start > p.end))
                 and not (o.type == EntityType.ORGANIZATION and s.clause(o.start) > s.clause(p.end))
                 and not any(form and form in title for form in surfaces.get(o.key, ()))]
        run_on = s.clause(len(s.text)) + 1 >= RUN_ON_CLAUSES
        for o in named:
            if run_on and abs(s.clause(o.start) - s.clause(p.start)) > PARTICIPANT_CLAUSES:
                continue
            if _own_government(o.key, title):
                emit(o.key, Rel.LEADS, p.key, "text", "participation:government")
            else:
                emit(o.key, Rel.PARTICIPATES_IN, p.key, "text", _participation_rule(s, o, p))
        if not named and not any(k == p.key for _, k in s.leaders) and speaker:
            emit(entity_key(code=speaker), Rel.PARTICIPATES_IN, p.key, "context", "participation:speaker")


def _sentence_subject(s: _Sentence, o: Occurrence, p: Occurrence) -> bool:
    """Whether a place opens its clause (or the sentence, after its date) as the subject of the
    clauses that follow it up to a programme's, where no other actor is named (大理市不断深化医疗卫生
    体制改革，探索走“联大靠强”道路); in a run-on sentence only the next clause's programme
    (:data:`PARTICIPANT_CLAUSES`)."""
    first = _list_opening(s, o)
    start = max((i + 1 for i in range(first.start) if s.text[i] in CLAUSE_BREAKS + "。"), default=0)
    near = s.clause(p.start) - s.clause(o.start) <= PARTICIPANT_CLAUSES or s.clause(len(s.text)) + 1 < RUN_ON_CLAUSES
    return o.end <= p.start and first.start in (start, s.lead) and near \
        and not any(o.end <= a.start < p.start and _list_opening(s, a) != first for a in s.actors + s.provinces)


def _participation_rule(s: _Sentence, o: Occurrence, p: Occurrence) -> str:
    """The rule id of an actor's participation: a place written as whose the programme is
    (:func:`_modifies`), as where it is built (:func:`_hosts`) or as the subject of the clauses
    before the programme's (:func:`_sentence_subject`) has its own, for the model."""
    if o.type in PLACE_TYPES and _modifies(s, o, p):
        return "participation:modifier"
    if o.type in PLACE_TYPES and _hosts(s, o, p):
        return "participation:host"
    if o.type in PLACE_TYPES and s.clause(o.start) != s.clause(p.start) and _sentence_subject(s, o, p):
        return SUBJECT_RULE
    return "participation:text"


def _hosts(s: _Sentence, o: Occurrence, p: Occurrence) -> bool:
    """Whether a place is where a programme is built or lands, which the guidelines count as taking
    part: 在 the place (or a list of places) and a build verb before the programme (在呼和浩特市建设
    国家区域医疗中心; 在新乡、信阳布局建设5个省区域医疗中心; 推动荆州建成鄂中省域医疗中心), or the
    programme landing in it (“护蕾计划”落户咸宁; not a designation an institution holds, where a
    place after it says where it is: ``programmes.tsv`` held_designation)."""
    if o.end <= p.start:
        opening = _list_opening(s, o).start
        before = s.text[max(0, opening - 1):opening]
        return HOSTED_BEFORE.fullmatch(s.text[o.end:p.start]) is not None and (
            before == LOCATIVE or HOST_VERB_BEFORE.search(s.text[max(0, o.start - HOST_VERB_REACH):o.start]) is not None)
    return HOSTED_AFTER.fullmatch(s.text[p.end:o.start]) is not None


def _modifies(s: _Sentence, o: Occurrence, p: Occurrence) -> bool:
    """Whether a place is written right before a programme (or its opening quotation mark) as
    whose it is: 天津组团式医疗援藏, 山东援疆“喀什光明行”: the place takes part in it."""
    gap = s.text[o.end:p.start]
    return o.end <= p.start and (gap == "" or len(gap) == 1 and gap in OPEN_QUOTES)


def _own_government(key: str, title: str) -> bool:
    """Whether an actor (by its key, ``Organization:<name>``) is the government or party committee
    of the place a programme is named after (郴州市人民政府 and 健康郴州): it leads it.

    >>> _own_government("Organization:郴州市人民政府", "健康郴州"), _own_government("Organization:中共安顺市委员会", "健康安顺")
    (True, True)
    >>> _own_government("Organization:郴州市人民政府", "健康中国"), _own_government("Organization:郴州市卫生健康委员会", "健康郴州")
    (False, False)
    """
    typ, _, name = key.partition(":")
    if typ != EntityType.ORGANIZATION.value:
        return False
    body = next((name[:-len(g)] for g in GOVERNMENTS if name.endswith(g)), None)
    if body is None:
        return False
    body = body.removeprefix(PARTY)
    place = body[:-1] if body.endswith(PLACE_LEVELS) else body
    return len(place) >= MIN_GOVERNED_PLACE and place in title


def _opens_clause(s: _Sentence, o: Occurrence) -> bool:
    """Whether an occurrence is its clause's subject: it starts within
    :data:`PLACE_SUBJECT_OFFSET` characters of the clause (杭州将继续实施…计划), and not after 在
    (将在全市推广: where, not who), or it is a later item of a list of places that does
    (辽源市、通化市入选…: 通化市 too)."""
    o = _list_opening(s, o)
    start = max((i + 1 for i in range(o.start) if s.text[i] in CLAUSE_BREAKS + "。"), default=0)
    return o.start - start <= PLACE_SUBJECT_OFFSET and not s.text[start:o.start].endswith(LOCATIVE)


def _list_opening(s: _Sentence, o: Occurrence) -> Occurrence:
    """The first item of the list of places an occurrence ends (辽源市、通化市和白山市: 辽源市 for each
    of them): places one :data:`LIST_JOINS` apart; the occurrence itself when it is no later item."""
    while True:
        before = [p for p in s.occ if p.is_place and not p.nested and p.end + 1 == o.start
                  and s.text[p.end] in LIST_JOINS]
        if not before:
            return o
        o = before[0]


def _publisher(state: DocState) -> str | None:
    """The hospital a page's masthead welcomes to (欢迎访问文山州中医医院官方网站): the page is its
    own, and 我院 names it; else None."""
    for s in state.sentences[:MASTHEAD_SENTENCES]:
        if WELCOME.search(s.text):
            hospitals = [o for o in state.occurrences_in(s) if o.type == EntityType.HOSPITAL and not o.nested]
            if len(hospitals) == 1:
                return hospitals[0].key
    return None


def _page_hospital(state: DocState, first: Sequence[Occurrence]) -> str | None:
    """The hospital a page introduces: the first actor its first healthcare sentence that names
    anything names (山西省儿童医院始建于1947年…; 坐落着一所大型综合性医院——佳木斯市中心医院), when
    the page names no hospital more often and :data:`MIN_SELF_OPENINGS` of its sentences or more
    open with the bare word for it (医院占地…, 医院设…: an introduction); else None. ``first``: the
    occurrences of that first sentence."""
    if not first or sum(1 for s in state.sentences if SELF_OPENING.match(s.text)) < MIN_SELF_OPENINGS:
        return None
    actors = sorted((o for o in first if o.type in ACTORS and not o.nested), key=lambda o: o.start)
    if not actors or actors[0].type != EntityType.HOSPITAL:
        return None
    count = state.entities[actors[0].key].count
    return actors[0].key if count == max(e.count for _, e in state.entities_of(EntityType.HOSPITAL)) else None


def _own_hospital(state: DocState, first: Sequence[Occurrence]) -> str | None:
    """The hospital a page with no masthead is by, that its 我院 names: the one it names most
    often, when no other is named as often and the page's first healthcare sentence that names
    anything names it (a hospital's news: 华西医院帮扶巴塘县人民医院…我院的关爱); else None. ``first``:
    the occurrences of that first sentence."""
    counts = sorted(((e.count, key) for key, e in state.entities_of(EntityType.HOSPITAL)), reverse=True)
    if not first or not counts or len(counts) > 1 and counts[0][0] == counts[1][0]:
        return None
    key = counts[0][1]
    return key if any(o.key == key and not o.nested for o in first) else None


def text_relations(state: DocState, res: Resources) -> None:
    """Run the cue rules and participation over every healthcare sentence of the page."""
    groups = res.compiled(cue_groups)
    held = res.compiled(held_designations)
    divisions = res.gazetteer.divisions

    def rank(key: str) -> int:
        e = state.entities.get(key)
        if e is not None and e.name.endswith(PRIMARY_CARE):
            return SENIORITY["town"]
        place = e.place if e is not None and e.place in divisions else None
        return SENIORITY.get(divisions[place].level if place else None, 0)

    publisher = _publisher(state)
    facts = state.facts()
    first = next((f.occurrences for f in facts if f.occurrences), ())  # the first sentence naming anything
    memory = Antecedents(publisher=publisher, home=publisher or _page_hospital(state, first),
                         own=None if publisher else _own_hospital(state, first))  # 我院 reads the publisher first
    health = {f.sentence.index: f for f in facts}
    for s in state.sentences:
        f = health.get(s.index)
        if f is None:
            if len(s.text) <= MAX_LIST_HEADING:  # 联盟单位(按省市排序): a heading with no health word
                list_heading(SentenceFacts(s, (), state.context(s)), groups, memory)
            continue

        def emit(head: str, rel: Rel, tail: str, basis: str, rule: str, f=f) -> None:
            state.relate(head, rel, tail, f.sentence, basis, rule)
        sentence_relations(f, groups, state.speaker, emit, rank, memory, held)
    _topic_participation(state)


def list_heading(f: SentenceFacts, groups: tuple[CueGroup, ...], memory: Antecedents) -> None:
    """A short line outside the healthcare stories read only as a list heading: a member list's
    heading (联盟单位(按省市排序), 成员名单) has no healthcare word, but its lines name hospitals and
    its alliance is the page's one (:func:`_page_alliance`)."""
    s = _Sentence(f, memory=memory)
    for group in groups:
        if group.rule.agent == "listed":
            for m in group.pattern.finditer(s.text):
                _listed(s, group.row(m), m, None, lambda *a: None)


def _topic_participation(state: DocState) -> None:
    """The page's topic programmes (named in its first sentence that names anything and
    :data:`MIN_TOPIC_MENTIONS` times or more): every hospital a later sentence names, where that
    sentence names no programme, takes part in them (第三批国家区域医疗中心…, then the list of the
    centres; 中卫行 in the title, then the hospitals the visit went to). The rule has its own id
    (:data:`TOPIC_RULE`) so that the model weighs it apart from what sentences state."""
    facts = [f for f in state.facts() if f.occurrences]
    if not facts:
        return
    topic = [o.key for o in facts[0].occurrences if o.type == EntityType.PROGRAM
             and state.entities[o.key].count >= MIN_TOPIC_MENTIONS]
    linked = {frozenset((h, t)) for h, _, t in state.relations}
    topics = list(dict.fromkeys(topic))
    for f in facts[1:]:
        if any(o.type == EntityType.PROGRAM for o in f.occurrences):
            continue
        for o in f.occurrences:
            if o.type != EntityType.HOSPITAL or o.nested:
                continue
            for p in topics:
                if frozenset((o.key, p)) not in linked:
                    state.relate(o.key, Rel.PARTICIPATES_IN, p, f.sentence, "context", TOPIC_RULE)
