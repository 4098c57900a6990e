"""The ``kg`` command: a thin layer over :mod:`kg.pipeline`, :mod:`kg.evaluate` and :mod:`kg.query`.

An option means the same thing in every command that has it; each is defined once below as a
decorator (``graph_option``, ``out_option``, ``format_option``, ``formats_option``, ``jobs_option``,
``quiet_option``, ``debug_option``) for commands to share.

Exit codes: 0 done; 1 built with skipped documents under ``--strict``; 2 usage error (no such
input, no documents found, output folder not writable or in use, bad query); 130 interrupted.

>>> from click.testing import CliRunner
>>> CliRunner().invoke(main, ["query"]).output
"kg: error: give a SPARQL query (kg query 'SELECT ...') or --file FILE\\n"
"""

from __future__ import annotations

import atexit
import gc
import os
import shutil
import signal
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import click

from . import __version__
from .errors import InterruptedAfterWriting, KGError, NoDocumentsError
from .export import DEFAULT_FORMATS, FORMATS, parse_formats
from .publish import DEFAULT_GRAPH_NAME
from .serve import DEFAULT_PORT, LOOPBACK, STORE_FOLDER
from .engine import ENGINES

#: the graph ``kg query`` reads when ``--graph`` is not given
DEFAULT_GRAPH = Path("out/graph.ttl")
#: the folder ``kg build`` writes when ``--out`` is not given
DEFAULT_OUT = Path("out")
#: the RDF syntaxes ``--format`` takes: the names of the RDF formats of ``--formats``
RDF_SYNTAXES = [name for name, f in FORMATS.items() if f.rdf]
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
#: the most worker processes ``--jobs`` takes
MAX_JOBS = 1024

Decorator = Callable[[Callable], Callable]


def graph_option(default: Path | None = DEFAULT_GRAPH, help: str = "The graph to read.") -> Decorator:
    """``-g/--graph FILE``: a graph ``kg build`` wrote, in any of its syntaxes (by extension)."""
    return click.option("--graph", "-g", type=click.Path(dir_okay=False, path_type=Path), default=default,
                        show_default=default is not None,
                        help=f"{help} Any file kg build writes: graph.ttl, graph.nt or graph.jsonld.")


def out_option(default: Path | None = DEFAULT_OUT, help: str = "Folder to write the files into.") -> Decorator:
    """``-o/--out DIR``: the folder a command writes its files into."""
    return click.option("--out", "-o", type=click.Path(file_okay=False, path_type=Path), default=default,
                        show_default=default is not None, help=help)


def format_option(help: str = "RDF syntax.") -> Decorator:
    """``-f/--format ttl|nt|jsonld``: one RDF syntax, named as in ``--formats`` (never a table style)."""
    return click.option("--format", "-f", "syntax", type=click.Choice(RDF_SYNTAXES),
                        help=f"{help} ttl (Turtle), nt (N-Triples) or jsonld (JSON-LD).")


#: the largest --max-mb: a file of a tebibyte is no news page
MAX_FILE_MIB = 2**20


def _a_number(value: float, param: click.Parameter) -> float:
    if value != value:  # NaN passes every range
        raise click.BadParameter("not a number", param=param)
    return value


def _formats(ctx, param, value: str) -> tuple[str, ...]:
    try:
        return parse_formats(value)
    except ValueError as e:
        raise click.BadParameter(str(e)) from None


def formats_option(f: Callable) -> Callable:
    """``--formats LIST|all``: the formats to write, comma-separated (:data:`kg.export.FORMATS`)."""
    return click.option("--formats", "formats", default=",".join(DEFAULT_FORMATS), show_default=True,
                        callback=_formats, help=f"Formats to write, comma-separated, or all: {', '.join(FORMATS)}.")(f)


def jobs_option(f: Callable) -> Callable:
    """``-j/--jobs N``: worker processes (default: every core)."""
    return click.option("--jobs", "-j", type=click.IntRange(1, MAX_JOBS), default=None,
                        help="Worker processes that normalise and extract (default: every core; the output is "
                             "the same for any number).")(f)


def quiet_option(f: Callable) -> Callable:
    """``-q/--quiet``: print only errors."""
    return click.option("--quiet", "-q", is_flag=True, help="Print only errors.")(f)


def debug_option(f: Callable) -> Callable:
    """``--debug``: show tracebacks instead of one-line errors."""
    return click.option("--debug", is_flag=True, help="Show tracebacks.")(f)


def _terminate(signum, frame):
    raise KeyboardInterrupt  # SIGTERM stops like Ctrl-C: temporary files removed, outputs unchanged


def printable(text: str) -> str:
    r"""``text`` with the characters that would break or disguise a line of the terminal (line
    breaks, escape sequences, bidirectional and other format characters) written as escapes.

    >>> printable("bad\nkg: skipped x.txt"), printable("a\x1b]0;t\x07.txt"), printable("長春\u202e.txt")
    ('bad\\nkg: skipped x.txt', 'a\\x1b]0;t\\x07.txt', '長春\\u202e.txt')
    """
    return "".join(ch.encode("unicode_escape").decode("ascii") if unicodedata.category(ch) in UNPRINTABLE else ch
                   for ch in text)


#: the Unicode categories :func:`printable` escapes: controls, format characters, separators of
#: lines and paragraphs, unpaired surrogates (a file name that is no UTF-8)
UNPRINTABLE = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})


def _skipped(skipped: list) -> None:
    for s in skipped:
        click.echo(f"kg: skipped {printable(s.path)}: {printable(s.reason)}", err=True)


def _fail(message: str, debug: bool = False) -> NoReturn:
    if debug and sys.exc_info()[0] is not None:
        raise
    click.echo(f"kg: error: {printable(message)}", err=True)
    sys.exit(EXIT_USAGE)


def _command_of(ctx: click.Context | None) -> str:
    """``kg`` and the names of the commands ``ctx`` is in (``kg cache clear``), however the program
    was started (``python -m kg``)."""
    names = []
    while ctx is not None and ctx.parent is not None:
        names.append(ctx.info_name)
        ctx = ctx.parent
    return " ".join(["kg", *reversed(names)])


#: what click raises for a group called without a command (its message is the help)
NO_ARGUMENTS = getattr(click.exceptions, "NoArgsIsHelpError", ())


class Program(click.Group):
    """The ``kg`` group: a mistake on the command line (an unknown option, a bad value) is one
    line, ``kg: error: MESSAGE (kg COMMAND --help)``, as every other error, not click's usage block.

    >>> from click.testing import CliRunner
    >>> print(CliRunner().invoke(main, ["build", "seeds/", "--formats", "pdf"]).output.strip())
    kg: error: Invalid value for '--formats': unknown format 'pdf' (choose from ttl, nt, jsonld, graphml, gexf, html, neo4j, tables, or all) (kg build --help)
    """

    def main(self, *args, standalone_mode: bool = True, **kwargs):
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)
        try:
            code = super().main(*args, standalone_mode=False, **kwargs)
        except NO_ARGUMENTS as e:  # `kg` alone: the help, as click gives it
            click.echo(e.format_message(), err=True)
            sys.exit(e.exit_code)
        except click.UsageError as e:
            click.echo(f"kg: error: {e.format_message()} ({_command_of(e.ctx)} --help)", err=True)
            sys.exit(e.exit_code)
        except click.ClickException as e:
            click.echo(f"kg: error: {e.format_message()}", err=True)
            sys.exit(e.exit_code)
        except click.Abort:
            click.echo("kg: interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)
        sys.exit(code if isinstance(code, int) else 0)


@click.group(cls=Program, context_settings={"help_option_names": ["-h", "--help"]})
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
@formats_option
@click.option("--strict", is_flag=True, help="Exit with code 1 if any document was skipped.")
@click.option("--max-mb", type=click.FloatRange(min=0, max=MAX_FILE_MIB, min_open=True), default=64, show_default=True,
              callback=lambda ctx, param, value: _a_number(value, param),
              help="Skip files larger than this many MiB.")
@click.option("--title", help="Title of the HTML view (default: kg and the input paths).")
@jobs_option
@click.option("--no-cache", is_flag=True,
              help="Extract every document again, ignoring and not updating the cache of earlier builds.")
@click.option("--engine", type=click.Choice(ENGINES), default="local", show_default=True,
              help="Where the per-document work runs: local processes, or a Dask cluster.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Dask scheduler address (tcp://host:8786) for --engine dask (default: a local cluster).")
@quiet_option
@debug_option
def build(paths, out, formats, strict, max_mb, title, jobs, no_cache, engine, scheduler, quiet, debug):
    """Build the graph of the .txt, .md and .html files under PATHS (files or folders).

    Extraction results are cached per document (in OUT/.kg-cache, or KG_CACHE_DIR): a rebuild
    extracts only new or changed documents.

    \b
    Example:
        kg build seeds/ --out out/
        kg build seeds/ --out out/ --formats all
        kg build seeds/ --out out/ --formats ttl,graphml,neo4j,tables
        kg build corpus/ --out out/ --engine dask --scheduler tcp://10.0.0.5:8786
    """
    if scheduler and engine != "dask":
        _fail("--scheduler needs --engine dask", False)
    bar = None
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:  # an interrupt while the pipeline's modules load is an interrupt like any other
        from .pipeline import build as run_build

        if not quiet and sys.stderr.isatty():
            from tqdm import tqdm

            # a terminal that reports no size (script, some CI consoles) counts as 80x24: tqdm draws
            # nothing when it reads 0 rows
            size = shutil.get_terminal_size()
            bar = tqdm(unit=" docs", desc="building", file=sys.stderr, ncols=size.columns, nrows=size.lines)
        report = run_build(paths, out, formats=formats, max_bytes=int(max_mb * 2**20), title=title, jobs=jobs,
                           cache=not no_cache, engine=engine, scheduler=scheduler,
                           progress=(lambda _p: bar.update(1)) if bar is not None else None)
    except InterruptedAfterWriting:
        click.echo("kg: interrupted after the new outputs were written", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except KeyboardInterrupt:
        click.echo("kg: interrupted; the previous outputs are unchanged", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except MemoryError:
        _fail("out of memory (lower --max-mb to skip the largest files)", debug)
    except NoDocumentsError as e:
        _skipped(e.skipped)
        _fail(str(e), debug)
    except KGError as e:
        _fail(str(e), debug)
    finally:
        signal.signal(signal.SIGTERM, previous)
        if bar is not None:
            bar.close()
    _skipped(report.skipped)
    if not quiet:
        counts = dict(report.counts)
        rels = counts.pop("relations", 0)
        click.echo(f"documents read: {report.documents}, skipped: {len(report.skipped)} "
                   f"(extracted: {report.extracted}, from the cache: {report.cached})")
        click.echo("entities: " + ", ".join(f"{k} {v}" for k, v in counts.items()) + f" (total {sum(counts.values())})")
        click.echo(f"relations: {rels}")
        click.echo("wrote: " + ", ".join(str(p) for p in report.outputs))
        if report.view_left_out:
            click.echo(f"view: the {report.view_left_out} entities with the fewest links are left out of graph.html "
                       "(the other formats have them all)")
        click.echo("seconds: " + ", ".join(f"{stage} {t:.2f}" for stage, t in report.seconds.items()))
    if strict and report.skipped:
        sys.exit(1)


@main.group()
def cache() -> None:
    """The cache of extraction results that makes rebuilds fast.

    \b
    Example:
        kg cache clear --out out/
    """


@cache.command("clear")
@out_option(help="The output folder whose cache to clear (KG_CACHE_DIR, when set, names the cache instead).")
def cache_clear(out):
    """Remove the cached extractions: the next build extracts every document again.

    \b
    Example:
        kg cache clear --out out/
    """
    from .cache import cache_dir, clear

    folder = cache_dir(out)
    try:
        removed = clear(folder)
    except OSError as e:
        _fail(f"{folder}: cannot remove the cache ({e.strerror or e})", False)
    click.echo(f"removed {removed} cached documents from {folder}")


@main.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--docs", type=click.Path(exists=True, path_type=Path), multiple=True,
              help="Folder of the documents the gold files annotate (built and scored); repeatable.")
@graph_option(default=None, help="Score a built graph instead of building the documents.")
@click.option("--annotation", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Score a second annotation of the gold documents (a folder of gold files) instead: "
                   "how far two annotators agree.")
@click.option("--include-absent", is_flag=True,
              help="With --graph or --annotation: also score the gold documents it lacks (all they hold missed).")
@click.option("--details/--no-details", default=True, show_default=True,
              help="List the missed and spurious entities (of the dev split when there is a split file).")
@click.option("--split", "split_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="The dev/test split file (default: split.tsv beside the gold files, if there is one).")
@debug_option
def eval_cmd(gold_dir, docs, graph, annotation, include_absent, details, split_file, debug):
    """Score extraction against gold annotations: P/R/F1 per type, all entities, relations.

    With a split file, the dev and test splits are scored on their own; misses are listed for
    dev only, so that rules are never tuned on the test split. With --graph, the gold documents
    the graph does not hold are named and left out of the scores. With --annotation, a second
    annotation of (some of) the gold documents is scored as if kg had made it.

    \b
    Example:
        kg eval tests/data/gold --docs seeds/ --docs tests/data/docs/
        kg eval tests/data/gold --graph out/graph.ttl
        kg eval tests/data/gold --annotation tests/data/agreement/
    """
    from .evaluate import SPLIT_FILE, evaluate, evaluate_splits, format_report, format_splits, load_gold, load_split

    if sum(bool(x) for x in (docs, graph, annotation)) > 1:
        _fail("give one of --docs, --graph and --annotation")
    split_file = split_file or (gold_dir / SPLIT_FILE if (gold_dir / SPLIT_FILE).exists() else None)
    try:
        gold = load_gold(gold_dir)
        if split_file:
            report = format_splits(evaluate_splits(gold, load_split(split_file), docs=list(docs) or None,
                                                   graph=graph, include_absent=include_absent,
                                                   annotation=annotation), details)
        else:
            report = format_report(evaluate(gold, docs=list(docs) or None, graph=graph,
                                            include_absent=include_absent, annotation=annotation), details)
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


@main.command("export")
@click.argument("formats", nargs=-1, required=True)
@graph_option(help="The graph to convert.")
@out_option(default=None, help="Folder to write into (default: the graph's folder).")
@click.option("--title", help="Title of the HTML view (default: kg and the graph's path).")
@quiet_option
def export_cmd(formats, graph, out, title, quiet):
    """Convert a built graph to other FORMATS without rebuilding it (names as in kg build --formats).

    \b
    Example:
        kg export graphml gexf --graph out/graph.ttl --out out/
        kg export neo4j tables --graph out/graph.ttl --out exports/
        kg export all --graph out/graph.jsonld --out everything/
    """
    from .export.read import read_graph
    from .pipeline import write_outputs

    try:
        names = parse_formats(",".join(formats))
    except ValueError as e:
        _fail(str(e), False)
    try:
        G = read_graph(graph)
        written = write_outputs(G, out or graph.parent, names, title or f"kg: {graph}")
    except KGError as e:
        _fail(str(e), False)
    if not quiet:
        click.echo("wrote: " + ", ".join(str(p) for p in written))


@main.command()
@click.argument("out", required=False, type=click.Path(file_okay=False, path_type=Path), default=Path("out"))
@graph_option(default=None, help="The graph to serve (default: OUT/graph.ttl).")
@click.option("--port", "-p", type=click.IntRange(1, 65535), default=DEFAULT_PORT, show_default=True,
              help="TCP port to listen on.")
@click.option("--host", default=LOOPBACK, show_default=True,
              help="Address to bind; only this machine can connect unless you choose another (0.0.0.0: everyone).")
@click.option("--writable", is_flag=True,
              help="Accept SPARQL updates and Graph Store writes (kg publish); read-only otherwise.")
def serve(out, graph, port, host, writable):
    """Serve a built graph over the SPARQL 1.1 Protocol with the Oxigraph server, until Ctrl-C.

    The store lives in OUT/oxigraph/ and is reloaded from the graph at every start.

    \b
    Example:
        kg serve out/
        kg serve out/ --port 7879 --writable
        curl --data-urlencode 'query=SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' http://127.0.0.1:7878/query
    """
    from .serve import endpoints, load_store, start_server, stop_server

    graph = graph or out / "graph.ttl"
    if not graph.exists():
        _fail(f"{graph}: no such graph (build one with: kg build seeds/ --out {out}/)", False)
    previous = signal.signal(signal.SIGTERM, _terminate), signal.signal(signal.SIGINT, signal.default_int_handler)
    proc = None
    try:
        click.echo(f"loading {graph} into {out / STORE_FOLDER}/ …")
        load_store(graph, out / STORE_FOLDER)
        proc = start_server(out / STORE_FOLDER, host, port, writable)
        query, page = endpoints(host, port)
        click.echo(f"SPARQL endpoint: {query}")
        if writable:
            click.echo(f"Graph Store endpoint (kg publish --endpoint): {page}store")
        click.echo(f"open {page} in a browser to write queries; Ctrl-C stops the server")
        code = proc.wait()
        _fail(f"the Oxigraph server stopped (exit code {code})", False)
    except KeyboardInterrupt:
        if proc is not None:
            stop_server(proc)
        click.echo("kg: server stopped")
    except KGError as e:
        _fail(str(e), False)
    finally:
        signal.signal(signal.SIGTERM, previous[0])
        signal.signal(signal.SIGINT, previous[1])
        if proc is not None:
            stop_server(proc)


@main.command()
@click.option("--endpoint", required=True,
              help="Graph Store Protocol URL (Oxigraph: http://HOST:7878/store, "
                   "Fuseki: http://HOST:3030/DATASET/data).")
@graph_option(help="The graph to publish.")
@click.option("--name", default=DEFAULT_GRAPH_NAME, show_default=True,
              help="IRI of the named graph to replace.")
def publish(endpoint, graph, name):
    """Replace a named graph in a running triple store with a built graph (SPARQL 1.1 Graph Store Protocol).

    \b
    Example:
        kg publish --endpoint http://127.0.0.1:7878/store --graph out/graph.ttl
        kg publish --endpoint http://localhost:3030/kg/data --name https://example.org/graphs/kg
    """
    from .publish import publish as run_publish

    if not graph.exists():
        _fail(f"{graph}: no such graph (build one with: kg build seeds/ --out out/)")
    try:
        status = run_publish(graph, endpoint, name)
    except KGError as e:
        _fail(str(e), False)
    click.echo(f"published {graph} as <{name}> at {endpoint} (HTTP {status})")


def run() -> NoReturn:
    """The ``kg`` program: :func:`main` in a process of its own, which it ends promptly.

    Every command is one short process, so the cyclic collector stays off (``kg``'s tables and
    graphs hold no cycles, see :mod:`kg.bulk`) and the process ends without freeing its objects
    one by one: after the exit handlers have run (files flushed and closed, temporary folders
    removed), the interpreter's teardown of a large corpus's graph would only cost seconds.
    Tests call :func:`main` instead, which leaves the calling process as it was.
    """
    gc.disable()
    try:
        main()
        code = 0
    except SystemExit as e:
        code = e.code
    if code is not None and not isinstance(code, int):  # sys.exit("message")
        print(code, file=sys.stderr)
        code = 1
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing more to say
            pass
    os._exit(code or 0)


if __name__ == "__main__":
    run()
