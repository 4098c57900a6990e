"""Frozen dataclasses passed from stage to stage.

Data flows one way: :class:`Document` (ingest) -> :class:`NormalizedText` (normalize)
-> :class:`Extraction` (extract) -> :class:`Entity` / :class:`Relation` (resolve) -> graph.

>>> Mention("doc.txt#ab12", 0, 3, 6, "吉大一院").span
(3, 6)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

#: The seven entity types of the annotation guidelines, in display order.
ENTITY_TYPES = ("Province", "City", "District", "Hospital", "Alliance", "Program", "Organization")


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


@dataclass(frozen=True)
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


@dataclass(frozen=True)
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
