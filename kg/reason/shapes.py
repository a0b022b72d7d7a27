"""SHACL validation of the facts, one document's graph at a time (`ontology/shapes.ttl`).

A document's facts live in their own named graph, so a document is the unit that passes or
fails: ingest validates each document's graph before storing it, and `kg validate` checks
every document graph in a store. The shapes need no reasoning (they target the classes the
extractor writes), so pyshacl runs with inference off, and the shapes graph is parsed once
per process.

pyshacl's cost is mostly per call (it harvests the shapes and sets up every constraint each
time), so ingest validates a batch of documents in one call. The documents' graphs are not
simply merged: actors and dated exchanges are shared between documents, and one document's
triples must not make up for what another's lack. Each document's nodes get their own names
in the batch graph, so the answer is exactly what validating each document alone gives.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote

import pyoxigraph as ox
from pyshacl import validate
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from kg.model.namespace import DOCUMENT_GRAPH_PREFIX
from kg.reason.names import short
from kg.store import Store

SHAPES_PATH = Path(__file__).resolve().parents[2] / "ontology" / "shapes.ttl"


@dataclass(frozen=True)
class Violation:
    """One fact that breaks one constraint: the node, the property (if any) and what is wrong."""

    focus_node: str
    path: str | None
    message: str

    def __str__(self) -> str:
        where = f"<{self.focus_node}>" + (f" {self.path}" if self.path else "")
        return f"{where}: {self.message}"


@lru_cache(maxsize=1)
def shapes() -> Graph:
    """The shapes graph, parsed once; callers must not change it."""
    return Graph().parse(SHAPES_PATH, format="turtle")


def validate_document(graph: Graph) -> list[Violation]:
    """Every violation of the shapes in one document's graph; empty when the document conforms."""
    return validate_documents([graph])[0]


def validate_documents(graphs: Sequence[Graph]) -> list[list[Violation]]:
    """The violations of each document's graph, validated in one pyshacl call, in order."""
    batch = Graph(bind_namespaces="none")  # pyshacl needs rdflib's context-aware default store
    for index, graph in enumerate(graphs):
        own = _own_names(index, graph)
        for s, p, o in graph:
            batch.add((own.get(s, s), p, own.get(o, o)))
    conforms, report, _text = validate(batch, shacl_graph=shapes(), inference="none", allow_warnings=True)
    found: list[set[Violation]] = [set() for _ in graphs]
    if not conforms:
        # a property shape with several constraints and one sh:message reports each broken one: keep one
        for index, violation in _violations(report):
            found[index].add(violation)
    return [sorted(violations, key=lambda v: (v.focus_node, v.path or "", v.message)) for violations in found]


def validate_store(store: Store) -> dict[str, list[Violation]]:
    """The violations of each stored document, by document id; documents that conform are left out."""
    found = {}
    for graph_iri in sorted(store.document_graphs()):
        violations = validate_document(_read_graph(store, graph_iri))
        if violations:
            found[unquote(graph_iri.removeprefix(DOCUMENT_GRAPH_PREFIX))] = violations
    return found


_BATCH_PREFIX = "urn:kg-batch:"


def _own_names(index: int, graph: Graph) -> dict[Node, URIRef]:
    """A batch name for every node the document describes (`urn:kg-batch:3:<its IRI>`), which is
    every node a shape can target; what it only points at (classes, literals) keeps its name."""
    return {node: URIRef(f"{_BATCH_PREFIX}{index}:{node}") for node in set(graph.subjects())}


def _document_name(node: str) -> tuple[int, str]:
    """The document index and the node's own IRI, from its batch name."""
    index, _, iri = node.removeprefix(_BATCH_PREFIX).partition(":")
    return int(index), iri


def _violations(report: Graph) -> Iterator[tuple[int, Violation]]:
    for result in report.subjects(RDF.type, SH.ValidationResult):
        index, focus_node = _document_name(str(report.value(result, SH.focusNode)))
        path = report.value(result, SH.resultPath)
        yield index, Violation(focus_node=focus_node, path=_path_name(report, path),
                               message=str(report.value(result, SH.resultMessage)))


def _path_name(report: Graph, path: object) -> str | None:
    """A property path as a reader writes it: `kg:party`, or `^kg:mentions` for an inverse path."""
    if path is None:
        return None
    if isinstance(path, URIRef):
        return short(path)
    inverse = report.value(path, SH.inversePath)
    return "^" + short(inverse) if inverse is not None else str(path)


def _read_graph(store: Store, graph_iri: str) -> Graph:
    triples = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }}")
    return Graph().parse(data=triples.serialize(format=ox.RdfFormat.N_TRIPLES), format="nt")
