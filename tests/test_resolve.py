"""Resolution across documents: merges that must happen, merges that must not, any order."""

import itertools

import pytest

from kg.lexicon import shipped_lexicon
from kg.resolve import compatible, is_generic, resolve
from kg.types import Entity, Mention, Relation

PLACES = {  # code -> (name, type)
    "220000": ("吉林省", "Province"), "220100": ("长春市", "City"),
    "510000": ("四川省", "Province"), "510100": ("成都市", "City"),
    "540000": ("西藏自治区", "Province"), "110000": ("北京市", "Province"),
    "450000": ("广西壮族自治区", "Province"), "450700": ("钦州市", "City"), "450900": ("玉林市", "City"),
    "130000": ("河北省", "Province"), "130500": ("邢台市", "City"), "130528": ("巨鹿县", "District"),
    "320000": ("江苏省", "Province"), "320800": ("淮安市", "City"), "320826": ("涟水县", "District"),
    "150000": ("内蒙古自治区", "Province"),
}
PARENTS = {"220100": "220000", "510100": "510000", "450700": "450000", "450900": "450000",
           "130500": "130000", "130528": "130500", "320800": "320000", "320826": "320800"}


def place(code, *aliases):
    name, typ = PLACES[code]
    return Entity(f"code:{code}", typ, name, frozenset(aliases), code=code)


def inst(name, doc, typ="Hospital", aliases=(), at=None):
    """An institution named once in ``doc``, qualified by the place ``at`` (a code)."""
    return Entity(f"{typ}:{name}", typ, name, frozenset(aliases), (Mention(doc, 0, 0, len(name), name),),
                  place=f"code:{at}" if at else None, mention_count=1)


def located(e, code):
    return Relation(e.key, "locatedIn", f"code:{code}")


def run(pages):
    """pages: (entities, relations) per document."""
    return resolve([p[0] for p in pages], [p[1] for p in pages], parents=PARENTS)


def hospitals(ents, typ="Hospital"):
    return sorted((e.name, sorted(e.aliases)) for e in ents if e.type == typ)


# --- merges that must happen -------------------------------------------------------------

def test_known_abbreviation_of_another_page_merges():
    long = inst("吉林大学第一医院", "a#1", aliases={"吉大一院"}, at="220100")
    short = inst("吉大一院", "b#1")
    ents, _ = run([([place("220100"), long], []), ([short], [])])
    assert hospitals(ents) == [("吉林大学第一医院", ["吉大一院"])]


def test_place_qualified_abbreviation_merges():
    long = inst("吉林大学第一医院", "a#1", aliases={"吉大一院"}, at="220100")
    short = inst("长春吉大一院", "b#1", at="220100")
    ents, _ = run([([place("220100"), long], []), ([place("220100", "长春"), short], [])])
    assert hospitals(ents) == [("吉林大学第一医院", ["吉大一院", "长春吉大一院"])]


def test_short_form_after_a_parent_merges_and_keeps_mentions():
    long = inst("四川大学华西医院", "a#1", at="510000")
    short = inst("华西医院", "b#1")
    ents, rels = run([([place("510000"), long], [located(long, "510000")]),
                      ([place("540000"), short], [Relation(short.key, "supports", "Hospital:西藏某医院")])])
    (h,) = [e for e in ents if e.type == "Hospital"]
    assert (h.name, sorted(h.aliases), len(h.mentions)) == ("四川大学华西医院", ["华西医院"], 2)
    assert ("Hospital:四川大学华西医院", "supports") in {(r.head, r.rel) for r in rels}


def test_long_form_minus_its_place_merges():
    long = inst("北京积水潭医院", "a#1", at="110000")
    short = inst("积水潭医院", "b#1")
    ents, _ = run([([place("110000"), long], []), ([short], [])])
    assert hospitals(ents) == [("北京积水潭医院", ["积水潭医院"])]


def test_same_generic_name_in_the_same_city_merges():
    a, b = inst("第一人民医院", "a#1"), inst("第一人民医院", "b#1")
    ents, _ = run([([place("450700"), a], [located(a, "450700")]), ([place("450700"), b], [located(b, "450700")])])
    assert len([e for e in ents if e.type == "Hospital"]) == 1


# --- merges that must not happen ---------------------------------------------------------

def test_two_first_peoples_hospitals_of_different_cities_stay_apart():
    a, b = inst("第一人民医院", "a#1"), inst("第一人民医院", "b#1")
    ents, rels = run([([place("450700"), a], [located(a, "450700")]), ([place("450900"), b], [located(b, "450900")])])
    hs = [e for e in ents if e.type == "Hospital"]
    assert len(hs) == 2 and {e.name for e in hs} == {"第一人民医院"}
    assert {(r.head, r.tail) for r in rels} == {(hs[0].key, hs[0].place), (hs[1].key, hs[1].place)}


def test_county_hospitals_of_two_counties_get_their_county():
    a, b = inst("县人民医院", "a#1"), inst("县人民医院", "b#1")
    ents, _ = run([([place("130528", "我县"), a], []), ([place("320826", "全县"), b], [])])
    assert hospitals(ents) == [("巨鹿县人民医院", ["县人民医院"]), ("涟水县人民医院", ["县人民医院"])]


def test_relative_bodies_of_autonomous_regions_stay_apart():
    a, b = inst("自治区卫生健康委员会", "a#1", "Organization"), inst("自治区卫生健康委员会", "b#1", "Organization")
    ents, _ = run([([place("150000"), a], []), ([place("450000"), place("450700"), b], [])])
    assert [n for n, _ in hospitals(ents, "Organization")] == ["内蒙古自治区卫生健康委员会", "广西壮族自治区卫生健康委员会"]


@pytest.mark.parametrize("name", ["市人民医院", "我院", "该院"])
def test_page_relative_name_without_its_place_stays_on_its_page(name):
    a, b = inst(name, "a#1"), inst(name, "b#1")
    ents, _ = run([([a], []), ([b], [])])
    assert len(ents) == 2 and ents[0].key != ents[1].key


def test_generic_name_without_a_place_stays_on_its_page():
    ents, _ = run([([inst("中心医院", "a#1")], []), ([inst("中心医院", "b#1")], [])])
    assert len(ents) == 2


def test_two_long_forms_compete_so_the_short_form_stays():
    a = inst("四川大学华西医院", "a#1")
    b = inst("重庆医科大学华西医院", "b#1")
    ents, _ = run([([a], []), ([b], []), ([inst("华西医院", "c#1")], [])])
    assert len(ents) == 3


def test_places_that_disagree_keep_a_short_form_apart():
    long = inst("四川大学华西医院", "a#1", at="510100")
    short = inst("华西医院", "b#1")
    ents, _ = run([([place("510100"), long], []), ([place("450700"), short], [located(short, "450700")])])
    assert len([e for e in ents if e.type == "Hospital"]) == 2


def test_a_place_before_a_name_merges_only_into_a_long_form_known_to_be_there():
    """北京协和医院 is no 华中科技大学附属协和医院 that no page places (Beijing plus the end after a
    parent would fit any 协和医院 of a university): with no place, it is not known to be in Beijing."""
    beijing = inst("北京协和医院", "a#1", at="110000")
    unplaced = inst("华中科技大学附属协和医院", "b#1")
    ents, _ = run([([place("110000", "北京"), beijing], [located(beijing, "110000")]), ([unplaced], [])])
    assert hospitals(ents) == [("北京协和医院", []), ("华中科技大学附属协和医院", [])]
    placed = inst("华中科技大学附属协和医院", "b#1", at="110000")  # a long form placed there does take it
    ents, _ = run([([place("110000", "北京"), beijing], [located(beijing, "110000")]),
                   ([place("110000"), placed], [located(placed, "110000")])])
    assert hospitals(ents) == [("华中科技大学附属协和医院", ["北京协和医院"])]


def test_alias_of_a_hospital_elsewhere_does_not_merge_a_different_city():
    long = inst("吉林大学第一医院", "a#1", aliases={"吉大一院"}, at="220100")
    short = inst("吉大一院", "b#1")
    ents, _ = run([([place("220100"), long], []), ([place("450700"), short], [located(short, "450700")])])
    assert len([e for e in ents if e.type == "Hospital"]) == 2


# --- the same output in any order ---------------------------------------------------------

def _corpus():
    docs = []
    for i, (code, names) in enumerate([("220100", ["吉林大学第一医院", "第一人民医院"]), ("220100", ["吉大一院", "长春吉大一院"]),
                                       ("450700", ["第一人民医院", "市人民医院"]), ("450900", ["第一人民医院", "县人民医院"]),
                                       ("510100", ["四川大学华西医院"]), ("510100", ["华西医院", "成都华西医院"])]):
        doc = f"d{i}#x"
        ents = [place(code, "长春" if code == "220100" else "成都" if code == "510100" else "我市")]
        ents += [inst(n, doc, aliases={"吉大一院"} if n == "吉林大学第一医院" else (), at=code if n[:2] in ("长春", "成都") else None)
                 for n in names]
        docs.append((ents, [located(e, code) for e in ents[1:]]))
    return docs


def test_any_document_order_gives_the_same_graph():
    docs = _corpus()
    first = run(docs)
    for perm in itertools.islice(itertools.permutations(docs), 0, None, 37):
        assert run(list(perm)) == first
    names = [e.name for e in first[0] if e.type == "Hospital"]
    assert names.count("吉林大学第一医院") == 1 and "吉大一院" not in names and "长春吉大一院" not in names
    assert names.count("四川大学华西医院") == 1 and "华西医院" not in names
    assert names.count("第一人民医院") == 3  # 长春, 钦州, 玉林


def test_helpers():
    lex = shipped_lexicon()
    assert is_generic("中心医院", lex) and not is_generic("长春中心医院", lex)
    assert compatible({"130528"}, {"130000"}, PARENTS) and not compatible({"130528"}, {"320826"}, PARENTS)


def test_a_city_body_is_not_its_provinces_body_of_the_same_name():
    prov = inst("广西壮族自治区妇幼保健院", "a#1", at="450000")
    city = inst("钦州市妇幼保健院", "b#1", at="450700")
    ents, _ = run([([place("450000", "广西"), prov], []), ([place("450700"), city], [])])
    assert len([e for e in ents if e.type == "Hospital"]) == 2


def test_same_name_in_two_places_gets_two_iris():
    from kg.graph import build_graph
    from kg.rdf import to_rdflib

    a, b = inst("第一人民医院", "a#1"), inst("第一人民医院", "b#1")
    ents, rels = run([([place("450700"), a], [located(a, "450700")]), ([place("450900"), b], [located(b, "450900")])])
    g = to_rdflib(build_graph(ents, rels, []))
    assert len({s for s, p, o in g if str(o) == "第一人民医院" and str(p).endswith("#label")}) == 2


def test_scoped_keys_come_back_from_rdf(tmp_path):
    from kg.export.read import read_graph
    from kg.graph import build_graph
    from kg.pipeline import write_outputs

    a, b = inst("第一人民医院", "a#1"), inst("第一人民医院", "b#1")
    ents, rels = run([([place("450700"), a], [located(a, "450700")]), ([place("450900"), b], [located(b, "450900")])])
    G = build_graph(ents, rels, [])
    write_outputs(G, tmp_path, ["ttl"])
    assert sorted(read_graph(tmp_path / "graph.ttl").nodes) == sorted(G.nodes)
