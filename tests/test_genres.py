"""End to end on short documents of other genres, written for these tests: a mediator's
press release, a live blog, wire copy with an earlier exchange, an interview-style report, an
opinion piece and reports of things that are not exchanges (offers, bodies, one-way releases).
Each test states what a reader of that document would answer."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from kg.documents import Document
from tests.conftest import exchanges_as_read

DATA = Path(__file__).parent / "data" / "genres.jsonl"


@pytest.fixture(scope="module")
def facts_of(extractor):  # noqa: ANN001, ANN201
    documents = {}
    for line in DATA.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        documents[row["id"]] = Document(row["id"], row["text"], title=row["title"],
                                        published=dt.date.fromisoformat(row["published"]))
    return {doc_id: extractor.extract(doc) for doc_id, doc in documents.items()}


def test_a_mediators_press_release(facts_of) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(facts_of["pr-1"])
    assert swap == {"parties": {"Armenia", "Azerbaijan"}, "mediators": {"United Arab Emirates"},
                    "date": dt.date(2025, 3, 14), "returns": {("Armenia", 12), ("Azerbaijan", 9)}}
    assert "ABU DHABI" not in {a.name for a in facts_of["pr-1"].actors.values()}


def test_a_live_blog_without_its_time_stamps(facts_of) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(facts_of["live-1"])
    assert swap["parties"] == {"Colombia", "Venezuela"}
    assert swap["mediators"] == {"International Committee of the Red Cross"}
    assert swap["returns"] == {("Colombia", 42), ("Venezuela", 37)}
    assert "GMT" not in {a.name for a in facts_of["live-1"].actors.values()}


def test_wire_copy_keeps_todays_and_an_earlier_exchange_apart(facts_of) -> None:  # noqa: ANN001
    today, earlier = sorted(exchanges_as_read(facts_of["wire-1"]), key=lambda e: e["date"], reverse=True)
    assert today["date"] == dt.date(2025, 9, 19) and earlier["date"] == dt.date(2025, 9, 4)
    assert today["returns"] == {("Russia", 146), ("Ukraine", 146)}
    assert earlier["returns"] == {("Russia", 84), ("Ukraine", 84)}
    assert today["mediators"] == earlier["mediators"] == {"United Arab Emirates"}


def test_a_helping_agency_is_not_a_side(facts_of) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(facts_of["int-1"])
    assert swap["parties"] == {"United States", "Russia"} and swap["mediators"] == {"Turkey"}
    assert ("Russia", 8) in swap["returns"]


@pytest.mark.parametrize("doc_id", ["neg-1", "h2-3", "h2-5"])
def test_offers_opinion_and_bodies_are_notexchanges_as_read(facts_of, doc_id: str) -> None:  # noqa: ANN001
    assert exchanges_as_read(facts_of[doc_id]) == []


@pytest.mark.parametrize("doc_id, parties, mediators", [
    ("h2-1", {"United States", "Venezuela"}, {"Qatar"}),
    ("h2-2", {"Iran", "Sweden"}, {"Oman"}),
    ("h2-4", {"Russia", "Ukraine"}, {"United Arab Emirates"}),
    ("h2-6", {"Hamas", "Israel"}, {"Egypt", "Qatar"}),
])
def test_sides_and_mediators_however_they_are_worded(facts_of, doc_id: str, parties: set,  # noqa: ANN001
                                                     mediators: set) -> None:
    [swap] = exchanges_as_read(facts_of[doc_id])
    assert (swap["parties"], swap["mediators"]) == (parties, mediators)


def test_statements_of_a_live_blog_and_a_wire(facts_of) -> None:  # noqa: ANN001
    said = {(facts_of["live-1"].actors[s.speaker].name, s.kind) for s in facts_of["live-1"].statements}
    assert ("Laura Sarabia", "direct") in said
    wire = facts_of["wire-1"]
    direct = [s for s in wire.statements if s.kind == "direct"]
    assert [(wire.actors[s.speaker].name, s.text) for s in direct] == [
        ("Volodymyr Zelenskiy", "We are bringing our people home")]
