import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "data" / "gold"


@pytest.fixture(scope="session")
def res():
    from kg.resources import load_resources

    return load_resources()


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """The seeds built once for the whole session."""
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("out")
    report = build([SEEDS], out)
    return out, report
DOCS = ROOT / "tests" / "data" / "docs"


def developer_docs() -> list[Path]:
    """The four short documents the developers wrote (101_…104_), not the real pages numbered
    1000 and on."""
    return sorted(p for p in DOCS.glob("1*.txt") if re.fullmatch(r"1\d\d_.*", p.name))


@pytest.fixture(scope="session")
def exports(seed_build, tmp_path_factory):
    """Every format of the seeds' graph, written by the build's own writer: (folder, graph)."""
    from kg.export import FORMATS
    from kg.pipeline import write_outputs

    _, report = seed_build
    out = tmp_path_factory.mktemp("exports")
    write_outputs(report.graph, out, FORMATS, "kg: seeds")
    return out, report.graph
