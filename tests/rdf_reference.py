"""The RDF builder of kg before the streaming writers (rdflib, as on main), kept as the reference
the tests compare today's output with: the triples must stay the same."""

from __future__ import annotations

import hashlib
import re

import networkx as nx
from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.rdf import safe_segment
from kg.vocab import ID, KG, PREFIXES


def entity_iri(key: str, typ: str, name: str, code: str | None) -> URIRef:
    if code:
        return ID[f"place/{safe_segment(code)}"]
    scope = key[len(typ) + len(name) + 2:] if key.startswith(f"{typ}:{name}@") else ""
    if re.fullmatch("[0-9a-f]{12}", scope):
        return ID[f"{typ.lower()}/{safe_segment(name)}-{scope}"]
    return ID[f"{typ.lower()}/{safe_segment(name)}"]


def _digest(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8", "surrogatepass")).hexdigest()[:20]


def doc_iri(sha256: str) -> URIRef:
    return ID[f"doc/{sha256[:20]}"]


def to_rdf(G: nx.MultiDiGraph) -> Graph:
    """Build the RDF graph of a kg graph."""
    g = Graph(bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    doc_of: dict[str, URIRef] = {}
    for d in G.graph.get("documents", []):
        iri = doc_iri(d.sha256)
        doc_of[d.id] = iri
        g.add((iri, RDF.type, KG.Document))
        g.add((iri, RDF.type, PROV.Entity))
        g.add((iri, DCTERMS.identifier, Literal(d.path)))
        g.add((iri, KG.sha256, Literal(d.sha256)))
        g.add((iri, KG.encoding, Literal(d.encoding)))
        g.add((iri, DCTERMS.extent, Literal(d.size, datatype=XSD.integer)))
        if d.title:
            g.add((iri, DCTERMS.title, Literal(d.title, lang="zh")))
        if d.date:
            g.add((iri, DCTERMS.date, Literal(d.date, datatype=XSD.date)))
    iri_of: dict[str, URIRef] = {}
    for key, data in G.nodes(data=True):
        iri_of[key] = entity_iri(key, data["type"], data["name"], data.get("code"))
    sentences = G.graph.get("sentences", {})
    for key, data in G.nodes(data=True):
        s = iri_of[key]
        g.add((s, RDF.type, KG[data["type"]]))
        g.add((s, RDFS.label, Literal(data["name"], lang="zh")))
        g.add((s, SKOS.prefLabel, Literal(data["name"], lang="zh")))
        for alias in data["aliases"]:
            g.add((s, SKOS.altLabel, Literal(alias, lang="zh")))
        if data.get("code"):
            g.add((s, KG.divisionCode, Literal(data["code"])))
        if data.get("place") and data["place"] in iri_of:
            g.add((s, KG.place, iri_of[data["place"]]))
        _provenance(g, s, data)
        count = data.get("mention_count", len(data["mentions"]))
        g.add((s, KG.mentionCount, Literal(count, datatype=XSD.integer)))
        for m in data["mentions"]:
            mi = ID[f"mention/{_digest(key, m.doc_id, m.start, m.end)}"]
            g.add((s, KG.mention, mi))
            g.add((mi, RDF.type, KG.Mention))
            if m.doc_id in doc_of:
                g.add((mi, KG.inDocument, doc_of[m.doc_id]))
            g.add((mi, KG.sentenceIndex, Literal(m.sentence, datatype=XSD.integer)))
            g.add((mi, KG.startOffset, Literal(m.start, datatype=XSD.integer)))
            g.add((mi, KG.endOffset, Literal(m.end, datatype=XSD.integer)))
            g.add((mi, KG.surface, Literal(m.surface, lang="zh")))
            text = sentences.get((m.doc_id, m.sentence))
            if text:
                g.add((mi, KG.sentenceText, Literal(text, lang="zh")))
    for head, tail, rel, data in G.edges(keys=True, data=True):
        h, t, p = iri_of[head], iri_of[tail], KG[rel]
        g.add((h, p, t))
        st = ID[f"statement/{_digest(head, rel, tail)}"]
        g.add((st, RDF.type, RDF.Statement))
        g.add((st, RDF.subject, h))
        g.add((st, RDF.predicate, p))
        g.add((st, RDF.object, t))
        _provenance(g, st, data)
        for ev in data["evidence"]:
            ei = ID[f"evidence/{_digest(head, rel, tail, ev.doc_id, ev.sentence, ev.basis)}"]
            g.add((st, KG.evidence, ei))
            g.add((ei, RDF.type, KG.Evidence))
            g.add((ei, KG.basis, Literal(ev.basis)))
            g.add((ei, KG.sentenceText, Literal(ev.text, lang="zh")))
            g.add((ei, KG.sentenceIndex, Literal(ev.sentence, datatype=XSD.integer)))
            g.add((ei, KG.startOffset, Literal(ev.start, datatype=XSD.integer)))
            g.add((ei, KG.endOffset, Literal(ev.end, datatype=XSD.integer)))
            if ev.doc_id in doc_of:
                g.add((ei, KG.inDocument, doc_of[ev.doc_id]))
    return g


def _provenance(g: Graph, subject: URIRef, data: dict) -> None:
    """The rules that produced a fact (``kg:rule``) and its confidence (``kg:confidence``)."""
    for rule in data.get("rules", ()):
        g.add((subject, KG.rule, Literal(rule)))
    if data.get("confidence") is not None:
        g.add((subject, KG.confidence, Literal(f"{data['confidence']:.3f}", datatype=XSD.decimal)))
