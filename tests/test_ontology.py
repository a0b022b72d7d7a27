"""The kg ontology (`ontology/kg.ttl`): what it must declare, and what HermiT makes of it.

The contract is `kg.model.namespace.KG`: every term the code can write is declared, labelled
and explained, and the ontology invents no kg term the code lacks. The HermiT tests run the
reasoner through owlready2, which needs Java.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import owlready2
import pytest
from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, PROV

from kg.model.namespace import BASE, KG, ONTOLOGY_GRAPH, SEM
from kg.model.ontology import ONTOLOGY_PATH, load_ontology, to_ntriples
from kg.store import Store

ONTOLOGY_IRI = URIRef(BASE + "ontology")
TERMS = [getattr(KG, name) for name in KG.__annotations__ if not name.startswith("_")]
TERM_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}

# The datatypes HermiT (and OWL 2 DL) accept: the OWL 2 datatype map, as far as kg needs it.
OWL2_DATATYPES = {
    XSD.string,
    XSD.boolean,
    XSD.integer,
    XSD.nonNegativeInteger,
    XSD.decimal,
    XSD.double,
    XSD.dateTime,
    XSD.anyURI,
    RDF.PlainLiteral,
    RDFS.Literal,
}

needs_java = pytest.mark.skipif(
    shutil.which("java") is None,
    reason="HermiT runs on Java, and no java is on the PATH",
)

QATAR = URIRef(BASE + "id/country/QAT")
RUSSIA = URIRef(BASE + "id/country/RUS")
UKRAINE = URIRef(BASE + "id/country/UKR")
SWAP = URIRef(BASE + "id/exchange/test")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_ontology()


def english(graph: Graph, term: URIRef, predicate: URIRef) -> list[str]:
    return [
        str(value)
        for value in graph.objects(term, predicate)
        if isinstance(value, Literal) and value.language == "en" and str(value).strip()
    ]


def superclasses(graph: Graph, cls: URIRef) -> set[URIRef]:
    """The named classes above `cls`, through rdfs:subClassOf and defining intersections."""
    found: set[URIRef] = set()
    todo = [cls]
    while todo:
        current = todo.pop()
        parents = list(graph.objects(current, RDFS.subClassOf))
        for definition in graph.objects(current, OWL.equivalentClass):
            for members in graph.objects(definition, OWL.intersectionOf):
                parents.extend(Collection(graph, members))
        for parent in parents:
            if isinstance(parent, URIRef) and parent not in found:
                found.add(parent)
                todo.append(parent)
    return found


def reason(graph: Graph, folder: Path) -> owlready2.World:
    """Run HermiT over `graph` in a world of its own and return the world, inferences included."""
    path = folder / "kg.nt"
    path.write_text(to_ntriples(graph), encoding="utf-8")
    world = owlready2.World()
    world.get_ontology(path.as_uri()).load()
    owlready2.sync_reasoner(world, infer_property_values=True, debug=0)
    return world


def test_ontology_parses_from_its_file() -> None:
    assert ONTOLOGY_PATH.name == "kg.ttl" and ONTOLOGY_PATH.is_file()
    assert len(load_ontology()) > 100


def test_ontology_has_a_header_with_version_label_comment_and_creation_date(
    ontology: Graph,
) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(ONTOLOGY_IRI, OWL.versionInfo) is not None
    assert english(ontology, ONTOLOGY_IRI, RDFS.label)
    assert english(ontology, ONTOLOGY_IRI, RDFS.comment)
    assert ontology.value(ONTOLOGY_IRI, DCTERMS.created) is not None


def test_ontology_loads_as_a_fresh_graph_each_time() -> None:
    mine = load_ontology()
    mine.add((SWAP, RDF.type, KG.Exchange))
    assert (SWAP, RDF.type, KG.Exchange) not in load_ontology()


def test_ontology_is_stored_once_in_its_named_graph(store: Store) -> None:
    store.ensure_ontology(load_ontology())
    store.ensure_ontology(load_ontology())
    assert store.count_triples(ONTOLOGY_GRAPH) == len(load_ontology())


def test_ontology_contract_lists_the_namespace_terms() -> None:
    assert len(TERMS) > 40 and KG.Mediator in TERMS and KG.mediatedBetween in TERMS


@pytest.mark.parametrize("term", TERMS, ids=lambda term: term.split("#")[-1])
def test_ontology_declares_every_namespace_term_with_type_label_and_comment(
    ontology: Graph,
    term: URIRef,
) -> None:
    assert set(ontology.objects(term, RDF.type)) & TERM_TYPES, f"{term} has no OWL type"
    assert english(ontology, term, RDFS.label), f"{term} has no English rdfs:label"
    assert english(ontology, term, RDFS.comment), f"{term} has no English rdfs:comment"


def test_ontology_declares_no_kg_term_the_namespace_lacks(ontology: Graph) -> None:
    nodes = {node for triple in ontology for node in triple if isinstance(node, URIRef)}
    assert {node for node in nodes if node in KG._NS} - set(TERMS) == set()


def test_ontology_puts_every_class_under_actor_or_event_or_among_the_record_classes(
    ontology: Graph,
) -> None:
    records = {KG.Return, KG.Statement, KG.Document, KG.Mention}
    for cls in ontology.subjects(RDF.type, OWL.Class):
        if not (isinstance(cls, URIRef) and cls in TERMS) or cls in {KG.Actor, KG.Event}:
            continue
        assert cls in records or superclasses(ontology, cls) & {KG.Actor, KG.Event}, cls


def test_ontology_aligns_actors_and_events_with_sem_and_prov(ontology: Graph) -> None:
    assert {SEM.Actor, PROV.Agent} <= superclasses(ontology, KG.Person)
    assert {SEM.Event, PROV.Entity} <= superclasses(ontology, KG.Exchange)


@pytest.mark.parametrize(
    ("event_class", "cameo"),
    [
        (KG.Mediation, "045"),
        (KG.Exchange, "0841"),
        (KG.Release, "0841"),
        (KG.Talks, "046"),
        (KG.Attack, "190"),
        (KG.Visit, "042"),
    ],
    ids=lambda value: str(value).split("#")[-1],
)
def test_ontology_annotates_event_classes_with_cameo_and_plover_codes(
    ontology: Graph,
    event_class: URIRef,
    cameo: str,
) -> None:
    assert ontology.value(event_class, KG.cameoCode) == Literal(cameo)
    assert ontology.value(event_class, KG.ploverCode) is not None


def test_ontology_makes_person_country_and_organization_disjoint(ontology: Graph) -> None:
    groups = [
        set(Collection(ontology, members))
        for axiom in ontology.subjects(RDF.type, OWL.AllDisjointClasses)
        for members in ontology.objects(axiom, OWL.members)
    ]
    assert any({KG.Person, KG.Country, KG.Organization} <= group for group in groups)


@pytest.mark.parametrize(
    ("prop", "domain", "range_"),
    [
        (KG.party, KG.Event, KG.Actor),
        (KG.mediator, KG.Event, KG.Actor),
        (KG.mediatedBetween, KG.Actor, KG.Actor),
        (KG.mediatedEvent, KG.Mediation, KG.Event),
        (KG.hasReturn, KG.Exchange, KG.Return),
        (KG.recipient, KG.Return, KG.Actor),
        (KG.speaker, KG.Statement, KG.Actor),
        (KG.about, KG.Statement, None),
        (KG.mentions, KG.Document, KG.Actor),
        (KG.mentionOf, KG.Mention, KG.Actor),
        (KG.partOf, KG.Organization, KG.Actor),
        (KG.count, KG.Return, XSD.integer),
        (KG.date, KG.Event, None),
        (KG.text, KG.Statement, XSD.string),
        (KG.kind, KG.Statement, XSD.string),
        (KG.unattributed, KG.Statement, XSD.boolean),
        (KG.role, KG.Person, XSD.string),
        (KG.countryCode, KG.Country, XSD.string),
        (KG.documentId, KG.Document, XSD.string),
        (KG.start, None, XSD.integer),
        (KG.end, None, XSD.integer),
    ],
    ids=lambda value: str(value).split("#")[-1] if value is not None else "-",
)
def test_ontology_gives_properties_their_domain_and_range(
    ontology: Graph,
    prop: URIRef,
    domain: URIRef | None,
    range_: URIRef | None,
) -> None:
    assert ontology.value(prop, RDFS.domain) == domain
    assert ontology.value(prop, RDFS.range) == range_


def test_ontology_defines_inverses_and_the_mediated_between_chain(ontology: Graph) -> None:
    assert (KG.partyTo, OWL.inverseOf, KG.party) in ontology
    assert (KG.mediates, OWL.inverseOf, KG.mediator) in ontology
    chain = ontology.value(KG.mediatedBetween, OWL.propertyChainAxiom)
    assert list(Collection(ontology, chain)) == [KG.mediates, KG.party]


def test_ontology_uses_only_datatypes_of_the_owl2_datatype_map(ontology: Graph) -> None:
    ranges = {
        value
        for prop in ontology.subjects(RDF.type, OWL.DatatypeProperty)
        for value in ontology.objects(prop, RDFS.range)
    }
    assert ranges - OWL2_DATATYPES == set()


@needs_java
def test_ontology_is_consistent_under_hermit(tmp_path: Path) -> None:
    world = reason(load_ontology(), tmp_path)
    assert list(world.inconsistent_classes()) == []


@needs_java
def test_ontology_lets_hermit_infer_a_mediator_and_whom_it_mediated_between(
    tmp_path: Path,
) -> None:
    graph = load_ontology()
    for country in (QATAR, RUSSIA, UKRAINE):
        graph.add((country, RDF.type, KG.Country))
    graph.add((SWAP, RDF.type, KG.Exchange))
    graph.add((SWAP, KG.party, RUSSIA))
    graph.add((SWAP, KG.party, UKRAINE))
    graph.add((SWAP, KG.mediator, QATAR))

    world = reason(graph, tmp_path)

    qatar = world[str(QATAR)]
    assert isinstance(qatar, world[str(KG.Mediator)])
    assert not isinstance(qatar, world[str(KG.Party)])
    assert isinstance(world[str(RUSSIA)], world[str(KG.Party)])
    mediated_between = world[str(KG.mediatedBetween)]
    assert {str(actor.iri) for actor in mediated_between[qatar]} == {str(RUSSIA), str(UKRAINE)}


@needs_java
def test_ontology_lets_hermit_reject_an_actor_that_is_both_person_and_country(
    tmp_path: Path,
) -> None:
    graph = load_ontology()
    graph.add((QATAR, RDF.type, KG.Country))
    graph.add((QATAR, RDF.type, KG.Person))
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        reason(graph, tmp_path)
