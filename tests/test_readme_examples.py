"""The README's examples print what the README says they print, on the seeds' graph (what
``make demo`` builds): every ``$ kg query …`` and ``$ kg eval … --graph out/graph.ttl`` block is
run and compared line by line, the pandas example is run, and the DuckDB example's counts are
computed from the same tables. A line ``…`` in the README stands for lines left out."""

from __future__ import annotations

import contextlib
import io
import os
import re
import shlex

import pytest
from click.testing import CliRunner

from kg.cli import main

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
#: a fenced block of the README: its language and its text
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.M | re.S)
#: the commands whose output the README shows and the tests run
RUN = re.compile(r"kg (query|eval) ")
ELLIPSIS = "…"


def examples() -> list[tuple[str, str | None, list[str]]]:
    """(command, grep pattern or None, the output lines the README shows) per ``$ kg …`` example."""
    found = []
    for _lang, body in FENCE.findall(README):
        lines = body.split("\n")
        i = 0
        while i < len(lines):
            if not lines[i].startswith("$ ") or not RUN.match(lines[i][2:]):
                i += 1
                continue
            command = lines[i][2:]
            i += 1
            while _unclosed(command) and i < len(lines):
                command += "\n" + lines[i]
                i += 1
            shown = []
            while i < len(lines) and not lines[i].startswith("$ "):
                shown.append(lines[i])
                i += 1
            while shown and not shown[-1].strip():
                shown.pop()
            command, _, grep = command.partition(" | grep ")
            found.append((command, grep or None, shown))
    return found


def _unclosed(command: str) -> bool:
    try:
        shlex.split(command)
        return False
    except ValueError:
        return True


def _matches(shown: list[str], printed: list[str]) -> bool:
    """The README's lines in order, each ``…`` standing for any number of printed lines."""
    pattern = "".join(".*?" if line.strip() == ELLIPSIS else re.escape(line + "\n") for line in shown)
    return re.fullmatch(pattern, "".join(line + "\n" for line in printed), re.S) is not None


EXAMPLES = examples()


def test_the_readme_has_examples_to_run():
    commands = [c for c, _, _ in EXAMPLES]
    assert sum(c.startswith("kg query --file") for c in commands) >= 3
    assert any(c.startswith("kg eval") for c in commands)


@pytest.mark.parametrize("command,grep,shown", EXAMPLES, ids=[c[:60] for c, _, _ in EXAMPLES])
def test_readme_example_prints_what_the_readme_shows(command, grep, shown, seed_build):
    out, _ = seed_build
    args = [a.replace("out/graph.ttl", str(out / "graph.ttl")) for a in shlex.split(command)[1:]]
    if args[0] == "query":
        args += ["--graph", str(out / "graph.ttl")] if "--graph" not in args else []
    cwd = os.getcwd()
    os.chdir(ROOT)  # the README's paths (queries/, tests/data/gold) are the project's
    try:
        result = CliRunner().invoke(main, args)
    finally:
        os.chdir(cwd)
    printed = result.output.rstrip("\n").split("\n")
    if grep:
        printed = [line for line in printed if grep in line]
    assert _matches(shown, printed), f"$ {command}\nthe README shows:\n" + "\n".join(shown) + \
        "\nkg prints:\n" + "\n".join(printed[:40])


def _block_after(marker: str) -> tuple[str, str]:
    """The fenced block whose text holds ``marker`` and the fenced block after it."""
    blocks = FENCE.findall(README)
    for (_, body), (_, following) in zip(blocks, blocks[1:]):
        if marker in body:
            return body, following
    raise AssertionError(f"README: no block holds {marker!r}")


def test_readme_pandas_example(exports):
    pytest.importorskip("pandas")
    folder, _ = exports
    code, shown = _block_after('pd.read_csv("out/tables/entities.csv"')
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(code.replace('"out/', f'"{folder}/'), {})
    assert printed.getvalue().rstrip("\n") == shown.rstrip("\n")


def test_readme_duckdb_example_counts(exports):
    """The DuckDB query's counts, computed with pandas from the same tables (DuckDB is no
    dependency of kg), are those the README gives."""
    pd = pytest.importorskip("pandas")
    folder, _ = exports
    m = re.search(r"GROUP BY city ORDER BY hospitals DESC, city\"\n```\n\ngives (.*?) on the seeds", README)
    assert m, "README: the DuckDB example's result is not where this test looks"
    entities = pd.read_csv(folder / "tables" / "entities.csv", dtype=str)
    relations = pd.read_csv(folder / "tables" / "relations.csv", dtype=str)
    kind = entities.set_index("id").type
    name = entities.set_index("id").name
    located = relations[(relations.relation == "locatedIn") & (relations.source.map(kind) == "Hospital")
                        & (relations.target.map(kind) == "City")]
    counts = located.target.map(name).value_counts()
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    assert m.group(1) == ", ".join(f"{city} {n}" for city, n in rows)
