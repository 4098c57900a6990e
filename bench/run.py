"""Benchmark ``kg build`` against raw jieba on one generated corpus.

Run: ``python bench/run.py --mib 10`` (``make bench`` runs 1 MiB). It generates the corpus with
:mod:`make_corpus` under ``/tmp`` (or ``--corpus DIR``, kept when given) and prints, from one run
each on that corpus:

* raw ``jieba.lcut`` over the decoded files in one process (the dictionary loaded first);
* ``kg build`` cold with one worker and with every core (each with an empty cache);
* a rebuild after one changed document (with the cache of the all-cores build);
* for each build: wall and CPU seconds, seconds per stage, entities, triples, peak RSS of the
  largest process and of all its processes together, and its throughput relative to raw jieba;
* the CPU seconds of writing the Turtle once more, whole (no reuse), per million triples.

Every process is started with an address-space limit (``--limit-gib``), so a runaway build
fails instead of taking the machine down.

>>> ratio(10.0, 5.0)
2.0
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_corpus import make_corpus  # noqa: E402

#: address-space limit of each benchmarked process, GiB
DEFAULT_LIMIT_GIB = 6.0
#: how often the resident memory of a build's processes is sampled, seconds
SAMPLE_EVERY = 0.1

JIEBA = """
import json, sys, time, jieba
from pathlib import Path
jieba.initialize()
texts = [p.read_bytes().decode("utf-8") for p in sorted(Path(sys.argv[1]).rglob("*.txt"))]
start, cpu = time.perf_counter(), time.process_time()
words = sum(len(jieba.lcut(t)) for t in texts)
print(json.dumps({"seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu}))
"""

BUILD = """
import json, resource, sys, tempfile, time
from pathlib import Path
start = time.perf_counter()
from kg.pipeline import build
from kg.export.rdf import write_rdf
from kg.rdf import to_rdf, triples
imported = time.perf_counter() - start
src, out, jobs, cache = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] == "1"
report = build([src], out, jobs=jobs, cache=cache)
workers = resource.getrusage(resource.RUSAGE_CHILDREN)
build_cpu = time.process_time() + workers.ru_utime + workers.ru_stime  # not the counting below
seconds = {"start-up": imported, **report.seconds}
total = time.perf_counter() - start
counts = dict(report.counts)
relations = counts.pop("relations", 0)
n = sum(len(b.pairs) for b in triples(report.graph))
turtle_cpu = None
if sys.argv[5:] == ["turtle"]:  # the Turtle written once more, whole, timed by the CPU
    with tempfile.TemporaryDirectory() as tmp:
        cpu = time.process_time()
        write_rdf(to_rdf(report.graph), Path(tmp) / "graph.ttl", "ttl")
        turtle_cpu = time.process_time() - cpu
print(json.dumps({"seconds": seconds, "total": total, "entities": sum(counts.values()), "relations": relations,
                  "triples": n, "extracted": report.extracted, "cached": report.cached, "turtle_cpu": turtle_cpu,
                  "build_cpu": build_cpu}))
"""


@dataclass
class Run:
    """One measured process."""

    wall: float
    cpu: float
    peak_rss_mib: float
    peak_tree_mib: float
    data: dict = field(default_factory=dict)


def ratio(jieba_seconds: float, seconds: float) -> float:
    """Throughput relative to raw jieba (1.0: as fast)."""
    return round(jieba_seconds / seconds, 2)


def _tree_rss_kib(pid: int) -> int:
    """Resident memory of a process and all its descendants, KiB."""
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/status") as f:
                total += next((int(line.split()[1]) for line in f if line.startswith("VmRSS:")), 0)
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    stack += [int(c) for c in f.read().split()]
        except (OSError, ValueError):
            continue
    return total


def measure(args: list[str], limit_gib: float) -> Run:
    """Run a command; its wall and CPU time, the peak RSS of its largest process and of the tree."""
    limit = int(limit_gib * 2**30)

    def set_limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=set_limit)
    peak = [0]

    def sample() -> None:
        while proc.poll() is None:
            peak[0] = max(peak[0], _tree_rss_kib(proc.pid))
            time.sleep(SAMPLE_EVERY)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args[:3])} failed ({proc.returncode}):\n{err[-3000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    data = json.loads(out.strip().splitlines()[-1])
    # a build reports the CPU of the build itself (start-up included), not of what it measures afterwards
    return Run(wall, data.get("build_cpu", cpu), after.ru_maxrss / 1024, peak[0] / 1024, data)


def change_one_document(corpus: Path) -> tuple[Path, bytes]:
    """Edit the middle document of the corpus (a new sentence naming a new hospital); returns it and
    its original bytes."""
    files = sorted(corpus.rglob("*.txt"))
    victim = files[len(files) // 2]
    original = victim.read_bytes()
    victim.write_bytes(original + "\n　　本报讯，基准测试县人民医院牵头组建基准测试县紧密型县域医共体。\n".encode())
    return victim, original


def report_line(name: str, run: Run, jieba: Run) -> str:
    """One build: times, ratios to raw jieba (by wall clock, and by CPU: the fairer one on a
    loaded machine), memory, cache use, then seconds per stage."""
    d = run.data
    stages = ", ".join(f"{k} {v:.2f}" for k, v in d["seconds"].items())
    return (f"{name:<30} wall {run.wall:6.1f} s, cpu {run.cpu:6.1f} s; throughput x jieba: "
            f"{ratio(jieba.data['seconds'], run.wall):4.2f} by wall, {ratio(jieba.data['cpu'], run.cpu):4.2f} by cpu; "
            f"peak RSS {run.peak_rss_mib:5.0f} MiB (all processes {run.peak_tree_mib:5.0f}); "
            f"extracted {d['extracted']}, cached {d['cached']}\n{'':<30} stages (wall s): {stages}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mib", type=float, default=1.0, help="corpus size in MiB")
    parser.add_argument("--corpus", type=Path, help="use or create the corpus here (kept)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count(), help="workers of the all-cores build")
    parser.add_argument("--limit-gib", type=float, default=DEFAULT_LIMIT_GIB,
                        help="address-space limit of each process, GiB")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        corpus = args.corpus or tmp / "corpus"
        if not corpus.is_dir():
            make_corpus(corpus, args.mib)
        files = sorted(corpus.rglob("*.txt"))
        size = sum(p.stat().st_size for p in files) / 2**20
        print(f"corpus {corpus}: {len(files)} documents, {size:.1f} MiB; load average {os.getloadavg()[0]:.1f} "
              f"on {os.cpu_count()} cores")
        py = sys.executable
        jieba = measure([py, "-c", JIEBA, str(corpus)], args.limit_gib)
        print(f"{'raw jieba.lcut, 1 process':<30} wall {jieba.data['seconds']:6.1f} s, cpu {jieba.data['cpu']:6.1f} s "
              f"({size / jieba.data['cpu']:.2f} MiB per cpu second; the dictionary load not counted)")
        one = measure([py, "-c", BUILD, str(corpus), str(tmp / "out1"), "1", "1"], args.limit_gib)
        print(report_line("kg build, 1 worker, cold", one, jieba))
        cores = measure([py, "-c", BUILD, str(corpus), str(tmp / "out"), str(args.jobs), "1", "turtle"], args.limit_gib)
        print(report_line(f"kg build, {args.jobs} workers, cold", cores, jieba))
        changed, original = change_one_document(corpus)
        try:
            again = measure([py, "-c", BUILD, str(corpus), str(tmp / "out"), str(args.jobs), "1"], args.limit_gib)
        finally:
            changed.write_bytes(original)
        print(report_line("rebuild, 1 document changed", again, jieba))
        print(f"{'':<30} {changed.name} changed; rebuild / cold = {again.wall / cores.wall:.1%} by wall, "
              f"{again.cpu / cores.cpu:.1%} by cpu")
        print(f"load average after the runs: {os.getloadavg()[0]:.1f}")
        d = cores.data
        ttl = d["seconds"].get("ttl", 0.0)
        per_million = 1e6 / max(d["triples"], 1)
        print(f"graph: {d['entities']} entities, {d['relations']} relations, {d['triples']} triples; "
              f"Turtle in the build {ttl:.2f} s wall = {ttl * per_million:.2f} s per million triples, written again "
              f"{d['turtle_cpu']:.2f} s CPU = {d['turtle_cpu'] * per_million:.2f} s CPU per million; "
              f"graph.ttl {(tmp / 'out' / 'graph.ttl').stat().st_size / 2**20:.1f} MiB")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
