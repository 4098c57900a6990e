"""The HTML view in a real browser (Debian's chromium and chromedriver, driven by Selenium).

Labels are measured where the page draws them: every ``fillText`` on the canvas is recorded with
its font and transform, so a label's height on screen is what the browser was told to paint.
"""

import base64
import dataclasses
import os
import random
import re
import shutil
import tempfile
import time
from pathlib import Path

import networkx as nx
import pytest

from kg.export.html import RELATION_NAMES, STYLE, TYPE_NAMES, _kept_edges, generate_html
from kg.pipeline import build
from kg.types import DocumentInfo, Evidence, Mention

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER),
                                reason="needs Debian's chromium and chromium-driver (apt-get install)")
#: the smallest label height on screen that an analyst can read, in CSS pixels
READABLE_PX = 10
#: the page must be drawn and answering within this many seconds
READY_WITHIN_S = 20
#: a page of 5,000 entities must be drawn within this many seconds (no physics to wait for)
LARGE_READY_WITHIN_S = 10
SCREENSHOTS = os.environ.get("KG_UPDATE_SCREENSHOT")  # KG_UPDATE_SCREENSHOT=1 make test refreshes docs/*.png


def chromium_options():
    """Headless Chromium at 1400×900 with a fresh profile and no background traffic."""
    from selenium import webdriver

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--window-size=1400,900",
                 f"--user-data-dir={tempfile.mkdtemp(prefix='kg-chromium-')}"):
        opts.add_argument(flag)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return opts


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=chromium_options())
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def seeds(seed_build, tmp_path_factory):
    """The seeds' view titled as a user would title it, in a folder of its own, and the build report."""
    _, report = seed_build
    out = tmp_path_factory.mktemp("seeds-view")
    (out / "graph.html").write_text(generate_html(report.graph, "kg: seeds"), encoding="utf-8")
    return out, report


def open_view(browser, page: Path) -> None:
    """Load the page and wait for its readiness signal."""
    browser.get(page.as_uri())
    deadline = time.monotonic() + READY_WITHIN_S
    while not browser.execute_script("return window.kgReady === true"):
        assert time.monotonic() < deadline, "window.kgReady never became true"
        time.sleep(0.05)


_RECORD_TEXT = """
window.kgTexts = [];
var proto = CanvasRenderingContext2D.prototype, original = proto.fillText;
proto.fillText = function (text, x, y) {
  var t = this.getTransform(), px = parseFloat(/(\\d+(?:\\.\\d+)?)px/.exec(this.font)[1]), w = this.measureText(text).width;
  var centred = this.textAlign === "center" && this.textBaseline === "top";
  window.kgTexts.push({text: String(text), px: px * Math.hypot(t.a, t.b) / (window.devicePixelRatio || 1),
                       box: centred ? [x - w / 2, y, x + w / 2, y + px] : null});
  return original.apply(this, arguments);
};
kg.draw();
proto.fillText = original;
return window.kgTexts;
"""


def drawn_texts(browser) -> list[dict]:
    """Every text the next frame paints on the canvas, with its height on screen in CSS pixels and,
    for a text centred on x with its top at y (a node's label), its box in CSS pixels."""
    return browser.execute_script(_RECORD_TEXT)


def legend_box(browser, margin: float = 0) -> list[float]:
    """The open legend's box on the canvas (CSS pixels), widened by ``margin`` on every side."""
    return browser.execute_script(
        "var c = document.getElementById('kg-canvas').getBoundingClientRect(),"
        " r = document.getElementById('kg-legend').getBoundingClientRect(), m = arguments[0];"
        "return [r.left - c.left - m, r.top - c.top - m, r.right - c.left + m, r.bottom - c.top + m];", margin)


def screen_point(browser, key) -> tuple[int, int]:
    """Where a node is in the window (CSS pixels)."""
    return tuple(browser.execute_script(
        "var p = kg.screenPositions()[arguments[0]], r = document.getElementById('kg-canvas').getBoundingClientRect();"
        "return [Math.round(p[0] + r.left), Math.round(p[1] + r.top)];", key))


def click_at(browser, x: int, y: int) -> None:
    """A real mouse click at a point of the window."""
    from selenium.webdriver.common.actions.action_builder import ActionBuilder

    actions = ActionBuilder(browser)
    actions.pointer_action.move_to_location(x, y).click()
    actions.perform()


def key_of(G, name: str) -> str:
    return next(k for k, d in G.nodes(data=True) if d["name"] == name)


def save_screenshot(browser, name: str, out: Path) -> None:
    """Save a screenshot next to the build; with KG_UPDATE_SCREENSHOT set, also into docs/."""
    browser.save_screenshot(str(out / name))
    assert (out / name).stat().st_size > 10_000
    if SCREENSHOTS:
        shutil.copy(out / name, ROOT / "docs" / name)


#: the best-connected entities in the window at open that must all be named
NAMED_AT_OPEN = 6


@pytest.mark.parametrize("seed", range(4))
def test_kept_edges_are_the_graphs_edges_between_kept_nodes_in_its_order(seed):
    rnd = random.Random(seed)
    G = nx.MultiDiGraph()
    for i in range(rnd.randint(1, 80)):
        G.add_edge(f"n{rnd.randint(0, 20)}", f"n{rnd.randint(0, 20)}", key=rnd.choice("ab"), i=i)
    kept = {n for n in G if rnd.random() < 0.5}
    assert [(u, v, k, d["i"]) for u, v, k, d in _kept_edges(G, kept)] == \
        [(u, v, k, d["i"]) for u, v, k, d in G.edges(keys=True, data=True) if u in kept and v in kept]


def test_the_best_connected_entities_in_the_window_are_all_named(browser, seeds):
    # a label that does not fit below its node goes above or beside it: a city whose district sits
    # right below it is still named, and no later label is drawn over a named node
    out, report = seeds
    G = report.graph
    open_view(browser, out / "graph.html")
    width, height = browser.execute_script("var c = document.getElementById('kg-canvas');"
                                           "return [c.clientWidth, c.clientHeight];")
    positions = browser.execute_script("return kg.screenPositions()")
    legend = legend_box(browser, margin=20)  # a node under the open legend is not in sight, and gets no label
    inside = [k for k in browser.execute_script("return kg.ids()")  # best-connected first
              if 40 < positions[k][0] < width - 40 and 40 < positions[k][1] < height - 40
              and not (legend[0] < positions[k][0] < legend[2] and legend[1] < positions[k][1] < legend[3])]
    texts = {t["text"] for t in drawn_texts(browser)}
    assert [G.nodes[k]["name"] for k in inside[:NAMED_AT_OPEN] if G.nodes[k]["name"] not in texts] == []


def test_no_label_is_cut_by_the_windows_edge_or_drawn_under_the_legend(browser, seeds):
    out, _ = seeds
    open_view(browser, out / "graph.html")
    width, height = browser.execute_script("var c = document.getElementById('kg-canvas');"
                                           "return [c.clientWidth, c.clientHeight];")
    legend = legend_box(browser)
    names = {d["name"] for _, d in seeds[1].graph.nodes(data=True)}
    boxes = [t["box"] for t in drawn_texts(browser) if t["text"] in names and t["box"]]
    assert len(boxes) >= NAMED_AT_OPEN
    for x0, y0, x1, y1 in boxes:
        assert x0 >= 0 and y0 >= 0 and x1 <= width and y1 <= height, (x0, y0, x1, y1)
        assert x1 <= legend[0] or x0 >= legend[2] or y1 <= legend[1] or y0 >= legend[3], (x0, y0, x1, y1)


def test_opening_view_is_legible_and_self_contained(browser, seeds):
    out, report = seeds
    G = report.graph
    open_view(browser, out / "graph.html")
    assert sorted(browser.execute_script("return kg.ids()")) == sorted(G.nodes)
    labels = [t for t in drawn_texts(browser) if t["text"] in {d["name"] for _, d in G.nodes(data=True)}]
    assert len(labels) >= 15
    assert min(t["px"] for t in labels) >= READABLE_PX
    hub = max(G.nodes, key=lambda k: (G.degree(k), k))
    assert G.nodes[hub]["name"] in {t["text"] for t in labels}  # the best-connected name is shown
    # a one-line header, and the page fits the window
    assert browser.execute_script("return document.getElementById('kg-header').offsetHeight") <= 48
    assert browser.execute_script("return document.documentElement.scrollHeight <= window.innerHeight"
                                  " && document.documentElement.scrollWidth <= window.innerWidth")
    # nothing failed, and nothing was fetched from anywhere but the page itself
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []
    fetched = browser.execute_script("return performance.getEntriesByType('resource').map(function (r) { return r.name; })")
    assert fetched == []
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert not re.search(r'(?:src|href)="https?://', page)
    save_screenshot(browser, "view.png", out)


def test_legend_explains_everything_drawn(browser, seeds):
    out, _ = seeds
    open_view(browser, out / "graph.html")
    legend = browser.find_element("id", "kg-legend").text
    for zh, _ in TYPE_NAMES.values():
        assert zh in legend
    for zh, _ in RELATION_NAMES.values():
        assert zh in legend
    assert "大小 = 提及次数" in legend
    colours = browser.execute_script(
        "return Array.from(document.querySelectorAll('.kg-type-row')).map(function (row) {"
        " return [row.querySelector('input').value, row.querySelector('svg [fill]').getAttribute('fill')]; })")
    assert {t: c for t, c in colours} == {t: c for t, (c, _) in STYLE.items()}
    place_shapes = {STYLE[t][1] for t in ("Province", "City", "District")}
    assert len(place_shapes) == 3  # places differ by shape, not only by shade


def test_search_lists_matches_as_one_types(browser, seeds):
    out, report = seeds
    G = report.graph
    open_view(browser, out / "graph.html")
    box = browser.find_element("id", "kg-search")
    box.send_keys("安貞醫院")  # traditional script
    matches = browser.find_element("id", "kg-matches")
    assert matches.is_displayed()
    assert "首都医科大学附属北京安贞医院吉林医院" in matches.text
    save_screenshot(browser, "view-search.png", out)
    from selenium.webdriver.common.keys import Keys

    box.send_keys(Keys.ENTER)
    assert browser.execute_script("return kg.selected()") == key_of(G, "首都医科大学附属北京安贞医院吉林医院")
    assert not matches.is_displayed()
    box.clear()
    box.send_keys("二道")
    items = browser.find_elements("css selector", "#kg-matches li")
    assert len(items) >= 3 and items[0].text.startswith("二道区")
    second = items[1].get_attribute("data-key")
    items[1].click()
    assert browser.execute_script("return kg.selected()") == second
    box.clear()
    box.send_keys("不存在的医院")
    assert "no match" in browser.find_element("id", "kg-matches").text


def test_click_highlights_neighbourhood_and_opens_panel(browser, seeds):
    out, report = seeds
    G = report.graph
    open_view(browser, out / "graph.html")
    key = key_of(G, "吉林大学第一医院")
    browser.execute_script("kg.select(arguments[0]); kg.select(null);", key)  # centre it, select nothing
    assert browser.execute_script("return kg.selected()") is None
    click_at(browser, *screen_point(browser, key))
    assert browser.execute_script("return kg.selected()") == key
    neighbours = {key} | set(G.successors(key)) | set(G.predecessors(key))
    assert set(browser.execute_script("return kg.highlighted()")) == neighbours
    panel = browser.find_element("id", "kg-panel")
    assert panel.is_displayed()
    doc = next(d for d in G.graph["documents"] if d.id == G.nodes[key]["mentions"][0].doc_id)
    text = panel.text
    assert "吉林大学第一医院" in text and "医疗机构" in text and doc.title in text and doc.path in text
    assert doc.date is None or doc.date in text
    sentence = G.graph["sentences"][(doc.id, G.nodes[key]["mentions"][0].sentence)]
    assert sentence[:30] in text
    assert "牵头" in text  # relations by their Chinese names
    save_screenshot(browser, "view-selected.png", out)
    # the background clears the selection
    empty = browser.execute_script(
        "var r = document.getElementById('kg-canvas').getBoundingClientRect(), pos = kg.screenPositions();"
        "for (var y = 60; y < r.height; y += 20) for (var x = r.width / 2; x > 250; x -= 20) {"
        "  var free = Object.keys(pos).every(function (k) { return Math.hypot(pos[k][0] - x, pos[k][1] - y) > 40; });"
        "  if (free) return [Math.round(x + r.left), Math.round(y + r.top)]; }"
        "return null;")
    click_at(browser, *empty)
    assert browser.execute_script("return kg.selected()") is None
    assert not panel.is_displayed()


def test_same_picture_on_every_load(browser, seeds):
    out, report = seeds
    open_view(browser, out / "graph.html")
    first = browser.execute_script("return kg.screenPositions()")
    open_view(browser, out / "graph.html")
    assert browser.execute_script("return kg.screenPositions()") == first
    assert generate_html(report.graph, "t") == generate_html(report.graph, "t")


def test_type_filter_and_show_only(browser, seeds):
    out, report = seeds
    G = report.graph
    open_view(browser, out / "graph.html")
    browser.execute_script("document.querySelector('.kg-type[value=Hospital]').click();")
    visible = browser.execute_script("return kg.visibleIds()")
    assert len(visible) == G.number_of_nodes() - report.counts["Hospital"]
    browser.execute_script("document.querySelector('.kg-type[value=Hospital]').click();")
    kept = browser.execute_script("return kg.showOnly(arguments[0])", key_of(G, "吉林省"))
    names = {G.nodes[k]["name"] for k in browser.execute_script("return kg.visibleIds()")}
    assert kept == len(names) and "吉林大学第一医院" in names and "二道区中医院" in names
    assert "长治市人民医院" not in names
    browser.execute_script("kg.showOnly(null)")
    assert len(browser.execute_script("return kg.visibleIds()")) == G.number_of_nodes()


def test_date_range_filter(browser, seeds, tmp_path):
    # the seeds state one publication date (seed 001: 时间:2024-10-18); give seed 000 another so that
    # a one-day range is narrower than the full range
    out, report = seeds
    G = report.graph.copy()
    G.graph["documents"] = [dataclasses.replace(d, date="2026-06-01") if d.path.startswith("000_") else d
                            for d in G.graph["documents"]]
    (tmp_path / "graph.html").write_text(generate_html(G, "kg: seeds"), encoding="utf-8")
    open_view(browser, tmp_path / "graph.html")
    browser.find_element("id", "kg-filters-toggle").click()
    day = "2024-10-18"
    browser.execute_script(
        "var day = arguments[0]; ['kg-date-from', 'kg-date-to'].forEach(function (id) {"
        " var i = document.getElementById(id); i.value = day; i.dispatchEvent(new Event('change')); });", day)
    docs = {d.id for d in G.graph["documents"] if d.date == day}
    expected = {k for k, d in G.nodes(data=True) if any(m.doc_id in docs for m in d["mentions"])}
    assert set(browser.execute_script("return kg.visibleIds()")) == expected
    assert 0 < len(expected) < G.number_of_nodes()


def small_graph(confidence: bool, n: int = 40) -> nx.MultiDiGraph:
    """A graph of hospitals in 长春市 (and 吉林省), with or without relation confidence."""
    G = nx.MultiDiGraph()
    G.graph["documents"] = [DocumentInfo("d", "a.txt", "0" * 64, "utf-8", 10, "标题", "2024-01-02", 1)]
    G.graph["sentences"] = {("d", 0): "一句话。"}
    mention = [Mention("d", 0, 0, 1, "x")]
    G.add_node("code:220000", type="Province", name="吉林省", aliases=[], code="220000", place=None, mentions=mention)
    for i in range(n):
        G.add_node(f"H{i}", type="Hospital", name=f"长春第{i}医院", aliases=[], code=None, place=None,
                   mentions=mention)
        data = {"confidence": round(i / n, 2)} if confidence else {}
        G.add_edge(f"H{i}", "code:220000", key="locatedIn", rel="locatedIn",
                   evidence=[Evidence("d", 0, 0, 1, "一句话。", "text")], **data)
    return G


@pytest.mark.parametrize("confidence", [True, False])
def test_confidence_filter_only_when_relations_have_confidence(browser, tmp_path, confidence):
    page = tmp_path / "graph.html"
    page.write_text(generate_html(small_graph(confidence)), encoding="utf-8")
    open_view(browser, page)
    browser.find_element("id", "kg-filters-toggle").click()
    slider = browser.find_element("id", "kg-conf")
    assert slider.is_displayed() == confidence
    if confidence:
        browser.execute_script("arguments[0].value = '0.5'; arguments[0].dispatchEvent(new Event('input'));", slider)
        browser.execute_script("kg.select('code:220000')")
        text = browser.find_element("id", "kg-panel").text
        assert "关系 relations (20)" in text and "置信度 0.95" in text and "置信度 0.45" not in text


def big_graph(n_cities: int = 60, per_city: int = 12) -> nx.MultiDiGraph:
    """Hospitals in many cities of several provinces, taken from the gazetteer."""
    from kg.resources import division_table

    divisions = division_table()
    cities = sorted(c for c, d in divisions.items() if d.level == "prefecture")[::5][:n_cities]
    G = nx.MultiDiGraph()
    G.graph["documents"] = [DocumentInfo("d", "a.txt", "0" * 64, "utf-8", 10, "标题", "2024-01-02", 1)]
    G.graph["sentences"] = {}
    mention = [Mention("d", 0, 0, 1, "x")]
    for c in cities:
        p = divisions[c].parent
        G.add_node(f"code:{p}", type="Province", name=divisions[p].name, aliases=[], code=p, place=None,
                   mentions=mention)
        G.add_node(f"code:{c}", type="City", name=divisions[c].name, aliases=[], code=c, place=None, mentions=mention)
        G.add_edge(f"code:{c}", f"code:{p}", key="locatedIn", rel="locatedIn", evidence=[])
        for i in range(per_city):
            key = f"H{c}{i}"
            G.add_node(key, type="Hospital", name=f"{divisions[c].name}第{i}医院", aliases=[], code=None,
                       place=f"code:{c}", mentions=mention)
            G.add_edge(key, f"code:{c}", key="locatedIn", rel="locatedIn", evidence=[])
    return G


def test_overview_of_a_large_graph_drills_down(browser, tmp_path):
    G = big_graph()
    page = tmp_path / "graph.html"
    page.write_text(generate_html(G, "overview"), encoding="utf-8")
    open_view(browser, page)
    texts = [t for t in drawn_texts(browser) if " · " in t["text"]]
    assert len(texts) >= 5 and min(t["px"] for t in texts) >= READABLE_PX  # provinces or cities, with counts
    before = browser.execute_script("return kg.view().scale")
    name = texts[0]["text"].split(" · ")[0]
    key = next(k for k, d in G.nodes(data=True) if d["name"] == name)
    click_at(browser, *screen_point(browser, key))
    assert browser.execute_script("return kg.view().scale") > before
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []


def test_every_province_of_the_overview_is_named(browser, tmp_path):
    # small provinces with long names (新疆维吾尔自治区) beside large ones: a name with no room in
    # its circle is written short, without its count or below the circle, never left out
    from kg.resources import division_table

    G = big_graph(n_cities=40, per_city=30)
    divisions = division_table()
    for province in ("650000", "640000", "450000", "150000", "540000", "810000", "820000"):
        G.add_node(f"code:{province}", type="Province", name=divisions[province].name, aliases=[], code=province,
                   place=None, mentions=[Mention("d", 0, 0, 1, "x")])
    page = tmp_path / "graph.html"
    page.write_text(generate_html(G, "overview"), encoding="utf-8")
    open_view(browser, page)
    groups = browser.execute_script("return JSON.parse(document.getElementById('kg-data').textContent).groups")
    texts = [t["text"].split(" · ")[0] for t in drawn_texts(browser)]
    provinces = [g for g in groups if g["level"] == "province"]
    assert len(provinces) >= 12
    assert [g["n"] for g in provinces if g["n"] not in texts and g.get("s") not in texts] == []


def test_five_thousand_entities_are_drawn_at_once(browser, tmp_path):
    G = big_graph(n_cities=60, per_city=80)
    assert G.number_of_nodes() >= 4800
    page = tmp_path / "graph.html"
    page.write_text(generate_html(G, "large"), encoding="utf-8")
    open_view(browser, page)
    # the target is 5 s (bench/bench_view.py measures it); the bound is loose for a shared machine
    assert browser.execute_script("return window.kgReadyMs") < LARGE_READY_WITHIN_S * 1000
    assert browser.execute_script("return kg.ids().length") == G.number_of_nodes()


def test_png_export(browser, seeds):
    out, _ = seeds
    open_view(browser, out / "graph.html")
    url = browser.execute_script("return kg.exportPNG()")
    assert url.startswith("data:image/png;base64,")
    png = base64.b64decode(url.split(",", 1)[1])
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000


def test_injected_markup_never_runs(browser, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    evil = ("长治日报\n\n我市医疗服务提升。长治市人民医院<script>document.title='pwned'</script>开展义诊，"
            "<img src=x onerror=\"document.title='pwned'\">服务患者，医疗服务进社区。"
            "“<b onmouseover=alert(1)>惠民</b>”计划与市人民医院href=javascript:alert(1)合作。\n")
    (src / "evil.txt").write_text(evil, encoding="utf-8")
    out = tmp_path / "out"
    report = build([src], out)
    assert report.graph.number_of_nodes() > 0
    open_view(browser, out / "graph.html")
    title = browser.title
    shown = [browser.execute_script("kg.select(arguments[0]); return document.getElementById('kg-panel').innerText", k)
             for k in browser.execute_script("return kg.ids()")]
    assert any("<script>" in t or "<img" in t for t in shown)  # the markup is shown as text
    from selenium.common.exceptions import NoAlertPresentException

    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018
    assert browser.title == title and "pwned" not in browser.title
    assert browser.execute_script("return document.querySelectorAll('img, [onmouseover], [onerror]').length") == 0
    assert browser.execute_script("return document.scripts.length") == 2
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert "<script>document.title" not in page and "<img src=x" not in page


def hover_at(browser, x: int, y: int) -> str:
    """Move the real mouse to a point and return the tooltip the page shows there."""
    from selenium.webdriver.common.actions.action_builder import ActionBuilder

    for point in ((1, 1), (x, y)):
        actions = ActionBuilder(browser)
        actions.pointer_action.move_to_location(*point)
        actions.perform()
    tip = browser.find_element("id", "kg-tip")
    return tip.text if tip.is_displayed() else ""


def test_hover_names_nodes_and_relations(browser, seeds):
    out, report = seeds
    G = report.graph
    open_view(browser, out / "graph.html")
    head, tail = key_of(G, "吉林大学第一医院"), key_of(G, "吉林大学第一医院二道区医联体")
    browser.execute_script("kg.select(arguments[0]); kg.select(null);", head)  # centre it
    assert hover_at(browser, *screen_point(browser, head)).startswith("吉林大学第一医院\n医疗机构")
    (x0, y0), (x1, y1) = screen_point(browser, head), screen_point(browser, tail)
    tip = hover_at(browser, (x0 + x1) // 2, (y0 + y1) // 2)
    evidence = G.edges[head, tail, "leads"]["evidence"][0]
    assert tip.startswith("吉林大学第一医院 → 牵头 → 吉林大学第一医院二道区医联体") and evidence.text[:20] in tip


def test_the_view_benchmark_takes_a_page_as_its_usage_says(seeds, tmp_path):
    """``python bench/bench_view.py --page out/graph.html``: a page given by a path relative to
    where the benchmark runs is measured and its screenshot saved."""
    import subprocess
    import sys

    out, report = seeds
    shot = tmp_path / "view.png"
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "bench_view.py"), "--page", f"{out.name}/graph.html",
                           "--loads", "1", "--screenshot", str(shot)], cwd=out.parent, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert f"{report.graph.number_of_nodes()} entities" in done.stdout and "ready" in done.stdout
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
