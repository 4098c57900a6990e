"""Ingest: find the input files, read their bytes, detect the encoding, decode.

One :class:`~kg.types.Document` per file, or a :class:`~kg.types.Skipped` record saying why
not. Files are visited in sorted order so that builds are deterministic; a failure of one
file never stops the others.

>>> decode(b"\\xef\\xbb\\xbf\\xe5\\x8c\\xbb\\xe9\\x99\\xa2")
('医院', 'utf-8-sig')
>>> decode("長春市醫院舉辦義診活動".encode("big5"))
('長春市醫院舉辦義診活動', 'big5')
"""

from __future__ import annotations

import codecs
import errno
import fnmatch
import hashlib
import os
import re
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import DocumentError, InputError
from .types import Document, Skipped

SUFFIXES = {".txt": "text", ".md": "text", ".markdown": "text", ".html": "html", ".htm": "html"}
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
#: a folder's list of files and folders below it that are no documents (as ``.gitignore``)
IGNORE_FILE = ".kgignore"

_MAGIC = [
    (b"%PDF", "a PDF file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a zip archive (docx/xlsx?)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an MS Office file"),
    (b"7z\xbc\xaf", "a 7z archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7fELF", "an executable"),
]


def read_ignore(folder: Path) -> tuple[str, ...]:
    r"""The patterns of ``folder``'s :data:`IGNORE_FILE`: one per line, ``#`` starts a comment,
    blank lines are nothing; none when the folder has no such file.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     _ = Path(tmp, IGNORE_FILE).write_text("# the page list\nSOURCES.md\n\ndrafts/\n", encoding="utf-8")
    ...     read_ignore(Path(tmp))
    ('SOURCES.md', 'drafts/')
    """
    try:
        text = (folder / IGNORE_FILE).read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):
        return ()
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(str(folder / IGNORE_FILE), f"cannot read it ({getattr(e, 'strerror', None) or e})") from None
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#"))


def ignored(relative: str, patterns: Iterable[str], folder: bool = False) -> bool:
    """True when the path ``relative`` (``/``-separated, from the folder of the patterns) matches one
    of ``patterns`` (:mod:`fnmatch` globs; one with no ``/`` matches a name anywhere below, one that
    ends with ``/`` matches folders only).

    >>> ignored("SOURCES.md", ["SOURCES.md"]), ignored("2024/SOURCES.md", ["SOURCES.md"]), ignored("a.txt", ["*.md"])
    (True, True, False)
    >>> ignored("drafts", ["drafts/"], folder=True), ignored("drafts", ["drafts/"]), ignored("2024/notes.md", ["2024/*.md"])
    (True, False, True)
    """
    name = relative.rsplit("/", 1)[-1]
    for pattern in patterns:
        if pattern.endswith("/"):
            if not folder:
                continue
            pattern = pattern.rstrip("/")
        if fnmatch.fnmatchcase(relative, pattern) or ("/" not in pattern and fnmatch.fnmatchcase(name, pattern)):
            return True
    return False


def find_files(paths: Iterable[str | os.PathLike], skip: Iterable[Path] = ()) -> Iterator[tuple[Path, Path]]:
    """Yield ``(file, root)`` for every input file under ``paths``, sorted within each path.

    Raises :class:`InputError` for a path that does not exist. Folders are walked without
    following symbolic links to folders, so a symlink loop cannot trap the walk. A folder's
    :data:`IGNORE_FILE` names files and folders below it to leave out (:func:`ignored`), and the
    folders ``skip`` are never entered (a build's output folder inside its input); a file given by
    its own path is always read.
    """
    skipped = {_resolved(Path(s)) for s in skip}
    for given in paths:
        p = Path(given)
        if p.is_dir():
            found = []
            rules: list[tuple[Path, tuple[str, ...]]] = []  # (folder, its patterns), parents first

            def left_out(path: Path, folder: bool = False) -> bool:
                return any(ignored(path.relative_to(base).as_posix(), patterns, folder)
                           for base, patterns in rules if base in path.parents)

            for dirpath, dirnames, filenames in os.walk(p, followlinks=False):
                here = Path(dirpath)
                if patterns := read_ignore(here):
                    rules.append((here, patterns))
                dirnames[:] = sorted(d for d in dirnames if not left_out(here / d, folder=True)
                                     and _resolved(here / d) not in skipped)
                for name in filenames:
                    if Path(name).suffix.lower() in SUFFIXES and not left_out(here / name):
                        found.append(here / name)
            for f in sorted(found):
                yield f, p
        elif p.exists() or p.is_symlink():
            yield p, p.parent
        else:
            raise InputError(str(given), "no such file or folder")


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16, GB18030/GBK or Big5.

    Returns ``(text, encoding)``; raises ``ValueError`` when no encoding fits.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _looks_utf16(data):
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _cjk_share(text) > 0.2:
                return text, enc
    candidates = []
    for enc in ("gb18030", "big5", *(("utf-16-le", "utf-16-be") if len(data) % 2 == 0 else ())):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if not enc.startswith("utf-16") or (not _CONTROLS.search(text[:4096]) and _han_count(text) >= MIN_HAN_JUDGED):
            candidates.append((text, enc))  # (UTF-16 with no BOM only when it reads as enough Chinese)
    if not candidates:
        raise ValueError("not UTF-8, UTF-16, GB18030 or Big5 (mixed or unknown encoding)")
    if len(candidates) == 1 and _han_count(candidates[0][0]) < MIN_HAN_JUDGED:
        return candidates[0]
    score, text, enc = max(((_plausibility(t), t, e) for t, e in candidates), key=lambda c: c[0])
    if score < MIN_PLAUSIBLE and _han_count(text) >= MIN_HAN_JUDGED:
        raise ValueError("not UTF-8, UTF-16, GB18030 or Big5 (it reads as rare characters in each: "
                         "another encoding, such as Shift-JIS or EUC-KR?)")
    return text, enc


#: a decoding whose Chinese characters are this rarely common ones is another encoding read wrong
#: (real pages read 0.85 and more; Korean EUC-KR as GB18030 0.57, Japanese Shift-JIS 0.10)
MIN_PLAUSIBLE = 0.7
#: ... judged only on this many Chinese characters at least (fewer say little)
MIN_HAN_JUDGED = 20
#: characters no text holds (what UTF-16 read from other bytes gives)
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _han_count(text: str) -> int:
    return sum("\u4e00" <= ch <= "\u9fff" for ch in text[:4096])


def _looks_utf16(data: bytes) -> bool:
    sample = data[:4096]
    return len(sample) >= 4 and sample.count(0) * 4 >= len(sample)


def _cjk_share(text: str) -> float:
    return _han_count(text) / max(1, len(text[:4096]))


def _plausibility(text: str) -> float:
    """Share of characters that are common in Chinese text (words of jieba's dictionary)."""
    from .resources import common_chars, converter

    sample = converter().convert(text[:20000])
    han = [ch for ch in sample if "\u4e00" <= ch <= "\u9fff"]
    if not han:
        return 0.0
    common = common_chars()
    return sum(ch in common for ch in han) / len(han)


def display_path(name: str) -> str:
    r"""A file's path as text, whatever bytes name it: a name that is no UTF-8 (a GBK name from an
    archive unpacked on Linux) is read as GB18030 when it is that, else its other bytes are
    written as escapes, so that every output can hold it.

    >>> display_path("长春.txt"), display_path(os.fsdecode("长春.txt".encode("gbk"))), display_path(os.fsdecode(b"bad\xff.txt"))
    ('长春.txt', '长春.txt', 'bad\\xff.txt')
    """
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        raw = os.fsencode(name)
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        return raw.decode("utf-8", "backslashreplace")


def read_document(path: Path, root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read and decode one file; raise :class:`DocumentError` naming the reason it cannot be used."""
    shown = display_path(str(path))
    try:
        if path.is_symlink():
            try:
                os.stat(path)
            except OSError as e:
                loop = e.errno == errno.ELOOP
                raise DocumentError(shown, "symbolic link loop" if loop else "broken symbolic link") from None
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise DocumentError(shown, "is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):  # a pipe would wait for ever, a device never end
            raise DocumentError(shown, "not a regular file (a pipe, socket or device)")
        too_big = f"over the limit of {max_bytes / 2**20:.0f} MiB (raise it with --max-mb)"
        if info.st_size > max_bytes:
            raise DocumentError(shown, f"file is {info.st_size / 2**20:.0f} MiB, {too_big}")
        with open(path, "rb") as f:
            data = f.read(max_bytes + 1)  # no more than the limit, whatever the size said
        if len(data) > max_bytes:
            raise DocumentError(shown, f"file grew {too_big}")
    except PermissionError:
        raise DocumentError(shown, "permission denied") from None
    except OSError as e:
        raise DocumentError(shown, f"cannot read ({e.strerror or e})") from None
    if not data.strip():
        raise DocumentError(shown, "empty file")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise DocumentError(shown, f"binary file ({what})")
    if b"\x00" in data[:65536] and not _looks_utf16(data) and not data.startswith(
            (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise DocumentError(shown, "binary file (contains NUL bytes)")
    try:
        text, encoding = decode(data)
    except ValueError as e:
        raise DocumentError(shown, str(e)) from None
    if "\x00" in text:
        raise DocumentError(shown, "binary file (contains NUL bytes)")
    if not text.strip():  # a BOM alone, UTF-16 or ideographic spaces
        raise DocumentError(shown, "empty file")
    digest = hashlib.sha256(data).hexdigest()
    try:
        rel = display_path(path.relative_to(root).as_posix())
    except ValueError:
        rel = display_path(path.name)
    fmt = SUFFIXES.get(path.suffix.lower(), "text")
    return Document(id=f"{rel}#{digest[:16]}", path=rel, sha256=digest, encoding=encoding,
                    text=text, size=len(data), format=fmt)


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path


def iter_documents(paths: Iterable[str | os.PathLike], max_bytes: int = DEFAULT_MAX_BYTES,
                   skip: Iterable[Path] = ()) -> Iterator[Document | Skipped]:
    """Yield a Document or a Skipped record for every input file, one at a time (streaming); the
    folders ``skip`` are not read (:func:`find_files`). A file with the same bytes as one read
    before (a page saved twice) is skipped: a document is its bytes (its IRI is their hash), so
    the graph has it once, with the first path."""
    seen: set[str] = set()
    first: dict[str, str] = {}  # sha256 -> the path of the first file with those bytes
    for path, root in find_files(paths, skip):
        try:
            key = str(path.resolve())
        except (OSError, RuntimeError):
            yield Skipped(display_path(str(path)), "symbolic link loop")
            continue
        if key in seen:
            continue
        seen.add(key)
        try:
            doc = read_document(path, root, max_bytes)
        except DocumentError as e:
            yield Skipped(e.path, e.reason)
            continue
        if doc.sha256 in first:
            yield Skipped(display_path(str(path)), f"the same bytes as {first[doc.sha256]}")
        else:
            first[doc.sha256] = display_path(str(path))
            yield doc
