"""Benchmark ``kg build`` against raw jieba on one generated corpus.

Run: ``python bench/run.py --mib 10`` (``make bench`` runs 1 MiB). It generates the corpus with
:mod:`make_corpus` under ``/tmp`` (or ``--corpus DIR``, kept when given) and prints, from one run
each on that corpus:

* raw ``jieba.lcut`` over the decoded files in one process (the dictionary loaded first);
* ``kg build`` cold with one worker and with every core (each with an empty cache);
* a rebuild after one changed document (with the cache of the all-cores build);
* for each build, the ``kg build`` command as a user runs it: wall and CPU seconds of the whole
  process and its workers (start-up and exit included), the seconds per stage it prints,
  entities, peak RSS of the largest process and of all its processes together, and its
  throughput relative to raw jieba;
* the triples of the graph (counted by parsing its Turtle with pyoxigraph, after the runs), and
  the seconds per million triples the cold build spent writing the Turtle.

Every process is started with an address-space limit (``--limit-gib``), so a runaway build
fails instead of taking the machine down.

>>> ratio(10.0, 5.0)
2.0
"""

from __future__ import annotations

import argparse
import json
import os
import re
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

COUNT = """
import json, sys, time
import pyoxigraph
start = time.process_time()
n = sum(1 for _ in pyoxigraph.parse(path=sys.argv[1], format=pyoxigraph.RdfFormat.TURTLE))
print(json.dumps({"triples": n, "cpu": time.process_time() - start}))
"""


@dataclass
class Run:
    """One measured process."""

    wall: float
    cpu: float
    peak_rss_mib: float
    peak_tree_mib: float
    peak_tree_pss_mib: float
    data: dict = field(default_factory=dict)


def ratio(jieba_seconds: float, seconds: float) -> float:
    """Throughput relative to raw jieba (1.0: as fast)."""
    return round(jieba_seconds / seconds, 2)


def _tree_memory_kib(pid: int) -> tuple[int, int]:
    """Resident memory of a process and all its descendants, KiB: the sum of their RSS (pages
    shared by forked workers counted in each), and of their PSS (each shared page split among
    the processes that share it: the memory the build takes from the machine)."""
    rss, pss, stack = 0, 0, [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                sizes = dict(line.split()[:2] for line in f if line.startswith(("Rss:", "Pss:")))
            rss, pss = rss + int(sizes.get("Rss:", 0)), pss + int(sizes.get("Pss:", 0))
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    stack += [int(c) for c in f.read().split()]
        except (OSError, ValueError):
            continue
    return rss, pss


def measure(args: list[str], limit_gib: float) -> Run:
    """Run a command; its wall and CPU time, the peak RSS of its largest process, the peak RSS and
    PSS of the whole tree."""
    limit = int(limit_gib * 2**30)

    def set_limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=set_limit)
    peak = [0, 0]

    def sample() -> None:
        while proc.poll() is None:
            peak[:] = map(max, peak, _tree_memory_kib(proc.pid))
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
    return Run(wall, cpu, after.ru_maxrss / 1024, peak[0] / 1024, peak[1] / 1024, parse_output(out))


def parse_output(out: str) -> dict:
    """The figures a run prints: a JSON line (raw jieba), or the summary of ``kg build``.

    >>> parse_output("documents read: 2, skipped: 0 (extracted: 1, from the cache: 1)\\n"
    ...              "entities: City 1, Hospital 2 (total 3)\\nrelations: 4\\nseconds: extract 1.50, ttl 0.25")
    {'extracted': 1, 'cached': 1, 'entities': 3, 'relations': 4, 'seconds': {'extract': 1.5, 'ttl': 0.25}}
    """
    last = out.strip().splitlines()[-1]
    if last.startswith("{"):
        return json.loads(last)
    fields = dict(line.split(": ", 1) for line in out.strip().splitlines() if ": " in line)
    extracted, cached = re.search(r"extracted: (\d+), from the cache: (\d+)", fields["documents read"]).groups()
    seconds = {stage: float(t) for stage, t in (item.rsplit(" ", 1) for item in fields["seconds"].split(", "))}
    return {"extracted": int(extracted), "cached": int(cached),
            "entities": int(re.search(r"total (\d+)", fields["entities"]).group(1)),
            "relations": int(fields["relations"]), "seconds": seconds}


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
            f"peak RSS {run.peak_rss_mib:5.0f} MiB (all processes {run.peak_tree_mib:5.0f}, "
            f"PSS {run.peak_tree_pss_mib:5.0f}); "
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
        kg = [py, "-m", "kg", "build", str(corpus), "--jobs"]
        one = measure([*kg, "1", "--out", str(tmp / "out1")], args.limit_gib)
        print(report_line("kg build, 1 worker, cold", one, jieba))
        cores = measure([*kg, str(args.jobs), "--out", str(tmp / "out")], args.limit_gib)
        print(report_line(f"kg build, {args.jobs} workers, cold", cores, jieba))
        changed, original = change_one_document(corpus)
        try:
            again = measure([*kg, str(args.jobs), "--out", str(tmp / "out")], args.limit_gib)
        finally:
            changed.write_bytes(original)
        print(report_line("rebuild, 1 document changed", again, jieba))
        print(f"{'':<30} {changed.name} changed; rebuild / cold = {again.wall / cores.wall:.1%} by wall, "
              f"{again.cpu / cores.cpu:.1%} by cpu")
        print(f"load average after the runs: {os.getloadavg()[0]:.1f}")
        ttl_file = tmp / "out1" / "graph.ttl"
        n = measure([py, "-c", COUNT, str(ttl_file)], args.limit_gib).data["triples"]
        ttl = one.data["seconds"].get("ttl", 0.0)
        print(f"graph: {one.data['entities']} entities, {one.data['relations']} relations, {n} triples; "
              f"the cold build with 1 worker wrote the Turtle in {ttl:.2f} s wall = {ttl * 1e6 / max(n, 1):.2f} s "
              f"per million triples; graph.ttl {ttl_file.stat().st_size / 2**20:.1f} MiB")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
