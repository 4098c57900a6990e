"""The ``kg`` command: a thin layer over :mod:`kg.pipeline`, :mod:`kg.evaluate` and :mod:`kg.query`.

Exit codes: 0 built; 1 built with skipped documents under ``--strict``; 2 usage error (no
such input, no documents found, output folder not writable).
"""

from __future__ import annotations

import signal
import sys
from pathlib import Path

import click

from . import __version__
from .export import DEFAULT_FORMATS, FORMATS, parse_formats
from .publish import DEFAULT_GRAPH_NAME
from .serve import DEFAULT_PORT, LOOPBACK, STORE_FOLDER
from .errors import KGError
from .engine import ENGINES


def _terminate(signum, frame):
    raise KeyboardInterrupt  # SIGTERM stops like Ctrl-C: temporary files removed, outputs unchanged


def _fail(message: str, debug: bool) -> None:
    if debug:
        raise
    click.echo(f"kg: error: {message}", err=True)
    sys.exit(2)


def _formats(ctx, param, value: str) -> tuple[str, ...]:
    try:
        return parse_formats(value)
    except ValueError as e:
        raise click.BadParameter(str(e)) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Build a knowledge graph of Chinese healthcare institutions from news and government pages.

    \b
    Example:
        kg build seeds/ --out out/
        kg eval tests/data/gold --docs seeds/
    """


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "-o", type=click.Path(path_type=Path), default=Path("out"), show_default=True,
              help="Folder to write the graph into.")
@click.option("--formats", "formats", default=",".join(DEFAULT_FORMATS), show_default=True, callback=_formats,
              help=f"Formats to write, comma-separated, or all: {', '.join(FORMATS)}.")
@click.option("--strict", is_flag=True, help="Exit with code 1 if any document was skipped.")
@click.option("--max-mb", type=float, default=64, show_default=True,
              help="Skip files larger than this many MiB.")
@click.option("--title", help="Title of the HTML view (default: kg and the input paths).")
@click.option("--jobs", "-j", type=click.IntRange(1, 1024), default=None,
              help="Worker processes that normalise and extract (default: every core; the output is the same "
                   "for any number).")
@click.option("--no-cache", is_flag=True,
              help="Extract every document again, ignoring and not updating the cache of earlier builds.")
@click.option("--engine", type=click.Choice(ENGINES), default="local", show_default=True,
              help="Where the per-document work runs: local processes, or a Dask cluster.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Dask scheduler address (tcp://host:8786) for --engine dask (default: a local cluster).")
@click.option("--quiet", "-q", is_flag=True, help="Print only errors.")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
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
    from .pipeline import build as run_build

    bar = None
    if not quiet and sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(unit=" docs", desc="building", file=sys.stderr)
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        report = run_build(paths, out, formats=formats, max_bytes=int(max_mb * 2**20), title=title, jobs=jobs,
                           cache=not no_cache, engine=engine, scheduler=scheduler,
                           progress=(lambda _p: bar.update(1)) if bar else None)
    except KeyboardInterrupt:
        click.echo("kg: interrupted; the previous outputs are unchanged", err=True)
        sys.exit(130)
    except MemoryError:
        _fail("out of memory (lower --max-mb to skip the largest files)", debug)
    except KGError as e:
        _fail(str(e), debug)
    finally:
        signal.signal(signal.SIGTERM, previous)
        if bar:
            bar.close()
    if report.documents == 0:
        for s in report.skipped:
            click.echo(f"kg: skipped {s.path}: {s.reason}", err=True)
        _fail("no documents found (looked for *.txt, *.md, *.html)", debug)
    for s in report.skipped:
        click.echo(f"kg: skipped {s.path}: {s.reason}", err=True)
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
@click.option("--out", "-o", type=click.Path(path_type=Path), default=Path("out"), show_default=True,
              help="The output folder whose cache to clear (KG_CACHE_DIR, when set, names the cache instead).")
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
@click.option("--graph", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Score an existing graph.ttl instead of building the documents.")
@click.option("--details/--no-details", default=True, show_default=True,
              help="List the missed and spurious entities (of the dev split when there is a split file).")
@click.option("--split", "split_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="The dev/test split file (default: split.tsv beside the gold files, if there is one).")
def eval_cmd(gold_dir, docs, graph, details, split_file):
    """Score extraction against gold annotations: P/R/F1 per type, all entities, relations.

    With a split file, the dev and test splits are scored on their own; misses are listed for
    dev only, so that rules are never tuned on the test split.

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
                                                   graph=graph), details)
        else:
            report = format_report(evaluate(gold, docs=list(docs) or None, graph=graph), details)
    except KGError as e:
        _fail(str(e), False)
    click.echo(report)


@main.command()
@click.argument("sparql", required=False)
@click.option("--file", "-f", "file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Read the query from a .rq file.")
@click.option("--graph", "-g", type=click.Path(path_type=Path), default=Path("out/graph.ttl"), show_default=True,
              help="The Turtle file to query.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def query(sparql, file, graph, fmt):
    """Run a SPARQL 1.1 SELECT or ASK query over a built graph.

    The prefixes kg, id, rdf, rdfs, owl, xsd, skos, prov, dcterms, org and schema are declared.

    \b
    Example:
        kg query 'SELECT ?h WHERE { ?h a kg:Hospital }'
        kg query -f queries/hospitals_by_city.rq --format csv
    """
    from .query import format_result, run_query

    if (sparql is None) == (file is None):
        _fail("give a query or --file, not both", False)
    text = file.read_text(encoding="utf-8") if file else sparql
    if not graph.exists():
        _fail(f"{graph}: no such graph (build one with: kg build seeds/ --out out/)", False)
    try:
        click.echo(format_result(run_query(text, graph), fmt))
    except KGError as e:
        _fail(str(e), False)


@main.command("export")
@click.argument("formats", nargs=-1, required=True)
@click.option("--graph", "-g", type=click.Path(path_type=Path), default=Path("out/graph.ttl"), show_default=True,
              help="The graph to convert: a .ttl, .nt or .jsonld file kg wrote.")
@click.option("--out", "-o", type=click.Path(path_type=Path),
              help="Folder to write into (default: the graph's folder).")
@click.option("--title", help="Title of the HTML view (default: kg and the graph's path).")
@click.option("--quiet", "-q", is_flag=True, help="Print only errors.")
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
@click.option("--graph", "-g", type=click.Path(dir_okay=False, path_type=Path),
              help="The graph to serve (default: OUT/graph.ttl).")
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
@click.option("--graph", "-g", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=Path("out/graph.ttl"), show_default=True, help="The graph to publish (.ttl, .nt or .jsonld).")
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

    try:
        status = run_publish(graph, endpoint, name)
    except KGError as e:
        _fail(str(e), False)
    click.echo(f"published {graph} as <{name}> at {endpoint} (HTTP {status})")


if __name__ == "__main__":
    main()
