"""The build: every stage in order.

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
import itertools
import multiprocessing
import os
import shutil
import signal
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from .errors import OutputError
from .confidence import annotate
from .export import DEFAULT_FORMATS, FORMATS
from .export.html import MAX_NODES
from .extract import extract
from .graph import build_graph, summary
from .ingest import DEFAULT_MAX_BYTES, iter_documents
from .normalize import normalize
from .rdf import to_rdf
from .resolve import resolve
from .resources import load_resources
from .types import Document, Extraction, Skipped


#: name prefix of the temporary folder a build writes into before moving its files into place
TEMP_PREFIX = ".kg-build-"


@dataclass
class BuildReport:
    """What a build did: documents read and skipped, counts, files written."""

    documents: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    outputs: list[Path] = field(default_factory=list)
    graph: nx.MultiDiGraph | None = None
    #: entities the HTML view leaves out (the RDF and GraphML have them all)
    view_left_out: int = 0


def extract_all(paths: Iterable[str | os.PathLike], max_bytes: int = DEFAULT_MAX_BYTES,
                progress: Callable[[str], None] | None = None,
                jobs: int = 1) -> tuple[list[Extraction], list[Skipped]]:
    """Ingest, normalise and extract every document.

    Documents stream through in small batches, so memory follows the largest document, not
    the corpus; with ``jobs`` > 1 each batch is extracted by that many worker processes.
    Results keep the input order, so the output does not depend on ``jobs``.
    """
    extractions: list[Extraction] = []
    skipped: list[Skipped] = []
    pool = multiprocessing.get_context("fork").Pool(jobs, initializer=_worker_init) if jobs > 1 else None
    try:
        items = iter_documents(paths, max_bytes)
        while batch := list(itertools.islice(items, 8 * jobs)):
            results = pool.map(_extract_or_skip, batch) if pool else map(_extract_or_skip, batch)
            for result in results:
                (skipped if isinstance(result, Skipped) else extractions).append(result)
                if progress:
                    progress(result.path if isinstance(result, Skipped) else result.doc.path)
        if pool:
            pool.close()
            pool.join()
    finally:
        if pool:
            pool.terminate()
    return extractions, skipped


def _worker_init() -> None:
    """Workers leave interruption to the parent, which stops them and cleans up."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    load_resources()


def _extract_or_skip(item: Document | Skipped) -> Extraction | Skipped:
    if isinstance(item, Skipped):
        return item
    try:
        return extract_document(item)
    except (KeyboardInterrupt, MemoryError):
        raise
    except Exception as e:  # a bug must not cost the user the rest of the corpus
        return Skipped(item.path, f"internal error while extracting ({type(e).__name__}: {e}); please report it")


def extract_document(doc: Document, res=None) -> Extraction:
    """Normalise and extract one document."""
    return extract(doc, normalize(doc.text, doc.format), res or load_resources())


def assemble(extractions: list[Extraction]) -> nx.MultiDiGraph:
    """Cross-document work: resolve entities, assemble the graph, give each fact its confidence."""
    entities, relations = resolve([x.entities for x in extractions], [x.relations for x in extractions])
    sentences = {(x.doc.id, i): t for x in extractions for i, t in x.sentences}
    return annotate(build_graph(entities, relations, [x.doc for x in extractions], sentences))


def write_outputs(G: nx.MultiDiGraph, out: Path, formats: Iterable[str] = DEFAULT_FORMATS,
                  title: str = "kg") -> list[Path]:
    """Write the ``formats`` (names in :data:`kg.export.FORMATS`) into a temporary folder, then move
    each file into ``out``.

    Nothing in ``out`` changes until all files are complete; a failure leaves it as it was.
    """
    chosen = [FORMATS[name] for name in dict.fromkeys(formats)]
    try:
        out.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX, dir=out))
    except OSError as e:
        raise OutputError(f"{out}: cannot write the output folder ({e.strerror or e})") from None
    try:
        rdf = to_rdf(G) if any(f.rdf for f in chosen) else None
        for f in chosen:
            f.write(rdf if f.rdf else G, tmp, title)
        written = [name for f in chosen for name in f.files]
        for name in written:
            (out / name).parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp / name, out / name)
        return sorted(out / name for name in written)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


@contextmanager
def output_lock(out: Path) -> Iterator[None]:
    """Hold the output folder for one build: a second build into it stops with :class:`OutputError`.

    The lock (``flock`` on the folder itself, so nothing is added to it) goes with the process,
    even one killed with SIGKILL; whoever holds it may remove the temporary folders it finds,
    as the builds that made them are gone.
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
        for stale in out.glob(TEMP_PREFIX + "*"):
            shutil.rmtree(stale, ignore_errors=True)
        yield
    finally:
        os.close(fd)


def build(paths: Iterable[str | os.PathLike], out: Path, formats: Iterable[str] = DEFAULT_FORMATS,
          max_bytes: int = DEFAULT_MAX_BYTES, progress: Callable[[str], None] | None = None,
          title: str | None = None, jobs: int = 1) -> BuildReport:
    """Build the graph of the documents under ``paths`` and write it to ``out`` (held with
    :func:`output_lock` from start to end)."""
    paths = list(paths)
    with output_lock(Path(out)):
        extractions, skipped = extract_all(paths, max_bytes, progress, jobs)
        G = assemble(extractions)
        label = title or "kg: " + ", ".join(str(p) for p in paths)
        outputs = write_outputs(G, Path(out), formats, label)
    left_out = max(0, G.number_of_nodes() - MAX_NODES)
    return BuildReport(len(extractions), skipped, summary(G), outputs, G, left_out)
