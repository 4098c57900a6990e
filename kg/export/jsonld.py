"""Write the RDF graph as compact JSON-LD with kg's ``@context``.

The context (``kg/data/context.jsonld``, written beside the graph as ``context.jsonld``) gives a
short term to every class and property kg uses (``Hospital``, ``label``, ``locatedIn``,
``sentenceText`` …), with the value types the Turtle has: ``@language: zh`` for names and
sentences, ``xsd:integer`` for counts and offsets, ``@id`` for links. The document embeds the
same context, so it reads offline and expands to exactly the triples of ``graph.ttl``. One
node per subject, subjects and values sorted: the file is deterministic and diffs line by line.

>>> from rdflib import Graph, Literal, URIRef
>>> from kg.vocab import ID, KG
>>> g = Graph(); h = ID["hospital/a"]
>>> _ = g.add((h, URIRef(str(KG._NS) + "mentionCount"), Literal(3)))
>>> _ = g.add((h, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), KG.Hospital))
>>> print("".join(generate_jsonld(g, context={"kg": str(KG._NS), "id": str(ID), "Hospital": "kg:Hospital",
...       "mentionCount": {"@id": "kg:mentionCount", "@type": "xsd:integer"},
...       "xsd": "http://www.w3.org/2001/XMLSchema#"})).splitlines()[-2])
{"@id": "id:hospital/a", "@type": "Hospital", "mentionCount": "3"}
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import cache
from importlib.resources import files
from pathlib import Path

from rdflib import RDF, XSD, Literal, URIRef

from .files import write_lines

CONTEXT_FILE = "context.jsonld"
_GEN_DELIMS = ("/", "#")


@cache
def load_context() -> dict:
    """kg's JSON-LD context (the value of ``@context``), shipped in ``kg/data/``."""
    return json.loads(files("kg").joinpath("data", CONTEXT_FILE).read_text(encoding="utf-8"))["@context"]


class _Compactor:
    """Chooses the key and the JSON form of every predicate and value under one context."""

    def __init__(self, context: dict):
        self.prefixes = sorted(((v, k) for k, v in context.items() if isinstance(v, str) and v.endswith(_GEN_DELIMS)),
                               key=lambda p: -len(p[0]))
        self.terms: dict[str, tuple[str, dict]] = {}
        for term, definition in context.items():
            spec = {"@id": definition} if isinstance(definition, str) else definition
            iri = self.expand(spec["@id"])
            if not iri.endswith(_GEN_DELIMS):
                self.terms.setdefault(iri, (term, spec))

    def expand(self, value: str) -> str:
        prefix, _, rest = value.partition(":")
        for ns, p in self.prefixes:
            if p == prefix:
                return ns + rest
        return value

    def iri(self, iri: str) -> str:
        """A compact IRI (``id:hospital/…``) where a prefix fits, else the IRI."""
        for ns, prefix in self.prefixes:
            if iri.startswith(ns) and len(iri) > len(ns) and not iri[len(ns):].startswith("//"):
                return f"{prefix}:{iri[len(ns):]}"
        return iri

    def vocab(self, iri: str) -> str:
        """A class or datatype: its term, else a compact IRI."""
        return self.terms[iri][0] if iri in self.terms else self.iri(iri)

    def key(self, predicate: str) -> tuple[str, dict]:
        return self.terms.get(predicate) or (self.iri(predicate), {})

    def value(self, obj, spec: dict):
        """The shortest JSON form of ``obj`` that expands back to it under ``spec``."""
        if not isinstance(obj, Literal):
            return self.iri(str(obj)) if spec.get("@type") == "@id" else {"@id": self.iri(str(obj))}
        text, lang, dt = str(obj), obj.language, obj.datatype
        plain = lang is None and dt in (None, XSD.string)
        if lang is not None:
            return text if spec.get("@language") == lang else {"@value": text, "@language": lang}
        if plain:
            return {"@value": text} if "@language" in spec or "@type" in spec else text
        if spec.get("@type") and self.expand(spec["@type"]) == str(dt):
            return text
        return {"@value": text, "@type": self.vocab(str(dt))}


def _sort_key(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def generate_jsonld(triples: Iterable, context: dict | None = None) -> Iterator[str]:
    """The JSON-LD document of ``triples`` (an rdflib graph or (s, p, o) of rdflib terms), one
    node per line."""
    context = load_context() if context is None else context
    c = _Compactor(context)
    nodes: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for s, p, o in triples:
        if p == RDF.type and isinstance(o, URIRef):
            nodes[str(s)]["@type"].append(c.vocab(str(o)))
        else:
            key, spec = c.key(str(p))
            nodes[str(s)][key].append(c.value(o, spec))
    yield '{"@context": ' + json.dumps(context, ensure_ascii=False, indent=1) + ',\n"@graph": [\n'
    for i, s in enumerate(sorted(nodes)):
        node = {"@id": c.iri(s)}
        for key in sorted(nodes[s], key=lambda k: (k != "@type", k)):
            values = sorted(nodes[s][key], key=_sort_key)
            node[key] = values[0] if len(values) == 1 else values
        yield ("," if i else "") + json.dumps(node, ensure_ascii=False) + "\n"
    yield "]}\n"


def write_jsonld(triples: Iterable, folder: Path) -> None:
    """Write ``graph.jsonld`` and the context it uses, ``context.jsonld``, into ``folder``."""
    write_lines(Path(folder) / "graph.jsonld", generate_jsonld(triples))
    write_lines(Path(folder) / CONTEXT_FILE, [json.dumps({"@context": load_context()}, ensure_ascii=False,
                                                         indent=2) + "\n"])
