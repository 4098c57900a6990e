"""The gazetteer's hierarchy (kg/data/divisions.tsv, tools/make_divisions.py, Gazetteer.ancestors).

A city without a county level (东莞市) used to be listed again as its own county, and every walk
up the hierarchy from it looped until memory ran out; these tests run anything that could loop
in a child process with a memory limit and a timeout, so a regression fails instead of eating
the machine.
"""

import csv
import resource
import subprocess
import sys
import textwrap
from pathlib import Path

import rdflib

from .conftest import ROOT

DIVISIONS = ROOT / "kg" / "data" / "divisions.tsv"
MEMORY_LIMIT = 3 * 2**30   # bytes of address space a child may use
TIMEOUT = 300              # seconds


def _rows() -> list[dict[str, str]]:
    with DIVISIONS.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _limited(args: list[str], **kw) -> subprocess.CompletedProcess:
    def limit():
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    return subprocess.run(args, capture_output=True, text=True, timeout=TIMEOUT, preexec_fn=limit, **kw)


def _cities_without_counties(rows) -> dict[str, str]:
    """Prefecture-level cities no county-level division hangs from: code -> name."""
    with_counties = {r["parent"] for r in rows if r["level"] == "county"}
    return {r["code"]: r["name"] for r in rows if r["level"] == "prefecture" and r["code"] not in with_counties
            and r["name"].endswith("市")}


def test_each_code_once_and_every_chain_ends_at_a_province():
    rows = _rows()
    codes = [r["code"] for r in rows]
    assert len(codes) == len(set(codes)), "a code is listed twice"
    by_code = {r["code"]: r for r in rows}
    for r in rows:
        seen = [r["code"]]
        node = r
        while node["parent"]:
            assert node["parent"] in by_code, f"{node['code']}: parent {node['parent']} is not in the table"
            assert node["parent"] not in seen, f"{r['code']} {r['name']} is its own ancestor: {seen}"
            seen.append(node["parent"])
            node = by_code[node["parent"]]
        assert node["level"] == "province", f"{r['code']} {r['name']}: chain ends at {node['name']}"


def test_the_cities_without_counties_are_known():
    assert sorted(_cities_without_counties(_rows()).values()) == ["东莞市", "中山市", "儋州市", "嘉峪关市"]


def test_ancestors_of_every_code_in_the_shipped_gazetteer():
    script = textwrap.dedent("""
        from kg.resources import load_resources
        gaz = load_resources().gazetteer
        bad = [c for c in gaz.divisions if c in gaz.ancestors(c)
               or gaz.divisions[(gaz.ancestors(c) or [c])[-1]].level != "province"]
        print(len(gaz.divisions), bad[:5])
        print(gaz.ancestors("441900"), gaz.ancestors("620201100"))
    """)
    r = _limited([sys.executable, "-c", script], cwd=ROOT)
    assert r.returncode == 0, r.stderr[-2000:]
    first, second = r.stdout.splitlines()
    assert first.endswith(" []")
    assert second == "['440000'] ['620200', '620000']"


def test_ancestors_stop_on_a_cycle_in_a_faulty_table():
    script = textwrap.dedent("""
        from kg.resources import Division, Gazetteer
        divs = {"1": Division("1", "甲市", "prefecture", "2"), "2": Division("2", "乙市", "county", "1"),
                "3": Division("3", "丙市", "county", "3")}
        gaz = Gazetteer(divs, {}, {}, {})
        print(gaz.ancestors("1"), gaz.ancestors("3"))
    """)
    r = _limited([sys.executable, "-c", script], cwd=ROOT)
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stdout.strip() == "['2'] []"


def test_a_page_naming_each_city_without_counties_builds_and_places_it(tmp_path):
    rows = _rows()
    cities = _cities_without_counties(rows)
    by_code = {r["code"]: r for r in rows}
    src = tmp_path / "in"
    src.mkdir()
    for code, name in cities.items():
        province = by_code[by_code[code]["parent"]]["name"]
        (src / f"{code}.txt").write_text(f"{name}人民医院牵头组建心血管专科联盟。\n"
                                         f"{province}卫生健康委员会支持{name}人民医院牵头组建心血管专科联盟，"
                                         "为患者提供医疗服务。\n", encoding="utf-8")
    out = tmp_path / "out"
    r = _limited([sys.executable, "-m", "kg", "build", str(src), "--out", str(out)], cwd=ROOT)
    assert r.returncode == 0, r.stderr[-2000:]
    assert f"documents read: {len(cities)}, skipped: 0" in r.stdout
    g = rdflib.Graph().parse(out / "graph.ttl")
    kg = rdflib.Namespace("https://w3id.org/kg-health/ontology#")
    for code, name in cities.items():
        province = by_code[by_code[code]["parent"]]
        q = f"""SELECT ?p WHERE {{ ?c a kg:City ; kg:divisionCode "{code}" ; kg:locatedIn ?p .
                                  ?p a kg:Province ; kg:divisionCode "{province['code']}" }}"""
        assert len(g.query(q, initNs={"kg": kg})) == 1, f"{name} is not placed in {province['name']}"
        q = f"""SELECT ?h WHERE {{ ?h a kg:Hospital ; rdfs:label "{name}人民医院"@zh ; kg:locatedIn ?c .
                                  ?c kg:divisionCode "{code}" }}"""
        assert len(g.query(q, initNs={"kg": kg, "rdfs": rdflib.RDFS})) == 1, f"{name}人民医院 is not in {name}"


def _make_divisions(tmp_path, provinces: str, cities: str, areas: str, streets: str) -> list[tuple[str, ...]]:
    """Rows of tools/make_divisions.py run over a made-up release (the CSV rows after each header)."""
    dist = tmp_path / "dist"
    dist.mkdir()
    for name, header, rows in [("provinces", "code,name", provinces),
                               ("cities", "code,name,provinceCode", cities),
                               ("areas", "code,name,cityCode,provinceCode", areas),
                               ("streets", "code,name,areaCode,cityCode,provinceCode", streets)]:
        (dist / f"{name}.csv").write_text(f"{header}\n{rows}", encoding="utf-8")
    (dist / "HK-MO-TW.json").write_text("{}", encoding="utf-8")
    r = subprocess.run([sys.executable, str(ROOT / "tools" / "make_divisions.py"), str(dist)],
                       capture_output=True, text=True, check=True)
    return [tuple(line.split("\t")) for line in r.stdout.splitlines()]


def test_make_divisions_drops_a_city_repeated_at_county_level(tmp_path):
    lines = _make_divisions(tmp_path, '44,"广东省"\n', '4401,"广州市",44\n4419,"东莞市",44\n',
                            '440103,"荔湾区",4401,44\n441900,"东莞市",4419,44\n',
                            '441900101,"石碣镇",441900,4419,44\n440103001,"沙面街道",440103,4401,44\n')
    assert ("441900", "东莞市", "prefecture", "440000") in lines
    assert ("441900", "东莞市", "county", "441900") not in lines
    assert ("441900101", "石碣镇", "town", "441900") in lines
    assert ("440103", "荔湾区", "county", "440100") in lines
    assert ("440103001", "沙面街道", "town", "440103") in lines
    assert [c for c, *_ in lines].count("441900") == 1


#: the fifth digit of the county-level code of a functional zone (tools/make_divisions.py: ZONE_DIGIT)
ZONE_DIGIT = "7"


def test_every_functional_zone_is_a_place_of_its_city(res):
    """Each zone row (开发区, 新区, 示范区 …: codes xx7x, and the national zones kg adds): written after
    its parent, it is found as one place and, on a page of the parent, means this zone; it hangs from
    a prefecture or province of its own code's province, and is no committee (管委会)."""
    from kg.extract.places import choose_code, find_places

    by_code = {r["code"]: r for r in _rows()}
    zones = [r for r in by_code.values() if len(r["code"]) == 6 and r["code"][4] == ZONE_DIGIT
             and r["level"] == "county" or r["code"][2:4] == "71" and not r["code"].startswith(SELF_CODED)]
    assert len(zones) > 120
    for r in zones:
        parent = by_code[r["parent"]]
        assert parent["level"] in ("prefecture", "province") and parent["code"][:2] == r["code"][:2], r
        assert not r["name"].endswith("管委会"), r
        text = r["name"] if r["name"].startswith(parent["name"]) else parent["name"] + r["name"]
        found = find_places(text + "人民医院开展义诊", res)
        assert found[-1].surface == r["name"] and found[-1].end == len(text), r
        assert choose_code(found[-1].codes, (parent["code"],), res) == r["code"], r


def test_make_divisions_keeps_zones_with_their_towns(tmp_path):
    lines = _make_divisions(tmp_path, '41,"河南省"\n', '4107,"新乡市",41\n',
                            '410773,"新乡市平原城乡一体化示范区",4107,41\n410771,"新乡市某某管理区管委会",4107,41\n',
                            '410773001,"桥北街道",410773,4107,41\n')
    assert ("410773", "新乡市平原城乡一体化示范区", "county", "410700") in lines
    assert ("410771", "新乡市某某管理区", "county", "410700") in lines
    assert ("410773001", "桥北街道", "town", "410773") in lines
    assert ("137100", "雄安新区", "prefecture", "130000") in lines


#: the provinces whose divisions kg codes itself (tools/make_divisions.py: hk_mo_tw)
SELF_CODED = ("71", "81", "82")


def test_every_division_of_taiwan_hong_kong_and_macao_is_found_under_its_parent(res):
    """Each row: its name written after its parent's is found as a place and, on a page of the
    parent, means this division and no other (永和区 of 新北市, 油尖旺区 of Hong Kong)."""
    from kg.extract.places import choose_code, find_places

    rows = [r for r in _rows() if r["code"].startswith(SELF_CODED) and r["level"] != "province"]
    assert len(rows) > 400
    by_code = {r["code"]: r for r in _rows()}
    for r in rows:
        parent = by_code[r["parent"]]
        assert parent["code"][:2] == r["code"][:2] and len(r["code"]) == 6, r
        found = find_places(parent["name"] + r["name"], res)
        assert [m.surface for m in found] == [parent["name"], r["name"]], r
        assert choose_code(found[-1].codes, (parent["code"],), res) == r["code"], r


def test_make_divisions_codes_taiwan_hong_kong_and_macao(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_divisions", ROOT / "tools" / "make_divisions.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    data = {"香港特别行政区": {"九龙": ["油尖旺区"], "新界": ["沙田区"]},
            "澳门特别行政区": {"澳门外岛": ["嘉模堂区（氹仔）"]},
            "台湾省": {"台北市": ["大安区"], "新竹县": ["竹北市", "湖口乡"]}}
    assert list(tool.hk_mo_tw(data)) == [
        ("810001", "油尖旺区", "county", "810000"), ("810002", "沙田区", "county", "810000"),
        ("820001", "嘉模堂区", "county", "820000"),
        ("710100", "台北市", "prefecture", "710000"), ("710101", "大安区", "county", "710100"),
        ("710200", "新竹县", "prefecture", "710000"), ("710201", "竹北市", "county", "710200"),
        ("710202", "湖口乡", "county", "710200")]


def test_make_divisions_adds_the_towns_of_kinmen(tmp_path):
    # the release lists 金门县 without its towns and townships: kg adds them under it
    lines = _make_divisions(tmp_path, '35,"福建省"\n', '3505,"泉州市",35\n', '350527,"金门县",3505,35\n', "")
    assert ("350527100", "金城镇", "town", "350527") in lines
    assert ("350527105", "乌坵乡", "town", "350527") in lines


def test_the_towns_of_kinmen_are_its_places(res):
    from kg.extract.places import choose_code, find_places

    found = find_places("金门县烈屿乡卫生所开展义诊", res)
    assert [m.surface for m in found] == ["金门县", "烈屿乡"]
    assert choose_code(found[1].codes, ("350527",), res) == "350527104"
