"""The build: every stage in order.

1. :func:`extract_all`: files are read and decoded here, one at a time; each document is taken
   from the cache (:mod:`kg.cache`) or normalised and extracted by a worker (:mod:`kg.engine`:
   local processes or a Dask cluster), a bounded number in flight, results in input order,
   each handed to the :class:`kg.assembly.Assembly` as it comes (its mentions, evidence and
   sentences go to disk: :mod:`kg.spill`);
2. :meth:`kg.assembly.Assembly.graph`: entities resolved across documents into one ``networkx``
   graph (:func:`assemble` does the same for extractions held in memory);
3. :func:`write_outputs`: every format written into a temporary folder, then moved into place
   (the RDF streamed from :func:`kg.rdf.triples`, never held as a graph).

>>> import tempfile, pathlib
>>> with tempfile.TemporaryDirectory() as tmp:
...     src = pathlib.Path(tmp, "in"); src.mkdir()
...     _ = (src / "a.txt").write_text("长治市人民医院牵头组建心血管专科联盟，为患者提供医疗服务。", encoding="utf-8")
...     report = build([src], pathlib.Path(tmp, "out"))
...     sorted(p.name for p in report.outputs)
['graph.graphml', 'graph.html', 'graph.ttl']
"""

from __future__ import annotations

import fcntl
import gc
import os
import shutil
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from .bulk import collection_paused
from .assembly import Assembly
from .cache import DEFAULT_NAME, Cache, cache_dir, encode
from .engine import IN_FLIGHT_PER_WORKER, Engine, Handle, Ready, Serial, open_engine
from .errors import OutputError
from .confidence import annotate
from .export import DEFAULT_FORMATS, FORMATS
from .export.html import MAX_NODES
from .extract import extract
from .graph import build_graph, summary
from .ingest import DEFAULT_MAX_BYTES, iter_documents
from .lexicon import shipped_lexicon
from .normalize import normalize
from .rdf import to_rdf
from .resolve import resolution
from .resources import Resources, division_parents, division_table, forget_resources, load_resources
from .reuse import Reuse
from .types import Document, Extraction, Skipped


#: name prefix of the temporary folder a build writes into before moving its files into place
TEMP_PREFIX = ".kg-build-"


@dataclass
class BuildReport:
    """What a build did: documents read and skipped, counts, files written, time per stage."""

    documents: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    outputs: list[Path] = field(default_factory=list)
    graph: nx.MultiDiGraph | None = None
    #: entities the HTML view leaves out (the RDF and GraphML have them all)
    view_left_out: int = 0
    #: documents extracted in this build, and taken from the cache
    extracted: int = 0
    cached: int = 0
    #: seconds per stage: "extract" (ingest, normalise, extract, cache), "assemble", then one per file written
    seconds: dict[str, float] = field(default_factory=dict)


@dataclass
class Extracted:
    """What :func:`extract_all` did: the documents skipped, and how many were extracted and cached."""

    skipped: list[Skipped] = field(default_factory=list)
    extracted: int = 0
    cached: int = 0


def extract_all(paths: Iterable[str | os.PathLike], add: Callable[[list], None], max_bytes: int = DEFAULT_MAX_BYTES,
                progress: Callable[[str], None] | None = None, engine: Engine | None = None,
                cache: Cache | None = None) -> Extracted:
    """Ingest every document, normalise and extract those the cache does not hold, and hand each
    extraction to ``add`` as :func:`kg.cache.encode` lists (what the cache stores).

    Documents stream through ``engine`` (this process when None) with a few per worker in
    flight, so memory follows the largest document, not the corpus. Results are handed over in
    input order, so the output does not depend on the engine or its number of workers.
    """
    result = Extracted()
    for item, fresh in _results(iter_documents(paths, max_bytes), engine or Serial(), cache):
        if isinstance(item, Skipped):
            result.skipped.append(item)
        else:
            add(item)
            if fresh:
                result.extracted += 1
            else:
                result.cached += 1
        if progress:
            progress(item.path if isinstance(item, Skipped) else item[0][1])
    return result


def _results(items: Iterable[Document | Skipped], engine: Engine,
             cache: Cache | None) -> Iterator[tuple[list | Skipped, bool]]:
    """(result, extracted now) per item, in order; misses are extracted by ``engine`` and cached.

    While the oldest item is being extracted, the next ones are still read, and those the cache
    holds wait behind it (at most :data:`READ_AHEAD` items in all): a rebuild reads the cache
    while a worker starts and extracts the few changed documents.
    """
    window = IN_FLIGHT_PER_WORKER * engine.workers
    pending: deque[tuple[Handle, str | None, bool]] = deque()
    in_flight = 0

    def oldest() -> tuple[list | Skipped, bool]:
        nonlocal in_flight
        handle, key, fresh = pending.popleft()
        in_flight -= fresh
        value = handle.result()
        if fresh and not isinstance(value, Skipped) and key and cache is not None:
            cache.put_encoded(key, value)
        return value, fresh

    for item in items:
        if isinstance(item, Skipped):
            pending.append((Ready(item), None, False))
        else:
            key = cache.key(item.id, item.path, item.sha256, item.format) if cache is not None else None
            hit = cache.get_encoded(key) if key else None
            pending.append((Ready(hit), key, False) if hit else (engine.submit(_extract_or_skip, item), key, True))
            in_flight += not hit
        while in_flight > window or len(pending) > READ_AHEAD or (pending and isinstance(pending[0][0], Ready)):
            yield oldest()
    while pending:
        yield oldest()


#: items read past one being extracted, at most (those found in the cache are held, decoded)
READ_AHEAD = 128


class ExtractionResources:
    """The resources of extraction as forked workers share them (:class:`kg.engine.Shared`)."""

    def load(self) -> None:
        load_resources()

    def release(self) -> None:
        forget_resources()
        gc.collect()  # the resources' memos refer to them: only the collector frees them


def _extract_or_skip(item: Document) -> list | Skipped:
    """The per-document work, what workers run: normalise and extract, and return the extraction
    as :func:`kg.cache.encode` lists (what the cache stores and :class:`kg.assembly.Assembly` takes)."""
    try:
        return encode(extract_document(item))
    except (KeyboardInterrupt, MemoryError):
        raise
    except Exception as e:  # a bug must not cost the user the rest of the corpus
        return Skipped(item.path, f"internal error while extracting ({type(e).__name__}: {e}); please report it")


def extract_document(doc: Document, res=None) -> Extraction:
    """Normalise and extract one document."""
    return extract(doc, normalize(doc.text, doc.format), res or load_resources())


def assemble(extractions: list[Extraction], res: Resources | None = None) -> nx.MultiDiGraph:
    """Cross-document work on extractions held in memory: resolve entities, assemble the graph,
    give each fact its confidence (a build does the same document by document:
    :class:`kg.assembly.Assembly`). Without ``res`` it reads only the lexicon and the division
    table: resolution needs no jieba and no automata."""
    lexicon, parents = (res.lexicon, res.gazetteer.parents) if res else (shipped_lexicon(),
                                                                           division_parents(division_table().values()))
    r = resolution([x.entities for x in extractions], [x.relations for x in extractions], lexicon, parents)
    sentences = {(x.doc.id, i): t for x in extractions for i, t in x.sentences}
    return annotate(build_graph(r.entities, r.relations, [x.doc for x in extractions], sentences))


def write_outputs(G: nx.MultiDiGraph, out: Path, formats: Iterable[str] = DEFAULT_FORMATS,
                  title: str = "kg", seconds: dict[str, float] | None = None,
                  reuse: Reuse | None = None) -> list[Path]:
    """Write the ``formats`` (names in :data:`kg.export.FORMATS`) into a temporary folder, then move
    each file into ``out``.

    Nothing in ``out`` changes until all files are complete; a failure leaves it as it was.
    The seconds each format took are added to ``seconds`` when given. With ``reuse``, the formats
    that can copy what did not change from the files in ``out`` (:mod:`kg.reuse`) do.
    """
    chosen = {name: FORMATS[name] for name in dict.fromkeys(formats)}
    try:
        out.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX, dir=out))
    except OSError as e:
        raise OutputError(f"{out}: cannot write the output folder ({e.strerror or e})") from None
    timings = seconds if seconds is not None else {}
    try:
        rdf = to_rdf(G)
        for name, f in chosen.items():
            start = time.perf_counter()
            if f.pieces:
                f.write(rdf if f.rdf else G, tmp, title, reuse)
            else:
                f.write(rdf if f.rdf else G, tmp, title)
            timings[name] = time.perf_counter() - start
        written = [name for f in chosen.values() for name in f.files]
        for name in written:
            (out / name).parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp / name, out / name)
        if reuse is not None:
            reuse.save()
        return sorted(out / name for name in written)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


#: descriptors of the output folders this process holds locked
_LOCKED: set[int] = set()


def _release_in_forked_child() -> None:
    """A forked worker drops its copy of the parent's lock, so that the lock goes with the parent."""
    for fd in _LOCKED:
        try:
            os.close(fd)
        except OSError:
            pass
    _LOCKED.clear()


os.register_at_fork(after_in_child=_release_in_forked_child)


@contextmanager
def output_lock(out: Path) -> Iterator[None]:
    """Hold the output folder for one build: a second build into it stops with :class:`OutputError`.

    The lock (``flock`` on the folder itself, so nothing is added to it) goes with the process,
    even one killed with SIGKILL (forked workers do not keep it); whoever holds it may remove the
    temporary folders it finds, as the builds that made them are gone.
    """
    try:
        out.mkdir(parents=True, exist_ok=True)
        fd = os.open(out, os.O_RDONLY | os.O_DIRECTORY)
    except OSError as e:
        raise OutputError(f"{out}: cannot write the output folder ({e.strerror or e})") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputError(f"{out}: another kg build is writing this folder; "
                              "wait until it ends or choose another --out") from None
        _LOCKED.add(fd)
        for stale in out.glob(TEMP_PREFIX + "*"):
            shutil.rmtree(stale, ignore_errors=True)
        yield
    finally:
        _LOCKED.discard(fd)
        os.close(fd)


def build(paths: Iterable[str | os.PathLike], out: Path, formats: Iterable[str] = DEFAULT_FORMATS,
          max_bytes: int = DEFAULT_MAX_BYTES, progress: Callable[[str], None] | None = None,
          title: str | None = None, jobs: int | None = None, cache: bool = True, engine: str = "local",
          scheduler: str | None = None) -> BuildReport:
    """Build the graph of the documents under ``paths`` and write it to ``out``, held with
    :func:`output_lock` from start to end.

    ``jobs`` workers (default: every core) normalise and extract on ``engine`` (``local`` or
    ``dask``, at ``scheduler`` when given); with ``cache`` only documents that are new or changed
    since the last build are extracted (:mod:`kg.cache`).
    """
    paths, out = list(paths), Path(out)
    # the tables, the graph and the triples hold no cycles: see kg.bulk
    with output_lock(out), collection_paused():
        seconds: dict[str, float] = {}
        start = time.perf_counter()
        store = Cache(cache_dir(out)) if cache else None
        assembly = Assembly()
        with open_engine(engine, jobs, scheduler, ExtractionResources()) as workers:
            done = extract_all(paths, assembly.add, max_bytes, progress, workers, store)
        seconds["extract"] = time.perf_counter() - start
        start = time.perf_counter()
        G, prints = assembly.graph()
        documents = len(assembly.documents)
        seconds["assemble"] = time.perf_counter() - start
        label = title or "kg: " + ", ".join(str(p) for p in paths)
        outputs = write_outputs(G, out, formats, label, seconds, Reuse(prints, out) if cache else None)
        if store is not None and cache_dir(out) == out / DEFAULT_NAME:
            store.prune()  # a cache of its own keeps only this corpus; a shared one (KG_CACHE_DIR) keeps all
    left_out = max(0, G.number_of_nodes() - MAX_NODES)
    return BuildReport(documents, done.skipped, summary(G), outputs, G, left_out, done.extracted, done.cached,
                       seconds)
