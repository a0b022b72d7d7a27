"""Options and parsers shared by several commands."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

STORE_OPTION = click.option(
    "--store",
    "store_path",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Store folder (default: $KG_STORE or ./kg-data).",
)


def parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    """A click callback turning YYYY-MM-DD into a date, with a clear message otherwise."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as err:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from err
