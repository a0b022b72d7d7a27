"""What extraction produces for one document: plain data, independent of spaCy and RDF.

Components fill these on the spaCy `Doc` (see `kg.extract.extensions`); `kg.model.to_rdf`
turns them into triples. Keeping them plain makes both sides testable on their own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kg.extract.gazetteer import fold, gazetteer


@dataclass
class Mention:
    """A span of the text that names an actor (directly, by a metonym or by a pronoun)."""

    start: int
    end: int
    surface: str


@dataclass
class Actor:
    """A real-world actor as known from one document."""

    key: str  # unique within the document: "Country:UKR", "Person:Volodymyr Zelenskyy"
    kind: str  # "Person" | "Country" | "Organization"
    name: str  # canonical name
    country_code: str | None = None  # ISO 3166-1 alpha-3, for countries
    role: str | None = None  # a person's title, e.g. "President of Ukraine"
    part_of: str | None = None  # key of the actor this one belongs to (a ministry's country)
    aliases: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)

    @property
    def unlisted_state(self) -> bool:
        """A state the gazetteer does not list ("the Republic of Marovia"), often a breakaway one."""
        return self.kind == "Country" and not self.country_code

    @property
    def unowned_name(self) -> str:
        """The name without the state a body belongs to, which tells what kind of body it is:
        "Prison Service" of "Prison Service of Israel", "Ministry of Defence" of "Ministry of
        Defence of Peru"."""
        return self.name.rpartition(" of ")[0] if self.part_of and " of " in self.name else self.name

    @property
    def document_name(self) -> str:
        """The name this document gives the actor, for answers about the document: the
        canonical name where the text uses it; else, for an organization (whose canonical name
        kg composed, "Ministry of Defence of Peru", or took from its gazetteer), the text's own
        name of several words for it that reads most like a name ("Peru's Defence Ministry"),
        so that a reader finds in the text what the answer names; for a country, the short name
        ISO 3166 gives it where the text uses that instead ("Türkiye" for Turkey)."""
        written = {fold(a) for a in self.aliases}
        if self.kind == "Country" and self.country_code and fold(self.name) not in written:
            country = gazetteer().countries.get(self.country_code)  # none for a code made up elsewhere
            iso_name = country.iso_name if country else None
            return iso_name if iso_name and fold(iso_name) in written else self.name
        if self.kind != "Organization" or fold(self.name) in written:
            return self.name
        names = [a for a in self.aliases if " " in a and a[:1].isupper()]
        return min(sorted(names), key=_descriptiveness, default=self.name)


def _descriptiveness(name: str) -> tuple[int, bool, int, int]:
    """How far a body's name reads as a description rather than a name, least first: words
    neither capitalised nor an institution's ("interim" in "Peru's interim government"), then
    whether it names no owner ("Foreign Ministry" against "Peru's foreign ministry"), then
    words written small ("Peru's Interior Ministry" before "the Peruvian interior ministry"),
    then the longer first."""
    words = [w for w in name.split() if w.lower() not in _SMALL_WORDS]
    small = [w for w in words if not w[:1].isupper()]
    described = sum(1 for w in small if w.lower() not in _INSTITUTION_WORDS)
    owned = any(w[:1].isupper() and w.lower() not in _INSTITUTION_WORDS for w in words)
    return described, not owned, len(small), -len(name)


_SMALL_WORDS = {"of", "for", "and", "the", "on", "in", "de", "al"}
_INSTITUTION_WORDS = {"ministry", "government", "department", "office", "foreign", "affairs", "external",
                      "defence", "defense", "interior", "internal", "justice", "intelligence", "state", "federal"}


@dataclass
class Return:
    """How many people one side of an exchange got back."""

    recipient: str  # actor key
    count: int
    start: int
    end: int


@dataclass
class Event:
    """Something that happened: an exchange, a mediation, talks, an attack, a visit."""

    kind: str  # a class of the ontology: "Exchange", "Talks", ...
    start: int  # evidence: the sentence of its first mention
    end: int
    parties: list[str] = field(default_factory=list)  # actor keys
    mediators: list[str] = field(default_factory=list)
    date: dt.date | None = None
    place: str | None = None
    returns: list[Return] = field(default_factory=list)


@dataclass
class Statement:
    """Something an actor said, directly quoted or reported."""

    speaker: str | None  # actor key; None when the speaker is unnamed
    text: str
    kind: str  # "direct" | "reported"
    start: int
    end: int
    about: list[str] = field(default_factory=list)  # actor keys


@dataclass
class Facts:
    """Everything extracted from one document."""

    actors: dict[str, Actor] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)

    def count(self) -> int:
        return len(self.actors) + len(self.events) + len(self.statements)
