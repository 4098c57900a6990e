"""Every engine and number of workers gives the same bytes."""

import gc
import os

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.engine import default_jobs, open_engine
from kg.errors import KGError
from kg.pipeline import build

from .conftest import SEEDS

OUTPUTS = ("graph.ttl", "graph.graphml", "graph.html")


@pytest.fixture(scope="module")
def one_worker(tmp_path_factory):
    out = tmp_path_factory.mktemp("jobs1")
    build([SEEDS], out, jobs=1, cache=False)
    return out


def _same_outputs(a, b):
    for name in OUTPUTS:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_jobs_default_to_every_core():
    assert default_jobs() >= 1


def test_two_workers_give_the_same_bytes_as_one(tmp_path, one_worker):
    report = build([SEEDS], tmp_path, jobs=2, cache=False)
    assert report.extracted == 5
    _same_outputs(one_worker, tmp_path)


def test_dask_local_cluster_gives_the_same_bytes(tmp_path, one_worker):
    pytest.importorskip("distributed")
    report = build([SEEDS], tmp_path, jobs=2, cache=False, engine="dask")
    assert report.extracted == 5
    _same_outputs(one_worker, tmp_path)


def test_unknown_engine_is_an_error():
    with pytest.raises(KGError, match="unknown engine"):
        with open_engine("spark"):
            pass


def test_scheduler_needs_the_dask_engine(tmp_path):
    r = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(tmp_path), "--scheduler", "tcp://x:8786"])
    assert r.exit_code == 2 and "--engine dask" in r.output


#: what the parent loaded for its workers (a module global, as a loaded resource is)
LOADED: dict[str, int] = {}


class ParentLoad:
    """A stand-in for the resources of extraction: records who loaded it and when it was dropped."""

    def __init__(self):
        self.loads = 0
        self.released = False

    def load(self):
        self.loads += 1
        LOADED["by"] = os.getpid()

    def release(self):
        self.released = True
        LOADED.clear()


def _loaded_by(_):
    return LOADED.get("by"), os.getpid()


def test_workers_share_what_the_parent_loaded_before_forking_them():
    shared = ParentLoad()
    with open_engine("local", jobs=2, shared=shared) as engine:
        assert shared.loads == 0  # nothing is loaded before there is work
        seen = [engine.submit(_loaded_by, i).result() for i in range(6)]
    assert shared.loads == 1 and shared.released and not LOADED
    assert {by for by, _ in seen} == {os.getpid()}  # loaded once, here
    assert os.getpid() not in {worker for _, worker in seen}  # and used in the workers


def _frozen(_):
    return gc.get_freeze_count()


def test_what_the_workers_share_is_frozen_while_they_run():
    """The objects the parent holds at the fork sit in the collector's permanent generation, in the
    workers (whose collector then never writes to their shared pages) and in the parent until the
    workers are done."""
    gc.unfreeze()
    with open_engine("local", jobs=2, shared=ParentLoad()) as engine:
        assert min(engine.submit(_frozen, i).result() for i in range(4)) > 0
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0


@pytest.mark.parametrize("jobs, expected", [(2, 1), (1, 8)])
def test_a_lone_worker_or_item_is_not_worth_loading_here(jobs, expected):
    """One document to extract (a rebuild after one edit), or one worker: the worker loads what it
    needs itself while this process goes on; nothing is loaded here, nothing released."""
    shared = ParentLoad()
    with open_engine("local", jobs=jobs, shared=shared) as engine:
        engine.expect(expected)
        by, worker = engine.submit(_loaded_by, 0).result()
    assert shared.loads == 0 and not shared.released and by is None and worker != os.getpid()



def _children(pid: int) -> set[int]:
    try:
        text = open(f"/proc/{pid}/task/{pid}/children").read()
    except OSError:
        return set()
    return {int(c) for c in text.split()}


def _running(pid: int) -> bool:
    try:
        state = next(line for line in open(f"/proc/{pid}/status") if line.startswith("State:"))
    except (OSError, StopIteration):
        return False
    return "zombie" not in state


@pytest.mark.skipif(not os.path.exists("/proc/self/task"), reason="needs Linux's /proc")
def test_workers_end_with_a_build_killed_outright(tmp_path):
    """kill -9 of kg leaves no worker extracting on: they end with their parent."""
    import signal
    import subprocess
    import sys
    import time

    src = tmp_path / "in"
    src.mkdir()
    for i in range(4):  # long enough for the workers to be busy when the build is killed
        (src / f"{i}.txt").write_text("长春市人民医院与吉林大学第一医院合作，开展义诊。" * 20000, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "kg", "build", str(src), "--out", str(tmp_path / "out"), "-j", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=tmp_path)
    deadline = time.monotonic() + 60
    while len(workers := _children(proc.pid)) < 2 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.1)
    assert len(workers) >= 2, "the build's workers did not start"
    time.sleep(8)  # each has loaded the resources and read its document whole: it is extracting
    assert all(_running(w) for w in workers)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 5  # a worker left alone would go on for the rest of its document
    while any(_running(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [w for w in workers if _running(w)]
