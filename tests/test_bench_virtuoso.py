"""The benchmark's Virtuoso: bulk-loaded with the same quads as Oxigraph, it gives the same
answers to every benchmark query. Correctness only (no timing). Skipped where `virtuoso-t`
or its isql is not installed."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from bench.answers import right_answers
from bench.measure import BenchError
from bench.quads import answers, extract_templates, write_nquads
from bench.queries import query_set
from bench.store import bulk_load
from bench.virtuoso import missing, running
from kg.reason import reason
from kg.store import Store
from kg.store.remote import Endpoints, RemoteStore

DOCUMENTS, TEMPLATES = 5, 2
MISSING = missing()
pytestmark = pytest.mark.skipif(MISSING is not None, reason=MISSING or "")


@pytest.fixture(scope="module")
def reasoned_quads(extractor, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Store]:  # noqa: ANN001
    """The benchmark's quads at a tiny size, reasoned as `measure_oxigraph` does; and that store."""
    folder = tmp_path_factory.mktemp("quads")
    quads = folder / "quads.nq"
    write_nquads(quads, extract_templates(TEMPLATES, extractor=extractor), DOCUMENTS)
    bulk_load(quads, folder / "oxigraph")
    store = Store(folder / "oxigraph")
    reason(store, "rules")
    quads.write_bytes(store.dump_nquads())
    return quads, store


def _rows(result: ox.QuerySolutions) -> list[tuple[str, ...]]:
    """Rows as comparable tuples of terms."""
    names = [variable.value for variable in result.variables]
    return sorted(tuple(_term(row[name]) for name in names) for row in result)


def _term(term: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> str:
    """A term as N-Triples; GROUP_CONCAT has no defined order, so the parts of a literal are sorted."""
    if isinstance(term, ox.Literal):
        term = ox.Literal(" / ".join(sorted(term.value.split(" / "))), datatype=term.datatype, language=term.language)
    return "" if term is None else str(term)


def test_bench_virtuoso_answers_every_benchmark_query_as_oxigraph(reasoned_quads: tuple, tmp_path: Path) -> None:
    quads, oxigraph = reasoned_quads
    with running(tmp_path, allowed=(quads.parent,)) as server:
        server.bulk_load(quads)
        remote = RemoteStore(Endpoints(query=server.sparql, graph_store=server.sparql))
        for name, query in query_set().items():
            assert _rows(remote.query(query)) == _rows(oxigraph.query(query)), name
        assert _rows(remote.query(query_set()["mediators"]))  # the inferred graph came along
        assert right_answers(remote, answers(DOCUMENTS, TEMPLATES)) == DOCUMENTS
        remote.close()


def test_bench_virtuoso_a_file_its_loader_rejects_is_a_bench_error(tmp_path: Path) -> None:
    broken = tmp_path / "data" / "broken.nq"
    broken.parent.mkdir()
    broken.write_text('<http://example.org/s> <http://example.org/p> "x .\n', encoding="utf-8")
    with running(tmp_path, allowed=(broken.parent,)) as server, pytest.raises(BenchError, match="did not load"):
        server.bulk_load(broken)
