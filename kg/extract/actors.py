"""kg_actors: who is named in a document, under one canonical name per real-world actor.

Mentions come from three sources, in order of trust:
1. institution patterns ("Russia's Defense Ministry", "the Ministry of Foreign Affairs of
   Qatar", "the Yemeni government"), canonicalised as "Ministry of Defence of <country>";
2. the gazetteer (countries, their abbreviations and metonyms, well-known organizations);
3. the statistical NER (persons and other organizations).
Persons are clustered within the document: "Zelenskyy" joins "Volodymyr Zelenskyy", and
surnames the NER missed are picked up once the full name is known. A capital stands for its
state ("Moscow said") except where it is only a place ("rallies in Kyiv").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from kg.extract.dates import MONTHS, WEEKDAYS
from kg.extract.extensions import doc_text
from kg.extract.facts import Actor, Mention
from kg.extract.furniture import HONORIFICS, POST_HEADER
from kg.extract.gazetteer import Country, Gazetteer, fold, gazetteer
from kg.extract.names import (
    JOURNALISTS,
    KIN,
    ORG_TAILS,
    ORG_WORDS,
    PERSON_DESCRIPTIONS,
    PERSON_NOUNS,
    PRONOUN_GENDER,
    SEATED,
    TITLE_GENDER,
    TRADE_WORDS,
    a_us_president,
    given_name,
    head_word,
    in_name_case,
    is_city,
)
from kg.extract.numbers import parse_count
from kg.extract.reference import COUNTRY_NOUNS

_DEPARTMENTS = {
    "foreign": "Foreign Affairs",
    "foreign affairs": "Foreign Affairs",
    "external affairs": "External Affairs",
    "defense": "Defence",
    "defence": "Defence",
    "interior": "Interior",
    "internal affairs": "Internal Affairs",
    "justice": "Justice",
    "intelligence": "Intelligence",
    "finance": "Finance",
    "health": "Health",
    "emergency situations": "Emergency Situations",
    "information": "Information",
    "energy": "Energy",
    "economy": "Economy",
}
_US_DEPARTMENTS = {
    "treasury": "United States Department of the Treasury",
    "state department": "United States Department of State",
    "department of state": "United States Department of State",
    "pentagon": "United States Department of Defense",
    "department of defense": "United States Department of Defense",  # the American spelling
    "defense department": "United States Department of Defense",
    "justice department": "United States Department of Justice",
}
TITLE_WORDS = {
    "president", "prime", "minister", "sheikh", "sheik", "shaikh", "sheikha", "sayyid", "crown", "prince",
    "princess", "king", "queen", "emir", "secretary", "general", "secretary-general", "chancellor", "spokesman",
    "professor", "prof.", "imam", "bishop", "reverend", "rev", "rev.", "revd",
    "fr", "fr.", "msgr", "msgr.", "monsignor", "shri", "smt",
    "mufti", "ombudsman", "ombudswoman", "ombudsperson",
    "spokeswoman", "spokesperson", "spox", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir",
    "gen", "gen.", "colonel", "col.", "lt.", "ayatollah", "pope", "senator", "sen.", "rep.",
    "governor", "mayor", "commander", "ambassador", "envoy", "vice", "deputy", "chief", "director",
    "leader", "star", "former", "late", "speaker", "foreign", "defence", "defense", "state",
    "wnba", "nba", "coach", "captain", "judge", "justice", "archbishop", "cardinal", "rabbi",
    "marine", "sergeant", "sgt.", "lieutenant", "major", "corporal", "cpl.", "private", "pvt.",
    "admiral", "adm.", "brigadier", "field", "marshal", "officer", "soldier", "journalist",
    "reporter", "retired", "first", "class", "staff", "airman", "lady", "adviser", "advisor", "senior",
    "daw", "u", "garaad", "nazir", "pastor", "hon", "hon.", "honourable", "honorable", "h.e.", "ato",
    "abbé", "abbe", "father", "madam", "madame", "alhaji", "alhaja", "hajia", "barrister", "mallam", "malam",
    "maj", "maj.", "lt", "col", "capt", "capt.", "brig", "cdr", "cdr.", "cmdr", "cmdr.", "coordinator",
    "pfc", "pfc.", "cpl", "sgt", "pvt", "spc", "spc.", "pte", "pte.", "trooper", "lance",  # "Pfc. Jomar Sagayno",
    # "Sgt Ali Musa", "Pte Tom Hill"
    "beatitude", "eminence", "holiness", "excellency", "highness", "majesty",  # "His Beatitude Onufriy"
    "dato", "datuk", "datin", "seri", "utama", "tengku", "tunku",  # Malaysia's
    "count", "countess",  # "Count Folke Bernadotte"; not peers, known by their titles ("Lord Newton")
}
# Malaysian titles of two words, whose first word is also a name elsewhere ("Tan Sri X", but "Tan Wei Ming").
_TWO_WORD_TITLES = {("tan", "sri"), ("puan", "sri"), ("toh", "puan")}
# Forms of address that tell no office: "the district head of Kuru, Alhaji X" is the district head.
_HONORIFICS = {form for h in HONORIFICS for form in (h.lower(), h.lower() + ".")} | {
    "alhaji", "alhaja", "hajia", "madam", "madame"}
# Titles that only a person bears: an entity opening with one and then a name is that person
# ("Brigadier General Aminu Kolo", which the NER may call an organization).
_PERSONAL_TITLES = {"brigadier", "general", "gen.", "colonel", "col.", "lt.", "lieutenant", "major", "captain",
                    "sergeant", "sgt.", "corporal", "cpl.", "private", "pvt.",
                    "admiral", "marshal", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir",
                    "archbishop", "cardinal", "rabbi", "sheikh", "senator", "ambassador", "envoy", "retired",
                    "bishop", "imam", "pastor", "reverend", "rev", "rev.", "revd", "fr", "fr.", "msgr", "msgr.",
                    "monsignor",
                    "professor", "prof.", "judge", "daw", "u", "garaad", "nazir", "alhaji", "alhaja", "hajia",
                    "councillor", "councilor", "barrister", "mallam", "malam", "maj", "maj.", "lt", "col", "capt",
                    "brig", "cdr", "cdr.", "cmdr", "cmdr.", "pfc", "pfc.", "cpl", "sgt", "pvt", "spc", "spc."}
_OFFICE_LEVELS = {"federal", "state", "city", "county", "regional"}  # "Federal Councillor X", "State Senator Y"
# "Tripoli-based", "al-Qaeda-linked": a word that tells whose a body is, not part of its name
AFFILIATED = re.compile(r"-(?:based|led|backed|linked|affiliated|allied|aligned|funded|inspired|supported)$")
_ACCORDS = {"agreement", "accord", "accords", "protocol", "process", "declaration", "format", "framework",
            "talk", "talks", "summit", "convention", "memorandum", "communique", "plan", "platform", "guarantor",
            "round", "meeting", "conference", "negotiation", "negotiations", "group"}
_HELD_IN_A_CITY = {"swap", "exchange", "trade", "handover"}  # "the Vienna swap": where it took place
_SEATS = {"Kremlin", "White House", "Downing Street", "Élysée", "Elysee", "Bankova", "Blue House", "Zhongnanhai"}
_SOMEONES = SEATED | KIN | {"family", "campaign", "era", "camp", "team", "aide", "visit", "plan", "deal"}
_STREETS = {"Road", "Street", "Avenue", "Boulevard", "Lane", "Square"}  # "Rama Vithi Road": no person
# Buildings and sites named after someone ("Imam Khomeini Airport"), which no one bears as a surname.
_SITES = {"Airport", "Airbase", "Base", "Prison", "Jail", "Barracks", "Crossing", "Checkpoint", "Bridge", "Hospital",
          "Stadium", "Highway", "Mosque", "Cathedral", "Monastery", "Harbor", "Harbour", "Pier", "Quay",
          "Island", "Isle"}
_REGIONS_NAMED = {"State", "Province", "Region", "District", "County", "Oblast", "Governorate", "Prefecture"}
_CURRENCIES = {"deutschmark", "deutschmarks", "dinar", "dinars", "rouble", "roubles", "ruble", "rubles", "hryvnia",
               "hryvnias", "naira", "rupee", "rupees", "shekels", "yuan", "lira", "euros", "dollars", "francs", "riyal",
               "riyals"}  # not "Mark", "Pound": names too
_LAWS = {"act", "code", "bill", "treaty", "decree", "ordinance", "statute", "amendment"}
_PERSON_WORDS = PERSON_NOUNS | PERSON_DESCRIPTIONS | KIN  # "X, an adviser / a resident / his son"
# NER labels a person's name may wrongly carry ("Tural Mammadli" as a work of art).
_MISLABELLED_PERSONS = ("PERSON", "ORG", "GPE", "NORP", "WORK_OF_ART", "PRODUCT", "FAC", "LOC")
_KIN_PARTICLES = {"bin", "bint", "binti", "ibn"}  # "son of", "daughter of": inside Arabic and Malay names
_NAME_PARTICLES = _KIN_PARTICLES | {"al", "al-", "de", "van", "von", "der", "la", "le", "da", "di", "du", "el", "abu",
                                    "ben", "dos", "del", "y"}  # "y": "Miguel Obando y Bravo"
_LOCATIVE = {"in", "at", "to", "from", "near", "into", "across", "outside", "inside", "around",
             "toward", "towards", "via", "through", "within", "over", "between", "on", "off"}
_PARTS_OF_A_PLACE = {"edge", "outskirts", "suburb", "centre", "center", "heart", "street", "outside", "north",
                     "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "city", "town",
                     "village", "skies", "airspace", "district", "neighbourhood", "neighborhood", "part"}
_FACILITIES = {"airport", "airbase", "port", "prison", "jail", "camp", "checkpoint", "hospital", "stadium"}  # "the
# airport of Doha"; not "the region of Abkhazia", a side
_GOING_TO = {"reach", "enter", "visit", "tour"}  # "the convoy reached Tacna": a place they went to
_PLACE_HEADS = {"crossing", "point", "border", "gate", "checkpoint", "airport", "airbase", "prison", "jail",
                "camp", "region", "province", "district", "base", "port", "bridge", "valley", "river",
                "hospital", "stadium", "square", "road", "highway", "corridor", "line"}
# Nouns whose "between X and Y" names sides, not places.
_BETWEEN_SIDES = {"exchange", "swap", "trade", "talk", "talks", "deal", "agreement", "war",
                  "conflict", "negotiation", "dialogue", "ceasefire", "truce",
                  "negotiate", "agree", "broker", "mediate",  # "a swap negotiated between Lima and Quito"
                  "intermediary", "mediator", "mediation", "channel", "relation"}  # "intermediary between X and Y"
# Persons are also objects of "to", "on", "from", "between": "an adviser to X", "sanctions on X".
_PERSON_LOCATIVE = {"in", "at", "near", "into", "across", "outside", "inside", "around", "toward",
                    "towards", "via", "through", "within"}
_REGIONS = {"eastern", "western", "northern", "southern", "central", "european", "asian", "african",
            "arab", "latin", "middle", "nordic", "baltic", "balkan", "pacific", "atlantic"}
_COMPASS_POINTS = {"eastern", "western", "northern", "southern", "north-eastern", "north-western", "south-eastern",
                   "south-western", "northeastern", "northwestern", "southeastern", "southwestern"}
# Who found groups named "<them> of the ...": not "Fighters of the Ta'ang National Liberation Army".
_FOUNDERS = {"families", "mothers", "fathers", "parents", "relatives", "wives", "friends", "veterans", "lawyers"}
_GENERIC_ORGS = {"state", "defence", "defense", "parliament", "government", "ministry", "marine",
                 "army", "navy", "police", "court", "council", "cabinet", "kremlin", "senate",
                 "congress", "treasury", "interior", "foreign", "office", "agency", "committee",
                 "commission", "department", "mission", "secretariat", "headquarters", "delegation"}
_OFFICE_HOLDERS = {"minister", "president", "ambassador", "envoy", "spokesman", "spokeswoman",
                   "spokesperson", "commissioner"}
_COMPASS = {"West", "East", "North", "South", "Left", "Right"}  # "the West Bank" is a place
_A_STATES_BODY = re.compile(r",\s+(?:the|a|an)\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:government\s+|state\s+)?"
                            r"(?:body|agency|office|authority|commission|committee|department|service|institution)\b")
_OWNER = re.compile(r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['\u2019]s\s+$")
# Verbs after which a title's unknown name is the speaker's ("spokesman Aykhan Hajizada said").
_SPEAKING = {"say", "declare", "tell", "state", "add", "write", "announce", "stress", "note", "confirm", "explain",
             "insist", "warn"}
# A name found by its form ties with the gazetteer, so the longer wins: "Israel Prison Service".
_PRIORITY = {"institution": 4, "state": 4, "gazetteer": 3, "pattern": 3, "ner": 1, "department": 1}
# A capitalised name with an organization's word in it, and its "of/for the ..." tail:
# "Coordination Headquarters for the Treatment of Prisoners of War", "Joint Monitoring Group".
# "Ta'ang", not "Poland's"; "Prisoners' Affairs"; "W." before a name ("James W. Foley Legacy Foundation");
# "People's Army", "Attorney General's Office".
_CAPITALISED = (r"(?:[A-Z]\.(?=[^\S\n]+[A-Z]\w)"
                r"|[A-Z][\w-]*(?:['\u2019](?!s\b)[a-z]\w*|(?<=s)['\u2019](?=[^\S\n]+[A-Z])"
                r"|(?:(?<=People)|(?<=Women)|(?<=Children))['\u2019]s(?=[^\S\n]+[A-Z])"
                r"|(?:(?<=General)|(?<=Attorney)|(?<=Prosecutor))['\u2019]s(?=[^\S\n]+Office\b))?)")
_SPACE = r"[^\S\n]+"  # within a line: a name never runs over a paragraph break
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{2,7}")
_GANG = re.compile(r"\b[Tt]he\s+(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})"
                   r"\s+(?P<noun>gang|group|faction)\b")
# Bodies named head first, as Spanish, Portuguese, French and Italian name them: "Defensoría del
# Pueblo", "Comando Vermelho". Heads that are English words too need a Romance link word after them
# ("Clan del Golfo", not "Clan Leader").
_HEADS_FIRST = {"frente", "comando", "comandos", "ejército", "ejercito", "exército", "fuerzas", "forças",
                "autodefensas", "movimiento", "movimento", "mouvement", "defensoría", "defensoria", "fiscalía",
                "procuraduría", "ministerio", "ministério", "ministère", "secretaría", "policía", "polícia",
                "guardia", "gendarmería", "partido", "partito", "parti", "unión", "união", "asociación",
                "associação", "fundación", "fundação", "fondation", "colectivo", "coletivo", "comité",
                "comisión", "comissão", "consejo", "conselho", "conseil", "cártel", "cartel", "clan", "tren",
                "brigada", "brigadas", "armée", "servicio", "serviço", "dirección", "direction", "direção",
                "oficina", "instituto", "foro", "observatorio", "organización", "sindicato", "federación",
                "confederación", "coordinadora", "asamblea", "grupo", "groupe", "front", "union", "alliance",
                "rassemblement", "coordination"}
_HEADS_ALSO_ENGLISH = {"cartel", "clan", "direction", "parti", "front", "union", "alliance", "coordination"}
_ROMANCE_LINKS = r"(?:(?:de|del|des|du|da|do|dos|das|di|della|dei|pour|para|por|y|et|la|las|los|le|les|el)[^\S\n]+)+"
_HEAD_FIRST_NAME = re.compile(
    rf"(?<![\w'\u2019-])(?P<head>{'|'.join(sorted(h.capitalize() for h in _HEADS_FIRST))})"
    rf"(?P<rest>(?:{_SPACE}(?:{_ROMANCE_LINKS})?(?:[dl]['\u2019])?[A-ZÁÉÍÓÚÑÇ][\w\u00c0-\u017f-]*)+)")
_NEWS_AGENCY = re.compile(r"(?<![\w'\u2019-])(?P<name>[A-Z][\w-]+)\s+(?:news|press)\s+agency\b")
_ARABIC_ARTICLE = re.compile(r"(?:[Aa]l|[Ee]l|[Aa][ds])-")  # "al-Hassan", "el-Masri", "as-Sayed"
_NAME_LINKS = {"of", "on", "the", "for", "and", "in"}  # the small words inside a body's name
_NOT_A_BODY = {"agreement", "accord", "treaty", "convention", "protocol", "act", "law", "declaration"}
_COMMON_ABBREVIATIONS = {"POW", "POWS", "RPG", "IED", "SUV", "UAV", "GDP", "CEO", "NGO", "NGOS", "HIV", "AIDS",
                         "COVID", "USD", "EUR", "GBP", "PDF", "DNA", "FAQ", "ENDS", "LIVE", "UPDATE", "NOTE",
                         "BREAKING", "NEW", "ICU", "VIP", "ATM", "SMS", "GPS", "CCTV", "OK", "TBC", "PS"}
# Time zones, and the days of an alert's "SUN 14:48"
_TIME_ABBREVIATIONS = {"GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "EST", "EDT", "CST", "CDT", "PST", "PDT",
                       "IST", "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"}
# Title words that also open bodies' names: "State Security Service", "General Staff".
_NAME_WORDS = {"state", "foreign", "defence", "defense", "general", "justice", "marine", "national"}
_WORDS = rf"{_CAPITALISED}(?:{_SPACE}{_CAPITALISED})*"
_ORGANIZATION_NAME = re.compile(
    rf"(?<![\w'\u2019.])(?:\d{{1,3}}(?:st|nd|rd|th){_SPACE}(?=[A-Z]))?"  # a unit: "the 33rd Front"
    rf"(?:{_CAPITALISED}{_SPACE}(?:and{_SPACE}(?=[A-Z]))?)*(?:{_CAPITALISED})"  # "Water and Health"
    rf"(?:{_SPACE}(?:of|for|on|in){_SPACE}(?:the{_SPACE})?{_WORDS}"
    rf"(?:(?:,{_SPACE}{_WORDS})*,?{_SPACE}and{_SPACE}{_WORDS})?)*"  # "Office for Returns and Reintegration",
)  # "Commission on Prisoners of War, Hostages and Missing Persons"
_OPENING_DETERMINERS = {"The", "A", "Its", "Their", "Our", "His", "Her"}  # "Its National Intelligence Organization"
_UNIT_WORDS = {"front", "bloc", "brigade", "battalion", "column", "wing", "command", "faction", "unit", "regiment",
               "division"}
# Words ending the name of a state's own office, so that a possessive before it names whose
# it is ("Moldova's State Security Service"); one before an army or a front may only place it.
STATE_OFFICE_WORDS = {"agency", "bureau", "commission", "committee", "council", "court", "directorate",
                      "office", "service", "department", "inspectorate", "prosecutor"}
# Nouns that describe a name as a body's: "País Libre, a foundation", "the advocacy group X".
_BODY_NOUNS = {"charity", "foundation", "firm", "company", "group", "organisation", "organization", "ngo", "agency",
               "militia", "club", "team", "network", "movement", "association", "outlet", "newspaper", "broadcaster",
               "party", "coalition", "alliance", "faction", "gang", "cartel", "airline", "nonprofit",
               "magazine", "insurer", "bank", "platform", "consultancy"}
# Bodies named by one word and what they are for: "Directorate of Press Affairs".
_BODY_WORDS = {"directorate", "office", "agency", "commission", "committee", "council", "bureau", "government",
               "diocese", "archdiocese"}
# Bodies named with the country they serve in: "United Nations Support Mission in Libya".
_POSTED = {"mission", "office", "delegation", "representation", "operation", "force"}


@dataclass
class ActorMention:
    """A token span of the document that names an actor."""

    span: Span
    key: str
    metonym: bool = False


@dataclass
class _Candidate:
    start: int  # character offsets
    end: int
    kind: str
    name: str
    source: str
    code: str | None = None
    metonym: bool = False
    part_of_code: str | None = None


class ActorLinker:
    """Finds actor mentions and links them to one actor each (see the module docstring)."""

    def __init__(self, nlp: Language, name: str = "kg_actors") -> None:
        self.name = name
        self.gaz = gazetteer()
        self.common_words = _common_words(nlp)
        self.matcher = _phrase_matcher(nlp, self.gaz)
        self.ministry_res, self.government_re, self.us_department_re, self.office_re = _institution_patterns(
            self.gaz
        )

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        candidates = self._institutions(text) + self._gazetteer(doc) + self._entities(doc) + \
            self._organization_names(doc) + _titled_speakers(doc) + _described_persons(doc) + \
            _titled_names(doc) + _relatives(doc) + _acronyms(doc) + _spelled_out(doc) + _gangs(doc) + _clans(doc) + \
            _named_head_first(doc) + _news_agencies(doc) + _unlisted_states(doc, self.common_words) + \
            _aged_persons(doc) + _account_holders(text) + _combined_peoples(doc)
        chosen = _national_branches(candidates, text)
        actors: dict[str, Actor] = {}
        mentions: list[ActorMention] = []
        persons = {c.name for c in chosen if c.kind == "Person"}
        for cand in chosen:
            span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
            if span is None or (cand.metonym and (is_place(span) or _where_a_swap_took_place(span))) or \
                    _bracketed_short_form(cand, chosen, text):
                continue
            if cand.kind == "Country" and _names_a_place(span) and span.root.head.is_title:
                continue  # "Palestine Square", "Ukraine Street": a place named after the state
            if cand.source == "ner" and cand.kind != "Country" and (
                _only_a_place(span, _PERSON_LOCATIVE if cand.kind == "Person" else _LOCATIVE)
                or _a_presidents_administration(cand.name)
                or _a_town(cand.name, persons, doc) or _names_a_place(span) or _a_vessel(span) or _an_accord(cand.name)
                or _a_building(cand.name) or cand.kind == "Person" and _a_hometown(span)
                or cand.kind == "Organization" and _the_dateline_place(
                    cand.name, doc, self.common_words)
            ):
                continue
            if cand.source == "ner" and cand.kind == "Organization" and _names_person(cand.name,
                                                                                     persons):
                cand.kind = "Person"
            elif cand.source == "ner" and cand.kind == "Person" and re.fullmatch(r"[A-Z]{2,6}", cand.name) and \
                    f"({cand.name})" in text:
                cand.kind = "Organization"  # "the ... Office (GSSO) ... GSSO advised crews": a body's short name,
                # not "MBS", a man known by his initials
            key = self._link(cand, span, actors, text)
            if key is None:
                continue
            _add_mention(actors[key], span, text[cand.start : cand.end])
            mentions.append(ActorMention(span, key, cand.metonym))
        mentions = _owned_bodies(actors, mentions)
        mentions += _short_form_mentions(doc, actors, mentions)
        mentions += _full_names_again(doc, actors, mentions)
        mentions.sort(key=lambda m: m.span.start)
        for mention in mentions:
            _assign_role(actors[mention.key], mention.span, self.gaz)
        doc._.actors = actors
        doc._.mentions = mentions
        return doc

    # -- candidates ----------------------------------------------------------------------

    def _institutions(self, text: str) -> list[_Candidate]:
        found = []
        ministries = [m for pattern in self.ministry_res for m in _near(pattern, text, "inistry")]
        for match in ministries:
            country = self._owner(match) or self._seat_after(text, match.end())
            groups = match.groupdict()
            dept_words = " ".join(next(g for g in (groups.get("dept"), groups.get("dept2"), groups["named_dept"])
                                       if g).split())
            dept = _DEPARTMENTS.get(dept_words.lower(), dept_words)
            owner = country.institutional_name if country else None
            name = f"Ministry of {dept} of {owner}" if owner else f"Ministry of {dept}"
            # an unowned department of no list yields to a longer name ("the Ministry for Reintegration of ...")
            sure = country is not None or not groups["named_dept"]
            found.append(_Candidate(*match.span(), "Organization", name, "institution" if sure else "department",
                                    part_of_code=country.code if country else None))
        governments = {m.span(): m for anchor in ("overnment", "regime")
                       for m in _near(self.government_re, text, anchor)}
        for match in governments.values():
            country = self._owner(match)
            if country:
                found.append(_Candidate(*match.span(), "Organization", country.government_name, "institution",
                                        part_of_code=country.code))
        for match in _near(self.office_re, text, "ffice"):
            country = self._owner(match)
            holder = " ".join((match["holder"] or match["title"]).split()).title()  # "Prime Minister", "President"
            name = f"Office of the {holder} of {country.name_in_prose}" if country else f"Office of the {holder}"
            found.append(_Candidate(*match.span(), "Organization", name, "institution",
                                    part_of_code=country.code if country else None))
        for match in self.us_department_re.finditer(text):
            name = _US_DEPARTMENTS[" ".join(match.group("dept").lower().split())]
            found.append(_Candidate(*match.span(), "Organization", name, "institution",
                                    part_of_code="USA"))
        return found

    def _state_body_of(self, name: str) -> Country | None:
        """ "the Indian Coast Guard", "the Sri Lankan Navy", "the Armed Forces of the
        Philippines": a state's own force, named by its demonym or its name."""
        body, of, owner = name.partition(" of ")
        if of and body.lower() in STATE_BODIES and (country := self.gaz.country(owner.removeprefix("the "))):
            return country
        words = name.split()
        for cut in (1, 2):  # "Indian", "Sri Lankan"
            owner, body = " ".join(words[:cut]), " ".join(words[cut:]).lower()
            agency = len(words) - cut >= 2 and words[-1].lower() in _STATE_AGENCIES and \
                not _NOT_THE_STATES & set(body.split())  # "Kenya Wildlife Service", not "Saudi Press Agency"
            if (body in STATE_BODIES or agency) and (country := self.gaz.demonym(owner) or self.gaz.country(owner)):
                return country
        return None

    def _described_as_a_states(self, text: str, end: int) -> Country | None:
        """ "The Return Office, the Peruvian body that organises the swaps, ...": a body its
        apposition calls a state's own."""
        described = _A_STATES_BODY.match(text, end)
        words = described[1].split() if described else []
        return next((c for width in (2, 1) if (c := self.gaz.demonym(" ".join(words[:width])))), None)

    def _seat_after(self, text: str, end: int) -> Country | None:
        """ "the Ministry of Foreign Affairs in Warsaw": the capital it sits in names its state."""
        seat = re.match(r"\s+in\s+([A-Z][\w-]+(?:\s[A-Z][\w-]+)?)", text[end : end + 40])
        return self.gaz.metonym(seat[1]) if seat else None

    def _owner(self, match: re.Match) -> Country | None:
        groups = match.groupdict()
        if groups.get("owner"):
            return self.gaz.country(groups["owner"]) or self.gaz.metonym(groups["owner"])
        if groups.get("demonym"):
            return self.gaz.demonym(groups["demonym"])
        if groups.get("country"):
            return self.gaz.country(groups["country"])
        return None

    def _gazetteer(self, doc: Doc) -> list[_Candidate]:
        found = []
        for label, start, end in self.matcher(doc):
            span = doc[start:end]
            kind, _, value = doc.vocab.strings[label].partition(":")
            if kind == "ORG" and self._a_national_society(span):
                continue
            if kind == "ORG":
                governs = self.gaz.government_state(value)  # "the Government of National Accord": Libya's
                owner = self.gaz.countries[governs] if governs else \
                    None if self.gaz.organization_kind(value) else self._possessive_before(span)
                found.append(_Candidate(span.start_char, span.end_char, "Organization", value,  # "Russia's FSB"
                                        "gazetteer", part_of_code=owner.code if owner else None))
            elif not (kind == "METONYM" and _names_an_accord(span) or _a_region_or_water(span)
                      or _a_federal_states_name(span) or _a_persons_surname(span, self.common_words)):
                country = self.gaz.countries[value]
                found.append(_Candidate(span.start_char, span.end_char, "Country", country.name,
                                        "gazetteer", code=value, metonym=kind == "METONYM"))
        return _in_soviet_times(found, doc_text(doc), self.gaz)

    @staticmethod
    def _a_national_society(span: Span) -> bool:
        """ "the Swedish Red Cross", "the Korean Red Cross": a country's own society, which the
        NER names whole, not the International Committee that "the Red Cross" alone means."""
        before = span.doc[span.start - 1] if span.start else None
        return span.text == "Red Cross" and before is not None and before.is_title and span[0].ent_iob_ == "I" and \
            before.lower_ not in ("the", "international") and gazetteer().country(before.text) is None  # the NER's
        # "The International Red Cross" is the ICRC; "the Kenya Red Cross", read as Kenya's, is left as it was

    def _entities(self, doc: Doc) -> list[_Candidate]:
        found = []
        small_words = {t.lemma_ for t in doc if t.is_lower}  # "detainees" makes "Detainee" a word
        for ent in _joined_persons(_placed_persons(doc.ents)):
            ent = _with_second_surname(_with_surname_after(_with_hyphen_tail(_with_given_name(ent, self.common_words))))
            ent = _with_surname(_across_bin(ent), self.common_words)
            if _portfolio(ent) or self._a_common_word(ent, small_words):
                continue
            if _people_word(ent) or _a_section_heading(ent, self.common_words):
                continue
            acronym = _acronym_before_a_name(ent) if ent.label_ in ("ORG", "FAC") else None
            if acronym is not None:  # the body, and the person named after it
                found += self._named_entity(Span(doc, acronym.i, acronym.i + 1, label="ORG"))
                ent = Span(doc, acronym.i + 1, ent.end, label="PERSON")
            name = _person_name(ent) if ent.label_ in _MISLABELLED_PERSONS else None
            opening = ent[1] if len(ent) > 1 and ent[0].lower_ in _OFFICE_LEVELS else ent[0]  # "Federal Councillor"
            titled = opening.lower_ in _PERSONAL_TITLES and name is not None and len(name.split()) >= 2
            worded = name is not None and _words_of_english_only(ent, name, self.common_words)
            if worded or name and _described_as_a_body(ent):
                name = None  # "Top Story", "Opening Remarks", "Deck Log": a heading's words, no one's name
            if name and (ent.label_ == "PERSON" or titled or _looks_like_person(ent, name)
                         or _described_as_person(ent, name)):
                first, last = name.split()[0], name.split()[-1]
                start = ent.start_char + ent.text.find(first)
                end = ent.start_char + ent.text.rfind(last) + len(last)
                pope = _POPE_BEFORE.search(doc_text(doc), max(start - 8, 0), start)
                if pope:  # "Pope Francis": known by the title
                    start, name = pope.start(), f"Pope {name}"
                surname = _surname_after_nickname(ent)
                if surname is not None:
                    end, name = surname.idx + len(surname), f"{name} {surname.text}"
                found.append(_Candidate(start, end, "Person", name, "ner"))
            elif ent.label_ in ("ORG", "GPE", "NORP"):
                found += self._named_entity(ent)
            elif ent.label_ in _MISLABELLED_PERSONS and (ent.text.split()[-1].lower() in TRADE_WORDS | ORG_TAILS or
                                                          _a_site_speaking(ent) or _described_as_a_body(ent) or
                                                          worded and _a_body_speaking(ent)):
                # "the ship's manager Fjordvik Shipping ASA said": a company the NER took for a person,
                # "Clearwater Relief, a charity, said": a body; "Wembley Stadium said": a site's owners, speaking;
                # "Unitary Platform said": words of English that speak, a body's name
                found += self._named_entity(Span(ent.doc, ent.start, ent.end, label="ORG"))
        return found

    def _a_common_word(self, ent: Span, small_words: set[str]) -> bool:
        """ "Buses", "Hostages" opening a headline, "GMT" after a time, "Detainee" opening a
        sentence or "SWAP" in a capitalised subheading where the text also writes "detainee" and
        "swap": one plural noun, a time zone, a Roman numeral or a word written small elsewhere,
        which the NER took for a name (an acronym the gazetteer knows, like WHO, stays a name)."""
        if len(ent) != 1:
            return False
        word = ent[0]
        plural = word.lower_ != word.lemma_.lower() and word.lemma_.lower() in self.common_words
        written_small = bool({word.lower_, word.lower_.removesuffix("s")} & small_words) and (
            word.is_sent_start or _opens_a_cell(word) or word.is_upper and not self.gaz.organization(word.text))
        in_a_cell = _fills_a_cell(word) and _an_english_word(word.text, self.common_words) and \
            not self.gaz.organization(word.text)  # "| Facilitation | Type |", "| Swap |"
        numeral = re.fullmatch(r"[IVXLC]{2,7}\.?", word.text) is not None  # "XII", a chapter's number
        return plural or word.text in _TIME_ABBREVIATIONS or written_small or in_a_cell or numeral

    def _a_participle(self, word: str) -> bool:
        """ "Freed", "Released", "Jailed": an English verb's past form."""
        lower = word.lower()
        return lower.endswith("ed") and bool({lower[:-1], lower[:-2]} & self.common_words)

    def _named_entity(self, ent: Span) -> list[_Candidate]:
        text = re.sub(r"^(?:the|The)\s+", "", ent.text)
        while len(text.split()) > 1 and text.split()[0] in _TIME_ABBREVIATIONS:
            text = re.sub(r"^(?:the|The)\s+", "", text.split(None, 1)[1])  # an alert's "SUN The UAE mediated"
        text = " ".join(_without_affiliation(text.split(" ")))
        text = re.sub(r"['\u2019]s$", "", text).strip()
        text = re.sub(r"\s*\([^)]*$", "", text)  # "Greater Pibor Area (GPAA": the short form's bracket left open
        if not text or all(word.lower() in TITLE_WORDS and not word.isupper() for word in text.split()):
            return []  # "Private First Class": a rank, not a body
        if text.lower() in JOURNALISTS:
            return []  # "[ANCHOR, Irina Belova, in studio]": a script's role, not a body
        if text.lower() in COUNTRY_NOUNS or text.split()[-1] in _STREETS:
            return []  # "the Kingdom": a state called back, which references resolve; an address
        start = ent.start_char + ent.text.find(text)
        owner = self._possessive_owner(text)
        if owner:  # "Kyiv's Coordination Headquarters": the country's own body
            skipped = len(text) - len(text.split(None, 1)[1])
            start, text = start + skipped, text[skipped:]
        else:
            owner = self._possessive_before(ent)
        opening, _, rest = text.partition(" ")
        if ent[0].is_sent_start and ent[0].text == opening and rest and not self.gaz.organization(text) and \
                not self.gaz.country(text) and \
                self._a_participle(opening) and (self.gaz.country(rest) or self.gaz.organization_by_word(rest)):
            start, text = start + len(opening) + 1, rest  # "Freed Houthi detainees wave": the Houthis'; the first
            # word a sentence's capital only
        country = self.gaz.country(text)
        if country:
            return [_Candidate(start, start + len(text), "Country", country.name, "ner",
                               code=country.code)]
        org = self.gaz.organization_by_word(text)  # also "Houthi" leaders
        if org:
            return [_Candidate(start, start + len(text), "Organization", org, "ner")]
        acronym = text.isalpha() and text.isupper() and 3 <= len(text) <= 10 and \
            not _an_english_word(text, self.common_words)  # "UNFICYP", not a headline's "EXCHANGE"
        if ent.label_ == "ORG" and (_looks_like_organization(text) or acronym) and \
                text.split()[0].lower() not in _TIME_WORDS \
                and not _a_village(text) and not _a_peoples_word(ent):
            text = text + _name_continuation(ent.doc, ent.end)
            owner = (owner or self._state_body_of(text)
                     or self._described_as_a_states(doc_text(ent.doc), start + len(text)))
            return [_Candidate(start, start + len(text), "Organization", text, "ner",
                               part_of_code=owner.code if owner else None)]
        return []

    def _organization_names(self, doc: Doc) -> list[_Candidate]:
        """Organizations the NER misses, named by their form: capitalised words ending in an
        organization's word ("Coordination Headquarters"), with their "of/for the ..." tail;
        "Poland's" before one makes it Poland's."""
        text = doc_text(doc)
        not_remits = {e.text for e in doc.ents if e.label_ in ("PERSON", "GPE", "LOC", "NORP")}
        found = []
        for match in _ORGANIZATION_NAME.finditer(text):
            words = _without_affiliation(match[0].split())
            while words and (words[0] in _OPENING_DETERMINERS or
                             words[0].lower() in TITLE_WORDS - _NAME_WORDS | _TIME_WORDS or
                             _counting_people(doc, text.find(words[0], match.start()), words[0])):
                words = words[1:]  # "Two Army soldiers": the count of them, no part of the name
            words = _after_an_owner(words)
            if "in" in words and words[words.index("in") - 1].lower() not in _POSTED and \
                    not _a_field_after_in(words[words.index("in") - 1], words[words.index("in") + 1 :], not_remits):
                words = words[: words.index("in")]  # "the Army in Gaza", but "the Mission in Libya", "the Centre
                # for Research in Human Rights"
            words = _before_a_day(words)  # "the Syrian National Army on Wednesday"
            words = self._before_a_list_of_actors(words, not_remits)
            if words[:2] == ["Government", "of"] and self.gaz.country(" ".join(words[2:])):
                continue  # "Government of Yemen": an institution of a country (above)
            written = " ".join(words)  # "the 42nd Front of the FARC": the Front, its
            words = self._unit_of_a_known_group(words)  # group no side of its own
            tail = next((w for w in words if w in ("of", "for", "on", "in")), None)
            core = words[: words.index(tail)] if tail else words
            if len(core) == 1 and tail and words[-1].lower() in ORG_WORDS and core[0].lower() in _FOUNDERS:
                core = words  # "Families of the Captured Network", "Mothers of the Disappeared Committee"
            by_remit = len(core) == 1 and tail and core[0].lower() in _BODY_WORDS  # "Directorate of Press
            if not by_remit and (len(core) < 2 or core[-1].lower() not in ORG_WORDS or  # Affairs", a body by
                                 _a_compass_place(core, self.gaz) or  # its remit
                                 any(w.lower() in ORG_WORDS - {"police"} for w in core[:-1])
                                 and not self._extends_known(core)):
                continue
            name = " ".join(words)
            start = match.start() + match[0].find(words[0])
            end = start + len(written)
            name = self.gaz.organization(name) or name  # "COORDINATION HEADQUARTERS" in a label: the known body
            owner = _OWNER.search(text, max(start - 40, 0), start)
            owned_by, owner_name = (owner and self._owner_named(owner[1])) or (None, "")
            by_its_name = owned_by is not None and self.gaz.country(owner_name) is not None  # not "Moscow's court"
            if by_its_name and not tail and core[-1].lower() in STATE_OFFICE_WORDS and not self.gaz.organization(name):
                # "Moldova's State Security Service": the State Security Service
                name, start = f"{name} of {owned_by.institutional_name}", owner.end(1) - len(owner_name)  # of Georgia
            country = owned_by or self._state_body_of(name) or self._described_as_a_states(text, end)
            found.append(_Candidate(start, end, "Organization", name, "pattern",
                                    part_of_code=country.code if country else None))
        return found

    def _unit_of_a_known_group(self, words: list[str]) -> list[str]:
        """ "the 33rd Front of the FARC", "the Eastern Bloc of the ELN": a unit's name ends
        before the known group it belongs to."""
        if "of" not in words:
            return words
        at = words.index("of")
        parent = " ".join(w for w in words[at + 1 :] if w != "the")
        unit = at > 0 and words[at - 1].lower() in _UNIT_WORDS
        return words[:at] if unit and self.gaz.organization(parent) else words

    def _before_a_list_of_actors(self, words: list[str], not_remits: set[str]) -> list[str]:
        """ "the Office for Peace, Justice and Reconciliation" is one name, but "the Committee
        for Peace, Bishop Luis Vega and Tacna officials": a comma-list after a name that names
        states, known bodies, persons or places (`not_remits`, as the NER found them) is a
        list of others after the name, not its end; and "Amnesty International and Human Rights
        Watch" are two known bodies, not one name."""
        joined = next((i for i, w in enumerate(words) if w == "and"), None)
        if joined is not None and self.gaz.organization(" ".join(words[:joined])):
            return words[:joined]
        comma = next((i for i, w in enumerate(words) if w.endswith(",")), None)
        if comma is None:
            return words
        items = re.split(r",\s*|\s+and\s+", " ".join(words[comma + 1 :]))
        if any(self.gaz.country(item) or self.gaz.demonym(item) or self.gaz.organization(item)
               or any(name in item for name in not_remits)
               for item in items if item):
            return [*words[:comma], words[comma].rstrip(",")]
        return words

    def _owner_country(self, words: str) -> Country | None:
        named = self._owner_named(words)
        return named[0] if named else None

    def _owner_named(self, words: str) -> tuple[Country, str] | None:
        """The country that ends a possessive's words, and the name it goes by there, the
        longest name first ("South Sudan", not "Sudan"; "Moscow. Russia" is Russia's)."""
        parts = words.split()
        for width in range(min(len(parts), 3), 0, -1):
            name = " ".join(parts[-width:])
            country = self.gaz.country(name) or self.gaz.metonym(name)
            if country:
                return country, name
        return None

    def _extends_known(self, core: list[str]) -> bool:
        """ "European Union Monitoring Mission": a known body's name opens a longer one."""
        return any(self.gaz.organization(" ".join(core[:k])) for k in range(1, len(core) - 1))

    def _possessive_before(self, ent: Span) -> Country | None:
        """The country of a possessive just before the entity: "[Poland's] National Office"."""
        doc = ent.doc
        if ent.start < 2 or doc[ent.start - 1].text not in ("'s", "\u2019s"):
            return None
        return self._owner_country(doc[max(ent.start - 4, 0) : ent.start - 1].text)

    def _possessive_owner(self, text: str) -> Country | None:
        """The country in a leading "Ukraine's" or "Kyiv's" of a longer name."""
        match = re.match(r"(.+?)['\u2019]s\s+\S", text)
        if not match:
            return None
        return self.gaz.country(match.group(1)) or self.gaz.metonym(match.group(1))

    # -- linking -------------------------------------------------------------------------

    def _link(self, cand: _Candidate, span: Span, actors: dict[str, Actor], text: str) -> str | None:
        named_in_full = _named_in_full(cand.name, actors) if cand.kind != "Country" and " " not in cand.name else None
        if named_in_full:
            return named_in_full  # "the Tigers", "the Front": the body named in full before (the NER may say person)
        if cand.kind == "Person":
            gender = _told_gender(span, text) if " " not in cand.name else None  # only a bare name needs it
            return _link_person(cand.name, actors, gender, text)
        if cand.kind == "Organization" and _unowned_ministry(cand.name):
            previous = _previous_ministry(cand.name, actors)  # "the ministry of defence": the one named
            if previous or not _MINISTRY_OF.search(span.text):  # before; "the Ministry of Culture" is a name
                return previous
        name = _UN_PREFIX.sub("United Nations ", cand.name) if cand.kind == "Organization" else cand.name
        key = f"{cand.kind}:{cand.code or name}"  # "UN Support Mission in Libya": "United Nations ..."
        if key not in actors:
            actors[key] = Actor(key, cand.kind, name, country_code=cand.code)
        if cand.part_of_code:
            owner = self.gaz.countries[cand.part_of_code]
            owner_key = f"Country:{owner.code}"
            actors.setdefault(owner_key, Actor(owner_key, "Country", owner.name, owner.code))
            actors[key].part_of = owner_key
        return key


# Words opening a sentence before a body's unnamed voice: "Earlier Ministry officials said"
_TIME_WORDS = {"earlier", "later", "yesterday", "today", "tonight", "tomorrow", "meanwhile", "separately", "also",
               "then", "now", "however"} | set(WEEKDAYS)
_MINISTRY_OF = re.compile(r"Ministry (?:of|for)", re.IGNORECASE)
_SOVIET = re.compile(r"(?<![\w-])(?<!former )(?:Soviet(?![\w-])|USSR|U\.S\.S\.R\.)")  # not "post-Soviet", "Soviet-era"
_POST_SOVIET = {"RUS", "UKR", "BLR", "MDA", "GEO", "ARM", "AZE", "KAZ", "KGZ", "TJK", "TKM", "UZB", "LTU", "LVA",
                "EST"}
BORDERS = {"border", "frontier", "boundary"}
STATE_BODIES = {"coast guard", "navy", "army", "air force", "armed forces", "police", "national police", "police force",
                 "border guard", "border guards", "border service", "border police", "national guard",
                 "security service", "intelligence service", "prison service", "marines", "military",
                 "defense force", "defence force", "defense forces", "defence forces", "national defense force",
                 "national defence force"}
# The last words of a state's agencies named after it: "Pakistan Maritime Security Agency".
_STATE_AGENCIES = {"agency", "authority", "service", "directorate", "inspectorate"}
# Words of bodies named after a state that are not its own: outlets, charities, churches.
_NOT_THE_STATES = {"news", "press", "charity", "church", "orthodox", "catholic", "apostolic", "red", "crescent"}
_KIN_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(KIN))}),?\s*$", re.IGNORECASE)  # "his daughter, (Lucía)"
_GENDER_TITLE = re.compile(r"\b(\w+)\.?\s+$")
_OPPOSITE = {"male": "female", "female": "male"}
QUOTE_MARKS = {'"', "\u201c", "\u201d", "'", "\u2018", "\u2019"}
_POPE_BEFORE = re.compile(r"\bPope\s+$")
_UN_PREFIX = re.compile(r"^(?:the\s+)?U\.?N\.?\s+(?=[A-Z])")


def _phrase_matcher(nlp: Language, gaz: Gazetteer) -> PhraseMatcher:
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    for code, country in gaz.countries.items():
        names = {country.name, *country.aliases}
        names |= {name[4:] for name in names if name.startswith("the ")}
        matcher.add(f"COUNTRY:{code}", [nlp.make_doc(n) for n in names if not n.startswith("the ")])
        metonyms = {m[4:] if m.startswith("the ") else m for m in country.metonyms}
        if metonyms:
            matcher.add(f"METONYM:{code}", [nlp.make_doc(m) for m in metonyms])
    for name, aliases in gaz.organization_aliases.items():
        surfaces = {a[4:] if a.startswith("the ") else a for a in aliases}
        surfaces |= {_in_sentence_case(a) for a in surfaces if a.count(" ") >= 2}  # the "Donetsk people's republic"
        matcher.add(f"ORG:{name}", [nlp.make_doc(a) for a in surfaces])  # of those who will not grant it capitals
    return matcher


def _in_sentence_case(name: str) -> str:
    """ "Donetsk people's republic": a long name with only its first word capitalised."""
    first, rest = name.split(" ", 1)
    return f"{first} {rest.lower()}"


def _in_soviet_times(found: list[_Candidate], text: str, gaz: Gazetteer) -> list[_Candidate]:
    """In a story of the Soviet Union that names neither Russia nor any other state that rose
    from it, "Moscow" and "the Kremlin" are the Soviet state's; so are they, in a story that
    speaks of the Soviet Union and of Russia (a life told from 1976 to 2007), in a paragraph
    whose last year before them is a Soviet one. A story of today that recalls "Soviet-era
    swaps" or "post-Soviet states" tells of Russia."""
    named_since = any(c.code in _POST_SOVIET and not (c.code == "RUS" and c.metonym) for c in found)  # "Kyiv" too
    soviets = len(_SOVIET.findall(text))
    if not soviets or soviets < 2 and not named_since:
        return found
    soviet = gaz.countries["SUN"]
    return [replace(c, name=soviet.name, code=soviet.code)
            if c.code == "RUS" and c.metonym and (not named_since or _soviet_year_before(text, c.start)) else c
            for c in found]


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_SOVIET_END = 1991


def _soviet_year_before(text: str, at: int) -> bool:
    """Whether the last year written in the paragraph before `at` is one of the Soviet Union's."""
    paragraph = text.rfind("\n", 0, at) + 1
    years = _YEAR.findall(text, paragraph, at)
    return bool(years) and 1922 <= int(years[-1]) <= _SOVIET_END


def _institution_patterns(gaz: Gazetteer) -> tuple[tuple[re.Pattern, re.Pattern], re.Pattern, re.Pattern,
                                                   re.Pattern]:
    def alternation(names: set[str]) -> str:
        return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))

    countries = {c.name for c in gaz.countries.values()}
    countries |= {a for c in gaz.countries.values() for a in c.aliases}
    countries |= {m for c in gaz.countries.values() for m in c.metonyms}
    countries |= {c.official_name for c in gaz.countries.values() if c.official_name}  # "the Republic of Yemen"
    countries = {c[4:] if c.startswith("the ") else c for c in countries}
    demonyms = {d for c in gaz.countries.values() for d in c.demonyms}
    country_alt, demonym_alt = alternation(countries), alternation(demonyms)
    dept_alt = alternation(set(_DEPARTMENTS) | {d.title() for d in _DEPARTMENTS})
    owner = (
        rf"(?:(?:the\s+)?(?P<owner>{country_alt})(?:'s|\u2019s)?\s+"
        rf"|(?P<demonym>{demonym_alt})\s+|(?:[Tt]he|[Ii]ts)\s+)?"
    )
    # "National Defence", "Culture": capitalised words, none a title or a body's ("Spokesman", "Service")
    department_words = {w for d in _DEPARTMENTS for w in d.split()} | {
        "state", "public", "national", "international", "marine"}
    not_a_department = alternation({w.title() for w in (TITLE_WORDS | PERSON_NOUNS | ORG_WORDS) - department_words
                                    if w.isalpha()})
    department_word = rf"(?!(?:{not_a_department})\b)[A-Z][a-z]+"
    words = rf"{department_word}(?:\s+{department_word}){{0,2}}"
    also = rf"(?:\s+and\s+(?!(?:{country_alt})\b){words})?"  # "Fisheries and Marine Resources", not "and Ukraine's"
    named_dept = rf"{words}{also}"
    ministry = re.compile(
        rf"{owner}(?:(?P<dept>{dept_alt})\s+[Mm]inistry\b"
        rf"|[Mm]inistry\s+(?:of|for)\s+(?:the\s+)?(?:(?P<dept2>(?:{dept_alt}){also})\b"
        rf"|(?P<named_dept>{named_dept})\b))"
        rf"(?:\s+of\s+(?:the\s+)?(?P<country>{country_alt})\b)?"
    )
    owned_ministry = re.compile(  # "Turkey's National Defence Ministry": only an owner tells the department
        rf"(?:(?:the\s+)?(?P<owner>{country_alt})(?:'s|\u2019s)\s+|(?:the\s+)?(?P<demonym>{demonym_alt})\s+)"
        rf"(?P<named_dept>{named_dept})\s+Ministry\b"
    )
    qualifier = (r"(?:(?:(?:internationally\s+)?recogni[sz]ed|federal|central|interim|transitional|military"
                 r"|civilian|elected|new|[\w-]+-(?:led|backed|recogni[sz]ed))\s+){0,2}")
    government = re.compile(  # "the Yemeni government", "Yemen's internationally recognised government"
        rf"(?:(?:the\s+)?(?:(?:Royal|Federal|Imperial)\s+)?(?:(?P<demonym>{demonym_alt})\s+"
        rf"|(?P<owner>{country_alt})(?:'s|\u2019s)\s+){qualifier}(?:[Gg]overnment|regime)\b"  # "the Syrian regime"
        rf"|[Gg]overnment\s+of\s+(?:the\s+)?(?P<country>{country_alt})\b)"
    )
    us_department = re.compile(
        r"(?:(?:U\.S\.|US|American)\s+(?:the\s+)?)?(?P<dept>Treasury|State Department"
        r"|Department of State|Justice Department|Pentagon"
        r"|(?:(?<=U\.S\. )|(?<=US )|(?<=American )|(?<=the )|(?<=The ))(?:Department of Defense|Defense Department)"
        r"(?![^\S\n]+(?:(?:of|in)\s+)?[A-Z]))\b"  # the American spelling, owned by no other state ("the Ukrainian
        r"(?![^\S\n]+Services?\b)"  # Defense Department", "... of Ukraine"); not Nigeria's "Department of State
    )  # Services"
    office = re.compile(  # "the Israeli Prime Minister's Office", "the prime minister's office", "the Office of the
        # President of Ukraine"
        rf"{owner}(?:(?P<holder>[Pp]rime\s+[Mm]inister|[Pp]resident)(?:'s|\u2019s)\s+[Oo]ffice\b"
        rf"|Office\s+of\s+the\s+(?P<title>Prime\s+Minister|President)\b"
        rf"(?:\s+of\s+(?:the\s+)?(?P<country>{country_alt})\b)?)"
    )
    return (ministry, owned_ministry), government, us_department, office


def _titled_speakers(doc: Doc) -> list[_Candidate]:
    """Persons the NER misses where a title introduces them as the one speaking: "the
    Ministry's spokesman Rashad Guliyev declared", "Minister of State Noura Al-Sayed
    said". The name is the last two capitalised words before the verb (a particle or a
    hyphen joins words into one: "bin Zayed", "Al-Khater")."""
    found = []
    for verb in doc:
        if verb.lemma_ not in _SPEAKING or verb.i < 3:
            continue
        end = _speakers_end(verb)
        if _named_by_the_ner(doc[end - 1]):
            continue
        words = _name_words_before(doc, end, most=3)
        if len(words) == 3 and not _a_given_name(words[0][0]):
            words = words[1:]  # a third name only when it is a given name: "leader María Corina Machado said"
        if any(t.lower_ in ORG_WORDS or t.ent_type_ in ("GPE", "LOC", "FAC") for word in words for t in word):
            continue  # "Major League Baseball said": a body, not a titled person; "at Fort Alvarado": a place
        if len(words) >= 2 and any(t.lower_ in TITLE_WORDS | PERSON_NOUNS for t in doc[max(end - 14, 0) : end]):
            start, end = words[0][0].idx, words[-1][-1].idx + len(words[-1][-1])
            found.append(_Candidate(start, end, "Person", doc_text(doc)[start:end], "pattern"))
    return found


def _speakers_end(verb: Token) -> int:
    """Where the name of who speaks ends: right before the verb, or, past an auxiliary or an
    aside ("President of Peru Luis Vega has announced", "Commissioner Ana Ruiz, for her part,
    stated"), at the end of its subject."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None:
        return verb.i
    last = subject.right_edge
    named = last.pos_ == "PROPN" and (last == subject or _title_read_as_owner(last) is not None)
    return last.i + 1 if named else verb.i


def _named_by_the_ner(token: Token) -> bool:
    """Whether the NER found the person whose name ends at `token`: not "Peru Luis Vega", which
    it ran on from the title's country."""
    if token.ent_type_ != "PERSON":
        return False
    first = next(t for t in reversed(token.doc[: token.i + 1]) if t.ent_iob_ == "B")
    return not gazetteer().country(first.text)


def _nicknames(tokens: list[Token]) -> list[Token]:
    """The words of a name written between quote marks: "Lucho" of 'Luis "Lucho" Vega'."""
    return [t for t in tokens[1:-1] if t.nbor(-1).text in QUOTE_MARKS and t.nbor(1).text in QUOTE_MARKS]


def _surname_after_nickname(ent: Span) -> Token | None:
    """ "Jesus" of 'Jesus "Jessie" Macapagal': the surname after a nickname in quotes, which
    the NER leaves out of the given name it found."""
    doc = ent.doc
    if len(ent) != 1 or ent.end + 3 >= len(doc):
        return None
    opening, nickname, closing, surname = doc[ent.end : ent.end + 4]
    quoted = opening.text in QUOTE_MARKS and closing.text in QUOTE_MARKS
    return surname if quoted and nickname.is_title and surname.is_title and surname.pos_ == "PROPN" else None


def _a_federal_states_name(span: Span) -> bool:
    """ "Niger State", "the Niger State Government": a state of a federation (Nigeria's),
    named like a country."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].text == "State"


def _a_persons_surname(span: Span, common_words: frozenset[str]) -> bool:
    """ "Pedro Lima", "Ana Paris": a state's or capital's name ending a person's name the NER read,
    after a known given name; not "Israel Katz", where the name opens it, nor "Save Ukraine",
    whose first word is an English one, nor a full name the NER ran into the next word."""
    if span[0].ent_type_ != "PERSON" or span[0].ent_iob_ == "B":
        return False
    person = next(e for e in span.doc.ents if e.start < span.start < e.end)
    return len(person) == 2 and person.end == span.end and given_name(person[0].text) is not None and \
        person[0].lower_ not in common_words  # not "Emmanuel Macron France" in a list of delegations


def _names_an_accord(span: Span) -> bool:
    """ "the Stockholm Agreement", "the Minsk accords", "the Doha talks": a city naming what was
    agreed or held there is no state acting."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is not None and after.lemma_.lower() in _ACCORDS


def _where_a_swap_took_place(span: Span) -> bool:
    """ "the Vienna swap of 2010": a city naming where a swap took place is no state acting.
    "The Moscow-Kyiv swap" names two, which are its sides."""
    if span.text.removeprefix("the ") in _SEATS:
        return False  # "the Kremlin swap": the government's, not a venue
    head = span.root
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    paired = any(t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME") and not span.start <= t.i < span.end
                 for t in span.doc[head.left_edge.i : head.i])  # not "Friday's Vienna swap"
    return head is not span.root and head.lemma_.lower() in _HELD_IN_A_CITY and not paired


def _titled_names(doc: Doc) -> list[_Candidate]:
    """Persons the NER misses after a title only a person bears: "Sergeant Paul Ames",
    "Archbishop Paul Gallagher". The name is the two or three capitalised words after it."""
    found = []
    for title in doc:
        if title.lower_ not in _PERSONAL_TITLES or not title.is_title:
            continue
        words = []
        for token in doc[title.i + 1 : title.i + 7]:  # "Abdel Fattah al-Burhan": particles and hyphens too
            joining = token.lower_ in _NAME_PARTICLES or token.text == "-" or _after_hyphen(token)
            if not (joining or token.is_title and token.pos_ == "PROPN") or token.lower_ in TITLE_WORDS:
                break
            words.append(token)
        while words and not (words[-1].is_title or _after_hyphen(words[-1])):
            words.pop()
        if len(words) >= 2 and not any(w.lower_ in ORG_WORDS or w.text in _SITES or gazetteer().country(w.text)
                                       for w in words):  # not "Imam Khomeini Airport"
            start, end = words[0].idx, words[-1].idx + len(words[-1])
            found.append(_Candidate(start, end, "Person", doc_text(doc)[start:end], "pattern"))
    return found


def _combined_peoples(doc: Doc) -> list[_Candidate]:
    """ "the first Anglo-German exchange", "Sino-Indian talks": the state whose people's name's
    combining form opens a pair joined by a hyphen."""
    gaz = gazetteer()
    return [_Candidate(t.idx, t.idx + len(t.text), "Country", country.name, "gazetteer", code=country.code)
            for t in doc if t.is_title and (country := gaz.combining_form(t))]


def _acronyms(doc: Doc) -> list[_Candidate]:
    """Organizations named by an acronym the NER does not know, used at least twice ("RENAMO
    released ...", "FARDC troops", "the M23") or set off after the body it names ("the Bosnian
    Croat army, the HVO,"). Not a known country or body (the gazetteer has them), a time zone,
    or a common abbreviation ("POWs", "RPG")."""
    words = [t for t in doc if _ACRONYM.fullmatch(t.text) and t.text not in _COMMON_ABBREVIATIONS
             and t.text not in _TIME_ABBREVIATIONS and not t.ent_type_ and not gazetteer().country(t.text)
             and not gazetteer().organization(t.text) and t.lower_ not in JOURNALISTS]  # not a script's "[ANCHOR]"
    uses = Counter(t.text for t in words)
    return [_Candidate(t.idx, t.idx + len(t.text), "Organization", t.text, "pattern")
            for t in words if uses[t.text] >= 2 or _names_the_body_before(t)]


_ARMED_BODIES = {"army", "militia", "force", "group", "front", "movement", "party", "faction", "guard"}


def _names_the_body_before(acronym: Token) -> bool:
    """ "the Bosnian Croat army, the HVO,": an acronym set off after an army's (or a group's) noun."""
    whole = acronym.doc[acronym.i - 1].whitespace_ and (acronym.whitespace_ or acronym.i + 1 == len(acronym.doc) or
                                                       acronym.nbor().is_punct and acronym.nbor().text != "-")
    return acronym.dep_ == "appos" and acronym.head.lemma_.lower() in _ARMED_BODIES and acronym.head.i < acronym.i \
        and bool(whole)  # not the "RUD" of "the FDLR-RUD"


def _gangs(doc: Doc) -> list[_Candidate]:
    """ "the Kanu Bello gang", "the Musa Garba group": an armed band called by its leader's (or
    its own) name and a common noun; not "the Wagner group", which the gazetteer knows, nor
    "the Russian group"."""
    found = []
    for match in _GANG.finditer(doc_text(doc)):
        name, gaz = match["name"], gazetteer()
        span = doc.char_span(match.start("name"), match.end("name"), alignment_mode="expand")
        if gaz.organization_by_word(name) or gaz.organization(f"{name} {match['noun']}") or any(
                gaz.demonym(w) or gaz.country(w) or AFFILIATED.search(w) for w in name.split()) or \
                span is None or any(t.ent_type_ == "NORP" or t.tag_ not in ("NNP", "NNPS") for t in span) or \
                _a_name_follows(doc, match.end()):
            continue  # not "the Houthi group", "the Saudi-led group", "the Fulani group", "the Islamist group",
            # "the Yoruba group Afenifere"
        found.append(_Candidate(match.start("name"), match.end(), "Organization", f"{name} {match['noun']}",
                                "pattern"))
    return found


def _clans(doc: Doc) -> list[_Candidate]:
    """ "the Al-Bu Khalaf", "the Albu Nimr": a clan of Iraq or Syria named as its people name
    themselves ("Al Bu", the family of), which the NER takes for a person or misses; not a
    person's surname ("Hamid Albu Khalil") nor a town named after a clan ("in Albu Kamal")."""
    text = doc_text(doc)
    return [_Candidate(*match.span(), "Organization", match.group(), "pattern") for match in _CLAN.finditer(text)
            if not _NAMED_BEFORE.search(text, max(match.start() - 30, 0), match.start())]


_CLAN = re.compile(r"\b(?:Al[- ]Bu[- ]|Albu )[A-Z][a-z]+\b")
_NAMED_BEFORE = re.compile(r"(?:\b(?!The\b)[A-Z][a-z]+|\b(?:in|near|at|from|outside|around))\s+$")  # a given
# name, a place's preposition
_STATE_FORM = r"(?:Republic|Kingdom|Emirate|Sultanate|Principality|Federation|Confederation|Union|Commonwealth)"
_STATE_QUALIFIERS = r"(?:(?:Federal|Democratic|Islamic|People's|Socialist|United|Arab|Plurinational|Independent)\s+)*"
_NOT_A_STATES = r"(?:The|This|That|Its|Their|Our|New|Old|First|Second|Third|Former|Late)\b"  # "The Republic"
_NAMED_STATE = re.compile(  # "the Republic of Marovia", "the Ostrelian Federation", "the Zelmar Republic"
    rf"\b(?:(?!{_NOT_A_STATES})[A-Z][a-z]+\s+)?{_STATE_QUALIFIERS}{_STATE_FORM}\s+of\s+(?:the\s+)?"
    rf"(?P<core>[A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*)?)"
    rf"|\b(?!{_NOT_A_STATES})(?P<own>[A-Z][a-z][\w-]*)\s+{_STATE_QUALIFIERS}(?:Republic|Federation|Confederation)\b"
    rf"(?!\s+of\b)")
_NAME_BEFORE = re.compile(rf"(?!{_NOT_A_STATES})[A-Z][\w'-]*\s+$")  # "Pridnestrovian (Moldavian Republic)"


def _unlisted_states(doc: Doc, common_words: frozenset[str]) -> list[_Candidate]:
    """States the gazetteer does not know, named by a state's form ("the Republic of Marovia",
    "the Ostrelian Federation"): a country each, called also by its short name ("Marovia",
    "Ostrelia") and its people's word ("Marovian"), as a state it knows would be. Not a body
    with a state's word in its name ("the Union of Journalists", "the Football Federation")."""
    text, gaz = doc_text(doc), gazetteer()
    states: dict[str, str] = {}  # a name or people's word -> the state's full name
    for match in _NAMED_STATE.finditer(text):
        core = re.sub(r"['\u2019]s$", "", match["core"] or match["own"])  # "the Sultanate of Oman's envoy"
        full = match[0][: match.start("core") - match.start() + len(core)] if match["core"] else match[0]
        if match["own"] and _NAME_BEFORE.search(text, max(match.start() - 30, 0), match.start()):
            continue  # "the Pridnestrovian Moldavian Republic": a longer name's end
        if gaz.country(full) or gaz.organization(full) or gaz.country(core) or gaz.demonym(core) or \
                gaz.metonym(core) or gaz.organization_by_word(core) or \
                any(_an_english_word(word, common_words) for word in core.split()):
            continue
        short = core[:-1] if match["own"] and core.endswith(("ian", "ean")) else core  # "Ostrelian" -> "Ostrelia"
        for name in (full, short, *_peoples_words(short)):
            states.setdefault(name, full)
    for short, words in _states_by_short_name(doc, common_words).items():
        for name in (short, *words):
            states.setdefault(name, states.get(short, short))
    if not states:
        return []
    names = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(states, key=len, reverse=True)) + r")\b")
    return [_Candidate(m.start(), m.end(), "Country", states[m[0]], "state") for m in names.finditer(text)]


# What a state has and a people, a region or a town does not ("the Velmoran army", "Kesh's
# foreign minister").
_STATE_NOUNS = {"army", "navy", "military", "government", "president", "premier", "parliament", "embassy",
                "ambassador", "envoy", "ministry", "minister", "troops", "servicemen", "authorities", "coast",
                "officials", "diplomats", "mediators", "negotiators", "delegation", "spokesman", "spokeswoman"}


def _states_by_short_name(doc: Doc, common_words: frozenset[str]) -> dict[str, list[str]]:
    """States the gazetteer does not know, named only as news names a state it knows: a short
    name ("Kesh") and a people's word made from it ("Keshi"), with what only a state has ("the
    Keshi army", "Kesh's foreign ministry", "the government of Kesh"), or named together with
    such a state ("Velmora and Kesh"); without a people's word, a land a government is "of"
    that also has a minister or an army, and is no leader's surname. Not a name `_a_known_name`
    knows ("Tibet", "Idlib", "Karim"). Each short name maps to its people's words in the text."""
    gaz, places = gazetteer(), {}
    for token in doc:
        if token.is_title and token.is_alpha and len(token) > 2 and not token.is_stop:  # not "The", "Then"
            places.setdefault(token.text, []).append(token)
    states: dict[str, list[str]] = {}
    paired: dict[str, list[str]] = {}  # named with a people's word but nothing only a state has
    for short, tokens in places.items():
        peoples = [word for word in _peoples_words(short) if word in places]
        governed = any(_governed(t) for t in tokens)
        if not (peoples or governed) or _a_known_name(short, gaz, common_words) or \
                any(_a_known_name(w, gaz, common_words) for w in peoples):
            continue  # most capitalised words: no people's word, no government, asked nothing more
        with_a_states_noun = any(_before_a_states_noun(t) for w in (short, *peoples) for t in places.get(w, ()))
        if peoples and (with_a_states_noun or governed) or \
                with_a_states_noun and governed and not _a_leaders_surname(short, doc):
            states[short] = peoples
        elif peoples:
            paired[short] = peoples
    for short, peoples in paired.items():  # "the war between Velmora and Ostran", Ostran found a state above
        if any(other.text in states for t in places[short] for other in _joined_by_and(t)):
            states[short] = peoples
    return states


def _joined_by_and(token: Token) -> list[Token]:
    """The names joined to `token` by "and" or "or": "Ostran" of "Velmora and Ostran"."""
    doc = token.doc
    return [doc[i] for i, j in ((token.i - 2, token.i - 1), (token.i + 2, token.i + 1))
            if 0 <= i < len(doc) and doc[j].lower_ in ("and", "or")]


def _a_known_name(word: str, gaz: Gazetteer, common_words: frozenset[str]) -> bool:
    """A state, people, body, region, town or given name the gazetteer and the data packages know
    ("Tigray", "Karim"), or an English word: none a state made up by the story."""
    return bool(gaz.country(word) or gaz.demonym(word) or gaz.metonym(word) or gaz.organization_by_word(word)
                or gaz.within_a_state(word) or _an_english_word(word, common_words) or is_city(word)
                or given_name(word))


def _before_a_states_noun(token: Token) -> bool:
    """ "the Keshi army", "Kesh's foreign ministry", "Velmoran President Anton Farrow"."""
    after = [t for t in token.doc[token.i + 1 : token.i + 4] if t.tag_ != "POS"][:2]
    return any(t.lower_ in _STATE_NOUNS for t in after) or [t.lower_ for t in after] == ["armed", "forces"]


def _a_leaders_surname(word: str, doc: Doc) -> bool:
    """ "Kagame" after "Paul Kagame" or "President Kagame": a person's name, which "the
    government of Kagame" and "Kagame's ministers" speak of too."""
    return any(ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == word for ent in doc.ents) or any(
        t.text == word and t.i > 0 and doc[t.i - 1].lower_ in PERSON_NOUNS | TITLE_WORDS for t in doc)


def _governed(token: Token) -> bool:
    """ "the government of Kesh": a land a government is of; not "the government of Luis
    Arce", a person's."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return token.i >= 2 and doc[token.i - 1].lower_ == "of" and doc[token.i - 2].lower_ == "government" and \
        given_name(token.text) is None and not (following is not None and following.is_title)


def _fills_a_cell(token: Token) -> bool:
    """Whether the word is all a table's cell holds, between two bars."""
    text = doc_text(token.doc)
    before = text[text.rfind("\n", 0, token.idx) + 1 : token.idx].rsplit("|", 1)
    end = token.idx + len(token)
    after = text[end : text.find("\n", end) % (len(text) + 1)].split("|", 1)
    return len(before) == 2 and len(after) == 2 and not before[1].strip() and not after[0].strip()


def _opens_a_cell(token: Token) -> bool:
    """Whether the word opens a table's cell: "Hostages" of "| Hostages freed |"."""
    text = doc_text(token.doc)
    return text[text.rfind("\n", 0, token.idx) + 1 : token.idx].rstrip().endswith("|")


def _an_english_word(word: str, common_words: frozenset[str]) -> bool:
    """ "Detainees", "Journalists'", "Football": a word of English, not a name."""
    lower = word.lower().strip("'\u2019")
    return bool({lower, lower.removesuffix("s")} & common_words)


def _peoples_words(short: str) -> list[str]:
    """The words a state's people may be called by, from its short name: "Marovian",
    "Zelmari", "Serakandese", "Ubrese" (of "Ubre")."""
    stem = short[:-1] if short.endswith(("a", "e")) else short
    return [short + "n", short + "an", stem + "ian", short + "ean", stem + "ese", short + "i"]


def _named_head_first(doc: Doc) -> list[_Candidate]:
    """Bodies named head first, as in Spanish, Portuguese, French or Italian ("Frente Unido de
    Cauca", "Defensoría del Pueblo", "Tren de Aragua"), which the English NER misses or takes for
    persons. The name ends before a title, a person's name or a day ("Policía Nacional Colonel
    Ana Ruiz"); a head inside a name ("Luis Guardia Pérez") or after a preposition of place
    ("in Guardia Mitre") opens none, and one of a body the gazetteer knows is left to it ("Clan
    del Golfo", "Grupo Wagner")."""
    found = []
    for match in _HEAD_FIRST_NAME.finditer(doc_text(doc)):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or _inside_a_name_or_a_place(span[0]):
            continue
        words = list(span[1:])
        cut = next((i for i, t in enumerate(words) if _a_title_before_a_name(t) or t.lower_ in WEEKDAYS
                    or t.lower_ in MONTHS or i > 0 and _a_full_name_starts(t)),
                   len(words))  # not "Fundación Carlos Slim", a body named after a person
        words = words[:cut]
        while words and not _capitalised(words[-1].text):
            words = words[:-1]  # "Frente de" before a title: no name
        name = doc[span.start : span.start + 1 + len(words)].text
        linked = any(not _capitalised(t.text) for t in words)  # "Clan del Golfo", not "Clan Leader"
        if not words or (match["head"].lower() in _HEADS_ALSO_ENGLISH and not linked) or \
                gazetteer().organization(name) or gazetteer().country(name) or \
                any(gazetteer().organization_by_word(t.text) for t in words if t.text[0].isupper()):
            continue
        found.append(_Candidate(span[0].idx, span[0].idx + len(name), "Organization", name, "pattern"))
    return found


def _capitalised(word: str) -> bool:
    """ "Azawad", and "l'Azawad" after its elided article."""
    return word[0].isupper() or len(word) > 2 and word[1] in "'\u2019" and word[2].isupper()


def _inside_a_name_or_a_place(head: Token) -> bool:
    """ "Ana Comando Ferreira": a capitalised word before the head, other than an article, an
    acronym or the sentence's start; "in Guardia Mitre", "at Frente Sur": a place."""
    before = head.doc[head.i - 1] if head.i > 0 else None
    if before is None or before.is_space or before.is_punct:
        return False
    named_before = before.text[0].isupper() and not before.is_upper and before.lower_ not in _ARTICLES and \
        gazetteer().demonym(before.text) is None  # "the Mexican Fiscalía General"
    return before.lower_ in _IN_A_PLACE or named_before  # but "the NGO Fundación Progresar", "members of"


def _a_full_name_starts(token: Token) -> bool:
    """A person's name of two words or more begins at the token ("... Rafael Díaz")."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.ent_iob_ == "B" and token.ent_type_ == "PERSON" and following is not None and \
        following.ent_iob_ == "I"


def _a_title_before_a_name(token: Token) -> bool:
    """ "Colonel (Ana Ruiz)", "Ombudsman (Iris Lima)": a title, a capitalised word after it."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    title = token.lower_ in (TITLE_WORDS | _PERSONAL_TITLES) - _NAME_WORDS  # not "Secretaría General Iberoamericana"
    return title and following is not None and following.text[:1].isupper()


_IN_A_PLACE = {"in", "at", "near", "outside", "around", "inside"}
_ARTICLES = {"the", "el", "la", "los", "las", "le", "les", "il", "o", "a", "its", "their"}


def _news_agencies(doc: Doc) -> list[_Candidate]:
    """ "Tasnim news agency reported", "the Mehr news agency said": an agency named by its own
    word before the common noun, which the NER takes for a person or misses (not "the Iranian
    news agency", a people's word)."""
    found = []
    for match in _NEWS_AGENCY.finditer(doc_text(doc)):
        name = match["name"]
        if gazetteer().demonym(name) or gazetteer().country(name) or name in _OPENING_DETERMINERS:
            continue
        found.append(_Candidate(match.start("name"), match.end("name"), "Organization", name, "pattern"))
    return found


def _a_name_follows(doc: Doc, end: int) -> bool:
    """ "the Yoruba group Afenifere": the group's own name follows the description (a weekday
    does not: "the Turji gang Monday released")."""
    following = next((t for t in doc if t.idx >= end and not t.is_space), None)
    return following is not None and following.pos_ == "PROPN" and following.ent_type_ != "DATE"


def _spelled_out(doc: Doc) -> list[_Candidate]:
    """A body's name the NER misses where the acronym after it in brackets spells its
    capitalised words: "the government and ELN Joint Committees on the Release of Captives
    (JCRC)"; the small words of a name ("on the", "of") are passed over."""
    found = []
    for token in doc[2:-1]:
        if doc[token.i - 1].text != "(" or doc[token.i + 1].text != ")" or not _ACRONYM.fullmatch(token.text):
            continue
        letters, first = list(token.text), None
        for word in reversed(doc[max(token.i - 12, 0) : token.i - 1]):
            if not letters:
                break
            if word.is_title and word.text[0] == letters[-1]:
                letters.pop()
                first = word
            elif not (word.is_lower and word.lower_ in _NAME_LINKS) or first is None:
                break
        words = doc[first.i : token.i - 1] if first is not None else doc[0:0]
        if letters or len(words) < 3 or any(t.ent_type_ == "GPE" or t.lower_ in _NOT_A_BODY for t in words) or \
                not any({t.lower_, t.lower_.removesuffix("s")} & ORG_WORDS for t in words):
            continue  # a body's name: not "Republic of Chile (ROC)", "Greenwich Mean Time (GMT)", an agreement
        before = doc[first.i - 1] if first.i > 0 else None
        state = _state_named(before) if before is not None and before.is_title else None
        first = before if state else first  # "the Peru Border Guard Police (BGP)": the state's body
        owner = doc[first.i - 2] if first.i >= 2 and doc[first.i - 1].text in ("'s", "\u2019s") and not any(
            t.lower_ in _NOT_THE_STATES | {"rights"} for t in words) else None  # not "Iran's Human Rights ... Agency"
        state = state or _state_named(first) or (gazetteer().country(owner.text) if owner is not None else None)
        # "Myanmar's Border Guard Police (BGP)": Myanmar's
        end = doc[token.i - 2]
        found.append(_Candidate(first.idx, end.idx + len(end), "Organization", doc[first.i : token.i - 1].text,
                                "pattern", part_of_code=state.code if state else None))
    return found


def _state_named(word: Token) -> Country | None:
    """The state a word names or is the people of: "Peru", "Peruvian"."""
    return gazetteer().country(word.text) or gazetteer().demonym(word.text)


def _relatives(doc: Doc) -> list[_Candidate]:
    """Persons the NER misses who bear the surname of one it found: "Rezan Ibrahim" in a
    story about Hevin Ibrahim. A capitalised name joined to the surname is their given name."""
    surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2}
    found = []
    for token in doc:
        before = doc[token.i - 1] if token.i > 0 else None
        if token.text not in surnames or token.ent_type_ or before is None or before.ent_type_ or \
                not (before.is_title and before.pos_ == "PROPN" and before.dep_ == "compound") or \
                before.lower_ in TITLE_WORDS or gazetteer().country(before.text):
            continue
        found.append(_Candidate(before.idx, token.idx + len(token), "Person", f"{before.text} {token.text}", "pattern"))
    return found


def _account_holders(text: str) -> list[_Candidate]:
    """Persons the NER misses at the head of their own posts: "Ana Ruiz @anaruiz · Minister of
    Justice". The account's name is two to four capitalised words, none a body's or a state's."""
    found = []
    for header in POST_HEADER.finditer(text):
        words = header["name"].split()
        if 2 <= len(words) <= 4 and all(w[:1].isupper() and w.isalpha() for w in words) and \
                not any(w.lower() in ORG_WORDS | TITLE_WORDS or gazetteer().country(w) for w in words):
            found.append(_Candidate(header.start("name"), header.end("name"), "Person", header["name"], "pattern"))
    return found


def _described_persons(doc: Doc) -> list[_Candidate]:
    """Persons the NER misses where an apposition says who they are: "the Commissioner for
    Human Rights, Dmytro Lubinets, said", "Rovshan Guliyev, an adviser to the president". The
    name is two to four capitalised words opening with a known given name."""
    found = []
    for token in doc:
        if token.pos_ != "PROPN" or token.ent_type_ == "PERSON" or not _described(token):
            continue
        words = _name_words_before(doc, token.i + 1, most=4)
        if len(words) >= 2 and (_a_given_name(words[0][0]) or _a_speakers_role(token, words)):
            start, end = words[0][0].idx, token.idx + len(token)
            found.append(_Candidate(start, end, "Person", doc_text(doc)[start:end], "pattern"))
    return found


def _aged_persons(doc: Doc) -> list[_Candidate]:
    """ "Jatin Koli, 41, of Velanpur", "Nurul Islam (34)": two to four capitalised words
    set off with an age after them name a person, whatever the NER took them for; an age in
    brackets only after a known given name (not "Donetsk Region (34)", a count)."""
    found = []
    for age in (t for t in doc[2:-1] if _an_age(t)):
        words = _name_words_before(doc, age.i - 1, most=4)
        if len(words) >= 2 and not any(gazetteer().country(w[0].text) or w[0].lower_ in ORG_WORDS | _AREA_WORDS
                                       for w in words) and (doc[age.i - 1].text == "," or _a_given_name(words[0][0])):
            start, last = words[0][0].idx, words[-1][-1]
            found.append(_Candidate(start, last.idx + len(last), "Person", doc_text(doc)[start : last.idx + len(last)],
                                    "pattern"))
    return found


_AREA_WORDS = {"region", "oblast", "province", "district", "county", "state", "city", "hospital", "fleet", "unit"}


def _an_age(token: Token) -> bool:
    """A number from 1 to 110 set off by commas or brackets after a name: ", 41," or "(34)"."""
    doc = token.doc
    return token.text.isdecimal() and 0 < int(token.text) < 111 and 0 < token.i < len(doc) - 1 and \
        (doc[token.i - 1].text, doc[token.i + 1].text) in ((",", ","), ("(", ")"))


def _a_hometown(span: Span) -> bool:
    """ "of Velanpur" in "Jatin Koli, 41, of Velanpur": where a person named with their age
    is from, a place."""
    doc, i = span.doc, span.start
    return i >= 4 and doc[i - 1].lower_ == "of" and _an_age(doc[i - 3])


def _a_speakers_role(token: Token, words: list) -> bool:
    """ "Berzan Xelil, a spokesman for the SDF, said": a role only a person holds, set off after
    two or three capitalised words that name no place or body, makes them a name though its
    given name is unknown."""
    role = any(c.dep_ == "appos" and c.lemma_.lower() in _PERSONS_ROLES for c in token.children if c.i > token.i)
    names = [w.text for group in words for w in group]
    return role and len(words) <= 3 and not any(
        gazetteer().country(n) or gazetteer().organization_by_word(n) or n.lower() in ORG_WORDS for n in names)


_PERSONS_ROLES = {"spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "negotiator", "envoy",
                  "ambassador", "lawyer", "minister", "commander"}


def _a_given_name(token: Token) -> bool:
    return given_name(token.text) in ("male", "female", "either")


def _described(token: Token) -> bool:
    """Whether the text describes the token as a person: an apposition ("Ana Ruiz, his
    lawyer", "the envoy, Ana Ruiz"), or "whose son ..." after it."""
    if _title_in_apposition(token) is not None:
        return True
    for child in (c for c in token.children if c.i > token.i):
        if child.dep_ == "appos" and child.lemma_.lower() in _PERSON_WORDS:
            return True
        if child.dep_ == "relcl" and any(t.lower_ == "whose" and t.head.lemma_.lower() in KIN
                                         for t in child.subtree):
            return True
    return False


def _described_as_a_body(ent: Span) -> bool:
    """ "País Libre, a foundation", "Nujoom Al-Gharb, the club he played for", "the advocacy
    group Hostage Aid Worldwide": a name the text describes as a body's, in apposition or by
    the common noun before it."""
    before = ent.doc[ent.start - 1] if ent.start else None
    acting = ent.root.dep_ == "nsubj" and ent.root.head.dep_ in ("relcl", "acl") or \
        ent.root.dep_ == "compound" and ent.root.head.i >= ent.end  # not "the agency X heads said", the parser's
    # "heads" a noun
    return before is not None and before.is_lower and before.lemma_ in _BODY_NOUNS and not acting or any(
        child.dep_ == "appos" and child.i > ent.root.i and child.lemma_.lower() in _BODY_NOUNS
        for child in ent.root.children)


def _title_in_apposition(name: Token) -> Token | None:
    """The noun that says who a name in apposition is: "Ana Ruiz, his lawyer", "the envoy, Ana
    Ruiz", "the head of the delegation in Lima, Ana Ruiz" (which the parser hangs on Lima)."""
    if name.dep_ != "appos":
        return None
    if name.head.lemma_.lower() in _PERSON_WORDS:
        return name.head
    described = name.head
    while described.lemma_.lower() not in _PERSON_WORDS | {"head"} and described.dep_ == "pobj" and \
            described.head.head != described:  # up to the title, not past it: "facilitated by the district
        described = described.head.head  # head of X, Y" is no verb's
    return described if described.lemma_.lower() in _PERSON_WORDS | {"head"} else None


def _name_words_before(doc: Doc, end: int, most: int = 2) -> list[list[Token]]:
    """Up to `most` capitalised words (each a run of tokens joined by hyphens: "Jean-Marc")
    ending right before token `end`."""
    words: list[list[Token]] = []
    i = end - 1
    while i >= 0 and len(words) < most:
        token = doc[i]
        if not (token.is_title and token.pos_ == "PROPN") or token.lower_ in TITLE_WORDS:
            break
        word = [token]
        while i >= 2 and doc[i - 1].text == "-" and doc[i - 2].is_title:
            word[:0] = [doc[i - 2], doc[i - 1]]
            i -= 2
        words.insert(0, word)
        i -= 1
    return words


def _near(pattern: re.Pattern, text: str, anchor: str, reach: int = 120) -> Iterator[re.Match]:
    """`pattern`'s matches in `text`, looked for only around the word every match contains:
    the institution patterns start with long alternations of country names, and trying
    them at every character of a document costs more than the rest of kg_actors."""
    end = -1
    for found in re.finditer(anchor, text):
        if found.start() < end:
            continue
        start = max(found.start() - reach, end, 0)
        for match in pattern.finditer(text, start, min(found.end() + reach, len(text))):
            if match.start() <= found.start() < match.end() and match.end() > end:
                end = match.end()
                yield match


def _a_region_or_water(span: Span) -> bool:
    """ "Latin America", "South America": the continent's part, not the United States; "Lake
    Chad", "the Gulf of Guinea": water named after a country, not the country."""
    before = span.doc[span.start - 1] if span.start else None
    of_water = span.start >= 2 and before is not None and before.lower_ == "of" and \
        span.doc[span.start - 2].text in ("Gulf", "Bay", "Sea")
    return before is not None and (span.text == "America" and before.text in ("Latin", "South", "Central", "North")
                                   or before.text in _PLACE_OPENERS or of_water)


_VILLAGE_OPENERS = {"Barangay", "Sitio"}  # "Barangay Mahayag": a Philippine village
_PLACE_OPENERS = {"Lake", "Mount", "Gulf", "Bay", "Cape"} | _VILLAGE_OPENERS  # "Lake Chad", "Mount Lebanon": a place,
# no state or person


def _counting_people(doc: Doc, start: int, word: str) -> bool:
    """ "Two" of "Two Army soldiers were freed": a count of the people named after the body's
    name; not "Five" of "the Five Star Movement"."""
    span = doc.char_span(start, start + len(word)) if len(word) > 2 and parse_count(word) is not None else None
    return span is not None and span[0].dep_ == "nummod" and span[0].head.is_lower


def _a_village(name: str) -> bool:
    """ "Barangay Malinao", "Sitio Bagong Silang": a Philippine village the NER took for a body;
    not "Barangay Captain Ana Cruz", a village official."""
    words = name.split()
    return words[0] in _VILLAGE_OPENERS and 2 <= len(words) <= 3 and not any(
        w.lower() in TITLE_WORDS | _VILLAGE_OFFICES for w in words[1:])


_VILLAGE_OFFICES = {"captain", "kagawad", "chairman", "chairperson", "councilor", "councillor", "official", "tanod"}
_SITE_OPENERS = {"Port", "Fort", "Camp"}  # "Port Hudson", "Fort Delaware": a place, no person


def _a_compass_place(words: list[str], gaz: Gazetteer) -> bool:
    """ "West Bank Council": a name that opens with a point of the compass names a place, unless
    it opens with a country ("South Sudan Council of Churches")."""
    return words[0] in _COMPASS and not gaz.country(" ".join(words[:2]))


def _non_overlapping(candidates: list[_Candidate]) -> list[_Candidate]:
    """Keep the most trusted, then longest, candidate wherever two overlap."""
    ranked = sorted(candidates, key=lambda c: (-_PRIORITY[c.source], -(c.end - c.start), c.start))
    taken: list[_Candidate] = []
    for cand in ranked:
        if all(cand.end <= t.start or cand.start >= t.end for t in taken):
            taken.append(cand)
    return sorted(taken, key=lambda c: c.start)


def _a_field_after_in(before: str, words: list[str], places: set[str]) -> bool:
    """ "(Research in) Human Rights", "(Studies in) Conflict Resolution": what a body works in,
    after a word of study, not a place it is in ("University in Hat Yai", "Church in the
    Serrania"); two words or more, none of them a place or a state."""
    gaz = gazetteer()
    return before.lower() in _STUDY_WORDS and len(words) >= 2 and " ".join(words) not in places and not any(
        w in places or gaz.country(w) or gaz.within_a_state(w) or gaz.region(w) for w in words)


_STUDY_WORDS = {"research", "studies", "study", "excellence", "training", "education", "partnership", "advances"}


def _after_an_owner(words: list[str]) -> list[str]:
    """ "the Rebels' Supreme Council": the name after a plural owner opening it (a plural
    possessive further on, "Committee for Prisoners' Affairs", is part of the name, and so is
    one that tells whom the body is for: "the Detainees' Families Association")."""
    tail = next((i for i, w in enumerate(words) if w in ("of", "for", "on", "in")), len(words))
    owner = max((i for i, w in enumerate(words[:tail]) if w.endswith(("'", "\u2019"))
                 and w[:-1].lower() not in _MEMBERS), default=-1)
    return words[owner + 1 :]


# People a body is of or for, whose plural possessive is part of its name: "Hostages' Families Forum".
_MEMBERS = {"prisoners", "detainees", "abductees", "hostages", "mothers", "fathers", "parents", "families", "wives",
            "workers", "journalists", "veterans", "soldiers", "women", "farmers", "fishermen", "seafarers",
            "victims", "survivors", "teachers", "students", "lawyers", "doctors", "martyrs", "refugees", "employees"}


def qualifies_another(last: Token) -> bool:
    """Whether the name ending with `last` only qualifies another: "the al-Qaeda-linked group",
    "an Iran-backed militia", "Iran- and Russia-backed forces"."""
    doc, after = last.doc, last.i + 2
    if after >= len(doc) or doc[last.i + 1].text != "-" or last.whitespace_:
        return False
    while after < len(doc) and doc[after].lower_ in ("and", "or", ","):  # a hyphen left hanging
        after = next((k + 1 for k in range(after + 1, min(after + 6, len(doc))) if doc[k].text == "-"), len(doc))
    return after < len(doc) and AFFILIATED.search(f"-{doc[after].lower_}") is not None


def _without_affiliation(words: list[str]) -> list[str]:
    """ "Tripoli-based Libyan Red Crescent", "Islamic State-linked Group for ...": the name
    after the words that tell whose a body is."""
    affiliated = [i for i, word in enumerate(words[:3]) if AFFILIATED.search(word)]
    return words[affiliated[0] + 1 :] if affiliated and affiliated[0] + 1 < len(words) else words


def _national_branches(candidates: list[_Candidate], text: str) -> list[_Candidate]:
    """ "Amnesty International Nigeria said": a body's branch in a country is one name, not
    the body and then the country speaking. Where the NER read the whole name, the country
    inside it is no mention; where it read the body alone, the country is joined to it."""
    branches = [c for c in candidates if c.kind == "Organization" and c.source == "ner"
                and _branch(c.name) and _name_ends(text, c.end)]
    kept = [c for c in candidates if not (c.kind == "Country" and any(
        b.end == c.end and b.start < c.start and b.name.endswith(text[c.start : c.end]) for b in branches))]
    chosen: list[_Candidate] = []
    for cand in _non_overlapping(kept):
        body = chosen[-1] if chosen else None
        if body is not None and body.kind == "Organization" and cand.kind == "Country" and \
                text[body.end : cand.start] == " " and _branch(text[body.start : cand.end]) and \
                _name_ends(text, cand.end):
            chosen[-1] = _Candidate(body.start, cand.end, "Organization", text[body.start : cand.end], body.source)
        else:
            chosen.append(cand)
    return chosen


def _branch(name: str) -> bool:
    """Whether a name can be a body's national branch: not "Ministry of ...", "Bank of Nigeria"."""
    words = name.split()
    return len(words) >= 3 and words[-2] not in ("of", "in", "for") and words[0] not in ("Ministry", "Government")


def _name_ends(text: str, end: int) -> bool:
    """Whether a name ends at `end`: what follows is lower case or punctuation ("... Ghana said")."""
    return re.match(r"\s*(?:[a-z]|[,.;:)]|$)", text[end : end + 2]) is not None


def first_conjunct(token: Token) -> Token:
    """The first of the words `token` is conjoined with: "Kyiv" for "Moscow" in "between Kyiv
    and Moscow", where the preposition hangs on the first."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


_HANDING = {"hand", "give", "deliver"}  # to a recipient, not a place
SENDING_BACK = {"send", "return", "hand"}  # people back to a state: "sent two men back to Caracas"
_PAID_FOR = {"return", "exchange", "swap", "trade", "traded", "swapped", "deal"}  # what a swap tells of


def is_place(span: Span) -> bool:
    """A capital that only locates something: "in Kyiv", "flown to Moscow", "reached Doha"; not the sides
    of "an exchange between Kyiv and Moscow", nor the state of "the government in Minsk"."""
    node = first_conjunct(span.root)
    head = node.head if node.dep_ == "pobj" else span.root.head
    if in_part(span.root):
        return True  # "forces from western Libya": a part of the state, not the state
    if head.lower_ == "between" and head.head.lemma_.lower() in _BETWEEN_SIDES or \
            head.lower_ == "in" and head.head.lower_ in SEATED or \
            head.lower_ == "to" and head.head.lemma_ in _HANDING and span.root.ent_type_ == "GPE" and \
            "which" not in (t.lower_ for t in node.doc[node.i + 1 : node.i + 6]):
        return False  # nor the state people were "handed over to", not one "which flew them on to X"
    if head.lower_ == "to" and head.head.lemma_ in _HANDING | {"release", "free", "transfer"} and \
            gazetteer().is_armed_group(gazetteer().organization(span.text) or ""):
        return False  # "released 200 prisoners to the JNIM": the group that got them
    sent_back = head.head.head if head.lower_ == "to" and head.head.lower_ == "back" else None
    if sent_back is not None and sent_back.lemma_ in SENDING_BACK and \
            any(c.dep_ == "dobj" for c in sent_back.children) and any(t.lower_ in _PAID_FOR for t in sent_back.sent):
        return False  # "sent the two men back to Caracas and got seven in return": to the state that gets them;
        # not "flew the tourists back to Moscow"
    if node.dep_ == "pobj" and head.lower_ in ("with", "of") and head.head.lemma_.lower() in BORDERS:
        return True  # "near the border with Cameroon"
    if node.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ == "out" and \
            gazetteer().country(span.text) is None:
        return True  # "walked out of the Sambisa"; not "crossed out of Peru and into Chile"
    if node.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_ in _GOING_TO:
        return True  # "the bus reached Tacna", "the envoy visited Lima"
    if node.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _PARTS_OF_A_PLACE | _FACILITIES:
        return True  # "on the edge of Lima", "the streets of Tacna", "at the airport of Doha"
    if node.dep_ == "compound" and head.lemma_.lower() in _PLACE_HEADS | PERSON_DESCRIPTIONS or \
            node.dep_ == "npadvmod" and head.lower_ == "based":
        return True  # "at a Lima checkpoint", "the Lima lawyer", "a Lima-based charity"
    return node.dep_ == "pobj" and head.lower_ in _LOCATIVE


def in_part(name: Token) -> bool:
    """ "western Libya", "the north-eastern Congo": a part of a state named by its compass point
    written small (not "Western Sahara", nor "the Northern Front")."""
    before = name.doc[name.i - 1] if name.i > 0 else None
    return any(t is not None and t.text in _COMPASS_POINTS for t in (name.left_edge, before))


def _only_a_place(span: Span, prepositions: set[str]) -> bool:
    """A name that only locates something ("in Mariupol", "between Sanaa and Aden")."""
    node = span.root
    while node.dep_ in ("conj", "appos") and node.head.i != node.i:
        if node.dep_ == "appos" and span.root.ent_type_ == "PERSON" and node.head.ent_type_ in ("GPE", "LOC", "FAC"):
            return False  # "the committee in Sanaa, Abdulqader al-Murtada, said": no person is a city's apposition
        node = node.head
    return node.dep_ == "pobj" and node.head.lower_ in prepositions and not a_source(node)


def a_source(node: Token) -> bool:
    """ "according to the White House": who says so, not where."""
    return node.dep_ == "pobj" and node.head.lower_ == "to" and node.head.head.lower_ == "according"


def _names_a_place(span: Span) -> bool:
    """ "the Varnita crossing point", "the Bender border gate": a name that names a place."""
    root = span.root
    head = root.head
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return root.dep_ in ("compound", "nmod") and head.lemma_.lower() in _PLACE_HEADS


def _an_accord(name: str) -> bool:
    """ "the Dayton Agreement", "the Algiers Accords", "the Agreement on Consular Access", "the
    Third Geneva Convention": what was signed, no one who acts; not "the Government of National
    Accord" nor "the Kachin Baptist Convention"."""
    words = name.split()
    if len(words) < 2:
        return False  # "Accord said it would challenge the result": a party named so
    at = next((i - 1 for i, w in enumerate(words) if w in ("of", "on", "for", "against") and i), len(words) - 1)
    head = words[at].lower()
    if head in ("convention", "conventions"):  # "the Convention on ...", "the Geneva Convention"
        return any(w in ("Geneva", "Hague", "Vienna") for w in words) or at < len(words) - 1
    return head in _ACCORD_WORDS and words[0] != "Government"


_ACCORD_WORDS = {"agreement", "agreements", "accord", "accords", "treaty", "protocol", "protocols", "declaration",
                 "memorandum"}


def _a_vessel(span: Span) -> bool:
    """ "the tanker Blue Heron", "MV Safa Star", "aboard the Coral Dawn": a ship's name, which
    the NER takes for a person's or a body's."""
    doc = span.doc
    before = doc[max(span.start - 2, 0) : span.start]  # right before the name: not "seized the vessel, X said"
    kind = before[-1].lemma_.lower() if len(before) else ""
    carrier = kind == "carrier" and len(before) == 2 and before[0].lower_ in _CARRIED  # not "the flag carrier X"
    return span[0].text in _SHIP_PREFIXES and len(span) >= 2 or kind in _VESSELS or carrier or \
        len(before) == 2 and before[0].lower_ in ("aboard", "onboard") and before[1].lower_ == "the"


def _the_dateline_place(name: str, doc: Doc, common_words: frozenset[str]) -> bool:
    """ "Sloboda-Yaruzka welcomes back its defender" under the dateline "SLOBODA-YARUZKA —": the
    place the story is told from, which the NER may take for a body; not a body named in words
    of English ("WHITE HOUSE —", "EUROPEAN PARLIAMENT —")."""
    place = doc._.dateline_place
    return place is not None and fold(name) == fold(place) and \
        not any(_an_english_word(word, common_words) for word in re.split(r"[\s-]+", name))


def _a_building(name: str) -> bool:
    """ "the Rayburn House Office Building", "the Grand Meridian Hotel": a place to meet or stay;
    not "the Hotel said", nor a body or a person named so ("Wembley Stadium", "Juan Arena")."""
    words = name.split()
    return len(words) >= 2 and words[-1] in ("Building", "Hotel") and words[-2][:1].isupper()


_PLACE_PREPOSITIONS = {"in", "from", "to", "across", "into", "near", "of"}  # "fishermen from Sindh"
_SHIP_PREFIXES = {"MV", "MT", "MS", "SS", "HMS", "USS", "INS", "FV", "M/V", "M/T"}  # "INS Vikrant", not "the INS"
_VESSELS = {"tanker", "ship", "vessel", "freighter", "trawler", "frigate", "destroyer", "dhow", "yacht", "ferry",
            "boat", "bulker", "containership"}
_CARRIED = {"bulk", "car", "vehicle", "aircraft", "lng", "gas", "container"}  # "the car carrier Ocean Pilgrim"


def _a_town(name: str, persons: set[str], doc: Doc) -> bool:
    """A name that is a town's or a province's and no person's of this document ("Rafah",
    "Bandar Abbas", "Tamil Nadu", and "Sindh" where the story also names it as a place, but not
    "Jackson" once "Michael Jackson" was named, nor a name opening with a given name, nor "Guerrero"
    told as no place, or after "Gen.": a surname as much as a state's name, or a town's)."""
    words = name.split()
    if len(words) > 1 and given_name(words[0]) is not None or _names_person(name, persons - {name}):
        return False
    if is_city(name):  # "President Obama", not Obama in Japan; nor "the State Duma" or "in Goma"
        return len(words) > 1 or not any(t.text == name and t.i > 0 and doc[t.i - 1].lower_ in _ADDRESSED
                                         for t in doc)
    if gazetteer().within_a_state(name) is None:
        return False
    return len(words) > 1 or _told_as_a_place(name, doc) and not _a_leaders_surname(name, doc)


# Titles only a person is called by, right before a surname: "President Obama", "Mrs Bush".
_ADDRESSED = {"president", "premier", "chancellor", "senator", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."}


def _told_as_a_place(name: str, doc: Doc) -> bool:
    """ "fishermen from Sindh": the name stands where a place does, somewhere in the story."""
    return any(t.text == name and t.dep_ == "pobj" and t.head.lower_ in _PLACE_PREPOSITIONS for t in doc)


def _a_presidents_administration(name: str) -> bool:
    """ "the Biden Administration", "the Administration of Joe Biden": a US president's
    government, which references resolve to the United States, not a body of its own; not "the
    Milei Administration"."""
    words = name.split()
    if len(words) >= 3 and words[0].lower() == "administration" and words[1] == "of":
        return a_us_president(words[2:])  # "the Administration of Joe Biden"
    return len(words) in (2, 3) and words[-1].lower() == "administration" and a_us_president(words[:-1])


def _names_person(name: str, persons: set[str]) -> bool:
    """An ORG entity that is really a person's name or surname ("Lubinets said ...", or a
    double surname: "Ortega Ruiz's lawyer" after "Marta Lucía Ortega Ruiz")."""
    for person in persons:
        parts = person.split()
        if name == person or (len(parts) > 1 and (name == parts[0] or person.endswith(f" {name}"))):
            return True
    return False


def _described_by_people(tokens: list[Token]) -> bool:
    """ "the Peruvian Juan Soto": an article, or a people's name, before a given name and a
    surname; not "German Gref", where no given name follows."""
    words = [t.text for t in tokens[:4]]
    if words[:1] == ["the"]:
        words = words[1:]
    return len(words) >= 3 and gazetteer().demonym(words[0]) is not None and given_name(words[1]) is not None \
        and words[2][:1].isupper() and not any(w.lower() in ORG_WORDS for w in words)  # not "Irish Rose Trust"


def _described_by_trade(tokens: list[Token]) -> bool:
    """ "Organizer Ana Ruiz said": a trade written with a capital before a given name and a
    surname, as a sentence's first word or a caption's, is what she does, not her name."""
    return len(tokens) >= 3 and tokens[0].lower_ in _TRADES and given_name(tokens[0].text) is None \
        and tokens[1].text[:1].isupper() and (tokens[2].text[:1].isupper() or tokens[2].text == "-")


# What people do, written before their names: "Historian Ana Ruiz", "Lawyer Tom Hill".
_TRADES = PERSON_DESCRIPTIONS - {"national", "citizen", "resident"} | {
    "organizer", "organiser", "historian", "analyst", "economist", "attorney", "comrade", "sophomore", "freshman",
    "scholar", "novelist", "poet", "columnist", "nurse", "surgeon", "professor", "survivor", "eyewitness", "witness"}


_SECTION_NUMBER = re.compile(r"(?:[A-Z]|[IVXL]{1,4})\.\s")


def _a_section_heading(ent: Span, common_words: frozenset[str]) -> bool:
    """ "C. Detainees and missing persons", "IV. Introduction": a report's lettered heading,
    which the NER reads as an initial and a surname; not "J. Okafor said on Friday ...", nor
    "R. Patel" alone on a line (in a list of names, a signature)."""
    words = [t.text for t in ent if t.is_alpha and len(t) > 1 and not (t.is_upper and len(t) <= 4)]
    if not words or not all(_an_english_word(word, common_words) for word in words):
        return False
    text = doc_text(ent.doc)
    line_start = text.rfind("\n", 0, ent.start_char) + 1
    line = text[line_start : text.find("\n", ent.start_char) % (len(text) + 1)]
    return not text[line_start : ent.start_char].strip() and _SECTION_NUMBER.match(line.lstrip()) is not None \
        and not line.rstrip().endswith(".") and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in ent.sent)


def _address(tokens: list[Token]) -> int:
    """How many words a form of address opening a name takes: "His Highness" two, "His Royal
    Highness" three."""
    words = [t.lower_ for t in tokens[:3]]
    if len(words) < 2 or words[0] not in ("his", "her"):
        return 0
    if words[1] == "royal":
        return 3 if len(words) > 2 and words[2] in TITLE_WORDS else 0
    return 2 if words[1] in TITLE_WORDS else 0


def _words_of_english_only(ent: Span, name: str, common_words: frozenset[str]) -> bool:
    """ "Photo Caption", "Rear Admiral", "Framework Agreement": two words or more, each a word of
    English and none a given name, which the NER took for a person in a heading or a title; not
    "Gary Powers", "Condoleezza Rice" or "Mark Price", whose first word is a given name, nor
    "Mercy Banks" (a name of virtue) or one the text describes as a person ("Gift Moss, a nurse")."""
    words = name.split()
    return len(words) >= 2 and words[0].lower() not in _VIRTUE_NAMES and not _described(ent.root) and all(
        _an_english_word(word, common_words) and given_name(word) is None for word in words)


# Given names that are words of virtue, common across Africa and the Caribbean, which the list of given names lacks.
_VIRTUE_NAMES = {"mercy", "blessing", "memory", "given", "gift", "wisdom", "comfort", "precious", "patience",
                 "prudence", "charity", "grace", "faith", "hope", "joy", "innocent", "justice", "knowledge",
                 "talent", "beauty", "fortune", "goodness", "lovemore", "promise", "rejoice", "success", "victory",
                 "welcome", "godknows", "marvellous", "happiness", "honour", "loveness", "praise", "silence"}


def _person_name(ent: Span) -> str | None:
    """The name inside a PERSON entity, without titles or a possessive; None if not a name."""
    tokens = [t for t in ent if not t.is_punct or t.text in ("-", ".")]
    tokens = tokens[_address(tokens) :]
    while tokens and (tokens[0].lower_ in TITLE_WORDS or tokens[0].lower_.removesuffix("s") in TITLE_WORDS
                      or tokens[0].text.endswith("s") and gazetteer().demonym(tokens[0].text)
                      or _described_by_people(tokens) or _described_by_trade(tokens) or _two_word_title(tokens)):
        # "Privates", "Americans" before names, "the Peruvian Juan Soto"; not "German" of "German Gref"
        tokens = tokens[2:] if _two_word_title(tokens) else tokens[1:]
    if tokens and _an_imperative(tokens[0]):  # "Tell Lucía not to sell the shop"
        tokens = tokens[1:]
    while tokens and tokens[-1].text in ("'s", "\u2019s", "'", "\u2019"):
        tokens = tokens[:-1]
    if not tokens or len(tokens) > 6:
        return None
    words = [t.text for t in tokens]
    if not all(t.text[0].isupper() or t.text in ("-", ".") or t.lower_ in _NAME_PARTICLES or _after_hyphen(t)
               or t.lower_.startswith("al-") for t in tokens):  # "Ban Ki-moon"
        return None
    if words[0] == "The" or words[0] in _PLACE_OPENERS | _SITE_OPENERS or _a_place_with_an_article(words) or \
            any(w.lower() in ORG_WORDS | {"assembly"} | _CURRENCIES for w in words) or \
            words[-1].lower() in ORG_TAILS or words[-1] in _REGIONS_NAMED or words[-1] in _SITES or \
            words[-1] in _STREETS and ent.label_ != "PERSON" or \
            len(words[0]) > 2 and parse_count(words[0]) is not None:
        return None  # "The General Assembly", "(Major) League Baseball", "Deutschmarks", "Twelve Azerbaijani",
        # "Lake Malawi", "Imam Khomeini Airport"
    last_capital = words[-1][0].isupper() or _after_hyphen(tokens[-1])
    if not (words[0][0].isupper() and last_capital) or any(c.isdigit() for c in "".join(words)):
        return None
    joined = " ".join(words)
    gaz = gazetteer()
    if gaz.country(joined) or gaz.organization(joined) or gaz.demonym(joined):
        return None
    start, end = tokens[0].idx - ent.start_char, tokens[-1].idx + len(tokens[-1]) - ent.start_char
    name, doc = ent.text[start:end], ent.doc
    for nickname in _nicknames(tokens):  # 'Luis "Lucho" Vega': Luis Vega
        name = name.replace(doc[nickname.i - 1].text + nickname.text + doc[nickname.i + 1].text, "")
    return " ".join(name.split())


def _acronym_before_a_name(ent: Span) -> Token | None:
    """The "KNB" of "(deputy chairman of) the KNB Ruslan Omarov", a body's acronym the NER
    took into one name with the person after it, whose given name is a known one; not "JD
    Vance", whose initials are his name, nor a base, a unit or a ship ("RAF Brize Norton")."""
    words = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
    acronym = words[0] if words else None
    if acronym is None or len(words) < 3 or len(words) > 4 or len(acronym.text) < 2 or \
            not (acronym.is_alpha and acronym.is_upper) or acronym.text in _SHIP_PREFIXES:  # not "MV Safa Star"
        return None
    named = all(t.text[0].isupper() and not t.is_upper and t.is_alpha for t in words[1:]) and \
        given_name(words[1].text) in ("male", "female") and not any(is_city(t.text) for t in words[1:])  # not
    # "RAF Brize Norton", "ICRC Regional Delegation", "BC Ruta Kaunas"
    return acronym if named else None


def _an_imperative(word: Token) -> bool:
    """ "Tell" of "Tell Lucía ...": a bare verb opening a sentence (or a quote) whose object is
    the name."""
    before = word.doc[word.i - 1] if word.i > 0 else None
    opens = word.is_sent_start or before is not None and before.is_quote
    return word.tag_ == "VB" and opens and any(c.dep_ == "dobj" and c.i == word.i + 1 for c in word.children)


def _a_place_with_an_article(words: list[str]) -> bool:
    """ "El Rodeo", "La Modelo": a Spanish article before a word that is no given name names a
    place (a prison, a town), not a person ("El Hadj" is a pilgrim's title)."""
    return len(words) == 2 and words[0] in ("El", "La", "Los", "Las") and given_name(words[1]) is None and \
        words[1].lower() not in ("hadj", "haj", "hajj", "hadji", "hajji")


def _people_word(ent: Span) -> bool:
    """ "Rakhine civilians", "the ethnic Karen armed group": one word the NER calls a person
    that describes a people's members, being no given name and no one's household or rule."""
    root = ent.root
    if len(ent) == 1 and ent.start > 0 and ent.doc[ent.start - 1].lower_ == "ethnic":
        return True
    return ent.label_ == "PERSON" and len(ent) == 1 and root.dep_ in ("compound", "amod", "nmod") and \
        root.head.pos_ == "NOUN" and root.head.lemma_.lower() not in _SOMEONES and given_name(ent.text) is None


def _two_word_title(tokens: list[Token]) -> bool:
    """ "Tan Sri" opening a name: a title of two words (not "Tan" of "Tan Wei Ming")."""
    return tuple(t.lower_ for t in tokens[:2]) in _TWO_WORD_TITLES


def _placed_persons(ents: tuple[Span, ...]) -> list[Span]:
    """ "In Goma, Josephine Mapendo has waited": a town and the person after its comma, which
    the NER took for one name; the town is a place, and the person after it a name of its own
    where it opens with a known given name."""
    split: list[Span] = []
    for ent in ents:
        comma = next((t.i for t in ent if t.text == ","), None)
        place = ent.doc[ent.start : comma] if comma is not None else None
        person = ent.doc[comma + 1 : ent.end] if comma is not None else None
        if place and person and len(person) >= 2 and given_name(person[0].text) is not None and \
                (is_city(place.text) or gazetteer().country(place.text)):
            split += [Span(ent.doc, place.start, place.end, label="GPE"),
                      Span(ent.doc, person.start, person.end, label="PERSON")]
        else:
            split.append(ent)
    return split


def _joined_persons(ents: list[Span]) -> list[Span]:
    """ "Ugaas Mahad" "Hassan Nur": two person entities the NER cut out of one name, next to
    each other or on either side of "bin" or "bint"; and a given name and a surname it took
    for anything else ("Andriy" (ORG) "Tkachuk" (PRODUCT))."""
    joined: list[Span] = []
    for ent in ents:
        last = joined[-1] if joined else None
        adjacent = last is not None and last.end == ent.start and last[-1].whitespace_ == " "
        kin = last is not None and last.end + 1 == ent.start and ent.doc[last.end].lower_ in _KIN_PARTICLES and \
            last.label_ == ent.label_ == "PERSON"  # "Noura" "bint" "Saeed Al Mansoori": one name
        if kin or adjacent and (last.label_ == ent.label_ == "PERSON" or _given_and_surname(last, ent)):
            joined[-1] = Span(ent.doc, last.start, ent.end, label="PERSON")
        else:
            joined.append(ent)
    return joined


_SPLIT_NAME_LABELS = ("PERSON", "ORG", "PRODUCT")  # not "Tamil" (NORP) "Nadu"


def _given_and_surname(first: Span, second: Span) -> bool:
    """A known given name and a capitalised word after it that names no thing of its own ("Tamil
    Nadu fishermen" does)."""
    return len(first) == 1 and len(second) == 1 and first[0].pos_ == second[0].pos_ == "PROPN" and \
        given_name(first.text) is not None and second[0].is_title and \
        second[0].dep_ not in ("compound", "amod") and \
        first.label_ in _SPLIT_NAME_LABELS and second.label_ in _SPLIT_NAME_LABELS


def _after_hyphen(token: Token) -> bool:
    """ "moon" of "Ban Ki-moon": a name's part joined by a hyphen, written small."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is not None and before.text == "-" and not before.whitespace_ and token.is_alpha


def _looks_like_person(ent: Span, name: str) -> bool:
    """An ORG or GPE entity that is a person's name: it opens with a known given name and
    has none of an organization's words ("Dmytro Lubinets", not "Maria Foundation"); a lone
    given name only in apposition ("his wife, Anna")."""
    words = name.replace("-", " ").split()
    if given_name(words[0]) not in ("male", "female") or any(w.lower() in ORG_WORDS for w in words):
        return False
    if words[0].isupper() and len(words[0]) > 1:
        return False  # "the Oromo Liberation Army (OLA)": an acronym, not "Ola"
    if len(name.split()) == 1:
        return ent.root.dep_ == "appos" and not is_city(name)
    return len(name.split()) <= 4


def _portfolio(ent: Span) -> bool:
    """ "Minister for Reintegration and Civic Equality": what a title is for, not a name; but not
    a person set off by a comma, whom the parser joined to the place ("the headman of Tarsiko,
    Boureima Sawadogo")."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if ent.label_ == "PERSON" and ent.root.dep_ == "conj" and ent.start > 0 and ent.doc[ent.start - 1].text == "," \
            and len(ent) >= 2 and (after is None or after.lower_ not in ("and", "or")):
        return False  # not "the chief of Tarsiko, Kaya and Dori": towns
    node = first_conjunct(ent.root)
    return node.dep_ == "pobj" and node.head.lower_ in ("for", "of") and \
        node.head.head.lower_ in PERSON_NOUNS | TITLE_WORDS and given_name(ent[0].text) is None


def _common_words(nlp: Language) -> frozenset[str]:
    """English nouns, verbs and adjectives the model's lemmatizer knows: "Analyst" before a
    name is a word, "Awadiya" is not."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index", {})
    return frozenset(word for pos in ("noun", "verb", "adj") for word in index.get(pos, []))


def _with_given_name(ent: Span, common_words: frozenset[str]) -> Span:
    """A person's name with the given name the NER left out: "Mei" of "Mei Tan", and a name
    the parser joins to it that is no English word ("Awadiya" of "Awadiya Hassan"); also where
    the NER took the rest for a body's name ("Ana" of "Ana Lucía Prado")."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    misread = before is not None and ent.label_ == "ORG" and len(ent) == 2 and given_name(ent[0].text) is not None \
        and not any(t.lower_ in ORG_WORDS for t in ent) and given_name(before.text) is not None \
        and before.lower_ not in MONTHS  # not "In May Morgan Stanley cut its forecast"
    if not (ent.label_ == "PERSON" or misread) or before is None or not before.is_title or before.pos_ != "PROPN" \
            or before.lower_ in TITLE_WORDS | PERSON_NOUNS | PERSON_DESCRIPTIONS | KIN or before.ent_type_:
        return ent
    joined = before.dep_ == "compound" and ent.start <= before.head.i < ent.end and not is_city(before.text) \
        and before.lower_ not in common_words
    if given_name(before.text) is None and not joined:
        return ent
    return Span(ent.doc, ent.start - 1, ent.end, label="PERSON")


def _across_bin(ent: Span) -> Span:
    """ "Noura" "bint" "Saeed Al Marri", "Aminah" "binti" "Yusof": a person's name the NER cut at
    "bin" or "bint", the given name before it or the father's name after it left out."""
    doc = ent.doc
    if ent.label_ != "PERSON":
        return ent
    if ent.start >= 2 and doc[ent.start - 1].lower_ in _KIN_PARTICLES and _a_name_word(doc[ent.start - 2]):
        ent = Span(doc, ent.start - 2, ent.end, label=ent.label_)
    end = ent.end + 1
    if ent.end < len(doc) and doc[ent.end].lower_ in _KIN_PARTICLES:
        while end < len(doc) and end < ent.end + 4 and _a_name_word(doc[end]):
            end += 1  # a name the NER found after "bin" is joined by `_joined_persons`
    return Span(doc, ent.start, end, label=ent.label_) if end > ent.end + 1 else ent


def _a_name_word(token: Token) -> bool:
    """A capitalised proper noun no entity took, and no title."""
    return token.is_title and token.pos_ == "PROPN" and not token.ent_type_ and token.lower_ not in TITLE_WORDS


def _with_surname(ent: Span, common_words: frozenset[str]) -> Span:
    """ "Mariana Lucía" "Herrera Quintana": a person's surname (of one or two words) the NER
    left out, which the parser makes the head of the name, and which is neither an English
    word nor anything the NER named."""
    doc, head = ent.doc, ent[-1].head
    if ent.label_ != "PERSON" or ent[-1].dep_ != "compound" or not ent.end <= head.i < ent.end + 2:
        return ent
    surname = doc[ent.end : head.i + 1]  # "Herrera Quintana" of "Mariana Lucía Herrera Quintana"
    if head.dep_ == "compound" or ent[-1].whitespace_ != " ":
        return ent  # not "Huseyn Akhundov Lachin (region resident)"
    if any(t.pos_ != "PROPN" or not t.is_title or t.ent_type_ or t.lower_ in common_words or t.whitespace_ != " "
           and t.i < head.i or gazetteer().country(t.text) for t in surname):
        return ent
    return Span(doc, ent.start, head.i + 1, label=ent.label_)


def _with_hyphen_tail(ent: Span) -> Span:
    """ "Han Sang-chul", "Park Seung-woo": the small second half of a hyphened given name,
    which the NER leaves out of the person."""
    doc = ent.doc
    if ent.label_ != "PERSON" or ent.end + 1 >= len(doc) or doc[ent.end].text != "-" or ent[-1].whitespace_ or \
            doc[ent.end].whitespace_ or not doc[ent.end + 1].is_lower or not doc[ent.end + 1].is_alpha:
        return ent
    return Span(doc, ent.start, ent.end + 2, label=ent.label_)


def _with_surname_after(ent: Span) -> Span:
    """ "Pierre-André Vuillemin", "Jean-Marc Ayrault": a hyphened given name the NER took for
    the whole person, and the capitalised surname right after it that it left out."""
    doc = ent.doc
    if ent.label_ != "PERSON" or len(ent) != 3 or ent[1].text != "-" or ent.end >= len(doc):
        return ent
    after = doc[ent.end]
    if ent[-1].whitespace_ != " " or after.pos_ != "PROPN" or not after.is_title or after.ent_type_ or \
            given_name(ent[0].text) is None:
        return ent
    return Span(doc, ent.start, ent.end + 1, label=ent.label_)


def _a_site_speaking(ent: Span) -> bool:
    """ "Wembley Stadium said", "Fort Bliss said in a statement", "Nasser Hospital reported": a
    site's owners speaking, not "the Glienicke Bridge became the best-known crossing"."""
    site = ent[-1].text in _SITES or ent[0].text in _SITE_OPENERS and len(ent) >= 2
    return site and _speaking(ent)


def _a_body_speaking(ent: Span) -> bool:
    """ "Unitary Platform said", "Hostage Aid Worldwide said": a name of English words that
    speaks, a body's; not "the Rear Admiral said", a rank."""
    return _speaking(ent) and not any(t.lower_ in TITLE_WORDS | PERSON_NOUNS for t in ent)


def _speaking(ent: Span) -> bool:
    """Whether the name is the subject of a verb of saying or reporting."""
    return ent.root.dep_ == "nsubj" and ent.root.head.lemma_ in _SITE_SPEAKING


_SITE_SPEAKING = _SPEAKING | {"report"}


def _with_second_surname(ent: Span) -> Span:
    """ "Miguel Obando y Bravo", "Santiago Ramón y Cajal": a Spanish name's two surnames joined
    by "y", of which the NER took only the first."""
    doc = ent.doc
    if ent.label_ != "PERSON" or len(ent) < 2 or ent.end + 1 >= len(doc) or doc[ent.end].text != "y":
        return ent
    after = doc[ent.end + 1]  # not "Daniel Ortega y Rosario Murillo", two persons
    surname = after.is_title and after.pos_ == "PROPN" and given_name(after.text) is None
    return Span(doc, ent.start, ent.end + 2, label=ent.label_) if surname else ent


def _described_as_person(ent: Span, name: str) -> bool:
    """A name of two to four words the NER mislabels, which the text describes as a person:
    "Rovshan Guliyev, an adviser to the president", "Rosa Mar Ortiz, whose son was freed",
    "Brazilian winger Thiago Rezende", or a name joined to one so described ("two soldiers,
    Huseyn Akhundov and Aghshin Babirov"), none of them with an organization's word."""
    if not 2 <= len(name.split()) <= 4 or any(w.lower() in ORG_WORDS for w in name.split()):
        return False
    root = ent.root
    role = ent.doc[ent.start - 1] if ent.start > 0 else None  # "winger" of "winger Thiago Rezende"
    titled = role is not None and role.is_lower and role.lemma_ in _PERSON_WORDS and ent.start <= role.head.i < ent.end
    return _described(root) or titled or root.dep_ == "conj" and _described(root.head)  # "two soldiers, A and B"


def _before_a_day(words: list[str]) -> list[str]:
    """A name's words up to "on Wednesday" or "in March" that follow it."""
    for i, word in enumerate(words[1:], 1):
        if word in ("on", "in") and i + 1 < len(words) and (
                words[i + 1].lower() in WEEKDAYS or words[i + 1].lower() in MONTHS and len(words[i + 1]) > 3):
            return words[:i]
    return words


def _name_continuation(doc: Doc, end: int) -> str:
    """The rest of an organization's name the NER cut short: "for the Treatment of Prisoners
    of War" after "Coordination Headquarters". Capitalised words joined by for/of/the/and,
    ending on a capitalised word, and neither a country nor a date."""
    taken, i = [], end
    while i + 1 < len(doc) and doc[i].lower_ in ("for", "of", "on", "in"):
        j = i + 1
        while j < len(doc) and doc[j].lower_ in ("the", "and", "of"):
            j += 1
        k = j
        while k < len(doc) and doc[k].is_title and "\n" not in doc[k - 1].whitespace_:
            k += 1
        places = {t.text for t in doc[j:k] if t.ent_type_ in ("GPE", "LOC")}
        if k == j or gazetteer().country(doc[j:k].text) or any(t.ent_type_ in ("DATE", "TIME") for t in doc[j:k]) \
                or doc[i].lower_ == "in" and not _a_field_after_in(doc[i - 1].text, [t.text for t in doc[j:k]], places):
            break  # "... of Ukraine" names the owner, "... on Wednesday" the day, "... in Gaza" a place
        taken.append(doc[i:k])
        i = k
    return "".join(" " + span.text for span in taken) if taken else ""


def _looks_like_organization(text: str) -> bool:
    """An ORG entity worth keeping: capitalised, not a bare generic word or a demonym."""
    words = text.split()
    if not words or not text[0].isupper() or text.lower() in _GENERIC_ORGS:
        return False
    head = words[1] if words[0].lower() == "the" and len(words) > 1 else words[0]
    if (len(words) == 1 and text.endswith(".")) or head.lower() in _OFFICE_HOLDERS:
        return False  # "Lt.", "the Minister of Foreign Affairs": a title, not a body
    if all(gazetteer().demonym(w) or w.lower() in _REGIONS for w in words):
        return False
    if "-" in text and all(_named_or_people(part) for part in re.split(r"[\s-]+", text)):
        return False  # "Saudi-Houthi (talks)": a pair of named sides, not a body
    if words[-1].lower() in _LAWS and not {"of", "for"} & set(words):
        return False  # "the Unlawful Associations Act", "the Penal Code": a law, not a body
    return not text.isupper() or len(text) <= 6


_CAMP_NOUNS = {"side", "camp", "force", "fighter", "troop", "authority", "delegation", "negotiator"}


def _a_peoples_word(ent: Span) -> bool:
    """ "The Tigrayan side", "Tigrayan forces": one word the NER took for a body, which the text
    uses as a people's adjective, before a camp's noun or as the plural it writes for the people
    ("1,100 Tigrayans"), where it names the body itself ("the Tigray People's Liberation Front");
    else the word is all the text calls that side by."""
    stem = re.sub(r"(?:an|ese|i)$", "", ent.text)
    if len(ent) != 1 or stem == ent.text or not re.search(rf"\b{re.escape(stem)} [A-Z]", doc_text(ent.doc)):
        return False  # only beside a body the text names by the stem: "Tigray People's Liberation Front"
    word = ent[0]
    before_a_camp = word.dep_ in ("amod", "compound") and word.head.lemma_.lower().rstrip("s") in _CAMP_NOUNS
    return before_a_camp or any(e.label_ == "NORP" and e.text == ent.text + "s" for e in ent.doc.ents)


def _named_or_people(word: str) -> bool:
    gaz = gazetteer()
    return bool(gaz.demonym(word) or gaz.country(word) or gaz.organization_by_word(word))


def _named_in_full(word: str, actors: dict[str, Actor]) -> str | None:
    """ "the Front" after "the Northern Liberation Front", "the Tigers" after the "Liberation
    Tigers of Tamil Eelam": the one organization named before whose name is built on that word."""
    if word.isupper():
        return None  # an acronym names a body of its own
    fuller = [a.key for a in actors.values() if a.kind == "Organization" and " " in a.name
              and head_word(a.name) == word]
    return fuller[0] if len(fuller) == 1 else None


def _title_gender(before: str) -> str | None:
    """ "Mr " or "Mrs " right before a name: the gender the title gives."""
    title = _GENDER_TITLE.search(before)
    return TITLE_GENDER.get(title[1].lower()) if title and title[1][0].isupper() else None


def _link_person(name: str, actors: dict[str, Actor], gender: str | None = None, text: str = "") -> str:
    """The person `name` refers to: an earlier one it shortens or extends, else a new one.
    "Mr Okonjo" in a story of the Okonjo family is not the daughter; "Lucía Paredes" is
    the "his daughter, Lucía" told before (in `text`). A name in capitals ("JOSEPH", a radio
    script's cue), or a surname in capitals ("KANDA Hiroshi", as Japan's government writes
    names), is read in the case names take."""
    if name.isupper() and all(len(word) > 3 for word in name.split()):  # not "MBS", initials
        name = " ".join(in_name_case(word) for word in name.split())
    elif any(word.islower() or word.istitle() for word in name.split()):
        name = " ".join(in_name_case(w) if w.isupper() and len(w) > 3 else w for w in name.split())
    parts = name.split()
    persons = [a for a in actors.values() if a.kind == "Person"]
    if len(parts) == 1:
        bearers = _bearers(parts[0], persons, gender)
        if len(bearers) > 1:  # "Carol Kessler ... Dale Kessler ... Carol said ... Kessler lost 41 pounds": the
            # family member the story calls by her given name is not the one its bare surname means
            bearers = [b for b in bearers if not _called_by_given_name(b, parts[0], text)] or bearers
        if bearers:
            return bearers[0].key
    for person in persons:
        known = person.name.split()
        given_before = len(known) == 1 and parts[0] == known[0] and _kin_by_given_name(person, text)
        if len(parts) > 1 and (given_before or parts[-1] == known[-1] and (
                len(known) == 1 or parts[0] == known[0] or set(parts) >= set(known)
                or known[-len(parts):] == parts)):  # "Hassan Nur"
            if len(parts) > len(known):  # a fuller form: it becomes the canonical name
                person.name = name
            return person.key
    key = f"Person:{name}"
    actors.setdefault(key, Actor(key, "Person", name))
    return key


def _called_by_given_name(person: Actor, surname: str, text: str) -> bool:
    """Whether the story's own words (not a quote) call a person by the given name alone:
    "Carol said", not "Carol Kessler said" nor "'Dale's family never gave up,' she said"."""
    given, *rest = person.name.split()
    if given == surname or not rest:
        return False
    named_on = rf"(?!\s+(?:{re.escape(' '.join(rest))}|{re.escape(surname)})\b)"  # not "Tor Eilert Vik" in full
    for line in text.split("\n"):
        for match in re.finditer(rf"\b{re.escape(given)}\b{named_on}", line):
            before = line[: match.start()]
            if before.count('"') % 2 == 0 and before.count("\u201c") <= before.count("\u201d"):
                return True
    return False


def _kin_by_given_name(person: Actor, text: str) -> bool:
    """Whether a person known by one word was first told as someone's kin by a given name
    ("His daughter, Lucía, ..."): the family's name, told later, is theirs too."""
    if not person.mentions or given_name(person.name) is None:
        return False
    return _KIN_BEFORE.search(text, 0, person.mentions[0].start) is not None


def _unarticled(surname: str) -> str | None:
    """ "Hassan" of "al-Hassan": a surname without its Arabic article, which news drops in
    "Mr Hassan"."""
    article = _ARABIC_ARTICLE.match(surname)
    rest = surname[article.end():] if article else ""
    return rest if rest[:1].isupper() else None


def _article_lowered(word: str) -> str:
    """ "al-Zubairi" of "Al-Zubairi", as a sentence's first word writes it."""
    article = _ARABIC_ARTICLE.match(word)
    return word[: article.end()].lower() + word[article.end() :] if article else word


def _bearers(word: str, persons: list[Actor], gender: str | None = None) -> list[Actor]:
    """The persons whose surname (or given name, or first of two surnames) is `word`, first named first, less those
    whose given name the gender told rules out ("Mr Novak" is not Ewa Novak)."""
    forms = {word, _article_lowered(word)}  # "Al-Zubairi", opening a sentence, is "al-Zubairi"
    bearers = [a for a in persons if forms & {a.name.split()[-1], a.name.split()[0], _unarticled(a.name.split()[-1])}] \
        or [a for a in persons if word == first_surname(a.name.split())]  # "Villa" of "Tomas Villa Rendón", where
    # no one else is named so
    if gender:
        bearers = [a for a in bearers if given_name(a.name.split()[0]) != _OPPOSITE[gender]] or bearers
    return bearers


def _told_gender(span: Span, text: str) -> str | None:
    """The gender a bare surname's context (in the document's `text`) gives, where a family
    shares it: a title before it ("Mr Novak"), else a pronoun of its own clause after it
    ("Huamán said, holding a photo of her son"; "Huamán told us, sitting at his mother's
    table"), not of what it reports ("Novak said she looked thin")."""
    title = _title_gender(text[max(span.start_char - 9, 0) : span.start_char])
    if title:
        return title
    verb = span.root.head
    if span.root.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return None

    def own_clause(word: Token) -> bool:
        clause = next(a for a in word.ancestors if a.pos_ in ("VERB", "AUX"))
        return clause == verb or clause.head == verb and clause.dep_ in ("advcl", "xcomp")

    pronoun = next((t for t in verb.subtree if t.i >= span.end and t.lower_ in PRONOUN_GENDER
                    and t.dep_ in ("poss", "nsubj", "nsubjpass") and own_clause(t)), None)
    return PRONOUN_GENDER[pronoun.lower_] if pronoun is not None else None


def _unowned_ministry(name: str) -> bool:
    """ "Ministry of Defence", not "Ministry of Defence of Peru" (canonical names)."""
    return name.startswith("Ministry of") and " of " not in name[len("Ministry of") :]


def _owned_bodies(actors: dict[str, Actor], mentions: list[ActorMention]) -> list[ActorMention]:
    """ "The Ministry of Defence said ... Peru's Defence Ministry added", "Georgia's State
    Security Service said ... the State Security Service added": a body named without its
    state is the one state's body of that name the story names."""
    for key, actor in list(actors.items()):
        if actor.kind != "Organization" or actor.part_of:
            continue
        owned = [k for k, a in actors.items() if a.part_of and a.name.startswith(actor.name + " of ")]
        if len(owned) == 1:
            actors[owned[0]].mentions += actor.mentions
            actors[owned[0]].aliases |= actor.aliases
            del actors[key]
            mentions = [replace(m, key=owned[0]) if m.key == key else m for m in mentions]
    return mentions


def _previous_ministry(name: str, actors: dict[str, Actor]) -> str | None:
    """An unowned "the foreign ministry" is the foreign ministry named before, if any."""
    for actor in reversed(list(actors.values())):
        if actor.kind == "Organization" and actor.name.startswith(name + " of "):
            return actor.key
    return None


def _add_mention(actor: Actor, span: Span, surface: str) -> None:
    actor.mentions.append(Mention(span.start_char, span.end_char, surface))
    actor.aliases.add(re.sub(r"^(?:the|The)\s+", "", surface))


def _bracketed_short_form(cand: _Candidate, chosen: list[_Candidate], text: str) -> bool:
    """ "the Sudanese Armed Forces (SAF)": "SAF" is the name before it, not an actor of its
    own (`_short_form_mentions` links it and its later uses)."""
    if text[cand.start - 1 : cand.start] != "(" or text[cand.end : cand.end + 1] != ")":
        return False
    return any(other.end in (cand.start - 2, cand.start - 1) and other.kind == cand.kind != "Person"
               for other in chosen)


def _short_form_mentions(doc: Doc, actors: dict[str, Actor],
                         mentions: list[ActorMention]) -> list[ActorMention]:
    """Short forms the NER missed once the full name is known: surnames ("..., Zelenskyy
    said"), a given name only one person bears ("Rezan said"), abbreviations given in brackets
    ("the National Liberation Army (ELN)") or made of a body's initials."""
    short_forms, openings = {}, {}
    persons = [a for a in actors.values() if a.kind == "Person" and len(a.name.split()) > 1]
    for actor in persons:
        surname = actor.name.split()[-1]
        short_forms.setdefault(surname, actor.key)
        if unarticled := _unarticled(surname):  # "Mr Hassan" of "Majid al-Hassan", and "Al-Hassan" opening a
            short_forms.setdefault(unarticled, actor.key)  # sentence (not "Al-Houthi's forces")
            openings.setdefault(surname[:1].upper() + surname[1:], actor.key)
    for actor in persons:  # "Juan Carrasco Medina ... Carrasco said"
        surname = first_surname(actor.name.split())
        if surname:
            short_forms.setdefault(surname, actor.key)
    surnames = {a.name.split()[-1] for a in persons}
    given = [a.name.split()[0] for a in persons]
    for actor in persons:  # "Rezan said": the one person of that given name (features call people so)
        first = actor.name.split()[0]
        if given.count(first) == 1 and first[0].isupper() and first.lower() not in TITLE_WORDS:
            short_forms.setdefault(first, actor.key)
    for mention in mentions:
        end = mention.span.end
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and \
                doc[end + 1].text.isupper() and 2 <= len(doc[end + 1].text) <= 8:
            short_forms.setdefault(doc[end + 1].text, mention.key)
    for actor in actors.values():  # "the Libyan National Army, the LNA", "the GNU" after its name
        if actor.kind == "Organization" and len(actor.name.split()) > 1:
            for initials in _initials(actor.name):
                short_forms.setdefault(initials, actor.key)
    for actor in actors.values():  # "the FACT" again, where the NER missed it (after the initials of a body
        if actor.kind == "Organization" and actor.name.isupper() and 2 <= len(actor.name) <= 8:  # named in full)
            short_forms.setdefault(actor.name, actor.key)
    # "The AA said": the NER took the abbreviation for a body of its own.
    taken = {a.key: short_forms[a.name] for a in actors.values()
             if a.name in short_forms and short_forms[a.name] != a.key and a.kind != "Person"}
    taken |= {a.key: openings[a.name] for a in actors.values() if a.kind != "Person" and a.name in openings
              and all(_opens_a_sentence(m.span[0]) for m in mentions if m.key == a.key)}  # "Al-Zubairi said", read
    # as a body
    taken = _followed_through(taken | _shortened_bodies(actors))
    short_forms = {form: taken.get(key, key) for form, key in short_forms.items()}  # "FO" of a body taken
    for mention in mentions:
        if mention.key in taken:
            mention.key = taken[mention.key]
            _add_mention(actors[mention.key], mention.span, mention.span.text)
    for key in taken:
        del actors[key]
    covered = {i for m in mentions for i in range(m.span.start, m.span.end)}
    found = []
    text = doc_text(doc)
    for token in doc:
        opening = token.text in openings and _opens_a_sentence(token)
        if token.i not in covered and (token.text in short_forms or opening) and token.pos_ != "ADJ":
            span = doc[token.i : token.i + 1]
            if token.text in surnames:  # a family's surname: the one of them the context tells
                family = [a for a in persons if a.name.split()[-1] == token.text]
                key = _bearers(token.text, family, _told_gender(span, text))[0].key
            else:
                key = short_forms.get(token.text) or openings[token.text]
            _add_mention(actors[key], span, token.text)
            found.append(ActorMention(span, key))
    return found


def _opens_a_sentence(token: Token) -> bool:
    """ "Al-Hassan said ...": a name opening a sentence as its subject; not "Al-Houthi's forces"
    nor "Al-Sudani government officials"."""
    return token.is_sent_start and token.i + 1 < len(token.doc) and \
        token.doc[token.i + 1].tag_ not in ("POS", "NN", "NNS")


def _full_names_again(doc: Doc, actors: dict[str, Actor], mentions: list[ActorMention]) -> list[ActorMention]:
    """A body's or person's full name written again where the NER did not see it ("handed
    over to Jonglei State" after "the Jonglei State authorities"), or a body's acronym ("brokered
    by the peacekeepers, UNFICYP" before "UNFICYP spokesman X"): a mention all the same."""
    covered = {i for m in mentions for i in range(m.span.start, m.span.end)}
    text = doc_text(doc)
    found = []
    for actor in actors.values():
        acronym = actor.kind == "Organization" and actor.name.isupper() and len(actor.name) >= 3
        if actor.kind == "Country" or len(actor.name.split()) < 2 and not acronym:
            continue
        for match in re.finditer(rf"(?<!\w){re.escape(actor.name)}(?!\w)", text):
            span = doc.char_span(match.start(), match.end())
            if span is not None and not any(i in covered for i in range(span.start, span.end)):
                covered.update(range(span.start, span.end))
                _add_mention(actor, span, span.text)
                found.append(ActorMention(span, actor.key))
    return found


def first_surname(words: list[str]) -> str | None:
    """ "Carrasco" of "Juan Carrasco Medina": the first of two surnames ending a name of three
    words or more, where the word before the last is no given name ("Ana María Ruiz") or
    particle ("Mohammed bin Salman"); "Obando" of "Miguel Obando y Bravo"."""
    word = words[-3] if len(words) >= 4 and words[-2] == "y" else words[-2] if len(words) >= 3 else ""
    return word if word[:1].isupper() and word.lower() not in _NAME_PARTICLES and given_name(word) is None else None


def _shortened_bodies(actors: dict[str, Actor]) -> dict[str, str]:
    """Bodies named again by the start or the end of their full name, the one body named so:
    "the State Border Guard Service" of "State Border Guard Service of Lithuania", "the
    Prison Service" of "Israel Prison Service", or by the one word of it that is no common
    word for a body: "the Tigers" of "Liberation Tigers of Tamil Eelam"; not a body known by
    that short name."""
    bodies = [a for a in actors.values() if a.kind == "Organization"]
    shortened = {}
    for short in bodies:
        one_word = " " not in short.name and short.name.isalpha() and not short.name.isupper() and \
            short.name.lower() not in ORG_WORDS | _GENERIC_ORGS
        if (len(short.name.split()) < 2 and not one_word) or gazetteer().organization(short.name):
            continue  # "the United Nations" beside its "Support Mission in Libya": a body of its own
        full = [a for a in bodies if (short.name in a.name.split()[1:-1] if one_word else  # not "the Knesset"
                                      a.name.startswith(short.name + " ") or a.name.endswith(" " + short.name))]
        # of "Knesset Foreign Affairs Committee", a body and its own part
        if len(full) == 1:
            shortened[short.key] = full[0].key
    return shortened


def _followed_through(taken: dict[str, str]) -> dict[str, str]:
    """Each taken actor's key to the key it ends at: "the Office" taken by "the Foreign
    Office", itself taken by a longer name, goes to the longer name, not to a key removed."""
    ends = {}
    for key in taken:
        seen, end = {key}, taken[key]
        while end in taken and end not in seen:
            seen.add(end)
            end = taken[end]
        ends[key] = end
    return {key: end for key, end in ends.items() if end != key}


def _initials(name: str) -> set[str]:
    """ "LNA" of "Libyan National Army"; "UNSMIL" and "UNSML" of "United Nations Support
    Mission in Libya"; "GNU" of "Government of National Unity"."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w[0].isalpha()]
    capitalised = "".join(w[0] for w in words if w[0].isupper())
    every = "".join(w[0].upper() for w in words)
    return {i for i in (capitalised, every) if len(i) >= 2}


def _assign_role(actor: Actor, span: Span, gaz: Gazetteer) -> None:
    """A person's title from the words around their first named mention."""
    if actor.kind != "Person" or actor.role is not None or len(span) < 2:
        return  # a role is given where the full name is, not at "Reyes and two others"
    root = span.root
    titled = [t for t in root.lefts if t.dep_ == "compound" and t.lower_ in TITLE_WORDS - _HONORIFICS]
    if root.dep_ == "appos" and root.head.pos_ in ("NOUN", "PROPN") and root.head.i < span.start and \
            not root.head.text.startswith("@"):  # not the account in "@tomvega (Tom Vega, navy spokesman)"
        head = _title_in_apposition(root) or root.head  # "the ministry's spokesman, Ivan Petrov"
        words = titled or [t for t in head.subtree if t.i < root.left_edge.i and not t.is_punct
                           and t.dep_ != "det" and t.tag_ not in ("WP$", "PRP$")]
        actor.role = _clean_role(_joined(words))
        return
    title = _title_read_as_owner(root)
    if title is not None:  # "President of Peru Luis Vega", parsed as the president of Vega
        actor.role = _clean_role(_joined([t for t in title.subtree if t.i < span.start and not t.is_punct
                                          and t.dep_ != "det"]))
        return
    appositions = [c for c in root.children if c.dep_ == "appos" and c.i >= span.end and not c.like_num]
    if appositions:  # not "Ana Ruiz, 24,"
        joined = [appositions[0]]  # "Vice", "-", "President": one role the parser split at its hyphen
        for child in appositions[1:]:
            if child.i == joined[-1].right_edge.i + 1 and "-" in (child.text, joined[-1].text):
                joined.append(child)
        # "the lawyer who arranged the trades", "a pilot serving a sentence": a lawyer, a pilot; not "a man
        told = {t.i for c in joined for r in c.subtree if r.dep_ == "relcl" or  # known as the broker": a man
                r.dep_ == "acl" and r.tag_ == "VBG" and r.head in joined and r.head.lemma_ not in _BARE_PERSONS
                for t in r.subtree}
        words = [t for c in joined for t in c.subtree
                 if (not t.is_punct or t.text == "-") and t.dep_ != "det" and t.i not in told]
        actor.role = _clean_role(_joined(words))
        return
    left = [t for t in root.lefts if t.dep_ in ("compound", "amod", "poss", "nmod") and t.i < span.start]
    if left:
        role = _clean_role(_joined([t for w in left for t in w.subtree if t.i < span.start]))
        if role and any(w.lower() in TITLE_WORDS | PERSON_NOUNS or gaz.demonym(w) for w in role.split()):
            actor.role = role + _of_a_state(root, span, gaz)


_BARE_PERSONS = {"man", "woman", "person", "one", "boy", "girl"}  # no role without what is said of them


def _of_a_state(name: Token, span: Span, gaz: Gazetteer) -> str:
    """ "of Jordan" in "King Abdullah II of Jordan", "Minister Luis Vega of Peru": the state the
    title before the name is of, told after it."""
    states = [[t for t in o.subtree if t.i <= o.i] for p in name.children
              if p.dep_ == "prep" and p.lower_ == "of" and p.i == span.end for o in p.children if o.dep_ == "pobj"]
    if not states or not gaz.country(_joined([t for t in states[0] if t.dep_ != "det"])):
        return ""
    return f" of {_joined(states[0])}"


def _title_read_as_owner(name: Token) -> Token | None:
    """The title a name closes where the parser hung the name on it, through the title's own
    "of" or "for" ("Commissioner for Human Rights in the Russian Federation Ana Ruiz"); not
    a title with an article of its own ("a spokesman for Ana Ruiz") or "an adviser to X"."""
    node = name
    while node.dep_ == "pobj" and node.head.dep_ == "prep":
        preposition, node = node.head, node.head.head
        if node.lower_ in TITLE_WORDS | PERSON_NOUNS:
            article = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in node.children)
            return node if preposition.lower_ in ("of", "for") and not article else None
    return None


def _joined(tokens: list[Token]) -> str:
    """The words as written: "Secretary-General" stays one word, a word left out leaves a space."""
    text = ""
    for i, token in enumerate(tokens):
        adjacent = i + 1 < len(tokens) and tokens[i + 1].i == token.i + 1
        text += token.text + (token.whitespace_ if adjacent else " ")
    return text.strip()


def _clean_role(text: str) -> str | None:
    """The role as written, from the last field of a line of fields ("Air date: Sunday | Host"
    gives "Host": what the parser hung on the name from the fields before is no part of it)."""
    text = re.sub(r"\s+(['\u2019]s)", r"\1", text.rpartition("|")[2]).strip(" ,")
    return text or None
