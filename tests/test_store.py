"""The store: one named graph per document, written in one transaction, replaced on
re-ingest, removed on delete; SERVICE and LOAD never reach the engine."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from kg.errors import QueryError, StoreError
from kg.ingest import delete, ingest
from kg.model.namespace import document_graph
from kg.store import Store, oxigraph

STORY = ("Serbia and Kosovo exchanged detainees on Friday in a swap brokered by Norway. "
         "Serbia said 12 of its citizens had returned home.")


def _corpus(tmp_path: Path, *docs: dict) -> Path:
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps(d) for d in docs))
    return path


def _doc(doc_id: str, text: str = STORY) -> dict:
    return {"id": doc_id, "text": text, "published": "2025-03-14"}


def _count(store: Store, doc_id: str) -> int:
    return store.count_triples(document_graph(doc_id))


def test_store_ingest_writes_one_graph_per_document(store: Store, tmp_path: Path) -> None:
    report = ingest([_corpus(tmp_path, _doc("a"), _doc("b"))], store)
    assert report.documents == 2 and not report.failures
    assert _count(store, "a") > 0 and _count(store, "a") == _count(store, "b")


def test_store_reingest_replaces_a_document_instead_of_adding(store: Store, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, _doc("a"))
    ingest([corpus], store)
    before = store.count_triples()
    ingest([corpus], store)
    assert store.count_triples() == before


def test_store_delete_removes_only_that_document(store: Store, tmp_path: Path) -> None:
    ingest([_corpus(tmp_path, _doc("a"), _doc("b"))], store)
    assert delete(["a", "nope"], store) == ["nope"]
    assert _count(store, "a") == 0 and _count(store, "b") > 0


def test_store_a_failing_write_leaves_the_previous_state(store: Store) -> None:
    graph = document_graph("a")
    first = Graph()
    first.add((URIRef("http://example.org/s"), URIRef("http://example.org/p"), Literal("v1")))
    store.replace_graph(graph, first)
    broken = Graph()
    broken.add((URIRef("http://example.org/s"), URIRef("http://example.org/p"), Literal("v2")))
    broken.add((URIRef("http://example.org/s bad"), URIRef("http://example.org/p"), Literal("x")))
    with pytest.raises(StoreError):
        store.replace_graph(graph, broken)
    rows = list(store.query("SELECT ?o WHERE { ?s ?p ?o }"))
    assert [r["o"].value for r in rows] == ["v1"]


_S, _P = "<http://example.org/s>", "<http://example.org/p>"


def _lines(*values: str) -> bytes:
    return "".join(f'{_S} {_P} "{value}" .\n' for value in values).encode()


def _values(store: Store, graph: str) -> list[str]:
    rows = store.query(f"SELECT ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }} ORDER BY ?o")
    return [row["o"].value for row in rows]


def test_store_put_ntriples_makes_them_the_whole_graph_new_or_not(store: Store) -> None:
    graph = "http://example.org/g"
    store.put_ntriples(graph, _lines("kept", "dropped"))
    assert _values(store, graph) == ["dropped", "kept"]
    store.put_ntriples(graph, _lines("kept", "added"))
    assert _values(store, graph) == ["added", "kept"]


def test_store_put_ntriples_replaces_a_graph_with_blank_nodes_whole(store: Store) -> None:
    graph = "http://example.org/g"
    store.put_ntriples(graph, b'_:b1 <http://example.org/p> "one" .\n')
    store.put_ntriples(graph, b'_:b1 <http://example.org/p> "two" .\n')
    assert _values(store, graph) == ["two"]


def test_store_put_ntriples_that_do_not_parse_change_nothing(store: Store) -> None:
    graph = "http://example.org/g"
    store.put_ntriples(graph, _lines("v1"))
    with pytest.raises(StoreError, match="cannot write graph"):
        store.put_ntriples(graph, _lines("v2") + b"<broken\n")
    assert _values(store, graph) == ["v1"]


def test_store_a_bad_document_does_not_stop_the_others(store: Store, tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps(_doc("a")) + "\n{broken\n" + json.dumps(_doc("b")))
    report = ingest([corpus], store)
    assert report.documents == 2 and len(report.failures) == 1
    assert "c.jsonl:2" in str(report.failures[0])


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "select * where { service <http://127.0.0.1:9/> { ?s ?p ?o } }",
])
def test_store_refuses_service(store: Store, query: str) -> None:
    with pytest.raises(QueryError, match="SERVICE is not allowed"):
        store.query(query)


def test_store_allows_the_words_inside_iris_and_strings(store: Store) -> None:
    assert list(store.query('SELECT ?x WHERE { BIND("LOAD SERVICE" AS ?x) }'))


def test_store_read_only_on_a_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no kg store here"):
        Store(tmp_path / "nothing", read_only=True)


def test_the_data_version_skips_a_file_a_compaction_removes_while_it_looks(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "000001.sst").write_text("kept")
    (tmp_path / "000002.sst").write_text("compacted away")
    listed = list(os.scandir(tmp_path))
    (tmp_path / "000002.sst").unlink()  # gone after the listing, before its stat
    monkeypatch.setattr(oxigraph.os, "scandir", lambda _path: iter(listed))
    assert [name for name, _size, _time in oxigraph.data_version(tmp_path)] == ["000001.sst"]
