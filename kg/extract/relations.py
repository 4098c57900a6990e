"""Relations stated by a sentence: one engine over the cue table (``cues.tsv``), then the
participation rule.

Each cue row names a relation, its scope (the cue's clause or the whole sentence), where the
agent (head) is, and which targets (tails) of the scope it links: those ``after_cue``,
``after_agent`` or ``any``. Agents:

* ``before`` / ``after``: 吉林大学第一医院 **牵头** 成立心血管专科联盟 (at most three agents);
* ``opening``: a body that opens the sentence and **启动** a programme leads it;
* ``frame``: the passive frame 在 X **指导** 下 (the cue is written 在…指导下);
* ``any``: every actor of the sentence **加入** every alliance it names;
* ``speaker``: the page's own place (it says 我区, 全市) when the sentence names no actor;
* ``first``: the hospital a sentence (or clause) opens with **对口帮扶** the other hospitals of
  the cue's clause.

Rows of the same relation, scope, agent and target form one rule; its cues are matched
leftmost-longest, and the rule's id is the cue row (``cue:牵头/before``). ``leads`` rules run
first: an agent that leads something is not also a member or participant of it.
Co-occurrence alone never makes a relation.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..lexicon import CueRule, alternation
from ..resources import Resources
from ..types import EntityType, Rel, entity_key
from .spans import clauses
from .state import DocState, Occurrence, SentenceFacts

#: entity types that act in a sentence (hold, join, support, take part)
ACTORS = frozenset({EntityType.HOSPITAL, EntityType.CITY, EntityType.DISTRICT, EntityType.ORGANIZATION})
#: a leads cue credits at most the last three agents before it (吉大一院、吉大二院、省人民医院牵头)
MAX_AGENTS_BEFORE_CUE = 3
#: a body "opens" a sentence when it starts within its first eight characters (市卫健委近日启动 …)
OPENING_MAX_OFFSET = 8
#: a city or district named this close to the sentence start is its subject (长春市推进 …)
PLACE_SUBJECT_OFFSET = 2
#: a support cue links two or three hospitals; more is a list, not a pair
SUPPORT_GROUP = (2, 3)
#: the agent slot of a frame cue (在…指导下) and how long the agent may be
FRAME_SLOT = "…"
MAX_FRAME_AGENT = 16
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
            pattern = re.compile(f"(?:{alternation(b for b, _ in parts)})(.{{1,{MAX_FRAME_AGENT}}}?)"
                                 f"(?:{alternation(a for _, a in parts)})")
        else:
            pattern = re.compile(alternation(r.cue for r in rows))
        out.append(CueGroup(tuple(rows), pattern))
    out.sort(key=lambda g: g.rule.relation != FIRST)
    return tuple(out)


class _Sentence:
    """One sentence as the rules read it."""

    def __init__(self, f: SentenceFacts):
        self.text = f.sentence.text
        self.occ = list(f.occurrences)
        self.actors = [o for o in self.occ if o.type in ACTORS and not o.nested]
        self.clause = clauses(self.text)
        self.leaders: set[tuple[str, str]] = set()

    def of(self, types, within=None) -> list[Occurrence]:
        return [o for o in self.occ if o.type in types and (within is None or within(o))]


Emit = Callable[[str, Rel, str, str, str], None]  # head, relation, tail, basis, rule


def sentence_relations(f: SentenceFacts, groups: tuple[CueGroup, ...], speaker: str | None, emit: Emit) -> None:
    """The relations one sentence states: every cue rule, then participation."""
    s = _Sentence(f)
    for group in groups:
        for m in group.pattern.finditer(s.text):
            row = group.row(m)
            AGENTS[row.agent](s, row, m, speaker, emit)
    _participation(s, speaker, emit)


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
    """The targets of a cue in its scope: ``after_cue``, ``after_agent`` or ``any``."""
    scope = _in_scope(s, row, m)
    where = {"after_cue": lambda o: o.start >= m.end(), "after_agent": lambda o: head is not None and o.start > head.end,
             "any": lambda o: True}[row.target]
    return s.of(row.target_types, lambda o: scope(o) and where(o))


def _before(s: _Sentence, row: CueRule, m: re.Match, speaker, emit: Emit) -> None:
    """The (last three) agents before the cue in its scope."""
    scope = _in_scope(s, row, m)
    heads = [o for o in s.actors if o.type in row.agent_types and o.end <= m.start() and scope(o)]
    for target in _targets(s, row, m):
        for h in heads[-MAX_AGENTS_BEFORE_CUE:]:
            _emit(s, row, h, target, emit)


def _opening(s: _Sentence, row: CueRule, m: re.Match, speaker, emit: Emit) -> None:
    """The body that opens the sentence."""
    if not s.actors or s.actors[0].type not in row.agent_types or s.actors[0].start > OPENING_MAX_OFFSET:
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
    """The hospital the sentence opens with (else the scope's first) and the others of the scope."""
    near = _targets(s, row, m)
    if s.occ and s.occ[0].type in row.agent_types and not s.occ[0].nested:
        near.insert(0, s.occ[0])  # the hospital a sentence opens with is the subject of every clause
    unique: dict[str, Occurrence] = {}
    for o in near:
        unique.setdefault(o.key, o)
    near = list(unique.values())
    if SUPPORT_GROUP[0] <= len(near) <= SUPPORT_GROUP[1]:
        for other in near[1:]:
            _emit(s, row, near[0], other, emit)


AGENTS = {"before": _before, "opening": _opening, "frame": _frame, "any": _any, "speaker": _speaker,
          "first": _first}


def _participation(s: _Sentence, speaker: str | None, emit: Emit) -> None:
    """Actors of a sentence about a programme take part in it (places only as its subject or
    after it); with no one named, the page's own place does."""
    for p in s.of({EntityType.PROGRAM}):
        named = [o for o in s.actors if (o.key, p.key) not in s.leaders
                 and (o.type not in (EntityType.CITY, EntityType.DISTRICT)
                      or o.start > p.end or o.start <= PLACE_SUBJECT_OFFSET)]
        for o in named:
            emit(o.key, Rel.PARTICIPATES_IN, p.key, "text", "participation:text")
        if not named and not any(k == p.key for _, k in s.leaders) and speaker:
            emit(entity_key(code=speaker), Rel.PARTICIPATES_IN, p.key, "context", "participation:speaker")


def text_relations(state: DocState, res: Resources) -> None:
    """Run the cue rules and participation over every healthcare sentence of the page."""
    groups = res.compiled(cue_groups)
    for f in state.facts():
        def emit(head: str, rel: Rel, tail: str, basis: str, rule: str, f=f) -> None:
            state.relate(head, rel, tail, f.sentence, basis, rule)
        sentence_relations(f, groups, state.speaker, emit)
