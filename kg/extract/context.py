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

import re
from collections import Counter
from dataclasses import dataclass

from ..resources import Resources

#: deictic forms (我省, 全市, 本区) and the level character they refer to
DEICTIC = re.compile(r"(?:我|本|全)(省|市|区|县)")
LEVEL_OF = {"省": "province", "市": "city", "区": "district", "县": "district"}


@dataclass(frozen=True)
class Context:
    """Home places (division codes) at three levels; any may be None."""

    province: str | None = None
    city: str | None = None
    district: str | None = None

    def chain(self) -> tuple[str, ...]:
        return tuple(c for c in (self.district, self.city, self.province) if c)

    def at(self, level: str) -> str | None:
        return {"province": self.province, "city": self.city, "district": self.district}[level]

    def home(self, level_char: str) -> str | None:
        """The home place a 省, 市, 区 or 县 of a relative name or deictic refers to."""
        return self.at(LEVEL_OF[level_char])


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
                score[anc] += w * (0.5 if i == 0 else 0.25)
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
    province = best(lambda c: divs[c].level == "province", None, 2 if fallback else 1) or fb.province
    city = best(lambda c: divs[c].level == "prefecture" or
                (divs[c].level == "county" and divs[c].type == "City"), province, 2)
    if city is None and fallback is not None:
        # a story without a city of its own speaks from the page's place (来自山东临沂的患者 …)
        city, province = fb.city, fb.province
    district = None
    if district_cues and city:
        district = best(lambda c: divs[c].level == "county", city, 2)
    if district is None and fb.district and (city is None or city in gaz.ancestors(fb.district)):
        district = fb.district
    if province is None and city:
        anc = gaz.ancestors(city)
        province = next((a for a in anc if divs[a].level == "province"), None)
    return Context(province, city, district)


def district_cue_count(texts: list[str]) -> int:
    """How often a page refers to its own district (我区, 全区, 区委, 区人民医院 ...)."""
    return sum(len(re.findall(r"(?:我|本|全)区|区(?:委|政府|人民医院|中医院|卫健局|卫生健康局|"
                              r"疾病预防控制中心|妇幼保健院)", t)) for t in texts)
