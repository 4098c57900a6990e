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
import functools
import gc
import multiprocessing
import multiprocessing.process
import os
import shutil
import signal
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path

import networkx as nx

from .bulk import collection_paused
from .assembly import Assembly
from .cache import DEFAULT_NAME, Cache, cache_dir, encode
from .engine import IN_FLIGHT_PER_WORKER, STOP_SIGNALS, Engine, Handle, Serial, default_jobs, open_engine
from .errors import InterruptedAfterWriting, NoDocumentsError, OutputError
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
                cache: Cache | None = None, skip: Iterable[Path] = ()) -> Extracted:
    """Ingest every document (none under the folders ``skip``), normalise and extract those the cache does not hold, and hand each
    extraction to ``add`` as :func:`kg.cache.encode` lists (what the cache stores).

    Documents stream through ``engine`` (this process when None) with a few per worker in
    flight, so memory follows the largest document, not the corpus. Results are handed over in
    input order, so the output does not depend on the engine or its number of workers.
    """
    result = Extracted()
    for item, fresh in _results(iter_documents(paths, max_bytes, skip), engine or Serial(), cache):
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


@dataclass(eq=False)
class _Entry:
    """A document (or a file skipped) read ahead of the one handed over."""

    item: Document | Skipped
    #: its cache key (None without a cache, or for a file skipped)
    key: str | None = None
    #: whether it is to be extracted (the cache does not hold it)
    missing: bool = False
    #: its extraction by the engine, once submitted
    handle: Handle | None = None
    #: its entry taken from the cache ahead of time (:attr:`taken`: None when unreadable)
    value: list | None = None
    taken: bool = False


def _results(items: Iterable[Document | Skipped], engine: Engine,
             cache: Cache | None) -> Iterator[tuple[list | Skipped, bool]]:
    """(result, extracted now) per item, in order; misses are extracted by ``engine`` and cached.

    Documents are read ahead of the one handed over (at most :data:`LOOK_AHEAD` of them and
    :data:`LOOK_AHEAD_CHARS` characters, or until the workers have enough to do), and those the
    cache does not hold are submitted at once: a rebuild sends a changed document to a worker as
    soon as it reads it, and takes the others from the cache meanwhile. While the oldest document
    is being extracted, the cache entries of the next ones are read (at most :data:`READ_AHEAD`).
    The engine is told how many documents are to be extracted among those first read
    (:meth:`kg.engine.Engine.expect`).
    """
    window = IN_FLIGHT_PER_WORKER * engine.workers
    source = iter(items)
    ahead: deque[_Entry] = deque()  # read and not handed over, in input order
    todo: deque[_Entry] = deque()  # those of them to extract and not submitted yet, in input order
    chars = in_flight = held = 0
    expected = False

    def read() -> None:
        nonlocal chars
        while (len(ahead) < LOOK_AHEAD and chars < LOOK_AHEAD_CHARS and in_flight + len(todo) < window
               and (item := next(source, None)) is not None):
            entry = _Entry(item)
            if not isinstance(item, Skipped):
                chars += len(item.text)
                if cache is not None:
                    entry.key = cache.key(item.id, item.path, item.sha256, item.format)
                if entry.key is None or not cache.holds(entry.key):
                    entry.missing = True
                    todo.append(entry)
            ahead.append(entry)

    def submit(entry: _Entry) -> None:
        nonlocal in_flight, expected
        if not expected:
            engine.expect(len(todo) + 1)
            expected = True
        entry.handle = engine.submit(_extract_or_skip, entry.item)
        in_flight += 1

    def take(entry: _Entry) -> None:
        nonlocal held
        entry.value, entry.taken = cache.get_encoded(entry.key), True
        held += entry.value is not None

    while True:
        read()
        while todo and in_flight < window:
            submit(todo.popleft())
        if not ahead:
            return
        first = ahead[0]
        if first.handle is not None:  # being extracted: read the cache behind it meanwhile
            for entry in ahead:
                if held >= READ_AHEAD:
                    break
                if entry.key is not None and not entry.missing and not entry.taken:
                    take(entry)
        ahead.popleft()
        if isinstance(first.item, Skipped):
            yield first.item, False
            continue
        chars -= len(first.item.text)
        if first.handle is None:
            if not first.taken:
                take(first)
            if first.value is not None:
                held -= 1
                yield first.value, False
                continue
            submit(first)  # held by the cache, but unreadable there
        value = first.handle.result()
        in_flight -= 1
        if not isinstance(value, Skipped) and first.key and cache is not None:
            cache.put_encoded(first.key, value)
        yield value, True


#: documents read past the one handed over, at most, and their characters
LOOK_AHEAD = 512
LOOK_AHEAD_CHARS = 16 * 2**20
#: cache entries read past a document being extracted, at most (held, decoded)
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
    as :func:`kg.cache.encode` lists (what the cache stores and :class:`kg.assembly.Assembly` takes).
    A worker that did not get the resources from its parent loads them on its first document, the
    collector paused (they hold no cycles: :mod:`kg.bulk`)."""
    try:
        with collection_paused():
            res = load_resources()
        return encode(extract_document(item, res))
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
                  reuse: Reuse | None = None, apart: bool = False) -> list[Path]:
    """Write the ``formats`` (names in :data:`kg.export.FORMATS`) into a temporary folder, then move
    each file into ``out``.

    Nothing in ``out`` changes until all files are complete; a failure leaves it as it was.
    The seconds each format took are added to ``seconds`` when given. With ``reuse``, the formats
    that can copy what did not change from the files in ``out`` (:mod:`kg.reuse`) do. With
    ``apart``, the formats that copy nothing (the view among them) are written by a forked process
    (:class:`Apart`) while this one writes the others, so that two cores write at once; the files
    are the same.
    """
    chosen = {name: FORMATS[name] for name in dict.fromkeys(formats)}
    try:
        out.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX, dir=out))
    except OSError as e:
        raise OutputError(f"{out}: cannot write the output folder ({e.strerror or e})") from None
    timings = seconds if seconds is not None else {}
    other: Apart | None = None
    try:
        rdf = functools.cache(lambda: to_rdf(G))  # the triples' view of G, made when a format needs it

        def write(names: Iterable[str]) -> dict[str, float]:
            took = {}
            for name in names:
                f, start = chosen[name], time.perf_counter()
                source = rdf() if f.rdf else G
                if f.pieces:
                    f.write(source, tmp, title, reuse)
                else:
                    f.write(source, tmp, title)
                took[name] = time.perf_counter() - start
            return took

        away = [name for name, f in chosen.items() if apart and not f.pieces]
        if away and len(away) < len(chosen):
            if any(chosen[name].rdf for name in away):
                rdf()  # made before the fork, so that both processes share it
            other = Apart.start(lambda: write(away))
        else:
            away = []
        took = write(name for name in chosen if name not in away)
        if other is not None:
            took.update(other.wait())
        timings.update((name, took[name]) for name in chosen)
        written = [name for f in chosen.values() for name in f.files]
        with _uninterrupted():  # every file moves, or none: never half of one corpus's files beside the other's
            for name in written:
                (out / name).parent.mkdir(parents=True, exist_ok=True)
                os.replace(tmp / name, out / name)
            if reuse is not None:
                reuse.save()
        return sorted(out / name for name in written)
    finally:
        if other is not None:
            other.stop()
        shutil.rmtree(tmp, ignore_errors=True)


@contextmanager
def _uninterrupted() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM while the block runs (moving the new files into place: a few
    renames); one that came meanwhile then stops the build as
    :class:`~kg.errors.InterruptedAfterWriting`, as the new outputs are all in place. (The
    handlers are swapped, not the signals blocked: another thread, a progress bar's, may be the
    one the signal reaches.) Outside the main thread, which alone runs handlers, nothing is held."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held: list[int] = []
    previous = {s: signal.signal(s, lambda signum, frame: held.append(signum)) for s in sorted(STOP_SIGNALS)}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler if handler is not None else signal.SIG_DFL)
    if held:
        raise InterruptedAfterWriting()


@dataclass
class Apart:
    """Work done by a forked process, which shares this one's data as it was at the fork
    (copy-on-write): its result, or its exception, comes back through a pipe.

    >>> Apart.start(lambda: {"html": 1.0}).wait()
    {'html': 1.0}
    >>> Apart.start(lambda: 1 / 0).wait()
    Traceback (most recent call last):
    ...
    ZeroDivisionError: division by zero
    """

    process: multiprocessing.process.BaseProcess
    answer: Connection

    @classmethod
    def start(cls, work: Callable[[], object]) -> Apart:
        answer, send = multiprocessing.Pipe(duplex=False)
        process = multiprocessing.get_context("fork").Process(target=_answer, args=(work, send), daemon=True)
        gc.freeze()  # the child's collector never walks (so never copies) the pages it shares with this one
        try:
            process.start()
        finally:
            gc.unfreeze()
        send.close()
        return cls(process, answer)

    def wait(self) -> object:
        """The work's result; its exception is raised here."""
        try:
            done, value = self.answer.recv()
        except EOFError:
            self.process.join()
            raise OutputError("the process writing beside this one ended unexpectedly "
                              f"(exit code {self.process.exitcode})") from None
        finally:
            self.answer.close()
        self.process.join()
        if not done:
            raise value
        return value

    def stop(self) -> None:
        """End the process if it still runs (this one failed meanwhile)."""
        if self.process.is_alive():
            self.process.terminate()
        self.process.join()


def _answer(work: Callable[[], object], send: Connection) -> None:
    """Run in the forked process: send ``(True, result)`` or ``(False, exception)``."""
    try:
        answer = (True, work())
    except Exception as e:
        answer = (False, e)
    try:
        send.send(answer)
    except Exception as e:  # an exception that cannot be pickled: its message
        send.send((False, OutputError(f"{type(answer[1]).__name__}: {answer[1]}" if not answer[0] else str(e))))
    send.close()


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
            done = extract_all(paths, assembly.add, max_bytes, progress, workers, store,
                               skip=[out] + ([cache_dir(out)] if store is not None else []))  # never its own files
        seconds["extract"] = time.perf_counter() - start
        if not assembly.documents:
            raise NoDocumentsError(done.skipped)
        start = time.perf_counter()
        G, prints = assembly.graph()
        documents = len(assembly.documents)
        seconds["assemble"] = time.perf_counter() - start
        label = title or "kg: " + ", ".join(str(p) for p in paths)
        outputs = write_outputs(G, out, formats, label, seconds, Reuse(prints, out) if cache else None,
                                apart=engine == "local" and (jobs or default_jobs()) > 1)
        if store is not None and cache_dir(out) == out / DEFAULT_NAME:
            store.prune()  # a cache of its own keeps only this corpus; a shared one (KG_CACHE_DIR) keeps all
    left_out = max(0, G.number_of_nodes() - MAX_NODES)
    return BuildReport(documents, done.skipped, summary(G), outputs, G, left_out, done.extracted, done.cached,
                       seconds)
