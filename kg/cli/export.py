"""The `export` command: the store as a graph file for Gephi (GEXF, GraphML) or two CSV tables."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from kg.cli.options import STORE_OPTION, parse_date

# Kept in step with kg.export.FORMATS and VIEWS (tests check it); written out here so that
# `kg --help` does not import networkx and lxml.
FORMAT_CHOICES = ("gexf", "graphml", "csv")
VIEW_CHOICES = ("actors", "events", "full")


@click.command()
@STORE_OPTION
@click.option("--format", "fmt", type=click.Choice(FORMAT_CHOICES), default="gexf", show_default=True)
@click.option("--view", type=click.Choice(VIEW_CHOICES), default="actors", show_default=True,
              help="actors: actor-actor edges through events; events: actors, events, documents; full: all.")
@click.option("--since", callback=parse_date, help="Only events and documents from this day (YYYY-MM-DD).")
@click.option("--until", callback=parse_date, help="Only events and documents up to this day (YYYY-MM-DD).")
@click.option("--output", "-o", required=True,
              help="File to write, - for stdout; for csv a folder that gets nodes.csv and edges.csv.")
def export(
    store_path: Path | None, fmt: str, view: str, since: dt.date | None, until: dt.date | None, output: str
) -> None:
    """Export the store as a graph for Gephi: GEXF 1.3 (with a timeline), GraphML, or CSV tables."""
    from kg.export import WRITERS, build_view, write_csv
    from kg.store import open_store

    if fmt == "csv" and output == "-":
        raise click.BadParameter("csv writes two files (nodes.csv, edges.csv): give a folder", param_hint="--output")
    graph = build_view(open_store(store_path, read_only=True), view, since=since, until=until)
    if fmt == "csv":
        written = ", ".join(str(path) for path in write_csv(graph, output))
    else:
        written = _write(WRITERS[fmt](graph), output)
    click.echo(f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges ({view} view) -> {written}",
               err=True)


def _write(content: bytes, output: str) -> str:
    """Write to the file `output`, or stdout for "-"; returns where it went."""
    from kg.errors import ExportError

    if output == "-":
        sys.stdout.buffer.write(content)
        return "stdout"
    try:
        Path(output).write_bytes(content)
    except OSError as err:
        raise ExportError(f"cannot write {output}: {err.strerror or err}") from err
    return output


COMMANDS = [export]
