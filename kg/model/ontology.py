"""The kg ontology (`ontology/kg.ttl`) as an rdflib graph, and as N-Triples for owlready2,
which reads RDF/XML and N-Triples but not Turtle."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from rdflib import Graph

ONTOLOGY_PATH = Path(__file__).resolve().parents[2] / "ontology" / "kg.ttl"


@lru_cache(maxsize=1)
def _ontology_text() -> str:
    return ONTOLOGY_PATH.read_text(encoding="utf-8")


def load_ontology() -> Graph:
    """A fresh graph of the ontology (the file is read once per process)."""
    return Graph().parse(data=_ontology_text(), format="turtle")


def to_ntriples(graph: Graph) -> str:
    return graph.serialize(format="nt")
