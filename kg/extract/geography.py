"""``locatedIn``: the gazetteer's hierarchy between places the page names, and the place of a
hospital from its name (二道区人民医院), the alias table (吉大一院: 长春市) or the page's home
district or city. Each relation's evidence is the first sentence naming the located entity.
"""

from __future__ import annotations

from ..resources import Resources
from ..types import EntityType, Rel
from .places import find_places
from .state import DocState, SentenceFacts


def first_facts(state: DocState) -> dict[str, SentenceFacts]:
    """Entity key -> the first healthcare sentence in which it occurs."""
    first: dict[str, SentenceFacts] = {}
    for f in state.facts():
        for o in f.occurrences:
            first.setdefault(o.key, f)
    return first


#: a hospital named after a university is not placed by the page's context (see _university_hospital)
UNIVERSITY = "大学"
#: provincial-level divisions that are cities: a hospital named after one is located in it
CITY_LIKE = ("市", "特别行政区")


def geography(state: DocState, res: Resources) -> None:
    gaz = res.gazetteer
    first = first_facts(state)
    place_keys = {e.code: key for key, e in state.entities.items() if e.code}
    for key, e in sorted(state.entities.items()):
        f = first.get(key)
        if f is None:
            continue
        if e.code:
            parent = next((a for a in gaz.ancestors(e.code) if a in place_keys), None)
            if parent:
                state.relate(key, Rel.LOCATED_IN, place_keys[parent], f.sentence, "gazetteer", "geography:gazetteer")
        elif e.type == EntityType.HOSPITAL:
            target = e.place
            if target is None and not _university_hospital(e.name, res):
                target = f.context.district or f.context.city
            elif state.speaker and state.speaker == f.context.district and target in gaz.ancestors(state.speaker) \
                    and not _known_place(e.name, res):
                target = state.speaker  # 长春烧伤医院 on a page of 二道区: in the district the page speaks for
            if target and target in place_keys and (gaz.divisions[target].type != EntityType.PROVINCE
                                                    or _named_province(e, target, place_keys, gaz)):
                basis = "name" if target == e.place else "context"
                state.relate(key, Rel.LOCATED_IN, place_keys[target], f.sentence, basis, f"geography:{basis}")


def _named_province(e, target: str, place_keys: dict, gaz) -> bool:
    """A hospital whose name is qualified by a municipality or special administrative region
    (天津医科大学总医院, 北京积水潭医院, 香港眼科医院: the city it is in) is in it when the page names
    no place of it below. A province (湖南省人民医院) is not a hospital's place."""
    return target == e.place and gaz.divisions[target].name.endswith(CITY_LIKE) and not any(
        target in gaz.ancestors(code) for code in place_keys if gaz.divisions[code].type != EntityType.PROVINCE)


def _university_hospital(name: str, res: Resources) -> bool:
    """A university's hospital (兰州大学第一医院, 中南大学湘雅二医院) travels: the page's city is where
    it helps, not where it is. One whose name places it after the university (北京大学深圳医院,
    中医药大学附属二道医院) is local."""
    i = name.rfind(UNIVERSITY)
    return i >= 0 and not find_places(name[i + len(UNIVERSITY):], res)


def _known_place(name: str, res: Resources) -> bool:
    known = res.known.get(name)
    return bool(known and known.place)
