"""A SPARQL server as the store: a real Virtuoso started on loopback, written through the
Graph Store Protocol, asked through the SPARQL Protocol, answering the named queries as the
embedded store does. Skipped where `virtuoso-t` is not installed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef

from bench.virtuoso import free_port, missing, running
from kg.cli import main
from kg.errors import ConfigError, QueryError, StoreError
from kg.ingest import delete, ingest
from kg.model.namespace import document_graph
from kg.queries import format_result, named_queries, read_query
from kg.store import RemoteStore, Store, open_store

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
STORY = ("Serbia and Kosovo exchanged detainees on Friday in a swap brokered by Norway. "
         "Serbia said 12 of its citizens had returned home.")

STORE_TOML = """\
[store]
query = "http://127.0.0.1:{http_port}/sparql"
graph_store = "http://127.0.0.1:{http_port}/sparql-graph-crud-auth"
update = "http://127.0.0.1:{http_port}/sparql-auth"
user = "dba"
password = "{password}"
auth = "digest"
"""


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A Virtuoso of its own in a temp folder, on free loopback ports; yields the path of a
    kg store config (TOML) pointing at it. Stopped and removed at the end of the module."""
    if (reason := missing(loader=False)) is not None:
        pytest.skip(reason)
    folder = tmp_path_factory.mktemp("virtuoso")
    with running(folder) as server:
        config = folder / "store.toml"
        config.write_text(STORE_TOML.format(http_port=server.http_port, password="dba"))
        yield config


@pytest.fixture(scope="module")
def remote(virtuoso: Path) -> Iterator[RemoteStore]:
    store = open_store(virtuoso)
    yield store
    store.close()


@pytest.fixture
def scratch(remote: RemoteStore) -> Iterator[RemoteStore]:
    """The server store for a test that writes documents named `remote-*`: they are dropped
    afterwards, so the comparisons with the embedded store see the examples alone."""
    yield remote
    prefix = str(document_graph("remote-"))
    remote.drop_graphs(URIRef(g) for g in list(remote.document_graphs()) if g.startswith(prefix))


@pytest.fixture(scope="module")
def both_ingested(remote: RemoteStore, tmp_path_factory: pytest.TempPathFactory) -> tuple[RemoteStore, Store]:
    """The examples ingested into the server and into an embedded store."""
    embedded = Store(tmp_path_factory.mktemp("embedded") / "store")
    for store in (remote, embedded):
        report = ingest([EXAMPLES], store)
        assert report.documents == 3 and not report.failures
    return remote, embedded


def _answers(store: RemoteStore | Store, name: str) -> list[tuple]:
    """A named query's rows as comparable tuples. GROUP_CONCAT has no defined order in
    SPARQL, so the parts of a concatenated cell are sorted."""
    data = json.loads(format_result(store.query(read_query(name)), "json"))
    rows = []
    for binding in data["results"]["bindings"]:
        cells = []
        for variable in data["head"]["vars"]:
            cell = binding.get(variable, {})
            value = " / ".join(sorted(cell.get("value", "").split(" / ")))
            cells.append((variable, cell.get("type", ""), value, cell.get("datatype", ""), cell.get("xml:lang", "")))
        rows.append(tuple(cells))
    return sorted(rows)


def _corpus(tmp_path: Path, *doc_ids: str) -> Path:
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps({"id": d, "text": STORY, "published": "2025-03-14"}) for d in doc_ids))
    return path


def _objects(store: RemoteStore, graph_iri: URIRef) -> list[str]:
    return [row["o"].value for row in store.query(f"SELECT ?o WHERE {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }}")]


def _document_triples(store: RemoteStore, doc_id: str) -> set:
    graph = document_graph(doc_id)
    return set(store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"))


# -- against the server --------------------------------------------------------------------


def test_remote_store_named_queries_answer_as_the_embedded_store(both_ingested: tuple) -> None:
    remote, embedded = both_ingested
    for name in named_queries():
        assert _answers(remote, name) == _answers(embedded, name), name
    assert _answers(remote, "mediations")


def test_remote_store_stats_count_only_kgs_graphs(both_ingested: tuple) -> None:
    from kg.store.stats import store_stats

    remote, embedded = both_ingested
    assert store_stats(remote) == store_stats(embedded)


def test_remote_store_ask_and_construct_come_back_as_the_embedded_store_gives_them(both_ingested: tuple) -> None:
    remote, embedded = both_ingested
    for query in ("ASK { ?s a <https://w3id.org/kg-news/ontology#Exchange> }",
                  "ASK { ?s a <https://w3id.org/kg-news/ontology#Nothing> }"):
        assert bool(remote.query(query)) == bool(embedded.query(query)), query
    construct = "CONSTRUCT WHERE { ?c a <https://w3id.org/kg-news/ontology#Country> }"
    assert format_result(remote.query(construct), "table") and \
        set(remote.query(construct)) == set(embedded.query(construct))


def test_remote_store_runs_updates_and_queries_over_a_chosen_dataset(scratch: RemoteStore) -> None:
    graph_iri = document_graph("remote-update")
    scratch.update(f'INSERT DATA {{ GRAPH <{graph_iri}> {{ <http://example.org/s> <http://example.org/p> "u" }} }}')
    assert _objects(scratch, graph_iri) == ["u"]
    rows = scratch.query("SELECT ?o WHERE { ?s <http://example.org/p> ?o }", default_graphs=[str(graph_iri)])
    assert [row["o"].value for row in rows] == ["u"]


def test_remote_store_reingest_replaces_a_document_instead_of_adding(scratch: RemoteStore, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, "remote-a")
    ingest([corpus], scratch)
    before = scratch.count_triples(document_graph("remote-a"))
    ingest([corpus], scratch)
    assert before > 0 and scratch.count_triples(document_graph("remote-a")) == before


def test_remote_store_delete_removes_only_that_document(scratch: RemoteStore, tmp_path: Path) -> None:
    ingest([_corpus(tmp_path, "remote-b", "remote-c")], scratch)
    assert delete(["remote-b", "remote-nope"], scratch) == ["remote-nope"]
    assert not scratch.has_graph(document_graph("remote-b")) and scratch.has_graph(document_graph("remote-c"))


def test_remote_store_a_graph_the_server_rejects_leaves_the_previous_one(scratch: RemoteStore) -> None:
    graph_iri = document_graph("remote-rejected")
    first = Graph()
    first.add((URIRef("http://example.org/s"), URIRef("http://example.org/p"), Literal("v1")))
    scratch.replace_graph(graph_iri, first)
    broken = b'<http://example.org/s> <http://example.org/p> "v2" .\n<http://example.org/s> <http://example.org/p> "x\n'
    with pytest.raises(StoreError, match="cannot write graph"):
        scratch.put_ntriples(str(graph_iri), broken)
    assert _objects(scratch, graph_iri) == ["v1"]


def test_remote_store_a_graph_that_cannot_be_written_is_a_store_error(scratch: RemoteStore) -> None:
    broken = Graph()
    broken.add((URIRef("http://example.org/s bad"), URIRef("http://example.org/p"), Literal("x")))
    with pytest.raises(StoreError, match="cannot write graph"):
        scratch.replace_graph(document_graph("remote-unwritable"), broken)
    assert _objects(scratch, document_graph("remote-unwritable")) == []


def test_remote_store_load_of_shards_equals_ingest(scratch: RemoteStore, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, "remote-shard")
    runner = CliRunner()
    assert runner.invoke(main, ["extract", "--out", str(tmp_path / "shards"), str(corpus)]).exit_code == 0
    ingest([corpus], scratch)
    ingested = _document_triples(scratch, "remote-shard")
    scratch.drop_graphs([document_graph("remote-shard")])
    result = runner.invoke(main, ["load", "--store", str(scratch.location), str(tmp_path / "shards")])
    assert result.exit_code == 0, result.output
    loaded = _document_triples(scratch, "remote-shard")
    assert loaded and loaded == ingested


def test_remote_store_cli_ingest_and_query_through_a_config_file(
    virtuoso: Path, scratch: RemoteStore, tmp_path: Path
) -> None:
    runner = CliRunner()
    ingested = runner.invoke(main, ["ingest", "--store", str(virtuoso), str(_corpus(tmp_path, "remote-cli"))])
    assert ingested.exit_code == 0, ingested.output
    result = runner.invoke(main, ["query", "--store", str(virtuoso), "--format", "csv",
                                  'SELECT ?id WHERE { ?d <https://w3id.org/kg-news/ontology#documentId> ?id '
                                  'FILTER(?id = "remote-cli") }'])
    assert result.stdout.splitlines() == ["id", "remote-cli"]


def test_remote_store_wrong_password_is_a_clear_error(virtuoso: Path, tmp_path: Path) -> None:
    config = tmp_path / "wrong.toml"
    config.write_text(virtuoso.read_text().replace('password = "dba"', 'password = "wrong"'))
    with pytest.raises(StoreError, match="not allowed .*check the user, password"):
        open_store(config).replace_graph(document_graph("remote-x"), Graph())


def test_remote_store_read_only_refuses_writes(virtuoso: Path) -> None:
    with pytest.raises(StoreError, match="read-only"):
        open_store(virtuoso, read_only=True).drop_graphs([document_graph("remote-x")])


# -- without a server ----------------------------------------------------------------------


def test_remote_store_refuses_service_before_anything_is_sent() -> None:
    store = open_store(f"http://127.0.0.1:{free_port()}/ds")
    with pytest.raises(QueryError, match="SERVICE is not allowed"):
        store.query("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")


def test_remote_store_malformed_query_is_the_same_error_as_embedded() -> None:
    with pytest.raises(QueryError, match="malformed query"):
        open_store(f"http://127.0.0.1:{free_port()}/ds").query("SELEC nothing")


def test_remote_store_unreachable_server_is_a_store_error_naming_it() -> None:
    url = f"http://127.0.0.1:{free_port()}/ds"
    with pytest.raises(StoreError, match=f"{url}: no answer from the server"):
        open_store(url).query("ASK {}")


def test_remote_store_results_in_another_format_than_asked_are_a_store_error(
        monkeypatch: pytest.MonkeyPatch) -> None:
    store = open_store(f"http://127.0.0.1:{free_port()}/ds")
    answer_json = httpx.MockTransport(lambda request: httpx.Response(
        200, json={"head": {"vars": ["s"]}, "results": {"bindings": []}}))
    monkeypatch.setattr(store, "_http", httpx.Client(transport=answer_json))
    with pytest.raises(StoreError, match="not SPARQL XML results"):
        store.query("SELECT ?s WHERE { ?s ?p ?o }")


def test_remote_store_url_hides_its_password_in_messages() -> None:
    port = free_port()
    with pytest.raises(StoreError) as caught:
        open_store(f"http://kg:secret@127.0.0.1:{port}/ds").query("ASK {}")
    assert "secret" not in str(caught.value) and f"127.0.0.1:{port}/ds" in str(caught.value)


def test_open_store_chooses_the_store_by_location(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "server.toml"
    config.write_text('[store]\nquery = "http://127.0.0.1:1/sparql"\n')
    assert isinstance(open_store("https://example.org/ds"), RemoteStore)
    assert isinstance(open_store(config), RemoteStore)
    assert isinstance(open_store(tmp_path / "folder"), Store)
    monkeypatch.setenv("KG_STORE", "http://127.0.0.1:1/ds")
    assert isinstance(open_store(), RemoteStore)


@pytest.mark.parametrize(("text", "message"), [
    ("[store]\n", "needs a \\[store\\] table with at least `query`"),
    ('[store]\nquery = "http://h/q"\nuser = "u"\npassword = "p"\nauth = "kerberos"\n', "auth 'kerberos' is not one"),
    ("[store\n", "cannot read the store config"),
])
def test_open_store_a_bad_config_file_is_a_clear_error(tmp_path: Path, text: str, message: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KG_STORE_PASSWORD", raising=False)
    config = tmp_path / "server.toml"
    config.write_text(text)
    with pytest.raises(ConfigError, match=message):
        open_store(config)
