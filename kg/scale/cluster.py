"""Extraction on a Dask cluster: `kg ingest --dask tcp://scheduler:8786`.

A Dask client hands out a `concurrent.futures.Executor`, so the cluster runs the same
batches `kg.scale.parallel` runs on local processes; the results come back to this process,
which writes the store. Every worker needs kg installed (`pip install 'kg[dask]'`), the
model with it, and one thread per worker process (`dask worker --nthreads 1`): each process
holds one extractor, and spaCy is not thread-safe.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import Executor
from contextlib import ExitStack, contextmanager

from kg.errors import ConfigError

LOCAL = "local"  # --dask local: a cluster of this machine's cores, for trying it out
CONNECT_TIMEOUT = "30s"


@contextmanager
def dask_executor(scheduler: str, *, timeout: str = CONNECT_TIMEOUT) -> Iterator[tuple[Executor, int]]:
    """An executor on the Dask scheduler at `scheduler` (or on a new local cluster for
    "local"), and how many tasks the cluster runs at once."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as err:
        raise ConfigError("--dask needs Dask: pip install 'kg[dask]'") from err
    with ExitStack() as stack:
        address = scheduler
        if scheduler == LOCAL:
            cluster = LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, dashboard_address=None)
            address = stack.enter_context(cluster).scheduler_address
        try:
            client = stack.enter_context(Client(address, timeout=timeout))
        except (OSError, ValueError) as err:
            raise ConfigError(f"dask scheduler {scheduler!r}: cannot connect: {err}") from err
        yield client.get_executor(pure=False), max(sum(client.nthreads().values()), 1)


@contextmanager
def extraction_executor(scheduler: str | None, workers: int) -> Iterator[tuple[Executor | None, int]]:
    """What `ingest` and `extract_shards` take as `executor` and `workers`: a Dask cluster's
    when a scheduler is given, else none (they then run `workers` local processes)."""
    if scheduler is None:
        yield None, workers
        return
    with dask_executor(scheduler) as (executor, size):
        yield executor, size
