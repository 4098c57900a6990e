"""The ``kg`` command as a user runs it: on a terminal, and with options that mean one thing everywhere."""

import os
import pty
import re
import select
import subprocess
import sys
import time

import click
from click.testing import CliRunner
import pytest

from kg.cli import main

from .conftest import ROOT, SEEDS
from .test_docs import leaf_commands

TIMEOUT = 300  # seconds


def _run_on_a_terminal(args: list[str], cwd=ROOT) -> tuple[int, str]:
    """Run a command with stdin, stdout and stderr on a pseudo-terminal; its exit code and output."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(args, stdin=slave, stdout=slave, stderr=slave, cwd=cwd, close_fds=True)
    os.close(slave)
    chunks = []
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 1)
        if ready:
            try:
                data = os.read(master, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not data:
                break
            chunks.append(data)
        elif proc.poll() is not None:
            break
    os.close(master)
    return proc.wait(timeout=TIMEOUT), b"".join(chunks).decode("utf-8", "replace")


def test_build_on_a_terminal_draws_the_progress_bar_and_succeeds(tmp_path):
    code, output = _run_on_a_terminal([sys.executable, "-m", "kg", "build", str(SEEDS), "--out", str(tmp_path)])
    assert code == 0, output
    assert "Traceback" not in output
    assert re.search(r"building: 5 docs \[", output), output  # tqdm's bar, redrawn with \r
    assert "\r" in output
    assert "documents read: 5, skipped: 0" in output
    assert (tmp_path / "graph.ttl").stat().st_size > 0


def test_quiet_build_on_a_terminal_draws_no_bar(tmp_path):
    code, output = _run_on_a_terminal([sys.executable, "-m", "kg", "build", str(SEEDS), "--out", str(tmp_path), "-q"])
    assert (code, output) == (0, "")


def test_program_through_a_pipe_says_everything_and_exits_with_the_commands_code(tmp_path):
    """The program ends without tearing its objects down one by one (kg.cli.run): what it printed
    still reaches a pipe whole, its exit code is the command's, and no temporary folder stays."""
    ok = subprocess.run([sys.executable, "-m", "kg", "build", str(SEEDS), "--out", str(tmp_path / "out")],
                        capture_output=True, text=True, timeout=TIMEOUT)
    assert ok.returncode == 0, ok.stderr
    lines = ok.stdout.splitlines()
    assert lines[0].startswith("documents read: 5, skipped: 0")
    stages = dict(item.rsplit(" ", 1) for item in lines[-1].removeprefix("seconds: ").split(", "))
    assert {"extract", "assemble", "ttl", "graphml", "html"} <= set(stages) and all(float(t) >= 0 for t in stages.values())
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [".kg-cache", "graph.graphml", "graph.html", "graph.ttl"]
    usage = subprocess.run([sys.executable, "-m", "kg", "build", str(tmp_path / "nothing-here")],
                           capture_output=True, text=True, timeout=TIMEOUT)
    assert (usage.returncode, usage.stdout) == (2, "")
    assert usage.stderr == f"kg: error: {tmp_path / 'nothing-here'}: no such file or folder\n"


@pytest.mark.parametrize("args,says", [
    (["build", "seeds/", "--formats", "ttl,pdf"], "kg: error: Invalid value for '--formats': unknown format 'pdf'"),
    (["build", "seeds/", "--formats", ""], "kg: error: Invalid value for '--formats': no format given"),
    (["build", "seeds/", "--outt", "x"], "kg: error: No such option '--outt'."),
    (["build", "seeds/", "--max-mb", "-1"], "kg: error: Invalid value for '--max-mb': -1.0 is not in the range 0<x<="),
    (["build", "seeds/", "--max-mb", "nan"], "kg: error: Invalid value for '--max-mb': not a number"),
    (["build", "seeds/", "--max-mb", "inf"], "kg: error: Invalid value for '--max-mb': inf is not in the range"),
    (["build", "seeds/", "-j", "0"], "kg: error: Invalid value for '--jobs' / '-j'"),
    (["query", "--file", "no-such.rq"], "kg: error: Invalid value for '--file'"),
    (["frobnicate"], "kg: error: No such command 'frobnicate'."),
])
def test_a_mistake_on_the_command_line_is_one_line_naming_the_command_to_ask(args, says, tmp_path):
    """As every other error: one line on stderr, exit code 2, and where to look (kg COMMAND --help)."""
    r = subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=ROOT,
                       timeout=TIMEOUT)
    assert (r.returncode, r.stdout) == (2, "")
    assert r.stderr.startswith(says) and r.stderr.count("\n") == 1, r.stderr
    command = "kg" if args[0] == "frobnicate" else f"kg {args[0]}"
    assert r.stderr.endswith(f"({command} --help)\n")


def test_kg_alone_prints_the_help():
    r = subprocess.run([sys.executable, "-m", "kg"], capture_output=True, text=True, timeout=TIMEOUT)
    assert r.stderr.startswith("Usage: ") and "Commands:" in r.stderr and r.returncode == 2


def test_eval_takes_one_source_of_predictions():
    r = CliRunner().invoke(main, ["eval", "tests/data/gold", "--graph", "out/graph.ttl", "--docs", "seeds/"])
    assert (r.exit_code, r.output) == (2, "kg: error: give one of --docs, --graph and --annotation\n")


def _options(command: click.Command) -> dict[str, click.Option]:
    return {name: p for p in command.params if isinstance(p, click.Option) for name in p.opts + p.secondary_opts}


def test_shared_options_mean_the_same_everywhere():
    """An option name (long or short) has one meaning: the same type, choices and flag-ness in every
    command; -f is --format, an RDF syntax, wherever it exists."""
    seen: dict[str, tuple] = {}
    for cmd_name, command in leaf_commands().items():
        for name, opt in _options(command).items():
            choices = tuple(sorted(opt.type.choices)) if isinstance(opt.type, click.Choice) else ()
            meaning = (opt.opts[0], opt.type.name, choices, opt.is_flag)
            first = seen.setdefault(name, (cmd_name, meaning))
            assert first[1] == meaning, f"{name} is {first[1]} in kg {first[0]} but {meaning} in kg {cmd_name}"
    assert seen["-f"][1] == ("--format", "choice", ("jsonld", "nt", "ttl"), False)
    assert "-f" in _options(main.commands["query"]) and _options(main.commands["query"])["--file"].opts == ["--file"]


@pytest.mark.parametrize("command", sorted(leaf_commands()))
def test_every_command_has_help_with_an_example(command):

    r = CliRunner().invoke(main, [*command.split(), "--help"])
    assert r.exit_code == 0 and "Example:" in r.output
