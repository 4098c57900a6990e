"""Every engine and number of workers gives the same bytes."""

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.engine import default_jobs, open_engine
from kg.errors import KGError
from kg.pipeline import build

from .conftest import SEEDS

OUTPUTS = ("graph.ttl", "graph.graphml", "graph.html")


@pytest.fixture(scope="module")
def one_worker(tmp_path_factory):
    out = tmp_path_factory.mktemp("jobs1")
    build([SEEDS], out, jobs=1, cache=False)
    return out


def _same_outputs(a, b):
    for name in OUTPUTS:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_jobs_default_to_every_core():
    assert default_jobs() >= 1


def test_two_workers_give_the_same_bytes_as_one(tmp_path, one_worker):
    report = build([SEEDS], tmp_path, jobs=2, cache=False)
    assert report.extracted == 5
    _same_outputs(one_worker, tmp_path)


def test_dask_local_cluster_gives_the_same_bytes(tmp_path, one_worker):
    pytest.importorskip("distributed")
    report = build([SEEDS], tmp_path, jobs=2, cache=False, engine="dask")
    assert report.extracted == 5
    _same_outputs(one_worker, tmp_path)


def test_unknown_engine_is_an_error():
    with pytest.raises(KGError, match="unknown engine"):
        with open_engine("spark"):
            pass


def test_scheduler_needs_the_dask_engine(tmp_path):
    r = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(tmp_path), "--scheduler", "tcp://x:8786"])
    assert r.exit_code == 2 and "--engine dask" in r.output
