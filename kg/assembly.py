"""Assembly: the graph of a corpus from its documents' extractions, taken one at a time.

A build hands each document's extraction, as the cache stores it (:func:`kg.cache.encode`),
to :meth:`Assembly.add` as it arrives, in input order. What is kept in memory is the entity
and relation tables (:mod:`kg.resolve`: names, aliases, rules, counts), the documents'
provenance and, for each entity key, the documents that named it (positions in an array); the
mentions, evidence and sentences go to disk (:mod:`kg.spill`) and come back, entity by entity,
when the files are written. :meth:`Assembly.graph` resolves the entities and gives the graph
(:func:`kg.graph.build_graph` over the spill's views) and the fingerprints of
:mod:`kg.reuse`. The result is that of :func:`kg.pipeline.assemble` over the same documents
held in memory, to the byte.

>>> from kg.cache import encode
>>> from kg.types import DocumentInfo, Entity, Extraction, Mention
>>> doc = DocumentInfo("a#0", "a.txt", "0" * 64, "utf-8", 9, "", None, 1)
>>> x = Extraction(doc, (Entity("code:220100", "City", "长春市", code="220100",
...                             mentions=(Mention("a#0", 0, 0, 3, "长春市"),), mention_count=1),), (), ((0, "长春市。"),))
>>> a = Assembly()
>>> a.add(encode(x))
>>> G, prints = a.graph("v")
>>> [m.surface for m in G.nodes["code:220100"]["mentions"]], G.graph["sentences"][("a#0", 0)], len(prints.table())
(['长春市'], '长春市。', 1)
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from sys import intern

import networkx as nx

from .confidence import annotate
from .graph import build_graph
from .lexicon import Lexicon, shipped_lexicon
from .resolve import Resolver, page_id
from .resources import division_parents, division_table
from .reuse import LazyFingerprints
from .spill import Spill
from .types import DocumentInfo, Entity, Relation

#: the type of the array of document positions kept per entity key
POSITIONS = "i"


def _resolver() -> Resolver:
    """The resolver of a build: the shipped lexicon, the places' parents from the divisions table
    (what the extraction resources hold, without loading the rest of them)."""
    return Resolver(shipped_lexicon(), division_parents(division_table().values()))


@dataclass
class Assembly:
    """The documents of a build, taken one at a time (:meth:`add`), then :meth:`graph`."""

    documents: list[DocumentInfo] = field(default_factory=list)
    resolver: Resolver = field(default_factory=_resolver)
    #: per entity key of a page (after step 1 of :mod:`kg.resolve`), the positions in
    #: ``documents`` of the documents that named it, ascending
    sources: dict[str, array] = field(default_factory=dict)
    #: per head of a relation that its page does not name (as the page wrote it), the same
    heads: dict[str, array] = field(default_factory=dict)
    spill: Spill = field(default_factory=Spill.create)

    @classmethod
    def of(cls, lexicon: Lexicon | None = None, parents: dict[str, str] | None = None) -> Assembly:
        """An assembly under another lexicon or table of parents (tests)."""
        return cls(resolver=Resolver(lexicon, parents))

    def add(self, data: list) -> None:
        """Take one document's extraction as :func:`kg.cache.encode` lists."""
        doc, entities, relations, sentences = data
        position = len(self.documents)
        info = DocumentInfo(*doc)
        self.documents.append(info)
        page = [Entity(intern(key), intern(typ), name, frozenset(aliases), (), code, place, count or len(ms),
                       tuple(map(intern, rules)))
                for key, typ, name, aliases, ms, code, place, count, rules in entities]
        doc_id = info.id
        keys = self.resolver.add(page_id((doc_id if m[0] is None else m[0] for e in entities for m in e[4]),
                                         [e.key for e in page]),
                                 page, [(r[0], r[1], r[2]) for r in relations])
        renamed = {e.key: key for e, key in zip(page, keys)}
        mentions, evidence = [], []
        for key, e in zip(keys, entities):
            key = intern(key)
            self._source(self.sources, key, position)
            if e[4]:
                mentions.append((key, e[4]))
        end = self.resolver.end
        for head, rel, tail, ev, rules in relations:
            h, rel, t = intern(end(head, renamed)), intern(rel), intern(end(tail, renamed))
            self.resolver.relation(h, rel, t, map(intern, rules))
            if head not in renamed:
                self._source(self.heads, intern(head), position)
            if ev:
                evidence.append((h, rel, t, ev))
        self.spill.add(doc_id, mentions, evidence, sentences)

    @staticmethod
    def _source(sources: dict[str, array], key: str, position: int) -> None:
        positions = sources.get(key)
        if positions is None:
            sources[key] = array(POSITIONS, (position,))
        elif positions[-1] != position:
            positions.append(position)

    def graph(self, version: str | None = None) -> tuple[nx.MultiDiGraph, LazyFingerprints]:
        """The graph (entities resolved, confidence given) and the fingerprint of each entity
        (:func:`kg.reuse.fingerprints`, under the writer ``version`` when given), made when first
        asked for (:class:`kg.reuse.LazyFingerprints`). The tables are emptied."""
        done = self.resolver.finish()
        redirect = done.redirect
        details = self.spill.finish([e.key for e in done.entities], redirect)
        G = annotate(build_graph(done.entities, (Relation(h, r, t, (), rules) for (h, r, t), rules in done.relations.items()),
                                 self.documents, details=details))
        del done
        merged: dict[str, list[array]] = {}
        for key, positions in self.sources.items():
            merged.setdefault(redirect.get(key, key), []).append(positions)
        for key, positions in self.heads.items():  # as kg.reuse.sources_of: not redirected
            merged.setdefault(key, []).append(positions)
        self.sources, self.heads = {}, {}
        sources = {key: [self.documents[p] for p in (groups[0] if len(groups) == 1
                                                     else sorted(set().union(*groups)))]
                   for key, groups in merged.items()}
        return G, LazyFingerprints(G, sources, version)
