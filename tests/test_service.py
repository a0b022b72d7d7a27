"""The query service against a live server on loopback: the SPARQL 1.1 Protocol, its safety
limits (SERVICE and LOAD refused, time limit, row cap, update token), writing while serving,
and the JSON API."""

from __future__ import annotations

import json
import re
import select
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from SPARQLWrapper import JSON, POST, TURTLE, SPARQLWrapper

from kg.cli import main
from kg.errors import QueryTimeout
from kg.model.namespace import document_graph
from kg.service import ServiceConfig, create_app
from kg.service.engine import QueryEngine
from kg.service.index import ACTORS
from kg.service.worker import QueryJob
from kg.store import open_store
from tests.test_service_server import ROOT, TOKEN, LiveServer, examples_store, live_server

TIME_LIMIT = 3
ROW_CAP = 100
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"  # 325^4 rows
MEDIATIONS = (ROOT / "queries" / "mediations.rq").read_text()
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    with live_server(tmp_path_factory.mktemp("service"), "--query-timeout", str(TIME_LIMIT),
                     "--row-cap", str(ROW_CAP)) as live:
        yield live


@pytest.fixture
def client(server: LiveServer) -> Iterator[httpx.Client]:
    with server.client() as client:
        yield client


def _rows(response: httpx.Response) -> list[dict[str, str]]:
    assert response.status_code == 200, response.text
    return [{k: v["value"] for k, v in b.items()} for b in response.json()["results"]["bindings"]]


def _get(server: LiveServer, path: str, **options: object) -> httpx.Response:
    with server.client() as client:
        return client.get(path, **options)


def _post(server: LiveServer, path: str, **options: object) -> httpx.Response:
    with server.client() as client:
        return client.post(path, **options)


def _error(response: httpx.Response, status: int) -> str:
    """The message of a JSON error object with `status`; every error has the same shape."""
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error", "message", "status"} and body["status"] == status
    assert "Traceback" not in response.text
    return body["message"]


# -- the SPARQL 1.1 Protocol -----------------------------------------------------------


def test_service_sparql_get_post_form_and_post_direct_give_the_same_answer(client: httpx.Client) -> None:
    by_get = _rows(client.get("/sparql", params={"query": MEDIATIONS}))
    by_form = _rows(client.post("/sparql", data={"query": MEDIATIONS}))
    by_body = _rows(client.post("/sparql", content=MEDIATIONS, headers={"Content-Type": "application/sparql-query"}))
    assert by_get == by_form == by_body
    assert {(r["mediator"], r["source"]) for r in by_get} == {("Norway", "example-001"), ("Ethiopia", "example-002")}


@pytest.mark.parametrize(("query", "accept", "media_type", "expected"), [
    ("SELECT ?n WHERE { ?a <http://www.w3.org/2004/02/skos/core#prefLabel> ?n } LIMIT 1",
     "application/sparql-results+json", "application/sparql-results+json", '"vars":["n"]'),
    ("SELECT ?n WHERE { ?a <http://www.w3.org/2004/02/skos/core#prefLabel> ?n } LIMIT 1",
     "application/sparql-results+xml", "application/sparql-results+xml", '<variable name="n"/>'),
    ("SELECT ?n WHERE { ?a <http://www.w3.org/2004/02/skos/core#prefLabel> ?n } LIMIT 1",
     "text/csv", "text/csv", "n\r\n"),
    ("SELECT ?n WHERE { ?a <http://www.w3.org/2004/02/skos/core#prefLabel> ?n } LIMIT 1",
     "text/tab-separated-values", "text/tab-separated-values", "?n\n"),
    ("ASK { ?s ?p ?o }", "application/json", "application/sparql-results+json", '"boolean":true'),
    ("CONSTRUCT WHERE { ?s a <https://w3id.org/kg-news/ontology#Country> } LIMIT 2", "text/turtle", "text/turtle",
     "<https://w3id.org/kg-news/ontology#Country>"),
    ("CONSTRUCT WHERE { ?s a <https://w3id.org/kg-news/ontology#Country> } LIMIT 2", "application/n-quads",
     "application/n-quads", "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"),
    ("DESCRIBE <https://w3id.org/kg-news/id/country/NOR>", None, "text/turtle", "Norway"),
])
def test_service_sparql_negotiates_the_results_format(
    client: httpx.Client, query: str, accept: str | None, media_type: str, expected: str
) -> None:
    response = client.get("/sparql", params={"query": query}, headers={"Accept": accept} if accept else {})
    assert response.status_code == 200, response.text
    assert response.headers["Content-Type"].split(";")[0] == media_type
    assert expected in response.text


def test_service_sparql_format_nobody_can_give_is_406(client: httpx.Client) -> None:
    response = client.get("/sparql", params={"query": "ASK {}"}, headers={"Accept": "image/png"})
    assert "none of the accepted media types" in _error(response, 406)


def test_service_sparql_dataset_parameters_choose_the_graphs(client: httpx.Client) -> None:
    ids = "SELECT ?id WHERE { ?d <https://w3id.org/kg-news/ontology#documentId> ?id }"
    only_one = client.get("/sparql", params={"query": ids, "default-graph-uri": str(document_graph("example-002"))})
    assert _rows(only_one) == [{"id": "example-002"}]
    named = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    graphs = [str(document_graph("example-001")), str(document_graph("example-003"))]
    response = client.post("/sparql", data={"query": named, "named-graph-uri": graphs})
    assert sorted(r["g"] for r in _rows(response)) == graphs


def test_service_sparqlwrapper_round_trips(server: LiveServer) -> None:
    wrapper = SPARQLWrapper(server.url + "/sparql")
    wrapper.setQuery(MEDIATIONS)
    wrapper.setReturnFormat(JSON)
    rows = wrapper.query().convert()["results"]["bindings"]
    assert {r["mediator"]["value"] for r in rows} == {"Norway", "Ethiopia"}
    wrapper.setMethod(POST)
    wrapper.setQuery("ASK { ?c <https://w3id.org/kg-news/ontology#countryCode> 'NOR' }")
    assert wrapper.query().convert()["boolean"] is True
    wrapper.setQuery("CONSTRUCT WHERE { <https://w3id.org/kg-news/id/country/NOR> ?p ?o }")
    wrapper.setReturnFormat(TURTLE)
    assert b"Norway" in wrapper.query().convert()


def test_service_sparqlwrapper_updates_with_the_token(server: LiveServer, client: httpx.Client) -> None:
    wrapper = SPARQLWrapper(server.url + "/sparql", updateEndpoint=server.url + "/sparql/update")
    wrapper.addCustomHttpHeader("Authorization", AUTH["Authorization"])
    wrapper.setMethod(POST)
    wrapper.setQuery('INSERT DATA { GRAPH <urn:kg:test> { <urn:kg:a> <urn:kg:said> "through SPARQLWrapper" } }')
    wrapper.query().response.close()
    assert _rows(client.get("/sparql", params={"query": "SELECT ?o { <urn:kg:a> <urn:kg:said> ?o }"})) == [
        {"o": "through SPARQLWrapper"}]
    client.post("/sparql/update", data={"update": "DROP GRAPH <urn:kg:test>"}, headers=AUTH)


def test_service_malformed_query_is_400_with_the_parser_message(client: httpx.Client) -> None:
    message = _error(client.get("/sparql", params={"query": "SELEC ?x WHERE {"}), 400)
    assert message.startswith("malformed query:") and "1:" in message


def test_service_missing_query_and_wrong_body_type_are_clear_errors(client: httpx.Client) -> None:
    assert "no query" in _error(client.get("/sparql"), 400)
    response = client.post("/sparql", content="ASK {}", headers={"Content-Type": "text/plain"})
    assert "application/sparql-query" in _error(response, 415)


# -- safety: SERVICE and LOAD, time limit, row cap, token ------------------------------


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """A local port that records any connection made to it."""
    with socket.create_server(("127.0.0.1", 0)) as sock:
        sock.setblocking(False)
        yield sock


def _connected(sock: socket.socket, wait: float) -> bool:
    return bool(select.select([sock], [], [], wait)[0])


def test_service_listener_would_see_the_engine_fetch_a_service(listener: socket.socket) -> None:
    """The control for the next test: unguarded, Oxigraph does connect to a SERVICE IRI."""
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/sparql"
    thread = threading.Thread(target=_query_ignoring_errors, args=(f"SELECT * {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",))
    thread.start()
    assert _connected(listener, 10)
    listener.accept()[0].close()
    thread.join(10)


def _query_ignoring_errors(sparql: str) -> None:
    try:
        list(ox.Store().query(sparql))
    except OSError:
        pass


@pytest.mark.parametrize("template", [
    "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "select * where {{ service silent <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ SeRvIcE # a comment with a \" quote\n <{url}> {{ ?s ?p ?o }} }}",
    "PREFIX ex: <http://example.org/#> SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ ?s ?p '#' . SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ \\u0053ERVICE <{url}> {{ ?s ?p ?o }} }}",
])
def test_service_refuses_service_on_every_query_route_without_connecting(
    client: httpx.Client, listener: socket.socket, template: str
) -> None:
    query = template.format(url=f"http://127.0.0.1:{listener.getsockname()[1]}/sparql")
    responses = [
        client.get("/sparql", params={"query": query}),
        client.post("/sparql", data={"query": query}),
        client.post("/sparql", content=query, headers={"Content-Type": "application/sparql-query"}),
    ]
    for response in responses:
        assert "SERVICE is not allowed" in _error(response, 400)
    assert not _connected(listener, 0.5)


@pytest.mark.parametrize("template", [
    "LOAD <{url}>",
    "load silent <{url}> into graph <urn:kg:x>",
    "INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
])
def test_service_refuses_load_and_service_in_updates_without_connecting(
    client: httpx.Client, listener: socket.socket, template: str
) -> None:
    update = template.format(url=f"http://127.0.0.1:{listener.getsockname()[1]}/data.ttl")
    responses = [
        client.post("/sparql/update", data={"update": update}, headers=AUTH),
        client.post("/sparql/update", content=update, headers=AUTH | {"Content-Type": "application/sparql-update"}),
    ]
    for response in responses:
        assert "is not allowed" in _error(response, 400)
    assert not _connected(listener, 0.5)


def test_service_words_like_service_in_names_and_strings_are_not_refused(client: httpx.Client) -> None:
    query = 'PREFIX ex: <http://example.org/SERVICE#> SELECT ?service WHERE { BIND("LOAD" AS ?service) }'
    assert _rows(client.get("/sparql", params={"query": query})) == [{"service": "LOAD"}]


def test_service_time_limit_kills_the_query_and_the_server_stays_responsive(
    server: LiveServer, client: httpx.Client
) -> None:
    client.get("/sparql", params={"query": "ASK {}"})  # the query workers are up
    workers_before = server.query_workers()
    slow: dict[str, httpx.Response] = {}
    thread = threading.Thread(target=lambda: slow.update(r=_get(server, "/sparql", params={"query": SLOW})))
    thread.start()
    quick = client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"})
    health = client.get("/healthz")
    assert thread.is_alive()  # answered while the slow query was still running
    assert quick.json()["boolean"] is True and health.status_code == 200
    thread.join(TIME_LIMIT * 10)
    assert f"time limit of {TIME_LIMIT} s" in _error(slow["r"], 504)
    deadline = time.monotonic() + 10  # the replacement starts in the background; on a busy host, later
    while len(workers_after := server.query_workers()) < len(workers_before) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(workers_before - workers_after) == 1  # the worker running it was killed...
    assert len(workers_after) == len(workers_before)  # ...and replaced
    assert client.get("/healthz").json()["replaced_query_workers"] >= 1


def test_service_the_apis_own_whole_store_queries_run_under_the_index_time_limit(tmp_path: Path) -> None:
    store = tmp_path / "store"
    shutil.copytree(examples_store(), store)
    engine = QueryEngine(ServiceConfig(store=store, query_timeout=0.001, index_timeout=60))
    try:
        with pytest.raises(QueryTimeout):
            engine.answer(QueryJob(ACTORS))  # as a user's query: the users' time limit
        assert engine.select(ACTORS)  # as the API's own: the index time limit
    finally:
        engine.pool().close()


def test_service_row_cap_refuses_an_oversized_answer(client: httpx.Client) -> None:
    everything = "SELECT * WHERE { ?s ?p ?o }"
    assert f"more than {ROW_CAP} rows, the row cap" in _error(client.get("/sparql", params={"query": everything}), 400)
    assert len(_rows(client.get("/sparql", params={"query": everything + f" LIMIT {ROW_CAP}"}))) == ROW_CAP
    graph = client.get("/sparql", params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"})
    assert "more than 100 triples" in _error(graph, 400)


def test_service_update_needs_the_right_bearer_token(client: httpx.Client) -> None:
    insert = {"update": "INSERT DATA { <urn:kg:a> <urn:kg:b> <urn:kg:c> }"}
    unauthenticated = client.post("/sparql/update", data=insert)
    assert "Bearer" in _error(unauthenticated, 401) and unauthenticated.headers["WWW-Authenticate"].startswith("Bearer")
    assert "wrong" in _error(client.post("/sparql/update", data=insert, headers={"Authorization": "Bearer x"}), 403)
    assert _error(client.post("/sparql/update", data=insert, headers={"Authorization": f"Basic {TOKEN}"}), 401)
    assert client.get("/sparql", params={"query": "ASK { <urn:kg:a> ?p ?o }"}).json()["boolean"] is False


def test_service_without_a_token_refuses_every_write(tmp_path: Path) -> None:
    app = create_app(ServiceConfig(store=tmp_path / "store", update_token=None))
    client = app.test_client()
    for response in [client.post("/sparql/update", data={"update": "CLEAR ALL"}, headers=AUTH),
                     client.post("/api/documents", json={"id": "x", "text": "y"}, headers=AUTH),
                     client.delete("/api/documents/example-001", headers=AUTH)]:
        assert response.status_code == 403 and "switched off" in response.get_json()["message"]


def test_service_update_is_seen_by_the_next_query(client: httpx.Client) -> None:
    ask = {"query": "ASK { GRAPH <urn:kg:g> { <urn:kg:a> <urn:kg:b> 'c' } }"}
    assert client.get("/sparql", params=ask).json()["boolean"] is False
    insert = "INSERT DATA { GRAPH <urn:kg:g> { <urn:kg:a> <urn:kg:b> 'c' } }"
    inserted = client.post("/sparql/update", data={"update": insert}, headers=AUTH)
    assert inserted.status_code == 204
    assert client.get("/sparql", params=ask).json()["boolean"] is True
    direct = AUTH | {"Content-Type": "application/sparql-update"}
    client.post("/sparql/update", content="DROP GRAPH <urn:kg:g>", headers=direct)
    assert client.get("/sparql", params=ask).json()["boolean"] is False
    malformed = client.post("/sparql/update", data={"update": "INSERT nothing"}, headers=AUTH)
    assert "malformed update" in _error(malformed, 400)


# -- writing while serving -------------------------------------------------------------


def test_service_kg_ingest_into_the_served_store_works_and_is_seen(server: LiveServer, client: httpx.Client,
                                                                    tmp_path: Path) -> None:
    (tmp_path / "cli-doc.txt").write_text("Chile and Peru swapped five prisoners on Monday, mediated by Brazil.")
    result = CliRunner().invoke(main, ["ingest", "--store", str(server.store), "--published", "2025-05-07",
                                       str(tmp_path / "cli-doc.txt")])
    assert result.exit_code == 0, result.output
    assert "cli-doc" in {d["id"] for d in client.get("/api/documents").json()["items"]}
    assert CliRunner().invoke(main, ["delete", "--store", str(server.store), "cli-doc"]).exit_code == 0
    assert client.get("/api/documents/cli-doc").status_code == 404


def test_service_write_while_another_process_writes_fails_at_once_and_clearly(server: LiveServer,
                                                                             client: httpx.Client) -> None:
    holder = open_store(server.store)  # this test process is "the other writer"
    try:
        response = client.post("/sparql/update", data={"update": "CLEAR GRAPH <urn:kg:x>"}, headers=AUTH)
        assert "being written by another process" in _error(response, 503)
        assert client.get("/api/mediations").status_code == 200  # reading goes on
        cli = CliRunner().invoke(main, ["delete", "--store", str(server.store), "example-001"])
        assert cli.exit_code == 1 and "being written by another process" in cli.stderr
    finally:
        holder.close()


def test_service_readers_see_a_posted_document_all_at_once_or_not_at_all(server: LiveServer,
                                                                         client: httpx.Client) -> None:
    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{document_graph('atomic')}> {{ ?s ?p ?o }} }}"
    seen: set[int] = set()
    posted: dict[str, httpx.Response] = {}
    document = {"id": "atomic", "published": "2025-05-07",
                "text": "Chile and Peru swapped five prisoners on Monday in a deal brokered by Brazil."}
    writer = threading.Thread(target=lambda: posted.update(
        r=_post(server, "/api/documents", json=document, headers=AUTH)))
    writer.start()
    try:
        while writer.is_alive():
            seen.add(int(_rows(client.get("/sparql", params={"query": count}))[0]["n"]))
        final = int(_rows(client.get("/sparql", params={"query": count}))[0]["n"])
        assert posted["r"].status_code == 201 and final > 0
        assert seen <= {0, final}
    finally:
        writer.join()
        client.delete("/api/documents/atomic", headers=AUTH)


# -- the JSON API ----------------------------------------------------------------------


def test_api_actors_are_filtered_by_name_and_type(client: httpx.Client) -> None:
    countries = client.get("/api/actors", params={"type": "country"}).json()
    assert countries["total"] == len(countries["items"]) >= 6
    assert {a["type"] for a in countries["items"]} == {"Country"}
    norway = client.get("/api/actors", params={"q": "norw"}).json()["items"]
    assert [(a["id"], a["name"], a["href"]) for a in norway] == [("country/NOR", "Norway", "/api/actors/country/NOR")]
    assert "Person, Country, Organization" in _error(client.get("/api/actors", params={"type": "robot"}), 400)


def test_api_actor_page_has_its_events_mediations_and_statements(client: httpx.Client) -> None:
    norway = client.get("/api/actors/country/NOR").json()
    assert norway["name"] == "Norway" and norway["documents"] == ["example-001"]
    assert [{p["name"] for p in e["parties"]} for e in norway["mediations"]] == [{"Serbia", "Kosovo"}]
    serbia = client.get("/api/actors/country/SRB").json()
    assert [e["kind"] for e in serbia["events"]] == ["Exchange"]
    assert any("returned home" in s["text"] for s in serbia["statements"])
    assert "no actor 'country/XXX'" in _error(client.get("/api/actors/country/XXX"), 404)


def test_api_exchanges_have_parties_mediators_date_returns_and_documents(client: httpx.Client) -> None:
    exchanges = client.get("/api/exchanges").json()["items"]
    by_date = {e["date"]: e for e in exchanges}
    kosovo = by_date["2025-03-14"]
    assert {p["name"] for p in kosovo["parties"]} == {"Serbia", "Kosovo"}
    assert [m["name"] for m in kosovo["mediators"]] == ["Norway"]
    assert {(r["recipient"]["name"], r["count"]) for r in kosovo["returns"]} == {("Serbia", 12), ("Kosovo", 9)}
    assert kosovo["documents"] == ["example-001"]
    assert client.get(kosovo["href"]).json() == kosovo


@pytest.mark.parametrize(("params", "dates"), [
    ({"party": "serbia"}, ["2025-03-14"]),
    ({"party": "country/SDN"}, ["2025-06-01", None]),  # and the undated swap "in 2021"
    ({"mediator": "Ethiopia"}, ["2025-06-01"]),
    ({"mediator": "Switzerland"}, []),
    ({"since": "2025-04-01"}, ["2025-06-01"]),
    ({"until": "2025-04-01"}, ["2025-03-14"]),
    ({"since": "2025-03-14", "until": "2025-06-01"}, ["2025-03-14", "2025-06-01"]),
])
def test_api_exchanges_filter_by_party_mediator_and_dates(client: httpx.Client, params: dict, dates: list) -> None:
    assert [e["date"] for e in client.get("/api/exchanges", params=params).json()["items"]] == dates


def test_api_exchanges_bad_date_is_400(client: httpx.Client) -> None:
    assert "YYYY-MM-DD" in _error(client.get("/api/exchanges", params={"since": "last week"}), 400)


def test_api_mediations_group_exchanges_by_mediator_with_counts(client: httpx.Client) -> None:
    items = client.get("/api/mediations").json()["items"]
    assert {(m["mediator"]["name"], m["count"]) for m in items} == {("Norway", 1), ("Ethiopia", 1)}
    assert all(len(m["exchanges"]) == m["count"] for m in items)


def test_api_statements_filter_by_speaker_and_text(client: httpx.Client) -> None:
    everything = client.get("/api/statements").json()
    assert everything["total"] >= 3
    eide = client.get("/api/statements", params={"q": "talking works"}).json()["items"]
    assert len(eide) == 1 and eide[0]["document"] == "example-001" and eide[0]["kind"] == "direct"
    by_serbia = client.get("/api/statements", params={"speaker": "Serbia"}).json()["items"]
    assert by_serbia and all(s["speaker"]["name"] == "Serbia" for s in by_serbia)


def test_api_documents_list_and_one_document_with_its_facts(client: httpx.Client) -> None:
    documents = client.get("/api/documents").json()["items"]
    assert [d["id"] for d in documents] == ["example-001", "example-002", "example-003"]
    assert all(d["triples"] > 0 for d in documents)
    one = client.get("/api/documents/example-002").json()
    assert one["title"].startswith("Armed group") and one["published"] == "2025-06-02"
    assert {"Sudan", "South Sudan", "Ethiopia"} <= {a["name"] for a in one["actors"]}
    assert {e["kind"] for e in one["events"]} == {"Exchange"}
    assert _error(client.get("/api/documents/nope"), 404)


def test_api_post_and_delete_documents_need_the_token(client: httpx.Client) -> None:
    document = {"id": "posted", "published": "2025-05-07", "title": "Posted",
                "text": "Chile and Peru swapped five prisoners on Monday."}
    assert _error(client.post("/api/documents", json=document), 401)
    report = client.post("/api/documents", json=[document, {"id": "empty"}], headers=AUTH)
    assert report.status_code == 201
    assert report.json()["documents"] == 1
    [failure] = report.json()["failures"]
    assert failure.startswith("document 2:") and "no text" in failure
    assert client.get("/api/documents/posted").json()["title"] == "Posted"
    assert _error(client.delete("/api/documents/posted"), 401)
    assert client.delete("/api/documents/posted", headers=AUTH).status_code == 204
    assert _error(client.delete("/api/documents/posted", headers=AUTH), 404)
    assert "'id' and 'text'" in _error(client.post("/api/documents", content="[]", headers=AUTH), 400)


def test_api_answers_are_remembered_only_until_the_store_changes(client: httpx.Client) -> None:
    def sources() -> list[list[str]]:
        return [e["documents"] for e in client.get("/api/exchanges", params={"party": "Bolivia"}).json()["items"]]

    assert sources() == sources() == []
    document = {"id": "remembered", "published": "2025-05-08", "text": "Bolivia and Paraguay swapped nine prisoners."}
    assert client.post("/api/documents", json=document, headers=AUTH).status_code == 201
    assert sources() == [["remembered"]]
    assert client.delete("/api/documents/remembered", headers=AUTH).status_code == 204
    assert sources() == []


def test_api_lists_page_with_limit_offset_and_next(client: httpx.Client) -> None:
    first = client.get("/api/actors", params={"limit": 2}).json()
    assert len(first["items"]) == 2 and first["offset"] == 0 and first["next"]
    second = client.get(first["next"]).json()
    assert second["offset"] == 2 and second["items"][0] != first["items"][0]
    everything = client.get("/api/actors", params={"limit": 1000}).json()
    assert everything["next"] is None and everything["items"][2:4] == second["items"]
    assert "from 1 to 1000" in _error(client.get("/api/actors", params={"limit": 0}), 400)
    assert _error(client.get("/api/actors", params={"offset": "x"}), 400)


def test_api_export_serves_gephi_files(client: httpx.Client) -> None:
    gexf = client.get("/api/export.gexf", params={"view": "actors"})
    assert gexf.status_code == 200 and gexf.headers["Content-Type"].startswith("application/gexf+xml")
    assert b"<gexf" in gexf.content and b"Norway" in gexf.content
    graphml = client.get("/api/export.graphml", params={"view": "events", "since": "2025-01-01"})
    assert graphml.status_code == 200 and b"<graphml" in graphml.content
    assert "full" in _error(client.get("/api/export.gexf", params={"view": "nope"}), 400)


def test_api_unknown_route_and_method_are_json_errors(client: httpx.Client) -> None:
    assert _error(client.get("/api/nothing"), 404)
    wrong_method = client.put("/api/actors")
    assert _error(wrong_method, 405) and "GET" in wrong_method.headers["Allow"]


def test_service_healthz_and_openapi_describe_every_route(client: httpx.Client) -> None:
    assert client.get("/healthz").json()["status"] == "ok"
    spec = client.get("/openapi.json").json()
    assert spec["openapi"].startswith("3.1")
    app = create_app(ServiceConfig(store=Path("unused")))
    routes = {_openapi_path(rule.rule) for rule in app.url_map.iter_rules() if not rule.endpoint.endswith("static")}
    assert routes == set(spec["paths"])


def _openapi_path(rule: str) -> str:
    return re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule)


def test_service_page_lists_the_named_queries(client: httpx.Client) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "mediations" in page.text
    examples = json.loads(page.text.split('id="examples-data" type="application/json">')[1].split("</script>")[0])
    assert "GROUP_CONCAT" in examples["mediations"]
