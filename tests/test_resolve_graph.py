import random

import networkx as nx
import pytest

from kg.graph import build_graph, edge_count, summary
from kg.resolve import resolve
from kg.types import Entity, Evidence, Mention, Relation


def test_merge_by_key_keeps_every_surface_and_mention():
    m1, m2 = Mention("a#0", 0, 0, 4, "吉大一院"), Mention("b#0", 1, 5, 13, "吉林大学第一医院")
    a = Entity("Hospital:吉林大学第一医院", "Hospital", "吉林大学第一医院", frozenset({"吉大一院"}), (m1,))
    b = Entity("Hospital:吉林大学第一医院", "Hospital", "吉林大学第一医院", frozenset({"白求恩第一医院"}), (m2,))
    ents, _ = resolve([[a], [b]], [])
    assert len(ents) == 1
    assert ents[0].aliases == {"吉大一院", "白求恩第一医院"}
    assert ents[0].mentions == (m1, m2)


def test_contextual_aliases_never_merge():
    a = Entity("Hospital:长治市人民医院", "Hospital", "长治市人民医院", frozenset({"市人民医院"}))
    b = Entity("Hospital:白城市人民医院", "Hospital", "白城市人民医院", frozenset({"市人民医院"}))
    c = Entity("Hospital:市人民医院", "Hospital", "市人民医院")
    ents, _ = resolve([[a, b, c]], [])
    assert len(ents) == 3


def test_relations_merge_evidence():
    ev1 = Evidence("a#0", 0, 0, 5, "句子一", "text")
    ev2 = Evidence("b#0", 2, 0, 5, "句子二", "text")
    r1 = Relation("x", "supports", "y", (ev1,))
    r2 = Relation("x", "supports", "y", (ev2,))
    ents = [Entity("x", "Hospital", "甲医院"), Entity("y", "Hospital", "乙医院")]
    _, rels = resolve([ents], [[r1], [r2]])
    assert len(rels) == 1 and rels[0].evidence == (ev1, ev2)
    G = build_graph(ents, rels, [])
    assert summary(G) == {"Hospital": 2, "relations": 1}


@pytest.mark.parametrize("seed", range(4))
def test_edge_count_is_networkx_count_with_parallel_edges_and_loops(seed):
    rnd = random.Random(seed)
    G = nx.MultiDiGraph()
    G.add_nodes_from(range(5))  # some without edges
    for _ in range(rnd.randint(0, 60)):
        G.add_edge(rnd.randint(0, 9), rnd.randint(0, 9), key=rnd.choice("ab"))
    assert edge_count(G) == G.number_of_edges()
