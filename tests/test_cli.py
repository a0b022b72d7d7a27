"""The command line end to end: ingest the examples, ask the named queries, stats, delete."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.queries import named_queries

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("cli") / "store"
    result = CliRunner().invoke(main, ["ingest", "--store", str(store), str(ROOT / "examples")])
    assert result.exit_code == 0, result.output
    return store


def _query(store: Path, name: str) -> list[dict]:
    result = CliRunner().invoke(main, ["query", "--store", str(store), "--file",
                                       str(ROOT / "queries" / f"{name}.rq"), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["results"]["bindings"]


def test_cli_named_queries_have_the_contract_variables(ingested: Path) -> None:
    contract = {"actors": {"source", "name", "type"},
                "exchanges": {"source", "exchange", "partyName", "mediatorName", "date"},
                "exchange_returns": {"source", "exchange", "recipientName", "count"},
                "statements": {"source", "speakerName", "text"}}
    for name, variables in contract.items():
        rows = _query(ingested, name)
        assert rows, name
        assert set().union(*(r.keys() for r in rows)) <= variables | {"kind"}


def test_cli_mediations_answers_who_mediated_which_exchange(ingested: Path) -> None:
    rows = {(r["mediator"]["value"], r["parties"]["value"], r["date"]["value"])
            for r in _query(ingested, "mediations")}
    assert ("Norway", "Kosovo / Serbia", "2025-03-14") in rows or \
        ("Norway", "Serbia / Kosovo", "2025-03-14") in rows
    assert any(m == "Ethiopia" for m, _, _ in rows)
    assert not any(m == "Switzerland" for m, _, _ in rows)  # an offer is not a mediation


def test_cli_named_queries_answer_with_the_name_the_document_gives(tmp_path: Path) -> None:
    (tmp_path / "lima.txt").write_text('"They are all home," Peru\'s Defence Ministry said on Monday.')
    store = tmp_path / "store"
    assert CliRunner().invoke(main, ["ingest", "--store", str(store), str(tmp_path / "lima.txt")]).exit_code == 0
    speakers = {r["speakerName"]["value"] for r in _query(store, "statements")}
    assert speakers == {"Peru's Defence Ministry"}
    label = "SELECT ?n WHERE { ?a <http://www.w3.org/2004/02/skos/core#prefLabel> ?n ; a ?c } ORDER BY ?n"
    result = CliRunner().invoke(main, ["query", "--store", str(store), "--format", "csv", label])
    assert "Ministry of Defence of Peru" in result.stdout.splitlines()  # still its canonical name


def test_cli_every_named_query_runs(ingested: Path) -> None:
    for name in named_queries():
        result = CliRunner().invoke(main, ["query", "--store", str(ingested), "--file", name])
        assert result.exit_code == 0, (name, result.output)


def test_cli_query_output_formats(ingested: Path) -> None:
    ask = "ASK { ?s ?p ?o }"
    for fmt, expected in [("json", '"boolean":true'), ("table", "yes"), ("xml", "<boolean>true")]:
        result = CliRunner().invoke(main, ["query", "--store", str(ingested), "--format", fmt, ask])
        assert expected in result.stdout.replace(" ", "")
    label = "SELECT ?n WHERE { ?a <http://www.w3.org/2004/02/skos/core#prefLabel> ?n } LIMIT 1"
    csv = CliRunner().invoke(main, ["query", "--store", str(ingested), "--format", "csv", label])
    assert csv.stdout.splitlines()[0] == "n"


def test_cli_malformed_query_is_a_clear_error(ingested: Path) -> None:
    result = CliRunner().invoke(main, ["query", "--store", str(ingested), "SELEC nothing"])
    assert result.exit_code == 1 and "malformed query" in result.stderr


def test_cli_stats_counts_what_is_stored(ingested: Path) -> None:
    result = CliRunner().invoke(main, ["stats", "--store", str(ingested)])
    stats = dict(line.split() for line in result.stdout.splitlines())
    assert stats["documents"] == "3" and int(stats["triples"]) > 100


def test_cli_ingest_reports_failures_and_exits_nonzero(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("Chile and Peru swapped five prisoners on Monday.")
    (tmp_path / "empty.txt").write_text("")
    result = CliRunner().invoke(main, ["ingest", "--store", str(tmp_path / "s"),
                                       str(tmp_path / "ok.txt"), str(tmp_path / "empty.txt")])
    assert result.exit_code == 1
    assert "empty.txt: empty document" in result.stderr
    assert "1 documents" in result.stderr and "1 failures" in result.stderr


def test_cli_delete_removes_a_document(tmp_path: Path) -> None:
    store = str(tmp_path / "s")
    runner = CliRunner()
    runner.invoke(main, ["ingest", "--store", store, str(ROOT / "examples")])
    assert runner.invoke(main, ["delete", "--store", store, "example-001"]).exit_code == 0
    stats = runner.invoke(main, ["stats", "--store", store]).stdout
    assert dict(line.split() for line in stats.splitlines())["documents"] == "2"
