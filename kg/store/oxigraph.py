"""The embedded store: Oxigraph on disk, behind a small interface the rest of kg uses.

Oxigraph gives a real SPARQL 1.1 engine with transactions; rdflib's own memory store is
orders of magnitude slower on joins (see `bench/queries.py` and `bench/results.md`). Graphs
are built with rdflib and written here as one SPARQL update per document, which Oxigraph applies in a single
transaction: readers see a document's facts all at once or not at all, and a failure or
a kill in the middle leaves the previous state.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg.errors import QueryError, StoreError
from kg.model.namespace import DOCUMENT_GRAPH_PREFIX, ONTOLOGY_GRAPH
from kg.queries.sparql_text import mentions_keyword

DEFAULT_STORE = "kg-data"

# Federation and remote loading make the engine fetch URLs: never let a query do that.
_REFUSED = ("SERVICE", "LOAD")


def default_store_path() -> Path:
    """`$KG_STORE` if set, else `./kg-data`."""
    return Path(os.environ.get("KG_STORE") or DEFAULT_STORE)


class Store:
    """A kg store on disk. Open read-write (one process at a time) or read-only (many)."""

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else default_store_path()
        self.read_only = read_only
        try:
            if read_only:
                if not (self.path / "CURRENT").exists():
                    raise StoreError(f"{self.path}: no kg store here (run `kg ingest` first)")
                self._ox = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._ox = ox.Store(str(self.path))
        except OSError as err:
            if "lock" in str(err).lower():
                raise StoreError(f"{self.path}: the store is being written by another process or handle "
                                 "(one writer at a time); try again when it has finished") from err
            raise StoreError(f"{self.path}: cannot open the store: {err}") from err

    def close(self) -> None:
        """Let go of the store now (a writer's lock with it), not whenever this object is collected."""
        self.flush()
        del self._ox

    # -- writing -----------------------------------------------------------------------

    def replace_graph(self, graph_iri: URIRef, graph: Graph) -> None:
        """Make `graph` the whole content of the named graph `graph_iri`, atomically."""
        self._require_writable()
        try:
            body = graph.serialize(format="nt")
            update = f"DROP SILENT GRAPH <{graph_iri}> ;\nINSERT DATA {{ GRAPH <{graph_iri}> {{\n{body}}} }}"
            self._ox.update(update)
        except Exception as err:  # noqa: BLE001 - rdflib raises bare Exception on bad IRIs
            raise StoreError(f"{self.path}: cannot write graph <{graph_iri}>: {err}") from err

    def put_ntriples(self, graph_iri: str, ntriples: bytes) -> None:
        """Make the N-Triples the whole content of the named graph `graph_iri`, atomically.

        For large graphs (the inferred graph) a SPARQL `INSERT DATA` takes longer to parse than
        the data take to compute, so a new graph is loaded by Oxigraph's parser in one
        transaction, and an existing one is changed by one update with only the triples that
        differ: a reasoning run after a few more documents changes little.
        """
        self._require_writable()
        graph = ox.NamedNode(graph_iri)
        try:
            if not self._ox.contains_named_graph(graph):
                self._ox.load(ntriples, format=ox.RdfFormat.N_TRIPLES, to_graph=graph)
                return
            self._ox.update(_replacement(graph_iri, self._ox.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph),
                                         ntriples))
        except (SyntaxError, OSError) as err:
            raise StoreError(f"{self.path}: cannot write graph <{graph_iri}>: {err}") from err

    def bulk_add(self, quads: Iterable[ox.Quad]) -> None:
        """Add quads with Oxigraph's bulk loader: fast, but not one transaction; for loading
        prepared shards (`kg load`), never for ingest."""
        self._require_writable()
        self._ox.bulk_extend(quads)

    def drop_graphs(self, graph_iris: Iterable[URIRef]) -> int:
        """Remove named graphs in one transaction; returns how many existed."""
        self._require_writable()
        existing = [g for g in graph_iris if self.has_graph(g)]
        if existing:
            self._ox.update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in existing))
        return len(existing)

    def ensure_ontology(self, ontology: Graph) -> None:
        """Load the ontology into its own named graph when it is missing or has changed."""
        if len(ontology) != self.count_triples(ONTOLOGY_GRAPH):
            self.replace_graph(ONTOLOGY_GRAPH, ontology)

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update in one transaction."""
        self._require_writable()
        refuse_remote_access(sparql)
        try:
            self._ox.update(sparql)
        except SyntaxError as err:
            raise QueryError(f"malformed update: {err}") from err
        except OSError as err:
            raise StoreError(f"{self.path}: update failed: {err}") from err

    def flush(self) -> None:
        if not self.read_only:
            self._ox.flush()

    # -- reading -----------------------------------------------------------------------

    def query(
        self, sparql: str, *, default_graphs: list[str] | None = None, named_graphs: list[str] | None = None
    ) -> ox.QuerySolutions | ox.QueryTriples | ox.QueryBoolean:
        """Run a SPARQL 1.1 query over the union of all graphs, or over the dataset the
        SPARQL protocol's `default-graph-uri` and `named-graph-uri` name."""
        refuse_remote_access(sparql)
        try:
            return self._ox.query(sparql, **_dataset(default_graphs, named_graphs))
        except ValueError as err:
            raise QueryError(f"a graph name is not an IRI: {err}") from err
        except SyntaxError as err:
            raise QueryError(f"malformed query: {err}") from err
        except OSError as err:
            raise StoreError(f"{self.path}: query failed: {err}") from err

    def has_graph(self, graph_iri: URIRef) -> bool:
        return self._ox.contains_named_graph(ox.NamedNode(str(graph_iri)))

    def count_triples(self, graph_iri: URIRef | None = None) -> int:
        where = f"GRAPH <{graph_iri}> {{ ?s ?p ?o }}" if graph_iri else "GRAPH ?g { ?s ?p ?o }"
        rows = self._ox.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
        return int(next(iter(rows))["n"].value)

    def document_graphs(self) -> Iterator[str]:
        for graph in self._ox.named_graphs():
            if graph.value.startswith(DOCUMENT_GRAPH_PREFIX):
                yield graph.value

    def dump_nquads(self) -> bytes:
        return self._ox.dump(format=ox.RdfFormat.N_QUADS)

    def _require_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: store opened read-only")


def _replacement(graph_iri: str, old: bytes, new: bytes) -> str:
    """One SPARQL update that turns graph `old` into graph `new` (both N-Triples).

    Only the lines that differ are deleted and inserted. Blank nodes cannot be named in
    `DELETE DATA`, so a graph with any is dropped and inserted whole.
    """
    old_lines, new_lines = set(old.splitlines()), set(new.splitlines())
    if any(b"_:" in line for line in old_lines | new_lines):
        return f"DROP SILENT GRAPH <{graph_iri}> ;\nINSERT DATA {{ GRAPH <{graph_iri}> {{\n{new.decode()}}} }}"
    removed = b"\n".join(old_lines - new_lines).decode()
    added = b"\n".join(new_lines - old_lines).decode()
    return (f"DELETE DATA {{ GRAPH <{graph_iri}> {{\n{removed}\n}} }} ;\n"
            f"INSERT DATA {{ GRAPH <{graph_iri}> {{\n{added}\n}} }}")


def refuse_remote_access(sparql: str) -> None:
    """Reject SERVICE and LOAD before the engine sees them: both make it fetch URLs."""
    for keyword in _REFUSED:
        if mentions_keyword(sparql, keyword):
            raise QueryError(f"{keyword} is not allowed: kg never fetches remote data")


def _dataset(default_graphs: list[str] | None, named_graphs: list[str] | None) -> dict[str, object]:
    """The engine's arguments for a query's dataset: all graphs as one by default."""
    if default_graphs is None and named_graphs is None:
        return {"use_default_graph_as_union": True}
    return {"default_graph": [ox.NamedNode(g) for g in default_graphs or []],
            "named_graphs": None if named_graphs is None else [ox.NamedNode(g) for g in named_graphs]}


def data_version(path: str | Path) -> tuple[tuple[str, int, int], ...]:
    """What changes whenever a writer commits to the store at `path`: its data files' names,
    sizes and times. A read-only snapshot older than this is stale and is reopened."""
    try:
        entries = list(os.scandir(path))
    except OSError:
        return ()
    files = []
    for entry in entries:
        if entry.name.startswith(("LOG", "LOCK")):
            continue
        try:  # a writer compacting the store may delete a file between listing and looking
            st = entry.stat()
        except FileNotFoundError:
            continue
        files.append((entry.name, st.st_size, st.st_mtime_ns))
    return tuple(sorted(files))


@contextmanager
def opened(path: str | Path | None, *, read_only: bool = False) -> Iterator[Store]:
    """Open a store for the length of a `with` block, flushing writes at the end."""
    store = Store(path, read_only=read_only)
    try:
        yield store
    finally:
        store.flush()
