"""Two builds into one output folder: the second stops with a one-line message, the first finishes;
only temporary folders of builds that are gone are removed."""

import os
import subprocess
import sys
import time
from pathlib import Path

from kg.pipeline import TEMP_PREFIX, build

from .conftest import ROOT, SEEDS

TIMEOUT = 300  # seconds


def _corpus(root: Path, copies: int) -> Path:
    src = root / "corpus"
    src.mkdir()
    text = (SEEDS / "000_043263e2975a06e6.txt").read_text(encoding="utf-8")
    for i in range(copies):
        (src / f"{i:03d}.txt").write_text(text + f"\n第{i}篇。", encoding="utf-8")
    return src


def _holds_a_lock(pid: int) -> bool:
    """Whether the process holds a flock (Linux: /proc/locks lists the holder's pid)."""
    return any(line.split()[1:2] == ["FLOCK"] and line.split()[4] == str(pid)
               for line in Path("/proc/locks").read_text().splitlines())


def test_a_second_build_into_the_same_folder_stops_and_the_first_finishes(tmp_path):
    out = tmp_path / "out"
    first = subprocess.Popen([sys.executable, "-m", "kg", "build", str(_corpus(tmp_path, 40)), "--out", str(out)],
                             cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + TIMEOUT
    while not _holds_a_lock(first.pid):
        assert first.poll() is None and time.monotonic() < deadline, "the first build never took the lock"
        time.sleep(0.05)
    second = subprocess.run([sys.executable, "-m", "kg", "build", str(SEEDS), "--out", str(out)],
                            cwd=ROOT, capture_output=True, text=True, timeout=TIMEOUT)
    still_running = first.poll() is None
    stdout, stderr = first.communicate(timeout=TIMEOUT)
    assert still_running, "the first build ended before the second one started: use a larger corpus"
    assert second.returncode == 2
    assert second.stderr == (f"kg: error: {out}: another kg build is writing this folder; "
                             "wait until it ends or choose another --out\n")
    assert first.returncode == 0, stderr
    assert "documents read: 40, skipped: 0" in stdout
    assert {"graph.graphml", "graph.html", "graph.ttl"} <= {p.name for p in out.iterdir()}
    assert not list(out.glob(TEMP_PREFIX + "*"))


def test_only_temporary_folders_of_builds_that_are_gone_are_removed(tmp_path):
    out = tmp_path / "out"
    stale = out / (TEMP_PREFIX + "killed")
    stale.mkdir(parents=True)
    (stale / "graph.ttl").write_text("half a graph", encoding="utf-8")
    build([SEEDS / "004_b5298c9f952c09c5.txt"], out)
    assert not stale.exists()
    assert {"graph.graphml", "graph.html", "graph.ttl"} <= {p.name for p in out.iterdir()}
    assert not list(out.glob(TEMP_PREFIX + "*"))


def test_the_lock_goes_with_a_killed_build(tmp_path):
    out = tmp_path / "out"
    first = subprocess.Popen([sys.executable, "-m", "kg", "build", str(_corpus(tmp_path, 40)), "--out", str(out)],
                             cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + TIMEOUT
    while not _holds_a_lock(first.pid):
        assert first.poll() is None and time.monotonic() < deadline
        time.sleep(0.05)
    os.kill(first.pid, 9)
    first.wait(timeout=TIMEOUT)
    r = subprocess.run([sys.executable, "-m", "kg", "build", str(SEEDS / "004_b5298c9f952c09c5.txt"),
                        "--out", str(out), "-q"], cwd=ROOT, capture_output=True, text=True, timeout=TIMEOUT)
    assert (r.returncode, r.stderr) == (0, "")
    assert not list(out.glob(TEMP_PREFIX + "*"))
