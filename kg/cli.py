"""The `kg` command line: thin wrappers over the library functions.

Heavy imports (spaCy, Flask) happen inside the commands that need them, so `kg query`
and `kg --help` start fast.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from kg.errors import KgError

STORE_OPTION = click.option(
    "--store",
    "store_path",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Store folder (default: $KG_STORE or ./kg-data).",
)


class KgGroup(click.Group):
    """Turns a KgError into its message on stderr and exit code 1, never a traceback."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except KgError as err:
            click.echo(f"kg: error: {err}", err=True)
            ctx.exit(1)


@click.group(cls=KgGroup)
@click.version_option(package_name="kg")
def main() -> None:
    """kg: a knowledge graph of who did what, from the news."""


def _parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as err:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from err


@main.command()
@STORE_OPTION
@click.option("--published", callback=_parse_date, help="Publication date (YYYY-MM-DD) for "
              "documents that have none.")
@click.argument("paths", nargs=-1, required=True)
def ingest(store_path: Path | None, published: dt.date | None, paths: tuple[str, ...]) -> None:
    """Extract facts from documents (.jsonl, .txt, .html, folders, - for stdin) into the store."""
    from kg.ingest import ingest as run_ingest
    from kg.store import Store

    store = Store(store_path)
    with _progress() as progress:
        report = run_ingest(paths, store, published=published, on_document=progress)
    for failure in report.failures:
        click.echo(f"kg: failed: {failure}", err=True)
    click.echo(report.summary(), err=True)
    if report.failures:
        sys.exit(1)


@main.command()
@STORE_OPTION
@click.argument("doc_ids", nargs=-1, required=True)
def delete(store_path: Path | None, doc_ids: tuple[str, ...]) -> None:
    """Remove documents and every fact extracted from them."""
    from kg.ingest import delete as run_delete
    from kg.store import Store

    missing = run_delete(doc_ids, Store(store_path))
    for doc_id in missing:
        click.echo(f"kg: no document {doc_id!r} in the store", err=True)
    click.echo(f"deleted {len(doc_ids) - len(missing)} documents", err=True)
    if missing:
        sys.exit(1)


@main.command()
@STORE_OPTION
@click.option("--file", "query_file", help="A .rq file, or the name of a named query.")
@click.option("--format", "fmt", default="table", show_default=True,
              type=click.Choice(["json", "xml", "csv", "tsv", "table", "turtle", "nquads"]))
@click.argument("query", required=False)
def query(store_path: Path | None, query_file: str | None, fmt: str, query: str | None) -> None:
    """Run a SPARQL query (inline or --file) against the store."""
    from kg.queries import format_result, read_query
    from kg.store import Store

    if (query_file is None) == (query is None):
        raise click.UsageError("give either a QUERY or --file, not both or neither")
    sparql = read_query(query_file) if query_file else query
    result = Store(store_path, read_only=True).query(sparql)
    sys.stdout.buffer.write(format_result(result, fmt))


@main.command()
@STORE_OPTION
def stats(store_path: Path | None) -> None:
    """Count documents, triples, actors, events and statements."""
    from kg.store import Store
    from kg.store.stats import store_stats

    for name, value in store_stats(Store(store_path, read_only=True)).items():
        click.echo(f"{name:<12}{value:>10}")


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
