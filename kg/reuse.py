"""Reuse: a rebuild copies the parts of the previous files that cannot have changed.

The files that follow the entities (``graph.ttl`` and ``graph.nt``: each entity with its
mentions and statements; ``graph.graphml``: each node, then each node's edges) are written piece
by piece, one piece per entity, and an index records where each piece lies under the entity's
*fingerprint*: a hash of everything the piece is made from, namely

* the version of kg that writes (every file of the package, code and data, so the extractor too);
* the entity's key, and the documents that contributed to it, in input order, each by id, path
  and SHA-256 (with the extractor's version, a document's extraction is a function of these):
  those whose entities were merged into it, and those that stated its relations;
* whether its place exists, and the targets of its edges (entities of other documents).

A rebuild writes the pieces whose fingerprint is new and copies the others from the previous
file, which it uses only when its SHA-256 is the one the index recorded: a missing, changed,
corrupt or foreign index or file only means that everything is written anew. Either way the
bytes are those of a build from scratch.

The index of ``<out>/graph.ttl`` lives in the cache folder (:func:`kg.cache.cache_dir`), under
``pieces/`` and a hash of the output folder's path (a shared ``KG_CACHE_DIR`` serves several).

>>> import tempfile
>>> with tempfile.TemporaryDirectory() as tmp:
...     index = Path(tmp, "index.json")
...     with PieceWriter.open(Path(tmp, "a.txt")) as w:
...         w.write(b"head\\n")
...         w.write(b"piece one\\n", "f1")
...     w.save(index, "v1")
...     old = Previous.load(Path(tmp, "a.txt"), index, "v1")
...     old.get("f1"), old.get("f2"), Previous.load(Path(tmp, "a.txt"), index, "v2").get("f1")
(b'piece one\\n', None, None)
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import BinaryIO, NamedTuple

import networkx as nx

from .cache import cache_dir
from .types import DocumentInfo, Extraction

#: first element of every index; bumped when the index layout changes
MAGIC = "kg-pieces 1"
#: the folder of the indexes inside the cache folder
FOLDER = "pieces"
PACKAGE = Path(__file__).resolve().parent
#: bytes read at a time when the previous file is hashed
READ_CHUNK = 1 << 20


@cache
def writer_version() -> str:
    """A hash of every file of the package (computed once per process).

    >>> len(writer_version())
    64
    """
    h = hashlib.sha256(MAGIC.encode())
    for f in sorted(p for p in PACKAGE.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        h.update(str(f.relative_to(PACKAGE)).encode() + b"\0" + hashlib.sha256(f.read_bytes()).digest())
    return h.hexdigest()


def sources_of(extractions: Iterable[Extraction], redirect: Sequence[Mapping[str, str]]) -> dict[str, list[DocumentInfo]]:
    """The documents that contributed to each entity key, in input order, each once, for
    :func:`fingerprints`: ``redirect[i]`` maps the key of an entity of ``extractions[i]`` that
    became another key (renamed by its place, merged into another entity) to that key
    (:attr:`kg.resolve.Resolution.redirect`); the head of a relation that the document does not
    name counts as written (a build does the same document by document: :mod:`kg.assembly`).

    >>> from kg.types import Entity
    >>> a = Extraction(DocumentInfo("a#0", "a", "0" * 64, "utf-8", 1, "", None, 1), (Entity("k", "City", "甲"),), ())
    >>> [d.id for d in sources_of([a], [{"k": "j"}])["j"]]
    ['a#0']
    """
    sources: dict[str, dict[str, DocumentInfo]] = {}
    for x, moved in zip(extractions, redirect, strict=True):
        heads = {e.key for e in x.entities} | {r.head for r in x.relations}
        for key in heads:
            sources.setdefault(moved.get(key, key), {})[x.doc.id] = x.doc
    return {key: list(docs.values()) for key, docs in sources.items()}


def fingerprints(G: nx.MultiDiGraph, sources: Mapping[str, Iterable[DocumentInfo]],
                 version: str | None = None) -> dict[str, str]:
    """The fingerprint of each entity of ``G`` (see the module docstring); ``sources`` gives, for
    each entity key, the documents that contributed to it, in input order, each once (those that
    named it or an entity renamed or merged into it, and those that stated a relation it heads:
    :func:`sources_of`).

    >>> from kg.graph import build_graph
    >>> from kg.types import Entity
    >>> a, b = (DocumentInfo(f"{n}#0", n, c * 64, "utf-8", 1, "", None, 1) for n, c in (("a", "0"), ("b", "1")))
    >>> G = build_graph([Entity("k", "City", "甲")], [], [a, b])
    >>> fingerprints(G, {"k": [a]}, "v") == fingerprints(G, {"k": [a]}, "v") != fingerprints(G, {"k": [a, b]}, "v")
    True
    """
    version = writer_version() if version is None else version
    out = {}
    tokens: dict[str, str] = {}  # a document's part of a fingerprint, by id, made once
    for key, data in G.nodes(data=True):
        place = data.get("place")
        edges = sorted(f"{rel}\x1f{tail}" for tail, by_rel in G.succ[key].items() for rel in by_rel)
        documents = [tokens.get(d.id) or tokens.setdefault(d.id, f"{d.id}\x1f{d.path}\x1f{d.sha256}")
                     for d in sources.get(key, ())]
        parts = (version, key, *documents, "\x1e", str(place), str(place in G), "\x1e", *edges)
        out[key] = hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return out


class LazyFingerprints:
    """:func:`fingerprints` made when first asked for (:meth:`table`): a build forks the process
    that writes the view (which needs none) before the writers that copy pieces ask, so that the
    view starts sooner.

    >>> from kg.graph import build_graph
    >>> from kg.types import Entity
    >>> G = build_graph([Entity("k", "City", "甲")], [], [])
    >>> prints = LazyFingerprints(G, {}, "v")
    >>> prints.made, prints.table() == fingerprints(G, {}, "v"), prints.made
    (False, True, True)
    """

    def __init__(self, G: nx.MultiDiGraph, sources: Mapping[str, Iterable[DocumentInfo]],
                 version: str | None = None) -> None:
        self._inputs: tuple | None = (G, sources, version)
        self._table: dict[str, str] = {}

    @property
    def made(self) -> bool:
        """Whether the fingerprints were made."""
        return self._inputs is None

    def table(self) -> dict[str, str]:
        """The fingerprint of each entity by its key (made on the first call)."""
        if self._inputs is not None:
            self._table, self._inputs = fingerprints(*self._inputs), None
        return self._table


def index_path(out: Path, name: str) -> Path:
    """Where the index of the file ``name`` of the output folder ``out`` lives."""
    folder_id = hashlib.sha256(str(Path(out).resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return cache_dir(Path(out)) / FOLDER / f"{folder_id}-{name.replace('/', '_')}.json"


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(READ_CHUNK):
            h.update(chunk)
    return h.hexdigest()


@dataclass
class Previous:
    """The pieces of a previous file, read when asked for (nothing is read when there is none)."""

    path: Path | None = None
    pieces: dict[str, tuple[int, int]] = field(default_factory=dict)
    handle: BinaryIO | None = None

    @classmethod
    def load(cls, path: Path, index: Path, version: str) -> Previous:
        """The pieces of ``path`` if ``index`` describes it under ``version``, else none."""
        try:
            magic, indexed_version, sha256, pieces = json.loads(index.read_bytes())
            if magic != MAGIC or indexed_version != version or _file_sha256(path) != sha256:
                raise ValueError("foreign or stale index")
            return cls(path, {fp: (int(offset), int(size)) for fp, (offset, size) in pieces.items()})
        except (OSError, ValueError, TypeError, AttributeError):
            return cls()

    def get(self, fingerprint: str) -> bytes | None:
        """The bytes of the piece, or None when the previous file has no such piece."""
        where = self.pieces.get(fingerprint)
        return None if where is None else self.read(*where)

    def read(self, offset: int, size: int) -> bytes | None:
        """``size`` bytes of the previous file from ``offset``, or None when it has none (or fewer)."""
        if self.path is None:
            return None
        if self.handle is None:
            self.handle = open(self.path, "rb")
        self.handle.seek(offset)
        data = self.handle.read(size)
        return data if len(data) == size else None

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()
            self.handle = None


@dataclass
class PieceWriter:
    """A file written as bytes, recording where each fingerprinted piece lies and hashing it all."""

    handle: BinaryIO
    sha256: hashlib._Hash = field(default_factory=hashlib.sha256)
    offset: int = 0
    pieces: dict[str, tuple[int, int]] = field(default_factory=dict)

    @classmethod
    def open(cls, path: Path) -> PieceWriter:
        return cls(open(path, "wb"))

    def __enter__(self) -> PieceWriter:
        return self

    def __exit__(self, *exc) -> None:
        self.handle.close()

    def write(self, data: bytes, fingerprint: str | None = None) -> None:
        """Append ``data``; a piece with a ``fingerprint`` is recorded in the index."""
        self.handle.write(data)
        self.sha256.update(data)
        if fingerprint is not None:
            self.pieces[fingerprint] = (self.offset, len(data))
        self.offset += len(data)

    def write_run(self, data: bytes, pieces: Iterable[tuple[str, int]]) -> None:
        """Append ``data``, the pieces ``(fingerprint, size)`` one after the other."""
        self.handle.write(data)
        self.sha256.update(data)
        for fingerprint, size in pieces:
            self.pieces[fingerprint] = (self.offset, size)
            self.offset += size

    def save(self, index: Path, version: str) -> None:
        """Write the index of the file (atomically; a failure only costs the next rebuild its reuse)."""
        body = json.dumps([MAGIC, version, self.sha256.hexdigest(), self.pieces], separators=(",", ":")).encode()
        tmp = index.with_name(f".{index.name}.{os.getpid()}.tmp")
        try:
            index.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(body)
            os.replace(tmp, index)
        except OSError:
            tmp.unlink(missing_ok=True)



class Part(NamedTuple):
    """A part of a file: its text, made when asked for, and the entity it shows (``(kind, key)``,
    the kind telling apart two pieces of one entity in one file), or None for a part that is
    always written (a header, the documents)."""

    piece: tuple[str, str] | None
    make: Callable[[], str]


@dataclass
class Reuse:
    """The fingerprints of a build's entities and the output folder of the previous build; collects
    the new indexes, saved by :meth:`save` once the files are in place."""

    fingerprints: dict[str, str] | LazyFingerprints
    out: Path
    version: str = field(default_factory=writer_version)
    written: dict[str, PieceWriter] = field(default_factory=dict)

    def write(self, path: Path, name: str, parts: Iterable[Part]) -> None:
        """Write ``parts`` to ``path``, the future ``<out>/<name>``, copying the pieces the previous
        file has: pieces that lay one after the other there are copied with one read, up to
        :data:`READ_CHUNK` bytes at a time."""
        previous = Previous.load(self.out / name, index_path(self.out, name), self.version)
        try:
            with PieceWriter.open(path) as w:
                run = _Run(previous, w)
                for piece, make in parts:
                    fp = self.fingerprint(piece)
                    where = previous.pieces.get(fp) if fp else None
                    if where is None:
                        run.flush()
                        w.write(make().encode("utf-8"), fp)
                    elif not run.extend(fp, where, make):
                        run.flush()
                        run.extend(fp, where, make)
                run.flush()
        finally:
            previous.close()
        self.written[name] = w

    def fingerprint(self, piece: tuple[str, str] | None) -> str | None:
        """The fingerprint of a piece: its kind and its entity's fingerprint (None for a part that is
        not a piece, or an entity without one)."""
        if piece is None or piece[1] not in self._table:
            return None
        return piece[0] + self._table[piece[1]]

    @cached_property
    def _table(self) -> dict[str, str]:
        """:attr:`fingerprints` as a dict (made when the first piece asks, if they are lazy)."""
        return self.fingerprints.table() if isinstance(self.fingerprints, LazyFingerprints) else self.fingerprints

    def save(self) -> None:
        """Save the index of every file written (call once they are in ``out``)."""
        for name, w in self.written.items():
            w.save(index_path(self.out, name), self.version)


@dataclass
class _Run:
    """Pieces of the previous file that lie one after the other, to be copied with one read (and
    made anew if the read comes short)."""

    previous: Previous
    writer: PieceWriter
    start: int = 0
    end: int = 0
    pieces: list[tuple[str, int, Callable[[], str]]] = field(default_factory=list)

    def extend(self, fingerprint: str, where: tuple[int, int], make: Callable[[], str]) -> bool:
        """Add the piece at ``where`` if it follows the run and the run stays within
        :data:`READ_CHUNK` bytes (an empty run takes any piece); False when it does not."""
        offset, size = where
        if self.pieces and (offset != self.end or self.end + size - self.start > READ_CHUNK):
            return False
        if not self.pieces:
            self.start = offset
        self.end = offset + size
        self.pieces.append((fingerprint, size, make))
        return True

    def flush(self) -> None:
        """Copy the run into the writer and start an empty one."""
        if not self.pieces:
            return
        data = self.previous.read(self.start, self.end - self.start)
        if data is None:
            for fingerprint, _, make in self.pieces:
                self.writer.write(make().encode("utf-8"), fingerprint)
        else:
            self.writer.write_run(data, ((fingerprint, size) for fingerprint, size, _ in self.pieces))
        self.pieces = []
