"""The package builds without warnings of its own making and ships its data, ontology and code."""

import subprocess
import sys
import zipfile

from .conftest import ROOT

TIMEOUT = 600  # seconds: the build back end is installed from the package registry
#: what setuptools says of a configuration it deprecates or finds ambiguous
CONFIG_WARNINGS = ("BuildBackendWarning", "SetuptoolsDeprecationWarning", "deprecated",
                   "absent from the `packages` configuration")


def test_wheel_builds_without_configuration_warnings_and_ships_everything(tmp_path):
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--verbose", "-w", str(tmp_path), str(ROOT)],
                       capture_output=True, text=True, timeout=TIMEOUT)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    log = r.stdout + r.stderr
    assert not [w for w in CONFIG_WARNINGS if w in log], [line for line in log.splitlines()
                                                           if any(w in line for w in CONFIG_WARNINGS)]
    (wheel,) = tmp_path.glob("kg-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = ("kg/**/*.py", "kg/data/**/*.tsv", "kg/data/*.md", "kg/data/*.jsonld", "kg/ontology/*.ttl",
               "kg/export/view/*")
    expected = {str(p.relative_to(ROOT)) for pattern in shipped for p in ROOT.glob(pattern)}
    assert expected <= names, sorted(expected - names)
    metadata = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("/METADATA"))).decode()
    assert "License-Expression: MIT" in metadata
