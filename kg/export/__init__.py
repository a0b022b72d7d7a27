"""Export the store for Gephi and other graph tools: GEXF 1.3, GraphML, or nodes.csv + edges.csv.

    export_graph(store, "gexf", view="actors")     -> bytes of one file (gexf, graphml)
    export_csv(store, folder, view="events")       -> writes folder/nodes.csv and folder/edges.csv
    build_view(store, "full", since=..., until=...) -> the networkx MultiDiGraph both write

A new one-file format is one module with a `to_<format>(graph) -> bytes` function, registered
in `WRITERS`; the CLI's `--format` choices and the HTTP service read `FORMATS`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import networkx as nx

from kg.errors import ExportError
from kg.export.csv import to_tables
from kg.export.gexf import to_gexf
from kg.export.graphml import to_graphml
from kg.export.views import VIEWS, build_view
from kg.store import Store

WRITERS: dict[str, Callable[[nx.MultiDiGraph], bytes]] = {"gexf": to_gexf, "graphml": to_graphml}
FORMATS = (*WRITERS, "csv")
MEDIA_TYPES = {"gexf": "application/gexf+xml", "graphml": "application/graphml+xml"}

__all__ = ["FORMATS", "MEDIA_TYPES", "VIEWS", "WRITERS", "build_view", "export_csv", "export_graph", "write_csv"]


def export_graph(
    store: Store, fmt: str, *, view: str = "actors", since: dt.date | None = None, until: dt.date | None = None
) -> bytes:
    """One view of the store as a GEXF 1.3 or GraphML file."""
    if fmt not in WRITERS:
        hint = " (csv writes two files: use export_csv)" if fmt == "csv" else ""
        raise ExportError(f"unknown export format {fmt!r}{hint}: choose one of {', '.join(WRITERS)}")
    return WRITERS[fmt](build_view(store, view, since=since, until=until))


def export_csv(
    store: Store,
    folder: str | Path,
    *,
    view: str = "actors",
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> list[Path]:
    """Write one view of the store as `folder/nodes.csv` and `folder/edges.csv`; returns both paths."""
    return write_csv(build_view(store, view, since=since, until=until), folder)


def write_csv(graph: nx.MultiDiGraph, folder: str | Path) -> list[Path]:
    """Write a built view as `nodes.csv` and `edges.csv` in `folder`, creating it if needed."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for name, content in to_tables(graph).items():
            (folder / name).write_bytes(content)
            written.append(folder / name)
    except OSError as err:
        raise ExportError(f"csv: cannot write to {folder}: {err.strerror or err}") from err
    return written
