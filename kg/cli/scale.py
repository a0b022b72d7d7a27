"""Commands for large corpora: extract documents to N-Quads shards anywhere, load them
into a store in one go."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from kg.cli.options import DASK_OPTION, PUBLISHED_OPTION, STORE_OPTION, WORKERS_OPTION, check_workers_or_dask


@click.command()
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write the shards to.")
@click.option("--prefix", default="shard", show_default=True, help="Shard file names: PREFIX-00000.nq, ...")
@click.option("--shard-size", default=1000, show_default=True, type=click.IntRange(min=1),
              help="Documents per shard.")
@PUBLISHED_OPTION
@WORKERS_OPTION
@DASK_OPTION
@click.argument("paths", nargs=-1, required=True)
def extract(
    out_dir: Path, prefix: str, shard_size: int, published: dt.date | None, workers: int,
    dask_scheduler: str | None, paths: tuple[str, ...],
) -> None:
    """Extract facts from documents into N-Quads shards, each document in its named graph."""
    from kg.scale.cluster import extraction_executor
    from kg.scale.shards import extract_shards

    check_workers_or_dask(workers, dask_scheduler)
    with extraction_executor(dask_scheduler, workers) as (executor, tasks):
        report = extract_shards(paths, out_dir, prefix=prefix, shard_size=shard_size, published=published,
                                workers=tasks, executor=executor)
    _finish(report)


@click.command()
@STORE_OPTION
@click.argument("shards", nargs=-1, required=True)
def load(store_path: str | None, shards: tuple[str, ...]) -> None:
    """Bulk-load N-Quads shards (files or folders) into the store, replacing their documents."""
    from kg.scale.shards import load_shards
    from kg.store import open_store

    _finish(load_shards(shards, open_store(store_path)))


def _finish(report) -> None:  # noqa: ANN001 - a kg.scale.shards.ShardReport, imported lazily
    for failure in report.failures:
        click.echo(f"kg: failed: {failure}", err=True)
    click.echo(report.summary(), err=True)
    if report.failures:
        sys.exit(1)


COMMANDS = [extract, load]
