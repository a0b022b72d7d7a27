"""A SPARQL 1.1 server as kg's store: the same interface as the embedded Oxigraph store.

Queries go through the SPARQL 1.1 Protocol, writes through the Graph Store Protocol: each
document is one named graph, replaced by one HTTP PUT, so the server swaps a document's
facts in one step (a rejected PUT leaves the previous graph, checked against Virtuoso).

Two ways to name a server:

- a URL, `http://host:3030/dataset`: one endpoint answers queries, updates and graph-store
  requests (Fuseki's dataset URL does); user and password may sit in the URL (HTTP Basic);
- a TOML file whose `[store]` table names the endpoints (`query`, `graph_store`, and
  `update` for `kg reason`), the `user`, `password` (or `$KG_STORE_PASSWORD`) and
  `auth = "basic" | "digest"` (Virtuoso's authenticated endpoints need digest).

Results come back as pyoxigraph objects, as the embedded store returns them, so result
formatting does not care where the store is.
"""

from __future__ import annotations

import json
import os
import re
import tomllib
import weakref
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import httpx
import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg.errors import ConfigError, QueryError, StoreError
from kg.model.namespace import BASE, DOCUMENT_GRAPH_PREFIX, ONTOLOGY_GRAPH
from kg.store.oxigraph import refuse_remote_access

KG_GRAPH_PREFIX = BASE + "graph/"  # a server holds other graphs too (Virtuoso its system ones)
RESULTS_JSON = "application/sparql-results+json"
RESULTS_XML = "application/sparql-results+xml"  # for SELECT: every server writes it, Virtuoso faster than JSON
N_TRIPLES = "application/n-triples"
TURTLE = "text/turtle"  # what every Graph Store accepts; N-Triples is a subset of Turtle
DEFAULT_TIMEOUT = 60.0
AUTH_KINDS = ("basic", "digest")


@dataclass(frozen=True)
class Endpoints:
    """Where a server answers queries and graph-store requests, and how to log in."""

    query: str
    graph_store: str
    update: str | None = None  # SPARQL Update, for commands that run one (`kg reason`)
    auth: httpx.Auth | None = None
    timeout: float = DEFAULT_TIMEOUT

    @classmethod
    def from_url(cls, url: str) -> Endpoints:
        """One URL for all (a Fuseki dataset URL); credentials in the URL are Basic auth."""
        return cls(query=url, graph_store=url, update=url)

    @classmethod
    def from_config(cls, path: Path) -> Endpoints:
        """The `[store]` table of a TOML file."""
        try:
            settings = tomllib.loads(path.read_text(encoding="utf-8")).get("store")
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
            raise ConfigError(f"{path}: cannot read the store config: {err}") from err
        if not isinstance(settings, dict) or "query" not in settings:
            raise ConfigError(f"{path}: needs a [store] table with at least `query` (and `graph_store` to write)")
        return cls(
            query=settings["query"],
            graph_store=settings.get("graph_store", settings["query"]),
            update=settings.get("update"),
            auth=_auth(path, settings),
            timeout=float(settings.get("timeout", DEFAULT_TIMEOUT)),
        )


def _auth(path: Path, settings: dict) -> httpx.Auth | None:
    user = settings.get("user")
    if user is None:
        return None
    password = settings.get("password", os.environ.get("KG_STORE_PASSWORD"))
    if password is None:
        raise ConfigError(f"{path}: `user` is set but no `password` (nor $KG_STORE_PASSWORD)")
    kind = settings.get("auth", "basic")
    if kind not in AUTH_KINDS:
        raise ConfigError(f"{path}: auth {kind!r} is not one of {', '.join(AUTH_KINDS)}")
    return httpx.DigestAuth(user, password) if kind == "digest" else httpx.BasicAuth(user, password)


class RemoteStore:
    """A kg store on a SPARQL 1.1 server. Many processes may read and write it at once."""

    def __init__(self, endpoints: Endpoints, *, read_only: bool = False, location: str | None = None) -> None:
        self.endpoints = endpoints
        self.read_only = read_only
        self.location = location or _without_password(endpoints.query)
        self._http = httpx.Client(auth=endpoints.auth, timeout=endpoints.timeout)
        # commands open a store and drop it: its connections close when it is collected
        self._finalizer = weakref.finalize(self, self._http.close)

    @classmethod
    def open(cls, location: str, *, read_only: bool = False) -> RemoteStore:
        """The store a `--store` value names: an http(s) URL or a `.toml` config file."""
        if location.startswith(("http://", "https://")):
            return cls(Endpoints.from_url(location), read_only=read_only)
        path = Path(location)
        return cls(Endpoints.from_config(path), read_only=read_only, location=str(path))

    # -- writing -----------------------------------------------------------------------

    def replace_graph(self, graph_iri: URIRef, graph: Graph) -> None:
        """Make `graph` the whole content of the named graph `graph_iri` (one PUT)."""
        try:
            ntriples = graph.serialize(format="nt", encoding="utf-8")
        except Exception as err:  # noqa: BLE001 - rdflib raises bare Exception on bad IRIs
            raise StoreError(f"{self.location}: cannot write graph <{graph_iri}>: {err}") from err
        self.put_ntriples(str(graph_iri), ntriples)

    def put_ntriples(self, graph_iri: str, ntriples: bytes) -> None:
        """Replace a named graph by N-Triples, as the bulk loader has them."""
        self._require_writable()
        response = self._send("PUT", self.endpoints.graph_store, params={"graph": graph_iri},
                              content=ntriples, headers={"Content-Type": TURTLE})
        self._check(response, f"cannot write graph <{graph_iri}>")

    def drop_graphs(self, graph_iris: Iterable[URIRef]) -> int:
        """Remove named graphs; returns how many existed."""
        self._require_writable()
        dropped = 0
        for graph_iri in graph_iris:
            response = self._send("DELETE", self.endpoints.graph_store, params={"graph": str(graph_iri)})
            if response.status_code != 404:
                self._check(response, f"cannot delete graph <{graph_iri}>")
                dropped += 1
        return dropped

    def ensure_ontology(self, ontology: Graph) -> None:
        """Load the ontology into its own named graph when it is missing or has changed."""
        if len(ontology) != self.count_triples(ONTOLOGY_GRAPH):
            self.replace_graph(ONTOLOGY_GRAPH, ontology)

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update on the server's update endpoint."""
        self._require_writable()
        refuse_remote_access(sparql)
        if self.endpoints.update is None:
            raise StoreError(f"{self.location}: no `update` endpoint in the store config")
        response = self._send("POST", self.endpoints.update, data={"update": sparql})
        self._refuse_if_rejected(response, "update")
        self._check(response, "update failed")

    def flush(self) -> None:
        """Nothing to do: the server has applied each write when its request returned."""

    # -- reading -----------------------------------------------------------------------

    def query(
        self, sparql: str, *, default_graphs: list[str] | None = None, named_graphs: list[str] | None = None
    ) -> ox.QuerySolutions | ox.QueryTriples | ox.QueryBoolean:
        """Run a SPARQL 1.1 query on the server: over the union of its graphs (as the server
        defines its default graph), or over the dataset `default_graphs`/`named_graphs` name."""
        refuse_remote_access(sparql)
        form = _query_form(sparql)
        accept = {ox.QueryTriples: N_TRIPLES, ox.QueryBoolean: RESULTS_JSON}.get(form, RESULTS_XML)
        data = {"query": sparql, "default-graph-uri": default_graphs or [], "named-graph-uri": named_graphs or []}
        response = self._send("POST", self.endpoints.query, data=data, headers={"Accept": accept})
        self._refuse_if_rejected(response, "query")
        self._check(response, "query failed")
        if form is ox.QueryTriples:
            return _triples(response.content)
        if form is ox.QueryBoolean:
            return _boolean(response.content)
        try:
            return ox.parse_query_results(response.content, format=ox.QueryResultsFormat.XML)
        except SyntaxError as error:  # a server that ignores Accept and answers in another format
            raise StoreError(f"{self.location}: the query's results are not SPARQL XML results: {error}") from error

    def has_graph(self, graph_iri: URIRef) -> bool:
        return bool(self.query(f"ASK {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }}"))

    def count_triples(self, graph_iri: URIRef | None = None) -> int:
        """Triples in one graph, or in all of kg's graphs (not the server's own)."""
        where = f"GRAPH <{graph_iri}> {{ ?s ?p ?o }}" if graph_iri else (
            f'GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{KG_GRAPH_PREFIX}"))')
        rows = self.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
        return int(next(iter(rows))["n"].value)

    def document_graphs(self) -> Iterator[str]:
        rows = self.query(f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} '
                          f'FILTER(STRSTARTS(STR(?g), "{DOCUMENT_GRAPH_PREFIX}")) }}')
        for row in rows:
            yield row["g"].value

    def dump_nquads(self) -> bytes:
        """Every quad of kg's graphs. One query: for a large store, mind the server's row limit."""
        rows = self.query(f'SELECT ?g ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} '
                          f'FILTER(STRSTARTS(STR(?g), "{KG_GRAPH_PREFIX}")) }}')
        quads = (ox.Quad(row["s"], row["p"], row["o"], row["g"]) for row in rows)
        return ox.serialize(quads, format=ox.RdfFormat.N_QUADS)

    def close(self) -> None:
        self._finalizer()

    # -- HTTP --------------------------------------------------------------------------

    def _send(self, method: str, url: str, **kwargs: object) -> httpx.Response:
        try:
            return self._http.request(method, url, **kwargs)
        except httpx.HTTPError as err:
            raise StoreError(f"{self.location}: no answer from the server ({type(err).__name__}: {err})") from err

    def _refuse_if_rejected(self, response: httpx.Response, what: str) -> None:
        """A 4xx other than a login failure: the server could not run what it was sent."""
        if 400 <= response.status_code < 500 and response.status_code not in (401, 403):
            raise QueryError(f"{self.location}: the server refused the {what}: {_server_message(response)}")

    def _check(self, response: httpx.Response, what: str) -> None:
        if response.status_code in (401, 403):
            raise StoreError(f"{self.location}: {what}: not allowed (HTTP {response.status_code}); "
                             "check the user, password and auth kind of the store config")
        if response.is_error:
            raise StoreError(f"{self.location}: {what}: HTTP {response.status_code}: {_server_message(response)}")

    def _require_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.location}: store opened read-only")


def _query_form(sparql: str) -> type:
    """SELECT, ASK or CONSTRUCT/DESCRIBE, found by running the query on an empty embedded
    store: it parses SPARQL as the embedded store does, so a malformed query gets the same
    message there and here, and we know which results format to ask the server for."""
    try:
        return type(ox.Store().query(sparql))
    except SyntaxError as err:
        raise QueryError(f"malformed query: {err}") from err


def _triples(ntriples: bytes) -> ox.QueryTriples:
    """A CONSTRUCT or DESCRIBE answer as the embedded store gives it (pyoxigraph makes
    QueryTriples only from a query, so the triples go through an in-memory store)."""
    memory = ox.Store()
    memory.load(ntriples, format=ox.RdfFormat.N_TRIPLES)
    return memory.query("CONSTRUCT WHERE { ?s ?p ?o }")


def _boolean(body: bytes) -> ox.QueryBoolean:
    """An ASK answer. Virtuoso 7.2 has no JSON boolean writer and answers ASK as a one-column
    SELECT (`__ASK_RETVAL`, one row `1` when true, no rows when false): read that too."""
    data = json.loads(body)
    if "boolean" in data:
        answer = bool(data["boolean"])
    else:
        rows = data.get("results", {}).get("bindings", [])
        answer = any(cell.get("value") not in ("0", "false") for row in rows for cell in row.values())
    return ox.parse_query_results(json.dumps({"head": {}, "boolean": answer}), format=ox.QueryResultsFormat.JSON)


def _server_message(response: httpx.Response) -> str:
    """The server's error text without its HTML, short enough for one line."""
    text = re.sub(r"<[^>]+>", " ", response.text)
    text = " ".join(text.split())
    return text[:300] or response.reason_phrase


def _without_password(url: str) -> str:
    """The URL to show in messages: without the user and password it may carry."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[-1]))
