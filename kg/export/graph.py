"""The store read into one networkx graph that every export view is cut from.

Nodes are the store's actors, events (exchanges, releases, talks, attacks, visits), documents
and statements, keyed by IRI, each with a `category` ("actor", "event", "document",
"statement"), a `type` (the kg class name) and `when`, the day it belongs to on a timeline
(an event's date, else the publication date of the first document reporting it; a
document's or a statement's publication date; None for actors and undated items).

Edges follow the RDF, one per (source, target, kind) with the set of documents that support
it (`sources`) and the days they happened (`dates`):

    event -party-> actor        event -mediator-> actor      event -recipient-> actor (people)
    document -mentions-> event  document -mentions-> actor
    statement -speaker-> actor  statement -about-> actor

Everything comes from a handful of SPARQL SELECTs over the union of the document graphs,
asked per named graph so that each fact knows which documents state it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import networkx as nx
import pyoxigraph as ox

from kg.model.namespace import KG
from kg.store import Store

ACTOR_TYPES = ("Person", "Country", "Organization")
EVENT_TYPES = ("Exchange", "Release", "Talks", "Attack", "Visit")

_PREFIXES = """\
PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX schema: <https://schema.org/>
"""
_EVENT_TYPES = "VALUES ?type { " + " ".join(f"kg:{name}" for name in EVENT_TYPES) + " }"
_ACTOR_TYPES = "VALUES ?type { " + " ".join(f"kg:{name}" for name in ACTOR_TYPES) + " }"

_DOCUMENTS = f"""{_PREFIXES}
SELECT ?doc (SAMPLE(?i) AS ?id) (SAMPLE(?t) AS ?title) (MIN(?d) AS ?issued) (SAMPLE(?s) AS ?source)
       (SAMPLE(?u) AS ?url)
WHERE {{
  ?doc a kg:Document ; kg:documentId ?i .
  OPTIONAL {{ ?doc dcterms:title ?t }}
  OPTIONAL {{ ?doc dcterms:issued ?d }}
  OPTIONAL {{ ?doc dcterms:source ?s }}
  OPTIONAL {{ ?doc schema:url ?u }}
}} GROUP BY ?doc
"""

_ACTORS = f"""{_PREFIXES}
SELECT ?actor ?type (MIN(?n) AS ?name) (MIN(?c) AS ?code) WHERE {{
  {_ACTOR_TYPES}
  ?actor a ?type .
  OPTIONAL {{ ?actor skos:prefLabel ?n }}
  OPTIONAL {{ ?actor kg:countryCode ?c }}
}} GROUP BY ?actor ?type
"""

_EVENTS = f"""{_PREFIXES}
SELECT ?event ?type ?doc ?date ?place WHERE {{
  {_EVENT_TYPES}
  GRAPH ?g {{
    ?event a ?type ; prov:wasDerivedFrom ?doc .
    OPTIONAL {{ ?event kg:date ?date }}
    OPTIONAL {{ ?event kg:place ?place }}
  }}
}}
"""

_ROLES = f"""{_PREFIXES}
SELECT ?event ?role ?actor ?doc WHERE {{
  {_EVENT_TYPES}
  VALUES ?role {{ kg:party kg:mediator }}
  GRAPH ?g {{ ?event a ?type ; ?role ?actor ; prov:wasDerivedFrom ?doc . }}
}}
"""

_RETURNS = f"""{_PREFIXES}
SELECT ?event ?actor ?count ?doc WHERE {{
  GRAPH ?g {{
    ?event kg:hasReturn ?return .
    ?return kg:recipient ?actor ; kg:count ?count ; prov:wasDerivedFrom ?doc .
  }}
}}
"""

_MENTIONS = f"""{_PREFIXES}
SELECT ?doc ?actor WHERE {{ GRAPH ?g {{ ?doc a kg:Document ; kg:mentions ?actor . }} }}
"""

_STATEMENTS = f"""{_PREFIXES}
SELECT ?statement ?doc ?speaker ?about WHERE {{
  GRAPH ?g {{
    ?statement a kg:Statement ; prov:wasDerivedFrom ?doc .
    OPTIONAL {{ ?statement kg:speaker ?speaker }}
    OPTIONAL {{ ?statement kg:about ?about }}
  }}
}}
"""


def read_store(store: Store) -> nx.MultiDiGraph:
    """Every actor, event, document and statement in the store, with who did what in which."""
    graph = nx.MultiDiGraph()
    _add_documents(graph, store)
    _add_actors(graph, store)
    _add_events(graph, store)
    _add_roles(graph, store)
    _add_returns(graph, store)
    _add_mentions(graph, store)
    _add_statements(graph, store)
    return graph


def within(graph: nx.MultiDiGraph, since: dt.date | None, until: dt.date | None) -> nx.MultiDiGraph:
    """The part of `graph` between two days, both included.

    Events are kept by their day, documents and statements by their publication day; with
    either bound given, undated ones go. Actors stay when something kept still involves them.
    """
    if since is None and until is None:
        return graph
    first, last = (since or dt.date.min).isoformat(), (until or dt.date.max).isoformat()
    outside = [node for node, data in graph.nodes(data=True)
               if data["category"] != "actor" and not (data["when"] and first <= data["when"] <= last)]
    kept = graph.copy()
    kept.remove_nodes_from(outside)
    kept.remove_nodes_from([node for node in nodes_of(kept, "actor") if kept.degree(node) == 0])
    return kept


def nodes_of(graph: nx.MultiDiGraph, category: str) -> list[str]:
    """The nodes of one category ("actor", "event", "document", "statement"), in id order."""
    return sorted(node for node, kind in graph.nodes(data="category") if kind == category)


def _rows(store: Store, sparql: str) -> Iterator[dict[str, str | None]]:
    """Query results as plain dicts of strings: IRIs and literal values, None when unbound."""
    solutions = store.query(sparql)
    names = [variable.value for variable in solutions.variables]
    for solution in solutions:
        yield {name: _text(solution[name]) for name in names}


def _text(term: ox.NamedNode | ox.Literal | ox.BlankNode | None) -> str | None:
    return None if term is None else term.value


def _local_name(iri: str) -> str:
    return iri.removeprefix(str(KG._NS))


def _relate(graph: nx.MultiDiGraph, source: str, target: str, kind: str, document: str) -> dict:
    """The edge `source -kind-> target`, created on first sight; `document` is one more that states it."""
    if not graph.has_edge(source, target, kind):
        graph.add_edge(source, target, key=kind, kind=kind, sources=set(), dates=set())
    edge = graph.edges[source, target, kind]
    edge["sources"].add(document)
    if graph.nodes[source]["when"]:
        edge["dates"].add(graph.nodes[source]["when"])
    return edge


def _known(graph: nx.MultiDiGraph, *nodes: str | None) -> bool:
    """Whether every node is one read before: a relation to anything else is not exported."""
    return all(node in graph for node in nodes)


def _add_documents(graph: nx.MultiDiGraph, store: Store) -> None:
    for row in _rows(store, _DOCUMENTS):
        graph.add_node(row["doc"], category="document", type="Document", label=row["title"] or row["id"],
                       document_id=row["id"], title=row["title"], issued=row["issued"], source=row["source"],
                       url=row["url"], when=row["issued"])


def _add_actors(graph: nx.MultiDiGraph, store: Store) -> None:
    for row in _rows(store, _ACTORS):
        graph.add_node(row["actor"], category="actor", type=_local_name(row["type"]),
                       label=row["name"] or row["actor"], country_code=row["code"], when=None)


def _add_events(graph: nx.MultiDiGraph, store: Store) -> None:
    """Events, and which documents report them (`document -mentions-> event`)."""
    rows = [row for row in _rows(store, _EVENTS) if _known(graph, row["doc"])]
    for row in rows:
        issued = graph.nodes[row["doc"]]["when"]
        if row["event"] not in graph:
            graph.add_node(row["event"], category="event", type=_local_name(row["type"]), date=row["date"],
                           place=row["place"], when=row["date"] or issued)
        event = graph.nodes[row["event"]]
        if not row["date"] and issued and (event["when"] is None or issued < event["when"]):
            event["when"] = issued
    for row in rows:
        _relate(graph, row["doc"], row["event"], "mentions", row["doc"])


def _add_roles(graph: nx.MultiDiGraph, store: Store) -> None:
    for row in _rows(store, _ROLES):
        if _known(graph, row["event"], row["actor"]):
            _relate(graph, row["event"], row["actor"], _local_name(row["role"]), row["doc"])


def _add_returns(graph: nx.MultiDiGraph, store: Store) -> None:
    """`event -recipient-> actor` with the people it got back (the largest count any document gives)."""
    for row in _rows(store, _RETURNS):
        if _known(graph, row["event"], row["actor"]):
            edge = _relate(graph, row["event"], row["actor"], "recipient", row["doc"])
            edge["people"] = max(edge.get("people", 0), int(row["count"]))


def _add_mentions(graph: nx.MultiDiGraph, store: Store) -> None:
    for row in _rows(store, _MENTIONS):
        if _known(graph, row["doc"], row["actor"]):
            _relate(graph, row["doc"], row["actor"], "mentions", row["doc"])


def _add_statements(graph: nx.MultiDiGraph, store: Store) -> None:
    for row in _rows(store, _STATEMENTS):
        if not _known(graph, row["doc"]):
            continue
        if row["statement"] not in graph:
            graph.add_node(row["statement"], category="statement", type="Statement",
                           when=graph.nodes[row["doc"]]["when"])
        for kind in ("speaker", "about"):
            if row[kind] and _known(graph, row[kind]) and graph.nodes[row[kind]]["category"] == "actor":
                _relate(graph, row["statement"], row[kind], kind, row["doc"])
