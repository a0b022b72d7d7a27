"""Options and parsers shared by several commands."""

from __future__ import annotations

import datetime as dt

import click


def parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    """A click callback turning YYYY-MM-DD into a date, with a clear message otherwise."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as err:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from err


def check_workers_or_dask(workers: int, dask_scheduler: str | None) -> None:
    """--workers counts local processes, --dask uses a cluster's: one or the other."""
    if dask_scheduler is not None and workers != 1:
        raise click.UsageError("give --workers or --dask, not both (a Dask cluster has its own workers)")


# A folder, a server URL or a .toml file naming a server's endpoints: kept as text, since a
# path type would fold the // of a URL. `kg.store.open_store` tells them apart.
STORE_OPTION = click.option(
    "--store",
    "store_path",
    metavar="DIR|URL|FILE.toml",
    default=None,
    help="Store folder, SPARQL server URL or server config file (default: $KG_STORE or ./kg-data).",
)

PUBLISHED_OPTION = click.option(
    "--published", callback=parse_date, help="Publication date (YYYY-MM-DD) for documents that have none."
)

WORKERS_OPTION = click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(min=1),
    help="Extract on this many processes (each loads its own spaCy model).",
)

DASK_OPTION = click.option(
    "--dask",
    "dask_scheduler",
    metavar="SCHEDULER",
    default=None,
    help="Extract on the Dask cluster at this scheduler address (tcp://host:8786), or 'local'.",
)
