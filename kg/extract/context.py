"""Document context: the home places of a page and of each of its stories.

A regional paper says 我省, 全市, 区人民医院 and means its own province, city or district. The
home places are inferred from the place names of the page (full names, short forms, the
masthead and headline count double), separately for each story with the page's as fallback.

>>> from kg.resources import load_resources
>>> res = load_resources()
>>> ctx = infer_context([["220105", "220105", "220100"]], [1], res, district_cues=1)
>>> ctx.province, ctx.city, ctx.district
('220000', '220100', '220105')
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..resources import Resources

#: the score a place passes to its parent and to higher ancestors when it is named
PARENT_SHARE = 0.5
ANCESTOR_SHARE = 0.25
#: a story needs this score (two mentions) for its own city or district, or to leave the page's province
STORY_MINIMUM = 2
#: the page needs this score for its province (one mention)
PAGE_PROVINCE_MINIMUM = 1


@dataclass(frozen=True)
class Context:
    """Home places (division codes) at three levels; any may be None."""

    province: str | None = None
    city: str | None = None
    district: str | None = None

    def chain(self) -> tuple[str, ...]:
        return tuple(c for c in (self.district, self.city, self.province) if c)

    def at(self, level: str) -> str | None:
        """The home place at ``level`` (province, city or district: ``places.tsv`` relative_level)."""
        return {"province": self.province, "city": self.city, "district": self.district}[level]


def infer_context(mentions: list[list[str]], weights: list[float], res: Resources,
                  district_cues: int = 0, fallback: Context | None = None) -> Context:
    """Infer home places from resolved place codes.

    ``mentions`` holds, per sentence, the codes of the places it names; ``weights`` weighs each
    sentence (headlines and mastheads count more). ``district_cues`` counts 我区/区X-style
    references, which let a frequently named district become the home district.
    """
    gaz = res.gazetteer
    score: Counter[str] = Counter()
    for codes, w in zip(mentions, weights):
        for code in codes:
            score[code] += w
            for i, anc in enumerate(gaz.ancestors(code)):
                score[anc] += w * (PARENT_SHARE if i == 0 else ANCESTOR_SHARE)
    fb = fallback or Context()

    def best(level_ok, within: str | None, minimum: float) -> str | None:
        cands = [(s, c) for c, s in score.items() if level_ok(c) and s >= minimum
                 and (within is None or within in gaz.ancestors(c))]
        if not cands:
            return None
        cands.sort(key=lambda x: (-x[0], x[1]))
        if len(cands) > 1 and cands[1][0] == cands[0][0]:
            return None
        return cands[0][1]

    divs = gaz.divisions
    # a story needs two mentions to move away from the page's province (来自山东临沂的患者)
    province = best(lambda c: divs[c].level == "province", None,
                    STORY_MINIMUM if fallback else PAGE_PROVINCE_MINIMUM) or fb.province
    city = best(lambda c: divs[c].level == "prefecture" or
                (divs[c].level == "county" and divs[c].type == "City"), province, STORY_MINIMUM)
    if city is None and fallback is not None:
        # a story without a city of its own speaks from the page's place (来自山东临沂的患者 …)
        city, province = fb.city, fb.province
    district = None
    if district_cues and city:
        district = best(lambda c: divs[c].level == "county", city, STORY_MINIMUM)
    elif district_cues and city is None and not fb.city:
        # a page that names only its county (巨鹿县 …县医院, 县中医院) is in that county's city and province
        district = best(lambda c: divs[c].level == "county" and divs[c].type == "District", province, STORY_MINIMUM)
        if district:
            city = next((a for a in gaz.ancestors(district) if divs[a].level == "prefecture"), None)
    if district is None and fb.district and (city is None or city in gaz.ancestors(fb.district)):
        district = fb.district
    if province is None and city:
        anc = gaz.ancestors(city)
        province = next((a for a in anc if divs[a].level == "province"), None)
    return Context(province, city, district)


def district_cue_count(texts: list[str], res: Resources) -> int:
    """How often a page refers to its own district (我区, 全区, 区委, 区人民医院 …:
    ``deictic.tsv`` rows marked district_cue)."""
    return sum(len(res.lexicon.district_cue_re.findall(t)) for t in texts)
