"""Queries in processes that can be killed, so that the time limit really stops the work.

Oxigraph cannot interrupt a running query, and a thread cannot be killed, so every query
runs in one of a small pool of worker processes, each holding a read-only snapshot of the
store. A worker that runs past the time limit is killed and replaced; the others go on
answering, and the web process never waits on the engine itself. A snapshot is frozen, so a
worker reopens it whenever a writer (`kg ingest`, the update endpoint) has changed the store.
"""

from __future__ import annotations

import logging
import multiprocessing
import queue
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from kg.errors import ConfigError, KgError, QueryError, QueryTimeout, StoreError
from kg.service.formats import Answer, serialize
from kg.store import Store, open_store
from kg.store.oxigraph import data_version

log = logging.getLogger(__name__)

_READY = "ready"
# Seconds between tries on a store being rewritten: quick at first, then every 0.2 s for about
# 8 s; the query's time limit (which kills the worker) usually ends the wait before that.
RETRY_PAUSES = (0.02, 0.05, 0.1, *[0.2] * 40)
STARTUP_SECONDS = 60.0  # importing kg and opening the store; a worker slower than this is broken


@dataclass(frozen=True)
class QueryJob:
    """One query as the service runs it: the text, the answer's format, the protocol's
    dataset (None: all graphs as one) and the row cap (None: no cap)."""

    sparql: str
    fmt: str = "json"
    default_graphs: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] | None = None
    row_cap: int | None = None


@dataclass(frozen=True)
class _Failure:
    """A KgError raised in a worker, sent back by name (exceptions do not always pickle)."""

    kind: str
    message: str

    def error(self) -> KgError:
        return _ERRORS.get(self.kind, StoreError)(self.message)


_ERRORS = {cls.__name__: cls for cls in (QueryError, QueryTimeout, StoreError, ConfigError)}


class QueryPool:
    """`size` worker processes answering queries over the store at `store_path`, each query
    stopped after `time_limit` seconds by killing its worker."""

    def __init__(self, store_path: Path, *, size: int, time_limit: float) -> None:
        self.store_path = store_path
        self.size = size
        self.time_limit = time_limit
        self.replaced = 0
        self._context = multiprocessing.get_context("spawn")  # the web process has threads: no fork
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._lock = threading.Lock()
        for _ in range(size):
            self._idle.put(self._start())

    def run(self, job: QueryJob, time_limit: float | None = None) -> Answer:
        """The answer to `job`, or QueryTimeout when it (or the wait for a free worker) overruns
        `time_limit` (by default the pool's)."""
        limit = time_limit or self.time_limit
        try:
            worker = self._idle.get(timeout=limit)
        except queue.Empty:
            raise QueryTimeout(f"all {self.size} query workers stayed busy for {limit:g} s; "
                               "try again later") from None
        try:
            reply = worker.ask(job, limit)
        except KgError:
            self._replace(worker)
            raise
        self._idle.put(worker)
        if isinstance(reply, _Failure):
            raise reply.error()
        return reply

    def close(self) -> None:
        """Stop every idle worker (busy ones are stopped by their caller's time limit)."""
        while True:
            try:
                self._idle.get_nowait().kill()
            except queue.Empty:
                return

    def _start(self) -> _Worker:
        return _Worker(self._context, self.store_path)

    def _replace(self, worker: _Worker) -> None:
        worker.kill()
        with self._lock:
            self.replaced += 1
        self._idle.put(self._start())


class _Worker:
    """One worker process and the pipe to it."""

    def __init__(self, context: multiprocessing.context.SpawnContext, store_path: Path) -> None:
        self._conn, child_conn = context.Pipe()
        self.process = context.Process(target=_work, args=(child_conn, str(store_path)), daemon=True,
                                       name="kg-query-worker")
        self.process.start()
        child_conn.close()
        self._ready = False

    def ask(self, job: QueryJob, time_limit: float) -> Answer | _Failure:
        self._wait_until_ready()
        try:
            self._conn.send(job)
            if not self._conn.poll(time_limit):
                raise QueryTimeout(f"the query ran past the time limit of {time_limit:g} s and was stopped; "
                                   "narrow it down or add a LIMIT")
            return self._conn.recv()
        except (EOFError, OSError) as err:
            raise StoreError(f"the query worker stopped while answering ({err or 'it exited'})") from err

    def kill(self) -> None:
        self.process.kill()
        self.process.join()
        self._conn.close()

    def _wait_until_ready(self) -> None:
        if self._ready:
            return
        try:
            if not self._conn.poll(STARTUP_SECONDS) or self._conn.recv() != _READY:
                raise StoreError(f"a query worker did not start within {STARTUP_SECONDS:g} s")
        except (EOFError, OSError) as err:
            raise StoreError(f"a query worker failed to start (exit code {self.process.exitcode})") from err
        self._ready = True


class _Snapshot:
    """The store as last committed: a read-only handle, reopened when a writer has changed it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._store: Store | None = None
        self._version: object = None

    def current(self) -> Store:
        version = data_version(self.path)
        if self._store is None or version != self._version:
            self._store = open_store(self.path, read_only=True)
            self._version = version
        return self._store

    def forget(self) -> None:
        """Drop the handle: the next `current()` opens the store afresh."""
        self._store = None


def _work(conn: Connection, store_path: str) -> None:
    """A worker process's life: answer jobs from the pipe until the web process goes away."""
    snapshot = _Snapshot(Path(store_path))
    conn.send(_READY)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(_answer(snapshot, job))


def _answer(snapshot: _Snapshot, job: QueryJob) -> Answer | _Failure:
    try:
        return _run(snapshot, job)
    except KgError as err:
        return _Failure(type(err).__name__, str(err))
    except Exception as err:  # noqa: BLE001 - an engine error must not end the worker
        log.exception("query failed: %s", job.sparql)
        return _Failure("StoreError", f"the query failed in the engine: {err}")


def _run(snapshot: _Snapshot, job: QueryJob) -> Answer:
    """Run the job on the current snapshot. A snapshot reads its files lazily, and a writer's
    compaction may have deleted one since it was opened (or be halfway through doing so):
    that read fails with an IO error, and the job is run again, a moment later, on a snapshot
    opened afresh. The time limit still bounds the whole."""
    for pause in RETRY_PAUSES:
        try:
            return _query(snapshot.current(), job)
        except (OSError, RuntimeError, StoreError) as err:  # the engine raises RuntimeError on a vanished file
            log.warning("retrying a query on a fresh snapshot after: %s", err)
            snapshot.forget()
            time.sleep(pause)
    return _query(snapshot.current(), job)


def _query(store: Store, job: QueryJob) -> Answer:
    graphs = {"default_graphs": None if job.default_graphs is None else list(job.default_graphs),
              "named_graphs": None if job.named_graphs is None else list(job.named_graphs)}
    return serialize(store.query(job.sparql, **graphs), job.fmt, job.row_cap)
