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
from .errors import KGError
from .engine import ENGINES
from .export.rdf import FORMATS


def _terminate(signum, frame):
    raise KeyboardInterrupt  # SIGTERM stops like Ctrl-C: temporary files removed, outputs unchanged


def _fail(message: str, debug: bool) -> None:
    if debug:
        raise
    click.echo(f"kg: error: {message}", err=True)
    sys.exit(2)


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
              help="Folder to write graph.ttl, graph.html and graph.graphml into.")
@click.option("--format", "-f", "formats", multiple=True, type=click.Choice(sorted(FORMATS)),
              default=("ttl",), show_default=True,
              help="RDF formats to write (repeat the option for several): ttl, nt, jsonld.")
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
        kg build seeds/ --out out/ --format ttl --format nt
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
                       "(graph.ttl and graph.graphml have them all)")
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
              help="List the missed and spurious entities.")
def eval_cmd(gold_dir, docs, graph, details):
    """Score extraction against gold annotations: P/R/F1 per type, all entities, relations.

    \b
    Example:
        kg eval tests/data/gold --docs seeds/ --docs tests/data/docs/
        kg eval tests/data/gold --graph out/graph.ttl
    """
    from .evaluate import evaluate, format_report, load_gold

    try:
        gold = load_gold(gold_dir)
        result = evaluate(gold, docs=list(docs) or None, graph=graph)
    except KGError as e:
        _fail(str(e), False)
    click.echo(format_report(result, details))


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


if __name__ == "__main__":
    main()
