"""Resolve: merge the entities of all documents into one set, keeping every surface form.

Three steps, each deterministic (the same output for any order of the documents):

1. **Page-relative names get their place.** A name that starts with a level word
   (``县人民医院``, ``自治区卫生健康委员会``, ``市场监督管理局``) or a deictic word (``我院``) means
   something different on every page: it takes the place of its own level that the page gives it
   (the entity's own place, a place it is ``locatedIn``, the page's home place, or the page's one
   place of that level) and becomes ``巨鹿县人民医院``; without one it stays a node of its page
   and merges with nothing. A generic name (``第一人民医院``, ``中心医院``, ``疾病预防控制中心``)
   keeps its name but merges only with the same name in the same place.
2. **Same key, or a name that is another's alias.** Entities with the same key merge (type and
   canonical name, or division code); an entity whose name is a non-contextual, non-generic alias
   of exactly one other merges into it (吉大一院 -> 吉林大学第一医院), unless their places disagree.
3. **Short forms across pages.** A short form (``华西医院``, ``积水潭医院``, ``长春吉大一院``)
   merges into a long form of another page (``四川大学华西医院``, ``北京积水潭医院``,
   ``吉林大学第一医院``) when exactly one long form fits: the short form is the end of the long
   name after a parent (``…大学``) or the long form's place, or the short form is a place the
   long form is in followed by the long form's name, alias or end after a parent (never another
   place's same name: ``柳州市妇幼保健院`` is not ``广西壮族自治区妇幼保健院``; never a long form of
   no known place: ``北京协和医院`` is not a ``华中科技大学附属协和医院`` no page places). Two long forms that fit keep
   the short form apart; so do places that disagree (a place neither in nor around the other).

Step 1 needs one page at a time, steps 2 and 3 the whole corpus but no mention or evidence: a
:class:`Resolver` takes one document at a time (:meth:`Resolver.add`: the page's entities
localised, merged into a table of entities without mentions, and its relations into a table of
relations without evidence) and resolves at the end (:meth:`Resolver.finish`). A build feeds it
as documents arrive and keeps the mentions and evidence on disk (:mod:`kg.assembly`,
:mod:`kg.spill`); :func:`resolution` is the same over entities and relations held in memory.

>>> from kg.types import Entity, Relation
>>> a = Entity("Hospital:吉林大学第一医院", "Hospital", "吉林大学第一医院", frozenset({"吉大一院"}))
>>> b = Entity("Hospital:吉大一院", "Hospital", "吉大一院")
>>> ents, rels = resolve([(a, b)], [[Relation("Hospital:吉大一院", "partOf", "Hospital:吉大一院")]])
>>> [(e.key, sorted(e.aliases)) for e in ents]
[('Hospital:吉林大学第一医院', ['吉大一院'])]

Two pages that each name their county's ``县人民医院`` give two hospitals:

>>> c1, c2 = Entity("code:130528", "District", "巨鹿县", code="130528"), Entity("code:320826", "District", "涟水县", code="320826")
>>> h = Entity("Hospital:县人民医院", "Hospital", "县人民医院")
>>> ents, _ = resolve([(c1, h), (c2, h)], [[Relation(h.key, "locatedIn", c1.key)], [Relation(h.key, "locatedIn", c2.key)]])
>>> sorted(e.name for e in ents if e.type == "Hospital")
['巨鹿县人民医院', '涟水县人民医院']
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from operator import attrgetter, itemgetter

from .lexicon import Lexicon, shipped_lexicon
from .types import Entity, Relation, entity_key

#: the types whose names are resolved by place and short form
INSTITUTION_TYPES = frozenset({"Hospital", "Organization", "Alliance"})
#: a short form has this many characters at least (华西医院)
MIN_SHORT_FORM = 4
#: the order of an entity's mentions (every field, so that the order never depends on a set's),
#: and of a relation's evidence (ties keep the order of the documents)
MENTION_ORDER = attrgetter("doc_id", "start", "end", "sentence", "surface")
EVIDENCE_ORDER = attrgetter("doc_id", "start", "basis")
#: the same orders over rows (doc_id, sentence, start, end, surface) and (doc_id, sentence, start,
#: end, text, basis), the form :mod:`kg.spill` keeps them in
MENTION_ROW_ORDER = itemgetter(0, 2, 3, 1, 4)
EVIDENCE_ROW_ORDER = itemgetter(0, 2, 5)
#: before a relation's end that its document does not name: resolved when the corpus is known
#: (:meth:`Resolver.end`)
PENDING = "\x00"


@dataclass(frozen=True)
class Resolution:
    """Entities and relations merged across documents, both sorted by key, and ``redirect``: for
    each input document, the key of each of its entities that became another key (renamed by its
    place, or merged into another entity) -> that key."""

    entities: list[Entity]
    relations: list[Relation]
    redirect: list[dict[str, str]]


def union(shared: dict[tuple[str, ...], tuple[str, ...]], old: tuple[str, ...], new: Iterable[str]) -> tuple[str, ...]:
    """The sorted union of ``old`` and ``new``, as the one tuple ``shared`` keeps for it (a corpus
    has a few hundred sets of rules, and hundreds of thousands of facts that have one).

    >>> shared = {}
    >>> union(shared, ("b",), ["a"]) is union(shared, (), ["b", "a"])
    True
    """
    merged = tuple(sorted(set(old).union(new)))
    return old if merged == old else shared.setdefault(merged, merged)


def _ancestors(code: str, parents: Mapping[str, str]) -> set[str]:
    out: set[str] = set()
    while (code := parents.get(code, "")) and code not in out:
        out.add(code)
    return out


def compatible(a: Iterable[str], b: Iterable[str], parents: Mapping[str, str]) -> bool:
    """True when every place of ``a`` is, contains or lies in every place of ``b`` (division codes).

    >>> p = {"220100": "220000", "220102": "220100", "140400": "140000"}
    >>> compatible({"220102"}, {"220000"}, p), compatible({"220102"}, {"140400"}, p), compatible((), {"1"}, p)
    (True, False, True)
    """
    a, b = set(a), set(b)
    return all(x == y or x in _ancestors(y, parents) or y in _ancestors(x, parents) for x in a for y in b)


def is_generic(name: str, lex: Lexicon) -> bool:
    """True for a name that names one institution per place and nothing by itself: modifiers and
    one head of ``generic_names.tsv``.

    >>> lex = shipped_lexicon()
    >>> is_generic("第一人民医院", lex), is_generic("疾病预防控制中心", lex), is_generic("华西医院", lex)
    (True, True, False)
    """
    return lex.generic_name_re.fullmatch(name) is not None


def scoped_key(key: str, scope: str) -> str:
    """The key of a generic or page-relative name in one place or page: ``key@`` and 12 hex
    digits of the scope's SHA-256 (``kg.rdf`` puts them in the IRI, so a graph read back from RDF
    has the same keys).

    >>> scoped_key("Hospital:第一人民医院", "code:450700")
    'Hospital:第一人民医院@6f5f1c6d3655'
    """
    return f"{key}@{hashlib.sha256(scope.encode('utf-8', 'surrogatepass')).hexdigest()[:12]}"


def _code(key: str | None) -> str | None:
    return key[5:] if key and key.startswith("code:") else None


def page_id(doc_ids: Iterable[str], keys: Iterable[str]) -> str:
    """What names a page in the keys of its page-relative names: the first document id of its
    mentions, or a hash of its entity keys when it has none."""
    docs = min(doc_ids, default=None)
    if docs is not None:
        return docs
    return "#" + hashlib.sha256("\x1f".join(sorted(keys)).encode()).hexdigest()[:16]


def _doc_of(group: list[Entity]) -> str:
    return page_id((m.doc_id for e in group for m in e.mentions), (e.key for e in group))


@dataclass
class _Page:
    """What one document knows about places."""

    doc: str
    places: dict[str, Entity]              # code -> the page's place entity
    located: dict[str, set[str]]            # entity key -> codes it is locatedIn
    home: set[str] = field(default_factory=set)   # codes the page speaks as (我市, 全县)


def _page(doc: str, entities: list[Entity], links: Iterable[tuple[str, str, str]], deictic: tuple[str, ...]) -> _Page:
    """The page of ``entities`` and ``links``, the (head, relation, tail) of its relations."""
    places = {e.code: e for e in entities if e.code}
    located: dict[str, set[str]] = {}
    for head, rel, tail in links:
        if rel == "locatedIn" and (c := _code(tail)) in places:
            located.setdefault(head, set()).add(c)
    home = {c for c, e in places.items() if any(a.startswith(deictic) for a in e.aliases)}
    return _Page(doc, places, located, home)


def _forms(e: Entity) -> set[str]:
    return {e.name, *e.aliases}


def _deepest(codes: Iterable[str], parents: Mapping[str, str]) -> str | None:
    """The one most specific place of ``codes`` when they lie on one chain, else None."""
    codes = sorted(set(codes))
    if not codes or not compatible(codes, codes, parents):
        return None
    return max(codes, key=lambda c: (len(_ancestors(c, parents)), c))


def _relative_level(e: Entity, page: _Page, prefixes: tuple[str, ...], lex: Lexicon) -> str | None:
    """The level word a page-relative name starts with ('' for 我院-style), None when not relative
    (``generic_names.tsv``: relative_level, not_relative)."""
    if e.type not in INSTITUTION_TYPES or e.code or e.name.startswith(lex.not_page_levels):
        return None
    place = page.places.get(_code(e.place) or "")
    if place and any(e.name.startswith(f) for f in _forms(place)):
        return None  # 镇雄县人民医院, 全椒县人民医院: a place of its own, not a level word
    level = next((w for w in lex.page_levels if e.name.startswith(w)), None)
    if level is not None:
        return level
    return "" if e.name.startswith(prefixes) else None


def _localise(e: Entity, page: _Page, prefixes: tuple[str, ...], parents: Mapping[str, str], lex: Lexicon) -> Entity:
    """Step 1 for one entity of one page: its page-relative or generic name made global."""
    if e.type not in INSTITUTION_TYPES or e.code:
        return e
    own = set(page.located.get(e.key, ())) | ({c} if (c := _code(e.place)) else set())
    level = _relative_level(e, page, prefixes, lex)
    if level:
        def of_level(codes: Iterable[str]) -> list[str]:
            found = {a for c in codes for a in {c} | _ancestors(c, parents)
                     if a in page.places and page.places[a].name.endswith(level)
                     and not (level == "区" and page.places[a].name.endswith("自治区"))}
            return sorted(found)
        for codes in (own, page.home, page.places):
            chosen = of_level(codes)
            if len(chosen) == 1:
                div = page.places[chosen[0]]
                name = div.name + e.name[len(level):]
                return Entity(entity_key(e.type, name), e.type, name, e.aliases | {e.name}, e.mentions,
                              None, div.key, e.mention_count, e.rules)
            if chosen:
                break
    if level is not None:  # 我院, or 市人民医院 on a page that names no city or several
        return Entity(scoped_key(e.key, page.doc), e.type, e.name, e.aliases, e.mentions, None, e.place,
                      e.mention_count, e.rules)
    if is_generic(e.name, lex):
        where = _deepest(own, parents) if own else _deepest(page.home, parents)
        scope = f"code:{where}" if where else page.doc
        return Entity(scoped_key(e.key, scope), e.type, e.name, e.aliases, e.mentions, None,
                      e.place or (f"code:{where}" if where and own else None), e.mention_count, e.rules)
    return e


@dataclass(slots=True)
class Node:
    """What the documents say of one entity key, merged (its mentions aside)."""

    type: str
    name: str
    code: str | None
    count: int = 0
    aliases: frozenset[str] = frozenset()
    rules: tuple[str, ...] = ()
    place_keys: frozenset[str] = frozenset()   # the ``place`` of each part
    places: frozenset[str] = frozenset()       # codes the parts are known to be in

    def add(self, e: Entity, located: Iterable[str], shared: dict[tuple[str, ...], tuple[str, ...]]) -> None:
        self.count += e.mention_count or len(e.mentions)
        if e.aliases and not e.aliases <= self.aliases:
            self.aliases = self.aliases | e.aliases
        self.rules = union(shared, self.rules, e.rules)
        codes = set(located)
        if e.place:
            if e.place not in self.place_keys:
                self.place_keys = self.place_keys | {e.place}
            if c := _code(e.place):
                codes.add(c)
        if codes and not codes <= self.places:
            self.places = self.places | codes

    def absorb(self, other: Node, shared: dict[tuple[str, ...], tuple[str, ...]]) -> None:
        self.aliases = self.aliases | other.aliases | {other.name}
        self.count += other.count
        self.rules = union(shared, self.rules, other.rules)
        self.place_keys = self.place_keys | other.place_keys
        self.places = self.places | other.places


def _is_scoped(key: str) -> bool:
    return re.search("@[0-9a-f]{12}$", key) is not None


@dataclass
class Resolved:
    """What :meth:`Resolver.finish` gives: the entities (without mentions) sorted by key, the
    relations (head, relation, tail) -> sorted rules, sorted, and ``redirect``: each key of
    :meth:`Resolver.add` (localised, or a relation's end with :data:`PENDING`) that became
    another -> that one."""

    entities: list[Entity]
    relations: dict[tuple[str, str, str], tuple[str, ...]]
    redirect: dict[str, str]


class Resolver:
    """The entity and relation tables of a corpus, fed one document at a time (:meth:`add`, in
    input order: the first document to name a key gives its type, name and code), resolved by
    :meth:`finish`. ``parents`` maps a division code to its parent's (``Gazetteer.parents``,
    :func:`kg.resources.division_parents`); without it, two places are compatible only when they are the same.

    >>> r = Resolver()
    >>> r.add("a#0", [Entity("Hospital:甲医院", "Hospital", "甲医院", frozenset({"甲院"}), mention_count=2)], [])
    ['Hospital:甲医院']
    >>> _ = r.add("b#0", [Entity("Hospital:甲院", "Hospital", "甲院", mention_count=1)], [])
    >>> done = r.finish()
    >>> done.redirect, [(e.key, e.mention_count) for e in done.entities]
    ({'Hospital:甲院': 'Hospital:甲医院'}, [('Hospital:甲医院', 3)])
    """

    def __init__(self, lexicon: Lexicon | None = None, parents: Mapping[str, str] | None = None) -> None:
        self.lex = lexicon or shipped_lexicon()
        self.contextual = tuple(sorted(self.lex.contextual_prefixes | set(self.lex.page_levels)))
        self.deictic = tuple(sorted(self.lex.deictic_level))
        self.parents = parents or {}
        self.nodes: dict[str, Node] = {}
        #: each key of a document -> the key it became (a set when documents disagree)
        self.renamed: dict[str, str | set[str]] = {}
        #: code -> the forms of that place's name on the pages (for step 3)
        self.place_forms: dict[str, set[str]] = {}
        #: (head, relation, tail) -> sorted rules; an end the document did not name has PENDING before it
        self.relations: dict[tuple[str, str, str], tuple[str, ...]] = {}
        #: the sets of rules, each once (:func:`union`)
        self.shared: dict[tuple[str, ...], tuple[str, ...]] = {}

    def add(self, doc: str, entities: Sequence[Entity], links: Iterable[tuple[str, str, str]]) -> list[str]:
        """Step 1 for one page (``doc``: :func:`page_id`), its entities (mentions are not kept)
        and the (head, relation, tail) of its relations; returns the key of each entity on this
        page, in order. The page's relations are added with :meth:`relation`."""
        page = _page(doc, entities, links, self.deictic)
        renamed: dict[str, str] = {}
        local = []
        for e in entities:
            n = _localise(e, page, self.contextual, self.parents, self.lex)
            renamed[e.key] = n.key
            known = self.renamed.get(e.key)
            if known is None:
                self.renamed[e.key] = n.key
            elif type(known) is set:
                known.add(n.key)
            elif known != n.key:
                self.renamed[e.key] = {known, n.key}
            local.append(n)
        located = {renamed.get(k, k): v for k, v in page.located.items()}
        for n in local:
            node = self.nodes.get(n.key)
            if node is None:
                node = self.nodes[n.key] = Node(n.type, n.name, n.code)
            node.add(n, located.get(n.key, ()), self.shared)
        for c, e in page.places.items():
            forms = self.place_forms.setdefault(c, set())
            forms.update(f for f in _forms(e) if not f.startswith(self.contextual))
            suffix = next((x for x in self.lex.division_suffixes if e.name.endswith(x)), "")
            if len(e.name) - len(suffix) >= 2:
                forms.add(e.name[: len(e.name) - len(suffix)])  # 北京 of 北京市
        return [n.key for n in local]

    def relation(self, head: str, rel: str, tail: str, rules: Iterable[str]) -> None:
        """One relation of the page added last, its ends as :meth:`end` gives them."""
        key = (head, rel, tail)
        self.relations[key] = union(self.shared, self.relations.get(key, ()), rules)

    @staticmethod
    def end(key: str, renamed: Mapping[str, str]) -> str:
        """A relation's end on a page whose keys became ``renamed``: the page's key when the page
        names it, else ``key`` after :data:`PENDING` (resolved when every page is known)."""
        found = renamed.get(key)
        return PENDING + key if found is None else found

    def _global(self, key: str) -> str:
        """The key a relation's end not named on its page becomes: the one key that every page
        gave it, else itself."""
        found = self.renamed.get(key, key)
        return key if type(found) is set else found

    def finish(self) -> Resolved:
        """Steps 2 and 3; the tables are emptied."""
        nodes, parents, lex, contextual = self.nodes, self.parents, self.lex, self.contextual

        def usable_alias(a: str) -> bool:
            return not a.startswith(contextual) and not is_generic(a, lex)

        # step 2b: an entity whose name is another's alias merges into it (吉大一院 -> 吉林大学第一医院)
        owners: dict[tuple[str, str], set[str]] = {}
        for key, n in nodes.items():
            if _is_scoped(key):
                continue
            for alias in n.aliases:
                if usable_alias(alias):
                    owners.setdefault((n.type, alias), set()).add(key)
        redirect: dict[str, str] = {}
        for key, n in sorted(nodes.items()):
            if n.code or _is_scoped(key):
                continue
            targets = sorted(t for t in owners.get((n.type, n.name), set()) - {key}
                             if nodes[t].name != n.name and compatible(n.places, nodes[t].places, parents))
            if len(targets) == 1 and targets[0] not in redirect:
                redirect[key] = targets[0]
        del owners
        _apply(nodes, redirect, self.shared)
        # step 3: short forms across pages (华西医院 -> 四川大学华西医院)
        more = _short_forms(nodes, self.place_forms, parents, lex, contextual, usable_alias)
        _apply(nodes, more, self.shared)
        for src, dst in more.items():
            redirect[src] = dst
        for src in list(redirect):
            seen = {src}
            while redirect[src] in redirect and redirect[src] not in seen:
                seen.add(redirect[src])
                redirect[src] = redirect[redirect[src]]
        entities = [_entity(k, n, parents) for k, n in sorted(nodes.items())]
        self.nodes = {}
        # the ends of relations their pages did not name
        for key in {k for h, _, t in self.relations for k in (h, t) if k.startswith(PENDING)}:
            new = self._global(key[1:])
            redirect[key] = redirect.get(new, new)
        relations: dict[tuple[str, str, str], tuple[str, ...]] = {}
        for (h, r, t), rules in self.relations.items():
            h, t = redirect.get(h, h), redirect.get(t, t)
            if h != t:
                old = relations.get((h, r, t))
                relations[(h, r, t)] = rules if old is None else union(self.shared, old, rules)
        self.relations = {}
        return Resolved(entities, dict(sorted(relations.items())), redirect)


def resolve(entity_groups: Iterable[Iterable[Entity]], relation_groups: Iterable[Iterable[Relation]],
            lexicon: Lexicon | None = None, parents: Mapping[str, str] | None = None
            ) -> tuple[list[Entity], list[Relation]]:
    """Merge per-document entities and relations; returns both sorted by key (:func:`resolution`)."""
    r = resolution(entity_groups, relation_groups, lexicon, parents)
    return r.entities, r.relations


def resolution(entity_groups: Iterable[Iterable[Entity]], relation_groups: Iterable[Iterable[Relation]],
               lexicon: Lexicon | None = None, parents: Mapping[str, str] | None = None) -> Resolution:
    """Merge per-document entities and relations held in memory, with their mentions and evidence
    (``relation_groups[i]`` are the relations of the document of ``entity_groups[i]``; when the
    two lists differ in length, a relation's document is that of its first evidence). An alias
    that starts with a level character or a deictic word of ``lexicon`` (by default the shipped
    one) depends on its page and merges nothing. ``parents`` maps a division code to its
    parent's (``Gazetteer.parents`` of the resources); without it, two places are compatible only
    when they are the same.

    >>> from kg.types import Entity
    >>> r = resolution([[Entity("Hospital:吉林大学第一医院", "Hospital", "吉林大学第一医院", frozenset({"吉大一院"})),
    ...                  Entity("Hospital:吉大一院", "Hospital", "吉大一院")]], [])
    >>> r.redirect
    [{'Hospital:吉大一院': 'Hospital:吉林大学第一医院'}]
    """
    resolver = Resolver(lexicon, parents)
    groups = [list(g) for g in entity_groups]
    rel_groups = [list(g) for g in relation_groups]
    aligned = len(rel_groups) == len(groups)
    pages: list[str] = []
    by_doc: dict[str, dict[str, str]] = {}  # page id -> old key -> new key (pages that share an id share one)
    mentions: dict[str, list] = {}
    for i, group in enumerate(groups):
        doc = _doc_of(group)
        links = [(r.head, r.rel, r.tail) for r in rel_groups[i]] if aligned else []
        keys = resolver.add(doc, group, links)
        pages.append(doc)
        renamed = by_doc.setdefault(doc, {})
        for e, key in zip(group, keys):
            renamed[e.key] = key
            mentions.setdefault(key, []).extend(e.mentions)
    ends: list[tuple[str, str, str, tuple]] = []
    for i, group in enumerate(rel_groups):
        for r in group:
            doc = pages[i] if aligned else (r.evidence[0].doc_id if r.evidence else None)
            renamed = by_doc.get(doc, {}) if doc is not None else {}
            h, t = resolver.end(r.head, renamed), resolver.end(r.tail, renamed)
            resolver.relation(h, r.rel, t, r.rules)
            ends.append((h, r.rel, t, r.evidence))
    done = resolver.finish()
    redirect = done.redirect
    merged: dict[str, list] = {}
    for key, ms in mentions.items():
        merged.setdefault(redirect.get(key, key), []).extend(ms)
    entities = [replace(e, mentions=tuple(sorted(set(merged.get(e.key, ())), key=MENTION_ORDER)))
                for e in done.entities]
    evidence: dict[tuple[str, str, str], dict] = {}
    for h, rel, t, ev in ends:
        h, t = redirect.get(h, h), redirect.get(t, t)
        if h != t:
            evidence.setdefault((h, rel, t), {}).update(dict.fromkeys(ev))
    rels = [Relation(h, r, t, tuple(sorted(evidence[(h, r, t)], key=EVIDENCE_ORDER)), rules)
            for (h, r, t), rules in done.relations.items()]
    final = [{e.key: k for e in group if (k := redirect.get(n := by_doc[doc][e.key], n)) != e.key}
             for group, doc in zip(groups, pages)]
    return Resolution(entities, rels, final)


def _apply(nodes: dict[str, Node], redirect: dict[str, str], shared: dict[tuple[str, ...], tuple[str, ...]]) -> None:
    for src in sorted(redirect):
        dst = redirect[src]
        seen = {src}
        while dst in redirect and dst not in seen:  # a chain: 成都华西医院 -> 华西医院 -> 四川大学华西医院
            seen.add(dst)
            dst = redirect[dst]
        if src in nodes and dst in nodes and dst != src:
            nodes[dst].absorb(nodes.pop(src), shared)


def _short_forms(nodes: dict[str, Node], place_forms: dict[str, set[str]], parents, lex: Lexicon, contextual,
                 usable_alias) -> dict[str, str]:
    """Step 3: short form key -> the key of its one long form (``place_forms``: code -> the forms
    of the place's name on the pages)."""
    blockers = tuple(lex.place_blockers)
    longs = {k: n for k, n in nodes.items() if n.type in INSTITUTION_TYPES and not n.code and not _is_scoped(k)}
    by_end: dict[tuple[str, str], set[str]] = {}
    by_alias: dict[tuple[str, str], set[str]] = {}
    for k, n in longs.items():
        for i in range(1, len(n.name) - MIN_SHORT_FORM + 1):
            by_end.setdefault((n.type, n.name[i:]), set()).add(k)
        for a in {n.name} | n.aliases:
            if usable_alias(a):
                by_alias.setdefault((n.type, a), set()).add(k)

    # per long form: where its first parent word (…大学) ends, and the forms of its own places
    parent_end = {k: min((i + len(b) for b in blockers if (i := n.name.find(b)) >= 0), default=len(n.name) + 1)
                  for k, n in longs.items()}
    own_forms = {k: frozenset(f for c in n.places for f in place_forms.get(c, ())) for k, n in longs.items()}

    found_ends: dict[tuple[str, str, bool], frozenset[str]] = {}  # 卫生监督所 after each of 500 places

    def ends(typ: str, rest: str, by_place: bool = True) -> frozenset[str]:
        """Long forms that end with ``rest`` after a parent (…大学) or their own place (never a
        place that names the parent: 桂林 of 桂林医科大学第一附属医院)."""
        if (typ, rest, by_place) not in found_ends:
            parented = any(b in rest for b in blockers)
            found_ends[(typ, rest, by_place)] = frozenset(
                k for k in by_end.get((typ, rest), ())
                if parent_end[k] <= (head := len(longs[k].name) - len(rest))
                or (by_place and not parented and longs[k].name[:head] in own_forms[k]))
        return found_ends[(typ, rest, by_place)]

    def long_forms(k: str) -> set[str]:
        s = longs[k]
        if len(s.name) < MIN_SHORT_FORM or is_generic(s.name, lex) or s.name.startswith(contextual):
            return set()
        found = ends(s.type, s.name) | by_alias.get((s.type, s.name), set())
        for c in sorted(s.places):  # 长春吉大一院: a place of its own, then a long form's name, alias or end
            for form in place_forms.get(c, ()):
                rest = s.name[len(form):]
                if s.name.startswith(form) and len(rest) >= MIN_SHORT_FORM and not is_generic(rest, lex) \
                        and not rest.startswith(contextual) and not any(b in rest for b in blockers):
                    found |= {t for t in ends(s.type, rest, by_place=False) | by_alias.get((s.type, rest), set())
                              if longs[t].places and compatible({c}, longs[t].places, parents)}
        return {t for t in found - {k} if longs[t].name != s.name
                and compatible(s.places, longs[t].places, parents)}

    candidates = {k: long_forms(k) for k in sorted(longs)}
    out: dict[str, str] = {}
    for k, found in candidates.items():
        longest = sorted(t for t in found if not (candidates.get(t, set()) & found))
        if len(longest) != 1:
            continue  # none, or two long forms compete
        if k in candidates.get(longest[0], set()) and \
                (len(longs[k].name), k) >= (len(longs[longest[0]].name), longest[0]):
            continue  # each a form of the other (积水潭医院, 北京积水潭医院): the longer name stays
        rivals = by_end.get((longs[k].type, longs[k].name), set()) - {k, longest[0]}
        if all(longest[0] in candidates.get(u, set()) or u in found for u in rivals):
            out[k] = longest[0]  # every other name that ends the same way is a form of the same
    return out


def _entity(key: str, n: Node, parents: Mapping[str, str]) -> Entity:
    """The entity of a merged node, without mentions."""
    codes = sorted({c for p in n.place_keys if (c := _code(p))})
    deepest = _deepest(codes, parents) if codes else None
    place = f"code:{deepest}" if deepest else (min(n.place_keys) if n.place_keys else None)
    if n.code and place == entity_key(code=n.code):
        place = None
    return Entity(key, n.type, n.name, n.aliases - {n.name}, (), n.code, place, n.count, n.rules)
