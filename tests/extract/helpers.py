"""Shared helpers of the extraction tests: documents from text, every sentence a healthcare one."""

from dataclasses import replace

from kg.extract import COMPONENTS
from kg.extract.context import Context
from kg.extract.state import DocState
from kg.normalize import normalize
from kg.types import Document, NormalizedText

#: the context of most unit tests: 吉林省 / 长春市 / 二道区
ERDAO = Context("220000", "220100", "220105")
#: 山西省 / 长治市, no district
CHANGZHI = Context("140000", "140400", None)


def doc(text: str, name: str = "t.txt") -> Document:
    return Document(f"{name}#0", name, "0" * 64, "utf-8", text, len(text.encode()))


def health_norm(text: str) -> NormalizedText:
    """The normalised text with every sentence marked as healthcare (examples are short)."""
    norm = normalize(text)
    return replace(norm, sentences=tuple(replace(s, health=True) for s in norm.sentences))


def run_state(text: str, res) -> DocState:
    """The state after every component has run over ``text`` (all sentences healthcare)."""
    d = doc(text)
    state = DocState(d.id, d.text, health_norm(text).sentences)
    for component in COMPONENTS:
        component.run(state, res)
    return state


def triples(state: DocState) -> dict[tuple[str, str, str], tuple[str, ...]]:
    """(head name, relation, tail name) -> rules."""
    names = {k: e.name for k, e in state.entities.items()}
    return {(names[h], str(r), names[t]): tuple(sorted(rules)) for (h, r, t), (_, rules) in state.relations.items()}
