"""What the writers share: which node and edge attributes are data columns, of which type.

A view (`kg.export.views`) puts presentation and structure (label, spells, colour, size, kind,
weight, direction) and data (category, type, counts, dates as text...) in the same attribute
dicts. Each format writes the structure its own way and declares the data columns with a type,
in a fixed order: the order they are first met in, nodes and edges sorted by id.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import networkx as nx

NODE_STRUCTURE = frozenset({"label", "spells", "color", "size"})
EDGE_STRUCTURE = frozenset({"kind", "label", "weight", "directed", "spells"})

Edge = tuple[str, str, str, dict]  # (id, source, target, attributes)


@dataclass(frozen=True)
class Column:
    """One data attribute: its name and the Python type of its values (str, int, float or bool)."""

    name: str
    kind: type


def node_columns(graph: nx.MultiDiGraph) -> list[Column]:
    return _columns((data for _, data in sorted_nodes(graph)), NODE_STRUCTURE)


def edge_columns(graph: nx.MultiDiGraph) -> list[Column]:
    return _columns((data for *_, data in sorted_edges(graph)), EDGE_STRUCTURE)


def sorted_nodes(graph: nx.MultiDiGraph) -> list[tuple[str, dict]]:
    return sorted(graph.nodes(data=True))


def sorted_edges(graph: nx.MultiDiGraph) -> list[Edge]:
    """Edges in a stable order with ids "e0", "e1"...: the same store gives the same file."""
    edges = sorted(graph.edges(keys=True, data=True), key=lambda edge: edge[:3])
    return [(f"e{index}", source, target, data) for index, (source, target, _key, data) in enumerate(edges)]


def values(data: dict, columns: list[Column]) -> Iterator[tuple[Column, str]]:
    """The columns this node or edge has a value for, with the value as text."""
    for column in columns:
        if data.get(column.name) is not None:
            yield column, text(data[column.name])


def text(value: object) -> str:
    """A value as XML and CSV write it: booleans as true/false, everything else as str()."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _columns(items: Iterator[dict], structure: frozenset[str]) -> list[Column]:
    found: dict[str, type] = {}
    for data in items:
        for name, value in data.items():
            if name not in structure and value is not None:
                found.setdefault(name, type(value))
    return [Column(name, kind) for name, kind in found.items()]
