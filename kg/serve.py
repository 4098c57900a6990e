"""Serve a built graph over the SPARQL 1.1 Protocol with the real Oxigraph server.

The ``oxigraph`` package (a dependency of kg) installs the server binary. :func:`load_store`
loads the graph into an on-disk store in ``<out>/oxigraph/`` (rebuilt from the graph at every
start, so it never serves an old graph); :func:`start_server` runs ``oxigraph serve-read-only``
(or ``oxigraph serve`` when writes are wanted, for ``kg publish``) bound to loopback, and returns
once the server answers. Queries go to ``http://127.0.0.1:PORT/query``; the page at
``http://127.0.0.1:PORT/`` is Oxigraph's query editor.

>>> endpoints("127.0.0.1", 7878)
('http://127.0.0.1:7878/query', 'http://127.0.0.1:7878/')
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

from .errors import ServerError

DEFAULT_PORT = 7878
LOOPBACK = "127.0.0.1"
#: the store's folder inside the output folder
STORE_FOLDER = "oxigraph"
#: seconds to wait for the server to accept connections
READY_TIMEOUT = 60
#: seconds a stopping server gets before it is killed
STOP_TIMEOUT = 10


def oxigraph_command() -> str:
    """The Oxigraph server binary: beside this Python's, else on the PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        raise ServerError("the Oxigraph server is not installed (pip install oxigraph, or reinstall kg)")
    return found


def endpoints(host: str, port: int) -> tuple[str, str]:
    """The SPARQL endpoint and the query page of a server."""
    base = f"http://{host}:{port}/"
    return base + "query", base


def load_store(graph: Path, location: Path) -> None:
    """Load ``graph`` (.ttl, .nt or .jsonld) into a new Oxigraph store at ``location``, replacing
    the previous one only once loading succeeded."""
    loading = location.with_name(location.name + ".loading")
    shutil.rmtree(loading, ignore_errors=True)
    proc = subprocess.run([oxigraph_command(), "load", "--location", str(loading), "--file", str(graph),
                           "--format", graph.suffix.lstrip(".")], capture_output=True, text=True)
    if proc.returncode != 0:
        shutil.rmtree(loading, ignore_errors=True)
        raise ServerError(f"{graph}: Oxigraph cannot load the graph ({_last_line(proc.stderr)})")
    shutil.rmtree(location, ignore_errors=True)
    loading.rename(location)


def start_server(location: Path, host: str = LOOPBACK, port: int = DEFAULT_PORT,
                 writable: bool = False) -> subprocess.Popen:
    """Start the server on a loaded store and wait until it accepts connections."""
    if not port_free(host, port):
        raise ServerError(f"port {port} on {host} is in use; choose another with --port")
    mode = "serve" if writable else "serve-read-only"
    proc = subprocess.Popen([oxigraph_command(), mode, "--location", str(location), "--bind", f"{host}:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + READY_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise ServerError(f"the Oxigraph server stopped at once ({_last_line(proc.stderr.read())})")
        try:
            with socket.create_connection((host, port), timeout=1):
                return proc
        except OSError:
            time.sleep(0.1)
    stop_server(proc)
    raise ServerError(f"the Oxigraph server did not answer on {host}:{port} within {READY_TIMEOUT} s")


def port_free(host: str, port: int) -> bool:
    """True when a server could listen on ``host:port`` now (another one holds it otherwise: then a
    connection there would reach that one, not the server started here).

    >>> with socket.socket() as s:
    ...     s.bind((LOOPBACK, 0)); s.listen()
    ...     port_free(LOOPBACK, s.getsockname()[1])
    False
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


def stop_server(proc: subprocess.Popen) -> int:
    """Stop the server (SIGTERM; SIGINT may be ignored in the background), killing it if it does
    not stop; its exit code."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    return proc.returncode


def _last_line(text: str | None) -> str:
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    return lines[-1] if lines else "no message"
