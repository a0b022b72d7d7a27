"""Shared fixtures: the extractor is built once per session (loading the model takes a
second); every store lives in its own temporary folder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kg.documents import Document
from kg.store import Store

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def extractor():  # noqa: ANN201 - kg.extract.Extractor, imported lazily
    from kg.extract import Extractor

    return Extractor()


@pytest.fixture
def extract(extractor):  # noqa: ANN001, ANN201
    """Extract facts from a text written in the test, published on a given day."""

    def run(text: str, published: str = "2025-05-07", doc_id: str = "t"):  # noqa: ANN202
        return extractor.extract(Document(doc_id, text, published=dt.date.fromisoformat(published)))

    return run


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "store")


def names(facts, keys) -> set[str]:  # noqa: ANN001
    return {facts.actors[k].name for k in keys}


def exchanges_as_read(facts) -> list[dict]:  # noqa: ANN001
    """Each exchange as a reader would state it: sides, mediators, date, people returned."""
    name = lambda key: facts.actors[key].name  # noqa: E731
    return [{"parties": {name(p) for p in e.parties}, "mediators": {name(m) for m in e.mediators},
             "date": e.date, "returns": {(name(r.recipient), r.count) for r in e.returns}}
            for e in facts.events if e.kind == "Exchange"]


def said(facts) -> set[tuple[str | None, str]]:  # noqa: ANN001
    """Every statement as (speaker's name or None, text)."""
    return {(facts.actors[s.speaker].name if s.speaker else None, s.text) for s in facts.statements}
