"""The extraction cache: one file per document, so a rebuild extracts only what changed.

An entry is keyed by the document (its id, path and the SHA-256 of its bytes) and by
:func:`extractor_version`, a hash of the code and data extraction depends on (``kg/extract``,
``kg/normalize.py``, ``kg/resources.py``, ``kg/tokens.py``, ``kg/lexicon.py``, ``kg/ingest.py``, ``kg/types.py`` and
every file under ``kg/data``, the lexicon tables included): editing a rule, the lexicon, the
gazetteer or an alias table makes every entry stale. Entries are JSON, never pickle, and carry their key and a checksum of their body: a
truncated, corrupt or foreign entry (another key, another version, anything that fails to
decode) is ignored and rebuilt, never trusted. Writes are atomic (a temporary file renamed).

The cache lives in ``<out>/.kg-cache`` unless ``KG_CACHE_DIR`` names another folder.

>>> import tempfile
>>> from kg.types import DocumentInfo, Extraction
>>> x = Extraction(DocumentInfo("a.txt#0", "a.txt", "0" * 64, "utf-8", 3, "t", None, 1), (), (), ((0, "句子"),))
>>> with tempfile.TemporaryDirectory() as tmp:
...     cache = Cache(Path(tmp))
...     key = cache.key("a.txt#0", "a.txt", "0" * 64, "text")
...     (cache.get(key), cache.put(key, x), cache.get(key) == x)
(None, None, True)
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from sys import intern
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .types import DocumentInfo, Entity, Evidence, Extraction, Mention, Relation

#: environment variable naming a cache folder shared by builds
ENV_DIR = "KG_CACHE_DIR"
#: name of the cache folder inside the output folder
DEFAULT_NAME = ".kg-cache"
#: first line of every entry; bumped when the entry layout changes
MAGIC = "kg-extraction-cache 3"
PACKAGE = Path(__file__).resolve().parent
#: what extraction depends on, relative to the package (folders are hashed whole)
VERSIONED = ("extract", "normalize.py", "resources.py", "tokens.py", "lexicon.py", "ingest.py", "types.py", "model.py", "pairs.py", "data")


@cache
def extractor_version() -> str:
    """A hash of the code and data of extraction (computed once per process).

    >>> len(extractor_version())
    64
    """
    h = hashlib.sha256(MAGIC.encode())
    for name in VERSIONED:
        path = PACKAGE / name
        files = sorted(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts) \
            if path.is_dir() else [path]
        for f in files:
            h.update(str(f.relative_to(PACKAGE)).encode() + b"\0" + hashlib.sha256(f.read_bytes()).digest())
    return h.hexdigest()


def cache_dir(out: Path) -> Path:
    """Where the cache of a build into ``out`` lives.

    >>> os.environ.pop(ENV_DIR, None) and None
    >>> cache_dir(Path("out"))
    PosixPath('out/.kg-cache')
    """
    env = os.environ.get(ENV_DIR)
    return Path(env) if env else Path(out) / DEFAULT_NAME


def clear(folder: Path) -> int:
    """Remove the cache folder; returns the number of entries it held."""
    if not folder.is_dir():
        return 0
    count = sum(1 for _ in folder.glob("??/*.json"))
    shutil.rmtree(folder)
    return count


@dataclass
class Cache:
    """Cached extractions in ``folder`` (created on first write); counts hits and misses."""

    folder: Path
    hits: int = 0
    misses: int = 0
    used: set[str] = field(default_factory=set)

    def key(self, doc_id: str, path: str, sha256: str, fmt: str) -> str:
        """The key of a document's extraction under the current extractor."""
        parts = (extractor_version(), doc_id, path, sha256, fmt)
        return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> Extraction | None:
        """The cached extraction, or None when absent, unreadable, corrupt or not this key's."""
        return self._read(key, decode)

    def holds(self, key: str) -> bool:
        """Whether there is an entry under ``key`` (not whether it is readable: :meth:`get` says)."""
        return self._path(key).is_file()

    def get_encoded(self, key: str) -> list | None:
        """:meth:`get` as :func:`encode` lists (checked by :func:`check`, not decoded)."""
        return self._read(key, check)

    def _read(self, key: str, parse):
        self.used.add(key)
        try:
            header, checksum, body = self._path(key).read_bytes().split(b"\n", 2)
            if header.decode() != f"{MAGIC} {key}" or hashlib.sha256(body).hexdigest() != checksum.decode():
                raise ValueError("foreign or corrupt entry")
            x = parse(json.loads(body))
        except (OSError, ValueError, TypeError, KeyError, IndexError, UnicodeError):
            self.misses += 1
            return None
        self.hits += 1
        return x

    def put(self, key: str, x: Extraction) -> None:
        """Store an extraction (atomically; a failure to write only costs the cache)."""
        self.put_encoded(key, encode(x))

    def put_encoded(self, key: str, data: list) -> None:
        """Store an extraction given as :func:`encode` lists."""
        self.used.add(key)
        body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")
        path = self._path(key)
        tmp: Path | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            tmp = Path(name)
            with os.fdopen(fd, "wb") as f:
                f.write(f"{MAGIC} {key}\n{hashlib.sha256(body).hexdigest()}\n".encode() + body)
            os.replace(tmp, path)
        except OSError:
            if tmp is not None:
                tmp.unlink(missing_ok=True)

    def prune(self) -> int:
        """Remove the entries this build did not use (documents removed or changed); returns how many."""
        removed = 0
        for f in self.folder.glob("??/*"):  # entries only (kg.reuse keeps its indexes in pieces/)
            if f.stem not in self.used:
                f.unlink(missing_ok=True)
                removed += 1
        return removed


def encode(x: Extraction) -> list:
    """An extraction as JSON-ready lists (the inverse of :func:`decode`); a mention's or evidence's
    document id is left out (``null``) when it is the document's, an evidence's text when it is
    its sentence's."""
    d = x.doc
    texts = dict(x.sentences)
    return [[d.id, d.path, d.sha256, d.encoding, d.size, d.title, d.date, d.sentences],
            [[e.key, e.type, e.name, sorted(e.aliases), [_mention(m, d.id) for m in e.mentions], e.code, e.place,
              e.mention_count, list(e.rules)] for e in x.entities],
            [[r.head, r.rel, r.tail, [_evidence(v, d.id, texts) for v in r.evidence], list(r.rules)]
             for r in x.relations],
            [list(s) for s in x.sentences]]


def _mention(m: Mention, doc_id: str) -> list:
    return [None if m.doc_id == doc_id else m.doc_id, m.sentence, m.start, m.end, m.surface]


def _evidence(v: Evidence, doc_id: str, texts: dict[int, str]) -> list:
    return [None if v.doc_id == doc_id else v.doc_id, v.sentence, v.start, v.end,
            None if texts.get(v.sentence) == v.text and v.doc_id == doc_id else v.text, v.basis]


def check(data: list) -> list:
    """``data`` if it has the shape of :func:`encode`'s lists; raises ValueError/TypeError otherwise.

    >>> check([["a#0", "a", "0", "utf-8", 1, "", None, 1], [], [], []])[0][0]
    'a#0'
    >>> check({"not": "an extraction"})
    Traceback (most recent call last):
    ...
    ValueError: not an extraction
    """
    if type(data) is not list or len(data) != 4:
        raise ValueError("not an extraction")
    doc, entities, relations, sentences = data
    if (len(doc) != 8 or any(len(e) != 9 or any(len(m) != 5 for m in e[4]) for e in entities)
            or any(len(r) != 5 or any(len(v) != 6 for v in r[3]) for r in relations)
            or any(len(s) != 2 for s in sentences)):
        raise ValueError("not an extraction")
    return data


def decode(data: list) -> Extraction:
    """The extraction of :func:`encode`'s lists; raises ValueError/TypeError on anything else.

    Names, keys, surfaces and rule ids are interned (:func:`sys.intern`) and an evidence's text is
    its sentence's string, so a corpus held in memory keeps one copy of each.
    """
    doc, entities, relations, sentences = data
    info = DocumentInfo(*doc)
    doc_id = info.id
    texts = {i: s for i, s in sentences}
    return Extraction(
        info,
        tuple(Entity(intern(k), intern(t), intern(n), frozenset(map(intern, a)),
                     tuple(Mention(doc_id if d is None else d, i, b, e, intern(surface)) for d, i, b, e, surface in ms),
                     c and intern(c), p and intern(p), mc, tuple(map(intern, rs)))
              for k, t, n, a, ms, c, p, mc, rs in entities),
        tuple(Relation(intern(h), intern(r), intern(t),
                       tuple(Evidence(doc_id if d is None else d, i, b, e, texts[i] if text is None else text, intern(basis))
                             for d, i, b, e, text, basis in ev), tuple(map(intern, rs)))
              for h, r, t, ev, rs in relations),
        tuple((i, s) for i, s in sentences))
