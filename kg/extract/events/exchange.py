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
- *returns*, how many people each side got back, are counted by `kg.extract.events.returns`;
- *mediators* are named by "mediated by", "brokered by", "with the mediation of", "X's
  efforts", "X acted as mediator", "X facilitated" ...;
- sentences right after a trigger still add returns and mediators to its exchange.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.extract.actors import STATE_BODIES, TITLE_WORDS, a_source, first_conjunct, qualifies_another
from kg.extract.dates import (
    LIST_ITEM,
    MONTH_NAME,
    WEEKDAYS,
    DateMention,
    in_a_list_item,
    list_heading,
    opens_line,
)
from kg.extract.events.common import (
    BANDS,
    MEDIATION_NOUNS,
    MEDIATION_VERBS,
    TALK_NOUNS,
    THANKING,
    a_go_between,
    a_neutral_body,
    a_red_cross_society,
    actor_of,
    acts_for_a_side,
    agents_of,
    as_state,
    between_in_the_deal,
    called_back,
    clause_of,
    conditional,
    country_code_of,
    deal_done,
    disclaimers,
    from_and_to,
    heading_date,
    holders_of_counted,
    homecoming,
    hypothetical,
    insertion_before,
    is_locative,
    list_number,
    mediators_in,
    nearest_date,
    of_both_sides,
    one_person_for_another,
    opening_quote,
    own_clause,
    paired_before,
    parties_in,
    side_of,
    sides_taking_part,
    struck_through,
    thanked_for,
    the_two_called_back,
    the_two_states,
    traded_for,
    traded_of,
    two_camps,
)
from kg.extract.events.returns import (
    CAMPS,
    GROUP_CAMP,
    ONE_WAY,
    OTHER_WAY,
    STATE_CAMP,
    STATE_PEOPLE,
    Count,
    add_counts,
    belongs,
    captive_or_demonym,
    count_in,
    count_of,
    counted_noun,
    counts,
    drops_charges,
    grants_mercy,
    learn_kinds,
    moved_by,
    number_before,
    people_key,
    released_apart,
    settle,
    side_of_people,
    side_or_camp,
    subject,
    the_other_way,
    verb_of,
)
from kg.extract.events.tables import TableRow, exchanges_in_tables
from kg.extract.events.vocabulary import (
    AIRCRAFT,
    BODY_UNITS,
    CAPTURING,
    CARRYING_OUT,
    CIVIL_HOUSES,
    DEAL_NOUNS,
    GROUP_WORDS,
    HABITUALLY,
    LETTING_GO,
    NEW_EVENT_MARKERS,
    OPERATION_NOUNS,
    OUTSIDE_THE_DEAL,
    RECEIVE_VERBS,
    RELEASE_VERBS,
    RETURN_VERBS,
    STAGE_NOUNS,
    THINGS_PAID,
    TRANSPORT_VERBS,
    TRIGGER_NOUNS,
    TRIGGER_VERBS,
    a_person,
    a_stage_told,
    among_them,
    captive_phrase,
    captive_word,
    no_one,
    paying_verb,
    people_paid_for,
    the_dead,
    these_for_those,
)
from kg.extract.extensions import doc_text, written_text
from kg.extract.facts import Actor, Event, Mention, Return
from kg.extract.furniture import CLAIM_LABEL, wire_items
from kg.extract.gazetteer import gazetteer
from kg.extract.numbers import parse_count
from kg.extract.reference import COUNTRY_NOUNS, References

_HANDING = {"hand", "send", "repatriate", "transfer", "deliver"}  # "A handed over 32 and B sent back two"
_SAME_MEDIATORS = re.compile(r"\bsame (?:mediators?|intermediar(?:y|ies)|brokers?|go-betweens?)\b"
                             r"|\b(?:under|as part of) the same (?:deal|agreement|arrangement|accord|truce"
                             r"|ceasefire)\b",
                             re.I)
_QUANTITIES = {"hundred", "thousand", "dozen", "score", "group", "batch", "number", "total",
               "handful", "more", "all", "some", "dozens", "hundreds", "thousands"}
_ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth", "tenth"}
_RECENT = {"latest", "new", "today", "yesterday"}  # "the latest exchange was completed"
_DONE = {"complete", "happen", "occur", "conclude", "finish", "proceed", "succeed", "end", "begin", "start"}
_OUTLET_WORDS = {"herald", "gazette", "times", "post", "news", "tribune", "journal", "daily", "chronicle", "courier",
                 "radio", "tv", "television", "channel", "wire", "telegraph", "observer", "bulletin", "review",
                 "digest", "weekly", "magazine", "dispatch", "ledger", "mirror"}
_BROADCAST_WORDS = {"radio", "tv", "television"}
_HOLY_SEE = "VAT"
_PLATFORMS = {"telegram", "facebook", "whatsapp", "instagram", "youtube", "tiktok", "x", "twitter", "signal"}
_PLACE_NOUNS = {"border", "frontier", "town", "city", "village", "region", "province", "capital", "coast",
                "territory", "soil", "airspace", "waters", "airport", "crossing", "bridge", "port"}
_VENUES = {"airport", "port", "crossing", "bridge", "runway", "tarmac", "airbase"}
_SIDE_RANK = {"Country": 0, "Organization": 1}  # states (and governments, armed groups) first
_FREED_ROLES = {"nsubj", "nsubjpass", "dobj"}  # the people a verb of freeing or coming home is about
_DONE_NOUNS = {"completion", "conclusion"}
_TIMING = {"after", "before", "since"}
_FRAME_DONE = {"implement", "complete", "execute", "fulfil", "fulfill", "credit", "thank", "praise", "hail"}
_NOT_YET = {"will", "would", "could", "may", "might", "should", "must", "to"}
_FRAMEWORKS = {"agreement", "accord", "talk", "talks", "negotiation", "mechanism", "process", "commission",
               "committee", "list", "framework", "file", "proposal", "plan", "offer", "protocol", "memorandum",
               "treaty", "convention", "law", "bill"}  # "the swap treaty", "a prisoner exchange law"
_PLAYERS = {"midfielder", "striker", "goalkeeper", "footballer", "winger", "quarterback", "pitcher", "defenceman",
            "defenseman", "goalie", "shortstop", "outfielder", "infielder", "fullback", "draft", "catcher",
            "linebacker", "playmaker", "baseball"}  # only in sport
_SPORT = _PLAYERS | {"club", "transfer", "signing", "pick"}  # a player swap
# "a first-round pick", "a second round draft pick"; not "the first round of exchanges"
_DRAFT_PICK = re.compile(
    r"\b(?:first|second|third|1st|2nd|3rd)(?:-round\b| round (?:draft )?picks?\b)|\bdraft picks?\b", re.I)
_TRUCES = {"truce", "ceasefire", "pause", "cease-fire"}
_CAPTIVITY = {"prison", "jail", "cell", "captivity", "detention", "prisoner", "captive", "detainee", "hostage", "pow",
              "pows"}
_FREEING = {"free", "release", "swap", "exchange"}  # with _CAPTIVITY, a sentence that tells of captives let go
_CAPTIVES_FREED = _CAPTIVITY | _FREEING
# Words that tell of someone held: "the convicted spy", "jailed in 2019", "had sought her release".
_HELD_WORDS = _CAPTIVES_FREED | CAPTURING | TRIGGER_NOUNS | {"custody", "spy", "convict", "inmate"}
_ONE_PERSON = {"he", "she", "him", "her"}
_PERSONAL = _ONE_PERSON | {"they", "them"}
_AGREEING = {"agree", "consent"}  # "In return, B agreed to free ...", after A's release was told
_BEFORE_NOW = {"previously", "formerly"}
_GOVERNMENT_MEN = {"force", "troop", "delegation"}  # "government forces": its side
_RUNNING_TOTAL = re.compile(r"\b(?:so far|to date|added together|taken together"
                            r"|after (?:two|three|four|five|six|several|\d+) (?:rounds|swaps|exchanges)"
                            r"|(?:the|all|these|those) (?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                            r"several|\d+) (?:rounds|swaps|exchanges) (?:returned|brought|freed|released|saw)"
                            r"|since the (?:truce|ceasefire|deal) (?:began|started|took effect))\b", re.I)
# "3,956 have been returned in total since the start of the invasion": all the war's swaps, no one's return
_SINCE_THE_WAR = re.compile(r"\bsince the (?:start|beginning|outbreak) of the (?:[\w-]+ )?(?:war|invasion|"
                            r"conflict|fighting|hostilities)\b", re.IGNORECASE)
_NOT_LINKED = re.compile(r"\b(?:no link|any link|not linked|unrelated|no connection|not connected|any connection|"
                         r"separate move|in a separate)\b", re.IGNORECASE)
# "a one-for-one swap", "a six-for-six exchange", "a swap of 75 prisoners for 75": as many each way
_COUNTED = r"(?:(?:a|one) (?=hundred))?[a-z]+(?:-[a-z]+)?|\d[\d,]*"  # "75", "six", "seventy-five", "a hundred"
_N_FOR_N = re.compile(rf"\b({_COUNTED})[- ]for[- ]({_COUNTED})\b", re.I)
_N_PEOPLE_FOR_N = re.compile(r"^\W*\w+ of (\d[\d,]*) [a-z]+ for (\d[\d,]*)\b", re.I)  # "swap of 75 prisoners for 75"
_LEAD = 3  # sentences before an exchange that still make it the story's lead (today's news)
_HAPPENING = {"happen", "come", "work", "unfold", "go", "take"}  # "What happened?", "How did it come about?"
_WINDOW = 2  # sentences after a trigger that still speak about its exchange
_OTHER_SIDE_REACH = 6  # sentences after it that may still tell what the side not yet named got back


@dataclass
class ExchangeDraft:
    """An exchange being assembled while the document is read."""

    start: int
    end: int
    parties: list[str] = field(default_factory=list)
    mediators: list[str] = field(default_factory=list)
    returns: list[Return] = field(default_factory=list)
    pending: list[Count] = field(default_factory=list)  # recipient not known yet
    each_side: int | None = None  # "a one-for-one swap"
    date: DateMention | None = None
    last_sentence: int = 0  # the place of the last sentence that told of it, among those that tell
    past: bool = False  # marked as an earlier exchange ("last month", "another")
    ordinal: str | None = None  # "the fourth exchange"
    as_news: bool = False  # told in the present or present perfect: "a swap is under way"
    mediated_all: bool = False  # "in exchanges mediated by Turkey": its mediators are every one's
    unnamed: set[str] = field(default_factory=set)  # camps told but not named: "the government freed 40"
    of_a_truce: bool = False  # "the first swap of the truce": part of a truce, and mediated as it was

    def add_party(self, key: str | None) -> None:
        if key and key not in self.parties and key not in self.mediators:
            self.parties.append(key)

    def add_mediator(self, key: str) -> None:
        if any(r.recipient == key for r in self.returns):
            return  # a side that got people back: "Baku and Yerevan arranged it on their own"
        if key not in self.mediators:
            self.mediators.append(key)
        if key in self.parties:
            self.parties.remove(key)

    def conflicts(self, counts: list[Count], refs: References) -> bool:
        """Whether counted groups contradict this exchange's returns: another exchange."""
        counts = [c for c in counts if c.exact]  # "some 200" contradicts no one
        have = {p: self.each_side for p in self.parties if self.each_side} | \
            {r.recipient: r.count for r in self.returns}
        for extra in (c for c in counts if c.extra):  # "B also handed over 22 more, so 197 came home in all"
            recipient = settle(self, extra, refs)
            if recipient in have:
                have[recipient] += extra.count
        ways = {c.count for c in self.pending if c.hint == OTHER_WAY}  # "X walked one way, Y the other"
        told = {c.start for c in self.pending}  # not the sentence that told them, read again for a second trigger
        if ways and any(count.count not in ways | set(have.values()) and count.start not in told for count in counts):
            return True  # one for one, then "five were freed in return for five": another; not the four for one
            # told again
        for count in (c for c in counts if not c.extra):  # not "In addition, A handed over 22 more"
            recipient = settle(self, count, refs)
            if recipient in have and have[recipient] != count.count:
                return True
            if self.each_side and not self.parties and count.count != self.each_side:
                return True  # "they swapped 11 each", sides still to be found; then "1,100 came home"
        return False


class ExchangeFinder:
    """Finds exchanges (see the module docstring)."""

    def __init__(self, nlp: Language, name: str = "kg_exchanges") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        refs = References(doc)
        exchanges: list[ExchangeDraft] = []
        current: ExchangeDraft | None = None
        before: list[Count] = []  # counted groups of the sentence before, not yet placed
        lead: Span | None = None  # the sentence before, when no exchange took it
        last: list[Count] = []  # the last counted group, for "the same number"
        kinds: dict[str, set[str]] = {}  # whose people a word names: "hostages" -> {Israel}
        section: DateMention | None = None  # the date of the timeline entry being read
        entry: list[Count] = []  # the counted groups of that entry no exchange took
        unpaid: list[tuple[int, DateMention | None, Count]] = []  # the groups no exchange took since the last
        # one, with the sentence's place and its entry's date, for a release "under the deal" to pay back
        opening: list[Count] = []  # the counted groups told before the story's first exchange
        index = -1  # the sentence's place among those that tell something
        scene: DateMention | None = None  # the time "Then came August 2024." moved the story to, for the
        # next exchange told
        moved_on = False  # a scene or "a separate deal" was told: the people counted next are not the swap's
        own_paragraph = False  # the scene was a paragraph of its own: it holds for the next one
        item_title = False  # the sentence is the title of a digest's item
        listed_out = False  # the list whose item is being read has ended
        tabled = exchanges_in_tables(doc, refs)
        items = set(_wire_items(doc))  # where a digest's wire stories open
        boxed: list[str] = []  # the mediators a fact box's "Mediator: X" lines name
        for sent in doc.sents:
            if any(row.start <= sent.start_char < row.end for row in tabled):
                continue  # a table's row: read as a table, below
            if moved_on and not own_paragraph and _opens_its_line(sent):
                scene, moved_on, before, lead = None, False, [], None  # the time or deal moved to, and the
                # people counted under it, are its paragraph's, unless it was a paragraph of its own
            heading = heading_date(sent, doc._.dates or [])
            if heading is not None and _same_day(section, heading):
                pass  # "[24.08.2024 13:05] ... [24.08.2024 15:15] ...": a channel's entries of one day go on
            elif heading is not None:  # a new entry: what follows is another exchange
                _entry_exchange(entry, section, doc[:sent.start], exchanges, refs, kinds)
                section, current, before, lead, entry, listed_out = heading, None, [], None, [], False
            elif section is not None and _opens_its_line(sent) and _counted_on_its_line(section) and \
                    in_a_list_item(section.span):
                listed_out = True  # "- 25 May: 303 for 303." counted its swap on its line: the paragraph after the
                # list, or an undated item after it ("- Announced, not done: 1,200"), counts no more of it, though it
                # may still name its mediators
            elif list_number(sent[0]) and not _a_numbered_paragraph(sent):  # "2. EGYPT: ...": a digest's (or a
                # list's) next item
                _entry_exchange(entry, section, doc[:sent.start], exchanges, refs, kinds)
                section, current, before, lead, entry, item_title = None, None, [], None, [], True
            elif _opens_an_item(sent, items):  # "KOLKATA — ...": the digest's next wire story
                _entry_exchange(entry, section, doc[:sent.start], exchanges, refs, kinds)
                section, current, before, lead, entry = None, None, [], None, []
            # a digest item's title ("3. The trade nobody saw coming") calls back no exchange
            title = item_title and not sent.text.rstrip().endswith((".", "!", "?"))
            told = bool(exchanges) or _both_released(opening)  # what "the exchange" can call back
            triggers = [t for t in sent if _is_trigger(t, has_event=told and not title)]
            if triggers and exchanges and all(_before_it(t) for t in triggers):
                before, lead = [], None  # "Days before the swap, the junta freed a Malian": something else
                continue
            item_title = item_title and not any(t.is_alpha for t in sent)
            if triggers and _an_index(sent):
                continue  # "In this issue: a swap at the border, an election, power cuts": told below
            if _a_claim_checked(sent):
                continue  # "Claim: 'A handed over 32 and got two back'": a fact-check's claim, not a fact
            if triggers and _subheading(sent, refs):  # "The latest swap", after a timeline: a new part
                _entry_exchange(entry, section, doc[:sent.start], exchanges, refs, kinds)
                section, current, before, lead, entry = None, None, [], None, []
                continue
            labelled = _labelled_mediators(sent, refs)
            if labelled:  # "KEY FACTS / - Mediator: Qatar": the mediators of the story's own swap, told below
                boxed += [key for key in labelled if key not in boxed]  # it where the box comes first
                continue
            if not (triggers or any(t.pos_ in ("VERB", "AUX") for t in sent) or _dated(sent) or two_camps(sent, refs)
                    or _answers(sent) or _a_mediator_told_alone(sent) or _thanks_read_as_a_noun(sent)):
                continue  # "Last updated 16:20 GMT", "Photo: AFP": tells nothing, breaks no story; "A and B on
                # one side, C on the other" tells the sides; "Who mediated? Qatar." answers; "Oman mediates.",
                # which the parser reads as a noun phrase, names a mediator
            index += 1
            returns = [c for c in counts(sent, refs, last, kinds) if not _before_or_after_it(c.token)
                       and not _a_total_since_the_war(c, sent)]
            last = returns[-1:] or last
            if current is not None and returns and _IN_ALL.match(sent.text) and \
                    index - current.last_sentence <= _WINDOW and _totals_of(current, returns, refs):
                current.last_sentence = index  # "In all, 28 came home and 25 went back": the swap's totals
                before, lead = [], None
                continue
            triggers += _mutual_release(sent, returns, refs, also=triggers)
            repaid = [] if triggers else _repays(returns, before, refs)
            triggers += repaid
            at_the_same_time = current is None and _AT_THE_SAME_TIME.match(sent.text) is not None
            if not triggers and (_under_the_deal(sent) or at_the_same_time):  # "[19:41] Israel received 13 of
                # its hostages ... [23:58]
                earlier = [c for at, day, c in unpaid if _same_day(day, section) or
                           index - at <= _OTHER_SIDE_REACH and not _days_told_apart(day, section)]
                triggers += _repays(returns, earlier, refs)  # Under the deal, Israel released 39 prisoners."
                before = [c for c in earlier if triggers and any(_paid_back_to(c, group, refs) for group in returns)]
            if triggers:
                known = len(exchanges)
                events = []
                pays_back = False  # the sentence pays back the release the sentence before told
                paid_for = sent
                if moved_on and not all(_demonstrative(t) for t in triggers):
                    current = None  # "Then came August 2024. ... In return, A sent B eight": another swap
                for trigger in triggers:
                    alone = len(triggers) == 1
                    shared = returns if alone else []
                    scope = sent if alone else own_clause(trigger, triggers)
                    if alone and sent.start > 0 and (_paid_back(trigger) or _agreed_then_done(trigger) or repaid):
                        told = _the_release_paid_back(sent)
                        if _as_part_of_the_deal(trigger) and _a_release_brought_about_in(told):
                            told = _the_release_before(told)  # "X was freed. His release was arranged by Y. As
                            # part of the arrangement, ..."
                        if told.end < _sentence_before(sent).end:  # the paragraph before: "Five Americans flew
                            before = counts(told, refs, [], kinds)  # home. Two families asked for privacy."
                        scope = doc[told.start : sent.end]  # the release it pays for, the
                        pays_back, paid_for = True, told  # swap agreed
                    current = self._mention(trigger, scope, index, refs, exchanges, current,
                                            doc, returns, shared, lead)
                    current.date = current.date or section or scene
                    events.append(current)
                scene, moved_on = None, False
                if len(triggers) > 1:  # "..., and in 2023, when A went home for ten, with Qatar brokering": the
                    for key in _trailing_mediators(sent, triggers, refs):  # last one's
                        events[-1].add_mediator(key)
                if _both_mediated(sent):  # "A on 3 March, and B on 9 February, both under Brazilian mediation"
                    shared_mediators = [m for e in events for m in e.mediators]
                    for event in events:
                        for key in shared_mediators:
                            event.add_mediator(key)
                unowned = [r for r in returns if not any(belongs(r, t) for t in triggers)]
                told_new = exchanges[known:]
                if len(set(map(id, events))) == 1 and not current.conflicts(unowned, refs):
                    add_counts(current, unowned, refs)  # several triggers, one exchange
                elif len(told_new) == 1 and unowned and not told_new[0].conflicts(unowned, refs):
                    add_counts(told_new[0], unowned, refs)  # "compared the May swap with the 2008 one, when A
                    # returned 15 and B five": the one told anew
                if (len(exchanges) > known or pays_back) and before and not current.conflicts(before, refs):
                    _lead_in(current, before, doc, refs)
                earlier = [c for c in opening if c not in before]
                if known == 0 and exchanges and earlier and _told_before(triggers[0]) and \
                        not current.conflicts(earlier, refs):
                    _lead_in(current, earlier, doc, refs)  # "41 came home ... 23 went back ... The swap, agreed ..."
                if known == 0 and exchanges and lead is not None and current.date is None:
                    current.date = _day_of_the_lead(lead, doc)  # "On Tuesday, the men came home. X was ..."
                if pays_back and current.date is None and paid_for.start > 0 and not _opens_its_line(paid_for):
                    current.date = _an_earlier_day(_sentence_before(paid_for), doc)  # "On 3 May 2009 A came home. A,
                    # held since 2007, was handed over. In return, B freed ..."
                if len(exchanges) > known and lead is not None and current.date is None:
                    current.date = _past_month(lead, doc)  # "The last one was in late November 2002. A freed ..."
                if len(exchanges) > known and lead is not None and not current.parties:
                    for key in _sides_in(lead, refs, current):  # "A and B are to trade ... It is the sixth swap"
                        current.add_party(key)
                before, lead, entry, unpaid = [], None, [], []
            elif (moved := _scene(sent)) is not None or _separate(sent):  # what follows is of another time or
                scene, moved_on, before, lead = moved, True, returns, sent  # deal, unless it calls back the swap
                own_paragraph = _opens_its_line(sent) and _ends_line(sent)
            elif current and not (moved_on and returns) and \
                    not _dated_otherwise(sent, current) and \
                    not _recalls_the_sentence_before(sent, lead, current) and (
                    index - current.last_sentence <= _WINDOW or
                    _completes(current, returns, sent, refs, near=index - current.last_sentence <= _OTHER_SIDE_REACH)
                    or _answers(sent)):
                if self._follow_up(current, sent, refs, returns, doc):
                    current.last_sentence = index  # the story of this exchange goes on
                before, lead = [], None
            elif current and (_recalls_the_mediation(sent) or _the_deal_mediated(sent) or _mediated_it(sent)) and \
                    not _dated_otherwise(sent, told := exchanges[0] if _todays(exchanges[0], doc) else current) and \
                    not any(t.tag_ == "MD" and t.head.lemma_ in MEDIATION_VERBS for t in sent):  # not "the handover
                # could be facilitated by X"
                self._follow_up(told, sent, refs, [], doc)  # the mediation of the story's own swap, or of the one
                before, lead = returns, sent  # told last where the story's own is of another day
            elif before and not returns and _describes_them(sent):
                continue  # "115 came home. They include soldiers of ... In return, ...": still those counted
            else:
                camps = lead is not None and bool(two_camps(sent, refs))  # "Last Thursday
                before, lead = returns, doc[lead.start : sent.end] if camps else sent  # ... A and B on one side,
                entry += returns if section is not None and not listed_out else []  # C on the other.": one lead
                opening += returns if not exchanges else []
                unpaid += [(index, section, c) for c in returns]
            learn_kinds(kinds, returns, exchanges)
        _entry_exchange(entry, section, doc[:], exchanges, refs, kinds)
        if exchanges and boxed:
            story = next((e for e in exchanges if _todays(e, doc)), exchanges[0])
            for key in boxed:
                if key not in story.parties:
                    story.add_mediator(key)
        if exchanges and not exchanges[0].mediators:
            exchanges[0].mediators = _foretold_mediators(doc, refs, exchanges[0])
        exchanges += [_tabled(row) for row in tabled]  # a table's rows, also for "All three rounds were brokered
        _mediators_of_those_below(exchanges, doc, refs)  # by X" under it
        _mediators_again(exchanges, doc, refs)
        _mediators_of_the_truce(exchanges, doc, refs)
        doc._.events = (doc._.events or []) + _finish(exchanges, doc, refs)
        return doc

    def _mention(self, trigger: Token, sent: Span, index: int, refs: References,
                 exchanges: list[ExchangeDraft], current: ExchangeDraft | None, doc: Doc,
                 returns: list[Count], shared: list[Count], lead: Span | None = None) -> ExchangeDraft:
        """Attach one trigger's sentence to its exchange: `sent` is the sentence, or the
        trigger's own clause when the sentence reports several. `shared` are the sentence's
        counted groups when the trigger is the only one there; `lead` is the sentence before
        when no exchange took it, whose month of an earlier year ("Four months later, in March
        2018, the line was used again.") dates an undated trigger that calls back no other."""
        earlier = _the_one_before(trigger)  # "The first, in May, ...": another swap than the one told
        if _at_the_same_time(trigger) and current is not None:  # "On Thursday A came home. At the same time, B
            date = _date_before(trigger, sent)  # returned two men who had crossed in April": the release's day, if told
            date = date if date is not None and date.day else None
        else:  # a month of the sentence before dates an undated trigger, not "the swap"
            date = nearest_date(trigger, doc._.dates or []) or _date_before(trigger, sent) or \
                (_only_day(trigger.sent, doc) if earlier else None) or \
                (_past_month(lead, doc) if lead is not None and not _demonstrative(trigger) else None) or \
                (_day_of_releases(trigger.sent, refs) if called_back(trigger) else None) or \
                _day_asked(trigger.sent, doc)
        mutual = trigger.lemma_ not in TRIGGER_NOUNS | TRIGGER_VERBS  # a release by each side, no word for swap
        joined = [v for v in trigger.subtree if v.dep_ == "conj" and v.pos_ == "VERB" and _is_trigger(v, True)]
        own_returns = [r for r in returns if belongs(r, trigger) or mutual and r.token in trigger.subtree
                       and sent.start <= r.token.i < sent.end  # not those of a day its clause tells apart
                       and not any(belongs(r, v) for v in joined)]  # not the counts of a swap joined to it
        asked = trigger.sent.text.rstrip().endswith("?") and not _taken_as_done(trigger.sent)  # "were any of X's
        # men included?" asserts nothing
        named = [] if asked or current is not None and len(current.parties) >= 2 and _a_time_after(trigger) else \
            parties_in(trigger, sent, refs) + _sides_besides_mediators(sent, refs)
        if the_two_states(trigger):  # "In April, the two countries traded A for B": the pair named just before
            pair = [k for c in trigger.children if c.dep_ == "nsubj" for k in the_two_called_back(c, refs)]
            more = any(t.lower_ in ("more", "further", "another") for t in trigger.subtree if t.i > trigger.i)
            named = pair if _named_in(pair, _sentence_before(trigger.sent), refs) and not more else next(  # ("after
                (list(e.parties) for e in reversed(exchanges) if len(e.parties) == 2), named)  # the war between A
            # and B"), else the sides of the swap told before, as also of "40 more" they exchanged
        elif _between_the_same_sides(trigger):  # the last pair told, of the peoples the sentence counts
            peoples = {f"Country:{c.code}" for t in trigger.sent if (c := gazetteer().demonym_at(t))}
            pairs = [list(e.parties) for e in reversed(exchanges) if len(e.parties) >= 2]
            named = next((p for p in pairs if peoples <= set(p)), pairs[0] if pairs else named)
        named += [key for key in _groups_paid_for(trigger, refs) if key not in named]
        if mutual:  # who let people go, and whose people went: the sides
            named += _releasers_named(shared, named, refs)
            named += [c.hint for c in shared if c.hint not in (*CAMPS, OTHER_WAY, None, *named) and not c.approximate
                      and not side_of_people(named, c.hint, refs)]  # "an Afghan" of the Taliban's
        recalled = current is not None and _recalls_the_sentence_before(trigger.sent, lead, current)
        event = None if recalled or earlier else _choose(trigger, sent, date, named, own_returns, exchanges, current,
                                                          refs)
        if event is None:  # "In September 2022, 215 came home. That exchange was brokered by X": a new one
            event = ExchangeDraft(sent.start_char, sent.end_char, ordinal=_ordinal(trigger),
                                  as_news=_told_as_news(trigger))
            event.past = _marked_past(trigger) or bool(date and date.relative_past) or earlier
            exchanges.append(event)
        if date and (event.date is None or event.date.day is None and (date.day or date.month)):
            event.date = date
        event.last_sentence = index
        event.of_a_truce |= _of_a_truce(trigger.sent)
        mediators = mediators_in(sent, refs, sides=event.parties + named) + _same_mediators(sent, exchanges, event)
        for key in mediators:
            event.add_mediator(key)
        if mediators and any(t.tag_ == "NNS" and t.lemma_ in TRIGGER_NOUNS for t in sent):
            event.mediated_all = True  # "in exchanges mediated by Turkey"
        for key in named:
            if not _a_sides_people(key, event, sent, refs):
                event.add_party(key)
        event.unnamed |= {side for t in trigger.sent if t.dep_ in ("nsubj", "conj", "pobj")  # "the Houthis and
                          or t.dep_ == "ROOT" and t.pos_ == "NOUN"  # the government swapped ...", also where
                          or t.dep_ == "compound" and t.head.dep_ == "nsubj"  # the parser took the subject for the
                          if (side := side_or_camp(t, refs)) in CAMPS}  # root, or "the Houthis and government
        # forces" for one noun phrase
        event.unnamed |= {STATE_CAMP for t in paired_before(trigger) if t.lower_ == "government"}  # "an
        # NPA-government swap"
        if event.each_side is None:  # "a one-for-one swap"; not a stage of "the 500-for-500 deal"
            event.each_side = _as_many_each_way(sent.text) or _people_for_as_many(trigger)
        event.each_side = _each_side(sent) or event.each_side or (1 if one_person_for_another(trigger, refs) else None)
        counted = own_returns + [c for c in shared if c not in own_returns]
        if event is current and _a_further_step(trigger, date, current):
            counted = [c for c in counted if not current.conflicts([c], refs)]
        add_counts(event, counted, refs)
        _date_from(event, counted, doc)  # "90 came home yesterday in a swap"
        return event

    def _follow_up(self, event: ExchangeDraft, sent: Span, refs: References,
                   returns: list[Count], doc: Doc) -> bool:
        """A sentence after a trigger: its mediators, returns and their date belong to that
        exchange ("Ninety men came home yesterday"). Returns whether it told any."""
        told = False
        for key in mediators_in(sent, refs, need_exchange=_of_the_deal(sent), sides=event.parties) + \
                _answered_mediator(sent, refs):
            if key not in event.parties:  # "it thanked them for its mediation": who is "it"?
                event.add_mediator(key)
                event.mediated_all |= _of_the_deal(sent, plural=True) or _of_these(sent)
                told = True
        if _follows_another_event(sent):
            return told  # "It follows the one-way repatriation on 5 February of 11 fishermen": not its counts
        called_back = between_in_the_deal(sent, refs) if len(event.parties) < 2 else []  # "That deal between
        for key in _sides_besides_mediators(sent, refs, event.parties) + called_back:  # A and B was brokered by X"
            if key not in event.parties and key not in event.mediators:  # "Norway freed two as part of it"
                event.add_party(key)
                told = True
        if returns and not event.conflicts(returns, refs):
            add_counts(event, returns, refs)
            _date_from(event, returns, doc)
            told = True
        event.each_side = event.each_side or _each_side(sent)  # "Each side got back 246 men"
        if event.date is None or event.date.day is None:  # "(March 2012 -) ... It took place on March 9"
            event.date = _handover_date(sent, doc) or event.date
        return told


def _tabled(row: TableRow) -> ExchangeDraft:
    """A table's row as an exchange, told as a record (no story's news of today)."""
    return ExchangeDraft(row.start, row.end, parties=list(row.parties), mediators=list(row.mediators),
                         returns=[Return(key, count, row.start, row.end) for key, count in row.returned.items()],
                         date=row.date, past=True)


def _a_total_since_the_war(count: Count, sent: Span) -> bool:
    """ "3,956 Ukrainians had been returned in total since the start of the invasion": all the
    war's swaps together, told in the perfect, no one swap's return (while "including 390 on
    Friday" is)."""
    verb = verb_of(count) or count.token.sent.root  # "A total of 4,552 have been freed", hung on "total"
    return _SINCE_THE_WAR.search(sent.text) is not None and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _before_or_after_it(counted: Token) -> bool:
    """ "This swap comes a fortnight after Chile freed two Bolivians": people freed in a clause set
    before or after the swap (or its mediation) itself, which is another event."""
    clause = clause_of(counted)
    set_apart = any(c.dep_ == "mark" and c.lower_ in ("after", "before", "since") for c in clause.children)
    return clause.dep_ == "advcl" and set_apart and clause.head.lemma_ in ("come", "follow") and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in TRIGGER_NOUNS | DEAL_NOUNS | OPERATION_NOUNS | MEDIATION_NOUNS
        for c in clause.head.children)


def _a_mediator_told_alone(sent: Span) -> bool:
    """ "Austria mediates.", which the parser reads as a noun phrase: names and a go-between's
    verb in -s, and no more; not "Oman mediates dispute between football federations", a tag
    line's "Oman mediation" or "Vatican mediation? Not this time."."""
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    return len(words) >= 2 and sent.text.rstrip().endswith(".") and words[-1].lemma_.lower() in MEDIATION_VERBS \
        and all(t.pos_ == "PROPN" or t.lower_ in ("and", "the") for t in words[:-1])


def _thanks_read_as_a_noun(sent: Span) -> bool:
    """ "Zelensky thanks UAE for mediation", where the parser reads "thanks" as a noun with an
    object: a thanking told, though the sentence has no verb."""
    return any(t.lower_ == "thanks" and t.pos_ == "NOUN" and any(c.dep_ == "dobj" for c in t.children) for t in sent)


def _groups_paid_for(trigger: Token, refs: References) -> list[str]:
    """ "freed in exchange for Daesh prisoners (held by a Syrian faction)", "in return for 40 Houthi
    detainees": the armed group whose own people were the price is a side."""
    price = [o for p in trigger.children if p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
    owners = [c for o in price if captive_word(o) for c in o.children if c.dep_ in ("compound", "amod", "nmod")]
    keys = [refs.named(c) or (f"Organization:{group}" if (group := gazetteer().organization_by_word(c.text))
                              else None) for c in owners]
    return [key for key in keys if key in refs.actors and gazetteer().is_armed_group(refs.actors[key].name)]


def _between_the_same_sides(trigger: Token) -> bool:
    """ "an exchange (carried out) between the same two parties": the sides of a swap told
    before, though no name is told again."""
    return any(t.lemma_.lower() in _SIDE_NOUNS and any(c.lower_ == "same" for c in t.children)
               and t.head.lower_ == "between" for t in trigger.sent)  # the parser may hang the clause elsewhere


_SIDE_NOUNS = {"side", "party", "foe", "enemy", "belligerent", "government"} | COUNTRY_NOUNS


def _a_sides_people(key: str, event: ExchangeDraft, sent: Span, refs: References) -> bool:
    """ "In return, the United States released Khan Mohammed, an Afghan": a people whose side the
    swap, which has its two sides already, has (the Taliban, its government), where the sentence
    names no state outright."""
    named_outright = any(m.key == key for m in refs.mentions if sent.start <= m.span.start < sent.end)
    code = refs.actors[key].country_code
    persons = [t for t in sent if (c := gazetteer().demonym_at(t)) and c.code == code and (
        t.dep_ == "appos" or captive_word(t.head if t.dep_ in ("amod", "compound") else t))]  # "an Afghan", "an
    # Afghan man"; not "the Afghan president"
    return refs.actors[key].kind == "Country" and bool(persons) and not named_outright and \
        len(event.parties) >= 2 and key not in event.parties and side_of_people(event.parties, key, refs) is not None


def _sides_besides_mediators(sent: Span, refs: References, parties: list[str] = ()) -> list[str]:
    """`sides_taking_part`, less the mediators: "the swap involved A, B and C, which passed
    messages between the two sides"."""
    sides = sides_taking_part(sent, refs, parties)
    mediators = mediators_in(sent, refs) if sides else []
    return [key for key in sides if key not in mediators]


def _trailing_mediators(sent: Span, triggers: list[Token], refs: References) -> list[str]:
    """Mediators a sentence of several swaps names after the clause of the last one, which
    the parser hangs elsewhere: "..., and August 2021, when A flew home in exchange for four
    Britons, with Oman brokering"."""
    end = max(own_clause(t).end for t in triggers)
    return [key for key in mediators_in(sent, refs)
            if all(m.span.start >= end for m in refs.mentions if sent.start <= m.span.start < sent.end
                   and as_state(m.key, refs) == key)]


def _day_of_releases(sent: Span, refs: References) -> DateMention | None:
    """ "On 17 December 2014, A returned three officers and B released an agent. ... separate
    from the swap": the day of one of the two sentences before, where two sides freed people,
    which "the swap" calls back."""
    for _ in range(2):
        sent = _sentence_before(sent)
        freeing = [(v, s) for v in sent if v.pos_ == "VERB" and v.lemma_ in RELEASE_VERBS | {"return"}
                   for s in v.children if s.dep_ == "nsubj"]
        if len({side_of(refs.resolve(s), refs) for _, s in freeing} - {None}) >= 2:
            days = [d for v, _ in freeing if (d := nearest_date(v, sent.doc._.dates or [])) and d.day]
            return days[0] if days else None  # the releases' own day, not "the ministry said on Monday"
    return None


def _both_released(groups: list[Count]) -> bool:
    """ "Hamas handed over 20 captives. Israel released 1,968 Palestinians. The exchange ...":
    counted groups let go by two sides, which "the exchange" after them calls back."""
    return len({c.releaser for c in groups} - {None}) >= 2


def _entry_exchange(entry: list[Count], section: DateMention | None, upto: Span,
                    exchanges: list[ExchangeDraft], refs: References, kinds: dict[str, set[str]]) -> None:
    """ "Tuesday: 128 Georgian soldiers came home. Abkhazia got back 128 of its own": an
    entry of a story's timeline of swaps that counts people home on two sides is one more
    swap, of the entry's date, though no word of its own says so. The entry runs from its
    date to the end of `upto`; "the trade went ahead with the mediation of X" there names its
    mediators. In a fact box's list of swaps, an entry told by its numbers alone ("• 8 Feb —
    100 for 100", "95 each") is a swap between the sides of the entry before; one whose line
    says it was "not an exchange", or whose sentence tells another deed ("12 killed"), is none.
    `kinds` are whose people the story's words named ("3 hostages; 90 detainees")."""
    if section is None or not (exchanges or _swaps_listed(upto.doc[: section.span.start])):
        return
    text = _its_line(upto.doc[section.span.start : upto.end])
    told = next((e for e in exchanges if e.date is section), None)
    if told is not None:  # the entry told its swap in words, which took its counts ("15 May - the sides swap 40
        if len(told.parties) < 2:  # each, including 3 Saudis"), but perhaps not its sides: "31 Jan - 207 A home;
            counted = _peoples_counted(text, refs, kinds)  # 195 B"
            add_counts(told, [c for c in counted if c.hint not in told.parties], refs)
        return
    if _NOT_A_SWAP.search(text.text):
        return  # "5 May - A freed 219, B released 39 in June: separate gestures, not an exchange"
    plain = _tells_no_other_deed(section.span.sent)  # "• 8 Feb — 100 for 100.", not "12 A and 4 B killed"
    entry = entry + [c for c in _peoples_counted(text, refs, kinds) if plain and c.hint not in {e.hint for e in entry}]
    sides = {c.hint for c in entry if c.hint and c.hint.startswith(("Country:", "Organization:"))}
    each_way = (_as_many_each_way(text.text) or _each(text.text)) if plain else None
    paid = _counted_for(text, section) if plain and not each_way else None
    listed = _sides_of_the_list(exchanges, upto.doc[: section.span.start], refs) if each_way or paid else []
    if len(sides) < 2 and not listed:
        return
    exchange = ExchangeDraft(text.start_char, text.end_char, date=section, each_side=each_way)
    for side in sorted(sides) if len(sides) >= 2 else listed:
        exchange.add_party(side)
    add_counts(exchange, entry + (_price_counts(paid, exchange.parties, text, refs, kinds) if paid else []), refs)
    for sent in upto.doc[section.span.start : upto.end].sents:
        for key in mediators_in(sent, refs, need_exchange=_of_the_deal(sent)):
            if key not in exchange.parties:
                exchange.add_mediator(key)
    exchanges.append(exchange)


def _counted_for(entry: Span, section: DateMention) -> tuple[Token, Token] | None:
    """ "Four soldiers - A, B, C and D - for 200 prisoners", "X, Y and Z, three in all, for 183":
    a list entry's count of people for a count of others, in one sentence; not the entry's day
    ("• 30 Dec: 230 A for 248 B")."""
    dated = range(section.span.start, section.span.end)
    for word in entry:
        price = word.nbor() if word.lower_ == "for" and word.i + 1 < entry.end else None
        if price is None or parse_count(price.text) is None:
            continue
        counted = [t for t in entry.doc[max(word.sent.start, entry.start) : word.i]
                   if t.like_num and parse_count(t.text) and t.ent_type_ not in ("DATE", "TIME") and t.i not in dated]
        if counted:
            return counted[0], price  # "Ten guards - three of them officers - for 12": the ten
    return None


def _price_counts(paid: tuple[Token, Token], sides: list[str], entry: Span, refs: References,
                  kinds: dict[str, set[str]]) -> list[Count]:
    """What each side got in an entry's "four for 200 prisoners": the price to the side the
    story gave its word ("prisoners": B) or whose people it names, the first count to the other."""
    counted, price = paid
    price_side, counted_side = (_side_of_the_count(number, sides, refs, kinds) for number in (price, counted))
    if price_side is None and counted_side is not None:
        price_side = next((key for key in sides if key != counted_side), None)  # "three - for 369": the three's
    others = [key for key in sides if key != price_side]
    if price_side is None or len(others) != 1:
        return []
    start, end = entry.start_char, entry.end_char
    return [Count(parse_count(price.text), price_side, None, start, end, price),
            Count(parse_count(counted.text), others[0], None, start, end, counted)]


def _side_of_the_count(number: Token, sides: list[str], refs: References, kinds: dict[str, set[str]]) -> str | None:
    """Which of the sides a counted group of a list's entry went to, by the word after its number."""
    noun = number.nbor() if number.i + 1 < len(number.doc) else number
    side = _whose(noun, refs, kinds) if noun.pos_ in ("NOUN", "PROPN") else None
    if side and side.startswith("Country:") and side not in sides:
        side = side_of_people(sides, side.removeprefix("Country:"), refs)
    return side if side in sides else None


_EACH = re.compile(rf"\b({_COUNTED}) each\b", re.I)  # "95 each", "Forty-five each way"
_NOT_A_SWAP = re.compile(r"\bnot (?:an?|the) (?:exchange|swap|trade)\b(?! (?:of|between)\b)", re.IGNORECASE)
_EACH_SIDES = {"side", "party", "country"}  # "returned 25 to each side (country)", "held by both parties"


_IN_ADDITION = re.compile(r"\W*(?:in addition|additionally|on top of (?:that|this|it|the))\b", re.IGNORECASE)
_IN_ALL = re.compile(r"\W*(?:in all|in total|all told|altogether|overall|a total of)\b", re.IGNORECASE)
# what makes a total another's than the swap's: a span of time or of swaps, another deal, a hope
_NOT_ITS_TOTAL = re.compile(r"\b(?:since|this year|last year|in \d{4}|over (?:the )?\w+ days|swaps|exchanges|"
                            r"ceasefire|truce|previous|separate(?:ly)?|earlier|will|would|hoped?|expect(?:ed|s)?|"
                            r"plan(?:ned|s)?)\b", re.IGNORECASE)


def _totals_of(event: ExchangeDraft, totals: list[Count], refs: References) -> bool:
    """ "They swapped 40 each, and Yerevan also brought home six civilians. In total, 46
    Armenians returned": counts told as totals right after the parts are what each side got
    back in all. Whether every total was a side's of the exchange, no less than what it was told
    to get and not many times that (not "4,000 since the war began"), and so taken."""
    totals = [c for c in totals if c.exact]
    if not totals:
        return False
    sent = totals[0].token.sent
    asides = {w.i for t in sent if t.dep_ in ("relcl", "acl", "appos") for w in t.subtree}  # "..., who had been
    told_of = " ".join(t.text for t in sent if t.i not in asides)  # arrested last year": of him
    if _RUNNING_TOTAL.search(sent.text) or _NOT_ITS_TOTAL.search(told_of):
        return False
    settled = [(settle(event, count, refs), count) for count in totals]
    told = {p: event.each_side for p in event.parties if event.each_side} | \
        {r.recipient: max(r.count, event.each_side or 0) for r in event.returns}  # "100 each", not yet a return
    if not all(r in event.parties and told.get(r, 0) <= count.count <= 2 * told.get(r, 0) + 10 for r, count in settled):
        return False
    for recipient, count in settled:
        event.returns = [r for r in event.returns if r.recipient != recipient]
        event.returns.append(Return(recipient, count.count, count.start, count.end))
    return True


def _each(text: str) -> int | None:
    """ "• 17 July — 95 each.", "Forty-five each way.": as many each way, told by the number alone."""
    return next((count for match in _EACH.finditer(text) if (count := parse_count(match[1])) is not None), None)


def _counted_on_its_line(section: DateMention) -> bool:
    """Whether a date opens a line that counts its swap ("- 25 May: 303 for 303."), not a
    heading over paragraphs of its own."""
    doc = section.span.doc
    line = _its_line(doc[section.span.end :])  # past the stop set after the day: "23 May. 1,000 for 1,000"
    dated = {i for d in doc._.dates or [] for i in range(d.span.start, d.span.end)}
    return any(t.like_num and not _a_year(t) and t.i not in dated for t in line)  # not "12 March – 2 April 1962"


def _swaps_listed(before: Span) -> Token | None:
    """ "The box lists the exchanges of prisoners of 2024", "A and B have swapped prisoners three
    times:": swaps of people told of in the plural before a list's first entry, which the
    entries then tell one by one (not "exchanges of fire", "student exchanges"); or the one
    swap "carried out in three stages:", whose stages they tell."""
    for t in reversed(before):
        plural = t.tag_ == "NNS" or t.is_upper and t.lower_.endswith("s")  # "RECENT EXCHANGES", a box's title
        if plural and t.lower_.removesuffix("s") in TRIGGER_NOUNS and not _non_prisoner_sense(t) and (
                any(captive_word(w) for w in t.sent) or not any(
                    c.dep_ in ("amod", "compound") and c.lower_ not in _OF_A_TIME for c in t.children)) \
                or t.pos_ == "VERB" and t.lemma_ in TRIGGER_VERBS and _several_times(t):
            return t  # "the exchanges of 2024", not "student (cultural) exchanges"
        if (staged := _the_swap_done_in_stages(t)) is not None:
            return staged
    return None


_OF_A_TIME = NEW_EVENT_MARKERS | {"recent", "past", "latest"}  # "RECENT EXCHANGES", not "student exchanges"


def _the_swap_done_in_stages(stages: Token) -> Token | None:
    """ "The largest swap of the war was agreed in May. It was carried out in three stages":
    the swap whose stages a list goes on to tell, named in the sentence or the two before."""
    done = stages.head.head
    if not (stages.tag_ == "NNS" and stages.lemma_.lower() in STAGE_NOUNS and stages.dep_ == "pobj" and
            stages.head.lower_ == "in" and done.lemma_ in CARRYING_OUT) or hypothetical(done) or conditional(done):
        return None  # not "would be carried out in two stages"
    before = _sentence_before(stages.sent)
    told = [*_sentence_before(before), *before, *stages.sent]  # "It", past a sentence of the terms
    return next((t for t in reversed(told) if t.lemma_.lower() in TRIGGER_NOUNS and t.pos_ == "NOUN"
                 and t.tag_ == "NN" and not _non_prisoner_sense(t)), None)


def _several_times(verb: Token) -> bool:
    """ "have swapped prisoners three times (twice, several times)", "has often (repeatedly)
    traded prisoners": several swaps told at once, none of them; not where the sentence goes on
    to date one ("four times this year, most recently on Sunday")."""
    dated = any(d.day and verb.sent.start <= d.span.start < verb.sent.end for d in verb.doc._.dates or [])
    times = [t for c in verb.children for t in (c, *(o for o in c.children if c.dep_ == "prep" and o.dep_ == "pobj"))
             if t.lemma_ in ("time", "occasion") and t.dep_ in ("npadvmod", "pobj")]  # "three times", "on several
    return not dated and (any(  # occasions"
        c.lower_ in ("twice", "thrice", "frequently") or c.lower_ in HABITUALLY and c.dep_ == "advmod"
        for c in verb.children) or any(n.dep_ == "nummod" and n.lower_ not in ("one", "1") or n.lower_ in _MANY
                                       for t in times for n in t.children))


_MANY = {"several", "many", "multiple", "numerous", "countless"}


def _sides_of_the_list(exchanges: list[ExchangeDraft], before: Span, refs: References) -> list[str]:
    """The sides of a list's entry told by its numbers alone ("• 8 Feb — 100 for 100"): those of
    the entry before, where it is one too; else, in a list of swaps, those of the swap told
    before it, or those the list's sentence names ("A and B carried out four swaps this year:");
    else, in a bulleted list right under the story of a swap (a fact box whose title was
    furniture), those of the story's swap."""
    previous = exchanges[-1] if exchanges and len(exchanges[-1].parties) == 2 else None
    if previous is not None and previous.date is not None and \
            heading_date(previous.date.span.sent, [previous.date]) is not None:
        return previous.parties
    listing = _swaps_listed(before)
    if listing is None:
        entry = _its_line(before.doc[before.end :])  # and an entry that tells no other deed on its line: not "10
        bare = len(entry) > 0 and in_a_list_item(entry[:1]) and _tells_no_other_deed(entry)  # March. A proposes 500
        return previous.parties if previous is not None and bare else []  # for 500"
    named = previous.parties if previous is not None else parties_in(listing, listing.sent, refs)
    return named if len(named) == 2 else []


_SWAP_DEEDS = RELEASE_VERBS | RECEIVE_VERBS | RETURN_VERBS | TRIGGER_VERBS | {"be", "mediate", "broker"}


def _tells_no_other_deed(sent: Span) -> bool:
    """Whether an entry's sentence tells no deed but a release, a return or a swap: "100 for 100",
    "90 Ukrainians and 90 Russians", "189 came back, Russia received 150"; not "12 killed",
    "24 drones downed", "beat Georgia 2-1; 40,000 each in the stands". A participle before its noun
    tells no deed ("plus 22 badly wounded men")."""
    return not any(t.pos_ == "VERB" and t.lemma_ not in _SWAP_DEEDS and not (t.dep_ == "amod" and t.i < t.head.i)
                   for t in sent)


def _its_line(span: Span) -> Span:
    """The span up to the end of the line it opens: a list's entry, not the paragraphs after it."""
    end = next((t.i for t in span if "\n" in t.text), span.end)
    return span.doc[span.start : end]


def _peoples_counted(span: Span, refs: References, kinds: dict[str, set[str]]) -> list[Count]:
    """ "• 25 June — 90 Ukrainians and 90 Russians.": numbers before peoples' names in a list's
    entry, which tells no verb of their release; or before words the story has told whose people
    they are ("• 8 Feb: 3 hostages; 183 detainees", after "three hostages ... to Israel")."""
    return [Count(n, hint, None, span.start_char, span.end_char, t) for t in span
            if t.like_num and t.i + 1 < span.end and t.nbor().tag_ in ("NNS", "NNPS")  # not "24 Ukrainian drones"
            and (hint := _whose(t.nbor(), refs, kinds))
            and (n := parse_count(t.text)) is not None and not _among_others(t)]


def _whose(noun: Token, refs: References, kinds: dict[str, set[str]]) -> str | None:
    """Whose people a plural noun names: its people's ("Ukrainians"), or the one side the story
    gave the word to."""
    country = gazetteer().demonym_at(noun)
    if country:
        return people_key(country.code, refs)
    sides = kinds.get(noun.lemma_, set()) if noun.lemma_ in _HELD else set()  # not "women", of either side
    return next(iter(sides)) if len(sides) == 1 else None


# who are held as people the sides trade, not "women"; "defenders", Ukraine's word for its soldiers
_HELD = {"hostage", "prisoner", "detainee", "captive", "soldier", "serviceman", "fighter", "defender", "pow"}


def _among_others(number: Token) -> bool:
    """ "including 15 Saudis", "among them 15 Saudis and four Sudanese": a part of a group
    counted before."""
    first = first_conjunct(number.nbor())
    return first.head.lower_ == "including" or among_them(first) or \
        any(c.dep_ == "prep" and c.lower_ in ("among", "including") for c in first.children)  # hung on the part


def _question_before(sent: Span) -> Span | None:
    """The question the sentence answers, if the sentence before asks who or which did it,
    or what happened or how ("How did the exchange come about?"; not "What about Oman?")."""
    question = _sentence_before(sent) if sent.start > 0 else None
    opening = _first_word(question) if question is not None else None
    if opening is None or not question.text.rstrip().endswith("?"):
        return None
    of_the_event = any(t.lemma_ in _HAPPENING or t.lemma_.lower() in TRIGGER_NOUNS for t in question)
    asked = opening.lower_ in ("who", "which") or opening.lower_ in ("what", "how") and of_the_event
    return question if asked else None


def _day_asked(sent: Span, doc: Doc) -> DateMention | None:
    """ "What actually happened yesterday? - Two things happened at once. The main exchange was
    between A and B": the one day a question about what happened names dates the swap its
    answer tells, a few sentences on."""
    before = sent
    for _ in range(_ANSWER_REACH):
        before = _sentence_before(before)
        if not len(before):
            return None
        if before.text.rstrip().endswith("?"):
            happening = any(t.lemma_ in _HAPPENING for t in before)
            return _only_day(before, doc) if happening else None
    return None


_ANSWER_REACH = 3  # how many sentences an answer may run before it tells the swap


def _taken_as_done(question: Span) -> bool:
    """A question about the past that opens with who or which, and names the sides, takes the
    swap it names as done: "Which country mediated Saturday's exchange between A and B?"; not
    "Did they swap prisoners?", "Who will broker the next exchange?" or "When was the last
    swap?", which its answer tells."""
    opening = _first_word(question)
    root = question.root
    past = root.tag_ in ("VBD", "VBN") and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in root.children)
    states = {t.i for t in question if t.ent_type_ in ("GPE", "NORP", "ORG")}
    return opening is not None and opening.lower_ in ("who", "which") and past and len(states) >= 2


def _first_word(span: Span) -> Token | None:
    return next((t for t in span if not t.is_space), None)


def _answers(sent: Span) -> bool:
    """ "Who made it possible? - The Emirates mediated", "What happened on Thursday? - A and B
    released 16 prisoners": an answer to a question about the exchange, however long the story
    of it ran before the question."""
    return _question_before(sent) is not None


def _answered_mediator(sent: Span, refs: References) -> list[str]:
    """ "Who brokered it? Qatar, which has long hosted ...": the side an answer opens with,
    after a question about who mediated."""
    question = _question_before(sent)
    if question is None or _first_word(question).lower_ not in ("who", "which") or \
            not any(t.lemma_.lower() in MEDIATION_VERBS | MEDIATION_NOUNS for t in question) or \
            _of_another_event(question):
        return []  # not "What about Oman? Many call it the real mediator. - Oman has been a generous host"
    words = list(sent)
    label = next((i for i, t in enumerate(words[:6]) if t.text == ":"), None)  # "KARIN LUND: Qatar, once again."
    answer = words[label + 1 :] if label is not None else words
    opening = next((t for t in answer if not (t.is_space or t.is_punct or t.pos_ == "DET")), None)
    key = actor_of(opening, refs) if opening is not None else None
    return [key] if key else []


_MEDIATOR_LABEL = re.compile(r"\W*(?:Mediators?|Mediator\(s\)|Mediation|Mediated by|Brokered by|Brokers?|"
                             r"Go-betweens?|Facilitators?|Facilitated by|(?:Neutral )?intermediar(?:y|ies))"
                             r"\s*(?::|\s[\u2014\u2013-])\s*", re.IGNORECASE)
_OTHER_BOXES = re.compile(r"\b(?:truce|ceasefire|talks|treaty|grain|accord|peace|nuclear|summit|negotiations)\b",
                          re.IGNORECASE)
_BOX_LINES = 4  # the lines above a fact box's line that may head the box


def _labelled_mediators(sent: Span, refs: References) -> list[str]:
    """ "- Mediator: Qatar", "Brokered by: Oman and the ICRC", "Mediator \u2014 UAE": a fact box's
    line that opens with the label and names the story's mediators after it; not a box headed
    by another event ("NUCLEAR TALKS / Venue: Muscat / Brokered by: Oman"). The label is read as
    written: furniture blanking may take it for a speaker's."""
    text = written_text(sent.doc)
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    line_end = text.find("\n", sent.start_char)
    line_end = len(text) if line_end < 0 else line_end
    label = _MEDIATOR_LABEL.match(text, line_start, line_end)
    if label is None or sent.start_char > label.end():
        return []  # a later sentence of the line: its first told it
    above = [line for line in text[:line_start].split("\n")[-_BOX_LINES - 1 :] if line.strip()]
    if any(_OTHER_BOXES.search(line) and not any(w in line.lower() for w in ("swap", "exchange", "prisoner"))
           for line in above[-2:]):
        return []
    published = sent.doc._.published
    if published is not None and any(int(year) != published.year for line in above[-3:]
                                     for year in re.findall(r"\b(?:19|20)\d\d\b", line)):
        return []  # "Fact box: the 2022 swap / Date: September 2022 / Mediator: X": another year's swap
    keys = [as_state(m.key, refs) for m in refs.mentions if label.end() <= m.span.start_char < line_end]
    return [k for k in dict.fromkeys(keys) if k]


def _of_another_event(question: Span) -> bool:
    """ "Who mediated the 2023 exchange?", "Who arranged the previous swap?", "Who mediated the
    grain talks?": a question about another event than the story's swap."""
    return any(t.lower_ in NEW_EVENT_MARKERS | {"other", "past"} or t.lemma_.lower() in TALK_NOUNS | _OTHER_DEALS
               or _a_year(t) for t in question)


def _a_year(token: Token) -> bool:
    return token.text.isdecimal() and len(token.text) == 4 and 1800 < int(token.text) < 2100


_OTHER_DEALS = {"grain", "treaty", "ceasefire", "truce", "agreement"}


def _date_before(trigger: Token, scope: Span) -> DateMention | None:
    """ "On June 15, 2024, A released X. In exchange, B freed Y": the day of the release the
    trigger's sentence pays back, told in the sentence before it; the day of the month told
    first rather than the month ("in May 2017, on the sixth of May, ...")."""
    if scope.start >= trigger.sent.start:
        return None
    dates = [d for d in trigger.doc._.dates or [] if scope.start <= d.span.start < trigger.sent.start
             and (d.day or d.month and not d.relative_past)  # "last Tuesday", not "last month"
             and clause_of(d.span.root).lemma_ in RELEASE_VERBS | RETURN_VERBS]  # not "held since May"
    if not dates:
        return None
    month = dates[0].month  # "in May 2017, on the sixth of May": the day of that month; not a day of another
    return next((d for d in dates[1:] if month and d.day and (d.day.year, d.day.month) == month), dates[0])


def _dated(sent: Span) -> bool:
    return any(sent.start <= d.span.start < sent.end for d in sent.doc._.dates or [])


def _todays(exchange: ExchangeDraft, doc: Doc) -> bool:
    """The story's news: not told as past, nor dated long before the story."""
    return not exchange.past and (exchange.date is None or not _long_before(exchange.date, doc))


def _recalls_the_sentence_before(sent: Span, lead: Span | None, event: ExchangeDraft) -> bool:
    """ "... the events of June 2021, when A handed over 15 detainees for maps. That arrangement
    was facilitated by B": "that arrangement" is the one the sentence before told, on another
    date than the exchange at hand."""
    that = any(t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in DEAL_NOUNS | OPERATION_NOUNS | TRIGGER_NOUNS
               and any(c.lower_ in ("that", "this") for c in t.children) for t in sent)
    return that and lead is not None and _dated_otherwise(lead, event)


def _recalls_the_mediation(sent: Span) -> bool:
    """ "The successful mediation had been led by X", "We thank Y for its mediation", "The
    go-between was Z", told well after the swap: the mediation of the exchange at hand, not of
    something else ("the mediation of the truce")."""
    return any((t.lemma_.lower() == "mediation" and t.pos_ == "NOUN" or _the_go_between_was(t)) and
               any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "its", "their") for c in t.children) and
               not any(c.dep_ == "prep" and c.lower_ in ("of", "on", "over", "between") for c in t.children)
               or _efforts_that_freed(t) for t in sent)


def _efforts_that_freed(efforts: Token) -> bool:
    """ "the mediation efforts of their two leaders had secured the release": the mediation of
    the release the story told."""
    return efforts.lemma_.lower() in ("effort", "efforts") and efforts.dep_ == "nsubj" and \
        any(c.dep_ == "compound" and c.lemma_.lower() == "mediation" for c in efforts.children) and \
        efforts.head.lemma_ in ("secure", "win", "bring", "achieve") and \
        any(o.dep_ == "dobj" and o.lemma_.lower() in {"release", "freedom"} | TRIGGER_NOUNS and
            [c.lower_ for c in o.children] == ["the"] for o in efforts.head.children) and \
        not any(t.ent_type_ == "DATE" for t in efforts.sent)  # not "the release of aid convoys", "In 2019, ..."


_GO_BETWEENS = {"mediator", "intermediary", "broker"}


def _the_go_between_was(token: Token) -> bool:
    """ "The go-between was X", "The mediator was X": the subject of a copula naming who it was."""
    return token.dep_ == "nsubj" and token.head.lemma_ == "be" and token.tag_ == "NN" and (
        token.lemma_.lower() in _GO_BETWEENS or a_go_between(token))



def _the_deal_mediated(sent: Span) -> bool:
    """ "The deal was mediated by X and Y", "X said it had mediated the release", "The terms
    were negotiated through X", told well after the swap: the deal it was made under, so the
    story's own swap; not "that deal", which the sentence before told, nor "the handover of
    remains"."""
    def of_the_deal(t: Token) -> bool:
        told = t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and \
            t.lemma_.lower() in TRIGGER_NOUNS | DEAL_NOUNS | {"term"}
        return told or t.dep_ == "dobj" and not hypothetical(t.head) and \
            t.lemma_.lower() in TRIGGER_NOUNS | {"release"}  # not "co-brokered the deal last July"

    return any((t.tag_ == "NN" or t.lower_ == "terms") and of_the_deal(t)
               and (t.head.lemma_ in MEDIATION_VERBS or struck_through(t.head))
               and [c.lower_ for c in t.children if c.dep_ in ("det", "prep", "compound", "amod")] == ["the"]
               for t in sent)


def _mediated_it(sent: Span) -> bool:
    """ "Oman mediated.", "Qatar brokered it.", "The UAE again acted as mediator.", told well
    after the swap: the story's own swap, its mediation told in a few words."""
    root = sent.root
    if root.pos_ != "VERB" or hypothetical(root) or not any(c.dep_ == "nsubj" for c in root.children) or \
            any(c.dep_ == "advmod" and c.lower_ in _BEFORE_OR_OFTEN for c in root.children):
        return False  # not "Qatar has often mediated", "Oman mediated before"
    objects = [c for c in root.children if c.dep_ == "dobj"]
    preps = [c for c in root.children if c.dep_ in ("prep", "npadvmod") or c.ent_type_ == "DATE"]
    if root.lemma_ in ("mediate", "broker", "facilitate"):  # not "In return, A arranged for 240 to fly home",
        called_back = all(o.lower_ in ("it", "both", "them") for o in objects) and (not objects or any(
            t.lemma_.lower() in TRIGGER_NOUNS for t in _sentence_before(sent)))  # "Qatar brokered it", after the
        return called_back and not preps  # swap, not after a truce; not "mediated in the grain dispute"
    as_go_between = [p for p in preps if p.lower_ == "as" and any(  # "acted as mediator", not "as mediator of
        (o.lemma_.lower() in _GO_BETWEENS or a_go_between(o)) and not any(
            c.dep_ == "prep" and c.lower_ != "between" for c in o.children) for o in p.children)]  # the talks", "in
    # the dispute over grazing land"
    return root.lemma_ in ("act", "serve") and len(as_go_between) == len(preps) == 1


_BEFORE_OR_OFTEN = HABITUALLY | {"before", "previously", "frequently", "earlier", "once", "twice", "always", "long"}


_FINDING = re.compile(r"\b(?:verdict|ruling|rating|fact|facts|reality|fact-check|that's true)\b\W", re.IGNORECASE)
_FOUND_TRUE = re.compile(r"\b(?:verdict|ruling|rating|fact-check)\s*:\s*(?:(?:mostly|largely)\s+)?(?:true|correct|"
                         r"accurate|confirmed)\b|\bthat's (?:true|correct)\b", re.IGNORECASE)


def _a_claim_checked(sent: Span) -> bool:
    """A sentence of a line a fact-check labels as the claim it checks ("Claim: ...",
    "Second claim: ..."): what someone asserted, which the check may find false; not where the
    check finds it true, nor the finding told on the claim's own line ("Claim: ... Fact: ...")."""
    text = written_text(sent.doc)  # the label itself is blanked as furniture
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    if CLAIM_LABEL.match(text, line_start) is None or _FINDING.search(text, line_start, sent.start_char):
        return False
    line_end = text.find("\n", sent.end_char)
    following = text[line_start : (line_end if line_end >= 0 else len(text)) + 300]
    return _FOUND_TRUE.search(following) is None


def _an_index(sent: Span) -> bool:
    """ "In this issue: a swap at the boundary, an election, power cuts, and a pardon", "Coming
    up: ...", a bulleted list under "THIS WEEK IN BRIEF" with a story below it: a digest's list
    of its items, each told below, none here; not "IN BRIEF" over a list that is all the news."""
    before = sent.doc.text[max(sent.start_char - 40, 0) : sent.start_char].rsplit("\n", 1)[-1]  # "This week:", a
    # sentence of its own on the same line
    listed = _INDEX.match(sent.text) is not None or _INDEX_BEFORE.search(before) is not None or \
        _COUNTED_INDEX.match(sent.text) is not None and not _items_told(sent)
    text = written_text(sent.doc)
    heading = list_heading(sent, text) or ""
    return listed and sent.text.count(",") >= 2 or _INDEX_HEADING.match(heading) is not None and \
        len(_after_the_list(text, sent.end_char).strip()) >= _TOLD_BELOW


_INDEX = re.compile(r"\W*\b(?:this week|today|in this issue|in this edition|inside|coming up|also today|"
                    r"on today's show|in this episode)\s*:", re.IGNORECASE)
# "Three things this week: a quiet trade in the Gulf, ...": an index where its items are named, not told
_COUNTED_INDEX = re.compile(r"\W*\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?:things|stories|items|"
                            r"headlines)\b[^:.]{0,30}:", re.IGNORECASE)
_INDEX_BEFORE = re.compile(_INDEX.pattern + r"\s*$", re.IGNORECASE)  # the label ends the text before the list
_TOLD_BELOW = 200  # the fewest characters of story after an index that tell its items again


def _items_told(sent: Span) -> bool:
    """Whether the items after an index's colon are told as clauses ("Three things to know: Russia
    freed 90, Ukraine freed 84"), the news itself, not named for what comes below ("a quiet trade
    that went through in the Gulf")."""
    colon = next((t.i for t in sent if t.text == ":"), sent.start)
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX") and t.head.dep_ != "relcl"
               and t.lower_ not in ("that", "which", "who") for t in sent.doc[colon + 1 : sent.end])


def _after_the_list(text: str, start: int) -> str:
    """The text after the list whose item runs at `start`: from its first line that is no item."""
    offset = text.find("\n", start)
    while offset != -1 and LIST_ITEM.match(text[offset + 1 : offset + 8]):
        offset = text.find("\n", offset + 1)
    return "" if offset == -1 else text[offset + 1 :]


# "THIS WEEK IN BRIEF", "In this issue:", "Top stories": the heading of a list of the items told below.
_INDEX_HEADING = re.compile(r"\W*(?:(?:this week|today|in this issue|in this edition|inside|coming up|also today)"
                            r"(?:\s+in brief)?|in brief|headlines|top stories|at a glance)\s*:?\s*$", re.IGNORECASE)


def _subheading(sent: Span, refs: References) -> bool:
    """A line of a few words without a verb, a count or a name ("The latest swap", "Earlier
    exchanges"): the heading of the story's next part, no exchange of its own. Run on lines
    that name an exchange; other verbless lines tell nothing and break no story."""
    words = [t for t in sent if not t.is_space and not t.is_punct]
    return opens_line(sent[0]) and "\n" in sent[-1].text + sent[-1].whitespace_ and 0 < len(words) <= 6 and \
        not any(t.pos_ in ("VERB", "AUX") or t.like_num or t.i in refs.by_token for t in words) and \
        not sent.text.rstrip().endswith((".", ":"))


def _foretold_mediators(doc: Doc, refs: References, first: ExchangeDraft) -> list[str]:
    """ "Germany mediated, on behalf of the UN. ... Ban Ki-moon welcomed the completion of the
    exchange": mediators named before the first exchange is told, which has none of its own."""
    before = [sent for sent in doc.sents if sent.end_char <= first.start]
    named = [key for sent in before for key in mediators_in(sent, refs, need_exchange=False)]
    return [key for key in dict.fromkeys(named) if key not in first.parties]


def _mediators_of_those_below(exchanges: list[ExchangeDraft], doc: Doc, refs: References) -> None:
    """ "All four swaps below were brokered by X", "Each of the exchanges that followed was
    mediated by X": mediators told for every exchange the story goes on to list (or, for "the
    exchanges", every one it tells between the sides of the one told last) belong to those of
    them that name none of their own."""
    for sent in doc.sents:
        told = [e for e in exchanges if e.start < sent.start_char]
        all_told = [t for t in sent if _the_ones_told(t) or _all_those_counted(t, len(told))]
        series = [t for t in sent if _every_one_of(t) or _in_stages(t)] + all_told
        if not series:
            continue
        named = mediators_in(sent, refs, need_exchange=False)
        between = {key for t in series for p in t.children if p.lower_ == "between" for o in p.children
                   if o.dep_ == "pobj" for c in (o, *o.conjuncts) if (key := actor_of(c, refs))}
        start = sent.end_char
        if all_told and told:  # those between the sides of the one told last
            start, between = 0, between or set(told[-1].parties)
        for exchange in exchanges:  # "two swaps between Iran and European states": not one of Hamas's
            if exchange.start >= start and not exchange.mediators and \
                    (not between or between & set(exchange.parties)):
                exchange.mediators = [key for key in named if key not in exchange.parties]


def _of_a_truce(sent: Span) -> bool:
    """ "the first swap of the truce", "an exchange under the ceasefire (deal)", "on the first day
    of the pause, 13 hostages were freed": told as part of a truce."""
    return any(t.lemma_.lower() in _TRUCES and (t.dep_ == "pobj" and t.head.lower_ in ("of", "under", "during")
                                                 or t.dep_ == "compound" and _of_a_truce_deal(t.head))
               for t in sent)


def _of_a_truce_deal(deal: Token) -> bool:
    """ "under the ceasefire deal": the deal of the truce the compound names."""
    return deal.lemma_.lower() in DEAL_NOUNS and deal.dep_ == "pobj" and deal.head.lower_ in ("of", "under")


def _swaps_of_a_truce(sent: Span) -> bool:
    """ "The two swaps carried out so far, both under the ceasefire", "all the exchanges of the
    truce": every swap the story tells was part of a truce."""
    plural = any(t.tag_ == "NNS" and t.lemma_.lower() in TRIGGER_NOUNS and
                 any(c.lower_ in ("the", "these", "all", "both", "two", "three") for c in t.children) for t in sent)
    return plural and _of_a_truce(sent)


def _mediators_again(exchanges: list[ExchangeDraft], doc: Doc, refs: References) -> None:
    """ "Oman mediated. This was hardly Oman's first such swap. In May 2023, A freed ...", "Qatar
    had arranged such a deal once before": the mediator of a swap told
    before, said to have made such a deal before, mediated the one told right after, where that
    one names none of its own."""
    for index, later in enumerate(exchanges[1:], start=1):
        sent = doc.char_span(later.start, later.end, alignment_mode="expand")
        if later.mediators or sent is None or not _done_before(before := _sentence_before(sent.sent)) or \
                sent[0].lower_ in _ASIDE_OPENERS:
            continue  # not "Separately, A and B swapped 90 each"
        earlier = {k for e in exchanges[:index] if set(e.parties) & set(later.parties) for k in e.mediators}
        named = {k for t in before if (k := actor_of(t, refs)) in earlier}  # of a swap with a side in common
        later.mediators = [k for k in named if k not in later.parties]


_ASIDE_OPENERS = {"separately", "meanwhile", "elsewhere"}


def _done_before(sent: Span) -> bool:
    """ "hardly its first such swap", "the second time ... such a deal", "such deals before": a
    sentence saying someone has done this kind of deal before; not "had never before"."""
    such = any(t.lower_ == "such" and t.head.lemma_.lower() in TRIGGER_NOUNS | DEAL_NOUNS for t in sent)
    again = any(t.lower_ in ("first", "second", "third", "time", "before") for t in sent)
    return such and again and not any(t.lower_ == "never" for t in sent)


def _mediators_of_the_truce(exchanges: list[ExchangeDraft], doc: Doc, refs: References) -> None:
    """ "the truce, mediated by Qatar with Egypt" ... "the first swap of the truce": who
    mediated a truce mediated the swaps told as part of it."""
    all_of_it = any(_swaps_of_a_truce(sent) for sent in doc.sents)  # "both swaps, under the ceasefire"
    waiting = [e for e in exchanges if (e.of_a_truce or all_of_it) and not e.mediators]
    if not waiting:
        return
    sentences = list(doc.sents)
    named = [key for index, sent in enumerate(sentences)
             if _tells_the_truce(sent, sentences[index - 1] if index else None) for key in mediators_in(sent, refs)]
    for exchange in waiting:
        exchange.mediators = [key for key in dict.fromkeys(named) if key not in exchange.parties]


def _tells_the_truce(sent: Span, before: Span | None) -> bool:
    """A sentence that names a truce, or "the deal" right after one in its paragraph ("The
    truce took effect at dawn. Under the deal, brokered by Brazil, ...")."""
    def truce(span: Span) -> bool:
        return any(t.lemma_.lower() in _TRUCES for t in span)
    if before is None or "\n" in sent.doc[before.end - 1 : sent.start].text_with_ws:  # another paragraph
        return truce(sent)
    the_deal = any(t.lemma_.lower() in DEAL_NOUNS and [c.lower_ for c in t.children if c.dep_ in (
        "det", "compound", "amod", "prep", "poss")] == ["the"] for t in sent)  # not "the gas deal with Egypt"
    return truce(sent) or the_deal and truce(before)


def _every_one_of(token: Token) -> bool:
    """ "all (four) swaps", "each of the exchanges", "every swap", "has facilitated several
    exchanges this year": each exchange of a series."""
    if token.lemma_ not in TRIGGER_NOUNS or token.pos_ != "NOUN":
        return False
    words = {c.lower_ for c in token.children if c.dep_ in ("det", "predet", "amod")}
    of_each = token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in ("each", "all")
    counted = token.tag_ == "NNS" and any(c.dep_ == "nummod" for c in token.children)
    return bool(words & {"all", "every", "each", "several", "many", "multiple"}) or of_each or counted


def _the_ones_told(token: Token) -> bool:
    """ "The exchanges, brokered by X, are part of the truce": the subject is every exchange
    the story tells, before the sentence and after it."""
    return token.lemma_ in TRIGGER_NOUNS and token.tag_ == "NNS" and token.dep_ in ("nsubj", "nsubjpass") and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def _all_those_counted(token: Token, told: int) -> bool:
    """ "... in eleven exchanges. All eleven were mediated by X", "Each of them was brokered by
    X": the subject stands for the exchanges the sentence before counted, or for as many as
    were `told` before it (a list's entries: "... All three were brokered by X")."""
    if token.dep_ not in ("nsubj", "nsubjpass") or token.head.lemma_ not in MEDIATION_VERBS:
        return False  # asked of every word: the cheap test first
    words = list(token.subtree)  # "each of them", "all three rounds" with "all" hung on "three"
    every = any(w.lower_ in ("all", "each", "both", "every") for w in words)
    rounds = token.tag_ == "NNS" and token.lemma_ in TRIGGER_NOUNS | STAGE_NOUNS  # "all three rounds were brokered
    return every and (any(t.lemma_ in TRIGGER_NOUNS and t.tag_ == "NNS" for t in _sentence_before(token.sent)) or
                      told > 1 and (rounds or token.like_num and parse_count(token.text) == told))  # by X", under
    # a table of them


def _in_stages(token: Token) -> bool:
    """ "The operation, mediated by X, took place in three stages": the stages told below are
    the exchanges it mediated."""
    return token.lemma_ in STAGE_NOUNS and token.tag_ == "NNS" and \
        token.dep_ == "pobj" and token.head.lower_ in ("in", "over")


def _opens_its_line(sent: Span) -> bool:
    """Whether the sentence is the first of its line (past the spaces of blanked furniture)."""
    return opens_line(next((t for t in sent if not t.is_space), sent[0]))


def _ends_line(sent: Span) -> bool:
    """Whether the sentence is the last of its line."""
    return sent.end >= len(sent.doc) or "\n" in sent.doc[sent.end - 1].text_with_ws or sent.doc[sent.end].is_space


def _scene(sent: Span) -> DateMention | None:
    """ "Then came the spring of last year.", "Fast forward to March 2023.", "Then 3 May 2019.",
    "On Thursday it was another family's turn": a sentence that only moves the story to another
    time, which the exchange told next is of."""
    root = sent.root
    for date in sent.doc._.dates or []:
        head = date.span.root
        if not sent.start <= head.i < sent.end:
            continue
        came = root.lemma_ in ("come", "arrive") and head.dep_ == "nsubj" and head.head == root
        forward = head.dep_ == "pobj" and head.head.lower_ == "to" and \
            any(t.lower_ == "forward" and t.i > sent.start and t.nbor(-1).lower_ in ("fast", "-") for t in sent)
        turn = root.lemma_ == "be" and any(c.dep_ == "attr" and c.lemma_ == "turn" for c in root.children) and \
            root in head.ancestors  # "On Thursday it was the Whelan family's turn."
        if came or forward or turn or _only_a_date(sent, date):
            return date
    return None


_LEADING_ON = {"then", "and", "yes", "so", "next", "later", "after", "that"}


def _only_a_date(sent: Span, date: DateMention) -> bool:
    """ "Then November 24, 1983.", "Yes, October 2011.": a sentence of a date and a word leading
    on to it, opening a paragraph, as a speaker moves a story on to the time of what they tell
    next; not "The deadline was set for 15 May. Then 20 May." within one."""
    rest = [t for t in sent if not (date.span.start <= t.i < date.span.end or t.is_punct or t.is_space)]
    leading_on = bool(rest) and all(t.lower_ in _LEADING_ON for t in rest)  # not a byline's date alone on its line
    return _opens_its_line(sent) and leading_on and (date.day or date.month) is not None


def _dated_otherwise(sent: Span, event: ExchangeDraft) -> bool:
    """ "On June 15, 2024, Sweden released ...", after a swap of May 2023: a sentence whose
    main clause is dated otherwise than the exchange at hand tells of something else."""
    main = [sent.root, *(c for c in sent.root.children if c.dep_ == "conj")]  # "The first ..., took place on"
    if _the_one_at_hand(sent.root):
        return False  # "The operation, which X is supervising, should be over by Friday": its later days
    return any(
        sent.start <= d.span.start < sent.end and (d.day or d.month) and (
            _different(d, event.date) if event.date is not None else _long_before_the_news(d, event, sent.doc))
        and (clause_of(d.span.root) in main or d.span.start <= sent.start + 1 or _opens_a_clause(d.span))  # not
        # "held since May"; but "In April 1998 A announced ...; B replied ...", fronted, however the parser joined
        # the clauses, and "... - in June 2021, B released 15"
        and not _the_deal_struck_before(clause_of(d.span.root), d, event) for d in sent.doc._.dates or [])


def _opens_a_clause(date: Span) -> bool:
    """Whether a date (or "in" before it) comes right after a dash, colon or semicolon: "... -
    in June 2021, Baku released 15", a clause of its own however the parser hangs it."""
    start = date.start - 1 if date.start > 0 and date.doc[date.start - 1].lower_ in ("in", "on") else date.start
    return start > 0 and date.doc[start - 1].text in ("-", "\u2013", "\u2014", ":", ";")


_LONG_BEFORE = 60  # days: "On 30 December", told on 3 January, may still be the news's own swap


def _long_before_the_news(date: DateMention, event: ExchangeDraft, doc: Doc) -> bool:
    """ "On 9 June last year, 84 came home", after an undated swap of its own counts told as
    today's news (or in the story's lead, which dates it on the day of the news): a day of
    another year than the story's; not the day of a swap a lead told of in passing ("X, who
    brokered spy swaps, has died. ... On 10 February 1962, A and B crossed the bridge")."""
    counted = event.each_side or any(r.start == event.start for r in event.returns)  # in its first sentence
    published = doc._.published
    latest = date.day or (dt.date(*date.month, 28) if date.month else None)
    return (event.as_news or _in_the_lead(event, doc)) and bool(counted) and published is not None and \
        latest is not None and latest.year < published.year and (published - latest).days > _LONG_BEFORE


def _the_one_at_hand(verb: Token) -> bool:
    """Whether the clause's subject is the exchange just told: "The operation ...", "The swap
    ..."; not "The first swap", "The previous exchange"."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in TRIGGER_NOUNS | OPERATION_NOUNS
               and [d.lower_ for d in c.children if d.dep_ in ("det", "amod", "nummod", "poss", "compound")]
               in (["the"], ["this"]) for c in verb.children)


def _completes(event: ExchangeDraft, counts: list[Count], sent: Span, refs: References, near: bool) -> bool:
    """ "The Congolese side received 57 people", told some way after the swap: counted groups
    that give sides of the exchange at hand their first count, on no other day, are its; so is,
    a few sentences on, what the one side known yet, which got people back, released."""
    have = {r.recipient for r in event.returns} | (set(event.parties) if event.each_side else set())
    sides = [settle(event, count, refs) for count in counts]
    days = {d.day for d in sent.doc._.dates or [] if sent.start <= d.span.start < sent.end and d.day}
    event_day = event.date.day if event.date else None
    one_side_known = near and len(event.parties) == 1  # "Four came home to A. ... On the other side, A released
    # 200 of B's": A pays back what it got
    return bool(counts) and all((s in event.parties or one_side_known and s in refs.actors
                                 and c.releaser in event.parties and c.releaser in have) and s not in have
                                for s, c in zip(sides, counts, strict=True)) and \
        len(set(sides)) == len(sides) and days <= {event_day}


def _of_the_deal(sent: Span, plural: bool = False) -> bool:
    """ "The deal was reached in talks mediated by Oman", "The negotiations were brokered by
    X", "X brokered the agreement": a sentence about the exchange just told, so the talks it
    names are the ones that produced it; with `plural`, about all the exchanges told ("The
    exchanges were negotiated by X")."""

    def of_it(noun: Token) -> bool:  # "The negotiations were brokered by X", "The terms were settled over two
        # rounds of talks mediated by X", not "The talks on a truce"
        topics = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "about", "over")]
        return not plural and noun.lower_ in TALK_NOUNS | {"terms"} and not topics

    def mediated(noun: Token) -> bool:  # "Austrian diplomats brokered the agreement", not "the grain agreement"
        return noun.dep_ == "dobj" and noun.head.lemma_ in MEDIATION_VERBS and \
            not any(c.dep_ in ("compound", "amod", "nmod") for c in noun.children)

    return any((t.dep_ in ("nsubj", "nsubjpass") or mediated(t)) and t.head.dep_ == "ROOT" and (t.lemma_.lower() in
               TRIGGER_NOUNS | DEAL_NOUNS | OPERATION_NOUNS and (t.tag_ == "NNS" or not plural) or of_it(t)) and
               any(c.lower_ in ("the", "this", "that", "these", "those", "all", "both") for c in t.children)
               for t in sent)


def _of_these(sent: Span) -> bool:
    """ "X, whose mediation made these releases possible": about all the exchanges told."""
    return any(t.tag_ == "NNS" and t.lemma_.lower() in TRIGGER_NOUNS | OPERATION_NOUNS
               and any(c.lower_ in ("these", "those") for c in t.children) for t in sent)


def _same_mediators(sent: Span, exchanges: list[ExchangeDraft], event: ExchangeDraft) -> list[str]:
    """ "arranged by the same mediators", "under the same deal": those of the exchange reported
    before."""
    earlier = [e for e in exchanges if e is not event and e.mediators]
    return list(earlier[-1].mediators) if _SAME_MEDIATORS.search(sent.text) and earlier else []


def _told_before(trigger: Token) -> bool:
    """ "The swap, agreed after months of talks, ...", "150 were returned as a result of the
    exchange": an exchange the story has told already, in the people it counted before naming it."""
    return trigger.pos_ == "NOUN" and trigger.lemma_ in TRIGGER_NOUNS and \
        trigger.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj") \
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in trigger.children) \
        and nearest_date(trigger, trigger.doc._.dates or []) is None  # not "the exchange of 14 October 2022"


def _lead_in(event: ExchangeDraft, counts: list[Count], doc: Doc, refs: References) -> None:
    """ "Three Americans landed in Doha on Thursday. They were freed in a swap ...": the
    people (and day) a new exchange's first sentence follows on from are its own; not those of
    another paragraph, where that sentence gives its own day ("... our five volunteers are being
    sent home." "Their previous swap, on 29 June, returned 60 to each side.")."""
    if event.date is not None and event.start <= event.date.span.start_char:
        counts = [c for c in counts if "\n" not in doc_text(doc)[c.end : event.start]]
    add_counts(event, counts, refs)
    _date_from(event, counts, doc)


def _sides_in(sent: Span, refs: References, event: ExchangeDraft) -> list[str]:
    """The states, governments and armed groups a sentence names, not as places or mediators (of
    the exchange or of anything it tells: "the truce, mediated by X"), or whose people it
    describes ("an Iranian national"), if two or more: the sides of an exchange the next
    sentence reports without naming them."""
    keys = [side_of(m.key, refs) for m in refs.mentions
            if sent.start <= m.span.start < sent.end and not is_locative(m.span) and not _alternatives(m.span.root)]
    keys += [people_key(country.code, refs, register=False) for t in sent  # "an Iranian national"
             if t.dep_ == "amod" and t.text[:1].isupper() and captive_word(t.head)
             and (country := gazetteer().demonym_at(t))]
    mediating = {*event.mediators, *mediators_in(sent, refs, need_exchange=False)}  # "the truce, mediated by X"
    sides = [k for k in dict.fromkeys(keys) if k and k not in mediating and _rank(refs, k, _SIDE_RANK) == 0]
    between = [side_of(k, refs) for p in sent if p.lower_ == "between" for o in p.children if o.dep_ == "pobj"
               for t in _the_pair(o) if (k := actor_of(t, refs)) and k not in mediating]  # "A and B announced the
    sides = between if len(set(between)) >= 2 else sides  # release of two detainees between C and D"
    return [_registered(k, refs) for k in dict.fromkeys(sides)] if len(sides) >= 2 else []


def _the_pair(first: Token) -> list[Token]:
    """The names "between" joins: "A and B", and no more after a comma ("between Iran and the
    US, Qatar and Oman announced": the announcers the parser joins to them)."""
    names = [first, *sorted(first.conjuncts, key=lambda t: t.i)]
    doc, joined = first.doc, False
    after = names[-1].right_edge.i + 1
    if after >= len(doc) or doc[after].pos_ not in ("VERB", "AUX"):
        return names  # the list's last name says nothing: all of them are the sides
    for i, name in enumerate(names[1:], 1):
        gap = doc[names[i - 1].i : name.i]
        if joined and any(t.text == "," for t in gap):
            return names[:i]  # not "between Russia and Belarus and the US, Germany ...", two sides of several
        joined = joined or any(t.lower_ == "and" for t in gap)
    return names


def _alternatives(word: Token) -> bool:
    """ "Moscow, Washington, Paris or Brussels": one of several, none of them said to act."""
    first = first_conjunct(word)
    return any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for t in (first, *first.conjuncts) for c in t.children)


def _only_day(sent: Span, doc: Doc) -> DateMention | None:
    """The one dated day a sentence names, if it names exactly one (maybe twice: "AMRITSAR,
    March 8: ... on Tuesday")."""
    days = [d for d in doc._.dates or [] if sent.start <= d.span.start < sent.end and d.day]
    return days[-1] if days and len({d.day for d in days}) == 1 else None


def _day_of_the_lead(lead: Span, doc: Doc) -> DateMention | None:
    """The one day the sentence before the first exchange told names, unless it dates a deal
    being made or talks: "The operation followed an agreement signed on 27 September." dates
    the deal, "Talks began in Istanbul on 16 May." the talks, not the releases told next."""
    day = _only_day(lead, doc)
    if day is None:
        return None
    verb = clause_of(day.span.root)
    talks = any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in TALK_NOUNS for c in verb.children)
    return None if verb.lemma_ in _DEAL_MAKING or verb.head.lemma_ in DEAL_NOUNS or talks else day



def _an_earlier_day(sent: Span, doc: Doc) -> DateMention | None:
    """The one day a sentence names for someone's coming home or release, or an anniversary
    piece's day, if before the story's today ("On 3 May 2009, A came home", "Forty years ago
    today, ..."); not the day of an arrest, a trial or talks, nor "A is home this morning",
    which a later sentence may date the swap before."""
    day = _only_day(sent, doc)
    if day is None or doc._.published is None or day.day >= doc._.published:
        return None
    verb = clause_of(day.span.root)
    anniversary = "ago" in day.span.text.lower()  # "Forty years ago today, a bus drew up on the bridge"
    return day if anniversary or verb.lemma_ in RETURN_VERBS | RELEASE_VERBS and not hypothetical(verb) else None


def _past_month(sent: Span, doc: Doc) -> DateMention | None:
    """The one month of an earlier year a sentence names: it keeps the exchange told next
    from taking the publication date, though its day stays unknown."""
    published = doc._.published
    months = [d for d in doc._.dates or [] if sent.start <= d.span.start < sent.end and d.month
              and clause_of(d.span.root).lemma_ not in CAPTURING]  # not "the sailors detained in November 2018"
    return months[0] if len(months) == 1 and published and months[0].month[0] < published.year else None


def _date_from(event: ExchangeDraft, counts: list[Count], doc: Doc) -> None:
    if event.date is None or event.date.day is None:
        for count in counts:
            counted = count.token.head if count.token.dep_ == "nummod" else count.token
            date = nearest_date(count.token, doc._.dates or []) or nearest_date(counted, doc._.dates or [])
            if date is not None and date.day is not None:  # "185 servicemen who came home on Thursday"
                event.date = date
                return


def _handover_date(sent: Span, doc: Doc) -> DateMention | None:
    """ "The two men were handed over at noon yesterday", "the releases took place on March 9":
    the day a sentence after the trigger says the people were let go, for an exchange not
    dated yet."""
    for verb in sent:
        done = verb.lemma_ in _DONE or _takes_place(verb)
        releasing = verb.lemma_ in RELEASE_VERBS | TRIGGER_VERBS or done and any(
            c.dep_ == "nsubj" and c.lemma_ in OPERATION_NOUNS | TRIGGER_NOUNS for c in verb.children)
        one_way = any(c.lower_ in ONE_WAY for c in verb.children)  # "the RSF unilaterally released 31"
        if verb.pos_ == "VERB" and releasing and not one_way and not hypothetical(verb) and not conditional(verb):
            date = nearest_date(verb, doc._.dates or [])
            if date is not None and date.day is not None:
                return date
    return None


def _wire_items(doc: Doc) -> list[int]:
    """`wire_items` of the document as written, worked out once a document."""
    if "kg_wire_items" not in doc.user_data:
        doc.user_data["kg_wire_items"] = wire_items(written_text(doc))
    return doc.user_data["kg_wire_items"]


_ITEM_OPENING = 300  # the most characters a wire story's blanked headline and dateline take


def _opens_an_item(sent: Span, items: set[int]) -> bool:
    """Whether the sentence opens one of a digest's wire stories (`wire_items`): nothing but
    its blanked headline or dateline stands between."""
    text = doc_text(sent.doc)
    return any(0 <= sent.start_char - item <= _ITEM_OPENING and not text[item : sent.start_char].strip()
               for item in items)


def _is_trigger(token: Token, has_event: bool) -> bool:
    """Whether `token` reports that an exchange took place. What the word tells is asked
    first: the checks of its sentence cost more, and few words pass the first."""
    return _tells_an_exchange(token, has_event) and not _told_otherwise(token)


_QUOTED_TITLE = re.compile(r"\b(?:headline|headlined|titled|entitled)\s*:?\s*[\"\u201c]", re.IGNORECASE)


def _in_a_quoted_headline(token: Token) -> bool:
    """ "Our report of 3 May, headlined "A and B trade prisoners", misstated ...": a
    story's title quoted, which names the swap the story told, not one of its own."""
    text = doc_text(token.doc)
    line_start = text.rfind("\n", 0, token.idx) + 1
    opened = list(_QUOTED_TITLE.finditer(text, line_start, token.idx))
    if not opened:
        return False
    closing = next((i for i in range(opened[-1].end(), token.idx) if text[i] in "\"\u201d"), None)
    return closing is None


_CLAIMED = re.compile(r"\b(?:claim(?:s|ed|ing)?|alleg(?:es|ed|ing)|purport(?:s|ed)?)\b[^\"\u201c\n]{0,40}$",
                      re.IGNORECASE)


_HEARSAY = re.compile(r"\b(?:posts?|video|account|users?|message|tweet|viral|rumou?rs?|image|photo|caption|"
                      r"social media|WhatsApp|Telegram|TikTok|Facebook|X)\b")


def _in_a_quoted_claim(token: Token) -> bool:
    """ "a post claimed: "the army released 80 rebels in exchange for the pupils"": a swap in
    the words of a claim the story quotes, which a fact-check weighs, not one it tells."""
    text = doc_text(token.doc)
    line_start = text.rfind("\n", 0, token.idx) + 1
    opened = opening_quote(token)  # the quote the token is inside, if any
    before = text[max(line_start, opened - 120) : opened] if opened >= 0 else ""
    return opened >= 0 and _CLAIMED.search(text, max(line_start, opened - 60), opened) is not None and \
        _HEARSAY.search(before) is not None  # a post's claim; not "the ministry claimed: ..." of its own swap


def _told_otherwise(token: Token) -> bool:
    """A word for a swap in a name, a condition, a question, a definition, an imagined scene, a
    word quoted as a word, or a phrase that sets it apart from what is told."""
    if token.lemma_.lower() in TRIGGER_NOUNS | TRIGGER_VERBS and _in_a_name(token) or conditional(token):
        return True
    if token.sent.text.rstrip().endswith("?"):
        return not _taken_as_done(token.sent)  # "Has India freed any fishermen in return?": not told
    if _a_definition(token.sent) or token.dep_ == "dobj" and token.head.lemma_ in ("imagine", "picture"):
        return True  # "they hear 'mediation' and imagine a swap on a runway"
    if token.i > 0 and token.doc[token.i - 1].lower_ in ("word", "term", "words", "terms"):
        return True  # "governments rarely use the word swap"
    if _a_label_denied(token) or _the_exchange_of_things_before(token) or _in_a_quoted_headline(token) or \
            _in_a_quoted_claim(token):
        return True
    if token.lower_ == "return" and token.head.lower_ == "in" and _nothing_given(token.head.head):
        return True  # "no Russian nationals were released in return"
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in _TOPICS:
        return True  # "the issue of the exchange of prisoners was raised": a subject of talks
    if _talk_of_it_rejected(token) or _that_never_was(token):
        return True  # "the government rejects talk (reports) of a swap", "the swap that never was": denied
    return token.dep_ == "pobj" and token.head.lower_ == "from" and token.head.head.lower_ in ("separately", "apart") \
        and not any(c.lower_ in ("a", "an") for c in token.children)  # "Separately from the exchange, X said it
    # would release 104": something else; but "the first since the war, apart from a swap in May" tells that one


def _that_never_was(noun: Token) -> bool:
    """ "The swap that never was", "an exchange that never happened": a swap its own clause denies."""
    return any(c.dep_ == "relcl" and c.lemma_ in ("be", "happen", "materialise", "materialize", "come", "take") and
               any(n.dep_ == "neg" or n.lower_ == "never" for n in c.children) for c in noun.children)


def _talk_of_it_rejected(token: Token) -> bool:
    """ "government rejects talk of a swap", "denied reports of an exchange": told by the words
    before it, however a headline is parsed; "claims of a prisoner exchange dismissed by both
    governments", "reports of a swap were denied": by the verb after."""
    before = [t for t in token.doc[max(token.i - 5, 0) : token.i] if not t.is_space and t.dep_ != "det"
              and t.lower_ not in ("a", "an", "the", "any")]
    if len(before) >= 3 and before[-1].lower_ == "of" and before[-2].lemma_.lower() in _TALK and \
            before[-3].lemma_ in _REJECTING:
        return True
    talk = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    return talk is not None and talk.lemma_.lower() in _TALK and (
        any(c.dep_ == "acl" and c.lemma_ in _REJECTING for c in (*talk.children, *token.children)) or
        talk.dep_ in ("nsubj", "nsubjpass") and talk.head.lemma_ in _REJECTING)


_TOPICS = {"issue", "question", "subject", "topic", "matter", "file", "idea", "prospect", "possibility"}
_TALK = {"talk", "report", "rumour", "rumor", "claim", "speculation", "suggestion", "story"}
_REJECTING = {"reject", "deny", "dismiss", "refute", "rebuff", "dispute"}
# Verbs that put a name to something: "described the release as a swap", "called it a swap".
_LABELLING = {"describe", "call", "characterize", "characterise", "portray", "present", "label", "brand", "bill",
              "depict", "cast", "report", "term", "dub", "see", "regard", "hail", "celebrate", "praise", "denounce",
              "condemn", "criticise", "criticize"}
_DENIAL = re.compile(r"^\W*(?:(?:it|that|this|they) (?:was|is|were|are)(?: not|n't| wrong| incorrect| false| untrue|"
                     r" inaccurate| mistaken)\b|(?:was|is|were|are) (?:it|that|this|they)\W*\?)",
                     re.IGNORECASE)  # "It was not.", "That was wrong.", "Was it?"


def _a_label_denied(noun: Token) -> bool:
    """ "Some outlets described the handover as a swap. It was not.", "Some papers called it a
    hostage exchange. Was it?": a word for a swap that someone applied, which the next sentence
    denies or doubts."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:  # "as a 'prisoner exchange' and a 'swap'"
        noun = noun.head
    labelled_thing = noun.head.head  # "described the handover as a swap": "as" hung on the verb or its object
    labeller = labelled_thing.head if labelled_thing.dep_ == "dobj" else labelled_thing
    labelled = noun.dep_ == "pobj" and noun.head.lower_ == "as" and labeller.lemma_ in _LABELLING or \
        noun.dep_ == "oprd" and noun.head.lemma_ in _LABELLING
    after = noun.doc[noun.sent.end].sent if noun.sent.end < len(noun.doc) else None
    return labelled and after is not None and _DENIAL.match(after.text) is not None


def _the_exchange_of_things_before(noun: Token) -> bool:
    """ "The two countries exchanged lists of prisoners. The exchange took place in both
    capitals.": "the exchange" is the one just told, of things, not people."""
    before = _sentence_before(noun.sent)
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)
    own = any(captive_phrase(o) for p in noun.children if p.lower_ == "of" for o in p.children)  # "The exchange
    return definite and not own and noun.lemma_.lower() in TRIGGER_NOUNS and any(  # of 390 prisoners"
        verb.pos_ == "VERB" and verb.lemma_ in TRIGGER_VERBS and (moved := _traded(verb))
        and not any(_people_exchanged(m) for m in moved) for verb in before)


def _tells_an_exchange(token: Token, has_event: bool) -> bool:
    """Whether the word, in its phrase, says an exchange took place."""
    lemma = token.lemma_.lower()
    if _dates_a_release(token):
        return False
    if token.pos_ == "VERB" and lemma in TRIGGER_VERBS:
        price = traded_for(token)  # not "people were traded for information"
        return any(_people_exchanged(o) for o in _traded(token)) and not hypothetical(token) \
            and not _a_player_trade(token) and (not price or _people_as_price(price[0])) and not _several_times(token)
    if _mutual(token) or _freed_in_a_deal(token) or _deal_between_done(token):  # "a reciprocal release of prisoners"
        return not hypothetical(token)
    if people_paid_for(token):  # "freed 40 soldiers for two journalists"
        return not hypothetical(token) and not _non_prisoner_sense(token)
    if _paid_with_prisoners(token):  # "to secure his release, A paid with 1,027 prisoners"
        return not hypothetical(token)
    if _paid_back(token) or _agreed_then_done(token):  # "In return, the army released ...", "It was carried out"
        return _paid_with_people(token)
    if _against_a_release(token):  # "the handover of four gendarmes, against the release of 11 fighters"
        return not hypothetical(token)
    if _release_paid_for(token):  # "the release of X in return for Y"
        return not hypothetical(token.head.head) and _paid_with_people(token)
    paying = paying_verb(token)
    if paying is not None:  # "freed X in exchange for Y"
        return not hypothetical(token if paying == token.head.head else paying) and _paid_with_people(token) \
            and not _non_prisoner_sense(token)
    if _one_of_the_series(token):  # "The first of these swaps (of them), in 2018, was tiny"
        return not hypothetical(token.head.head)
    if has_event and _the_one_before(token):  # "This swap is the second. The first, in May, returned 20"
        return not hypothetical(token.head)
    if has_event and _it_was_these_for_those(token):  # "In May it was seven Chileans for two Peruvians"
        return not hypothetical(token.head)
    if token.pos_ not in ("NOUN", "PROPN") or lemma not in TRIGGER_NOUNS:
        return False
    freed = _freed_in_one_of(token) if token.tag_ in ("NNS", "NNPS") else None
    if freed is not None:  # "He was released in one of the swaps"
        return not hypothetical(freed)
    if token.tag_ in ("NNS", "NNPS") or hypothetical(token) or _names_a_framework(token) or _in_general(token) \
            or _on_the_way_to(token):
        return False
    set_off = token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].text == "," and \
        token.dep_ in ("appos", "dobj", "npadvmod", "attr")  # ", a trade ...", not a swap told of its own
    if set_off and _paid_in_things(token.sent):
        return False  # "released 9 captives in return for fuel supplies, a trade brokered by X"
    definite = any(c.dep_ in ("det", "poss") for c in token.children)
    context = captive_phrase(token) or any(captive_word(t) for t in token.sent) or _of_whom_for_whom(token) or \
        _as_many_each_way(token.doc[token.left_edge.i : token.i].text) is not None or \
        definite and _named_of_captives_before(token)  # "a six-for-six exchange"; "... an exchange of all
    # prisoners. The exchange began three days later"
    if _non_prisoner_sense(token) or _another_sense_called_back(token) or any(
            the_dead(t) for c in token.children if c.lower_ == "of" for t in c.children):
        return False
    if lemma == "swap":
        return context or definite
    if lemma == "handover" or not context:
        if _after_the_dead(token):
            return False  # "X handed over the remains of three soldiers. The handover took place ..."
        return (has_event and definite) or (lemma != "trade" and (
            _carried_out(token) or _came_home_in(token)))
    return True


def _freed_in_one_of(swaps: Token) -> Token | None:
    """The verb of "He was released in one of last year's swaps", "she came home in one of the
    swaps of 2022": one swap, the one that freed them; not "one of the swaps was delayed"."""
    one = swaps.head.head if swaps.dep_ == "pobj" and swaps.head.lower_ == "of" else None
    if one is None or one.lower_ != "one" or one.dep_ != "pobj" or one.head.lower_ != "in":
        return None
    verb = one.head.head
    return verb if verb.lemma_ in LETTING_GO | RETURN_VERBS else None


def _paid_with_prisoners(verb: Token) -> bool:
    """ "When it secured the soldier's release, Israel paid with 1,027 prisoners", "paid for
    their freedom with 26 detainees": a release bought with people held, counted, so a swap."""
    if verb.lemma_ != "pay" or verb.pos_ != "VERB":
        return False
    price = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children
             if o.dep_ == "pobj" and captive_phrase(o) and any(t.like_num for t in o.subtree)]
    paid = {t.i for o in price for t in o.subtree}
    return bool(price) and any(t.i not in paid and (t.lemma_ in ("release", "freedom") and t.pos_ == "NOUN" or
                                                   t.lemma_ == "free" and t.pos_ == "VERB") for t in verb.sent)


def _named_of_captives_before(noun: Token) -> bool:
    """Whether the sentence before names the same kind of exchange, of people held ("offered an
    exchange of all prisoners of war"), which "the exchange" calls back."""
    return any(t.lemma_ == noun.lemma_ and any(captive_word(o) for p in t.children if p.lower_ == "of"
                                               for o in p.children if o.dep_ == "pobj")
               for t in _sentence_before(noun.sent))  # not "an exchange of letters between prisoners"


def _as_many_each_way(text: str) -> int | None:
    """How many went each way in a text's "six-for-six", "a hundred for a hundred" or "75
    prisoners for 75", if it tells: people counted each way, so a swap of people. "Thousand
    for thousand" names a whole deal, told in stages, not how many one swap traded; so does
    "the second stage of the 500-for-500 exchange"."""
    for match in _N_FOR_N.finditer(text):
        count = parse_count(match[1])
        if count is not None and count == parse_count(match[2]) and (match[1][0].isdigit() or count < 1000) and \
                not _A_STAGE_OF.search(text, 0, match.start()):
            return count
    return None


_A_STAGE_OF = re.compile(r"\b(?:stage|phase|round|part|tranche|batch)\s+of\s+(?:the|a|an|their)\s+$", re.IGNORECASE)


def _people_for_as_many(trigger: Token) -> int | None:
    """ "a swap of 75 prisoners for 75": as many each way, told in the swap's own phrase (not in
    "the latest since a swap of 200 soldiers for 200 in March", another swap's)."""
    if trigger.pos_ != "NOUN" or trigger.head.lower_ in _TIMING | {"than"}:
        return None
    match = _N_PEOPLE_FOR_N.match(trigger.doc[trigger.i : min(trigger.i + 8, trigger.sent.end)].text)
    count = parse_count(match[1]) if match else None
    return count if count is not None and count == parse_count(match[2]) else None


def _dates_a_release(trigger: Token) -> bool:
    """ "X frees two Austrians, a week after Belgian swap", "Peru freed three more two days after
    the swap with Chile": a swap named only to date a one-way release some time after it, not the
    swap the sentence tells ("Russia frees 150 after swap", "after a swap in which ...")."""
    timing = trigger.head if trigger.dep_ == "pobj" and trigger.head.lower_ in _TIMING else None
    if timing is not None and (timing.lower_ == "since" or timing.head.dep_ == "npadvmod" or
                               any(c.dep_ == "npadvmod" for c in timing.children)):
        released = timing.head  # "since the swap", "a week after the swap", "two days after the swap"
        while released.dep_ == "npadvmod" and released.head is not released:  # "today, a week after"
            released = released.head
    elif trigger.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _TIMING for c in trigger.children) and \
            any(c.dep_ == "npadvmod" for c in trigger.children):
        released = trigger.head
    else:
        return False  # "Russia frees 150 after swap": the release is the swap's
    bare = not any(c.dep_ in ("relcl", "acl", "nsubj", "dobj") or  # "the swap with Chile", not "of A for B"
                   c.dep_ == "prep" and c.lower_ not in ("with", "between") for c in trigger.children)
    return bare and released.pos_ == "VERB" and released.lemma_ in RELEASE_VERBS


def _on_the_way_to(noun: Token) -> bool:
    """ "25 detainees being driven to an exchange were among the passengers", "were being taken
    to an exchange", "were on their way to a swap": a swap they were on their way to, which had
    not taken place then; "are being taken to an exchange" tells one under way now."""
    way = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "to" else None
    if way is not None and way.lower_ == "way" and way.head.lower_ == "on" and way.head.head.lemma_ == "be":
        be = way.head.head  # "were (had been) on their way to a swap", not "are on their way to it", nor "to the
        done = any(c.dep_ in ("relcl", "acl") and (c.lemma_ in _DONE | CARRYING_OUT or _takes_place(c))  # swap,
                   for c in noun.children)  # which was carried out on Monday"
        return (be.tag_ == "VBD" or any(c.lower_ == "had" for c in be.children)) and not done
    verb = way
    if verb is None or verb.pos_ != "VERB" or not any(c.lower_ == "being" for c in verb.children):
        return False
    return not any(c.dep_.startswith("aux") and c.tag_ in ("VBP", "VBZ") for c in verb.children)


def _it_was_these_for_those(noun: Token) -> bool:
    """ "In May it was seven Chileans for two Peruvians": a swap told by who went for whom
    alone; "traded prisoners, 27 for 19" is told by its verb."""
    return these_for_those(noun) and (noun.dep_ == "attr" or a_stage_told(noun.head))


_NAMED_OR_DATED = {"GPE", "ORG", "NORP", "PERSON", "DATE", "FAC", "LOC"}


def _in_general(noun: Token) -> bool:
    """ "A swap means that each party gives up those it holds", "what separates a prisoner swap from a
    ransom": a swap as an idea, told in the present of definitions, not one that took place;
    "the average (typical) exchange returned 171": a figure of many swaps."""
    if any(c.dep_ == "amod" and c.lower_ in ("average", "typical", "median") for c in noun.children):
        return True
    verb = noun.head
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    said_to_be = verb.lemma_ == "be" and noun.dep_ == "nsubj" and any(c.dep_ == "attr" for c in verb.children) and \
        all(c.dep_ == "det" for c in noun.children) and \
        not any(t.ent_type_ in _NAMED_OR_DATED or t.text[:1].isdigit() for t in noun.sent)
    return indefinite and noun.dep_ in ("nsubj", "dobj") and verb.tag_ in ("VBZ", "VBP") and \
        (verb.lemma_ in ("mean", "separate", "distinguish", "differ", "require", "involve", "need", "define") or
         said_to_be)  # "An exchange is something else: each side hands people over"


def _a_definition(sent: Span) -> bool:
    """ "In an exchange, both parties give up the captives they hold": what a swap is, told in the
    present of definitions by no one named; not a headline's "In a rare swap, Peru frees 10", nor a
    timeline's "In an exchange brokered by Qatar, A releases X and B frees Y", whatever its parse."""
    root = sent.root
    unnamed = not any(t.ent_type_ in _NAMED_DOERS for t in sent)
    return root.tag_ in ("VBZ", "VBP") and unnamed and any(
        t.lemma_.lower() in TRIGGER_NOUNS and t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head == root
        and t.i < root.i and any(c.lower_ in ("a", "an") for c in t.children) for t in sent)


_NAMED_DOERS = {"PERSON", "ORG", "GPE", "NORP"}


def _names_a_framework(noun: Token) -> bool:
    """ "a prisoner exchange agreement", "the swap talks", "the exchange mechanism", "a mechanism
    for the exchange of all detainees", "talks on a swap": a frame for swaps to come,
    not one done; "a swap deal" is left to the rest of the sentence."""
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in _FRAMEWORKS:
        return True
    first = first_conjunct(noun)
    holder = first.head.head if first.dep_ == "pobj" and first.head.lower_ in ("for", "on") else None
    if holder is None or any(c.dep_ == "poss" for c in first.children):  # not "the process for Friday's exchange"
        return False
    frames = [holder]
    if holder.pos_ == "VERB":  # "setting up a mechanism for ...", "handed over a list for ...": "for" hung on the verb
        frames = [c for c in holder.children if c.dep_ == "dobj"]
    return any(frame.lemma_.lower() in _FRAMEWORKS and not _carried_out_frame(frame) for frame in frames)


def _carried_out_frame(frame: Token) -> bool:
    """ "implemented the agreement on the exchange", "carried out the first part of an agreement
    for the exchange", "credited the talks for the exchange": a frame told as done or thanked,
    so the swap it frames was done too; not "failed to implement", "will carry out", nor an
    agreement "under which the swap will take place next week"."""
    verb = next((a for a in frame.ancestors if a.pos_ == "VERB"), None)  # "credited the talks for the exchange"
    if verb is None or verb.lemma_ not in CARRYING_OUT | _FRAME_DONE or frame.lemma_.lower() == "list":
        return False  # "completed the lists for the exchange": ready for one to come
    failed = verb.head.lemma_ == "fail" and verb.dep_ in ("xcomp", "pcomp") or any(
        c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _NOT_YET for c in verb.children)
    return not failed and not any(t.lower_ in ("will", "next") for t in frame.subtree)  # "under which ... will"


def _traded(verb: Token) -> list[Token]:
    """Who a verb of exchanging moved: its object or passive subject; the passive subject of
    the verb it is joined to ("were flown to Vienna and swapped for four Russians"); and
    whom they were traded for, which the parser keeps when it loses the subject ("APRIL 27 -
    Reed ... was exchanged for X")."""
    moved = [verb.head if c.tag_ in ("WP", "WDT") and verb.dep_ == "relcl" else c  # "two soldiers, who were
             for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]  # exchanged yesterday"
    if not moved and verb.dep_ == "conj":
        moved = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
    if not moved and verb.dep_ == "ccomp" and traded_for(verb):  # "saw 21 soldiers exchanged for 19 rebels",
        moved = [c for c in verb.children if c.dep_ == "nsubj"]  # parsed as if the soldiers did it
    set_off = _participle_set_off(verb)  # "Nine fishermen went home on Tuesday, traded for two officers"
    participle = verb.tag_ == "VBN" or verb.dep_ == "acl" or set_off  # "12 officers traded for 15 guards"
    moved = moved or _done_to(verb) or ([verb.head] if verb.dep_ == "acl" else []) or _object_of_adjectives(verb) \
        or _what_was_described(verb) or ([c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
                                         if set_off else [])  # the subject of the clause it is set off from
    return moved + [o for o in traded_for(verb) if participle] + _listed_after_a_colon(verb)


_POSTS = {"ambassador", "envoy", "post", "coach", "player", "seat"}  # people swapped in their posts, not captives


def _listed_after_a_colon(verb: Token) -> list[Token]:
    """ "The two countries swapped again: X, a teacher, for Y": who a verb of exchanging with no
    object moved, named after a colon, with whom they went for (the parser may hang the first as
    a second subject, and the "for" on it)."""
    colon = next((c for c in verb.children if c.text == ":"), None)
    if colon is None or any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children) or \
            any(t.pos_ == "NOUN" and t.lemma_.lower() in _POSTS for t in verb.sent):
        return []  # not "swapped again: X for Y, as ambassadors"
    listed = [t for t in verb.subtree if t.i > colon.i and t.dep_ in ("nsubj", "npadvmod", "dep", "appos", "attr")
              and _people(t)][:1]
    prices = [o for t in listed for p in t.children if p.dep_ == "prep" and p.lower_ == "for"
              for o in p.children if o.dep_ == "pobj" and _people(o)]
    return listed + prices if prices or listed and traded_for(verb) else []


def _participle_set_off(verb: Token) -> bool:
    """ "Nine fishermen went home on Tuesday, traded for two officers": a participle after a
    comma with no subject of its own, which tells of its clause's subject (the parser may join
    it to the verb before as if it were a second verb of the same subject)."""
    return verb.dep_ in ("advcl", "conj") and verb.i > verb.head.i and verb.doc[verb.i - 1].text == "," and \
        verb.tag_ in ("VBN", "VBD") and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "dobj", "cc")
                                                for c in verb.children) and \
        any(_people(o) for o in traded_for(verb))  # "for a Russian arms dealer", not "for a fishing boat"


def _what_was_described(verb: Token) -> list[Token]:
    """ "exchanged what were described as the last of their prisoners": the people named in
    the clause that stands for the object."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and any(
        s.dep_ in ("nsubj", "nsubjpass") and s.lower_ == "what" for s in c.children)]
    return [t for c in clauses for t in c.subtree if t.pos_ == "NOUN" and captive_word(t)]


def _object_of_adjectives(verb: Token) -> list[Token]:
    """ "exchanged sick and wounded prisoners", which the parser reads as "exchanged sick", and
    "wounded prisoners" as a verb and its object."""
    described = [c for c in verb.children if c.dep_ == "acomp"]
    return [o for a in described for c in a.head.children if c.dep_ == "conj" and c.i > a.i
            for o in c.children if o.dep_ == "dobj"]


def _done_to(verb: Token) -> list[Token]:
    """ "with 303 soldiers exchanged for 303 others": the subject of a participle after "with",
    which the parser takes for a past tense with a subject of its own, is what was done to."""
    after_with = verb.dep_ == "pcomp" and verb.head.lower_ == "with" or \
        any(c.dep_ == "mark" and c.lower_ == "with" for c in verb.children)
    return [c for c in verb.children if c.dep_ == "nsubj"] if verb.tag_ in ("VBD", "VBN") and after_with else []


def _paid_in_things(sent: Span) -> bool:
    """A sentence telling people released "in return for" something other than people."""
    return any(t.lower_ in ("return", "exchange") and t.dep_ == "pobj" and t.head.lower_ == "in" and
               paying_verb(t) is not None and not _paid_with_people(t) for t in sent)


def _paid_with_people(token: Token) -> bool:
    """ "in exchange for two pilots", "in return for Ivan Belov": people went the other way;
    not "in return for maps of the minefields" or "in exchange for a ransom"."""
    price = [o for p in token.children if p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
    paying = paying_verb(token)
    if paying is None and token.dep_ == "pobj" and token.head.head.pos_ == "VERB":
        paying = token.head.head  # "In turn, B handed over ..."
    if paying is not None and paying.dep_ == "csubj":  # "what B got in return were maps"
        price = price or [c for c in paying.head.children if c.dep_ == "attr"]
    if not price and paying is not None:  # "In return, A handed over maps of the minefields"
        price = [c for c in paying.children if c.dep_ == "dobj"]
        if price and _the_dead_for_the_dead(price, token.sent):
            return False
    return not price or _people_as_price(price[0])


def _the_dead_for_the_dead(price: list[Token], sent: Span) -> bool:
    """ "The remains of two soldiers were handed over to B. In turn, B handed over the remains of
    one": bodies for bodies, no prisoner exchange; not bodies for prisoners ("A freed five
    prisoners. In return, B handed over the bodies of two soldiers"), nor "A freed all five and
    handed over the remains of 200"."""
    return all(the_dead(p) for thing in price for p in (thing, *thing.conjuncts)) and sent.start > 0 and \
        _bodies_handed_over(_sentence_before(sent))


def _bodies_handed_over(sent: Span) -> bool:
    """ "The remains of two soldiers were handed over to B": a sentence telling only the dead sent
    back; not "A freed all five and handed over the remains of 200"."""
    sent_back = [w for t in sent if t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_ in RELEASE_VERBS | {"return"}
                 for w in (t, *t.conjuncts)]
    return bool(sent_back) and all(the_dead(t) for t in sent_back)


def _people_as_price(thing: Token) -> bool:
    """What went the other way was people, not money, maps or information."""
    money = any(t.ent_type_ == "MONEY" for t in thing.subtree)
    gerund = thing.lower_.endswith("ing")  # "a video showing the soldier alive", hung on "showing"; not "an aid worker"
    if gerund and any(c.dep_ == "compound" and c.lemma_.lower() in THINGS_PAID for c in thing.children):
        return False
    if no_one(thing):
        return False  # "in return for nothing but goodwill"
    return not (money or thing.lemma_.lower() in THINGS_PAID) or captive_phrase(thing)


def _in_a_name(token: Token) -> bool:
    """ "the Prisoner Exchange Observatory": a word of a body's name reports no swap."""
    return token.is_title and any(m.span.start <= token.i < m.span.end for m in token.doc._.mentions or [])


def _mutual(noun: Token) -> bool:
    """ "A reciprocal release", "the mutual transfer of prisoners", "the release of citizens of
    both countries": an exchange by another name."""
    return noun.pos_ == "NOUN" and noun.lemma_ in ("release", "handover", "repatriation", "transfer") and (
        any(c.dep_ == "amod" and c.lower_ in ("reciprocal", "mutual") for c in noun.children)
        or any(c.dep_ == "amod" and c.lower_ == "simultaneous" for c in noun.children) and (
            _two_peoples_freed(noun) or _freed_by_two_after(noun) or _held_by_two(noun) or _beside_a_release(noun))
        or _moved_both_ways(noun) or _between_two_sides(noun)
        or noun.lemma_ == "release" and not any(p.lower_ in ("from", "by") for p in noun.children)
        and any(t.lemma_.lower() in MEDIATION_NOUNS | MEDIATION_VERBS | {"effort"} for t in noun.sent)
        and any(of_both_sides(o) and not any(t.dep_ in ("acl", "relcl") or t.dep_ == "prep" and t.lower_ != "of"
                                              for t in o.subtree)  # not "held in Iranian prisons"
                for p in noun.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"))


def _between_two_sides(noun: Token) -> bool:
    """ "The releases took place between the rebel authorities on one side and the government on
    the other", "the handovers between Armenia and Azerbaijan were completed": people let go
    between two sides the text names, each side's; not "the transfer of detainees between Sanaa and Aden", two
    places, nor a headline's "Detainee handover between A and B", which the story tells below."""
    if noun.tag_ != "NNS" or not any(c.dep_ in ("det", "poss") for c in noun.children):
        return False  # not "His release between A and B was agreed", one man's
    holder = noun.head if noun.dep_ in ("nsubj", "nsubjpass") else noun
    if holder is noun or not (_takes_place(holder) or holder.lemma_ in _DONE) or hypothetical(holder):
        return False  # told done: "took place", "were carried out"; not "were delayed"
    between = [p for p in (*noun.children, *holder.children) if p.dep_ == "prep" and p.lower_ == "between"]
    other = [t for t in noun.sent if t.dep_ == "conj" and (any(  # "... on one side and B (, backed by C,) on the
        p.lower_ == "on" and any(o.lower_ == "other" for o in p.children) for p in t.subtree)  # other"
        or t.head.lemma_ == "side" and any(c.lower_ == "one" for c in t.head.children))]  # "one side and B"
    return any(_a_named_side(o) and any(_a_named_side(c) for c in (*o.conjuncts, *other) if c.i > o.i)
               for p in between for o in p.children if o.dep_ == "pobj")


def _a_named_side(token: Token) -> bool:
    """A side as the text names it: a body, a people's word, a state, or "the government"."""
    return token.ent_type_ in ("ORG", "NORP") or token.lemma_.lower() in _SIDE_NOUNS | {"authority", "army"} \
        or gazetteer().country(token.text) is not None or gazetteer().organization_by_word(token.text) is not None


def _moved_both_ways(noun: Token) -> bool:
    """ "The release and transfer of three hostages from Gaza to Israel, and of 369 Palestinian
    detainees from Israeli prisons to the West Bank": two counted groups of people, one taken to
    the state the other is taken from; not two groups taken the same way ("of 40 Turks and of
    12 Syrians from Libya to Turkey")."""
    if noun.lemma_ not in ("release", "transfer", "handover", "repatriation") or \
            not any(c.lower_ == "of" for c in noun.children):
        return False
    counted = [t for t in noun.doc[noun.i : noun.sent.end] if t.like_num and t.dep_ == "nummod" and
               (captive_word(t.head) or t.head.lemma_ in ("hostage", "person", "people", "civilian"))
               and moved_by(t.head) in (noun, *noun.conjuncts)]  # not "the release of 14 others", told apart
    if _NOT_LINKED.search(noun.sent.text):
        return False  # "the handover of 10 sailors from A to B was unrelated to the release of 14 from C to A"
    ways = [from_and_to(number) for number in counted]
    return any(to & back for i, (_, to) in enumerate(ways) for j, (back, _) in enumerate(ways) if i != j)


def _two_peoples_freed(noun: Token) -> bool:
    """ "The simultaneous release took place at the crossing", told of three Chadians and two
    Sudanese: people of two states counted in its sentence or the one before, each side's own
    let go at once; not "the simultaneous release of three hostages" of one people."""
    scope = noun.doc[_sentence_before(noun.sent).start : noun.sent.end]
    states = {country.code for t in scope if t.tag_ in ("NNPS", "NNS", "JJ", "NNP")
              and any(c.like_num for c in [*t.children, *t.head.children])
              and (country := gazetteer().demonym_at(t))}
    return len(states) >= 2


def _beside_a_release(noun: Token) -> bool:
    """ "welcomes the release today of two Georgians held in X, and the simultaneous release by
    the Peruvian authorities of one resident of X": a release by a state told at the same time
    as the release of that state's counted people in its sentence; not two releases of others
    ("of 11 sailors by Iran and the simultaneous release of 3 crew by the Houthis")."""
    before = [t for t in noun.sent if t.i < noun.i and t.pos_ == "NOUN" and t.lemma_ in ("release", "handover")]
    agents = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children]
    releasers = {c.code for a in agents for t in a.subtree if (c := gazetteer().demonym_at(t) or
                                                                gazetteer().country(t.text))}
    freed_before = {c.code for t in noun.doc[noun.sent.start : noun.i] if t.like_num and t.dep_ == "nummod"
                    for w in t.head.subtree if (c := gazetteer().demonym_at(w))}
    return bool(before) and bool(releasers & freed_before) and \
        any(t.like_num and t.dep_ == "nummod" for t in noun.doc[noun.i : noun.sent.end])


def _held_by_two(noun: Token) -> bool:
    """ "The simultaneous release of 52 people: 30 soldiers held by A, and 22 fighters held by
    B": counted people in the hands of two holders each let go."""
    return len({holder.lower_ for holder in holders_of_counted(noun.sent)}) >= 2


def _freed_by_two_after(noun: Token) -> bool:
    """ "The ICRC facilitated the simultaneous release of 85 people. Fifty-one released by A
    were handed over to B ... At the same time, 34 released by B were flown to C": the
    sentences after it tell people let go by two hands and handed on or taken away; not
    releases by two hands told apart ("in a separate deal")."""
    doc, end = noun.doc, noun.sent.end
    following = list(islice((sent for sent in doc.sents if sent.start >= end), 2))
    after = doc[end : following[-1].end] if following else doc[end:end]  # the next two sentences
    releases = [(o.lower_, t.sent) for t in after if t.lemma_ in ("release", "free") and t.pos_ == "VERB"
                for a in t.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    handed = all(any(t.lemma_ in TRANSPORT_VERBS | {"receive", "hand", "transfer", "deliver"} for t in sent)
                 for _, sent in releases)
    apart = any(t.lower_ in ("separate", "separately", "unilateral", "unilaterally") for t in after)
    return len({releaser for releaser, _ in releases}) >= 2 and handed and not apart


def _freed_in_a_deal(noun: Token) -> bool:
    """ "Five Americans flew home in a deal brokered by Qatar. The US released five Iranians"
    ("Iran received its five"): people freed through a deal while others go free the other way,
    told in the same sentence or the next, are exchanged; one freed in a deal with kidnappers is
    not."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in DEAL_NOUNS or not _came_home_in(noun):
        return False
    doc, freed_by_deal = noun.doc, noun.head.head
    following = doc[noun.sent.end].sent if noun.sent.end < len(doc) else noun.sent
    home = {count_of(t) for t in noun.sent if t.i < noun.i} - {None}
    return any(verb.i != freed_by_deal.i and verb.pos_ == "VERB" and not hypothetical(verb) and any(
        captive_word(c) or c.like_num or c.ent_type_ == "PERSON"  # "the six went home", "X left Iran, while ..."
        for c in verb.children if c.dep_ in _freed_roles(verb, home)) for verb in [*noun.sent, *following])


def _freed_roles(verb: Token, home: set[int]) -> set[str]:
    """Where a verb names the people set free: "the US released five", "five were freed", "the
    six went home", "Iran received 20 of its fishermen"; not who received them ("Zelensky
    welcomed them"), nor a receiving of those the deal brought `home` (their counts): "Two Thais
    came home in a deal. Thailand got back its two citizens"."""
    if verb.lemma_ in RELEASE_VERBS | RETURN_VERBS:
        return _FREED_ROLES
    received = [c for c in verb.children if c.dep_ == "dobj"]
    others = received and not any(_the_same_people(o, home) for o in received)
    return {"dobj"} if verb.lemma_ in RECEIVE_VERBS - {"welcome"} and others else set()


def _the_same_people(received: Token, home: set[int]) -> bool:
    """ "the three", "its two citizens" after two came home: those told before, unless named
    ("the politician Viktor Medvedchuk")."""
    named = received.ent_type_ == "PERSON" or any(c.ent_type_ == "PERSON" for c in received.children)
    told = any(c.lower_ == "the" and c.dep_ == "det" for c in received.children) and not named
    return told or any(count_of(word) in home for word in (received, *received.children))


def _deal_between_done(noun: Token) -> bool:
    """ "The biggest deal between the rivals was carried out in 2016 and included the release
    of 640 captives": a deal between sides, told done, that freed people."""
    between = any(c.lower_ == "between" for c in noun.children)
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in DEAL_NOUNS and between and \
        noun.dep_ in ("nsubj", "nsubjpass") and deal_done(noun.head) and any(captive_word(t) for t in noun.sent)


_OVERSEEING = {"run", "oversee", "supervise", "facilitate", "organise", "organize", "coordinate"}  # "X ran the
# swap": it took place; not "oversaw the handover", which may be of a one-way release


def _carried_out(noun: Token) -> bool:
    """ "The fourth exchange was completed today", "the swap took place at the border", "the
    completion of an exchange", "It was the second exchange", "The swap was brokered by X", "The
    exchange began on 17 August": a definite exchange reported as done is one, though the
    sentence names no captives."""
    if not any(c.dep_ in ("det", "poss") or c.lower_ in _ORDINALS | _RECENT for c in noun.children):
        return False
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in ("after", "following", "since"):
        return _a_past_one_after(noun)
    if noun.dep_ == "pobj" and verb.lower_ == "of":  # "the completion (today) of an exchange"
        done_noun = [t for t in _words_before(verb, 2) if t.lemma_.lower() in _DONE_NOUNS]
        return bool(done_noun) and not hypothetical(done_noun[0])
    if noun.dep_ == "appos" and noun.i < noun.sent.root.i:  # "On 14 December, with X's mediation, the first
        verb = noun.sent.root  # exchange took place", where the parser read the subject as an apposition
        return (_takes_place(verb) or verb.lemma_ in _DONE) and not hypothetical(verb)
    if noun.dep_ == "attr" and verb.lemma_ == "be" and any(  # "It was the second exchange under the deal":
            c.dep_ == "nsubj" and c.lower_ in ("it", "this") for c in verb.children):  # the sentence before told it
        return not hypothetical(verb)
    brokered = noun.dep_ == "nsubjpass" and verb.lemma_ in MEDIATION_VERBS and verb.tag_ == "VBN" and \
        any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children)  # "The exchange was brokered by X"
    between = noun.dep_ == "nsubj" and verb.lemma_ == "be" and verb.tag_ == "VBD" and any(  # "The main exchange
        c.dep_ == "prep" and c.lower_ == "between" for c in verb.children)  # was between A and B"
    begun_to = verb.lemma_ in ("begin", "start") and any(c.dep_ == "xcomp" for c in verb.children)  # "began to
    # unravel": not yet under way
    done = brokered or between or (noun.dep_ in ("nsubj", "nsubjpass") and verb.lemma_ in _DONE and not begun_to) or \
        (noun.dep_ == "dobj" and verb.lemma_ in CARRYING_OUT) or \
        (noun.dep_ == "dobj" and verb.lemma_ in _OVERSEEING and noun.lemma_.lower() != "handover") or \
        (noun.dep_ == "dobj" and verb.lemma_ in MEDIATION_VERBS | {"produce"} and verb.tag_ == "VBD") or \
        (noun.dep_ == "nsubj" and _takes_place(verb))
    return done and verb.pos_ in ("VERB", "AUX") and not hypothetical(verb)


def _a_past_one_after(noun: Token) -> bool:
    """ "After an exchange between Iran and Iraq in November 1988, talks stalled": a swap told
    after "after" by its sides and its day, in a story of captives, took place; not "after a
    heated (failed) exchange between A and B"."""
    return not hypothetical(noun.head.head) and not any(c.dep_ == "amod" for c in noun.children) and \
        any(c.dep_ == "prep" and c.lower_ == "between" for c in noun.children) and \
        any(t.ent_type_ == "DATE" for t in noun.subtree) and \
        any(captive_word(t) for t in (*_sentence_before(noun.sent), *noun.sent))


def _takes_place(verb: Token) -> bool:
    """ "the swap took place", "an exchange is under way"."""
    under_way = verb.lemma_ == "be" and any(
        c.lower_ == "underway" or c.lower_ == "under" and any(o.lower_ == "way" for o in c.children)
        for c in verb.children)
    return verb.lemma_ == "take" and any(c.lower_ == "place" for c in verb.children) or under_way


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


def _follows_another_event(sent: Span) -> bool:
    """ "It follows (comes after) the one-way release of ...": a sentence about the swap telling
    another event before it."""
    root = sent.root
    after = root.lemma_ == "follow" or root.lemma_ == "come" and any(c.lower_ == "after" for c in root.children)
    return after and any(c.dep_ == "nsubj" and c.lower_ in ("it", "this", "that") for c in root.children)


def _a_crew_by_nationality(sent: Span) -> bool:
    """One group's count told first and then broken down by three or more peoples ("The seven
    seafarers, three Greek, two Ukrainian and two Filipino"), or by two where the group is one
    employer's or mission's ("Five members of a mission team, four Haitians and one Canadian"):
    one group's people, not sides. "230 prisoners, 115 Ukrainians and 115 Russians" are two sides'."""
    counted = [(t, n) for t in sent if t.like_num and t.ent_type_ not in ("DATE", "TIME")
               and (n := parse_count(t.text)) is not None]
    numbers = [n for _, n in counted]
    if len(numbers) < 3 or numbers[0] != sum(numbers[1:]):
        return False
    return len(numbers) >= 4 or counted[0][0].head.lemma_.lower() in _ONE_GROUP


_ONE_GROUP = {"member", "crew", "crewman", "passenger", "worker", "employee", "staff", "tourist", "missionary",
              "seafarer", "engineer", "volunteer"}


def _describes_them(sent: Span) -> bool:
    """ "They include soldiers of the National Guard", "Among them are two medics", "He had been
    held in Caracas since 2017": a sentence that tells more of the people just counted, or of
    one of them, and counts none."""
    root = sent.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    among = any(c.lower_ == "among" and any(o.lower_ in ("them", "whom") for o in c.children) for c in root.children)
    of_them = (among or any(s.lower_ in ("they", "these", "those") for s in subjects)) and \
        root.lemma_ in ("include", "be", "comprise")
    of_one = any(s.lower_ in ("he", "she") for s in subjects) and root.lemma_ in _HELD_FOR_LONG
    return (of_them or of_one) and not any(t.like_num and t.ent_type_ != "DATE" for t in sent)


_HELD_FOR_LONG = {"hold", "detain", "jail", "imprison", "spend", "serve"}  # "He had been held since 2017"


def _mutual_release(sent: Span, counts: list[Count], refs: References, also: list[Token]) -> list[Token]:
    """ "the release of 12 Armenian and 9 Azerbaijani captives", "X freed the pilot in a deal
    that saw Y release 40 prisoners", "four Poles walked out of Belarus and five Belarusians
    the other way", "each side freed 146": each side let people go, so it is an exchange though
    no word says so. The first release word is the trigger. Where the sentence has triggers
    `also`, only a release told in a relative clause of its own ("this swap follows the deal of
    2023, under which three Chileans and three Argentines were freed") or in a clause with a
    date of its own ("..., and on 9 February, sixty were returned to each side") is another."""
    if not any(t.lemma_.lower() in MEDIATION_NOUNS | MEDIATION_VERBS for t in sent):
        counts = [c for c in counts if not c.approximate or _crossed(c, counts, refs)]  # "some 1,700 since
        # January, while B freed 30": no pair
    counts = [c for c in counts if (verb := verb_of(c)) is None or not _its_own_or_for_its_own_reasons(verb)]  # "B
    # released 900 prisoners in an amnesty" pays for nothing
    releases = [t for t in sent if (t.lemma_ in ("release", "free", "return") or _pardons_the_others(t, counts, refs)
                                    or the_other_way(t) or _crossed_each_way(t)
                                    or _handing_people(t) or _came_from_each_side(t)
                                    or t.lemma_ == "let" and any(c.lemma_ == "go" for c in t.children))
                and not hypothetical(t) and not conditional(t) and not _what_such_swaps_are(t)
                and not _in_a_quoted_claim(t)]
    hints = {c.hint for c in counts if c.hint and not any(  # one side's group split by where it went is one release
        o is not c and o.share and c.share and c.releaser and o.releaser == c.releaser for o in counts)}
    if not releases and len(hints) < 2:
        return []  # no release, and no two peoples counted coming home: most sentences end here
    if _RUNNING_TOTAL.search(sent.text) or OUTSIDE_THE_DEAL.search(sent.text) or _a_definition(sent) or \
            _NOT_LINKED.search(sent.text):
        return []  # "after two rounds, seven hostages have returned and 290 prisoners ...": a sum of swaps;
        # "ten Thais and a Filipino were freed, outside the framework of the agreement": not paid for
    if also:
        releases = [t for t in releases if (t.dep_ == "relcl" or _dated_apart(t))
                    and not any(a in also for a in t.subtree)]
        if not releases:
            return []
    elif any(t.lemma_ in TRIGGER_NOUNS and t.pos_ == "NOUN" and (hypothetical(t) or t.dep_ == "nsubj" and
                                                                  _in_general(t)) for t in sent):
        return []  # "Not every return was a swap: the repatriation of 12 children and the pardon of 9", "the
        # average exchange returned 171 to each side"
    if _days_apart(counts, sent):
        return []  # "In May, A freed 125 soldiers, and in December B freed twenty-two": two one-way releases
    if len(hints) >= 2 and (_a_crew_by_nationality(sent) or not any(c.releaser for c in counts) and
                            _told_outside_the_deal_after(sent)):  # "Ten Thais and a Filipino were released.
        # Their release was not part of the deal", not "A freed 14 and B 42. Their release was not part of the
        # original deal, which ..."
        return []  # "The seven seafarers, three Greek, two Ukrainian and two Filipino, were freed"
    if len(hints) >= 2 and not _likewise(releases):
        as_many = len({c.count for c in counts if c.hint}) == 1 and any(  # "307 Ukrainian soldiers came home,
            counted_noun(c.token).lemma_ in _HELD for c in counts)  # and Russia got back the same number"
        captivity = len(hints - {OTHER_WAY}) >= 2 and (as_many or any(
            t.lemma_.lower() in _CAPTIVITY or t.lower_.startswith(("mediat", "broker"))  # "with Qatar mediating,
            for t in sent))  # 215 came home ...": a deal's
        return releases[:1] or [t for t in sent if captivity and (homecoming(t) or _received_people(t))][:1]
        # "40 Peruvians came home from Chilean prisons, and 40 Chileans from Peruvian cells": two peoples home from
        # captivity; "A got 13 prisoners from B's jails, and B got 16 soldiers back": each side received its own
    each_way = [t for t in releases if the_other_way(t)]
    if each_way and len(counts) >= 2:  # "ten agents went one way, four people Moscow had jailed came the other"
        return each_way[:1]
    crossed = [t for t in releases if _crossed_each_way(t)]
    if crossed:  # "On Friday, 390 people went each way"
        return crossed[:1]
    releasing = [t for t in releases if t.pos_ == "VERB"]
    if not releasing and any(_from_each_side(t) or _held_by_each(t) for t in sent):  # "the release of one
        # detainee from each side", "of six prisoners held by each side"
        return [t for t in releases if t.pos_ == "NOUN" and captive_phrase(t)][:1]
    both_ways = [t for t in releasing if any(c.dep_ == "nsubj" and (_each_or_both(c) or _each_of(c))
                                             for c in t.children)
                 or _to_each_other(t) or _held_by_each_other(t) or any(_from_each_side(w) for w in t.subtree)
                 or any(o.dep_ == "pobj" and _each_or_both(o) for c in t.children if c.dep_ == "agent"
                        for o in c.children)]
    if both_ways:  # "each side freed 146", "both released 50", "by the parties", "to each other", "50 from each side"
        return both_ways[:1]
    the_dead_for = [t for t in sent if t.pos_ == "VERB" and t.lemma_ in _HANDING and not hypothetical(t) and any(
        the_dead(c) for c in t.children if c.dep_ == "dobj")]  # "A handed over the bodies of two soldiers
    sides = {subject(t, refs) or _freed_by(t, refs) for t in releasing + the_dead_for} - {None}  # and B released
    # four fighters"; "The seven were freed by the government of X as part of a deal under which B released two"
    deal = any(t.lemma_.lower() in DEAL_NOUNS for t in sent)
    freed = {c.hint for c in counts if c.releaser}  # "Peru freed 40 Chileans, and Bolivia released 30 Chileans":
    alike = len(freed) == 1 and None not in freed and not freed & {  # one people, no pair; but in a civil war both
        _country_of(c.releaser, refs) for c in counts}  # sides' people are of the country
    counted = not alike and (len({c.releaser for c in counts} - {None}) >= 2 or any(  # "A freed 706 and B released
        a.releaser and a.releaser not in CAMPS and any(b is not a and b.hint == a.releaser for b in counts)
        for a in counts))  # 181"; "A released X, and ten of A's citizens were freed"
    # "Six held by A were released after B freed 14": two releases, one of them told in the passive
    received = any(t.lemma_ in RECEIVE_VERBS and t.pos_ == "VERB" for t in sent)  # "A received 250 of its
    both = (len(sides) >= 2 and (deal or counted or _frees_the_others_people(releasing, counts, refs))) or (
        counted and (len(releasing) >= 2 or releasing and received))  # fighters, and 68 held by A returned"
    answering = [t for t in sent if _reciprocates(t)] if sides and not both else []
    answered = bool(answering) and any(subject(t, refs) in _freed_peoples(sent, counts) - {None, *sides}
                                       for t in answering)
    return releasing[:1] if both or answered else []


def _country_of(key: str | None, refs: References) -> str | None:
    """The country (as its key) a side is of: a state, its government or army, or an armed group
    fighting in it."""
    actor = refs.actors.get(key) if key else None
    if actor is None:
        return None
    code = actor.country_code or (refs.actors[actor.part_of].country_code if actor.part_of in refs.actors else None) \
        or gazetteer().organization_country(actor.name)
    return f"Country:{code}" if code else None


def _frees_the_others_people(releasing: list[Token], counts: list[Count], refs: References) -> bool:
    """ "A and B freed eight Russians, while Russia and Belarus released 16 prisoners": one side
    freed the people of a side that let people go in the same sentence, both told in the past
    (not "A and B routinely release fishermen, and on Monday B freed 22 of A's")."""
    freers = {verb.i: subject(verb, refs) for verb in releasing if verb.tag_ in ("VBD", "VBN")
              and not _its_own_or_for_its_own_reasons(verb)}
    for count in counts:
        verbs = [v for v in releasing if v.i in freers and count.token in v.subtree]
        if count.hint and verbs:
            verb = min(verbs, key=lambda v: len(list(v.subtree)))  # the clause the group is counted in
            if count.hint != freers[verb.i] and count.hint in {k for i, k in freers.items() if i != verb.i}:
                return True
    return False


def _its_own_or_for_its_own_reasons(verb: Token) -> bool:
    """ "(Iran) released its own dissidents", "released 2,000 prisoners in an amnesty": a release
    of one's own people (not "received two of its own nationals"), or one with causes of its
    own, which pays for nothing."""
    own = verb.lemma_ in RELEASE_VERBS and any(t.lower_ == "own" and any(o.lower_ in ("its", "their")
                                                                         for o in t.head.children)
                                               for c in verb.children if c.dep_ == "dobj" for t in c.subtree)
    return own or _for_reasons_of_its_own(verb)


def _for_reasons_of_its_own(verb: Token) -> bool:
    """ "released in an amnesty", "freed as a goodwill gesture", "let go on bail": a release told
    with causes of its own; not "X, serving a life sentence", the one freed, nor "while B pardoned
    nine", another side's clause."""
    return any(t.lemma_ in _OWN_CAUSES | _GESTURES for c in verb.children
               if c.dep_ in ("prep", "advmod", "npadvmod") or c.dep_ == "advcl" and not _own_subject(c)
               for t in c.subtree)


def _own_subject(clause: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def _crossed(count: Count, counts: list[Count], refs: References) -> bool:
    """ "A released some 5,000 B fighters, and B released about 1,000 of A's soldiers", "about
    1,000 A crossed, and 1,000 B crossed back the other way": each side freed the other's
    people, a pair however roughly counted; not running totals ("has released some 4,700 since
    2022")."""
    verb = verb_of(count)
    if verb is None or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) or \
            any(t.lower_ == "since" for t in verb.sent):
        return False
    if any(the_other_way(t) for t in verb.sent) and any(  # "about 1,000 Iranian prisoners crossed, and 1,000
            other is not count and other.hint not in (None, count.hint) for other in counts) and any(  # Iraqis the
            t.lemma_.lower() in _HELD_WORDS for t in verb.sent):  # other way"; not pilgrims or traders
        return True
    return any(other is not count and _one_side(count.hint, other.releaser, refs) and
               _one_side(other.hint, count.releaser, refs) for other in counts)


def _states(keys: list[str], refs: References) -> set[str]:
    """The states of sides named: "Damascus" and "the Syrian government" are one side."""
    return {as_state(key, refs) or key for key in keys}


def _one_side(key: str | None, other: str | None, refs: References) -> bool:
    """Whether two sides named are one: the same, or a state and its government."""
    return key is not None and other is not None and as_state(key, refs) == as_state(other, refs)


def _received_people(verb: Token) -> bool:
    """ "got 16 soldiers back", "received 13 prisoners": a side receiving people, as told done."""
    return verb.pos_ == "VERB" and verb.lemma_ in RECEIVE_VERBS and not hypothetical(verb) and \
        any(c.dep_ == "dobj" and captive_or_demonym(c) for c in verb.children)


def _told_outside_the_deal_after(sent: Span) -> bool:
    """ "Ten Thais and a Filipino were also freed. Their release was not part of the deal.": the
    next sentence, calling the release back as theirs, says it was not paid for (not "The
    release of the bodies was not part of the exchange", nor "The Thais' release ...")."""
    if sent.end >= len(sent.doc):
        return False
    return _THEIR_RELEASE_APART.match(sent.doc[sent.end].sent.text) is not None


_THEIR_RELEASE_APART = re.compile(r"\W*(?:their|its) release,? (?:[\w,]+ ){0,4}?(?:was|is|had been|has been) "
                                  r"(?:not (?:a )?part of|outside|separate from)\b", re.IGNORECASE)


def _what_such_swaps_are(verb: Token) -> bool:
    """ "(The list includes only) exchanges in which both sides released people": a clause that
    says what a kind of swap is, of swaps no word counts or points to: under a list's "includes
    only", or with no count or day of its own (not "exchanges in which both sides released 200
    people on Friday")."""
    swaps = verb.head
    listing = swaps.head.lemma_ in _LISTING or any(c.lower_ == "only" for c in (*swaps.children, *swaps.head.children))
    told = any(t.like_num or t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)  # "released 200 people on Friday"
    return verb.dep_ == "relcl" and swaps.tag_ in ("NNS", "NNPS") and swaps.lemma_.lower() in TRIGGER_NOUNS and \
        not any(c.dep_ in ("nummod", "det", "poss") for c in swaps.children) and (listing or not told)


_LISTING = {"include", "list", "cover", "count", "contain", "record", "mean"}  # "It includes only exchanges in which"


def _pardons_the_others(verb: Token, counts: list[Count], refs: References) -> bool:
    """ "Iran released four dual nationals, while the United States pardoned (dropped charges
    against) seven Iranians": a pardon of the people of another who let people go answers that
    release; not "the junta released 5,000 under an amnesty and pardoned a Japanese filmmaker"."""
    if verb.lemma_ != "pardon" and not drops_charges(verb):
        return False
    pardoned = {c.code for t in verb.subtree if (c := gazetteer().demonym_at(t)) and t.text[:1].isupper()}
    releasers = {k for t in verb.sent if t.pos_ == "VERB" and t.lemma_ in ("release", "free") and t.i != verb.i
                 and (k := subject(t, refs))} | {c.releaser for c in counts if c.releaser}
    return bool(pardoned & {refs.actors[k].country_code for k in releasers if k in refs.actors})


def _freed_by(verb: Token, refs: References) -> str | None:
    """The side (or camp) that let people go, told as the agent of a passive: "freed by X"."""
    agents = agents_of(verb)
    return side_or_camp(agents[0], refs) if agents and verb.tag_ == "VBN" else None


def _freed_peoples(sent: Span, counts: list[Count]) -> set[str | None]:
    """Whose people the sentence's release freed: its counted groups' and "Chilean prisoners"."""
    return {c.hint for c in counts} | {f"Country:{people.code}" for t in sent
                                       if (people := gazetteer().demonym_at(t)) and captive_word(t.head)}


def _reciprocates(verb: Token) -> bool:
    """ "A freed 40 of B's people, and B reciprocated" ("answered in kind", "did the same",
    "followed suit"): B let people go in turn; not "reciprocated by lowering tariffs"."""
    objects = {c.lower_ for c in verb.children if c.dep_ == "dobj"}
    otherwise = any(c.lower_ in ("by", "with") for c in verb.children if c.dep_ == "prep")
    return verb.pos_ == "VERB" and not hypothetical(verb) and not otherwise and (
        _in_kind(verb) or verb.lemma_ == "do" and "same" in objects or verb.lemma_ == "follow" and "suit" in objects)


def _in_kind(verb: Token) -> bool:
    """ "reciprocated", "answered in kind", "returned the gesture": a reply told as the same
    as what it answers (which "did the same" is not: "Bolivia did the same" frees Peru's people
    too)."""
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"}
    in_kind = any(c.lower_ == "in" and any(o.lower_ == "kind" for o in c.children) for c in verb.children)
    return verb.lemma_ == "reciprocate" or verb.lemma_ in ("answer", "respond", "reply") and in_kind \
        or verb.lemma_ == "return" and bool(objects & {"gesture", "favour", "favor", "compliment"})


def _replied_by(token: Token) -> bool:
    """ "B reciprocated by freeing 22", "B made a reciprocal move by releasing 14", "B returned
    the gesture by handing over 40", "B reciprocated, freeing 14": a release told, in the words
    after "by" or in a gerund set off, as the reply in kind to one before."""
    if token.dep_ == "advcl" and token.tag_ == "VBG" and token.head.pos_ == "VERB":
        reply = token.head  # "B reciprocated, freeing 14"
    elif token.dep_ == "pcomp" and token.head.lower_ == "by":
        reply = token.head.head
    else:
        return False
    verb = reply.head if reply.pos_ == "NOUN" else reply  # "made a reciprocal move (gesture, step) by freeing"
    in_kind = any(c.dep_ == "amod" and c.lower_ in ("reciprocal", "reciprocating") for c in reply.children) \
        if reply.pos_ == "NOUN" else reply.pos_ == "VERB" and _in_kind(reply)
    people = any(c.dep_ == "dobj" and (captive_phrase(c) or c.like_num) and not the_dead(c) for c in token.children)
    return in_kind and people and not hypothetical(verb) and not conditional(verb) and not _only_maybe(token)
    # not "B could reciprocate by ...", nor "reciprocated by handing over maps (the bodies of 50 soldiers)"


def _only_maybe(verb: Token) -> bool:
    """ "B may (might) reciprocate by releasing ...", "Had B reciprocated by releasing ...": a
    release (or the verb its gerund hangs on) told as only possible."""
    verbs = [verb, clause_of(verb.head.head)] if verb.dep_ == "pcomp" else [verb, verb.head] \
        if verb.dep_ == "advcl" else [verb]  # "B may reciprocate, freeing ..."
    return any(c.dep_ == "aux" and c.lower_ in ("may", "might") for v in verbs for c in v.children) or \
        verb.doc[verb.sent.start].lower_ == "had"


def _repays(groups: list[Count], before: list[Count], refs: References) -> list[Token]:
    """ "Eleven Peruvian fishermen were freed by the rebels on Friday. Peru released 27 rebel
    prisoners.": a side letting people go to those who, the sentence before says, had just let
    its own people go, both counted, pays for them though no word says so. The second release
    goes back to the first releaser (or, where the first told none, to a side it names); one
    under an amnesty or on bail has causes of its own. So does the first releaser getting people
    back ("Moscow got back eight people held in the United States"). The trigger is the second
    release."""
    for group in groups:
        verb = verb_of(group)
        if verb is None or verb.lemma_ not in LETTING_GO | _GETTING_BACK or hypothetical(verb) or conditional(verb) \
                or verb.lemma_ in _GETTING_BACK and _likewise([verb]) \
                or _only_maybe(verb) or _returned_to_duty(verb) or _for_reasons_of_its_own(verb) or not group.releaser \
                or not group.hint:
            continue
        if any(_paid_back_to(earlier, group, refs) and not _days_apart([earlier, group], verb.sent)
               for earlier in before) and not _denied_after(verb.sent) and \
                not _denied_before(verb.sent) and not _NOT_LINKED.search(verb.sent.text):
            return [verb]
    return []


_GETTING_BACK = {"get", "receive", "regain", "recover"}


def _returned_to_duty(verb: Token) -> bool:
    """ "returned two diplomats to their posts", "to their units": sent back to work, not let go;
    not "returned a soldier to Kenya"."""
    return verb.lemma_ == "return" and any(
        p.dep_ == "prep" and p.lower_ == "to" and not any(o.ent_type_ in ("GPE", "ORG", "NORP") for o in p.subtree)
        for p in verb.children)


def _denied_after(sent: Span) -> bool:
    """ "A freed 40. B released 11 in July. Both called them separate gestures, not an
    exchange": the next sentence of the paragraph says the two releases were no swap."""
    doc = sent.doc
    after = doc[sent.end].sent if sent.end < len(doc) and not _ends_line(sent) else None
    return after is not None and _NOT_A_SWAP.search(after.text) is not None


def _a_numbered_paragraph(sent: Span) -> bool:
    """ "2. During the exchange, 41 women and children were handed over to ...", "3. The exchange
    was facilitated by the ICRC": a numbered paragraph that goes on with the story told above,
    calling it back, or any of a statement's ("The Council announces that ..."); not a digest's
    next item, which tells news of its own ("2. Turkey freed a Swedish journalist on Thursday"),
    nor its title ("3. The trade nobody saw coming")."""
    if all(t.is_punct or t.like_num or t.is_space or _a_marking(t) for t in sent) and sent.end < len(sent.doc):
        sent = sent.doc[sent.end].sent  # "2." (or a cable's "2. (C)") a sentence of its own: the paragraph it
        # numbers
    words = [t for t in sent if t.is_alpha]
    prose = len(words) >= 6 and sent.text.rstrip().endswith((".", "!", "?", '"', "\u201d", ":"))
    called_back = any(t.lemma_.lower() in TRIGGER_NOUNS | DEAL_NOUNS | OPERATION_NOUNS and
                      any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children) for t in sent)
    return prose and (called_back or _GOING_ON.match(" ".join(w.text for w in words[:3])) is not None
                      or _COMMUNIQUE.search(sent.doc.text[:400]) is not None)


def _a_marking(word: Token) -> bool:
    """The "C" of a cable's "2. (C)", a paragraph's classification marking in brackets."""
    doc = word.doc
    return word.is_upper and len(word.text) <= 4 and 0 < word.i < len(doc) - 1 and doc[word.i - 1].text == "(" \
        and doc[word.i + 1].text == ")"


_GOING_ON = re.compile(r"(?:In return|As a result|A total|In total|In addition|Furthermore|Moreover"
                       r"|(?:On |At )?the same|Meanwhile)\b", re.IGNORECASE)  # "On the same (day)": three words
# a statement's or an official notice's opening: its paragraphs are numbered, not its items
_COMMUNIQUE = re.compile(r"\b(?:statement|communiqu[eé]|press release|announces|notice|hereby)\b", re.IGNORECASE)


def _denied_before(sent: Span) -> bool:
    """ "There has been no swap so far, only one-way releases. A let 30 go in May; B, for its
    part, freed 12": the paragraph said, before its releases, that they were no swap."""
    if _CONTRASTED.search(sent.text):
        return False  # "There has been no exchange since March. On Monday, however, ..."
    while sent.start > 0 and not _opens_its_line(sent):
        sent = _sentence_before(sent)
        if _NO_SWAP_BUT_RELEASES.search(sent.text):
            return " since " not in sent.text  # not "no exchange since March", a gap the news ends
    return False


_CONTRASTED = re.compile(r"\b(?:however|but|nevertheless|yet|finally)\b", re.IGNORECASE)
_NO_SWAP_BUT_RELEASES = re.compile(r"\bthere (?:has|have|had) been no (?:\w+ )?(?:exchange|swap)s?\b|"
                                   r"\b(?:one-way|unilateral) releases\b", re.IGNORECASE)


_UNDER_THE_DEAL = re.compile(r"\W*(?:\[[^\]\n]{1,25}\]\s*)?(?:(?:in parallel|meanwhile|at the same time|later),? )?"
                             r"(?:under|in accordance with|in line with|as part of|per|pursuant to) "
                             r"(?:the|this|that) (?:[\w-]+ ){0,2}?(?:deal|agreement|framework|arrangement|accord)\b",
                             re.IGNORECASE)


# "At the same place and at the same time, B handed over ...", "On the same day B sent back ...": a release told
# as happening with one told some sentences before, where no swap was told yet (else it goes on with that one)
_AT_THE_SAME_TIME = re.compile(r"\W*(?:at the same (?:place|spot|crossing) and )?(?:at the same (?:time|moment|hour)|"
                               r"on the same (?:day|morning|afternoon|evening)|simultaneously)\b", re.IGNORECASE)


def _under_the_deal(sent: Span) -> bool:
    """ "Under the deal (In accordance with the framework), the prison service released 39": a
    release told as one side's part of a deal, whose other part may have been told some
    entries before."""
    return _UNDER_THE_DEAL.match(sent.text) is not None


def _same_day(earlier: DateMention | None, later: DateMention | None) -> bool:
    """Whether two entries are dated the same day."""
    return earlier is not None and later is not None and earlier.day is not None and earlier.day == later.day


def _days_told_apart(earlier: DateMention | None, later: DateMention | None) -> bool:
    """Whether two entries are dated different days."""
    return earlier is not None and later is not None and None not in (earlier.day, later.day) and \
        earlier.day != later.day


def _paid_back_to(earlier: Count, group: Count, refs: References) -> bool:
    """Whether `group` goes back to whoever let the people of `earlier` go: they were the
    releaser's own, and freed by the side `group` goes to, or by no one the text names (not
    "freed by gunmen" the story does not name as a side). A state's government is the state."""
    freeing = verb_of(earlier)
    if hypothetical(freeing if freeing is not None else earlier.token):
        return False  # not "the deal provides for the release of 150 ...", a plan
    if earlier.hint is None and earlier.releaser is not None:  # "A released 181 detainees. B released 706
        paying = verb_of(group)  # detainees affiliated with A": B's were A's own people, both told done and
        done = [verb for verb in (freeing, paying) if verb is not None and verb.tag_ in ("VBD", "VBN")]
        return _one_side(earlier.releaser, group.hint, refs) and len(done) == 2 and \
            not any(map(_for_reasons_of_its_own, done))
    if not (earlier.hint == group.releaser or _one_side(earlier.hint, group.releaser, refs)):
        return False
    if earlier.releaser is not None:
        return _one_side(earlier.releaser, group.hint, refs)
    return freeing is None or not any(c.dep_ == "agent" for c in freeing.children)


_OWN_CAUSES = {"amnesty", "bail", "pardon", "parole", "court", "sentence", "law"}  # a release for reasons of its own
_GESTURES = {"gesture", "goodwill", "medical", "humanitarian", "health"}  # "as a gesture", "for medical reasons"


_WRITTEN_DATE = re.compile(rf"\d|\b{MONTH_NAME}\b", re.IGNORECASE)  # not "the following day", counted from another


def _days_apart(counts: list[Count], sent: Span) -> bool:
    """Whether the counted groups were let go at different times, each told in its own
    clause ("In May last year, A freed 125, and in December B freed 22"; "A freed 12 in March.
    B released 40 in July."), and not as one deal the sentence tells ("..., under the same deal",
    "in return")."""
    if any(t.lemma_.lower() in DEAL_NOUNS or paying_verb(t) is not None for t in sent):
        return False
    told = {count.token.sent.start for count in counts} | {sent.start}
    dates = [d for d in sent.doc._.dates or [] if d.span.sent.start in told]
    if len(told) > 1:  # across sentences, only days and months written out: "In February, A freed X. The
        dates = [d for d in dates if _WRITTEN_DATE.search(d.span.text)]  # following day, B freed Y" is one swap
    times = []
    for count in counts:
        clauses = [node for node in count.token.ancestors if node.pos_ in ("VERB", "AUX")]
        own = [d for d in dates if clause_of(d.span.root) in clauses]
        if own:
            times.append(_as_time(min(own, key=lambda d: clauses.index(clause_of(d.span.root)))))
    fits = lambda a, b: a[: len(b)] == b[: len(a)] or _a_day_apart(a, b)  # noqa: E731 - May 3 fits May, not June
    return any(not fits(a, b) for a in times for b in times)


def _a_day_apart(first: tuple[int, ...], second: tuple[int, ...]) -> bool:
    """ "A freed X on 11 February, and B released Y the following day": one swap's two legs."""
    if len(first) < 3 or len(second) < 3:
        return False
    return abs((dt.date(*first) - dt.date(*second)).days) <= 1


def _as_time(date: DateMention) -> tuple[int, ...]:
    """A date as (year, month, day), as far as it is known."""
    if date.day:
        return date.day.year, date.day.month, date.day.day
    return date.month or ((date.year,) if date.year else ())


def _likewise(releases: list[Token]) -> bool:
    """ "Ten Thais were released, and one Filipino was also freed": released the same way,
    by the same hands, not in return."""
    return any(c.dep_ == "advmod" and c.lower_ in ("also", "too", "likewise") for t in releases for c in t.children)


def _came_from_each_side(verb: Token) -> bool:
    """ "Twenty detainees from each side crossed the bridge": people of both sides came home."""
    return verb.lemma_ in RETURN_VERBS and verb.pos_ == "VERB" and any(
        _from_each_side(w) for c in verb.children if c.dep_ == "nsubj" for w in c.subtree)


def _handing_people(verb: Token) -> bool:
    """ "handed over 32 servicemen", not "will hand lists of detainees to the ICRC"."""
    return verb.pos_ == "VERB" and verb.lemma_ in _HANDING and \
        not any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in verb.children) and \
        any(_people_exchanged(c) for c in _handed(verb))


def _handed(verb: Token) -> list[Token]:
    """Whom a verb of handing moved: its object or passive subject, and the people a participle
    describes ("with 48 captives handed over by both sides", however the parser reads it)."""
    moved = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + _done_to(verb)
    return moved + ([verb.head] if verb.dep_ == "acl" and verb.tag_ == "VBN" else [])


def _to_each_other(verb: Token) -> bool:
    """ "A and B released captives to each other", "sixty were returned to each side"."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(
        o.lower_ in ("other", "another") or o.lemma_ in _EACH_SIDES and any(d.lower_ in ("each", "both")
                                                                             for d in o.children)
        for o in c.children) for c in verb.children)


def _held_by_each_other(verb: Token) -> bool:
    """ "A and B released detainees held by each other", "freed each other's prisoners", told
    in the past of one time; not what they "routinely release", "have released several times"
    or are persuaded "to hand back", in general."""
    return verb.tag_ == "VBD" and not any(c.lower_ in HABITUALLY for c in verb.children) and \
        any(_held_by_each(c) for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))


def _held_by_each(people: Token) -> bool:
    """ "detainees held by each other (by each side)", "each other's prisoners"."""
    holders = [o for a in people.children if a.dep_ == "acl" and a.lemma_ == "hold"
               for p in a.children if p.dep_ == "agent" for o in p.children]
    return any(o.lower_ in ("other", "another") or o.lemma_ in _EACH_SIDES and any(
        d.lower_ in ("each", "both") for d in o.children) for o in holders) or \
        any(c.dep_ == "poss" and c.lower_ in ("other", "another") for c in people.children)


def _both_mediated(sent: Span) -> bool:
    """ "..., both under Emirati mediation", "both with the help of X": the mediation of each
    exchange the sentence tells."""
    return any(t.lower_ == "both" and t.dep_ == "preconj" and t.head.dep_ == "prep" for t in sent)


def _dated_apart(verb: Token) -> bool:
    """ "A and B traded 41 each on 3 March, and on 9 February, sixty were returned to each
    side": a clause joined to another that tells a day of its own."""
    return verb.dep_ == "conj" and any(
        c.dep_ == "prep" and c.lower_ in ("on", "in") and any(o.ent_type_ == "DATE" for o in c.children)
        for c in verb.children) and not any(the_dead(c) for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))


def _each_or_both(subject: Token) -> bool:
    """ "each side", "both parties", "the two sides", "the parties"; "each" alone, after the
    sides were named ("Two days on, each handed back 95 soldiers")."""
    plural = subject.tag_ == "NNS" and any(c.lower_ in ("the", "two") for c in subject.children)
    alone = subject.lower_ in ("each", "both") and subject.dep_ == "nsubj" and subject.n_lefts + subject.n_rights == 0
    return alone or subject.lemma_.lower() in ("side", "party") and (
        plural or any(c.lower_ in ("each", "both") for c in subject.children))


def _each_of(subject: Token) -> bool:
    """ "Ukraine and Russia each freed 390", "A and B both released", "A and B released 40
    soldiers each": two sides, each doing it."""
    verb = subject.head
    released = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(subject.conjuncts) and any(
        c.lower_ in ("each", "both") and c.dep_ in ("advmod", "det", "appos", "npadvmod", "dep", "nsubj")
        for c in [*verb.children, *subject.children]) or any(
        d.lower_ == "each" for o in released for d in o.children)  # not "released both aid workers"


def _each_side(sent: Span) -> int | None:
    """ "A and B each returned 146 prisoners", "swapped 84 prisoners each", "traded 185
    apiece", "each side received 50": the same count for every side."""
    for token in sent:
        per_side = _from_each_side(token) or _each_way(token) or _as_many_back(token)
        if per_side is not None:
            return per_side
        trailing = token.dep_ == "dobj" and token.i > 0 and token.n_lefts + token.n_rights == 0 and \
            token.nbor(-1).pos_ == "NOUN"  # "they swapped 11 detainees each", read as an object
        if token.lower_ not in ("each", "apiece") or not trailing and \
                token.dep_ not in ("appos", "advmod", "det", "npadvmod", "nsubj"):  # "A and B each freed"
            continue
        if token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "other":
            continue  # "the two men passed each other"
        if token.dep_ == "det" and token.head.lemma_ not in _EACH_SIDES and \
                token.head.lower_ not in ("today", "tonight", "yesterday"):  # "swapped 20 each today"
            continue  # "staff interviewed each detainee"
        told = _told_of_the_swap(token)
        if told is not None:
            return told
        verb = next((a for a in token.ancestors if a.pos_ == "VERB"), token.head)  # "freed by each side"
        if verb.lemma_ not in TRIGGER_VERBS | RELEASE_VERBS | RECEIVE_VERBS | RETURN_VERBS:
            continue
        told = sorted((verb.head if verb.dep_ == "acl" else verb).subtree, key=lambda t: t.i)  # "saw 11 detainees
        for word in told:  # freed by each side"; the first count told, not "270 of them" hung on "each side"
            count = count_of(word)
            if count is not None and word.i != token.i:
                return count + _counted_alongside(word, count)
    return None


def _counted_alongside(number: Token, count: int) -> int:
    """How many more the groups joined to a counted one count: "each handed over 150 soldiers
    and 12 civilians" is 162 a side; but groups that add up to the first ("162 people, 150
    soldiers and 12 civilians") are its parts."""
    noun = number.head if number.dep_ == "nummod" else None
    if noun is None or not captive_or_demonym(noun) or noun.lemma_.lower() in _WHOLES or \
            any(t.lower_ in ("respectively", "among", "including") for t in noun.sent):
        return 0  # "162 people, 140 soldiers and 12 civilians": a whole and its parts; "10 and 30 respectively"
    more = [n for c in noun.conjuncts if c.i > noun.i and captive_or_demonym(c) and (n := count_in(c))]
    return 0 if len(more) >= 2 and sum(more) == count else sum(more)


# Nouns for all the people a side let go, which the groups after them break down.
_WHOLES = {"people", "person", "prisoner", "captive", "detainee", "hostage", "individual", "man", "citizen",
           "national"}


def _told_of_the_swap(each: Token) -> int | None:
    """ "The trade, one prisoner each, took place ...", "a trade of one prisoner each": the
    count each side got, said of the swap's noun."""
    people = each.head
    swap = people.head if people.dep_ == "appos" else people.head.head if people.dep_ == "pobj" else None
    if each.dep_ != "appos" or not captive_or_demonym(people) or swap is None or \
            swap.lemma_.lower() not in TRIGGER_NOUNS or swap.tag_ == "NNS":  # not "The exchanges, 50 each, are held"
        return None
    return number_before(people)


def _as_many_back(verb: Token) -> int | None:
    """ "traded 175 prisoners of war for 175", "swapped 50 soldiers for 50 fighters": as many
    people went each way."""
    if verb.pos_ != "VERB" or verb.lemma_ not in TRIGGER_VERBS:
        return None
    given = {_number_of(c) for c in verb.children if c.dep_ in ("dobj", "nsubjpass")}
    taken = {_number_of(o) for o in traded_for(verb)} | {  # "for 120 on 5 March", hung on the month
        _number_of(verb.doc[p.i + 1]) for p in verb.children if p.lower_ == "for" and p.i + 1 < len(verb.doc)}
    both = given & taken - {None}
    return both.pop() if len(both) == 1 else None


def _number_of(noun: Token) -> int | None:
    """How many a noun phrase counts: "175 prisoners", or a bare "175"."""
    if noun.like_num:
        return parse_count(noun.text) if noun.ent_type_ != "DATE" else None
    return count_in(noun)


def _each_way(token: Token) -> int | None:
    """ "ten people each way", "40 prisoners in each direction": the count of the people."""
    if token.lower_ not in ("way", "direction") or not any(c.lower_ == "each" for c in token.children):
        return None
    people = token.head.head if token.head.lower_ == "in" else token.head
    if people.pos_ in ("VERB", "AUX"):  # "swapped 40 prisoners in each direction", "150 men went each way"
        people = next((c for c in people.children if c.dep_ == "dobj"), None) or \
            next((c for c in people.children if c.dep_ in ("nsubj", "nsubjpass") and captive_or_demonym(c)), None) or \
            next((c for c in people.children if c.dep_ in ("nsubj", "nsubjpass")), people)  # not "the first stage"
    if not captive_or_demonym(people):  # "was tiny: ten people each way", the way hung on the verb
        people = token.doc[max(token.i - 2, 0)]
    return number_before(people) if captive_or_demonym(people) else None


def _crossed_each_way(verb: Token) -> bool:
    """ "390 people went each way", "40 prisoners crossed in each direction", "390 went home on
    each side": people counted moving both ways, a swap told without its word."""
    if verb.pos_ != "VERB" or verb.lemma_ not in RETURN_VERBS | {"move"}:
        return False
    # people come home at one time; not "the total reached 1,000 on each side", nor "1,200 have come home on each
    # side since February"
    people = any(c.dep_ == "nsubj" and (c.like_num or captive_or_demonym(c)) for c in verb.children) and \
        not any(c.dep_ == "aux" and c.lemma_ == "have" or c.lower_ == "since" for c in verb.children)
    return any(_each_way(way) is not None or people and _on_each_side(way)
               for c in verb.children for way in (c, *(o for o in c.children if c.lower_ in ("in", "on"))))


def _on_each_side(side: Token) -> bool:
    """ "(went home) on each side", "on both sides"; not "on each side of the border", a place."""
    return side.dep_ == "pobj" and side.head.lower_ == "on" and side.lemma_ in _EACH_SIDES and \
        any(d.lower_ in ("each", "both") for d in side.children) and not any(c.dep_ == "prep" for c in side.children)


def _from_each_side(token: Token) -> int | None:
    """ "84 prisoners from each side were freed": the count of the people the phrase is about."""
    side = token.head
    if token.lower_ != "each" or side.lemma_ not in _EACH_SIDES or side.dep_ != "pobj" or \
            side.head.lower_ not in ("from", "on", "of"):
        return None
    people = side.head.head
    before = token.doc[side.head.i - 1]
    if not captive_or_demonym(people) and captive_or_demonym(before):  # "the transfer of one detainee from
        people = before  # each side", with "from" hung on the verb
    if before.like_num and not captive_or_demonym(people):  # "300 captives, 150 from each side"
        return parse_count(before.text)
    if people.dep_ == "dobj" and _members_of_a_body(people.head) or \
            people.dep_ == "nsubj" and people.head.lemma_ in _DUTIES:
        return None  # "a committee that groups three generals from each side", "in which five officers from
        # each side oversee the truce": its members, not the swap's
    counted = next((n for c in people.children if c.dep_ == "nummod" and (n := count_of(c)) is not None), None)
    return counted if counted is not None else number_before(people)


_DUTIES = {"oversee", "supervise", "monitor", "sit", "serve", "meet", "negotiate", "staff", "lead", "chair", "attend"}


def _members_of_a_body(verb: Token) -> bool:
    """ "(a committee) which groups three generals from each side", "a working group comprising
    four diplomats from each side": who a body is made of; not "the deal included 84 prisoners
    from each side", the swap's own people."""
    if verb.lemma_ in ("group", "gather", "unite", "represent"):
        return True
    whole = verb.head if verb.dep_ in ("relcl", "acl") else next(
        (c for c in verb.children if c.dep_ == "nsubj"), None)
    if whole is not None and whole.tag_ in ("WDT", "WP"):
        whole = verb.head
    return verb.lemma_ in ("include", "comprise") and whole is not None and \
        whole.lemma_.lower() in BODY_UNITS | {"body"}


def _opens_with_in_return(token: Token) -> bool:
    """ "In return(,) B freed ...", "In exchange, B handed over ...", not "In return for X"."""
    return token.lower_ in ("exchange", "return") and token.head.i == token.sent.start and \
        token.doc[token.i + 1 : token.i + 2].text != "for"


def _closes_with_in_return(token: Token) -> bool:
    """ "B freed five commanders in exchange.", "B received four men in return: A, B, C and D":
    the sentence ends with it, or with the list of those freed after a colon, and tells no
    release of its own before ("X was freed, while Y was handed over in return.")."""
    if token.lower_ not in ("exchange", "return") or token.head.lower_ != "in":
        return False  # asked of every word: the cheap test first
    after = token.doc[token.i + 1 : token.sent.end]
    clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)  # "B began releasing the 40 it had
    over = set(clause.head.ancestors) if clause is not None else set()  # agreed to free in return": that release
    return (all(t.is_punct for t in after) or len(after) > 1 and after[0].text == ":") and \
        not any(t.lemma_ in RELEASE_VERBS | RETURN_VERBS | RECEIVE_VERBS and t.pos_ == "VERB" and t not in over
                for t in token.doc[token.sent.start : token.head.head.i])


def _paid_back(token: Token) -> bool:
    """ "The rebels freed two pilots. In return, the army (agreed to) let go a commander", "B,
    in turn, freed seven", "In a reciprocal move, B returned a soldier", "B, for its part,
    transferred 35", "At the same time, B granted clemency to five", "An hour later, nine
    fishermen walked the other way": a release told as the price of the one the sentence before
    reported done (people freed, or flown home). The "agreed to" counts here, as the first
    release shows that the deal was carried out."""
    going = token.head.head if token.head.dep_ == "prep" else token.head  # "In the other direction, B freed"
    if the_other_way(token) and going.pos_ == "VERB" and going.lemma_ in RETURN_VERBS | RELEASE_VERBS | TRANSPORT_VERBS:
        before = _sentence_before(token.sent)
        return not hypothetical(going) and _people_going(going) and (
            _released_before(before) or _a_person_went(before)) and _someone_held(token.doc)
    if _the_price_was_people(token):  # "X came home in a deal. The price was 40 prisoners handed over to B",
        return _released_before([*_sentence_before(token.sent), *token.doc[token.sent.start : token.i]])  # "Two
        # Danes are flying home, and the price, critics say, was a convicted spy"
    closing = _closes_with_in_return(token)
    in_return = _opens_with_in_return(token) or closing
    in_turn = token.lower_ == "turn" and not any(c.dep_ in ("det", "poss") for c in token.children) \
        and token.head.lower_ == "in"
    for_its_part = token.lower_ == "part" and token.head.lower_ == "for" and \
        any(c.lower_ in ("its", "their") for c in token.children)  # "B, for its part, transferred 35"
    same_time = _at_the_same_time(token)  # "At the same time, B granted clemency to five", "The same day, B hands
    as_part = _as_part_of_the_deal(token)  # over X"; "As part of the arrangement, the US freed an Afghan"
    reciprocal = _a_reciprocal_move(token)  # "In a reciprocal move, B returned", "In what officials called a
    # reciprocal gesture, B returned"
    opening = in_return and token.head.lower_ == "in" or in_turn or for_its_part or same_time or as_part or reciprocal
    replied = _replied_by(token)  # "B reciprocated by freeing 22": the release itself
    if not replied and (not opening or token.dep_ not in ("pobj", "npadvmod", "oprd")
                        or token.dep_ == "npadvmod" and not same_time):
        return False
    verb = token if replied else token.head if token.dep_ == "npadvmod" else \
        reciprocal.head if reciprocal else token.head.head
    if same_time and token.lower_ != "time" and not _a_side_of_the_release_before(verb):
        return False  # "On Monday, Peru freed 40 Chileans. The same day, Bolivia released 12 of its own": no price
    if verb.lemma_ in _AGREEING:
        verb = next((c for c in verb.children if c.dep_ == "xcomp"), verb)
    received = verb.lemma_ in RECEIVE_VERBS and any(  # "Armenia, in turn, received 31 of its citizens"
        c.dep_ == "dobj" and (captive_phrase(c) or c.like_num) and not the_dead(c) for c in verb.children)
    went_back = verb.lemma_ in RETURN_VERBS and any(  # "In return, 38 Serbian soldiers went back to Serbia"
        c.dep_ == "nsubj" and (captive_phrase(c) or c.like_num) for c in verb.children) or _let_go_home(verb)
    handed_back = _handed_back(verb) and not (same_time and not _a_side_of_the_release_before(verb))
    if not (verb.lemma_ in RELEASE_VERBS or grants_mercy(verb) or received or went_back or handed_back) or \
            verb.pos_ != "VERB" or conditional(verb) or _nothing_given(verb) or \
            closing and hypothetical(verb) and not _agreed_to(verb) or \
            any(c.dep_ == "neg" for t in (verb, verb.head) for c in t.children):
        return False
    sent = token.sent  # "A let go of X, and B in turn freed Y": a release earlier in the sentence, too
    if _UNILATERAL.search(sent.text) or _denied_before(sent):
        return False  # "B, for its part, released soldiers, on its own initiative"
    return _released_before([*_the_release_paid_back(sent), *token.doc[sent.start : token.head.i]])


def _a_reciprocal_move(token: Token) -> Token | None:
    """The "in" of "In a reciprocal move" (or "B, in a reciprocal move, released ...") or "In what
    officials described as a reciprocal gesture", which tells the release as the reply to one
    told before."""
    if not any(c.lower_ in ("reciprocal", "reciprocating") for c in token.children):
        return None
    if token.dep_ == "pobj" and token.head.lower_ == "in" and token.head.dep_ == "prep":
        return token.head  # "In a reciprocal move, B returned", "B, in a reciprocal move, released 12"
    opening = token.sent[0]
    told = token.head.head if token.head.lower_ == "as" else token.head  # "In what X described as (called) a
    described = token.dep_ in ("pobj", "oprd") and told.pos_ == "VERB" and told.head == opening  # reciprocal move"
    return opening if opening.lower_ == "in" and described else None


def _the_release_paid_back(sent: Span) -> Span:
    """The sentence telling the release that a reply ("In return, B freed five") pays back: the
    one before; or, when the reply opens its paragraph, the release told in the paragraph before
    ("Five Americans flew home. Two families asked for privacy. / In return, ..."), reached past
    a paragraph of a quote or a bracketed line but not past a sentence of another swap, from the
    first of that paragraph's sentences of release ("A freed 50 on Monday. They were flown to X.")."""
    before = _sentence_before(sent)
    told = before
    while _opens_its_line(sent) and len(told) and not _a_release_of_its_own(told):
        if _opens_its_line(told) and not _an_aside(told) or any(
                t.lemma_.lower() in TRIGGER_NOUNS | TRIGGER_VERBS for t in told):
            return before
        told = _sentence_before(told)
    if not len(told) or not _a_release_of_its_own(told):
        return before
    while told != before and not _opens_its_line(told) and _released_before(_sentence_before(told)):
        told = _sentence_before(told)
    return told


def _a_release_of_its_own(sent: Span) -> bool:
    """A sentence telling a release that something may pay back: not "in a separate gesture",
    nor "on its own initiative"."""
    return _released_before(sent) and not _separate(sent) and not _UNILATERAL.search(sent.text)


def _an_aside(sent: Span) -> bool:
    """A paragraph of a quote or a bracketed line, which a reply may reach past."""
    first = next((t for t in sent if not t.is_space), None)
    return first is not None and (first.is_quote or first.text in ("(", "["))


def _agreed_to(verb: Token) -> bool:
    """ "(the government) agreed to free six commanders": a release told done through its deal."""
    return verb.dep_ == "xcomp" and verb.head.lemma_ in _AGREEING


def _nothing_given(verb: Token) -> bool:
    """ "Nobody was given anything in return", "no prisoners were released in return", "without
    any Chilean being released in return": the release of nothing, or of no one."""
    clauses = [verb, *(a for a in verb.ancestors if a.pos_ in ("VERB", "AUX"))][:3]  # "no prisoners are known to
    moved = [c for v in clauses for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative")]  # have
    moved += [verb.head] if verb.dep_ in ("acl", "relcl") else []  # been given"; "with nothing given in return",
    # "there is nothing to exchange in return"
    return any(a.lower_ == "without" for a in verb.ancestors) or any(map(no_one, moved))


def _handed_back(verb: Token) -> bool:
    """ "B returned a soldier held since May": captives given back; not remains, nor soldiers
    returned "to their units"."""
    captives = any(c.dep_ == "dobj" and captive_phrase(c) and not the_dead(c) for c in verb.children)
    to_their_own = any(p.lower_ == "to" and any(o.dep_ == "pobj" and any(d.dep_ == "poss" for d in o.children)
                                                for o in p.children) for p in verb.children)
    return verb.lemma_ == "return" and captives and not to_their_own


def _at_the_same_time(word: Token) -> bool:
    """ "At the same time", "At the same hour", "(On) the same day" opening a sentence: what it
    tells happened with what the sentence before told."""
    if word.lower_ not in ("time", "hour", "moment", "day") or not any(c.lower_ == "same" for c in word.children):
        return False
    opening = word.head if word.dep_ == "pobj" and word.head.lower_ in ("at", "on") else word
    start = word.sent.start
    while start < word.i and (word.doc[start].is_space or list_number(word.doc[start]) or
                              word.doc[start].is_punct and start > word.sent.start):
        start += 1  # "2. On the same day, ...": past a numbered paragraph's number
    return opening.dep_ in ("prep", "npadvmod") and opening.left_edge.i == start


def _a_side_of_the_release_before(verb: Token) -> bool:
    """Whether the state that lets people go "the same day" is one the sentence before names
    (as the home of those it freed, or their captor) but not the one that freed them there, and
    lets go a person named or another state's people ("Reza Karimi, the Iranian diplomat"), not
    its own ("300 convicts from its prisons", "a jailed activist") nor things ("a report");
    unnamed, it lets go the people of another state the sentence before names ("their release
    approved on completion of sentence" is theirs, no state's own)."""
    before = _sentence_before(verb.sent)
    releasers = {country_code_of(t) for v in before if v.pos_ == "VERB" and v.lemma_ in RELEASE_VERBS
                 for c in v.children if c.dep_ == "nsubj" for t in c.subtree} - {None}
    states = {country_code_of(t) for t in before} - {None} - releasers
    releaser = {country_code_of(t) for c in verb.children if c.dep_ in ("nsubj", "agent") for t in c.subtree}
    let_go = [t for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
              for t in (c, *(d for d in c.children if d.dep_ in ("amod", "compound", "appos")))
              for t in (t, *t.children) if t.dep_ != "acl"] or \
        list(verb.doc[verb.i + 1 : min(verb.i + 9, verb.sent.end)])  # "hands over X, the Iranian ...", X hung elsewhere
    others = any(a_person(t) or (code := country_code_of(t)) and code not in releaser for t in let_go)
    if not releaser:  # "22 Pakistanis freed from Indian jails came home. The same day, 35 Indians were handed
        peoples = {country_code_of(t) for t in let_go} - {None}  # over": the other state's people, freed by
        freed = {country_code_of(t) for t in before if t.dep_ == "amod" and captive_word(t.head)} - {None}  # the one
        elsewhere = {country_code_of(t) for t in verb.sent} - {None} - peoples - states  # whose people came home;
        own = any(t.lemma_.lower() in _OWN_CAUSES - {"sentence"} for t in verb.sent)  # not "freed from Sri Lankan
        return bool(freed) and bool(peoples & states) and not peoples & freed and not elsewhere and not own  # jails",
        # nor "300 Indian prisoners were freed under an amnesty"; but "on completion of their sentences"
    if any(t.lower_ in ("own", "its", "their") or t.lemma_.lower() in _OWN_CAUSES for t in verb.sent):
        return False
    return bool(releaser & states) and others


def _a_release_brought_about_in(sent: Span) -> bool:
    """Whether the sentence tells a release through who brought it about ("His release was
    arranged by Qatar"), so that the release itself was told before it."""
    return any(_a_release_brought_about(t) for t in sent)


def _the_release_before(sent: Span) -> Span:
    """The nearest of the three sentences before `sent` that tells people let go; `sent` if none."""
    before = sent
    for _ in range(3):
        before = _sentence_before(before)
        if not len(before):
            break
        if _released_before(before):
            return before
    return sent


def _as_part_of_the_deal(token: Token) -> bool:
    """ "As part of the arrangement (the deal, this agreement)": the deal a release just told was
    freed under; not "as part of a ceasefire deal", nor of a grain accord."""
    if token.lower_ != "part" or token.head.lower_ != "as" or token.head.i != token.sent.start:
        return False
    deals = [o for p in token.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return any(d.lemma_.lower() in DEAL_NOUNS and any(c.lower_ in ("the", "this", "that") for c in d.children)
               and not any(c.dep_ in ("compound", "amod") for c in d.children) for d in deals)


_UNILATERAL = re.compile(r"\b(?:unilateral(?:ly)?|on (?:its|their) own initiative)\b", re.IGNORECASE)


def _people_going(verb: Token) -> bool:
    """Whether people went the other way: "Going the other way were two Iranians", "B freed
    eight Russians", "They were bused over in the other direction"; not "a cargo of
    aid", "B released a statement", "trucks returned"."""
    moved = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")]
    if verb.dep_ == "csubj" or verb.lower_ == "going":  # "Going the other way was X", however it is parsed
        moved += [t for t in verb.sent if t.i > verb.i and t.dep_ in ("attr", "nsubj", "nsubjpass")]
    if any(m.lower_ in ("nobody", "none", "no-one", "nothing") or m.left_edge.lower_ == "no" for m in moved):
        return False  # "No Peruvian wounded travelled the other way"
    return any(_people(m) for m in moved)


def _people(noun: Token) -> bool:
    """ "two Iranians", "Oleg Sirin", "a Russian hitman", "X, the Russian arms dealer", "were
    two", "They (were driven)"."""
    described = any(a_person(c) or c.dep_ == "amod" and gazetteer().demonym_at(c) for c in noun.children) or any(
        c.dep_ == "appos" and any(a.dep_ == "amod" and gazetteer().demonym_at(a) for a in c.children)
        for c in noun.children)  # "X, the Russian arms dealer"
    driven = noun.lower_ in ("they", "he", "she") and noun.dep_ == "nsubjpass"
    return captive_phrase(noun) or a_person(noun) or noun.like_num or _a_national(noun) or described or driven


def _let_go_home(verb: Token) -> bool:
    """ "In return, about 240 supporters stuck in Oman were allowed to fly home": people counted
    and let go back, a release by another name."""
    home = any(c.dep_ == "xcomp" and c.lemma_ in RETURN_VERBS and (c.lemma_ == "return" or any(
        a.lower_ in ("home", "back") for a in c.children)) for c in verb.children)  # not "to travel to Mecca"
    return verb.lemma_ in ("allow", "permit") and home and any(
        c.dep_ == "nsubjpass" and any(t.like_num for t in c.children) for c in verb.children)


def _the_price_was_people(token: Token) -> bool:
    """ "The price was 40 prisoners handed over to B": a release paid for in people."""
    return token.lower_ == "price" and token.dep_ == "nsubj" and token.head.lemma_ == "be" and \
        not hypothetical(token.head) and any(c.dep_ == "attr" and captive_phrase(c) for c in token.head.children)


def _released_before(before: list[Token] | Span) -> bool:
    """Whether the words `before` a paying-back release tell people freed, flown home or got
    back ("A total of 205 Ukrainians came home", "We brought home 40 soldiers")."""
    def people_in(verb: Token, roles: tuple[str, ...]) -> bool:  # living: not "received the bodies of 40"
        joined = verb.dep_ == "conj" or verb.dep_ == "advcl" and not any(c.dep_ == "mark" for c in verb.children)
        shared = [verb.head] if joined and not any(c.dep_ in roles for c in verb.children) else []
        return any(captive_or_demonym(w) for v in (verb, *shared) for c in v.children  # "Four Canadians
                   if c.dep_ in roles and not the_dead(c) for w in c.subtree)  # detained ..., landed in Vancouver"
    return any(
        t.pos_ == "VERB" and not hypothetical(t) and (
            t.lemma_ in RELEASE_VERBS or t.lemma_ in RETURN_VERBS and people_in(t, ("nsubj", "nsubjpass"))
            or t.lemma_ in RECEIVE_VERBS and people_in(t, ("dobj",))
            or _put_on_a_flight(t) and people_in(t, ("nsubjpass", "dobj"))) or _a_release_brought_about(t)
        for t in before)


def _a_person_went(before: Span) -> bool:
    """ "X walked across the tarmac": a named person going somewhere, which the next sentence's
    "Y walked the other way" makes one half of a handover."""
    return any(t.pos_ == "VERB" and t.lemma_ in RETURN_VERBS and not hypothetical(t) and
               any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in t.children) for t in before)


def _someone_held(doc: Doc) -> bool:
    """Whether the story tells of someone held ("the convicted spy", "jailed in 2019", "had
    sought her release"): two people walking past each other are a handover only then, not a
    coach and a captain crossing a pitch."""
    return any(t.lemma_.lower() in _HELD_WORDS for t in doc)


def _captivity_told(doc: Doc) -> bool:
    """Whether the story speaks of prisoners, hostages, detainees or jails: narrower than
    `_someone_held`, whose words of swapping and freeing fit a trade of players too."""
    return any(t.lemma_.lower() in _CAPTIVITY for t in doc)


def _a_release_brought_about(noun: Token) -> bool:
    """ "His release was arranged by Qatar", "their release was secured on Monday": a release told
    done through the one who brought it about."""
    verb = noun.head
    return noun.lemma_ == "release" and noun.pos_ == "NOUN" and noun.dep_ in ("nsubj", "nsubjpass") and \
        verb.pos_ == "VERB" and verb.lemma_ in _BRINGING_ABOUT and not hypothetical(verb)


_BRINGING_ABOUT = {"arrange", "secure", "complete", "negotiate", "broker", "facilitate", "win", "obtain"}


def _put_on_a_flight(verb: Token) -> bool:
    """ "were put on a plane (a flight) this morning": flown out, a release by its transport; not
    "put on buses at the crossing", as refugees sent back are."""
    return verb.lemma_ == "put" and any(
        c.dep_ == "prep" and c.lower_ == "on" and any(o.lemma_ in AIRCRAFT for o in c.children) for c in verb.children)


def _agreed_then_done(token: Token) -> bool:
    """ "The negotiators agreed on a 300-for-300 exchange. It was carried out in two
    stages": the swap agreed in the sentence before, told done."""
    verb = token.head
    done = token.lower_ == "it" and token.dep_ in ("nsubj", "nsubjpass") and (
        verb.lemma_ in _DONE | CARRYING_OUT or _takes_place(verb))
    if not done or hypothetical(verb) or conditional(verb):
        return False
    return any(t.lemma_ in TRIGGER_NOUNS and t.pos_ == "NOUN" and not _non_prisoner_sense(t)
               for t in _sentence_before(token.sent))


def _named_in(pair: list[str], sent: Span, refs: References) -> bool:
    """Whether both of a pair of sides are named in `sent`."""
    named = {side_of(m.key, refs) for m in refs.mentions if sent.start <= m.span.start < sent.end}
    return len(pair) == 2 and set(pair) <= named


def _sentence_before(sent: Span) -> Span:
    """The sentence before `sent`, past a paragraph's number the parser took for one ("2."); empty
    at the start of the document."""
    before = sent.doc[sent.start - 1].sent if sent.start > 0 else sent.doc[0:0]
    if len(before) and before.start > 0 and all(t.is_space or t.is_punct or t.like_num for t in before):
        return _sentence_before(before)
    return before


def _after_the_dead(noun: Token) -> bool:
    """A handover told right after the remains of the dead were handed over is theirs."""
    return any(the_dead(t) and t.dep_ in ("dobj", "nsubjpass") for t in [*_sentence_before(noun.sent), *noun.sent])


def _another_sense_called_back(token: Token) -> bool:
    """ "... an exchange of letters between prisoners and their families. The exchange began in
    March": "the exchange" calls back the last one told, of letters, not of people."""
    if not any(c.lower_ == "the" for c in token.children) or any(c.lower_ == "of" for c in token.children) or \
            any(captive_word(t) or gazetteer().demonym_at(t) for t in token.sent):
        return False  # "The exchange was completed, with 90 Palestinians freed": of people
    start = token.doc[max(token.sent.start - 1, 0)].sent.start
    before = [t for t in token.doc[start : token.i] if t.lemma_ == token.lemma_ and t.pos_ == token.pos_]
    return bool(before) and _non_prisoner_sense(before[-1])


def _non_prisoner_sense(token: Token) -> bool:
    """ "exchange of fire", "stock exchange", "the exchange rate", "trade deal", "trade union":
    not about people; nor a player swap between sports clubs."""
    words = {c.lemma_.lower() for c in token.subtree if c.i != token.i}
    phrase = token.head if token.dep_ == "compound" else token  # "a swap deal that sends midfielder X"
    if phrase is not token:
        words.add(phrase.lemma_.lower())
    handed = {o.lemma_.lower() for p in token.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"}
    if handed & THINGS_PAID:
        return True  # "the handover of 75 weapons", "an exchange of maps"
    if token.lower_ == "trade" and token.dep_ == "compound" and token.head.pos_ in ("NOUN", "PROPN"):
        return True  # "a trade union", "the trade minister", "trade talks": commerce
    return _a_player_trade(token) or bool(words & {
        "fire", "stock", "rate", "view", "letter", "note", "idea", "information", "grain", "good", "currency",
        "barb", "gunfire", "blow", "shot", "cryptocurrency", "crypto", "bitcoin", "commodity",
        "house", "counter", "bureau", "student", "programme", "program",  # "exchange houses", "a student exchange"
        "data", "datum", "greeting", "expertise", "population"})  # "the Greco-Turkish exchange of populations"


def _a_player_trade(token: Token) -> bool:
    """A player swap between sports clubs, told in the trigger's phrase, by its teller, or in the
    sentence before ("... trading a winger for a midfielder. It is the first direct trade")."""
    if token.lower_ in ("exchange", "return") and token.head.lower_ == "in" and token.head.head.pos_ == "VERB" \
            and _a_player_trade(token.head.head):
        return True  # "traded striker X to a club in exchange for two defenders"
    if token.pos_ == "VERB":  # who was traded, by whom, for what: not "thanks to former footballer X"
        around = [t for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "agent", "prep")
                  and c.lower_ != "to" for t in c.subtree]
    else:
        phrase = token.head if token.dep_ == "compound" else token  # "a swap deal that sends midfielder X"
        told_by = [c for c in phrase.head.children if c.dep_ == "nsubj"]  # "the club confirmed a swap"
        around = [*phrase.subtree, *told_by]
    if token.dep_ in ("attr", "nsubj", "nsubjpass") and not any(captive_word(t) for t in token.sent):
        around += list(_sentence_before(token.sent))
    captives = any(captive_word(t) for t in token.sent)  # not "the striker was among twelve detainees"
    if {t.lemma_.lower() for t in token.sent if t.pos_ != "VERB"} & _PLAYERS and not captives or \
            _DRAFT_PICK.search(token.sent.text):  # a player, not "a statement drafted by X"
        return True  # "In the week's biggest trade, the Mariners sent a guard and a first-round pick ..."
    if _a_headline(token.sent) and token.sent.end < len(token.doc):  # "Two clubs agree a swap", told below
        around += list(token.doc[token.sent.end].sent)
    return bool({t.lemma_.lower() for t in around if t.pos_ != "VERB"} & _SPORT)


def _a_headline(sent: Span) -> bool:
    """A line without a full stop: a headline or a digest item's title."""
    words = [t for t in sent if not t.is_space]
    return bool(words) and not words[-1].is_punct and sent.text_with_ws.rstrip(" ").endswith("\n")


def _people_exchanged(noun: Token) -> bool:
    """ "exchanged 100 prisoners", "swapped hundreds of detainees"; not "exchanged lists of
    prisoners" or "the bodies of soldiers"."""
    if captive_word(noun) or a_person(noun):  # "Griner was traded for Bout"
        return True
    paid = traded_for(noun.head)
    if noun.lower_ in _PERSONAL and any(a_person(o) or o.lower_ in _ONE_PERSON or _a_national(o) or captive_word(o)
                                        for o in paid) or \
            noun.lower_ in _ONE_PERSON and any(o.lower_ in _PERSONAL for o in paid):
        return True  # "he had been traded for Ivan Belov", "Washington traded them for him (for nine fishermen)",
        # "the Iranian they were traded for"
    if noun.dep_ == "nsubjpass" and (noun.lower_ == "both" or noun.lower_ == "two" and any(
            c.lower_ == "the" for c in noun.children)) and _two_persons_before(noun):
        return True  # "Griner ... Bout. The two were swapped this morning": the two just named
    counted = noun.like_num or noun.lemma_.lower() in _QUANTITIES
    more = noun.like_num and any(c.lower_ in ("more", "another") for c in noun.children)  # "25 more were
    # exchanged": more of the people. "They swapped 307 each", "307 were exchanged for 307": a bare number, in a
    # story of prisoners, hostages or detainees
    bare = noun.like_num and noun.dep_ in ("dobj", "nsubjpass") and _captivity_told(noun.doc)
    return counted and (captive_phrase(noun) or more or bare) and not the_dead(noun)


def _two_persons_before(word: Token) -> bool:
    """Whether the sentence before names two persons or more (not "the flags of A and B"), and
    the verb is no "swapped out" (replaced)."""
    if any(c.lower_ == "out" for c in word.head.children):
        return False
    before = _sentence_before(word.sent)
    start = _sentence_before(before).start if len(before) else word.sent.start  # the two sentences before
    actors = word.doc._.actors or {}
    return len({m.key for m in word.doc._.mentions or [] if start <= m.span.start < word.sent.start
                and m.key in actors and actors[m.key].kind == "Person"}) >= 2


def _a_national(noun: Token) -> bool:
    """ "the Iranian (they were traded for)": a people's name standing for one of them."""
    return noun.dep_ not in ("amod", "compound") and gazetteer().demonym_at(noun) is not None


def _marked_past(trigger: Token) -> bool:
    """ "another swap", "the previous exchange", "ten years after the swap", "had previously
    mediated the exchange", and "the previous mediation (on the 14th), in which 84 were
    released": a trigger told of an earlier event, or a release told in a clause about one."""
    if any(c.lower_ in NEW_EVENT_MARKERS and not _of_the_day(c) for c in trigger.children) or _long_after(trigger):
        return True
    if _of_its_own(trigger):
        return True
    if trigger.dep_ in ("dobj", "nsubjpass") and trigger.head.lemma_ in MEDIATION_VERBS | CARRYING_OUT and \
            any(c.dep_ == "advmod" and c.lower_ in _BEFORE_NOW for c in trigger.head.children):
        return True  # "X had previously mediated the exchange of A and B"
    events = TRIGGER_NOUNS | DEAL_NOUNS | OPERATION_NOUNS | {"mediation"}
    # "In the previous swap, they ...", "The previous week (The time before), they had exchanged 75 for 75"; not
    # "last year", a date told
    return trigger.pos_ == "VERB" and any(
        t.lemma_ in events and any(c.dep_ == "amod" and c.lower_ in NEW_EVENT_MARKERS for c in t.children) or
        t.lemma_ in _TIMES and any(c.dep_ in ("amod", "advmod") and c.lower_ in _ANOTHER_TIMES for c in t.children)
        for t in trigger.doc[trigger.sent.start : trigger.i])


_TIMES = {"time", "occasion", "day", "week", "month", "year"}
_ANOTHER_TIMES = NEW_EVENT_MARKERS - {"last"} | {"before"}


def _of_its_own(noun: Token) -> bool:
    """ "Sweden carried out an exchange of its own", "their own swap": another side's swap than
    the one told."""
    return any(c.dep_ == "amod" and c.lower_ == "own" or c.dep_ == "prep" and c.lower_ == "of" and
               any(o.lower_ == "own" for o in c.children) for c in noun.children)


def _called_by_its_place(trigger: Token, exchanges: list[ExchangeDraft], refs: References) -> ExchangeDraft | None:
    """ "the Varnita swap", "the Bender exchange": the swap told before at the place that names
    it (no actor of the story: "the Kyiv swap" may be another of Ukraine's), where the sentence
    tells of no other ("contrasted the Varnita swap with the 2008 swap at Igoeti, when ...")."""
    if sum(t.lemma_.lower() in TRIGGER_NOUNS for t in trigger.sent) > 1:
        return None
    text = doc_text(trigger.doc)
    for place in (c for c in trigger.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.is_title):
        words = trigger.doc[place.left_edge.i : place.i + 1]
        if any(refs.named(t) for t in words):
            continue
        at = re.compile(rf"\b{re.escape(words.text)}\b")
        told = next((e for e in reversed(exchanges) if at.search(text, e.start, e.end)), None)
        if told is not None:
            return told
    return None


def _of_the_day(word: Token) -> bool:
    """ "swapped earlier today", "freed earlier this week": a time of the day told, not an
    earlier event."""
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return word.lower_ == "earlier" and after is not None and after.lower_ in ("today", "tonight", "this", "on")


def _separate(sent: Span) -> bool:
    """ "under a separate arrangement": what follows is not the exchange at hand."""
    return bool(re.search(r"\b(separate|parallel)\s+(arrangement|deal|agreement|release|gesture|move)|^\W*separately\b",
                          sent.text, re.I))


def _choose(trigger: Token, sent: Span, date: DateMention | None, named: list[str],
            returns: list[Count], exchanges: list[ExchangeDraft], current: ExchangeDraft | None,
            refs: References) -> ExchangeDraft | None:
    """The exchange a trigger speaks of, or None for a new one; `named` are the sides its
    sentence (or clause, `sent`) names."""
    placed = _called_by_its_place(trigger, exchanges, refs)
    if placed is not None:
        return placed
    if current is not None and trigger.sent.start_char <= current.start < trigger.sent.end_char and \
            _one_telling(trigger):
        return current  # "In a previous swap, the two sides traded 150 for 150": the swap just told
    if current is None:  # "Tuesday's exchange", after a timeline of others: the one of that day told before
        return _same_date(date, exchanges) if _called_by_its_day(trigger, date) else None
    ordinal = _ordinal(trigger)
    if ordinal and current.ordinal and ordinal != current.ordinal:  # "the fourth ... the third"
        return next((e for e in exchanges if e.ordinal == ordinal), None)
    if _it_was_these_for_those(trigger):  # "Last time (In May) it was seven Chileans for two Peruvians":
        if date is None and not _told_of_another_time(trigger.sent) and not current.conflicts(returns, refs):
            return current  # another swap than the current one, but "A and B completed an exchange on
        return _same_date(date, exchanges)  # Friday. It was four hostages for 206 prisoners." tells that one
    if _marked_past(trigger) and (not _demonstrative(trigger) or date and current.date is None):
        return _same_date(date, exchanges)  # "another swap"; "the previous swap, in May" when this one is undated
    if date and current.date and _different(date, current.date) and \
            not _the_deal_struck_before(trigger.head, date, current):
        return _same_date(date, exchanges)
    if date and current.date is None and _long_before(date, trigger.doc) and \
            (not _demonstrative(trigger) or _another_days(trigger, date, current)) and \
            not current.start <= date.span.start_char < current.end:  # not a date the exchange's own sentence told
        return _same_date(date, exchanges)  # today's swap, then "On 29 January 2004, A freed B in return for C"

    if any(c.lower_ in ("that", "this") and c.dep_ == "det" for c in trigger.children):
        return current  # "The two coast guards carried out that handover": the one just told
    if _this_weeks(trigger):  # "A look back: the 2020 swap ... this week's exchange": the news's own
        return next((e for e in exchanges if _todays(e, trigger.doc)), current)
    if _states(current.parties, refs) <= _states(named, refs) and (current.start == sent.sent.start_char or
                                                     len(current.parties) >= 2 and len(named) > 2 and
                                                     not _dated_otherwise(_sentence_before(trigger.sent), current)):
        return current  # "in the largest swap, A and B freed 16 in return for eight held in C, D and E"; not
        # after "On Thursday it was another family's turn", told after a swap of two years before
    if _opens_with_in_return(trigger):
        return current  # "A and B freed 16 ... In return, C, D and E handed over eight": what pays for it
    if len(named) >= 2 and len(current.parties) >= 2 and not _states(named, refs) <= _states(current.parties, refs):
        return next((e for e in exchanges if _states(named, refs) <= _states(e.parties, refs)  # other sides: another
                     and not (date and e.date and _different(date, e.date))), None)
    if _SAME_MEDIATORS.search(sent.text):  # "arranged by the same mediators": another one
        return _same_date(date, exchanges) if date else None
    if _a_further_step(trigger, date, current):
        return current
    if returns and current.conflicts(returns, refs):
        return None
    each = _each_side(sent)  # "25 from each side crossed", after a swap of 18 for 12: another one
    told = {r.count for r in current.returns} | {c.count for c in current.pending} | \
        ({current.each_side} if current.each_side else set())
    if each is not None and told and told != {each}:
        return None
    return current


def _releasers_named(shared: list[Count], named: list[str], refs: References) -> list[str]:
    """ "The Bosnian Croat army, the HVO, released 105 Serbs, and the Bosnian Serbs freed 42
    Croats": two sides that each let go the people the other side is named by are the sides,
    and the peoples' states are none. Else none: the peoples are the sides ("Moscow freed two
    Americans, and Washington released five Russians"), or the releases are two ("Kenya freed
    12 Somalis and Ethiopia released 9 Eritreans")."""
    freed = [c for c in shared if c.releaser not in (*CAMPS, None) and c.hint not in (*CAMPS, OTHER_WAY, None)]
    releasers = list(dict.fromkeys(c.releaser for c in freed))
    if len(releasers) != 2 or not all(_the_others_people(c, freed) for c in freed):
        return []
    for count in freed:
        count.hint = None  # the other side's, as `settle` finds
    return [key for key in releasers if key not in named]


def _the_others_people(count: Count, counts: list[Count]) -> bool:
    """Whether the people of a counted group are those the other releaser is named by: the
    "105 Serbs" freed by the HVO, in "the Bosnian Serbs freed 42 Croats"."""
    stem = counted_noun(count.token).text.removesuffix("s")
    others = [verb_of(c) for c in counts if c.releaser != count.releaser]
    return len(stem) > 3 and any(w.text.startswith(stem) and w.text[0].isupper() for verb in others if verb is not None
                                 for s in verb.children if s.dep_ == "nsubj" for w in s.subtree)


def _a_further_step(trigger: Token, date: DateMention | None, current: ExchangeDraft) -> bool:
    """ "A and B traded 246 for 246; in a second step the same day, A handed over 31 ...", "In
    addition to the agreed numbers, A handed over 31 wounded and got 15 in return": more of the
    swap just told, whose counts are not what each side got in it (a total told after may be)."""
    same_day = date is not None and current.date is not None and not _different(date, current.date) and \
        trigger.sent.start_char <= current.start < trigger.sent.end_char
    return same_day or _IN_ADDITION.match(trigger.sent.text) is not None


def _one_telling(trigger: Token) -> bool:
    """Whether the trigger is a verb of trading and the swap it was done in ("traded 150 for
    150 in a swap"), or that swap: the two tell one exchange."""
    if trigger.pos_ == "NOUN":
        verb = trigger.head.head
        return trigger.dep_ == "pobj" and trigger.head.dep_ == "prep" and verb.pos_ == "VERB" and \
            verb.lemma_ in TRIGGER_VERBS
    return trigger.pos_ == "VERB" and any(o.dep_ == "pobj" and o.lemma_.lower() in TRIGGER_NOUNS
                                          for p in trigger.children if p.dep_ == "prep" for o in p.children)


def _told_of_another_time(sent: Span) -> bool:
    """ "Last time it was ...", "The time before, ...", "Previously ...": a sentence told of
    another occasion than the one at hand."""
    return any(t.lower_ in _ANOTHER_TIME for t in sent)


_ANOTHER_TIME = NEW_EVENT_MARKERS | {"time", "previously", "before", "again"}


_DEAL_MAKING = MEDIATION_VERBS | {"agree", "negotiate", "reach", "strike", "seal", "sign", "conclude"}


def _the_deal_struck_before(verb: Token, date: DateMention, current: ExchangeDraft) -> bool:
    """ "The deal was brokered by the UN last month", told after today's swap: the swap's own
    deal, struck (`verb`) before it was carried out, not another swap."""
    deal = any(c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in DEAL_NOUNS and
               any(d.lower_ == "the" and d.dep_ == "det" for d in c.children) for c in verb.children)
    month, current_month = _month(date), _month(current.date) if current.date else None
    return verb.lemma_ in _DEAL_MAKING and deal and bool(month and current_month and month <= current_month)


def _month(date: DateMention) -> tuple[int, int] | None:
    return (date.day.year, date.day.month) if date.day else date.month


def _against_a_release(given: Token) -> bool:
    """ "The handover of four gendarmes, against the release of 11 fighters", "freed four
    soldiers against the release of 11 fighters": a release (`given`) made for another, as
    translations from French and Spanish ("contre") put "in exchange for"; not "protested
    against the release of 11 fighters", where no one was let go for it."""
    if not (given.pos_ == "VERB" and given.lemma_ in RELEASE_VERBS | RETURN_VERBS or
            given.pos_ == "NOUN" and given.lemma_ in OPERATION_NOUNS - {"operation"}):
        return False
    carriers = [given]  # the parser may hang "against" on the verb of the release's clause: "The handover of five
    while carriers[-1].pos_ != "VERB" and carriers[-1].head.i != carriers[-1].i:  # ..., against ..., confirms",
        carriers.append(carriers[-1].head)  # "Talks resulted in the handover of five ..., against ..."
    released = [o for carrier in carriers for p in carrier.children if p.dep_ == "prep" and p.lower_ == "against"
                for o in p.children if o.dep_ == "pobj" and o.lemma_ in ("release", "freeing", "handover")]
    return any(captive_phrase(o) or count_in(o) for r in released for p in r.children if p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj")


def _release_paid_for(token: Token) -> bool:
    """ "(which led to) the release of X in return for Y": a release told as a noun; not one
    elders "failed (tried) to arrange"."""
    if token.lower_ not in ("exchange", "return") or token.dep_ != "pobj" or token.head.lower_ != "in":
        return False
    release = token.head.head
    hung_elsewhere = _release_hung_elsewhere(release)
    if hung_elsewhere is not None:
        price = [o for p in token.children if p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
        if not any(captive_phrase(o) for o in price):
            return False  # not "in return for the reopening of a road"
        release = hung_elsewhere
    if release.head.dep_ == "xcomp" and release.head.head.lemma_ in ("fail", "try", "attempt", "seek", "refuse"):
        return False
    return release.pos_ == "NOUN" and release.lemma_.lower() in OPERATION_NOUNS - {"operation"} | {"freeing"}


def _release_hung_elsewhere(word: Token) -> Token | None:
    """The release an "in return for" belongs to where the parser hung it on the verb that
    brought the release about ("clerics secured the release of X in return for Y") or on a
    participle of its people ("the release of 14 guards held by B in return for ...")."""
    if word.pos_ == "VERB" and word.lemma_ in _BRINGING_ABOUT and word.dep_ not in ("xcomp", "acl"):
        return next((c for c in word.children if c.dep_ == "dobj"), None)
    if word.dep_ == "acl" and word.head.dep_ == "pobj" and word.head.head.lower_ == "of":
        return word.head.head.head
    return None


def _told_as_news(trigger: Token) -> bool:
    """ "A prisoner exchange is under way", "have completed an exchange": today's news."""
    clause = clause_of(trigger)
    verbs = [clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass"))]
    return any(v.tag_ in ("VBZ", "VBP") for v in verbs) and not hypothetical(clause) and not _long_after(trigger)


def _long_after(trigger: Token) -> bool:
    """ "Ten years after the swap, the town still argues": a swap long past, which the present
    tense around it does not make today's."""
    after = trigger.head
    return trigger.dep_ == "pobj" and after.lower_ in ("after", "since") and any(
        c.dep_ == "npadvmod" and c.lemma_ in ("year", "month", "decade", "week") for c in after.children)


def _ordinal(trigger: Token) -> str | None:
    if _one_of_the_series(trigger):
        return trigger.head.head.lower_
    return next((c.lower_ for c in trigger.children if c.lower_ in _ORDINALS), None)


def _one_of_the_series(noun: Token) -> bool:
    """ "the first of these swaps", "the third of the exchanges", "the first of them" after
    "The exchanges were ...": one of several."""
    if not (noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in _ORDINALS
            and noun.head.head.dep_ in ("nsubj", "nsubjpass", "ROOT", "attr")):
        return False
    if noun.lower_ == "them" and noun.sent.start > 0:
        return any(t.lemma_ in TRIGGER_NOUNS and t.tag_ == "NNS" for t in _sentence_before(noun.sent))
    return noun.tag_ == "NNS" and noun.lemma_ in TRIGGER_NOUNS


def _the_one_before(word: Token) -> bool:
    """ "This exchange is the second under the accord. The first (one), in May, returned 20 to
    each side": an earlier swap called by its place in a series the sentence before counts (of
    swaps, or of the results of talks, "Today's is only its second result."; not "the third
    round of talks"), as the subject of a sentence of its own that tells its numbers or its day
    (not "The first was called off")."""
    ordinal = next((c for c in word.children if c.dep_ == "amod"), None) if word.lower_ == "one" else word
    if ordinal is None or ordinal.lower_ not in ("first", "previous", "earlier"):
        return False  # asked of every word: the cheap test first
    opening = word.i == word.sent.start + 1 and word.doc[word.sent.start].lower_ == "the"
    subject = word.dep_ in ("nsubj", "nsubjpass") or opening and word.nbor().text == ","  # "The first, in May,"
    if not subject or not any(c.lower_ == "the" for c in word.children) or word.sent.start == 0:
        return False
    before = _sentence_before(word.sent)
    numbers = [t for t in word.sent if t.like_num and not _a_year(t) and t.lower_ not in _ORDINALS | {"one"}]
    counted = bool(numbers)  # "returned 20 to each side", "on 2 May"
    ordinals = [t for t in before if t.lower_ in _ORDINALS - {"first"}]
    if not counted or not ordinals or any(t.head.lemma_.lower() in _OTHER_SERIES for t in ordinals):
        return False  # not "the third round of talks", "the envoy's fourth visit"
    told = list(before)  # "Is this the first exchange? ... It is the second."
    for _ in range(_SERIES_REACH):
        before = _sentence_before(before)
        told += list(before)
    return any(t.lemma_.lower() in TRIGGER_NOUNS and t.pos_ == "NOUN" for t in told) or any(
        t.head.lemma_.lower() in _RESULTS for t in ordinals)  # "only its second concrete result"


_RESULTS = {"result", "outcome", "success"}  # a series of what talks brought about
_SERIES_REACH = 4  # how many sentences before the count of the series may name its swaps
_OTHER_SERIES = {"round", "meeting", "visit", "time", "call", "session", "trip", "talk", "conversation"}


def _before_it(trigger: Token) -> bool:
    """ "A week before the swap", "ahead of the exchange": an exchange told before, named only
    as the time of something else."""
    head = trigger.head
    anchor = head.lower_ == "before" or head.lower_ == "of" and head.head.lower_ in ("ahead", "prior")
    return trigger.dep_ == "pobj" and anchor and _demonstrative(trigger)


def _a_time_after(trigger: Token) -> bool:
    """ "The BBC report appeared an hour after the handover": the swap told before, named as the
    time of something else, whose doers are no sides of it."""
    return trigger.dep_ == "pobj" and trigger.head.lower_ in ("after", "since") and _demonstrative(trigger) and \
        not any(t.dep_ == "prep" and t.lower_ in ("with", "between") for t in trigger.subtree)


def _demonstrative(trigger: Token) -> bool:
    """ "that swap", "the exchange": one told before; not "the largest swap of the war", nor
    "(walked) the other way", nor "the trade of X for two Chileans", which tells its own."""
    return trigger.lemma_.lower() in TRIGGER_NOUNS | DEAL_NOUNS | OPERATION_NOUNS and \
        (any(c.lower_ in ("that", "this", "the") and c.dep_ == "det" for c in trigger.children) or
         _this_weeks(trigger)) and \
        not any(c.tag_ == "JJS" for c in trigger.children) and not _of_whom_for_whom(trigger)


def _called_by_its_day(trigger: Token, date: DateMention | None) -> bool:
    """ "Tuesday's exchange": a swap named by the day it took place."""
    return date is not None and any(c.dep_ == "poss" and date.span.start <= c.i < date.span.end
                                    for c in trigger.children)


def _this_weeks(trigger: Token) -> bool:
    """ "this week's exchange", "today's swap": the news's own."""
    return any(c.dep_ == "poss" and (c.lower_ in ("today", "tonight") or any(d.lower_ == "this" for d in c.children))
               for c in trigger.children)


def _another_days(trigger: Token, date: DateMention, current: ExchangeDraft) -> bool:
    """ "many recalled the exchange of 3 March 2021" (or "the 2020 swap"), in a story whose swap is
    news (told in the present perfect, or after a day of the last week), or "in August 2024, A
    freed X as part of the exchange with B" after a day of the last week: another swap, on its
    own day; in a look back with no such news ("A year after his release ... The exchange of
    7 March 2023 also returned 90"), the swap the story is about."""
    root = date.span.root
    before = [d for d in trigger.doc._.dates or [] if d.span.end_char <= trigger.idx]
    a_years = root.head == trigger and root.dep_ in ("compound", "nummod", "amod") and \
        not any(d.known_year == date.known_year for d in before if d.span.start != date.span.start)  # "the
    # 2020 swap", not "the 1985 swap" in a story "Forty years ago today", told then
    own = root.head.dep_ == "prep" and root.head.lower_ in ("of", "on") and root.head.head == trigger and \
        date.day is not None or a_years
    published = trigger.doc._.published
    recent = published is not None and any(
        d.day and 0 <= (published - d.day).days <= 7 for d in before)
    in_its_sentence = date.span.sent == trigger.sent  # "in August 2024 A freed X as part of the exchange with
    return own and (recent or current.as_news) or in_its_sentence and recent  # B", after Tuesday's news


def _of_whom_for_whom(noun: Token) -> bool:
    """ "the trade of Luis Vera ... for two Chilean citizens", "the exchange of Jane Dalton
    and Viktor Petrov": the noun names who went for whom."""
    traded = traded_of(noun)
    if not traded:
        return False
    priced_here = any(c.dep_ == "prep" and c.lower_ == "for" for c in noun.children)
    priced_after = noun.dep_ == "dobj" and any(  # "brokered the trade of X, ..., for Y"
        c.dep_ == "prep" and c.lower_ == "for" and c.i > noun.i for c in noun.head.children)
    price = priced_here or priced_after
    persons = [t for o in traded for t in (o, *o.conjuncts) if t.ent_type_ == "PERSON"]
    return (price and any(o.ent_type_ == "PERSON" or captive_word(o) for o in traded)) or len(persons) >= 2


def _long_before(date: DateMention, doc: Doc) -> bool:
    """A day more than a month before the news, or an earlier month or year than the last
    one: not the time of an exchange told undated as news."""
    published = doc._.published
    if published is None:
        return False
    if date.day:
        return (published - date.day).days > 31
    if date.month:
        return (published.year - date.month[0]) * 12 + published.month - date.month[1] > 1
    return date.year is not None and date.year < published.year - 1


def _different(a: DateMention, b: DateMention) -> bool:
    if a.day and b.day:
        return a.day != b.day
    if a.known_year and b.known_year and a.known_year != b.known_year:
        return True  # "in 2011", told after a swap of last month
    month_a, month_b = _month(a), _month(b)
    return bool(month_a and month_b and month_a != month_b) or a.relative_past != b.relative_past


def _same_date(date: DateMention | None, exchanges: list[ExchangeDraft]) -> ExchangeDraft | None:
    if date is None:
        return None
    for event in exchanges:
        if event.date and not _different(date, event.date):
            return event
    return None


def _finish(exchanges: list[ExchangeDraft], doc: Doc, refs: References) -> list[Event]:
    """Complete what each exchange lacks, then turn them into events."""
    events: list[Event] = []
    told_earlier: list[Event] = []  # told as earlier swaps ("in a previous swap"): none is today's retold
    months: dict[int, tuple[int, int]] = {}  # the month of an uncounted swap told without its day
    mediators = {m for e in exchanges for m in e.mediators} - {p for e in exchanges for p in e.parties}  # not the
    # US that brokered a swap of 1976 and was a side in one of 1962
    salient: dict[int, list[str]] = {}  # the story's (or its wire story's) most named sides, by where that
    # story opens, worked out when a swap lacks its own
    items = [0, *_wire_items(doc), len(doc_text(doc)) + 1]
    apart = released_apart(doc)  # the states whose people were freed apart from the deal
    speaking_for: dict[str, str] = {}  # a country that is a side through its people, to the group that is
    for index, exchange in enumerate(exchanges):
        _agencies_as_states(exchange, refs)
        for key in list(exchange.parties):  # "Damascus" and "the Syrian government": one side
            if gazetteer().organization_kind(refs.actors[key].name) in ("international body", "bloc") or \
                    a_red_cross_society(refs.actors[key].name):
                exchange.parties.remove(key)  # "the first time the UN signed off on a swap", "the EU diplomat"
                exchange.returns = [r for r in exchange.returns if r.recipient != key]
            elif refs.government_of(key) in exchange.parties:
                exchange.parties.remove(key)
            elif refs.actors[key].part_of in exchange.parties and \
                    not refs.actors[key].name.startswith("Government of"):  # "Russia" and "Russia's security service"
                exchange.parties.remove(key)
        _freed_apart_no_side(exchange, apart, refs)
        if len(exchange.parties) < 2 and STATE_CAMP in exchange.unnamed:
            exchange.add_party(_home_state(exchange.parties, refs, _named_by(exchange, doc)))
        if len(exchange.parties) == 1 and GROUP_CAMP in exchange.unnamed:
            captors = [k for k in _captors_told_near(exchange, doc, refs) if k not in exchange.parties]
            for key in captors if len(captors) >= 2 else [_opposition_to(exchange.parties[0], refs)]:
                exchange.add_party(key)  # "the government ... the rebels"; "the separatists ... eleven came home
                # from A and nine from B": both
        earlier = next((e for e in reversed(exchanges[:index]) if len(e.parties) >= 2), None)
        if earlier is not None and not (exchange.parties or exchange.returns or exchange.pending or
                                        exchange.each_side or exchange.date or exchange.mediators):
            continue  # "The exchange was carried out without ...", after a new heading: the one told
        told_below = _told_below(exchange, exchanges[1:], doc) if index == 0 else None
        if told_below is not None:
            told_below.mediators += [m for m in exchange.mediators if m not in told_below.mediators]
            continue  # "Three things today: the first prisoner swap ...", then the item: the swap told below
        if len(exchange.parties) < 2 and earlier is not None and len(earlier.parties) == 2 and \
                set(exchange.parties) <= set(earlier.parties) \
                and set(_peoples_in(exchange, doc, refs)) <= set(earlier.parties):  # not "a Belgian for an Iranian"
            exchange.parties = list(earlier.parties)  # "Back in May, each side freed 40": the story's sides
        if not (exchange.parties or exchange.returns or exchange.pending or exchange.each_side or exchange.mediators
                or exchange.date or _in_the_lead(exchange, doc)):
            continue  # "the dignity of the prisoner exchange", deep in a column: a word, no fact of any exchange
        if len(exchange.parties) < 2:
            item = max(i for i in items if i <= exchange.start)  # a digest's wire story names its own sides
            if item not in salient:
                salient[item] = _salient_sides(doc, refs, mediators, (item, min(i for i in items if i > item)))
            captors = _captors_told_near(exchange, doc, refs)
            for key in _peoples_in(exchange, doc, refs) + captors + salient[item]:
                if len(exchange.parties) >= 2 and key not in captors:
                    break  # "20 came home, eleven from A and nine from B": A and B held them, both sides
                key = _registered(key, refs)
                code = refs.actors[key].country_code
                if refs.actors[key].part_of not in exchange.parties and \
                        refs.government_of(key) not in exchange.parties and code not in apart:
                    exchange.add_party(key)  # not "the Russian government" as Russia's other side
            _agencies_as_states(exchange, refs)  # "Kyiv's Coordination Headquarters", named most: Ukraine
        if len(exchange.parties) < 2:
            continue
        if not exchange.mediators:
            exchange.mediators = _mediators_of_all(exchange, exchanges)
        exchange.mediators = [key for key in _with_their_states(_most_specific(exchange.mediators, refs), refs)
                              if not acts_for_a_side(key, exchange.parties, refs)]
        pending, exchange.pending = exchange.pending, []
        add_counts(exchange, pending, refs)
        if exchange.each_side is not None:  # "each side": the two named first, not a state added as taking part
            for party in exchange.parties[:2]:
                if not any(r.recipient == party for r in exchange.returns):
                    exchange.returns.append(Return(party, exchange.each_side, exchange.start,
                                                   exchange.end))
        if _only_the_dead(exchange, doc):
            continue  # "A handed over the bodies of 60 fighters and got 8 bodies back in return"
        speaking_for.update(_groups_for_their_people(exchange, doc, refs))
        _the_groups_land(exchange, refs)
        _named_as_governments(exchange, refs)
        _armed_forces_against_their_own(exchange, doc, refs)
        day = exchange.date.day if exchange.date else _day_asked_above(exchange, doc)
        if day is None and index == 0 and exchange.date is None and not exchange.past \
                and (_in_the_lead(exchange, doc) or exchange.as_news) and not _told_at_another_time(exchange, doc):
            day = _anniversary(doc) or _lead_day(doc) or doc._.published
        elif index == 0 and _the_pages_day(exchange, doc):
            day = _lead_day(doc) or day
        _states_of_their_time(exchange, day.year if day else _year_of(exchange.date), refs)
        if len(exchange.parties) < 2:
            continue  # "Moscow" and "the Soviet Union" of a swap of 1986: one side, no exchange known
        events.append(Event("Exchange", exchange.start, exchange.end,
                            parties=exchange.parties, mediators=exchange.mediators, date=day,
                            returns=exchange.returns))
        if exchange.past:
            told_earlier.append(events[-1])
        if day is None and exchange.date is not None and exchange.date.month and not exchange.returns:
            months[id(events[-1])] = exchange.date.month
        elif _told_as_another(exchange, doc):
            told_earlier.append(events[-1])  # "On 24 August, they exchanged another 115": not the one told by its month
    for event in events:  # "13 Palestinians were freed ... Yesterday, ten hostages were freed by Hamas": the
        _speak_for(event, speaking_for)  # group that is a side for its people in one swap is in the others
    return _one_per_day(events, told_earlier, months, refs)


# states that others stood for in the years they were: "Moscow" in 1986 was the Soviet Union's capital, "Germany"
# in 1985 West Germany (but Germany in 1944)
_BEFORE_THEM = {"RUS": ("SUN", range(1922, 1992)), "DEU": ("XWG", range(1949, 1990))}


def _states_of_their_time(exchange: ExchangeDraft, year: int | None, refs: References) -> None:
    """ "In 1986 Moscow freed Shcharansky": a side, mediator or recipient named by a state of
    today, of a year when another state stood in its place, is the state of that year."""
    if year is None:
        return
    then = {}
    for key in [*exchange.parties, *exchange.mediators]:
        actor = refs.actors[key]
        before = _BEFORE_THEM.get(actor.country_code or "") if actor.kind == "Country" else None
        if before is not None and year in before[1]:
            then[key] = refs.country(before[0])
    if not then:
        return
    exchange.parties = list(dict.fromkeys(then.get(k, k) for k in exchange.parties))
    exchange.mediators = list(dict.fromkeys(then.get(k, k) for k in exchange.mediators))
    exchange.returns = _one_per_side([replace(r, recipient=then.get(r.recipient, r.recipient))
                                      for r in exchange.returns])  # "Moscow" and "the Soviet Union": one side


def _year_of(date: DateMention | None) -> int | None:
    if date is None:
        return None
    return date.day.year if date.day else date.month[0] if date.month else date.year


def _day_asked_above(exchange: ExchangeDraft, doc: Doc) -> dt.date | None:
    """ "What happened on Friday?" over an explainer's answer: the one day a question line asks
    about, in the past, dates the swap the answer opens with; not "Will my son be in Saturday's
    swap?", "Did they know before Monday?", nor a swap the answer tells after something else.
    The exchange told as an earlier one is not the answer's."""
    text = doc.text
    paragraph = text.rfind("\n", 0, exchange.start) + 1
    if paragraph == 0 or exchange.past or text[paragraph : exchange.start].strip():
        return None
    line = text.rfind("\n", 0, paragraph - 1) + 1
    question = text[line : paragraph - 1].strip()
    if not question.endswith("?") or not _ASKED_OF_THE_PAST.match(question):
        return None
    days = [d for d in doc._.dates or [] if line <= d.span.start_char < paragraph - 1 and d.day]
    return days[0].day if len(days) == 1 and days[0].span.root.head.lower_ == "on" else None


_ASKED_OF_THE_PAST = re.compile(r"^(?:What|Who|How many)\b[^?]*\b(?:happened|was|were|came|went|got)\b")


def _told_as_another(exchange: ExchangeDraft, doc: Doc) -> bool:
    """Whether the exchange's first sentence tells it as another one than those before ("another
    115", "a further swap")."""
    span = doc.char_span(exchange.start, exchange.end, alignment_mode="expand")
    return span is not None and any(t.lower_ in ("another", "further") for t in span)


def _agencies_as_states(exchange: ExchangeDraft, refs: References) -> None:
    """ "The CIA and its Russian counterparts traded prisoners": a state's intelligence agency
    that takes part in a swap does so for its state, which is the side; so do those its state's
    people were handed to ("handed to India's Border Security Force")."""
    for key in list(dict.fromkeys([*exchange.parties, *(r.recipient for r in exchange.returns)])):
        code = gazetteer().agency_state(refs.actors[key].name) if key in refs.actors else None
        if code is None:
            continue
        state = refs.country(code)
        if state in exchange.mediators:  # "officers of Turkey's intelligence agency carried out the handover",
            exchange.add_mediator(key)  # Turkey mediating: its agency mediated with it, no side
            if key not in exchange.parties:
                continue
        if key not in exchange.parties and state not in exchange.parties:
            continue
        exchange.parties = list(dict.fromkeys(state if p == key else p for p in exchange.parties))
        exchange.returns = _one_per_side([Return(state, r.count, r.start, r.end) if r.recipient == key else r
                                          for r in exchange.returns])


_ARMY_WORDS = re.compile(r"\b(?:army|military|armed forces)\b", re.IGNORECASE)
_SOLDIERS = re.compile(r"\bsoldiers?\b", re.IGNORECASE)


def _armed_forces_against_their_own(exchange: ExchangeDraft, doc: Doc, refs: References) -> None:
    """ "Soldiers of the Sudanese Armed Forces and fighters of the RSF were exchanged": in a
    state's swap with an armed group of its own country, a civil war's, the side is the state's
    armed forces where the swap's own sentence names them so, as the war's two camps are called,
    or calls them "the army" where the story names them ("the army and the RSF swapped 40" in a
    story of the Sudanese Armed Forces); not where the swap's words name only the state."""
    for state in [k for k in exchange.parties if refs.actors[k].kind == "Country"]:
        code = refs.actors[state].country_code
        rebels = [k for k in exchange.parties if gazetteer().is_armed_group(refs.actors[k].name)
                  and gazetteer().organization_country(refs.actors[k].name) == code]
        forces = next((m.key for m in refs.mentions if exchange.start <= m.span.start_char < exchange.end
                       and refs.actors[m.key].part_of == state and refs.actors[m.key].kind == "Organization"
                       and refs.actors[m.key].name.lower().endswith("armed forces")), None)
        army = _named_army(state, refs)
        told = doc_text(doc)[exchange.start : exchange.end]
        span = doc.char_span(exchange.start, exchange.end, alignment_mode="expand")
        sentences = doc[span[0].sent.start : span[-1].sent.end] if span else None  # "Mali's army freed 31 men
        if forces is None and army and refs.actors[army].name.lower().endswith("armed forces") and (  # in return"
                _ARMY_WORDS.search(told) or _SOLDIERS.search(told) and sentences is not None and
                not _state_named_in(state, doc, refs, sentences.start_char, sentences.end_char)):
            forces = army  # "the army and the RSF swapped ...", the Sudanese Armed Forces; "11 soldiers held by
            # the RSF", where no state is named
        if rebels and forces is not None:
            exchange.parties = [forces if k == state else k for k in exchange.parties]
            exchange.returns = [replace(r, recipient=forces) if r.recipient == state else r for r in exchange.returns]


def _named_as_governments(exchange: ExchangeDraft, refs: References) -> None:
    """ "Mali's government and the CMA freed prisoners ... Bamako freed 42": in a state's swap
    with an armed group, the state's side is its government wherever the story names one.
    Where every side is a member state of the UN or its government, the states are the
    sides: "the Peruvian government freed ten Chileans" makes Peru one (but not against an
    armed group, nor an entity coded X..., "Republika Srpska")."""
    keys = {*exchange.parties, *(r.recipient for r in exchange.returns)}
    states = [key for key in exchange.parties if refs.actors[key].kind == "Country"
              or refs.actors[key].name.startswith("Government of")]
    entity = any((refs.actors[key].country_code or "").startswith("X") for key in exchange.parties)
    if len(states) == len(exchange.parties) >= 2 and not entity:
        sides = {key: refs.actors[key].part_of for key in keys if refs.actors[key].name.startswith("Government of")
                 and refs.actors[key].part_of in refs.actors}
    elif len(states) == 1:
        sides = {key: government for key in keys if refs.actors[key].kind == "Country"
                 and (government := refs.government_of(key)) and _takes_part(government, refs)}
    else:
        return
    exchange.parties = list(dict.fromkeys(sides.get(key, key) for key in exchange.parties))
    exchange.returns = _one_per_side([Return(sides[r.recipient], r.count, r.start, r.end) if r.recipient in sides
                                      else r for r in exchange.returns])


def _one_per_side(returns: list[Return]) -> list[Return]:
    """ "The Soviet government ... Moscow got its man back": once two names of one side are
    one, the side has one return, the first told."""
    told = sorted(returns, key=lambda r: r.start)
    return [r for i, r in enumerate(told) if all(k.recipient != r.recipient for k in told[:i])]


def _takes_part(key: str, refs: References) -> bool:
    """Whether the story tells `key` freeing, swapping or getting people back ("the government
    and the rebels exchanged detainees", "a swap between the government and X"), not only
    speaking ("the government of X embraces the returning soldiers")."""
    for mention in refs.mentions:
        if mention.key != key:
            continue
        node = first_conjunct(mention.span.root)
        verb = node.head.head if node.dep_ == "pobj" and node.head.dep_ == "agent" else node.head
        if node.dep_ in ("nsubj", "nsubjpass", "pobj") and \
                verb.lemma_ in RELEASE_VERBS | TRIGGER_VERBS | RECEIVE_VERBS | CARRYING_OUT or \
                node.dep_ == "pobj" and node.head.lower_ == "between":
            return True
    return False


def _in_the_lead(exchange: ExchangeDraft, doc: Doc) -> bool:
    """Told in the story's first sentences, not counting a release's heading lines ("PRESS
    RELEASE", "Kyiv, 7 September 2019"), which have no verb."""
    told_before = [s for s in doc.sents if s.end_char <= exchange.start and any(t.pos_ in ("VERB", "AUX") for t in s)]
    return len(told_before) <= _LEAD


def _only_the_dead(exchange: ExchangeDraft, doc: Doc) -> bool:
    """A handover told both ways whose only people are the dead ("the bodies of 502 soldiers
    ...; in turn, B transferred the remains of 38"): a repatriation of bodies, no exchange of
    prisoners; not "90 prisoners in exchange for the bodies of two soldiers"."""
    told = doc.char_span(exchange.start, exchange.end, alignment_mode="expand")
    if told is None or exchange.returns or not any(the_dead(t) and t.pos_ == "NOUN" for t in told):
        return False  # not "the task that remains"
    alive = [t for t in told if t.lemma_.lower() in _THE_LIVING and not any(the_dead(a) for a in t.ancestors)]
    return not alive


_THE_LIVING = {"prisoner", "detainee", "hostage", "captive", "soldier", "serviceman", "servicemen", "fighter",
               "civilian", "fisherman", "fishermen", "sailor", "national", "citizen", "man", "men", "woman",
               "women", "child", "children", "people", "person"}


def _anniversary(doc: Doc) -> dt.date | None:
    """ "Thirty years ago today, a young pilot stepped off a train ...": the day an
    anniversary piece opens with is the day of the swap it goes on to tell, not its own."""
    lead = list(islice((sent for sent in doc.sents if any(t.is_alpha for t in sent)), 2))  # not a blanked headline
    return next((d.day for d in doc._.dates or [] if d.day and lead and d.span.end_char <= lead[-1].end_char
                 and _ANNIVERSARY.search(d.span.text)), None)


_ANNIVERSARY = re.compile(r"\b(?:(?:years?|decades?) ago|this day)\b", re.IGNORECASE)


def _the_pages_day(exchange: ExchangeDraft, doc: Doc) -> bool:
    """ "Lima Courier | 17 March 2025 | 09:15": the day of a heading line above the story, the
    page's own, which its swap took for want of a day of its own sentences."""
    date = exchange.date
    return date is not None and date.day == doc._.published and not exchange.past and \
        date.span.end_char <= exchange.start and opens_line(date.span.sent[0])


def _lead_day(doc: Doc) -> dt.date | None:
    """ "Two Peruvians home after border handover. ... Luis Quispe walked across the bridge on
    Saturday morning": the one recent day ("on Saturday", "yesterday") the story's first
    sentences tell dates the news they tell, not the day of the page."""
    published = doc._.published
    lead = list(islice((s for s in doc.sents if any(t.pos_ in ("VERB", "AUX") for t in s)), _LEAD_DAY_REACH))
    if published is None or not lead:
        return None
    days = {d.day for d in doc._.dates or [] if d.day and d.span.end_char <= lead[-1].end_char
            and _RECENT_DAY.search(d.span.text) and dt.timedelta(0) < published - d.day <= dt.timedelta(days=6)}
    crossings = {d.day for d in doc._.dates or [] if d.day in days and _a_crossing(clause_of(d.span.root))}
    return crossings.pop() if len(days) == 1 and len(crossings) == 1 else None


def _a_crossing(verb: Token) -> bool:
    """ "Luis walked across the bridge", "X and Y stepped off the jet in Lima, ending their
    detention", "X landed in Santiago after Peru freed him": a freed person's way over the
    line or home, told as a fact; not "the envoy flew to Moscow", "President X returned from
    Washington" or "troops returned fire"."""
    if verb.pos_ != "VERB" or verb.lemma_ not in _WAYS_HOME or verb.tag_ != "VBD" or \
            verb.sent.text.rstrip().endswith("?"):
        return False
    over = verb.lemma_ == "cross" or \
        any(c.lower_ in ("home", "back", "free", "off", "across", "over") and c.dep_ in ("advmod", "prt", "acomp")
            for c in verb.children) or \
        any(c.dep_ == "prep" and c.lower_ in ("across", "over", "off") for c in verb.children)
    freed = any(t.lemma_.lower() in _CAPTIVES_FREED for t in verb.sent)
    persons = [m for m in verb.doc._.mentions or [] if m.key.startswith("Person:")]
    surnames = {m.key.rsplit(" ", 1)[-1].removeprefix("Person:") for m in persons}
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    person = any((any(m.span.start <= s.i < m.span.end for m in persons) or s.pos_ == "PROPN" and s.text in surnames
                  or s.pos_ == "NUM" or captive_word(s) or s.lemma_.lower() in _THE_FREED)
                 and not any(c.dep_ == "compound" and c.lower_ in TITLE_WORDS for c in s.children) for s in subjects)
    return person and (over or freed)


_WAYS_HOME = {"walk", "cross", "step", "arrive", "land", "return", "come", "fly"}
_THE_FREED = {"man", "woman", "people", "they", "soldier", "serviceman", "servicemen", "fighter", "plane", "aircraft",
              "bus", "flight"}  # "They crossed the border", "the plane carrying them landed" (of captives)


_LEAD_DAY_REACH = 5  # the sentences of a headline, its standfirst and the story's first paragraph
_RECENT_DAY = re.compile(r"\b(?:yesterday|" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)


def _told_at_another_time(exchange: ExchangeDraft, doc: Doc) -> bool:
    """ "They swapped detainees in 2018", told in 2021, or "In mid-March, clerics secured ...",
    told in August (a month opening the swap's first sentence): not today's news."""
    published = doc._.published
    first = doc.char_span(exchange.start, exchange.end, alignment_mode="expand")
    return published is not None and any(
        exchange.start <= d.span.start_char < exchange.end and (
            d.known_year not in (None, published.year) or first is not None and d.day is None
            and d.span.start - first[0].sent.start <= 1 and d.month not in (None, (published.year, published.month)))
        and clause_of(d.span.root).lemma_ not in CAPTURING for d in doc._.dates or [])  # not "held since 2018"


def _groups_for_their_people(exchange: ExchangeDraft, doc: Doc, refs: References) -> dict[str, str]:
    """A country that is a side only through its people ("Israel freed 45 Lebanese"), where the
    sentences that tell the swap name neither the country nor its government, army or
    authorities, the paragraph names an armed group of that country (not as one that took no
    part), and the story names the group more often than the country (or the swap's sentences
    have the armed group let people go: "ten hostages were freed by Hamas"), in a swap with a foreign
    state: the group is the side, speaking for its people held abroad (Hezbollah for the
    Lebanese, Hamas for the Palestinians), as it does at the table. Not where the people are
    soldiers, who are their state's, and not in the group's war with its own state or with
    another group. Returns the countries it replaced, each with its group."""
    told = doc.char_span(exchange.start, exchange.end, alignment_mode="expand")
    if told is None:
        return {}
    replaced = {}
    text = doc_text(doc)
    start = text.rfind("\n", 0, exchange.start) + 1  # the paragraph(s) of the swap, and the one after: "1,968
    end = text.find("\n", text.find("\n", exchange.end) + 1)  # Palestinians were freed. / Their release came in
    end = len(text) if end < 0 or text.find("\n", exchange.end) < 0 else end  # exchange for 20 freed by Hamas."
    for key in list(exchange.parties):
        actor = refs.actors[key]
        code = actor.country_code
        if actor.kind != "Country" or not code or _soldiers_returned_to(key, exchange, doc) or \
                _state_named_in(key, doc, refs, told[0].sent.start_char, _with_its_lead(told[-1].sent).end_char):
            continue
        named = [m for m in actor.mentions if not gazetteer().demonym(m.surface) and not (  # "Lebanon", not
            gazetteer().metonym(m.surface) and _a_place(doc, m))]  # "Lebanese", nor "RAMALLAH -" or "in Beirut"
        groups = sorted((len(a.mentions), k) for k, a in refs.actors.items()
                        if gazetteer().organization_country(a.name) == code and _a_part_in(a, doc, start, end))
        foreign = [p for p in exchange.parties if p != key and
                   (refs.actors[p].kind == "Country" or refs.actors[p].part_of not in (None, key))]  # a state
        if len(groups) != 1 or not foreign or groups[0][0] <= len(named) and not (
                gazetteer().is_armed_group(refs.actors[groups[0][1]].name) and _frees_in(groups[0][1], told, refs)):
            continue
        group = groups[0][1]
        exchange.parties.remove(key)
        exchange.add_party(group)
        exchange.returns = _one_per_side([Return(group, r.count, r.start, r.end) if r.recipient == key else r
                                          for r in exchange.returns])
        replaced[key] = group
    return replaced


def _with_its_lead(sent: Span) -> Span:
    """A headline and the sentence under it, which tells the same news; else the sentence."""
    doc = sent.doc
    if sent.text.rstrip().endswith((".", "!", "?", '"', "\u201d")) or sent.end >= len(doc):
        return sent
    return doc[sent.start : doc[sent.end].sent.end]


def _speak_for(event: Event, groups: dict[str, str]) -> None:
    """The event's sides with a country that is a side only through its people replaced by the
    group that speaks for them in another swap of the story."""
    for key, group in groups.items():
        if key in event.parties and group not in event.parties:
            event.parties[event.parties.index(key)] = group
            event.returns = [replace(r, recipient=group) if r.recipient == key else r for r in event.returns]


def _frees_in(group: str, told: Span, refs: References) -> bool:
    """Whether the sentences that tell a swap have the group let people go: "ten hostages were
    freed by Hamas", "Hamas released ten"."""
    return any(actor_of(t, refs) == group and (
        t.dep_ == "nsubj" and t.head.lemma_ in RELEASE_VERBS or
        t.dep_ == "pobj" and t.head.dep_ == "agent" and t.head.head.lemma_ in RELEASE_VERBS)
        for t in told.doc[told[0].sent.start : told[-1].sent.end])


def _freed_apart_no_side(exchange: ExchangeDraft, apart: set[str], refs: References) -> None:
    """ "Nine Israelis and three Thais were handed over ... The Thais were freed under a separate
    arrangement": a state whose people the story says were freed apart from the deal (`apart`),
    and which it names only by its people or its capital, is no side of it, nor gets any of its
    people back."""
    for key in list(exchange.parties):
        code = refs.actors[key].country_code
        if refs.actors[key].kind == "Country" and code in apart and not _named_outright(key, refs):
            exchange.parties.remove(key)
            exchange.returns = [r for r in exchange.returns if r.recipient != key]


def _named_outright(state: str, refs: References) -> bool:
    """Whether the story names a state by its name ("Germany"), not only by its people or its capital."""
    return any(m.key == state and gazetteer().country(m.span.text) is not None for m in refs.mentions)


def _a_place(doc: Doc, mention: Mention) -> bool:
    """Whether a mention of a capital names the place, not the state: a dateline's, "in Ramallah",
    "the Ramallah Cultural Palace"."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is None or is_locative(span) or _a_dateline_place(span) or \
        span.root.dep_ == "compound" and span.root.head.pos_ == "PROPN"


def _a_dateline_place(span: Span) -> bool:
    """ "Ramallah - Tuesday, 14 October": a place opening a line, before a dash."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return opens_line(span[0]) and after is not None and after.text in ("-", "\u2013", "\u2014", "--")


def _the_groups_land(exchange: ExchangeDraft, refs: References) -> None:
    """ "Three Saudis held by the Houthis in Yemen flew home ... In return, Saudi Arabia freed a
    Houthi commander, who has arrived back in Yemen": a state named only as the place where
    people were held or went, beside an armed group of that state that is a side, is the group's
    land, no side of its own; the people sent there went to the group."""
    for key in list(exchange.parties):
        code = refs.actors[key].country_code
        groups = [p for p in exchange.parties if refs.actors[p].kind == "Organization" and
                  gazetteer().organization_country(refs.actors[p].name) == code]
        named = [m for m in refs.mentions if m.key == key and exchange.start <= m.span.start_char < exchange.end]
        if refs.actors[key].kind != "Country" or len(groups) != 1 or len(exchange.parties) < 3 or \
                not all(is_locative(m.span) for m in named):
            continue  # a side of its own in "the Taliban and Afghanistan", whatever the words
        exchange.parties.remove(key)
        exchange.returns = _one_per_side([Return(groups[0], r.count, r.start, r.end) if r.recipient == key else r
                                          for r in exchange.returns])


_STATE_OFFICES = {"authorities", "government", "officials", "ministry", "president", "minister"}


def _state_named_in(state: str, doc: Doc, refs: References, start: int, end: int) -> bool:
    """Whether the text from `start` to `end` names the state, an actor of it, or its bodies by
    its people's word ("Lebanon", "Beirut", "the Lebanese army", "Colombian authorities")."""
    if any(start <= m.start < end and not gazetteer().demonym(m.surface)
           for a in refs.actors.values() if state in (a.key, a.part_of) for m in a.mentions):
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    code = refs.actors[state].country_code
    return span is not None and any(
        (country := gazetteer().demonym(t.text)) is not None and country.code == code and
        t.head.lower_ in STATE_BODIES | _STATE_OFFICES for t in span if t.dep_ in ("amod", "compound"))


def _soldiers_returned_to(state: str, exchange: ExchangeDraft, doc: Doc) -> bool:
    """Whether the people counted for the state are its soldiers ("20 Malian soldiers")."""
    for r in exchange.returns:
        span = doc.char_span(r.start, r.end, alignment_mode="expand") if r.recipient == state else None
        if span is not None and any(t.like_num and parse_count(t.text) == r.count and t.head.lemma_ in STATE_PEOPLE
                                    for t in span):
            return True
    return False


def _a_part_in(group: Actor, doc: Doc, start: int, end: int) -> bool:
    """Whether the text from `start` to `end` names the group, and never as one that took no part."""
    named = [m for m in group.mentions if start <= m.start < end]
    return bool(named) and not any(_denied(doc, m) for m in named)


def _denied(doc: Doc, mention: Mention) -> bool:
    """Whether the mention is in a clause that denies it a part: "Hezbollah was not involved",
    "the SDF denied any role", "it had no part in the talks"."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    clause = clause_of(span.root) if span is not None else None
    return clause is not None and (clause.lemma_ == "deny" or any(
        c.dep_ == "neg" or c.dep_ == "dobj" and any(d.lower_ == "no" for d in c.children)  # "had no part"
        for c in clause.children))


def _home_state(parties: list[str], refs: References, named_by: str | None) -> str | None:
    """The state an armed group among the sides fights in: the other side where the story
    says only "the army" or "the government" (`named_by`, from the exchange's own words). Its
    government where the story names one or the words say "the government"; its army where the
    words say "the army" and the story names the army ("the Sudanese Armed Forces"), which is a
    side of its own in a civil war."""
    homes = [code for p in parties if (code := gazetteer().organization_country(refs.actors[p].name))]
    if len(homes) != 1:
        return None
    state = refs.country(homes[0])
    if named_by == "army" and (army := _named_army(state, refs)):
        return army
    return refs.government(homes[0]) if named_by == "government" else refs.government_of(state) or state


def _named_army(state: str, refs: References) -> str | None:
    """The state's army, where the story names it ("the Sudanese Armed Forces", "the Philippine Army")."""
    return next((a.key for a in refs.actors.values() if a.part_of == state and a.kind == "Organization" and a.mentions
                 and a.name.lower().endswith(("armed forces", " army", " military"))), None)


def _named_by(exchange: ExchangeDraft, doc: Doc) -> str | None:
    """ "The Houthis and the internationally recognised government exchanged ...", "the army
    freed 20 and the RSF 31": whether the sentences that tell the exchange or its counts name
    a government or an army, owned by none ("government", "army")."""
    spans = [doc.char_span(start, end, alignment_mode="expand") for start, end in
             [(exchange.start, exchange.end), *((r.start, r.end) for r in exchange.returns)]]  # and its counts'
    for word in ("government", "army"):
        if any(t.lemma_.lower() == word and (t.dep_ in ("nsubj", "nsubjpass", "conj", "pobj") or
                                             t.dep_ == "compound" and t.head.lemma_ in _GOVERNMENT_MEN)
               and not any(c.dep_ in ("poss", "compound", "amod") and c.text[:1].isupper() for c in t.children)
               for span in spans if span is not None for t in span.sent):  # also "Government forces and X swapped"
            return word
    return None


def _opposition_to(state: str, refs: References) -> str | None:
    """The armed group a state (or its government) fights: the one the story names, else, where
    it names none, the state's armed opposition ("the government freed 18 and the rebels
    freed 12" -> "Syrian armed opposition")."""
    groups = [k for k, a in refs.actors.items() if (a.kind == "Organization" or a.unlisted_state) and k != state
              and (gazetteer().is_armed_group(a.name) or _called_a_group(k, refs))]  # also "the separatists, who
    # call themselves the X Republic"
    actor = refs.actors[state]
    country = refs.actors.get(actor.part_of) if actor.part_of else actor
    at_home = [k for k in groups if country is not None and country.country_code and
               gazetteer().organization_country(refs.actors[k].name) == country.country_code]
    if len(at_home) == 1 and len(groups) > 1:
        return at_home[0]  # "the opposition": the Syrian National Army, not the Islamic State named too
    if groups:
        return groups[0] if len(groups) == 1 else None
    if country is None or country.kind != "Country" or not country.country_code:
        return None
    demonyms = gazetteer().countries[country.country_code].demonyms
    name = _the_group_called(refs.doc, country.country_code) or \
        f"{demonyms[0] if demonyms else country.name} armed opposition"
    key = f"Organization:{name}"
    if key not in refs.actors:
        refs.actors[key] = Actor(key, "Organization", key.removeprefix("Organization:"))
    return key


def _the_group_called(doc: Doc, state: str) -> str | None:
    """ "the Chechen separatists", "Karen rebels": what the story most calls an armed group it
    does not name, by a people's word that names no state ("Russian fighters", "Sudanese
    militias" are of states) nor a creed ("Islamist militants"), and a group's word, where
    the group takes part in the swap."""
    called: Counter[str] = Counter()
    for noun in doc:
        if noun.tag_ != "NNS" or noun.lemma_.lower() not in GROUP_WORDS | {"fighter"}:
            continue
        words = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i]
        if not words or words[-1].i + 1 != noun.i:
            continue
        people, cause = words[0], words[1] if len(words) == 2 and words[1].lemma_ in GROUP_WORDS else None
        if people.is_title and people.lower_ not in _CREEDS and gazetteer().demonym(people.text) is None and \
                _the_group_acts(noun):  # "Chechen separatist fighters": the Chechen separatists
            called[f"{people.text} {cause.lower_ + 's' if cause is not None else noun.lower_}"] += 1
    return called.most_common(1)[0][0] if called else None


_CREEDS = {"islamist", "jihadist", "maoist", "marxist", "communist", "salafist", "armed", "rival", "local"}


def _the_group_acts(noun: Token) -> bool:
    """Whether the group is told freeing or swapping people ("the Chechen separatists handed
    over 12"), or as a side of the swap ("an exchange between the army and the Karen rebels");
    not "Kurdish fighters were not part of the deal"."""
    first = noun
    while first.dep_ == "conj":  # "the army and the Karen rebels": the first of the joined nouns
        first = first.head
    verb = first.head if first.dep_ in ("nsubj", "nsubjpass") else first.head.head
    negated = any(c.dep_ == "neg" for c in verb.children)
    acting = verb.lemma_ in RELEASE_VERBS | RECEIVE_VERBS | TRIGGER_VERBS | {"begin", "carry"}
    return not negated and (acting or any(t.lemma_.lower() in TRIGGER_NOUNS for t in noun.sent))


def _called_a_group(key: str, refs: References) -> bool:
    """An organization the story calls rebels, militants or the like: "the rebels of the X",
    "the X rebels", "X, an insurgent group", "the militant X"."""
    for mention in refs.mentions:
        if mention.key != key:
            continue
        root = mention.span.root
        near = [root.head, *root.children, *mention.span]
        if root.dep_ == "pobj" and root.head.lower_ == "of":
            near.append(root.head.head)  # "the rebels of the X"
        if root.dep_ in ("oprd", "attr") and root.head.lemma_ == "call" and root.head.dep_ == "relcl":
            near += [root.head.head, *root.head.head.children]  # "the separatist authorities, which call
            # themselves X"
        if any(t.lemma_.lower() in GROUP_WORDS for t in near if t.pos_ in ("NOUN", "ADJ")):
            return True
    return False


def _most_specific(mediators: list[str], refs: References) -> list[str]:
    """ "the United Nations mission ... the UN Support Mission in Libya": the body named in
    full, not also the organization its name begins with."""
    names = {key: refs.actors[key].name for key in mediators}
    return [key for key in mediators
            if not any(other != key and other_name.startswith(names[key] + " ") for other, other_name in names.items())]


def _with_their_states(mediators: list[str], refs: References) -> list[str]:
    """A state's body mediates for its state ("an operation coordinated by Turkey's MIT",
    "Qatar's foreign ministry brokered it"): a reader asks after either, as after an envoy and
    the state he serves; not after the state of "Germany's Friedrich Ebert Foundation"."""
    states = [state for key in mediators if (state := refs.actors[key].part_of) in refs.actors
              and refs.actors[state].kind == "Country" and _a_state_body(refs.actors[key].name)]
    return list(dict.fromkeys([*mediators, *states]))


_NOT_A_STATES_ARM = CIVIL_HOUSES | {"society", "association", "institute", "party", "crescent", "cross", "club",
                                     "union", "fund"}


def _a_state_body(name: str) -> bool:
    """Whether a body tied to a state acts for it: its ministry or service, not a foundation,
    a church, a party or its Red Crescent society."""
    return not {word.lower() for word in name.split()} & _NOT_A_STATES_ARM


def _mediators_of_all(exchange: ExchangeDraft, exchanges: list[ExchangeDraft]) -> list[str]:
    """ "They swapped detainees twice, in exchanges mediated by Turkey": the mediators a
    plural names belong to every exchange between the same sides; so do a truce's ("the fifth
    handover under the truce ... Last Saturday, 110 prisoners were freed") in its year."""
    def year(e: ExchangeDraft) -> int | None:
        return e.date.known_year if e.date else None
    for other in exchanges:
        truce = (other.of_a_truce or exchange.of_a_truce) and year(exchange) in (None, year(other))
        if other is not exchange and other.mediators and (other.mediated_all or truce) and \
                set(other.parties) == set(exchange.parties):
            return list(other.mediators)
    return []


def _told_below(first: ExchangeDraft, later: list[ExchangeDraft], doc: Doc) -> ExchangeDraft | None:
    """The swap a digest's or teaser's opening mention ("Here is what you need to know: a
    prisoner swap ..."), dated at most by the issue's own day and with no count of its own,
    foretells: the first one told below with its day and sides, as today's news; a standfirst's
    swap of the past ("A physicist was freed last week in a prisoner exchange"), the first told
    below on a day before publication, with any counts of the standfirst's among its own."""
    dated = first.date is not None and first.date.day not in (None, doc._.published)
    told = doc.char_span(first.start, first.end, alignment_mode="expand") or doc[0:0]  # in words, not a table's row
    standfirst = first.past and (first.date is None or first.date.day is None) and _in_the_lead(first, doc) and \
        any(t.lemma_.lower() in TRIGGER_NOUNS for t in told)  # not "another exchange carried out on Saturday"
    if dated or first.pending or first.each_side or (first.returns or first.past) and not standfirst:
        return None
    below = next((e for e in later if len(e.parties) >= 2 and e.date and e.date.day and (
        _before_today(e, doc) if first.past else _todays(e, doc))), None)
    counted = {(r.recipient, r.count) for r in first.returns}  # a standfirst's "Three Americans were freed", counted
    again = below is not None and counted <= {(r.recipient, r.count) for r in below.returns}  # again below
    return below if again and set(first.parties) <= set(below.parties) else None


def _before_today(exchange: ExchangeDraft, doc: Doc) -> bool:
    """Whether the exchange's day is before the story's publication."""
    published = doc._.published
    return published is not None and exchange.date is not None and exchange.date.day is not None and \
        exchange.date.day < published


def _one_per_day(events: list[Event], earlier: list[Event], months: dict[int, tuple[int, int]],
                 refs: References) -> list[Event]:
    """Exchanges between the same sides (or some of them) on the same day are one exchange,
    told twice: the first mention keeps the evidence, the others add what it lacks. So is an
    undated one that gave each side the very counts a dated one did ("35 for 35 on
    Saturday ... the ministry says 35 were returned and 35 handed over in return"), unless
    told as an `earlier` one, and one told only by its month (`months`) before the same sides'
    swap on a day of that month ("Last month he brokered a swap between A and B. ... On the
    second of August, ...")."""
    merged: list[Event] = []
    earlier_ids = {id(event) for event in earlier}

    for event in events:
        retold = id(event) not in earlier_ids
        first = next((e for e in merged if _states(event.parties, refs) <= _states(e.parties, refs) and (
            event.date and e.date == event.date or retold and _told_again(event, e))), None) or \
            next((e for e in merged if event.date and e.date == event.date and len(e.parties) == 2 and  # "the swap of
                  _states(e.parties, refs) < _states(event.parties, refs)), None) or \
            next((e for e in merged if set(e.parties) == set(event.parties) and event.date and retold and
                  months.get(id(e)) == (event.date.year, event.date.month) and
                  not (e.mediators and event.mediators and not set(e.mediators) & set(event.mediators))), None)
        if first is None:
            merged.append(event)
            continue
        first.date = first.date or event.date  # Moscow and the West on Thursday", then its seven states
        first.parties += [p for p in event.parties if not _states([p], refs) <= _states(first.parties, refs)]
        first.mediators += [m for m in event.mediators if m not in first.mediators]
        first.returns += [r for r in event.returns
                          if not any(_one_side(k.recipient, r.recipient, refs) for k in first.returns)]
    return merged


def _told_again(event: Event, dated: Event) -> bool:
    """An undated exchange whose counts, two or more and not one for one, are all a dated one's."""
    counts = {(r.recipient, r.count) for r in event.returns}
    return event.date is None and dated.date is not None and len(counts) >= 2 and all(n > 1 for _, n in counts) and \
        counts <= {(r.recipient, r.count) for r in dated.returns}


def _peoples_in(exchange: ExchangeDraft, doc: Doc, refs: References) -> list[str]:
    """ "X crossed the airstrip while Y went the other way: one French academic
    for one Iranian engineer": the peoples the exchange's own sentence names, where it
    names two, before the story's most named sides."""
    span = doc.char_span(exchange.start, exchange.end, alignment_mode="expand")
    words = [t for t in span or [] if t.text[:1].isupper() and t.dep_ in ("amod", "compound") and t.head.pos_ == "NOUN"
             and t.head.lemma_.lower() not in _PLACE_NOUNS | BANDS]  # not "on the Lebanese border", "an armed
    # Syrian faction"
    peoples = [key for t in words if (country := gazetteer().demonym_at(t)) and not _a_leaning(t)
               and (key := people_key(country.code, refs, register=False)) not in exchange.mediators]
    peoples = list(dict.fromkeys(peoples))  # not "German mediation"
    return peoples if len(peoples) == 2 else []


def _a_leaning(word: Token) -> bool:
    """ "Russian-backed separatists", "pro-Russian rebels": whom others lean on, no side named."""
    doc = word.doc
    return qualifies_another(word) or word.i >= 2 and doc[word.i - 1].text == "-" and doc[word.i - 2].lower_ in (
        "pro", "anti") or word.lower_.startswith(("pro-", "anti-"))


_CAPTOR_REACH = 5  # sentences after an exchange's own that may say who held its people


def _captors_told_near(exchange: ExchangeDraft, doc: Doc, refs: References) -> list[str]:
    """ "Israel carried out the exchange. ... The three had spent three years as captives of
    the PFLP-GC": who held people, told in the exchange's sentences or just after them ("held
    by X", "captives of X", "eleven from X"), before the story's most named sides."""
    span = doc.char_span(exchange.start, exchange.end, alignment_mode="expand")
    if span is None:
        return []
    after = list(islice((s for s in doc.sents if s.start >= span.end), _CAPTOR_REACH))
    words = doc[span.sent.start : after[-1].end if after else span.end]
    holders = [t for t in words if t.dep_ == "pobj" and (
        t.head.lower_ == "of" and t.head.head.lemma_.lower() in ("captive", "hostage", "prisoner") or
        t.head.dep_ == "agent" and t.head.head.lemma_ in CAPTURING)]
    holders = [t for t in holders if len({actor_of(o, refs) for o in holders if o.sent == t.sent} - {None}) == 1]
    # not "captives of IS before being held by the SDF": who held them at the swap is not told
    holders = [t for t in holders if t.lemma_.lower() not in BANDS or refs.named(t)]  # nor "held by an armed
    # Syrian faction", no state
    keys = [refs.actors[key].part_of or key for t in holders if (key := actor_of(t, refs))]  # "held by the FSB":
    keys = [key for key in keys if key not in exchange.mediators and (  # by Russia
        refs.actors[key].kind == "Country" or gazetteer().is_armed_group(refs.actors[key].name))]
    sources = [key for t in words if t.dep_ == "pobj" and t.head.lower_ == "from" and (  # "20 came home,
        t.head.head.like_num or t.head.i > 0 and doc[t.head.i - 1].like_num) and  # eleven from A and nine from
        (key := actor_of(t, refs)) and key not in exchange.mediators and not a_neutral_body(refs.actors[key].name)]
    return list(dict.fromkeys(keys + sources))  # B": each a captor


def _salient_sides(doc: Doc, refs: References, mediators: set[str], within: tuple[int, int]) -> list[str]:
    """Countries and groups the document names most `within` its characters, as fallback
    sides of an exchange: states and governments before other organizations; mediators and
    their states, background ("since the invasion of X"), places, outlets and sources ("according to
    X") left out, though not a home come back to ("is back in Peru")."""
    counts: dict[str, float] = {}
    hosts: dict[str, float] = {}  # mentioned as the talks' host: sides only where no two others are
    states = {refs.actors[m].part_of for m in mediators if refs.actors[m].part_of}
    mediating = mediators | states  # not Chile, whose spy agency mediated
    disclaimed = {sent.start: disclaimers(sent, refs) for sent in doc.sents}  # "Chad took no part in the talks"
    start, end = within
    for mention in refs.mentions:
        if not start <= mention.span.start_char < end:
            continue
        between = first_conjunct(mention.span.root).head.lower_ == "between"  # "talks between Kyiv and Moscow"
        home = mention.span.root.dep_ == "pobj" and mention.span.root.head.head.lower_ in ("back", "home")
        if (is_locative(mention.span) and not between and not home) or _background(mention.span.root) or \
                _a_venue(mention.span.root) or mention.key in disclaimed[mention.span.sent.start] or \
                qualifies_another(mention.span[-1]) or _thanked(mention.span.root) or _a_helper(mention.span.root) \
                or a_source(mention.span.root):  # "according to the ULA": who told it, no side
            continue
        side = side_of(mention.key, refs)
        if side and side not in mediating and as_state(side, refs) not in mediating and \
                not _an_outlet(refs.actors[side].name) and not a_neutral_body(refs.actors[side].name) and \
                refs.actors[side].country_code != _HOLY_SEE:  # a go-between that holds no one
            tally = hosts if _a_host(mention.span.root) else counts
            tally[side] = tally.get(side, 0) + 1
    for token in doc.char_span(start, min(end, len(doc_text(doc))), alignment_mode="expand") or doc[0:0]:
        country = gazetteer().demonym_at(token)
        if country and token.i + 1 < len(doc) and doc[token.i + 1].is_alpha and \
                gazetteer().demonym_at(doc[token.i + 1]) == country:
            continue  # "Bosnian Serb": one people, counted at its last word
        key = people_key(country.code, refs, register=False) if country else None
        if token.head.lemma_.lower() in _PLACE_NOUNS:  # "near the Cameroonian border": a place
            continue
        if key and token.text[0].isupper() and not _background(token) and key not in mediating and \
                not _a_venue(token) and not _a_helper(token) and not _a_leaning(token):  # not "Russian-backed"
            counts[key] = counts.get(key, 0) + 1
    for key in list(counts):
        government = refs.government_of(key)
        if government in counts:
            counts[government] += counts.pop(key)
    if len(counts) < 2:
        for key, count in hosts.items():
            counts[key] = counts.get(key, 0) + count
    return sorted(counts, key=lambda k: (_rank(refs, k, _SIDE_RANK), -counts[k]))


def _thanked(name: Token) -> bool:
    """ "Zelensky thanked Poland for its support, days after the swap": who is thanked for
    something else is not, for that, a side."""
    return name.dep_ == "dobj" and name.head.lemma_ in THANKING and \
        any(o.lemma_.lower() not in TRIGGER_NOUNS for o in thanked_for(name.head, name))


def _an_outlet(name: str) -> bool:
    """ "Reuters", "the Ulino Gazette" signing off a local story, "Radio Saldova International",
    Telegram: who reports or carries a report, never a side."""
    words = name.lower().split()
    return gazetteer().organization_kind(name) == "outlet" or words[-1] in _OUTLET_WORDS or \
        words[0] in _BROADCAST_WORDS or name.lower() in _PLATFORMS  # "Radio Saldova International"


def _a_host(word: Token) -> bool:
    """ "the talks hosted by Norway": a host is a side only where the story names no two others
    ("talks hosted by Azerbaijan in Baku. Armenia got back 32")."""
    return word.dep_ == "pobj" and word.head.dep_ == "agent" and word.head.head.lemma_ == "host"


def _a_venue(word: Token) -> bool:
    """ "Vienna lent the runway", "Austria was a convenient place to park two aircraft", "Did
    the Austrians broker it?": told as the place, or only asked about, not a side."""
    verb = word.head if word.dep_ in ("nsubj", "nsubjpass") else None
    if word.sent.text.rstrip().endswith("?") or word.dep_ == "compound" and word.head.lemma_ in _PLACE_NOUNS or \
            word.dep_ == "poss" and word.head.lemma_ in _VENUES:
        return True  # also "at Vienna airport", "on the tarmac of Abu Dhabi's airport"; not "Syria's southern
        # province", the state's own
    return verb is not None and (verb.lemma_ in ("host", "lend", "provide") or verb.lemma_ == "be" and any(
        c.dep_ == "attr" and c.lemma_ in _PLACE_NOUNS | {"place", "venue", "location", "host"} for c in verb.children))


def _registered(key: str, refs: References) -> str:
    """A country only a demonym named becomes an actor once it is chosen as a side."""
    if key not in refs.actors and key.startswith("Country:"):
        return refs.country(key.removeprefix("Country:"))
    return key


def _rank(refs: References, key: str, kind_rank: dict[str, int]) -> int:
    actor = refs.actors.get(key)
    if actor is None:  # a country named only by its demonym
        return kind_rank["Country"]
    if actor.name.startswith("Government of") or gazetteer().is_armed_group(actor.name) or \
            actor.part_of and any(actor.name.lower().endswith(body) for body in STATE_BODIES):
        return 0  # and a state's forces: "the Sudanese Armed Forces"
    return kind_rank.get(actor.kind, 2)


def _a_helper(word: Token) -> bool:
    """ "Qatar helps to identify the children", "Qatar works on the return of children", "with
    Qatari help": one the story tells helping or working on something, a go-between, not a side."""
    head = word.head
    working_on = head.lemma_ == "work" and any(c.dep_ == "prep" and c.lower_ == "on" for c in head.children)
    return word.dep_ == "nsubj" and (head.lemma_ in _HELPING_VERBS or working_on) or \
        word.dep_ in ("amod", "poss", "compound") and head.lemma_.lower() in _HELP_NOUNS


# Not common's `helping`, which also takes "A and B said it had been mediated" for helpers: A and B are sides.
_HELPING_VERBS = {"help", "assist", "mediate", "facilitate", "broker"}
_HELP_NOUNS = {"help", "assistance", "mediation", "facilitation", "efforts"}


def _background(token: Token) -> bool:
    """A mention in a "since ..." or "before ..." phrase sets the scene, it takes no part."""
    return any(t.lower_ in ("since", "before", "after", "during") for t in token.ancestors)
