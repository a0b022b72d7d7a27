"""GraphML, written with lxml: every key declared with `for` and a type, parallel edges kept.

Node colours and sizes go in the `r`, `g`, `b` and `size` attributes and edge weights in
`weight`, the names Gephi's GraphML import reads them from. GraphML has no timeline: the days
are in the `date` and `issued` attributes of events and documents. Every edge is written
directed, with a boolean `directed` attribute that is false for the links between the parties
of an event: per-edge `directed="false"` is valid GraphML, but networkx refuses to read it.
"""

from __future__ import annotations

import networkx as nx
from lxml import etree

from kg.export.attributes import Column, edge_columns, node_columns, sorted_edges, sorted_nodes, values

NAMESPACE = "http://graphml.graphdrawing.org/xmlns"

_TYPES = {str: "string", int: "int", float: "double", bool: "boolean"}
_E = f"{{{NAMESPACE}}}"
_NODE_EXTRAS = [Column("label", str), Column("r", int), Column("g", int), Column("b", int), Column("size", float)]
_EDGE_EXTRAS = [Column("label", str), Column("kind", str), Column("weight", float), Column("directed", bool)]


def to_graphml(graph: nx.MultiDiGraph) -> bytes:
    """The graph as a GraphML document (UTF-8 bytes)."""
    root = etree.Element(_E + "graphml", nsmap={None: NAMESPACE})
    node_cols = _NODE_EXTRAS + node_columns(graph)
    edge_cols = _EDGE_EXTRAS + edge_columns(graph)
    _declare(root, "node", node_cols)
    _declare(root, "edge", edge_cols)
    body = etree.SubElement(root, _E + "graph", id="kg", edgedefault="directed")
    for node, data in sorted_nodes(graph):
        red, green, blue = data["color"]
        element = etree.SubElement(body, _E + "node", id=node)
        _write_values(element, "node", {**data, "r": red, "g": green, "b": blue}, node_cols)
    for edge_id, source, target, data in sorted_edges(graph):
        element = etree.SubElement(body, _E + "edge", id=edge_id, source=source, target=target)
        _write_values(element, "edge", data, edge_cols)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _key(kind: str, column: Column) -> str:
    """Key ids are unique across nodes and edges: "node.label", "edge.label"."""
    return f"{kind}.{column.name}"


def _declare(root: etree._Element, kind: str, columns: list[Column]) -> None:
    for column in columns:
        etree.SubElement(root, _E + "key", {"id": _key(kind, column), "for": kind, "attr.name": column.name,
                                            "attr.type": _TYPES[column.kind]})


def _write_values(element: etree._Element, kind: str, data: dict, columns: list[Column]) -> None:
    for column, value in values(data, columns):
        etree.SubElement(element, _E + "data", key=_key(kind, column)).text = value
