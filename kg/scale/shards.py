"""Documents' facts as N-Quads shards (`kg extract`), and shards bulk-loaded into a store
(`kg load`).

Extraction is the slow part and documents are independent, so it can run anywhere, on any
number of machines, each writing shards of its own part of the corpus; loading is fast and
runs once. A shard holds up to `shard_size` documents, each document's facts in its own named
graph, exactly the quads `kg ingest` would store. A shard is written under a temporary name
and renamed when complete, so a shard file on disk is always whole.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef

from kg.documents import Document, load
from kg.errors import ConfigError, DocumentError, KgError
from kg.ingest import Extracted, extract_batch
from kg.model.namespace import DOCUMENT_GRAPH_PREFIX, document_graph
from kg.model.ontology import load_ontology
from kg.scale.parallel import run_batches
from kg.store import AnyStore, RemoteStore, Store

SHARD_SIZE = 1000  # documents per shard: a few hundred thousand quads, loaded in memory
SHARD_SUFFIX = ".nq"


@dataclass
class NQuads:
    """One document's facts as N-Quads in its named graph."""

    document_id: str
    data: bytes
    quads: int


@dataclass
class ShardReport:
    """What one run of `extract_shards` or `load_shards` did."""

    shards: list[Path] = field(default_factory=list)
    documents: int = 0
    quads: int = 0
    failures: list[KgError] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> str:
        return (
            f"{len(self.shards)} shards, {self.documents} documents, {self.quads} quads, "
            f"{len(self.failures)} failures, {self.seconds:.1f} s"
        )


# -- extract -------------------------------------------------------------------------------


def extract_shards(
    paths: Iterable[str | Path],
    out_dir: Path,
    *,
    prefix: str = "shard",
    shard_size: int = SHARD_SIZE,
    published: dt.date | None = None,
    workers: int = 1,
    executor: Executor | None = None,
) -> ShardReport:
    """Extract every document under `paths` into `out_dir/<prefix>-00000.nq`, ...

    Refuses a folder that already holds shards of that prefix: a shard left from an earlier
    run would be loaded with the new ones.
    """
    started = time.perf_counter()
    report = ShardReport()
    documents = load(paths, published=published)
    with _ShardWriter(out_dir, prefix, shard_size) as writer:
        for result in run_batches(documents, extract_batch_as_nquads, workers=workers, executor=executor):
            if isinstance(result, KgError):
                report.failures.append(result)
                continue
            writer.write(result.data)
            report.documents += 1
            report.quads += result.quads
    report.shards = writer.shards
    report.seconds = time.perf_counter() - started
    return report


def extract_batch_as_nquads(documents: list[Document]) -> list[NQuads | KgError]:
    """What a worker runs for `kg extract`: the quads are serialised there, in parallel, so
    the process writing the shards only writes bytes."""
    return [as_nquads(result) if isinstance(result, Extracted) else result for result in extract_batch(documents)]


def as_nquads(extracted: Extracted) -> NQuads:
    """A document's graph as N-Quads in its named graph (pyoxigraph: much faster than rdflib)."""
    graph_name = ox.NamedNode(str(document_graph(extracted.document_id)))
    ntriples = extracted.graph.serialize(format="nt", encoding="utf-8")
    quads = [ox.Quad(q.subject, q.predicate, q.object, graph_name)
             for q in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)]
    return NQuads(extracted.document_id, ox.serialize(quads, format=ox.RdfFormat.N_QUADS), len(quads))


class _ShardWriter:
    """Appends documents' quads to numbered shard files, starting a new one every
    `shard_size` documents; each is renamed from `.part` once complete."""

    def __init__(self, out_dir: Path, prefix: str, shard_size: int) -> None:
        if any(out_dir.glob(f"{prefix}-*{SHARD_SUFFIX}")):
            raise ConfigError(f"{out_dir}: already holds {prefix}-*{SHARD_SUFFIX} shards; "
                              "choose an empty folder or another --prefix")
        out_dir.mkdir(parents=True, exist_ok=True)
        self.out_dir, self.prefix, self.shard_size = out_dir, prefix, shard_size
        self.shards: list[Path] = []
        self._file = None
        self._documents = 0

    def __enter__(self) -> _ShardWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self._close_shard()

    def write(self, data: bytes) -> None:
        if self._file is None:
            self._file = self._part(len(self.shards)).open("wb")
        self._file.write(data)
        self._documents += 1
        if self._documents == self.shard_size:
            self._close_shard()

    def _close_shard(self) -> None:
        if self._file is None:
            return
        self._file.close()
        shard = self.out_dir / f"{self.prefix}-{len(self.shards):05d}{SHARD_SUFFIX}"
        self._part(len(self.shards)).rename(shard)
        self.shards.append(shard)
        self._file = None
        self._documents = 0

    def _part(self, number: int) -> Path:
        return self.out_dir / f"{self.prefix}-{number:05d}{SHARD_SUFFIX}.part"


# -- load ----------------------------------------------------------------------------------


def load_shards(paths: Iterable[str | Path], store: AnyStore) -> ShardReport:
    """Bulk-load N-Quads shards (files, or folders of `*.nq`) into `store`, each document's
    graph replacing what the store had for that document. A shard that is not valid N-Quads
    of document graphs is reported and nothing of it is loaded."""
    started = time.perf_counter()
    report = ShardReport()
    store.ensure_ontology(load_ontology())
    for shard in _shard_files(paths, report.failures):
        try:
            graphs = read_shard(shard)
        except DocumentError as err:
            report.failures.append(err)
            continue
        report.shards.append(shard)
        if isinstance(store, RemoteStore):
            _put_graphs(store, graphs, report)
        else:
            _bulk_load(store, graphs, report)
    store.flush()
    report.seconds = time.perf_counter() - started
    return report


def read_shard(shard: Path) -> dict[str, list[ox.Quad]]:
    """A shard's quads by document graph, checked before anything is written."""
    graphs: dict[str, list[ox.Quad]] = {}
    try:
        for quad in ox.parse(path=shard, format=ox.RdfFormat.N_QUADS):
            graph = quad.graph_name
            if not (isinstance(graph, ox.NamedNode) and graph.value.startswith(DOCUMENT_GRAPH_PREFIX)):
                raise DocumentError(str(shard), f"a quad outside any document's graph: {quad}")
            graphs.setdefault(graph.value, []).append(quad)
    except (OSError, SyntaxError) as err:
        raise DocumentError(str(shard), f"not readable as N-Quads: {err}") from err
    return graphs


def _put_graphs(store: RemoteStore, graphs: dict[str, list[ox.Quad]], report: ShardReport) -> None:
    """One Graph Store PUT per document: each document is replaced whole or not at all."""
    for graph, quads in graphs.items():
        triples = (ox.Triple(q.subject, q.predicate, q.object) for q in quads)
        try:
            store.put_ntriples(graph, ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES))
        except KgError as err:
            report.failures.append(err)
            continue
        report.documents += 1
        report.quads += len(quads)


def _bulk_load(store: Store, graphs: dict[str, list[ox.Quad]], report: ShardReport) -> None:
    """Drop the shard's documents, then Oxigraph's bulk loader, which skips per-write
    transactions."""
    store.drop_graphs(URIRef(graph) for graph in graphs)
    store.bulk_add(quad for quads in graphs.values() for quad in quads)
    report.documents += len(graphs)
    report.quads += sum(len(quads) for quads in graphs.values())


def _shard_files(paths: Iterable[str | Path], failures: list[KgError]) -> Iterator[Path]:
    for path in map(Path, paths):
        if path.is_dir():
            yield from sorted(path.glob(f"*{SHARD_SUFFIX}"))
        elif path.is_file():
            yield path
        else:
            failures.append(DocumentError(str(path), "no such shard file or folder"))
