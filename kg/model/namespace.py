"""The IRIs of kg: its ontology terms, its instance data and its named graphs.

The vocabulary is a closed `DefinedNamespace`, so a typo in a term fails at import time
instead of writing a triple nobody queries. `ontology/kg.ttl` declares every term listed here.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

BASE = "https://w3id.org/kg-news/"


class KG(DefinedNamespace):
    """The kg ontology (`ontology/kg.ttl`)."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # actors
    Actor: URIRef
    Person: URIRef
    Country: URIRef
    Organization: URIRef
    Mediator: URIRef  # defined: an actor that mediates some event
    Party: URIRef  # defined: an actor that is a party to some event
    # events
    Event: URIRef
    Exchange: URIRef
    Mediation: URIRef
    Release: URIRef
    Talks: URIRef
    Attack: URIRef
    Visit: URIRef
    # qualified per-side return of an exchange
    Return: URIRef
    # statements, documents and mentions
    Statement: URIRef
    Document: URIRef
    Mention: URIRef

    party: URIRef  # Event -> Actor
    partyTo: URIRef  # inverse of party
    mediator: URIRef  # Event -> Actor
    mediates: URIRef  # inverse of mediator
    mediatedBetween: URIRef  # Actor -> Actor, chain mediates o party
    mediatedEvent: URIRef  # Mediation -> Event
    hasReturn: URIRef  # Exchange -> Return
    recipient: URIRef  # Return -> Actor
    count: URIRef  # Return -> xsd:integer
    date: URIRef  # Event -> xsd:date
    place: URIRef  # Event -> xsd:string (a place name)
    speaker: URIRef  # Statement -> Actor
    text: URIRef  # Statement -> xsd:string
    kind: URIRef  # Statement -> "direct" | "reported"
    unattributed: URIRef  # Statement -> xsd:boolean
    about: URIRef  # Statement -> Actor or Event
    mentions: URIRef  # Document -> Actor
    mentionOf: URIRef  # Mention -> Actor
    surface: URIRef  # Mention -> xsd:string, the words as written
    role: URIRef  # Person -> xsd:string, a title such as "foreign minister"
    documentName: URIRef  # Actor -> the name one document gives it, in that document's graph
    countryCode: URIRef  # Country -> ISO 3166-1 alpha-3
    partOf: URIRef  # Organization -> Actor (a ministry is part of its country's government)
    documentId: URIRef  # Document -> xsd:string
    start: URIRef  # fact -> character offset where its evidence starts in the document text
    end: URIRef  # fact -> character offset where its evidence ends
    extractorVersion: URIRef  # fact -> version of the extractor that produced it
    cameoCode: URIRef  # annotation on event classes
    ploverCode: URIRef  # annotation on event classes


SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SCHEMA = Namespace("https://schema.org/")

ONTOLOGY_GRAPH = URIRef(BASE + "graph/ontology")
INFERRED_GRAPH = URIRef(BASE + "graph/inferred")
DOCUMENT_GRAPH_PREFIX = BASE + "graph/doc/"


def slug(name: str) -> str:
    """A readable, stable IRI segment for a name: "Ministry of Defence" -> "ministry-of-defence"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text or hashlib.sha1(name.encode()).hexdigest()[:12]


def document_graph(doc_id: str) -> URIRef:
    """The named graph holding every fact extracted from one document."""
    return URIRef(DOCUMENT_GRAPH_PREFIX + quote(doc_id, safe=""))


def document_iri(doc_id: str) -> URIRef:
    return URIRef(BASE + "id/document/" + quote(doc_id, safe=""))


def actor_iri(kind: str, canonical_name: str, country_code: str | None = None) -> URIRef:
    """One IRI per real-world actor: countries by ISO code, others by type and canonical name."""
    if kind == "Country" and country_code:
        return URIRef(BASE + "id/country/" + country_code)
    return URIRef(BASE + f"id/{kind.lower()}/" + slug(canonical_name))


def fact_iri(kind: str, *parts: object) -> URIRef:
    """An IRI for an event, return, statement or mention, derived from what identifies it."""
    digest = hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:16]
    return URIRef(BASE + f"id/{kind}/{digest}")
