"""Relations written into names: an alliance named after its lead hospital (吉林大学第一医院
二道区医联体: the hospital ``leads`` it) and the places it covers (长春现代化都市圈: 长春市
``memberOf``), a branch named after its parent (北京安贞医院吉林医院 ``partOf`` 北京安贞医院).
"""

from __future__ import annotations

from ..resources import Resources
from ..types import EntityType, Rel
from .geography import first_facts
from .state import DocState

#: a branch's name adds at least this many characters to its parent's (…吉林医院)
MIN_BRANCH_EXTRA = 2
#: places that join an alliance named after them
MEMBER_PLACES = frozenset({EntityType.CITY, EntityType.DISTRICT})
#: institutions with branches and alliances of their own
INSTITUTIONS = frozenset({EntityType.HOSPITAL, EntityType.ORGANIZATION})


def name_relations(state: DocState, res: Resources) -> None:
    first = first_facts(state)
    ents = state.entities
    by_name = {e.name: key for key, e in sorted(ents.items())}
    short = [(form, key) for key, e in ents.items() if e.code for form in res.gazetteer.forms.get(e.code, ())]
    for key, e in sorted(ents.items()):
        f = first.get(key)
        if f is None:
            continue
        s = f.sentence
        if e.type == EntityType.ALLIANCE:
            for other, okey in by_name.items():
                if okey == key or other not in e.name:
                    continue
                if ents[okey].type == EntityType.HOSPITAL and e.name.startswith(other):
                    state.relate(okey, Rel.LEADS, key, s, "name", "name:leads")
                elif ents[okey].type in MEMBER_PLACES:
                    state.relate(okey, Rel.MEMBER_OF, key, s, "name", "name:memberOf")
            for form, okey in short:
                if e.name.startswith(form) and ents[okey].type in MEMBER_PLACES:
                    state.relate(okey, Rel.MEMBER_OF, key, s, "name", "name:memberOf")
        elif e.type in INSTITUTIONS:
            for other, okey in by_name.items():
                if okey != key and ents[okey].type in INSTITUTIONS and e.name.startswith(other) \
                        and len(e.name) >= len(other) + MIN_BRANCH_EXTRA:
                    state.relate(key, Rel.PART_OF, okey, s, "name", "name:partOf")
