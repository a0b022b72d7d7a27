"""Documents in, facts stored: the main job of kg.

Each document is extracted and written on its own, as one transaction: a document that
fails to load, to extract or to store is reported and leaves nothing behind, and the others
go on. Re-ingesting a document replaces its named graph, so ingest is idempotent.

By default the work is split over two processes, so that it overlaps on two cores: a helper
process runs spaCy and kg's components (`extract_facts_batch`) while this one turns the
previous batch's facts into graphs, checks them against the shapes and writes the store.
With `workers` > 1 or an executor such as a Dask cluster's (`kg.scale`), each worker does
all of a batch's extraction (`extract_batch`); the store is written from this process only,
in reading order. `graphs_checked` is the one place where documents' graphs are made and
checked against the shapes before anything stores or ships them.
"""

from __future__ import annotations

import datetime as dt
import functools
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import BrokenExecutor, Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from kg.documents import Document, load
from kg.errors import DocumentError, ExtractionError, KgError
from kg.extract.facts import Facts
from kg.model.namespace import document_graph
from kg.model.ontology import load_ontology
from kg.model.to_rdf import document_to_graph
from kg.scale.parallel import BATCH_SIZE, process_pool, run_batches
from kg.store import AnyStore


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


@dataclass
class Extracted:
    """One document's facts as its graph, ready to store or to write out."""

    document_id: str
    graph: Graph
    facts: int


def ingest(
    paths: Iterable[str | Path],
    store: AnyStore,
    *,
    published: dt.date | None = None,
    on_document: Callable[[Document | DocumentError], None] | None = None,
    workers: int = 1,
    executor: Executor | None = None,
) -> IngestReport:
    """Load, extract and store every document under `paths` into `store`.

    `workers` > 1 extracts on that many processes; `executor` (a Dask cluster's, say) runs
    the extraction there instead, `workers` then being how many tasks it runs at once.
    """
    started = time.perf_counter()
    if executor is None and workers == 1:
        start_helper()  # spaCy loads there while this process opens the ontology and reads
    report = IngestReport()
    store.ensure_ontology(load_ontology())
    documents = _notify(load(paths, published=published), on_document)
    with _StoreWriter(store, report) as writer:
        for result in extract(documents, workers=workers, executor=executor):
            if isinstance(result, KgError):
                report.failures.append(result)
            else:
                writer.write(result)
    store.flush()
    report.seconds = time.perf_counter() - started
    return report


class _StoreWriter:
    """Writes documents' graphs to the store on a thread of its own, in reading order, while
    the next documents are extracted: the store's work (Oxigraph's RocksDB, or a server over
    HTTP) runs without holding the GIL, so it overlaps with spaCy's. At most `pending`
    documents wait to be written, which bounds memory."""

    def __init__(self, store: AnyStore, report: IngestReport, pending: int = 32) -> None:
        self._store, self._report, self._limit = store, report, pending
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-store-writer")
        self._pending: deque[tuple[Extracted, Future]] = deque()

    def __enter__(self) -> _StoreWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            while self._pending:
                self._settle(*self._pending.popleft())
        finally:
            self._thread.shutdown(cancel_futures=True)

    def write(self, extracted: Extracted) -> None:
        graph_iri = document_graph(extracted.document_id)
        self._pending.append((extracted, self._thread.submit(self._store.replace_graph, graph_iri, extracted.graph)))
        while len(self._pending) > self._limit:
            self._settle(*self._pending.popleft())

    def _settle(self, extracted: Extracted, written: Future) -> None:
        try:
            written.result()
        except KgError as err:
            self._report.failures.append(err)
            return
        self._report.documents += 1
        self._report.facts += extracted.facts
        self._report.triples += len(extracted.graph)


def extract(
    documents: Iterable[Document | DocumentError], *, workers: int = 1, executor: Executor | None = None
) -> Iterator[Extracted | KgError]:
    """Every document's graph, or what went wrong with it, in reading order."""
    if executor is None and workers == 1:
        return _overlapped(documents)
    return run_batches(documents, extract_batch, workers=workers, executor=executor)


def extract_batch(documents: list[Document]) -> list[Extracted | KgError]:
    """A batch through this process's extractor and the shapes (what a worker runs)."""
    return graphs_checked(extract_facts_batch(documents))


def extract_facts_batch(documents: list[Document]) -> list[tuple[Document, Facts] | KgError]:
    """A batch through this process's spaCy pipeline, parsed together; each document then
    has its facts or its error."""
    return [facts if isinstance(facts, ExtractionError) else (document, facts)
            for document, facts in _extractor().extract_all(documents)]


def graphs_checked(results: list[tuple[Document, Facts] | KgError]) -> list[Extracted | KgError]:
    """Each document's graph from its facts, the batch checked against the SHACL shapes
    together; each document then succeeds or fails on its own."""
    return checked_against_shapes([result if isinstance(result, KgError) else document_graph_of(*result)
                                   for result in results])


def _overlapped(documents: Iterable[Document | DocumentError]) -> Iterator[Extracted | KgError]:
    """spaCy on the helper process, graphs and shapes here: while this process checks one
    batch, the helper parses the next."""
    pending: list[tuple[Document, Facts] | KgError] = []
    for result in run_batches(documents, extract_facts_batch, executor=_live_helper()):
        pending.append(result)
        if len(pending) == BATCH_SIZE:
            yield from graphs_checked(pending)
            pending = []
    yield from graphs_checked(pending)


def _live_helper() -> ProcessPoolExecutor:
    """The helper process, replaced first if it died (its batches were reported failed)."""
    try:
        _helper_process().submit(int).result()
    except BrokenExecutor:
        _helper_process.cache_clear()
    return _helper_process()


def start_helper() -> Future:
    """Start the helper process, if it is not running, and have it import spaCy; returns
    once the process is up, with the future of that import."""
    return _live_helper().submit(_import_spacy)


def _import_spacy() -> None:
    import kg.extract.pipeline  # noqa: F401 - spaCy's import is most of a start


def stop_helper() -> None:
    """Stop the helper process now (it also stops when this process exits)."""
    if _helper_process.cache_info().currsize:
        _helper_process().shutdown()
        _helper_process.cache_clear()


@functools.cache
def _helper_process() -> ProcessPoolExecutor:
    """The process that runs spaCy for ingest: started on first use and kept, because
    loading the model takes seconds."""
    return process_pool(1)


def document_graph_of(document: Document, facts: Facts) -> Extracted | ExtractionError:
    """The graph of one document, from its facts."""
    try:
        return Extracted(document.id, document_to_graph(document, facts), facts.count())
    except Exception as err:  # noqa: BLE001 - one document's bad facts must not stop the run
        return ExtractionError(document.id, "to_rdf", f"{type(err).__name__}: {err}")


def checked_against_shapes(results: list[Extracted | KgError]) -> list[Extracted | KgError]:
    """The same results, with every document whose facts break a SHACL shape
    (`ontology/shapes.ttl`) turned into its error: such a document is reported, not stored."""
    from kg.reason.shapes import validate_documents

    extracted = [result for result in results if isinstance(result, Extracted)]
    violations = iter(validate_documents([result.graph for result in extracted]))
    return [_unless_violated(result, next(violations)) if isinstance(result, Extracted) else result
            for result in results]


def _unless_violated(result: Extracted, violations: list) -> Extracted | ExtractionError:
    if violations:
        return ExtractionError(result.document_id, "shapes", "; ".join(map(str, violations)))
    return result


@functools.cache
def _extractor():  # noqa: ANN202 - kg.extract.Extractor, imported lazily
    """One extractor per process, built on first use: spaCy loads only when something is
    extracted, and once (loading the model takes a second)."""
    from kg.extract import Extractor

    return Extractor()


def delete(doc_ids: Iterable[str], store: AnyStore) -> list[str]:
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
