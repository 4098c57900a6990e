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
>>> [m.surface for m in G.nodes["code:220100"]["mentions"]], G.graph["sentences"][("a#0", 0)], len(prints)
(['长春市'], '长春市。', 1)
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from sys import intern

import networkx as nx

from .confidence import annotate
from .graph import build_graph
from .resolve import EntityTable, RelationTable, contextual_prefixes
from .reuse import fingerprints
from .spill import Spill
from .types import DocumentInfo, Relation

#: the type of the array of document positions kept per entity key
POSITIONS = "i"


@dataclass
class Assembly:
    """The documents of a build, taken one at a time (:meth:`add`), then :meth:`graph`."""

    documents: list[DocumentInfo] = field(default_factory=list)
    entities: EntityTable = field(default_factory=EntityTable)
    relations: RelationTable = field(default_factory=RelationTable)
    #: per (unresolved) entity key, the positions in ``documents`` of the documents that named it
    #: or stated a relation it heads, ascending
    sources: dict[str, array] = field(default_factory=dict)
    spill: Spill = field(default_factory=Spill.create)

    def add(self, data: list) -> None:
        """Take one document's extraction as :func:`kg.cache.encode` lists."""
        doc, entities, relations, sentences = data
        position = len(self.documents)
        self.documents.append(DocumentInfo(*doc))
        mentions, evidence = [], []
        for key, typ, name, aliases, ms, code, place, count, rules in entities:
            key = intern(key)
            self.entities.add(key, intern(typ), name, code, place, count or len(ms), aliases, map(intern, rules))
            self._source(key, position)
            if ms:
                mentions.append((key, ms))
        for head, rel, tail, ev, rules in relations:
            head, rel, tail = intern(head), intern(rel), intern(tail)
            self.relations.add(head, rel, tail, map(intern, rules))
            self._source(head, position)
            if ev:
                evidence.append((head, rel, tail, ev))
        self.spill.add(self.documents[-1].id, mentions, evidence, sentences)

    def _source(self, key: str, position: int) -> None:
        positions = self.sources.get(key)
        if positions is None:
            self.sources[key] = array(POSITIONS, (position,))
        elif positions[-1] != position:
            positions.append(position)

    def graph(self, version: str | None = None) -> tuple[nx.MultiDiGraph, dict[str, str]]:
        """The graph (entities resolved, confidence given) and the fingerprint of each entity
        (:func:`kg.reuse.fingerprints`, under the writer ``version`` when given). The tables are
        emptied."""
        redirect = self.entities.redirect(contextual_prefixes())
        entities = self.entities.entities(redirect)
        self.entities = EntityTable()
        relations = self.relations.merged(redirect)
        details = self.spill.finish([e.key for e in entities], redirect)
        G = annotate(build_graph(entities, (Relation(h, r, t, (), rules) for (h, r, t), rules in relations.items()),
                                 self.documents, details=details))
        del entities, relations
        merged: dict[str, list[array]] = {}
        for key, positions in self.sources.items():
            merged.setdefault(redirect.get(key, key), []).append(positions)
        self.sources = {}
        sources = {key: [self.documents[p] for p in (groups[0] if len(groups) == 1
                                                     else sorted(set().union(*groups)))]
                   for key, groups in merged.items()}
        return G, fingerprints(G, sources, version)
