"""Ingest checks every document's facts against the SHACL shapes before storing them."""

from __future__ import annotations

import importlib
import json
import multiprocessing
from pathlib import Path

import pytest
from rdflib import Graph

from kg.errors import StoreError
from kg.ingest import ingest
from kg.model.namespace import KG, document_graph
from kg.store import Store

INGEST = importlib.import_module("kg.ingest")  # the module; `kg.ingest` is also the function


def _write(tmp_path: Path, *texts: str) -> Path:
    path = tmp_path / "news.jsonl"
    rows = [{"id": f"d{i}", "published": "2025-05-07", "text": t} for i, t in enumerate(texts)]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    return path


def test_a_document_whose_facts_break_a_shape_is_reported_and_not_stored(
        tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    real = INGEST.document_to_graph

    def one_sided(document, facts) -> Graph:  # noqa: ANN001 - an exchange that lost a side
        graph = real(document, facts)
        if document.id == "d0":
            graph.remove((None, KG.party, next(graph.objects(None, KG.party))))
        return graph

    monkeypatch.setattr(INGEST, "document_to_graph", one_sided)
    path = _write(tmp_path, "Peru and Chile swapped 12 prisoners each on Monday.",
                  "Serbia and Kosovo swapped five prisoners each on Tuesday.")
    report = ingest([path], store)
    [failure] = report.failures
    assert "d0" in str(failure) and "party" in str(failure)
    assert not store.has_graph(document_graph("d0")) and store.has_graph(document_graph("d1"))
    assert report.documents == 1


def test_a_document_the_store_cannot_write_is_reported_and_the_others_are_stored(
        tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    real = store.replace_graph

    def refuses_d1(graph_iri, graph) -> None:  # noqa: ANN001 - a store that fails on one document
        if graph_iri == document_graph("d1"):
            raise StoreError("disk full while writing d1")
        real(graph_iri, graph)

    monkeypatch.setattr(store, "replace_graph", refuses_d1)
    path = _write(tmp_path, *[f"Peru and Chile swapped {n} prisoners each on Monday." for n in range(10, 50)])
    report = ingest([path], store)
    assert [str(f) for f in report.failures] == ["disk full while writing d1"]
    assert report.documents == 39
    assert [store.has_graph(document_graph(f"d{i}")) for i in range(40)] == [i != 1 for i in range(40)]


def test_documents_are_stored_in_reading_order_so_a_later_version_wins(tmp_path: Path, store: Store) -> None:
    path = tmp_path / "news.jsonl"
    rows = [{"id": "same", "published": "2025-05-07", "text": f"Peru and Chile swapped {n} prisoners each."}
            for n in range(11, 51)]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert ingest([path], store).documents == 40
    counts = {int(row["n"].value) for row in store.query(
        f"SELECT ?n WHERE {{ GRAPH <{document_graph('same')}> {{ ?r <{KG.count}> ?n }} }}")}
    assert counts == {50}


def test_a_helper_process_that_died_is_replaced_on_the_next_run(tmp_path: Path, store: Store) -> None:
    path = _write(tmp_path, "Peru and Chile swapped 12 prisoners each on Monday.")
    assert ingest([path], store).documents == 1  # spaCy runs on the helper process
    for helper in multiprocessing.active_children():
        helper.kill()
        helper.join()
    report = ingest([path], Store(tmp_path / "second"))
    assert (report.documents, report.failures) == (1, [])
