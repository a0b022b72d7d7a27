"""kg_events: the other events a reader of conflict news expects, found cheaply.

Talks, attacks and visits, typed like the ontology's classes (each carries CAMEO and PLOVER
codes there). One trigger lemma list per type; the sides are the actors the trigger's
clause names; a plan or an offer is not an event.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.extract.events.common import hypothetical, mediators_in, nearest_date, parties_in
from kg.extract.facts import Event
from kg.extract.reference import References

TRIGGERS = {
    "Talks": {"talks", "negotiations", "summit"},
    "Attack": {"attack", "strike", "airstrike", "shelling", "bombardment", "launch", "shell"},
    "Visit": {"visit", "tour"},
}


class OtherEventFinder:
    """Finds talks, attacks and visits (see the module docstring)."""

    def __init__(self, nlp: Language, name: str = "kg_events") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        refs = References(doc)
        events = []
        for sent in doc.sents:
            for token in sent:
                kind = _kind(token)
                if kind is None or hypothetical(token):
                    continue
                parties = parties_in(token, sent, refs)
                if not parties:
                    continue
                date = nearest_date(token, doc._.dates or [])
                mediators = mediators_in(sent, refs) if kind == "Talks" else []
                events.append(Event(kind, sent.start_char, sent.end_char, parties=parties,
                                    mediators=[m for m in mediators if m not in parties],
                                    date=date.day if date else None))
        doc._.events = (doc._.events or []) + events
        return doc


def _kind(token: Token) -> str | None:
    word = token.lower_ if token.pos_ == "NOUN" else token.lemma_.lower()
    for kind, words in TRIGGERS.items():
        if word in words and (token.pos_ == "NOUN" or kind != "Talks"):
            if kind == "Attack" and token.lemma_ == "launch" and not any(
                    c.lemma_ in ("missile", "attack", "strike", "drone") for c in token.subtree):
                return None
            return kind
    return None
