"""Returns: how many people each side of an exchange got back.

*Returns* are counted groups of people with a verb of release or return ("230 Ukrainians
returned home", "Russia got back 195 of its servicemen", "Moscow handed over 100"); the
recipient comes from a demonym, a possessive, the verb's direction, or is the other side of the
one that released them. Sub-counts in apposition are not returns. `counts` finds the groups of
a sentence; `settle` decides, once an exchange's sides are known, whose each group is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from kg.extract.actors import first_conjunct
from kg.extract.events.common import (
    actor_of,
    agents_of,
    as_part_of_it,
    clause_of,
    dual_nationality,
    fell_through,
    from_and_to,
    holders_of_counted,
    hypothetical,
    is_locative,
    kin_state,
    loyal_to,
    nationality,
    passed_on_by,
    peoples_state,
    side_of,
    speakers_side,
)
from kg.extract.events.vocabulary import (
    APART,
    CIVIL_HOUSES,
    GROUP_WORDS,
    OUTSIDE_THE_DEAL,
    RECEIVE_VERBS,
    RELEASE_VERBS,
    RETURN_VERBS,
    TRANSPORT_VERBS,
    TRIGGER_NOUNS,
    TRIGGER_VERBS,
    VEHICLES,
    a_person,
    among_them,
    captive_phrase,
    captive_word,
    in_return_for,
    nothing_paid,
    paid_for_by,
    paying_verb,
    the_dead,
    these_for_those,
)
from kg.extract.facts import Return
from kg.extract.gazetteer import Country, gazetteer
from kg.extract.names import is_city
from kg.extract.numbers import parse_count
from kg.extract.reference import References

if TYPE_CHECKING:
    from kg.extract.events.exchange import ExchangeDraft

# Whose people a word makes them in a state's war with an armed group (`_camp`).
STATE_CAMP, GROUP_CAMP = "camp:state", "camp:group"
CAMPS = {STATE_CAMP, GROUP_CAMP}
OTHER_WAY = "other way"  # a group that went the other way: to the side the first did not
_STATE_WORDS = {"government", "army", "regime", "loyalist", "pro-government", "military", "junta", "federal"}
_REPLYING = {"reciprocate", "respond", "reply", "answer", "return"}  # "B responded in kind, freeing 14"
STATE_PEOPLE = {"soldier", "serviceman", "servicemen", "troop", "conscript", "gendarme", "policeman"}  # its forces
_COMPRISING = {"comprise", "include", "number"}
_HOLDING = {"hold", "abduct", "kidnap", "capture", "seize", "detain", "jail", "imprison"}
_TAKING = _HOLDING | {"arrest"}
# where people were held or arrested tells who held them ("arrested in Belarus"); not where they were captured
# or kidnapped ("three soldiers captured in Lebanon", by a group at war there)
_HELD_BY_THE_PLACE = _TAKING - {"capture", "abduct", "kidnap"}
_MERCY = {"clemency", "pardon", "amnesty", "release", "freedom"}  # "granted clemency to seven Iranians"
_MANY_SIDED = re.compile(r"\b(?:three|four|five|3|4|5)-(?:way|sided|party|country|nation)\b|\bmultilateral\b", re.I)
_APPROXIMATE = {"least", "nearly", "about", "around", "almost", "some", "over", "than",
                "roughly", "approximately", "up", "more"}


@dataclass
class Count:
    """A counted group of people released or returned, before its recipient is settled."""

    count: int
    hint: str | None  # recipient named by the phrase: a demonym, a possessive, "to X"
    releaser: str | None  # the side that let them go
    start: int
    end: int
    token: Token
    share: bool = False  # a part of a group sent to a side named outright: "five to Germany"
    extra: bool = False  # more on top of what the side got: "a further 22", "additionally handed over 22"
    approximate: bool = False  # "some 200", "more than 400": a side's people went, but no return of that count
    joint: bool = False  # one of peoples counted together ("6,670 North Korean and Chinese"): a side, no return

    @property
    def exact(self) -> bool:
        """Whether the count is what one side got: neither approximate nor shared with another."""
        return not (self.approximate or self.joint)


def counts(sent: Span, refs: References, earlier: list[Count], kinds: dict[str, set[str]]) -> list[Count]:
    """Counted groups of people released or returned in a sentence; `earlier` holds the
    last group counted before it. `kinds` maps the words counted groups were named by to
    whose people they were, in the document so far (`learn_kinds`): a story that sent "four
    Israeli hostages" to one side and "214 Palestinian prisoners" to the other sends "three
    hostages" and "190 prisoners" the same way."""
    found: list[Count] = []
    unplaced: list[Count] = []  # came home, to whom the sentence does not say
    for token in sent:
        count = count_of(token) or _same_number(token, earlier + found) or _one_named(token)
        approximate = count is None and (count := approximate_count(token)) is not None
        if count is None or _second_of_a_pair(token):
            continue
        noun = counted_noun(token)
        count += _named_with(noun)
        if _is_subcount(noun) or _a_ratio(noun) or _sent_separately(noun) or _for_nothing(noun) or \
                not _released(noun) or _freed_outside_the_deal(noun):
            continue
        hint, releaser = _recipient(noun, refs), _releaser(noun, refs)
        hint = _their_own_states(noun, hint, releaser, refs) or hint or _their_other_nationality(noun, releaser, refs)
        if hint is None and releaser is None and len(kinds.get(noun.lemma_, ())) == 1:
            [hint] = kinds[noun.lemma_]
        traded = (verb := _governing_verb(noun)) is not None and verb.lemma_ in TRIGGER_VERBS  # "A exchanged four of
        if hint and hint == releaser and traded:  # its citizens for seven B": A's own, got back
            releaser = None
        if _adds_to(found, noun, hint, count) or (hint and hint == releaser):
            continue  # "Venezuela also frees 20 Venezuelan political prisoners": its own, not a return
        pair = _gapped_pair(token)
        joint = [] if pair else _joint_peoples(noun, releaser, refs)
        if pair:  # "95 Russian and 95 Ukrainian captives returned": two groups, one noun
            found += [Count(n, people_key(people.code, refs), releaser, sent.start_char, sent.end_char, t,
                            approximate=approximate) for t, n, people in pair]
        elif joint:  # "6,670 North Korean and Chinese prisoners": sides both, neither's count
            found += [Count(count, key, releaser, sent.start_char, sent.end_char, token, joint=True) for key in joint]
        elif hint or releaser:
            found.append(Count(count, hint, releaser, sent.start_char, sent.end_char, token,
                               extra=_told_as_extra(noun), share=_released_to_a_state(noun, hint, refs),
                               approximate=approximate))
        elif approximate:
            continue  # "some 200 went home": whose, the sentence does not say, nor how many
        elif _went_home(noun) or _traded_away(noun) or _swapped_together(noun) or _swapped_for(noun) or \
                _a_lot_of_the_trade(noun) or \
                _released_for_others(noun) or paid_for_by(noun) is not None or \
                (_freed_right_after(noun) or _freed_participle(noun)) and not _after_a_colon(noun) and \
                not _a_whole_split_after(noun):
            # "in exchange for nine people held in X prison", "one of three hostages freed on Friday in a swap"
            # (not a part of a total before a colon: "52 freed: 40 soldiers handed over and 12 wounded")
            unplaced.append(Count(count, OTHER_WAY, None, sent.start_char, sent.end_char, token))
    if len(unplaced) > 1 and len({_governing_verb(counted_noun(c.token)) for c in unplaced}) == 1:
        first = unplaced[0]  # "nine soldiers and four medics were released": one group of 13
        unplaced = [Count(sum(c.count for c in unplaced), first.hint, None, first.start, first.end, first.token)]
    if len(unplaced) == 1 and len(found) == 1 and found[0].hint not in (None, OTHER_WAY):
        found += unplaced  # "The six went home because A handed 14 fighters back to B": to A
    elif len(unplaced) == 1 and len({(c.count, c.hint, c.releaser) for c in found}) == 1 and \
            found[0].hint is None and found[0].releaser:  # one group, however many times the sentence counts it
        unplaced[0].hint = found[0].releaser  # "19 captives walked free, and the government released nine in
        found += unplaced  # return": the 19 went to the side that paid for them
    if found and any(t.lemma_ in RECEIVE_VERBS for t in sent):
        found += _gapped(sent, refs, found)
    if found:
        found += _gapped_to(sent, refs, found)
    found = [c for c in _split_by_destination(sent, refs, found) if not _freed_alongside(c, found, refs)]
    _pair_up(found, sent, refs)
    if _MANY_SIDED.search(sent.text):  # "a three-way exchange": whose people they are is a side
        for count in found:
            count.share = bool(count.hint and count.hint.startswith(("Country:", "Organization:")))
    for listed in _peoples_listed(found):  # "freed three Americans, five Germans and two Poles": each a side
        for count in listed:
            count.share = True
    return found + _shares(sent, refs)


def _peoples_listed(found: list[Count]) -> list[list[Count]]:
    """Counts of three peoples or more in one list ("freed three Americans, five Germans and two
    Poles"): each people's state got its own back in a swap of many sides."""
    lists: dict[int, list[Count]] = {}
    for count in found:
        noun = counted_noun(count.token)
        while noun.dep_ == "conj":
            noun = noun.head
        lists.setdefault(noun.i, []).append(count)
    return [listed for listed in lists.values()
            if len({c.hint for c in listed if c.hint and c.hint.startswith("Country:")}) >= 3]


def _told_as_extra(noun: Token) -> bool:
    """ "with Ukraine additionally handing over 22 wounded", "In addition, B freed 22", "a further
    22", "22 more on top": people given on top of a count told before."""
    verb = _governing_verb(noun)
    if verb is None or _not_given_with_it(verb, noun):
        return False
    joined = verb.head if verb.dep_ in ("conj", "advcl") else None  # "... on top, while B handed over 15"
    marked = [*noun.children, *verb.children, *(joined.children if joined is not None else ())]
    return any(c.lower_ == "additionally" or c.lower_ == "in" and any(o.lower_ == "addition" for o in c.children)
               or c.lower_ == "on" and any(o.lower_ == "top" and not any(  # not "on top of a hill"
                   p.lower_ == "of" and p.nbor().lower_ not in ("that", "this", "it") for p in o.children)
                   for o in c.children)
               for c in marked) or \
        any(c.lower_ == "further" for c in noun.children) and any(c.lower_ == "a" for c in noun.children)


def _not_given_with_it(verb: Token, noun: Token) -> bool:
    """People only offered or asked about ("would additionally free 19 if ..."), let go at
    another time ("had in addition freed 20 a week earlier", "under the 2011 deal"), or the
    group told before ("additionally, A released the 40 men at the border")."""
    return hypothetical(verb) or verb.sent.text.rstrip().endswith("?") or \
        any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lemma_ == "have" and c.tag_ == "VBD") for c in verb.children) or \
        any(t.ent_type_ == "DATE" or re.fullmatch(r"(?:19|20)\d\d", t.text) for t in verb.subtree) or \
        any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in noun.children)


def _sent_separately(noun: Token) -> bool:
    """ "nine foreign volunteers were flown separately to Peru", "a fifth American was released
    separately under another arrangement": let go beside the swap, not one of the sides'
    returns; not "handed over three hostages separately in two towns" or "released separately
    as part of the swap", told of the swap's own people, nor "Separately, X handed over 28 ...",
    which opens other news."""
    verb = _governing_verb(noun)
    if verb is None or as_part_of_it(verb):
        return False
    doc = verb.doc
    return any(c.dep_ == "advmod" and c.lower_ in ("separately", "independently") and c.i > verb.i and
               (c.i + 1 == len(doc) or doc[c.i + 1].lower_ not in ("in", "at", "from")) for c in verb.children)


def _for_nothing(noun: Token) -> bool:
    """ "ten Peruvians were freed, with nothing given in return": a one-way release told beside
    a swap is none of its returns (not "..., after Lima had freed four with nothing in return",
    which tells another release)."""
    verb = _governing_verb(noun)
    participles = [c for c in noun.children if c.dep_ == "acl" and c.lemma_ not in TRIGGER_VERBS]  # "Nine
    # nurses freed without conditions", not "90 Peruvians, exchanged without preconditions for 90 Chileans"
    return any(map(_unconditional, [verb, *participles] if verb is not None else participles)) or \
        verb is not None and any((nothing := nothing_paid(t)) is not None and clause_of(nothing) == verb
                                 for t in verb.subtree)


def _unconditional(verb: Token) -> bool:
    """ "nine nurses freed without conditions", "released unconditionally", "freed 290
    unilaterally": one way."""
    return any(c.lower_ in ("unconditionally", "unilaterally") or c.dep_ == "prep" and c.lower_ == "without" and any(
        o.lemma_.lower() in ("condition", "precondition") for o in c.children) for c in verb.children)


def _gapped_pair(number: Token) -> list[tuple[Token, int, Country]]:
    """ "95 Russian and 95 Ukrainian captives": two numbers, each before a people's name, that
    count one noun between them; "359 Sudanese and 360 Chadians", which the parser may read as
    Sudanese Chadians; each number with what it counts and whose people they are."""
    words = number.doc[number.i : number.i + 6]
    if len(words) < 5 or words[2].lower_ != "and" or not (words[0].like_num and words[3].like_num):
        return []
    peoples = len(words) == 5 or not captive_word(words[5])
    if peoples and not (words[4].tag_ in ("NNS", "NNPS") and words[1].dep_ == "amod" and words[1].head == words[4]):
        return []
    pair = [(t, parse_count(t.text), gazetteer().demonym_at(t.nbor())) for t in (words[0], words[3])]
    return [] if any(n is None or people is None for _, n, people in pair) else pair


def _joint_peoples(noun: Token, releaser: str | None, refs: References) -> list[str]:
    """ "6,670 North Korean and Chinese prisoners", "75,823 went back to North Korea and China":
    people of two states or more counted as one group, whose count is no one state's; where
    the story names each state as an actor, none of them let the people go ("Caracas freed ten
    American and Venezuelan detainees") and no one is told to have received them."""
    peoples = [t for c in noun.children if c.dep_ in ("amod", "compound") and c.text[:1].isupper()
               for t in (c, *c.conjuncts)]
    verb = _governing_verb(noun)
    if verb is not None and (verb.lemma_ in RECEIVE_VERBS or peoples and _sent_to_a_state(verb, refs)):
        return []  # "Russia got back 90 Russian and Belarusian citizens", "handed 40 ... to Russia": its count
    sent_to = len(peoples) < 2 and verb is not None
    if sent_to:
        places = [verb, *(c for c in verb.children if c.lower_ in ("back", "home"))]  # "gone back to A and B"
        peoples = [t for w in places for p in w.children if p.dep_ == "prep" and p.lower_ == "to"
                   for o in p.children if o.dep_ == "pobj" for t in (o, *o.conjuncts)]
        peoples += [c for c in verb.children if peoples and c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]  # the
        # second hung on the verb past a quote mark: 'transferred 124 to "A" and "B"'
    if len(peoples) < 2 or any(t.like_num for t in noun.doc[peoples[0].i : peoples[-1].i]):
        return []  # "150 Valdenian and 150 Ostrelian", "ten to Russia, thirteen to Germany": a count for each
    keys = list(dict.fromkeys(filter(None, (_state_named(t, refs) or (_a_body_sent_to(t, refs) if sent_to else None)
                                            for t in peoples))))
    return keys if len(keys) == len(peoples) and releaser not in keys else []


def _a_body_sent_to(word: Token, refs: References) -> str | None:
    """ "transferred 124 to the Donetsk and Luhansk people's republics": a body or breakaway
    state people were sent to, which may be a side as a state is."""
    key = refs.named(word)
    return key if key is not None and refs.actors[key].kind == "Organization" else None


def _state_named(word: Token, refs: References) -> str | None:
    """The state a word names by its people ("Chinese") or its name ("North Korea"), where the
    story names it as an actor (not "Lebanese prisoners" in a story that names Lebanon only as
    where they were held)."""
    country = gazetteer().demonym_at(word)
    key = people_key(country.code, refs, register=False) if country is not None else refs.named(word)
    actor = refs.actors.get(key) if key is not None else None
    acting = [m for m in refs.mentions if m.key == key and not is_locative(m.span)]  # not only "held in southern
    return key if acting and actor.kind == "Country" else None  # Lebanon"; a state, not an armed group of its people


def _second_of_a_pair(number: Token) -> bool:
    """The second "95" of "95 Russian and 95 Ukrainian captives", counted with the first."""
    return number.i >= 3 and bool(_gapped_pair(number.doc[number.i - 3]))


def _freed_outside_the_deal(noun: Token) -> bool:
    """ "Five Thai workers were also let go, outside the deal": people whose release the clause
    puts outside the swap are none of its returns."""
    verb = _governing_verb(noun)
    verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp")] if verb is not None else []  # "let (go)"
    if any(c.dep_ == "advmod" and c.lower_ in ONE_WAY for v in verbs for c in v.children):
        return True  # "Ukraine separately released 12 civilians", "the RSF unilaterally freed 31"
    return any(c.dep_ in ("prep", "advmod") and OUTSIDE_THE_DEAL.match(" ".join(t.text for t in c.subtree)) and
               any(t.lemma_.lower() in _DEALS for t in c.subtree) for v in verbs for c in v.children)  # the verb's
    # own "outside the deal", not "released outside the jail in the first exchange", nor another clause's


ONE_WAY = {"unilaterally", "independently"}  # a release of its own, not the swap's (not "separately", in two places)


_DEALS = {"deal", "agreement", "arrangement", "framework", "exchange", "swap", "terms"}


def _freed_alongside(count: Count, found: list[Count], refs: References) -> bool:
    """ "Hamas handed over three Israeli hostages and five Thais", "Ten Israelis and two Thais were
    handed over; Israel freed 30": people of a third state let go by the same hand as the
    people a side got back, told after them, whom the story says were freed apart from the deal,
    are not a side's return (nor where the sentence names their state: "two Germans, and
    Germany freed ..."). Not "5,640 Chinese and 70,183 North Koreans", both of them sides."""
    noun = counted_noun(count.token)
    partner = next((c for c in found if c is not count and noun.dep_ == "conj" and
                    counted_noun(c.token) == first_conjunct(noun)), None)
    if partner is None or not _a_country(count.hint) or not _a_country(partner.hint) or count.hint == partner.hint:
        return False
    one_hand = any(hand not in (count.hint, partner.hint) and not (hand in refs.actors and _intermediary(hand, refs))
                   for hand in _hands(count, noun, refs)) or any(c.releaser == partner.hint for c in found)
    code = refs.actors[count.hint].country_code
    named = any(t.pos_ == "PROPN" and (country := gazetteer().country(t.text)) and country.code == code
                for t in noun.sent)
    return one_hand and not named and code in released_apart(noun.doc)


def _hands(count: Count, noun: Token, refs: References) -> list[str | None]:
    """Who let a counted group go, where one hand did: its releaser, the one subject of the verb
    ("The resistance hands over", not "the two governments freed"), or, for "were handed over"
    by no one named, the hand that held them (None)."""
    verb = _governing_verb(noun)
    if verb is None:
        return []
    if noun.dep_ in ("nsubjpass", "conj") and verb.tag_ == "VBN" and not agents_of(verb):
        return [None]
    subjects = _one_subject(verb)
    if not subjects and not agents_of(verb):
        return []
    return [count.releaser] if count.releaser is not None else [actor_of(s, refs) for s in subjects]


def released_apart(doc: Doc) -> set[str]:
    """The states whose people the story says were freed apart from the deal: "Five Thais were
    also let go, outside the deal", "freed under separate arrangements"; the people named
    nearest before the words (not "Not part of the exchange: the bodies of 19 Russian soldiers")."""
    apart: set[str] = set()
    for sent in doc.sents:
        for match in APART.finditer(sent.text):
            cue = sent.char_span(match.start(), match.end(), alignment_mode="expand")
            freeing = _freed_so(cue) if cue is not None else None
            if freeing is None:
                continue  # "dozens are still held and were not part of the deal": not freed at all
            peoples = [t for t in clause_of(freeing).subtree if t.i < cue.start and _people_of(t) and not any(
                c.lower_ in ("other", "more", "further") for c in (t.head if t.dep_ == "amod" else t).children)]
            # not "two other Americans", more of a side's own
            nearest = peoples[-1:]  # "freeing 20 Thais under separate arrangements", not the "80 Israelis" before
            group = [n for t in nearest for n in (t.head if t.dep_ in ("amod", "compound") else t).conjuncts]
            apart |= {_people_of(t) for t in nearest} | {_people_of(w) for n in group for w in n.subtree}  # "Ten
            # Thai workers and a Filipino ... rather than under the deal": both
    return apart - {None}


def _freed_so(cue: Span) -> Token | None:
    """The word of release the words "outside the deal" are told of: the clause's verb, or one
    it hangs from ("came out, in a parallel release that was arranged rather than under the deal")."""
    clause = clause_of(cue[0])
    return next((t for t in [clause, *clause.ancestors][:4] if t.lemma_ in _FREEING_WORDS), None)


_FREEING_WORDS = RELEASE_VERBS | RETURN_VERBS | {"let", "release"}


def _people_of(word: Token) -> str | None:
    """The state whose people, in the plural, a word names: "Thais", "Thai workers"; not "Israeli
    citizenship", nor one person's nationality."""
    alone = word.tag_ in ("NNS", "NNPS") or word.pos_ == "PROPN" and word.text.endswith("s") and \
        word.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")  # "the Thais", read as a name
    described = word.dep_ in ("amod", "compound") and word.head.tag_ in ("NNS", "NNPS")  # "Thai farm workers", not
    # "a Swedish-Iranian doctor" or "the Russian foreign ministry"
    people = gazetteer().demonym_at(word) if word.text[:1].isupper() and (alone or described) else None
    return people.code if people else None


def _one_subject(verb: Token | None) -> list[Token]:
    """The subject of a verb of release, where it is one hand: not "both sides", "they" or "A
    and B"."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None and \
        verb.lemma_ in RELEASE_VERBS else []
    return [s for s in subjects if len(subjects) == 1 and not s.conjuncts and s.pos_ != "PRON" and
            s.lemma_.lower() not in ("side", "party", "both", "country", "state") and
            not any(c.lower_ in ("two", "both") for c in s.children)]  # not "the two governments"


def _a_country(key: str | None) -> bool:
    return bool(key and key.startswith("Country:"))


def _pair_up(found: list[Count], sent: Span, refs: References) -> None:
    """ "A released 4,700 Palestinians in return for six soldiers captured by Fatah": the
    people A let go went to the side that let A's people go, not to the group their people's
    name was taken for ("Palestinian": Hamas, named elsewhere in the story)."""
    named = {m.key for m in refs.mentions if sent.start <= m.span.start < sent.end}
    for count in found:
        for other in found:
            if other is not count and other.hint == count.releaser and other.releaser not in (None, count.hint) \
                    and other.releaser not in CAMPS and count.hint not in named and \
                    str(count.hint).startswith("Organization:"):  # not "Americans": their country is sure
                count.hint = other.releaser


def _traded_away(noun: Token) -> bool:
    """ "82 girls were freed in exchange for five commanders held by X": people freed for
    others, to whom the sentence does not say."""
    verb = _governing_verb(noun)
    return verb is not None and any(in_return_for(o) for p in verb.children if p.lower_ == "in"
                                    for o in p.children)


def _swapped_for(noun: Token) -> bool:
    """ "A and B swapped eight CMA fighters for 12 soldiers": either lot of a trade told with
    "for", where the sentence names the other's side ("four hostages for 206 Palestinians")."""
    if noun.dep_ == "dobj":  # the lot the verb moved
        return noun.head.lemma_ in TRIGGER_VERBS and any(
            c.dep_ == "prep" and c.lower_ == "for" and any(o.dep_ == "pobj" for o in c.children)
            for c in noun.head.children)
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
    return verb is not None and verb.lemma_ in TRIGGER_VERBS and any(c.dep_ in ("dobj", "nsubjpass")
                                                                      for c in verb.children)  # "A were swapped for B"


def _a_lot_of_the_trade(noun: Token) -> bool:
    """ "A and B completed an exchange on Friday: four hostages for 206 Palestinians", "the
    swap was four hostages for 206 prisoners": the lots a trade is told by, one for the other,
    either of them."""
    first = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else noun
    price = [o for p in first.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children
             if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    other = price[0] if price and noun is first else first
    return bool(price) and _of_a_people_named(other) and (
        first.dep_ == "appos" and first.head.lemma_.lower() in TRIGGER_NOUNS or these_for_those(first))


def _of_a_people_named(noun: Token) -> bool:
    """ "206 Palestinian prisoners": a lot whose people the words tell, so the other lot's side
    follows; not "more than a thousand prisoners"."""
    return any(c.dep_ in ("amod", "compound") and gazetteer().demonym_at(c) for c in noun.children)


def _released_for_others(noun: Token) -> bool:
    """ "(clerics secured) the release of 14 guards in return for eight Front fighters": the
    people of a release paid for with others, whose side the sentence names."""
    release = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    return release is not None and release.pos_ == "NOUN" and release.lemma_ in ("release", "freeing") and any(
        t.lower_ in ("return", "exchange") and t.head.lower_ == "in" and any(
            w.dep_ == "pobj" and captive_phrase(w) for f in t.children if f.lower_ == "for" for w in f.children)
        for t in noun.doc[noun.i + 1 : noun.sent.end])  # people, not "goods and hard currency"


def _swapped_together(noun: Token) -> bool:
    """ "nine soldiers and nine ELN fighters were swapped": a group swapped for the other
    group it is joined to, whose side the sentence names."""
    head = noun.head if noun.dep_ == "conj" else noun
    verb = head.head
    return head.dep_ in ("nsubj", "nsubjpass") and verb.lemma_ in TRIGGER_VERBS and \
        not any(c.dep_ == "dobj" for c in verb.children) and \
        (noun is not head or any(c.dep_ == "conj" and c.pos_ == "NOUN" for c in head.children))


def _went_home(noun: Token) -> bool:
    """ "The six went home", "40 came back", "19 captives walked free": a return told without
    the side."""
    verb = _governing_verb(noun)
    return verb is not None and noun.dep_ == "nsubj" and _home_or_free(verb)


def _home_or_free(verb: Token) -> bool:
    """ "came home", "went back", "walked free"."""
    return verb.lemma_ in RETURN_VERBS and any(c.lower_ in ("home", "back", "free") for c in verb.children)


def _shares(sent: Span, refs: References) -> list[Count]:
    """ "nine were released to the other side — four to Austria, three to France
    and two to Spain": a group split by where each part went."""
    shares = []
    for token in sent:
        if not token.like_num or token.dep_ not in ("appos", "conj"):
            continue
        targets = [o for c in token.children if c.dep_ == "prep" and c.lower_ == "to"
                   for o in c.children if o.dep_ == "pobj"]
        key = actor_of(targets[0], refs) if targets else None
        count = parse_count(token.text)
        if key and count and not _intermediary(key, refs):
            shares.append(Count(count, key, None, sent.start_char, sent.end_char, token, share=True))
    return shares if len(shares) >= 2 else []  # a list of shares, not one number in apposition


def _split_by_destination(sent: Span, refs: References, found: list[Count]) -> list[Count]:
    """ "The command returned 900 prisoners, 700 of them to A and 200 to B": the parts, each
    with the side it went to, stand for the group they add up to."""
    doc = sent.doc
    for number in sent:
        if doc[number.i + 1 : number.i + 3].text.lower() not in ("of them", "of whom"):
            continue
        shares = [share for n in _numbers_after(number) if (share := _share_to(n, refs)) is not None]
        whole = next((c for c in found if c.token.i < number.i and c.count == sum(s.count for s in shares)), None)
        others = [c for c in found if c is not whole]
        if len(shares) >= 2 and whole is not None and all(c.hint for c in others):  # not where another group's
            for share in shares:  # side is still to be found among three
                share.releaser = whole.releaser
            return others + shares
    return found


def _numbers_after(number: Token) -> list[Token]:
    """ "700 of them to A, 150 to B and 50 to C": the first number and those listed after it."""
    numbers, doc = [number], number.doc
    for token in doc[number.i + 1 : number.sent.end]:
        if token.like_num and doc[token.i - 1].lower_ in (",", "and"):
            numbers.append(token)
    return numbers


def _share_to(number: Token, refs: References) -> Count | None:
    """ "700 of them to A", "200 to B": a count and the side it went to, told right after it."""
    doc, at = number.doc, number.i + 1
    if doc[at : at + 2].text.lower() in ("of them", "of whom"):
        at += 2
    if at >= len(doc) or doc[at].lower_ != "to":
        return None
    target = next((o for o in doc[at].children if o.dep_ == "pobj"), None)
    key = actor_of(target, refs) if target is not None else None
    count = parse_count(number.text)
    if key is None or count is None or _intermediary(key, refs):
        return None
    sent = number.sent
    return Count(count, key, None, sent.start_char, sent.end_char, number, share=True)


def _gapped(sent: Span, refs: References, found: list[Count]) -> list[Count]:
    """ "Sudan received 31 of its troops and Chad 18", "the Houthis receive 681 and the
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
        key = side_or_camp(side_token, refs) if before.lower_ in ("and", ",") else None
        count = parse_count(token.text)
        if key and count:
            gapped.append(Count(count, key, None, sent.start_char, sent.end_char, token))
    return gapped


def _gapped_to(sent: Span, refs: References, found: list[Count]) -> list[Count]:
    """ "17 children were returned to Sudan and 12 (twelve) to Chad", "157 of those freed by X went
    to A and 65 to B": after a count of people given back to a side, or gone to a body that held
    people, "and <number> to <another side>" is that side's; not the dead, nor men "sent" to third
    countries, nor people one side lets go to two places ("Kenya repatriated 14 to A and 9 to
    B"), nor people gone to two states ("20 went to Germany and 11 to France for care"), nor a
    share-out among three."""
    doc, counted = sent.doc, {c.token.i for c in found}
    verbs = [(c, verb) for c in found if (verb := _governing_verb(counted_noun(c.token))) is not None]
    given_back = any(verb.lemma_ in _GIVING_BACK and c.releaser is None for c, verb in verbs)  # "were returned to
    only_gone = not given_back and any(verb.lemma_ == "go" and counted_noun(c.token).dep_ == "nsubj"  # A": not "X
                                       for c, verb in verbs)  # repatriated 14 to A"; "157 went to A"
    if not (given_back or only_gone) or any(the_dead(t) for t in sent):
        return []
    gapped = []
    for token in sent:
        if not token.like_num or token.i in counted or token.i == sent.start:
            continue
        if doc[token.i - 1].lower_ == ",":
            return []  # "95 to A, 10 to B and 3 to C": a share-out, not two sides' returns
        if doc[token.i - 1].lower_ != "and":
            continue
        to = token.i + 1
        if doc[to : to + 3].text.startswith("(") and doc[min(to + 2, len(doc) - 1)].text == ")":
            to += 3  # "twelve (12) to ..."
        while to < sent.end and doc[to].is_space:
            to += 1  # "twelve      to ...", where "(12)" was blanked
        if to >= sent.end or doc[to].lower_ != "to":
            continue
        key = next((side_or_camp(o, refs) for o in doc[to].children if o.dep_ == "pobj"), None)
        count = parse_count(token.text)
        if key and count and not (only_gone and (key in CAMPS or refs.actors[key].kind == "Country")):
            gapped.append(Count(count, key, None, sent.start_char, sent.end_char, token))
    return gapped


_GIVING_BACK = {"return", "hand", "repatriate", "release", "free", "transfer", "fly", "deliver", "bring"}


def learn_kinds(kinds: dict[str, set[str]], counts: list[Count], exchanges: list[ExchangeDraft]) -> None:
    """Remember whose people a sentence's counted groups were, as their exchange settled it
    ("214 Palestinian prisoners" went to Hamas); only groups whose own words name their side or
    where they were taken."""
    for count in counts:
        noun = counted_noun(count.token)
        if not any(c.dep_ in ("amod", "compound", "poss") and c.i != count.token.i for c in noun.children) and \
                not (moved_by(noun) is not None and from_and_to(count.token)[1]):  # nor "the release of
            # three hostages from Gaza to Israel"
            continue
        settled = {r.recipient for e in exchanges for r in e.returns
                   if r.start == count.start and r.count == count.count}
        if len(settled) == 1:
            kinds.setdefault(noun.lemma_, set()).update(settled)


def _one_named(token: Token) -> int | None:
    """ "while Moldova released Igor Balan, a resident of Tiraspol": the persons a side
    let go, named or described without a count ("freed Ana Ruiz and Luis Gil": two; "in
    return for a businessman": one)."""
    let_go = token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_ in RELEASE_VERBS | {"return"} and \
        token.head.pos_ == "VERB"  # "India returned a Pakistani soldier": gave him back
    if _one_more_of_them(token) and _one_person(token):
        return 1  # "two Greek Cypriots and a Turkish Cypriot were released"
    let_go = let_go or _freed_through(token) is not None or _came_home(token)
    if not (let_go or paid_for_by(token) is not None) or any(c.dep_ == "nummod" for c in token.children):
        return None  # not "freed 42 Croats", counted, which the NER took for a name
    listed = _persons_listed(token)
    if listed:  # "the Swedish citizens Ana Lind and Per Berg were transferred": two
        return len(listed)
    if not _one_person(token):
        return None
    named = [token, *token.conjuncts, *_listed_after_description(token)]
    return len(named) if all(map(_one_person, named)) else None


def _one_more_of_them(person: Token) -> bool:
    """ "Two Greek Cypriots and a Turkish Cypriot were released in a swap": one more, after a
    counted group of those a verb lets go, in a sentence that tells the swap (else two peoples
    freed together may be one crew: "two Americans and a Briton were freed")."""
    group = person.head
    return person.dep_ == "conj" and any(c.lower_ in ("a", "an") and c.dep_ == "det" for c in person.children) and \
        any(c.dep_ == "nummod" for c in group.children) and group.dep_ in ("dobj", "nsubjpass") and \
        group.head.lemma_ in RELEASE_VERBS and group.head.pos_ == "VERB" and any(
            t.lemma_.lower() in TRIGGER_NOUNS | TRIGGER_VERBS and not any(  # the release's own swap, not "a week
                a.lower_ in ("after", "before", "since", "than") for a in t.ancestors)  # after another swap"
            for t in group.head.subtree)


def _came_home(person: Token) -> bool:
    """ "X, held in Syria for 300 days, landed in Doha", "Y, a diplomat serving a sentence in
    Belgium, flew the other way": one who was held, and came home or went the other way."""
    verb = person.head
    if person.dep_ != "nsubj" or person.pos_ != "PROPN" or verb.lemma_ not in RETURN_VERBS or hypothetical(verb):
        return False
    home = any(c.lower_ in ("home", "back", "free") or the_other_way(c) for c in verb.children)
    held = any(c.dep_ in ("acl", "relcl", "appos") and (c.lemma_ in _HOLDING or any(
        a.dep_ == "acl" and a.lemma_ in _HOLDING | {"serve"} for a in c.children)) for c in person.children)
    return home or held


def _persons_listed(noun: Token) -> list[Token]:
    """The persons a plural word for people held lists in apposition: "the Swedish citizens
    Ana Lind and Per Berg"."""
    if noun.tag_ != "NNS" or not captive_word(noun) or any(c.dep_ == "nummod" for c in noun.children):
        return []  # "three hostages - A, B and C": counted by their number
    named = [p for c in noun.children if c.dep_ == "appos" for p in [c, *c.conjuncts]]
    return named if named and all(map(a_person, named)) else []


def _listed_after_description(token: Token) -> list[Token]:
    """ "freed Ana Ruiz, a nurse held since May, and Luis Gil": the parser hangs the next
    person of the list on the description, which it may take for the verb's own."""
    described = [c for c in token.children if c.dep_ == "appos"]
    described += [c for c in token.head.children if c.dep_ == "npadvmod" and c.i > token.i]
    return [c for d in described[:1] for c in d.conjuncts if a_person(c)]


def _one_person(token: Token) -> bool:
    """A person named, or one described or called back: "a businessman", "an Iranian
    engineer", "the Danish citizen Mr. Jon Holm", "he", "freed him"."""
    if token.lower_ in ("he", "she") or token.lower_ in ("him", "her") and token.tag_ == "PRP" or \
            token.tag_ == "NN" and any(c.dep_ == "appos" and a_person(c)
                                                                     for c in token.children):
        return True  # "the hacker Luis Vega", not "three women, A, B and C" (counted already)
    if token.tag_ != "NN" or not captive_word(token):
        return a_person(token) or any(c.lower_ in ("a", "an") for c in token.children) and \
            gazetteer().demonym_at(token) is not None  # "a Turkish Cypriot"
    if any(c.lower_ in ("a", "an") for c in token.children):
        return True
    name = next((w for w in token.doc[token.i + 1 : token.i + 3]  # the name right after, past a "Mr."
                 if w.lower_.rstrip(".") not in ("mr", "mrs", "ms", "dr")), None)
    return a_person(token) or (name is not None and a_person(name))


def _named_with(noun: Token) -> int:
    """ "Alex Petrov and eleven other Russians", "A and four fighters", "a prefect and three gendarmes", "55
    soldiers and the politician B": the named or single people listed with the count, which it leaves out."""
    if noun.dep_ != "conj":  # a group counted in a number, then a person: "55 soldiers (55 of its soldiers) and B"
        group = next((o for p in noun.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), noun) \
            if noun.pos_ == "NUM" else noun
        return sum(1 for t in group.conjuncts if t.i > group.i and _a_person_added(group, t)) \
            if group.pos_ == "NOUN" else 0
    others = [t for t in [noun.head, *noun.head.conjuncts] if t.i != noun.i]
    named = sum(1 for t in others if t.ent_type_ == "PERSON")
    return named + sum(1 for t in others if t.pos_ == "NOUN" and t.lemma_.lower() not in TRIGGER_NOUNS and
                       any(c.lower_ in ("a", "an") for c in t.children))  # not "a prisoner swap, two Bs for one"


def _a_person_added(group: Token, name: Token) -> bool:
    """Whether a name joined after a counted group is one more person: "55 soldiers and B"; not
    "two soldiers, A and B", who are the two, nor a place the NER took for a person, nor the
    subject of a clause of its own ("six citizens and Yerevan returning two")."""
    doc = name.doc
    after = doc[name.right_edge.i + 1] if name.right_edge.i + 1 < len(doc) else None
    return name.ent_type_ == "PERSON" and name.pos_ == "PROPN" and \
        not any(w.text == "," for w in doc[group.i : name.left_edge.i]) and \
        not (after is not None and after.pos_ == "VERB") and \
        gazetteer().country(name.text) is None and not is_city(name.text)


def _same_number(token: Token, found: list[Count]) -> int | None:
    """ "90 Ukrainians came home and the same number of Russians were returned"."""
    same = token.lower_ == "number" and any(c.lower_ == "same" for c in token.children)
    return found[-1].count if same and found else None


def _adds_to(found: list[Count], noun: Token, hint: str | None, count: int) -> bool:
    """ "freed 120 soldiers and 5 civilians": one group of 125, counted into the first; but
    "230 Ukrainians, 224 soldiers and six civilians" is a total and its breakdown."""
    if noun.dep_ != "conj":
        return False
    for earlier in found:
        token = earlier.token
        earlier_noun = counted_noun(token)
        listed = any(t.is_punct for t in noun.doc[earlier_noun.i : noun.i])
        if noun.head.i == earlier_noun.i and (hint in (None, earlier.hint) or earlier.hint is None) and not listed:
            earlier.count += count  # "34 soldiers and 11 of their relatives": 45 of one side
            earlier.hint = earlier.hint or hint
            return True
    return False


def verb_of(count: Count) -> Token | None:
    """The verb that frees, receives or brings home the counted people: "freed 40", "40 were freed"."""
    return _governing_verb(counted_noun(count.token))


def counted_noun(token: Token) -> Token:
    """The noun a number counts: "fighters" in "11 Boko Haram fighters", where the parser hangs
    the number on the name."""
    if token.dep_ not in ("nummod", "amod", "compound"):
        return token
    noun = token.head
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else token
    while following.pos_ == "ADJ" and following.i + 1 < len(token.doc):  # "11:20 175 Ukrainian defenders"
        following = token.doc[following.i + 1]
    if noun.i < token.i and following.pos_ in ("NOUN", "PROPN"):  # "31 December 2019 - Twenty-five
        noun = following  # detainees": hung on the date (the time), the number counts the noun after it
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    return noun


def count_of(token: Token) -> int | None:
    """The exact number of people a number token states, or None."""
    if token.lower_ == "single" and token.dep_ == "amod" and captive_word(token.head):
        return 1
    if not token.like_num or _in_a_date(token) or \
            token.dep_ not in ("nummod", "nsubj", "nsubjpass", "dobj", "pobj", "conj", "compound"):
        return None
    if token.dep_ in ("nummod", "compound") and token.head.like_num and token.head.i > token.i:
        return None  # "Seventy" of "Seventy-one prisoners", hung on "one": the number it heads counts
    if _a_groups_name(token):
        return None  # "the three members of the so-called Cuban Five"
    if token.dep_ in ("nummod", "compound") and not captive_or_demonym(counted_noun(token)):
        return None  # "Four Chilean nationals", also where the parser read "Four Chilean" as a name
    if token.lower_ == "one" and any(n.dep_ == "nummod" for p in token.children if p.lower_ == "of"
                                     for o in p.children for n in o.children):
        return None  # "she was one of 157 Peruvians freed": one person of the group counted
    if token.dep_ == "conj" and not any(captive_word(o) for p in token.children if p.lower_ == "of"
                                        for o in p.children if o.dep_ == "pobj"):
        return None  # "34 soldiers and 11 of their relatives": a part of the group, with its own count
    words = _number_words(token)
    return None if _hedged(words) else parse_count(" ".join(t.text for t in words))


def approximate_count(token: Token) -> int | None:
    """The number of people "some 200", "more than 400" or "about 150" states, which is no
    side's return but still tells that a side's people went."""
    if not token.like_num or token.dep_ not in ("nummod", "nsubj", "nsubjpass", "dobj", "pobj") or \
            _in_a_date(token) or token.dep_ == "nummod" and not captive_or_demonym(counted_noun(token)):
        return None
    words = _number_words(token)
    return parse_count(" ".join(t.text for t in words)) if _hedged(words) else None


def _hedged(words: list[Token]) -> bool:
    """Whether "some", "about", "more than" or the like comes right before a number's words."""
    before = words[0].doc[max(words[0].i - 2, 0) : words[0].i]
    return any(t.lower_ in _APPROXIMATE and t.dep_ != "prt" and not _particle_over(t) for t in before)


def _a_groups_name(number: Token) -> bool:
    """ "the three members of the Cuban Five": a number in capitals after a name's word names the
    group some of whom the sentence counts; "freed the Cuban Five" frees five, and "Nine
    Ukrainians came home" and a headline's "Ukraine Frees Nine Russian Soldiers" count too."""
    before = number.doc[number.i - 1] if number.i > number.sent.start else None
    return number.text[:1].isupper() and not number.is_digit and number.dep_ == "pobj" and \
        number.head.lower_ == "of" and before is not None and before.text[:1].isupper() and \
        before.pos_ in ("PROPN", "ADJ") and not before.like_num


def number_before(noun: Token) -> int | None:
    """The number written right before a noun that the parser hung elsewhere: "31 December 2019 -
    Twenty-five detainees", "The autumn round - Twenty detainees"."""
    words = []
    for token in reversed(noun.doc[noun.sent.start : noun.i]):
        if not ((token.like_num and not _in_a_date(token)) or (words and token.text == "-")):
            break
        words.insert(0, token)
    return parse_count(" ".join(t.text for t in words)) if words else None


def _number_words(token: Token) -> list[Token]:
    """The words of the number `token` heads: "a hundred and three", "1,027"."""
    numeric = {t.i for t in token.subtree if (t.like_num and not _in_a_date(t)) or t.lower_ in ("and", "a", "-")}
    start = end = token.i
    while start - 1 in numeric:
        start -= 1
    while end + 1 in numeric and (token.doc[end + 1].lower_ != "and" or end + 2 in numeric):
        end += 1
    return list(token.doc[start : end + 1])


def _in_a_date(token: Token) -> bool:
    """ "The first day of 2017 - Thirty-one detainees", "8 May 2018 - Nine detainees": a
    year, or a day of a date, the parser joined to the count."""
    if token.ent_type_ == "DATE" and token.is_digit and len(token.text) == 4:
        return True
    return token.is_digit and any(d.span.start <= token.i < d.span.end for d in token.doc._.dates or [])


def _particle_over(token: Token) -> bool:
    """ "handed over 32" ("over" goes with the verb), not "freed over 100" (more than)."""
    return token.lower_ == "over" and token.i > 0 and token.doc[token.i - 1].lemma_ in ("hand", "turn")


def captive_or_demonym(noun: Token) -> bool:
    """People: "prisoners", "Ukrainians", "Albanian policemen", "members of the crew", "four
    teachers abducted by X", and a people the gazetteer has no state for ("1,214 Tigrayans",
    "30 Kurds"), which the NER knows."""
    gaz = gazetteer()
    held = any(c.dep_ in ("acl", "relcl") and c.lemma_ in _HOLDING for c in noun.children)  # "who had been held"
    return captive_word(noun) or held or gaz.demonym_at(noun) is not None or noun.ent_type_ == "NORP" or \
        any(captive_word(c) for c in noun.children if c.dep_ == "prep") or \
        any(c.dep_ == "amod" and gaz.demonym_at(c) for c in noun.children)


def _is_subcount(noun: Token) -> bool:
    """ "230 Ukrainians, 224 soldiers and six civilians": the breakdown is not a return;
    nor is the total of "an exchange of 887 detainees"."""
    node = noun
    while node.dep_ == "conj":
        node = node.head
    among = noun.head.lower_ == "among" and noun.head.head.lemma_ != "be"  # not "X was among 90"
    among = among or among_them(node)
    # not "handed to the side 11 men", nor "He (or Abdi) came home, one of three Americans freed"
    one_of = node.head.pos_ == "PRON" or any(t.lower_ == "one" and t.dep_ == "quantmod" for t in node.subtree)
    # "the largest swap of the war: 215 Ukrainians were exchanged for ...": the swap told out after a colon, by
    # one people's count (not "the largest swap: 1,056 prisoners over two days", its total)
    told_out = node.left_edge.i > 0 and node.doc[node.left_edge.i - 1].text == ":" and \
        node.head.lemma_.lower() in TRIGGER_NOUNS and gazetteer().demonym_at(node) is not None
    # "traded prisoners on Monday, 27 Chileans for 19 Peruvians": who for whom; "the price of her release ...: 300
    # prisoners freed"
    appended = node.dep_ == "appos" and _handed_to_first(node) is None and not one_of and not _by_peoples(node) \
        and not these_for_those(node) and node.head.lemma_ not in ("price", "cost") and not told_out
    return appended or node.head.lower_ == "including" or among or _sums_to_the_count_before(node, noun) or \
        (_of_an_exchange(node) and _for_whom(node) is None) or _a_total_by_peoples(noun) or _some_sent_on(node)


def _some_sent_on(noun: Token) -> bool:
    """ "Two of them were flown on to Britain": some of those counted before, taken further on
    after they came back, no return of their own."""
    verb = noun.head
    partitive = any(p.lower_ == "of" and any(o.lower_ in ("them", "those") for o in p.children) for p in noun.children)
    return partitive and noun.dep_ in ("nsubjpass", "nsubj") and any(  # "on", however the parser reads it
        c.lower_ == "on" and (c.dep_ in ("prt", "advmod") or c.dep_ == "prep" and not any(c.children))
        for c in verb.children)


def _sums_to_the_count_before(node: Token, noun: Token) -> bool:
    """ "245 people, 200 soldiers and 45 civilians, ...": counted parts (`noun` one of them,
    `node` the first) that add up to the count just before them break it down, however the
    parser hangs them; unless they are the peoples each side got back (`_by_peoples`)."""
    parts = [part for part in (node, *node.conjuncts) if count_in(part) is not None]
    total = _count_set_off_before(node)
    if len(parts) < 2 or noun not in parts or total is None:
        return False
    return total == sum(count_in(part) for part in parts) and not _by_peoples(node)


def _count_set_off_before(node: Token) -> int | None:
    """The count of the word right before the phrase's comma, colon or bracket: the 245 of "245
    people, 200 soldiers and ..." and of "the release of 104 people: 63 ...", whose parts follow."""
    start = node.left_edge.i
    if start < node.sent.start + 2 or node.doc[start - 1].text not in (",", ":", "("):
        return None
    return count_in(node.doc[start - 2])


def _a_total_by_peoples(noun: Token) -> bool:
    """ "The 230 prisoners, 115 Ukrainians and 115 Russians, were freed", "swapped 230 prisoners:
    115 Ukrainians and 115 Russians": a total its peoples' counts right after it add up to is no
    return of its own; the parts say what each side got back."""
    total = count_in(noun)
    first = next((c for c in noun.children if c.dep_ in ("appos", "conj") and count_in(c) is not None), None)
    handed_to = any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in noun.head.children)
    if total is None or first is None or noun.dep_ in ("conj", "appos") or handed_to:
        return False  # "Five people - three Poles and two Belarusians - were handed to Poland": all five Poland's
    parts = [first, *(c for c in first.conjuncts if c.i != noun.i)]  # the parser may join the parts to the total
    peoples = {c.code for part in parts for t in part.subtree if (c := gazetteer().demonym_at(t)) is not None}
    counted = [n for part in parts if (n := count_in(part)) is not None]  # not "nine Britons, nine Saudis and
    return len(peoples) >= 2 and len(counted) >= 2 and sum(counted) == total  # an Italian", the first no total


def _by_peoples(node: Token) -> bool:
    """ "190 captives: 95 Ukrainian and 95 Russian prisoners", "the release of 52 people: 30
    soldiers held by A, and 41 fighters held by B": a total split between peoples, or between
    those who held them, part by part, says how many each side got back; "230 Ukrainians: 224
    soldiers and six civilians" and "260 prisoners, among them 240 Syrians and 17 Jordanians" do
    not."""
    parts = (node, *node.conjuncts)
    total = count_in(node.head) or _count_set_off_before(node)
    peoples = {c.code for part in parts for t in part.subtree if (c := gazetteer().demonym_at(t)) is not None}
    holders = {holder.lower_ for part in parts for holder in holders_of_counted(part.subtree)}
    return total is not None and (len(peoples) >= 2 or len(holders) >= 2) and \
        sum(count_in(part) or 0 for part in parts) == total


def count_in(noun: Token) -> int | None:
    """The count a noun's number gives: "95 Ukrainian prisoners" -> 95."""
    return next((n for c in noun.children if c.dep_ == "nummod" and (n := count_of(c)) is not None), None)


def _a_ratio(noun: Token) -> bool:
    """ "three prisoners for every hostage": a rate of the deal, not people counted."""
    return any(p.lower_ == "for" and any(o.dep_ == "pobj" and any(d.lower_ in ("every", "each") for d in o.children)
                                         for o in p.children) for p in noun.children)


def _of_an_exchange(noun: Token) -> bool:
    """ "an exchange of 887 detainees": the people the exchange moved."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_ in TRIGGER_NOUNS


def _for_whom(noun: Token) -> Token | None:
    """ "the exchange of 27 Serbs for 15 Croats", "the handover of four soldiers, against the
    release of 11 fighters": the people, right after `noun`, that the exchange gave for it,
    wherever the parser hung them."""
    doc = noun.doc
    after = max(t.i for t in noun.subtree) + 1
    after += 1 if after < len(doc) and doc[after].text == "," else 0
    if after + 1 >= len(doc) or doc[after].lower_ not in ("for", "against"):
        return None
    price = [o for o in doc[after].children if o.dep_ == "pobj"]
    price += [p for o in price if o.lemma_ in ("release", "freeing", "handover")
              for of in o.children if of.lower_ == "of" for p in of.children if p.dep_ == "pobj"]
    return next((o for o in price if captive_or_demonym(o)), None)


def _exchanged_for(noun: Token) -> bool:
    """The second group of "the exchange of 27 Serbs for 15 Croats"."""
    before = noun.doc[noun.head.i - 1] if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
    while before is not None and before.dep_ != "pobj" and before.head.i != before.i:
        before = before.head
    return before is not None and _of_an_exchange(before) and _for_whom(before) == noun


def _free_now(verb: Token) -> bool:
    """ "Two Americans are free tonight, in exchange for ...", "Nine soldiers are free. In return,
    A handed over eleven": free by a swap the sentence, or the next one's opening, tells; not
    "they were free to leave" nor free as ever."""
    doc = verb.doc
    following = doc[verb.sent.end].sent if verb.sent.end < len(doc) else None
    paid_next = following is not None and _PAID_BACK_OPENING.match(following.text) is not None
    return any(c.dep_ == "acomp" and c.lower_ == "free" and not any(d.dep_ in ("xcomp", "prep") for d in c.children)
               for c in verb.children) and (any(t.lemma_.lower() in TRIGGER_NOUNS for t in verb.subtree) or paid_next)


_PAID_BACK_OPENING = re.compile(r"\W*In (?:return|exchange)\b(?! for)", re.IGNORECASE)


_MOVING_NOUNS = {"release", "handover", "transfer", "repatriation", "liberation"}  # "the transfer of 40 prisoners"


def _released(noun: Token) -> bool:
    """Whether the counted people are released, handed over, exchanged or come home."""
    gapped = _gapped_release(noun)
    if gapped is not None:
        return not hypothetical(gapped[0])
    let_go = _freed_through(noun)
    if let_go is not None:
        return not hypothetical(let_go)
    if _handed_to_first(noun) is not None:
        return True
    if any(c.dep_ == "relcl" and _home_or_free(c) for c in noun.children):
        return True  # "one of 185 servicemen who came home on Thursday"
    if _freed_right_after(noun):
        return True
    if these_for_those(noun) or noun.dep_ == "pobj" and noun.head.lower_ == "for" and these_for_those(noun.head.head):
        return True  # "it was seven Chileans for two Peruvians"
    node = noun
    comprising = first_conjunct(noun).head
    if noun.dep_ in ("dobj", "conj") and comprising.lemma_ in _COMPRISING:
        total = next((t for t in reversed(noun.doc[noun.sent.start : comprising.i]) if captive_word(t)), None)
        return total is not None and _released(total)  # "the exchange of 230 captives, comprising 115 A and 115 B"
    if moved_by(noun) is not None:  # "the transfer of 40 prisoners ... and of 12 detainees"
        return not fell_through(moved_by(noun)) and not the_dead(noun)
    while not _freed_participle(node) and node.dep_ in ("conj", "appos", "pobj", "prep") and \
            node.head.i != node.i:
        if node.dep_ == "pobj" and node.head.lower_ == "for" and (
                node.head.head.lower_ in ("exchange", "return") or node.head.head.lemma_ in TRIGGER_VERBS
                or paid_for_by(node) is not None or _exchanged_for(node)):  # "traded for five Iranians",
            return not _price_of_a_plan(node.head.head)  # "freed 40 for two", "the exchange of 44 A for 12 B"
        node = node.head
        if node.pos_ == "NOUN" and node.lemma_ in _MOVING_NOUNS | {"return", "exchange", "swap"}:
            return not fell_through(node)  # not "the release of 90 prisoners was postponed"; but "the expected
            # release of five", which a live blog then tells
        if the_dead(node):
            return False  # "handed over the remains of 3 soldiers"
    if _freed_participle(node):
        return True
    verb = _governing_verb(node) if node.dep_ in ("nsubj", "nsubjpass", "dobj") else None
    if verb is not None and verb.lemma_ == "be" and (any(c.lower_ in ("back", "home") for c in verb.children)
                                                     or _among_those_freed(verb) or _on_the_way_home(verb)
                                                     or _free_now(verb)):
        return not hypothetical(verb)  # "three hostages are back in Israel", "were among those freed"
    if verb is not None and (_carried_by_a_vehicle(verb) or _reunited_on_release(verb)):
        return not hypothetical(verb)
    if verb is None or verb.lemma_ not in RELEASE_VERBS | RECEIVE_VERBS | RETURN_VERBS and not _taken_back(verb):
        return False
    return not hypothetical(verb) or verb.lemma_ == "free"


def _reunited_on_release(verb: Token) -> bool:
    """ "34 men were reunited with their families today after the ICRC facilitated their
    release": home, where the sentence tells of their release; not families reunited across a
    border after decades apart."""
    return verb.lemma_ == "reunite" and any(
        t.lemma_ in ("release", "free", "handover", "exchange", "swap") for t in verb.subtree if t.i > verb.i)


def _taken_back(verb: Token) -> bool:
    """ "Russia took its ten back", "took back 40 soldiers": received them."""
    return verb.lemma_ == "take" and any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in verb.children)


def _price_of_a_plan(word: Token) -> bool:
    """ "are to be released by Sunday in exchange for 40 prisoners": what a release still to come is paid
    with; not where the parser hangs the price on another verb ("a businessman awaiting trial"),
    nor where the people it buys are counted as freed ("agreed to free 12 in exchange for two,
    and the swap took place")."""
    verb = paying_verb(word) if word.lower_ in ("exchange", "return") else word
    if verb is None or verb.pos_ != "VERB" or verb.lemma_ not in RELEASE_VERBS | TRIGGER_VERBS or \
            not hypothetical(verb):
        return False
    bought = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return not (bought and _released(bought[0]))


def _on_the_way_home(verb: Token) -> bool:
    """ "Three Peruvians held in Chile are on their way home": people who were held coming home;
    not officials who oversaw the handover, nor "will be on their way home once a deal is signed"."""
    people = [c for c in verb.children if c.dep_ == "nsubj"]
    held = any((captive_word(p) or gazetteer().demonym(p.text)) and not any(  # not "officials who oversaw it"
        c.dep_ in ("acl", "relcl") and c.lemma_ not in _HOLDING | RELEASE_VERBS for c in p.children) for p in people)
    future = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "may", "might") for c in verb.children)
    return held and not future and any(p.dep_ == "prep" and p.lower_ == "on" and any(
        w.lower_ == "way" and any(c.lower_ in ("home", "back") for c in w.children) for w in p.children)
        for p in verb.children)


def _among_those_freed(verb: Token) -> bool:
    """ "15 Saudis were among those flown out", "among the men released": counted in a release."""
    return any(p.lower_ == "among" and any(_freed_participle(o) for o in p.children)
               for p in verb.children if p.dep_ == "prep")


def _carried_by_a_vehicle(verb: Token) -> bool:
    """ "A plane carrying 100 detainees landed", "a second flight took 15 nationals to Abha":
    people a handover's transport moved (and not "the militants took 15 hostages")."""
    vehicle = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return verb.lemma_ in TRANSPORT_VERBS and vehicle is not None and vehicle.lemma_.lower() in VEHICLES


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
    """The verb that freed the people a preposition, a relative clause or "let ... go" names:
    "let" of "the army let go of 41 fighters" and of "Moscow let X go", "granted" of "the US
    granted clemency to seven Iranians", "handed" of "one of 22 fishermen whom the Rangers
    handed to India"."""
    relative = [c for c in noun.children if c.dep_ == "relcl" and c.lemma_ in RELEASE_VERBS and any(
        w.dep_ in ("dobj", "nsubjpass") and w.tag_ in ("WP", "WDT") for w in c.children)]
    if relative:
        return relative[0]
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "go" and noun.head.dep_ in ("ccomp", "xcomp") and \
            noun.head.head.lemma_ == "let":
        return noun.head.head
    if noun.dep_ != "pobj":
        return None
    go = noun.head.head if noun.head.lower_ == "of" else None
    if go is not None and go.lower_ == "go" and go.head.lemma_ == "let":
        return go.head
    charges = noun.head.head if noun.head.lower_ == "against" else None
    if charges is not None and charges.dep_ == "dobj" and drops_charges(charges.head):
        return charges.head  # "dropped charges against seven Iranians"
    grant = noun.head.head if noun.head.lower_ == "to" else None
    return grant if grant is not None and grants_mercy(grant) else None


def drops_charges(verb: Token) -> bool:
    """ "dropped charges against seven Iranians": a release by another name."""
    return verb.lemma_ == "drop" and any(c.dep_ == "dobj" and c.lemma_ == "charge" for c in verb.children)


def grants_mercy(verb: Token) -> bool:
    """ "granted clemency (to ...)", "granted them a pardon": a release by another name."""
    return verb.lemma_ == "grant" and any(c.dep_ == "dobj" and c.lemma_.lower() in _MERCY for c in verb.children)


def _a_whole_split_after(noun: Token) -> bool:
    """ "Of the 90 prisoners released on Monday, 50 were ...": a whole the sentence goes on to
    split, not "one of three hostages freed"."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ != "one"


def _after_a_colon(noun: Token) -> bool:
    """ "...: 40 soldiers handed over and 12 wounded": a group set out after a colon, a part of
    what the words before it told."""
    start = noun.left_edge.i
    return start > noun.sent.start and noun.doc[start - 1].text == ":"


def _freed_right_after(noun: Token) -> bool:
    """ "(she was among) the 64 sailors returned home on Friday": a participle right after
    the people, which the parser took for a verb of its own, without a subject, or for one
    of "one of three hostages freed on Friday"."""
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    misread = after is not None and (after.dep_ == "advcl" or after.dep_ == "acl" and after.head.lower_ == "one")
    return after is not None and misread and after.tag_ in ("VBD", "VBN") and \
        after.lemma_ in RELEASE_VERBS | RETURN_VERBS and not hypothetical(after) and \
        not any(c.dep_.startswith("nsubj") for c in after.children)


def _freed_participle(node: Token) -> bool:
    """ "103 Ukrainians freed in the deal", "one of 212 men freed on Friday"."""
    return any(c.dep_ == "acl" and c.lemma_ in RELEASE_VERBS | RETURN_VERBS and not hypothetical(c)
               for c in node.children)


def _gapped_release(noun: Token) -> tuple[Token, Token] | None:
    """ "30 soldiers were handed to the army and 12 fighters to the group": the second
    group of a release whose verb is left out, as (the verb, where the group went)."""
    if noun.dep_ != "conj" or noun.pos_ != "NOUN":
        return None
    first = noun.head
    verb = first.head.head if first.dep_ == "pobj" and first.head.lower_ == "to" else first
    if verb.pos_ != "VERB" or verb.lemma_ not in RELEASE_VERBS | RETURN_VERBS:
        return None
    own = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
    later = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" and p.i > noun.i
             for o in p.children if o.dep_ == "pobj"]
    return (verb, (own or later)[0]) if own or later else None


def _recipient(noun: Token, refs: References) -> str | None:
    """Who got the counted people back, when the phrase itself says so."""
    gapped = _gapped_release(noun)
    if gapped is not None:
        key = actor_of(loyal_to(gapped[1]), refs)
        return None if key is None or _intermediary(key, refs) else key
    verb = _governing_verb(noun)
    if verb is not None and (verb.lemma_ in RECEIVE_VERBS and not _brought_elsewhere(verb) or _taken_back(verb)):
        receiver = _subject_or_camp(verb, refs)  # "the rebels got back 40 of their men", before "their"
        if receiver:
            return receiver
    shifted = _handed_to_first(noun)
    if shifted is not None:
        return actor_of(shifted, refs)
    named = _recipient_in_phrase(noun, refs)
    sent_to = None if named else _recipient_by_verb(verb, noun, refs)  # "sent to the Chileans", not the other way
    if named is None and sent_to is None and (verb is not None and any(
            the_other_way(c) or c.dep_ == "advcl" and any(map(the_other_way, c.children)) for c in verb.children)
            or _went_the_other_way(noun)):
        return OTHER_WAY  # "freed six held in Belarus and sent four the other way"; "Going the other way, X freed 9"
    handed = [c for c in noun.children if c.dep_ in ("acl", "relcl")]  # "the 14 detainees handed over by A to B"
    if named and named.startswith("Organization:") and _sent_to_a_state(verb, refs):
        return None  # "four Azov officers were sent to Austria": to stay there, not home to their unit
    return named or sent_to or \
        next((k for c in handed if (k := _recipient_by_verb(c, noun, refs))), None) or _taken_to(noun, refs) or \
        _from_side(noun, refs) or _country_of_one_home(noun, refs)


def _taken_to(noun: Token, refs: References) -> str | None:
    """ "the release and transfer of three hostages from Gaza to Israel": the state a released
    group is taken to, named outright after it (not "to Israeli prisons")."""
    number = next((c for c in noun.children if c.like_num and c.dep_ == "nummod"), None)
    if number is None or moved_by(noun) is None:
        return None
    named = [refs.country(code) for code in from_and_to(number)[1] if any(
        t.pos_ == "PROPN" and (country := gazetteer().country(t.text)) and country.code == code
        for t in noun.doc[number.i : noun.sent.end])]
    return named[0] if len(named) == 1 else None


def moved_by(noun: Token) -> Token | None:
    """The noun of moving ("the transfer of 40 prisoners", "the release ... and of 12 detainees")
    whose "of" phrase holds the counted people; a second "of" joined by "and" belongs to the
    noun of the one before it, wherever the parser hung it."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    of = noun.head
    if of.dep_ == "conj" or of.i > 0 and noun.doc[of.i - 1].lower_ == "and":
        of = next((t for t in reversed(noun.doc[noun.sent.start : of.i]) if t.lower_ == "of"), of)
    mover = of.head if of.head.pos_ == "NOUN" and of.head.lemma_ in _MOVING_NOUNS else None
    number = next((c for c in noun.children if c.like_num), None)
    released = mover is not None and any(c.lemma_ in ("release", "handover") for c in mover.conjuncts)
    if mover is not None and mover.lemma_ == "transfer" and not released and \
            not (number is not None and from_and_to(number)[1]):
        return None  # "the transfer of 500 detainees from Ofer to Ktziot prison": moved, not freed
    return mover


def _brought_elsewhere(verb: Token) -> bool:
    """ "Guards brought four soldiers onto a stage": brought somewhere, not back or home as
    "A brought home 40 (brought 40 back, out of captivity, to freedom)" tells."""
    return verb.lemma_ == "bring" and not any(
        c.lower_ in ("back", "home") or c.dep_ == "prep" and c.lower_ == "out" or c.dep_ == "prep" and any(
            o.lower_ in ("freedom", "safety", "liberty") for o in c.children) for c in verb.children)


def _country_of_one_home(person: Token, refs: References) -> str | None:
    """ "Belgian aid worker X, held in Iran, landed in Muscat": a named person who came home
    goes to the country the description gives (not one let go: "freed X, the Colombian
    businessman" goes to the side that paid for him)."""
    key = refs.named(person)
    if key is None or refs.actors[key].kind != "Person" or not _came_home(person):
        return None
    return nationality(person, refs)


def _sent_to_a_state(verb: Token | None, refs: References) -> bool:
    targets = [o for c in (verb.children if verb is not None else []) if c.dep_ == "prep" and c.lower_ == "to"
               for o in c.children if o.dep_ == "pobj"]
    return any((key := refs.named(t)) and refs.actors[key].kind == "Country" for t in targets)


def _went_the_other_way(noun: Token) -> bool:
    """ "while 20 detainees freed from its prisons went the other way": the other way told
    after the counted people, before any other number, however the parser joined the clauses."""
    after = noun.doc[noun.i + 1 : noun.sent.end]
    end = next((t.i for t in after if t.like_num), noun.sent.end)
    return any(the_other_way(t) for t in noun.doc[noun.i + 1 : end])


def the_other_way(token: Token) -> bool:
    """ "(sent four) the other way", "in the other direction", "(ten went one way,) four came the
    other"."""
    if token.lower_ == "other" and token.i > 0 and token.doc[token.i - 1].lower_ == "the" and \
            (token.i + 1 == len(token.doc) or not token.doc[token.i + 1].is_alpha):
        return "one way" in token.doc[token.sent.start : token.i].text.lower()
    return token.lower_ in ("way", "direction") and any(o.lower_ in ("other", "opposite") for o in token.children)


def _from_side(noun: Token, refs: References) -> str | None:
    """ "12 captives from the Armenian side", "84 prisoners of war belonging to the Chadian
    side": the people of that side (not "in the custody of the Azerbaijani side", its captives)."""
    doc = noun.doc
    for token in doc[noun.i + 1 : min(noun.i + 8, len(doc))]:
        if token.like_num:
            return None
        if token.lower_ == "side" and any(t.lower_ == "from" or t.lemma_ == "belong"
                                          for t in doc[noun.i + 1 : token.i]):
            modifiers = [c for c in token.children if c.dep_ in ("amod", "compound")]
            if modifiers:  # "the South Sudanese side"
                first = min(t.i for m in modifiers for t in m.subtree)
                country = gazetteer().demonym(doc[first : token.i].text)
                return refs.country(country.code) if country else None
    return None


def _recipient_in_phrase(noun: Token, refs: References) -> str | None:
    gaz = gazetteer()
    whose = [*(c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and
               noun.lemma_ not in ("hostage", "captive")), *_belonging(noun)]  # "hostages of X": held by X
    of_phrase = [t for c in whose for t in _own_words(c)]
    heads_first = sorted(of_phrase, key=lambda t: t.dep_ != "pobj")  # the group, not "al-Qaeda-linked"
    for token in heads_first:  # "three citizens of the United States", "four commanders of the group"
        key = refs.named(token) or (refs.resolve(token) if token.pos_ in ("NOUN", "PROPN") else None)
        if key and (refs.actors[key].kind == "Country" or
                    gaz.is_armed_group(refs.actors[key].name)):
            return key
        if key and token.dep_ == "pobj" and _belongs_to(token.head, noun) and refs.actors[key].kind == "Organization" \
                and gaz.organization_kind(refs.actors[key].name) is None and refs.actors[key].part_of is None \
                and not CIVIL_HOUSES & set(refs.actors[key].name.lower().split()):
            return key  # "nine members of the 33rd Front": a body the gazetteer does not know, not a state's, nor
            # "the nuns of the Monastery of Saint Thecla", whose house takes no side
    # "47 Moslems and Croats": a mixed group, led by a people with no state, is no conjunct's state's
    stateless = (noun.ent_type_ == "NORP" or noun.tag_ == "NNPS") and gaz.demonym_at(noun) is None
    words = [noun, *(c for c in noun.children if not (stateless and c.dep_ == "conj")), *of_phrase]
    for token in sorted(words, key=lambda t: t.dep_ == "poss"):  # a possessive last: "its remaining 1,287
        # Eritrean prisoners"
        country = None if dual_nationality(token) else gaz.demonym_at(token)
        if country and token.text[0].isupper():  # "Ethiopian soldiers" are the state's, whoever else is named
            return refs.country(country.code) if noun.lemma_ in STATE_PEOPLE else people_key(country.code, refs)
        group = gaz.organization_by_word(token.text)
        if group and token.text[0].isupper() and token.dep_ in ("amod", "compound"):
            return f"Organization:{group}" if f"Organization:{group}" in refs.actors else None
        named = refs.named(token) if token.dep_ == "compound" or token.dep_ == "amod" and token.text[0].isupper() \
            else None  # also "37 Marovian soldiers" of a state the gazetteer does not know, named by its people
        if named and (refs.actors[named].kind == "Country" or
                      gaz.is_armed_group(refs.actors[named].name) or _a_group_unknown(named, noun, refs)):
            return named  # "27 TNLA members", "five United States citizens", "eight CMA fighters"
        if token.lower_ == "our" and token.pos_ == "PRON" and token.dep_ == "poss" and \
                (key := speakers_side(token, refs)):
            return key  # "115 of our people", said by one who speaks for a side
        if token.lower_ in ("its", "their") and token.dep_ == "poss":
            subject = next((t for t in token.sent if t.dep_ == "nsubj" and t.i < token.i), None)
            if subject is not None and actor_of(subject, refs) is None and _camp(subject):
                return _camp(subject)  # "the government freed 20 in return for 9 of its own"
            key = side_of(refs.resolve(token), refs)
            if key and token.lower_ == "their" and _its_own_releaser(noun, key, refs):
                key = side_of(refs.resolve_besides(token, key), refs)
            if key:
                return key
    return _camp(noun)


def _its_own_releaser(noun: Token, key: str, refs: References) -> bool:
    """ "Azerbaijan freed ten Armenians and Armenia released three of their soldiers": a state
    named in the singular is no "their", so the people it lets go are the other side's (while
    "Ukraine freed 90 of its defenders" got its own back)."""
    verb = _governing_verb(noun)
    handed_back = verb is not None and verb.lemma_ == "return" and any(c.dep_ == "dobj" for c in verb.children)
    if verb is None or verb.lemma_ not in RELEASE_VERBS - TRIGGER_VERBS and not handed_back:
        return False  # not "A traded three of its nationals for five others": its own, traded back
    return any(c.dep_ == "nsubj" and c.tag_ == "NNP" and side_of(actor_of(c, refs), refs) == key
               for c in verb.children)


_MEMBERS = GROUP_WORDS | {"fighter", "combatant", "militant"}  # not "members" of an aid society or assembly


def _a_group_unknown(key: str, noun: Token, refs: References) -> bool:
    """ "eight CMA fighters": a body the gazetteer does not know, and no state's part, whose
    fighters they are (not "40 Tigrayan fighters", named by their people)."""
    actor = refs.actors[key]
    named_so = actor.name.isupper() or " " in actor.name  # "CMA", "the 33rd Front"; not "Tigrayan"
    return actor.kind == "Organization" and actor.part_of is None and noun.lemma_.lower() in _MEMBERS and \
        named_so and gazetteer().organization_kind(actor.name) is None


def side_or_camp(token: Token, refs: References) -> str | None:
    """The side a word names ("the Nigerian authorities" too), else the camp: "the government"
    where no government is named; else the state of a people named as a side ("the Russians
    handed over 90")."""
    return actor_of(token, refs) or _camp(token) or _the_people(token, refs)


def _the_people(noun: Token, refs: References) -> str | None:
    """ "The Russians", "the Bosnian Serbs": a people in the plural, as one side, stands for
    its state."""
    if noun.tag_ not in ("NNPS", "NNS") or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    return refs.people(noun)


def _camp(noun: Token) -> str | None:
    """ "five government soldiers", "twelve rebels", "opposition detainees": people of the
    state's side or of the armed group's, in a war between the two. "The authorities" are the
    state's, unless they are the rebels' ("the rebel authorities")."""
    words = {noun.lemma_.lower()} | {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound")}
    words |= {h.lemma_.lower() for c in noun.children if c.dep_ == "amod" and c.lower_ == "held"  # "government-held
              for h in c.children if h.dep_ in ("npadvmod", "compound")}  # territory"
    if words & _STATE_WORDS or noun.lemma_.lower() == "authority" and not words & GROUP_WORDS:
        return STATE_CAMP
    if words & GROUP_WORDS or words >= {"armed", "group"} or "backed" in words:  # "the armed groups released 76",
        return GROUP_CAMP  # "Russian-backed fighters"
    return None


_BELONGING = {"belong", "affiliate", "loyal", "attach"}


def _belonging(noun: Token) -> list[Token]:
    """The prepositions of "22 detainees belonging to (affiliated with, loyal to) the GNU":
    whose people they are, as "of" would say."""
    return [p for c in noun.children if c.dep_ in ("acl", "amod") and c.lemma_ in _BELONGING
            for p in c.children if p.dep_ == "prep" and p.lower_ in ("to", "with")]


def _belongs_to(prep: Token, noun: Token) -> bool:
    """Whether a preposition says whose the people are: "of" on the noun, "to" on "belonging",
    or "of" on those they belong to ("belonging to the fighters of the Council")."""
    if prep.lower_ == "of" and prep.head.dep_ == "pobj" and prep.head.head.lower_ in ("to", "with"):
        prep = prep.head.head
    return prep.head == noun or prep.head.lemma_ in _BELONGING and prep.head.head == noun


def _own_words(token: Token) -> list[Token]:
    """The token's phrase without what is conjoined to its words or said of them in a clause:
    in "22 of its troops and Eritrea 16", "of its troops"; in "two nephews of a minister who
    were jailed in Peru", "of a minister"."""
    joined = {t.i for node in token.subtree for c in node.children if c.dep_ in ("conj", "cc", "relcl", "acl")
              for t in c.subtree}
    return [t for t in token.subtree if t.i not in joined]


def people_key(code: str, refs: References, register: bool = True) -> str:
    """Whom a demonym names: its country, unless the document does not name the country (but as a
    place: "held in Syria") nor its government or a body of it ("the Syrian government"), but
    names an armed group of it ("Palestinian prisoners" in a report about Hamas): the one group,
    or the one it names most. The country becomes an actor of the document only when
    `register` says so."""
    country = refs.actors.get(f"Country:{code}")
    named = country is not None and (any(  # not only made an actor by a demonym, nor only a place ("held in X")
        m.key == country.key and not is_locative(m.span) for m in refs.mentions) or any(
        a.part_of == country.key and a.mentions for a in refs.actors.values()))
    if not named:
        groups = sorted((len(a.mentions), k) for k, a in refs.actors.items()
                        if gazetteer().organization_country(a.name) == code)
        if len(groups) == 1 or len(groups) > 1 and groups[-1][0] > groups[-2][0]:
            return groups[-1][1]
        if kin := kin_state(code, refs):
            return kin
    return refs.country(code) if register else f"Country:{code}"


def _recipient_by_verb(verb: Token | None, noun: Token, refs: References) -> str | None:
    """ "handed over to X", "crossed into X", or the side whose people were the price ("freed
    ... in return for them"); `verb` is the one that governs the counted noun."""
    for move in reversed(_moves(verb)):  # "handed over to Egyptian officials and then returned to Israel"
        back = [c for c in move.children if c.dep_ == "advmod" and c.lower_ in ("back", "home")]  # "went back to X"
        for child in [c for head in (move, *back) for c in head.children]:
            if child.dep_ in ("prep", "dative") and (child.lower_ == "to" or  # "crossed into Israel"
                                                      child.lower_ == "into" and move.lemma_ in RETURN_VERBS):
                target = [loyal_to(t) for t in child.children if t.dep_ == "pobj"]
                key = (actor_of(target[0], refs) or refs.people(target[0])) if target else None  # "the Chileans"
                if key and not _intermediary(key, refs) and not passed_on_by(target[0], refs) and not (
                        move.lemma_ in RETURN_VERBS and _a_city(target[0])):
                    return key  # not "handed to the Red Cross", not "flown to Doha"
                camp = _camp(target[0]) if target and not any(c.dep_ == "poss" for c in target[0].children) else None
                if camp:  # not "released to their own Government": the people's, whichever that is
                    return camp  # "returned to the government side", "handed to the rebel commanders"
    paying = paid_for_by(noun)
    if paying is not None:
        return _subject_or_camp(paying, refs)  # "the government freed 20 in return for 9"
    return None


def _released_to_a_state(noun: Token, hint: str | None, refs: References) -> bool:
    """ "A and B released sixteen prisoners to the United States, Germany and their partners":
    a group let go to a state named outright, a side of the swap however many there are."""
    if hint not in refs.actors or refs.actors[hint].kind != "Country":
        return False
    return any(_named_outright(o) and actor_of(o, refs) == hint  # the state itself, not "Egyptian officers"
               for move in _moves(_governing_verb(noun)) if move.lemma_ in RELEASE_VERBS
               for p in move.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
               for o in p.children if o.dep_ == "pobj")


def _released_with(count: Count, recipient: str, refs: References) -> list[str]:
    """ "released sixteen to the United States, Germany and Poland": the other states the group
    went to together, sides too, though the story does not say how many each got."""
    if not count.share or recipient != count.hint:
        return []
    verb = _governing_verb(counted_noun(count.token))
    targets = [o for move in _moves(verb) for p in move.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
               for o in p.children if o.dep_ == "pobj" and actor_of(o, refs) == recipient]
    return [key for o in targets[:1] for c in o.conjuncts if _named_outright(c) and (key := actor_of(c, refs))
            and refs.actors[key].kind == "Country" and key != recipient]


def _named_outright(target: Token) -> bool:
    """ "the United States", "U.S. special forces", "representatives of the Kingdom of Norway": a
    state by its name, not by its people's ("Egyptian officers")."""
    return target.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in target.children) or \
        any(p.lower_ == "of" and any(o.pos_ == "PROPN" for o in p.children) for p in target.children)


def _moves(verb: Token | None) -> list[Token]:
    """The verbs that move the same people on: `verb` and those joined to it without a
    subject of their own ("handed over to X and then returned to Y")."""
    if verb is None:
        return []
    joined = [c for c in verb.children if c.dep_ == "conj" and not any(s.dep_.startswith("nsubj") for s in c.children)]
    return [v for v in (verb, *joined) if v.lemma_ in RELEASE_VERBS | RETURN_VERBS]


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
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
    both = verb is not None and verb.lemma_ in TRIGGER_VERBS | RELEASE_VERBS and (len(subjects) > 1 or any(
        (c.conjuncts or _a_second_side_set_off(c, refs)) and not _with_its_allies(c) for c in subjects))  # "A and
    # B exchanged / freed 38", "A, B swap 43" (a headline's comma, read as two subjects or an apposition): a total
    both |= verb is not None and verb.lemma_ in TRIGGER_VERBS and \
        any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)  # "A swapped 15 prisoners with B"
    returning = verb is not None and verb.lemma_ == "return" and not any(t.lower_ in ("its", "their", "our")
                                                                        for t in noun.subtree)  # "India returned a
    # soldier held by the BSF": India let him go; "Chad returned 30 of its soldiers": Chad got them back
    freeing = verb is not None and (verb.lemma_ in RELEASE_VERBS or returning) and noun.dep_ in ("dobj", "conj") and \
        not both
    let_go = _freed_through(noun)
    subject = _subject_or_camp(verb, refs) if freeing else _subject_or_camp(let_go, refs) if let_go else None
    if subject:
        return subject
    if verb is not None and noun.dep_ == "nsubjpass" and verb.lemma_ in RELEASE_VERBS:
        agents = agents_of(verb)
        if agents:
            return side_or_camp(agents[0], refs)  # "50 prisoners were released by X"
    group = [noun, *(o for p in noun.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj")]
    participles = [c for n in group for c in n.children  # "five of its commanders held by X"
                   if c.dep_ == "acl" and c.lemma_ in RELEASE_VERBS | _TAKING]
    for participle in participles + ([noun.head] if _misread_participle(noun) else []):
        agents = agents_of(participle)
        if agents and participle.lemma_ != "arrest":  # "arrested by the FBI": the police arrest, the state holds
            return side_or_camp(agents[0], refs)  # "held by the government", where none is named
        if participle.lemma_ in _HELD_BY_THE_PLACE and (state := _state_held_in(participle, refs)):
            return state  # "five people held (arrested) in Belarus": Belarus let them go
    custodian = _custody_left(noun, refs)
    if custodian:
        return custodian
    holders = [s for c in noun.children if c.dep_ == "relcl" and c.lemma_ in _HOLDING
               for s in c.children if s.dep_ == "nsubj" and s.tag_ not in ("WP", "WDT")]
    if holders:  # "17 soldiers the militants had captured"
        return side_or_camp(holders[0], refs)
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
            noun.head.head.lemma_ in ("release", "return", "handover"):
        for prep in noun.head.head.children:
            if prep.dep_ == "prep" and prep.lower_ == "by":
                agents = [c for c in prep.children if c.dep_ == "pobj"]
                return side_of(refs.resolve(agents[0]), refs) if agents else None
    return _captivity_of_the_price(noun, refs)


_CUSTODY = {"custody", "captivity", "detention", "prison", "jail"}


def _custody_left(noun: Token, refs: References) -> str | None:
    """ "11 fighters from Chadian custody", "from the custody of the army": whoever held them."""
    places = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "from"
              for o in p.children if o.dep_ == "pobj" and o.lemma_ in _CUSTODY]
    owners = [w for o in places for w in (*(c for c in o.children if c.dep_ in ("amod", "compound", "poss")),
                                          *(x for q in o.children if q.lower_ == "of" for x in q.children))]
    for owner in owners:
        country = gazetteer().demonym_at(owner)
        key = refs.country(country.code) if country and owner.text[0].isupper() else side_or_camp(owner, refs)
        if key:
            return key
    return None


def _captivity_of_the_price(noun: Token, refs: References) -> str | None:
    """ "A released 1,027 prisoners in return for one soldier, after five years in B captivity":
    the side whose captivity the sentence names held the people paid for (the parser hangs it on
    the verb), unless that side is the one paying."""
    paying = paid_for_by(noun)
    if paying is None:
        return None
    payer = _subject_or_camp(paying, refs)
    holders = [side_of(refs.resolve(c), refs) for t in noun.sent if t.lemma_ in ("captivity", "custody")
               and t.dep_ == "pobj" and t.head.lower_ == "in" and clause_of(t) == paying  # not "while a third
               for c in t.children if c.dep_ in ("compound", "poss")]  # hostage remains in X captivity"
    return next((key for key in holders if key and key != payer), None)


def _a_second_side_set_off(subject: Token, refs: References) -> bool:
    """ "Chad army, FACT rebels (trade 20)": a headline's comma for "and",
    which the parser reads as an apposition naming another side."""
    own = side_or_camp(subject, refs)
    return any(c.dep_ == "appos" and (other := side_or_camp(c, refs)) is not None and other != own
               for c in subject.children)


def _state_held_in(participle: Token, refs: References) -> str | None:
    """The country of "held in Belarus", "held in Lebanese jails"."""
    places = [o for a in participle.children if a.dep_ == "prep" and a.lower_ == "in"
              for o in a.children if o.dep_ == "pobj"]
    key = refs.named(places[0]) if places else None
    if key and refs.actors[key].kind == "Country":
        return key
    states = [country for place in places[:1] for c in place.children
              if c.dep_ == "amod" and (country := gazetteer().demonym_at(c))]
    return refs.country(states[0].code) if states else None


def _held_in(noun: Token, refs: References) -> str | None:
    """The country the counted people were held in, as their participle tells it."""
    return next((state for c in noun.children if c.dep_ == "acl" and c.lemma_ in _HELD_BY_THE_PLACE
                 and (state := _state_held_in(c, refs))), None)


def _releasing_side(count: Count, parties: list[str], refs: References) -> str | None:
    """Who let a counted group go, among a swap's `parties`: "three Peruvians held in
    Colombia", in a swap with the ELN, were the ELN's to free, not a new side."""
    releaser = count.releaser
    if releaser in (*CAMPS, None) or releaser in parties or _held_in(counted_noun(count.token), refs) != releaser:
        return releaser
    return side_of_people(parties, releaser, refs) or releaser


def _with_its_allies(subject: Token) -> bool:
    """ "The government and its allies": one side and its helpers, not two sides."""
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their") for t in subject.conjuncts for c in t.children)


def subject(verb: Token, refs: References) -> str | None:
    """The side the verb's subject names ("forces loyal to X": X, not a person)."""
    subject = _subject_words(verb, refs)
    return _loyal_side(subject[0], refs) if subject else None


def _loyal_side(subject: Token, refs: References) -> str | None:
    """ "Forces loyal to the GNU": the GNU; the subject's own side where it is loyal to no body
    ("forces loyal to Khalifa Haftar", a person who is no side)."""
    target = loyal_to(subject)
    key = actor_of(target, refs)
    if target is not subject and key is not None and refs.actors[key].kind == "Person":
        return actor_of(subject, refs)
    return key


def _subject_words(verb: Token, refs: References) -> list[Token]:
    """The verb's subject, also where the parser hung it elsewhere; of two, the one nearer
    ("thanks to the emir, Sheikh X, the US recovered ...": the US)."""
    subject = sorted((c for c in verb.children if c.dep_ == "nsubj"), key=lambda c: abs(verb.i - c.i))[:1]
    if not subject and verb.dep_ == "acl" and any(c.dep_ == "dobj" for c in verb.children):
        # "The LNA, handed over 103 detainees", "A freed 18 men and B freed 12": a clause the parser
        # took for a participle of the noun, or of the last one joined to it
        before = [t for t in [verb.head, *verb.head.conjuncts] if t.i < verb.i]
        subject = [max(before, key=lambda t: t.i)] if before else []
    if not subject and verb.dep_ == "conj":
        subject = _misattached_subject(verb, refs) or [c for c in verb.head.children
                                                        if c.dep_ == "nsubj"]
    if not subject and verb.dep_ == "ccomp":  # "A got back 40 and B received nine": B hung on "40"
        subject = _misattached_subject(verb, refs)
    if not subject and verb.dep_ == "xcomp":  # "the rebels were to free 80"
        subject = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not subject and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.lemma_ in _REPLYING:
        subject = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "B reciprocated, freeing 14"
    if not subject and verb.dep_ == "pcomp" and verb.head.lower_ == "by":  # "B reciprocated by freeing 22", "B
        reply = verb.head.head  # made a reciprocal move by releasing 14": the doer of the verb "by" hangs on
        reply = reply.head if reply.pos_ == "NOUN" and reply.dep_ == "dobj" else reply
        subject = [reply.head] if reply.dep_ == "acl" else _subject_words(reply, refs) if reply.pos_ == "VERB" \
            else []  # "The rebels reciprocated by ...", read as a participle of "rebels"
    return subject


def _subject_or_camp(verb: Token, refs: References) -> str | None:
    """The verb's subject's side, else its camp: "the government receives 181", "the
    government released 103" where no government is named, in a war with an armed group."""
    subjects = _subject_words(verb, refs)
    return (_loyal_side(subjects[0], refs) or _camp(subjects[0]) or _the_people(subjects[0], refs)) if subjects \
        else None


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
        verb = _freed_past_a_participle(node)  # "three Venezuelans held in Spain were freed", read as "Venezuelans
        # held"
    if verb is None or verb.lemma_ in RELEASE_VERBS | RECEIVE_VERBS | RETURN_VERBS or node.dep_ == "dobj":
        return verb
    freeing = [c for c in verb.children if c.dep_ == "conj" and c.lemma_ in RELEASE_VERBS | RETURN_VERBS
               and not any(s.dep_.startswith("nsubj") for s in c.children)]  # "103 soldiers captured near X
    # were returned", read as "soldiers captured ... and were returned"
    return freeing[0] if freeing else verb


def _misread_participle(noun: Token) -> bool:
    """Whether the parser took "held" in "three Venezuelans held in Spain were freed" for the
    noun's verb, and the clause for the subject of "were freed" (or for a clause of its own)."""
    return _freed_past_a_participle(noun) is not None


def _freed_past_a_participle(noun: Token) -> Token | None:
    """The verb that frees the people of a misread participle (see `_misread_participle`):
    "three Venezuelans held in Spain were freed", "two citizens detained in X were returned",
    however the parser hangs "were freed" on "held"."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_ not in _HOLDING | {"detain"}:
        return None
    freeing = verb.head  # "115 servicemen captured in Kursk have been returned", read as "servicemen captured"
    if verb.tag_ == "VBN" and verb.dep_ in ("nsubj", "nsubjpass"):
        return freeing
    if verb.dep_ in ("advcl", "csubj", "csubjpass") and freeing.lemma_ in RELEASE_VERBS | RETURN_VERBS and \
            (verb.dep_ != "advcl" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in freeing.children)):
        return freeing
    return next((c for c in verb.children if c.dep_ in ("ccomp", "conj") and c.lemma_ in RELEASE_VERBS | RETURN_VERBS
                 and any(a.dep_ == "auxpass" for a in c.children)
                 and not any(s.dep_.startswith("nsubj") for s in c.children)), None)  # "... were returned", read
    # as a clause of "detained"


def belongs(count: Count, trigger: Token) -> bool:
    """Whether a counted group sits in the trigger's clause, or in a clause that tells of the
    trigger itself ("the swap of June 4, in which two Americans were freed")."""
    clause = clause_of(count.token)
    return clause == clause_of(trigger) or (clause.dep_ in ("relcl", "acl") and clause.head == trigger)


def _their_own_states(noun: Token, hint: str | None, releaser: str | None, refs: References) -> str | None:
    """ "Boko Haram freed 21 Nigerian schoolgirls": a people an armed group of their country
    let go are their state's, though the story names the state only as a place (where the
    group, not the state, stands for its people held by others)."""
    if hint is None or hint not in refs.actors or not gazetteer().is_armed_group(refs.actors[hint].name):
        return None  # also not a camp ("the rebels") no actor stands for yet
    if releaser is None:  # "the Taliban said they had freed": the group named before "they"
        verb = _governing_verb(noun)
        told_by = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PRON"] if verb is not None else []
        releaser = hint if told_by and any(m.key == hint and noun.sent.start <= m.span.start < told_by[0].i
                                           for m in refs.mentions) else None
    states = _nations_of(noun, dual=False)
    return refs.country(states[0]) if hint == releaser and states else None


def _their_other_nationality(noun: Token, releaser: str | None, refs: References) -> str | None:
    """ "Russia freed two Russian-Germans": people of two nations, freed by one of them, go home
    to the other."""
    if releaser not in refs.actors or refs.actors[releaser].kind != "Country":
        return None
    nations = set(_nations_of(noun, dual=True))
    others = [code for code in nations if f"Country:{code}" != releaser]  # not made an actor unless returned
    return refs.country(others[0]) if len(nations) == 2 and len(others) == 1 else None


def _nations_of(noun: Token, dual: bool) -> list[str]:
    """The codes of the peoples the counted noun or its modifiers name, of a hyphened pair
    ("Russian-Germans") where `dual`, else of one people ("Nigerian schoolgirls")."""
    return [country.code for t in (noun, *noun.children) if (t.text[:1].isupper() or dual)
            and dual_nationality(t) == dual and (country := gazetteer().demonym_at(t))]


def settle(event: ExchangeDraft, count: Count, refs: References) -> str | None:
    """The side that received a counted group: the one the phrase names (or the one side
    of that people: "Palestinian prisoners" go to Hamas in a swap with Israel), else the
    side that did not release them."""
    if count.hint in CAMPS:
        return _side_of_camp(event.parties, count.hint, refs)
    if count.hint == OTHER_WAY:
        again = [r.recipient for r in event.returns if r.count == count.count]
        if len(again) == 1 and any(c.dep_ == "det" and c.lower_ == "the" for c in counted_noun(count.token).children) \
                and again[0] not in {peoples_state(t) for t in count.token.sent}:  # not "the five were freed for
            return again[0]  # five Iranians", the other five; but "the four (were let go for one nurse)": the four
            # counted before
        received = {r.recipient for r in event.returns}
        others = [p for p in event.parties if p not in received]
        return others[0] if received and len(others) == 1 else None
    if count.hint and (count.hint in event.parties or count.share and count.hint not in event.mediators):
        return count.hint  # a share names its side outright: a swap may have more than two
    side = side_of_people(event.parties, count.hint, refs) if count.hint else None
    if count.hint and len(event.parties) < 2 and not (side and count.releaser != side and _of_a_people(count)):
        return count.hint  # not "the ELN freed two Peruvians for a Colombian": the ELN's man
    if side:
        return side
    owner = refs.actors[count.hint].part_of if count.hint in refs.actors else None
    if owner in event.parties:  # "prisoners of the Armed Forces of Ukraine", in a swap with Ukraine as a side
        return owner
    if count.releaser is None:
        return None
    if count.releaser in CAMPS:  # "the rebels freed 9"
        releaser = _side_of_camp(event.parties, count.releaser, refs)
        if releaser is None and count.releaser == GROUP_CAMP:
            return _side_of_camp(event.parties, STATE_CAMP, refs)  # "the armed groups released 76": to the state
    else:  # "Damascus freed 14": the government did
        releaser = _releasing_side(count, event.parties, refs)
        releaser = releaser if releaser in event.parties else refs.government_of(releaser)
    others = [p for p in event.parties if p != releaser]
    return others[0] if releaser in event.parties and len(others) == 1 else None


def _of_a_people(count: Count) -> bool:
    """Whether the counted group is the price of a release, named by its people ("in exchange
    for a Colombian man"); not a state's own soldiers ("20 Colombian soldiers freed in a swap")."""
    noun = counted_noun(count.token)
    return noun.lemma_ not in STATE_PEOPLE and paid_for_by(noun) is not None and \
        any(c.dep_ in ("amod", "compound") and gazetteer().demonym_at(c) for c in noun.children)


def _side_of_camp(parties: list[str], camp: str, refs: References) -> str | None:
    """The one side of a state's war with an armed group (or groups) that "government soldiers"
    or "rebel fighters" belong to."""
    def statehood(key: str) -> int:  # a breakaway state is less of one, whether the gazetteer lists it as a
        # de facto state (under a user-assigned code, "XRS") or not at all
        actor = refs.actors[key]
        de_facto = actor.unlisted_state or (actor.country_code or "").startswith("X")
        return 1 if de_facto else 2 if actor.kind == "Country" or actor.name.startswith("Government of") else 0
    ranks = sorted(map(statehood, parties))
    if len(parties) < 2 or ranks[0] == ranks[-1]:
        return None
    rank = ranks[-1] if camp == STATE_CAMP else ranks[0]  # the one state against groups, or the one group
    ranked = [p for p in parties if statehood(p) == rank]
    return ranked[0] if len(ranked) == 1 else None


def side_of_people(parties: list[str], country: str, refs: References) -> str | None:
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


def add_counts(event: ExchangeDraft, counts: list[Count], refs: References) -> None:
    for count in sorted(counts, key=lambda c: (c.start, c.token.i)):  # in reading order
        if count.joint:  # "6,670 North Korean and Chinese prisoners": a side, with no count of its own
            if count.releaser not in (*CAMPS, None):
                event.add_party(_releasing_side(count, event.parties, refs))
            event.add_party(side_of_people(event.parties, count.hint, refs) or count.hint)
            continue
        if count.approximate:
            continue  # "some 430 prisoners, most of them Palestinians": neither a return nor a side
        event.unnamed |= {count.hint, count.releaser} & CAMPS
        if count.releaser not in (*CAMPS, None) and len(event.parties) < 2:  # not "the government" of no one
            event.add_party(_releasing_side(count, event.parties, refs))
        recipient = settle(event, count, refs)
        if recipient is None:
            if count not in event.pending:
                event.pending.append(count)
            continue
        event.add_party(recipient)
        for key in _released_with(count, recipient, refs):
            event.add_party(key)
        told = next((r for r in event.returns if r.recipient == recipient), None)
        if count.extra and (told or event.each_side):  # "175 each, and B additionally handed over 22"
            if told is not None and (told.start, told.end) == (count.start, count.end) or \
                    count.count == (told.count if told else event.each_side):
                continue  # added already, or the same group told again
            if told is None:
                event.returns.append(Return(recipient, event.each_side + count.count, count.start, count.end))
            else:
                told.count += count.count
        elif told is None:
            event.returns.append(Return(recipient, count.count, count.start, count.end))
