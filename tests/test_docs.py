"""The README and ``--help`` agree (as sqlite-utils' test_docs.py): every command and option the
CLI has is documented, and every command and option the README uses exists."""

import re

import click
import pytest

from kg.cli import main

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
#: an option as written in the README: -f, --format, --no-details
OPTION = re.compile(r"(?<![\w-])(--?[A-Za-z][\w-]*)")


def leaf_commands(group: click.Group = main, prefix: str = "") -> dict[str, click.Command]:
    """Every command that runs, by its full name ("build", "cache clear")."""
    out = {}
    for name, command in group.commands.items():
        full = f"{prefix}{name}"
        out.update(leaf_commands(command, full + " ") if isinstance(command, click.Group) else {full: command})
    return out


COMMANDS = leaf_commands()
#: a command line using kg: `kg build ...`, `.venv/bin/kg query ...`, `python -m kg cache clear ...`
INVOCATION = re.compile(r"\bkg (" + "|".join(sorted(COMMANDS, key=len, reverse=True)) + r")\b([^`\n]*)")
#: what is not an option in a command line: quoted queries and comments
QUOTED_OR_COMMENT = re.compile(r"'[^']*'|\"[^\"]*\"|\s#\s.*$|\s\|\s.*$")


def _opts(command: click.Command) -> set[str]:
    return {o for p in command.params if isinstance(p, click.Option) for o in p.opts + p.secondary_opts}


def _section(command: str) -> str:
    """The README's text under the heading that names `kg COMMAND`, up to the next heading."""
    m = re.search(rf"^#+ .*`kg {command}`.*$", README, re.M)
    assert m, f"README has no section headed `kg {command}`"
    end = re.compile(r"^#", re.M).search(README, m.end())
    return README[m.end():end.start() if end else None]


def _table_options(text: str) -> set[str]:
    """Options in the first cells of the section's tables."""
    cells = [line.split("|")[1] for line in text.splitlines() if line.startswith("| `")]
    return {o for cell in cells for o in OPTION.findall(cell)}


def test_every_command_is_documented():
    for name in COMMANDS:
        assert f"`kg {name}`" in README, name
    assert "kg --version" in README and "--help" in README


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_option_of_a_command_is_in_its_section(name):
    documented = _table_options(_section(name))
    missing = _opts(COMMANDS[name]) - {"-h", "--help"} - documented
    assert not missing, f"kg {name}: options not in the README's table: {sorted(missing)}"


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_option_in_a_section_exists(name):
    unknown = _table_options(_section(name)) - _opts(COMMANDS[name])
    assert not unknown, f"kg {name}: the README's table lists options the command lacks: {sorted(unknown)}"


def test_every_command_line_in_the_readme_runs_with_options_that_exist():
    seen = 0
    for command, rest in INVOCATION.findall(README):
        options = set(OPTION.findall(QUOTED_OR_COMMENT.sub(" ", rest)))
        unknown = options - _opts(COMMANDS[command]) - {"-h", "--help"}
        assert not unknown, f"README: kg {command}{rest}: no such option {sorted(unknown)}"
        seen += 1
    assert seen >= 10


def test_shared_options_table_lists_what_the_commands_share():
    table = README[README.index("## The command line"):README.index("## Building a graph")]
    shared = {o for c in COMMANDS.values() for o in _opts(c)
              if sum(o in _opts(other) for other in COMMANDS.values()) > 1} - {"-h", "--help"}
    assert shared <= _table_options(table), sorted(shared - _table_options(table))
