"""A live kg server on loopback for the service tests: the real `kg serve` (gunicorn) over a
copy of a store holding the three example documents. The other service test modules start
one with `live_server`; the tests here check the server's own life: start, answer, stop."""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from kg.ingest import ingest
from kg.store import open_store

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "test-update-token"
KG = Path(sys.executable).parent / "kg"
STARTUP_SECONDS = 60


@functools.cache
def examples_store() -> Path:
    """A store with the example documents, built once per test run (extraction loads spaCy)."""
    folder = Path(tempfile.mkdtemp(prefix="kg-service-tests-"))
    atexit.register(shutil.rmtree, folder, True)
    store = open_store(folder / "store")
    report = ingest([ROOT / "examples"], store)
    store.close()
    assert report.documents == 3 and not report.failures
    return folder / "store"


@dataclass
class LiveServer:
    url: str
    store: Path
    process: subprocess.Popen

    def client(self, **options: object) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=30, **options)

    def query_workers(self) -> set[int]:
        """The pids of the server's query worker processes."""
        return {pid for pid in _descendants(self.process.pid) if "multiprocessing.spawn" in _cmdline(pid)
                and "resource_tracker" not in _cmdline(pid)}


@contextmanager
def live_server(folder: Path, *options: str, token: str | None = TOKEN) -> Iterator[LiveServer]:
    """`kg serve` on a free loopback port over a fresh copy of the examples store, stopped after."""
    store = folder / "store"
    shutil.copytree(examples_store(), store)
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
    if token:
        env["KG_UPDATE_TOKEN"] = token
    log = (folder / "server.log").open("w")
    process = subprocess.Popen([str(KG), "serve", "--store", str(store), "--port", str(port), "--workers", "1",
                                *options], env=env, stdout=log, stderr=subprocess.STDOUT)
    server = LiveServer(f"http://127.0.0.1:{port}", store, process)
    try:
        _wait_until_up(server, folder / "server.log")
        yield server
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
        log.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(server: LiveServer, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"kg serve exited with {server.process.returncode}: {log.read_text()}")
        try:
            if httpx.get(server.url + "/healthz", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.1)
    raise RuntimeError(f"kg serve did not answer within {STARTUP_SECONDS} s: {log.read_text()}")


def _descendants(pid: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def test_service_server_starts_answers_and_stops_with_its_workers(tmp_path: Path) -> None:
    with live_server(tmp_path) as server, server.client() as client:
        assert client.get("/healthz").json()["status"] == "ok"
        assert client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"] is True
        workers = server.query_workers()
        assert len(workers) == 2
    assert _gone(workers)


def _gone(pids: set[int], wait: float = 10) -> bool:
    deadline = time.monotonic() + wait
    while any(Path(f"/proc/{pid}").exists() for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    return not any(Path(f"/proc/{pid}").exists() for pid in pids)
