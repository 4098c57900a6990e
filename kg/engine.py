"""Where the per-document work runs: this process, worker processes, or a Dask cluster.

An engine has one method, ``submit(fn, item)``, returning a handle whose ``result()`` waits for
``fn(item)``. The build keeps a bounded window of handles and reads them in submission order,
so results come in input order (the output does not depend on the engine or the number of
workers) and memory does not grow with the corpus.

* ``local``: ``jobs`` forked worker processes;
* ``dask``: a ``dask.distributed`` cluster at ``scheduler`` (``tcp://host:8786``), or a local
  cluster of ``jobs`` single-threaded worker processes when no address is given. The workers
  need ``kg`` installed (the same version); documents are sent to them, so they need no access
  to the input files.

>>> with open_engine("local", jobs=1) as engine:
...     engine.submit(len, "长春市").result()
3
>>> Serial().submit(len, "长春").result()
2
"""

from __future__ import annotations

import ctypes
import gc
import logging
import multiprocessing
import multiprocessing.pool
import os
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Protocol

from .errors import KGError

#: the engines ``kg build --engine`` accepts
ENGINES = ("local", "dask")
#: the signals that stop a build (Ctrl-C, kill)
STOP_SIGNALS = frozenset({signal.SIGINT, signal.SIGTERM})
#: documents in flight per worker: enough to keep every worker busy, few enough to bound memory
IN_FLIGHT_PER_WORKER = 4


def default_jobs() -> int:
    """The number of cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class Handle(Protocol):
    def result(self) -> Any: ...


class Engine(Protocol):
    #: how many items it works on at once
    workers: int

    def expect(self, count: int) -> None:
        """Told, before the first submission, how many items are known to come (at least)."""

    def submit(self, fn: Callable[[Any], Any], item: Any) -> Handle: ...


@dataclass(frozen=True)
class Ready:
    """A result known at once (computed in this process, or found in the cache)."""

    value: Any

    def result(self) -> Any:
        return self.value


@dataclass
class Serial:
    """Everything in this process."""

    workers: int = 1

    def expect(self, count: int) -> None:
        pass

    def submit(self, fn: Callable[[Any], Any], item: Any) -> Handle:
        return Ready(fn(item))


@dataclass
class _AsyncHandle:
    pending: multiprocessing.pool.AsyncResult

    def result(self) -> Any:
        return self.pending.get()


@dataclass
class Processes:
    """A pool of forked worker processes, started by the first submission (a build whose
    documents are all in the cache starts none).

    ``shared`` (when given) is what the workers would each load on first use: :meth:`load`
    loads it here just before they are forked, so that they share its pages (copy-on-write)
    instead of each holding a copy; once they are done, :meth:`release` drops it. That pays only
    when several workers would each load it: when :meth:`expect` says that one item comes (a
    rebuild after one edit), or there is one worker, the worker that gets an item loads it
    itself, while this process goes on (reading the cache) instead of waiting for the load.

    Everything this process holds when it forks the workers (what it loaded for them among it) is
    moved to the collector's permanent generation (``gc.freeze``) until they are done: a worker's
    collector then never writes to those objects, so their pages stay shared instead of being
    copied into each worker (about 30 MiB less per worker).

    >>> engine = Processes(2); engine.expect(1); engine.share
    False
    >>> engine.expect(8); engine.share
    True
    """

    workers: int
    shared: Shared | None = None
    pool: multiprocessing.pool.Pool | None = None
    #: whether :attr:`shared` is loaded here before the workers are forked
    share: bool = True
    #: whether it was
    loaded: bool = False

    def expect(self, count: int) -> None:
        """Share :attr:`shared` only if more than one item is known to come, for several workers."""
        self.share = count > 1 and self.workers > 1

    def submit(self, fn: Callable[[Any], Any], item: Any) -> Handle:
        if self.pool is None:
            if self.shared is not None and self.share:
                self.shared.load()
                self.loaded = True
            gc.freeze()  # unfrozen in close() or terminate()
            # a stop signal that comes while the workers are forked waits until they are: in a worker
            # it finds the worker's own handlers, in this process it interrupts the build, not a
            # callback of fork that would swallow it
            previous = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
            try:
                self.pool = multiprocessing.get_context("fork").Pool(self.workers, initializer=_worker_init,
                                                                        initargs=(os.getpid(),))
            finally:
                signal.pthread_sigmask(signal.SIG_SETMASK, previous)
        return _AsyncHandle(self.pool.apply_async(fn, (item,)))

    def close(self) -> None:
        """Wait for the workers to finish, then drop what they shared."""
        if self.pool is not None:
            self.pool.close()
            self.pool.join()
            gc.unfreeze()
            if self.shared is not None and self.loaded:
                self.shared.release()

    def terminate(self) -> None:
        """Stop the workers now."""
        if self.pool is not None:
            self.pool.terminate()
            gc.unfreeze()


class Shared(Protocol):
    """What forked workers share: loaded by the parent before it forks them, released after."""

    def load(self) -> None: ...

    def release(self) -> None: ...


@dataclass
class Dask:
    """A ``dask.distributed`` client."""

    client: Any
    workers: int

    def expect(self, count: int) -> None:
        pass

    def submit(self, fn: Callable[[Any], Any], item: Any) -> Handle:
        return self.client.submit(fn, item, pure=False)


def _worker_init(parent: int | None = None) -> None:
    """Workers leave interruption to the parent, which stops them and cleans up, end with it when
    it is killed outright (``kill -9``: :func:`end_with_parent`), and collect cyclic garbage even
    when forked from a parent that paused the collector (:mod:`kg.bulk`)."""
    gc.enable()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)  # blocked while the parent forked
    end_with_parent(parent)


#: Linux's prctl option that sends a process a signal when its parent ends
PR_SET_PDEATHSIG = 1


def end_with_parent(parent: int | None) -> None:
    """Ask the kernel to end this process (SIGTERM) when the process that forked it ends, however it
    ends: a worker left behind would go on extracting a long document, holding a core and the
    caller's output pipe. Where that cannot be asked (not Linux), nothing changes.

    >>> end_with_parent(None)
    """
    if parent is None or not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent ended before the request was made
        os.kill(os.getpid(), signal.SIGTERM)


@contextmanager
def open_engine(name: str = "local", jobs: int | None = None, scheduler: str | None = None,
                shared: Shared | None = None) -> Iterator[Engine]:
    """Start an engine and stop it on leaving, however the block ends.

    Local workers are forked at the first submission (even for ``jobs=1``: this process reads
    files and the cache meanwhile); what they need is loaded once, here, just before (``shared``),
    and dropped once they are done, so that the workers share it. A build that extracts nothing
    starts and loads nothing. Dask workers load what the work needs on first use.
    """
    jobs = jobs or default_jobs()
    if name == "local":
        processes = Processes(jobs, shared)
        try:
            yield processes
            processes.close()
        finally:
            processes.terminate()
    elif name == "dask":
        with _dask_client(scheduler, jobs) as client:
            workers = max(1, sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values()))
            yield Dask(client, workers)
    else:
        raise KGError(f"unknown engine {name!r} (choose from {', '.join(ENGINES)})")


@contextmanager
def _dask_client(scheduler: str | None, jobs: int) -> Iterator[Any]:
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise KGError("the dask engine needs dask.distributed: pip install 'dask[distributed]'") from None
    if scheduler:
        try:
            client = Client(scheduler, timeout="20s")
        except OSError as e:
            raise KGError(f"cannot reach the Dask scheduler at {scheduler} ({e})") from None
        with client:
            yield client
    else:
        with LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=":0",
                          silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
            yield client
