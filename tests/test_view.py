"""The HTML view in a real browser (Debian's chromium and chromedriver, driven by Selenium)."""

import os
import re
import shutil
import time
from pathlib import Path

import pytest

from kg.pipeline import build

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER),
                                reason="needs Debian's chromium and chromium-driver (apt-get install)")


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--window-size=1400,900"):
        opts.add_argument(flag)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    yield driver
    driver.quit()


def _open(browser, page: Path):
    browser.get(page.as_uri())
    for _ in range(100):
        if browser.execute_script("return typeof network !== 'undefined' && network !== null"
                                  " && Object.keys(network.body.nodes).length > 0"):
            break
        time.sleep(0.1)
    # wait for the layout to settle (physics is switched off after stabilisation)
    for _ in range(150):
        if not browser.execute_script("return network.physics.options.enabled"):
            break
        time.sleep(0.1)


def _hover(browser, key) -> str:
    """Move the real mouse onto a node and return the tooltip text the page shows."""
    from selenium.webdriver.common.actions.action_builder import ActionBuilder

    browser.execute_script("network.focus(arguments[0], {scale: 1.5, animation: false});", key)
    pos = browser.execute_script(
        "var p = network.getPositions([arguments[0]])[arguments[0]]; var d = network.canvasToDOM(p);"
        "var r = network.canvas.frame.canvas.getBoundingClientRect(); return [d.x + r.left, d.y + r.top];", key)
    away = ActionBuilder(browser)
    away.pointer_action.move_to_location(1, 1)
    away.perform()
    actions = ActionBuilder(browser)
    actions.pointer_action.move_to_location(int(pos[0]), int(pos[1]))
    actions.perform()
    for _ in range(30):
        text = browser.execute_script(
            "var t = document.querySelector('div.vis-tooltip');"
            "return t && t.style.visibility !== 'hidden' ? t.innerText : ''")
        if text:
            return text
        time.sleep(0.1)
    return ""


def test_view_of_the_seeds(browser, seed_build):
    out, report = seed_build
    _open(browser, out / "graph.html")
    G = report.graph
    drawn = browser.execute_script("return network.body.data.nodes.getIds().length")
    assert drawn == G.number_of_nodes()
    assert browser.execute_script("return network.body.data.edges.getIds().length") == G.number_of_edges()
    # nothing failed, and nothing was fetched from anywhere but the page itself
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []
    fetched = browser.execute_script("return performance.getEntriesByType('resource').map(function (r) { return r.name; })")
    assert [u for u in fetched if not u.startswith(("file:", "data:"))] == []
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert not re.search(r'(?:src|href)="https?://', html)
    # search by a traditional alias focuses the node
    focused = browser.execute_script("return kgFocus('北京安貞醫院吉林醫院')")
    assert focused is not None and G.nodes[focused]["type"] == "Hospital"
    assert browser.execute_script("return network.getSelectedNodes()") == [focused]
    # hovering a node shows a tooltip with an evidence sentence
    key = next(k for k, d in G.nodes(data=True) if d["name"] == "吉林大学第一医院")
    tooltip = _hover(browser, key)
    sentence = G.graph["sentences"][(G.nodes[key]["mentions"][0].doc_id, G.nodes[key]["mentions"][0].sentence)]
    assert "吉林大学第一医院" in tooltip and sentence[:30] in tooltip
    browser.save_screenshot(str(out / "view.png"))
    assert (out / "view.png").stat().st_size > 10_000
    if os.environ.get("KG_UPDATE_SCREENSHOT"):  # KG_UPDATE_SCREENSHOT=1 make test refreshes the README's picture
        shutil.copy(out / "view.png", ROOT / "docs" / "view.png")


def test_type_filter_hides_nodes(browser, seed_build):
    out, report = seed_build
    _open(browser, out / "graph.html")
    browser.execute_script("var b = document.querySelector('.kg-type[value=Hospital]'); b.click();")
    hidden = browser.execute_script("return nodes.get({filter: function (n) { return n.hidden; }}).length")
    assert hidden == report.counts["Hospital"]


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
    _open(browser, out / "graph.html")
    title = browser.title
    # hover every node with the real mouse so that every tooltip is rendered
    shown = [_hover(browser, key) for key in browser.execute_script("return network.body.data.nodes.getIds()")]
    assert any("<script>" in t or "<img" in t for t in shown)  # the markup is shown as text
    from selenium.common.exceptions import NoAlertPresentException

    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018
    assert browser.title == title and "pwned" not in browser.title
    assert browser.execute_script("return document.querySelectorAll('img[onerror], b[onmouseover]').length") == 0
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert "<script>document.title" not in html and "<img src=x" not in html


def test_show_only_one_province(browser, seed_build):
    out, report = seed_build
    G = report.graph
    _open(browser, out / "graph.html")
    jilin = next(k for k, d in G.nodes(data=True) if d["name"] == "吉林省")
    kept = browser.execute_script("return kgOnly(arguments[0])", jilin)
    visible = set(browser.execute_script(
        "return nodes.get({filter: function (n) { return !n.hidden; }}).map(function (n) { return n.id; })"))
    names = {G.nodes[k]["name"] for k in visible}
    assert kept == len(visible) and "吉林大学第一医院" in names and "二道区中医院" in names
    assert "长治市人民医院" not in names
    browser.execute_script("kgOnly('')")
    assert browser.execute_script("return nodes.get({filter: function (n) { return n.hidden; }}).length") == 0
