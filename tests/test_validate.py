"""SHACL validation (`ontology/shapes.ttl`): each shape catches a hand-made violation, the
facts the extractor writes keep every shape, and `kg validate` reports per document and fact.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF

from kg.cli import main
from kg.documents import Document
from kg.extract.facts import Actor, Event, Facts, Mention, Return, Statement
from kg.model.namespace import KG, actor_iri, document_graph, document_iri
from kg.model.to_rdf import document_to_graph
from kg.reason import Violation, validate_document, validate_store
from kg.reason.shapes import shapes, validate_documents
from kg.store import Store

ROOT = Path(__file__).resolve().parents[1]
DOC = document_iri("swap")
RUSSIA = actor_iri("Country", "Russia", "RUS")


def swap_facts() -> Facts:
    """A document's facts that keep every shape: a mediated, dated exchange with returns, two
    statements (one unattributed) and a minister."""
    actors = {
        "RUS": Actor("RUS", "Country", "Russia", "RUS", mentions=[Mention(0, 6, "Russia")]),
        "UKR": Actor("UKR", "Country", "Ukraine", "UKR", mentions=[Mention(11, 18, "Ukraine")]),
        "ARE": Actor("ARE", "Country", "United Arab Emirates", "ARE", mentions=[Mention(60, 63, "UAE")]),
        "ZEL": Actor("ZEL", "Person", "Volodymyr Zelenskyy", role="President of Ukraine",
                     mentions=[Mention(90, 99, "Zelenskyy")]),
    }
    swap = Event("Exchange", 0, 64, parties=["RUS", "UKR"], mediators=["ARE"], date=dt.date(2024, 1, 3),
                 returns=[Return("UKR", 230, 65, 80), Return("RUS", 248, 81, 89)])
    statements = [Statement("ZEL", "We are home.", "direct", 90, 120, about=["UKR"]),
                  Statement(None, "It will be a joy.", "direct", 121, 140)]
    return Facts(actors, [swap], statements)


def swap_graph() -> Graph:
    document = Document("swap", "text", title="A swap", published=dt.date(2024, 1, 3), source="test")
    return document_to_graph(document, swap_facts())


def only(graph: Graph, kind: URIRef) -> URIRef:
    (node,) = graph.subjects(RDF.type, kind)
    return node


def statement(graph: Graph, *, attributed: bool) -> URIRef:
    return next(s for s in graph.subjects(RDF.type, KG.Statement)
                if ((s, KG.speaker, None) in graph) == attributed)


def drop(predicate: URIRef, kind: URIRef) -> Callable[[Graph], URIRef]:
    """A breakage: remove `predicate` from the (first) node of class `kind`."""
    def breaks(graph: Graph) -> URIRef:
        node = sorted(graph.subjects(RDF.type, kind))[0]
        graph.remove((node, predicate, None))
        return node
    return breaks


def set_value(kind: URIRef, predicate: URIRef, value: Literal) -> Callable[[Graph], URIRef]:
    """A breakage: replace the value of `predicate` on the (first) node of class `kind`."""
    def breaks(graph: Graph) -> URIRef:
        node = sorted(graph.subjects(RDF.type, kind))[0]
        graph.set((node, predicate, value))
        return node
    return breaks


def one_party(graph: Graph) -> URIRef:
    swap = only(graph, KG.Exchange)
    graph.remove((swap, KG.party, RUSSIA))
    return swap


def unattributed_flag_dropped(graph: Graph) -> URIRef:
    node = statement(graph, attributed=False)
    graph.remove((node, KG.unattributed, None))
    return node


def unmentioned_actor(graph: Graph) -> URIRef:
    graph.remove((DOC, KG.mentions, RUSSIA))
    return RUSSIA


BREAKAGES = {
    "exchange with one party": (one_party, "kg:party", "at least two sides"),
    "negative returned count": (set_value(KG.Return, KG.count, Literal(-3)), "kg:count", "non-negative"),
    "returned count not an integer": (set_value(KG.Return, KG.count, Literal("many")), "kg:count", "xsd:integer"),
    "return without recipient": (drop(KG.recipient, KG.Return), "kg:recipient", "recipient"),
    "statement neither attributed nor unattributed": (unattributed_flag_dropped, None, "kg:unattributed"),
    "statement without text": (drop(KG.text, KG.Statement), "kg:text", "kg:text"),
    "statement without source": (drop(PROV.wasDerivedFrom, KG.Statement), "prov:wasDerivedFrom", "source"),
    "event without start offset": (drop(KG.start, KG.Exchange), "kg:start", "kg:start"),
    "mention without extractor version": (drop(KG.extractorVersion, KG.Mention), "kg:extractorVersion",
                                          "kg:extractorVersion"),
    "actor no document mentions": (unmentioned_actor, "^kg:mentions", "kg:mentions"),
    "date as a plain string": (set_value(KG.Exchange, KG.date, Literal("2024-01-03")), "kg:date", "xsd:date"),
    "date that is no day": (set_value(KG.Exchange, KG.date, Literal("2024-02-30", datatype=XSD.date)),
                            "kg:date", "xsd:date"),
    "publication date as a year": (set_value(KG.Document, DCTERMS.issued, Literal("2024", datatype=XSD.gYear)),
                                   "dcterms:issued", "xsd:date"),
}


def test_validate_the_shapes_are_parsed_once() -> None:
    assert shapes() is shapes() and len(shapes()) > 50


def test_validate_the_shapes_use_only_terms_the_ontology_declares() -> None:
    used = {node for triple in shapes() for node in triple if isinstance(node, URIRef) and node in KG._NS}
    declared = {getattr(KG, name) for name in KG.__annotations__ if not name.startswith("_")}
    assert used and used <= declared


def test_validate_a_document_that_keeps_every_shape_has_no_violations() -> None:
    assert validate_document(swap_graph()) == []


@pytest.mark.parametrize(("breakage", "path", "words"), BREAKAGES.values(), ids=BREAKAGES.keys())
def test_validate_each_shape_catches_a_hand_made_violation(
    breakage: Callable[[Graph], URIRef], path: str | None, words: str
) -> None:
    graph = swap_graph()
    focus = breakage(graph)
    violations = validate_document(graph)
    assert [(v.focus_node, v.path) for v in violations] == [(str(focus), path)]
    assert words in violations[0].message


def test_validate_a_violation_reads_as_fact_property_and_message() -> None:
    graph = swap_graph()
    swap = one_party(graph)
    (violation,) = validate_document(graph)
    assert str(violation) == f"<{swap}> kg:party: an exchange needs at least two sides (kg:party)"


def test_validate_documents_together_answers_as_each_alone() -> None:
    """Ingest validates a batch in one call; the exchange and its actors are the same nodes in
    both documents, yet the whole one does not make up for what the broken one lacks."""
    whole, broken = swap_graph(), swap_graph()
    swap = one_party(broken)
    assert validate_documents([whole, broken, whole]) == [[], validate_document(broken), []]
    assert [v.focus_node for v in validate_document(broken)] == [str(swap)]


def test_validate_the_extractor_writes_facts_that_keep_every_shape(extractor) -> None:  # noqa: ANN001
    for line in (ROOT / "examples" / "news.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        document = Document(row["id"], row["text"], title=row["title"], source=row["source"],
                            published=dt.date.fromisoformat(row["published"]))
        assert validate_document(document_to_graph(document, extractor.extract(document))) == [], row["id"]


def write_store(path: Path, documents: dict[str, Graph]) -> Path:
    """A store holding these document graphs, closed again (commands open it themselves)."""
    store = Store(path)
    for doc_id, graph in documents.items():
        store.replace_graph(document_graph(doc_id), graph)
    store.flush()
    return path


@pytest.fixture
def mixed_store(tmp_path: Path) -> Path:
    """A store with one good document and one whose exchange has a single party."""
    broken = swap_graph()
    one_party(broken)
    return write_store(tmp_path / "store", {"good": swap_graph(), "bad one": broken})


def test_validate_store_reports_violations_by_document(mixed_store: Path) -> None:
    found = validate_store(Store(mixed_store, read_only=True))
    assert list(found) == ["bad one"]
    assert [v.path for v in found["bad one"]] == ["kg:party"]
    assert isinstance(found["bad one"][0], Violation)


def test_validate_cli_lists_each_violation_with_its_document_and_exits_1(mixed_store: Path) -> None:
    result = CliRunner().invoke(main, ["validate", "--store", str(mixed_store)])
    assert result.exit_code == 1
    (line,) = result.stdout.splitlines()
    assert line.startswith("bad one: <") and "kg:party" in line
    assert "2 documents, 1 with violations, 1 violations" in result.stderr


def test_validate_cli_exits_0_when_every_document_conforms(tmp_path: Path) -> None:
    path = write_store(tmp_path / "store", {"good": swap_graph()})
    result = CliRunner().invoke(main, ["validate", "--store", str(path)])
    assert result.exit_code == 0 and result.stdout == ""
