"""Writing from the service: SPARQL Update, and ingesting and deleting documents.

The store takes one writer at a time. The service opens a read-write handle only for the
length of one write, one write at a time within the process; when another process holds
the store (a `kg ingest`, another web process writing), the request fails at once with 503
and says so, and the store is untouched. Each document is one transaction, so readers see
its facts all at once or not at all; query workers pick the write up on their next query.
"""

from __future__ import annotations

import json
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kg.errors import DocumentError, KgError
from kg.model.namespace import document_graph
from kg.store import Store, open_store

_one_writer = threading.Lock()


@contextmanager
def writable_store(path: Path) -> Iterator[Store]:
    """The store opened read-write for one write, closed (and its lock released) after it."""
    with _one_writer:
        store = open_store(path)
        try:
            yield store
        finally:
            store.close()


def run_update(path: Path, sparql: str) -> None:
    """Apply a SPARQL 1.1 Update (SERVICE and LOAD refused) in one transaction."""
    with writable_store(path) as store:
        store.update(sparql)


def ingest_documents(path: Path, records: list[dict[str, object]]) -> dict[str, object]:
    """Extract and store documents given as JSON objects (the fields of a JSON Lines line);
    returns what was done, with each failure naming the document by its place in `records`."""
    from kg.ingest import ingest  # loads spaCy on first use: only writing processes pay for it

    with tempfile.TemporaryDirectory(prefix="kg-post-") as folder:
        source = Path(folder) / "documents.jsonl"
        source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        with writable_store(path) as store:
            report = ingest([source], store)
    return {"documents": report.documents, "facts": report.facts, "triples": report.triples,
            "failures": [_failure_text(f) for f in report.failures], "seconds": round(report.seconds, 3)}


def delete_document(path: Path, doc_id: str) -> bool:
    """Remove a document and its facts; False when it was not in the store."""
    with writable_store(path) as store:
        return store.drop_graphs([document_graph(doc_id)]) == 1


def _failure_text(failure: KgError) -> str:
    if isinstance(failure, DocumentError) and failure.line is not None:
        return f"document {failure.line}: {failure.reason}"
    return str(failure)
