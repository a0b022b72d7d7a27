"""Commands that read the store: SPARQL queries and counts."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli.options import STORE_OPTION


@click.command()
@STORE_OPTION
@click.option("--file", "query_file", help="A .rq file, or the name of a named query.")
@click.option(
    "--format",
    "fmt",
    default="table",
    show_default=True,
    type=click.Choice(["json", "xml", "csv", "tsv", "table", "turtle", "nquads"]),
)
@click.argument("query", required=False)
def query(store_path: Path | None, query_file: str | None, fmt: str, query: str | None) -> None:
    """Run a SPARQL query (inline or --file) against the store."""
    from kg.queries import format_result, read_query
    from kg.store import open_store

    if (query_file is None) == (query is None):
        raise click.UsageError("give either a QUERY or --file, not both or neither")
    sparql = read_query(query_file) if query_file else query
    result = open_store(store_path, read_only=True).query(sparql)
    sys.stdout.buffer.write(format_result(result, fmt))


@click.command()
@STORE_OPTION
def stats(store_path: Path | None) -> None:
    """Count documents, triples, actors, events and statements."""
    from kg.store import open_store
    from kg.store.stats import store_stats

    for name, value in store_stats(open_store(store_path, read_only=True)).items():
        click.echo(f"{name:<12}{value:>10}")


COMMANDS = [query, stats]
