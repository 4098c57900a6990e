"""Every row of every lexicon table fires on its example: the example gives its ``expect``
with the shipped lexicon and does not without that row. The loader refuses malformed tables."""

import dataclasses
import shutil

import pytest

from kg.extract import merged_short_forms
from kg.extract.names import find_names
from kg.extract.places import find_places
from kg.extract.programs import find_programs
from kg.lexicon import COLUMNS, LEXICON_DIR, Lexicon, LexiconError, load_lexicon, read_tables, shipped_lexicon
from kg.normalize import find_date, find_title, is_breadcrumb, is_noise_line, strip_site_suffix
from kg.resolve import is_generic, resolve
from kg.resources import former_names, full_forms, short_forms
from kg.types import Entity
from kg.extract.context import district_cue_count

from .extract.helpers import ERDAO, run_state, triples

ROWS = [row for rows in read_tables().values() for row in rows]


def _names(text, res):
    return [n.name for n in find_names(text, ERDAO, res)]


def _entity(state, name):
    found = [e for e in state.entities.values() if e.name == name]
    assert found, f"no entity {name}"
    return found[0]


def check_suffixes(row, res):
    if row["bare"] == "page":
        e = _entity(run_state(row["example"], res), row["expect"])
        assert "bare-alliance" in e.rules and e.count == 2
        return
    found = find_names(row["example"], ERDAO, res)
    assert [(n.type, n.name) for n in found] == [(row["type"], name) for name in row["expect"].split("|")]


def check_names_expect(row, res):
    assert _names(row["example"], res) == (row["expect"].split("|") if row["expect"] else [])


def check_name_parts(row, res):
    if row["role"] in ("place_grouping", "bare_campus"):  # 长春现代化都市圈: 长春市 a member; 溪美分院 a campus
        head, rel, tail = row["expect"].split(">")
        assert (head, rel, tail) in triples(run_state(row["example"], res))
        return
    if row["role"] == "abbreviation":  # the abbreviation is an alias and names the entity again
        e = _entity(run_state(row["example"], res), row["expect"])
        assert "abbreviation" in e.rules and "长烧" in e.aliases
        return
    if row["role"] == "numbered_kind":  # 市七院 without 第: the home city's 第七人民医院
        assert "abbreviation:numbered-place" in _entity(run_state(row["example"], res), row["expect"]).rules
        return
    if row["role"] == "former_name":  # 前身为甲医院、乙医院: former names, aliases of the subject
        owner, *former = row["expect"].split("|")
        assert set(former) <= _entity(run_state(row["example"], res), owner).aliases
        return
    if row["role"] == "optional_infix":  # 滨江大学华康医院 is 滨江大学附属华康医院 without 附属: one node
        long, short = row["expect"].split("|")
        entities, _ = merged_short_forms(run_state(row["example"], res), res)
        assert [sorted(e.aliases) for e in entities if e.name == long] == [[short]]
        return
    if row["role"] in ("second_name_joiner", "second_name_lead", "unveiled_at", "branch_takeover"):  # 甲医院暨乙医院, 甲医院（现乙医院）, 乙医院揭牌仪式在甲医院: one node
        entities, _ = merged_short_forms(run_state(row["example"], res), res)
        assert [e for e in entities if set(row["expect"].split("|")) <= {e.name} | e.aliases]
        return
    if row["role"] == "place_blocker":  # 延边 of 延边大学附属医院 is no actor of the sentence
        state = run_state(row["example"], res)
        assert not any(o.is_place for occ in state.occurrences.values() for o in occ)
    else:
        check_names_expect(row, res)


def check_cues(row, res):
    head, rel, tail = row["expect"].split(">")
    found = triples(run_state(row["example"], res))
    assert (head, rel, tail) in found, found
    assert any(r.startswith(f"cue:{row['cue']}/{row['agent']}") for r in found[(head, rel, tail)])


def check_programmes(row, res):
    if row["role"] == "held_designation":  # 天水市 after 省级区域医疗中心 says where it is, not who takes part
        found = triples(run_state(row["example"], res))
        assert not [k for k in found if k[0] == row["expect"] and k[1] == "participatesIn"], found
        return
    found = find_programs(row["example"], res)
    if row["role"] == "named_variant":  # another form of a scheme is an alias of the scheme's one name
        assert any(p.name == row["expect"] and row["word"] in p.aliases for p in found), found
        return
    names = [p.name for p in found]
    if row["role"] == "named":  # the scheme's name as written, whole (not a shorter variant inside it)
        assert any(p.name == row["expect"] and p.surface == row["word"] for p in found), found
    elif row["expect"]:
        assert row["expect"] in names
    else:
        assert names == []


def check_health_terms(row, res):
    lex = res.lexicon
    pattern = lex.health_strong_re if row["strength"] == "strong" else lex.health_weak_re
    assert row["term"] in pattern.findall(row["example"])


def check_deictic(row, res):
    if row["district_cue"] == "yes":
        assert district_cue_count([row["example"]], res) >= 1
    if row["role"] == "relative":
        return
    if row["role"] == "determiner":  # an alias 该院 names a different hospital on each page
        pages = [[Entity("Hospital:甲医院", "Hospital", "甲医院", frozenset({row["example"]}))],
                 [Entity(f"Hospital:{row['example']}", "Hospital", row["example"])]]
        assert len(resolve(pages, [], res.lexicon)[0]) == 2
        return
    state = run_state(row["example"], res)
    e = _entity(state, row["expect"])
    if row["role"] == "deictic":
        assert "deictic" in e.rules and any(m.surface == row["form"] for m in e.mentions)
        speaker = res.gazetteer.divisions[state.speaker].name if state.speaker else None
        assert speaker == (row["expect"] if row["speaker"] == "yes" else None)
    else:
        assert "bare-alliance" in e.rules


def check_places(row, res):
    role = row["role"]
    if role in ("ethnic", "autonomous", "division_suffix"):
        assert short_forms(row["example"], "county", res.lexicon) == row["expect"].split("|")
    elif role == "level_after":
        assert all(m.official for m in find_places(row["example"], res))
    elif role == "level_word":  # 浙江 of 浙江乡村医生 is the province: 乡 opens 乡村, no level
        assert [m.codes for m in find_places(row["example"], res)] == [(row["expect"],)]
    elif role == "former":  # 辽中县, as the page writes it, is the county that became 辽中区
        old = row["expect"][: -len(row["value"])] + row["word"]
        # (a county-level city written only so is that county, under the name as written: 广德县)
        e = next(e for e in run_state(row["example"], res).entities.values()
                 if e.code and res.gazetteer.divisions[e.code].name == row["expect"])
        assert old in e.aliases | {e.name}
        level = res.gazetteer.divisions[res.gazetteer.by_name[row["expect"]][0]].level
        assert old in former_names(row["expect"], level, res.lexicon)
    elif role == "zone_after":  # 细河 of 细河经济区 names the zone, not the county 细河区
        assert all(m.official for m in find_places(row["example"], res))
    elif role == "town_before":  # 马甲 of 洛江区马甲中心卫生院 is the town 马甲镇 of 洛江区; 八一路 of
        # 大连西岗八一路社区卫生服务中心 (a sub-district's short form) is where the centre's name starts
        e = _entity(run_state(row["example"], res), row["expect"])
        assert "places:town-in-name" in e.rules or e.type == "Hospital"
    elif role == "own_kind_level":  # 自治区卫健委 on a page of 内蒙古自治区 (and nothing in 吉林省)
        _entity(run_state(row["example"], res), row["expect"])
        assert not _names(row["example"].split("。")[-2], res)
    elif role == "media_after":  # 上饶 of 上饶日报 names a newspaper, not a place of the story
        state = run_state(row["example"], res)
        assert not any(o.is_place for occ in state.occurrences.values() for o in occ)
    elif role == "run_by":  # 安南 of 台南市立安南医院: a district of the city that runs the hospital
        e = _entity(run_state(row["example"], res), row["expect"])
        assert any(r.startswith("places:") for r in e.rules)
    elif role == "zone_short":  # 长春高新区 is 长春高新技术产业开发区, written like its official name
        assert any(row["example"].startswith(f) for f in full_forms(row["expect"], "county", res.lexicon))
        assert "places:official" in _entity(run_state(row["example"], res), row["expect"]).rules
    elif role == "zone_kind":  # 成都高新区, which the gazetteer does not list: a District of 成都市
        assert "places:written-zone" in _entity(run_state(row["example"], res), row["expect"]).rules
    elif role == "zone_own":  # 东津新区, written by its own name alone: a District of the story's city
        assert "places:own-zone" in _entity(run_state(row["example"], res), row["expect"]).rules
    elif role == "wing":  # 科左中旗 is 科尔沁左翼中旗, written as explicitly as its official name
        short = row["expect"][0] + row["value"] + row["expect"].split(row["word"])[1]
        assert short in full_forms(row["expect"], "county", res.lexicon) and short in row["example"]
        assert short in _entity(run_state(row["example"], res), row["expect"]).aliases
    elif role in ("province_abbreviation", "city_abbreviation"):  # 沪 of 沪滇协作 names 上海市, which takes part
        head, rel, tail = row["expect"].split(">")
        found = triples(run_state(row["example"], res))
        assert "name:paired-provinces" in found.get((head, rel, tail), ()), found
    elif role == "street_after":  # 阜阳 of 阜阳北路 names a street, not the city
        assert not find_places(row["example"], res)
    elif role == "bound_name":  # 南区 of 医院(南区) is a campus, not a district of Hong Kong or Taiwan
        assert row["word"] not in [m.surface for m in find_places(row["example"], res)]
    elif role == "common_short":  # 惠民 of 医疗惠民 is a common word; 惠民 of 山东滨州惠民 the county
        assert row["word"] not in [m.surface for m in find_places(row["example"], res)]
        assert row["word"] in [m.surface for m in find_places(row["expect"], res)]
    else:
        check_names_expect(row, res)


def check_page_noise(row, res):
    lex = res.lexicon
    if row["kind"] == "noise_line":
        assert is_noise_line(row["example"], lex)
    else:
        assert getattr(lex, f"{row['kind']}_re").match(row["example"])


def check_page_meta(row, res):
    lex, kind = res.lexicon, row["kind"]
    if kind in ("site_suffix", "title_tail", "series"):
        assert strip_site_suffix(row["example"], lex) == row["expect"]
    elif kind == "breadcrumb":
        assert is_breadcrumb(row["example"], lex)
    elif kind == "furniture":
        # the line is neither the title nor the start of the body: the headline after it is
        assert find_title(f"{row['example']}\n县人民医院牵头组建医共体\n", lex) == "县人民医院牵头组建医共体"
    elif kind == "masthead_end":
        # an app banner's slogan above its download button is not the headline after it
        assert find_title(f"某某新闻\n汇聚向上的力量\n{row['example']}\n县人民医院牵头组建医共体\n", lex) == "县人民医院牵头组建医共体"
    elif kind == "column":
        # a column's heading above the headline: the menu line above it is not the headline
        assert find_title(f"互联网医学教育\n{row['example']}\n县人民医院牵头组建医共体\n", lex) == "县人民医院牵头组建医共体"
    elif kind == "list_item":
        # an item of a list is the headline only when no other line above the body is
        assert find_title(f"{row['example']}\n某某医院新院区启用\n正文。", lex) == "某某医院新院区启用"
        assert find_title(f"{row['example']}\n今天上午，签约仪式举行。", lex) == row["expect"]
    elif kind == "title_label":
        # a page without a headline above its body, whose title is stated in a labelled line
        assert find_title(f"县人民医院今天举行签约仪式。\n{row['example']}\n", lex) == row["expect"]
    else:
        assert find_date(row["example"], lex) == row["expect"]


#: the places of the page on which a name that does not start with a level word stays as it is
LEVEL_PLACES = ("220000", "220100", "220105", "220122")


def _resolved_name(name, codes, res):
    """The name resolve gives the Hospital ``name`` on a page of the places ``codes``."""
    places = [Entity(f"code:{c}", res.gazetteer.divisions[c].type, res.gazetteer.divisions[c].name, code=c)
              for c in codes]
    inst = Entity(f"Hospital:{name}", "Hospital", name)
    ents, _ = resolve([places + [inst]], [[]], res.lexicon, res.gazetteer.parents)
    return next(e.name for e in ents if e.type == "Hospital")


def check_generic_names(row, res):
    if row["role"] == "relative_level":  # 县人民医院 on a page of 农安县 is 农安县人民医院
        place = row["expect"][: len(row["expect"]) - len(row["example"]) + len(row["pattern"])]
        assert _resolved_name(row["example"], res.gazetteer.by_name[place][:1], res) == row["expect"]
    elif row["role"] == "not_relative":  # 市场监督管理局 is no 市 of the page
        assert _resolved_name(row["example"], LEVEL_PLACES, res) == row["example"]
    else:  # a name of modifiers and one head names one institution per place (resolve scopes it)
        assert is_generic(row["example"], res.lexicon)


CHECKS = {"suffixes": check_suffixes, "agencies": check_names_expect, "generic": check_names_expect,
          "stopwords": check_names_expect, "name_parts": check_name_parts, "cues": check_cues,
          "programmes": check_programmes, "health_terms": check_health_terms, "deictic": check_deictic,
          "places": check_places, "page_noise": check_page_noise,
          "page_meta": check_page_meta, "generic_names": check_generic_names}


def test_every_table_has_a_check():
    assert set(CHECKS) == set(COLUMNS)


def without(res, row):
    """The resources with a lexicon that lacks ``row``."""
    tables = dict(res.lexicon.tables)
    tables[row.table] = tuple(r for r in tables[row.table] if r.id != row.id)
    return dataclasses.replace(res, lexicon=Lexicon(tables), _compiled={})


@pytest.mark.parametrize("row", ROWS, ids=[f"{r.id}:{r.values[COLUMNS[r.table][0]]}" for r in ROWS])
def test_row_fires_on_its_example(row, res):
    CHECKS[row.table](row, res)
    with pytest.raises(AssertionError):
        CHECKS[row.table](row, without(res, row))


def test_lexicon_size():
    assert len(ROWS) >= 150
    assert sum(1 for rows in read_tables().values() if len(rows) >= 10) >= 5


def test_no_row_is_repeated():
    for name, rows in read_tables().items():
        keys = [tuple(r.values[c] for c in COLUMNS[name] if c not in ("example", "expect")) for r in rows]
        assert len(keys) == len(set(keys)), name


def test_shipped_lexicon_is_the_one_resources_use(res):
    assert res.lexicon is shipped_lexicon()


@pytest.fixture()
def copy(tmp_path):
    folder = tmp_path / "lexicon"
    shutil.copytree(LEXICON_DIR, folder)
    return folder


def test_bad_header_names_the_file(copy):
    path = copy / "generic.tsv"
    path.write_text("term\texample\texpect\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="generic.tsv: header must be word example expect"):
        read_tables(copy)


def test_row_without_example_names_the_line(copy):
    path = copy / "generic.tsv"
    path.write_text(path.read_text(encoding="utf-8") + "上级\t\t\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"generic.tsv:\d+: every row needs an example"):
        read_tables(copy)


def test_a_cue_with_an_unknown_agent_names_the_line(copy):
    path = copy / "cues.tsv"
    row = "牵头\tleads\tclause\tbehind\tHospital\tafter_cue\tAlliance\t由医院牵头的联盟\t\n"
    path.write_text(path.read_text(encoding="utf-8") + row, encoding="utf-8")
    with pytest.raises(LexiconError, match=r"cues.tsv:\d+: agent must be one of before"):
        load_lexicon(copy)
