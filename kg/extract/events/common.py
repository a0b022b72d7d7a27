"""What every event component needs: clauses, dates, sides, mediators, and telling a
reported fact from a plan, an offer or a negation."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from spacy.tokens import Doc, Span, Token

from kg.extract.actors import (
    BORDERS,
    SENDING_BACK,
    STATE_BODIES,
    STATE_OFFICE_WORDS,
    first_conjunct,
    in_part,
    is_place,
    qualifies_another,
)
from kg.extract.dates import CLOCK, HEADING_MARKS, MONTHS, WEEKDAYS, DateMention, opens_line
from kg.extract.events.vocabulary import (
    BODY_UNITS,
    CAPTURING,
    CARRYING_OUT,
    DEAL_NOUNS,
    HABITUALLY,
    LETTING_GO,
    NEW_EVENT_MARKERS,
    OPERATION_NOUNS,
    RELEASE_VERBS,
    RETURN_VERBS,
    STAGE_NOUNS,
    TRIGGER_NOUNS,
    TRIGGER_VERBS,
    a_person,
    a_stage_told,
    among_them,
    captive_phrase,
    captive_word,
    paying_verb,
)
from kg.extract.extensions import doc_text
from kg.extract.facts import Actor
from kg.extract.gazetteer import Country, gazetteer
from kg.extract.names import PERSON_NOUNS, SEATED
from kg.extract.reference import COUNTRY_NOUNS, References, as_state
from kg.extract.statements import labelled_person

HYPOTHETICAL = {
    "possibility", "possible", "plan", "idea", "mean", "propose", "proposal", "offer", "want", "seek", "hope",
    "ready", "prepare", "prepared", "demand", "call", "push", "expect", "aim", "discuss", "consider",
    "potential", "future", "next", "planned", "willing", "wish", "intend", "try", "attempt",
    "pointless", "urge", "float", "suggest", "moot", "request", "close", "envisage", "envision", "foresee",
    "overture", "reject", "rebuff", "refuse",
}
_GO_BETWEENS = {"intermediary", "intermediaries", "channel", "emissary", "envoy"}  # of whom they serve
_GERUNDS = {"mediating": "mediate", "brokering": "broker", "facilitating": "facilitate",  # the parser's nouns
            "mediates": "mediate", "facilitates": "facilitate"}
_WORKING_TOGETHER = {"cooperation", "coordination", "partnership", "collaboration", "conjunction", "concert"}
_THANKS = {"appreciation", "gratitude", "thanks"}  # "expressed its gratitude to X for its role"
_HELPING = {"help", "work", "move", "step", "try", "seek", "manage"}  # "X helped / worked to broker it"
_CREDITING = {"credit", "thank", "praise", "commend", "hail"}  # "credited X with mediating the deal"
# "X provided (concluded, undertook) mediation", not "offered" it
_PROVIDING = {"provide", "conduct", "lend", "carry", "conclude", "complete", "undertake", "lead"}
TALK_NOUNS = {"talk", "talks", "negotiation", "negotiations", "discussion", "discussions"}
_SEEING = {"see", "witness"}  # "Monday saw 90 men freed": the day is theirs, unlike "said ..."
_UNREALISED = {"achievable", "feasible", "likely", "unlikely", "imminent", "possible", "impossible",
               "expected", "conceivable", "away"}  # "a new swap is likely", "is only weeks away": not yet
_WANTED = {"overdue", "necessary", "essential", "urgent", "vital", "needed", "imperative", "priority", "forward",
           "option", "solution"}  # what a swap to come is called: "overdue", "the only way forward"
_TWO_CAMPS = re.compile(r"\b(?:on|from) (?:the )?one side\b.*\b(?:on|from) (?:the )?other(?: side)?\b",
                        re.IGNORECASE)  # "A and B on one side, C on the other", "from one side A, from other side B"
_TOPICAL = {"about", "regarding", "concerning"}  # "asked about the swap": spoken of, not told
_NONE_OR_ALL = {"no", "any", "every", "each"}
_CONDITIONAL = {"would", "must", "should", "could", "might"}  # modals of what has not happened
_FUTURE = {"will", "shall", "'ll", "\u2019ll"}  # nor will until the day it does
# Verbs that make their infinitive a promise: "agreed to exchange prisoners at a later stage".
_PROMISING = {"agree", "decide", "consent", "pledge", "promise", "vow", "undertake", "commit"}
_AGREEING_TO = {"agree", "decide", "consent"}  # "agreed to the swap" may tell it done
_WEIGHING = {"explore", "weigh", "contemplate", "consider"}  # "explored trading him for X": not done
_URGING = {"press", "urge", "ask", "push", "pressure", "call", "encourage", "implore"}  # "pressed B to negotiate a
# swap": asked for, not done
MEDIATION_VERBS = {"mediate", "broker", "facilitate", "sponsor", "chair", "co-chair", "arrange"}
MEDIATION_NOUNS = {"mediation", "mediator", "intermediary", "efforts", "effort", "help",
                   "auspices", "facilitation", "sponsorship", "assistance", "facilitator",
                   "broker"}
_MEDIATING_ACTS = {"effort", "efforts", "role", "work", "initiative", "bid"}  # "their mediation efforts"
_MEDIATOR_NOUNS = {"mediator", "intermediary"}  # who mediates, not the mediation (nor "the broker", a trade)
_WEAK_NOUNS = {"efforts", "effort", "help", "assistance"}  # only in "with the help of X" etc.
_OTHER_EVENTS = {"talk", "talks", "treaty", "return", "negotiation", "ceasefire", "agreement",
                 "summit", "meeting", "accord", "accords", "peace", "grain", "evacuation", "corridor"}
# Organising a swap between others mediates it; so does coordinating it ("X coordinated the exchange").
_ORGANISING = {"organize", "organise", "oversee", "supervise", "coordinate"}
_OVERSIGHT = {"supervision", "oversight", "arrangement",  # "under ICRC supervision", "under the UN-ICRC arrangement",
              "coordination"}  # "carried out under the coordination of X"
_CAUSING = {"lead", "result", "produce", "secure", "make", "bring", "enable", "pave"}
_OUTCOMES = {"result", "outcome", "fruit", "product", "culmination"}  # what a swap is of a longer effort
_SPANS = {"day", "week", "month", "year"}  # "the fruit of months of efforts"
_THANKING = {"thank", "pay", "praise", "commend", "acknowledge", "congratulate", "welcome", "express", "salute"}
_NOT_THE_DATE = {"since", "after", "before", "until", "by", "following", "ahead", "prior"}
# Verbs that carry an exchange out: their subjects are its sides, their dates its date.
EXCHANGE_ACTIONS = {"free", "release", "hand", "send", "secure", "receive", "exchange", "swap", "let"}
# Verbs whose subject helps, hosts or reports an event without being one of its sides.
_NOT_A_PARTY = MEDIATION_VERBS | {"coordinate", "oversee", "supervise", "run", "host", "organise", "orchestrate",
                                  "choreograph",
                                  "organize", "welcome", "hail", "praise", "credit", "announce", "report",
                                  "condemn", "criticise", "criticize", "denounce", "applaud",  # judged it
                                  "play",  # "Qatar played a key role in the exchange"
                                  "confirm", "say", "witness", "monitor", "observe", "learn", "hear", "read",
                                  "provide", "offer", "lend",  # "South Sudan provided the venue for the handover"
                                  "regard", "consider", "view", "describe", "call", "term", "deem",  # judged it
                                  "ensure", "guarantee", "attend",  # "ensured the safety of the exchange"
                                  "note", "document", "record", "mention"}  # "X notes the exchange"
# Offices whose holder acts for a state or a body: "Qatar's foreign minister" mediates as Qatar.
_LEADERS = {"president", "prince", "emir", "amir", "king", "sultan", "monarch"}  # who leads a state
_OFFICES = PERSON_NOUNS - {"sheikh"} | {"secretary-general", "spokesperson", "head", "officer", "delegate",
                                       "coordinator"}  # a sheikh may be a tribe's elder, in his own name
# A state's services that hand people over for it; its army is a side of its own in a civil war.
_SERVICES = STATE_BODIES - {"army", "armed forces", "military", "national guard", "marines", "air force"}
_STATE_AGENTS = {"authority", "authorities", "official", "officer", "diplomat", "negotiator", "mediator", "force",
                 "forces", "troop", "peacekeeper"}  # of a state
_FIGHTERS = {"fighter", "militant", "gunman", "guerrilla"}  # of an armed group
_FRIENDS = {"partner", "friend", "ally", "counterpart", "colleague", "brother"}  # "our partners (brothers) in the
# UAE" act for it
_STATE_UNITS = {"contingent"}  # of a state, named in the singular: "the Brazilian peacekeeping contingent"
FIRST_PERSON_PLURAL = {"we", "us", "our", "ours"}
_RIVAL = {"rival", "warring", "opposing", "competing"}  # "Libya's rival authorities": neither side
_SENT_BY = {"delegation", "team", "envoy", "emissary", "representative"}  # act for who sent them
_TIMES_OF_DAY = {"morning", "afternoon", "evening", "night", "noon", "midday", "dawn", "daybreak"}
# Verbs of arranging an event, whose dates are not the event's own.
_ARRANGING_VERBS = {"agree", "announce", "negotiate", "discuss", "plan", "propose", "arrange",
                    "prepare", "schedule", "approve", "sign", "broker", "mediate", "settle",
                    "confirm", "report", "reveal", "disclose", "deny"}  # nor of telling of it


def clause_of(token: Token) -> Token:
    """The verb of the clause a token sits in (the token itself if it is a verb)."""
    node = token
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node


def own_clause(token: Token, besides: Sequence[Token] = ()) -> Span:
    """The words of a token's clause without the clauses conjoined to it: in "X produced a
    swap on Monday, and on Friday Y freed two in exchange for one", each swap's own words; nor
    the phrase of another trigger (`besides`) inside it that tells a day of its own ("A and B
    swapped 90 on Friday, more than in the exchange of March 2023 that Qatar brokered")."""
    clause = clause_of(token)
    others = {t.i for c in clause.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
              for t in c.subtree}
    others |= {t.i for other in besides if other != token and other.dep_ == "pobj" and other in clause.subtree
               and token not in other.subtree and _dated_itself(other) for t in other.subtree}
    others |= {t.i for other in besides if other != token and other in clause.subtree
               and (day := _the_day_told_of(other)) is not None and token not in day.subtree for t in day.subtree}
    kept = [t.i for t in clause.subtree if t.i not in others]
    start, end = min(kept), max(kept)
    if any(start < i < end for i in others):  # the closing full stop would span the phrases left out
        end = max(i for i in kept if not token.doc[i].is_punct)
    return token.doc[start : end + 1]


def _the_day_told_of(trigger: Token) -> Token | None:
    """The clause telling what happened on a day the sentence names, where the trigger is in it:
    "..., the first since 3 March 2017, when A was freed in exchange for B" (the parser hangs the
    clause on the date)."""
    return next((a for a in trigger.ancestors if a.dep_ == "relcl" and a.head.ent_type_ == "DATE"), None)


def _dated_itself(noun: Token) -> bool:
    """ "the exchange in March 2023": a date of the noun's own phrase, not of a clause in it
    ("the largest swap since the war began two years ago")."""
    for token in noun.subtree:
        path = [token, *token.ancestors]
        if token.ent_type_ == "DATE" and not any(t.pos_ in ("VERB", "AUX") for t in path[: path.index(noun)]):
            return True
    return False


def _set_aside(token: Token) -> bool:
    """ "a settlement rather than a swap", "instead of an exchange": what the thing was not."""
    doc, i = token.doc, token.i
    words = [t.lower_ for t in doc[max(i - 4, token.sent.start) : i] if t.dep_ != "det" and not t.is_punct]
    return words[-2:] in (["rather", "than"], ["instead", "of"])


def _a_named_sides_future(verb: Token) -> bool:
    """ "Joint statement: Azerbaijan to free 32 servicemen": a name right before "to" and the verb,
    hung on no verb (the parser makes the name an apposition of the label), is a headline's
    future; not "allowed Azerbaijan to free 32", a verb's object."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to" and c.i == verb.i - 1), None)
    if to is None or to.i == 0 or not (verb.dep_ == "ROOT" or verb.dep_ == "acl" and verb.head.pos_ != "VERB"):
        return False
    named = verb.doc[to.i - 1]
    return named.pos_ == "PROPN" and (named.head == verb or named.head.pos_ not in ("VERB", "AUX"))


def _the_corrected_story_said(verb: Token) -> bool:
    """ "Our report stated that the handover was on Monday; it was on Sunday": in a
    correction notice, what the story being corrected said is its error, not the news."""
    return verb.lemma_ in _REPORTING_WRONGLY and verb.tag_ == "VBD" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _STORIES and
        any(d.lower_ in ("the", "our", "this") for d in c.children) for c in verb.children) and \
        _CORRECTED.search(verb.doc.text) is not None


def _either_or(token: Token) -> bool:
    """ "a swap either takes place or it does not": what swaps are, a thing and its negation;
    not "either took part in the swap or were freed a day later"."""
    clause = clause_of(token)
    return any(c.lower_ == "either" and c.dep_ == "preconj" for c in clause.children) and \
        any(c.dep_ == "cc" and c.lower_ == "or" for c in clause.children) and \
        any(c.dep_ == "conj" and any(n.dep_ == "neg" for n in c.children) for c in clause.children)


def hypothetical(token: Token) -> bool:
    """A plan, offer, promise, wish or negation rather than something that happened."""
    for child in token.children:
        lemma = child.lemma_.lower()
        if (lemma in HYPOTHETICAL or lemma in _PROMISING) and child.dep_ in ("amod", "compound", "det"):
            return True  # "a planned swap", "the agreed exchange"
        negated = any(c.dep_ == "neg" for c in child.children)
        if child.dep_ == "relcl" and child.lemma_ in ("happen", "take") and negated:
            return True  # "a swap that hasn't happened yet"
        if child.dep_ == "relcl" and child.lemma_ == "be" and negated and not any(
                c.dep_ in ("attr", "acomp", "prep") for c in child.children):
            return True  # "the trade that wasn't", "the swap that never was"
    if token.head.lower_ == "on" and (token.head.head.lemma_ in _PROMISING or token.head.head.lemma_ in DEAL_NOUNS
                                      and token.head.head.head.lemma_ in ("reach", "strike")) or \
            token.head.lower_ == "to" and token.head.head.lemma_ in _PROMISING - _AGREEING_TO \
            and token.head.dep_ == "prep" and not any(c.dep_ == "relcl" for c in token.children) \
            and not any(c.dep_ == "conj" and c.lemma_ in CARRYING_OUT for c in token.head.head.children):
        return True  # "they agreed on a swap", "they reached agreement on the swap", "committed them to a swap";
        # not "agreed to the mutual release", told done
    if _set_aside(token) or fell_through(token) or _either_or(token):
        return True
    if token.dep_ == "dobj" and token.head.lemma_ in _WEIGHING and any(c.lower_ in ("a", "an") for c in token.children):
        return True  # "Rome explored a trade with Tehran": weighed, not made; not "the book explores the 2010 swap"
    own = clause_of(token)
    told_apart = False  # in a relative clause, or a swap named among others
    through_a_swap = False
    for node in [token, *token.ancestors]:
        if node.i != token.i and _of_what_may_be(node) and not _made_possible(node) and not _to_tell_it(node, token):
            return True
        if node.lemma_ == "say" and any(c.lower_ == "no" for c in node.children):
            return True  # "Stockholm says no to a swap"
        if node.i != token.i and _a_claim_denied(node) and token.pos_ == "VERB" and \
                token.lemma_ in TRIGGER_VERBS | {"free", "release"} and clause_of(token).head == node:
            return True  # "Claims that A and B swapped ... are false"; not "that the swap was staged"
        if node.i != token.i and _a_claim_denied(node) and _called_a_swap(token) and token.head in node.subtree:
            return True  # "Reports describing the release as a prisoner exchange are incorrect"
        if node.i != token.i and token.head.lower_ == "of" and token.head.head == node and _talk_rejected(node):
            return True  # "Kinshasa dismissed talk of a swap", "reports of a swap were lies"
        if node.i != token.i and node.lemma_ in _REPORTING_WRONGLY and any(
                c.lower_ in _WRONGLY or c.dep_ == "nsubj" and c.lemma_ == "version" for c in node.children):
            return True  # "A previous version (of this report) said that Oman had mediated": a correction's error
        if node.i != token.i and _the_corrected_story_said(node):
            return True
        if node.dep_ == "xcomp" and (node.head.lemma_.lower() in _PROMISING | _WEIGHING or _to_be_done(node)):
            return True  # "promised to free", "Hamas is to free 50 women", "explored trading him for X"
        if node.dep_ == "xcomp" and node.head.lemma_.lower() in _URGING and \
                token.lemma_.lower() in TRIGGER_NOUNS | TRIGGER_VERBS | RELEASE_VERBS and all(
                t.dep_ in ("dobj", "pobj") or t.dep_ == "prep" and t.lower_ == "of"
                for t in [token, *token.ancestors] if t.i != node.i and node in t.ancestors):
            return True  # "urged B to accept a swap (the release of X)", "pressed them to swap prisoners"; not
            # "asked a judge to drop the case of X, (who was) traded", nor "asked B to free more, after they swapped"
        if node.i == token.i and node.dep_ in ("ROOT", "ccomp") and any(c.dep_ == "nsubj" for c in node.children) \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            return True  # a headline's future: "Russia, Ukraine to swap 1,000 prisoners"
        if _a_named_sides_future(node):
            return True
        if node.dep_ == "acl" and node.head.lemma_.lower() in DEAL_NOUNS and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            return True  # "the agreement in principle to swap 640 captives": what is to be done
        if node.dep_ == "relcl" and any(t.tag_ in ("WDT", "WP", "WRB") for t in node.subtree if t.i < node.i):
            told_apart = True  # "no shelling since the moment at which the ceasefire, brokered by X, held": told apart
        through_a_swap |= node.lemma_.lower() in TRIGGER_NOUNS  # "more than any earlier swap, including the
        told_apart |= node.lower_ == "including" and through_a_swap  # exchange of 2023 (that X brokered)"
        if any(c.dep_ == "neg" or c.dep_ == "det" and c.lower_ in _NONE_OR_ALL and not told_apart
               for c in node.children) and not any(_denied_agent(c) for c in node.children):
            return True  # "no swap", "any swap must ...", "every swap is sold as ...": none in particular; not "the
            # swap was not brokered by X but by Y", which denies the broker
        if node.i != token.i and node.lemma_ == "be" and any(
                c.dep_ == "nsubj" and any(d.dep_ == "det" and d.lower_ in _NONE_OR_ALL for d in c.children)
                for c in node.children):
            return True  # "not every pardon is part of an exchange"
        if node.i in (token.i, own.i) and any(
                c.dep_ in ("nsubj", "nsubjpass", "dobj") and _nobody(c)
                and not (c.dep_ == "dobj" and token.dep_ == "nsubj" and token.head == node)
                for c in node.children):  # "no prisoners were handed over in return", not "no mediator was named"
            return True  # nor "Wednesday's exchange had none (of them)": what the swap lacked
        if token.head.lower_ == "in" and token.head.head == node and node.pos_ in ("VERB", "AUX") and \
                node.dep_ != "csubj" and any(
                c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lower_ == "what" for c in node.children):
            return True  # "the cases, and what was given in return": a question, not what was given; not
            # "in what amounted to a swap", "what it handed over in return was a smuggler"
        if node.lower_ == "without" and _counterfactual(node.head):
            return False  # "without Oman's help the trade would not have gone ahead": it did
        if node.lower_ == "without" or node.lower_ == "for" and node.head.lemma_ in ("provide", "allow"):
            return True  # "without a swap", "the statement provided for the exchange of prisoners"
        if node.i == own.i and node.lemma_ == "be" and any(
                c.dep_ in ("acomp", "advmod") and c.lemma_.lower() in _UNREALISED for c in node.children):
            return True  # "a further exchange is achievable", not "the swap was made possible"
        if node.lemma_.lower() in TALK_NOUNS and token.head.lower_ in ("on", "about", "over") and \
                token.head.head == node:
            return True  # "talks on a larger exchange": what the talks are about
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if", "unless") for c in node.children):
            return True  # "whether the swap happens"
        if node.dep_ == "advcl" and any(c.lower_ == "when" for c in node.children):
            break  # "when five Americans flew home in return for ..., his name was not among them"
        if node.i != token.i and node.lower_ in _SET_AGAINST and any(
                c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in token.children):
            break  # "No third country took part, in contrast with the last swap": the clause is of another;
            # not "Unlike a swap, a release costs nothing", any swap
    return False


_SET_AGAINST = {"unlike", "contrast", "compared", "comparison"}


_REPORTING_WRONGLY = {"say", "state", "report", "describe", "identify", "write", "suggest", "give"}
_CORRECTED = re.compile(r"\b(?:correction|corrected|clarification)\b", re.IGNORECASE)
_STORIES = {"article", "story", "report", "headline", "caption", "item"}
_WRONGLY = {"incorrectly", "wrongly", "mistakenly", "erroneously", "falsely", "inaccurately"}


_FAILING = {"collapse", "fail", "founder", "stall", "unravel", "falter", "fizzle", "postpone", "cancel", "suspend",
            "halt", "block"}


def fell_through(noun: Token) -> bool:
    """ "The exchange collapsed at the last minute", "the swap is off the table", "the deal
    broke down": a swap that did not happen."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    broke_down = verb.lemma_ == "break" and any(c.lower_ == "down" for c in verb.children)
    off_the_table = verb.lemma_ == "be" and any(
        p.lower_ == "off" and any(o.lower_ == "table" for o in p.children) for p in verb.children)
    return verb.lemma_ in _FAILING or broke_down or off_the_table


_TERMS = DEAL_NOUNS | {"truce", "ceasefire", "plan", "framework", "text", "clause", "term", "memorandum", "it"}


def _of_what_may_be(word: Token) -> bool:
    """A word of plans, offers and chances ("a possible swap", "close to a deal", "closing
    in on a swap", "called for a swap"); "closed" in the past is done ("the swap closed a long
    file"), and so is what is called something ("the mediators called it a good day"), unless
    what it is called asks for it ("called the swap overdue"); a swap told of as "prepared with"
    someone's help was made."""
    if word.lemma_ == "call" and word.pos_ == "VERB":
        labels = [c for c in word.children if c.dep_ in ("oprd", "advmod", "npadvmod", "acomp")]
        wanted = any(c.lemma_.lower() in _UNREALISED | _WANTED for c in labels)  # "called the swap overdue (the
        return wanted or not any(c.dep_ == "oprd" for c in labels)  # only way forward)", "called for a swap": a
        # plan; "called it a reward (a necessary step)": one done
    if word.lemma_ in ("provide", "allow") and any(c.dep_ == "prep" and c.lower_ == "for" for c in word.children) \
            and any(c.dep_ == "nsubj" and c.lemma_.lower() in _TERMS for c in word.children):
        return True  # "the agreement provides (allows) for the release of 50 in return for 150": its terms
    described = word.head if word.dep_ == "acl" else next(  # the parser may hang "prepared" on the verb
        (c for c in word.head.children if c.dep_ == "nsubj"), word.head) if word.dep_ == "advcl" else None
    prepared = word.lemma_ == "prepare" and word.tag_ == "VBN" and described is not None and \
        not any(c.dep_ == "auxpass" for c in word.children) and (
            described.lemma_.lower() in TRIGGER_NOUNS | OPERATION_NOUNS or described.lower_ in ("first", "second",
                                                                                                 "last"))
    # "the first swap, prepared with Swiss mediation,", "the operation, prepared for weeks by X,"; not "the
    # lists, prepared with the ICRC's help"
    ready_to = word.lemma_.lower() != "prepared" or any(c.dep_ == "xcomp" for c in word.children)  # "was prepared
    # to exchange", not "had been prepared for months"
    return word.lemma_.lower() in HYPOTHETICAL and not (word.lemma_ == "close" and word.tag_ == "VBD") and \
        not prepared and ready_to


def _a_claim_denied(noun: Token) -> bool:
    """ "Claims that the pilots were traded for X are untrue", "reports of a swap were
    baseless", "reporting that the drivers were traded is unfounded": what the story denies."""
    if noun.lemma_.lower() not in _CLAIMS:
        return False
    if noun.tag_ == "VBG":  # the parser may make the verdict, or the gerund itself, the root, and hang "is" on either
        judged = noun if noun.dep_ == "ROOT" else noun.head if noun.dep_ in ("advcl", "csubj", "nsubj") else None
        return judged is not None and _judged_untrue(judged) and (judged.lemma_ == "be" or any(
            c.lemma_ == "be" for c in (*noun.children, *judged.children)))
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_ == "be" and _judged_untrue(noun.head)


def _judged_untrue(word: Token) -> bool:
    """ "unfounded", or "is false" ("are lies"): a word that judges a claim untrue."""
    return word.lemma_.lower() in _UNTRUE or any(c.dep_ == "acomp" and c.lemma_.lower() in _UNTRUE
                                                 or c.dep_ == "attr" and c.lemma_.lower() in _UNTRUE_THINGS
                                                 for c in word.children)


def _talk_rejected(noun: Token) -> bool:
    """ "(The government) rejects (denies, dismisses) talk (reports) of a swap", "reports of a
    swap were lies": a claim the story tells as rejected."""
    prior = noun.doc[noun.i - 1] if noun.i > 0 else noun  # a headline's "rejects talk of", which the parser may
    return noun.lemma_.lower() in _CLAIMS | {"talk"} and (  # read as nouns
        noun.dep_ == "dobj" and noun.head.lemma_ in _REJECTING or prior.lemma_.lower() in _REJECTING
        or _a_claim_denied(noun))


_REJECTING = {"reject", "deny", "dismiss", "refute", "rebut"}
_UNTRUE_THINGS = {"fabrication", "lie", "fiction", "invention", "falsehood", "fake"}


def _called_a_swap(noun: Token) -> bool:
    """ "describing the release as a prisoner exchange", "calling it a swap": what the event is called."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "as":
        return False
    called = noun.head.head
    verb = called.head if called.dep_ == "dobj" else called  # the parser may hang "as" on the object
    return verb.lemma_ in _CALLING


_CALLING = {"describe", "portray", "present", "characterise", "characterize", "label", "depict", "frame", "cast"}
_CLAIMS = {"claim", "report", "allegation", "rumour", "rumor", "suggestion", "speculation"}
_UNTRUE = {"false", "untrue", "baseless", "unfounded", "groundless", "wrong", "incorrect", "inaccurate", "fabricated"}


def _to_tell_it(word: Token, told: Token) -> bool:
    """ "(The committee) wishes to inform the public that on Monday two prisoners were swapped":
    the wish is to tell what was done, which is told as done."""
    return any(c.dep_ == "xcomp" and c.lemma_ in _TELLING and
               any(d.dep_ == "ccomp" and told in d.subtree for d in c.children) for c in word.children)


_TELLING = {"inform", "announce", "confirm", "report", "notify", "tell", "say", "state"}


def _to_be_done(verb: Token) -> bool:
    """ "is to free", "are to be exchanged": what a plan or terms lay down, not yet done."""
    return verb.head.lemma_ == "be" and verb.head.tag_ in ("VBZ", "VBP") and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _counterfactual(verb: Token) -> bool:
    """ "Without Oman's help, the trade would not have gone ahead": it did go ahead, through Oman."""
    return any(c.dep_ == "aux" and c.lower_ in ("would", "could") for c in verb.children) and \
        any(c.dep_ == "neg" for c in verb.children)


def _made_possible(word: Token) -> bool:
    """ "the approach that made the handover possible", "I want to pay tribute to X for ...":
    it happened; the wish is only to thank for it."""
    thanking = any(c.dep_ == "xcomp" and c.lemma_ in _THANKING for c in word.children)
    return word.lower_ == "possible" and word.head.lemma_ == "make" or thanking


def conditional(token: Token) -> bool:
    """Told with a modal of what has not happened: "it would free them in exchange for ...",
    "a draft would have seen 400 prisoners released" (a participle takes its verb's mood, and so
    does a gerund: "B could reciprocate by releasing nine"), "a swap will take place next week"."""
    own = clause_of(token)
    clauses = [own, clause_of(own.head)] if own.dep_ in ("acl", "pcomp") else [own]
    # the future only in the trigger's own clause: not "will publish the names of those freed in Sunday's swap"
    future = any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in own.children)
    return future or any(c.dep_ == "aux" and c.lower_ in _CONDITIONAL or _if_clause(c)
                         for clause in clauses for c in clause.children)


def _if_clause(clause: Token) -> bool:
    """ "If it goes through, (this would be the first trade in years)": the condition the rest waits on."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children)


def _nobody(subject: Token) -> bool:
    """ "No prisoners", "neither side", "none of them": a subject that denies the event."""
    return subject.lower_ in ("none", "nobody", "neither", "nothing", "no-one") or any(
        c.dep_ in ("det", "preconj") and c.lower_ in ("no", "neither") for c in subject.children)


def side_of(key: str | None, refs: References) -> str | None:
    """The side an actor stands for in an event: a ministry stands for its country;
    persons are not sides."""
    actor = refs.actors.get(key) if key else None
    if actor is None or actor.kind == "Person":
        return None
    body = actor.unowned_name
    if actor.part_of and (body.startswith(("Ministry", "United States Department")) or
                          " ".join(body.split()[-2:]).lower() in _SERVICES or
                          body.split()[-1].lower() in _SERVICES  # "the Indian Coast Guard received 21"
                          or body != actor.name and body.split()[-1].lower() in STATE_OFFICE_WORDS):
        return actor.part_of  # "Ukraine's Main Intelligence Directorate said 90 came home": Ukraine's
    if actor.name in _SEATED_STATES:  # "the White House": the government seated there, a side as its state
        return refs.country(_SEATED_STATES[actor.name])
    if _NUMBERED_UNIT.match(body):  # "Private X of the 22nd Mechanised Brigade": a unit of an army, a side
        return actor.part_of  # only as its state
    if _A_COURT.search(body):  # "the Constitutional Court suspended the act": a state's court is no side
        return actor.part_of  # of its own, and one of no state named is none
    return key


# The seats of governments a story names as bodies of their own, and their states ("the Kremlin" is a name of Russia).
_SEATED_STATES = {"White House": "USA", "Downing Street": "GBR", "Élysée": "FRA", "Elysee": "FRA", "Blue House": "KOR",
                  "Zhongnanhai": "CHN", "Bankova": "UKR"}
_A_COURT = re.compile(r"\b(?:court|tribunal)\b", re.IGNORECASE)


_NUMBERED_UNIT = re.compile(r"(?:the\s+)?\d+(?:st|nd|rd|th)\b.*\b(?:brigade|battalion|regiment|division|corps|rifles|"
                            r"squadron|company|fleet|army)\b", re.IGNORECASE)


def actor_of(token: Token, refs: References) -> str | None:
    """The side a token names or refers to, if any: also the state whose agents a plural
    names ("the Venezuelan authorities", "US special forces", "officials of X") or the side it
    is ("the Armenian side"); the body that sent a delegation or an envoy ("a team from X")."""
    if any(c.dep_ == "amod" and c.lower_ in _RIVAL for c in token.children):
        return None  # "Libya's rival authorities": both sides of a split state, neither named
    if token.lower_ in FIRST_PERSON_PLURAL and token.pos_ == "PRON":  # "we", not "the US"
        return speakers_side(token, refs)
    key = side_of(refs.resolve(token), refs)
    agents = (token.lemma_.lower() in _STATE_AGENTS and token.tag_ == "NNS" or token.lemma_.lower() in _STATE_UNITS) \
        and not any(c.lemma_ == "government" for c in token.children)  # not "Colombian government negotiators",
    # the government's
    fighters = token.tag_ == "NNS" and token.lemma_.lower() in _FIGHTERS
    if key is None and token.lower_ in ("region", "republic", "enclave", "territory") and \
            any(c.lower_ in ("breakaway", "separatist", "rebel") for c in token.children):  # "the breakaway
        key = next((k for c in token.children if c.dep_ == "compound" and (k := refs.named(c))  # Transnistria
                    and refs.actors[k].kind == "Country"), None)  # region": the breakaway state
    if key is None and (agents or fighters or token.lower_ == "side"):  # "the Congolese side", "Houthi forces"
        for child in (c for c in token.children if c.dep_ in ("amod", "compound", "nmod", "poss")
                      and not qualifies_another(c)):  # not "Iran- and Russia-backed forces"
            country = gazetteer().demonym_at(child)
            named = refs.named(child) if child.dep_ != "amod" else None
            group = gazetteer().organization_by_word(child.text) if child.text[:1].isupper() else None
            if country and not fighters:  # "the Serb side", where the story is of the Bosnian Serbs: theirs
                return kin_state(country.code, refs) or refs.country(country.code)
            if named and refs.actors[named].kind == "Country" and not fighters:
                return named
            if group and f"Organization:{group}" in refs.actors:  # a group the story names
                return f"Organization:{group}"
    if key is None and (token.lemma_.lower() in _SENT_BY or agents):
        preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in ("from", "of")]
        after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if not preps and after is not None and after.lower_ == "of" and after.head.i < token.i:
            preps = [after]  # "the Houthis and forces of the government", "of" hung on the Houthis
        senders = [o for c in preps for o in c.children if o.dep_ == "pobj" and not in_part(o)]  # not "forces
        return actor_of(senders[0], refs) if senders else None  # from western Libya"
    if key is None and fighters:  # "gunmen of the X Front", "members from the group": the group, not
        groups = [refs.named(o) for c in token.children if c.dep_ == "prep" and c.lower_ in ("from", "of")
                  for o in c.children if o.dep_ == "pobj"]  # "fighters from Syria", a place
        return next((k for k in groups if k and refs.actors[k].kind == "Organization" and "government" not in (
            gazetteer().organization_kind(refs.actors[k].name) or "")), None)  # not "from the Kurdistan Region"
    if key is None and token.lemma_.lower() in _FRIENDS and token.tag_ == "NNS":  # "our partners in the UAE",
        hosts = [o for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "from")  # "friends in Qatar"
                 for o in c.children if o.dep_ == "pobj"]
        return actor_of(hosts[0], refs) if hosts else None
    return key


def is_locative(span: Span) -> bool:
    return is_place(span)


def nearest_date(trigger: Token, dates: list[DateMention]) -> DateMention | None:
    """The date of the trigger's own clause, else of a clause of the same sentence that
    carries the exchange out ("X handed over 15 on Monday, and Y released 3 in return").
    A date of agreeing or announcing ("the swap was agreed last week") is not the swap's, and
    the day of a dateline ("Addis Ababa, 8 June 2023 - X welcomes the exchange, which took
    place on 6 June") only where no other date of the sentence is."""
    in_sentence = [d for d in dates if trigger.sent.start <= d.span.start < trigger.sent.end]
    told = [d for d in in_sentence if not _of_a_dateline(d)]
    return _nearest_of(trigger, told) or (_nearest_of(trigger, in_sentence) if len(told) < len(in_sentence) else None)


_DASHES = ("\u2014", "\u2013", "-", "--")


def _of_a_dateline(date: DateMention) -> bool:
    """ "Addis Ababa, 8 June 2023 - ...": a date after a place's name that opens a line, before a dash."""
    doc, span = date.span.doc, date.span
    opening = [t for t in doc[span.sent.start : span.start] if not t.is_space]
    after = doc[span.end] if span.end < len(doc) else None
    return after is not None and after.text in _DASHES and 0 < len(opening) <= 4 and opens_line(opening[0]) and \
        opening[-1].text == "," and all(t.pos_ == "PROPN" or t.is_punct for t in opening)


def _nearest_of(trigger: Token, in_sentence: list[DateMention]) -> DateMention | None:
    """`nearest_date` among the dates of the trigger's sentence given."""
    if trigger.dep_ == "pobj" and trigger.head.lower_ in _TOPICAL:  # "asked about the exchange at a briefing
        return next((d for d in in_sentence if d.span.root.head == trigger  # on Monday": the asking's day;
                     and d.span.root.dep_ in ("poss", "compound")), None)  # "about Saturday's exchange": its own
    own, acting = [], []
    when = _when_of(trigger)
    for date in in_sentence:
        root = date.span.root
        clause = clause_of(root)
        path = [root, *root.ancestors]
        if when is not None and when in (clause, root.head, root.head.head, root) or _inserted_at(root, trigger) or (
                trigger.dep_ in ("relcl", "appos") and date.span.start <= trigger.head.i < date.span.end) or \
                _set_beside(date, trigger) or _its_participle(clause, trigger) or _meanwhile(clause, trigger) or \
                _the_release_paid_for(root, trigger) or _took_place_then(clause, trigger) or \
                _told_in_its_when_clause(date, trigger, in_sentence):
            own.append(date)  # what the when-clause dates; "the completion, on 3 May, of a swap"; "on the
            continue  # 14th, in which 20 were released"; "back to September 2022, the exchange that ..."
        if called_back(trigger) and root.dep_ in ("compound", "nmod", "amod", "poss") and root.head != trigger \
                and root.head.dep_ == "pobj" and root.head.pos_ == "NOUN" and not root.head.ent_type_:
            continue  # "in a February 18 meeting, X called the exchange ...": the meeting's day; not "on Monday
            # evening", nor "At a May 3 ceremony, A and B exchanged prisoners"
        if called_back(trigger) and not (clause == clause_of(trigger) or trigger in (root.head, clause.head)
                                         or _fronted_for_both(date, clause, trigger)):
            continue  # "agreement was reached on 12 May, and the swap took place at 13:00", "pardoned them on
            # 16 May to make the exchange possible": the swap told before, not dated by what was done around it
        below = path[: path.index(clause)] if clause in path else []
        if _a_weekday(date) and trigger.dep_ == "dobj" and trigger.head.lemma_ in CARRYING_OUT:  # "carried out
            below = [t for t in below if t.lower_ != "since"]  # their first swap since the war on Monday": the
            # news's day, not that of what it is the first since; but not "It was the first swap since talks on Monday"
        if trigger in below and not any(t.lower_ in _NOT_THE_DATE for t in below[: below.index(trigger)]) and \
                not _names_another_thing(root, trigger):  # not "the first exchange under the March accord"
            own.append(date)  # "(after) a similar exchange on the 17th": the date of the trigger itself
            continue
        if any(t.lower_ in _NOT_THE_DATE for t in below):
            continue
        if _names_another_thing(root, trigger):
            continue  # "the fourth exchange under the March truce deal"
        if clause != clause_of(trigger) and any(c.dep_ == "mark" and c.lower_ in _NOT_THE_DATE
                                                for c in clause.children):
            continue  # "the first exchange since fighting resumed last year"
        if clause != clause_of(trigger) and conditional(clause):
            continue  # "the transfer went smoothly and a further batch would be released on Tuesday"
        if _when_its_maker_was_done(clause, trigger):
            own.append(date)
            continue
        if clause.lemma_ in CAPTURING and _fronted_over_a_participle(clause, root, trigger):
            own.append(date)  # "On 12 March, four citizens detained in X were returned", read as "citizens detained"
            continue
        if clause.lemma_ in CAPTURING:
            continue  # "the sailors detained in November 2018"
        if _after_a_release(clause):
            continue  # "was back home on Friday after Russia freed her, in a swap": the day after it
        if clause.lemma_ in ("follow", "precede") and trigger in clause.children and not a_stage_told(clause) \
                and any(c.dep_ == "dobj" for c in clause.children):
            continue  # "The exchange followed a visit in March": the visit's day; not "On Monday a second
            # batch followed: 20 for 20", nor "A second exchange followed on 27 January", which dates it
        if clause.lemma_ in _ARRANGING_VERBS and not (clause.lemma_ in MEDIATION_VERBS and clause in trigger.ancestors):
            continue  # "agreed the swap on Monday"; but "mediated the swap on 8 May" dates it
        if clause.lemma_ == "be" and any(c.dep_ == "attr" and c.lemma_.lower() in _OUTCOMES for c in clause.children):
            continue  # "The exchange is the outcome of talks that began in May and last met on 16 September"
        if _dates_trigger(clause, root, trigger):
            own.append(date)
        elif clause.lemma_ in EXCHANGE_ACTIONS or deal_done(clause) or homecoming(clause):
            acting.append(date)  # "The deal was completed on 3 July: A handed over ..., and B released ..."
    nearest = min(own or acting, key=lambda d: abs(d.span.start - trigger.i), default=None)
    if nearest is not None and nearest.day is None and nearest.month:  # "a month ago, on 19 March": the day
        nearest = next((d for d in own or acting if d.day and (d.day.year, d.day.month) == nearest.month), nearest)
    return nearest or _stamp(trigger.sent, in_sentence)


def _fronted_for_both(date: DateMention, clause: Token, trigger: Token) -> bool:
    """ "Early on Saturday the buses reached the crossing and the swap began": a date that
    opens the sentence dates the clauses joined after it."""
    own = clause_of(trigger)
    return own.dep_ == "conj" and own.head == clause and date.span.start < min(
        (c.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), default=clause.i)


def called_back(trigger: Token) -> bool:
    """ "the swap", "the exchange": a trigger noun that calls back a swap told before."""
    return trigger.pos_ == "NOUN" and trigger.tag_ == "NN" and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in trigger.children) and \
        not any(c.dep_ in ("prep", "acl", "relcl", "amod", "compound", "nummod") for c in trigger.children)


def _fronted_over_a_participle(clause: Token, root: Token, trigger: Token) -> bool:
    """ "On 12 March, four citizens detained in X were returned": a date before the people,
    whose participle the parser took for the sentence's verb and "were returned" for its clause;
    the date is the return's."""
    return trigger.head == clause and trigger.dep_ in ("ccomp", "conj") and \
        any(a.dep_ == "auxpass" for a in trigger.children) and \
        any(c.dep_ == "nsubj" and root.i < c.i for c in clause.children)


def _told_in_its_when_clause(date: DateMention, trigger: Token, in_sentence: list[DateMention]) -> bool:
    """ "the first since December 7, 2019, when X was swapped for Y": the day a when-clause
    right after it tells of, with no other day before the trigger, however the parser hung the
    clause."""
    doc = trigger.doc
    when = next((t for t in doc[date.span.end : min(date.span.end + 2, trigger.i)] if t.lower_ == "when"), None)
    return when is not None and all(t.is_punct for t in doc[date.span.end : when.i]) and \
        not any(when.i < d.span.start < trigger.i for d in in_sentence)


def _took_place_then(clause: Token, trigger: Token) -> bool:
    """ "the exchange of detainees between A and B, which took place on 6 June": the parser
    hangs the clause of taking place on the last side named after the swap's "between", and its
    day is the swap's; not "a battle near Omdurman, which took place in May", "talks in Doha,
    which took place ...", nor "X, whose rescue happened on 8 June"."""
    taking_place = clause.lemma_ in ("happen", "occur") or clause.lemma_ == "take" and any(
        c.lower_ == "place" for c in clause.children)
    relative = any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WDT" for c in clause.children)
    phrase = set(trigger.subtree)
    between = any(a.lower_ == "between" for a in clause.head.ancestors if a in phrase)
    return clause.dep_ == "relcl" and taking_place and relative and trigger.pos_ == "NOUN" and \
        clause.head.pos_ == "PROPN" and between


def _the_release_paid_for(root: Token, trigger: Token) -> bool:
    """ "The release in March of X was negotiated ...; in return, B freed Y": the date of the
    release that the trigger's "in return" pays back in the same sentence."""
    released = root.head.head if root.head.dep_ == "prep" else None
    return trigger.head.lower_ == "in" and trigger.lower_ in ("return", "exchange") and released is not None and \
        released.lemma_.lower() == "release" and released.i < trigger.i


def homecoming(clause: Token) -> bool:
    """ "On May 31, 75 of ours came home and 75 were handed over, and that exchange ...": the
    return of people counted or held carries the exchange out; not "the envoy, who returned to
    Nairobi on 2 June"."""
    home = clause.lemma_ == "return" or clause.lemma_ in ("come", "go", "fly") and any(
        c.lower_ in ("home", "back") for c in clause.children)
    people = any(c.dep_ in ("nsubj", "nsubjpass") and any(t.like_num or captive_word(t) for t in c.subtree)
                 for c in clause.children)  # "75 came home", "360 POWs were flown home"
    return home and people and clause.dep_ != "relcl"


def _when_its_maker_was_done(clause: Token, trigger: Token) -> bool:
    """ "The mediation, concluded on 4 August, led to the release of 57 and 57", "The
    first round, held on 2 March, saw 21 soldiers exchanged for 19 rebels": the day of the
    mediation, deal or round that brought the exchange about."""
    maker = clause.head
    own = clause_of(trigger)
    return clause.dep_ == "acl" and clause.lemma_ in CARRYING_OUT and maker.dep_ == "nsubj" and \
        maker.head in (own, own.head) and maker.lemma_ in MEDIATION_NOUNS | DEAL_NOUNS | OPERATION_NOUNS | {"round"}


def _after_a_release(clause: Token) -> bool:
    """A clause of what followed a release ("was back home on Friday after X freed her"), not
    itself a release ("were released on Thursday, after X freed 14")."""
    return clause.lemma_ not in EXCHANGE_ACTIONS | RELEASE_VERBS and any(
        c.dep_ == "advcl" and c.lemma_ in EXCHANGE_ACTIONS and
        any(m.dep_ == "mark" and m.lower_ == "after" for m in c.children) for c in clause.children)


def _meanwhile(clause: Token, trigger: Token) -> bool:
    """ "Families waited at the crossing on Friday as the two armies swapped prisoners": the
    swap told in a clause of the same time as the dated one."""
    own = clause_of(trigger)
    return own.dep_ == "advcl" and own.head == clause and \
        any(c.dep_ == "mark" and c.lower_ in ("as", "while", "when") for c in own.children)


def _set_beside(date: DateMention, trigger: Token) -> bool:
    """ "back to September 2022, the exchange that ...": a date the trigger's phrase follows
    after a comma, which it describes, however the parser joined the two."""
    start = trigger.left_edge.i
    return start >= 2 and trigger.doc[start - 1].text == "," and date.span.end == start - 1


def _a_weekday(date: DateMention) -> bool:
    """A day named only by its weekday ("on Monday"), not "Monday, June 2"."""
    return any(t.lower_ in WEEKDAYS for t in date.span) and not any(t.like_num for t in date.span)


def _its_participle(clause: Token, trigger: Token) -> bool:
    """ "an exchange with Venezuela carried out on Saturday": a participle of carrying out
    right after the trigger's phrase, which the parser may hang on the verb above; or told of
    the operation the swap was done in ("in an airlift that was completed on ...")."""
    right_after = clause.i == trigger.right_edge.i + 1 or clause.i == trigger.i + 1
    carried_out = clause.lemma_ in CARRYING_OUT and not any(c.dep_ == "dobj" for c in clause.children)
    if carried_out and clause.dep_ in ("relcl", "acl") and clause.head.dep_ == "pobj" and \
            clause.head.head.lower_ in ("in", "during") and clause.head.head.head in (trigger, clause_of(trigger)):
        return True  # "swapped 1,056 prisoners in an airlift that was completed on Oct. 16"
    return clause.dep_ in ("acl", "advcl") and carried_out and right_after and \
        not any(c.dep_.startswith("nsubj") for c in clause.children)


def deal_done(verb: Token) -> bool:
    """ "The deal was completed", "the agreement was carried out": a deal told done."""
    return verb.lemma_ in CARRYING_OUT and not hypothetical(verb) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_ in DEAL_NOUNS | TRIGGER_NOUNS for c in verb.children)


def _names_another_thing(root: Token, trigger: Token) -> bool:
    """ "the January ceasefire", "the 2023 agreement", "the 1972 airport massacre": a date
    inside another thing's name; "today's tourists": a day that only describes another thing;
    not "Thursday's opening phase (sent 80 back to each side)", a part of the swap."""
    node = root
    while node.dep_ in ("compound", "nummod", "poss") and node.head.i != node.i:
        node = node.head
    if root.dep_ == "compound" and root.head.lower_ in _TIMES_OF_DAY and root.head.dep_ == "compound":
        return False  # "where yesterday afternoon Myanmar's military and X exchanged", misread as a name's part
    if root.ent_type_ in ("ORG", "EVENT", "LAW", "FAC") and not _only_a_date_named(root):
        return True  # "the March 23 Movement": a date the NER reads as part of a name
    paper = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
    made_in = paper is not None and paper.dep_ == "pobj" and paper.head.lower_ == "in" and \
        paper.head.head == clause_of(trigger)  # "In the agreement of 20 May 1985, A freed 1,150 in exchange for ..."
    if paper is not None and paper.lemma_.lower() in _DATED_PAPERS and paper not in trigger.ancestors and \
            not made_in and not any(c.dep_ == "relcl" for c in (*paper.children, *root.children)):
        return True  # "the first exchange under the trilateral statement of 9 November"; not "the Agreement of
        # May 20, 1985, in which Israel released 1,150", the swap itself
    return node is not root and node.pos_ == "NOUN" and node != trigger and \
        node.lemma_.lower() not in TRIGGER_NOUNS | OPERATION_NOUNS | STAGE_NOUNS and \
        node.ent_type_ not in ("DATE", "TIME") and \
        node.lower_ not in _TIMES_OF_DAY  # not "Monday morning"


_DATED_PAPERS = DEAL_NOUNS | {"statement", "declaration", "memorandum", "decree", "resolution", "communique",
                              "communiqué", "protocol", "treaty", "ceasefire", "truce", "letter", "law"}


def _only_a_date_named(word: Token) -> bool:
    """ "freed on 9 November in a swap", where the NER took "9 November" for an event: a name
    of nothing but a day and its month (and year)."""
    doc, start, end = word.doc, word.i, word.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return all(t.like_num or t.lower_.rstrip(".") in MONTHS for t in doc[start:end])


_OPENING = {"open", "begin", "start"}


def _of_a_thing(clause: Token) -> bool:
    """A relative clause of a thing ("that opened on 20 April"), not of people ("the fishermen
    who opened a new fishing ground")."""
    return not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "whom") for c in clause.children)


def _dates_trigger(clause: Token, root: Token, trigger: Token) -> bool:
    """Whether a date in `clause` (its head word `root`) is the date of the trigger's exchange:
    the same clause; one hanging on the trigger; the clause the trigger's own hangs on, unless
    that is a clause of saying ("said on Monday the swap ...") or the trigger's is set before
    or after it; the clause whose object the trigger's clause describes, or another clause
    describing that object; or one the trigger's clause happens alongside."""
    if clause == clause_of(trigger) or clause.head == trigger or root.head == trigger:
        return True
    opening = clause.lemma_ in _OPENING and _of_a_thing(clause)
    if clause.dep_ in ("acl", "relcl") and (clause.lemma_ in CARRYING_OUT or opening) and \
            clause.head.head.head == trigger and clause.head.head.lower_ == "of":
        return True  # "the exchange of captives carried out on Thursday", "a trade of the sick that opened on
        # 20 April", the parser hanging the clause on the captives
    if trigger.head == clause:
        return (trigger.dep_ != "ccomp" or clause.lemma_ in _SEEING) and not _at_another_time(trigger)
    own = clause_of(trigger)
    if own.dep_ == "conj" and own.head == clause and not _at_another_time(own):
        return True  # "On Monday A walked out, and B the other way"
    if own.dep_ == "ccomp" and own.head == clause and clause.lemma_ in CARRYING_OUT | _SEEING | {"stage", "begin",
                                                                                               "start"}:
        return True  # "In October the sides carried out (began) what was the largest swap"
    if own.dep_ == "xcomp" and own.head == clause:
        return True  # "on 3 May, Oman's mediation enabled them to conclude an exchange"
    if own.dep_ == "pcomp" and own.head.lower_ == "with" and own.head.head == clause:
        return True  # "On Sunday the last stage was completed, with 30 soldiers exchanged for 30 others"
    if own.dep_ == "pcomp" and own.head.lower_ == "in" and own.lemma_ == "be" and clause in own.ancestors:
        return True  # "In October the ICRC flew 1,056 prisoners home in what was the largest exchange"
    if own.dep_ == "pcomp" and own.head.lower_ == "of" and own.head.head.dep_ in ("nsubj", "nsubjpass") and \
            own.head.head.head == clause and clause.lemma_ in CARRYING_OUT:
        return True  # "On 8 May the procedure of exchanging A for B was completed"
    if clause.lemma_ == "be" and own.dep_ == "acl" and _among(own.head, clause):
        return True  # "On 3 June she was one of the 140 freed in the exchange", "was among 90 freed in a swap"
    # "In May, Oman mediated a deal in which A was freed for B"; "the deal struck in May, in which ..."
    return own.dep_ == "relcl" and (own.head.head == clause or own.head == root or
                                    (clause.dep_ in ("acl", "relcl") and clause.head == own.head)) or \
        _while(trigger, clause)


def _among(group: Token, copula: Token) -> bool:
    """Whether the copula says its subject was one of `group`: "was one of the 277", "was among
    the 90"; not "was at a ceremony for the soldiers"."""
    if group.dep_ == "attr" and group.head == copula:
        return True
    preposition = group.head if group.dep_ == "pobj" else None
    if preposition is None:
        return False
    if preposition.lower_ == "among" and preposition.head == copula:
        return True
    one = preposition.head
    return preposition.lower_ == "of" and one.dep_ == "attr" and one.head == copula and one.lower_ in ("one", "none")


def _inserted_at(root: Token, trigger: Token) -> bool:
    """Whether `root` lies in an insertion right before the trigger's "of": "the completion,
    on 3 May, of an exchange"."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ != "of":
        return False
    inserted = insertion_before(trigger.head)
    return inserted is not None and inserted.start <= root.i < inserted.end


def insertion_before(token: Token) -> Span | None:
    """The words between commas that end right before `token`: ", on Friday 3 May," in
    "the completion, on Friday 3 May, of an exchange"."""
    doc, start = token.doc, token.sent.start
    if token.i - 1 <= start or doc[token.i - 1].text != ",":
        return None
    opening = [t.i for t in doc[start : token.i - 1] if t.text == ","]
    return doc[opening[-1] + 1 : token.i - 1] if opening else None


def _at_another_time(clause: Token) -> bool:
    """ "(came weeks) after the two sides exchanged prisoners": a clause set before or after
    the one it hangs on."""
    return any(c.dep_ in ("mark", "prep") and c.lower_ in _NOT_THE_DATE for c in clause.children)


def _while(trigger: Token, dated: Token) -> bool:
    """ "On May 3, A walked out as B walked in, in a swap": the trigger's clause happens
    while the dated clause does, not after or before it."""
    clause = clause_of(trigger)
    return clause.dep_ == "advcl" and clause.head == dated and \
        not any(t.lower_ in _NOT_THE_DATE for t in clause.subtree if t.i < clause.i)


def _when_of(trigger: Token) -> Token | None:
    """ "In May, when an exchange brought 75 home, ...": the clause a when-clause dates; or
    the noun it dates ("a similar one on May 3, when 40 were traded for 40"). A clause joined
    to the when-clause ("when 40 came home and B got 40 in return") is under it too."""
    clause = clause_of(trigger)
    while clause.dep_ in ("conj", "acl") and clause.head.i != clause.i:  # "when he was one of 16 people
        clause = clause.head if clause.dep_ == "conj" else clause_of(clause.head)  # released in the swap"
    when = clause.dep_ in ("advcl", "relcl") and any(c.lower_ == "when" for c in clause.children)
    return clause.head if when else None


def heading_date(sent: Span, dates: list[DateMention]) -> DateMention | None:
    """ "May 31, 2014 — The first deal", "• April 2023 — ...": the date a line of a timeline
    or a list opens with, which it gives the entries under it, up to the next such line;
    "2020: ..." opens an entry known only to the year."""
    words = [t for t in sent if not t.is_space]
    if not words:
        return None
    if not opens_line(words[0]) and not _after_a_bare_list_number(sent):
        return None
    in_sentence = [d for d in dates if sent.start <= d.span.start < sent.end]
    year_only = len(words) > 1 and words[0].is_digit and len(words[0].text) == 4 and \
        words[1].text in HEADING_MARKS | {"-"}
    if year_only:
        return DateMention(sent.doc[words[0].i : words[0].i + 1], None, year=int(words[0].text))
    return _stamp(sent, in_sentence)


def list_number(word: Token) -> bool:
    """ "2." or "3)" opening a line: the number of a list's item."""
    following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else word
    return opens_line(word) and (re.fullmatch(r"\d{1,2}[.)]", word.text) is not None or
                                 word.is_digit and len(word.text) <= 2 and following.text in (".", ")"))


def _stamp(sent: Span, dates: list[DateMention]) -> DateMention | None:
    """ "• April 27, 2022 — X was freed in a swap", "12 March 2023. Two pilots were swapped": the
    date a list entry, timeline or blog entry opens with is the date of what it reports."""
    opening = [t for t in sent if not (t.is_punct or t.is_space or t.text in ("•", "*"))][:2]
    number_first = bool(opening) and list_number(opening[0])  # "2. 5 February. 150 for 150": a numbered
    numbered = number_first or _after_a_bare_list_number(sent)  # list's entry
    start = opening[-1].i if number_first else opening[0].i if opening else -1
    for date in dates:
        after = _past_an_aside(sent.doc, date.span.end)
        if date.span.start == start and after is not None and after.text == ",":
            if numbered and not any(d.span.start == after.i + 1 for d in dates):
                return date  # "3. 19 March, the day after the call. 175 for 175"
            start = after.i + 1  # "Friday, 14 March: ...": the day is told twice
        elif date.span.start == start and (date.span.text.endswith(".") or after is not None and (after.text in (
                "\u2014", "\u2013", "-", "--", ":", ".") or _a_stamp_alone(after))):
            return date  # "31 Jan. 207 came home", its dash made a stop; "[24.11.2023 19:41]", a channel's stamp
        elif numbered and _after_a_dash(sent.doc, date.span.start) and (after is None or _ends_a_heading(after)):
            return date  # "1. Cauca, Colombia — 3 April 2025.", "2. X for Y — 9 May 2024"
        elif date.span.start == start and date.known_year and _alone_on_its_line(date) and \
                sum(map(_alone_on_its_line, sent.doc._.dates or [])) >= 2:
            return date  # "MAY 31, 2014" on a line of its own, over the entry below it, in a timeline of such lines
    return None


def _alone_on_its_line(date: DateMention) -> bool:
    """ "MAY 31, 2014" (or "Saturday, 31 May 2014") with nothing else on its line."""
    text = doc_text(date.span.doc)
    start = text.rfind("\n", 0, date.span.start_char) + 1
    end = text.find("\n", date.span.end_char)
    line = text[start : end if end >= 0 else len(text)].strip()
    return line == date.span.text or line.endswith(date.span.text) and \
        line[: -len(date.span.text)].rstrip(" ,").lower() in WEEKDAYS


def _a_stamp_alone(after: Token) -> bool:
    """Whether what follows a date closes a stamp alone on its line ("[24.11.2023 19:41]", its
    entry on the lines below): a time of day or a closing bracket, then the line's end."""
    doc = after.doc
    end = after.i + 1 if CLOCK.fullmatch(after.text) else after.i
    end += end < len(doc) and doc[end].text == "]"
    closed = after.text == "]" or end > after.i + 1
    return closed and (end >= len(doc) or "\n" in doc[end - 1].whitespace_ or doc[end].is_space and
                       "\n" in doc[end].text)


def _after_a_bare_list_number(sent: Span) -> bool:
    """ "1. Cauca, Colombia — 3 April 2025.", which the parser splits after "1."."""
    if sent.start == 0:
        return False
    before = sent.doc[sent.start - 1].sent
    words = [t for t in before if not t.is_space]
    return bool(words) and list_number(words[0]) and all(t.is_punct or t.like_num for t in words)


def _after_a_dash(doc: Doc, index: int) -> bool:
    return index > 0 and doc[index - 1].text in _DASHES


def _ends_a_heading(token: Token) -> bool:
    """A full stop or a line's end after a heading's date."""
    return token.text == "." or token.is_space and "\n" in token.text or "\n" in token.doc[token.i - 1].whitespace_


def _past_an_aside(doc: Doc, index: int) -> Token | None:
    """The token at `index`, or past the bracketed aside there: "24 Aug (Independence Day) — ..."."""
    if index < len(doc) and doc[index].text == "(":
        index = next((t.i + 1 for t in doc[index : index + 12] if t.text == ")"), index)
    return doc[index] if index < len(doc) else None


def _traded_with(trigger: Token, refs: References) -> list[str]:
    """ "exchanged prisoners with A and B", where the parser hangs the "with" on the people;
    not a name that opens a clause of its own ("with the United States and South Korea
    released the funds")."""
    if trigger.pos_ != "VERB" or trigger.lemma_ not in ("exchange", "swap", "trade"):
        return []
    partners = [o for d in trigger.children if d.dep_ == "dobj" for p in d.children if p.lower_ == "with"
                for o in p.children if o.dep_ == "pobj"]
    doc = trigger.doc
    return [k for o in partners for t in (o, *o.conjuncts) if (k := actor_of(t, refs)) and not (
        t.right_edge.i + 1 < len(doc) and doc[t.right_edge.i + 1].pos_ in ("VERB", "AUX"))]


def parties_in(trigger: Token, sent: Span, refs: References) -> list[str]:
    """The sides a sentence names for the event its trigger reports."""
    found: list[str] = []
    clause = clause_of(trigger)
    exchanged = [o for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"
                 for o in c.children if o.dep_ == "pobj"]  # "a release of detainees between A and B"
    # "an exchange carried out between A and B"
    told = [c for c in trigger.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")]
    sharing = [clause.head] if clause.dep_ == "conj" and clause.head.lemma_ in RELEASE_VERBS and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) else []  # "A sent ... and got seven in return";
    # not "Oman flew X to Muscat and handed him over"
    deals = [o for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("in", "under") for o in c.children
             if o.dep_ == "pobj" and o.lemma_.lower() in DEAL_NOUNS]  # "paid with 1,027 prisoners in a deal with B"
    for token in [trigger, clause, *exchanged, *told, *sharing, *deals]:
        for child in token.children:
            if child.dep_ in ("nsubj", "nsubjpass") and token.pos_ == "VERB" and \
                    token.lemma_ not in _NOT_A_PARTY and child.i != trigger.i and \
                    not _a_traded_persons_post(child, refs) and \
                    child not in _present_as(trigger.head.head if trigger.head.lower_ == "of" else trigger):
                found += _with_conjuncts(child, refs) or the_two_called_back(child, refs) or \
                    _named_before_each(child, refs)
            if child.dep_ == "prep" and child.lower_ in ("between", "among", "with", "to") and \
                    not (child.lower_ == "with" and (_of_a_border(child) or _acting_as(token))) and \
                    not (child.lower_ == "among" and child.nbor().lower_ in ("them", "whom")):  # "among them 108
                # Azov fighters": some of those counted, not the sides
                sides = child.lower_ != "to"  # "between Kyiv and Moscow" names sides, not places
                # "brokered by Brazil, with Chile": Chile mediated too; "... with the ELN": a side
                co_mediators = child.lower_ == "with" and token.lemma_ in _NOT_A_PARTY and \
                    any(c.dep_ == "agent" for c in token.children) or _partners_set_off(child) is not None
                for obj in child.children:
                    if obj.dep_ == "pobj" and not _mediation_noun(obj) and not passed_on_by(obj, refs) and \
                            not _in_the_middle(obj):  # not "with
                        # the mediation of A and B", nor "handed X to Russian peacekeepers"
                        found += [k for k in _with_conjuncts(obj, refs, places=sides) if not co_mediators or
                                  (k and gazetteer().is_armed_group(refs.actors[k].name))]
    found += _traded_with(trigger, refs)
    found += [k for t in _named_after_a_fronted_phrase(clause) if (k := actor_of(t, refs))]
    if clause.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in clause.children):
        found += [key for obj in clause.head.children if obj.dep_ == "dobj"  # "enabled A and B to conclude
                  for key in _with_conjuncts(obj, refs) or the_two_called_back(obj, refs)]  # an exchange"
    for token in sent:
        if token.pos_ == "VERB" and token.lemma_ in EXCHANGE_ACTIONS:
            for child in token.children:
                if child.dep_ == "nsubj":
                    found += _with_conjuncts(child, refs)
    governing = {trigger.i} | {a.i for a in trigger.ancestors}  # "X succeeded in a mediation effort between
    for token in sent:  # A and B, resulting in ... an exchange", not "a day after X's mediation between C and D"
        shuttling = token.lemma_ == "shuttle" and any(v.i in governing for v in _clause_verbs(token))  # "By
        clause = clause_of(token)  # "arranged with X acting as intermediary between A and B": an aside's clause
        acting = clause.lemma_ == "act" and (clause.head.i in governing or clause.head.head.i in governing)
        if shuttling or token.pos_ == "NOUN" and token.lemma_.lower() in MEDIATION_NOUNS and \
                (clause.i in governing or acting):  # shuttling between A and B, Qatar secured the swap"
            found += [key for p in token.children if p.dep_ == "prep" and p.lower_ == "between"
                      for obj in p.children if obj.dep_ == "pobj" for key in _with_conjuncts(obj, refs, places=True)]
    found += [k for word in paired_before(trigger) if (k := actor_of(word, refs)) and (
        refs.actors[k].kind == "Country" or gazetteer().organization_kind(refs.actors[k].name) is not None)]
    found += _captors_of_the_price(trigger, refs)
    found += [thanking_side(told[0], refs) for token in sent
              if (told := thanks_for_a_swap(token, refs)) and told[2].i == trigger.i]  # "X thanks Y after swap"
    if any(of_both_sides(o) for p in trigger.children if p.lower_ == "of" for o in p.children):
        found += _the_two_named_before(trigger, sent, refs)
    if the_two_states(trigger):
        return [key for key in dict.fromkeys(found) if key]  # "the two countries traded A for B": the ones
        # told before, not the lands A and B hold passports of
    captors = [k for held in trigger.sent if held.dep_ == "acl" and held.lemma_ in CAPTURING and captive_word(held.head)
               for a in held.children if a.dep_ == "agent" for o in a.children if (k := actor_of(o, refs))
               and _foreigners_held(held.head, k, refs)]
    groups = {gazetteer().organization_country(refs.actors[k].name) for k in [*found, *captors] if k}
    for person in _traded_persons(trigger, refs):  # "held by the Taliban ... for an Afghan man": the Taliban's
        country = nationality(person, refs)  # not Afghanistan for "an Afghan commander" the Taliban got back
        if country and country.removeprefix("Country:") not in groups:
            found.append(country)
    found = [key for key in dict.fromkeys(found) if key]
    if len(found) < 2:
        found += [k for k in _sent_back_to(clause, refs) if k not in found]
    if len(found) < 2:
        found += [k for k in _releaser_and_holder(trigger, refs, found) if k not in found]
    if len(found) < 2:
        found += [k for k in _holders_of_each(trigger, refs) if k not in found]
    return found if len(found) >= 2 else found + [k for k in _topic_state(trigger, refs) if k not in found]


def _acting_as(verb: Token) -> bool:
    """ "arranged with X acting as intermediary": X, set off "with", is who acted, not a side."""
    return any(c.lemma_ == "act" and c.dep_ in ("advcl", "pcomp", "acl") for c in verb.children) or \
        any(p.lower_ == "with" and any(c.lemma_ == "act" for c in p.children) for p in verb.children)


def paired_before(trigger: Token) -> list[Token]:
    """ "an NPA-government swap", "the Russia-Ukraine exchange", "the Belgium–Iran exchange": the
    two words joined by a hyphen or a dash right before the swap's noun, which name its sides where
    they are states or known bodies (not "the Abu Dhabi swap", a place, nor "the Griner-Bout swap",
    two persons)."""
    doc, i = trigger.doc, trigger.i
    if trigger.pos_ != "NOUN" or i < 3 or doc[i - 2].text not in ("-", "\u2013") or doc[i - 2].whitespace_ or \
            doc[i - 3].whitespace_ or doc[i - 1].tag_ in ("VBN", "VBD", "VBG"):
        return []  # nor "an ICRC-supervised exchange", which names who oversaw it
    return [doc[i - 3], doc[i - 1]]


def _foreigners_held(people: Token, captor: str, refs: References) -> bool:
    """ "Two Americans held by the Taliban": people of another state than the captor's, so that
    "an Afghan man" given for them is the captor's own; not "Filipino sailors held by Abu Sayyaf",
    for whom the Philippines, their state, is the other side."""
    home = gazetteer().organization_country(refs.actors[captor].name)
    theirs = {c.code for t in people.subtree if (c := gazetteer().demonym_at(t))}
    return home is not None and bool(theirs) and home not in theirs


def _sent_back_to(verb: Token, refs: References) -> list[str]:
    """ "sent two men back to Caracas (and got seven in return)": the state people were sent
    back to; not a harbour or a town they were brought back to."""
    sending = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    keys = [actor_of(o, refs) for v in sending for b in v.children if b.lower_ == "back" and v.lemma_ in SENDING_BACK
            for p in b.children if p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
    return [k for k in keys if k and refs.actors[k].kind == "Country"]


_HOLDING = {"hold", "jail", "imprison"}  # where people are kept; not where they were "arrested in Cyprus"


def _releaser_and_holder(trigger: Token, refs: References, found: list[str]) -> list[str]:
    """ "X was released by A in an exchange that freed ten As imprisoned in C": who let people
    go for the swap, and the one state that held those freed the other way, where the sentence
    names its sides no other way; not where another people's state is a side to be ("A freed
    two Bs for four As held in C"). The state of "held in Moscow" is not read from its capital."""
    paying = paying_verb(trigger)
    agents = [o for a in (paying.children if paying is not None else ()) if a.dep_ == "agent"
              for o in a.children if o.dep_ == "pobj"]
    holders = [o for held in _holding_verbs(trigger.sent) for p in held.children if p.lower_ == "in" and not any(
               a.dep_ == "agent" for a in held.children)  # "held by the Taliban in Afghanistan": a place
               for o in p.children if o.dep_ == "pobj" and not o.conjuncts and not _a_capital_as_place(o, refs)]
    keys = [k for agent in agents for k in _with_conjuncts(agent, refs)]
    peoples = {f"Country:{c.code}" for t in trigger.sent if captive_word(t)  # "Bs", "B aid workers"
               for w in (t, *(a for a in t.children if a.dep_ in ("amod", "compound")))
               if (c := gazetteer().demonym_at(w))}
    held_by = [k for holder in holders if (k := actor_of(holder, refs)) and refs.actors[k].kind == "Country"]
    if peoples <= {*found, *keys, *held_by}:  # not "freed two Bs for four As held in C", where B is a side
        keys += held_by
    return [k for k in dict.fromkeys(keys) if k and refs.actors[k].kind != "Person"]


def _holders_of_each(trigger: Token, refs: References) -> list[str]:
    """ "the release of 52 people: 30 soldiers held by A, and 22 fighters held by B": the two
    that each held a counted group the swap let go are its sides."""
    keys = [actor_of(o, refs) for o in holders_of_counted(trigger.subtree) if o.pos_ == "PROPN"]  # named, not
    # "the army", whose state the story may not mean
    keys = [k for k in dict.fromkeys(keys) if k and refs.actors[k].kind != "Person"]
    return keys if len(keys) >= 2 else []


def holders_of_counted(tokens: Iterable[Token]) -> list[Token]:
    """Who held counted people, among `tokens`: A of "30 soldiers held by A" and of "30 soldiers
    of the army held by A", where the parser hangs "held" on the army."""
    def counted(noun: Token) -> bool:
        owner = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
        return any(c.dep_ == "nummod" for c in (*noun.children, *owner.children))

    return [o for held in tokens if held.dep_ == "acl" and held.lemma_ == "hold" and held.tag_ == "VBN"
            and counted(held.head) for a in held.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]


def _holding_verbs(sent: Span) -> list[Token]:
    """The "imprisoned" of "ten Bs imprisoned in C", which the parser may hang on another verb;
    not of some "including five held in C"."""
    return [held for held in sent if held.tag_ == "VBN" and held.lemma_ in _HOLDING and held.i > 0
            and captive_word(held.head if held.dep_ == "acl" else held.doc[held.i - 1])
            and not any(a.lower_ == "including" for a in held.ancestors)]


def sides_taking_part(sent: Span, refs: References, parties: list[str] = ()) -> list[str]:
    """Sides a sentence adds to a many-sided swap it tells more of: "Slovenia freed two spies
    as part of the deal", "nine Chileans held in Peru, Ecuador and Bolivia went
    home", "the swap involved A, B and C", and who let people go together with one of its
    `parties` ("Russia and Belarus released 16 prisoners"), or in return for their release ("A, B
    and C released prisoners they held; Russia and Belarus released theirs"). Three or more states make a swap
    many-sided; "held in Germany" or "held in Peru and Bolivia" only tells where people were."""
    found: list[str] = two_camps(sent, refs)
    groups = []  # who let people go, verb by verb: "A, B and C released prisoners; D and E released theirs"
    for verb in sent:
        if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children) or hypothetical(verb):
            continue
        if verb.lemma_ in RELEASE_VERBS and as_part_of_it(verb):
            found += _releasing_for_it(verb, refs)
        elif verb.lemma_ in RELEASE_VERBS:
            groups.append(_releasing_for_it(verb, refs))
        elif verb.lemma_ == "involve" and _of_a_swap(verb):
            found += [k for c in verb.children if c.dep_ == "dobj" and len(c.conjuncts) >= 2
                      for k in _with_conjuncts(c, refs)]
        elif verb.lemma_ == "hold" and verb.tag_ == "VBN" and not any(c.dep_.startswith("aux") for c in verb.children):
            found += _holders_of_captives(verb, refs)
    if any(set(group) & set(parties) for group in groups if len(group) >= 2):
        found += [key for group in groups for key in group if len(groups) >= 2 or len(group) >= 2]
    return list(dict.fromkeys(found))


def agents_of(verb: Token) -> list[Token]:
    """Who did what a passive verb tells: the X of "freed by X"."""
    return [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]


def passed_on_by(agents: Token, refs: References) -> bool:
    """ "handed 20 Azerbaijani soldiers to Russian peacekeepers", "handed the American over to
    Qatari officials in exchange for a man held by the United States": a third state's agents,
    who take people of a state the sentence names as a side only to pass them on, are no side;
    "handed 90 Ukrainians to Ukrainian officials" are, and so are "Ukrainian officials" handed
    foreign fighters, whose state is no side. Peacekeepers take no one home, whoever they take."""
    move = agents.head.head if agents.dep_ == "pobj" and agents.head.lower_ == "to" else None
    state = actor_of(agents, refs) if agents.lemma_.lower() in _AGENTS_OF_A_THIRD_STATE else None
    if move is None or state is None:
        return False
    handed = [t for c in move.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree]
    people = {code for t in handed if (code := _state_word(t, refs))}  # "Russian", "who holds U.S. citizenship"
    own = refs.actors[as_state(state, refs) or state].country_code
    if agents.lemma_.lower() == "peacekeeper":
        return own not in people
    named = {refs.actors[k].country_code for m in refs.mentions if agents.sent.start <= m.span.start < agents.sent.end
             and (k := as_state(m.key, refs))}
    if not people:  # "handed him over to Egyptian intelligence officers ... The deal was brokered by Egypt"
        return _brokered_by(as_state(state, refs) or state, agents.doc, refs)
    return own not in people and bool(people & named)


_AGENTS_OF_A_THIRD_STATE = {"peacekeeper", "official", "officer", "diplomat", "envoy", "mediator", "negotiator",
                            "representative"}


def _brokered_by(state: str, doc: Doc, refs: References) -> bool:
    """Whether the story names the state as the broker of a deal: "brokered by X", "the
    X-mediated terms"; its agents who take people over only pass them on."""
    brokers = [o for t in doc if t.lemma_ in _MEDIATING and t.pos_ == "VERB"
               for o in [*agents_of(t), *(c for c in t.children if c.dep_ == "npadvmod")]]
    return any(side_of(refs.resolve(o), refs) == state or (country := gazetteer().demonym_at(o)) is not None
               and refs.actors[state].country_code == country.code for o in brokers)


def between_in_the_deal(sent: Span, refs: References) -> list[str]:
    """ "That deal between the Houthis and Yemen's government was brokered by X": the sides of
    the swap told before, named where the story calls it back."""
    called_back = [t for t in sent if t.lemma_.lower() in TRIGGER_NOUNS | DEAL_NOUNS and any(
        c.dep_ == "det" and c.lower_ in ("that", "this", "the") for c in t.children) and not any(
        c.dep_ in ("compound", "amod") and not captive_word(c) for c in t.children)]  # not "the grain deal"
    named = [o for t in called_back for p in t.children if p.dep_ == "prep" and p.lower_ == "between"
             for o in p.children if o.dep_ == "pobj"]
    named += [c for o in named for c in o.children if c.dep_ in ("poss", "nmod") and c.conjuncts]  # "the Houthis and
    return [k for o in named for k in _with_conjuncts(o, refs, places=True) if k]  # Yemen's government", read as
    # both owning the government


def two_camps(sent: Span, refs: References) -> list[str]:
    """ "Seven countries took part: A, B and C on one side, D and E on the other": every state or
    body the sentence names is a side."""
    camps = _TWO_CAMPS.search(sent.text)
    if not camps or camps[0].lower().startswith("from") and any(
            t.pos_ == "VERB" and t.lemma_ in RELEASE_VERBS for t in sent):
        return []  # "from one side A freed 200, from the other B 100": the sides of the deeds, read as such
    # "from one side A, from other side B": named after the words; else up to "on the other", not "the Wall Street
    # Journal reporter" among those freed after it
    end = sent.end_char if camps[0].lower().startswith("from") else sent.start_char + camps.end()
    keys = [side_of(m.key, refs) for m in refs.mentions if sent.start <= m.span.start < sent.end
            and m.span.start_char < end]
    return [k for k in dict.fromkeys(keys) if k]


def _releasing_for_it(verb: Token, refs: References) -> list[str]:
    """ "Slovenia and Norway freed two spies as part of the deal", "both were freed by Chile as
    part of a swap": who let people go for it."""
    agents = agents_of(verb)
    if agents and any(c.dep_ == "nsubjpass" for c in verb.children):
        return [k for agent in agents for k in _with_conjuncts(agent, refs)]
    if not any(captive_phrase(c) or a_person(c) or c.lower_ in _THEIRS for c in verb.children if c.dep_ == "dobj"):
        return []
    return [k for c in verb.children if c.dep_ == "nsubj" for k in _with_conjuncts(c, refs)]


_THEIRS = {"theirs", "ours"}  # "B released theirs": its own captives, told before


def _holders_of_captives(held: Token, refs: References) -> list[str]:
    """ "Russians held in A, B and C (went home)", "prisoners held by A, B and C": three or more
    states that held the people; "talks held in Oman and Qatar" held no one. The parser may make
    "held" the verb of the people it describes."""
    people = held.head if held.dep_ == "acl" else next((c for c in held.children if c.dep_ == "nsubj"), None)
    if people is None or not captive_phrase(people):
        return []
    holders = [o for p in held.children if p.lower_ == "in" or p.dep_ == "agent"
               for o in p.children if o.dep_ == "pobj" and len(o.conjuncts) >= 2]
    keys = [actor_of(node, refs) for holder in holders for node in (holder, *holder.conjuncts)
            if not _a_capital_as_place(node, refs)]
    return [k for k in keys if k and refs.actors[k].kind != "Person"]


def as_part_of_it(verb: Token) -> bool:
    """ "freed two spies as part of the deal (the package)", "under the exchange"; not "in an
    exchange of fire", "under a different arrangement", nor an "also" that may be another
    story's."""
    objects = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("as", "under")
               for o in p.children if o.dep_ == "pobj"]
    objects += [o for part in objects if part.lemma_ == "part" for p in part.children if p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj"]
    return any(o.lemma_ in TRIGGER_NOUNS | DEAL_NOUNS | {"package"} and
               not any(c.lower_ in ("another", "different", "separate", "other") for c in o.children)
               for o in objects)


def _of_a_swap(verb: Token) -> bool:
    """ "The swap involved ...", "an exchange involving ...", "organised an exchange on
    Monday involving ...", "a deal that X brokered and that involved ...": what the swap
    itself involved."""
    if verb.dep_ == "acl":
        return verb.head.lemma_ in TRIGGER_NOUNS
    if verb.dep_ == "advcl":
        return any(c.dep_ == "dobj" and c.lemma_ in TRIGGER_NOUNS for c in verb.head.children)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    relative = verb.head if verb.dep_ == "conj" else verb
    return any(c.lemma_ in TRIGGER_NOUNS for c in subjects) or any(c.tag_ == "WDT" for c in subjects) and \
        relative.dep_ == "relcl" and relative.head.lemma_ in TRIGGER_NOUNS | DEAL_NOUNS


def _of_a_border(preposition: Token) -> bool:
    """ "near the border with Belarus" where the parser hangs the "with" on the verb, not on
    "border" (which `is_place` reads): a place."""
    return preposition.i > 0 and preposition.doc[preposition.i - 1].lemma_.lower() in BORDERS


def _the_two_named_before(trigger: Token, sent: Span, refs: References) -> list[str]:
    """ "At the request of A and B, C secured the release of citizens of both countries":
    the last two states named together before the release, not C."""
    paired = [side_of(m.key, refs) or m.key for m in refs.mentions if sent.start <= m.span.start < trigger.i
              and any(t.i in refs.by_token for t in m.span.root.conjuncts) and _requesting(m.span.root)]
    return [k for k in paired if refs.actors[k].kind == "Country"][-2:]


def the_two_called_back(token: Token, refs: References) -> list[str]:
    """The sides "the two forces" (countries, armies, foes) stand for: the pair named just
    before (`References.pair_called_back`), both of them sides; not a pair that helped ("A and
    B helped arrange it. ... the two governments traded")."""
    mentions = refs.pair_called_back(token)
    if mentions and _helping(first_conjunct(mentions[0].span.root)):
        return []
    pair = [side_of(m.key, refs) for m in mentions]
    return [k for k in pair if k] if all(pair) else []


def _helping(subject: Token) -> bool:
    """ "A and B mediated (helped arrange) it": the subject of a go-between's verb."""
    verb = subject.head
    return subject.dep_ == "nsubj" and any(v.lemma_ in MEDIATION_VERBS | {"help"} for v in (
        verb, *(c for c in verb.children if c.dep_ in ("aux", "xcomp", "ccomp"))))  # "helped" often an aux


def _requesting(name: Token) -> bool:
    """ "(at the request) of A and B", "(requests) from A and B", "between A and B": who asked
    for the release, or between whom it was."""
    node = first_conjunct(name)
    preposition = node.head
    return node.dep_ == "pobj" and (preposition.lower_ == "between" or preposition.lower_ in ("of", "from")
                                    and preposition.head.lemma_.lower() in ("request", "behalf", "appeal"))


def of_both_sides(people: Token) -> bool:
    """ "citizens of both countries", "prisoners from both sides": people each side held."""
    return captive_word(people) and any(
        o.tag_ == "NNS" and o.lemma_.lower() in COUNTRY_NOUNS | {"government", "side", "party"}
        and any(d.lower_ in ("two", "both") for d in o.children)
        for p in people.children if p.lower_ in ("of", "from") for o in p.children if o.dep_ == "pobj")


def the_two_states(trigger: Token) -> bool:
    """ "In April, the two countries traded A for B": a subject that calls back the sides."""
    return trigger.pos_ == "VERB" and trigger.lemma_ in TRIGGER_VERBS and any(
        c.dep_ == "nsubj" and c.tag_ == "NNS" and c.lemma_.lower() in COUNTRY_NOUNS | {"government"}
        and any(d.lower_ == "two" for d in c.children) for c in trigger.children)


def _captors_of_the_price(trigger: Token, refs: References) -> list[str]:
    """ "freed 76 prisoners in return for a reservist, X, captured by the PFLP-GC", "in return
    for six Belarusians held in Poland, Lithuania and Latvia": who held the people a
    release was paid for (told after the trigger) are the other sides. Several states they were
    "held in" make a many-sided swap; one is only where they were held ("two Belarusians held in
    Poland")."""
    if not any(p.lower_ == "for" for p in trigger.children):
        return []
    holders = [o for acl in trigger.sent if acl.dep_ == "acl" and acl.lemma_ in CAPTURING and acl.head.i > trigger.i
               for p in acl.children if p.dep_ == "agent" or p.lower_ == "in" and acl.lemma_ == "hold"
               for o in p.children if o.dep_ == "pobj" and (p.dep_ == "agent" or o.conjuncts)]
    return [key for holder in holders for node in (holder, *holder.conjuncts) if not _a_capital_as_place(node, refs)
            and (node.lemma_.lower() not in BANDS or refs.named(node))  # not "an armed Syrian faction", no state
            for key in [actor_of(node, refs)] if key and refs.actors[key].kind != "Person"]


BANDS = {"faction", "group", "militia", "rebel", "fighter", "gang", "brigade"}  # "a Syrian faction": no state


def _a_capital_as_place(token: Token, refs: References) -> bool:
    """ "held in Moscow": a capital there is a place, not the state holding them."""
    mention = refs.by_token.get(token.i)
    return token.head.lower_ == "in" and mention is not None and mention.metonym


def one_person_for_another(trigger: Token, refs: References) -> bool:
    """ "A was traded for B", "the exchange of A and B": one person went each way; not "A and B
    were traded for C"."""
    persons = _traded_persons(trigger, refs)
    return len(persons) == 2 and (not any(p.conjuncts for p in persons) or
                                  persons[1] in persons[0].conjuncts and trigger.pos_ == "NOUN"
                                  and not traded_for(trigger) and _of_two_peoples(persons, refs))


def _of_two_peoples(persons: list[Token], refs: References) -> bool:
    """ "a Peruvian fisherman and a Bolivian trader": two people of two countries, not "two
    Peruvians, A and B", who went the same way."""
    countries = [nationality(p, refs) or next((refs.country(c.code) for w in p.children if w.dep_ == "amod"
                                                for c in [gazetteer().demonym_at(w)] if c), None)
                 for p in persons]
    return None not in countries and countries[0] != countries[1]


def _traded_persons(trigger: Token, refs: References) -> list[Token]:
    """ "A was traded for B", "X freed A in exchange for B", "A was released in return for an
    Iranian national", "the exchange of A and B": the persons a trigger exchanges."""
    of_whom = traded_of(trigger)
    if trigger.pos_ == "NOUN" and of_whom:  # "the exchange of A and B", "the trade of A for B"
        words = [t for o in of_whom for t in (o, *o.conjuncts)]
    elif trigger.pos_ == "VERB":
        words = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    elif trigger.lower_ in ("exchange", "return") and trigger.head.lower_ == "in" and \
            trigger.head.head.pos_ == "VERB":
        verb = trigger.head.head  # "X (was) freed in return for Y": a headline drops the "was"
        headline = not any(c.dep_ in ("dobj", "aux", "auxpass") for c in verb.children)  # freed whom? the subject
        words = [c for c in verb.children if c.dep_ in (("nsubjpass", "dobj", "nsubj") if headline
                                                        else ("nsubjpass", "dobj"))]
    else:
        return []
    return [w for w in words + traded_for(trigger) if _one_person(w, refs) and not among_them(w)]


def traded_of(noun: Token) -> list[Token]:
    """ "A" of "the exchange of A and B" or "the trade of A for B": whom the noun trades."""
    return [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]


def _topic_state(trigger: Token, refs: References) -> list[str]:
    """ "On Russia, X came home in exchange for Y", "As for Iran, ...": a witness or a briefer
    turning to the state the exchange told next was with, where the sentence names no two
    sides itself; not "As for Qatar, it mediated the exchange of A for B" (the state acts
    itself), nor "On Ukraine, he said nothing; he praised the swap" (another clause)."""
    sent = trigger.sent
    clauses = (clause_of(trigger), sent.root)
    if any(t.text == ";" for t in sent[: trigger.i - sent.start]) or any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("it", "they") for v in clauses for c in v.children):
        return []  # "As for Switzerland, it hosted the handover in which A freed ..."
    words = [t for t in sent if not t.is_space]
    opener = 2 if [t.lower_ for t in words[:2]] == ["as", "for"] else 1 if words[:1] and words[0].lower_ == "on" \
        else 0
    if opener and len(words) > opener + 1 and words[opener].lower_ == "the":
        opener += 1
    mention = refs.by_token.get(words[opener].i) if opener and len(words) > opener + 1 else None
    if mention is None or mention.span.start != words[opener].i or mention.span.end >= sent.end:
        return []
    named_alone = sent.doc[mention.span.end].text == ","
    return [mention.key] if named_alone and refs.actors[mention.key].kind == "Country" else []


def traded_for(verb: Token) -> list[Token]:
    """Whom a verb of trading gave in return: "traded for X", "traded at the airport for X",
    where the parser hangs the "for" on the place, and "the Iranian they were traded for"."""
    places = [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    empty = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and not list(c.children)]
    stranded = verb.dep_ == "relcl" and bool(empty)
    lost = [] if verb.dep_ == "relcl" else [o for c in empty for o in _object_lost(c)]
    return [o for head in (verb, *places) for c in head.children if c.dep_ == "prep" and c.lower_ == "for"
            for o in c.children if o.dep_ == "pobj"] + ([verb.head] if stranded else []) + lost


def _object_lost(prep: Token) -> list[Token]:
    """ "swapped for American teacher X, the ministry said": the noun phrase right after a
    preposition the parser left without its object (it made X the subject of "said")."""
    phrase = []
    for token in prep.doc[prep.i + 1 : prep.sent.end]:
        if token.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
            break
        phrase.append(token)
    inside = {t.i for t in phrase}
    return [t for t in phrase if t.head.i not in inside][:1]


def _one_person(token: Token, refs: References) -> bool:
    """A named person, or one described by a people's name: "an Iranian national"."""
    key = refs.resolve(token)
    if key:
        return refs.actors[key].kind == "Person"
    return any(c.lower_ in ("a", "an", "one") for c in token.children) and \
        any(c.dep_ == "amod" and gazetteer().demonym_at(c) for c in token.children)


def nationality(person: Token, refs: References) -> str | None:
    """The country a person's description names: "A, a Brazilian pilot", "B, a former Canadian
    soldier held in China" (Canada: where he was held is not whose he is); for
    "he", the description given where the person was first named."""
    key = refs.resolve(person)
    role = refs.actors[key].role if key else None
    for word in (role or "").split():  # "Brazilian pilot", "US Navy veteran"; not "Colombian-born"
        country = (gazetteer().demonym(word) or _abbreviated_country(word)) if word[:1].isupper() and \
            not word.endswith("-born") else None
        if country:
            return refs.country(country.code)
    for head in [person, *(c for c in person.children if c.dep_ == "appos")]:
        for word in _modifiers(head):
            if not word.text[:1].isupper() or dual_nationality(word) or _born(word):
                continue
            country = gazetteer().demonym_at(word)
            if country:
                return refs.country(country.code)
            key = refs.named(word)
            if key and refs.actors[key].kind == "Country":
                return key
    return None


def _modifiers(noun: Token) -> list[Token]:
    """The words before a noun that describe it, and those that describe these right before them
    or before a state's service: "U.S." in "U.S. Navy veteran Mark Frerichs"; not "Afghanistan"
    in "Afghanistan war veteran"."""
    words = [c for c in noun.children if c.dep_ in ("amod", "compound")]
    doc = noun.doc
    return words + [m for w in words if w.dep_ == "compound" and w.pos_ == "NOUN" for m in _modifiers(w)
                    if m.i + 1 < len(doc) and (doc[m.i + 1] == w or doc[m.i + 1].lower_ in _STATE_BRANCHES)]


# A state's own services, which a country before them owns: "U.S. Navy veteran", "British Army officer"; not
# "Afghanistan war veteran" or "Kabul airport guard", the war's and the place's.
_STATE_BRANCHES = {"navy", "army", "air", "force", "forces", "marine", "marines", "military", "coast", "guard",
                   "government", "state", "department", "embassy", "foreign", "service", "intelligence"}


def _born(word: Token) -> bool:
    """ "a Colombian-born businessman": where he was born, not whose he is."""
    doc = word.doc
    return word.i + 2 < len(doc) and doc[word.i + 1].text == "-" and doc[word.i + 2].lower_ == "born"


def dual_nationality(word: Token) -> bool:
    """ "a Russian-German man", "a U.S.-Russian dancer": two nationalities, neither his side."""
    doc = word.doc
    joined = [doc[i] for i in (word.i - 1, word.i + 1) if 0 <= i < len(doc)]
    return any(t.text == "-" and not (t.whitespace_ if t.i < word.i else word.whitespace_) for t in joined)


def _abbreviated_country(word: str) -> Country | None:
    """ "US", "UK", "UAE" standing before a noun as its people's name would."""
    return gazetteer().country(word) if word.isupper() and len(word) <= 4 else None


def _named_before_each(subject: Token, refs: References) -> list[str]:
    """ "On 16 May, Armenia and Azerbaijan each freed 40": the sides named right before a
    subject "each" (or "both"), which the parser may hang on the phrase before them."""
    if subject.lower_ not in ("each", "both") or subject.i == 0 or list(subject.children):
        return []
    named = subject.doc[subject.i - 1]
    return _with_conjuncts(first_conjunct(named), refs, places=True) if named.i in refs.by_token else []


def _a_traded_persons_post(subject: Token, refs: References) -> bool:
    """ "The Olympic champion and Phoenix Mercury center was exchanged for X": the person
    traded, told by her post at a club or firm, which is no side of the swap."""
    verb = subject.head
    words = [subject, *subject.conjuncts]
    return subject.dep_ == "nsubjpass" and verb.lemma_ in TRIGGER_VERBS | RELEASE_VERBS and all(
        w.pos_ == "NOUN" and w.i not in refs.by_token and not captive_word(w) and not gazetteer().demonym_at(w)
        and not any(c.dep_ == "poss" for c in w.children) for w in words)


def _named_after_a_fronted_phrase(verb: Token) -> list[Token]:
    """ "After talks mediated by Qatar, Venezuela and the US swapped prisoners": the parser
    reads the sides as more of Qatar and the talks as the subject of the verb, which it then
    takes for the verb of "After"; the names after the mediators' list are its subjects. That
    list ends at its first name followed by a comma, or, where two lists are joined ("by Qatar,
    Egypt and the US, Israel and Hamas swapped"), at the name after its "and". So with "Under a
    truce mediated by A, B and C, D and E free ...", where the verb is left with no subject."""
    opening = next((c for c in verb.children if c.i == verb.sent.start and c.dep_ in ("mark", "prep")), None)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if opening is not None and opening.dep_ == "prep":
        fronted = [] if subjects or verb.pos_ != "VERB" else [opening]  # the subject taken into the phrase
    elif opening is None or opening.lower_ not in ("after", "following"):
        return []  # not "Before talks mediated by Qatar, A and B had swapped only once"
    else:
        fronted = subjects if len(subjects) == 1 else []  # not "After the swap mediated by A, B and C, Russia
        # freed five more": Russia is the subject
    doers = [o for s in fronted for a in s.subtree if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    for first in doers:
        names = [first, *sorted((c for c in first.conjuncts if c.i > first.i), key=lambda c: c.i)]
        joins = [t.i for t in verb.doc[first.i : verb.i] if t.dep_ == "cc" and t.lower_ in ("and", "or")]
        last = next((i for i, n in enumerate(names) if joins and n.i > joins[0]), 0) if len(joins) >= 2 else 0
        name = names[last]
        after = max([name.i, *(t.i for c in name.children if c.dep_ not in ("conj", "cc", "punct")
                               for t in c.subtree)]) + 1  # the name's own words, not those joined to it
        if after < len(verb.doc) and verb.doc[after].text == ",":
            return names[last + 1 :]
    return []


def _with_conjuncts(token: Token, refs: References, places: bool = False) -> list[str]:
    """The sides `token` and its conjuncts name; a capital that only locates ("in Kyiv")
    names none unless `places` says the preposition is not about place ("help from Doha")."""
    keys = []
    target = loyal_to(token)  # "forces loyal to X and troops of Y"
    nodes = [target, *target.conjuncts, *token.conjuncts, *_together_with(token)]
    if token.dep_ == "pobj" and token.head.conjuncts:  # "to Qatar and to Egypt": each preposition's object
        nodes += [o for p in token.head.conjuncts if p.lower_ == token.head.lower_
                  for o in p.children if o.dep_ == "pobj"]
    if token.lower_ in SEATED:  # "the government in Minsk and the rebels": the parser joins
        nodes += [c for p in token.children if p.lower_ == "in"  # the rebels to the city
                  for o in p.children if o.dep_ == "pobj" for c in o.conjuncts]
    for node in nodes:
        loyal = loyal_to(node) is not node and node.i not in refs.by_token  # "the LNA and forces loyal to the GNA"
        node = loyal_to(node)
        mention = refs.by_token.get(node.i)
        if mention is not None and not places and not loyal and is_place(mention.span):
            continue
        described = node.pos_ == "NOUN" and any(c.dep_ in ("poss", "det") for c in node.children)
        key = actor_of(node, refs) or next(  # "Russia and its ally Belarus", not "Tabriz, 9 May - the agency"
            (k for c in node.children if described and c.dep_ == "appos" and (k := actor_of(c, refs))), None)
        camps = _peoples_camps(node, refs) if places else []
        if len(camps) > 1:  # "between the Russian and Ukrainian delegations": both
            keys += camps
        elif key or camps:
            keys.append(key or camps[0])
    return keys


_CAMPS_OF_PEOPLES = {"side", "delegation", "negotiator", "authority", "government", "official", "team"}


def _peoples_camps(noun: Token, refs: References) -> list[str]:
    """ "between the Russian and Ukrainian delegations", "with the Armenian side": the states
    whose peoples' words stand before a noun of a camp at a table."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _CAMPS_OF_PEOPLES:
        return []
    words = [w for c in noun.children if c.dep_ in ("amod", "nmod", "compound") for w in (c, *c.conjuncts)]
    states = [state for w in words if (state := refs.demonym_state(w))]
    return list(dict.fromkeys(states)) if len(states) == len(words) else []


def loyal_to(token: Token) -> Token:
    """ "forces loyal to the GNU": the side they are loyal to; not a body named ("the LNA, loyal
    to Haftar"), nor forces "once loyal" to it."""
    loyal = [o for a in token.children if a.lower_ == "loyal" and not any(c.lower_ in ("once", "formerly")
                                                                          for c in a.children)
             for p in a.children if p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
    return loyal[0] if loyal and token.pos_ == "NOUN" else token


def _together_with(token: Token) -> list[Token]:
    """ "the UAE, together with Saudi Arabia, (mediated)", "Qatar, along with Egypt", "mediated
    by Qatar with Egypt", "the UAE, in cooperation with Saudi Arabia": partners."""
    joint = token.dep_ == "pobj" and token.head.dep_ == "agent"
    withs = [p for p in token.children if p.dep_ == "prep" and p.lower_ == "with"
             and (joint or any(a.lower_ in ("together", "along", "jointly") for a in p.children))]
    mediating = token.dep_ == "nsubj" and token.head.lemma_ in MEDIATION_VERBS  # "X, in cooperation with Y,
    around = (*token.children, *(token.head.children if mediating else ()))  # mediated" (the verb's)
    withs += [w for p in around if p.dep_ == "prep" and p.lower_ == "in"
              for o in p.children if o.dep_ == "pobj" and o.lemma_ in _WORKING_TOGETHER
              for w in o.children if w.dep_ == "prep" and w.lower_ == "with"]
    around += tuple(token.head.head.children) if joint and token.head.head.lemma_ in MEDIATION_VERBS else ()
    withs += [w for p in around if p.dep_ in ("prep", "advmod") and p.lower_ in ("along", "together")
              for w in p.children if w.dep_ == "prep" and w.lower_ == "with"]  # "X, along with Y, mediated",
    # "mediated by X along with Y": the parser's "along" a preposition of its own
    return [n for p in withs for o in p.children if o.dep_ == "pobj" for n in _partners_in(o)]


def _mediators_named(token: Token, refs: References, places: bool = False) -> list[str]:
    """The sides `token` and its conjuncts name, and the persons among them: who mediates in
    their own name ("brokered by Bishop X", "thanks to the efforts of former footballer Y"),
    and, for one who holds an office, the state or body they act for too ("the Norwegian
    diplomat X", "UN envoy Y", "Qatar's emir, Z"): a reader may ask after either."""
    named = [n for c in token.children if c.dep_ == "appos" for n in (c, *c.conjuncts)]  # "the attorney Wolfgang
    # Vogel served as", "their leaders, X and Y, mediated": both
    keys = []
    for node in [token, *token.conjuncts, *named]:
        mention = refs.by_token.get(node.i) if node.pos_ != "PRON" else None  # not "thanked his facilitator"
        key = mention.key if mention else refs.resolve(node) if _a_person_acting(node) else None  # "he brokered"
        actor = refs.actors[key] if key else None
        if actor is not None and actor.kind == "Person":
            keys += [actor.key] + ([] if _in_own_name(actor) else _served_by(actor, node, refs))
    for office in (token, *token.conjuncts):  # "Qatar's emir", "by Qatar and Lebanon's security chief"
        plural = office.tag_ == "NNS" and office.lemma_.lower() in _OFFICES | {"government"} and \
            not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in office.children) and \
            _mediating(office)  # "the leaders of X and Y mediated"; not "negotiated by" them, sides' own work
        if (office.lower_ in _OFFICES or plural) and office.i not in refs.by_token:
            keys += _owners(office, refs)
        keys += _states_of_a_service(office, refs)
    keys += [k for p in token.children if p.dep_ == "prep" and p.lower_ in ("from", "of") and token.lemma_.lower() in
             _STATE_AGENTS | _SENT_BY for o in p.children if o.dep_ == "pobj" for c in o.conjuncts
             if (k := actor_of(c, refs))]  # "officers from Turkey and Russia": both
    if token.lemma_.lower() in _STATE_AGENTS:  # "Turkish and Russian intelligence officers": both
        keys += [refs.country(country.code) for c in token.children if c.dep_ == "amod"
                 for word in c.conjuncts if (country := gazetteer().demonym_at(word))]
    return _with_conjuncts(token, refs, places) + keys


def _a_person_acting(pronoun: Token) -> bool:
    """ "he brokered the swap", "she mediated the exchange": a person told of before, as the
    subject of a go-between's verb whose object is the swap (not "he mediated disputes in the
    camp", "he mediated the talks"), unless the sentence before has someone thank another for
    help ("X thanked Y for his help. He brokered the swap": who "he" is, is unsure)."""
    before = pronoun.doc[pronoun.sent.start - 1].sent if pronoun.sent.start else None
    thanking = before is not None and any(t.lemma_ == "thank" for t in before)
    return pronoun.lower_ in ("he", "she") and pronoun.dep_ == "nsubj" and _of_the_swap(pronoun.head) and \
        not thanking


_MEDIATING = {"mediate", "broker", "facilitate"}


def _states_of_a_service(service: Token, refs: References) -> list[str]:
    """ "Turkey's intelligence agency", "the Turkish security service", "German intelligence": a
    state's service the story does not name mediates as its state; not "a news agency" or "a
    prayer service", nor "Turkey's intelligence agency, MIT", named; nor a side's own service:
    one whose state the sentence, or the one before, names again ("the swap between Russia and Ukraine was brokered
    by Ukraine's intelligence agency", "... for 40 Russian soldiers"), or that swapped "with" another."""
    a_service = service.lemma_.lower() in ("agency", "service") and any(
        c.dep_ == "compound" and c.lower_ in _SERVICE_KINDS for c in service.children)
    bare = service.lower_ == "intelligence" and service.dep_ != "compound"  # "brokered by German intelligence"
    if not (a_service or bare) or service.i in refs.by_token or any(
            c.i in refs.by_token for c in service.children if c.dep_ in ("appos", "compound")):
        return []
    verb = service.head
    if any(p.lower_ == "with" and any(_state_word(o, refs) for o in p.children if o.dep_ == "pobj")
           for node in (verb, *(o for o in verb.children if o.dep_ == "dobj")) for p in node.children):
        return []  # "Ukraine's intelligence agency brokered the swap with Russia": its own swap
    owners = [c for c in service.children if c.dep_ in ("amod", "poss")]
    states = {code for c in owners if (code := _state_word(c, refs))}
    sent = service.sent
    told = service.doc[service.doc[sent.start - 1].sent.start if sent.start else sent.start : sent.end]
    own = range(service.left_edge.i, service.i + 1)  # "The Brazilian security service" itself
    named_again = {code for t in told if t.i not in own and (code := _state_word(t, refs)) and not (
        (mention := refs.by_token.get(t.i)) and (mention.metonym and not _acting(t) or is_locative(mention.span)))}
    # a capital as a side ("Kyiv and Moscow swapped ..."), not as a place ("in Ankara", "Ankara airport")
    return [] if states & named_again else [refs.country(code) for code in states]


def _acting(word: Token) -> bool:
    """A word that does what its clause tells: its subject, or one joined to the subject; not
    one after a preposition of place, whatever the parser made of it ("last year in Ankara")."""
    node = word
    while node.dep_ == "conj":
        node = node.head
    placed = word.i > 0 and word.doc[word.i - 1].lower_ in ("in", "at", "to", "from", "near")
    return node.dep_ in ("nsubj", "nsubjpass") and not placed


def _state_word(word: Token, refs: References) -> str | None:
    """The ISO code of the country a word names: by its name or capital ("Kyiv said"), or as
    its people ("Russian")."""
    mention = refs.by_token.get(word.i)
    if mention is not None and refs.actors[mention.key].kind == "Country":
        return refs.actors[mention.key].country_code
    return country_code_of(word)


def country_code_of(word: Token) -> str | None:
    """The ISO code of the country a capitalised word names or whose people it names."""
    country = (gazetteer().country(word.text) or gazetteer().demonym_at(word)) if word.text[:1].isupper() else None
    return country.code if country else None


def from_and_to(number: Token) -> tuple[set[str], set[str]]:
    """The states a counted group is taken from and to, told after its number and before the
    next one: "three hostages from Gaza to Israel, and 369 detainees from Israeli prisons"
    -> ({}, {IL}) for the first; the parser hangs the "from" and "to" anywhere, so the words
    are read in their order."""
    doc = number.doc
    end = next((t.i for t in doc[number.i + 1 : number.sent.end] if t.like_num and t.dep_ == "nummod"),
               number.sent.end)
    window = doc[number.i : end]
    return tuple({code for p in window if p.lower_ == word and p.dep_ in ("prep", "conj")
                  for t in p.subtree if t.i < end and (code := country_code_of(t))}
                 for word in ("from", "to"))


_SERVICE_KINDS = {"intelligence", "security", "spy"}


def _mediating(office: Token) -> bool:
    """Whether the office's holders are told as mediating: the subject or agent of "mediate",
    "broker", "facilitate" or "credited with", thanked "for mediating", or whose mediation, help
    or efforts it was ("with the help of the governments of X and Y"); not "negotiated by" or
    "with the support of" the sides' own; by whom "mediation was provided" ("by the leaders of
    X and Y")."""
    while office.dep_ == "conj":  # "President X and the leaders of Y and Z mediated"
        office = office.head
    head = office.head.head if office.dep_ == "pobj" and office.head.lower_ in ("by", "of") else office.head
    thanked_for = head.lemma_ == "thank" and any(  # "thanked the leaders of X and Y for mediating"
        _GERUNDS.get(w.lower_, w.lemma_.lower()) in _MEDIATING
        for p in head.children if p.lower_ == "for" for w in p.children)
    provided = any(c.dep_ == "nsubjpass" and _mediation_noun(c) for c in head.children)  # "mediation was provided
    return head.lemma_.lower() in _MEDIATING | {"credit", "mediation", "help", "effort"} or thanked_for or provided \
        or _played_the_go_between(head)  # "the leaders of X and Y played the role of mediators"


def _in_own_name(person: Actor) -> bool:
    """A private person, or one who no longer holds the office named ("a retired diplomat")."""
    role = set((person.role or "").casefold().split())
    return not role & _OFFICES or bool(role & {"former", "retired", "ex"})


def _served_by(person: Actor, token: Token, refs: References) -> list[str]:
    """The state or body an office holder acts for, from the role ("Norwegian diplomat",
    "UN envoy") or the phrase ("Qatar's emir, X", "X, the Emir of Qatar")."""
    body = _body_in_role(person, refs)
    return [body] if body else _owners(token.head if token.dep_ == "appos" else token, refs)


def _body_in_role(person: Actor, refs: References) -> str | None:
    """The state or body a person's role names: "Norwegian diplomat", "UN envoy", "a
    representative of Ukraine's headquarters", "Beijing's special envoy"."""
    return _body_named_in(person.role or "", refs)


def _body_named_in(role: str, refs: References) -> str | None:
    """The state or body a role names, by a word ("Norwegian diplomat", "UN envoy") or by its
    closing words ("spokesperson, Coordination Headquarters"): a known state's agency the story
    does not name otherwise stands for its state."""
    gaz = gazetteer()
    for word in role.replace("\u2019", "'").split():
        word = word.removesuffix("'s")
        country = gaz.demonym(word) or gaz.country(word) or gaz.metonym(word)
        body = gaz.organization(word) if word[:1].isupper() else None
        if country:
            return refs.country(country.code)
        if body and f"Organization:{body}" in refs.actors:
            return f"Organization:{body}"
    words = role.replace(",", " ").split()
    for body in (gaz.organization(" ".join(words[i:])) for i in range(len(words) - 1)):
        if body and f"Organization:{body}" in refs.actors:
            return f"Organization:{body}"
        if body and (state := gaz.agency_state(body)):
            return refs.country(state)
    return None


_PROFESSIONS = {"lawyer", "attorney", "businessman", "businesswoman", "banker", "financier", "tycoon",
                "philanthropist", "priest", "cleric", "rabbi", "imam", "bishop", "journalist", "professor",
                "academic", "doctor"}


def acts_for_a_side(key: str, parties: list[str], refs: References) -> bool:
    """Whether `key` is one of the sides, a body of one ("Chile arranged the return of 52
    migrants") or an office holder of one ("the US hostage envoy X", credited with the
    deal): a side and its own envoy broker nothing between the sides. A lawyer or a
    businessman of a side's capital ("the Lima lawyer") holds no office of it."""
    actor = refs.actors[key]
    words = set((actor.role or "").lower().split())
    private = bool(words & _PROFESSIONS) and not words & {"for", "by", "representing"}  # not "a lawyer for the
    # Colombian government", "hired by" it
    agency_of = gazetteer().agency_state(actor.name)  # "the CIA did much of the negotiating": the US's
    return key in parties or actor.part_of in parties or \
        agency_of is not None and f"Country:{agency_of}" in parties or \
        actor.kind == "Person" and not private and _body_in_role(actor, refs) in parties


def speakers_side(token: Token, refs: References) -> str | None:
    """ "We brought home 115 defenders", "our people", said in a transcript's turn or quoted:
    the side the speaker stands for, as a person's role names it ("Ukraine's president"), or
    the side a speaking state, body of a state or armed group is or stands for."""
    turn = next((t for t in token.doc._.turns or [] if t.start <= token.idx < t.end), None)
    if turn is not None:
        speaker = labelled_person(turn.label, refs)
    else:
        speaker = next((s.speaker for s in token.doc._.statements or []
                        if s.kind == "direct" and s.start <= token.idx < s.end), None)
    actor = refs.actors.get(speaker) if speaker else None
    if actor is None:
        return None
    if actor.kind == "Person":  # the role in the person's labels too: "RUBAN, SPOKESPERSON, COORDINATION HQ:"
        labelled = (t.role for t in token.doc._.turns or [] if t.role and labelled_person(t.label, refs) == actor.key)
        return _body_in_role(actor, refs) or next(filter(None, (_body_named_in(role, refs) for role in labelled)), None)
    side = actor.kind == "Country" or actor.part_of or gazetteer().is_armed_group(actor.name)
    return side_of(actor.key, refs) if side else None  # not the ICRC's "our staff"


def _owners(office: Token, refs: References) -> list[str]:
    """Whose an office is: "Qatar's emir", "the Emir of Qatar"; "by Qatar and Jordan's
    intelligence chief", which the parser reads as one chief of both, and "the leaders of Qatar
    and Oman" name both."""
    owners = [c for c in office.children if c.dep_ == "poss"] + [
        n for p in office.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
        for n in (o, *(o.conjuncts if office.tag_ == "NNS" else ()))]  # "the leaders of X and Y": both
    for named in (c for c in office.children if c.dep_ == "nmod"):  # "Qatar and Jordan's": both
        group = [named, *named.conjuncts]
        if any(t.dep_ == "case" and t.lower_ in ("'s", "\u2019s") for word in group for t in word.children):
            owners += group
    return [key for owner in owners if (key := actor_of(owner, refs))]


def mediators_in(sent: Span, refs: References, need_exchange: bool = True, sides: list[str] = ()) -> list[str]:
    """Actors a sentence names as mediators. Without an exchange in the sentence
    (`need_exchange=False`), a cue about other events ("the talks were mediated by X")
    does not count. Who only organised the swap mediated it where the whole sentence names no
    other mediator (in "mediated by Brazil, whose intelligence agency said it had organised the
    exchange" the agency worked for the mediator) and it is none of the `sides` or their bodies
    ("Peru's defence ministry organised the exchange"); so did who coordinated it, where it
    alone is named ("MIT coordinated the exchange", "under the coordination of X"). A
    question asking who mediated, or whether X did ("Karin, who arranged the handover?", "Did
    Qatar broker it?"), asserts none; "Why did Oman mediate the swap?" takes it as told."""
    if asks_who_or_whether(sent):
        return []
    found, organisers = _mediation_cues(sent, refs, need_exchange, sides)
    envoys = {k for k in found if refs.actors[k].kind == "Person" and acts_for_a_side(k, list(sides), refs)}
    found = [k for k in found if k not in envoys and not (  # "credited to X, the Chilean envoy": neither X nor
        k in sides and any(_body_in_role(refs.actors[e], refs) == k for e in envoys))]  # Chile, a side, mediated
    organisers = [k for k in organisers if as_state(k, refs) not in sides and refs.actors[k].part_of not in sides]
    if not found and organisers and not _mediation_cues(_sentences_of(sent), refs, need_exchange)[0]:
        found = organisers
    if any(_a_leader_of_no_state_named(refs.actors[k], refs) for k in found) and _their_own_leaders(sent):
        found += [k for k in _speaking_states(sent, refs) if k not in sides]
    disclaimed = disclaimers(sent, refs) | {k for verb in sent if verb.pos_ == "VERB"  # "After talks mediated
                                            for t in _named_after_a_fronted_phrase(verb)  # by Qatar, A and B swapped"
                                            if (k := actor_of(t, refs))} if found else set()
    return [key for key in dict.fromkeys(as_state(k, refs) for k in found) if key and key not in disclaimed]


def asks_who_or_whether(sent: Span) -> bool:
    """A question that asks who did it or whether it happened: "Who brokered it?", "Did Qatar
    mediate?", "Maria, was it mediated by X?" (past a name it addresses); not "Why did X ...?"."""
    if not sent.text.rstrip().endswith("?"):
        return False
    words = [t for t in sent if not (t.is_space or t.is_punct)]
    if words and words[0].lower_ in ("and", "but", "so"):
        words = words[1:]  # "And did the Emiratis broker it?"
    addressed = next((i for i, t in enumerate(words[:4]) if t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == ","
                      and all(w.pos_ == "PROPN" for w in words[: i + 1])), None)
    opening = words[addressed + 1] if addressed is not None and addressed + 1 < len(words) else words[0] if words \
        else None
    return opening is not None and (opening.lower_ in _ASKING or opening.pos_ == "AUX")


_ASKING = {"who", "whom", "which", "whose"}


def _a_leader_of_no_state_named(actor: Actor, refs: References) -> bool:
    """ "Crown Prince Mohammed bin Salman", "President Mohamed bin Zayed", one of "their leaders,
    X and Y": a head of state whose role does not say which state he leads (a person with no
    role yet, named beside one, is taken as the other)."""
    role = set((actor.role or "leaders").casefold().split())
    return actor.kind == "Person" and bool(role & (_LEADERS | {"leader", "leaders"})) and \
        _body_in_role(actor, refs) is None


def _their_own_leaders(sent: Span) -> bool:
    """ "said their leaders had mediated", "in a joint statement": the speaking states tell of
    their own leaders, not of another state's ("the United States said President X mediated")."""
    return any(t.lower_ in ("their", "its") and t.dep_ == "poss" and t.head.lemma_ in ("leader", "head")
               for t in sent) or "joint statement" in sent.text.lower()


def _speaking_states(sent: Span, refs: References) -> list[str]:
    """ "Brazil and Argentina said the mediation had been led by their leaders, X and Y":
    the states that say so, whose leaders mediated in their name."""
    return [k for verb in sent if verb.lemma_ in ("say", "announce", "state") for c in verb.children
            if c.dep_ == "nsubj" for k in _with_conjuncts(c, refs) if k and refs.actors[k].kind == "Country"]


def _sentences_of(span: Span) -> Span:
    """The whole sentences a span (a clause, say) lies in."""
    return span.doc[span[0].sent.start : span[-1].sent.end] if len(span) else span


def _mediation_cues(sent: Span, refs: References, need_exchange: bool,
                    sides: Sequence[str] = (), neutral: bool = True) -> tuple[list[str], list[str]]:
    """Who a sentence says mediated, and who it says organised the swap (the `sides` known
    give no credit to themselves); with `neutral`, also a neutral body that carried it out."""
    found: list[str] = []
    organisers: list[str] = []
    for token in sent:
        lemma = token.lemma_.lower()
        if token.lower_ in _GERUNDS:  # "its role in mediating", parsed as a noun
            lemma = _GERUNDS[token.lower_]
        if _did_instead(token):  # "Norway did not broker the swap; Oman did"
            found += [k for c in token.children if c.dep_ == "nsubj" for k in _mediators_named(c, refs)]
        elif _credited_to(token):
            found += _credited_actors(token, refs)
        elif _credited_with_swaps(token):
            found += _credited_ones(token, refs, sides)
        elif _played_a_role(token):
            found += _role_players(token, refs)
        elif _a_role_in_the_release(token):
            told = {as_state(k, refs) for k in sides}  # "B's ombudsman thanked A for its role": a side, no mediator
            found += [k for k in _thanked_for_the_role(token, refs) if as_state(k, refs) not in told]
        elif thanked := _thanked_for_a_swap(token, refs):
            found += thanked
        elif _a_channel(token) and not hypothetical(token.head):
            found += _bodies_through(token, refs)
        elif (token.pos_ == "VERB" or token.lower_ in _GERUNDS or _helped_to(token) is not None) and \
                lemma in MEDIATION_VERBS or _organised_a_swap(token) or _persuaded_to_swap(token) \
                or _negotiated_by(token) or _led_talks(token) or _negotiated_with_both(token) \
                or _carried_messages(token) or _helped_to_a_deal(token):
            if hypothetical(token) and not _told_of_the_swap(token) or \
                    (not need_exchange and _about_other_event(token)) or _chaired_a_sitting(token) or \
                    _a_wider_deal(token):
                continue
            if _organised_a_swap(token) and conditional(token):
                continue  # "it would coordinate any future exchange": an offer
            if _on_behalf_of(token, refs, sides):
                continue  # "the lawyer X negotiated for Washington": one side's agent
            cued = organisers if _organised_a_swap(token) else found
            cued += _mediation_verb_actors(token, refs)
        elif _coordinated_the_operation(token):
            organisers += _coordinators(token, refs)
        elif _also_helping_the_mediator(token):
            found += [k for c in token.children if c.dep_ == "nsubj" for k in _mediators_named(c, refs)]
        elif neutral and (carrying := _neutral_bodies_carrying_out(token, refs)):
            organisers += carrying
        elif token.dep_ == "pobj" and token.head.lower_ == "with" and _in_the_middle(token):
            found += [k for t in (token, *token.conjuncts) for k in _mediators_named(t, refs)]  # "..., with Qatar
            # in the middle"
        elif _guarantor_of_the_swap(token):
            found += _third_parties([k for s in _present_as(token) for k in _mediators_named(s, refs)], token, refs)
        elif _brought_about(token) or _orchestrated(token) or _played_the_go_between(token) or \
                _the_operation_supervised(token):
            found += _third_parties(_mediation_verb_actors(token, refs), token, refs)
        elif _under_oversight(token):
            organisers += _mediation_noun_actors(token, refs)
            if token.dep_ == "conj":  # "under an AU and ICRC arrangement", parsed as "(an AU) and (ICRC arrangement)"
                organisers += _mediators_named(token.head, refs)
        elif _mediation_noun(token):
            if hypothetical(token) or (lemma in _WEAK_NOUNS and (not _credited(token) or _credited_elsewhere(token))):
                continue
            if not need_exchange and token.head.lower_ in ("with", "through", "under", "via") and \
                    token.head.head.pos_ == "VERB" and _about_other_event(token.head.head):
                continue  # "the Algiers Accords, negotiated with Algeria's mediation": the accords' mediator
            found += _mediation_noun_actors(token, refs)
    return found, organisers


def _on_behalf_of(verb: Token, refs: References, sides: Sequence[str]) -> bool:
    """ "X negotiated for Washington", "Y brokered it on behalf of Kenya": who worked for one of
    the `sides`; not "Qatar mediated on behalf of the United States", nor "for A and B"."""
    if any(c.dep_ == "nsubj" and (key := actor_of(c, refs)) and refs.actors[key].kind != "Person"
           for c in verb.children):
        return False  # a state or body that mediates for a side is still the go-between
    states = {as_state(k, refs) for k in sides}
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "for" or prep.lower_ == "on" and any(
                c.lower_ == "behalf" for c in prep.children):
            objects = [o for o in prep.subtree if o.dep_ == "pobj" and o.head.lower_ in ("for", "of")]
            keys = {as_state(k, refs) for o in objects for k in _with_conjuncts(o, refs) if k}
            if len(keys) == 1 and keys <= states:
                return True
    return False


def opening_quote(token: Token) -> int:
    """Where the quote the token is inside opens, on the token's line; -1 outside quotes."""
    text = doc_text(token.doc)
    line_start = text.rfind("\n", 0, token.idx) + 1
    straight = text.rfind("\"", line_start, token.idx) if text.count("\"", line_start, token.idx) % 2 else -1
    curly = text.rfind("\u201c", line_start, token.idx)
    curly = curly if curly >= 0 and text.find("\u201d", curly, token.idx) < 0 else -1
    return max(straight, curly)


def _in_the_middle(name: Token) -> bool:
    """ "(released ... for five Iranians,) with Qatar in the middle", "with Egypt and Qatar in
    the middle": who stood between the sides, told right after the name (or the last of the
    names joined to it)."""
    last = max([name, *name.conjuncts], key=lambda t: t.i)
    after = [t.lower_ for t in name.doc[last.i + 1 : last.i + 5]]
    return after[:3] == ["in", "the", "middle"] and after[3:] != ["of"]  # not "with Kyiv in the middle of a push"


def a_neutral_body(name: str) -> bool:
    """The Red Cross, the UN, a rights group: bodies that stand between sides or watch them,
    no side of a swap the story does not say they took part in; rights groups the gazetteer does
    not know by the words of their names ("the North Caucasus Rights Initiative")."""
    return gazetteer().organization_kind(name) in ("international body", "non-governmental organization") or \
        _A_RIGHTS_GROUP.search(name) is not None or a_red_cross_society(name)


def a_red_cross_society(name: str) -> bool:
    """ "Swedish Red Cross", "Libyan Red Crescent": a country's own society of the movement,
    which tends the freed and carries them across but takes no side."""
    return _RED_CROSS.search(name) is not None


_RED_CROSS = re.compile(r"\bRed (?:Cross|Crescent)\b")


_A_RIGHTS_GROUP = re.compile(r"\b(?:Human Rights|Rights (?:Initiative|Centre|Center|Group|Network|Watch)|Civil "
                             r"Liberties|Watch)\b")


def _a_channel(prep: Token) -> bool:
    """ "swapped through the Red Cross", "an exchange via the UN": the way a swap or release went."""
    head = prep.head
    return prep.dep_ == "prep" and prep.lower_ in ("through", "via") and (
        head.pos_ == "VERB" and head.lemma_ in TRIGGER_VERBS | RELEASE_VERBS or
        head.pos_ == "NOUN" and head.lemma_.lower() in TRIGGER_NOUNS)


_GO_BETWEEN_AGENTS = {"peacekeeper", "mediator", "diplomat", "negotiator", "intermediary"}


def _bodies_through(prep: Token, refs: References) -> list[str]:
    """The international bodies and aid groups a swap went through mediated it ("also through the
    Red Cross, one Georgian was swapped for ..."), and so did the state whose go-betweens it
    went through ("through the Russian peacekeepers"); not a state or a place it went through."""
    objects = [obj for obj in prep.children if obj.dep_ == "pobj"]
    keys = [k for obj in objects for k in _mediators_named(obj, refs, places=True)]
    agents = {k for obj in objects if obj.lemma_.lower() in _GO_BETWEEN_AGENTS for c in obj.children
              if c.dep_ in ("amod", "compound") for k in _demonym_country(c, refs)}
    return [k for k in keys if refs.actors[k].kind == "Organization" and a_neutral_body(refs.actors[k].name)] + \
        _third_parties(list(agents), prep, refs)


def _played_a_role(verb: Token) -> bool:
    """ "Qatar played a key role in the exchange", "a swap in which Oman played a central role":
    who played a part in the swap itself brought it about (not "no role", nor a role in talks)."""
    if verb.lemma_ != "play" or verb.pos_ != "VERB" or hypothetical(verb) or \
            not any(c.dep_ == "dobj" and c.lemma_ == "role" and not any(d.lower_ == "no" for d in c.children)
                    for c in verb.children):
        return False
    places = [o for head in (verb, *(c for c in verb.children if c.dep_ == "dobj")) for p in head.children
              if p.dep_ == "prep" and p.lower_ == "in" for o in p.children if o.dep_ == "pobj"]
    swaps = [verb.head if o.lower_ == "which" and verb.dep_ == "relcl" else o for o in places]
    return any(o.lemma_.lower() in TRIGGER_NOUNS | OPERATION_NOUNS or
               o.lemma_.lower() in DEAL_NOUNS and any(c.lower_ in ("the", "this", "that") for c in o.children)
               for o in swaps)


def _role_players(verb: Token, refs: References) -> list[str]:
    """Who `_played_a_role`, unless the sentence names them as a side too: "A and B swapped 40
    each, and A played a key role in the exchange"."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    sides = _named_besides([t for s in subjects for t in s.subtree], refs) if subjects else set()
    return [k for s in subjects for k in _mediators_named(s, refs) if as_state(k, refs) not in sides]


_FREEINGS = TRIGGER_NOUNS | OPERATION_NOUNS | {"return", "freedom", "liberation"}  # what a role was played in


def _a_role_in_the_release(role: Token) -> bool:
    """ "thanked X for its role in the exchange", "grateful to X and Y for their roles in
    securing the boys' release", "for its role in facilitating this agreement": a part in the
    swap, in the release it made or in this deal, that one is thanked for; not a role in the
    talks or in the war, nor in a release of another day."""
    if role.lemma_ != "role" or role.pos_ != "NOUN" or any(c.lower_ == "no" for c in role.children):
        return False
    done = [o for p in role.children if p.dep_ == "prep" and p.lower_ == "in"
            for o in p.children if o.dep_ in ("pobj", "pcomp")]
    done += [d for o in done if o.pos_ == "VERB" and o.lemma_ in _ROLE_DEEDS
             for d in o.children if d.dep_ == "dobj"]
    return any(_this_swap_or_release(o) for o in done)


def _this_swap_or_release(noun: Token) -> bool:
    """ "the exchange", "the boys' release", "this agreement"; not "the release of the
    children last year", a release of another day, nor an exchange of bodies."""
    lemma = noun.lemma_.lower()
    this = lemma in DEAL_NOUNS and any(c.lower_ in ("this", "that") for c in noun.children)
    return (lemma in _FREEINGS or this) and not any(t.ent_type_ == "DATE" and t.i > noun.i or
                                                    t.lemma_.lower() in ("body", "remains") for t in noun.subtree)


def _thanked_for_the_role(role: Token, refs: References) -> list[str]:
    """Whose role `_a_role_in_the_release` was, where one thanks them for it: a state, a
    neutral body or another state's person, not a body of the thanker's own state ("the
    ombudsman thanked the Ukrainian intelligence service for its role"), nor an actor the
    role names as a side ("in the swap with Russia")."""
    thanking = next((a for a in role.ancestors if a.lemma_ in _CREDITING | _THANKS or
                     any(c.dep_ == "dobj" and c.lemma_ in _THANKS for c in a.children)), None)
    if thanking is None:
        return []
    thanker = next((c for c in thanking.children if c.dep_ == "nsubj"), None)
    state = thanking_side(thanker, refs) if thanker is not None else None
    keys = [k for k in _role_of(role, refs) or [] if _another_states(k, state, refs)]
    owner = {t.i for c in role.children if c.dep_ == "poss" for t in c.subtree}
    sides = {as_state(m.key, refs) for m in refs.mentions if role.left_edge.i <= m.span.root.i <= role.right_edge.i
             and m.span.root.i not in owner}  # "for its role in the swap with Russia": Russia
    return [k for k in keys if as_state(k, refs) not in sides]


def _helper_of(verb: Token) -> Token | None:
    """The verb of helping, trying or working a verb is the aim of ("helped (to) arrange it",
    "worked together to broker it", which the parser reads as a clause of purpose)."""
    if verb.dep_ == "xcomp" or verb.dep_ == "advcl" and verb.head.lemma_ in _HELPING and verb.head.tag_ != "VBG" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return verb.head  # not "are working together to broker a new exchange", still to come
    return _helped_to(verb)


def _guarantor_of_the_swap(noun: Token) -> bool:
    """ "with Chinese officials present as observers and guarantors of the handover": who
    guaranteed the swap itself stood between its sides; not "guarantors of the ceasefire"."""
    shared = [noun, noun.head] if noun.dep_ == "conj" else [noun]  # "observers and guarantors of", "of" hung on
    return noun.lemma_.lower() == "guarantor" and any(  # the first
        p.lower_ == "of" and o.lemma_.lower() in TRIGGER_NOUNS | OPERATION_NOUNS
        for word in shared for p in word.children for o in p.children if o.dep_ == "pobj")


def _present_as(noun: Token) -> list[Token]:
    """Who is there "as" the noun says: the subject of "present (acting, serving) as observers
    and guarantors"."""
    node = noun
    while node.dep_ == "conj":
        node = node.head
    if node.dep_ != "pobj" or node.head.lower_ != "as":
        return []
    return [c for c in node.head.head.children if c.dep_ == "nsubj"]


def _played_the_go_between(verb: Token) -> bool:
    """ "Switzerland played the role of intermediary on that occasion": told of one time, not
    "Oman has long played the role of intermediary between Tehran and the West", nor a role in talks."""
    if verb.lemma_ != "play" or verb.tag_ != "VBD" or hypothetical(verb) or \
            any(c.lower_ in HABITUALLY | _ALWAYS for c in verb.children):
        return False
    roles = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_ == "role"]
    places = [o for head in (verb, *roles) for p in head.children
              if p.dep_ == "prep" and p.lower_ == "in" for o in p.children if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in _MEDIATOR_NOUNS or a_go_between(o) for r in roles for p in r.children
               if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj") and \
        not any(o.lemma_.lower() in TALK_NOUNS | _OTHER_EVENTS for o in places)


_ALWAYS = {"always", "frequently", "long", "traditionally"}  # "has long played the role of intermediary"


def _orchestrated(verb: Token) -> bool:
    """ "Bern's diplomats choreographed the handover", "the swap, which Saudi Arabia orchestrated"."""
    if verb.pos_ != "VERB" or verb.lemma_ not in ("orchestrate", "choreograph") or hypothetical(verb):
        return False
    done = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.tag_ != "WDT"]
    told_of = verb.head if verb.dep_ in ("acl", "relcl") and not done else None
    return any(c.lemma_.lower() in TRIGGER_NOUNS | OPERATION_NOUNS for c in [*done, *filter(None, [told_of])])


def _the_operation_supervised(verb: Token) -> bool:
    """ "A and B swapped 40 each. The operation was supervised by X": the operation, right after
    the swap is told, is the swap; not a strike or an evacuation told in between."""
    if verb.lemma_ not in ("supervise", "oversee") or hypothetical(verb) or not verb.sent.start:
        return False
    before = verb.doc[verb.sent.start - 1].sent
    return any(c.dep_ == "nsubjpass" and _the_operation_at_hand(c) for c in verb.children) and any(
        t.lemma_.lower() in TRIGGER_NOUNS | TRIGGER_VERBS for t in before)


def _third_parties(keys: list[str], cue: Token, refs: References) -> list[str]:
    """Of those a looser cue credits ("helped bring about", "orchestrated", "played the role of
    intermediary"), the states and the bodies that stand between sides (the Red Cross, the UN):
    not a person, who may be a side's own envoy ("Steve Witkoff, the U.S. envoy, helped
    bring about the swap"), nor a state's service ("the CIA orchestrated the handover"), nor an
    actor the sentence or the one before names otherwise, as a side may be."""
    persons = [k for k in keys if refs.actors[k].kind == "Person"]
    served = {as_state(b, refs) for p in persons if (b := _body_in_role(refs.actors[p], refs))}
    told = _sides_just_told(cue, refs)
    return [k for k in keys if k not in served and k not in told and as_state(k, refs) not in told and (
        refs.actors[k].kind == "Country" or
        refs.actors[k].kind == "Organization" and a_neutral_body(refs.actors[k].name))]


def _sides_just_told(verb: Token, refs: References) -> set[str]:
    """The actors the sentence before names, and the verb's own sentence outside its doer: a
    side that "made the swap possible by capturing hundreds" made it happen, but did not mediate it."""
    doers = [t for head in (verb, _helper_of(verb)) if head is not None for c in head.children
             if c.dep_ in ("nsubj", "agent") for t in c.subtree]
    sent = verb.sent
    named = _named_besides(doers or [verb], refs)
    if sent.start:
        before = verb.doc[sent.start - 1].sent
        named |= {m.key for m in refs.mentions if before.start <= m.span.start < before.end}
    return named | {as_state(k, refs) for k in named}


def _brought_about(verb: Token) -> bool:
    """ "Qatar helped bring about the exchange", "worked to bring it about", "made the swap
    possible", "the deal was made possible by Oman", "paved the way for the swap": who made
    the swap happen between others mediated it; not "the talks paved the way for a ceasefire"."""
    helper = _helper_of(verb)
    if verb.pos_ != "VERB" or hypothetical(verb) or conditional(verb) or helper is not None and conditional(helper):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.lemma_ == "bring" and any(c.dep_ in ("prt", "prep") and c.lower_ == "about" and not any(
            o.dep_ == "pobj" for o in c.children) for c in verb.children):
        made = objects
    elif verb.lemma_ == "make" and any(c.lower_ == "possible" for c in verb.children):
        made = objects + [o for c in verb.children if c.lower_ == "possible" for o in c.children if o.dep_ == "nsubj"]
    elif verb.lemma_ == "pave" and any(c.dep_ == "dobj" and c.lemma_ == "way" for c in verb.children):
        made = [o for way in verb.children if way.lemma_ == "way" for p in (*way.children, *verb.children)
                if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
    else:
        return False
    if any(p.lower_ == "by" and any(c.dep_ == "pcomp" for c in p.children) for p in verb.children):
        return False  # "made it possible by releasing frozen funds": a means, not a mediation
    return any(o.lemma_.lower() in TRIGGER_NOUNS and o.tag_ == "NN" and not any(
        c.lower_ in _ANOTHER_SWAP for c in o.children) or o.lower_ in ("it", "this") and _opens_with_its_doers(verb)
        or o.lemma_.lower() in DEAL_NOUNS and _the_deal_at_hand(o) for o in made)


_ANOTHER_SWAP = NEW_EVENT_MARKERS | {"past", "other", "new", "next", "future", "further"}


def _opens_with_its_doers(verb: Token) -> bool:
    """ "Qatar and Oman worked together to bring it about": a sentence that opens with who did it,
    whose "it" is the swap told before; not "The grain deal was another success; Turkey helped
    bring it about"."""
    doers = [c for head in (verb, _helper_of(verb)) if head is not None for c in head.children if c.dep_ == "nsubj"]
    first = next((t for t in verb.sent if not (t.is_punct or t.is_space)), None)
    return bool(doers) and first is not None and first.i == min(d.left_edge.i for d in doers)


def _helped_to(word: Token) -> Token | None:
    """ "a swap that Norway and Sweden helped broker", "a deal Norway helped broker": the verb
    "help" right before a mediation verb without its "to", which the parser often takes for a
    noun (the object of "helped", or a "broker" of its own)."""
    before = word.doc[word.i - 1] if word.i > 0 else None
    if before is None or before.lemma_ != "help" or before.pos_ != "VERB" or word.dep_ == "xcomp" or \
            word.lemma_.lower() not in MEDIATION_VERBS:
        return None
    return before


def _credited_to(verb: Token) -> bool:
    """ "a deal credited to Norway", "the swap was credited to the leadership of X": the
    exchange (or its deal) put down to who brought it about."""
    told_of = verb.head if verb.dep_ == "acl" else next(
        (c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return verb.lemma_ == "credit" and verb.pos_ == "VERB" and told_of is not None and \
        told_of.lemma_.lower() in TRIGGER_NOUNS | DEAL_NOUNS | OPERATION_NOUNS and \
        not any(c.lemma_.lower() in _OTHER_EVENTS for c in told_of.children) and \
        any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)  # not "the grain deal credited to X"


_RUNS = {"series", "string", "number", "couple", "run", "wave", "set", "succession"}


def _credited_with_swaps(verb: Token) -> bool:
    """ "Oman has been credited (by both capitals) for the exchanges", "Kabul credited Doha with
    the swap": one given the credit for swaps brought them about; not "credited with the
    grain deal", nor a credit still to be given."""
    reasons = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("for", "with")
               for o in p.children if o.dep_ == "pobj"]
    reasons += [o for r in reasons if r.lemma_ in _RUNS for p in r.children if p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj"]  # "for a long series of exchanges"
    return verb.lemma_ == "credit" and verb.pos_ == "VERB" and not hypothetical(verb) and \
        any(o.lemma_.lower() in TRIGGER_NOUNS for o in reasons)


def _credited_ones(verb: Token, refs: References, sides: Sequence[str]) -> list[str]:
    """Who is `_credited_with_swaps`: the subject of the passive, the object of the active;
    not one of the `sides` known or a side the sentence names besides ("A credited B for the
    swap between them"), nor one of the crediting side's own ("the president credited his
    intelligence chief (the FSB)")."""
    credited = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    crediting = [c for c in verb.children if c.dep_ == "nsubj"] + agents_of(verb)
    states = [thanking_side(c, refs) for c in crediting] or [None]
    keys = [k for c in credited for k in _mediators_named(c, refs, places=True)
            if all(_another_states(k, state, refs) for state in states)]
    besides = _named_besides([t for c in credited for t in c.subtree], refs, peoples=True)
    named_sides = {as_state(k, refs) for k in [*besides, *sides]}
    return [k for k in keys if as_state(k, refs) not in named_sides]


def _credited_actors(verb: Token, refs: References) -> list[str]:
    """Who an exchange is `_credited_to`: named ("to Norway"), or as the owners of a role
    ("to the leadership of X and Y", "to Qatar's diplomacy")."""
    keys: list[str] = []
    for credited in (o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
                     for o in p.children if o.dep_ == "pobj"):
        owners = [o for p in credited.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"] + [c for c in credited.children if c.dep_ == "poss"]
        owners = [o for o in owners if o.lemma_ not in ("side", "party")]  # not "the Ukrainian side's persistence"
        keys += _mediators_named(credited, refs, places=True) or [k for o in owners for k in _mediators_named(o, refs)]
    phrase = [t for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for t in p.subtree]
    sides = _named_besides(phrase, refs, peoples=True)  # "A and B swapped 150 each, a deal credited to B and the
    return [k for k in keys if as_state(k, refs) not in sides]  # UAE", "The swap, credited to Kyiv's persistence,
    # saw 150 Ukrainians return": B, Ukraine are sides


_THANKED_FOR = ("for", "after", "over", "following")  # "thanked X after the swap"
THANKING = _CREDITING - {"credit"}  # "thanked (praised) X for ..."


def thanked_for(verb: Token, thanked: Token | None) -> list[Token]:
    """What a thanking verb thanks for, hung on the verb or on who is thanked ("thanked X for
    the swap", "thanked President X for the exchange"); not what it comes "days after"."""
    preps = [p for p in [*verb.children, *(thanked.children if thanked is not None else ())]
             if p.lower_ in _THANKED_FOR and not any(c.dep_ == "npadvmod" for c in p.children)]
    return [o for p in preps for o in p.children if o.dep_ == "pobj"]


def thanks_for_a_swap(verb: Token, refs: References) -> tuple[Token, Token, Token] | None:
    """ "Zelensky thanked the UAE after the swap with Russia", "Armenia thanks Georgia for
    detainee exchange": who thanks, who is thanked and the swap, where one thanks another for
    a swap. Headlines often parse "thanks" as a noun; the words around it still tell it."""
    if verb.lemma_ not in THANKING and verb.lower_ not in ("thanks", "praises", "hails"):
        return None
    if verb.pos_ == "VERB":
        thanker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        thanked = next((c for c in verb.children if c.dep_ == "dobj"), None)
        reasons = thanked_for(verb, thanked)
        swaps = [o for o in reasons if o.lemma_.lower() in TRIGGER_NOUNS]
        if len(swaps) < len(reasons):
            return None  # "thanked Poland for its support during the war, after the exchange": the support
    else:  # "Zelenskiy thanks UAE after 150-for-150 swap with Russia"
        thanker = verb.nbor(-1) if verb.i > verb.sent.start else None
        thanked = next((t for t in verb.doc[verb.i + 1 : min(verb.i + 3, verb.sent.end)] if t.i in refs.by_token), None)
        rest = verb.doc[refs.by_token[thanked.i].span.end : verb.sent.end] if thanked is not None else []
        opened = len(rest) > 1 and rest[0].lower_ in _THANKED_FOR
        swaps = [t for t in rest[1:7] if opened and t.lemma_.lower() in TRIGGER_NOUNS]
    if thanker is None or thanked is None or not swaps or not _with_another(swaps[0], thanked, refs):
        return None
    return thanker, thanked, swaps[0]


def _with_another(swap: Token, thanked: Token, refs: References) -> bool:
    """Whether the swap is told "with" a side other than the thanked one: "thanked Somaliland
    after the exchange" may thank the other side; "thanked Kenya after the swap with Sudan" a third."""
    after = swap.doc[swap.i + 1 : min(swap.i + 8, swap.sent.end)]
    partners = [refs.by_token[w.i].key for t in after if t.lower_ == "with"  # "with (the) ELN"
                for w in swap.doc[t.i + 1 : min(t.i + 3, swap.sent.end)] if w.i in refs.by_token][:1]
    return bool(partners) and refs.resolve(thanked) not in partners


def _another_states(key: str, state: str | None, refs: References) -> bool:
    """Whether the thanked is known to be no body of the thanker's state: a state, an
    international body, or a person of another state; not "the FSB" Russia's president thanks."""
    actor = refs.actors[as_state(key, refs) or key]  # "the Kenyan government": Kenya
    if actor.kind == "Person":
        body = _body_in_role(actor, refs)
        return body is not None and as_state(body, refs) != state
    return actor.kind == "Country" or gazetteer().organization_kind(actor.name) in (
        "international body", "bloc", "non-governmental organization")


def thanking_side(thanker: Token, refs: References) -> str | None:
    """The side of who thanks: its state, or the one a leader's role names ("Ukrainian
    President X")."""
    key = refs.resolve(thanker)
    actor = refs.actors.get(key) if key else None
    if actor is None and thanker.lower_ in _OFFICES:  # "Chad's foreign minister"
        return next(iter(_owners(thanker, refs)), None)
    return _body_in_role(actor, refs) if actor and actor.kind == "Person" else as_state(side_of(key, refs), refs)


def _thanked_for_a_swap(verb: Token, refs: References) -> list[str]:
    """The thanked of `thanks_for_a_swap`: the mediator. Not the thanker's own state ("the
    ombudsman thanked the Ukrainian government"), nor a side named otherwise in the sentence,
    nor one thanked by nobody named ("families thanked X"), though a headline's "Zelenskiy"
    counts where the model took it for no name."""
    told = thanks_for_a_swap(verb, refs)
    if told is None:
        return []
    thanker, thanked, _ = told
    state = thanking_side(thanker, refs)
    if refs.resolve(thanker) is None and state is None and not (verb.pos_ != "VERB" and thanker.is_title):
        return []
    keys = [k for k in _mediators_named(thanked, refs, places=True) if as_state(k, refs) != state
            and _another_states(k, state, refs)]
    elsewhere = _named_besides([thanker, *thanked.subtree], refs)
    return [k for k in keys if k not in elsewhere]


def _named_besides(phrase: list[Token], refs: References, peoples: bool = False) -> set[str]:
    """The actors the sentence of `phrase` names outside it, and with `peoples` the states of the
    peoples it counts there ("150 Ukrainians"): a side told of there is no mediator credited in
    the phrase."""
    inside = {t.i for t in phrase}
    sent = phrase[0].sent
    named = {m.key for m in refs.mentions if sent.start <= m.span.start < sent.end and m.span.root.i not in inside}
    return named | {k for t in sent if peoples and t.i not in inside and (k := refs.demonym_state(t))}


def _told_of_the_swap(verb: Token) -> bool:
    """ "The operation, which X is supervising, should be over by Friday": a relative
    clause tells what is so of the swap, whatever is still to come of it."""
    return verb.dep_ == "relcl" and verb.head.lemma_.lower() in TRIGGER_NOUNS | OPERATION_NOUNS and \
        not conditional(verb) and not any(c.dep_ == "neg" or c.lemma_.lower() in HYPOTHETICAL for c in verb.children)


def disclaimers(sent: Span, refs: References) -> set[str]:
    """ "It served only as a neutral channel and had not taken part in the bargaining", "it
    was not a mediator", "played no role in the talks", "arranged not by the UN but by a
    sheikh": who the sentence says took no part."""
    found = {key for by in sent if _denied_agent(by)
             for nor in (by, *(c for c in by.children if c.dep_ == "conj" and c.lower_ == "by"
                               and c.doc[c.i - 1].lower_ == "nor"))  # "neither by X nor by Y"
             for o in nor.children if o.dep_ == "pobj" for key in map(lambda t: actor_of(t, refs), (o, *o.conjuncts))
             if key}  # not the "but by" joined to it
    for verb in sent:
        negated = any(c.dep_ == "neg" for c in verb.children) or any(
            c.dep_ in ("dobj", "attr") and any(d.lower_ == "no" for d in c.children) for c in verb.children)
        part = verb.lemma_ in ("take", "play", "participate", "involve", "mediate", "negotiate", "broker") or (
            verb.lemma_ == "be" and any(c.dep_ in ("attr", "acomp") and c.lemma_ in MEDIATION_NOUNS | {"involved"}
                                        for c in verb.children))
        if not (negated and part):
            continue
        node = verb
        while node.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            node = node.head  # "it acted as ... and had not taken part": the subject of the first verb
        found |= {key for c in node.children if c.dep_ in ("nsubj", "nsubjpass")  # "the mediator, X, played no part"
                  for key in [actor_of(c, refs)] + [actor_of(a, refs) for a in _in_apposition(c)]
                  if key}
    return {as_state(k, refs) for k in found}


def _did_instead(verb: Token) -> bool:
    """ "X did not broker the deal; Qatar did", "..., but Qatar did": a bare "did" that stands
    for a mediation verb told beside it."""
    bare = verb.lemma_ == "do" and verb.pos_ in ("VERB", "AUX") and verb.dep_ in ("ROOT", "conj") and \
        not any(c.dep_ in ("dobj", "neg", "xcomp") for c in verb.children)
    beside = [c for c in verb.children if c.dep_ in ("ccomp", "conj", "parataxis")] + [verb.head]
    return bare and any(v.lemma_ in MEDIATION_VERBS and v.pos_ == "VERB" for v in beside)


def _organised_a_swap(verb: Token) -> bool:
    """ "Russian peacekeepers organised the exchange", "X organised the operation", "an
    exchange organised by X", "the deal, which X says it organised": who organised a swap
    between others mediated it; not "the ICRC organised the flights" or "organised it with the
    authorities"."""
    if verb.pos_ != "VERB" or verb.lemma_ not in _ORGANISING:
        return False
    swaps = TRIGGER_NOUNS | OPERATION_NOUNS if verb.lemma_ in ("organise", "organize") else TRIGGER_NOUNS
    done = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.tag_ != "WDT"]  # not "which"
    if done:  # not "X organised an exchange with Y": X is Y's other side
        return any(c.lemma_ in swaps and not any(p.lower_ == "with" for p in c.children) for c in done)
    if verb.dep_ == "amod":  # "an ICRC-supervised exchange"
        return verb.head.lemma_ in swaps
    if verb.dep_ == "acl":  # "a swap overseen by X", not "the operation to deliver food"; "two exchanges, both
        told_of = verb.head.head if verb.head.lower_ in ("both", "all", "each") else verb.head  # overseen by X"
        return told_of.lemma_ in swaps
    told_of = next((v.head for v in (verb, *verb.ancestors) if v.dep_ == "relcl"), None)  # "which X says it
    return told_of is not None and not any(c.dep_ == "prep" for c in verb.children) and \
        told_of.lemma_ in TRIGGER_NOUNS | DEAL_NOUNS  # organised", not "organised with Y", "a rescue operation"


def _coordinated_the_operation(verb: Token) -> bool:
    """ "A and B swapped 40 each in an operation coordinated by X": the operation the swap was
    done in, told with no word of another kind; not "a rescue operation", "300 were evacuated in
    an operation coordinated by X", nor "an operation coordinated by X destroyed a depot"."""
    operation = verb.head
    done_in = operation.head.head if operation.dep_ == "pobj" and operation.head.lower_ == "in" else None
    return verb.dep_ == "acl" and verb.lemma_ in _ORGANISING and operation.lemma_ == "operation" and \
        not any(c.dep_ in ("amod", "compound", "prep") for c in operation.children) and \
        done_in is not None and done_in.lemma_ in TRIGGER_VERBS | _HANDING_OVER


_HANDING_OVER = {"hand", "transfer", "move", "release", "free", "return", "repatriate"}


def _also_helping_the_mediator(verb: Token) -> bool:
    """ "X was the main go-between, with Y and Z also helping": those helping beside a mediator
    (or a mediating verb) mediated with it; not "with the army helping" the sides' own deed."""
    with_ = verb.head
    beside = with_.head if verb.dep_ == "pcomp" and with_.lower_ == "with" else None
    return verb.lemma_ in ("help", "assist") and beside is not None and (
        _mediation_noun(beside) or beside.lemma_.lower() in MEDIATION_VERBS)


def _coordinators(verb: Token, refs: References) -> list[str]:
    """Who `_coordinated_the_operation`: a state, a neutral body, or a body of a state the
    sentence and the one before do not name as a side ("Turkey's MIT"); not a side's own
    service ("the Ukrainian Coordination Headquarters")."""
    keys = _mediation_verb_actors(verb, refs)
    told = _sides_just_told(verb, refs)
    bodies = [k for k in keys if refs.actors[k].kind == "Organization" and k not in told and
              (state := refs.actors[k].part_of) in refs.actors and refs.actors[state].kind == "Country" and
              state not in told]
    return _third_parties(keys, verb, refs) + [k for k in bodies if not a_neutral_body(refs.actors[k].name)]


_CARRIED_OUT = {"operation", "release", "handover", "transfer", "repatriation", "airlift"} | TRIGGER_NOUNS


def _neutral_bodies_carrying_out(verb: Token, refs: References) -> list[str]:
    """ "The ICRC completed the release and transfer of 318 detainees", "the handover, carried out
    by the Red Cross": a neutral body that carried out the swap's operation organised it, in a
    story that names no one else as its mediator; not "the ICRC carried out visits to places of
    detention"."""
    if verb.pos_ != "VERB" or verb.lemma_ not in CARRYING_OUT | {"run"}:
        return []
    done = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    doers = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"] + \
        [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "acl":  # "the handover, carried out by the ICRC"
        done.append(verb.head)
    if not any(c.lemma_.lower() in _CARRIED_OUT and not _of_others_than_captives(c) for c in done):
        return []
    carrying = [k for d in doers if (k := refs.resolve(d)) and a_neutral_body(refs.actors[k].name)]
    return [] if carrying and _names_a_mediator(verb.doc, refs) else carrying  # else the body only carried it out


def _names_a_mediator(doc: Doc, refs: References) -> bool:
    """Whether the story names anyone as a swap's mediator, asked once a document."""
    if "kg_names_a_mediator" not in doc.user_data:
        doc.user_data["kg_names_a_mediator"] = bool(_mediation_cues(doc[:], refs, need_exchange=True, neutral=False)[0])
    return doc.user_data["kg_names_a_mediator"]


def _of_others_than_captives(noun: Token) -> bool:
    """ "the transfer of 40 orphans": an operation for people no side held."""
    return any(not captive_word(o) for p in noun.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj")


def _the_operation_at_hand(noun: Token) -> bool:
    """ "The operation": the swap's, with nothing that makes it another ("the operation to
    deliver food", "the rescue operation")."""
    return noun.lemma_ in OPERATION_NOUNS and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                                  for c in noun.children) and \
        not any(c.dep_ in ("acl", "relcl", "compound", "amod", "prep", "nmod") for c in noun.children)


def _under_oversight(noun: Token) -> bool:
    """ "swapped under Omani supervision", "the swap went ahead under the supervision of the
    ICRC": who watched over a swap between others organised it; not what watches over
    anything else ("a trial under the supervision of the courts", "bodies handed over under ICRC
    supervision", "prisoners bused to Ramallah under the supervision of X")."""
    under = noun.head.head if noun.dep_ == "conj" and noun.head.dep_ == "pobj" else noun.head
    if noun.lemma_.lower() not in _OVERSIGHT or noun.dep_ not in ("pobj", "conj") or under.lower_ != "under" or \
            hypothetical(under.head):
        return False
    if noun.lemma_.lower() == "arrangement" and not any(c.dep_ in ("compound", "amod") for c in noun.children):
        return False  # "under an AU and OSCE arrangement", not "under an arrangement between A and B"
    watched = under.head
    if watched.pos_ == "NOUN":  # "a swap under ICRC supervision"
        return watched.lemma_.lower() in TRIGGER_NOUNS
    told = [watched, watched.head] if watched.dep_ == "conj" else [watched]  # "was agreed ... and carried out under"
    done = [c for v in told for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    if watched.lemma_ in TRIGGER_VERBS or any(c.lemma_.lower() in TRIGGER_NOUNS for c in done):
        return True  # "swapped under ...", "the exchange was carried out under ..."
    return watched.lemma_ in LETTING_GO and (  # "Under Egyptian supervision, A released 3; B freed 183", "A handed
        sum(t.lemma_ in LETTING_GO and t.pos_ == "VERB" for t in watched.sent) >= 2 or  # over 1,036 and B sent
        any(t.lemma_.lower() in TRIGGER_NOUNS for t in watched.sent))  # back 600"



def _persuaded_to_swap(verb: Token) -> bool:
    """ "the elders persuaded the two armies to swap captives": who brought the sides to it."""
    return verb.pos_ == "VERB" and verb.lemma_ in ("persuade", "convince") and any(
        c.dep_ == "xcomp" and c.lemma_ in TRIGGER_VERBS | {"free", "release"} for c in verb.children)


_SECURING = {"secure", "negotiate", "clinch", "seal", "strike", "conclude", "arrange"}
_ROLE_DEEDS = _SECURING | {"facilitate", "achieve", "obtain", "win", "make", "bring"}  # "its role in securing
# (bringing about) the release"


def _helped_to_a_deal(verb: Token) -> bool:
    """ "Qatar helped secure the deal", "Turkey helped negotiate the exchange": a state or body
    that helped the sides to the swap mediated it; not a person, who may be a side's own official
    ("Secretary X helped negotiate the deal"), nor "could help", nor help with another deal ("a
    separate trade deal", "the Doha agreement of 2020", "the deal that reopened the border")."""
    helper = _helper_of(verb)
    put_together = verb.lemma_ == "put" and any(c.lower_ == "together" for c in verb.children)
    if verb.pos_ != "VERB" or verb.lemma_ not in _SECURING and not put_together or helper is None or \
            helper.lemma_ != "help" or \
            hypothetical(helper) or any(c.dep_ == "aux" and c.lower_ in ("could", "would", "might", "may")
                                        for c in helper.children):
        return False
    if any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in helper.children):
        return False
    return any(c.dep_ == "dobj" and (c.lemma_ in TRIGGER_NOUNS or c.lemma_ in DEAL_NOUNS and _the_deal_at_hand(c)
                                     or c.tag_ == "WDT" and _the_swaps_deal(helper.head, helper))
               for c in [*verb.children, *helper.children])  # the parser may hang "that" on "helped"


def _the_swaps_deal(noun: Token, helper: Token) -> bool:
    """ "(A freed ten) in a deal (that X helped put together)": the deal a release was made in,
    which a relative clause goes on to tell of; not one aid trucks "entered Gaza under", nor
    one helped along by a side ("Hamas", "A's own intelligence service")."""
    if noun.lemma_ in TRIGGER_NOUNS:
        return True
    made_in = noun.head.head
    if noun.lemma_ not in DEAL_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "under", "through") \
            or made_in.lemma_ not in RELEASE_VERBS | TRIGGER_VERBS | RETURN_VERBS:
        return False
    helpers = [t for c in helper.children if c.dep_ == "nsubj" for t in c.subtree]
    releasers = {t.text for c in made_in.children if c.dep_ in ("nsubj", "agent") for t in c.subtree}
    return not any(t.lower_ == "own" or t.text in releasers or _an_armed_groups_name(t.text) for t in helpers)


def _an_armed_groups_name(word: str) -> bool:
    name = gazetteer().organization_by_word(word)
    return name is not None and gazetteer().is_armed_group(name)


def _the_deal_at_hand(deal: Token) -> bool:
    """ "the deal", "this agreement": the swap's, with nothing that makes it another."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in deal.children) and \
        not any(c.dep_ in ("amod", "compound", "poss", "relcl", "acl", "prep", "nmod") for c in deal.children)


def _suspended_before(word: Token) -> list[Token]:
    """The words whose hyphen is left hanging before `word`'s: "Qatar" and "Turkey" in "a
    Qatar-, Turkey- and Egypt-brokered deal"."""
    doc, words, i = word.doc, [], word.i
    while True:
        i -= 1
        while i > 0 and doc[i].lower_ in ("and", "or", ","):
            i -= 1
        if i == word.i - 1 or i < 1 or doc[i].text != "-":
            return words
        i -= 1
        words.append(doc[i])


def _led_talks(verb: Token) -> bool:
    """ "the fruit of United Nations-led negotiations": who led the talks mediated what they
    produced; not "a Saudi-led coalition"."""
    return verb.lower_ == "led" and verb.dep_ == "amod" and verb.head.lemma_.lower() in TALK_NOUNS | {"mediation"} and \
        verb.i > 0 and verb.doc[verb.i - 1].text == "-"


def _carried_messages(verb: Token) -> bool:
    """ "X, who carried messages between the two sides", "carried the notes back and forth
    between A and B", "carried proposals between A and B", a swap told "with X carrying the
    messages": a go-between."""
    messages = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_ in _MESSAGES_CARRIED]
    places = [*verb.children, *(c for m in messages for c in m.children),
              *(a for c in verb.children if c.dep_ == "advmod" for a in c.subtree)]  # "back and forth between"
    between = [o for c in places if c.dep_ == "prep" and c.lower_ == "between" for o in c.children if o.dep_ == "pobj"]
    sides = [o for o in between if o.lemma_ in _BETWEEN_SIDES or o.ent_type_ in ("GPE", "ORG", "NORP")
             or o.pos_ == "PROPN" or o.lower_ == "them"]  # not "between the prisoners and their families"
    to_and_fro = not between and not any(p.dep_ == "prep" and p.lower_ in ("on", "about", "over") for head in (
        verb, *messages) for p in head.children) and any(  # "had relayed the notes back and forth", between the
        c.dep_ == "advmod" and c.lower_ == "back" and any(d.lower_ == "forth" for d in c.children)  # sides told; not
        for c in verb.children)  # "between detainees and their families", "on a possible nuclear deal"
    about_else = any(p.dep_ == "prep" and p.lower_ in ("on", "about", "during", "over") and any(
        o.lemma_.lower() in _OTHER_EVENTS | TALK_NOUNS for o in p.children) for head in (verb, *messages)
        for p in head.children)  # "proposals on a peace treaty", "during last year's talks"
    if verb.lemma_ == "shuttle":  # "who shuttled between the two commanders to arrange the swap", "after months
        return bool(sides) and not about_else and any(  # of shuttling between A and B, ... in exchange for";
            t.lemma_.lower() in TRIGGER_NOUNS | TRIGGER_VERBS for t in verb.sent)  # not "to keep the process alive"
    alongside = verb.dep_ == "pcomp" and verb.head.lower_ == "with" and any(  # "A freed five in exchange for
        t.lemma_.lower() in TRIGGER_NOUNS | TRIGGER_VERBS for t in verb.sent) and \
        not any(c.dep_ == "prep" for m in (verb, *messages) for c in m.children)  # 82, with X carrying the
    # messages"; not "carrying the messages of the families to the Red Cross", a side's errand
    return verb.lemma_ in ("carry", "pass", "relay") and verb.pos_ == "VERB" and bool(messages) and \
        (bool(sides) or to_and_fro or alongside) and not about_else


_BETWEEN_SIDES = {"side", "party", "camp", "capital", "government", "commander", "leader"}
_CARRYING_PEOPLE = {"fly", "transport", "transfer", "hand", "release", "free", "return", "repatriate", "carry",
                    "escort", "bring", "take", "move", "exchange", "swap", "oversee", "supervise"}
_MESSAGES_CARRIED = {"message", "note", "proposal", "letter", "offer"}
_STRIKING = {"strike", "agree", "conclude", "negotiate", "arrange"}  # a deal struck (agreed, worked out) through X


def struck_through(verb: Token) -> bool:
    """ "The bargain was struck through the Portuguese", "the two agreed through X", "the terms,
    worked out (negotiated) through X", "every proposal travelled through X": a channel between
    the sides; not "reached Odesa through Moldova" or "worked their way through Armenia"."""
    worked_out = verb.lemma_ == "work" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    carried = verb.lemma_ == "travel" and any(c.dep_ == "nsubj" and c.lemma_ in _MESSAGES_CARRIED
                                              for c in verb.children)
    return verb.pos_ == "VERB" and (verb.lemma_ in _STRIKING or worked_out or carried) and any(
        c.dep_ == "prep" and c.lower_ in ("through", "via") for c in verb.children)


def _negotiated_with_both(verb: Token) -> bool:
    """ "Omani diplomats negotiated the terms with both sides": who dealt with both sides
    stood between them."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "the terms with both sides"
    return verb.lemma_ == "negotiate" and verb.pos_ == "VERB" and any(
        p.dep_ == "prep" and p.lower_ in ("with", "between") and any(
            o.dep_ == "pobj" and o.lemma_ in ("side", "party") and any(c.lower_ in ("both", "two") for c in o.children)
            for o in p.children)
        for head in heads for p in head.children)


def _negotiated_by(verb: Token) -> bool:
    """ "during the truce negotiated by Qatar and Egypt", "the deal, negotiated through Oman":
    who negotiated what others agreed to, or was its channel, mediated it (the sides negotiate
    "with" or "between" each other)."""
    if verb.pos_ != "VERB":
        return False
    if struck_through(verb):  # "The bargain was struck through Portugal", "every proposal travelled through X"
        return True
    if verb.lemma_ != "negotiate":
        return False
    negotiators = {n.lower_ for a in verb.children if a.dep_ == "agent"
                   for o in a.children if o.dep_ == "pobj" for n in (o, *o.conjuncts)}
    actors = {t.lower_ for t in verb.sent if t.dep_ in ("nsubj", "nsubjpass") and t.head != verb}
    return bool(negotiators) and not negotiators & actors  # not "the deal negotiated by A and B, A freed ..."


def kin_state(code: str, refs: References) -> str | None:
    """The one breakaway state the story tells of (`_told_of`) whose people are called by a longer
    form of the demonym of `code` ("Bosnian Serbs" of Republika Srpska for "Serbs", "Kosovo Albanians"
    of Kosovo for "Albanians"), where the story does not name that country itself."""
    demonyms = set(gazetteer().countries[code].demonyms)
    country = refs.actors.get(f"Country:{code}")
    if country is not None and any(m.surface.removesuffix("'s") not in demonyms for m in country.mentions):
        return None  # the story names the country, not only its people
    text = doc_text(refs.doc)
    kin = [state for state in _breakaway_kin(code) if _told_of(state, text)]
    return refs.country(kin[0].code) if len(kin) == 1 else None


@cache
def _breakaway_kin(code: str) -> tuple[Country, ...]:
    """The breakaway states the gazetteer lists whose people's longer name ends in a demonym of
    `code` (Republika Srpska's "Bosnian Serbs" for Serbia's "Serbs"), looked up once a code."""
    demonyms = set(gazetteer().countries[code].demonyms)
    return tuple(state for kin, state in gazetteer().countries.items() if kin.startswith("X") and kin != code
                 and any(" " in d and d.split()[-1] in demonyms for d in state.demonyms))


def _told_of(state: Country, text: str) -> bool:
    """Whether the story tells of the state more than in passing: names it, or its people twice."""
    named = re.search(rf"\b{re.escape(state.name)}\b", text) is not None
    told = sum(len(re.findall(rf"\b{re.escape(d)}\b", text)) for d in state.demonyms if " " in d)
    return named or told >= 2


def _credited(noun: Token) -> bool:
    """ "with the help of X", "thanks to X's efforts", "its efforts led to the swap",
    "following efforts by X, the two countries completed a release", "the swap was the
    result of X's efforts": help the event is credited to, not help in general."""
    return noun.head.lower_ in ("with", "to", "through", "thanks", "following") or (
        noun.dep_ == "nsubj" and noun.head.lemma_ in _CAUSING) or _what_the_swap_came_of(noun)


def _credited_elsewhere(noun: Token) -> bool:
    """ "Thanks to Turkey's help, the grain corridor reopened", "the 2020 peace accord, reached
    with X's help": help credited with another event than the swap; not "the
    (ceasefire) talks were held with the help of X", which produced it, nor "the return of 48
    prisoners was completed", the swap itself."""
    verb = next((a for a in noun.ancestors if a.pos_ == "VERB"), None)
    told = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")] if verb is not None else []
    return any(c.lemma_.lower() not in _THE_SWAPS_OWN and any(
        word.lemma_.lower() in _OTHER_EVENTS - _THE_SWAPS_OWN - DEAL_NOUNS
        for word in (c, *(x for x in c.children if x.dep_ in ("compound", "amod")))) for c in told)


# what help with is help with the swap: its talks (whatever they were called), its return of people
_THE_SWAPS_OWN = TALK_NOUNS | TRIGGER_NOUNS | {"meeting", "return"}


def _what_the_swap_came_of(noun: Token) -> bool:
    """ "the release was the result of X's efforts", "the swap came as a result of X's
    efforts", "(A and B swapped ten each,) the fruit of months of Saudi efforts": efforts the
    swap itself is said to be the outcome of (not "Bolivia's isolation was the result of US
    efforts")."""
    if noun.head.lower_ == "of" and noun.head.head.lemma_ in _SPANS and noun.head.head.dep_ == "pobj":
        noun = noun.head.head  # "months of", "years of"
    outcome = noun.head.head
    if noun.head.lower_ != "of" or outcome.lemma_ not in _OUTCOMES:
        return False
    if outcome.dep_ == "pobj" and outcome.head.lower_ == "as":
        return True
    if outcome.left_edge.i > 0 and outcome.doc[outcome.left_edge.i - 1].text == "," and \
            outcome.head.lemma_.lower() in TRIGGER_VERBS | TRIGGER_NOUNS:
        return True  # "A and B swapped ten each, the fruit of X's efforts"
    return outcome.dep_ == "attr" and any(
        c.dep_ == "nsubj" and c.lemma_ in TRIGGER_NOUNS | DEAL_NOUNS | OPERATION_NOUNS for c in outcome.head.children)


def _about_other_event(verb: Token) -> bool:
    """ "Turkey mediated the grain agreement": another event than the swap; but "Qatar
    mediated this agreement" or "was credited with brokering the agreement", right after the
    swap is told, is the swap's."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "acl":
        objects.append(verb.head)
    return any(o.lemma_.lower() in _OTHER_EVENTS and not (
        o.lemma_.lower() in DEAL_NOUNS and (any(c.lower_ in ("this", "that") for c in o.children) or
                                            _the_deal_alone(o) or _the_final_deal_of_a_handover(o, verb))) and
               not _their_return(o) for o in objects)


def _the_deal_alone(deal: Token) -> bool:
    """ "the agreement", also "under the agreement, brokered by X,": no word says which deal (a
    swap under it); not "The accord, brokered by X, bound both states to free every captive",
    a peace deal's own mediation."""
    under = deal.dep_ == "pobj" and deal.head.lower_ == "under"
    set_off = ("punct", "acl") if under else ()  # the participle set off after it
    return [c.lower_ for c in deal.children if c.dep_ not in set_off] == ["the"]


def _their_return(noun: Token) -> bool:
    """ "thanked the UAE for facilitating her return": the homecoming of someone told before,
    whom the swap freed, which a state was thanked for; not "the return of seven children", a
    return of its own, nor "their return to the negotiating table"."""
    thanking = next((a for a in list(noun.ancestors)[:5] if a.lemma_ in THANKING and a.pos_ == "VERB"), None)
    thanked = [c for c in thanking.children if c.dep_ == "dobj"] if thanking is not None else []
    return noun.lemma_ == "return" and any(c.dep_ == "poss" and c.lower_ in ("her", "his", "their")
                                           for c in noun.children) and \
        not any(c.dep_ == "prep" for c in noun.children) and \
        any(gazetteer().country(" ".join(w.text for w in t.subtree if w.dep_ != "det")) for t in thanked)


_WIDER_DEALS = {"peace", "armistice", "normalisation", "normalization"}  # not a ceasefire deal, which may be the swap's


def _a_wider_deal(verb: Token) -> bool:
    """ "The peace agreement that made yesterday's exchange possible was brokered by X", "under a
    peace deal brokered by X": a deal of peace, or one told as what led to the swap, is another
    event than the swap, and its broker no mediator of the swap."""
    deals = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + ([verb.head] if verb.dep_ == "acl" else [])
    deals = [d for d in deals if d.lemma_.lower() in DEAL_NOUNS]
    return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in _WIDER_DEALS for d in deals for c in d.children) \
        or any(c.dep_ in ("relcl", "acl") and c.lemma_ in _CAUSING and c != verb and any(
            t.lemma_.lower() in TRIGGER_NOUNS for t in c.subtree) for d in deals for c in d.children)


def _chaired_a_sitting(verb: Token) -> bool:
    """ "The session was chaired by X", "X chaired the hearing (the cabinet meeting)": who
    presides over a body's sitting mediates nothing; "X chaired the talks" may."""
    chaired = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    chaired += [verb.head] if verb.dep_ == "acl" else []  # "the session, chaired by X,"
    words = {w.lemma_.lower() for c in chaired for w in (c, *c.children) if w.i == c.i or w.dep_ == "compound"}
    return verb.lemma_ in ("chair", "co-chair") and bool(words & _SITTINGS)


_SITTINGS = {"session", "sitting", "hearing", "debate", "cabinet", "parliament", "plenary"}  # not "a committee of
# elders chaired by X", which mediates


def _the_final_deal_of_a_handover(deal: Token, verb: Token) -> bool:
    """ "A was released via Brazil, whose security service had arranged the final agreement
    between B and C": the deal of the release the sentence tells; not one dated otherwise
    ("the final agreement between Bogota and the FARC in 2016") nor one beside no release."""
    words = [c.lower_ for c in deal.children if not (c.dep_ == "prep" and c.lower_ == "between")]
    return words == ["the", "final"] and not any(t.ent_type_ == "DATE" for t in verb.subtree) and any(
        t.pos_ == "VERB" and t.lemma_ in RELEASE_VERBS and t.tag_ == "VBN" and not hypothetical(t) for t in verb.sent)


def _but_by(agent: Token) -> list[Token]:
    """The "but by" of "brokered not by the UN but by a village imam" ("was not brokered by X
    but by Y", "neither by X nor by Y but by Z"): the agent told instead of those denied,
    wherever the parser hung it."""
    instead = _the_but_by_after(agent)
    return [instead] if instead is not None and _denied_agent(agent) else []


def _the_but_by_after(by: Token) -> Token | None:
    """The first "by" after this one that follows a "but"."""
    return next((t for t in by.sent if t.i > by.i and t.lower_ == "by" and t.doc[t.i - 1].lower_ == "but"), None)


def _denied_agent(by: Token) -> bool:
    """Whether the "by" is denied: "not by X", "neither by X (nor by Y)", or "was not brokered by
    X but by Y"."""
    if by.lower_ != "by":
        return False
    denied_verb = by.dep_ == "agent" and any(c.dep_ == "neg" for c in by.head.children) and \
        _the_but_by_after(by) is not None
    return denied_verb or any(c.dep_ == "neg" or c.lower_ == "neither" for c in by.children)


def _mediation_verb_actors(verb: Token, refs: References) -> list[str]:
    keys: list[str] = []
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (  # "a swap mediated by X"
        verb.dep_ == "acl" and not any(c.dep_ == "nsubj" for c in verb.children))
    shared = [c for c in verb.head.children if c.dep_ == "nsubj"] if verb.dep_ == "conj" and verb.pos_ == "VERB" \
        and not passive and verb.tag_ in ("VBD", "VBZ", "VBP") and not any(  # not "(were) co-chaired by Y"
            c.dep_ in ("nsubj", "agent") for c in verb.children) else []  # "X hosted the talks and
    shared += _subject_of_the_clause(verb)  # "After weeks of shuttling between A and B, X watched ..."
    struck = struck_through(verb)  # "agreed through the Portuguese": its channel,
    for child in [*verb.children, *shared]:  # brokered the terms": X brokered them; not the sides that agreed
        channel = (passive or struck) and child.dep_ == "prep" and child.lower_ in ("through", "via")  # "arranged
        if struck and not channel:  # through X"
            continue
        second_agent = passive and child.dep_ == "conj" and child.lower_ == "by"  # "mediated by the President of
        # A, X, and by the OSCE": the parser joins the second "by" to the verb
        if child.dep_ == "agent" or channel or second_agent:  # "brokered by Qatar", "by the Qataris", "and by X"
            denied = _denied_agent(child)  # "not by X but by Y": Y alone
            keys += [k for by in (_but_by(child) if denied else [child, *(
                c for c in child.children if c.dep_ == "conj" and c.lower_ == "by")])
                     for obj in by.children if obj.dep_ == "pobj"
                     for k in _agent_mediators(obj, refs, channel)]
        elif child.dep_ == "nsubj" and not passive:
            focus = _cleft_focus(verb) if child.lower_ in ("who", "that") else None
            whose = verb.dep_ == "relcl" and any(c.dep_ == "poss" and c.lower_ == "whose" for c in child.children)
            clause = verb.head if verb.dep_ == "ccomp" and verb.head.dep_ == "relcl" else verb  # "X, which it
            relative = child.lower_ in ("which", "who", "that") and clause.dep_ == "relcl" or focus is not None  # said
            if whose:  # "Kazakhstan, whose security service facilitated the transfer": it alone, not "Poland,
                owner = actor_of(_one_of(clause.head), refs)  # whose guards escorted the buses, and the UAE"; not
                keys += [owner] if owner and not _about_other_event(verb) else []  # "facilitated the grain corridor"
                continue
            if relative:  # had mediated it"; "to Qatar, which brokered the deal": a place that acts
                child = focus if focus is not None else _one_of(clause.head)
            earlier = any(d.lower_ in NEW_EVENT_MARKERS for o in verb.children if o.dep_ == "dobj" for d in o.children)
            keys += _mediators_named(child, refs, places=relative) + _peoples(child, refs) or [  # "the Emiratis
                k for owner in [*child.children, child] if owner.dep_ in ("poss", "nsubj") and not earlier  # mediated",
                for k in _reporters_own(owner, refs)] or [  # "A and B said they (their leaders) had mediated it",
                k for body in _members_of(child) if _of_the_swap(verb)  # not "earlier rounds"; "elders of the X
                for k in _mediators_named(body, refs)]  # tribe arranged the swap", not "a welcome ceremony"
        elif child.dep_ == "prep" and child.lower_ == "with":
            keys += [k for obj in child.children if obj.dep_ == "pobj"
                     for k in _mediation_noun_actors(obj, refs) or (  # "mediated by Qatar with Egypt", not
                         _mediators_named(obj, refs) if passive and obj.i in refs.by_token  # "by Egypt with Hamas"
                         and not _an_armed_group(obj, refs) else [])]
    keys += [k for name in _subject_before_an_aside(verb) for k in _mediators_named(name, refs)]  # "after the
    # ICRC, acting as intermediary, facilitated it"
    keys += [k for prep in verb.sent if _partners_set_off(prep) == verb for obj in prep.children
             if obj.dep_ == "pobj" and obj.i in refs.by_token and not _an_armed_group(obj, refs)
             for k in _mediators_named(obj, refs)]
    helper = _helper_of(verb)  # "Qatari officials helped to arrange
    if helper is not None and not passive and helper.lemma_ in _HELPING:  # it", "thanked X for helping to
        keys += _mediation_verb_actors(helper, refs)  # facilitate it"
    if verb.pos_ == "NOUN":  # "with Oman mediating", "Oman mediates.", read as nouns with Oman before them
        keys += [k for c in verb.children if c.dep_ == "compound" for k in _mediators_named(c, refs, places=True)]
    if verb.dep_ == "amod":  # "a UN-brokered exchange", "an Egyptian-mediated deal", "UN-led talks"
        keys += [k for c in verb.children if c.i < verb.i and verb.doc[c.i + 1].text == "-"
                 for named in (c, *_suspended_before(c))
                 for k in _mediators_named(named, refs, places=True) or _demonym_country(named, refs)]
    if verb.dep_ in ("pcomp", "pobj") and verb.head.lower_ == "in" and verb.head.head.lemma_ in ("role", "help"):
        keys += _role_of(verb.head.head, refs) or []  # "thanked Oman for its role (help) in mediating"
    if verb.dep_ in ("pcomp", "pobj") and verb.head.lower_ in ("with", "for"):  # "credited X with mediating"
        crediting = next((v for v in [verb.head.head, *verb.head.head.ancestors][:3] if v.lemma_ in _CREDITING), None)
        if crediting is not None:  # also when the parser hangs "with" on a clause in between
            keys += [k for c in crediting.children if c.dep_ in ("dobj", "nsubjpass")  # "X was credited with"
                     for k in _mediators_named(c, refs)]
        keys += [k for owed in _owed_for(verb.head.head) for k in _mediators_named(owed, refs, places=True)]
    return keys


def _owed_for(word: Token) -> list[Token]:
    """Who a swap's mediation is owed to: "gave Qatar the credit for mediating", "grateful to
    the UAE for facilitating it"."""
    if word.lemma_ == "give" and any(c.dep_ == "dobj" and c.lemma_ == "credit" for c in word.children):
        return [c for c in word.children if c.dep_ in ("dative", "iobj")]
    if word.lemma_.lower() in ("grateful", "thankful", "indebted"):
        return [o for p in word.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children
                if o.dep_ == "pobj"]
    return []


def _verb_through_phrases(gerund: Token) -> tuple[Token, Token]:
    """The verb a gerund hangs on through nouns and prepositions ("By shuttling ..., X secured"),
    with the phrase right under that verb; where the walk stops at another word, that word's head."""
    node = gerund
    while node.head is not node and node.head.pos_ != "VERB" and node.dep_ in ("pcomp", "pobj", "prep"):
        node = node.head
    return node, node.head


def _clause_verbs(gerund: Token) -> list[Token]:
    """The gerund and the verb it hangs on through prepositions ("By shuttling ..., X secured")."""
    return [gerund, _verb_through_phrases(gerund)[1]]


def _subject_of_the_clause(gerund: Token) -> list[Token]:
    """ "After weeks of shuttling between A and B, X watched them cross": the subject of the
    clause a gerund without its own opens with "after" or "by" (through nouns and prepositions
    only); not "thanked X for mediating it" or "credited X with brokering it", whose doer is X."""
    if gerund.tag_ != "VBG" or gerund.dep_ != "pcomp" or any(c.dep_ == "nsubj" for c in gerund.children):
        return []
    opening, verb = _verb_through_phrases(gerund)
    if verb.pos_ != "VERB" or opening.dep_ != "prep" or opening.lower_ not in _CLAUSE_OPENINGS:
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"][-1:]  # the one next to the verb, not a
    named = [c for s in subjects if not any(d.dep_ == "cc" for d in s.children)  # phrase set off before it
             for c in s.children if c.dep_ == "conj"][-1:]  # ("..., the movement led by X, Per Lund stood"), which
    return named or subjects  # the parser may take for another subject or join to it without an "and"


_CLAUSE_OPENINGS = {"after", "by", "following", "through"}


def _subject_before_an_aside(verb: Token) -> list[Token]:
    """ "... after the International Committee of the Red Cross (ICRC), acting as a neutral
    intermediary, facilitated their release": the name right before an aside set off by commas
    is the subject of the verb after it, which the parser left without one (taking the name for
    the object of "after")."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    doc = verb.doc
    aside = next((t for t in doc[verb.sent.start : verb.i] if t.dep_ == "advcl" and t.tag_ == "VBG" and
                  t.right_edge.i == verb.i - 2 and doc[verb.i - 1].text == ","), None)  # hung on the verb or not
    if aside is None or aside.left_edge.i < 2 or doc[aside.left_edge.i - 1].text != ",":
        return []
    name = doc[aside.left_edge.i - 2]
    if name.text == ")":  # past "(ICRC)"
        name = next((doc[t.i - 1] for t in reversed(doc[verb.sent.start : name.i]) if t.text == "("), name)
    entity = next((e for e in doc.ents if e.start <= name.i < e.end), None)  # the whole name, not "the Red
    return [entity.root] if entity is not None and entity.label_ in ("ORG", "GPE", "PERSON", "NORP") else []  # Cross"


def _of_the_swap(verb: Token) -> bool:
    """ "arranged the exchange", "brokered a deal": the verb's object is the swap (or its deal),
    not "a welcome ceremony"."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in TRIGGER_NOUNS | DEAL_NOUNS | OPERATION_NOUNS
               for c in verb.children)


def _agent_mediators(agent: Token, refs: References, channel: bool) -> list[str]:
    """Who "by X" names as mediator: the body named in apposition to a phrase that is no name
    ("by the UN peacekeeping force, UNFICYP", "by the EU rule of law mission, EULEX"); X itself
    or its people ("by the Qataris"); else the states whose leaders X are ("a deal A and B said
    had been mediated by their leaders", not "by their allies"); else the body whose priests,
    elders or chiefs X are ("by two clerics of the Diocese of X"), but not a town, a state or a
    state's own body ("the chiefs of Ukraine's Coordination Headquarters")."""
    aside = [m.key for t in agent.subtree if t.pos_ == "NOUN" for c in t.children if c.dep_ == "appos"
             and (m := refs.by_token.get(c.i)) is not None and refs.actors[m.key].kind == "Organization"]
    if aside and agent.pos_ == "NOUN":
        return aside  # "by the UN peacekeeping force, UNFICYP": the body the apposition names, not the UN
    named = _mediators_named(agent, refs, places=channel) or _peoples(agent, refs)
    if not named and agent.lemma_.lower() in _LEADER_WORDS:
        named = [k for owner in agent.children if owner.dep_ == "poss" for k in _reporters_own(owner, refs)]
    if not named and agent.lemma_.lower() in BODY_UNITS:  # "by the Arab League's contact committee"
        named = [k for owner in agent.children if owner.dep_ == "poss" for k in _mediators_named(owner, refs)]
    if not named and not _a_sides_own(agent, refs):  # "by clan elders led by X": the one who led them
        named = [k for led in agent.children if led.dep_ == "acl" and led.lemma_ in ("lead", "head", "chair")
                 for by in led.children if by.dep_ == "agent" for o in by.children if o.dep_ == "pobj"
                 for k in _mediators_named(o, refs)]
    return named or [k for body in _members_of(agent) if any(c.lower_ == "the" for c in body.children)
                     for k in _mediators_named(body, refs) if _a_body_of_its_own(refs.actors[k])]


def _a_sides_own(group: Token, refs: References) -> bool:
    """ "an Israeli team", "Qatar's negotiators": a group a state or body is named as owning."""
    return any(c.dep_ in ("amod", "compound", "poss") and (gazetteer().demonym_at(c) or actor_of(c, refs))
               for c in group.children)


def _a_body_of_its_own(actor: Actor) -> bool:
    """A body that belongs to no state: a diocese, a council of elders; not "the Ukrainian X"."""
    return actor.kind != "Country" and actor.part_of is None and not gazetteer().demonym(actor.name.split()[0])


def _members_of(people: Token) -> list[Token]:
    """ "elders of the X tribe", "officials of the Y Council": the body whose people they are."""
    if people.lemma_.lower() not in _MEMBERS:
        return []
    return [o for p in people.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]


_LEADER_WORDS = {"leader", "president", "king", "emir", "ruler", "head", "monarch", "sovereign"}  # "their leaders"
_MEMBERS = {"elder", "leader", "official", "representative", "member", "delegation", "envoy", "negotiator", "delegate",
            "priest", "cleric", "imam", "bishop", "chief"} | BODY_UNITS


def _cleft_focus(verb: Token) -> Token | None:
    """ "It was Qatar and Egypt that brokered it": who the verb's "that" (or "who") stands
    for, set in focus after "it was", where the parser hangs the clause on the "was"; and
    "Qatar is the one who brokered it", where the clause hangs on "the one"."""
    one = verb.head
    if verb.dep_ == "relcl" and one.lower_ == "one" and one.dep_ == "attr" and one.head.lemma_ == "be" and any(
            c.dep_ == "det" and c.lower_ == "the" for c in one.children):
        done = [c for c in verb.children if c.dep_ == "dobj"]
        told = all(o.lower_ in ("it", "this", "that", "all") or o.lemma_.lower() in TRIGGER_NOUNS | DEAL_NOUNS
                   and not any(c.lower_ in {"most", "first"} | NEW_EVENT_MARKERS or c.like_num for c in o.children)
                   for o in done)  # not "the most swaps", "the next exchange", "the 2022 swap"
        modal = any(c.dep_ == "aux" and c.lower_ in _CONDITIONAL | _FUTURE | {"has", "have"}
                    for c in (*verb.children, *one.head.children))  # "will broker", "could be the one that"
        sided = any(p.dep_ == "prep" and any(o.lower_ == "side" for o in p.children) for p in verb.children)
        return next((c for c in one.head.children if c.dep_ == "nsubj"), None) if told and not (modal or sided) \
            else None  # not "X is the one who should have brokered this", "who has brokered the most swaps", "who
        # brokered it on Israel's side", "that brokered the first contacts"
    be = verb.head
    if verb.dep_ != "ccomp" or be.lemma_ != "be" or not any(c.dep_ == "nsubj" and c.lower_ == "it"
                                                             for c in be.children):
        return None
    focus = next((c for c in be.children if c.dep_ == "attr"), None)
    group = [focus, *focus.conjuncts] if focus is not None else []
    if any(c.dep_ == "relcl" for g in group for c in g.children):
        return None  # "It was Korea whose funds were freed, and Qatar that mediated": foci of two clauses,
    return focus  # which the parser joins as one list


def _partners_set_off(prep: Token) -> Token | None:
    """ "Under the deal brokered by Peru, with Chile and Bolivia, the ELN freed ...": a with-phrase
    set off right after a mediation's agent names the mediator's partners, though the parser
    hangs it on the main verb. The mediation verb, where it is so."""
    if prep.lower_ != "with" or prep.i < 2 or prep.doc[prep.i - 1].text != ",":
        return None
    before = prep.doc[prep.i - 2]
    agent = next((a for a in [before, *before.ancestors] if a.dep_ == "agent"), None)
    if agent is None or agent.right_edge.i != before.i or prep.head == agent.head:
        return None
    end = next((t.i for t in prep.doc[prep.i : prep.sent.end] if t.text in (",", ";")), prep.sent.end)
    doing = any(t.pos_ in ("VERB", "AUX") or t.lower_ in ("as", "each", "both", "also", "only")
                for t in prep.doc[prep.i : end])  # up to the comma that closes it: the parser may run it on
    return agent.head if agent.head.lemma_ in MEDIATION_VERBS and not doing else None  # not "with A and B
    # each freeing 95", "with A and B as the only parties"


def _an_armed_group(token: Token, refs: References) -> bool:
    return gazetteer().is_armed_group(refs.actors[refs.by_token[token.i].key].name)


def _reporters_own(owner: Token, refs: References) -> list[str]:
    """ "A and B said the handover followed mediation by their presidents": "their" of those who
    say so."""
    return _sayers(owner, refs) if owner.lower_ in ("their", "its", "they") else []


def _sayers(word: Token, refs: References) -> list[str]:
    """Who say what `word` is part of: "A and B said ...", "A and B put out statements saying ..."."""
    saying = next((v for v in word.ancestors if v.lemma_ in ("say", "announce", "state")), None)
    subjects = [c for v in ([saying, *saying.ancestors] if saying is not None else [])
                for c in v.children if c.dep_ == "nsubj"]
    return [k for s in subjects[:1] for k in _with_conjuncts(s, refs)]


def _unowned_by_its_tellers(mediation: Token, refs: References) -> list[str]:
    """ "A and B said jointly that the swap came as the result of mediation", "A said the
    exchange came about through mediation": mediation no one is named for, credited
    with the swap by those who tell of it, is their own (a side that tells it is dropped with
    the sides)."""
    if mediation.lemma_.lower() in _WEAK_NOUNS | _MEDIATOR_NOUNS or a_go_between(mediation):
        return []  # not "said the efforts resulted in the release", "would raise it with the mediators"
    phrase = mediation.head if mediation.dep_ == "compound" else mediation
    owned = any(c.dep_ in ("poss", "compound", "nmod") and c.i != mediation.i or
                c.dep_ in ("prep", "agent", "acl", "relcl") and c.lower_ != "in"
                for word in {mediation, phrase} for c in word.children)
    if owned or not _credited(phrase):
        return []
    sides = _sides_told_before(mediation.sent, refs)
    tellers = [k for k in _sayers(phrase, refs) if _may_mediate(refs.actors[k])]
    return [k for k in tellers if sides and not _a_side_told(as_state(k, refs) or k, mediation.sent, refs)]


def _may_mediate(actor: Actor) -> bool:
    """A state, a state's body or an international body: who may tell of their own mediation;
    not a news agency that reports the swap."""
    return actor.kind == "Country" or actor.part_of is not None or \
        gazetteer().organization_kind(actor.name) in ("international body", "bloc", "government", "state agency")


def _sides_told_before(sent: Span, refs: References) -> set[str]:
    """The actors named (not as places, "in the UAE") in the sentences before `sent` that tell
    of a swap or release: by the look of it, the swap's sides."""
    return {as_state(m.key, refs) or m.key for m in refs.mentions
            if m.span.start < sent.start and not is_place(m.span) and
            any(t.lemma_.lower() in TRIGGER_NOUNS | TRIGGER_VERBS | RELEASE_VERBS for t in m.span.sent)}


def _a_side_told(key: str, sent: Span, refs: References, besides: Token | None = None) -> bool:
    """Whether an actor is, by the look of it, one of the swap's sides: named in an earlier
    sentence that tells of a swap or release, or its people named in this one ("200
    Ukrainians"), `besides` the word that names it as a go-between."""
    named = {i for m in refs.mentions if m.key == key for i in range(m.span.start, m.span.end)}  # the "Saudi" of
    return key in _sides_told_before(sent, refs) or any(  # "Saudi Arabia" is its name, not its people
        peoples_state(t) == key and t.i != (besides.i if besides else -1) and t.i not in named for t in sent)


def peoples_state(word: Token) -> str | None:
    """The key of the country a capitalised people's name or adjective stands for ("200
    Ukrainians"), without making it an actor of the story, as asking a question should not."""
    country = gazetteer().demonym_at(word) if word.text[:1].isupper() else None
    return f"Country:{country.code}" if country else None


def _one_of(noun: Token) -> Token:
    """ "X, one of the elders who brokered the deal", "X, a lawyer who brokered it": X, whom
    the relative clause is about."""
    if noun.dep_ == "appos":
        return noun.head
    one = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    return one.head if one is not None and one.lower_ == "one" and one.dep_ == "appos" else noun


def _demonym_country(token: Token, refs: References) -> list[str]:
    return [key] if (key := refs.demonym_state(token)) else []


def _peoples(token: Token, refs: References) -> list[str]:
    """ "The Emiratis, together with the Saudis": the countries plural demonyms stand for."""
    words = [token, *token.conjuncts, *(o for c in token.children if c.dep_ == "prep" and c.lower_ == "with"
                                        for o in c.children if o.dep_ == "pobj")]
    return [key for word in words if (key := refs.people(word))]


def _of_another_matter(mediation: Token) -> bool:
    """ "thanked X for mediation in the ceasefire talks", "for mediation on the grain deal last
    year": the rest of the sentence names what the mediation was of, or a time past."""
    rest = mediation.doc[mediation.i + 1 : mediation.sent.end]
    return any(t.lemma_.lower() in _OTHER_EVENTS | {"ceasefire", "truce"} or t.lower_ == "last" for t in rest)


def _role_of(role: Token, refs: References) -> list[str] | None:
    """Whose "role" it was: its possessor, and for "its"/"their" after "thanks to X for" or
    "thanked X for", that X ("thanked both countries for their mediation": the pair named
    before, not the one who thanks). None where no one is thanked or credited for it."""
    owners = [c for c in role.children if c.dep_ == "poss"]
    if owners and owners[0].lower_ not in ("its", "their"):
        return _mediators_named(owners[0], refs)
    for node in role.ancestors:
        if node.pos_ in ("VERB", "AUX") and node.lemma_ not in _CREDITING | _THANKS and \
                not any(c.dep_ == "dobj" and c.lemma_ in _THANKS for c in node.children):
            return None  # "thanked both for their cooperation and said its mediation would go on": the sayer's
        thanked = [o for c in node.children if (c.dep_ == "dobj" and c.lemma_ not in _THANKS)
                   or (c.dep_ == "prep" and c.lower_ == "to")
                   for o in ([c] if c.dep_ == "dobj" else [p for p in c.children if p.dep_ == "pobj"])]
        thanking = node.lemma_ in _CREDITING | _THANKS or any(c.dep_ == "dobj" and c.lemma_ in _THANKS
                                                            for c in node.children)
        if thanking and thanked:  # mediators_in makes a government its state
            thankers = {as_state(k, refs) or k for c in node.children if c.dep_ == "nsubj" and (k := actor_of(c, refs))}
            named = _mediators_named(thanked[0], refs, places=True) or \
                [m.key for m in refs.pair_called_back(thanked[0])]
            return [k for k in named if (as_state(k, refs) or k) not in thankers]
    return None


def _mediation_noun_actors(noun: Token, refs: References) -> list[str]:
    keys: list[str] = _labelled(noun, refs)
    stray = []  # "years of mediation by Oman", where the parser hangs "by Oman" on "years"
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        stray = [c for c in noun.head.head.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > noun.i]
    elif noun.dep_ == "pobj" and noun.i + 1 < len(noun.doc):  # "came after mediation by their leaders",
        after = noun.doc[noun.i + 1]  # "possible thanks to mediation by A and B": "by" hung on a verb above
        stray = [after] if after.dep_ in ("prep", "agent") and after.lower_ == "by" and after.head in noun.ancestors \
            else []  # "agreed through mediation by A", "by" the agent of "agreed"
    if noun.lemma_.lower() in _MEDIATOR_NOUNS and noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].lower_ == "from":
        stray += [noun.doc[noun.i + 1]]  # "under the eyes of mediators from X", "from X" hung on "eyes"
    phrase = noun.head if noun.dep_ == "compound" else noun
    heads = [noun] if phrase is noun else [noun, phrase]
    stray += [a for head in heads for v in head.children if v.dep_ == "acl" for a in v.children
              if a.dep_ == "agent"]  # "mediation conducted by X", "the mediation efforts undertaken by X"
    if phrase.dep_ == "nsubjpass":  # "humanitarian mediation efforts were made by X"
        stray += [a for a in phrase.head.children if a.dep_ == "agent"]
    keys += [k for c in noun.conjuncts if c.i in refs.by_token or c.lemma_.lower() in COUNTRY_NOUNS
             for k in _mediators_named(c, refs)]  # "the mediation of A and the Kingdom of B", B hung on "mediation"
    keys += [refs.country(country.code) for c in noun.conjuncts if c.i + 2 < noun.i and c.text[0].isupper()
             and noun.doc[c.i + 1].lower_ == "and" and noun.doc[c.i + 2].head == noun
             and (country := gazetteer().demonym_at(c))]  # "with Emirati and Saudi mediation", parsed as
    # "with Emirati" and "(Saudi) mediation"; not "Emirati support and Turkish mediation"
    # "their mediation efforts", "the mediation efforts of their leaders"; not "Qatar's mediation portfolio"
    owned_phrase = [c for c in phrase.children if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of"] \
        if phrase is not noun and phrase.lemma_.lower() in _MEDIATING_ACTS else []
    for child in [*noun.children, *stray, *owned_phrase]:
        if child.dep_ == "poss" and child.lower_ == "whose":  # "Egypt, whose mediation made it possible"
            clause = next((a for a in noun.ancestors if a.dep_ == "relcl"), None)
            before = noun.doc[child.i - 2] if child.i >= 2 and noun.doc[child.i - 1].is_punct else None
            antecedent = clause.head if clause is not None else before
            keys += _mediators_named(antecedent, refs, places=True) if antecedent is not None else []
        elif child.dep_ == "poss":  # "X's mediation"; "thanked X for its mediation": X's; "A and B said their
            # mediation had succeeded": A's and B's, unless they are the swap's sides
            thanked = _role_of(phrase, refs) if child.lower_ in ("its", "their") else None
            owners = thanked if thanked is not None else [
                k for k in _reporters_own(child, refs) if not _a_side_told(as_state(k, refs) or k, noun.sent, refs)
            ] or _mediators_named(child, refs)
            keys += [k for k in owners if not (noun.lower_ in _GO_BETWEENS and  # not "the ELN's
                                               gazetteer().is_armed_group(refs.actors[k].name))]  # intermediaries"
        elif child.dep_ == "prep" and child.lower_ == "with":  # "X's mediation, together with that of Y"
            keys += [k for that in child.children if that.dep_ == "pobj" and that.lower_ == "that"
                     for p in that.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
                     for k in _mediators_named(o, refs)]
        elif child.dep_ in ("amod", "compound", "nmod"):  # "Turkish mediation", "Qatari-Egyptian help", "ICRC
            keys += [refs.country(country.code) for word in child.subtree  # auspices", "Swiss and Red Cross
                     if (country := gazetteer().demonym_at(word)) and word.text[0].isupper()]  # intermediaries"
            keys += [k for word in (child, *child.conjuncts) if word.dep_ != "amod" and word.i in refs.by_token
                     for k in _mediators_named(word, refs, places=True)]  # named, not "government auspices"
        elif child.dep_ in ("prep", "agent") and child.lower_ in ("of", "by", "from") and \
                not (child.lower_ == "of" and noun.lemma_.lower() in _GO_BETWEENS):  # "intermediaries of the rebels"
            for obj in (c for c in child.children if c.dep_ == "pobj"):
                keys += _mediators_named(obj, refs, places=True) or _a_people_credited(obj, refs) or [  # "the help
                    # of its team"
                    k for owner in obj.children if owner.dep_ == "poss" for k in _reporters_own(owner, refs)
                    or _mediators_named(owner, refs)]
    keys += [k for partner in _partners_alongside(noun) for k in _mediators_named(partner, refs, places=True)
             if not _a_side_told(as_state(k, refs) or k, noun.sent, refs)]
    keys += [] if keys else _unowned_by_its_tellers(noun, refs)
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and not _of_another_matter(noun) and \
            not any(c.dep_ in ("poss", "prep") for c in noun.children):
        keys += _role_of(noun, refs) or []  # "Zelensky thanks the UAE for mediation": the thanked's
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ in ("VERB", "AUX"):
        keys += [k for c in noun.head.head.children if c.dep_ == "nsubj"  # "X has succeeded in a new mediation"
                 for k in _mediators_named(c, refs)]
    keys += [k for owner in _owners_of_efforts(noun) for k in _mediators_named(owner, refs)]
    if _provided(noun):  # "X provided mediation in returning them", "X led the mediation together with Y", "X, a
        verb = noun.head  # an elder of the clans' council who led the mediation"
        keys += [k for c in (*(c for c in verb.children if c.dep_ == "nsubj"), *_together_with(verb))
                 for k in _mediators_named(_one_of(verb.head) if c.lower_ in ("who", "which", "that")
                                           and verb.dep_ == "relcl" else c, refs)]
    if noun.head.lower_ == "with" and noun.head.head.lemma_ in _CREDITING:  # "credited X with mediation efforts"
        keys += [k for c in noun.head.head.children if c.dep_ == "dobj" for k in _mediators_named(c, refs)]
    # "the go-between was the UAE", "Oman was the mediator": a go-between's "between" or "go", whichever
    word = noun.doc[noun.i - 2] if a_go_between(noun) and noun.head.lemma_ != "be" else noun  # hangs on "was"
    if word.head.lemma_ == "be":
        other = "attr" if word.dep_ == "nsubj" else "nsubj" if word.dep_ == "attr" else None
        keys += [k for c in word.head.children if c.dep_ == other for k in _mediators_named(c, refs)]
    if (word.lemma_.lower() in _MEDIATOR_NOUNS or word is not noun) and _the_ones_at_hand(word) and \
            not any(t.lemma_.lower() in TALK_NOUNS | {"ceasefire", "truce"} for t in noun.sent):  # "the mediators,
        keys += [k for named in _in_apposition(word) for k in _mediators_named(named, refs)]  # A and B, said the
        # swap went well", "A, the mediator,"; not "the mediators, A and B, said talks would resume"
    if noun.head.lower_ == "as" and noun.dep_ == "pobj":  # "X acted as mediator"
        verb = noun.head.head
        subjects = [c for c in verb.children if c.dep_ == "dobj"] or \
            [c for c in verb.children if c.dep_ == "nsubj"]  # "appointed X as his facilitator": X
        if verb.dep_ == "relcl" and any(t.lower_ == "whom" for t in verb.subtree if t.i < verb.i):
            subjects = [verb.head.head if verb.head.dep_ == "appos" else verb.head]  # "X, whom Y appointed as"
        if not subjects and verb.dep_ == "acl":
            subjects = [verb.head]  # "under the eye of the ICRC, acting as a neutral go-between"
        elif not subjects and verb.dep_ == "pobj" and verb.head.lower_ == "with" and opening_quote(noun) < 0:
            subjects = [verb]  # "with Oman as mediator, A freed X in exchange for Y"; not a post's quoted claim
        elif not subjects and verb.lemma_ == "act" and verb.dep_ == "advcl" and \
                verb.doc[verb.i - 1].dep_ == "pobj" and verb.doc[verb.i - 1].head.lower_ == "with":
            subjects = [verb.doc[verb.i - 1]]  # "were swapped with Russia acting as mediator", Russia hung on "with"
        elif not subjects and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.lemma_ in _CARRYING_PEOPLE:
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "Acting as intermediary, the ICRC
            # flew them home"; not "..., the ICRC visited detainees", "..., Switzerland has represented US interests"
        for subject in subjects:
            if verb.dep_ == "relcl" and (subject.lower_ in ("which", "who", "that") or
                                         any(c.lower_ == "whose" for c in subject.children)):
                named = _mediators_named(verb.head, refs, places=True)  # "Oman, which (whose government) acted
                # as a go-between", also after "flown to Oman"
                keys += named or _mediators_named(_named_right_before(subject), refs)  # "with the support of
                continue  # the Red Cross (ICRC), which acted as ...", hung on "support"
            keys += _mediators_named(subject, refs) or [  # "with the Swiss acting as intermediaries"; not "the
                k for k in _peoples(subject, refs) if any(c.lower_ == "the" for c in subject.children)  # Americans
                and not _a_side_told(k, noun.sent, refs, besides=subject) and not _serving(noun)]  # acting as
                # intermediaries for X"
        keys += [k for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"  # "together with Y"
                 for o in c.children if o.dep_ == "pobj" for k in _mediators_named(o, refs)]
    return keys


def _serving(go_between: Token) -> bool:
    """ "intermediaries for Hezbollah", "for the transfer of funds": a go-between of one side's
    errand."""
    return any(c.dep_ == "prep" and c.lower_ == "for" for c in go_between.children)


def _partners_alongside(mediation: Token) -> list[Token]:
    """ "the mediation of Kuwait together with Jordan", "through the mediation of Kuwait,
    together with our partners in Jordan and Oman" (which the parser may hang on the verb): who
    mediated beside the one named; not "the mediation of Kuwait, with Jordan's support"."""
    withs = [c for c in mediation.children if c.dep_ == "prep" and c.lower_ == "with"]
    after = mediation.doc[mediation.right_edge.i + 1 : min(mediation.right_edge.i + 3, mediation.sent.end)]
    withs += [t.head for t in after if t.lower_ in ("together", "along") and t.head.lower_ == "with"]
    joined = [o for w in withs if any(a.lower_ in ("together", "along") for a in w.children)
              for o in w.children if o.dep_ == "pobj"]
    return [n for o in joined for n in _partners_in(o)]


def _partners_in(partners: Token) -> list[Token]:
    """ "our partners in Egypt and the United States": Egypt and the United States; any other
    phrase stands for itself."""
    if partners.lemma_ != "partner":
        return [partners]
    return [o for p in partners.children if p.dep_ == "prep" and p.lower_ in ("in", "from")
            for o in p.children if o.dep_ == "pobj"]


def _named_right_before(word: Token) -> Token:
    """The word right before `word`, past commas and brackets: the "ICRC" of "the Red Cross
    (ICRC), which"."""
    i = word.i - 1
    while i > word.sent.start and word.doc[i].is_punct:
        i -= 1
    return word.doc[i]


def _the_ones_at_hand(noun: Token) -> bool:
    """ "the mediator(s)", "the two mediators": those of the story's swap; not "a mediator in
    past swaps", "the mediator of the talks", "a former intermediary"."""
    before = noun.doc[max(noun.left_edge.i, noun.i - 4) : noun.i].text.lower()
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and \
        not any(c.dep_ == "prep" for c in noun.children) and \
        not re.search(r"\b(?:former|previous|past|earlier|frequent|would-be)\b", before)


def _in_apposition(noun: Token) -> list[Token]:
    """The phrases set off by commas that rename a noun: "Norway" in "the mediator, Norway," (which
    the parser may take for a modifier) and "Norway, the mediator,"; not a title ("the German
    mediator Jan Berg")."""
    named = [c for c in noun.children if c.dep_ == "appos" or c.dep_ == "npadvmod" and c.pos_ == "PROPN"]
    named += [noun.head] if noun.dep_ == "appos" else []
    return [n for n in named if _set_off(n, noun)]


def _set_off(one: Token, other: Token) -> bool:
    """Whether a comma parts two phrases: "the mediator, Norway", not "the mediator Jan Berg"."""
    first, second = sorted((one, other), key=lambda t: t.i)
    return any(t.text == "," for t in first.doc[first.i + 1 : second.left_edge.i])


def _labelled(noun: Token, refs: References) -> list[str]:
    """ "Mediator: UAE.", "Mediators: Qatar, Egypt": a fact box's label, and who it names."""
    doc, sent = noun.doc, noun.sent
    first = next((t for t in sent if not (t.is_space or t.is_punct)), None)
    if noun != first or noun.i + 1 >= sent.end or doc[noun.i + 1].text != ":":
        return []
    return [k for m in refs.mentions if noun.i + 1 < m.span.start < sent.end and (k := side_of(m.key, refs))]


def _a_people_credited(people: Token, refs: References) -> list[str]:
    """ "thanks to the efforts of the Qataris (and the Egyptians)": the states whose people the
    help is credited to; not "of Russians living in Dubai" or "of the Ukrainians who lobbied",
    residents rather than a state, nor a people whose state the sentence names as well ("...,
    and Kyiv received 60"), a side."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in people.children) or \
            any(c.dep_ in ("acl", "relcl") for c in people.children):
        return []
    sides = _named_besides(list(people.subtree), refs)
    return [key for key in _peoples(people, refs) if key not in sides]


def _owners_of_efforts(noun: Token) -> list[Token]:
    """ "X recalled its efforts, which included the mediation that led to the swap", "Y's
    work, including the mediation": whose efforts the mediation was one of."""
    if noun.dep_ == "dobj" and noun.head.lemma_ == "include" and noun.head.dep_ == "relcl":
        efforts = noun.head.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "including":
        efforts = noun.head.head
    else:
        return []
    objects = _what_it_was_of(noun)
    of_a_swap = any(o.lemma_.lower() in TRIGGER_NOUNS for o in objects) if objects else \
        any(t.lemma_.lower() in TRIGGER_NOUNS for t in noun.sent)  # the parser may hang it elsewhere
    if not of_a_swap or any(t.lemma_ in ("fail", "reject", "collapse") for t in noun.subtree):
        return []  # not "the mediation of the grain deal", nor "the mediation that failed"
    owners = [c for c in efforts.children if c.dep_ == "poss"]
    if owners and owners[0].lower_ in ("its", "their"):  # "X recalls its efforts": X's
        return [c for c in efforts.head.children if c.dep_ == "nsubj"] if efforts.dep_ == "dobj" else []
    return owners


def _what_it_was_of(mediation: Token) -> list[Token]:
    """What a mediation was of, led to or produced: "the mediation of the fishing deal", "the
    mediation that led to (produced) the exchange"."""
    found = []
    for head in [mediation, *(c for c in mediation.children if c.dep_ in ("relcl", "acl"))]:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "to"):
                found += [o for o in child.children if o.dep_ == "pobj"]
            elif child.dep_ == "dobj" and head is not mediation:
                found.append(child)
    return found


def _provided(noun: Token) -> bool:
    """ "X provided (conducted, lent, carried out, led) mediation": not "offered" it, nor "will
    provide"."""
    verb = noun.head
    carried_out = verb.lemma_ != "carry" or any(c.lower_ == "out" for c in verb.children)
    future = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in verb.children)
    own = verb.lemma_ != "lead" or not any(c.dep_ in ("prep", "relcl", "acl") for c in noun.children) and not any(
        t.ent_type_ == "DATE" for t in verb.subtree)  # "led the mediation", not "... that ended the war in 2022"
    return noun.dep_ == "dobj" and verb.lemma_ in _PROVIDING and carried_out and not future and \
        not hypothetical(verb) and own


def a_go_between(token: Token) -> bool:
    """The "between" of "go-between", which the tokenizer splits in three."""
    return token.lower_ in ("between", "betweens") and token.i >= 2 and token.doc[token.i - 2].lower_ == "go"


def _shuttle_talks(token: Token) -> bool:
    """ "weeks of shuttle diplomacy by Norway", "shuttle talks by the sheikh": a go-between's."""
    return token.lemma_.lower() in TALK_NOUNS | {"diplomacy"} and any(c.lower_ == "shuttle" for c in token.children)


def _mediation_noun(token: Token) -> bool:
    """ "mediation", "mediator", "intermediary", and "go-between" (three tokens)."""
    if a_go_between(token):
        return True
    if token.lower_ == "offices" and any(c.lower_ == "good" for c in token.children):
        return True  # "the Vatican's good offices"
    if token.lemma_.lower() == "coordinator" and token.head.lower_ == "as" and \
            token.head.head.lemma_ in ("act", "serve") and not any(c.dep_ == "prep" and c.lower_ in ("of", "for")
                                                                  for c in token.children):
        return True  # "with Ecuador acting as coordinator", not "the ICRC's coordinator in Lima"
    if _shuttle_talks(token):
        return True
    return token.pos_ == "NOUN" and (token.lemma_.lower() in MEDIATION_NOUNS
                                     or token.lower_ in MEDIATION_NOUNS)

