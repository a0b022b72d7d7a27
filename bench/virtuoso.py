"""A Virtuoso of its own on loopback: started in a folder, N-Quads bulk-loaded with its own loader.

The query benchmark compares Oxigraph with a SPARQL server the way kg uses one (`kg --store
server.toml`: queries through the SPARQL Protocol), and the remote-store tests run against
the same server; both start it from here. The server listens on free loopback ports only and
keeps everything in its folder; its SPARQL endpoint answers over the union of its graphs, as
kg's queries expect. Loading goes through Virtuoso's bulk loader (`ld_dir` +
`rdf_loader_run()` through its `isql`), which keeps each quad's graph and is much faster
than one Graph Store PUT per document.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from bench.measure import BenchError

SERVER = "virtuoso-t"
ISQL = ("isql-vt", "isql-v")  # as packages name it (unixODBC owns `isql`); upstream builds put `isql` by the server
INSTALL_HINT = "Debian package virtuoso-opensource; .ci/run installs it"
STARTUP_SECONDS = 60
STOP_SECONDS = 30
BUFFERS = 10_000  # 8 kB pages kept in memory, as in Debian's ini: enough for the tests' few documents

INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty_buffers}
DirsAllowed = {dirs}
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerThreads = 4
[SPARQL]
ResultSetMaxRows = 1000000
"""


def missing(*, loader: bool = True) -> str | None:
    """Why a Virtuoso cannot be started here (with its bulk loader, if `loader`), or None when it can."""
    if shutil.which(SERVER) is None:
        return f"{SERVER} not installed ({INSTALL_HINT})"
    if loader and _isql() is None:
        return f"Virtuoso's isql ({' or '.join(ISQL)}) not installed ({INSTALL_HINT})"
    return None


def free_port() -> int:
    """A loopback port nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Virtuoso:
    """A running server: its SPARQL endpoint, and its SQL port for the bulk loader."""

    def __init__(self, folder: Path, process: subprocess.Popen, http_port: int, sql_port: int) -> None:
        self.folder = folder
        self.process = process
        self.http_port = http_port
        self.sql_port = sql_port

    @property
    def sparql(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/sparql"

    def bulk_load(self, quads: Path) -> float:
        """Load an N-Quads file (its folder must be one `start` allowed) with Virtuoso's own
        loader, each quad into its graph, and checkpoint; seconds taken."""
        quads = quads.resolve()
        folder, name, path = (_sql_string(str(p)) for p in (quads.parent, quads.name, quads))
        started = time.perf_counter()
        self.isql(f"ld_dir({folder}, {name}, 'urn:kg:bench:unused'); rdf_loader_run(); checkpoint;")
        seconds = time.perf_counter() - started
        failed = self.isql(f"select ll_error from DB.DBA.load_list where ll_file = {path} "
                           "and (ll_error is not null or ll_state <> 2);").strip()
        if failed:
            raise BenchError(f"Virtuoso's bulk loader did not load {quads}: {failed}")
        return seconds

    def isql(self, sql: str) -> str:
        """Run SQL as dba through Virtuoso's isql; its rows as text. isql exits with 0 after
        an error, so its error lines are read instead."""
        command = [_isql(), f"127.0.0.1:{self.sql_port}", "dba", "dba", "BANNER=OFF", "VERBOSE=OFF", f"exec={sql}"]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0 or "*** Error" in done.stderr:
            raise BenchError(f"isql failed ({done.returncode}) on {sql!r}:\n{done.stderr[-2000:]}")
        return done.stdout

    def log(self) -> str:
        return "".join(path.read_text(errors="replace")[-2000:] for path in
                       (self.folder / "server.log", self.folder / "virtuoso.log") if path.exists())


@contextmanager
def running(folder: Path, *, allowed: tuple[Path, ...] = (), buffers: int = BUFFERS) -> Iterator[Virtuoso]:
    """A fresh Virtuoso keeping its files in `folder`, reading files only from `folder` and
    `allowed`; stopped when the block ends."""
    folder = folder.resolve()
    http_port, sql_port = free_port(), free_port()
    dirs = ", ".join(str(p) for p in (folder, *(a.resolve() for a in allowed)))
    ini = folder / "virtuoso.ini"
    ini.write_text(INI.format(dir=folder, sql_port=sql_port, http_port=http_port, buffers=buffers,
                              dirty_buffers=buffers * 3 // 4, dirs=dirs))
    with (folder / "server.log").open("wb") as out:
        process = subprocess.Popen([SERVER, "+foreground", "+configfile", str(ini)], cwd=folder, stdout=out,
                                   stderr=subprocess.STDOUT)
    server = Virtuoso(folder, process, http_port, sql_port)
    try:
        _wait_until_up(server)
        yield server
    finally:
        _stop(process)


def _wait_until_up(server: Virtuoso) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise BenchError(f"{SERVER} exited with {server.process.returncode}:\n{server.log()}")
        try:
            if httpx.get(server.sparql, params={"query": "ASK {}"}, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise BenchError(f"{SERVER} did not answer within {STARTUP_SECONDS} s:\n{server.log()}")


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=STOP_SECONDS)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _isql() -> str | None:
    """Virtuoso's isql, not unixODBC's `isql` of the same name: by its packaged names, or
    `isql` in the server's own folder."""
    for name in ISQL:
        if found := shutil.which(name):
            return found
    server = shutil.which(SERVER)
    beside = Path(server).with_name("isql") if server else None
    return str(beside) if beside and beside.exists() else None
