"""kg_exchanges: exchanges of prisoners, hostages or detainees, with their sides, mediators,
dates and how many people each side got back.

Sentence by sentence:
- a *trigger* says an exchange happened: "swap", "prisoner exchange", "exchanged 100
  prisoners", "freed ... in exchange for", "released ... in return". Plans, offers and
  wishes ("the possibility of a new exchange", "a planned swap"), negations and plurals
  ("swaps have stalled") are not exchanges;
- a trigger joins the exchange the document is talking about, unless it marks another one
  ("another exchange", a different date, different counts): several exchanges in one
  document stay apart;
- *returns* are counted groups of people with a verb of release or return ("230 Ukrainians
  returned home", "Russia got back 195 of its servicemen", "Moscow handed over 100"); the
  recipient comes from a demonym, a possessive, the verb's direction, or is the other side
  of the one that released them. Sub-counts in apposition are not returns;
- *mediators* are named by "mediated by", "brokered by", "with the mediation of", "X's
  efforts", "X acted as mediator", "X facilitated" ...;
- sentences right after a trigger still add returns and mediators to its exchange.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.extract.actors import first_conjunct
from kg.extract.dates import DateMention
from kg.extract.events.common import (
    actor_of,
    as_state,
    clause_of,
    conditional,
    dual_nationality,
    heading_date,
    hypothetical,
    insertion_before,
    is_locative,
    mediators_in,
    nearest_date,
    one_person_for_another,
    own_clause,
    parties_in,
    side_of,
    traded_for,
)
from kg.extract.facts import Actor, Event, Return
from kg.extract.gazetteer import gazetteer
from kg.extract.names import KIN
from kg.extract.numbers import parse_count
from kg.extract.reference import References

TRIGGER_NOUNS = {"exchange", "swap", "trade", "handover"}
TRIGGER_VERBS = {"exchange", "swap", "trade"}
CAPTIVES = {
    "prisoner", "pow", "pows", "captive", "hostage", "detainee", "serviceman", "servicemen",
    "soldier", "civilian", "fighter", "citizen", "national", "people", "person", "man", "men",
    "woman", "women", "defender", "sailor", "marine", "troop", "prisoners", "guardsman",
    "teenager", "child", "children", "worker", "captives", "policeman", "officer",
    "guard", "crew", "crewman", "pilot", "journalist", "activist", "seaman", "loyalist", "rebel",
    "insurgent", "militant", "combatant", "girl", "boy", "schoolgirl", "schoolboy", "student",
    "commander", "member", "operative", "agent", "spy", "businessman", "tourist", "fisherman",
    "fishermen", "farmer", "resident", "employee", "contractor", "volunteer", "veteran",
    "conscript", "official", "diplomat", "priest", "missionary", "doctor", "nurse", "individual",
    "nephew", "niece", "relative", "jihadist", "gendarme", "suspect", "militiaman",
    "figure",
}
RELEASE_VERBS = {"free", "release", "hand", "send", "repatriate", "transfer", "give", "swap",
                 "exchange", "trade", "deliver", "let"}
_CARRYING = {"carry", "take", "transport", "ferry", "fly", "bring"}
_VEHICLES = {"plane", "flight", "aircraft", "airplane", "jet", "bus", "coach", "convoy", "helicopter", "vehicle",
             "ship", "boat", "train"}
_HANDING = {"hand", "send", "repatriate", "transfer", "deliver"}  # "A handed over 32 and B sent back two"
RECEIVE_VERBS = {"receive", "get", "secure", "regain", "recover", "welcome", "bring"}
RETURN_VERBS = {"return", "come", "arrive", "fly", "go", "reach", "land", "walk", "cross", "travel"}
_SAME_MEDIATORS = re.compile(r"\bsame (?:mediators?|intermediar(?:y|ies)|brokers?|go-betweens?)\b"
                             r"|\b(?:under|as part of) the same (?:deal|agreement|arrangement|accord|truce"
                             r"|ceasefire)\b",
                             re.I)
_QUANTITIES = {"hundred", "thousand", "dozen", "score", "group", "batch", "number", "total",
               "handful", "more", "all", "some", "dozens", "hundreds", "thousands"}
_ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth", "tenth"}
_RECENT = {"latest", "new", "today", "yesterday"}  # "the latest exchange was completed"
_DONE = {"complete", "happen", "occur", "conclude", "finish", "proceed", "succeed", "end"}
# Whose people a word makes them in a state's war with an armed group (`_camp`).
_STATE_CAMP, _GROUP_CAMP = "camp:state", "camp:group"
_CAMPS = {_STATE_CAMP, _GROUP_CAMP}
_OTHER_WAY = "other way"  # a group that went the other way: to the side the first did not
_STATE_WORDS = {"government", "army", "regime", "loyalist", "pro-government", "military", "junta"}
_STATE_PEOPLE = {"soldier", "serviceman", "servicemen", "troop", "conscript", "gendarme", "policeman"}  # its forces
_GROUP_WORDS = {"rebel", "opposition", "insurgent", "militant", "guerrilla", "militia", "jihadist"}
_HOLDING = {"hold", "abduct", "kidnap", "capture", "seize", "detain", "jail", "imprison"}
_PLACE_NOUNS = {"border", "frontier", "town", "city", "village", "region", "province", "capital", "coast",
                "territory", "soil", "airspace", "waters"}
_DEAL_NOUNS = {"deal", "agreement", "arrangement", "accord", "bargain"}
_SIDE_RANK = {"Country": 0, "Organization": 1}  # states (and governments, armed groups) first
_OPERATION_NOUNS = {"operation", "release", "handover"}  # "That operation was brokered by the UN"
_FREED_ROLES = {"nsubj", "nsubjpass", "dobj"}  # the people a verb of freeing or coming home is about
_DONE_NOUNS = {"completion", "conclusion"}
_SPORT = {"midfielder", "striker", "goalkeeper", "footballer", "winger", "club", "transfer", "signing", "draft",
          "quarterback", "pitcher"}  # a player swap
_MERCY = {"clemency", "pardon", "amnesty", "release", "freedom"}  # "granted clemency to seven Iranians"
_AGREEING = {"agree", "consent"}  # "In return, B agreed to free ...", after A's release was told
_DOING = {"complete", "conduct", "hold", "finalise", "finalize", "carry", "implement"}
NEW_EVENT_MARKERS = {"another", "previous", "earlier", "separate", "parallel", "last", "prior"}
_MANY_SIDED = re.compile(r"\b(?:three|four|five|3|4|5)-(?:way|sided|party|country|nation)\b|\bmultilateral\b", re.I)
_N_FOR_N = re.compile(r"\b(one|two|three|four|five|\d[\d,]*)[- ]for[- ](one|two|three|four|five|\d[\d,]*)\b", re.I)
_APPROXIMATE = {"least", "nearly", "about", "around", "almost", "some", "over", "than",
                "roughly", "approximately", "up", "more"}
_WINDOW = 2  # sentences after a trigger that still speak about its exchange


@dataclass
class _Exchange:
    """An exchange being assembled while the document is read."""

    start: int
    end: int
    parties: list[str] = field(default_factory=list)
    mediators: list[str] = field(default_factory=list)
    returns: list[Return] = field(default_factory=list)
    pending: list[_Count] = field(default_factory=list)  # recipient not known yet
    each_side: int | None = None  # "a one-for-one swap"
    date: DateMention | None = None
    first_sentence: int = 0
    last_sentence: int = 0
    past: bool = False  # marked as an earlier exchange ("last month", "another")
    ordinal: str | None = None  # "the fourth exchange"
    as_news: bool = False  # told in the present or present perfect: "a swap is under way"
    mediated_all: bool = False  # "in exchanges mediated by Turkey": its mediators are every one's
    unnamed: set[str] = field(default_factory=set)  # camps told but not named: "the government freed 40"

    def add_party(self, key: str | None) -> None:
        if key and key not in self.parties and key not in self.mediators:
            self.parties.append(key)

    def add_mediator(self, key: str) -> None:
        if key not in self.mediators:
            self.mediators.append(key)
        if key in self.parties:
            self.parties.remove(key)

    def conflicts(self, counts: list[_Count], refs: References) -> bool:
        """Whether counted groups contradict this exchange's returns: another exchange."""
        have = {p: self.each_side for p in self.parties if self.each_side} | \
            {r.recipient: r.count for r in self.returns}
        for count in counts:
            recipient = _settle(self, count, refs)
            if recipient in have and have[recipient] != count.count:
                return True
        return False


class ExchangeFinder:
    """Finds exchanges (see the module docstring)."""

    def __init__(self, nlp: Language, name: str = "kg_exchanges") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        refs = References(doc)
        exchanges: list[_Exchange] = []
        current: _Exchange | None = None
        before: list[_Count] = []  # counted groups of the sentence before, not yet placed
        lead: Span | None = None  # the sentence before, when no exchange took it
        last: list[_Count] = []  # the last counted group, for "the same number"
        kinds: dict[str, set[str]] = {}  # whose people a word names: "hostages" -> {Israel}
        section: DateMention | None = None  # the date of the timeline entry being read
        for index, sent in enumerate(doc.sents):
            heading = heading_date(sent, doc._.dates or [])
            if heading is not None:  # a new entry: what follows is another exchange
                section, current, before, lead = heading, None, [], None
            triggers = [t for t in sent if _is_trigger(t, has_event=bool(exchanges))]
            returns = _counts(sent, refs, last, kinds)
            last = returns[-1:] or last
            triggers += _mutual_release(sent, returns, refs, also=triggers)
            if triggers:
                known = len(exchanges)
                events = []
                for trigger in triggers:
                    alone = len(triggers) == 1
                    shared = returns if alone else []
                    scope = sent if alone else own_clause(trigger)
                    if alone and sent.start > 0 and (_paid_back(trigger) or _agreed_then_done(trigger)):
                        scope = doc[_sentence_before(sent).start : sent.end]  # the release it pays for, the
                        # swap agreed
                    current = self._mention(trigger, scope, index, refs, exchanges, current,
                                            doc, returns, shared)
                    current.date = current.date or section
                    events.append(current)
                unowned = [r for r in returns if not any(_belongs(r, t) for t in triggers)]
                if len(set(map(id, events))) == 1 and not current.conflicts(unowned, refs):
                    _add_counts(current, unowned, refs)  # several triggers, one exchange
                if len(exchanges) > known and before and not current.conflicts(before, refs):
                    _lead_in(current, before, doc, refs)
                if known == 0 and exchanges and lead is not None and current.date is None:
                    current.date = _only_day(lead, doc)  # "On Tuesday, the men came home. X was ..."
                if len(exchanges) > known and lead is not None and current.date is None:
                    current.date = _past_month(lead, doc)  # "The last one was in late November 2002. A freed ..."
                if len(exchanges) > known and lead is not None and not current.parties:
                    for key in _sides_in(lead, refs, current):  # "A and B are to trade ... It is the sixth swap"
                        current.add_party(key)
                before, lead = [], None
            elif current and not _separate(sent) and not _dated_otherwise(sent, current) and (
                    index - current.last_sentence <= _WINDOW or _completes(current, returns, sent, refs)):
                if self._follow_up(current, sent, refs, returns, doc):
                    current.last_sentence = index  # the story of this exchange goes on
                before, lead = [], None
            else:
                before, lead = returns, sent
            _learn_kinds(kinds, returns, exchanges)
        if exchanges and not exchanges[0].mediators:
            exchanges[0].mediators = _foretold_mediators(doc, refs, exchanges[0])
        doc._.events = (doc._.events or []) + _finish(exchanges, doc, refs)
        return doc

    def _mention(self, trigger: Token, sent: Span, index: int, refs: References,
                 exchanges: list[_Exchange], current: _Exchange | None, doc: Doc,
                 returns: list[_Count], shared: list[_Count]) -> _Exchange:
        """Attach one trigger's sentence to its exchange: `sent` is the sentence, or the
        trigger's own clause when the sentence reports several. `shared` are the sentence's
        counted groups when the trigger is the only one there."""
        date = nearest_date(trigger, doc._.dates or [])
        own_returns = [r for r in returns if _belongs(r, trigger)]
        named = parties_in(trigger, sent, refs)
        if trigger.lemma_ not in TRIGGER_NOUNS | TRIGGER_VERBS:  # a mutual release: whose people went, the sides
            named += [c.hint for c in shared if c.hint not in (*_CAMPS, _OTHER_WAY, None, *named)
                  and not _side_of_people(named, c.hint, refs)]  # "an Afghan" of the Taliban's
        event = _choose(trigger, sent, date, named, own_returns, exchanges, current, refs)
        if event is None:
            event = _Exchange(sent.start_char, sent.end_char, first_sentence=index,
                              ordinal=_ordinal(trigger), as_news=_told_as_news(trigger))
            event.past = _marked_past(trigger) or bool(date and date.relative_past)
            exchanges.append(event)
        if date and (event.date is None or event.date.day is None):
            event.date = date
        event.last_sentence = index
        mediators = mediators_in(sent, refs) + _same_mediators(sent, exchanges, event)
        for key in mediators:
            event.add_mediator(key)
        if mediators and any(t.tag_ == "NNS" and t.lemma_ in TRIGGER_NOUNS for t in sent):
            event.mediated_all = True  # "in exchanges mediated by Turkey"
        for key in named:
            event.add_party(key)
        event.unnamed |= {side for t in trigger.sent if t.dep_ in ("nsubj", "conj", "pobj")  # "the Houthis and
                          if (side := _side_or_camp(t, refs)) in _CAMPS}  # the government swapped ..."
        counted = own_returns + [c for c in shared if c not in own_returns]
        _add_counts(event, counted, refs)
        _date_from(event, counted, doc)  # "90 came home yesterday in a swap"
        for match in _N_FOR_N.finditer(sent.text):
            if parse_count(match[1]) == parse_count(match[2]):
                event.each_side = parse_count(match[1])
        event.each_side = _each_side(sent) or event.each_side or (1 if one_person_for_another(trigger, refs) else None)
        return event

    def _follow_up(self, event: _Exchange, sent: Span, refs: References,
                   returns: list[_Count], doc: Doc) -> bool:
        """A sentence after a trigger: its mediators, returns and their date belong to that
        exchange ("Ninety men came home yesterday"). Returns whether it told any."""
        told = False
        for key in mediators_in(sent, refs, need_exchange=_of_the_deal(sent)):
            if key not in event.parties:  # "it thanked them for its mediation": who is "it"?
                event.add_mediator(key)
                told = True
        if returns and not event.conflicts(returns, refs):
            _add_counts(event, returns, refs)
            _date_from(event, returns, doc)
            told = True
        event.each_side = event.each_side or _each_side(sent)  # "Each side got back 246 men"
        if event.date is None or event.date.day is None:  # "(March 2012 -) ... It took place on March 9"
            event.date = _handover_date(sent, doc) or event.date
        return told


def _foretold_mediators(doc: Doc, refs: References, first: _Exchange) -> list[str]:
    """ "Germany mediated, on behalf of the UN. ... Ban Ki-moon welcomed the completion of the
    exchange": mediators named before the first exchange is told, which has none of its own."""
    before = list(doc.sents)[: first.first_sentence]
    named = [key for sent in before for key in mediators_in(sent, refs, need_exchange=False)]
    return [key for key in dict.fromkeys(named) if key not in first.parties]


def _dated_otherwise(sent: Span, event: _Exchange) -> bool:
    """ "On June 15, 2024, Sweden released ...", after a swap of May 2023: a sentence whose
    main clause is dated otherwise than the exchange at hand tells of something else."""
    main = [sent.root, *(c for c in sent.root.children if c.dep_ == "conj")]  # "The first ..., took place on"
    return event.date is not None and any(
        sent.start <= d.span.start < sent.end and (d.day or d.month) and _different(d, event.date)
        and clause_of(d.span.root) in main for d in sent.doc._.dates or [])  # not "held since May"


def _completes(event: _Exchange, counts: list[_Count], sent: Span, refs: References) -> bool:
    """ "The Congolese side received 57 people", told some way after the swap: counted groups
    that give sides of the exchange at hand their first count, on no other day, are its."""
    have = {r.recipient for r in event.returns} | (set(event.parties) if event.each_side else set())
    sides = [_settle(event, count, refs) for count in counts]
    days = {d.day for d in sent.doc._.dates or [] if sent.start <= d.span.start < sent.end and d.day}
    event_day = event.date.day if event.date else None
    return bool(counts) and all(s in event.parties and s not in have for s in sides) and \
        len(set(sides)) == len(sides) and days <= {event_day}


def _of_the_deal(sent: Span) -> bool:
    """ "The deal was reached in talks mediated by Oman": a sentence about the exchange just
    told, so the talks it names are the ones that produced it."""
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and t.lemma_.lower() in
               TRIGGER_NOUNS | _DEAL_NOUNS | _OPERATION_NOUNS and
               any(c.lower_ in ("the", "this", "that") for c in t.children) for t in sent)


def _same_mediators(sent: Span, exchanges: list[_Exchange], event: _Exchange) -> list[str]:
    """ "arranged by the same mediators", "under the same deal": those of the exchange reported
    before."""
    earlier = [e for e in exchanges if e is not event and e.mediators]
    return list(earlier[-1].mediators) if _SAME_MEDIATORS.search(sent.text) and earlier else []


def _lead_in(event: _Exchange, counts: list[_Count], doc: Doc, refs: References) -> None:
    """ "Three Americans landed in Doha on Thursday. They were freed in a swap ...": the
    people (and day) a new exchange's first sentence follows on from are its own."""
    _add_counts(event, counts, refs)
    _date_from(event, counts, doc)


def _sides_in(sent: Span, refs: References, event: _Exchange) -> list[str]:
    """The states, governments and armed groups a sentence names, not as places or mediators,
    or whose people it describes ("an Iranian national"), if two or more: the sides of an
    exchange the next sentence reports without naming them."""
    keys = [side_of(m.key, refs) for m in refs.mentions
            if sent.start <= m.span.start < sent.end and not is_locative(m.span)]
    keys += [_people_key(country.code, refs, register=False) for t in sent  # "an Iranian national"
             if t.dep_ == "amod" and t.text[:1].isupper() and _captive_word(t.head)
             and (country := gazetteer().demonym(t.text))]
    sides = [k for k in dict.fromkeys(keys) if k and k not in event.mediators and _rank(refs, k, _SIDE_RANK) == 0]
    return [_registered(k, refs) for k in sides] if len(sides) >= 2 else []


def _only_day(sent: Span, doc: Doc) -> DateMention | None:
    """The one dated day a sentence names, if it names exactly one."""
    days = [d for d in doc._.dates or [] if sent.start <= d.span.start < sent.end and d.day]
    return days[0] if len(days) == 1 else None


def _past_month(sent: Span, doc: Doc) -> DateMention | None:
    """The one month of an earlier year a sentence names: it keeps the exchange told next
    from taking the publication date, though its day stays unknown."""
    published = doc._.published
    months = [d for d in doc._.dates or [] if sent.start <= d.span.start < sent.end and d.month]
    return months[0] if len(months) == 1 and published and months[0].month[0] < published.year else None


def _date_from(event: _Exchange, counts: list[_Count], doc: Doc) -> None:
    if event.date is None or event.date.day is None:
        for count in counts:
            date = nearest_date(count.token, doc._.dates or [])
            if date is not None and date.day is not None:
                event.date = date
                return


def _handover_date(sent: Span, doc: Doc) -> DateMention | None:
    """ "The two men were handed over at noon yesterday", "the releases took place on March 9":
    the day a sentence after the trigger says the people were let go, for an exchange not
    dated yet."""
    for verb in sent:
        done = verb.lemma_ in _DONE or _takes_place(verb)
        releasing = verb.lemma_ in RELEASE_VERBS | TRIGGER_VERBS or done and any(
            c.dep_ == "nsubj" and c.lemma_ in _OPERATION_NOUNS | TRIGGER_NOUNS for c in verb.children)
        if verb.pos_ == "VERB" and releasing and not hypothetical(verb) and not conditional(verb):
            date = nearest_date(verb, doc._.dates or [])
            if date is not None and date.day is not None:
                return date
    return None


def _is_trigger(token: Token, has_event: bool) -> bool:
    """Whether `token` reports that an exchange took place."""
    lemma = token.lemma_.lower()
    if lemma in TRIGGER_NOUNS | TRIGGER_VERBS and _in_a_name(token) or conditional(token):
        return False
    if token.i > 0 and token.doc[token.i - 1].lower_ in ("word", "term", "words", "terms"):
        return False  # "governments rarely use the word swap"
    if token.pos_ == "VERB" and lemma in TRIGGER_VERBS:
        objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        return any(_people_exchanged(o) for o in objects) and not hypothetical(token)
    if _mutual(token) or _freed_in_a_deal(token):  # "a reciprocal release of prisoners"
        return not hypothetical(token)
    if _paid_back(token) or _agreed_then_done(token):  # "In return, the army released ...", "It was carried out"
        return True
    paying = _paying_verb(token)
    if paying is not None:  # "freed X in exchange for Y"
        return not hypothetical(token if paying is token.head.head else paying)
    if token.pos_ not in ("NOUN", "PROPN") or lemma not in TRIGGER_NOUNS:
        return False
    if token.tag_ in ("NNS", "NNPS") or hypothetical(token):
        return False
    context = _captive_phrase(token) or any(_captive_word(t) for t in token.sent)
    definite = any(c.dep_ in ("det", "poss") for c in token.children)
    if _non_prisoner_sense(token) or any(_the_dead(t) for c in token.children if c.lower_ == "of"
                                         for t in c.children):
        return False
    if lemma == "swap":
        return context or definite
    if lemma == "handover" or not context:
        if _after_the_dead(token):
            return False  # "X handed over the remains of three soldiers. The handover took place ..."
        return (has_event and definite) or (lemma != "trade" and (
            _carried_out(token) or _came_home_in(token)))
    return True


def _in_a_name(token: Token) -> bool:
    """ "the Prisoner Exchange Observatory": a word of a body's name reports no swap."""
    return token.is_title and any(m.span.start <= token.i < m.span.end for m in token.doc._.mentions or [])


def _mutual(noun: Token) -> bool:
    """ "A reciprocal release", "the mutual transfer of prisoners": an exchange by another name."""
    return noun.pos_ == "NOUN" and noun.lemma_ in ("release", "handover", "repatriation", "transfer") and \
        any(c.dep_ == "amod" and c.lower_ in ("reciprocal", "mutual") for c in noun.children)


def _freed_in_a_deal(noun: Token) -> bool:
    """ "Five Americans flew home in a deal brokered by Qatar. The US released five Iranians":
    people freed through a deal while others go free the other way, told in the same sentence
    or the next, are exchanged; one freed in a deal with kidnappers is not."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _DEAL_NOUNS or not _came_home_in(noun):
        return False
    doc, freed_by_deal = noun.doc, noun.head.head
    following = doc[noun.sent.end].sent if noun.sent.end < len(doc) else noun.sent
    return any(verb.i != freed_by_deal.i and verb.pos_ == "VERB" and verb.lemma_ in RELEASE_VERBS | RETURN_VERBS
               and not hypothetical(verb) and any(_captive_word(c) or c.like_num  # "the six went home"
                                                  for c in verb.children if c.dep_ in _FREED_ROLES)
               for verb in [*noun.sent, *following])


def _carried_out(noun: Token) -> bool:
    """ "The fourth exchange was completed today", "the swap took place at the border", "the
    completion of an exchange": a
    definite exchange reported as done is one, though the sentence names no captives."""
    if not any(c.dep_ in ("det", "poss") or c.lower_ in _ORDINALS | _RECENT for c in noun.children):
        return False
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "of":  # "the completion (today) of an exchange"
        done_noun = [t for t in _words_before(verb, 2) if t.lemma_.lower() in _DONE_NOUNS]
        return bool(done_noun) and not hypothetical(done_noun[0])
    done = (noun.dep_ in ("nsubj", "nsubjpass") and verb.lemma_ in _DONE) or \
        (noun.dep_ == "dobj" and verb.lemma_ in _DOING) or \
        (noun.dep_ == "nsubj" and _takes_place(verb))
    return done and verb.pos_ in ("VERB", "AUX") and not hypothetical(verb)


def _takes_place(verb: Token) -> bool:
    return verb.lemma_ == "take" and any(c.lower_ == "place" for c in verb.children)


def _words_before(token: Token, count: int) -> Span:
    """The `count` words before `token`, past an insertion between commas that ends right
    before it: "the completion, on Friday 3 May, of an exchange"."""
    inserted = insertion_before(token)
    end = inserted.start - 1 if inserted is not None else token.i
    return token.doc[max(end - count, token.sent.start) : end]


def _came_home_in(noun: Token) -> bool:
    """ "came back in an exchange", "was freed in a swap": someone returned through one."""
    preposition = noun.head
    return noun.dep_ == "pobj" and preposition.lower_ in ("in", "through", "during") and \
        preposition.head.lemma_ in RETURN_VERBS | RELEASE_VERBS and not hypothetical(preposition.head)


def _mutual_release(sent: Span, counts: list[_Count], refs: References, also: list[Token]) -> list[Token]:
    """ "the release of 12 Armenian and 9 Azerbaijani captives", "X freed the pilot in a deal
    that saw Y release 40 prisoners", "four Poles walked out of Belarus and five Belarusians
    the other way", "each side freed 146": each side let people go, so it is an exchange though
    no word says so. The first release word is the trigger. Where the sentence has triggers
    `also`, only a release told in a relative clause of its own is another exchange ("this
    swap follows the deal of 2023, under which three Chileans and three Argentines were freed")."""
    releases = [t for t in sent if (t.lemma_ in ("release", "free", "return") or _the_other_way(t)
                                    or _handing_people(t))
                and not hypothetical(t) and not conditional(t)]
    if also:
        releases = [t for t in releases if t.dep_ == "relcl" and not any(a in also for a in t.subtree)]
        if not releases:
            return []
    if len({c.hint for c in counts if c.hint}) >= 2:
        return releases[:1]
    releasing = [t for t in releases if t.pos_ == "VERB"]
    both_ways = [t for t in releasing if any(c.dep_ == "nsubj" and _each_or_both(c) for c in t.children)
                 or _to_each_other(t) or any(_from_each_side(w) for w in t.subtree)
                 or any(o.dep_ == "pobj" and _each_or_both(o) for c in t.children if c.dep_ == "agent"
                        for o in c.children)]
    if both_ways:  # "each side freed 146", "both released 50", "by the parties", "to each other", "50 from each side"
        return both_ways[:1]
    sides = {_subject(t, refs) for t in releasing} - {None}
    deal = any(t.lemma_.lower() in _DEAL_NOUNS for t in sent)
    counted = len({c.releaser for c in counts} - {None}) >= 2  # "A freed 706 and B released 181"
    # "Six held by A were released after B freed 14": two releases, one of them told in the passive
    both = (len(sides) >= 2 and (deal or counted)) or (counted and len(releasing) >= 2)
    return releasing[:1] if both else []


def _handing_people(verb: Token) -> bool:
    """ "handed over 32 servicemen", not "will hand lists of detainees to the ICRC"."""
    return verb.pos_ == "VERB" and verb.lemma_ in _HANDING and \
        not any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in verb.children) and \
        any(_people_exchanged(c) for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))


def _to_each_other(verb: Token) -> bool:
    """ "A and B released captives to each other"."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(o.lower_ in ("other", "another") for o in c.children)
               for c in verb.children)


def _each_or_both(subject: Token) -> bool:
    """ "each side", "both parties", "the two sides", "the parties"."""
    plural = subject.tag_ == "NNS" and any(c.lower_ in ("the", "two") for c in subject.children)
    return subject.lemma_.lower() in ("side", "party") and (
        plural or any(c.lower_ in ("each", "both") for c in subject.children))


def _each_side(sent: Span) -> int | None:
    """ "A and B each returned 146 prisoners", "swapped 84 prisoners each", "traded 185
    apiece", "each side received 50": the same count for every side."""
    for token in sent:
        per_side = _from_each_side(token)
        if per_side is not None:
            return per_side
        if token.lower_ not in ("each", "apiece") or \
                token.dep_ not in ("appos", "advmod", "det", "npadvmod"):
            continue
        if token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "other":
            continue  # "the two men passed each other"
        if token.dep_ == "det" and token.head.lemma_ not in ("side", "party"):
            continue  # "staff interviewed each detainee"
        verb = next((a for a in token.ancestors if a.pos_ == "VERB"), token.head)  # "freed by each side"
        if verb.lemma_ not in TRIGGER_VERBS | RELEASE_VERBS | RECEIVE_VERBS | RETURN_VERBS:
            continue
        for word in (verb.head if verb.dep_ == "acl" else verb).subtree:  # "saw 11 detainees freed by each side"
            count = _count_of(word)
            if count is not None and word.i != token.i:
                return count
    return None


def _from_each_side(token: Token) -> int | None:
    """ "84 prisoners from each side were freed": the count of the people the phrase is about."""
    side = token.head
    if token.lower_ != "each" or side.lemma_ not in ("side", "party") or side.dep_ != "pobj" or \
            side.head.lower_ not in ("from", "on", "of"):
        return None
    people = side.head.head
    return next((n for c in people.children if c.dep_ == "nummod" and (n := _count_of(c)) is not None), None)


def _in_return_for(token: Token) -> bool:
    """ "in exchange for", "in return (for)": one side's release paid for the other's."""
    return _paying_verb(token) is not None


def _paid_back(token: Token) -> bool:
    """ "The rebels freed two pilots. In return, the army (agreed to) let go a commander", "B,
    in turn, freed seven": a release told as the price of the one the sentence before reported
    done (people freed, or flown home). The "agreed to" counts here, as the first release
    shows that the deal was carried out."""
    in_return = token.lower_ in ("exchange", "return") and token.head.i == token.sent.start and \
        token.doc[token.i + 1 : token.i + 2].text == ","
    in_turn = token.lower_ == "turn" and not any(c.dep_ in ("det", "poss") for c in token.children)
    if not (in_return or in_turn) or token.dep_ != "pobj" or token.head.lower_ != "in":
        return False
    verb = token.head.head
    if verb.lemma_ in _AGREEING:
        verb = next((c for c in verb.children if c.dep_ == "xcomp"), verb)
    if not (verb.lemma_ in RELEASE_VERBS or _grants_mercy(verb)) or verb.pos_ != "VERB" or conditional(verb) or \
            any(c.dep_ == "neg" for t in (verb, verb.head) for c in t.children):
        return False
    sent = token.sent
    before = [*_sentence_before(sent), *token.doc[sent.start : token.head.i]]
    return any(  # "A let go of X, and B in turn freed Y": a release earlier in the sentence, too
        t.pos_ == "VERB" and not hypothetical(t) and (t.lemma_ in RELEASE_VERBS or t.lemma_ in RETURN_VERBS and any(
            _captive_or_demonym(c) for c in t.children if c.dep_ in ("nsubj", "nsubjpass"))) for t in before)


def _agreed_then_done(token: Token) -> bool:
    """ "The delegations agreed on a 1,000-for-1,000 exchange. It was carried out in three
    stages": the swap agreed in the sentence before, told done."""
    verb = token.head
    done = token.lower_ == "it" and token.dep_ in ("nsubj", "nsubjpass") and (
        verb.lemma_ in _DONE | _DOING or _takes_place(verb))
    if not done or hypothetical(verb) or conditional(verb):
        return False
    return any(t.lemma_ in TRIGGER_NOUNS and t.pos_ == "NOUN" and not _non_prisoner_sense(t)
               for t in _sentence_before(token.sent))


def _sentence_before(sent: Span) -> Span:
    """The sentence before `sent`; empty at the start of the document."""
    return sent.doc[sent.start - 1].sent if sent.start > 0 else sent.doc[0:0]


def _paying_verb(token: Token) -> Token | None:
    """The verb of release an "in exchange for" or "in return" hangs on: its own head, or the
    sentence's when the parser hangs it on a clause in between ("releases X, who was awaiting
    trial, in exchange for ...")."""
    if token.lower_ not in ("exchange", "return") or token.dep_ != "pobj" or token.head.lower_ != "in":
        return None
    verbs = [token.head.head]
    if token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "for":
        verbs.append(token.sent.root)
    return next((v for v in verbs if v.pos_ in ("VERB", "AUX") and
                 v.lemma_ in RELEASE_VERBS | RECEIVE_VERBS | RETURN_VERBS), None)


def _the_dead(noun: Token) -> bool:
    """ "the bodies of 50 soldiers": a repatriation of the dead is not a prisoner exchange."""
    return bool({noun.lemma_.lower(), noun.lower_} & {"body", "remains", "corpse"})


def _after_the_dead(noun: Token) -> bool:
    """A handover told right after the remains of the dead were handed over is theirs."""
    return any(_the_dead(t) and t.dep_ in ("dobj", "nsubjpass") for t in [*_sentence_before(noun.sent), *noun.sent])


def _non_prisoner_sense(token: Token) -> bool:
    """ "exchange of fire", "stock exchange", "trade deal": not about people; nor a player
    swap between football clubs."""
    words = {c.lemma_.lower() for c in token.subtree if c.i != token.i}
    phrase = token.head if token.dep_ == "compound" else token  # "a swap deal that sends midfielder X"
    told_by = [c for c in phrase.head.children if c.dep_ == "nsubj"]  # "the club confirmed a swap"
    sport = {t.lemma_.lower() for t in [*phrase.subtree, *told_by]} & _SPORT
    return bool(sport or words & {"fire", "stock", "rate", "view", "letter", "note", "idea", "information",
                                  "grain", "good", "currency", "barb", "gunfire", "blow", "shot", "cryptocurrency",
                                  "crypto", "bitcoin", "commodity"})


def _people_exchanged(noun: Token) -> bool:
    """ "exchanged 100 prisoners", "swapped hundreds of detainees"; not "exchanged lists of
    prisoners" or "the bodies of soldiers"."""
    if _captive_word(noun) or _a_person(noun):  # "Griner was traded for Bout"
        return True
    if noun.lower_ in ("he", "she") and any(_a_person(o) for o in traded_for(noun.head)):
        return True  # "he had been traded for Ivan Belov"
    counted = noun.like_num or noun.lemma_.lower() in _QUANTITIES
    return counted and _captive_phrase(noun) and not _the_dead(noun)


def _a_person(token: Token) -> bool:
    """Whether the token names a person, as the NER or kg_actors (which knows more names) found."""
    if token.ent_type_ == "PERSON":
        return True
    actors = token.doc._.actors or {}
    return any(m.span.start <= token.i < m.span.end and actors[m.key].kind == "Person"
               for m in token.doc._.mentions or [])


def _captive_word(token: Token) -> bool:
    """Words for people held: "prisoners", "detainees", "two sons of", and peoples ("five
    Americans")."""
    return token.lemma_.lower() in CAPTIVES | KIN or token.lower_ in CAPTIVES or (
        token.tag_ in ("NNS", "NNPS") and gazetteer().demonym(token.text) is not None)


def _captive_phrase(token: Token) -> bool:
    return any(_captive_word(t) for t in token.subtree)


def _marked_past(trigger: Token) -> bool:
    """ "another swap", "the previous exchange", and "the previous mediation (on the 14th), in
    which 84 were released": a trigger told of an earlier event, or a release told in a
    clause about one."""
    if any(c.lower_ in NEW_EVENT_MARKERS for c in trigger.children):
        return True
    events = TRIGGER_NOUNS | _DEAL_NOUNS | _OPERATION_NOUNS | {"mediation"}
    return trigger.pos_ == "VERB" and any(
        t.lemma_ in events and any(c.dep_ == "amod" and c.lower_ in NEW_EVENT_MARKERS for c in t.children)
        for t in trigger.doc[trigger.sent.start : trigger.i])


def _separate(sent: Span) -> bool:
    """ "under a separate arrangement": what follows is not the exchange at hand."""
    return bool(re.search(r"\b(separate|parallel)\s+(arrangement|deal|agreement|release)",
                          sent.text, re.I))


def _choose(trigger: Token, sent: Span, date: DateMention | None, named: list[str],
            returns: list[_Count], exchanges: list[_Exchange], current: _Exchange | None,
            refs: References) -> _Exchange | None:
    """The exchange a trigger speaks of, or None for a new one; `named` are the sides its
    sentence (or clause, `sent`) names."""
    if current is None:
        return None
    ordinal = _ordinal(trigger)
    if ordinal and current.ordinal and ordinal != current.ordinal:  # "the fourth ... the third"
        return next((e for e in exchanges if e.ordinal == ordinal), None)
    if _marked_past(trigger) and (not _demonstrative(trigger) or date and current.date is None):
        return _same_date(date, exchanges)  # "another swap"; "the previous swap, in May" when this one is undated
    if date and current.date and _different(date, current.date):
        return _same_date(date, exchanges)
    if date and current.date is None and _long_before(date, trigger.doc) and not _demonstrative(trigger):
        return _same_date(date, exchanges)  # today's swap, then "On 29 January 2004, A freed B in return for C"

    def states(keys: list[str]) -> set[str]:  # "Damascus" and "the Syrian government": one side
        return {as_state(k, refs) for k in keys}

    if len(named) >= 2 and len(current.parties) >= 2 and not states(named) <= states(current.parties):
        return next((e for e in exchanges if states(named) <= states(e.parties)  # other sides: another
                     and not (date and e.date and _different(date, e.date))), None)
    if _SAME_MEDIATORS.search(sent.text):  # "arranged by the same mediators": another one
        return _same_date(date, exchanges) if date else None
    if returns and current.conflicts(returns, refs):
        return None
    return current


def _told_as_news(trigger: Token) -> bool:
    """ "A prisoner exchange is under way", "have completed an exchange": today's news."""
    clause = clause_of(trigger)
    verbs = [clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass"))]
    return any(v.tag_ in ("VBZ", "VBP") for v in verbs) and not hypothetical(clause)


def _ordinal(trigger: Token) -> str | None:
    return next((c.lower_ for c in trigger.children if c.lower_ in _ORDINALS), None)


def _demonstrative(trigger: Token) -> bool:
    return any(c.lower_ in ("that", "this", "the") and c.dep_ == "det" for c in trigger.children)


def _long_before(date: DateMention, doc: Doc) -> bool:
    """A day more than a month before the news: not the day of an exchange told undated as news."""
    published = doc._.published
    return bool(date.day and published and (published - date.day).days > 31)


def _different(a: DateMention, b: DateMention) -> bool:
    if a.day and b.day:
        return a.day != b.day
    month_a = (a.day.year, a.day.month) if a.day else a.month
    month_b = (b.day.year, b.day.month) if b.day else b.month
    return bool(month_a and month_b and month_a != month_b) or a.relative_past != b.relative_past


def _same_date(date: DateMention | None, exchanges: list[_Exchange]) -> _Exchange | None:
    if date is None:
        return None
    for event in exchanges:
        if event.date and not _different(date, event.date):
            return event
    return None


# -- returns --------------------------------------------------------------------------------


@dataclass
class _Count:
    """A counted group of people released or returned, before its recipient is settled."""

    count: int
    hint: str | None  # recipient named by the phrase: a demonym, a possessive, "to X"
    releaser: str | None  # the side that let them go
    start: int
    end: int
    token: Token
    share: bool = False  # a part of a group sent to a side named outright: "five to Germany"


def _counts(sent: Span, refs: References, earlier: list[_Count], kinds: dict[str, set[str]]) -> list[_Count]:
    """Counted groups of people released or returned in a sentence; `earlier` holds the
    last group counted before it. `kinds` maps the words counted groups were named by to
    whose people they were, in the document so far (`_learn_kinds`): a story that sent "four
    Israeli hostages" to one side and "214 Palestinian prisoners" to the other sends "three
    hostages" and "190 prisoners" the same way."""
    found: list[_Count] = []
    unplaced: list[_Count] = []  # came home, to whom the sentence does not say
    for token in sent:
        count = _count_of(token) or _same_number(token, earlier + found) or _one_named(token)
        if count is None:
            continue
        noun = _counted_noun(token)
        count += _named_with(noun)
        if _is_subcount(noun) or not _released(noun):
            continue
        hint, releaser = _recipient(noun, refs), _releaser(noun, refs)
        if hint is None and releaser is None and len(kinds.get(noun.lemma_, ())) == 1:
            [hint] = kinds[noun.lemma_]
        if _adds_to(found, noun, hint, count) or (hint and hint == releaser):
            continue  # "Venezuela also frees 20 Venezuelan political prisoners": its own, not a return
        if hint or releaser:
            found.append(_Count(count, hint, releaser, sent.start_char, sent.end_char, token))
        elif _went_home(noun):
            unplaced.append(_Count(count, _OTHER_WAY, None, sent.start_char, sent.end_char, token))
    if len(unplaced) == 1 and len(found) == 1 and found[0].hint not in (None, _OTHER_WAY):
        found += unplaced  # "The six went home because A handed 14 fighters back to B": to A
    if found and any(t.lemma_ in RECEIVE_VERBS for t in sent):
        found += _gapped(sent, refs, found)
    if _MANY_SIDED.search(sent.text):  # "a three-way exchange": whose people they are is a side
        for count in found:
            count.share = bool(count.hint and count.hint.startswith(("Country:", "Organization:")))
    return found + _shares(sent, refs)


def _went_home(noun: Token) -> bool:
    """ "The six went home", "40 came back": a return told without the side."""
    verb = _governing_verb(noun)
    return verb is not None and verb.lemma_ in RETURN_VERBS and noun.dep_ == "nsubj" and \
        any(c.lower_ in ("home", "back") for c in verb.children)


def _shares(sent: Span, refs: References) -> list[_Count]:
    """ "eleven were released to the other side — five to Germany, four to the United States
    and two to Poland": a group split by where each part went."""
    shares = []
    for token in sent:
        if not token.like_num or token.dep_ not in ("appos", "conj"):
            continue
        targets = [o for c in token.children if c.dep_ == "prep" and c.lower_ == "to"
                   for o in c.children if o.dep_ == "pobj"]
        key = actor_of(targets[0], refs) if targets else None
        count = parse_count(token.text)
        if key and count and not _intermediary(key, refs):
            shares.append(_Count(count, key, None, sent.start_char, sent.end_char, token, share=True))
    return shares if len(shares) >= 2 else []  # a list of shares, not one number in apposition


def _gapped(sent: Span, refs: References, found: list[_Count]) -> list[_Count]:
    """ "Ethiopia received 22 of its troops and Eritrea 16", "the Houthis receive 681 and the
    government 375": after a side's count, "and <another side> <number>" is that side's."""
    counted = {c.token.i for c in found}
    gapped = []
    for token in sent:
        if not token.like_num or token.i in counted or token.i < sent.start + 3:
            continue
        side_token = token.doc[token.i - 1]
        before = token.doc[side_token.i - 1]
        if before.lower_ == "the":
            before = token.doc[before.i - 1]
        key = _side_or_camp(side_token, refs) if before.lower_ in ("and", ",") else None
        count = parse_count(token.text)
        if key and count:
            gapped.append(_Count(count, key, None, sent.start_char, sent.end_char, token))
    return gapped


def _learn_kinds(kinds: dict[str, set[str]], counts: list[_Count], exchanges: list[_Exchange]) -> None:
    """Remember whose people a sentence's counted groups were, as their exchange settled it
    ("214 Palestinian prisoners" went to Hamas); only groups whose own words name their side."""
    for count in counts:
        noun = _counted_noun(count.token)
        if not any(c.dep_ in ("amod", "compound", "poss") and c.i != count.token.i for c in noun.children):
            continue
        settled = {r.recipient for e in exchanges for r in e.returns
                   if r.start == count.start and r.count == count.count}
        if len(settled) == 1:
            kinds.setdefault(noun.lemma_, set()).update(settled)


def _one_named(token: Token) -> int | None:
    """ "while Moldova released Igor Balan, a resident of Tiraspol": the persons a side
    let go, named or described without a count ("freed Ana Ruiz and Luis Gil": two; "in
    return for a businessman": one)."""
    let_go = token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_ in RELEASE_VERBS and \
        token.head.pos_ == "VERB"
    let_go = let_go or _freed_through(token) is not None
    paid = token.dep_ == "pobj" and token.head.lower_ == "for" and _in_return_for(token.head.head)
    if not (let_go or paid) or not _one_person(token):
        return None
    named = [token, *token.conjuncts, *_listed_after_description(token)]
    return len(named) if all(map(_one_person, named)) else None


def _listed_after_description(token: Token) -> list[Token]:
    """ "freed Ana Ruiz, a nurse held since May, and Luis Gil": the parser hangs the next
    person of the list on the description, which it may take for the verb's own."""
    described = [c for c in token.children if c.dep_ == "appos"]
    described += [c for c in token.head.children if c.dep_ == "npadvmod" and c.i > token.i]
    return [c for d in described[:1] for c in d.conjuncts if _a_person(c)]


def _one_person(token: Token) -> bool:
    """A person named, or one described or called back: "a businessman", "an Iranian
    engineer", "the Danish citizen Mr. Jon Holm", "he"."""
    if token.lower_ in ("he", "she"):
        return True
    if token.tag_ != "NN" or not _captive_word(token):
        return _a_person(token)
    if any(c.lower_ in ("a", "an") for c in token.children):
        return True
    name = next((w for w in token.doc[token.i + 1 : token.i + 3]  # the name right after, past a "Mr."
                 if w.lower_.rstrip(".") not in ("mr", "mrs", "ms", "dr")), None)
    return _a_person(token) or (name is not None and _a_person(name))


def _named_with(noun: Token) -> int:
    """ "Alex Petrov and eleven other Russians", "a prefect and three gendarmes": the named
    or single people listed with the count, which it leaves out."""
    if noun.dep_ != "conj":
        return 0
    others = [t for t in [noun.head, *noun.head.conjuncts] if t.i != noun.i]
    named = sum(1 for t in others if t.ent_type_ == "PERSON") if any(c.lower_ == "other" for c in noun.children) else 0
    return named + sum(1 for t in others if t.pos_ == "NOUN" and any(c.lower_ in ("a", "an") for c in t.children))


def _same_number(token: Token, found: list[_Count]) -> int | None:
    """ "90 Ukrainians came home and the same number of Russians were returned"."""
    same = token.lower_ == "number" and any(c.lower_ == "same" for c in token.children)
    return found[-1].count if same and found else None


def _adds_to(found: list[_Count], noun: Token, hint: str | None, count: int) -> bool:
    """ "freed 120 soldiers and 5 civilians": one group of 125, counted into the first; but
    "230 Ukrainians, 224 soldiers and six civilians" is a total and its breakdown."""
    if noun.dep_ != "conj":
        return False
    for earlier in found:
        token = earlier.token
        earlier_noun = _counted_noun(token)
        listed = any(t.is_punct for t in noun.doc[earlier_noun.i : noun.i])
        if noun.head.i == earlier_noun.i and (hint in (None, earlier.hint) or earlier.hint is None) and not listed:
            earlier.count += count  # "34 soldiers and 11 of their relatives": 45 of one side
            earlier.hint = earlier.hint or hint
            return True
    return False


def _counted_noun(token: Token) -> Token:
    """The noun a number counts: "fighters" in "11 Boko Haram fighters", where the parser hangs
    the number on the name."""
    if token.dep_ not in ("nummod", "amod"):
        return token
    noun = token.head
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    return noun


def _count_of(token: Token) -> int | None:
    """The exact number of people a number token states, or None."""
    if token.lower_ == "single" and token.dep_ == "amod" and _captive_word(token.head):
        return 1
    if not token.like_num or _a_year(token) or \
            token.dep_ not in ("nummod", "nsubj", "nsubjpass", "dobj", "pobj", "conj"):
        return None
    if token.dep_ == "nummod" and not _captive_or_demonym(_counted_noun(token)):
        return None
    if token.dep_ == "conj" and not any(_captive_word(o) for p in token.children if p.lower_ == "of"
                                        for o in p.children if o.dep_ == "pobj"):
        return None  # "34 soldiers and 11 of their relatives": a part of the group, with its own count
    words = _number_words(token)
    before = token.doc[max(words[0].i - 2, 0) : words[0].i]
    if any(t.lower_ in _APPROXIMATE and t.dep_ != "prt" and not _particle_over(t) for t in before):
        return None
    return parse_count(" ".join(t.text for t in words))


def _number_words(token: Token) -> list[Token]:
    """The words of the number `token` heads: "a hundred and three", "1,027"."""
    numeric = {t.i for t in token.subtree if (t.like_num and not _a_year(t)) or t.lower_ in ("and", "a", "-")}
    start = end = token.i
    while start - 1 in numeric:
        start -= 1
    while end + 1 in numeric and (token.doc[end + 1].lower_ != "and" or end + 2 in numeric):
        end += 1
    return list(token.doc[start : end + 1])


def _a_year(token: Token) -> bool:
    """ "The last day of 2019 - Twenty-five detainees": a year the parser joined to the count."""
    return token.ent_type_ == "DATE" and token.is_digit and len(token.text) == 4


def _particle_over(token: Token) -> bool:
    """ "handed over 32" ("over" goes with the verb), not "freed over 100" (more than)."""
    return token.lower_ == "over" and token.i > 0 and token.doc[token.i - 1].lemma_ in ("hand", "turn")


def _captive_or_demonym(noun: Token) -> bool:
    """People: "prisoners", "Ukrainians", "Albanian policemen", "members of the crew", "four
    teachers abducted by X"."""
    gaz = gazetteer()
    held = any(c.dep_ == "acl" and c.lemma_ in _HOLDING for c in noun.children)
    return _captive_word(noun) or held or gaz.demonym(noun.text) is not None or \
        any(_captive_word(c) for c in noun.children if c.dep_ == "prep") or \
        any(c.dep_ == "amod" and gaz.demonym(c.text) for c in noun.children)


def _is_subcount(noun: Token) -> bool:
    """ "230 Ukrainians, 224 soldiers and six civilians": the breakdown is not a return;
    nor is the total of "an exchange of 887 detainees"."""
    node = noun
    while node.dep_ == "conj":
        node = node.head
    among = noun.head.lower_ == "among" and noun.head.head.lemma_ != "be"  # not "X was among 90"
    # not "handed to the side 11 men", nor "He (or Abdi) came home, one of three Americans freed"
    one_of = node.head.pos_ == "PRON" or any(t.lower_ == "one" and t.dep_ == "quantmod" for t in node.subtree)
    appended = node.dep_ == "appos" and _handed_to_first(node) is None and not one_of
    return appended or noun.head.lower_ == "including" or among or \
        (node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_ in
         TRIGGER_NOUNS)


def _released(noun: Token) -> bool:
    """Whether the counted people are released, handed over, exchanged or come home."""
    let_go = _freed_through(noun)
    if let_go is not None:
        return not hypothetical(let_go)
    if _handed_to_first(noun) is not None:
        return True
    node = noun
    while not _freed_participle(node) and node.dep_ in ("conj", "appos", "pobj", "prep") and \
            node.head.i != node.i:
        if node.dep_ == "pobj" and node.head.lower_ == "for" and (
                node.head.head.lower_ in ("exchange", "return")
                or node.head.head.lemma_ in TRIGGER_VERBS):  # "traded for five Iranians"
            return True
        node = node.head
        if node.pos_ == "NOUN" and node.lemma_ in ("release", "return", "exchange", "swap"):
            return True
        if _the_dead(node):
            return False  # "handed over the remains of 3 soldiers"
    if _freed_participle(node):
        return True
    verb = _governing_verb(node) if node.dep_ in ("nsubj", "nsubjpass", "dobj") else None
    if verb is not None and verb.lemma_ == "be" and any(c.lower_ in ("back", "home") for c in verb.children):
        return not hypothetical(verb)  # "three hostages are back in Israel"
    if verb is not None and _carried_by_a_vehicle(verb):
        return not hypothetical(verb)
    if verb is None or verb.lemma_ not in RELEASE_VERBS | RECEIVE_VERBS | RETURN_VERBS:
        return False
    return not hypothetical(verb) or verb.lemma_ == "free"


def _carried_by_a_vehicle(verb: Token) -> bool:
    """ "A plane carrying 100 detainees landed", "a second flight took 15 nationals to Abha":
    people a handover's transport moved (and not "the militants took 15 hostages")."""
    vehicle = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return verb.lemma_ in _CARRYING and vehicle is not None and vehicle.lemma_.lower() in _VEHICLES


def _handed_to_first(noun: Token) -> Token | None:
    """The recipient of "handed over to the Kyrgyz side 9 citizens", where the parser folds the
    people into the "to" phrase: as its head's modifier, or in apposition to it."""
    phrase = noun.head if noun.dep_ == "appos" else noun
    to = phrase.head
    if phrase.dep_ != "pobj" or to.lower_ != "to" or to.head.lemma_ not in RELEASE_VERBS or to.head.pos_ != "VERB":
        return None
    if phrase is not noun:
        return phrase
    return next((c for c in noun.children if c.dep_ == "nmod"), None)


def _freed_through(noun: Token) -> Token | None:
    """The verb that freed the people a preposition names: "let" of "the army let go of 41
    fighters", "granted" of "the US granted clemency to seven Iranians"."""
    if noun.dep_ != "pobj":
        return None
    go = noun.head.head if noun.head.lower_ == "of" else None
    if go is not None and go.lower_ == "go" and go.head.lemma_ == "let":
        return go.head
    grant = noun.head.head if noun.head.lower_ == "to" else None
    return grant if grant is not None and _grants_mercy(grant) else None


def _grants_mercy(verb: Token) -> bool:
    """ "granted clemency (to ...)", "granted them a pardon": a release by another name."""
    return verb.lemma_ == "grant" and any(c.dep_ == "dobj" and c.lemma_.lower() in _MERCY for c in verb.children)


def _freed_participle(node: Token) -> bool:
    """ "103 Ukrainians freed in the deal", "one of 212 men freed on Friday"."""
    return any(c.dep_ == "acl" and c.lemma_ in RELEASE_VERBS | RETURN_VERBS and not hypothetical(c)
               for c in node.children)


def _recipient(noun: Token, refs: References) -> str | None:
    """Who got the counted people back, when the phrase itself says so."""
    verb = _governing_verb(noun)
    if verb is not None and verb.lemma_ in RECEIVE_VERBS:
        receiver = _subject_or_camp(verb, refs)  # "the rebels got back 40 of their men", before "their"
        if receiver:
            return receiver
    shifted = _handed_to_first(noun)
    if shifted is not None:
        return actor_of(shifted, refs)
    named = _recipient_in_phrase(noun, refs)
    if named is None and (verb is not None and any(
            _the_other_way(c) or c.dep_ == "advcl" and any(map(_the_other_way, c.children)) for c in verb.children)
            or _went_the_other_way(noun)):
        return _OTHER_WAY  # "freed six held in Belarus and sent four the other way"; "Going the other way, X freed 9"
    handed = [c for c in noun.children if c.dep_ == "acl"]  # "the 14 detainees handed over by A to B"
    return named or _recipient_by_verb(verb, noun, refs) or \
        next((k for c in handed if (k := _recipient_by_verb(c, noun, refs))), None) or _from_side(noun, refs)


def _went_the_other_way(noun: Token) -> bool:
    """ "while 20 detainees freed from its prisons went the other way": the other way told
    after the counted people, before any other number, however the parser joined the clauses."""
    after = noun.doc[noun.i + 1 : noun.sent.end]
    end = next((t.i for t in after if t.like_num), noun.sent.end)
    return any(_the_other_way(t) for t in noun.doc[noun.i + 1 : end])


def _the_other_way(token: Token) -> bool:
    """ "(sent four) the other way", "in the other direction"."""
    return token.lower_ in ("way", "direction") and any(o.lower_ in ("other", "opposite") for o in token.children)


def _from_side(noun: Token, refs: References) -> str | None:
    """ "12 captives from the Armenian side": the people of that side."""
    doc = noun.doc
    for token in doc[noun.i + 1 : min(noun.i + 6, len(doc))]:
        if token.like_num:
            return None
        if token.lower_ == "side" and any(t.lower_ == "from" for t in doc[noun.i + 1 : token.i]):
            modifiers = [c for c in token.children if c.dep_ in ("amod", "compound")]
            if modifiers:  # "the South Sudanese side"
                first = min(t.i for m in modifiers for t in m.subtree)
                country = gazetteer().demonym(doc[first : token.i].text)
                return refs.country(country.code) if country else None
    return None


def _recipient_in_phrase(noun: Token, refs: References) -> str | None:
    gaz = gazetteer()
    of_phrase = [t for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                 for t in _own_words(c)]
    heads_first = sorted(of_phrase, key=lambda t: t.dep_ != "pobj")  # the group, not "al-Qaeda-linked"
    for token in heads_first:  # "three citizens of the United States", "four commanders of the group"
        key = refs.named(token) or (refs.resolve(token) if token.pos_ in ("NOUN", "PROPN") else None)
        if key and (refs.actors[key].kind == "Country" or
                    gaz.organization_kind(refs.actors[key].name) == "armed group"):
            return key
    words = [noun, *noun.children, *of_phrase]  # a possessive last: "its remaining 1,287 Eritrean prisoners"
    for token in sorted(words, key=lambda t: t.dep_ == "poss"):
        previous = token.doc[token.i - 1] if token.i > 0 else None
        two_words = f"{previous.text} {token.text}" if previous is not None else ""
        country = None if dual_nationality(token) else gaz.demonym(two_words) or gaz.demonym(token.text)
        if country and token.text[0].isupper():  # "Ethiopian soldiers" are the state's, whoever else is named
            return refs.country(country.code) if noun.lemma_ in _STATE_PEOPLE else _people_key(country.code, refs)
        group = gaz.organization(token.text + "s") or gaz.organization(token.text)
        if group and token.text[0].isupper() and token.dep_ in ("amod", "compound"):
            return f"Organization:{group}" if f"Organization:{group}" in refs.actors else None
        named = refs.named(token) if token.dep_ == "compound" else None
        if named and (refs.actors[named].kind == "Country" or
                      gaz.organization_kind(refs.actors[named].name) == "armed group"):
            return named  # "27 TNLA members", "five United States citizens"
        if token.lower_ in ("its", "their") and token.dep_ == "poss":
            subject = next((t for t in token.sent if t.dep_ == "nsubj" and t.i < token.i), None)
            if subject is not None and actor_of(subject, refs) is None and _camp(subject):
                return _camp(subject)  # "the government freed 20 in return for 9 of its own"
            key = side_of(refs.resolve(token), refs)
            if key:
                return key
    return _camp(noun)


def _side_or_camp(token: Token, refs: References) -> str | None:
    """The side a word names, else the camp: "the government" where no government is named."""
    return side_of(refs.resolve(token), refs) or _camp(token)


def _camp(noun: Token) -> str | None:
    """ "five government soldiers", "twelve rebels", "opposition detainees": people of the
    state's side or of the armed group's, in a war between the two."""
    words = {noun.lemma_.lower()} | {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound")}
    if words & _STATE_WORDS:
        return _STATE_CAMP
    if words & _GROUP_WORDS:
        return _GROUP_CAMP
    return None


def _own_words(token: Token) -> list[Token]:
    """The token's phrase without what is conjoined to its words or said of them in a clause:
    in "22 of its troops and Eritrea 16", "of its troops"; in "two nephews of a minister who
    were jailed in Peru", "of a minister"."""
    joined = {t.i for node in token.subtree for c in node.children if c.dep_ in ("conj", "cc", "relcl", "acl")
              for t in c.subtree}
    return [t for t in token.subtree if t.i not in joined]


def _people_key(code: str, refs: References, register: bool = True) -> str:
    """Whom a demonym names: its country, unless the document does not name the country but
    names one armed group of it ("Palestinian prisoners" in a report about Hamas). The
    country becomes an actor of the document only when `register` says so."""
    if f"Country:{code}" not in refs.actors:
        groups = [k for k, a in refs.actors.items() if gazetteer().organization_country(a.name) == code]
        if len(groups) == 1:
            return groups[0]
    return refs.country(code) if register else f"Country:{code}"


def _recipient_by_verb(verb: Token | None, noun: Token, refs: References) -> str | None:
    """ "handed over to X", or the side whose people were the price ("freed ... in return for
    them"); `verb` is the one that governs the counted noun."""
    if verb is not None and verb.lemma_ in RELEASE_VERBS | RETURN_VERBS:
        for child in verb.children:
            if child.dep_ in ("prep", "dative") and child.lower_ == "to":
                target = [_loyal_to(t) for t in child.children if t.dep_ == "pobj"]
                key = actor_of(target[0], refs) if target else None
                if key and not _intermediary(key, refs) and not (
                        verb.lemma_ in RETURN_VERBS and _a_city(target[0])):
                    return key  # not "handed to the Red Cross", not "flown to Doha"
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and _in_return_for(noun.head.head):
        return _subject_or_camp(noun.head.head.head.head, refs)  # "the government freed 20 in return for 9"
    return None


def _loyal_to(token: Token) -> Token:
    """ "forces loyal to the GNU": the side they are loyal to."""
    loyal = [o for a in token.children if a.lower_ == "loyal" for p in a.children if p.lower_ == "to"
             for o in p.children if o.dep_ == "pobj"]
    return loyal[0] if loyal else token


def _a_city(token: Token) -> bool:
    return gazetteer().country(token.text) is None and gazetteer().metonym(token.text) is not None


def _intermediary(key: str, refs: References) -> bool:
    """An international body that receives people only to pass them on."""
    return gazetteer().organization_kind(refs.actors[key].name) == "international body"


def _releaser(noun: Token, refs: References) -> str | None:
    """Who let the counted people go: the subject of "X freed 50", "50 freed by X", "50 held
    by X", "held in X" or "50 X had captured" (whoever held them let them go), or "the
    release by X of 50"."""
    verb = _governing_verb(noun)
    both = verb is not None and verb.lemma_ in TRIGGER_VERBS | RELEASE_VERBS and \
        any(c.dep_ == "nsubj" and c.conjuncts for c in verb.children)  # "A and B exchanged / freed 38": a total
    freeing = verb is not None and verb.lemma_ in RELEASE_VERBS and noun.dep_ in ("dobj", "conj") and not both
    let_go = _freed_through(noun)
    subject = _subject_or_camp(verb, refs) if freeing else _subject_or_camp(let_go, refs) if let_go else None
    if subject:
        return subject
    participles = [c for c in noun.children if c.dep_ == "acl" and c.lemma_ in RELEASE_VERBS | _HOLDING]
    for participle in participles + ([noun.head] if _misread_participle(noun) else []):
        agents = [o for a in participle.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        if agents:
            return _side_or_camp(agents[0], refs)  # "held by the government", where none is named
        if participle.lemma_ in _HOLDING:  # "five people held in Belarus": Belarus let them go
            places = [o for a in participle.children if a.dep_ == "prep" and a.lower_ == "in"
                      for o in a.children if o.dep_ == "pobj"]
            key = refs.named(places[0]) if places else None
            if key and refs.actors[key].kind == "Country":
                return key
    holders = [s for c in noun.children if c.dep_ == "relcl" and c.lemma_ in _HOLDING
               for s in c.children if s.dep_ == "nsubj" and s.tag_ not in ("WP", "WDT")]
    if holders:  # "17 soldiers the militants had captured"
        return _side_or_camp(holders[0], refs)
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
            noun.head.head.lemma_ in ("release", "return", "handover"):
        for prep in noun.head.head.children:
            if prep.dep_ == "prep" and prep.lower_ == "by":
                agents = [c for c in prep.children if c.dep_ == "pobj"]
                return side_of(refs.resolve(agents[0]), refs) if agents else None
    return None


def _subject(verb: Token, refs: References) -> str | None:
    subject = _subject_words(verb, refs)
    return actor_of(subject[0], refs) if subject else None


def _subject_words(verb: Token, refs: References) -> list[Token]:
    """The verb's subject, also where the parser hung it elsewhere."""
    subject = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subject and verb.dep_ == "acl" and any(c.dep_ == "dobj" for c in verb.children):
        # "The LNA, handed over 103 detainees", "A freed 18 men and B freed 12": a clause the parser
        # took for a participle of the noun, or of the last one joined to it
        subject = [max((t for t in [verb.head, *verb.head.conjuncts] if t.i < verb.i), key=lambda t: t.i)]
    if not subject and verb.dep_ == "conj":
        subject = _misattached_subject(verb, refs) or [c for c in verb.head.children
                                                        if c.dep_ == "nsubj"]
    if not subject and verb.dep_ == "ccomp":  # "A got back 40 and B received nine": B hung on "40"
        subject = _misattached_subject(verb, refs)
    if not subject and verb.dep_ == "xcomp":  # "the rebels were to free 80"
        subject = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return subject


def _subject_or_camp(verb: Token, refs: References) -> str | None:
    """The verb's subject's side, else its camp: "the government receives 181", "the
    government released 103" where no government is named, in a war with an armed group."""
    subjects = _subject_words(verb, refs)
    return (actor_of(subjects[0], refs) or _camp(subjects[0])) if subjects else None


def _misattached_subject(verb: Token, refs: References) -> list[Token]:
    """In "A freed ten on Friday and B released five" the small model often hangs B on
    "Friday"; a name right before a subjectless second verb is its subject."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and before.dep_ in ("conj", "pobj") and refs.named(before):
        return [before]
    return []


def _governing_verb(noun: Token) -> Token | None:
    """The verb the counted noun is the subject or object of; past one that moves them on the
    way to the one that frees them: "14 men were driven across the line and handed to X"."""
    node = noun
    while node.dep_ in ("conj", "appos"):
        node = node.head
    verb = node.head if node.dep_ in ("nsubj", "nsubjpass", "dobj") else None
    if verb is not None and _misread_participle(node):
        verb = verb.head  # "five Iranians held in the US were freed", read as "Iranians held"
    if verb is None or verb.lemma_ in RELEASE_VERBS | RECEIVE_VERBS | RETURN_VERBS or node.dep_ == "dobj":
        return verb
    freeing = [c for c in verb.children if c.dep_ == "conj" and c.lemma_ in RELEASE_VERBS
               and not any(s.dep_.startswith("nsubj") for s in c.children)]
    return freeing[0] if freeing else verb


def _misread_participle(noun: Token) -> bool:
    """Whether the parser took "held" in "five Iranians held in the US were freed" for the
    noun's verb, and the clause for the subject of "were freed"."""
    verb = noun.head
    return noun.dep_ == "nsubj" and verb.lemma_ in _HOLDING and verb.tag_ == "VBN" and \
        verb.dep_ in ("nsubj", "nsubjpass")


def _belongs(count: _Count, trigger: Token) -> bool:
    """Whether a counted group sits in the trigger's clause, or in a clause that tells of the
    trigger itself ("the swap of June 4, in which two Americans were freed")."""
    clause = clause_of(count.token)
    return clause == clause_of(trigger) or (clause.dep_ in ("relcl", "acl") and clause.head == trigger)


def _settle(event: _Exchange, count: _Count, refs: References) -> str | None:
    """The side that received a counted group: the one the phrase names (or the one side
    of that people: "Palestinian prisoners" go to Hamas in a swap with Israel), else the
    side that did not release them."""
    if count.hint in _CAMPS:
        return _side_of_camp(event.parties, count.hint, refs)
    if count.hint == _OTHER_WAY:
        received = {r.recipient for r in event.returns}
        others = [p for p in event.parties if p not in received]
        return others[0] if received and len(others) == 1 else None
    if count.hint and (count.hint in event.parties or len(event.parties) < 2 or count.share):
        return count.hint  # a share names its side outright: a swap may have more than two
    side = _side_of_people(event.parties, count.hint, refs) if count.hint else None
    if side:
        return side
    if count.releaser is None:
        return None
    if count.releaser in _CAMPS:  # "the rebels freed 9"
        releaser = _side_of_camp(event.parties, count.releaser, refs)
    else:  # "Damascus freed 14": the government did
        releaser = count.releaser if count.releaser in event.parties else _government_of(count.releaser, refs)
    others = [p for p in event.parties if p != releaser]
    return others[0] if releaser in event.parties and len(others) == 1 else None


def _side_of_camp(parties: list[str], camp: str, refs: References) -> str | None:
    """The one side of a state's war with an armed group that "government soldiers" or
    "rebel fighters" belong to."""
    def is_state(key: str) -> bool:
        return refs.actors[key].kind == "Country" or refs.actors[key].name.startswith("Government of")
    sides = [p for p in parties if is_state(p) == (camp == _STATE_CAMP)]
    return sides[0] if len(sides) == 1 and len(parties) == 2 else None


def _side_of_people(parties: list[str], country: str, refs: References) -> str | None:
    """The one side that stands for a people when its country is not a side itself: its
    government ("Yemeni soldiers" and the Government of Yemen), else an armed group of that
    country ("Palestinian prisoners" and Hamas)."""
    code = country.removeprefix("Country:")
    governments = [p for p in parties if refs.actors[p].part_of == country]
    groups = [p for p in parties if gazetteer().organization_country(refs.actors[p].name) == code]
    for sides in (governments, groups):
        if len(sides) == 1:
            return sides[0]
    return None


def _add_counts(event: _Exchange, counts: list[_Count], refs: References) -> None:
    for count in sorted(counts, key=lambda c: (c.start, c.token.i)):  # in reading order
        event.unnamed |= {count.hint, count.releaser} & _CAMPS
        if count.releaser not in (*_CAMPS, None) and len(event.parties) < 2:  # not "the government" of no one
            event.add_party(count.releaser)
        recipient = _settle(event, count, refs)
        if recipient is None:
            if count not in event.pending:
                event.pending.append(count)
            continue
        event.add_party(recipient)
        if not any(r.recipient == recipient for r in event.returns):
            event.returns.append(Return(recipient, count.count, count.start, count.end))


def _finish(exchanges: list[_Exchange], doc: Doc, refs: References) -> list[Event]:
    """Complete what each exchange lacks, then turn them into events."""
    events = []
    mediators = {m for e in exchanges for m in e.mediators}
    for index, exchange in enumerate(exchanges):
        for key in list(exchange.parties):  # "Damascus" and "the Syrian government": one side
            if gazetteer().organization_kind(refs.actors[key].name) == "international body":
                exchange.parties.remove(key)  # "the first time the UN put its name to a swap"
            elif _government_of(key, refs) in exchange.parties:
                exchange.parties.remove(key)
            elif refs.actors[key].part_of in exchange.parties and \
                    not refs.actors[key].name.startswith("Government of"):  # "Russia" and "Russia's security service"
                exchange.parties.remove(key)
        if len(exchange.parties) < 2 and _STATE_CAMP in exchange.unnamed:
            exchange.add_party(_home_state(exchange.parties, refs))  # "the rebels ... the government"
        if len(exchange.parties) == 1 and _GROUP_CAMP in exchange.unnamed:
            exchange.add_party(_opposition_to(exchange.parties[0], refs))  # "the government ... the rebels"
        earlier = next((e for e in reversed(exchanges[:index]) if len(e.parties) >= 2), None)
        if len(exchange.parties) < 2 and earlier is not None and set(exchange.parties) <= set(earlier.parties):
            exchange.parties = list(earlier.parties)  # "Back in May, each side freed 40": the story's sides
        if len(exchange.parties) < 2:
            for key in _salient_sides(doc, refs, mediators):
                if len(exchange.parties) >= 2:
                    break
                key = _registered(key, refs)
                if refs.actors[key].part_of not in exchange.parties and \
                        _government_of(key, refs) not in exchange.parties:
                    exchange.add_party(key)  # not "the Russian government" as Russia's other side
        if len(exchange.parties) < 2:
            continue
        if not exchange.mediators:
            exchange.mediators = _mediators_of_all(exchange, exchanges)
        pending, exchange.pending = exchange.pending, []
        _add_counts(exchange, pending, refs)
        if exchange.each_side is not None:
            for party in exchange.parties:
                if not any(r.recipient == party for r in exchange.returns):
                    exchange.returns.append(Return(party, exchange.each_side, exchange.start,
                                                   exchange.end))
        day = exchange.date.day if exchange.date else None
        if day is None and index == 0 and exchange.date is None and not exchange.past \
                and (exchange.first_sentence <= 3 or exchange.as_news):
            day = doc._.published
        events.append(Event("Exchange", exchange.start, exchange.end,
                            parties=exchange.parties, mediators=exchange.mediators, date=day,
                            returns=exchange.returns))
    return _one_per_day(events)


def _home_state(parties: list[str], refs: References) -> str | None:
    """The state an armed group among the sides fights in: the other side where the story
    says only "the government". Its government where the story names one."""
    homes = [code for p in parties if (code := gazetteer().organization_country(refs.actors[p].name))]
    if len(homes) != 1:
        return None
    state = refs.country(homes[0])
    return next((key for key, actor in refs.actors.items() if actor.part_of == state
                 and actor.name.startswith("Government of")), state)


def _opposition_to(state: str, refs: References) -> str | None:
    """The armed group a state (or its government) fights: the one the story names, else, where
    it names none, the state's armed opposition ("the government freed 18 and the rebels
    freed 12" -> "Syrian armed opposition")."""
    groups = [k for k, a in refs.actors.items() if a.kind == "Organization" and k != state
              and gazetteer().organization_kind(a.name) == "armed group"]
    if groups:
        return groups[0] if len(groups) == 1 else None
    actor = refs.actors[state]
    country = refs.actors.get(actor.part_of) if actor.part_of else actor
    if country is None or country.kind != "Country" or not country.country_code:
        return None
    demonyms = gazetteer().countries[country.country_code].demonyms
    key = f"Organization:{demonyms[0] if demonyms else country.name} armed opposition"
    if key not in refs.actors:
        refs.actors[key] = Actor(key, "Organization", key.removeprefix("Organization:"))
    return key


def _mediators_of_all(exchange: _Exchange, exchanges: list[_Exchange]) -> list[str]:
    """ "They swapped detainees twice, in exchanges mediated by Turkey": the mediators a
    plural names belong to every exchange between the same sides."""
    for other in exchanges:
        if other.mediated_all and set(other.parties) == set(exchange.parties):
            return list(other.mediators)
    return []


def _one_per_day(events: list[Event]) -> list[Event]:
    """Exchanges between the same sides (or some of them) on the same day are one exchange,
    told twice: the first mention keeps the evidence, the others add what it lacks."""
    merged: list[Event] = []
    for event in events:
        first = next((e for e in merged if event.date and e.date == event.date
                      and set(event.parties) <= set(e.parties)), None)
        if first is None:
            merged.append(event)
            continue
        first.mediators += [m for m in event.mediators if m not in first.mediators]
        first.returns += [r for r in event.returns
                          if not any(k.recipient == r.recipient for k in first.returns)]
    return merged


def _salient_sides(doc: Doc, refs: References, mediators: set[str]) -> list[str]:
    """Countries and groups the document names most, as fallback sides of an exchange:
    states and governments before other organizations; mediators, background ("since the
    invasion of X") and places left out."""
    counts: dict[str, float] = {}
    for mention in refs.mentions:
        between = first_conjunct(mention.span.root).head.lower_ == "between"  # "talks between Kyiv and Moscow"
        if (is_locative(mention.span) and not between) or _background(mention.span.root):
            continue
        side = side_of(mention.key, refs)
        if side and side not in mediators and as_state(side, refs) not in mediators:
            counts[side] = counts.get(side, 0) + 1
    for token in doc:
        country = gazetteer().demonym(token.text)
        key = _people_key(country.code, refs, register=False) if country else None
        if token.head.lemma_.lower() in _PLACE_NOUNS:  # "near the Cameroonian border": a place
            continue
        if key and token.text[0].isupper() and not _background(token) and key not in mediators:
            counts[key] = counts.get(key, 0) + 1
    for key in list(counts):
        government = _government_of(key, refs)
        if government in counts:
            counts[government] += counts.pop(key)
    return sorted(counts, key=lambda k: (_rank(refs, k, _SIDE_RANK), -counts[k]))


def _registered(key: str, refs: References) -> str:
    """A country only a demonym named becomes an actor once it is chosen as a side."""
    if key not in refs.actors and key.startswith("Country:"):
        return refs.country(key.removeprefix("Country:"))
    return key


def _rank(refs: References, key: str, kind_rank: dict[str, int]) -> int:
    actor = refs.actors.get(key)
    if actor is None:  # a country named only by its demonym
        return kind_rank["Country"]
    if actor.name.startswith("Government of") or \
            gazetteer().organization_kind(actor.name) == "armed group":
        return 0
    return kind_rank.get(actor.kind, 2)


def _government_of(key: str, refs: References) -> str | None:
    for actor in refs.actors.values():
        if actor.part_of == key and actor.name.startswith("Government of"):
            return actor.key
    return None


def _background(token: Token) -> bool:
    """A mention in a "since ..." or "before ..." phrase sets the scene, it takes no part."""
    return any(t.lower_ in ("since", "before", "after", "during") for t in token.ancestors)
