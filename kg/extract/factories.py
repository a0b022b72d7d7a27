"""Every kg component registered with spaCy by name, in one place.

A new capability is a module in `kg/extract/` (a new event type one in `events/`) and one
factory here; `kg.extract.pipeline.COMPONENTS` puts it in the pipeline.
"""

from __future__ import annotations

from spacy.language import Language

from kg.extract.actors import ActorLinker
from kg.extract.dates import DateResolver
from kg.extract.events.exchange import ExchangeFinder
from kg.extract.events.other import OtherEventFinder
from kg.extract.sentences import mark_paragraph_starts, restore_subjects
from kg.extract.statements import StatementFinder

Language.component("kg_paragraphs")(mark_paragraph_starts)
Language.component("kg_subjects", requires=["token.dep", "doc.ents"])(restore_subjects)


@Language.factory("kg_actors", requires=["doc.ents", "token.dep"], assigns=["doc._.actors",
                                                                             "doc._.mentions"])
def make_actors(nlp: Language, name: str) -> ActorLinker:
    return ActorLinker(nlp, name)


@Language.factory("kg_dates", requires=["doc.ents"], assigns=["doc._.dates"])
def make_dates(nlp: Language, name: str) -> DateResolver:
    return DateResolver(nlp, name)


@Language.factory("kg_exchanges", requires=["doc._.mentions", "doc._.dates", "doc._.statements"],
                  assigns=["doc._.events"])
def make_exchanges(nlp: Language, name: str) -> ExchangeFinder:
    return ExchangeFinder(nlp, name)


@Language.factory("kg_events", requires=["doc._.mentions", "doc._.dates"],
                  assigns=["doc._.events"])
def make_events(nlp: Language, name: str) -> OtherEventFinder:
    return OtherEventFinder(nlp, name)


@Language.factory("kg_statements", requires=["doc._.mentions"], assigns=["doc._.statements"])
def make_statements(nlp: Language, name: str) -> StatementFinder:
    return StatementFinder(nlp, name)
