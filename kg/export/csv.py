"""nodes.csv and edges.csv as Gephi's spreadsheet import (Data Laboratory) reads them.

Nodes: `Id`, `Label`, the data columns, `Time Interval`. Edges: `Source`, `Target`, `Type`
(Directed or Undirected), `Id`, `Label`, `Weight`, `kind`, the data columns, `Time Interval`.
A time interval is Gephi's `<[start, end]; ...>` list of days, with `Infinity` for an actor
that stays once it has appeared.
"""

from __future__ import annotations

import csv
import io

import networkx as nx

from kg.export.attributes import edge_columns, node_columns, sorted_edges, sorted_nodes, text

NODES_FILE = "nodes.csv"
EDGES_FILE = "edges.csv"


def to_tables(graph: nx.MultiDiGraph) -> dict[str, bytes]:
    """The two spreadsheets, by file name: {"nodes.csv": ..., "edges.csv": ...} (UTF-8)."""
    node_names = [column.name for column in node_columns(graph)]
    nodes = [["Id", "Label", *node_names, "Time Interval"]]
    for node, data in sorted_nodes(graph):
        nodes.append([node, data["label"], *_cells(data, node_names), time_interval(data["spells"])])
    edge_names = [column.name for column in edge_columns(graph)]
    edges = [["Source", "Target", "Type", "Id", "Label", "Weight", "kind", *edge_names, "Time Interval"]]
    for edge_id, source, target, data in sorted_edges(graph):
        direction = "Directed" if data["directed"] else "Undirected"
        edges.append([source, target, direction, edge_id, data["label"], text(data["weight"]), data["kind"],
                      *_cells(data, edge_names), time_interval(data["spells"])])
    return {NODES_FILE: _csv(nodes), EDGES_FILE: _csv(edges)}


def time_interval(spells: list[tuple[str, str | None]]) -> str:
    """Gephi's interval list: [("2025-03-14", None)] -> "<[2025-03-14, Infinity]>"; no spells -> ""."""
    if not spells:
        return ""
    return "<" + "; ".join(f"[{start}, {end or 'Infinity'}]" for start, end in spells) + ">"


def _cells(data: dict, names: list[str]) -> list[str]:
    return ["" if data.get(name) is None else text(data[name]) for name in names]


def _csv(rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue().encode("utf-8")
