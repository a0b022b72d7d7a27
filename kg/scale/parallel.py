"""Documents extracted in batches: in this process, on a pool of worker processes, or on
any `concurrent.futures.Executor` (a Dask cluster gives one, see `kg.scale.cluster`).

Documents are independent, so a batch of them is the unit of work. Results come back in the
order the documents were read, whatever the worker, so a run gives the same answer however
many workers it has. A batch whose worker dies is reported as failed documents; the rest of
the run goes on.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from typing import TypeVar

from kg.documents import Document
from kg.errors import DocumentError, ExtractionError, KgError

BATCH_SIZE = 16  # documents per task: enough for spaCy to batch, small enough to spread
BATCHES_PER_WORKER = 2  # tasks in flight per worker: keeps workers busy, memory bounded

Result = TypeVar("Result")
Work = Callable[[list[Document]], list[Result | KgError]]


def run_batches(
    items: Iterable[Document | DocumentError],
    work: Work,
    *,
    workers: int = 1,
    executor: Executor | None = None,
    batch_size: int = BATCH_SIZE,
) -> Iterator[Result | KgError]:
    """`work` applied to every document, in reading order; errors of reading pass through.

    `work` must be a module-level function (workers import it by name). With `executor` the
    batches run there; else with `workers` > 1 on that many new processes; else here.
    """
    batches = _batches(items, batch_size)
    if executor is not None:
        yield from _on_executor(batches, work, executor, window=BATCHES_PER_WORKER * max(workers, 1))
    elif workers > 1:
        with process_pool(workers) as pool:
            yield from _on_executor(batches, work, pool, window=BATCHES_PER_WORKER * workers)
    else:
        for batch in batches:
            yield from [batch] if isinstance(batch, DocumentError) else _guarded(work, batch)


def process_pool(workers: int) -> ProcessPoolExecutor:
    """Fresh processes ("spawn"): each loads its own model; nothing is shared by forking."""
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))


def _batches(items: Iterable[Document | DocumentError], size: int) -> Iterator[list[Document] | DocumentError]:
    batch: list[Document] = []
    for item in items:
        if isinstance(item, DocumentError):
            yield item
            continue
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _on_executor(
    batches: Iterator[list[Document] | DocumentError], work: Work, executor: Executor, window: int
) -> Iterator[Result | KgError]:
    """At most `window` batches in flight; results handed on in submission order."""
    pending: deque[tuple[list[Document], Future]] = deque()
    for batch in batches:
        if isinstance(batch, DocumentError):
            yield batch
            continue
        try:
            pending.append((batch, executor.submit(work, batch)))
        except Exception as err:  # noqa: BLE001 - a broken pool fails the batch, not the run
            yield from _failed(batch, err)
            continue
        if len(pending) >= window:
            yield from _results(*pending.popleft())
    while pending:
        yield from _results(*pending.popleft())


def _results(batch: list[Document], future: Future) -> list[Result | KgError]:
    try:
        return future.result()
    except Exception as err:  # noqa: BLE001 - a dead worker fails its batch, not the run
        return _failed(batch, err)


def _guarded(work: Work, batch: list[Document]) -> list[Result | KgError]:
    try:
        return work(batch)
    except Exception as err:  # noqa: BLE001 - a batch that breaks fails its documents, not the run
        return _failed(batch, err)


def _failed(batch: list[Document], err: Exception) -> list[KgError]:
    return [ExtractionError(document.id, "worker", f"{type(err).__name__}: {err}") for document in batch]
