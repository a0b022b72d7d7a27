"""Which actor a word refers to: a name, a pronoun ("he", "its") or a description ("the
ministry", "the Ukrainian leader"), resolved to the nearest fitting actor named before it.

No coreference model installs offline (see STACK.md), and news prose is regular enough
that recency plus agreement in kind and gender (from the given name) gets most references
right.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from kg.extract.events.vocabulary import DEAL_NOUNS, OPERATION_NOUNS, TRIGGER_NOUNS
from kg.extract.facts import Actor
from kg.extract.gazetteer import gazetteer
from kg.extract.names import (
    KIN,
    KIN_GENDER,
    PERSON_DESCRIPTIONS,
    PERSON_NOUNS,
    PRONOUN_GENDER,
    SEATED,
    TITLE_GENDER,
    a_us_president,
    given_name,
    head_word,
)

if TYPE_CHECKING:
    from kg.extract.actors import ActorMention

_EVENT_NOUNS = TRIGGER_NOUNS | DEAL_NOUNS | OPERATION_NOUNS  # what "it" compared may be: "the swap", "the deal"
_MESSAGES = {"statement", "remark", "letter", "message", "speech", "post", "tweet", "comment", "address"}
_THING_PRONOUNS = {"it", "its", "their"}  # "their soldiers": a side's, once one was the subject
_ORG_NOUNS = {"group", "movement", "organisation", "organization", "agency", "committee",
              "office", "service", "administration", "headquarters"}
# "the directorate": only a body whose name says so
_NAMED_BY = {"directorate", "council", "commission", "bureau", "mission", "network", "forum", "court", "police",
             "conference"}
_FIGHTERS = {"militant", "rebel", "militants", "rebels", "insurgent", "insurgents", "jihadist",
             "jihadists", "guerrilla", "guerrillas", "militia", "paramilitary", "paramilitaries"}  # an armed group
# named before ("the paramilitary force", "the paramilitary's fighters")
_STATES_OWN_FORCES = {"police", "gendarmerie", "guard", "border"}
_RULERS = {"junta", "government", "regime", "military", "army", "authority", "administration"}
_PAIRS = {"force", "army", "country", "nation", "camp", "government", "state", "belligerent", "adversary", "enemy",
          "rival", "foe"}  # "the two forces"; not "the two sides", as often the sides of a swap told long before
_PAIR_REACH = 4  # sentences back that "the two forces" may call back
_STATE_PAIRS = {"country", "nation", "government", "state"}
_OTHER_CLAUSES = {"ccomp", "parataxis", "advcl", "conj", "relcl", "xcomp", "dep"}
# What a state is called back by; the forms of government prefer the country whose formal
# name says so ("the Sultanate" after "the Sultanate of Oman", though Saudi Arabia came since).
_BELOW_THE_STATE = {"state", "provincial", "regional", "local", "county", "municipal", "city", "district"}
_FORMS_OF_STATE = {"kingdom", "emirate", "republic", "sultanate", "principality", "federation"}
COUNTRY_NOUNS = {"country", "state", "nation"} | _FORMS_OF_STATE
# "X said it had ...": a subject "it" or "its" of what these verbs report is X
_REPORTING = {"say", "add", "state", "announce", "confirm", "declare", "note", "report", "write", "stress"}


class References:
    """Resolves tokens of one document to actor keys, using the mentions kg_actors found."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        if doc._.actors is None:
            doc._.actors = {}
        self.actors: dict[str, Actor] = doc._.actors  # the same dict: actors registered here are the doc's
        self.mentions = sorted(doc._.mentions or [], key=lambda m: m.span.start)
        self.starts = [m.span.start for m in self.mentions]
        self.by_token = {i: m for m in self.mentions for i in range(m.span.start, m.span.end)}
        self.quoted: list[tuple[int, int]] = []  # character ranges inside quotation marks

    def country(self, code: str) -> str:
        """The key of the country with ISO code `code`, made an actor of the document if it
        was not named ("Qatari mediation", "the Biden administration")."""
        key = f"Country:{code}"
        if key not in self.actors:
            country = gazetteer().countries[code]
            self.actors[key] = Actor(key, "Country", country.name, code)
        return key

    def government(self, code: str) -> str:
        """The key of the government of the country with ISO code `code`, made an actor of the
        document if the story names none ("the internationally recognised government")."""
        state = self.country(code)
        key = self.government_of(state)
        if key is None:
            name = gazetteer().countries[code].government_name
            key = f"Organization:{name}"
            self.actors[key] = Actor(key, "Organization", name, part_of=state)
        return key

    def government_of(self, state: str) -> str | None:
        """The "Government of X" actor of the state `state` (a key), where the story names one."""
        return next((a.key for a in self.actors.values() if a.part_of == state and a.name.startswith("Government of")),
                    None)

    def people(self, word: Token) -> str | None:
        """The country a capitalised people's name stands for: "the Emiratis said", "the
        Qataris mediated"."""
        return self.demonym_state(word) if word.pos_ in ("PROPN", "NOUN") else None

    def demonym_state(self, word: Token) -> str | None:
        """The country a capitalised people's name or adjective stands for: "the Peruvian
        embassy", "Qatari mediation"."""
        country = gazetteer().demonym_at(word) if word.text[:1].isupper() else None
        return self.country(country.code) if country else None

    def skip_quoted(self, ranges: list[tuple[int, int]]) -> None:
        """Names inside these quotes are not antecedents of words outside them: in
        '"Trump wants them free," he said', "he" is the speaker, not Trump."""
        self.quoted = ranges

    def quoted_persons(self, start: int, end: int) -> list[ActorMention]:
        """The mentions of persons inside the quotes between characters `start` and `end`."""
        return [m for m in self.mentions if start <= m.span.start_char < end
                and self._in_quote(m.span.start_char) and self.actors[m.key].kind == "Person"]

    def _in_quote(self, char: int) -> tuple[int, int] | None:
        return next(((s, e) for s, e in self.quoted if s <= char < e), None)

    def _quoted_sentence(self, sent: Span) -> bool:
        """Whether the sentence opens inside a quote: a sentence of what someone said."""
        words = [t for t in sent if not (t.is_punct or t.is_space)]
        return bool(words) and self._in_quote(words[0].idx) is not None

    def named(self, token: Token) -> str | None:
        """The actor a name covering `token` refers to."""
        mention = self.by_token.get(token.i)
        return mention.key if mention else None

    def resolve_besides(self, token: Token, excluded: str) -> str | None:
        """The body "its" or "their" refers to when it cannot be `excluded`: "Armenia released
        three of their soldiers" frees the other side's, named as a subject before."""
        return self._latest(token, lambda a: a.kind != "Person" and a.key != excluded, subjects_only=True)

    def resolve(self, token: Token, besides: frozenset[str] = frozenset()) -> str | None:
        """The actor `token` (a name, pronoun or description head) refers to, if any; a
        pronoun refers to none of the actors `besides`."""
        key = self.named(token) or self._named_in_phrase(token)
        if key:
            return key
        lower = token.lower_
        if lower in PRONOUN_GENDER:
            gender = PRONOUN_GENDER[lower]

            def agrees(actor: Actor) -> bool:
                return actor.kind == "Person" and actor.key not in besides and self._agrees(actor, gender)

            def known(actor: Actor) -> bool:
                return actor.kind == "Person" and actor.key not in besides and self._gender(actor) == gender
            return self._prior_subject(token, agrees) or self._chained(token, gender, besides) or \
                self._latest(token, known, since=_sentences_back(token, 2)) or self._latest(token, agrees)
        if lower in _THING_PRONOUNS:
            told_of = self._relative_head(token) or self._reporter(token)
            if told_of is not None or self._compared_thing(token):
                return told_of
            return self._latest(token, lambda a: a.kind != "Person", subjects_only=True)
        if lower in ("former", "latter") and token.dep_ != "amod" and self._definite(token):
            return self._one_of_a_pair(token)  # "the latter said", not "the former president"
        if token.pos_ in ("NOUN", "PROPN") and self._definite(token) and not _several(token):
            return self._description(token)  # "the Ministry said"; not "the two governments"
        if token.lemma_.lower() in KIN:  # "his wife said": the person introduced as his wife
            return self._latest(token, lambda a: a.kind == "Person"
                                and token.lemma_.lower() in (a.role or "").lower().split()) \
                or self._family_member(token)
        return None

    def _family_member(self, token: Token) -> str | None:
        """ "Irina Sokol kept his room. ... Pavel Sokol came home. ... his mother said": the
        kin of a named person is the one other person of that surname the word could be."""
        owners = [self.resolve(c) for c in token.children if c.dep_ == "poss"]
        owner = self.actors.get(owners[0]) if owners and owners[0] else None
        if owner is None or owner.kind != "Person" or len(owner.name.split()) < 2:
            return None
        surname, gender = owner.name.split()[-1], KIN_GENDER.get(token.lemma_.lower())
        family = {a.key for a in self.actors.values() if a.kind == "Person" and a.key != owner.key
                  and a.name.split()[-1] == surname and (gender is None or self._agrees(a, gender))}
        return family.pop() if len(family) == 1 else None

    def _compared_thing(self, token: Token) -> bool:
        """ "The swap deserves more attention than it got", "the deal was wider than it
        looked": "it" in a comparison is the event the sentence is about, no actor; not "the
        force received fewer than it handed over"."""
        clause = token.head
        if token.dep_ != "nsubj" or not any(c.dep_ == "mark" and c.lower_ in ("than", "as") for c in clause.children):
            return False
        main = next((a for a in clause.ancestors if any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children)), None)
        subject = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None) if main else None
        return subject is not None and subject.lemma_.lower() in _EVENT_NOUNS and self.resolve(subject) is None

    def _relative_head(self, token: Token) -> str | None:
        """ "the African Union, which said its team helped": "its" is the Union's."""
        for verb in token.ancestors:
            if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("which", "that")
                                            for c in verb.children):
                key = self.named(verb.head) or self._named_in_phrase(verb.head)
                return key if key and self.actors[key].kind != "Person" else None
        return None

    def _reporter(self, token: Token) -> str | None:
        """ "the ministry said it had mediated", "Oman said its envoys ...": a body that
        reports something about "it" is reporting about itself."""
        for clause in token.ancestors:
            if clause.dep_ == "ccomp" and clause.head.lemma_ in _REPORTING:
                subjects = [c for c in clause.head.children if c.dep_ == "nsubj" and c.lower_ not in _THING_PRONOUNS]
                subjects = [a for s in subjects[:1] for a in s.children if a.dep_ == "appos"] + subjects  # "the
                key = next((k for s in subjects if (k := self.resolve(s))), None)  # mediator, the UAE, said it"
                return key if key and self.actors[key].kind != "Person" else None
        return None

    def _named_in_phrase(self, token: Token) -> str | None:
        """"Zelenskyy" in "Ukrainian President Volodymyr Zelenskyy" when the head is the name;
        Egypt in "the Arab Republic of Egypt", Belarus in "the authorities in Minsk"; Viasna in
        "the Viasna rights centre"."""
        if token.pos_ not in ("PROPN", "NOUN"):
            return None
        named = [(c, self.by_token[c.i].key) for c in token.children
                 if c.dep_ in ("compound", "flat", "appos", "nmod") and c.i in self.by_token]
        if token.lower_ == "administration" and _named_for_a_us_president(token):
            return self.country("USA")  # "the Obama administration", "the Administration of Joe Biden"
        for _, key in named:
            if self.actors[key].kind == "Person":
                return key  # "the ministry's spokesman, Ivan Petrov": the person
        if token.lemma_.lower() in PERSON_NOUNS | {"head"}:  # "the spokesman of the ministry, Ivan Petrov"
            persons = [self.by_token[t.i].key for t in token.subtree if t.i in self.by_token
                       and self.actors[self.by_token[t.i].key].kind == "Person"
                       and not _spoken_for(self.by_token[t.i].span, token)]
            if persons:
                return persons[-1]
            after = self._named_after(token)  # "Ukraine's ombudsman, X, ...", where the parser hung X elsewhere
            if after is not None:
                return after
        if token.lower_ in SEATED:  # "the Damascus government", "the Kyiv authorities": the state's,
            states = [key for child, key in named if child.dep_ == "compound" and self.actors[key].kind == "Country"]
            if states:  # its Government of X where the story names it
                return self.government_of(states[0]) or states[0]
        for child, key in named:  # "the Viasna rights centre"; "the EU's diplomatic service, the EEAS,"
            appositive = child.dep_ == "appos" and token.pos_ == "NOUN" and self._determined(token)
            described = child.dep_ in ("compound", "nmod") or appositive
            if described and self.actors[key].kind == "Organization" and token.lemma_.lower() not in PERSON_NOUNS:
                return key
        for child in token.children:  # "the State of Qatar", "the government in Minsk", "the government of X"
            if child.dep_ == "prep" and (child.lower_ == "of" and token.lemma_.lower() in COUNTRY_NOUNS or
                                         child.lower_ == "of" and token.lower_ == "government" or
                                         child.lower_ == "in" and token.lower_ in SEATED):
                for obj in child.children:
                    key = self.named(obj)
                    if key and self.actors[key].kind == "Country":
                        return key
            if child.dep_ == "prep" and child.lower_ == "of" and token.lemma_.lower() in _FIGHTERS:
                for obj in child.children:  # "the rebels of the MNLA": the group they fight for, not one of
                    key = self.named(obj) if not obj.conjuncts else None  # an alliance of several
                    if key and self.actors[key].kind == "Organization":
                        return key
        return None

    def _named_after(self, title: Token) -> str | None:
        """The person named right after a title, between commas ("Ukraine's ombudsman, Ivan
        Petrov, said"), where no one the story named before holds the title: else the name may
        open the clause that follows ("According to the ombudsman, Ivan Petrov was among them")."""
        doc, end = title.doc, title.right_edge.i
        mention = self.by_token.get(end + 2) if end + 2 < len(doc) and doc[end + 1].text == "," else None
        if mention is None or self.actors[mention.key].kind != "Person" or mention.span.start != end + 2:
            return None
        closed = mention.span.end < len(doc) and doc[mention.span.end].text == ","
        return mention.key if closed and self._holder(title, title.lemma_.lower()) is None else None

    def _holder(self, token: Token, title: str) -> str | None:
        """The person named last before `token` whose role has the word `title` ("the ombudsman")."""
        return self._latest(token, lambda a: a.kind == "Person" and title in (a.role or "").lower())

    @staticmethod
    def _determined(token: Token) -> bool:
        return any(c.dep_ in ("det", "poss") for c in token.children)

    @staticmethod
    def _definite(token: Token) -> bool:
        return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children)

    def _description(self, token: Token) -> str | None:
        lemma = token.lemma_.lower()
        if lemma == "head" and any(o.lower_ == "state" for p in token.children if p.lower_ == "of" for o in p.children):
            lemma = "president"  # "the Head of State said"
        if lemma == "ministry" and token.text == "Ministry" and not any(c.dep_ in ("compound", "amod")
                                                                         for c in token.children):
            # "The Ministry takes note ...", in a ministry's own statement: the one its text names first
            first = next((m.key for m in self.mentions if self.actors[m.key].name.startswith("Ministry")), None)
            if first is not None:
                return first
        if lemma == "ministry":
            dept = " ".join(c.text for c in token.children if c.dep_ in ("compound", "amod"))
            return self._latest(token, lambda a: a.name.startswith("Ministry")
                                and (not dept or dept.lower()[:5] in a.name.lower()))
        if lemma == "government":
            if any(c.dep_ in ("compound", "amod") and c.lower_ in _BELOW_THE_STATE for c in token.children):
                return None  # "the state government said": a province's, not the country's
            def governing(actor: Actor) -> bool:
                return actor.name.startswith("Government of")
            return self._latest(token, governing, besides_brokers=True) or self._latest(token, governing)
        if lemma in PERSON_NOUNS:
            return self._holder(token, lemma) or self._latest(token, lambda a: a.kind == "Person")
        kind_of_head = " ".join(c.lower_ for c in token.children if c.dep_ in ("compound", "amod"))
        if lemma == "head" and kind_of_head:  # "the district head said": the one who is "district head of X"
            return self._holder(token, f"{kind_of_head} head")
        if lemma in PERSON_DESCRIPTIONS and token.tag_ == "NN" and not any(  # "the priest said": the person
                c.dep_ in ("relcl", "acl", "prep") for c in token.children):  # described as one before; not "the
            return self._holder(token, lemma)  # doctor who examined them"
        if lemma in ("army", "military"):  # "the army handed over 38": the state's armed forces (or
            # government: "the military government") named before; "the Chilean army": Chile's
            owner = self._owning_state(token)

            def owned(actor: Actor) -> bool:
                return owner is None or self._state_of(actor).key == owner
            forces = self._latest(token, lambda a: a.kind == "Organization" and owned(a)
                                  and any(w in a.name for w in ("Army", "Armed Forces", "Military"))
                                  and not gazetteer().is_armed_group(a.name))
            government = self._latest(token, lambda a: a.name.startswith("Government of") and owned(a))
            return forces or government or owner or self._ruling_country(token) or self._latest_country(token)
        armed = any(c.dep_ == "amod" and c.lower_ in _FIGHTERS | {"armed"} for c in token.children) and \
            lemma not in _STATES_OWN_FORCES  # not "the paramilitary police"
        if armed and token.tag_ == "NNS" and len({m.key for m in self.mentions if m.span.start < token.i and
                                                  gazetteer().is_armed_group(self.actors[m.key].name)}) > 1:
            return None  # "the armed groups", after two were named: both, no one of them
        if lemma in _FIGHTERS or token.lower_ in _FIGHTERS or armed:  # "the rebels", "the militant group"
            places = {c.text for c in token.children if c.dep_ in ("compound", "amod") and c.pos_ == "PROPN"}
            return places and self._latest(token, lambda a: gazetteer().is_armed_group(a.name) and bool(
                places & set(a.name.split()))) or self._latest(token, lambda a: gazetteer().is_armed_group(a.name))
            # "the Donetsk rebels": the group named for that place, where the story names several
        if lemma in _ORG_NOUNS | _NAMED_BY:  # "the headquarters": one whose name says so, else the last body
            named = self._latest(token, lambda a: a.kind == "Organization" and lemma in a.name.lower())
            # "the office of the UN envoy": a body the phrase names, not the last one told
            owned = any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
            if named or lemma in _NAMED_BY or owned:
                return named
            return self._latest(token, lambda a: a.kind == "Organization"
                                and not a.name.startswith(("Ministry", "Government")))
        if lemma in _FORMS_OF_STATE:  # "the Sultanate": Oman, named alone or in its ministry's name
            named = self._latest(token, lambda a: _formally(lemma, self._state_of(a).country_code))
            return (named and self._state_of(self.actors[named]).key) or self._latest_country(token)
        if token.text == "State" and not token.is_sent_start:
            # "the mediation of the State", in a state's own words: the state its text names first;
            # but "Colombia has known one exchange: ... the State released 14": the subject just named
            near = self._latest(token, lambda a: a.kind == "Country", subjects_only=True,
                                since=_sentences_back(token, 1))
            return near or next((m.key for m in self.mentions if self.actors[m.key].kind == "Country"), None)
        if lemma in COUNTRY_NOUNS:
            return self._latest_country(token)
        if token.is_lower:  # "the column", "the guard": a body of several words built on the word
            return self._latest(token, lambda a: a.kind == "Organization" and " " in a.name
                                and (head_word(a.name) or "").lower() in (lemma, token.lower_))
        return None

    def _owning_state(self, token: Token) -> str | None:
        """The state a description names as its owner: Chile in "the Chilean army" or "Chile's
        military"."""
        for child in token.children:
            if child.dep_ in ("amod", "poss", "compound"):
                key = self.named(child) or self.demonym_state(child)
                if key and self.actors[key].kind == "Country":
                    return key
        return None

    def _ruling_country(self, token: Token) -> str | None:
        """The country last named as the owner of a ruling body: "Myanmar" of "Myanmar's junta",
        which "the military" then refers to (not China, named since as the broker)."""
        index = bisect_left(self.starts, token.i)
        for mention in reversed(self.mentions[:index]):
            if self.actors[mention.key].kind == "Country" and mention.span.root.dep_ == "poss" and \
                    mention.span.root.head.lemma_.lower() in _RULERS:
                return mention.key
        return None

    def _state_of(self, actor: Actor) -> Actor:
        """The country an actor is, or is an institution of; else the actor itself."""
        owner = self.actors.get(actor.part_of) if actor.part_of else None
        return actor if actor.kind == "Country" or owner is None or owner.kind != "Country" else owner

    def pair_called_back(self, token: Token) -> list[ActorMention]:
        """ "the war between A and B ... persuaded the two forces to swap captives", "both
        governments say": the two "the two forces" (countries, armies, foes) are, the last two
        named together in the few sentences before, as "A and B" or "between A (a) and B (b)"."""
        if token.tag_ != "NNS" or token.lemma_.lower() not in _PAIRS or \
                not any(c.lower_ in ("two", "both") for c in token.children):
            return []
        if token.lemma_.lower() in _STATE_PAIRS:  # "the two governments" are states', not two embassies
            return self._named_pair(token, _PAIR_REACH, lambda a: a.kind == "Country" or
                                    a.name.startswith("Government of"))
        return self._named_pair(token, _PAIR_REACH, lambda a: True)

    def _one_of_a_pair(self, token: Token) -> str | None:
        """ "A and B swapped captives; the former freed 40, the latter 18": "the former" is the
        first of the two last named together, "the latter" the second; the pair a clause is
        about where it names another after it ("A and B monitored the swap between C and D. The
        former said"), and none where a third is named after the pair ("as A and B pressed C.
        The latter said": C?)."""
        pair = self._named_pair(token, 1, lambda a: True, subjects=True) or self._named_pair(token, 1, lambda a: True)
        if not pair:
            return None
        after = {m.key for m in self.mentions if pair[1].span.end <= m.span.start and m.span.end <= token.i} - \
            {pair[0].key, pair[1].key}
        if len(after) == 1 or after and not _a_subject(pair[0].span.root):
            return None
        return pair[token.lower_ == "latter"].key

    def _named_pair(self, token: Token, sentences: int, accept: Callable[[Actor], bool],
                    subjects: bool = False) -> list[ActorMention]:
        """The last two actors (`accept`ed) named together within `sentences` sentences before
        `token`: joined as "A and B", or as "between A and B"; only the subjects of their clause
        if `subjects`."""
        reach = _sentences_back(token, sentences)
        before = [m for m in self.mentions if reach <= m.span.start and m.span.end <= token.i and not (
            m.span.start > 0 and token.doc[m.span.start - 1].text == "(")  # not "(SAF)" after its name
            and accept(self.actors[m.key])]
        for mention in reversed(before):
            partner = next((m for m in reversed(before) if m.span.end <= mention.span.start and m.key != mention.key),
                           None)
            if subjects and (partner is None or not _a_subject(partner.span.root)):
                continue
            if partner is not None and (
                    _named_by(partner.span.root) in _named_by(mention.span.root).conjuncts or
                    any(t.lower_ == "between" for t in token.doc[partner.span.start - 2 : partner.span.start]) and
                    any(t.lower_ == "and" for t in token.doc[partner.span.end : mention.span.start])):
                return [partner, mention]
        return []

    def _latest_country(self, token: Token) -> str | None:
        """The country "the kingdom" or "the country" refers to: the last one named, alone or
        through one of its institutions ("Saudi Arabia's foreign ministry said the kingdom"),
        and in the region its words name, if they name one ("the Gulf state": not Peru, named
        since Qatar)."""
        region = _region_of(token)
        key = region and self._latest(token, lambda a: self._state_of(a).country_code in region) or \
            self._latest(token, lambda a: self._state_of(a).kind == "Country")
        return self._state_of(self.actors[key]).key if key else None

    def _agrees(self, person: Actor, gender: str) -> bool:
        """The person's gender, as the text tells it or else as their given name suggests,
        does not contradict the pronoun ("she" is not "Viktor Petrov")."""
        return self._gender(person) in (gender, "either", None)

    def _gender(self, person: Actor) -> str | None:
        return self._genders.get(person.key) or given_name(person.name.split()[0])

    @cached_property
    def _genders(self) -> dict[str, str]:
        """What the text tells of persons' genders, worked out when a pronoun first needs it."""
        return _told_genders(self.mentions, self.actors)

    def _prior_subject(self, token: Token, accept) -> str | None:  # noqa: ANN001
        """The subject of the sentence before (or of this one, before the pronoun) that
        passes `accept`: a pronoun goes on about whom the last sentence was about ("Ana Ruiz
        said the release of Ivan Petrov was a gesture. 'It is a start,' she said")."""
        sent = token.sent
        previous = token.doc[sent.start - 1].sent if sent.start > 0 else None
        while previous is not None and previous.start > 0 and self._quoted_sentence(previous) and \
                not self._in_quote(token.idx):  # '"I prayed. I have my boy," she said': before the quote
            previous = token.doc[previous.start - 1].sent
        for span in (sent, previous):
            if span is None:
                continue
            first, last = bisect_left(self.starts, span.start), bisect_left(self.starts, min(span.end, token.i))
            subjects = [m for m in self.mentions[first:last] if _subject_of(m.span) is not None
                        and accept(self.actors[m.key]) and not self._in_quote(m.span.start_char)]
            chosen = [m for m in subjects if _of_main_clause(m.span)] or subjects
            if chosen:
                return chosen[-1].key
            author = self._author_of_the_subject(span, token)
            if author is not None and accept(self.actors[author]):
                return author
        return None

    def _author_of_the_subject(self, span: Span, token: Token) -> str | None:
        """ "The president's statement did not name him. He said ...": who wrote the message
        that was the main clause's subject."""
        roots = [t for t in span if t.dep_ == "ROOT" and not any(c.dep_ == "agent" for c in t.children)]
        subjects = [c for t in roots for c in t.children if c.dep_ == "nsubj" and c.lemma_.lower() in _MESSAGES
                    and c.i < token.i]  # not "X's statement was welcomed by Y. He said": Y
        owners = [c for s in subjects for c in s.children if c.dep_ == "poss" and c.lower_ not in _THING_PRONOUNS]
        author = self.resolve(owners[0]) if owners else None
        if author is None or owners[0].pos_ == "PROPN":
            return author
        role = (self.actors[author].role or "").lower().split()
        return author if owners[0].lemma_.lower() in role else None  # "the president's": the one titled so

    def _chained(self, token: Token, gender: str, besides: frozenset[str] = frozenset()) -> str | None:
        """Whom "she" was in the main clause of the sentence before, where that sentence names
        no one it could be: "Ana Ruiz has mediated for years. She recalls the swap of the singer
        Marta Gil. ... 'It took months,' she says" goes on about Ana Ruiz, not Marta Gil."""
        sent = token.sent
        previous = token.doc[sent.start - 1].sent if sent.start > 0 else None
        while previous is not None and previous.start > 0 and self._quoted_sentence(previous):
            previous = token.doc[previous.start - 1].sent
        for span in ([previous] if previous is not None else []) + ([token.doc[_sentences_back(token, 2)].sent]
                                                                     if sent.start > 0 else []):
            if token.doc._.turns and "\n" in token.doc[span.end - 1 : sent.start].text_with_ws:
                break  # not across an interview's turns
            pronouns = [t for t in span if t.i < token.i and t.dep_ in ("nsubj", "nsubjpass")
                        and PRONOUN_GENDER.get(t.lower_) == gender and t.head.dep_ == "ROOT"
                        and not self._in_quote(t.idx)]
            if pronouns:
                return self.resolve(pronouns[0], besides)
        return None

    def _latest(self, token: Token, accept, subjects_only: bool = False, since: int = 0,  # noqa: ANN001
                besides_brokers: bool = False) -> str | None:
        """The most recent mention before `token` (and from token `since` on) whose actor
        passes `accept`; with `besides_brokers`, not one named as the broker of what the story
        tells ("freed in a deal brokered by the Swiss government. The government said no
        ransom was paid": the story's own government, not the broker's)."""
        index = bisect_left(self.starts, token.i)
        own_quote = self._in_quote(token.idx)
        for mention in reversed(self.mentions[bisect_left(self.starts, since) : index]):
            if mention.span.end > token.i:
                continue
            quote = self._in_quote(mention.span.start_char) if self.quoted else None
            if quote is not None and quote != own_quote:
                continue
            if subjects_only and mention.span.root.dep_ not in ("nsubj", "nsubjpass", "poss"):
                continue
            if besides_brokers and _named_as_broker(mention.span):
                continue
            if accept(self.actors[mention.key]):
                return mention.key
        return None


_BROKERING = {"broker", "mediate", "facilitate", "help", "arrange", "negotiate"}


def _named_as_broker(span: Span) -> bool:
    """ "a deal brokered by the Swiss government", "the ICRC and the Swiss government had
    helped": a name told as who brought a deal about."""
    node = span.root
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    verb = node.head.head if node.dep_ == "pobj" and node.head.lower_ in ("by", "through") else \
        node.head if node.dep_ == "nsubj" else None
    return verb is not None and verb.lemma_ in _BROKERING


def _subject_of(span: Span) -> Token | None:
    """The subject a mention is, or stands beside: "Mario Quispe" in "Quispe's brother, Mario
    Quispe, said", and in "A spokesman for the Red Cross, Mario Quispe, said", where the
    parser sets the name beside the body the spokesman is for."""
    root = span.root
    if root.dep_ == "appos":
        root = root.head
        office = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else None
        if office is not None and office.dep_ in ("nsubj", "nsubjpass") and office.lemma_.lower() in PERSON_NOUNS:
            root = office
    return root if root.dep_ in ("nsubj", "nsubjpass") else None


def _of_main_clause(mention: Span) -> bool:
    """Whether a subject's mention is the main verb's (or a verb joined to it): whom the
    sentence is about, not someone its reported clause names ("... devastated that Pedro was
    left out")."""
    verb = _subject_of(mention).head
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT"


def _told_genders(mentions: list, actors: dict[str, Actor]) -> dict[str, str]:  # noqa: ANN001 - ActorMention
    """What the text itself says of persons' genders: for a name no dictionary knows, a title
    or kin word naming them ("Mrs Lind", "Daw Khin", "her son Aung Ko"); a reflexive in the clause a person is
    the subject of ("Rezo blamed himself"), or, for a name no dictionary knows, a possessive
    ("Hevin set a place for her son"; not for "Irina kept his room", Irina being a woman's name)."""
    told: dict[str, set[str]] = {}
    for mention in mentions:
        root = mention.span.root
        if actors[mention.key].kind != "Person":
            continue
        unknown = given_name(actors[mention.key].name.split()[0]) in (None, "either")
        named_as = _gender_named(mention.span) if unknown else None
        if named_as:
            told.setdefault(mention.key, set()).add(named_as)
        if root.dep_ != "nsubj":
            continue
        verb = root.head
        other = {t.i for c in verb.children if c.dep_ in _OTHER_CLAUSES or c == root for t in c.subtree}
        clause = [t for t in verb.subtree if t.i not in other]  # not what is said: "said: 'his family'"
        for token in clause:
            if token.lower_ in ("his", "her") and token.dep_ == "poss" and unknown or \
                    token.lower_ in ("himself", "herself"):
                told.setdefault(mention.key, set()).add("male" if token.lower_ in ("his", "himself") else "female")
    return {key: genders.pop() for key, genders in told.items() if len(genders) == 1}


def _gender_named(span: Span) -> str | None:
    """The gender a title or a kin word right before a name gives: "Mrs Lind", "U Tin Oo",
    "her son, Aung Ko"."""
    def title(token: Token) -> str | None:
        return TITLE_GENDER.get(token.lower_.rstrip(".")) if token.is_title else None

    if title(span[0]):  # a title the name's span took in
        return title(span[0])
    before = next((t for t in reversed(span.doc[max(span.start - 2, 0) : span.start]) if not t.is_punct), None)
    return None if before is None else title(before) or KIN_GENDER.get(before.lower_)


def _spoken_for(person: Span, voice: Token) -> bool:
    """ "a spokesman for Ana Ruiz": the person a spokesperson speaks for, who is not the
    spokesperson; but "the UN envoy for Yemen Ana Ruiz" is the envoy."""
    link = person.root.head
    return link.lower_ == "for" and link.head == voice and voice.lemma_.lower().startswith("spokes")


def _a_subject(root: Token) -> bool:
    """Whether a name is (one of) its clause's subject: "A and B" in "A and B met"."""
    word = _named_by(root)
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
    return word.dep_ in ("nsubj", "nsubjpass")


def _named_by(root: Token) -> Token:
    """The word a name stands in the sentence as: "rebels" for "the M23 rebels"."""
    return root.head if root.dep_ == "compound" and root.head.i > root.i else root


def _sentences_back(token: Token, count: int) -> int:
    """The first token of the sentence `count` sentences before the token's own."""
    sent = token.sent
    for _ in range(count):
        if sent.start == 0:
            break
        sent = token.doc[sent.start - 1].sent
    return sent.start


def _region_of(token: Token) -> frozenset[str] | None:
    """The codes of the region the words before a state's noun name: "the Gulf state", "the
    Central Asian republic"."""
    words = [t for t in token.lefts if t.dep_ in ("amod", "compound") and t.text[:1].isupper()]
    for start in range(len(words)):
        region = gazetteer().region(" ".join(t.text for t in words[start:]))
        if region:
            return region
    return None


def _several(token: Token) -> bool:
    """ "the two governments", "both sides": a description of more than one actor."""
    return token.tag_ in ("NNS", "NNPS") and any(c.like_num or c.lower_ == "both" for c in token.children)


def _formally(form: str, code: str | None) -> bool:
    """Whether the country's formal names say it is a `form` ("sultanate": the Sultanate of Oman)."""
    if code is None:
        return False
    country = gazetteer().countries[code]
    return any(form in name.lower().split() for name in (*country.aliases, country.official_name or ""))


def _named_for_a_us_president(administration: Token) -> bool:
    """ "the Obama administration", "the Joe Biden administration", "the Administration of Joe
    Biden": named for a US president; not "the Milei administration", nor "the Administration of
    Boris Johnson"."""
    before = [t.text for c in administration.children if c.dep_ == "compound" for t in c.subtree
              if t.pos_ == "PROPN"]
    after = [[t.text for t in o.subtree if t.pos_ == "PROPN"] for p in administration.children if p.lower_ == "of"
             for o in p.children if o.dep_ == "pobj"]
    return any(a_us_president(name) for name in [before, *after])


def as_state(key: str | None, refs: References) -> str | None:
    """ "the Swiss government" mediates as Switzerland; a government the news knows by a name
    of its own (Libya's "Government of National Accord") stays itself."""
    actor = refs.actors.get(key) if key else None
    if actor and actor.part_of and actor.name.startswith("Government of") and \
            not gazetteer().government_state(actor.name):
        return actor.part_of
    return key
