"""Benchmark: how soon the HTML view is drawn and answers, in headless Chromium.

    python bench/bench_view.py                      # generated corpora of about 1,000 and 5,000 entities
    python bench/bench_view.py --page out/graph.html  # an existing page
    python bench/bench_view.py --screenshot docs/view-overview.png  # also the README's overview picture
    python bench/bench_view.py --keep /tmp/kg-bench   # keep the corpora and pages

For each page: its size, then over several loads the time from navigation to ``window.kgReady``
(the first complete drawing is on screen), the time a search takes to list its matches and the
time from selecting a node to the next frame (highlight and side panel drawn). Medians with the
range; the machine's load average is printed with them, since a shared machine makes them noisy.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: corpus sizes (MiB of generated text) that give about 1,000 and 5,000 entities
CORPUS_MIB = (0.3, 10.0)
LOADS = 5
READY_TIMEOUT_S = 120

_SELECT_NEXT_FRAME = """
var done = arguments[arguments.length - 1], t0 = performance.now();
kg.select(kg.ids()[0]);
requestAnimationFrame(function () { requestAnimationFrame(function () { done(performance.now() - t0); }); });
"""
_SEARCH = """
var input = document.getElementById('kg-search'), t0 = performance.now();
input.value = arguments[0]; input.dispatchEvent(new Event('input'));
var n = document.querySelectorAll('#kg-matches li').length;
return [performance.now() - t0, n];
"""


def browser():
    """Headless Chromium at 1400×900 (the flags of tests/test_view.py)."""
    sys.path.insert(0, str(ROOT))
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    from tests.test_view import CHROMEDRIVER, chromium_options

    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=chromium_options())


def measure(page: Path, loads: int = LOADS, screenshot: Path | None = None) -> dict:
    """Time-to-ready, search and select latencies of one page over ``loads`` loads; with ``screenshot``,
    the opening view is saved there."""
    driver = browser()
    ready, search, select = [], [], []
    try:
        for _ in range(loads):
            driver.get(page.resolve().as_uri())  # a relative path, as a user types it
            deadline = time.monotonic() + READY_TIMEOUT_S
            while not driver.execute_script("return window.kgReady === true"):
                if time.monotonic() > deadline:
                    raise TimeoutError(f"{page}: not ready after {READY_TIMEOUT_S} s")
                time.sleep(0.02)
            ready.append(driver.execute_script("return window.kgReadyMs") / 1000)
            if screenshot:
                driver.save_screenshot(str(screenshot))
            took, _ = driver.execute_script(_SEARCH, "医院")
            search.append(took / 1000)
            select.append(driver.execute_async_script(_SELECT_NEXT_FRAME) / 1000)
        entities = driver.execute_script("return kg.ids().length")
    finally:
        driver.quit()
    return {"entities": entities, "ready": ready, "search": search, "select": select}


def build_corpus(mib: float, tmp: Path) -> Path:
    """Generate a corpus with bench/make_corpus.py and build it with kg build; returns the page."""
    corpus, out = tmp / f"corpus-{mib}", tmp / f"out-{mib}"
    shutil.rmtree(corpus, ignore_errors=True)
    subprocess.run([sys.executable, str(ROOT / "bench" / "make_corpus.py"), "--mib", str(mib), "--out", str(corpus)],
                   check=True, stdout=subprocess.DEVNULL)
    subprocess.run([sys.executable, "-m", "kg", "build", str(corpus), "--out", str(out), "-q"], check=True)
    return out / "graph.html"


def _span(values: list[float]) -> str:
    return f"{statistics.median(values):5.2f} s ({min(values):.2f}–{max(values):.2f})"


def report(page: Path, loads: int, screenshot: Path | None = None) -> None:
    result = measure(page, loads, screenshot)
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"{result['entities']:5d} entities, page {page.stat().st_size / 2**20:4.1f} MiB: "
          f"ready {_span(result['ready'])}, search {_span(result['search'])}, "
          f"select to next frame {_span(result['select'])}; load average {load}, {os.cpu_count()} cores")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--page", type=Path, action="append", help="measure this page (repeatable)")
    parser.add_argument("--mib", type=float, action="append", help=f"corpus sizes to generate (default {CORPUS_MIB})")
    parser.add_argument("--loads", type=int, default=LOADS)
    parser.add_argument("--screenshot", type=Path, help="save the opening view of the last page here")
    parser.add_argument("--keep", type=Path, help="build the corpora in this folder and keep them")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        pages = args.page or [build_corpus(mib, work) for mib in args.mib or CORPUS_MIB]
        for page in pages:
            report(page, args.loads, args.screenshot if page == pages[-1] else None)


if __name__ == "__main__":
    main()
