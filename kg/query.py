"""Query: SPARQL 1.1 over a built graph, with the project's prefixes predeclared.

The graph (Turtle, N-Triples or JSON-LD, by its extension) is loaded into pyoxigraph's
in-memory store (much faster than rdflib's engine on large graphs). A SELECT gives rows of
plain strings, an ASK a boolean, a CONSTRUCT or DESCRIBE triples.

>>> store = load_text('<https://w3id.org/kg-health/id/h> a kg:Hospital .')
>>> run_query("SELECT ?h WHERE { ?h a kg:Hospital }", store).rows
(('https://w3id.org/kg-health/id/h',),)
>>> run_query("ASK { ?h a schema:Hospital }", store).answer
False
>>> run_query("ASK { ?h a schema:Hospital }", with_ontology(store)).answer
True
>>> run_query("SELEKT ?h", store)
Traceback (most recent call last):
...
kg.errors.QueryError: SPARQL syntax error at 1:1: 'SELEKT' is not a query form (SELECT, ASK, CONSTRUCT or DESCRIBE)
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from importlib import resources as importlib_resources
from pathlib import Path

import pyoxigraph

from .errors import QueryError
from .export.read import RDF_FORMATS
from .vocab import PREFIXES

#: file extension -> syntax of the graphs ``kg build`` writes
GRAPH_SYNTAXES = RDF_FORMATS
#: ``--format`` name -> syntax of CONSTRUCT and DESCRIBE results
RESULT_SYNTAXES = {"ttl": pyoxigraph.RdfFormat.TURTLE, "nt": pyoxigraph.RdfFormat.N_TRIPLES,
                   "jsonld": pyoxigraph.RdfFormat.JSON_LD}
QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
#: the longest piece of the parser's "expected one of ..." list a message repeats
MAX_EXPECTED = 100

RDFS_NS = "http://www.w3.org/2000/01/rdf-schema#"
#: RDFS entailment over the ontology, in an order that reaches the fixpoint in one pass:
#: super-properties (rdfs7), then domains and ranges (rdfs2, rdfs3), then super-classes (rdfs9)
RDFS_RULES = (
    f"INSERT {{ ?s ?q ?o }} WHERE {{ ?p <{RDFS_NS}subPropertyOf>+ ?q . ?s ?p ?o }}",
    f"INSERT {{ ?s a ?c }} WHERE {{ ?p <{RDFS_NS}domain> ?c . ?s ?p ?o }}",
    f"INSERT {{ ?o a ?c }} WHERE {{ ?p <{RDFS_NS}range> ?c . ?s ?p ?o . FILTER(!isLiteral(?o)) }}",
    f"INSERT {{ ?s a ?d }} WHERE {{ ?s a ?c . ?c <{RDFS_NS}subClassOf>+ ?d }}",
)

# what is not code in a query: IRIs, strings and comments (a prefixed name there is no name)
_NOT_CODE = re.compile(r'<[^<>"{}|^`\\\s]*>|"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                       r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|#[^\n]*')
_PREFIXED_NAME = re.compile(r"(?<![\w?$:.-])([A-Za-z][\w.-]*)?:(?=[\w%\\]|\s|[;,.)}\]]|$)")
_DECLARED = re.compile(r"(?i)\bPREFIX\s+([A-Za-z][\w.-]*)?:")
_ERROR_AT = re.compile(r"error at (\d+):(\d+): (.*)", re.S)
_FIRST_KEYWORD = re.compile(r"(?i)\s*(?:(?:PREFIX\s+[\w.-]*:|BASE)\s*)*([^\s{(*]+)")


@dataclass(frozen=True)
class QueryResult:
    """The rows of a SELECT query, every value as a plain string ("" when unbound)."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class AskResult:
    """The answer to an ASK query."""

    answer: bool


@dataclass(frozen=True)
class GraphResult:
    """The triples of a CONSTRUCT or DESCRIBE query, sorted."""

    triples: tuple[pyoxigraph.Triple, ...]


Result = QueryResult | AskResult | GraphResult


def add_prefixes(query: str) -> str:
    """Prepend a PREFIX line for every project prefix the query does not declare itself.

    >>> text = add_prefixes("PREFIX kg: <urn:x#> SELECT * WHERE { ?s a kg:Hospital }")
    >>> text.count("PREFIX"), text.count("PREFIX kg:")
    (11, 1)
    """
    declared = {m.group(1) or "" for m in _DECLARED.finditer(_strip_not_code(query))}
    lines = [f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items() if p not in declared]
    return "\n".join(lines + [query])


def load_store(path: Path, ontology: bool = False) -> pyoxigraph.Store:
    """Load a graph ``kg build`` wrote (``.ttl``, ``.nt`` or ``.jsonld``) into an in-memory store;
    with ``ontology``, add the ontology and what RDFS entails from it (:func:`with_ontology`)."""
    path = Path(path)
    syntax = GRAPH_SYNTAXES.get(path.suffix.lower())
    if syntax is None:
        raise QueryError(f"{path}: cannot read a {path.suffix or 'extension-less'} file as a graph "
                         f"(give the {', '.join(GRAPH_SYNTAXES)} file kg build wrote)")
    store = pyoxigraph.Store()
    try:
        store.load(path=str(path), format=syntax)
    except FileNotFoundError:
        raise QueryError(f"{path}: no such graph (build one with: kg build seeds/ --out out/)") from None
    except (OSError, SyntaxError, ValueError) as e:
        reason = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise QueryError(f"{path}: cannot load the graph ({reason})") from None
    return with_ontology(store) if ontology else store


def load_text(turtle: str) -> pyoxigraph.Store:
    """A store of a Turtle text written with the project's prefixes (for examples and tests)."""
    store = pyoxigraph.Store()
    head = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIXES.items())
    store.load(head + turtle, format=pyoxigraph.RdfFormat.TURTLE)
    return store


def with_ontology(store: pyoxigraph.Store) -> pyoxigraph.Store:
    """Add ``ontology/kg.ttl`` to the store and materialise what RDFS entails from it, so that
    ``?h a schema:Hospital`` finds every hospital and ``?a kg:relation ?b`` every relation."""
    ontology = importlib_resources.files("kg") / "ontology" / "kg.ttl"
    store.load(ontology.read_bytes(), format=pyoxigraph.RdfFormat.TURTLE)
    for rule in RDFS_RULES:
        store.update(rule)
    return store


def run_query(query: str, graph: Path | pyoxigraph.Store) -> Result:
    """Run a SPARQL query; raise :class:`QueryError` with a one-line message whose position
    (line:column) is in the caller's text."""
    store = graph if isinstance(graph, pyoxigraph.Store) else load_store(Path(graph))
    text = add_prefixes(query)
    try:
        result = store.query(text)
    except SyntaxError as e:
        added = text.count("\n") - query.count("\n")
        raise QueryError(syntax_error_message(query, str(e), added)) from None
    if isinstance(result, pyoxigraph.QueryBoolean):
        return AskResult(bool(result))
    if isinstance(result, pyoxigraph.QueryTriples):
        return GraphResult(tuple(sorted(result, key=str)))
    cols = tuple(v.value for v in result.variables)
    rows = tuple(tuple(_term(sol[c]) for c in cols) for sol in result)
    return QueryResult(cols, rows)


def syntax_error_message(query: str, parser_message: str, added_lines: int = 0) -> str:
    """One line naming the bad token and its position in ``query`` (the user's text, without the
    ``added_lines`` of predeclared prefixes).

    >>> syntax_error_message("SELECT ?x WHERE { ?x a foo:Bar }", "error at 12:31: expected one of Prefix not found", 11)
    "SPARQL syntax error at 1:24: unknown prefix 'foo:' (declare it with PREFIX foo: <...>)"
    """
    unknown = _unknown_prefix(query)
    if unknown:
        (line, col), prefix = unknown
        return f"SPARQL syntax error at {line}:{col}: unknown prefix '{prefix}:' (declare it with PREFIX {prefix}: <...>)"
    first = _FIRST_KEYWORD.match(_strip_not_code(query))
    if first is None:
        return "SPARQL syntax error: the query is empty"
    if first.group(1).upper() not in QUERY_FORMS:
        line, col = _line_col(query, first.start(1))
        return f"SPARQL syntax error at {line}:{col}: '{first.group(1)}' is not a query form ({', '.join(QUERY_FORMS[:-1])} or {QUERY_FORMS[-1]})"
    m = _ERROR_AT.match(parser_message)
    if not m:
        return f"SPARQL syntax error: {' '.join(parser_message.split())[:MAX_EXPECTED]}"
    line, col, expected = int(m.group(1)) - added_lines, int(m.group(2)), " ".join(m.group(3).split())
    if len(expected) > MAX_EXPECTED:
        expected = expected[:MAX_EXPECTED].rsplit(",", 1)[0] + ", ..."
    lines = query.split("\n")
    rest = lines[line - 1][col - 1:] if 0 < line <= len(lines) else ""
    token = rest.split()[0] if rest.split() else ""
    where = f"near '{token[:20]}'" if token else "(end of the query)" if line >= len(lines) else "(end of the line)"
    return f"SPARQL syntax error at {line}:{col} {where}: {expected}"


def _strip_not_code(query: str) -> str:
    """The query with IRIs, strings and comments blanked out (same length, same lines)."""
    return _NOT_CODE.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), query)


def _unknown_prefix(query: str) -> tuple[tuple[int, int], str] | None:
    code = _strip_not_code(query)
    declared = {m.group(1) or "" for m in _DECLARED.finditer(code)} | set(PREFIXES)
    for m in _PREFIXED_NAME.finditer(code):
        prefix = m.group(1) or ""
        if prefix not in declared:
            return _line_col(query, m.start()), prefix
    return None


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _term(t) -> str:
    if t is None:
        return ""
    if isinstance(t, (pyoxigraph.NamedNode, pyoxigraph.Literal)):
        return t.value
    return str(t)


def format_result(result: Result, style: str = "table", syntax: str = "ttl") -> str:
    """Render a result: the rows of a SELECT as an aligned text table, CSV or JSON (``style``);
    an ASK as ``true`` or ``false``; triples as Turtle, N-Triples or JSON-LD (``syntax``).

    >>> format_result(AskResult(True))
    'true'
    >>> print(format_result(QueryResult(("n",), (("长春市",),)), "csv"), end="")
    n
    长春市
    """
    if isinstance(result, AskResult):
        return "true" if result.answer else "false"
    if isinstance(result, GraphResult):
        used = {str(term) for t in result.triples for term in t}
        prefixes = {p: ns for p, ns in PREFIXES.items() if p != "id" and any(ns in u for u in used)}
        data = pyoxigraph.serialize(result.triples, format=RESULT_SYNTAXES[syntax],
                                    prefixes=prefixes if syntax == "ttl" else None)
        return data.decode("utf-8").rstrip("\n")
    if style == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(result.columns)
        w.writerows(result.rows)
        return buf.getvalue()
    if style == "json":
        return json.dumps([dict(zip(result.columns, r)) for r in result.rows], ensure_ascii=False, indent=2)
    widths = [max([_width(c)] + [_width(r[i]) for r in result.rows]) for i, c in enumerate(result.columns)]
    lines = ["  ".join(_pad(c, w) for c, w in zip(result.columns, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(_pad(v, w) for v, w in zip(r, widths)).rstrip() for r in result.rows]  # no padding at the end
    lines.append(f"({len(result.rows)} rows)")
    return "\n".join(lines)


def _width(s: str) -> int:
    """Display width: CJK characters take two columns."""
    return sum(2 if "\u2e80" <= ch <= "\uffef" else 1 for ch in s)


def _pad(s: str, width: int) -> str:
    return s + " " * (width - _width(s))
