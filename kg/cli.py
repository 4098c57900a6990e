"""The ``kg`` command: a thin layer over :mod:`kg.pipeline`, :mod:`kg.evaluate` and :mod:`kg.query`.

An option means the same thing in every command that has it; each is defined once below as a
decorator (``graph_option``, ``out_option``, ``format_option``, ``jobs_option``, ``quiet_option``,
``debug_option``) for commands to share.

Exit codes: 0 done; 1 built with skipped documents under ``--strict``; 2 usage error (no such
input, no documents found, output folder not writable or in use, bad query); 130 interrupted.

>>> from click.testing import CliRunner
>>> CliRunner().invoke(main, ["query"]).output
"kg: error: give a SPARQL query (kg query 'SELECT ...') or --file FILE\\n"
"""

from __future__ import annotations

import shutil
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import click

from . import __version__
from .errors import KGError
from .export.rdf import FORMATS

#: the graph ``kg query`` reads when ``--graph`` is not given
DEFAULT_GRAPH = Path("out/graph.ttl")
#: the folder ``kg build`` writes when ``--out`` is not given
DEFAULT_OUT = Path("out")
#: the RDF syntaxes every ``--format`` takes (the extension of the file kg writes)
RDF_SYNTAXES = sorted(FORMATS)
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

Decorator = Callable[[Callable], Callable]


def graph_option(default: Path | None = DEFAULT_GRAPH, help: str = "The graph to read.") -> Decorator:
    """``-g/--graph FILE``: a graph ``kg build`` wrote, in any of its syntaxes (by extension)."""
    return click.option("--graph", "-g", type=click.Path(dir_okay=False, path_type=Path), default=default,
                        show_default=default is not None,
                        help=f"{help} Any file kg build writes: graph.ttl, graph.nt or graph.jsonld.")


def out_option(default: Path = DEFAULT_OUT) -> Decorator:
    """``-o/--out DIR``: the folder a command writes its files into."""
    return click.option("--out", "-o", type=click.Path(file_okay=False, path_type=Path), default=default,
                        show_default=True, help="Folder to write the files into.")


def format_option(multiple: bool = False, default: str | tuple[str, ...] | None = None,
                  help: str = "RDF syntax.") -> Decorator:
    """``-f/--format ttl|nt|jsonld``: an RDF syntax (never a table style)."""
    return click.option("--format", "-f", "formats" if multiple else "syntax", multiple=multiple,
                        type=click.Choice(RDF_SYNTAXES), default=default, show_default=default is not None,
                        help=f"{help} ttl (Turtle), nt (N-Triples) or jsonld (JSON-LD).")


def jobs_option(f: Callable) -> Callable:
    """``-j/--jobs N``: worker processes."""
    return click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
                        help="Worker processes for extraction (the output is the same for any number).")(f)


def quiet_option(f: Callable) -> Callable:
    """``-q/--quiet``: print only errors."""
    return click.option("--quiet", "-q", is_flag=True, help="Print only errors.")(f)


def debug_option(f: Callable) -> Callable:
    """``--debug``: show tracebacks instead of one-line errors."""
    return click.option("--debug", is_flag=True, help="Show tracebacks.")(f)


def _terminate(signum, frame):
    raise KeyboardInterrupt  # SIGTERM stops like Ctrl-C: temporary files removed, outputs unchanged


def _fail(message: str, debug: bool = False) -> NoReturn:
    if debug and sys.exc_info()[0] is not None:
        raise
    click.echo(f"kg: error: {message}", err=True)
    sys.exit(EXIT_USAGE)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Build a knowledge graph of Chinese healthcare institutions from news and government pages.

    \b
    Example:
        kg build seeds/ --out out/
        kg query 'SELECT ?h WHERE { ?h a kg:Hospital }'
        kg eval tests/data/gold --docs seeds/
    """


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@out_option()
@format_option(multiple=True, default=("ttl",), help="RDF syntaxes to write (repeat the option for several):")
@click.option("--strict", is_flag=True, help="Exit with code 1 if any document was skipped.")
@click.option("--max-mb", type=float, default=64, show_default=True,
              help="Skip files larger than this many MiB.")
@click.option("--title", help="Title of the HTML view (default: kg and the input paths).")
@jobs_option
@quiet_option
@debug_option
def build(paths, out, formats, strict, max_mb, title, jobs, quiet, debug):
    """Build the graph of the .txt, .md and .html files under PATHS (files or folders).

    \b
    Example:
        kg build seeds/ --out out/ --format ttl --format nt
    """
    from .pipeline import build as run_build

    bar = None
    if not quiet and sys.stderr.isatty():
        from tqdm import tqdm

        # a terminal that reports no size (script, some CI consoles) counts as 80x24: tqdm draws
        # nothing when it reads 0 rows
        size = shutil.get_terminal_size()
        bar = tqdm(unit=" docs", desc="building", file=sys.stderr, ncols=size.columns, nrows=size.lines)
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        report = run_build(paths, out, formats=formats, max_bytes=int(max_mb * 2**20), title=title, jobs=jobs,
                           progress=(lambda _p: bar.update(1)) if bar is not None else None)
    except KeyboardInterrupt:
        click.echo("kg: interrupted; the previous outputs are unchanged", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except MemoryError:
        _fail("out of memory (lower --max-mb to skip the largest files)", debug)
    except KGError as e:
        _fail(str(e), debug)
    finally:
        signal.signal(signal.SIGTERM, previous)
        if bar is not None:
            bar.close()
    for s in report.skipped:
        click.echo(f"kg: skipped {s.path}: {s.reason}", err=True)
    if report.documents == 0:
        _fail("no documents found (looked for *.txt, *.md, *.html)")
    if not quiet:
        counts = dict(report.counts)
        rels = counts.pop("relations", 0)
        click.echo(f"documents read: {report.documents}, skipped: {len(report.skipped)}")
        click.echo("entities: " + ", ".join(f"{k} {v}" for k, v in counts.items()) + f" (total {sum(counts.values())})")
        click.echo(f"relations: {rels}")
        click.echo("wrote: " + ", ".join(str(p) for p in report.outputs))
        if report.view_left_out:
            click.echo(f"view: the {report.view_left_out} entities with the fewest links are left out of graph.html "
                       "(graph.ttl and graph.graphml have them all)")
    if strict and report.skipped:
        sys.exit(1)


@main.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--docs", type=click.Path(exists=True, path_type=Path), multiple=True,
              help="Folder of the documents the gold files annotate (built and scored); repeatable.")
@graph_option(default=None, help="Score a built graph instead of building the documents.")
@click.option("--include-absent", is_flag=True,
              help="With --graph: also score the gold documents the graph lacks (all they hold missed).")
@click.option("--details/--no-details", default=True, show_default=True,
              help="List the missed and spurious entities (of the dev split when there is a split file).")
@click.option("--split", "split_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="The dev/test split file (default: split.tsv beside the gold files, if there is one).")
@debug_option
def eval_cmd(gold_dir, docs, graph, include_absent, details, split_file, debug):
    """Score extraction against gold annotations: P/R/F1 per type, all entities, relations.

    With a split file, the dev and test splits are scored on their own; misses are listed for
    dev only, so that rules are never tuned on the test split. With --graph, the gold documents
    the graph does not hold are named and left out of the scores.

    \b
    Example:
        kg eval tests/data/gold --docs seeds/ --docs tests/data/docs/
        kg eval tests/data/gold --graph out/graph.ttl
    """
    from .evaluate import SPLIT_FILE, evaluate, evaluate_splits, format_report, format_splits, load_gold, load_split

    split_file = split_file or (gold_dir / SPLIT_FILE if (gold_dir / SPLIT_FILE).exists() else None)
    try:
        gold = load_gold(gold_dir)
        if split_file:
            report = format_splits(evaluate_splits(gold, load_split(split_file), docs=list(docs) or None,
                                                   graph=graph, include_absent=include_absent), details)
        else:
            report = format_report(evaluate(gold, docs=list(docs) or None, graph=graph,
                                            include_absent=include_absent), details)
    except KGError as e:
        _fail(str(e), debug)
    click.echo(report)


@main.command()
@click.argument("sparql", required=False)
@click.option("--file", "file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Read the query from a .rq file.")
@graph_option()
@click.option("--ontology", is_flag=True,
              help="Add the ontology and what RDFS entails from it: ?h a schema:Hospital, ?a kg:relation ?b.")
@click.option("--csv", "as_csv", is_flag=True, help="Print the rows of a SELECT as CSV (default: a table).")
@click.option("--json", "as_json", is_flag=True, help="Print the rows of a SELECT as JSON (default: a table).")
@format_option(help="Syntax of the triples of a CONSTRUCT or DESCRIBE (default ttl):")
@debug_option
def query(sparql, file, graph, ontology, as_csv, as_json, syntax, debug):
    """Run a SPARQL 1.1 query over a built graph: SELECT prints rows, ASK true or false,
    CONSTRUCT and DESCRIBE triples.

    The prefixes kg, id, rdf, rdfs, owl, xsd, skos, prov, dcterms, org and schema are declared
    unless the query declares them itself.

    \b
    Example:
        kg query 'SELECT ?h WHERE { ?h a kg:Hospital }'
        kg query --file queries/hospitals_by_city.rq --csv
        kg query 'ASK { ?h a schema:Hospital }' --ontology
        kg query 'DESCRIBE ?c WHERE { ?c kg:divisionCode "220100" }' --format nt
    """
    from .query import GraphResult, QueryResult, format_result, load_store, run_query

    if sparql is None and file is None:
        _fail("give a SPARQL query (kg query 'SELECT ...') or --file FILE")
    if sparql is not None and file is not None:
        _fail("give a query or --file, not both")
    if as_csv and as_json:
        _fail("give --csv or --json, not both")
    try:
        text = file.read_text(encoding="utf-8") if file else sparql
    except (OSError, UnicodeDecodeError) as e:
        _fail(f"{file}: cannot read the query ({e})", debug)
    try:
        result = run_query(text, load_store(graph, ontology=ontology))
    except KGError as e:
        _fail(str(e), debug)
    if (as_csv or as_json) and not isinstance(result, QueryResult):
        _fail("--csv and --json print the rows of a SELECT; this query gives "
              + ("triples (choose their syntax with --format)" if isinstance(result, GraphResult) else "true or false"))
    if syntax and not isinstance(result, GraphResult):
        _fail("--format is the syntax of the triples of a CONSTRUCT or DESCRIBE; "
              "print the rows of a SELECT with --csv or --json")
    text = format_result(result, style="csv" if as_csv else "json" if as_json else "table", syntax=syntax or "ttl")
    click.echo(text, nl=not text.endswith("\n"))


if __name__ == "__main__":
    main()
