"""Words and word tests the exchange and returns finders share: what triggers an exchange,
who counts as held, and which verbs release, receive or bring people home."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.gazetteer import gazetteer
from kg.extract.names import KIN
from kg.extract.numbers import parse_count

TRIGGER_NOUNS = {"exchange", "swap", "trade", "handover"}
DEAL_NOUNS = {"deal", "agreement", "arrangement", "accord", "bargain"}
OPERATION_NOUNS = {"operation", "release", "handover", "crossing"}  # "That operation was brokered by the UN"
# "carried out the swap", "the deal was completed"
CARRYING_OUT = {"complete", "conclude", "conduct", "hold", "finalise", "finalize", "carry", "implement"}
TRIGGER_VERBS = {"exchange", "swap", "trade"}
# "freed outside the framework of the agreement", "their release was not part of the deal", "arranged through its
# own contacts rather than under the deal", "released separately from the agreement"
OUTSIDE_THE_DEAL = re.compile(r"\b(?:outside|not (?:a )?part of|rather than (?:under|as part of)|separately from) "
                              r"(?:the|any)\b"
                              r"[^.]{0,40}?\b(?:deal|agreement|arrangement|framework|exchange|swap)", re.I)
APART = re.compile(rf"{OUTSIDE_THE_DEAL.pattern}|\bunder (?:a )?separate (?:arrangement|understanding|deal)s?\b",
                   re.I)  # "freed under separate arrangements"
# Words that tell another event than the one at hand: "another swap", "the previous exchange".
NEW_EVENT_MARKERS = {"another", "previous", "earlier", "separate", "parallel", "last", "prior",
                     "larger", "bigger", "broader", "wider"}  # "a larger exchange" than this one
STAGE_NOUNS = {"stage", "phase", "round", "batch", "wave"}  # parts of a swap done on days of their own
# Adverbs of a habit, not of one event: "routinely release", "has often traded prisoners".
HABITUALLY = {"routinely", "regularly", "often", "repeatedly", "usually", "sometimes"}
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
    "figure", "guerrilla", "inmate", "convict", "abductee", "internee", "kidnappee", "seafarer",
    "teacher", "engineer", "trader", "miner", "driver", "villager", "pilgrim", "monk", "nun", "herder",
    "merchant", "lawyer", "professor", "academic", "scientist", "researcher", "technician", "labourer",
    "laborer", "shepherd", "pastor", "imam", "mayor", "politician", "lawmaker", "legislator", "servant",
    "element",  # "15 of the militia's elements", as translated news calls a group's fighters
    "constable", "trooper", "paratrooper", "airman", "sergeant", "lieutenant", "corporal", "cadet", "reservist",
    "jawan", "ranger",  # ranks a captive is named by: "an Indian constable", "two lieutenants"
}
# Verbs of taking people: their dates are not the swap's ("the sailors detained in November 2018").
CAPTURING = {"detain", "hold", "capture", "arrest", "jail", "seize", "sentence", "abduct", "kidnap", "convict",
             "apprehend", "imprison"}
# Houses people belong to that take no side in a war and act for no state: a monastery's nuns, a school's girls,
# a firm's crew, a foundation.
CIVIL_HOUSES = {"monastery", "convent", "church", "parish", "diocese", "seminary", "school", "college", "university",
                "hospital", "company", "shipping", "bank", "foundation"}
RELEASE_VERBS = {"free", "release", "hand", "send", "repatriate", "transfer", "give", "swap",
                 "exchange", "trade", "deliver", "let", "pardon", "liberate"}  # "18 abductees were liberated", as
# agencies and translations put it
# A side's part of a swap, told as letting people go: "Peru released (handed over, returned) 27 rebels".
LETTING_GO = {"free", "release", "return", "hand", "send", "repatriate", "transfer", "deliver", "liberate"}
RECEIVE_VERBS = {"receive", "get", "secure", "obtain", "regain", "recover", "welcome", "bring"}
# A body's own parts and groupings: "the African Union's panel", "a commission of three officers from each side".
BODY_UNITS = {"panel", "committee", "commission", "team", "mission", "office", "secretariat", "group", "delegation",
              "mechanism", "council", "board"}
# armed groups
GROUP_WORDS = {"rebel", "opposition", "insurgent", "militant", "guerrilla", "militia", "jihadist", "separatist"}
THINGS_PAID = {  # not people: a release paid with these is no swap
    "map", "ransom", "money", "payment", "fee", "fine", "cash", "sum", "weapon", "arm", "fuel", "aid",
    "concession", "guarantee", "promise", "information", "document", "land", "territory", "oil", "grain",
    "access", "relief", "loan", "debt", "investment", "deal", "contract", "list",
    "video", "recording", "footage", "tape", "photo", "photograph", "letter", "proof",  # a sign of life
    "lorry", "truck", "vehicle", "car", "boat", "equipment", "goods", "cargo", "property", "asset",  # things seized
    "good", "currency", "food", "medicine", "supply",  # "in return for goods and hard currency"
}
_GETTING_BACK = {"recover", "retrieve", "redeem"}  # "released 40 to recover three soldiers"
RETURN_VERBS = {"return", "come", "arrive", "fly", "go", "reach", "land", "walk", "cross", "travel", "leave"}
# Verbs of moving people by some means: "a plane carrying 100 detainees", "were driven across the other way".
TRANSPORT_VERBS = {"carry", "take", "transport", "ferry", "fly", "bring", "drive", "bus"}
AIRCRAFT = {"plane", "flight", "aircraft", "airplane", "jet", "helicopter"}
VEHICLES = AIRCRAFT | {"bus", "coach", "convoy", "vehicle", "ship", "boat", "train"}


_HANDING_OVER = ("hand", "deliver", "send")  # "handed over X for Y": paid with people as a release is


def people_paid_for(verb: Token) -> list[Token]:
    """ "A released 212 prisoners for the pilot B", "freed 40 soldiers for two journalists",
    "handed over the smuggler X for the singer Y", "released 640 prisoners to recover four
    soldiers", "sent home X and got back Y": the people a release was paid with, who went the
    other way; none in "freed for health reasons" or "freed five hostages for a ransom"."""
    if verb.pos_ != "VERB" or verb.lemma_ not in ("free", "release", *_HANDING_OVER):
        return []
    freed = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") or c.dep_ == "nsubj" and verb.tag_ == "VBN"]
    # ("saw 44 soldiers handed over for 12")
    if not any(captive_phrase(f) or f.like_num or _named_person(f) for f in freed):  # "freed 312 for one
        return []  # pilot", "the smuggler X for ..."
    price = [o for head in (verb, *freed) for p in head.children if p.dep_ == "prep" and p.lower_ == "for"
             for o in p.children if o.dep_ == "pobj"]  # the parser hangs "for B" on the verb or the freed
    price += [o for c in verb.children if c.dep_ in ("advcl", "xcomp") and _to_get_back(c)
              or c.dep_ == "conj" and _got_back(c) for o in _whom_freed(c)]
    handed = verb.lemma_ in _HANDING_OVER  # "sent the minister for a meeting with X": no price
    return [p for p in price if p.lemma_.lower() not in THINGS_PAID and (
        captive_phrase(p) or (_named_person(p) if handed else any(a_person(t) for t in p.subtree)))]


def _to_get_back(verb: Token) -> bool:
    """ "(released 640 prisoners) to recover four soldiers", "to free the mayor", "to get back
    two pilots", "to secure the release of X": a release's aim, to have others freed."""
    return verb.lemma_ in _GETTING_BACK or verb.lemma_ in ("free", "secure", "win", "get") and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and (
            verb.lemma_ == "free" or any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children)
            or any(c.dep_ == "dobj" and c.lemma_ in ("release", "freedom") for c in verb.children))


def _whom_freed(verb: Token) -> list[Token]:
    """Whom a verb of getting back frees: its object, or the "of" of its "the release of X"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return [o for obj in objects for o in ([p for prep in obj.children if prep.lower_ == "of" for p in prep.children
                                             if p.dep_ == "pobj"] if obj.lemma_ in ("release", "freedom") else [obj])]


def _got_back(verb: Token) -> bool:
    """ "(A released X) and got back Y", "and recovered Y": the other side's release, paid for;
    not "(A released X,) and B got back ...", the same people told from the other side."""
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    return not own_subject and (verb.lemma_ in _GETTING_BACK or verb.lemma_ in ("get", "win") and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children))


def _named_person(token: Token) -> bool:
    """ "Luis Vega", "the hacker Luis Vega": a person named, or described and named."""
    return a_person(token) or any(c.dep_ == "appos" and a_person(c) for c in token.children)


def paid_for_by(noun: Token) -> Token | None:
    """The verb of release that `noun` was the price of: "freed 20 in return for nine
    soldiers", "released 40 prisoners for two journalists". Its subject got `noun` back."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    held = noun.head.head
    if in_return_for(held):
        return held.head.head
    verb = held.head if held.dep_ in ("dobj", "nsubjpass") else held  # "freed 40 prisoners for B"
    return verb if noun in people_paid_for(verb) else None


def in_return_for(token: Token) -> bool:
    """ "in exchange for", "in return (for)": one side's release paid for the other's."""
    return paying_verb(token) is not None


def paying_verb(token: Token) -> Token | None:
    """The verb of release an "in exchange for" or "in return" hangs on: its own head, or the
    sentence's when the parser hangs it on a clause in between ("releases X, who was awaiting
    trial, in exchange for ..."), or the subject's verb when it hangs it on the subject."""
    if token.lower_ not in ("exchange", "return") or token.dep_ != "pobj" or token.head.lower_ != "in":
        return None
    verbs = [token.head.head]
    if token.head.head.dep_ in ("nsubj", "nsubjpass"):  # "the United States in return released X", hung on
        verbs.append(token.head.head.head)  # the subject
    if token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "for":
        verbs.append(token.sent.root)
    return next((v for v in verbs if v.pos_ in ("VERB", "AUX") and
                 v.lemma_ in RELEASE_VERBS | RECEIVE_VERBS | RETURN_VERBS and not _paid_with_nothing(v)), None)


def nothing_paid(token: Token) -> Token | None:
    """The "nothing" of "ten were freed, with nothing (given) in return": an "in return"
    (`token` is its "return") that denies a payment."""
    if token.lower_ not in ("exchange", "return") or token.dep_ != "pobj" or token.head.lower_ != "in":
        return None
    payer = token.head.head
    noun = payer.head if payer.dep_ == "acl" else payer
    return noun if no_one(noun) else None


def _paid_with_nothing(verb: Token) -> bool:
    """ "freed, with nothing given in return", "no one was released in return": nothing paid."""
    paid = [verb.head] if verb.dep_ == "acl" else [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "xcomp":  # "no one is thought to have been freed in return"
        paid += [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(no_one(p) for p in paid)


def no_one(noun: Token) -> bool:
    """ "nothing", "nobody", "no prisoners": a word for none at all."""
    return noun.lower_ in ("nothing", "none", "nobody", "no-one") or \
        any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def the_dead(noun: Token) -> bool:
    """ "the bodies of 50 soldiers": a repatriation of the dead is not a prisoner exchange."""
    return bool({noun.lemma_.lower(), noun.lower_} & {"body", "remains", "corpse"})


def among_them(token: Token) -> bool:
    """ "freed 50 prisoners, among them the gunman X": one named out of a group counted before,
    however the parser hangs the phrase; and "freed 181, among them fifteen Saudi nationals who
    fought ...", where the phrase is the counted group's own first words."""
    doc, start = token.doc, token.left_edge.i
    if start + 1 < token.i and doc[start].lower_ == "among" and doc[start + 1].lower_ in ("them", "whom") and \
            any(c.dep_ == "nummod" for c in token.children):
        return True
    return start >= 2 and doc[start - 2].lower_ == "among" and doc[start - 1].lower_ in ("them", "whom")


def a_person(token: Token) -> bool:
    """Whether the token names a person, as the NER or kg_actors (which knows more names) found."""
    if token.ent_type_ == "PERSON":
        return True
    actors = token.doc._.actors or {}
    return any(m.span.start <= token.i < m.span.end and actors[m.key].kind == "Person"
               for m in token.doc._.mentions or [])


def captive_word(token: Token) -> bool:
    """Words for people held: "prisoners", "detainees", "two sons of", and peoples ("five
    Americans")."""
    return token.lemma_.lower() in CAPTIVES | KIN or token.lower_ in CAPTIVES or (
        token.lower_ == "personnel" and token.pos_ in ("NOUN", "PROPN")) or (  # "40 army personnel", not
        # "anti-personnel mines"
        token.tag_ in ("NNS", "NNPS") and gazetteer().demonym_at(token) is not None)


def captive_phrase(token: Token) -> bool:
    """Whether a phrase speaks of people held: "hundreds of detainees", "120 of its men"; not
    "maps of the minefields, not prisoners"."""
    captives = [t for t in token.subtree if captive_word(t)]
    return any(not _denied_within(t, token) for t in captives)


def _denied_within(word: Token, phrase: Token) -> bool:
    """Whether `word` is in a part of the `phrase` that a "not" denies."""
    while word != phrase and word.head != word:
        if any(c.dep_ == "neg" for c in word.children) or word.dep_ in ("appos", "conj") and any(
                c.dep_ == "neg" and word.head.i < c.i < word.i for c in word.head.children):  # "maps, not men"
            return True
        word = word.head
    return False


def these_for_those(noun: Token) -> bool:
    """ "(Peru and Chile swapped prisoners again.) In May it was seven Chileans for two
    Peruvian officers", "the sides traded prisoners, 27 Chileans for 19 Peruvians": who went
    for whom, `noun` the first lot; "a second batch followed: 25 for 25", numbers alone where
    a stage of the swap is told."""
    verb = noun.head
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else noun
    links = [p for p in noun.children if p.dep_ == "prep" and p.lower_ == "for"] or \
        ([after] if after.lower_ == "for" and after.dep_ == "prep" else [])  # "for" hung on the verb
    price = [o for p in links for o in p.children if o.dep_ == "pobj"]
    staged = bool(price) and noun.like_num and price[0].like_num and a_stage_told(verb) and \
        (parse_count(noun.text) or 0) > 1  # not "one for one", a manner of speaking
    if not (price and (staged or _held_or_named(noun) and _held_or_named(price[0]))) or \
            any(t.lower_ in ("every", "each") or t.dep_ == "acl" for t in price[0].subtree):
        return False  # "seven soldiers for every two (killed)": a ratio
    it_was = noun.dep_ == "attr" and verb.lemma_ == "be" and any(  # "it was ...", "the swap was ...", not "the
        c.dep_ == "nsubj" and (c.lower_ in ("it", "that", "this") or  # last (biggest) swap was ...", another one
                               c.lemma_.lower() in TRIGGER_NOUNS | DEAL_NOUNS and
                               all(d.dep_ == "det" for d in c.children))
        for c in verb.children)
    traded = noun.dep_ in ("dep", "appos", "npadvmod") and any(  # also hung on "Monday" in "traded prisoners
        a.lemma_ in TRIGGER_VERBS for a in list(noun.ancestors)[:4])  # on Monday, 27 Chileans for 19 Peruvians"
    return it_was or bool(traded) or staged and noun.dep_ in ("attr", "npadvmod", "dep", "appos", "dobj")


def a_stage_told(verb: Token) -> bool:
    """ "a second batch followed", "the final stage was ...": a verb told of one stage of a swap;
    not a round, which may be of anything ("the final round was 22 for 22", of a match or a
    vote), unless it is a round of exchanges."""
    return any(c.dep_ == "nsubj" and c.lemma_ in STAGE_NOUNS and any(
        d.ent_type_ == "ORDINAL" or d.lower_ in ("next", "final", "last", "another") for d in c.children)
        and (c.lemma_ != "round" or _of_exchanges(c)) and not _of_something_else(c) for c in verb.children)


def _of_exchanges(stage: Token) -> bool:
    """ "the second round of exchanges (of the swap)"."""
    return any(o.lemma_.lower() in TRIGGER_NOUNS for p in stage.children if p.lower_ == "of" for o in p.children)


def _of_something_else(stage: Token) -> bool:
    """ "the next batch of aid", "the second phase of talks": a stage of something other than a swap."""
    return any(o.lemma_.lower() not in TRIGGER_NOUNS and not captive_word(o)
               for p in stage.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj")


def _held_or_named(token: Token) -> bool:
    """People held or a person named: who a swap trades."""
    return captive_word(token) or a_person(token)
