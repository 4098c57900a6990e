"""Frozen dataclasses passed from stage to stage.

Data flows one way: :class:`Document` (ingest) -> :class:`NormalizedText` (normalize)
-> :class:`Extraction` (extract) -> :class:`Entity` / :class:`Relation` (resolve) -> graph.

>>> Mention("doc.txt#ab12", 0, 3, 6, "吉大一院").span
(3, 6)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum


class EntityType(StrEnum):
    """The seven entity types of the annotation guidelines (classes of ``ontology/kg.ttl``),
    in display order."""

    PROVINCE = "Province"
    CITY = "City"
    DISTRICT = "District"
    HOSPITAL = "Hospital"
    ALLIANCE = "Alliance"
    PROGRAM = "Program"
    ORGANIZATION = "Organization"


class Rel(StrEnum):
    """The six relations (object properties of ``ontology/kg.ttl``)."""

    LOCATED_IN = "locatedIn"
    MEMBER_OF = "memberOf"
    LEADS = "leads"
    PARTICIPATES_IN = "participatesIn"
    SUPPORTS = "supports"
    PART_OF = "partOf"


ENTITY_TYPES = tuple(t.value for t in EntityType)
PLACE_TYPES = frozenset({EntityType.PROVINCE, EntityType.CITY, EntityType.DISTRICT})


def entity_key(typ: str | None = None, name: str | None = None, code: str | None = None) -> str:
    """The merge key of an entity: ``code:<division code>`` for a place, ``<Type>:<name>`` otherwise.

    >>> entity_key(code="220100"), entity_key(EntityType.HOSPITAL, "长春烧伤医院")
    ('code:220100', 'Hospital:长春烧伤医院')
    """
    if code:
        return f"code:{code}"
    if typ is None or not name:
        raise ValueError(f"an entity key needs a division code or a type and a name (got {typ!r}, {name!r})")
    return f"{EntityType(typ).value}:{name}"


@dataclass(frozen=True)
class Document:
    """One input file, decoded.

    ``id`` is stable: the path relative to the input root and the first 16 hex digits of the
    SHA-256 of the bytes, so that the same file always gets the same id.
    """

    id: str
    path: str
    sha256: str
    encoding: str
    text: str
    size: int
    format: str = "text"  # "text" or "html"


@dataclass(frozen=True)
class Skipped:
    """A file that was not built, and why."""

    path: str
    reason: str


@dataclass(frozen=True)
class Sentence:
    """A sentence of normalised (simplified, de-wrapped) text.

    ``start``/``end`` are character offsets into :attr:`Document.text` (the decoded file);
    ``story`` numbers the story of the page it belongs to; ``health`` says whether that
    story is about healthcare.
    """

    index: int
    text: str
    start: int
    end: int
    story: int
    health: bool
    #: for each character of ``text``, its offset in the decoded file (an ``array('i')``)
    origin: Sequence[int] = field(repr=False, compare=False, default=())


@dataclass(frozen=True)
class NormalizedText:
    """The output of the normalise stage for one document."""

    sentences: tuple[Sentence, ...]
    title: str
    date: str | None


@dataclass(frozen=True, slots=True)  # slots: a corpus holds millions
class Mention:
    """Where an entity is named: document, sentence index, offsets in the decoded file, surface form."""

    doc_id: str
    sentence: int
    start: int
    end: int
    surface: str

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


@dataclass(frozen=True, slots=True)  # slots: a corpus holds millions
class Evidence:
    """The sentence that states a relation (``basis`` says how it was derived)."""

    doc_id: str
    sentence: int
    start: int
    end: int
    text: str
    basis: str  # "text" (a cue in the sentence), "name", "gazetteer" or "context"


@dataclass(frozen=True)
class Entity:
    """An entity: its merge key, type, canonical name, aliases and mentions.

    ``key`` identifies the entity across documents: ``code:<division code>`` for places and
    ``<Type>:<canonical name>`` otherwise. ``code`` is the official division code of a place,
    ``place`` the key of the place an institution is qualified by (if any).
    """

    key: str
    type: str
    name: str
    aliases: frozenset[str] = frozenset()
    mentions: tuple[Mention, ...] = ()
    code: str | None = None
    place: str | None = None
    #: how many times the entity is named; ``mentions`` keeps at most MAX_MENTIONS per document
    mention_count: int = 0
    #: ids of the extraction rules that found it (a component, or a lexicon row), sorted
    rules: tuple[str, ...] = ()


#: mentions kept per entity and document (and evidence per relation and document): a page that
#: names one hospital 100,000 times must not make the graph 100,000 times larger
MAX_MENTIONS = 50


@dataclass(frozen=True)
class Relation:
    """A typed link between two entity keys with the evidence that states it."""

    head: str
    rel: str
    tail: str
    evidence: tuple[Evidence, ...] = ()
    #: ids of the extraction rules that stated it (a cue-table row, geography, a name), sorted
    rules: tuple[str, ...] = ()


@dataclass(frozen=True)
class DocumentInfo:
    """What the graph keeps of a document: provenance without the text."""

    id: str
    path: str
    sha256: str
    encoding: str
    size: int
    title: str
    date: str | None
    sentences: int


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document."""

    doc: DocumentInfo
    entities: tuple[Entity, ...]
    relations: tuple[Relation, ...]
    #: (index, text) of the sentences mentions and evidence point to
    sentences: tuple[tuple[int, str], ...] = field(repr=False, default=())
