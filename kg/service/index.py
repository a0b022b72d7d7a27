"""What the JSON API serves, read from the store with a few fixed SPARQL queries.

The API's answers nest (an exchange with its parties, mediators and returns; an actor with
its events and statements), which one flat SPARQL result does not: a handful of queries is
run, each answer cached like any other, and grouped here into records, rebuilt only when the
store changes. Filtering and paging happen on these records in `api.py`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from kg.model.namespace import BASE

ID_PREFIX = BASE + "id/"
ACTOR_KINDS = ("Person", "Country", "Organization")
EVENT_KINDS = ("Exchange", "Release", "Talks", "Attack", "Visit")

_KG = BASE + "ontology#"
_PREFIXES = f"""PREFIX kg: <{_KG}>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX schema: <https://schema.org/>
"""

# Every document graph describes the actors it mentions again: matched graph by graph, an
# actor's rows are one set per document; matched across graphs, they would multiply.
ACTORS = _PREFIXES + f"""SELECT DISTINCT ?actor ?class ?name ?alt ?role ?code WHERE {{
  GRAPH ?g {{
    VALUES ?class {{ {" ".join("kg:" + k for k in ACTOR_KINDS)} }}
    ?actor a ?class ; skos:prefLabel ?name .
    OPTIONAL {{ ?actor skos:altLabel ?alt }}
    OPTIONAL {{ ?actor kg:role ?role }}
    OPTIONAL {{ ?actor kg:countryCode ?code }}
  }}
}}"""
MENTIONS = _PREFIXES + "SELECT ?actor ?source WHERE { ?doc kg:mentions ?actor ; kg:documentId ?source }"
EVENTS = _PREFIXES + f"""SELECT ?event ?class ?date ?source WHERE {{
  VALUES ?class {{ {" ".join("kg:" + k for k in EVENT_KINDS)} }}
  ?event a ?class ; prov:wasDerivedFrom ?doc .
  ?doc kg:documentId ?source .
  OPTIONAL {{ ?event kg:date ?date }}
}}"""
ROLES = _PREFIXES + """SELECT ?event ?role ?actor WHERE {
  { ?event kg:party ?actor BIND("party" AS ?role) } UNION { ?event kg:mediator ?actor BIND("mediator" AS ?role) }
  FILTER NOT EXISTS { ?event a kg:Mediation }
}"""
RETURNS = _PREFIXES + """SELECT ?event ?recipient ?count WHERE {
  ?event kg:hasReturn ?return . ?return kg:recipient ?recipient ; kg:count ?count .
}"""
STATEMENTS = _PREFIXES + """SELECT ?statement ?text ?kind ?speaker ?about ?source ?start WHERE {
  ?statement a kg:Statement ; kg:text ?text ; prov:wasDerivedFrom ?doc .
  ?doc kg:documentId ?source .
  OPTIONAL { ?statement kg:kind ?kind }
  OPTIONAL { ?statement kg:speaker ?speaker }
  OPTIONAL { ?statement kg:about ?about }
  OPTIONAL { ?statement kg:start ?start }
}"""
DOCUMENTS = _PREFIXES + """SELECT ?source ?title ?issued ?publisher ?url WHERE {
  GRAPH ?graph {
    ?doc a kg:Document ; kg:documentId ?source .
    OPTIONAL { ?doc dcterms:title ?title }
    OPTIONAL { ?doc dcterms:issued ?issued }
    OPTIONAL { ?doc dcterms:source ?publisher }
    OPTIONAL { ?doc schema:url ?url }
  }
}"""
DOCUMENT_TRIPLES = _PREFIXES + """SELECT ?source (COUNT(*) AS ?triples) WHERE {
  GRAPH ?graph { ?doc a kg:Document ; kg:documentId ?source . ?s ?p ?o }
} GROUP BY ?source"""


@dataclass
class Actor:
    iri: str
    kind: str
    name: str
    alt_names: set[str] = field(default_factory=set)
    role: str | None = None
    country_code: str | None = None
    documents: set[str] = field(default_factory=set)


@dataclass
class Event:
    iri: str
    kind: str
    date: str | None = None
    parties: set[str] = field(default_factory=set)  # actor IRIs
    mediators: set[str] = field(default_factory=set)
    returns: set[tuple[str, int]] = field(default_factory=set)  # (recipient IRI, count)
    documents: set[str] = field(default_factory=set)


@dataclass
class Statement:
    iri: str
    text: str
    kind: str | None
    document: str
    start: int
    speaker: str | None = None
    about: set[str] = field(default_factory=set)


@dataclass
class Document:
    id: str
    title: str | None
    published: str | None
    source: str | None
    url: str | None
    triples: int = 0


@dataclass
class Index:
    """Everything the API serves, keyed by IRI (documents by id)."""

    actors: dict[str, Actor]
    events: dict[str, Event]
    statements: list[Statement]
    documents: dict[str, Document]

    @cached_property
    def events_in_order(self) -> list[Event]:
        """Events by date (undated last), then IRI: sorted once, not on every request."""
        return sorted(self.events.values(), key=lambda e: (e.date or "9999", e.iri))


def build_index(select: Callable[[str], list[dict[str, str]]]) -> Index:
    """The index from the store, through `select` (a SPARQL SELECT returning rows of values)."""
    return Index(_actors(select), _events(select), _statements(select), _documents(select))


def local_id(iri: str) -> str:
    """The API's id for a kg IRI: "country/UKR" for .../id/country/UKR."""
    return iri.removeprefix(ID_PREFIX)


def _actors(select: Callable[[str], list[dict[str, str]]]) -> dict[str, Actor]:
    actors: dict[str, Actor] = {}
    for row in select(ACTORS):
        actor = actors.setdefault(row["actor"], Actor(row["actor"], _kind(row["class"]), row["name"]))
        actor.name = min(actor.name, row["name"])  # one name, whichever document gave several
        actor.alt_names.update(v for v in [row.get("alt"), row["name"]] if v)
        actor.role = actor.role or row.get("role")
        actor.country_code = actor.country_code or row.get("code")
    for actor in actors.values():
        actor.alt_names.discard(actor.name)
    for row in select(MENTIONS):
        if row["actor"] in actors:
            actors[row["actor"]].documents.add(row["source"])
    return actors


def _events(select: Callable[[str], list[dict[str, str]]]) -> dict[str, Event]:
    events: dict[str, Event] = {}
    for row in select(EVENTS):
        event = events.setdefault(row["event"], Event(row["event"], _kind(row["class"])))
        event.date = event.date or row.get("date")
        event.documents.add(row["source"])
    for row in select(ROLES):
        if row["event"] in events:
            getattr(events[row["event"]], "parties" if row["role"] == "party" else "mediators").add(row["actor"])
    for row in select(RETURNS):
        if row["event"] in events:
            events[row["event"]].returns.add((row["recipient"], int(row["count"])))
    return events


def _statements(select: Callable[[str], list[dict[str, str]]]) -> list[Statement]:
    statements: dict[str, Statement] = {}
    for row in select(STATEMENTS):
        statement = statements.setdefault(row["statement"], Statement(
            row["statement"], row["text"], row.get("kind"), row["source"], int(row.get("start", 0)),
            speaker=row.get("speaker")))
        if "about" in row:
            statement.about.add(row["about"])
    return sorted(statements.values(), key=lambda s: (s.document, s.start))


def _documents(select: Callable[[str], list[dict[str, str]]]) -> dict[str, Document]:
    documents = {row["source"]: Document(row["source"], row.get("title"), row.get("issued"),
                                         row.get("publisher"), row.get("url"))
                 for row in select(DOCUMENTS)}
    for row in select(DOCUMENT_TRIPLES):
        if row["source"] in documents:
            documents[row["source"]].triples = int(row["triples"])
    return dict(sorted(documents.items()))


def _kind(class_iri: str) -> str:
    return class_iri.removeprefix(_KG)
