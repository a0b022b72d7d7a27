"""Scale out: extraction on worker processes or a Dask cluster stores the same quads as one
process; N-Quads shards written by `kg extract` and loaded by `kg load` equal `kg ingest`;
a failing document or batch fails alone."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.documents import Document
from kg.errors import ExtractionError, KgError
from kg.ingest import ingest
from kg.model.namespace import DOCUMENT_GRAPH_PREFIX, document_graph
from kg.scale.parallel import run_batches
from kg.scale.shards import load_shards
from kg.store import Store

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "news.jsonl"
STORY = "Chile and Peru swapped five prisoners on Monday in a deal brokered by Brazil."


def _document_quads(store: Store) -> set[str]:
    """Every quad of every document's graph (the ontology graph has blank nodes, whose
    labels differ from one load to the next)."""
    quads = ox.parse(store.dump_nquads(), format=ox.RdfFormat.N_QUADS)
    return {str(q) for q in quads if q.graph_name.value.startswith(DOCUMENT_GRAPH_PREFIX)}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The examples, a line that is not JSON and a document without text."""
    path = tmp_path_factory.mktemp("corpus") / "news.jsonl"
    lines = EXAMPLES.read_text().splitlines()
    lines[1:1] = ["{broken", json.dumps({"id": "no-text", "text": ""})]
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.fixture(scope="module")
def one_process(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    store = Store(tmp_path_factory.mktemp("one") / "store")
    report = ingest([corpus], store)
    assert report.documents == 3 and len(report.failures) == 2
    return _document_quads(store)


def test_scale_two_worker_processes_store_the_same_quads_as_one(
    corpus: Path, one_process: set[str], tmp_path: Path
) -> None:
    store = Store(tmp_path / "store")
    report = ingest([corpus], store, workers=2)
    assert report.documents == 3
    assert sorted(str(f).split(":")[1] for f in report.failures) == ["2", "3"]  # reported by line
    assert _document_quads(store) == one_process


def test_scale_dask_cluster_of_two_workers_stores_the_same_quads_as_one_process(
    corpus: Path, one_process: set[str], tmp_path: Path
) -> None:
    distributed = pytest.importorskip("distributed")
    from kg.scale.cluster import dask_executor

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster, \
            dask_executor(cluster.scheduler_address) as (executor, tasks):
        store = Store(tmp_path / "store")
        report = ingest([corpus], store, executor=executor, workers=tasks)
    assert tasks == 2 and report.documents == 3 and len(report.failures) == 2
    assert _document_quads(store) == one_process


def test_scale_extract_then_load_equals_ingest(corpus: Path, one_process: set[str], tmp_path: Path) -> None:
    runner = CliRunner()
    extracted = runner.invoke(main, ["extract", "--out", str(tmp_path / "shards"), "--shard-size", "2", str(corpus)])
    assert extracted.exit_code == 1  # the two bad lines
    assert "2 shards, 3 documents" in extracted.stderr and "2 failures" in extracted.stderr
    loaded = runner.invoke(main, ["load", "--store", str(tmp_path / "store"), str(tmp_path / "shards")])
    assert loaded.exit_code == 0, loaded.output
    assert _document_quads(Store(tmp_path / "store")) == one_process


def test_scale_each_document_of_a_shard_is_in_its_own_named_graph(corpus: Path, tmp_path: Path) -> None:
    CliRunner().invoke(main, ["extract", "--out", str(tmp_path), "--shard-size", "2", str(corpus)])
    shards = sorted(tmp_path.glob("*.nq"))
    assert [s.name for s in shards] == ["shard-00000.nq", "shard-00001.nq"]
    graphs = [{q.graph_name.value for q in ox.parse(path=s, format=ox.RdfFormat.N_QUADS)} for s in shards]
    assert graphs == [{str(document_graph("example-001")), str(document_graph("example-002"))},
                      {str(document_graph("example-003"))}]


def test_scale_load_replaces_documents_instead_of_adding(tmp_path: Path) -> None:
    shard = tmp_path / "s.nq"
    graph = document_graph("d")
    shard.write_text(f'<http://example.org/s> <http://example.org/p> "new" <{graph}> .\n')
    store = Store(tmp_path / "store")
    store.replace_graph(graph, _graph_with("old"))
    report = load_shards([shard], store)
    assert report.documents == 1 and not report.failures
    assert [r["o"].value for r in store.query(f"SELECT ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")] == ["new"]


@pytest.mark.parametrize(("text", "reason"), [
    ('<http://example.org/s> <http://example.org/p> "v" .\n', "outside any document's graph"),
    ('<http://example.org/s> <http://example.org/p> "v" <http://example.org/g> .\n', "outside any document's graph"),
    (f'<http://example.org/s> <http://example.org/p> "v" <{document_graph("d")}> .\n<bad\n', "not readable as N-Quads"),
])
def test_scale_a_bad_shard_is_reported_and_nothing_of_it_loaded(tmp_path: Path, text: str, reason: str) -> None:
    shard = tmp_path / "bad.nq"
    shard.write_text(text)
    store = Store(tmp_path / "store")
    report = load_shards([shard, tmp_path / "missing.nq"], store)
    assert len(report.failures) == 2
    assert reason in str(report.failures[0]) and "no such shard file or folder" in str(report.failures[1])
    assert not list(store.document_graphs())


def test_scale_extract_refuses_a_folder_that_already_has_shards(corpus: Path, tmp_path: Path) -> None:
    (tmp_path / "shard-00000.nq").write_text("")
    result = CliRunner().invoke(main, ["extract", "--out", str(tmp_path), str(corpus)])
    assert result.exit_code == 1 and "already holds shard-*.nq shards" in result.stderr


def test_scale_workers_and_dask_together_is_a_usage_error(corpus: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["ingest", "--store", str(tmp_path), "--workers", "2", "--dask", "local",
                                       str(corpus)])
    assert result.exit_code == 2 and "not both" in result.stderr


def test_scale_an_unreachable_dask_scheduler_is_a_clear_error(corpus: Path, tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    from kg.scale.cluster import dask_executor

    with pytest.raises(KgError, match="dask scheduler 'tcp://127.0.0.1:1': cannot connect"), \
            dask_executor("tcp://127.0.0.1:1", timeout="1s"):
        pass


# -- batches -------------------------------------------------------------------------------


def _break_on_b(documents: list[Document]) -> list[str]:
    if any(d.id == "b" for d in documents):
        raise RuntimeError("boom")
    return [d.id for d in documents]


def test_scale_a_batch_that_breaks_fails_its_documents_and_not_the_run() -> None:
    documents = [Document(i, STORY) for i in "abcd"]
    results = list(run_batches(documents, _break_on_b, batch_size=2))
    assert results[2:] == ["c", "d"]
    assert [e.doc_id for e in results[:2]] == ["a", "b"] and "RuntimeError: boom" in str(results[0])


def test_scale_extraction_errors_cross_process_boundaries_whole() -> None:
    error = ExtractionError("doc-1", "kg_actors", "bad span")
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is ExtractionError and str(copy) == str(error)
    assert (copy.doc_id, copy.component) == ("doc-1", "kg_actors")


def _graph_with(value: str):  # noqa: ANN202 - an rdflib Graph
    from rdflib import Graph, Literal, URIRef

    graph = Graph()
    graph.add((URIRef("http://example.org/s"), URIRef("http://example.org/p"), Literal(value)))
    return graph
