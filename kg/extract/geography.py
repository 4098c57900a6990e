"""``locatedIn``: the gazetteer's hierarchy between places the page names, and the place of a
hospital from its name (二道区人民医院), the alias table (吉大一院: 长春市) or the page's home
district or city. Each relation's evidence is the first sentence naming the located entity.
"""

from __future__ import annotations

from ..resources import Resources
from ..types import EntityType, Rel
from .state import DocState, SentenceFacts


def first_facts(state: DocState) -> dict[str, SentenceFacts]:
    """Entity key -> the first healthcare sentence in which it occurs."""
    first: dict[str, SentenceFacts] = {}
    for f in state.facts():
        for o in f.occurrences:
            first.setdefault(o.key, f)
    return first


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
            if target is None:
                target = f.context.district or f.context.city
            elif state.speaker and state.speaker == f.context.district and target in gaz.ancestors(state.speaker) \
                    and not _known_place(e.name, res):
                target = state.speaker  # 长春烧伤医院 on a page of 二道区: in the district the page speaks for
            if target and gaz.divisions[target].type != EntityType.PROVINCE and target in place_keys:
                basis = "name" if target == e.place else "context"
                state.relate(key, Rel.LOCATED_IN, place_keys[target], f.sentence, basis, f"geography:{basis}")


def _known_place(name: str, res: Resources) -> bool:
    known = res.known.get(name)
    return bool(known and known.place)
