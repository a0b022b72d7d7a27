"""The ontology: it parses, declares every term the code uses with a label and a comment,
and is consistent under HermiT, which infers who is a Mediator."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef

from kg.model.namespace import KG
from kg.model.ontology import load_ontology, to_ntriples

needs_java = pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs Java")


def test_ontology_declares_every_term_with_label_and_comment() -> None:
    graph = load_ontology()
    for name in KG.__annotations__:
        term = KG[name]
        assert (term, RDF.type, None) in graph, name
        assert (term, RDFS.label, None) in graph and (term, RDFS.comment, None) in graph, name


def test_ontology_event_classes_carry_cameo_codes() -> None:
    graph = load_ontology()
    assert str(graph.value(KG.Mediation, KG.cameoCode)) == "045"
    assert str(graph.value(KG.Exchange, KG.cameoCode)) == "0841"


def test_ontology_actor_kinds_are_disjoint() -> None:
    graph = load_ontology()
    groups = [set(graph.items(m)) for s in graph.subjects(RDF.type, OWL.AllDisjointClasses)
              for m in graph.objects(s, OWL.members)]
    assert {KG.Person, KG.Country, KG.Organization} in groups


@needs_java
def test_ontology_is_consistent_and_infers_mediators(tmp_path: Path) -> None:
    import owlready2

    graph = load_ontology()
    ex = "http://example.org/"
    exchange, uae, rus, ukr = (URIRef(ex + n) for n in ("x", "uae", "rus", "ukr"))
    graph.add((exchange, RDF.type, KG.Exchange))
    for country in (uae, rus, ukr):
        graph.add((country, RDF.type, KG.Country))
    graph.add((exchange, KG.mediator, uae))
    graph.add((exchange, KG.party, rus))
    graph.add((exchange, KG.party, ukr))
    path = tmp_path / "kg.nt"
    path.write_text(to_ntriples(graph))
    world = owlready2.World()
    world.get_ontology(path.as_uri()).load()
    owlready2.sync_reasoner(world, infer_property_values=True, debug=0)
    mediator_class = world[str(KG.Mediator)]
    uae_individual = world[str(uae)]
    assert mediator_class in uae_individual.is_a or mediator_class in uae_individual.INDIRECT_is_a
    between = {str(i.iri) for i in uae_individual.mediatedBetween}
    assert between == {str(rus), str(ukr)}


def test_ontology_graph_is_stored_once(store) -> None:  # noqa: ANN001
    from kg.model.namespace import ONTOLOGY_GRAPH

    store.ensure_ontology(load_ontology())
    store.ensure_ontology(load_ontology())
    assert store.count_triples(ONTOLOGY_GRAPH) == len(load_ontology())
    assert isinstance(load_ontology(), Graph)
