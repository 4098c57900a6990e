"""Query: SPARQL 1.1 over a built graph, with the project's prefixes predeclared.

The graph is loaded into pyoxigraph's in-memory store (much faster than rdflib's engine on
large graphs); results are rows of plain strings.

>>> add_prefixes("SELECT * WHERE { ?s a kg:Hospital }").count("PREFIX")
11
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph

from .errors import QueryError
from .vocab import PREFIXES


@dataclass(frozen=True)
class QueryResult:
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def add_prefixes(query: str) -> str:
    """Prepend PREFIX lines for every project prefix the query does not declare itself."""
    declared = {m.group(1) for m in re.finditer(r"(?i)PREFIX\s+([\w-]*):", query)}
    lines = [f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items() if p not in declared]
    return "\n".join(lines + [query])


def load_store(path: Path) -> pyoxigraph.Store:
    store = pyoxigraph.Store()
    try:
        store.load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
    except (OSError, SyntaxError, ValueError) as e:
        raise QueryError(f"{path}: cannot load the graph ({e})") from None
    return store


def _term(t) -> str:
    if t is None:
        return ""
    if isinstance(t, (pyoxigraph.NamedNode, pyoxigraph.Literal)):
        return t.value
    return str(t)


def run_query(query: str, graph: Path | pyoxigraph.Store) -> QueryResult:
    """Run a SELECT or ASK query; raise :class:`QueryError` with the parser's message."""
    store = graph if isinstance(graph, pyoxigraph.Store) else load_store(Path(graph))
    try:
        result = store.query(add_prefixes(query))
    except SyntaxError as e:
        raise QueryError(f"SPARQL syntax error: {e}") from None
    if isinstance(result, bool):
        return QueryResult(("ask",), (("true" if result else "false",),))
    if isinstance(result, pyoxigraph.QuerySolutions):
        cols = tuple(v.value for v in result.variables)
        rows = tuple(tuple(_term(sol[c]) for c in cols) for sol in result)
        return QueryResult(cols, rows)
    raise QueryError("only SELECT and ASK queries print results (CONSTRUCT/DESCRIBE: use a triple store)")


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Render as an aligned text table, CSV or JSON."""
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(result.columns)
        w.writerows(result.rows)
        return buf.getvalue()
    if fmt == "json":
        return json.dumps([dict(zip(result.columns, r)) for r in result.rows], ensure_ascii=False, indent=2)
    widths = [max([_width(c)] + [_width(r[i]) for r in result.rows]) for i, c in enumerate(result.columns)]
    lines = ["  ".join(_pad(c, w) for c, w in zip(result.columns, widths))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(_pad(v, w) for v, w in zip(r, widths)) for r in result.rows]
    lines.append(f"({len(result.rows)} rows)")
    return "\n".join(lines)


def _width(s: str) -> int:
    """Display width: CJK characters take two columns."""
    return sum(2 if "\u2e80" <= ch <= "\uffef" else 1 for ch in s)


def _pad(s: str, width: int) -> str:
    return s + " " * (width - _width(s))
