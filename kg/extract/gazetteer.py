"""Names of countries and well-known organizations, and what they are called in the news.

pycountry knows ISO names and codes; `data/countries.tsv` adds what it lacks (short names
readers expect, abbreviations, demonyms, capitals and seats of government that stand for
the state), and `data/organizations.tsv` names international bodies, armed groups and
outlets under one canonical name each.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import pycountry

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA = Path(__file__).parent / "data"

# Names that take "the" inside an institution's name: "Ministry of Defence of the Russian
# Federation" is that ministry's official English name.
_INSTITUTIONAL = {"RUS": "the Russian Federation"}
# Words after a people's name that make it a church's: "Greek Orthodox", "Syriac Catholic".
_CHURCHES = {"orthodox", "catholic", "catholics", "apostolic", "evangelical", "protestant", "protestants"}
# Words of belonging to a state that its name may qualify: "a US citizen", "two UK nationals".
_CITIZENS = {"citizen", "national", "passport-holder"}


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-3
    name: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    official_name: str | None = None  # "Republic of Yemen", from ISO 3166
    iso_name: str | None = None  # the short name ISO 3166 gives: "Türkiye", "Czechia" (for "Turkey", "Czech Republic")

    @property
    def name_in_prose(self) -> str:
        """The name as a sentence spells it: "the Philippines", "the United States", "Qatar"."""
        plural_or_union = re.match(r"(United|Republic|Democratic|Czech)\b", self.name)
        plural = re.search(r"(?:Islands|Territories|Bahamas|Comoros|Maldives|Netherlands|Philippines|"
                           r"Seychelles)$", self.name)
        needs_article = plural_or_union or plural
        return f"the {self.name}" if needs_article else self.name

    @property
    def government_name(self) -> str:
        """ "Government of the Philippines": the state's government, as the dev set names it."""
        return f"Government of {self.name_in_prose}"

    @property
    def institutional_name(self) -> str:
        """The country as ministries' names spell it: "the Russian Federation", "Qatar"."""
        return _INSTITUTIONAL.get(self.code, self.name_in_prose)


@dataclass(frozen=True)
class Gazetteer:
    countries: dict[str, Country] = field(default_factory=dict)  # by code
    country_names: dict[str, str] = field(default_factory=dict)  # folded name -> code
    demonyms: dict[str, str] = field(default_factory=dict)  # folded demonym -> code
    metonyms: dict[str, str] = field(default_factory=dict)  # folded metonym -> code
    organizations: dict[str, str] = field(default_factory=dict)  # folded alias -> canonical
    organization_kinds: dict[str, str] = field(default_factory=dict)  # canonical -> kind
    organization_aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)  # by name
    organization_countries: dict[str, str] = field(default_factory=dict)  # canonical -> code
    regions: dict[str, frozenset[str]] = field(default_factory=dict)  # folded region words -> codes
    subnational: dict[str, str] = field(default_factory=dict)  # folded name of a region within a state -> code
    offices: dict[str, str | None] = field(default_factory=dict)  # name -> kind of the body it is an office of,
    # worked out once a name (`organization_kind` is asked of every mention)

    def country(self, name: str) -> Country | None:
        code = self.country_names.get(fold(name))
        return self.countries[code] if code else None

    def metonym(self, name: str) -> Country | None:
        code = self.metonyms.get(fold(name))
        return self.countries[code] if code else None

    def demonym(self, word: str) -> Country | None:
        code = self.demonyms.get(fold(word))
        return self.countries[code] if code else None

    def combining_form(self, token: Token) -> Country | None:
        """The state of "Anglo" in "Anglo-German", "Sino" in "Sino-Indian": only where a people's
        name or a state's follows the hyphen (not "Indo-Pacific", "Anglo-Saxon" or "Franco")."""
        code = _COMBINING_FORMS.get(token.lower_)
        doc = token.doc
        if code is None or token.i + 2 >= len(doc) or doc[token.i + 1].text not in ("-", "\u2013") or \
                token.whitespace_ or doc[token.i + 1].whitespace_:
            return None
        after = doc[token.i + 2]
        return self.countries[code] if self.demonym(after.text) or self.country(after.text) or \
            self.combining_form(after) else None

    def demonym_at(self, token: Token) -> Country | None:
        """The people a word names, read with its neighbour where two words name one people:
        "Bosnian Serb fighters" are Republika Srpska's, not Serbia's or Bosnia's."""
        doc = token.doc
        if token.i + 1 < len(doc) and doc[token.i + 1].lower_ in _CHURCHES:
            return None  # "Greek Orthodox nuns" are of a church, not of Greece
        if _of_a_dual_national(token):
            return None  # "a dual Russian-German citizen" is of two peoples; not "a Russian-Ukrainian swap"
        if _a_language(token):
            return None  # "first published in Spanish", "translated from Arabic"
        if token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in _NOT_THE_PEOPLES:
            return None  # "the post-Soviet space", "anti-Japanese protests"
        for start in (token.i - 1, token.i):  # "Bosnian Serb", not "the Bosnian" read as a two-word name
            words = doc[start : start + 2] if 0 <= start and start + 2 <= len(doc) else None
            if words and words[0].text[:1].isupper() and words[0].lower_ not in ("the", "a", "an") and \
                    (country := self.demonym(words.text)):
                return country
        named = token.dep_ == "compound" and token.head.lemma_.lower() in _CITIZENS and token.text[:1].isupper()
        return self.demonym(token.text) or (self.country(token.text) if named else None)  # "US citizen", "UK
        # national": the state's people

    def organization(self, name: str) -> str | None:
        return self.organizations.get(fold(name))

    def organization_by_word(self, word: str) -> str | None:
        """The organization a name or its members' word names: "Houthi" (leaders) of the Houthis."""
        return self.organization(word) or self.organization(word + "s")

    def region(self, words: str) -> frozenset[str] | None:
        """The codes of the states in the region `words` name ("Gulf", "Central Asian")."""
        return self.regions.get(fold(words))

    def within_a_state(self, name: str) -> str | None:
        """The code of the state a region within it lies in, under its ISO 3166-2 name or a name
        news gives it ("Idlib": Syria's, "Tigray": Ethiopia's)."""
        return self.subnational.get(fold(name))

    def organization_kind(self, name: str) -> str | None:
        """ "armed group", "international body", "bloc", "outlet", "regional government",
        "non-governmental organization", "state agency" or "government" for a canonical name; a mission or
        office named after an international body or bloc ("the OSCE Assistance Group", "the EU
        Monitoring Mission") is of that body's kind."""
        kind = self.organization_kinds.get(name)
        if kind is not None or " " not in name:
            return kind
        if name not in self.offices:
            self.offices[name] = self._kind_of_office(name)
        return self.offices[name]

    def _kind_of_office(self, name: str) -> str | None:
        words = name.split()
        for width in range(min(len(words) - 1, 3), 0, -1):
            body = self.organization(" ".join(words[:width]))
            if body is not None and self.organization_kinds.get(body) in ("international body", "bloc") and \
                    any(word.lower() in _ITS_OFFICES for word in words[width:]) and \
                    not any(word.lower() in _ITS_FORCES for word in words[width:]):
                return self.organization_kinds[body]  # not "the United Nations Command", an army
        return None

    def is_armed_group(self, name: str) -> bool:
        return self.organization_kind(name) == "armed group"

    def organization_country(self, name: str) -> str | None:
        """The country (ISO code) an armed group fights in, for a canonical name."""
        return None if self.organization_kind(name) in _STATES_OWN else self.organization_countries.get(name)

    def government_state(self, name: str) -> str | None:
        """The state (ISO code) a government the news knows by a name of its own governs: the
        Government of National Accord's Libya."""
        return self.organization_countries.get(name) if self.organization_kind(name) == "government" else None

    def agency_state(self, name: str) -> str | None:
        """The state (ISO code) whose intelligence agency `name` is: the CIA's United States."""
        return self.organization_countries.get(name) if self.organization_kind(name) == "state agency" else None


_STATES_OWN = ("state agency", "government")  # bodies of a state, not groups fighting in it


@lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """Accent-, case- and article-insensitive key: "the U.A.E." and "UAE" fold alike. Cached:
    every word of a document is looked up as a people's name, most of them many times."""
    text = unicodedata.normalize("NFKD", name.replace("\u2019", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[.]", "", text)
    text = re.sub(r"^the\s+", "", text.strip())
    return " ".join(text.split())


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(";") if part.strip())


def _rows(name: str) -> list[list[str]]:
    with open(DATA / name, encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return [row + [""] * 5 for row in csv.reader(lines, delimiter="\t")]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer, built once per process."""
    gaz = Gazetteer()
    for record in pycountry.countries:
        name = getattr(record, "common_name", None) or record.name
        if "," not in name:
            gaz.countries[record.alpha_3] = Country(record.alpha_3, name)
    for code, name, aliases, demonyms, metonyms, *_ in _rows("countries.tsv"):
        gaz.countries[code] = Country(code, name, _split(aliases), _split(demonyms), _split(metonyms))
    for code, country in list(gaz.countries.items()):
        record = pycountry.countries.get(alpha_3=code)
        official = getattr(record, "official_name", None) if record else None
        iso_name = record.name if record and "," not in record.name else None
        gaz.countries[code] = replace(country, official_name=official, iso_name=iso_name)
        for name in (country.name, *country.aliases, official):
            if name:
                gaz.country_names.setdefault(fold(name), code)
        for demonym in country.demonyms:
            gaz.demonyms.setdefault(fold(demonym), code)
        for metonym in country.metonyms:
            gaz.metonyms.setdefault(fold(metonym), code)
    for name, aliases, kind, country, *_ in _rows("organizations.tsv"):
        gaz.organization_kinds[name] = kind
        if country:
            gaz.organization_countries[name] = country
        gaz.organization_aliases[name] = (name, *_split(aliases))
        for alias in (name, *_split(aliases)):
            gaz.organizations.setdefault(fold(alias), name)
    for words, codes, *_ in _rows("regions.tsv"):
        for form in _split(words):
            gaz.regions[fold(form)] = frozenset(_split(codes))
    for region in pycountry.subdivisions:  # ISO 3166-2: "Idlib", "Rakhine", "Oromia"
        gaz.subnational.setdefault(fold(region.name), pycountry.countries.get(alpha_2=region.country_code).alpha_3)
    for names, code, *_ in _rows("subnational.tsv"):  # and the names ISO spells otherwise or leaves out: "Tigray"
        for name in _split(names):
            gaz.subnational[fold(name)] = code
    return gaz


# The words of a body's mission or office named after it: "the OSCE Assistance Group", "the UN Mission in ...".
_ITS_OFFICES = {"mission", "assistance", "liaison", "office", "monitoring", "observer", "observers", "delegation",
                "representative", "envoy", "special", "verification", "secretariat"}
_ITS_FORCES = {"transition", "stabilization", "stabilisation", "force", "forces", "command", "peace"}  # "the African
# Union Transition Mission in Somalia" fights: it may be a side
_NOT_THE_PEOPLES = {"post", "pre", "anti", "non", "ex"}  # prefixes that make a people's word no people's
# The forms a people's name takes as the first of two joined by a hyphen: "Anglo-German", "Sino-Indian".
_COMBINING_FORMS = {"anglo": "GBR", "franco": "FRA", "russo": "RUS", "sino": "CHN", "indo": "IND", "austro": "AUT",
                    "italo": "ITA", "greco": "GRC", "turco": "TUR", "luso": "PRT", "hispano": "ESP", "serbo": "SRB",
                    "germano": "DEU", "irano": "IRN", "japano": "JPN", "polono": "POL", "dano": "DNK", "sueco": "SWE"}


def _of_a_dual_national(token: Token) -> bool:
    """ "Russian" or "German" in "a (dual) Russian-German citizen": one of a person's two
    nationalities; not "a French-Algerian journalist", whom the story may count as French."""
    doc = token.doc
    if not any(0 <= i < len(doc) and doc[i].text == "-" for i in (token.i - 1, token.i + 1)):
        return False  # most words: no pair at all (this runs on every people's word)
    noun = token.head
    while noun.pos_ not in ("NOUN", "PROPN") and noun.head.i != noun.i:
        noun = noun.head  # "Russian" hangs on "German", which hangs on "citizen"
    return noun.lemma_ in ("citizen", "national") or any(c.lower_ == "dual" for c in noun.children)


def _a_language(word: Token) -> bool:
    """ "published in Spanish", "translated from Arabic", "a Spanish-language weekly": a
    language, not its people; not "in Russian captivity" or "in Spanish hands"."""
    doc = word.doc
    if word.i + 2 < len(doc) and doc[word.i + 1].text == "-" and doc[word.i + 2].lower_ == "language":
        return True
    return word.dep_ == "pobj" and word.head.lower_ in ("in", "from", "into") and not any(word.children) and \
        (word.i + 1 == len(doc) or doc[word.i + 1].pos_ not in ("NOUN", "PROPN", "ADJ"))
