"""Short forms: one document's short and place-qualified forms of an institution become one node."""

from kg.extract.short_forms import merge_short_forms
from kg.types import Entity

LEVELS = ("区", "县", "市")


def _hospital(name: str, place: str | None) -> Entity:
    return Entity(f"Hospital:{name}", "Hospital", name, place=place)


def test_a_place_written_short_or_in_full_is_one_hospital():
    ents, _ = merge_short_forms([_hospital("璧山区人民医院", "code:500120"), _hospital("璧山人民医院", "code:500120")],
                                [], levels=LEVELS)
    assert [(e.name, sorted(e.aliases)) for e in ents] == [("璧山区人民医院", ["璧山人民医院"])]


def test_the_same_short_name_in_two_places_stays_two_hospitals():
    pairs = [_hospital("璧山区人民医院", "code:500120"), _hospital("璧山人民医院", "code:110000")]
    assert len(merge_short_forms(pairs, [], levels=LEVELS)[0]) == 2
    # and a different hospital of the same place is never a short form (第二人民医院)
    other = [_hospital("璧山区人民医院", "code:500120"), _hospital("璧山第二人民医院", "code:500120")]
    assert len(merge_short_forms(other, [], levels=LEVELS)[0]) == 2


def test_an_autonomous_division_written_short_is_one_body(res):
    full, short = (Entity(f"Organization:{n}", "Organization", n, place="code:532900")
                   for n in ("大理白族自治州卫生健康委员会", "大理州卫生健康委员会"))
    ents, _ = merge_short_forms([full, short], [], levels=LEVELS, autonomy=res.lexicon.autonomy_re)
    assert [(e.name, sorted(e.aliases)) for e in ents] == [("大理白族自治州卫生健康委员会", ["大理州卫生健康委员会"])]
