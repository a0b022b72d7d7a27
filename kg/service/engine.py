"""The service's access to the store for reading: cached answers in front of the worker pool.

Answers are cached by query and by the store's data version, so a repeated query (the named
queries, the API's own) costs a dictionary lookup until a writer changes the store, and is
then asked again. The pool of query workers starts on first use, in the process that serves
requests (a WSGI server forks its workers after loading the app).
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

from flask import Flask, current_app

from kg.service.config import ServiceConfig
from kg.service.formats import Answer
from kg.service.worker import QueryJob, QueryPool
from kg.store.oxigraph import data_version

T = TypeVar("T")
V = TypeVar("V")
CACHE_ENTRIES = 256
CACHE_MAX_BODY = 4_000_000  # bytes; a bigger answer is sent but not kept


class QueryEngine:
    """Answers queries for one web process; see the module docstring."""

    def __init__(self, config: ServiceConfig) -> None:
        self.config = config
        self._pool: QueryPool | None = None
        self._pool_lock = threading.Lock()
        self._answers: _Lru[Answer] = _Lru(CACHE_ENTRIES)
        self._derived: _Lru[object] = _Lru(CACHE_ENTRIES)

    def init_app(self, app: Flask) -> None:
        app.extensions["kg"] = self

    def answer(self, job: QueryJob, time_limit: float | None = None) -> Answer:
        """The serialised answer to `job`, from the cache when the store has not changed."""
        key = (job, self.version())
        cached = self._answers.get(key)
        if cached is None:
            cached = self.pool().run(job, time_limit)
            if len(cached.body) <= CACHE_MAX_BODY:
                self._answers.put(key, cached)
        return cached

    def select(self, sparql: str) -> list[dict[str, str]]:
        """A SELECT's rows as {variable: value}, unbound variables left out (no row cap). These
        are the service's own queries, which read the whole store: they get the index time
        limit, not the one for users' queries."""
        data = json.loads(self.answer(QueryJob(sparql), self.config.index_timeout).body)
        return [{name: cell["value"] for name, cell in row.items()} for row in data["results"]["bindings"]]

    def derived(self, name: Hashable, build: Callable[[], T]) -> T:
        """`build()`, computed once per store version: for indexes the API builds from queries."""
        key = (name, self.version())
        value = self._derived.get(key)
        if value is None:
            value = build()
            self._derived.put(key, value)
        return value  # type: ignore[return-value]

    def version(self) -> object:
        return data_version(self.config.store)

    def pool(self) -> QueryPool:
        with self._pool_lock:
            if self._pool is None:
                self._pool = QueryPool(self.config.store, size=self.config.query_workers,
                                       time_limit=self.config.query_timeout)
            return self._pool

    def replaced_workers(self) -> int:
        return self._pool.replaced if self._pool else 0


def engine() -> QueryEngine:
    """The engine of the app handling the current request."""
    return current_app.extensions["kg"]


class _Lru(Generic[V]):
    """A small thread-safe least-recently-used cache."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[Hashable, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> V | None:
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
            return self._items.get(key)

    def put(self, key: Hashable, value: V) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)
