"""The kg ontology (`ontology/kg.ttl`), loaded for rdflib and converted for owlready2.

The ontology is written in Turtle because people read and review it. rdflib parses Turtle;
owlready2, which runs the HermiT reasoner, reads only RDF/XML and N-Triples, so
`to_ntriples` converts a graph (the ontology, alone or with instance data) for it.

The file is read once per process. Each `load_ontology` call parses a fresh `Graph`, so a
caller that adds triples to its copy (instance data, inferences) never changes anyone
else's.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from rdflib import Graph

ONTOLOGY_PATH = Path(__file__).resolve().parents[2] / "ontology" / "kg.ttl"


@lru_cache(maxsize=1)
def _ontology_text() -> str:
    return ONTOLOGY_PATH.read_text(encoding="utf-8")


def load_ontology() -> Graph:
    """A new graph holding the ontology, safe for the caller to change."""
    return Graph().parse(data=_ontology_text(), format="turtle")


def to_ntriples(graph: Graph) -> str:
    """The graph as N-Triples, a syntax owlready2 can load (it cannot load Turtle)."""
    return graph.serialize(format="nt")
