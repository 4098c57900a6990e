"""Spill: the mentions, evidence and sentences of a corpus kept on disk, read back entity by entity.

What a build holds in memory is the entity table (:mod:`kg.resolve`); the bulk of each
document (its mentions, evidence and sentences: most of what extraction finds) goes to disk
as the document arrives and comes back when the files are written, one range of entities at
a time. Three steps, each streaming:

1. :meth:`Spill.add`: a document's bulk is appended to one file, in input order;
2. :meth:`Spill.finish`: with the entities resolved, the file is read once and each entity's
   mentions and each relation's evidence (with the sentences they need) go to the *bucket* of
   its entity (the relation's head): buckets are ranges of entities in key order, of about
   :data:`ROWS_PER_BUCKET` rows each; then each bucket is read, merged per entity (mentions
   and evidence sorted, each once, as :func:`kg.resolve.resolution` does) and written again;
3. :class:`Details` reads the bucket of an entity when asked for, one bucket in memory at a
   time: the writers go through the entities in key order, so each bucket is read once per
   writer.

The graph's nodes and edges hold views (:class:`MentionList`, :class:`EvidenceList`) that know
their length and read their rows when iterated, so every writer reads the graph as it reads one
held in memory. The files are ``marshal`` data in a temporary folder (under ``TMPDIR``) that
the process wrote itself; it is removed when nothing refers to it any more, or at exit.

>>> from kg.types import Entity
>>> spill = Spill.create()
>>> spill.add("a#0", [("k", [[None, 0, 3, 5, "甲院"]])], [("k", "supports", "j", [[None, 0, 0, 9, None, "text"]])],
...           [[0, "甲院支持乙。"]])
>>> details = spill.finish(["j", "k"], {})
>>> list(details.mention_list("k")), len(details.evidence_list("k", "supports", "j"))
([Mention(doc_id='a#0', sentence=0, start=3, end=5, surface='甲院')], 1)
>>> details.sentences[("a#0", 0)]
'甲院支持乙。'
"""

from __future__ import annotations

import marshal
import os
import shutil
import struct
import tempfile
import weakref
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from sys import intern
from typing import BinaryIO, NamedTuple

from .resolve import EVIDENCE_ROW_ORDER, MENTION_ROW_ORDER
from .types import Evidence, Mention

__all__ = ["Spill", "Details", "HeldDetails", "MentionList", "EvidenceList", "ROWS_PER_BUCKET", "MEMORY_BUDGET",
           "estimate", "memory_budget"]

#: rows (mentions and evidence) per bucket: what is in memory at once while a file is written
ROWS_PER_BUCKET = 50_000
#: bytes of documents' bulk a build holds in memory before it spills them to disk (about 12 MiB
#: of generated input: such a corpus costs no encoding and no file)
MEMORY_BUDGET = 64 * 2**20
#: environment variable that sets the budget, in MiB (0: always spill)
BUDGET_ENV = "KG_SPILL_BUDGET_MIB"
#: what the estimate of a document's bulk counts: bytes per row (a tuple of five or six items,
#: offsets among them), per sentence (its entry in a dict, its string) and per character of a sentence
ROW_BYTES, SENTENCE_BYTES, CHAR_BYTES = 140, 110, 2
#: the bytes of an entity without mentions
_NONE = marshal.dumps([])
#: the length before each record
_LENGTH = struct.Struct("<Q")
#: name prefix of the temporary folder
PREFIX = "kg-spill-"
#: the file of the documents' bulk, in input order
DOCUMENTS = "documents"

#: a mention as stored: (doc_id, sentence, start, end, surface); an evidence: (doc_id, sentence,
#: start, end, text, basis); in the cache's encoding a doc_id of None is the document's own, and
#: an evidence's text of None its sentence's
Row = tuple


class _Folder:
    """A temporary folder removed when the last object holding it goes (or at exit)."""

    def __init__(self) -> None:
        self.path = Path(tempfile.mkdtemp(prefix=PREFIX))
        self._remove = weakref.finalize(self, shutil.rmtree, self.path, True)


def _dump(value, f: BinaryIO) -> None:
    """Append one record: its length, then its marshal bytes (``marshal.load`` on a file reads
    object by object; ``marshal.loads`` on the bytes read at once is many times faster)."""
    data = marshal.dumps(value)
    f.write(_LENGTH.pack(len(data)))
    f.write(data)


def _load(f: BinaryIO):
    """The record at the position of ``f`` (EOFError at the end)."""
    head = f.read(_LENGTH.size)
    if not head:
        raise EOFError
    return marshal.loads(f.read(_LENGTH.unpack(head)[0]))


def _records(path: Path) -> Iterator:
    """The records of a file, in order."""
    with open(path, "rb") as f:
        while True:
            try:
                yield _load(f)
            except EOFError:
                return


def memory_budget() -> int:
    """The bytes a spill holds in memory: ``KG_SPILL_BUDGET_MIB`` when set, else :data:`MEMORY_BUDGET`.

    >>> os.environ[BUDGET_ENV] = "0"; memory_budget(); del os.environ[BUDGET_ENV]
    0
    """
    value = os.environ.get(BUDGET_ENV)
    return MEMORY_BUDGET if not value else int(float(value) * 2**20)


def estimate(mentions: Sequence[tuple[str, list]], evidence: Sequence[tuple[str, str, str, list]],
             sentences: Mapping[int, str]) -> int:
    """The bytes (about) that a document's bulk takes in memory (:func:`rows`).

    >>> estimate([("k", [("a#0", 0, 3, 5, "甲院")])], [], {0: "甲院。"})
    256
    """
    rows = sum(len(ms) for _, ms in mentions) + sum(len(ev) for *_, ev in evidence)
    return ROW_BYTES * rows + sum(SENTENCE_BYTES + CHAR_BYTES * len(text) for text in sentences.values())


def rows(doc_id: str, mentions: Sequence[tuple[str, list]], evidence: Sequence[tuple[str, str, str, list]],
         sentences: Sequence) -> tuple[list, list, dict[int, str]]:
    """A document's bulk in the cache's encoding (:func:`kg.cache.encode`) as the spill keeps it:
    rows as tuples with their document id, mentions with their surface interned and evidence with
    its text (the sentence's string when the cache leaves it out), the sentences by index.

    >>> rows("a#0", [("k", [[None, 0, 3, 5, "甲院"]])], [("k", "r", "j", [[None, 0, 0, 9, None, "text"]])], [[0, "甲院支持乙。"]])
    ([('k', [('a#0', 0, 3, 5, '甲院')])], [('k', 'r', 'j', [('a#0', 0, 0, 9, '甲院支持乙。', 'text')])], {0: '甲院支持乙。'})
    """
    texts = dict(sentences)
    return ([(key, [(d or doc_id, i, s, e, intern(surface)) for d, i, s, e, surface in ms]) for key, ms in mentions],
            [(head, rel, tail, [(d or doc_id, i, s, e, texts[i] if text is None else text, intern(basis))
                                for d, i, s, e, text, basis in ev]) for head, rel, tail, ev in evidence],
            texts)


def _resolved(mentions, evidence, redirect: dict[str, str], entity: set[str]) -> tuple[list, list]:
    """A document's (key, mention rows) and (head, relation, tail, evidence rows) under the
    resolved keys, without those of keys that are no entity (and relations of an entity to itself)."""
    ms = []
    for key, found in mentions:
        key = redirect.get(key, key)
        if key in entity:
            ms.append((key, found))
    evs = []
    for head, rel, tail, found in evidence:
        head, tail = redirect.get(head, head), redirect.get(tail, tail)
        if head != tail and head in entity and tail in entity:
            evs.append((head, rel, tail, found))
    return ms, evs


def _merged(records: Iterator[tuple[str, list, list, dict[int, str]]]
            ) -> tuple[dict[str, list[Row]], dict[tuple[str, str, str], list[Row]], dict[tuple[str, int], str]]:
    """Documents' rows (:func:`rows`, under resolved keys) merged per entity and per relation, sorted, each once
    (as :func:`kg.resolve.resolution` does), and the sentences, by (document id, index)."""
    mentions: dict[str, list[Row]] = {}
    evidence: dict[tuple[str, str, str], dict[Row, None]] = {}
    sentences: dict[tuple[str, int], str] = {}
    for doc_id, ms, evs, texts in records:
        for i, text in texts.items():
            sentences[(doc_id, i)] = text
        for key, found in ms:
            mentions.setdefault(key, []).extend(found)
        for head, rel, tail, found in evs:
            evidence.setdefault((head, rel, tail), {}).update(dict.fromkeys(found))
    for key in mentions:
        mentions[key] = sorted(set(mentions[key]), key=MENTION_ROW_ORDER)
    return mentions, {k: sorted(rows, key=EVIDENCE_ROW_ORDER) for k, rows in evidence.items()}, sentences


@dataclass
class Spill:
    """The bulk of a corpus being built: documents appended by :meth:`add`, then :meth:`finish`.

    Documents are held in memory while their bulk (an estimate: :func:`estimate`) stays within
    ``budget`` bytes, and merged there by :meth:`finish` (:class:`HeldDetails`: no file, no
    encoding); the document that goes beyond it sends every document held, and all that follow,
    to disk.
    """

    budget: int = 0
    folder: _Folder | None = None
    handle: BinaryIO | None = None
    #: the documents held in memory (while no file is open), and the bytes they take (an estimate)
    held: list[tuple] = field(default_factory=list)
    held_bytes: int = 0
    #: where each document's record starts in the file, by document id
    offsets: dict[str, int] = field(default_factory=dict)
    #: rows each (unresolved) entity key brings: its mentions, and the evidence of the relations it heads
    rows: dict[str, int] = field(default_factory=dict)

    @classmethod
    def create(cls, budget: int | None = None) -> Spill:
        """A spill holding up to ``budget`` bytes in memory (default: :func:`memory_budget`; 0:
        every document goes to disk)."""
        return cls(memory_budget() if budget is None else budget)

    @property
    def spilled(self) -> bool:
        """Whether the documents went to disk."""
        return self.handle is not None

    def add(self, doc_id: str, mentions: Sequence[tuple[str, list]], evidence: Sequence[tuple[str, str, str, list]],
            sentences: Sequence) -> None:
        """Append one document: (entity key, mention rows) pairs, (head, relation, tail, evidence
        rows) and its (index, text) sentences, in the cache's encoding (:func:`kg.cache.encode`)."""
        counts = self.rows
        for key, ms in mentions:
            counts[key] = counts.get(key, 0) + len(ms)
        for head, _, _, ev in evidence:
            counts[head] = counts.get(head, 0) + len(ev)
        mentions, evidence, sentences = rows(doc_id, mentions, evidence, sentences)
        record = (doc_id, mentions, evidence, sentences)
        if self.handle is None:
            self.held_bytes += estimate(mentions, evidence, sentences)
            if self.held_bytes <= self.budget:
                self.held.append(record)
                return
            self._open()
        self.offsets[doc_id] = self.handle.tell()
        _dump(record, self.handle)

    def _open(self) -> None:
        """Open the file of the documents and move the documents held into it."""
        self.folder = _Folder()
        self.handle = open(self.folder.path / DOCUMENTS, "wb")
        for record in self.held:
            self.offsets[record[0]] = self.handle.tell()
            _dump(record, self.handle)
        self.held, self.held_bytes = [], 0

    def finish(self, keys: Sequence[str], redirect: dict[str, str]) -> Details | HeldDetails:
        """Sort the bulk into buckets of the entities ``keys`` (sorted, resolved; ``redirect`` maps
        a key that merged into another to that one's) and return the reader of the buckets (of
        the documents merged in memory when they were held)."""
        if self.handle is None:
            held, self.held, self.rows = self.held, [], {}
            return HeldDetails.merge(held, set(keys), redirect)
        self.handle.close()
        rows = {}
        for key, n in self.rows.items():
            final = redirect.get(key, key)
            rows[final] = rows.get(final, 0) + n
        starts, filled = [], ROWS_PER_BUCKET
        for key in keys:
            if filled >= ROWS_PER_BUCKET:
                starts.append(key)
                filled = 0
            filled += rows.get(key, 0)
        self.rows.clear()
        entity = set(keys)
        handles = [open(self._bucket(b), "wb") for b in range(len(starts))]
        try:
            for doc_id, mentions, evidence, sentences in _records(self.folder.path / DOCUMENTS):
                _route(doc_id, mentions, evidence, sentences, starts, redirect, entity, handles)
        finally:
            for h in handles:
                h.close()
        details = Details(self.folder, starts, self.offsets)
        for b in range(len(starts)):
            details.merge_bucket(b)
        return details

    def _bucket(self, b: int) -> Path:
        return self.folder.path / f"bucket-{b}"


def _route(doc_id: str, mentions, evidence, texts: dict[int, str], starts: list[str], redirect: dict[str, str],
           entity: set[str], handles: list[BinaryIO]) -> None:
    """One document's rows into the buckets of their entities, each with the sentences it needs."""
    out: dict[int, tuple[list, list, set[int]]] = {}
    ms, evs = _resolved(mentions, evidence, redirect, entity)
    for key, found in ms:
        b = bisect_right(starts, key) - 1
        part = out.get(b) or out.setdefault(b, ([], [], set()))
        part[0].append((key, found))
        part[2].update([m[1] for m in found])
    for head, rel, tail, found in evs:
        b = bisect_right(starts, head) - 1
        part = out.get(b) or out.setdefault(b, ([], [], set()))
        part[1].append((head, rel, tail, found))
    for b, (ms, evs, needed) in out.items():
        _dump((doc_id, ms, evs, {i: texts[i] for i in needed if i in texts}), handles[b])


class Glance(NamedTuple):
    """What a reader sees of a list of mentions or evidence at a glance: the documents they come
    from, and the first few, one per sentence."""

    documents: frozenset[str]
    first: tuple


def glance(items: Sequence, first: int, make: Callable | None = None) -> Glance:
    """The :class:`Glance` of ``items``: mentions or evidence, or with ``make`` (Mention or
    Evidence) their rows (document id, then sentence index, first), of which only the first
    ``first`` in distinct sentences are made, ``make(*row)``.

    >>> rows = [("a", 1, 0, 2, "x"), ("a", 1, 3, 5, "y"), ("b", 2, 0, 2, "z"), ("c", 0, 0, 2, "w")]
    >>> seen = glance(rows, 2, Mention)
    >>> sorted(seen.documents), [m.surface for m in seen.first]
    (['a', 'b', 'c'], ['x', 'z'])
    """
    rows = make is not None
    documents = frozenset([item[0] for item in items] if rows else [item.doc_id for item in items])
    seen, out = set(), []
    for item in items:
        where = (item[0], item[1]) if rows else (item.doc_id, item.sentence)
        if where not in seen:
            seen.add(where)
            out.append(make(*item) if rows else item)
            if len(out) == first:
                break
    return Glance(documents, tuple(out))


@dataclass(slots=True)
class MentionList(Sequence):
    """The mentions of one entity, read from the :class:`Details` when iterated (a graph's node
    attribute ``mentions``); its length is known without reading."""

    details: Details | HeldDetails
    key: str
    count: int

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, i):
        return self.details.mentions(self.key)[i]

    def __iter__(self) -> Iterator[Mention]:
        return iter(self.details.mentions(self.key)) if self.count else iter(())

    def glance(self, first: int) -> Glance:
        """The documents of the mentions and the first ``first`` of them in distinct sentences,
        without making the others (:func:`glance`)."""
        return self.details.glance_mentions(self.key, first) if self.count else Glance(frozenset(), ())


@dataclass(slots=True)
class EvidenceList(Sequence):
    """The evidence of one relation, read from the :class:`Details` when iterated (a graph's edge
    attribute ``evidence``)."""

    details: Details | HeldDetails
    head: str
    rel: str
    tail: str
    count: int

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, i):
        return self.details.evidence(self.head, self.rel, self.tail)[i]

    def __iter__(self) -> Iterator[Evidence]:
        return iter(self.details.evidence(self.head, self.rel, self.tail)) if self.count else iter(())

    def glance(self, first: int) -> Glance:
        """The documents of the evidence and the first ``first`` of it in distinct sentences,
        without making the rest (:func:`glance`)."""
        if not self.count:
            return Glance(frozenset(), ())
        return self.details.glance_evidence(self.head, self.rel, self.tail, first)


class _Counted:
    """What both readers give the graph: views of each entity's mentions and each relation's
    evidence that know their length (``counts``: key -> (mentions, documents); ``evidence_counts``)."""

    counts: dict[str, tuple[int, int]]
    evidence_counts: dict[tuple[str, str, str], int]

    def mention_list(self, key: str) -> MentionList:
        return MentionList(self, key, self.counts.get(key, (0, 0))[0])

    def documents(self, key: str) -> int:
        """How many documents the kept mentions of ``key`` come from."""
        return self.counts.get(key, (0, 0))[1]

    def evidence_list(self, head: str, rel: str, tail: str) -> EvidenceList:
        return EvidenceList(self, head, rel, tail, self.evidence_counts.get((head, rel, tail), 0))


class Details(_Counted):
    """The buckets of a finished :class:`Spill`: mentions, evidence and sentences by entity."""

    def __init__(self, folder: _Folder, starts: list[str], offsets: dict[str, int]) -> None:
        self.folder = folder
        self.starts = starts
        self.offsets = offsets
        self.counts: dict[str, tuple[int, int]] = {}
        self.evidence_counts: dict[tuple[str, str, str], int] = {}
        self._loaded = -1
        #: the keys of the bucket read last: from ``_low`` (included) to ``_high`` (excluded, None: no end)
        self._low: str | None = None
        self._high: str | None = None
        #: the bucket read last: marshal bytes of each entity's mentions and of its relations' evidence
        self._entities: dict[str, tuple[bytes, dict[tuple[str, str], bytes]]] = {}
        #: and of its sentences, read when first asked for
        self._sentence_bytes = b""
        self._sentences: dict[tuple[str, int], str] = {}
        #: the entity whose mentions were read last, and its mentions
        self._last: tuple = ((), ())

    @property
    def sentences(self) -> Sentences:
        """The sentences, as a mapping (a view: no cycle keeps the details alive)."""
        return Sentences(self)

    def merge_bucket(self, b: int) -> None:
        """Merge bucket ``b``'s rows per entity and relation and write it again, counting them:
        each entity's mentions and each relation's evidence as marshal bytes of their own, read
        only when asked for, and the sentences of the bucket."""
        path = self.folder.path / f"bucket-{b}"
        mentions, evidence, sentences = _merged(_records(path))
        entities: dict[str, tuple[bytes, dict[tuple[str, str], bytes]]] = {}
        for key in list(mentions):
            kept = mentions.pop(key)
            entities[key] = (marshal.dumps(kept), {})
            self.counts[key] = (len(kept), len({m[0] for m in kept}))
        for head, rel, tail in list(evidence):
            kept = evidence.pop((head, rel, tail))
            entities.setdefault(head, (_NONE, {}))[1][(rel, tail)] = marshal.dumps(kept)
            self.evidence_counts[(head, rel, tail)] = len(kept)
        with open(path, "wb") as f:
            _dump((entities, marshal.dumps(sentences)), f)

    def _bucket(self, key: str) -> dict:
        if self._low is not None and self._low <= key and (self._high is None or key < self._high):
            return self._entities  # the writers go through the keys in order: mostly the same bucket
        b = bisect_right(self.starts, key) - 1
        if b != self._loaded:
            self._entities, self._sentences, self._last = {}, {}, ((), ())  # the bucket read before goes first
            with open(self.folder.path / f"bucket-{b}", "rb") as f:
                self._entities, self._sentence_bytes = _load(f)
            self._loaded = b
        if b >= 0:
            self._low, self._high = self.starts[b], self.starts[b + 1] if b + 1 < len(self.starts) else None
        return self._entities

    def _read_mentions(self, key: str) -> list:
        rows = self._bucket(key).get(key)
        return marshal.loads(rows[0]) if rows else []

    def _read_evidence(self, head: str, rel: str, tail: str) -> list:
        rows = self._bucket(head).get(head)
        blob = rows[1].get((rel, tail)) if rows else None
        return marshal.loads(blob) if blob else []

    def mentions(self, key: str) -> tuple[Mention, ...]:
        """The mentions of ``key``, sorted (:data:`kg.resolve.MENTION_ORDER`)."""
        if self._last[0] == key:
            return self._last[1]
        mentions = tuple([Mention(*m) for m in self._read_mentions(key)])
        self._last = (key, mentions)
        return mentions

    def evidence(self, head: str, rel: str, tail: str) -> tuple[Evidence, ...]:
        """The evidence of a relation, sorted (:data:`kg.resolve.EVIDENCE_ORDER`)."""
        return tuple([Evidence(*v) for v in self._read_evidence(head, rel, tail)])

    def glance_mentions(self, key: str, first: int) -> Glance:
        if self._last[0] == key:
            return glance(self._last[1], first)
        return glance(self._read_mentions(key), first, Mention)

    def glance_evidence(self, head: str, rel: str, tail: str, first: int) -> Glance:
        return glance(self._read_evidence(head, rel, tail), first, Evidence)

    def sentence(self, doc_id: str, index: int) -> str | None:
        """The text of a sentence: from the bucket read last (the writers ask for the sentences of
        the mentions they write), else from the document's record."""
        if not self._sentences and self._sentence_bytes:
            self._sentences = marshal.loads(self._sentence_bytes)
        text = self._sentences.get((doc_id, index))
        if text is None and doc_id in self.offsets:
            text = self._document(doc_id)[3].get(index)
        return text

    def _document(self, doc_id: str) -> tuple:
        with open(self.folder.path / DOCUMENTS, "rb") as f:
            f.seek(self.offsets[doc_id])
            return _load(f)


class HeldDetails(_Counted):
    """The documents of a :class:`Spill` that held them in memory, merged: mentions, evidence and
    sentences by entity. Each entity's mentions and each relation's evidence become
    :class:`~kg.types.Mention` and :class:`~kg.types.Evidence` when first read (a rebuild that
    copies most pieces of the previous files reads few of them), then stay."""

    def __init__(self, mentions: dict[str, list[Row]], evidence: dict[tuple[str, str, str], list[Row]],
                 sentences: dict[tuple[str, int], str]) -> None:
        self._mention_rows = mentions
        self._evidence_rows = evidence
        self._mentions: dict[str, tuple[Mention, ...]] = {}
        self._evidence: dict[tuple[str, str, str], tuple[Evidence, ...]] = {}
        self.counts = {key: (len(rows), len({m[0] for m in rows})) for key, rows in mentions.items()}
        self.evidence_counts = {key: len(rows) for key, rows in evidence.items()}
        self.sentences = sentences

    @classmethod
    def merge(cls, held: list[tuple], entity: set[str], redirect: dict[str, str]) -> HeldDetails:
        """The documents ``held`` (emptied as they are read) merged under the resolved keys."""

        def records():
            for n, (doc_id, mentions, evidence, sentences) in enumerate(held):
                held[n] = None
                yield doc_id, *_resolved(mentions, evidence, redirect, entity), sentences

        merged = _merged(records())
        held.clear()
        return cls(*merged)

    def mentions(self, key: str) -> tuple[Mention, ...]:
        """The mentions of ``key``, sorted (:data:`kg.resolve.MENTION_ORDER`)."""
        made = self._mentions.get(key)
        if made is None:
            rows = self._mention_rows.pop(key, ())
            made = self._mentions[key] = tuple([Mention(*m) for m in rows])
        return made

    def glance_mentions(self, key: str, first: int) -> Glance:
        made = self._mentions.get(key)
        if made is not None:
            return glance(made, first)
        return glance(self._mention_rows.get(key, ()), first, Mention)

    def glance_evidence(self, head: str, rel: str, tail: str, first: int) -> Glance:
        made = self._evidence.get((head, rel, tail))
        if made is not None:
            return glance(made, first)
        return glance(self._evidence_rows.get((head, rel, tail), ()), first, Evidence)

    def evidence(self, head: str, rel: str, tail: str) -> tuple[Evidence, ...]:
        """The evidence of a relation, sorted (:data:`kg.resolve.EVIDENCE_ORDER`)."""
        made = self._evidence.get((head, rel, tail))
        if made is None:
            rows = self._evidence_rows.pop((head, rel, tail), ())
            made = self._evidence[(head, rel, tail)] = tuple([Evidence(*v) for v in rows])
        return made


@dataclass(frozen=True)
class Sentences(Mapping):
    """(document id, sentence index) -> text, read from the :class:`Details` (the graph's
    ``sentences``)."""

    details: Details

    def __getitem__(self, where: tuple[str, int]) -> str:
        text = self.details.sentence(*where)
        if text is None:
            raise KeyError(where)
        return text

    def __iter__(self) -> Iterator[tuple[str, int]]:
        for doc_id, _, _, sentences in _records(self.details.folder.path / DOCUMENTS):
            for i in sentences:
                yield (doc_id, i)

    def __len__(self) -> int:
        return sum(1 for _ in self)
