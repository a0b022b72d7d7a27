"""Reasoning (`kg reason`): what HermiT and the OWL 2 RL rules infer into the inferred graph,
how an inconsistent graph is reported, and what happens without Java.

HermiT runs on Java; its tests skip without one (CI installs `default-jre-headless`).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import owlready2
import pytest
from click.testing import CliRunner
from rdflib import RDF, XSD, Graph, Literal, URIRef
from rdflib.namespace import PROV, RDFS

from kg.cli import main
from kg.errors import ConfigError
from kg.ingest import delete
from kg.model.namespace import BASE, INFERRED_GRAPH, KG, SCHEMA, SEM, document_graph, document_iri
from kg.queries import named_queries
from kg.reason import InconsistentGraph, JavaNotFound, reason
from kg.store import Store

ROOT = Path(__file__).resolve().parents[1]
# A report like the seed article's, written for the tests (the seed itself is not shipped).
SEED_LIKE_REPORT = (
    "On Wednesday Russia and Ukraine traded prisoners of war, with the United Arab Emirates "
    "mediating. Kyiv said 230 Ukrainians returned home, while Russia's Defence "
    "Ministry said 248 Russian servicemen were freed. The UAE said its mediation reflected "
    "its close ties with both countries."
)

needs_java = pytest.mark.skipif(shutil.which("java") is None, reason="HermiT runs on Java, and no java is on the PATH")

QATAR, RUSSIA, UKRAINE, ARE = (URIRef(f"{BASE}id/country/{code}") for code in ("QAT", "RUS", "UKR", "ARE"))
SPOKESMAN = URIRef(BASE + "id/person/majed-al-ansari")
SWAP = URIRef(BASE + "id/exchange/test")
QUOTE = URIRef(BASE + "id/statement/test")
RETURN = URIRef(BASE + "id/return/test")


def document(doc_id: str, *triples: tuple) -> tuple[URIRef, Graph]:
    """A document's named graph holding its metadata and the given triples."""
    graph = Graph()
    doc = document_iri(doc_id)
    graph.add((doc, RDF.type, KG.Document))
    graph.add((doc, KG.documentId, Literal(doc_id)))
    for triple in triples:
        graph.add(triple)
    return document_graph(doc_id), graph


def qatar_mediates_a_swap() -> tuple[URIRef, Graph]:
    return document(
        "swap",
        (RUSSIA, RDF.type, KG.Country), (UKRAINE, RDF.type, KG.Country), (QATAR, RDF.type, KG.Country),
        (SWAP, RDF.type, KG.Exchange), (SWAP, KG.party, RUSSIA), (SWAP, KG.party, UKRAINE),
        (SWAP, KG.mediator, QATAR), (SWAP, KG.date, Literal("2025-05-07", datatype=XSD.date)),
        (SPOKESMAN, RDF.type, KG.Person), (QUOTE, RDF.type, KG.Statement), (QUOTE, KG.speaker, SPOKESMAN),
    )


def qatar_is_a_person() -> tuple[URIRef, Graph]:
    return document("profile", (QATAR, RDF.type, KG.Person))


def store_with(path: Path, *documents: tuple[URIRef, Graph]) -> Store:
    store = Store(path)
    for graph_iri, graph in documents:
        store.replace_graph(graph_iri, graph)
    return store


def inferred(store: Store) -> set[tuple[str, str, str]]:
    """The inferred graph's triples about individuals (the reasoning record left out)."""
    rows = store.query(f"""SELECT ?s ?p ?o WHERE {{ GRAPH <{INFERRED_GRAPH}> {{ ?s ?p ?o }}
        FILTER(?s != <{INFERRED_GRAPH}> && !STRSTARTS(STR(?s), "{BASE}id/reason")) }}""")
    return {(row["s"].value, row["p"].value, str(row["o"])) for row in rows}


def has(facts: set[tuple[str, str, str]], s: URIRef, p: URIRef, o: URIRef) -> bool:
    return (str(s), str(p), f"<{o}>") in facts


@pytest.fixture
def swap_store(tmp_path: Path) -> Store:
    return store_with(tmp_path / "store", qatar_mediates_a_swap())


# -- what is inferred ------------------------------------------------------------------------


def test_reason_rules_infer_mediator_party_and_mediated_between(swap_store: Store) -> None:
    reason(swap_store, "rules")
    facts = inferred(swap_store)
    assert has(facts, QATAR, RDF.type, KG.Mediator) and not has(facts, QATAR, RDF.type, KG.Party)
    assert has(facts, RUSSIA, RDF.type, KG.Party) and has(facts, UKRAINE, RDF.type, KG.Party)
    assert has(facts, QATAR, KG.mediatedBetween, RUSSIA) and has(facts, QATAR, KG.mediatedBetween, UKRAINE)


def test_reason_rules_infer_inverses_superproperties_and_superclasses(swap_store: Store) -> None:
    reason(swap_store, "rules")
    facts = inferred(swap_store)
    assert has(facts, RUSSIA, KG.partyTo, SWAP) and has(facts, QATAR, KG.mediates, SWAP)
    assert has(facts, SWAP, SEM.hasActor, RUSSIA) and has(facts, SWAP, SEM.hasActor, QATAR)
    assert has(facts, QUOTE, PROV.wasAttributedTo, SPOKESMAN)
    assert (str(SWAP), str(SEM.hasTimeStamp), Literal("2025-05-07", datatype=XSD.date).n3()) in facts
    for cls in (KG.Actor, SEM.Actor, PROV.Agent, SCHEMA.Country):
        assert has(facts, QATAR, RDF.type, cls), cls
    for cls in (KG.Event, SEM.Event, PROV.Entity):
        assert has(facts, SWAP, RDF.type, cls), cls


def test_reason_never_copies_an_asserted_triple_into_the_inferred_graph(swap_store: Store) -> None:
    reason(swap_store, "rules")
    asserted = {(str(s), str(p), o.n3() if not isinstance(o, URIRef) else f"<{o}>")
                for s, p, o in qatar_mediates_a_swap()[1]}
    assert inferred(swap_store) and not inferred(swap_store) & asserted


def test_reason_records_the_reasoner_its_version_and_the_time(swap_store: Store) -> None:
    report = reason(swap_store, "rules")
    (row,) = swap_store.query(f"""
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?name ?version ?ended WHERE {{ GRAPH <{INFERRED_GRAPH}> {{
          <{INFERRED_GRAPH}> prov:wasGeneratedBy ?run . ?run prov:endedAtTime ?ended ; prov:wasAssociatedWith ?agent .
          ?agent <{RDFS.label}> ?name ; <{SCHEMA.softwareVersion}> ?version }} }}""")
    assert row["name"].value == "kg OWL 2 RL rules" and row["version"].value.startswith("on Oxigraph")
    assert row["ended"].datatype.value == str(XSD.dateTime)
    assert report.reasoner.startswith("kg OWL 2 RL rules") and report.inferred > 20


def test_reason_replaces_the_inferred_graph_on_every_run(swap_store: Store) -> None:
    reason(swap_store, "rules")
    delete(["swap"], swap_store)
    reason(swap_store, "rules")
    assert not any(s == str(QATAR) for s, _, _ in inferred(swap_store))


def test_reason_an_unknown_engine_is_a_clear_error(swap_store: Store) -> None:
    with pytest.raises(ConfigError, match="unknown reasoning engine 'pellet'; known engines: hermit, rules"):
        reason(swap_store, "pellet")


@needs_java
def test_reason_hermit_and_the_rules_infer_the_same(tmp_path: Path) -> None:
    by_engine = {}
    for engine in ("hermit", "rules"):
        store = store_with(tmp_path / engine, qatar_mediates_a_swap())
        reason(store, engine)
        by_engine[engine] = inferred(store)
    assert by_engine["hermit"] == by_engine["rules"]
    assert has(by_engine["hermit"], QATAR, KG.mediatedBetween, UKRAINE)


# -- the seed article, end to end --------------------------------------------------------------


def _rows(store: Path, query: str) -> list[dict]:
    result = CliRunner().invoke(main, ["query", "--store", str(store), "--file", query, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["results"]["bindings"]


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The seed ingested; every named query's answer before and after `kg reason` (HermiT)."""
    if shutil.which("java") is None:
        pytest.skip("HermiT runs on Java, and no java is on the PATH")
    store = tmp_path_factory.mktemp("seed") / "store"
    runner = CliRunner()
    seed = tmp_path_factory.mktemp("report") / "seed-like.txt"
    seed.write_text(SEED_LIKE_REPORT, encoding="utf-8")
    assert runner.invoke(main, ["ingest", "--store", str(store), "--published", "2024-01-03",
                                str(seed)]).exit_code == 0
    before = {name: _rows(store, name) for name in named_queries()}
    result = runner.invoke(main, ["reason", "--store", str(store)])
    assert result.exit_code == 0, result.output
    after = {name: _rows(store, name) for name in named_queries()}
    return {"store": store, "before": before, "after": after, "stderr": result.stderr}


def test_reason_the_seed_makes_the_uae_a_mediator_between_russia_and_ukraine(seed: dict) -> None:
    facts = inferred(Store(seed["store"], read_only=True))
    assert has(facts, ARE, RDF.type, KG.Mediator)
    assert has(facts, ARE, KG.mediatedBetween, RUSSIA) and has(facts, ARE, KG.mediatedBetween, UKRAINE)
    assert "by HermiT" in seed["stderr"]


def test_reason_mediators_query_uses_the_inferred_mediator_class(seed: dict) -> None:
    assert seed["before"]["mediators"] == []
    rows = {row["mediator"]["value"]: row for row in seed["after"]["mediators"]}
    uae = rows["United Arab Emirates"]
    assert set(uae["between"]["value"].split(" / ")) == {"Russia", "Ukraine"}
    assert int(uae["exchanges"]["value"]) == 1


def test_reason_named_queries_answer_the_same_with_or_without_the_inferred_graph(seed: dict) -> None:
    for name in named_queries():
        if name != "mediators":
            assert seed["before"][name] == seed["after"][name], name
    assert seed["before"]["mediations"]


# -- inconsistency -------------------------------------------------------------------------------


@pytest.mark.parametrize("engine", [pytest.param("hermit", marks=needs_java), "rules"])
def test_reason_an_actor_both_person_and_country_is_reported_with_its_documents(tmp_path: Path, engine: str) -> None:
    store = store_with(tmp_path / "store", qatar_mediates_a_swap(), qatar_is_a_person())
    with pytest.raises(InconsistentGraph) as caught:
        reason(store, engine)
    (clash,) = caught.value.clashes
    assert clash.individual == str(QATAR) and set(clash.classes) == {str(KG.Country), str(KG.Person)}
    assert clash.documents == ("profile", "swap")
    assert f"<{QATAR}> is both kg:Country and kg:Person, which are disjoint (documents: profile, swap)" in str(
        caught.value)


def test_reason_an_inconsistent_graph_leaves_the_inferred_graph_as_it_was(tmp_path: Path) -> None:
    store = store_with(tmp_path / "store", qatar_mediates_a_swap())
    reason(store, "rules")
    before = inferred(store)
    graph_iri, graph = qatar_is_a_person()
    store.replace_graph(graph_iri, graph)
    with pytest.raises(InconsistentGraph):
        reason(store, "rules")
    assert inferred(store) == before


def test_reason_cli_reports_an_inconsistency_and_exits_1(tmp_path: Path) -> None:
    store_with(tmp_path / "store", qatar_mediates_a_swap(), qatar_is_a_person()).flush()  # and closed
    result = CliRunner().invoke(main, ["reason", "--store", str(tmp_path / "store"), "--engine", "rules"])
    assert result.exit_code == 1
    assert "the graph is inconsistent" in result.stderr and f"<{QATAR}>" in result.stderr
    assert "Traceback" not in result.output


@needs_java
def test_reason_hermit_reports_an_inconsistency_the_rules_cannot_place(tmp_path: Path) -> None:
    # kg:recipient is functional: one return going back to both a country and a person makes
    # them the same individual, which the disjoint classes forbid. Only HermiT sees it.
    store = store_with(tmp_path / "store", document(
        "odd return",
        (RUSSIA, RDF.type, KG.Country), (SPOKESMAN, RDF.type, KG.Person), (RETURN, RDF.type, KG.Return),
        (RETURN, KG.recipient, RUSSIA), (RETURN, KG.recipient, SPOKESMAN),
    ))
    with pytest.raises(InconsistentGraph, match="no individual is in two disjoint classes") as caught:
        reason(store, "hermit")
    assert caught.value.clashes == []
    reason(store, "rules")  # OWL 2 RL without equality reasoning: no clash


# -- without Java ----------------------------------------------------------------------------------


def test_reason_without_java_says_what_to_install(swap_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(owlready2, "JAVA_EXE", "java-that-is-not-installed")
    with pytest.raises(JavaNotFound, match="install one .*default-jre-headless"):
        reason(swap_store, "hermit")


def test_reason_cli_without_java_on_the_path_fails_clearly_and_the_rest_of_kg_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = str(tmp_path / "store")
    store_with(tmp_path / "store", qatar_mediates_a_swap()).flush()  # closed again: the commands open it
    monkeypatch.setenv("PATH", str(tmp_path / "no-java-here"))
    runner = CliRunner()
    result = runner.invoke(main, ["reason", "--store", store])
    assert result.exit_code == 1
    assert "HermiT needs a Java runtime" in result.stderr and "default-jre-headless" in result.stderr
    assert runner.invoke(main, ["reason", "--store", store, "--engine", "rules"]).exit_code == 0
    assert "1 documents" in runner.invoke(main, ["validate", "--store", store]).stderr
    assert runner.invoke(main, ["query", "--store", store, "--file", "mediators"]).exit_code == 0
