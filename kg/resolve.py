"""Resolve: merge the entities of all documents into one set, keeping every surface form.

Two entities merge when they have the same key (type and canonical name, or division code),
or when one's alias is the other's canonical name and that alias does not depend on context
(``市人民医院`` or ``我省`` never merge anything: they mean different things on different pages).

>>> from kg.types import Entity, Relation
>>> a = Entity("Hospital:吉林大学第一医院", "Hospital", "吉林大学第一医院", frozenset({"吉大一院"}))
>>> b = Entity("Hospital:吉大一院", "Hospital", "吉大一院")
>>> ents, rels = resolve([(a, b)], [[Relation("Hospital:吉大一院", "partOf", "Hospital:吉大一院")]])
>>> [(e.key, sorted(e.aliases)) for e in ents]
[('Hospital:吉林大学第一医院', ['吉大一院'])]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from operator import attrgetter

from .lexicon import Lexicon, shipped_lexicon
from .types import Entity, Relation, entity_key


#: the order of an entity's mentions, and of a relation's evidence
_MENTION_ORDER = attrgetter("doc_id", "start", "end")
_EVIDENCE_ORDER = attrgetter("doc_id", "start", "basis")


@dataclass(frozen=True)
class Resolution:
    """Entities and relations merged across documents, both sorted by key, and ``redirect``: the
    key of each entity that merged into another (吉大一院's) -> that entity's key."""

    entities: list[Entity]
    relations: list[Relation]
    redirect: dict[str, str]


def resolve(entity_groups: Iterable[Iterable[Entity]], relation_groups: Iterable[Iterable[Relation]],
            lexicon: Lexicon | None = None) -> tuple[list[Entity], list[Relation]]:
    """Merge per-document entities and relations; returns both sorted by key (:func:`resolution`)."""
    r = resolution(entity_groups, relation_groups, lexicon)
    return r.entities, r.relations


def resolution(entity_groups: Iterable[Iterable[Entity]], relation_groups: Iterable[Iterable[Relation]],
               lexicon: Lexicon | None = None) -> Resolution:
    """Merge per-document entities and relations. An alias that starts with a level character or
    a deictic word of ``lexicon`` (by default the shipped one) depends on its page and merges
    nothing.

    >>> from kg.types import Entity
    >>> r = resolution([[Entity("Hospital:吉林大学第一医院", "Hospital", "吉林大学第一医院", frozenset({"吉大一院"})),
    ...                  Entity("Hospital:吉大一院", "Hospital", "吉大一院")]], [])
    >>> r.redirect
    {'Hospital:吉大一院': 'Hospital:吉林大学第一医院'}
    """
    contextual = tuple((lexicon or shipped_lexicon()).contextual_prefixes)
    merged: dict[str, dict] = {}
    for group in entity_groups:
        for e in group:
            m = merged.setdefault(e.key, {"type": e.type, "name": e.name, "aliases": set(), "mentions": [],
                                          "code": e.code, "place": e.place, "count": 0, "rules": set()})
            m["count"] += e.mention_count or len(e.mentions)
            m["aliases"] |= e.aliases
            m["rules"] |= set(e.rules)
            m["mentions"].extend(e.mentions)
            m["place"] = m["place"] or e.place
    # an entity whose name is another's alias merges into it (吉大一院 -> 吉林大学第一医院)
    owners: dict[tuple[str, str], set[str]] = {}
    for key, m in merged.items():
        for alias in m["aliases"]:
            if not alias.startswith(contextual):
                owners.setdefault((m["type"], alias), set()).add(key)
    redirect: dict[str, str] = {}
    for key, m in sorted(merged.items()):
        if m["code"]:
            continue
        targets = owners.get((m["type"], m["name"]), set()) - {key}
        if len(targets) == 1:
            target = next(iter(targets))
            if target not in redirect and merged[target]["name"] != m["name"]:
                redirect[key] = target
    for src, dst in redirect.items():
        s = merged.pop(src)
        d = merged[dst]
        d["aliases"] |= s["aliases"] | {s["name"]}
        d["mentions"].extend(s["mentions"])
        d["count"] += s["count"]
        d["rules"] |= s["rules"]
        d["place"] = d["place"] or s["place"]
    entities = [Entity(k, m["type"], m["name"], frozenset(m["aliases"] - {m["name"]}),
                       tuple(sorted(set(m["mentions"]), key=_MENTION_ORDER)),
                       m["code"], None if m["code"] and m["place"] == entity_key(code=m["code"]) else m["place"], m["count"],
                       tuple(sorted(m["rules"])))
                for k, m in sorted(merged.items())]
    relations: dict[tuple[str, str, str], dict] = {}
    for group in relation_groups:
        for r in group:
            h, t = redirect.get(r.head, r.head), redirect.get(r.tail, r.tail)
            if h == t:
                continue
            ev, rules = relations.setdefault((h, r.rel, t), ({}, set()))
            ev.update(dict.fromkeys(r.evidence))
            rules.update(r.rules)
    rels = [Relation(h, r, t, tuple(sorted(ev, key=_EVIDENCE_ORDER)), tuple(sorted(rules)))
            for (h, r, t), (ev, rules) in sorted(relations.items())]
    return Resolution(entities, rels, redirect)

