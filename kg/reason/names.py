"""Short names for IRIs in messages: `kg:Person`, `prov:wasDerivedFrom`, else `<iri>`."""

from __future__ import annotations

from functools import lru_cache

from rdflib import Graph, URIRef
from rdflib.namespace import NamespaceManager

from kg.model.namespace import KG


@lru_cache(maxsize=1)
def _namespaces() -> NamespaceManager:
    manager = NamespaceManager(Graph(), bind_namespaces="rdflib")  # owl, prov, skos, dcterms, schema, ...
    manager.bind("kg", KG._NS)
    return manager


def short(iri: str) -> str:
    """`kg:Person` for an IRI in a known namespace, `<iri>` for any other."""
    return _namespaces().normalizeUri(URIRef(iri))
