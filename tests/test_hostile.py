"""Hostile and broken input: the build keeps going, says what it skipped, loses nothing."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib.compare import to_isomorphic

from kg.cli import main
from kg.errors import DocumentError
from kg.export.graphml import write_graphml
from kg.export.html import generate_html
from kg.ingest import read_document
from kg.export.rdf import write_rdf
from kg.pipeline import assemble, build, extract_document
from kg.rdf import to_rdf
from kg.types import Document

from . import rdf_reference

GOOD = "长治日报\n\n我市医疗服务提升。长治市人民医院牵头组建心血管专科联盟，为患者开展义诊。\n"


@pytest.fixture
def hostile(tmp_path):
    src = tmp_path / "corpus"
    src.mkdir()
    (src / "good.txt").write_text(GOOD, encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    (src / "report.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj" + os.urandom(2000))
    (src / "photo.md").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2000))
    (src / "archive.html").write_bytes(b"PK\x03\x04" + os.urandom(2000))
    (src / "nul.txt").write_bytes("医院".encode() + b"\x00\x00\x01" + "诊所".encode())
    (src / "mixed.txt").write_bytes("医院".encode("utf-8") + b"\xff\xfe\xff\xfa" + "醫院".encode("big5"))
    (src / "folder.txt").mkdir()
    os.symlink(src / "nowhere.txt", src / "broken.txt")
    os.symlink(src / "loop2.txt", src / "loop1.txt")
    os.symlink(src / "loop1.txt", src / "loop2.txt")
    with open(src / "huge.txt", "wb") as fh:  # 200 MB, sparse: costs no disk
        fh.truncate(200 * 2**20)
    (src / "oneline.txt").write_text("市人民医院开展义诊服务患者，" * 20000, encoding="utf-8")
    return src


EXPECTED = {
    "empty.txt": "empty file", "report.txt": "binary file (a PDF file)", "photo.md": "binary file (a PNG image)",
    "archive.html": "binary file (a zip archive (docx/xlsx?))", "nul.txt": "binary file (contains NUL bytes)",
    "mixed.txt": "not UTF-8, UTF-16, GB18030 or Big5 (mixed or unknown encoding)",
    "broken.txt": "broken symbolic link",
    "loop1.txt": "symbolic link loop", "loop2.txt": "symbolic link loop",
    "huge.txt": "file is 200 MiB, over the limit of 64 MiB (raise it with --max-mb)",
}


def test_hostile_corpus_builds_with_the_expected_skips(hostile, tmp_path):
    r = CliRunner().invoke(main, ["build", str(hostile), "--out", str(tmp_path / "out")])
    assert r.exit_code == 0, r.output
    skipped = {}
    for line in r.output.splitlines():
        if line.startswith("kg: skipped "):
            path, reason = line[len("kg: skipped "):].split(": ", 1)
            skipped[Path(path).name] = reason
    assert skipped == EXPECTED
    assert f"documents read: 2, skipped: {len(EXPECTED)}" in r.output
    assert (tmp_path / "out" / "graph.ttl").exists()
    r = CliRunner().invoke(main, ["build", str(hostile), "--out", str(tmp_path / "out"), "--strict"])
    assert r.exit_code == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path):
    p = tmp_path / "secret.txt"
    p.write_text(GOOD, encoding="utf-8")
    p.chmod(0)
    with pytest.raises(DocumentError, match="permission denied"):
        read_document(p, tmp_path)


def test_output_folder_not_writable(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(GOOD, encoding="utf-8")
    r = CliRunner().invoke(main, ["build", str(src), "--out", str(blocker / "out")])
    assert r.exit_code == 2 and "cannot write the output folder" in r.output and "Traceback" not in r.output


#: documents in the corpus a build is killed during: enough that the build still runs when the
#: signal comes (copies of one page extract fast once its blocks' words are memoised)
SLOW_DOCS = 240


def _slow_corpus(root: Path) -> Path:
    src = root / "big"
    src.mkdir()
    text = (Path(__file__).resolve().parent.parent / "seeds" / "000_043263e2975a06e6.txt").read_text(encoding="utf-8")
    for i in range(SLOW_DOCS):  # every line numbered: no sentence repeats, so no memo of extraction shortens the build
        numbered = "\n".join(f"{line}（{i}）" if line.strip() else line for line in text.splitlines())
        (src / f"{i:03d}.txt").write_text(numbered + f"\n第{i}篇。", encoding="utf-8")
    return src


#: seconds a build runs after taking the output folder's lock before the test stops it
BUILDING = 0.5
#: how long the test waits for a build to take the lock
START_TIMEOUT = 120


def _default_signals() -> None:
    """In the child before it runs kg: Ctrl-C and SIGTERM as a terminal gives them. A process that
    inherits an ignored SIGINT keeps ignoring it (as under ``nohup``), and a test run may have
    left SIGINT ignored in this process."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _wait_until_locked(out, proc) -> None:
    """Return once ``proc`` holds the lock on ``out`` (:func:`kg.pipeline.output_lock`), read from
    ``/proc/locks`` so that the test never takes the lock itself."""
    inode = os.stat(out).st_ino
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline and proc.poll() is None:
        with open("/proc/locks", encoding="ascii") as f:
            if any(line.split()[4] == str(proc.pid) and line.split()[5].endswith(f":{inode}")
                   for line in f if len(line.split()) > 5 and line.split()[1] == "FLOCK"):
                return
        time.sleep(0.05)
    raise AssertionError("the build never took the output folder's lock")


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL])
def test_killed_build_leaves_previous_outputs(tmp_path, sig):
    out = tmp_path / "out"
    small = tmp_path / "small"
    small.mkdir()
    (small / "a.txt").write_text(GOOD, encoding="utf-8")
    build([small], out)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}  # the outputs, not the cache
    proc = subprocess.Popen([sys.executable, "-m", "kg", "build", str(_slow_corpus(tmp_path)), "--out", str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=_default_signals)
    _wait_until_locked(out, proc)  # the build has begun (on a loaded machine, starting Python alone takes seconds)
    time.sleep(BUILDING)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode != 0
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    assert after == before
    if sig != signal.SIGKILL:
        assert "interrupted; the previous outputs are unchanged" in err and "Traceback" not in err
        assert not list(out.glob(".kg-build-*"))
    build([small], out)  # the next build removes what a killed one left
    assert not list(out.glob(".kg-build-*"))


FRAGMENTS = ["市人民医院", "吉大一院", "医联体", "、", "“", "”", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
             '"', "\\", "\n", "\r\n", "\u202e", "\u200b", "\x00", "\x07", "\ud800", "&amp;", "]]>", "@zh", "\t", "é",
             "醫(yī)院", "专科联盟", "牵头", "“护蕾”计划", "长治市", "。", "href=javascript:x", "'", "{}", "%20"]
hostile_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), max_size=40).map("".join)


@settings(max_examples=150, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=hostile_text)
def test_any_text_gives_valid_outputs(tmp_path, text):
    text = "长治日报\n\n我市医疗服务。" + text + "长治市人民医院为患者开展义诊，医疗服务进社区。"
    doc = Document("x.txt#0", "x<\"&>.txt", "0" * 64, "utf-8", text, len(text.encode("utf-8", "surrogatepass")))
    G = assemble([extract_document(doc)])
    write_rdf(to_rdf(G), tmp_path / "g.ttl", "ttl")
    back = rdflib.Graph().parse(tmp_path / "g.ttl", format="turtle")
    assert to_isomorphic(back) == to_isomorphic(rdf_reference.to_rdf(G))
    path = tmp_path / "g.graphml"
    write_graphml(G, path)
    H = nx.read_graphml(path, force_multigraph=True)
    assert H.number_of_nodes() == G.number_of_nodes() and H.number_of_edges() == G.number_of_edges()
    page = generate_html(G, title=text[:30])
    for bad in ("<script>alert(1)", "<img src=x", "onerror=alert(1)>"):
        assert bad not in page


@settings(max_examples=300, deadline=None, derandomize=True)
@given(data=st.binary(max_size=300))
def test_any_bytes_decode_or_skip(tmp_path_factory, data):
    p = tmp_path_factory.mktemp("b") / "x.txt"
    p.write_bytes(data)
    try:
        doc = read_document(p, p.parent)
    except DocumentError as e:
        assert str(e).startswith(str(p))
        return
    extract_document(doc)


def test_a_corpus_with_no_document_leaves_the_previous_outputs_and_cache(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text("长治市人民医院牵头组建心血管专科联盟。", encoding="utf-8")
    assert CliRunner().invoke(main, ["build", str(src), "--out", str(out)]).exit_code == 0
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    (src / "a.txt").write_text("", encoding="utf-8")  # every file skipped
    r = CliRunner().invoke(main, ["build", str(src), "--out", str(out)])
    assert r.exit_code == 2
    assert r.output.splitlines() == [f"kg: skipped {src / 'a.txt'}: empty file",
                                     "kg: error: no documents found (all 1 files were skipped); the previous outputs are unchanged"]
    assert {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    (src / "a.txt").unlink()
    r = CliRunner().invoke(main, ["build", str(src), "--out", str(out), "--max-mb", "1"])
    assert r.exit_code == 2 and "looked for *.txt, *.md, *.html" in r.output
    assert {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


@pytest.mark.skipif(sys.platform != "linux", reason="file names of any bytes, FIFOs and /dev/zero are Linux's")
def test_names_of_any_bytes_pipes_and_devices_do_not_stop_the_build(tmp_path):
    """A file name that is no UTF-8 (GBK from an archive, or no encoding at all) is built under a
    readable name; a FIFO or a device named *.txt is skipped (reading it would wait or never end);
    a name that holds a line break is written on one line of the report."""
    src = tmp_path / "in"
    src.mkdir()
    text = "长治市人民医院牵头组建心血管专科联盟。".encode()
    (src / os.fsdecode("长治.txt".encode("gbk"))).write_bytes(text)
    (src / os.fsdecode(b"bad\xff\xfe.txt")).write_bytes(text + "晋城市人民医院。".encode())
    os.mkfifo(src / "pipe.txt")
    os.symlink("/dev/zero", src / "zero.txt")
    (src / "bad\nkg: skipped good.txt: empty file.txt").write_bytes(b"")
    r = subprocess.run([sys.executable, "-m", "kg", "build", str(src), "--out", str(tmp_path / "out"), "--formats", "all"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert sorted(r.stderr.splitlines()) == sorted([
        f"kg: skipped {src}/bad\\nkg: skipped good.txt: empty file.txt: empty file",
        f"kg: skipped {src}/pipe.txt: not a regular file (a pipe, socket or device)",
        f"kg: skipped {src}/zero.txt: not a regular file (a pipe, socket or device)"])
    documents = (tmp_path / "out" / "tables" / "documents.csv").read_text(encoding="utf-8")
    assert "长治.txt" in documents and "bad\\xff\\xfe.txt" in documents
    rdflib.Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")



def test_a_long_line_without_a_full_stop_is_normalised_in_linear_time():
    """Each line's tests of prose and furniture read it once: four times the text takes about four
    times as long (it took the square: half a minute for 100,000 characters on one line)."""
    import random

    from kg.normalize import normalize

    rng = random.Random(0)
    text = "".join(rng.choice("长春市人民医院，与合作、") for _ in range(50_000))

    def seconds(n: int) -> float:
        start = time.process_time()
        normalize(text[:n], "text")
        return time.process_time() - start

    small, large = min(seconds(12_500) for _ in range(2)), seconds(50_000)
    assert large < 6 * small + 0.5, (small, large)  # the square: 16 times
