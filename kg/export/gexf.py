"""GEXF 1.3, Gephi's own format, written with lxml: typed attributes, colours, sizes, a timeline.

networkx writes only GEXF 1.2draft and fails on None values, so kg builds the graph with
networkx and writes the XML here. The graph is `mode="dynamic"` with `timeformat="date"`:
every dated node and edge carries its days (`start`/`end`, or `<spells>` when it has
several), so Gephi's timeline plays the events in order. Undated ones are always shown.

`validate()` checks a file against the official RELAX NG schema shipped in
`schemas/gexf-1.3/` (CC-BY 4.0, see its README).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import networkx as nx
from lxml import etree

from kg.errors import ExportError
from kg.export.attributes import Column, edge_columns, node_columns, sorted_edges, sorted_nodes, values

NAMESPACE = "http://gexf.net/1.3"
VIZ = "http://gexf.net/1.3/viz"
SCHEMA = Path(__file__).parent / "schemas" / "gexf-1.3" / "gexf.rng"

_TYPES = {str: "string", int: "integer", float: "double", bool: "boolean"}
_E = f"{{{NAMESPACE}}}"
_V = f"{{{VIZ}}}"


def to_gexf(graph: nx.MultiDiGraph) -> bytes:
    """The graph as a GEXF 1.3 document (UTF-8 bytes)."""
    root = etree.Element(_E + "gexf", nsmap={None: NAMESPACE, "viz": VIZ}, version="1.3")
    meta = etree.SubElement(root, _E + "meta")
    etree.SubElement(meta, _E + "creator").text = "kg"
    etree.SubElement(meta, _E + "description").text = graph.graph.get("description", "kg export")
    body = etree.SubElement(root, _E + "graph", defaultedgetype="directed", mode="dynamic", timeformat="date")
    node_cols, edge_cols = node_columns(graph), edge_columns(graph)
    _declare(body, "node", node_cols)
    _declare(body, "edge", edge_cols)
    nodes = etree.SubElement(body, _E + "nodes", count=str(graph.number_of_nodes()))
    for node, data in sorted_nodes(graph):
        _write_node(nodes, node, data, node_cols)
    edges = etree.SubElement(body, _E + "edges", count=str(graph.number_of_edges()))
    for edge_id, source, target, data in sorted_edges(graph):
        _write_edge(edges, edge_id, source, target, data, edge_cols)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def validate(document: bytes) -> None:
    """Check a GEXF document against the GEXF 1.3 RELAX NG schema; ExportError says what is wrong."""
    try:
        tree = etree.fromstring(document)
    except etree.XMLSyntaxError as err:
        raise ExportError(f"gexf: not well-formed XML: {err}") from err
    schema = _schema()
    if not schema.validate(tree):
        raise ExportError(f"gexf: not valid GEXF 1.3: {schema.error_log}")


@cache
def _schema() -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(SCHEMA)))


def _declare(body: etree._Element, kind: str, columns: list[Column]) -> None:
    declarations = etree.SubElement(body, _E + "attributes", {"class": kind})
    for column in columns:
        etree.SubElement(declarations, _E + "attribute", id=column.name, title=column.name, type=_TYPES[column.kind])


def _write_node(parent: etree._Element, node: str, data: dict, columns: list[Column]) -> None:
    element = etree.SubElement(parent, _E + "node", id=node, label=data["label"])
    _write_time(element, data["spells"])
    _write_values(element, data, columns)
    red, green, blue = data["color"]
    etree.SubElement(element, _V + "color", r=str(red), g=str(green), b=str(blue))
    etree.SubElement(element, _V + "size", value=str(data["size"]))


def _write_edge(
    parent: etree._Element, edge_id: str, source: str, target: str, data: dict, columns: list[Column]
) -> None:
    element = etree.SubElement(parent, _E + "edge", id=edge_id, source=source, target=target, kind=data["kind"],
                               label=data["label"], weight=str(data["weight"]))
    if not data["directed"]:
        element.set("type", "undirected")
    _write_time(element, data["spells"])
    _write_values(element, data, columns)


def _write_time(element: etree._Element, spells: list[tuple[str, str | None]]) -> None:
    """One spell as start/end attributes, several as a <spells> list; nothing when undated."""
    if len(spells) == 1:
        _set_interval(element, *spells[0])
    elif spells:
        container = etree.SubElement(element, _E + "spells")
        for start, end in spells:
            _set_interval(etree.SubElement(container, _E + "spell"), start, end)


def _set_interval(element: etree._Element, start: str, end: str | None) -> None:
    element.set("start", start)
    if end:
        element.set("end", end)


def _write_values(element: etree._Element, data: dict, columns: list[Column]) -> None:
    present = list(values(data, columns))
    if present:
        container = etree.SubElement(element, _E + "attvalues")
        for column, value in present:
            etree.SubElement(container, _E + "attvalue", {"for": column.name, "value": value})
