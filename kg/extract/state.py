"""The typed state of one document's extraction, filled by the components in order and frozen
into an :class:`~kg.types.Extraction` at the end.

>>> from kg.types import Sentence
>>> s = Sentence(0, "长春烧伤医院", 0, 6, 0, True, origin=range(6))
>>> st = DocState("d#0", "长春烧伤医院", (s,))
>>> key = st.add(s, 0, 6, "Hospital", "长春烧伤医院", rule="test")
>>> st.add(s, 0, 2, "City", "长春市", code="220100", rule="test")
'code:220100'
>>> [(e.key, e.mention_count, e.rules) for e in st.frozen_entities()]
[('Hospital:长春烧伤医院', 1, ('test',)), ('code:220100', 1, ('test',))]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..types import MAX_MENTIONS, PLACE_TYPES, Entity, EntityType, Evidence, Mention, Relation, Sentence, entity_key
from .context import Context


@dataclass(frozen=True)
class Occurrence:
    """An entity named inside one sentence (offsets in the sentence).

    ``nested`` marks a place named inside another name (长春 in 长春现代化都市圈): it is an
    entity of the page but not an actor of the sentence.
    """

    key: str
    type: EntityType
    start: int
    end: int
    nested: bool = False

    @property
    def is_place(self) -> bool:
        return self.type in PLACE_TYPES


@dataclass(frozen=True)
class SentenceFacts:
    """What relation rules see of one healthcare sentence: its entities in reading order (a
    place before a name that starts where it does), its context and its jieba tokens
    ``(word, start, end)`` (a :class:`~kg.tokens.LazyTokens`: segmented when a rule reads them)."""

    sentence: Sentence
    occurrences: tuple[Occurrence, ...]
    context: Context
    tokens: Sequence[tuple[str, int, int]] = ()


def _reading_order(occurrences: list[Occurrence]) -> tuple[Occurrence, ...]:
    """Occurrences by where they start, a place before a name that starts where it does (one or
    none are in that order already)."""
    if len(occurrences) < 2:
        return tuple(occurrences)
    return tuple(sorted(occurrences, key=lambda o: (o.start, not o.is_place)))


@dataclass
class EntityState:
    """An entity while its document is being read."""

    type: EntityType
    name: str
    code: str | None
    place: str | None
    aliases: set[str] = field(default_factory=set)
    mentions: dict[Mention, None] = field(default_factory=dict)  # an ordered set
    count: int = 0
    first_sentence: int | None = None
    rules: set[str] = field(default_factory=set)


class DocState:
    """Entities with their mentions, occurrences per sentence and relations of one document."""

    def __init__(self, doc_id: str, raw: str, sentences: tuple[Sentence, ...]):
        self.doc_id = doc_id
        self.raw = raw
        self.sentences = sentences
        # filled by the components (see kg.extract.COMPONENTS)
        self.tokens: list = []
        self.places: list = []
        self.doc_context = Context()
        self.story_context: dict[int, Context] = {}
        self.speaker: str | None = None
        self.names: dict[int, list] = {}  # sentence index -> the institutions it names (names.Name)
        self.entities: dict[str, EntityState] = {}
        self.occurrences: dict[int, list[Occurrence]] = {}
        self.relations: dict[tuple[str, str, str], tuple[dict[Evidence, None], set[str]]] = {}

    # --- reading -----------------------------------------------------------------------------

    def health_sentences(self) -> Iterable[Sentence]:
        return (s for s in self.sentences if s.health)

    def context(self, s: Sentence) -> Context:
        return self.story_context.get(s.story, self.doc_context)

    def occurrences_in(self, s: Sentence) -> list[Occurrence]:
        return self.occurrences.get(s.index, [])

    def entities_of(self, typ: EntityType) -> list[tuple[str, EntityState]]:
        return [(k, e) for k, e in self.entities.items() if e.type == typ]

    def facts(self) -> list[SentenceFacts]:
        """The healthcare sentences with their occurrences (places first at equal offsets)."""
        return [SentenceFacts(s, _reading_order(self.occurrences_in(s)), self.context(s),
                              self.tokens[s.index] if self.tokens else ())
                for s in self.health_sentences()]

    # --- writing -----------------------------------------------------------------------------

    def mention(self, s: Sentence, a: int, b: int) -> tuple[Mention, str]:
        """A mention of sentence characters [a, b) and its surface as written in the file
        (traditional script stays traditional; pinyin artefacts and line breaks are left out)."""
        raw = self.raw
        written = "".join([raw[o] for o in s.origin[a:b]])
        return Mention(self.doc_id, s.index, s.origin[a], s.origin[b - 1] + 1, written), written

    def add(self, s: Sentence, start: int, end: int, typ: EntityType, name: str, *, rule: str,
            code: str | None = None, place: str | None = None, surface: str | None = None,
            aliases: Iterable[str] = (), mention_of: tuple[int, int] | None = None,
            occurs: bool = False, nested: bool = False) -> str:
        """Record that sentence ``s`` names an entity at [start, end); return its key.

        The alias kept is ``surface`` (default: the text as written in the file); the mention
        covers ``mention_of`` when given (the place a name is qualified by takes the name's).
        ``occurs`` also makes it an occurrence of the sentence for the relation rules.
        """
        typ = typ if isinstance(typ, EntityType) else EntityType(typ)  # (an enum call costs a microsecond)
        key = entity_key(typ, name, code)
        mention, written = self.mention(s, *(mention_of or (start, end)))
        e = self.entities.get(key)
        if e is None:
            e = self.entities[key] = EntityState(typ, name, code, place)
        e.aliases.add(written if surface is None else surface)
        e.aliases.update(aliases)
        e.rules.add(rule)
        if mention not in e.mentions:
            e.count += 1
            if len(e.mentions) < MAX_MENTIONS:
                e.mentions[mention] = None
        if e.first_sentence is None or s.index < e.first_sentence:
            e.first_sentence = s.index
        if place and not e.place:
            e.place = place
        if occurs:
            self.occurrences.setdefault(s.index, []).append(Occurrence(key, typ, start, end, nested))
        return key

    def relate(self, head: str, rel: str, tail: str, s: Sentence, basis: str, rule: str) -> None:
        """Record a relation stated by sentence ``s`` (ignored unless both ends are entities)."""
        if head == tail or head not in self.entities or tail not in self.entities:
            return
        evidence, rules = self.relations.setdefault((head, rel, tail), ({}, set()))
        if len(evidence) < MAX_MENTIONS:
            evidence[Evidence(self.doc_id, s.index, s.start, s.end, s.text, basis)] = None
        rules.add(rule)

    # --- freezing ----------------------------------------------------------------------------

    def frozen_entities(self) -> tuple[Entity, ...]:
        return tuple(Entity(key=k, type=e.type.value, name=e.name, aliases=frozenset(e.aliases - {e.name}),
                            mentions=tuple(e.mentions), code=e.code, mention_count=e.count,
                            place=entity_key(code=e.place) if e.place else None,
                            rules=tuple(sorted(e.rules)))
                     for k, e in sorted(self.entities.items()))

    def frozen_relations(self) -> tuple[Relation, ...]:
        return tuple(Relation(h, str(r), t, tuple(ev), tuple(sorted(rules)))
                     for (h, r, t), (ev, rules) in sorted(self.relations.items()))
