"""Atomic file writing: a reader never sees a half-written export.

CSV is RFC 4180: UTF-8, one header line, CRLF line ends, a field holding a comma, a quote, a
carriage return or a line feed quoted and its quotes doubled, so text from documents never
splits or shifts a row or a column. (Python's writer quotes a line break only if it is one of
the line end's characters, hence CRLF.)

Text goes to a temporary file beside the target, which replaces the target only when complete
(``os.replace``); on any error the temporary file is removed and the target is unchanged.

>>> import tempfile, pathlib
>>> with tempfile.TemporaryDirectory() as tmp:
...     path = pathlib.Path(tmp, "a.txt")
...     write_lines(path, ["one\\n", "two\\n"])
...     path.read_text(encoding="utf-8"), sorted(p.name for p in path.parent.iterdir())
('one\\ntwo\\n', ['a.txt'])
>>> "".join(csv_lines(["a", "b"], [["x,y", 'say "hi" now'], [None, 3]]))
'a,b\\r\\n"x,y","say ""hi"" now"\\r\\n,3\\r\\n'
"""

from __future__ import annotations

import csv
import io
import itertools
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from ..reuse import Part, Reuse


#: the permissions of a new file before the process's umask applies (what ``open`` gives)
NEW_FILE_MODE = 0o666


def write_lines(path: Path, lines: Iterable[str]) -> None:
    """Write ``lines`` as UTF-8 with ``\\n`` line ends to ``path``, atomically, with the
    permissions ``open`` would give it (``mkstemp`` alone would leave it private to its owner)."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, NEW_FILE_MODE & ~_umask())
        with open(fd, "w", encoding="utf-8", newline="") as f:
            f.writelines(lines)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_parts(path: Path, parts: Iterable[Part], reuse: Reuse | None = None, name: str | None = None) -> None:
    """Write the text of ``parts`` to ``path``: through ``reuse`` (copying the pieces the previous
    ``<out>/<name>`` has; ``name`` defaults to the file name) when given, else atomically, each
    part made anew. The bytes are the same either way."""
    if reuse is not None:
        reuse.write(Path(path), name or Path(path).name, parts)
    else:
        write_lines(path, (part.make() for part in parts))


def _umask() -> int:
    """The process's umask (reading it means setting it: it is set back at once)."""
    mask = os.umask(0o077)
    os.umask(mask)
    return mask


def csv_lines(header: Sequence[str], rows: Iterable[Sequence]) -> Iterator[str]:
    """CSV lines: the header, then one line per row (``None`` is an empty field)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    for row in itertools.chain([header], rows):
        writer.writerow(["" if v is None else v for v in row])
        yield buf.getvalue()
        buf.seek(0)
        buf.truncate()


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence]) -> None:
    """Write a CSV file atomically (see :func:`csv_lines`)."""
    write_lines(path, csv_lines(header, rows))
