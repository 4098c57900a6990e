"""Resources own everything rules read: extraction runs on a tiny gazetteer and lexicon."""

import os
import shutil

import pytest

from kg.extract import extract
from kg.lexicon import COLUMNS, LEXICON_DIR, load_lexicon
from kg.normalize import normalize
from kg.resources import Division, build_resources, division_parents, read_divisions

from .extract.helpers import doc

TINY_DIVISIONS = [Division("220000", "吉林省", "province", ""), Division("220100", "长春市", "prefecture", "220000"),
                  Division("220105", "二道区", "county", "220100")]
TINY_ROWS = {
    "suffixes": ["医院\tHospital\t\t二道区医院\t二道区医院", "医联体\tAlliance\tpage\t二道区医联体成立。医联体运行良好。\t二道区医联体"],
    "cues": ["牵头\tleads\tclause\tbefore\tHospital|Organization\tafter_cue\tProgram|Alliance\t"
             "二道区医院牵头成立二道区医联体\t二道区医院>leads>二道区医联体"],
    "deictic": ["我市\tcity\tdeictic\t我市\tyes\t\t长春市：我市医疗服务提升。\t长春市"],
    "places": ["市\tdivision_suffix\t\t长春市\t长春", "区\tdivision_suffix\t\t二道区\t二道",
               "市\trelative_level\tcity\t市人民医院\t长春市人民医院"],
    "health_terms": ["医院\tstrong\t加强医院工作\t", "医联体\tstrong\t推进医联体建设\t"],
}


TEXT = "长春市二道区：我市二道区医院牵头成立二道区医联体。二道区卫生院参与。长治市人民医院专家义诊。"


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    folder = tmp_path_factory.mktemp("lexicon")
    for name, columns in COLUMNS.items():
        rows = TINY_ROWS.get(name, [])
        (folder / f"{name}.tsv").write_text("\n".join(["\t".join(columns), *rows]) + "\n", encoding="utf-8")
    return build_resources(TINY_DIVISIONS, load_lexicon(folder), known={})


def _extract(text, res):
    return extract(doc(text), normalize(text, lexicon=res.lexicon), res)


def test_extraction_reads_only_the_resources_it_is_given(tiny):
    ex = _extract(TEXT, tiny)
    names = {e.key: e.name for e in ex.entities}
    # no 卫生院 suffix in the tiny lexicon, no 长治 in its gazetteer
    assert sorted((e.type, e.name) for e in ex.entities) == [
        ("Alliance", "二道区医联体"), ("City", "长春市"), ("District", "二道区"), ("Hospital", "二道区医院"),
        ("Hospital", "长治市人民医院")]
    rels = {(names[r.head], r.rel, names[r.tail]) for r in ex.relations}
    assert ("二道区医院", "leads", "二道区医联体") in rels
    assert ("二道区", "locatedIn", "长春市") in rels


def test_the_shipped_resources_find_what_the_tiny_ones_do_not(res, tiny):
    shipped = {e.name for e in _extract(TEXT, res).entities}
    assert {"二道区卫生院", "长治市人民医院", "长治市"} <= shipped


def test_lexicon_tables_may_live_anywhere(tmp_path):
    shutil.copytree(LEXICON_DIR, tmp_path / "lex")
    assert load_lexicon(tmp_path / "lex").suffix_type["医院"] == "Hospital"


def test_compact_form_is_rebuilt_when_corrupt_or_foreign(tmp_path, monkeypatch):
    from kg.resources import COMPACT_ENV, compact

    monkeypatch.setenv(COMPACT_ENV, str(tmp_path))
    assert compact("t", ["v1"], lambda: {"长春": 1}) == {"长春": 1}
    (stored,) = tmp_path.glob("t-*.marshal")
    stored.write_bytes(b"\x00garbage")
    assert compact("t", ["v1"], lambda: {"长春": 2}) == {"长春": 2}  # a corrupt file is built again
    assert compact("t", ["v2"], lambda: {"长春": 3}) == {"长春": 3}  # another version, another file
    assert compact("t", ["v1"], lambda: {}) == {"长春": 2}


def test_a_damaged_compact_form_is_built_again(tmp_path, monkeypatch):
    """A file whose contents changed after it was written (a byte of its value flipped, the
    marshal still readable) fails its checksum and is built again, never used."""
    from kg.resources import COMPACT_ENV, compact

    monkeypatch.setenv(COMPACT_ENV, str(tmp_path))
    assert compact("t", ["v1"], lambda: "长春市人民医院") == "长春市人民医院"
    (stored,) = tmp_path.glob("t-*.marshal")
    data = stored.read_bytes()
    stored.write_bytes(data.replace("长春".encode(), "吉林".encode()))
    assert stored.read_bytes() != data
    assert compact("t", ["v1"], lambda: "rebuilt") == "rebuilt"


def test_compact_forms_of_old_versions_are_removed(tmp_path, monkeypatch):
    """Each version writes a file of its own; only the newest KEEP_COMPACT of a name stay, and
    the files of other names are left alone."""
    from kg.resources import COMPACT_ENV, KEEP_COMPACT, compact

    monkeypatch.setenv(COMPACT_ENV, str(tmp_path))
    compact("other", ["v0"], lambda: 0)
    for version in range(KEEP_COMPACT + 3):
        compact("t", [f"v{version}"], lambda: version)
        for i, p in enumerate(sorted(tmp_path.glob("t-*.marshal"), key=lambda p: p.stat().st_mtime_ns)):
            os.utime(p, ns=(i, i))  # file times in the order written, whatever the clock's resolution
    assert len(list(tmp_path.glob("t-*.marshal"))) == KEEP_COMPACT
    assert len(list(tmp_path.glob("other-*.marshal"))) == 1
    newest = KEEP_COMPACT + 2
    assert compact("t", [f"v{newest}"], lambda: -1) == newest  # the newest kept, read back
    assert compact("t", ["v0"], lambda: -1) == -1  # the oldest removed, built again


def test_compact_form_in_a_folder_that_cannot_be_written(tmp_path, monkeypatch):
    from kg.resources import COMPACT_ENV, compact

    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(COMPACT_ENV, str(blocker / "kg"))
    assert compact("t", ["v1"], lambda: (1, 2)) == (1, 2)


def test_tokenizer_from_its_compact_form_segments_like_jieba(tmp_path, monkeypatch):
    import jieba

    from kg.resources import COMPACT_ENV, KNOWN_WORD_FREQ, Tokenizer

    monkeypatch.setenv(COMPACT_ENV, str(tmp_path))
    text = "长春市二道区吉大一院牵头成立医联体"
    built, loaded = Tokenizer(["吉大一院"]), Tokenizer(["吉大一院"])  # the second from the file
    reference = jieba.Tokenizer()
    reference.add_word("吉大一院", freq=KNOWN_WORD_FREQ, tag="nt")
    assert built.tokens(text) == loaded.tokens(text) == tuple(reference.tokenize(text))


def test_division_table_is_read_by_its_header_and_gives_the_gazetteer_parents(tmp_path, tiny):
    table = tmp_path / "divisions.tsv"
    table.write_text("name\tparent\tcode\tlevel\n吉林省\t\t220000\tprovince\n长春市\t220000\t220100\tprefecture\n"
                     "二道区\t220100\t220105\tcounty\n\n", encoding="utf-8")
    divisions = read_divisions(table)
    assert divisions == TINY_DIVISIONS
    assert division_parents(divisions) == tiny.gazetteer.parents == {"220100": "220000", "220105": "220100"}


def test_the_shipped_gazetteer_is_kept_and_read_back(tmp_path, monkeypatch):
    """Built once into the compact folder, then read from it: the same gazetteer either way,
    and a corrupt file is built again."""
    from kg import resources

    monkeypatch.setenv(resources.COMPACT_ENV, str(tmp_path))
    res = resources.load_resources()
    built = resources.shipped_gazetteer(res.lexicon, res.words)
    (kept,) = tmp_path.glob("gazetteer-*.marshal")
    assert resources.shipped_gazetteer(res.lexicon, res.words) == built == res.gazetteer
    kept.write_bytes(b"\0 not marshal")
    assert resources.shipped_gazetteer(res.lexicon, res.words) == built


def test_the_shipped_place_automaton_is_kept_and_read_back(tmp_path, monkeypatch):
    """Built once into the compact folder, then read from it: the same matches as an automaton
    built afresh, and a corrupt file is built again."""
    from kg import resources

    monkeypatch.setenv(resources.COMPACT_ENV, str(tmp_path))
    res = resources.load_resources()
    text = "长春市二道区、吉林省通榆县和城区卫生院，香港九龙城区与澳门，桃园县"
    fresh = list(resources.place_automaton(res.gazetteer, res.words).iter(text))
    assert len(fresh) > 5 and list(res.place_automaton.iter(text)) == fresh
    built = resources.shipped_place_automaton(res.gazetteer, res.words)
    (kept,) = tmp_path.glob("places-*.marshal")
    assert list(built.iter(text)) == fresh
    assert list(resources.shipped_place_automaton(res.gazetteer, res.words).iter(text)) == fresh  # read back
    kept.write_bytes(b"\0 not marshal")
    assert list(resources.shipped_place_automaton(res.gazetteer, res.words).iter(text)) == fresh


def test_one_jieba_table_answers_as_the_dictionary_and_the_tokenizer_did():
    """The tokenizer's table serves the words' frequencies too: every word of the tokenizer's
    prefix table with its frequency, the dictionary's frequency of every word (institution names
    included), every tag, and no prefix that is no word."""
    from kg import resources

    path, _ = resources._jieba_dictionary()
    freq, tags = resources._read_jieba_words(path)
    extra = list(resources.read_known())
    prefix, total = resources._prefix_table(extra)
    tables = resources.jieba_tables()
    words = tables.words
    assert tables.table.total == total
    assert dict(tables.table.items()) == {w: f for w, f in prefix.items() if f or w in tags}
    assert all(tables.table.frequency(w) == f for w, f in prefix.items())
    assert all(words.tag(w) == tags.get(w) for w in prefix)
    assert all(words.frequency(w) == freq.get(w, 0) for w in [*freq, *extra, *list(prefix)[:50_000]])
    assert resources.common_chars() == frozenset(ch for w, n in freq.items() if n >= resources.COMMON_CHAR_FREQ
                                                 for ch in w)


def _known_rows():
    from kg.resources import DATA, LOCAL_ALIAS

    lines = [r for r in (DATA / "institutions.tsv").read_text(encoding="utf-8").splitlines() if r and not r.startswith("#")]
    header = lines[0].split("\t")
    rows = [dict(zip(header, line.split("\t"))) for line in lines[1:]]
    return [(r["name"], r["type"], [a for a in r["aliases"].split("|") if a], r["place"], LOCAL_ALIAS) for r in rows]


KNOWN_ROWS = _known_rows()
#: a health sentence naming one institution, and the pages' home places a local alias is tried on
KNOWN_SENTENCE = "本报讯，{}与县人民医院签署医联体合作协议，开展远程会诊和义诊活动，推进分级诊疗。"


def test_every_form_in_the_known_institutions_names_one_row():
    """No name or alias (a local one aside) belongs to two rows: one would silently win."""
    seen: dict[str, str] = {}
    for name, _, aliases, _, local in KNOWN_ROWS:
        for form in (name, *(a for a in aliases if not a.startswith(local))):
            assert seen.setdefault(form, name) == name, f"{form} names {seen[form]} and {name}"


@pytest.mark.parametrize("name,typ,aliases,place,local", KNOWN_ROWS, ids=[r[0] for r in KNOWN_ROWS])
def test_every_row_of_the_known_institutions(res, name, typ, aliases, place, local):
    """Each row: a type of the ontology, a place of the gazetteer, and each of its forms, written in a
    health sentence, gives its canonical name; a local alias only on a page of its province. The
    rules alone: whether the model keeps a body named once in a one-sentence page is the model's
    judgement (``tests/test_model.py``), not the table's."""
    from dataclasses import replace

    from kg.resources import division_table
    from kg.types import EntityType

    res = replace(res, model=None)

    assert typ in {t.value for t in EntityType} and (not place or place in division_table())
    for form in (name, *aliases):
        written = form[len(local):] if form.startswith(local) else form
        home, away = division_table()[place].name if place else "", "拉萨市" if not place.startswith("54") else "北京市"
        pages = [(home, True), (away, False)] if form.startswith(local) else [("", True)]
        for city, named in pages:
            text = (f"{city}卫生健康委员会介绍，" if city else "") + KNOWN_SENTENCE.format(written)
            found = {e.name for e in _extract(text, res).entities}
            assert (name in found) == named, (form, city, sorted(found))


@pytest.mark.parametrize("code,name,parent,kind", [
    ("220381", "公主岭市", "220100", "City"),  # a county-level city
    ("711401", "斗六市", "711400", "District"),  # a city under one of Taiwan's counties ranks with its towns
    ("711400", "云林县", "710000", "City"),  # Taiwan's county itself is prefecture-level
])
def test_the_type_of_a_county_level_city(code, name, parent, kind):
    level = "prefecture" if code.endswith("00") else "county"
    assert Division(code, name, level, parent).type == kind
