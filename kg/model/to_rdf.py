"""Turn one document's extracted facts into its named graph under the kg ontology.

Every fact carries its provenance: the document (`prov:wasDerivedFrom`), the character
offsets of its evidence (`kg:start`, `kg:end`) and the extractor version. Actor IRIs come
from canonical names (countries from ISO codes), so the same actor in two documents is one
node; an exchange with a known date gets an IRI from its parties and date, so two documents
reporting the same swap describe one event, each in its own graph.
"""

from __future__ import annotations

from rdflib import XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SKOS

from kg.documents.model import Document
from kg.extract.facts import Actor, Event, Facts, Statement
from kg.model.namespace import KG, SCHEMA, actor_iri, document_iri, fact_iri

EXTRACTOR_VERSION = "kg-extract/0.1.0"


def document_to_graph(document: Document, facts: Facts) -> Graph:
    """The RDF graph of one document: its metadata, actors, events and statements."""
    graph = new_graph()
    doc = document_iri(document.id)
    _add_document(graph, doc, document)
    actors = {key: _add_actor(graph, doc, document.id, actor) for key, actor in facts.actors.items()}
    for actor in facts.actors.values():
        if actor.part_of in actors:
            graph.add((actors[actor.key], KG.partOf, actors[actor.part_of]))
    for index, event in enumerate(facts.events):
        _add_event(graph, doc, document.id, index, event, actors)
    for index, statement in enumerate(facts.statements):
        _add_statement(graph, doc, document.id, index, statement, actors)
    return graph


def new_graph() -> Graph:
    """An empty graph for one document's facts. rdflib's default store keeps contexts and
    announces every added triple, and a new graph binds some thirty prefixes; a document's
    graph needs none of that, and ingest makes one per document (this store is twice as fast)."""
    graph = Graph(store="SimpleMemory", bind_namespaces="none")
    graph.bind("kg", KG._NS)
    return graph


def _add_document(graph: Graph, doc: URIRef, document: Document) -> None:
    graph.add((doc, RDF.type, KG.Document))
    graph.add((doc, KG.documentId, Literal(document.id)))
    graph.add((doc, KG.extractorVersion, Literal(EXTRACTOR_VERSION)))
    if document.title:
        graph.add((doc, DCTERMS.title, Literal(document.title)))
    if document.published:
        graph.add((doc, DCTERMS.issued, Literal(document.published.isoformat(), datatype=XSD.date)))
    if document.source:
        graph.add((doc, DCTERMS.source, Literal(document.source)))
    if document.url:
        graph.add((doc, SCHEMA.url, Literal(document.url, datatype=XSD.anyURI)))


def _provenance(graph: Graph, node: URIRef, doc: URIRef, start: int, end: int) -> None:
    graph.add((node, PROV.wasDerivedFrom, doc))
    graph.add((node, KG.start, Literal(start)))
    graph.add((node, KG.end, Literal(end)))
    graph.add((node, KG.extractorVersion, Literal(EXTRACTOR_VERSION)))


def _add_actor(graph: Graph, doc: URIRef, doc_id: str, actor: Actor) -> URIRef:
    node = actor_iri(actor.kind, actor.name, actor.country_code)
    graph.add((node, RDF.type, KG[actor.kind]))
    graph.add((node, SKOS.prefLabel, Literal(actor.name)))
    graph.add((node, KG.documentName, Literal(actor.document_name)))
    for alias in sorted(actor.aliases - {actor.name}):
        graph.add((node, SKOS.altLabel, Literal(alias)))
    if actor.country_code:
        graph.add((node, KG.countryCode, Literal(actor.country_code)))
    if actor.role:
        graph.add((node, KG.role, Literal(actor.role)))
    graph.add((doc, KG.mentions, node))
    for mention in actor.mentions:
        mention_node = fact_iri("mention", doc_id, mention.start, mention.end)
        graph.add((mention_node, RDF.type, KG.Mention))
        graph.add((mention_node, KG.mentionOf, node))
        graph.add((mention_node, KG.surface, Literal(mention.surface)))
        _provenance(graph, mention_node, doc, mention.start, mention.end)
    return node


def _event_iri(doc_id: str, index: int, event: Event, actors: dict[str, URIRef]) -> URIRef:
    if event.date and len(event.parties) >= 2:
        parties = sorted(str(actors[p]) for p in event.parties)
        return fact_iri(event.kind.lower(), *parties, event.date.isoformat())
    return fact_iri(event.kind.lower(), doc_id, index)


def _add_event(
    graph: Graph, doc: URIRef, doc_id: str, index: int, event: Event, actors: dict[str, URIRef]
) -> None:
    node = _event_iri(doc_id, index, event, actors)
    graph.add((node, RDF.type, KG[event.kind]))
    _provenance(graph, node, doc, event.start, event.end)
    for party in event.parties:
        graph.add((node, KG.party, actors[party]))
    for mediator in event.mediators:
        graph.add((node, KG.mediator, actors[mediator]))
        mediation = fact_iri("mediation", node, actors[mediator])
        graph.add((mediation, RDF.type, KG.Mediation))
        graph.add((mediation, KG.mediator, actors[mediator]))
        graph.add((mediation, KG.mediatedEvent, node))
        _provenance(graph, mediation, doc, event.start, event.end)
    if event.date:
        graph.add((node, KG.date, Literal(event.date.isoformat(), datatype=XSD.date)))
    if event.place:
        graph.add((node, KG.place, Literal(event.place)))
    for ret in event.returns:
        ret_node = fact_iri("return", node, actors[ret.recipient], ret.count)
        graph.add((node, KG.hasReturn, ret_node))
        graph.add((ret_node, RDF.type, KG.Return))
        graph.add((ret_node, KG.recipient, actors[ret.recipient]))
        graph.add((ret_node, KG.count, Literal(ret.count)))
        _provenance(graph, ret_node, doc, ret.start, ret.end)


def _add_statement(
    graph: Graph,
    doc: URIRef,
    doc_id: str,
    index: int,
    statement: Statement,
    actors: dict[str, URIRef],
) -> None:
    node = fact_iri("statement", doc_id, index, statement.start)
    graph.add((node, RDF.type, KG.Statement))
    graph.add((node, KG.text, Literal(statement.text)))
    graph.add((node, KG.kind, Literal(statement.kind)))
    if statement.speaker:
        graph.add((node, KG.speaker, actors[statement.speaker]))
    else:
        graph.add((node, KG.unattributed, Literal(True)))
    for key in statement.about:
        graph.add((node, KG.about, actors[key]))
    _provenance(graph, node, doc, statement.start, statement.end)
