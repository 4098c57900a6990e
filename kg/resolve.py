"""Resolve: merge the entities of all documents into one set, keeping every surface form.

Two entities merge when they have the same key (type and canonical name, or division code),
or when one's alias is the other's canonical name and that alias does not depend on context
(``市人民医院`` or ``我省`` never merge anything: they mean different things on different pages).

The merging is done on tables that take one document at a time and keep no mention or
evidence (:class:`EntityTable`, :class:`RelationTable`): a build feeds them as documents arrive
and keeps the mentions and evidence on disk (:mod:`kg.spill`); :func:`resolution` is the same
over entities and relations held in memory.

>>> from kg.types import Entity, Relation
>>> a = Entity("Hospital:吉林大学第一医院", "Hospital", "吉林大学第一医院", frozenset({"吉大一院"}))
>>> b = Entity("Hospital:吉大一院", "Hospital", "吉大一院")
>>> ents, rels = resolve([(a, b)], [[Relation("Hospital:吉大一院", "partOf", "Hospital:吉大一院")]])
>>> [(e.key, sorted(e.aliases)) for e in ents]
[('Hospital:吉林大学第一医院', ['吉大一院'])]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from operator import attrgetter, itemgetter

from .lexicon import Lexicon, shipped_lexicon
from .types import Entity, Relation, entity_key

#: the order of an entity's mentions (every field, so that the order never depends on a set's),
#: and of a relation's evidence (ties keep the order of the documents)
MENTION_ORDER = attrgetter("doc_id", "start", "end", "sentence", "surface")
EVIDENCE_ORDER = attrgetter("doc_id", "start", "basis")
#: the same orders over rows (doc_id, sentence, start, end, surface) and (doc_id, sentence, start,
#: end, text, basis), the form :mod:`kg.spill` keeps them in
MENTION_ROW_ORDER = itemgetter(0, 2, 3, 1, 4)
EVIDENCE_ROW_ORDER = itemgetter(0, 2, 5)


def union(shared: dict[tuple[str, ...], tuple[str, ...]], old: tuple[str, ...], new: Iterable[str]) -> tuple[str, ...]:
    """The sorted union of ``old`` and ``new``, as the one tuple ``shared`` keeps for it (a corpus
    has a few hundred sets of rules, and hundreds of thousands of facts that have one).

    >>> shared = {}
    >>> union(shared, ("b",), ["a"]) is union(shared, (), ["b", "a"])
    True
    """
    merged = tuple(sorted(set(old).union(new)))
    return old if merged == old else shared.setdefault(merged, merged)


@dataclass(slots=True)
class Merged:
    """What the documents say of one entity key, merged (its mentions aside)."""

    type: str
    name: str
    code: str | None
    place: str | None
    count: int = 0
    aliases: frozenset[str] = frozenset()
    rules: tuple[str, ...] = ()

    def absorb(self, count: int, aliases: Iterable[str], rules: Iterable[str], place: str | None,
               shared: dict[tuple[str, ...], tuple[str, ...]]) -> None:
        self.count += count
        if aliases:
            self.aliases = self.aliases.union(aliases)
        self.rules = union(shared, self.rules, rules)
        self.place = self.place or place


@dataclass
class EntityTable:
    """The entities of a corpus by key, fed one document at a time (in input order: the first
    document to name a key gives its type, name and code).

    >>> t = EntityTable()
    >>> t.add("Hospital:甲医院", "Hospital", "甲医院", None, None, 2, ["甲院"], ["r1"])
    >>> t.add("Hospital:甲院", "Hospital", "甲院", None, None, 1, [], ["r2"])
    >>> r = t.redirect(())
    >>> r, [(e.key, e.mention_count, e.rules) for e in t.entities(r)]
    ({'Hospital:甲院': 'Hospital:甲医院'}, [('Hospital:甲医院', 3, ('r1', 'r2'))])
    """

    rows: dict[str, Merged] = field(default_factory=dict)
    #: the sets of rules of the rows, each once (:func:`union`)
    shared: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)

    def add(self, key: str, typ: str, name: str, code: str | None, place: str | None, count: int,
            aliases: Iterable[str], rules: Iterable[str]) -> None:
        m = self.rows.get(key)
        if m is None:
            m = self.rows[key] = Merged(typ, name, code, place)
        m.absorb(count, aliases, rules, place, self.shared)

    def add_entity(self, e: Entity) -> None:
        self.add(e.key, e.type, e.name, e.code, e.place, e.mention_count or len(e.mentions), e.aliases, e.rules)

    def redirect(self, contextual: tuple[str, ...]) -> dict[str, str]:
        """The key of each entity whose name is another's alias -> that entity's key (吉大一院 ->
        吉林大学第一医院); an alias starting with one of ``contextual`` merges nothing."""
        owners: dict[tuple[str, str], set[str]] = {}
        for key, m in self.rows.items():
            for alias in m.aliases:
                if not alias.startswith(contextual):
                    owners.setdefault((m.type, alias), set()).add(key)
        redirect: dict[str, str] = {}
        for key, m in sorted(self.rows.items()):
            if m.code:
                continue
            targets = owners.get((m.type, m.name), set()) - {key}
            if len(targets) == 1:
                target = next(iter(targets))
                if target not in redirect and self.rows[target].name != m.name:
                    redirect[key] = target
        return redirect

    def entities(self, redirect: dict[str, str]) -> list[Entity]:
        """The merged entities, sorted by key, without mentions (the table is merged in place)."""
        for src, dst in redirect.items():
            s = self.rows.pop(src)
            self.rows[dst].absorb(s.count, s.aliases | {s.name}, s.rules, s.place, self.shared)
        return [Entity(k, m.type, m.name, m.aliases - {m.name}, (), m.code,
                       None if m.code and m.place == entity_key(code=m.code) else m.place, m.count, m.rules)
                for k, m in sorted(self.rows.items())]


@dataclass
class RelationTable:
    """The relations of a corpus, (head, relation, tail) -> the rules that stated it, fed one
    document at a time.

    >>> t = RelationTable()
    >>> t.add("a", "supports", "b", ["r1"]); t.add("a2", "supports", "b", ["r2"]); t.add("a2", "partOf", "a", [])
    >>> t.merged({"a2": "a"})
    {('a', 'supports', 'b'): ('r1', 'r2')}
    """

    rules: dict[tuple[str, str, str], tuple[str, ...]] = field(default_factory=dict)
    #: the sets of rules of the relations, each once (:func:`union`)
    shared: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)

    def add(self, head: str, rel: str, tail: str, rules: Iterable[str]) -> None:
        key = (head, rel, tail)
        self.rules[key] = union(self.shared, self.rules.get(key, ()), rules)

    def merged(self, redirect: dict[str, str]) -> dict[tuple[str, str, str], tuple[str, ...]]:
        """Relations with their keys redirected (a relation of an entity with itself dropped),
        sorted, each with its sorted rules (the table is emptied)."""
        out: dict[tuple[str, str, str], tuple[str, ...]] = {}
        for (h, r, t), rules in self.rules.items():
            h, t = redirect.get(h, h), redirect.get(t, t)
            if h != t:
                key = (h, r, t)
                old = out.get(key)
                out[key] = rules if old is None else union(self.shared, old, rules)
        self.rules = {}
        return dict(sorted(out.items()))


@dataclass(frozen=True)
class Resolution:
    """Entities and relations merged across documents, both sorted by key, and ``redirect``: the
    key of each entity that merged into another (吉大一院's) -> that entity's key."""

    entities: list[Entity]
    relations: list[Relation]
    redirect: dict[str, str]


def contextual_prefixes(lexicon: Lexicon | None = None) -> tuple[str, ...]:
    """The first characters of an alias that depends on its page (a level character, a deictic
    word) in ``lexicon`` (by default the shipped one)."""
    return tuple((lexicon or shipped_lexicon()).contextual_prefixes)


def resolve(entity_groups: Iterable[Iterable[Entity]], relation_groups: Iterable[Iterable[Relation]],
            lexicon: Lexicon | None = None) -> tuple[list[Entity], list[Relation]]:
    """Merge per-document entities and relations; returns both sorted by key (:func:`resolution`)."""
    r = resolution(entity_groups, relation_groups, lexicon)
    return r.entities, r.relations


def resolution(entity_groups: Iterable[Iterable[Entity]], relation_groups: Iterable[Iterable[Relation]],
               lexicon: Lexicon | None = None) -> Resolution:
    """Merge per-document entities and relations held in memory, with their mentions and evidence.
    An alias that starts with a level character or a deictic word of ``lexicon`` (by default the
    shipped one) depends on its page and merges nothing.

    >>> from kg.types import Entity
    >>> r = resolution([[Entity("Hospital:吉林大学第一医院", "Hospital", "吉林大学第一医院", frozenset({"吉大一院"})),
    ...                  Entity("Hospital:吉大一院", "Hospital", "吉大一院")]], [])
    >>> r.redirect
    {'Hospital:吉大一院': 'Hospital:吉林大学第一医院'}
    """
    table, mentions = EntityTable(), {}
    for group in entity_groups:
        for e in group:
            table.add_entity(e)
            mentions.setdefault(e.key, []).extend(e.mentions)
    redirect = table.redirect(contextual_prefixes(lexicon))
    for src, dst in redirect.items():
        mentions[dst].extend(mentions.pop(src))
    entities = [replace(e, mentions=tuple(sorted(set(mentions[e.key]), key=MENTION_ORDER)))
                for e in table.entities(redirect)]
    relations, evidence = RelationTable(), {}
    for group in relation_groups:
        for r in group:
            relations.add(r.head, r.rel, r.tail, r.rules)
            h, t = redirect.get(r.head, r.head), redirect.get(r.tail, r.tail)
            evidence.setdefault((h, r.rel, t), {}).update(dict.fromkeys(r.evidence))
    rels = [Relation(h, r, t, tuple(sorted(evidence[(h, r, t)], key=EVIDENCE_ORDER)), rules)
            for (h, r, t), rules in relations.merged(redirect).items()]
    return Resolution(entities, rels, redirect)
