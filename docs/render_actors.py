"""Render an exported actor graph (GraphML from `kg export`) as a PNG, the way Gephi colours it.

    kg ingest examples
    kg export --format graphml --view actors --output actors.graphml
    python docs/render_actors.py actors.graphml docs/actors.png

Needs matplotlib: `pip install -e '.[docs]'`. Node colours and sizes come from the export's
`r`, `g`, `b` and `size` attributes; edges are drawn by kind (mediator dashed, party solid,
speaker dotted), party edges labelled with their weight. Each connected group is laid out by
networkx's spring layout with a fixed seed, so the same export gives the same picture.
"""

from __future__ import annotations

import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no display needed

import matplotlib.pyplot as plt  # noqa: E402 - after choosing the backend
import networkx as nx  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402

EDGE_STYLES = {"mediator": ("dashed", "#7b4fa0"), "party": ("solid", "#c0392b"), "speaker": ("dotted", "#666666")}
TYPE_ORDER = ("Country", "Organization", "Person")


def render(graphml: Path, png: Path) -> None:
    """Draw the actor graph in `graphml` into `png`."""
    graph = nx.read_graphml(graphml, force_multigraph=True)
    positions = _layout(graph)
    figure, axes = plt.subplots(figsize=(12, 7), dpi=110)
    axes.set_axis_off()
    for kind, (style, colour) in EDGE_STYLES.items():
        edges = [(s, t) for s, t, data in graph.edges(data=True) if data["kind"] == kind]
        nx.draw_networkx_edges(graph, positions, edgelist=edges, style=style, width=1.6, edge_color=colour,
                               arrows=True, arrowstyle="-" if kind == "party" else "-|>", arrowsize=14,
                               node_size=700, connectionstyle="arc3,rad=0.1", ax=axes)
    nx.draw_networkx_nodes(graph, positions, node_color=[_colour(data) for _, data in graph.nodes(data=True)],
                           node_size=[40 * data["size"] for _, data in graph.nodes(data=True)], ax=axes)
    labels = {node: f"{label}\n" for node, label in graph.nodes(data="label")}
    nx.draw_networkx_labels(graph, positions, labels=labels, font_size=9, verticalalignment="bottom", ax=axes)
    weights = {(s, t): f"{data['label']} ({int(data['weight'])})" for s, t, data in graph.edges(data=True)
               if data["kind"] == "party"}
    nx.draw_networkx_edge_labels(graph, positions, edge_labels=weights, font_size=8, font_color="#c0392b",
                                 connectionstyle="arc3,rad=0.1", ax=axes)
    axes.legend(handles=_legend(graph), loc="lower right", fontsize=8, frameon=False)
    axes.set_title("Actors of the kg examples: who mediated between, exchanged with and spoke about whom")
    axes.margins(0.08)
    figure.tight_layout()
    figure.savefig(png)


def _layout(graph: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Each connected group of actors laid out on its own, side by side; lone actors in a row below."""
    simple = nx.Graph(graph)
    groups = sorted(nx.connected_components(simple), key=lambda nodes: (-len(nodes), sorted(nodes)))
    connected = [nodes for nodes in groups if len(nodes) > 1]
    alone = sorted(node for nodes in groups if len(nodes) == 1 for node in nodes)
    positions = {}
    for index, nodes in enumerate(connected):
        layout = nx.spring_layout(simple.subgraph(nodes), seed=7, weight=None)
        positions |= {node: (x + 2.6 * index, y) for node, (x, y) in layout.items()}
    width = 2.6 * max(len(connected) - 1, 1)
    for index, node in enumerate(alone):
        positions[node] = (width * index / max(len(alone) - 1, 1), -1.7)
    return positions


def _colour(data: dict) -> tuple[float, float, float]:
    return data["r"] / 255, data["g"] / 255, data["b"] / 255


def _legend(graph: nx.MultiDiGraph) -> list[Line2D]:
    colours = {data["type"]: _colour(data) for _, data in graph.nodes(data=True)}
    nodes = [Line2D([], [], marker="o", linestyle="", color=colours[kind], label=kind)
             for kind in TYPE_ORDER if kind in colours]
    edges = [Line2D([], [], linestyle=style, color=colour, label=f"{kind} edge")
             for kind, (style, colour) in EDGE_STYLES.items()]
    return nodes + edges


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python docs/render_actors.py ACTORS.graphml OUT.png")
    render(Path(sys.argv[1]), Path(sys.argv[2]))
