"""Documents in, facts stored: the main job of kg.

Each document is extracted and written on its own, as one transaction: a document that
fails to load, to extract or to store is reported and leaves nothing behind, and the others
go on. Re-ingesting a document replaces its named graph, so ingest is idempotent.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.documents import Document, load
from kg.errors import DocumentError, KgError
from kg.model.namespace import document_graph
from kg.model.ontology import load_ontology
from kg.model.to_rdf import document_to_graph
from kg.store import Store


@dataclass
class IngestReport:
    """What one run of ingest did."""

    documents: int = 0
    facts: int = 0
    triples: int = 0
    failures: list[KgError] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> str:
        return (
            f"{self.documents} documents, {self.facts} facts, {self.triples} triples, "
            f"{len(self.failures)} failures, {self.seconds:.1f} s"
        )


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    *,
    published: dt.date | None = None,
    on_document: Callable[[Document | DocumentError], None] | None = None,
) -> IngestReport:
    """Load, extract and store every document under `paths` into `store`."""
    from kg.extract import Extractor  # spaCy loads only when something is ingested

    started = time.perf_counter()
    report = IngestReport()
    store.ensure_ontology(load_ontology())
    extractor = Extractor()
    for item in _notify(load(paths, published=published), on_document):
        if isinstance(item, DocumentError):
            report.failures.append(item)
            continue
        try:
            facts = extractor.extract(item)
            graph = document_to_graph(item, facts)
            store.replace_graph(document_graph(item.id), graph)
        except KgError as err:
            report.failures.append(err)
            continue
        report.documents += 1
        report.facts += facts.count()
        report.triples += len(graph)
    store.flush()
    report.seconds = time.perf_counter() - started
    return report


def delete(doc_ids: Iterable[str], store: Store) -> list[str]:
    """Remove documents' facts from the store; returns the ids that were not there."""
    doc_ids = list(doc_ids)
    missing = [d for d in doc_ids if not store.has_graph(document_graph(d))]
    store.drop_graphs(document_graph(d) for d in doc_ids if d not in missing)
    return missing


def _notify(
    items: Iterator[Document | DocumentError],
    callback: Callable[[Document | DocumentError], None] | None,
) -> Iterator[Document | DocumentError]:
    for item in items:
        if callback:
            callback(item)
        yield item
