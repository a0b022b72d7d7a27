"""How exported nodes look in Gephi: a colour per type, a size per number of documents.

Colours are the matplotlib "tab10" palette, which stays distinguishable for most colour-blind
readers; positions are left to Gephi's layouts.
"""

from __future__ import annotations

import math

Colour = tuple[int, int, int]

COLOURS: dict[str, Colour] = {
    "Country": (31, 119, 180),  # blue
    "Person": (255, 127, 14),  # orange
    "Organization": (44, 160, 44),  # green
    "Exchange": (214, 39, 40),  # red
    "Release": (227, 119, 194),  # pink
    "Talks": (148, 103, 189),  # purple
    "Attack": (140, 86, 75),  # brown
    "Visit": (23, 190, 207),  # cyan
    "Document": (127, 127, 127),  # grey
}
_OTHER: Colour = (188, 189, 34)  # olive, for a type added to the ontology later


def colour(node_type: str) -> Colour:
    """The RGB colour of a node of this kg type ("Country", "Exchange", "Document"...)."""
    return COLOURS.get(node_type, _OTHER)


def node_size(documents: int) -> float:
    """10 for one document, growing with the square root of the count, so disc area grows with it."""
    return round(10 * math.sqrt(max(documents, 1)), 2)
