"""The command that serves the store over HTTP: SPARQL, the JSON API and the query page."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.options import STORE_OPTION


@click.command()
@STORE_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1), help="Web processes.")
@click.option("--threads", default=8, show_default=True, type=click.IntRange(1), help="Threads per web process.")
@click.option("--query-timeout", type=float, default=None,
              help="Seconds a query may run [default: $KG_QUERY_TIMEOUT or 5].")
@click.option("--row-cap", type=click.IntRange(1), default=None,
              help="Rows a /sparql answer may hold [default: $KG_ROW_CAP or 10000].")
def serve(store_path: Path | None, host: str, port: int, workers: int, threads: int,
          query_timeout: float | None, row_cap: int | None) -> None:
    """Serve SPARQL (/sparql), the JSON API (/api) and the query page (/) under gunicorn.

    Writing (/sparql/update, POST and DELETE /api/documents) is allowed only when
    $KG_UPDATE_TOKEN is set, with that token as a Bearer token.
    """
    from kg.service.config import ServiceConfig
    from kg.service.runner import serve as run

    config = ServiceConfig.from_env(store=store_path, query_timeout=query_timeout, row_cap=row_cap)
    click.echo(f"kg: serving {config.store} on http://{host}:{port}/ "
               f"({'writable with the update token' if config.update_token else 'read-only'})", err=True)
    run(config, host=host, port=port, workers=workers, threads=threads)


COMMANDS = [serve]
