"""Benchmark: build time, throughput and peak memory on corpora made from the seeds.

Run by hand (``make bench`` or ``python bench/bench_build.py [MiB ...]``); it prints one line per
corpus size. The corpus is the five seeds copied (each copy gets a distinct suffix, so nothing
is deduplicated) until the size is reached. A second part times the HTML view of a synthetic
graph of 5,000 entities.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_corpus(folder: Path, mib: float) -> int:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    total, i = 0, 0
    while total < mib * 2**20:
        text = texts[i % len(texts)] + f"\n（第{i}份）\n"
        path = folder / f"{i:06d}.txt"
        path.write_text(text, encoding="utf-8")
        total += path.stat().st_size
        i += 1
    return i


def bench_build(mib: float) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp, "corpus")
        src.mkdir()
        docs = make_corpus(src, mib)
        size = sum(p.stat().st_size for p in src.iterdir()) / 2**20
        start = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "kg", "build", str(src), "--out", str(Path(tmp, "out")), "-q"],
                              capture_output=True, text=True)
        elapsed = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        if proc.returncode != 0:
            print(proc.stderr)
        ttl = Path(tmp, "out", "graph.ttl").stat().st_size / 2**20
        print(f"{size:6.1f} MiB, {docs:5d} documents: {elapsed:7.1f} s, {size / elapsed:5.2f} MiB/s, "
              f"peak RSS {peak:7.0f} MiB (largest child so far), graph.ttl {ttl:.1f} MiB")


def bench_view(n: int = 5000) -> None:
    import networkx as nx

    from kg.export.html import generate_html
    from kg.types import Mention

    G = nx.MultiDiGraph()
    G.graph["documents"] = []
    for i in range(n):
        G.add_node(f"k{i}", type=("Hospital", "City", "Program", "Alliance")[i % 4], name=f"医院{i}", aliases=[],
                   code=None, place=None, mentions=[Mention("d", 0, 0, 1, "x")])
    for i in range(1, n):
        G.add_edge(f"k{i}", f"k{i // 3}", key="locatedIn", rel="locatedIn", evidence=[])
    start = time.perf_counter()
    page = generate_html(G, "bench")
    print(f"view of {n} entities / {n - 1} relations: generate_html {time.perf_counter() - start:.1f} s, "
          f"{len(page.encode()) / 2**20:.1f} MiB")


if __name__ == "__main__":
    sizes = [float(x) for x in sys.argv[1:]] or [1.0, 10.0]
    for mib in sizes:
        bench_build(mib)
    bench_view()
