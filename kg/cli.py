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
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Worker processes for extraction (the output is the same for any number).")
@click.option("--quiet", "-q", is_flag=True, help="Print only errors.")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
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

        bar = tqdm(unit=" docs", desc="building", file=sys.stderr)
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        report = run_build(paths, out, formats=formats, max_bytes=int(max_mb * 2**20), title=title, jobs=jobs,
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


if __name__ == "__main__":
    main()
