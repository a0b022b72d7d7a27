"""Commands that put documents into the store and take them out."""

from __future__ import annotations

import datetime as dt
import sys

import click

from kg.cli.options import DASK_OPTION, PUBLISHED_OPTION, STORE_OPTION, WORKERS_OPTION, check_workers_or_dask


@click.command()
@STORE_OPTION
@PUBLISHED_OPTION
@WORKERS_OPTION
@DASK_OPTION
@click.argument("paths", nargs=-1, required=True)
def ingest(
    store_path: str | None, published: dt.date | None, workers: int, dask_scheduler: str | None, paths: tuple[str, ...]
) -> None:
    """Extract facts from documents (.jsonl, .txt, .html, folders, - for stdin) into the store."""
    from kg.ingest import ingest as run_ingest
    from kg.scale.cluster import extraction_executor
    from kg.store import open_store

    check_workers_or_dask(workers, dask_scheduler)
    store = open_store(store_path)
    with extraction_executor(dask_scheduler, workers) as (executor, tasks), _progress() as progress:
        report = run_ingest(paths, store, published=published, on_document=progress,
                            workers=tasks, executor=executor)
    for failure in report.failures:
        click.echo(f"kg: failed: {failure}", err=True)
    click.echo(report.summary(), err=True)
    if report.failures:
        sys.exit(1)


@click.command()
@STORE_OPTION
@click.argument("doc_ids", nargs=-1, required=True)
def delete(store_path: str | None, doc_ids: tuple[str, ...]) -> None:
    """Remove documents and every fact extracted from them."""
    from kg.ingest import delete as run_delete
    from kg.store import open_store

    missing = run_delete(doc_ids, open_store(store_path))
    for doc_id in missing:
        click.echo(f"kg: no document {doc_id!r} in the store", err=True)
    click.echo(f"deleted {len(doc_ids) - len(missing)} documents", err=True)
    if missing:
        sys.exit(1)


def _progress():  # noqa: ANN202 - a context manager yielding a callback
    """A progress bar on a terminal, nothing otherwise."""
    from contextlib import nullcontext

    if not sys.stderr.isatty():
        return nullcontext(None)
    from tqdm import tqdm

    class Bar:
        def __enter__(self):  # noqa: ANN204
            self.bar = tqdm(unit="doc", file=sys.stderr)
            return lambda _item: self.bar.update(1)

        def __exit__(self, *exc: object) -> None:
            self.bar.close()

    return Bar()


COMMANDS = [ingest, delete]
