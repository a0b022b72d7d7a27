"""kg_statements: who said what, quoted directly or reported.

Five kinds of evidence, in this order:
1. a speech verb ("said", "told", "wrote", "thanked", ...) with a subject that resolves to an
   actor: what was said is the quote it introduces (direct), else its complement clause or
   predicate (reported); a speech verb closing its paragraph with a colon ("X said:")
   introduces the quote that opens the next paragraph;
2. "according to X": the rest of the sentence, reported;
3. quotes no verb claimed: the speaker of another quote in the same paragraph, or of the
   paragraph before when the quote continues it (quotes that run over paragraphs open on
   each one and close only on the last). A quote nobody can be found for is kept as
   unattributed;
4. a press release's own voice: where an organization opens the text announcing something in
   the present tense ("The Ministry announces ...", after a "Statement" or "Press release"
   heading or not), its sentences in the first person plural ("We welcome ...") are its words;
5. turns of a transcript or an interview: a paragraph opening with a speaker's label
   ("ZELENSKYY:", "A:") is what that speaker said. "A:" is the person the introduction
   says was interviewed; the interviewer's "Q:" and a host's turns are not statements. An
   interview printed without labels, its questions standing alone as paragraphs, gives the
   paragraph after each question to the interviewee.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.extract.actors import QUOTE_MARKS, TITLE_WORDS, first_surname
from kg.extract.events.vocabulary import GROUP_WORDS
from kg.extract.extensions import doc_text, written_text
from kg.extract.facts import Actor, Statement
from kg.extract.furniture import HONORIFICS, PEERAGE, POST_HEADER, Turn, paragraphs, role_words
from kg.extract.gazetteer import fold, gazetteer
from kg.extract.names import (
    JOURNALISTS,
    KIN,
    ORG_WORDS,
    PERSON_DESCRIPTIONS,
    PERSON_NOUNS,
    PRONOUN_GENDER,
    in_name_case,
)
from kg.extract.reference import References, as_state

SPEECH_VERBS = {
    "say", "tell", "add", "state", "announce", "confirm", "write", "post", "tweet", "declare",
    "note", "stress", "insist", "claim", "warn", "urge", "accuse", "deny", "thank", "welcome",
    "credit", "attribute", "praise", "explain", "argue", "acknowledge", "admit", "reply",
    "respond", "comment", "shout", "vow", "pledge", "promise", "condemn", "blame", "caution",
    "emphasise", "emphasize", "predict", "suggest", "estimate", "report", "describe", "call",
    "dub", "term", "affirm", "reaffirm", "reiterate", "assert", "recall", "pray", "express",
    "underline", "highlight", "indicate", "signal", "inform", "regret", "maintain", "contend", "allege",
    "concede", "reveal", "disclose", "remark", "complain", "underscore",
}
_SAY_LIKE = {"say", "tell", "add", "state", "announce", "confirm", "write", "post", "tweet",
             "declare", "note", "stress", "insist", "claim", "warn", "explain", "argue",
             "acknowledge", "admit", "reply", "respond", "comment", "shout", "report",
             "suggest", "estimate", "predict", "caution", "emphasise", "emphasize", "assert",
             "recall", "underline", "highlight", "indicate", "signal", "inform", "maintain", "contend",
             "allege", "concede", "reveal", "disclose", "remark", "complain", "underscore"}
_QUOTING_ONLY = {"continue", "conclude", "recount"}  # say something only beside a quote: "'...,' X continued."
_ANNOUNCING = {"announce", "confirm"}  # their object is what was said: "confirmed the release of 90"
# Objects that only point at what is on record: "confirmed the numbers", "confirmed the full list".
_ON_RECORD = {"number", "figure", "list", "name", "report", "detail", "total", "count", "identity", "news",
              "information", "tally", "data"}
_NAMING = {"call", "dub", "term"}  # say something only when they quote it
_TITLES = PERSON_NOUNS | {"mediator", "intermediary"}  # "..., the mediator, X, said"
_REFUSALS = {"decline", "refuse"}  # "declined to say whether ...": nothing was said
_OPEN, _CLOSE = "\u201c", "\u201d"
_NOT_A_ROLE = {"photo", "correspondent", "reporter", "reporting", "editor", "writes"}  # a caption's, a byline's
_LIST_OF_FREED = re.compile(r"\b(?:freed|released|returned|among)\b[^\n]*:\s*$", re.IGNORECASE)
_PLEASANTRY = re.compile(r"(?:good (?:morning|afternoon|evening|night|day)|hello|hi|thank you(?!, and)|thanks(?! to)"
                        r"|welcome(?! news)|goodbye|peace (?:be )?(?:to|with|upon)|as-?salamu? alaikum|salaam)\b",
                        re.IGNORECASE)
_GREETING_WORDS = 12  # "Good morning to everyone listening along the coast and on the islands."
_HANDLE = re.compile(r"\(@\w+\)")  # "Ana Ruiz (@anaruiz), minister:": her account, no part of her role
# "@anaruiz (Ana Ruiz, minister), 3:12 p.m.", "..., replying to @x"; not "..., reposting (quoting) @tomvega"
_ACCOUNT_FIRST = re.compile(r"@\w+ \(([^()]+)\)(?:,(?![^,()]*\b(?:repost|quot|retweet|shar|forward)\w*)[^,()]*)?$",
                            re.IGNORECASE)
_DOUBLE_MARK = re.compile(r"[\"\u201c\u201d]")
# A cable's "QUOTE WE ARE ... UNQUOTE, HE SAID" (its capitals may have been set in name case)
_CABLE_QUOTE = re.compile(r"\bQUOTE\s+([^\"\u201c\u201d]+?)\s+UNQUOTE(?=[,.;:]|\s*$)", re.IGNORECASE)
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[\u2014\u2013:]))['\u2018](?=\w)")
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?])['\u2019](?=[\s,.;:!?)\u2014\u2013]|$)")
_LABEL_TITLES = TITLE_WORDS | PERSON_NOUNS | {  # before a name in a transcript's label
    "senior", "official", "deputy", "chief", "joint", "assistant", "acting", "pm"}
_INTERVIEWING = {"speak", "talk", "interview", "sit", "ask", "meet", "chat"}
_QA_FORMS = {"interview", "conversation", "briefing", "transcript", "conference"}  # an introduction's word for one
_SUBJECTS = ("nsubj", "nsubjpass")
_ISSUING = {"issue", "release", "publish", "circulate"}  # "... a statement"
_INTRODUCING = {"say", "read", "state", "be"}  # "a statement saying / which read / that was: '...'"
_MESSAGES = {"statement", "message", "letter", "communique", "communiqué", "post", "note", "release", "readout"}
_OUTLET_WORDS = {"news", "daily", "times", "post", "herald", "review", "ledger", "wire", "press", "journal",
                 "tribune", "gazette", "courier", "dispatch", "briefing", "report", "weekly", "radio", "tv",
                 "television", "channel", "broadcasting", "media", "magazine", "digest", "bulletin", "agency",
                 "service", "chronicle", "observer", "telegraph", "express", "mail", "star", "sun", "podcast"}
_OPENING_SENTENCES = 3  # where a press release says who issues it
# Unnamed voices of a body: "an ICRC spokesperson", "the embassy of Peru", "the army's press service"
_VOICES = {"spokesman", "spokeswoman", "spokesperson", "delegation", "embassy", "mission", "consulate", "office"}
_PRESS_DESKS = {"service", "office", "centre", "center"}  # "press service", "press office"
_INSIDERS = {"official", "representative"}  # speak for a body they are of, not for a whole state


@dataclass
class Quote:
    """Quoted words: character offsets of the text inside the marks."""

    start: int
    end: int
    paragraph: int
    runs_on: bool = False  # opened but not closed in its paragraph: the next one continues it
    speaker: str | None = None
    claimed: bool = False


def find_quotes(text: str) -> list[Quote]:
    """Every quotation in the text, curly or straight, paragraph by paragraph; in single
    marks ('...', \u2018...\u2019) in a text that has no double ones, as British style
    quotes (elsewhere single marks are scare quotes or quotes within quotes); and a
    diplomatic cable's, spelled out ("QUOTE WE ARE COUNTING MEN UNQUOTE")."""
    quotes: list[Quote] = []
    quoted = _double_quoted if _DOUBLE_MARK.search(text) else _single_quoted
    written = [(offset, paragraph) for offset, paragraph in paragraphs(text) if paragraph.strip()]
    for index, (offset, paragraph) in enumerate(written):  # counted without blank lines between them
        for start, end, runs_on in quoted(paragraph):
            quotes.append(Quote(offset + start, offset + end, index, runs_on=runs_on))
        quotes += [Quote(offset + m.start(1), offset + m.end(1), index) for m in _CABLE_QUOTE.finditer(paragraph)]
    return sorted((q for q in quotes if text[q.start : q.end].strip()), key=lambda q: q.start)


def _double_quoted(paragraph: str) -> list[tuple[int, int, bool]]:
    found = []
    opened: int | None = None
    for pos in (m.start() for m in _DOUBLE_MARK.finditer(paragraph)):
        char = paragraph[pos]
        if opened is None and char != _CLOSE:
            opened = pos
        elif opened is not None and char != _OPEN:
            found.append((opened + 1, pos, False))
            opened = None
        elif char == _OPEN:
            opened = pos
    if opened is not None and paragraph[opened + 1 :].strip():
        found.append((opened + 1, len(paragraph), True))
    return found


def _single_quoted(paragraph: str) -> list[tuple[int, int, bool]]:
    """Single marks open at a word's start and close at a word's end, so that apostrophes
    ("don't", "Russia's") are neither; a quote is at least three words."""
    found = []
    position = 0
    while (opening := _SINGLE_OPEN.search(paragraph, position)) is not None:
        closing = _SINGLE_CLOSE.search(paragraph, opening.end())
        end = closing.start() if closing else len(paragraph)
        if len(paragraph[opening.end() : end].split()) >= 3:
            found.append((opening.end(), end, closing is None))
        position = closing.end() if closing else len(paragraph)
    return found


class StatementFinder:
    """Finds statements and their speakers (see the module docstring)."""

    def __init__(self, nlp: Language, name: str = "kg_statements") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        refs = References(doc)
        text = doc_text(doc)
        quotes = find_quotes(text)
        refs.skip_quoted([(q.start, q.end) for q in quotes])
        statements: list[Statement] = []
        voiced_for = _issuer(doc, refs, past_headings=True)  # whom "the Spokesperson" of a release speaks for
        signer = _signer(text, refs)  # whose "I" a signed statement's sentences are
        for sent in doc.sents:
            spoken = self._speech_acts(sent, text, refs, quotes, voiced_for, signer)
            reported = self._according_to(sent, refs)
            if reported and spoken and reported[0].speaker not in {s.speaker for s in spoken}:
                reported = []  # "X told the envoy, according to agency Y, that ...": X said it
            statements += spoken + reported
        statements += _leftover_quotes(text, quotes, refs, statements)
        statements += _turns(doc, text, refs, doc._.turns or []) or _answers(doc, text, refs)
        statements += _issuers_voice(doc, _issuer(doc, refs), quotes, doc._.turns or [])
        statements += _posts(text, written_text(doc), refs, statements)
        governments = any(as_state(s.speaker, refs) != s.speaker for s in statements)
        at_war = governments and _war_at_home(refs)  # asked once a story, and only of one a government speaks in
        for statement in statements:
            statement.speaker = _speaking_for_its_state(statement.speaker, refs, at_war)
        statements = _joined_where_interrupted(_unique(statements), doc)
        for statement in statements:
            statement.about = _about(doc, refs, statement)
        doc._.statements = statements
        return doc

    def _speech_acts(self, sent: Span, text: str, refs: References,
                     quotes: list[Quote], issuer: str | None = None, signer: str | None = None) -> list[Statement]:
        found = []
        for verb in sent:
            if not (verb.lemma_ in SPEECH_VERBS or _closes_a_quote(verb, quotes) or _issues_a_message(verb)) or \
                    not (verb.pos_ in ("VERB", "AUX") or _verb_read_as_noun(verb)):
                continue
            if _inside(verb.idx, quotes) or _withheld(verb):
                continue
            stranded = [k for k in map(refs.resolve, _stranded_subject(verb)) if k]  # "..., the envoy, X, said"
            subjects = [t for t in _speakers(verb) if not _in_spoken_words(t, quotes)]  # not a word of the quote
            speakers = stranded if stranded and not _own_subjects(verb) else \
                [k for t in subjects for k in _speaker_or_pair(t, refs)] or stranded
            if not speakers and issuer and any(_the_issuers_voice(t) for t in subjects):
                speakers = [issuer]  # '"...," the Spokesperson said', in the release of the body it speaks for
            if not speakers and signer and any(t.lower_ == "i" for t in subjects):
                speakers = [signer]  # '"...," I told reporters', in a statement its author signs
            if not speakers:
                continue
            statement = _content(verb, sent, text, quotes)
            if statement is None:
                continue
            speakers = _not_named_in_the_quote(subjects, speakers, statement, refs)
            for quote in quotes:
                if quote.claimed and quote.speaker is None and \
                        statement[2] <= quote.start < statement[3]:
                    quote.speaker = speakers[0]
            for speaker in dict.fromkeys(speakers):
                found.append(Statement(speaker, *statement))
        return found

    def _according_to(self, sent: Span, refs: References) -> list[Statement]:
        """ "according to X", "as noted by X": the rest of the sentence is what X said."""
        for opener in sent:
            token, source = opener, []
            if opener.lower_ == "according" and opener.i + 1 < sent.end and \
                    sent.doc[opener.i + 1].lower_ == "to":
                source = [t for t in sent.doc[opener.i + 1].children if t.dep_ == "pobj"]
            elif opener.lower_ == "as" and opener.i + 1 < sent.end and sent.doc[opener.i + 1].lemma_ in SPEECH_VERBS:
                token = sent.doc[opener.i + 1]  # "As noted by the deputy minister X, ..."
                source = [o for a in token.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
            if source:
                speaker = _speaker(source[0], refs)
                if not speaker:
                    continue
                named = [t.i for t in sent.doc[source[0].i + 1 : source[0].i + 6] if refs.named(t) == speaker]
                limit = named[-1] if named else token.right_edge.i  # "according to the ombudsman, X, more
                phrase = {t.i for t in token.subtree if t.i <= limit} | {token.i, opener.i}  # than 300 ...": the
                words = [t for t in sent if t.i not in phrase]  # rest, though the parser hung it on the title
                while words and (words[0].is_punct or refs.named(words[0]) == speaker):
                    words = words[1:]  # or the name hung elsewhere
                text = _clean("".join(t.text_with_ws for t in words))
                if len(text.split()) >= 3:
                    return [Statement(speaker, text, "reported", sent.start_char, sent.end_char)]
        return []


def _speaking_for_its_state(key: str | None, refs: References, at_war: bool) -> str | None:
    """ "The Swiss government said" is Switzerland speaking; but a government `at_war` at home
    (the story tells of an armed group, or of rebels, insurgents or jihadists) is one side and
    speaks as itself, and so does one of rival claimants ("the interim government")."""
    state = as_state(key, refs)
    if state == key or at_war or any(
            w in _RIVAL_GOVERNMENTS for alias in refs.actors[key].aliases for w in alias.lower().split()):
        return key
    return state


def _war_at_home(refs: References) -> bool:
    """Whether the story tells of a war inside a state: an armed group, or fighters named by
    what they are ("insurgents", "jihadists", "gangs")."""
    return any(gazetteer().is_armed_group(a.name) for a in refs.actors.values()) or any(
        t.lemma_.lower() in _FIGHTING for t in refs.doc)


_FIGHTING = GROUP_WORDS - {"opposition"} | {"gang"}  # not a parliament's opposition
_RIVAL_GOVERNMENTS = {"interim", "transitional", "rival", "parallel", "provisional", "exile", "unity", "accord"}


def _closes_a_quote(verb: Token, quotes: list[Quote]) -> bool:
    """ "'I want to thank the families,' X continued.": a verb of going on that follows a quote
    and takes no clause of its own."""
    if verb.lemma_ not in _QUOTING_ONLY:
        return False  # asked first: finding the verb's sentence costs a walk through it
    before = verb.doc[max(verb.sent.start, verb.i - 6) : verb.i]
    return not any(
        c.dep_ in ("xcomp", "dobj") or c.dep_ == "ccomp" and not _inside(c.idx, quotes) for c in verb.children) \
        and any(q.end <= t.idx < q.end + 3 for t in before for q in quotes)


def _verb_read_as_noun(token: Token) -> bool:
    """ "The ministry thanks Brazil for ...": the parser reads a speech verb in -s with a subject
    as a plural noun at the root of its sentence."""
    return token.dep_ == "ROOT" and token.tag_ == "NNS" and any(c.dep_ == "nsubj" for c in token.children)


def _speaker(token: Token, refs: References) -> str | None:
    """The actor a speech act's subject stands for: one it names or refers back to, a people
    ("the Emiratis"), or a body speaking through an unnamed voice of its own."""
    return refs.resolve(token) or _a_people_speaking(token, refs) or _body_speaking(token, refs) or \
        _a_side_speaking(token, refs) or _named_after_the_role(token, refs)


def _named_after_the_role(token: Token, refs: References) -> str | None:
    """ "said Lynx head coach Signe Halvorsen": the person named right after the role word
    the parser made the subject."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if token.pos_ != "NOUN" or not token.is_lower or after is None:
        return None
    key = refs.named(after)
    return key if key is not None and refs.actors[key].kind == "Person" else None


def _not_named_in_the_quote(subjects: list[Token], speakers: list[str], statement: tuple[str, str, int, int],
                            refs: References) -> list[str]:
    """ '"With Samir we waited all day," he said': a quote's speaker is not someone the quote
    tells of, so "he" is the man told of before Samir. Only for a speaker told by pronouns."""
    named = {m.key for m in refs.quoted_persons(statement[2], statement[3]) if _told_of(m.span)}
    if not named & set(speakers) or not subjects or any(t.lower_ not in PRONOUN_GENDER for t in subjects):
        return speakers
    return [key for t in subjects if (key := refs.resolve(t, besides=named))] or speakers  # no one else: as read


def _told_of(name: Span) -> bool:
    """A person a quote tells of as the object of its words ("With Samir we waited", "Tell
    Pablo we are here"); not one it addresses ("People said to me, Des, you are wasting your
    time"), calls the speaker ("Call me Mariam"), uses as a common noun ("A Fon who cannot
    speak to his people"), or makes the subject of what others said ("they told my mother that
    Shevchenko was dead"), nor the speaker's own name ("My name is Keith Siegel", "The Whelan
    family thanks you")."""
    before = name.doc[name.start - 1] if name.start > 0 else None
    after = name.doc[name.end] if name.end < len(name.doc) else None
    addressed = after is not None and after.text == "," and (before is None or before.is_punct)
    return name.root.dep_ in ("pobj", "dobj") and not addressed and \
        not (before is not None and before.lower_ in ("a", "an")) and name.root.head.lemma_ not in ("call", "name")


def _a_side_speaking(token: Token, refs: References) -> str | None:
    """ "the Armenian side says", "the Ukrainian side announced": the state of that side."""
    modifiers = [c for c in token.children if c.dep_ in ("amod", "compound")]
    if token.lemma_ != "side" or len(modifiers) != 1:
        return None  # not "the Turkish Cypriot side"
    return refs.demonym_state(modifiers[0])


def _speaker_or_pair(token: Token, refs: References) -> list[str]:
    """The speaker a subject stands for, or both of "both governments" (`pair_called_back`)."""
    key = _speaker(token, refs)
    return [key] if key else [m.key for m in refs.pair_called_back(token)]


def _body_speaking(token: Token, refs: References, look_back: bool = True) -> str | None:
    """ "a spokesperson for the Foreign Office said", "an ICRC spokesperson told", "the Peruvian
    embassy said", "the army's press service said": a body speaks through a voice nobody names.
    An unnamed official speaks for an organization ("a Hamas official") or for a voice of a
    state ("an embassy official"), not for a state itself ("a Chilean official"); nobody's
    unnamed voice makes a person the speaker, but a leader's own office speaks for the leader
    ("Netanyahu's office said")."""
    lemma = token.lemma_.lower()
    desk = lemma in _PRESS_DESKS and any(c.lower_ == "press" for c in token.children)
    if lemma not in _VOICES | _INSIDERS and not desk or token.tag_ != "NN":
        return None  # nor "State Department officials", "their embassies": several, none named
    owners = [c for c in token.children if c.dep_ in ("compound", "poss", "amod", "nmod") and c.lower_ != "press"]
    owners += [o for p in token.children if p.dep_ == "prep" and p.lower_ in ("for", "of", "from")
               for o in p.children if o.dep_ == "pobj"]
    for owner in owners:
        key = refs.resolve(owner) or (refs.demonym_state(owner) if lemma not in _INSIDERS else None)
        kind = refs.actors[key].kind if key else None
        leaders_office = kind == "Person" and lemma == "office" and owner.dep_ == "poss" and owner.pos_ == "PROPN"
        if kind == "Organization" or kind == "Country" and lemma not in _INSIDERS or leaders_office:  # "Netanyahu's
            return key  # office said": his; not "his office", which may be anyone's
        if voice := _body_speaking(owner, refs):  # "a Malaysian embassy official": the embassy's
            return voice
    if not owners and look_back and any(c.lower_ == "the" for c in token.children):
        return next((key for earlier in reversed(token.doc[: token.i]) if earlier.lemma_ == token.lemma_  # "the
                     and (key := _body_speaking(earlier, refs, look_back=False))), None)  # press centre said", after
    return None  # "the press centre of X": X's


def _a_people_speaking(token: Token, refs: References) -> str | None:
    """ "The Emiratis said ...": a people named with "the" speaks for its state; not "six
    Armenians (were handed over, officials said)"."""
    return refs.people(token) if any(c.lower_ == "the" for c in token.children) else None


def _speakers(verb: Token) -> list[Token]:
    """Who performs the speech act: the verb's subjects; nobody in the passive ("X was
    accused by Y of ...": an accusation told, not Y's words) or a participle that describes
    its noun or is set off after a clause ("..., accused of ..."), except a message's author
    ("the statement of X thanking Y"), and the agent of "it was stated by X that ..."."""
    if verb.tag_ == "VBN" and any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children) and \
            any(c.dep_ == "ccomp" for c in verb.children):  # not "It (the swap) was praised by X as ..."
        return [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    if verb.tag_ == "VBN" and (verb.dep_ == "acl" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)):
        return []
    if verb.tag_ == "VBN" and verb.dep_ == "advcl" and not any(c.dep_ in ("aux", *_SUBJECTS) for c in verb.children):
        return []  # "X was convicted in 2008, accused of plotting attacks": X was accused
    if verb.dep_ == "acl" and verb.head.lemma_ in _MESSAGES:  # "a statement by X confirming ..."
        issued = verb.head.head  # "X issued a statement saying ..."
        return _authors(verb.head) or (_subjects(issued) if _issues_a_message(issued) else [])
    return [author for subject in _subjects(verb) for author in _authors(subject) or [subject]]


def _authors(message: Token) -> list[Token]:
    """Who wrote a message that speaks: "a statement by (from, of) X", "the Kremlin's readout",
    "Amnesty's letter"; none for another noun, or a message nobody is named for."""
    if message.lemma_.lower() not in _MESSAGES:
        return []
    authors = [o for p in message.children if p.lower_ in ("of", "by", "from") for o in p.children
               if o.dep_ == "pobj"] + [c for c in message.children if c.dep_ == "poss"]
    return authors + [c for a in authors for c in a.conjuncts]


def _stranded_subject(verb: Token) -> list[Token]:
    """ "..., near Ramallah, the Israel Prison Service said.": the parser hangs the subject of
    a closing "X said" on the word before it; the noun right before the verb (or before the
    comma that closes "the envoy, Jan Berg,") is its subject."""
    doc = verb.doc
    if verb.i == 0 or any(c.dep_ in _SUBJECTS for c in verb.children) or verb.dep_ != "ROOT":
        return []
    before = doc[verb.i - 1]
    if before.text == "," and verb.i >= 2:  # "..., the envoy, Jan Berg, said."
        before = doc[verb.i - 2]
    start = before.left_edge.i
    opened = start > 0 and doc[start - 1].text == ","
    return [before] if before.pos_ in ("NOUN", "PROPN") and before.dep_ != "nsubj" and opened else []


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects with their conjuncts. A verb without its own subject shares the
    subject of the verb it hangs on ("X declined to comment, telling reporters that ...");
    a relative clause's "who" or "which" stands for the noun it hangs on."""
    node = verb
    subjects = _own_subjects(node)
    if not subjects and verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_ == "quote":
        node = verb.head.head  # "X was quoted (by state media) as saying ...", "TASS quoted X as saying ...": X
        subjects = [c for c in node.children if c.dep_ in ("nsubjpass", "dobj")]  # said it, not the agency
    while not subjects and node.dep_ in ("conj", "advcl", "xcomp", "acomp") and node.head.i != node.i:
        node = node.head
        subjects = _own_subjects(node)
    quoted_before = any(t.text in QUOTE_MARKS for t in verb.doc[max(verb.i - 3, 0) : verb.i])
    if not subjects and quoted_before and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        subjects = [c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i == verb.i + 1]  # '"...,"
        # declared the governor': the subject after the verb, which the parser took for its object
    if not subjects:  # "X, asked about it, said ...": the parser gives X to "asked"
        subjects = [s for c in verb.children if c.dep_ in ("ccomp", "advcl") and c.i < verb.i
                    for s in _own_subjects(c) if s.i < c.i]
    return subjects + [c for s in subjects for c in s.conjuncts]


def _own_subjects(verb: Token) -> list[Token]:
    return [verb.head if verb.dep_ == "relcl" and c.lower_ in ("who", "which", "that") else c
            for c in verb.children if c.dep_ in _SUBJECTS]  # "the ministry, which said"


def _withheld(verb: Token) -> bool:
    """ "declined to say whether", "did not say", "asked what he would say", and "(Lena,
    Tom,) thank you both", the host's thanks to guests: a speech verb that reports no statement."""
    if verb.lemma_ == "thank" and verb.tag_ in ("VB", "VBP") and any(c.lower_ == "you" for c in verb.children):
        return True
    negated = any(c.dep_ == "neg" for c in verb.children)
    asked = verb.dep_ == "ccomp" and verb.head.lemma_ in ("ask", "wonder")  # "asked what he would tell"
    return negated or asked or (verb.dep_ == "xcomp" and verb.head.lemma_ in _REFUSALS)


def _inside(char: int, quotes: list[Quote]) -> bool:
    return any(q.start <= char < q.end for q in quotes)


def _in_spoken_words(token: Token, quotes: list[Quote]) -> bool:
    """Whether the token lies in a quote of words said, with a verb of their own ('"Two Eids,
    one Christmas ...," Patel said'); not in a name set off by quote marks ('The "Donetsk
    People's Republic" said')."""
    quote = next((q for q in quotes if q.start <= token.idx < q.end), None)
    span = token.doc.char_span(quote.start, quote.end, alignment_mode="expand") if quote else None
    return span is not None and (len(span) > 6 or any(t.pos_ in ("VERB", "AUX") for t in span))


def _content(verb: Token, sent: Span, text: str,
             quotes: list[Quote]) -> tuple[str, str, int, int] | None:
    """What the speech act said: (text, kind, start, end), or None."""
    if _issues_a_message(verb):  # only the quote it introduces: "issued a statement: '...'"
        introduced = _quote_of_the_message(verb, sent, quotes) or _quote_after_colon(sent, text, quotes)
        return _direct(text, [introduced]) if introduced else None
    complement = _complement(verb)
    in_sentence = [q for q in quotes if q.start < sent.end_char and q.end > sent.start_char]
    if complement is not None:
        comp_start = complement[0].idx
        comp_end = complement[-1].idx + len(complement[-1])
        quoted = [q for q in in_sentence if q.start < comp_end and q.end > comp_start]
        if quoted and _words_outside(text, comp_start, comp_end, quoted) < 3:
            return _direct(text, quoted)
        comp_end = max([comp_end] + [q.end for q in quoted])  # 'said: "Our men are home. We stay."': the
        said = _clean(text[comp_start:comp_end])  # whole quote, though the sentence ends inside it
        if len(said.split()) >= 3 and not _naming_only(verb, quoted):
            for q in quoted:
                q.claimed = True
            return said, "reported", comp_start, comp_end
    if in_sentence and (verb.lemma_ in _SAY_LIKE or verb.lemma_ in _QUOTING_ONLY):
        return _direct(text, in_sentence)
    introduced = _quote_after_colon(sent, text, quotes)
    if introduced and verb.lemma_ in _SAY_LIKE:
        return _direct(text, [introduced])
    return None


def _quote_of_the_message(verb: Token, sent: Span, quotes: list[Quote]) -> Quote | None:
    """The quote right after the message a verb issues: "a statement on Monday: '...'", "a
    message reading '...'"; not one another speaker says after it ("..., and X said '...'")."""
    message = next(c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _MESSAGES)
    first = next((q for q in quotes if message.idx < q.start < sent.end_char), None)
    if first is None:
        return None
    between = [t for t in sent if message.i < t.i and t.idx < first.start]
    other_speech = any(t.pos_ in ("VERB", "AUX") and t.lemma_ not in _INTRODUCING
                       or t.dep_ in _SUBJECTS and t.lower_ not in ("which", "that") for t in between)
    return None if other_speech else first


def _issues_a_message(verb: Token) -> bool:
    """ "The ministry issued the following statement:", "released a message": a verb of
    putting out a message speaks only through the quote that follows it."""
    return verb.lemma_ in _ISSUING and verb.pos_ == "VERB" and \
        any(c.dep_ == "dobj" and c.lemma_.lower() in _MESSAGES for c in verb.children)


def _quote_after_colon(sent: Span, text: str, quotes: list[Quote]) -> Quote | None:
    """ "The minister said:" closing a paragraph: the quote that opens the next one (and the
    paragraphs it runs on over) is what was said."""
    if not sent.text.rstrip().endswith(":"):
        return None
    after = sent.start_char + len(sent.text.rstrip())
    return next((q for q in quotes if q.start > after and not text[after : q.start - 1].strip()
                 and "\n" in text[after : q.start]), None)


def _naming_only(verb: Token, quoted: list[Quote]) -> bool:
    """ "the Houthis, who call themselves Ansar Allah": naming, not saying; "called the
    deal 'a humanitarian matter'" or "called it a reminder that ..." says something; so does
    "described it as ...", but not "described the swap in cooler terms"."""
    if verb.lemma_ == "describe" and not quoted:
        return not any(t.dep_ == "prep" and t.lower_ == "as" for t in verb.subtree)
    if verb.lemma_ not in _NAMING or quoted:
        return False
    named = [c for c in verb.children if c.dep_ in ("oprd", "dobj", "xcomp", "ccomp")]
    if any(c.dep_ == "dobj" and c.lower_ in ("what", "which") for c in named):
        return True  # "a ruling on what the ministry calls a grazing dispute": its word for it, nothing said
    if [c.dep_ for c in named] == ["dobj"] and named[0].ent_type_ in ("ORG", "GPE", "NORP", "PERSON"):
        return True  # "the Libyan Arab Armed Forces, usually called the Libyan National Army": a name
    return any(t.lower_ in ("themselves", "itself", "himself", "herself") or
               (t.pos_ == "PROPN" and t.dep_ == "oprd") for c in named for t in c.subtree) or \
        sum(len(list(c.subtree)) for c in named) < 4


def _words_outside(text: str, start: int, end: int, quotes: list[Quote]) -> int:
    """How many words of text[start:end] lie outside the quotes (the parser may cut a quote
    short or run past it, so quotes overlapping the clause count)."""
    outside = list(text[start:end])
    for q in quotes:
        for i in range(max(q.start, start), min(q.end, end)):
            outside[i - start] = " "
    return len(_clean("".join(outside)).split())


def _complement(verb: Token) -> list[Token] | None:
    """The clause or predicate a speech verb introduces, as a run of tokens; for a
    parenthetical "she says" inside a sentence, the rest of that sentence."""
    stranded = _stranded_subject(verb)  # "..., the ministry said": the ministry is not part of what it said
    borrowed = not _own_subjects(verb) and not stranded  # "X, asked about it, said": not what X said
    if verb.dep_ == "parataxis" and _how_it_was_said(verb.head, verb):
        return None  # '"...," he said, his voice breaking': the quote is what he said
    clauses = [c for c in verb.children if (c.dep_ == "ccomp" and not (borrowed and c.i < verb.i)
                                            and not _semicolon_apart(c, verb))
               or (c.dep_ == "advcl" and c.i > verb.i and any(m.lower_ == "that" for m in c.children))]
    clauses = [said for c in clauses for said in (_what_the_participle_says(c) if _a_participle_read_as_clause(c)
                                                  else _said_beside(c) if _how_it_was_said(c, verb) else [c])]
    clauses = clauses or _that_clause_after_aside(verb) or _told_to_an_audience(verb)
    if clauses:  # "he says he was not beaten, ... and that he learned Czech": every that-clause
        clauses += [c for c in verb.children if c.dep_ == "conj" and c.i > verb.i
                    and (any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
                         or c.left_edge.lower_ == "that" and c.lemma_ not in SPEECH_VERBS)]  # "and that the
        # men returned had been seized", which the parser joins to the speech verb
    announced = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() not in _ON_RECORD]
    if verb.lemma_ in _SAY_LIKE:
        if verb.dep_ == "parataxis" and not clauses:
            aside = {t.i for t in verb.subtree}
            tokens = [t for t in verb.head.subtree if t.i not in aside]
        elif not clauses and verb.lemma_ in _ANNOUNCING and announced:  # "announced the release of
            tokens = [t for t in verb.subtree if t.i >= announced[0].left_edge.i]  # 90 prisoners (on Monday)"
            if len(tokens) < 4 or announced[0].pos_ == "PRON" and announced[0].lower_ != "something":  # not "it"
                return None
        elif not clauses:
            return None
        else:
            tokens = sorted(t for c in clauses for t in c.subtree if not _attribution(t, c))
    else:
        skip = {t.i for c in verb.children if c.dep_ in _SUBJECTS or c.dep_ == "aux"
                for t in c.subtree}
        tokens = [t for t in verb.subtree if t.i >= verb.i and t.i not in skip]
    others = {t.i for other in tokens if other is not verb and other.lemma_ in SPEECH_VERBS and
              other.dep_ in ("advcl", "conj") and _own_subjects(other)
              and not any(c.dep_ == "aux" and c.lower_ == "to" for c in other.children)  # not "waiting for Kyiv
              # to respond", an act still to come
              and (not any(c.dep_ == "auxpass" for c in other.children)  # not "and that nothing was promised",
                   or any(o.pos_ == "PROPN" or o.ent_type_ for a in other.children if a.dep_ == "agent"
                          for o in a.children))  # but "it was confirmed by the ICRC that"
              for t in _clause_with_its_link(other)}  # "..., while the ministry said ...": another act
    tokens = [t for t in tokens if t.i not in others]
    if stranded:
        cut = stranded[0].left_edge.i - 1
        for _ in range(2):  # "..., the envoy, Jan Berg, said", "..., Berg, the envoy, said": his name or title too
            named = verb.doc[cut - 1] if cut > 0 else None
            if named is None or not (named.pos_ == "PROPN" or named.lemma_.lower() in _TITLES) or \
                    named.left_edge.i == 0 or verb.doc[named.left_edge.i - 1].text != ",":
                break
            cut = named.left_edge.i - 1
        tokens = [t for t in tokens if not cut <= t.i < verb.i]
    while tokens and (tokens[0].dep_ in ("mark", "cc") or tokens[0].is_punct or
                      tokens[0].lower_ == "that" and tokens[0].dep_ in ("advmod", "dobj")):  # "said at the time
        # that", "told a briefing that"
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ in ("mark", "cc")):
        tokens = tokens[:-1]
    return tokens or None


def _how_it_was_said(clause: Token, verb: Token) -> bool:
    """ "he said, his voice breaking", "she said, tears running down her face": a clause of a
    subject and a participle, set off after the speech verb, tells how it was said, not what."""
    return clause.tag_ == "VBG" and clause.i > verb.i and verb.doc[verb.i + 1].text == "," and \
        any(c.dep_ == "nsubj" for c in clause.children) and \
        not any(c.dep_ in ("aux", "auxpass", "mark") for c in clause.children)


def _said_beside(aside: Token) -> list[Token]:
    """ "said, her hands trembling, that her brother had been beaten": the that-clause the
    parser hung on the aside is what was said; the aside itself is not."""
    return [c for c in aside.children if c.dep_ in ("ccomp", "advcl") and any(m.lower_ == "that" for m in c.children)]


def _semicolon_apart(clause: Token, verb: Token) -> bool:
    """ "Two pupils are still missing; the army said that ...": a clause a semicolon parts
    from the speech verb after it is a sentence of its own, not what was said."""
    return clause.i < verb.i and any(t.text == ";" for t in verb.doc[clause.right_edge.i + 1 : verb.i])


def _told_to_an_audience(verb: Token) -> list[Token]:
    """ "told a weekly briefing that Lima had handled the cases ...": the clause the parser
    hangs on the audience as a relative clause ("a briefing that ..."), though "that" opens
    what was told: the clause has a subject and an object of its own."""
    if verb.lemma_ != "tell":
        return []
    return [r for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in _AUDIENCES
            for r in o.children if r.dep_ == "relcl" and r.left_edge.lower_ == "that"
            and any(c.dep_ == "nsubj" and c.lower_ != "that" for c in r.children)
            and any(c.dep_ in _COMPLETE and c.lower_ != "that" for c in r.children)]  # not "told a forum that
    # the church had organised in Arauca": "that" is what was organised, and the clause is the forum's


_COMPLETE = {"dobj", "attr", "acomp", "ccomp", "xcomp", "auxpass", "oprd"}  # a clause needing no "that" as object


_AUDIENCES = {"briefing", "conference", "meeting", "session", "parliament", "audience", "gathering", "summit",
              "rally", "forum", "hearing", "committee", "assembly", "council"}


def _a_participle_read_as_clause(clause: Token) -> bool:
    """ "said in a statement read out on television": a participle of the noun before it, which
    the parser may hang on the speech verb as what was said."""
    return clause.tag_ == "VBN" and not any(c.dep_ in _SUBJECTS or c.dep_ in ("aux", "auxpass")
                                            for c in clause.children)


def _what_the_participle_says(participle: Token) -> list[Token]:
    """ "said in a statement read out on television that the hostages were freed": the
    that-clause the parser hung on the participle, which is what was said."""
    return [c for c in participle.children if c.dep_ == "ccomp"]


def _clause_with_its_link(clause: Token) -> list[Token]:
    """A clause's words and the conjunction or comma that joins it to the one before."""
    words = list(clause.subtree)
    before = clause.doc[words[0].i - 1] if words[0].i > 0 else None
    return words + ([before] if before is not None and (before.is_punct or before.dep_ == "cc") else [])


_THAT_CLAUSE_VERBS = {"tell", "say", "write", "announce", "confirm", "state", "insist", "add", "claim", "argue",
                      "stress", "note", "explain", "warn", "admit", "acknowledge", "deny", "emphasise", "emphasize"}


def _that_clause_after_aside(verb: Token) -> list[Token]:
    """ "X told the envoy, according to Y, that ...", "X said in a statement that ...": the
    parser often hangs the "that" clause on the aside or on the statement; a "that" clause
    right after a comma, or on the noun of the verb's own "in a statement", is its content."""
    if verb.lemma_ not in _THAT_CLAUSE_VERBS:
        return []
    for token in verb.sent[verb.i - verb.sent.start + 1 :]:
        if token.lower_ == "that" and token.dep_ in ("mark", "advmod") and token.i > 0 and token.head.i > token.i and \
                (token.doc[token.i - 1].text == "," or _on_own_phrase(token.head, verb)):
            return [token.head]
        if token.lower_ == "that" and (clause := _read_as_relative(token)) is not None and \
                _on_own_phrase(clause, verb):
            return [clause]  # "said at his weekly briefing that India had asked Pakistan to ...", "that" read as
            # a relative pronoun of "briefing"
        if token.dep_ == "ccomp" or token.text in ".;":
            break
    return []


def _read_as_relative(that: Token) -> Token | None:
    """The clause a "that" opens which the parser took for a relative clause, though its
    verb has a subject and an object of its own ("a briefing that India had asked Pakistan
    to ..."): a that-clause; not "a briefing that India attended"."""
    clause = next((a for a in that.ancestors if a.dep_ == "relcl"), None)
    if clause is None or not that.i <= clause.left_edge.i <= that.i + 1:
        return None  # the "that" opens the clause (the parser may hang it deeper, out of the clause's span)
    roles = {c.dep_ for c in clause.children if c != that}
    return clause if {"nsubj", "dobj"} <= roles else None


def _on_own_phrase(clause: Token, verb: Token) -> bool:
    """ "said in a statement that ...", "said at the time that ...": the clause hangs on the
    object of the verb's preposition, or on what describes it ("in a statement posted online"),
    or on an adverb of the verb ("said shortly afterwards that")."""
    noun = clause.head
    if clause.dep_ == "ccomp" and noun.dep_ == "advmod" and noun.head == verb:
        return True  # "said shortly afterwards that ...", the clause hung on "afterwards"
    if clause.dep_ == "ccomp" and noun.dep_ == "acl":
        clause, noun = noun, noun.head
    if clause.dep_ not in ("acl", "relcl") or noun.dep_ != "pobj":
        return False
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head != verb:
        if noun.lemma_.lower() in _OTHERS_WORDS or noun.head.lower_ == "amid":
            return False  # "said in response to claims that ...": what others said
        noun = noun.head.head  # "added during a visit to Ankara on Tuesday that ...": phrases within the verb's own
    return noun.dep_ == "pobj" and noun.head.head == verb and noun.lemma_.lower() not in _OTHERS_WORDS


_OTHERS_WORDS = {"claim", "report", "speculation", "rumour", "rumor", "fear", "allegation", "question", "suggestion",
                 "accusation", "assertion", "charge", "concern", "hope", "belief", "doubt", "response", "reaction"}


def _attribution(token: Token, clause: Token) -> bool:
    """A token of an "according to X" aside within `clause`: who reported the speech, not
    what was said."""
    for node in [token, *token.ancestors]:
        if node.i == clause.i:
            return False
        if node.lower_ == "according":
            return True
    return False


def _direct(text: str, quotes: list[Quote]) -> tuple[str, str, int, int]:
    for q in quotes:
        q.claimed = True
    said = _clean(" ".join(text[q.start : q.end] for q in quotes))
    return said, "direct", quotes[0].start, quotes[-1].end


def _leftover_quotes(text: str, quotes: list[Quote], refs: References,
                     said_before: list[Statement]) -> list[Statement]:
    """Quotes no verb claimed: same speaker as a claimed quote of the paragraph or the one
    it continues, else the one person the paragraph has spoken of before the quote ("X, 74,
    remembers the call. 'They told me ...'"), else, for a paragraph that is all quote, the
    person who spoke last in the paragraph before; else unattributed."""
    speakers: dict[int, str] = {}
    for statement_quote in quotes:
        if statement_quote.claimed and statement_quote.speaker:
            speakers.setdefault(statement_quote.paragraph, statement_quote.speaker)
    found = []
    previous: Quote | None = None
    for quote in quotes:
        if not quote.claimed:
            speaker = _labelled_inline(text, quote, refs) or _message_label(text, quote, refs) or \
                _owners_words(text, quote, refs) or _signed_after(text, quote, refs) or speakers.get(quote.paragraph)
            continues = previous is not None and (
                previous.runs_on or previous.paragraph == quote.paragraph - 1
                and text[quote.start - 1 : quote.start] in ('"', _OPEN)
                and _whole_paragraph(text, quote))
            if speaker is None and continues:
                speaker = previous.speaker
            if speaker is None and quote.runs_on:  # attributed where it closes, a paragraph on
                speaker = _closing_speaker(quotes, quote)
            if speaker is None and not continues and not _said_by_someone_unnamed(quote, refs):
                speaker = _paragraphs_person(text, quote, refs)
            if speaker is None and not continues and _whole_paragraph(text, quote):
                speaker = _posted_by(text, quote, refs) or _introduced_above(text, quote, refs) or \
                    _last_person_speaking(text, quote, said_before, refs)
            said = _clean(text[quote.start : quote.end])
            if len(said.split()) >= 4:
                quote.speaker = speaker
                found.append(Statement(speaker, said, "direct", quote.start, quote.end))
        previous = quote
    return found


# "Ana Ruiz on Facebook:", "Ana Ruiz, an aide to the president, to reporters:": where or to whom the name spoke
_ON_A_CHANNEL = re.compile(r"(?:(?:,[^,:\n]{1,60},)?[ \t]+(?:on|in|via|to)|,[ \t]+(?:on|via))[ \t]+"
                           r"[^.:!?\n\"\u201c\u201d]{1,30}")  # "Ruiz on Telegram", "Ruiz, on X"; not "Kupa, in Kharkiv"


def _said_by_someone_unnamed(quote: Quote, refs: References) -> bool:
    """ "'Paul is a pawn,' his sister said", "'Noa is with her mother,' the hospital said": a
    quote its sentence gives to someone the story does not name is no one else's."""
    span = refs.doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None:
        return False
    return any(verb.lemma_ in _SAY_LIKE and verb.pos_ == "VERB" and not _inside(verb.idx, [quote]) and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _SOMEONE_ELSE and refs.resolve(c) is None for c in verb.children)
        for verb in span.sent)


# Who may speak of a person by name without being named: kin, friends, carers ("his sister", "the hospital"); not
# "his office" or "the statement", which speak for someone the story names
_SOMEONE_ELSE = KIN | PERSON_DESCRIPTIONS | {"friend", "neighbour", "neighbor", "colleague", "relative", "hospital",
                                            "witness", "classmate", "teammate"}


def _labelled_inline(text: str, quote: Quote, refs: References) -> str | None:
    """ "... the post. Priya: 'That phrasing matters.'", "11:05 — League Commissioner Ana
    Ruiz: '...'", "[12:44] Ana Ruiz on Telegram: '...'", "Ruiz, on X: '...'": a name (after
    its title, before where it spoke) and a colon opening a sentence or a blog entry, right
    before the quote, label it as a transcript's turn would."""
    colon = _colon_before(text, quote)
    if colon is None:
        return None
    named = next((m for m in refs.mentions if m.span.end_char == colon or m.span.end_char < colon
                  and _ON_A_CHANNEL.fullmatch(text, m.span.end_char, colon)), None)
    if named is None or refs.actors[named.key].kind == "Country":
        return None
    opening = _TITLE_BEFORE.sub("", text[: named.span.start_char].rstrip()).rstrip(" \t")  # keeps a line's break
    if opening.endswith("\n") and not _a_sentence(refs.doc, quote):
        return None  # a line "Sergeant X: 'Azov Regiment, captured in May'" of a list, or a talk's title
    return named.key if not opening or opening[-1] in ".!?]\n\u2014\u2013" else None


def _a_sentence(doc: Doc, quote: Quote) -> bool:
    """Whether the quoted words make a sentence, with a verb of their own."""
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    return span is not None and any(t.tag_ in ("VBZ", "VBP", "VBD", "MD") for t in span)


def _signed_after(text: str, quote: Quote, refs: References) -> str | None:
    """ "'They take inventory.' — Tom Hadley" on a line of its own (a pull quote, an
    epigraph, a card): the name after the dash is the speaker's, its role after a comma. The
    quote is a sentence, not a title ("'The long road home' — Ana Ruiz" under "Further
    reading"), and opens its line, not a sentence ("The banner read 'Welcome' — X wept")."""
    line_start = text.rfind("\n", 0, quote.start) + 1
    if text[line_start : quote.start - 1].strip() or not (text[quote.start : quote.end].rstrip().endswith(
            (".", "!", "?")) or _SENTENCE_END_AFTER.match(text, quote.end)):
        return None
    dash = _SIGNED.match(text, quote.end)
    named = next((m for m in refs.mentions if m.span.start_char == dash.end()), None) if dash else None
    if named is None or refs.actors[named.key].kind == "Country":
        return None
    line_end = text.find("\n", named.span.end_char)
    rest = text[named.span.end_char : line_end if line_end >= 0 else len(text)].strip()
    return named.key if not rest or rest.startswith(",") and len(rest.split()) <= _ROLE_WORDS else None


_ROLE_WORDS = 16  # "— Ana Ruiz, a resident of a border village, speaking to a local radio station"
_SENTENCE_END_AFTER = re.compile(r"[.!?]")  # "... rising." where the stop stands outside the quote's text
_SIGNED = re.compile(r"[.,!?]?[\"'\u201d\u2019]?[ \t]*(?:\u2014|\u2013|--?)[ \t]*")


def _colon_before(text: str, quote: Quote) -> int | None:
    """Where the colon right before a quote stands, if one does ("X: '...'")."""
    colon = len(text[: quote.start - 1].rstrip()) - 1
    return colon if colon >= 0 and text[colon] == ":" else None


def _message_label(text: str, quote: Quote, refs: References) -> str | None:
    """ "A statement from Ana Ruiz, read out by her lawyer: '...'", "The ministry, in a
    statement: '...'": a message and its author named before a colon, with no verb of their
    own, label the quote."""
    token = _the_colon(text, quote, refs)
    label = [t for t in token.sent if t.i < token.i] if token is not None else []
    if not label or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.dep_ not in ("acl", "relcl") for t in label):
        return None  # "She said:" is a verb's; "read out by her lawyer" describes the message
    root = next((t for t in label if not label[0].i <= t.head.i < token.i or t.head == t), None)
    authors = _authors(root) if root is not None else []  # "A statement from X, read out by Y:", not "Kyiv's
    # answer to X's letter:"
    if root is not None and not authors and root.pos_ in ("NOUN", "PROPN") and any(
            t.lower_ == "in" and any(o.lemma_.lower() in _SAID_IN for o in t.children) for t in label):
        authors = [root]  # "Netanyahu's office, in a statement this evening:", "The Kremlin, in response to X:"
    return _speaker(authors[0], refs) if authors else None


_SAID_IN = _MESSAGES | {"response", "reply", "address", "interview", "video", "speech", "remark", "briefing"}
_WORDS_OF_ONES_OWN = {"view", "line", "words", "reply", "answer", "verdict", "advice", "response", "assessment",
                      "conclusion", "comment", "take", "argument", "point", "warning", "plea", "explanation",
                      "retort", "message", "summary", "motto"}  # "Her reply was short:"


def _owners_words(text: str, quote: Quote, refs: References) -> str | None:
    """ "Her reply was short: '...'", "Marwick's closing line is worth quoting in full:": a
    sentence before the colon that tells of someone's words, and only of how they sound,
    makes the quote theirs."""
    colon = _the_colon(text, quote, refs)
    root = colon.sent.root if colon is not None else None
    if root is None or root.lemma_ != "be" or root.i > colon.i:
        return None
    owners = [c for w in root.children if w.dep_ == "nsubj" and w.lemma_.lower() in _WORDS_OF_ONES_OWN
              for c in w.children if c.dep_ == "poss"]
    return _speaker(owners[0], refs) if owners else None


def _the_colon(text: str, quote: Quote, refs: References) -> Token | None:
    """The colon token right before a quote (`_colon_before`), if the parser has one there."""
    colon = _colon_before(text, quote)
    span = refs.doc.char_span(colon, colon + 1) if colon is not None else None
    return span[0] if span else None


_TITLE_WORD = rf"(?:[A-Z][\w'-]*|{'|'.join(sorted(PERSON_NOUNS))}|foreign|defence|defense|deputy|prime)"
_TITLE_BEFORE = re.compile(rf"(?:\s|^)(?:{_TITLE_WORD}[ \t]+){{0,4}}{_TITLE_WORD}$")  # "League Commissioner",
# "Army spokesman"


def _paragraphs_person(text: str, quote: Quote, refs: References) -> str | None:
    """The one person the quote's paragraph has as a subject before the quote, if only one and
    not one the quote names ("X should be freed first. ...: 'Until X is freed, ...'")."""
    start = text.rfind("\n", 0, quote.start) + 1
    persons = {m.key for m in refs.mentions if start <= m.span.start_char < quote.start
               and _a_subject(m.span.root) and refs.actors[m.key].kind == "Person"}
    persons -= {m.key for m in refs.quoted_persons(quote.start, quote.end)}  # whom it is about
    return persons.pop() if len(persons) == 1 else None


def _posted_by(text: str, quote: Quote, refs: References) -> str | None:
    """ "13:41 | Ana Ruiz, Minister of Justice" on a line of its own, then her post in quotes:
    a quote that is a paragraph of its own, under a heading line that is a person's or body's
    name, with their role after a comma, is theirs. The line may end in a colon, give an
    account and where the post went up ("Ana Ruiz (@anaruiz), adviser to the president, on
    Telegram:") and stand a blank line above the quote. Not under a caption or a byline ("Ana
    Ruiz at the border crossing on Monday (Reuters)", "Ana Ruiz, Lima correspondent"), a
    sentence ("Ana Ruiz visits the families") or an item of a list of the freed."""
    start = text.rfind("\n", 0, quote.start) + 1
    line_end = max(start - 1, 0)
    previous_start = text.rfind("\n", 0, line_end) + 1
    if not text[previous_start:line_end].strip() and previous_start > 0:  # a blank line between
        line_end = previous_start - 1
        previous_start = text.rfind("\n", 0, line_end) + 1
    heading = _HANDLE.sub(lambda m: " " * len(m[0]), text[previous_start:line_end]).rstrip()
    heading = heading[:-1] if heading.endswith(":") else heading  # "Ana Ruiz, Minister of Justice, on X:"
    account = _ACCOUNT_FIRST.match(heading)  # "@anaruiz (Ana Ruiz, Minister of Justice), 3:12 p.m.:"
    if account:
        heading = " " * account.start(1) + account[1]
    opens = previous_start + len(heading) - len(heading.lstrip())
    if not heading.strip() or len(heading.split()) > 15 or re.search(r"[.!?:\"\u201d()]\s*$|\(", heading) or \
            _LIST_OF_FREED.search(text[text.rfind("\n", 0, max(previous_start - 1, 0)) + 1 : previous_start]):
        return None  # an item of a list: "Among those freed:"
    first = next((m for m in refs.mentions if opens <= m.span.start_char < line_end), None)
    if first is None or first.span.start_char != opens or refs.actors[first.key].kind == "Country":
        return None
    ends = previous_start + len(heading)
    handles = [range(m.start(), m.end()) for m in _HANDLE.finditer(text, previous_start, ends)]
    role = [t for t in refs.doc[first.span.end :] if t.idx < ends and not t.is_space
            and not any(t.idx in handle for handle in handles)]
    if role and (role[0].text != "," or any(t.pos_ in ("VERB", "AUX") or t.lower_ in _NOT_A_ROLE for t in role)):
        return None
    return first.key


def _introduced_above(text: str, quote: Quote, refs: References) -> str | None:
    """ "Her brother, Tomas Keller, sent us this note on Sunday:" above a quote that is a
    paragraph of its own: the subject of the line that the colon closes."""
    colon = _the_colon(text, quote, refs)
    if colon is None or "\n" not in text[colon.idx : quote.start]:
        return None  # the colon must close the line above
    subjects = [c for c in colon.sent.root.children if c.dep_ == "nsubj"]
    key = _speaker(subjects[0], refs) if subjects else None
    return key if key is not None and refs.actors[key].kind == "Person" else None


def _last_person_speaking(text: str, quote: Quote, said_before: list[Statement],
                          refs: References) -> str | None:
    """ "Mei Tan said the family had been told to wait.\n'We kept his room ready.'": a quote
    that is a paragraph of its own goes on from the person who spoke last just before it."""
    start = text.rfind("\n", 0, quote.start) + 1
    previous_start = text.rfind("\n", 0, max(start - 1, 0)) + 1
    before = [s for s in said_before if previous_start <= s.start < start and s.speaker]
    last = max(before, key=lambda s: s.start, default=None)
    return last.speaker if last and refs.actors[last.speaker].kind == "Person" else None


def _a_subject(token: Token) -> bool:
    """A subject, or a name in apposition to one ("his mother, Halina Lis, remembers")."""
    node = token.head if token.dep_ == "appos" else token
    return node.dep_ in _SUBJECTS


def _turns(doc: Doc, text: str, refs: References, turns: list[Turn]) -> list[Statement]:
    """What each labelled speaker of a transcript or interview said, a turn at a time; not
    the host who introduces the programme ("I'm Magda Krol"), nor a turn that only asks."""
    if not turns:
        return []
    first_answer = next((turn.start for turn in turns if turn.label in ("A", "Answer")), turns[0].start)
    interviewee = _interviewee(doc, refs, before=turns[0].start) or _the_witness(text, refs, before=first_answer)
    interviewers = _interviewers(refs, before=turns[0].start)
    asking = {labelled_person(turn.label, refs) for turn in turns if _question_line(text[turn.start : turn.end])}
    if asking - interviewers and not asking & interviewers:  # "X talks to Y", and Y asks: X was interviewed
        interviewers = asking - {None}
    hosts = {turn.label for turn in turns if _introduces_self(text[turn.start : turn.end], turn.label)
             or role_words(turn.role) & JOURNALISTS  # "SARAH BENALI (HOST):", "CO-HOST"
             or _a_journalists_label(turn.label)  # "Reporter (Kyodo News):", who asks
             or labelled_person(turn.label, refs) in interviewers}  # "X spoke to Y. ... X: Tell us what happened."
    found = []
    labels = [turn.label for turn in turns]
    holders: dict[str, str] = {}  # "SPOKESPERSON TOMAS LINDQVIST:" holds the office a later "SPOKESPERSON:" names
    for turn in turns:
        answer = turn.label in ("A", "Answer")
        hosting = turn.label in hosts or _full_label(turn.label, labels) in hosts  # "VEGA:" after "ANA VEGA
        speaker = interviewee if answer else None if hosting else _turns_speaker(turn, refs, labels)  # (HOST):"
        office = _office_of(turn.label)
        if speaker and office:
            holders[office] = speaker
        elif speaker is None and office and office == turn.label.casefold():
            speaker = _holder(office, holders)
        said = _clean(text[turn.start : turn.end])
        if speaker and len(said.split()) >= 3 and not _question_line(text[turn.start : turn.end]) and \
                not _pleasantries(said):
            found.append(Statement(speaker, said, "direct", turn.start, turn.end))  # not an MP's question
    return found


def _a_journalists_label(label: str) -> bool:
    """ "Reporter:", "CORRESPONDENT:": a label that names no one but the journalist's trade."""
    words = role_words(label) - {""}
    return bool(words) and words <= JOURNALISTS


def _pleasantries(said: str) -> bool:
    """ "Good morning. Peace to everyone.", "Thank you, Amina. Welcome to all listening": a turn
    of greetings and thanks, which tells nothing."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", said.strip()) if s]
    return bool(sentences) and all(_PLEASANTRY.match(s) and len(s.split()) <= _GREETING_WORDS for s in sentences)


def _turns_speaker(turn: Turn, refs: References, labels: list[str]) -> str | None:
    """The person a turn's label names: "ZELENSKYY:", "Mr Carrick West (Hallam Vale):" (the
    brackets name his seat); where the label is an office alone, the person its brackets name
    ("OFFICIAL SPOKESPERSON (Shri Ravi Menon):")."""
    if _office_of(turn.label) == turn.label.casefold():
        return _named_in_role(turn.role, refs) or labelled_person(turn.label, refs)
    return labelled_person(turn.label, refs, labels) or _named_in_role(turn.role, refs)


def _holder(office: str, holders: dict[str, str]) -> str | None:
    """Who holds an office a label names alone: "SPOKESPERSON" named before, else the one
    office it ends ("OFFICIAL SPOKESPERSON (Shri Ravi Menon)"); not a deputy's where the
    spokesperson's own is named too."""
    ending = {key for key in holders if key.endswith(" " + office)}
    return holders.get(office) or (holders[ending.pop()] if len(ending) == 1 else None)


def _named_in_role(role: str, refs: References) -> str | None:
    """ "OFFICIAL SPOKESPERSON (Shri Arvind Raghavan):": the person a label's brackets name."""
    written = [w for w in role.split() if w.casefold().rstrip(".") not in _LABEL_TITLES]
    return labelled_person(" ".join(written), refs) if _a_name(written) and len(written) >= 2 else None


def _office_of(label: str) -> str:
    """The title words a label opens with: "spokesperson" of "SPOKESPERSON TOMAS LINDQVIST",
    "armenian pm" of "ARMENIAN PM NIKOL PASHINYAN"."""
    words = label.split()
    titles = []
    while words and (words[0].casefold().rstrip(".") in _LABEL_TITLES or
                     len(words) > 2 and gazetteer().demonym(words[0].title()) is not None):
        titles.append(words.pop(0).casefold())
    return " ".join(titles)


def _introduces_self(said: str, label: str) -> bool:
    """ "Good evening and welcome to Border Desk. I'm Anna Vidal in Tunis": the programme's host."""
    words = label.split()
    return bool(words) and re.search(rf"\bI(?:'m|\u2019m| am) (?:[\w'-]+ )?{re.escape(words[-1])}\b", said,
                                     re.IGNORECASE) is not None


def _answers(doc: Doc, text: str, refs: References) -> list[Statement]:
    """An interview printed without labels: questions stand alone as paragraphs ("How did the
    exchange come about?"), and the paragraph after each is the interviewee's answer. Two
    questions or more make the form; the answer is one paragraph, so the story told after the
    interview is not put in the interviewee's mouth."""
    lines = paragraphs(text)
    questions = [i for i, (_, line) in enumerate(lines) if _question_line(line)]
    interviewee = _interviewee(doc, refs, before=lines[questions[0]][0]) if len(questions) >= 2 else None
    if interviewee is None:
        return []
    found = []
    for start, answer in (lines[i + 1] for i in questions if i + 1 < len(lines)):
        said = _clean(answer)
        if not _question_line(answer) and len(said.split()) >= 3 and not find_quotes(answer):
            found.append(Statement(interviewee, said, "direct", start, start + len(answer)))
    return found


def _question_line(paragraph: str) -> bool:
    line = paragraph.strip()
    return line.endswith("?") and len(line.split()) <= 25 and not find_quotes(line)


_PEERAGE = re.compile(PEERAGE)


def labelled_person(label: str, refs: References, labels: Sequence[str] = ()) -> str | None:
    """The person a turn's label names ("ZELENSKYY", "Volodymyr Zelenskyy"), unless the
    programme's own journalist: their words report the news, they are not part of it. A
    surname alone is the person another of the transcript's `labels` names in full ("Ana
    Vega:", then "Vega:"), not a relative named before her; so are a name's initials ("AV:")."""
    if _PEERAGE.fullmatch(label):  # "Baroness Lind of Hale": a peer is known by title and seat
        refs.actors.setdefault(f"Person:{label}", Actor(f"Person:{label}", "Person", label))
        return f"Person:{label}"
    written = _name_in_label(label)
    words = [word.casefold() for word in written]
    if not words or label in ("Q", "Question"):
        return None
    if all(word in _LABEL_TITLES | {"the"} for word in words):  # "The PRESIDENT": whoever holds the office
        return _holder_of(words, refs)
    if re.fullmatch(r"[A-Z]{2,4}", label):  # "HMA:", after "Hawa Mohamed Ahmed:" or where she is named
        full = [name for name in (*labels, *(a.name for a in refs.actors.values() if a.kind == "Person"))
                if name != label and "".join(w[0] for w in name.split()) == label]
        if full:
            return labelled_person(full[0], refs)
    if len(words) == 1 and _labels_in_full(label, labels):  # "Vega:", after "Ana Vega:"; no one
        full = _full_label(label, labels)  # where two Vegas speak
        return labelled_person(full, refs) if full else None
    persons = [actor for actor in refs.actors.values() if actor.kind == "Person"]
    # a surname alone: the last word of a name, or the first of two surnames ("SALCEDO:", Jorge Salcedo Barreto)
    actor = next((a for a in persons if words[-len(a.name.split()):] == a.name.casefold().split()), None) or next(
        (a for a in persons if len(words) == 1 and words[-1] in (
            a.name.casefold().split()[-1], (first_surname(a.name.split()) or "").casefold())), None)
    honorific = label.split()[0] if len(written) < len(label.split()) else ""  # "MR." of "MR. SOMCHAI"
    if actor is None and len(words) == 1 and honorific:
        actor = _called_by_given_name(honorific, words[0], persons, refs)
    if actor is not None:
        journalist = set((actor.role or "").casefold().split()) & JOURNALISTS
        fuller = [in_name_case(word) if label.isupper() else word for word in written]
        if len(fuller) > len(actor.name.split()) and _a_name(fuller) and \
                not any(word.casefold().rstrip(".") in _LABEL_TITLES or word.endswith(".") for word in fuller):
            actor.name = " ".join(fuller)  # "Mr Chikovani" named in full by his label, "GIORGI CHIKOVANI"
        return None if journalist else actor.key
    if len(words) == 1 and len(written) < len(label.split()):  # "MR RUEHL", named in full only in a heading
        written = _full_name_in_furniture(written[0], refs) or written
    honoured = len(written) == 1 and (honorific.rstrip(".").title() in HONORIFICS or  # "Mr KYSLYTSYA",
                                      honorific.casefold() in _LABEL_TITLES)  # "Ambassador KESSLER"
    if len(written) >= 2 and (label.isupper() or len(written) < len(label.split()) or _a_name(written)) or honoured:
        name = " ".join(in_name_case(word) for word in written)  # "AROHA WHITCOMBE": named only in the
        refs.actors.setdefault(f"Person:{name}", Actor(f"Person:{name}", "Person", name))  # labels, which are
        return f"Person:{name}"  # furniture
    return None


def _called_by_given_name(honorific: str, given: str, persons: list[Actor], refs: References) -> Actor | None:
    """ "MR. SOMCHAI": the one person the text itself calls by the honorific and that given
    name ("the spokesman, Mr. Somchai Wongsa"), as some peoples are called; not a third
    party whose name only starts with the word ("MR. KIM", beside a mention of Kim Jong Un)."""
    text = written_text(refs.doc)
    called = [a for a in persons if a.name.casefold().split()[0] == given and re.search(
        rf"\b{re.escape(honorific.rstrip('.'))}\.?\s+{re.escape(a.name)}\b", text, re.IGNORECASE)]
    return called[0] if len(called) == 1 else None


def _holder_of(office: list[str], refs: References) -> str | None:
    """The one person whose role opens with the office a label gives, or with its "Vice-"
    ("The PRESIDENT": a "Vice-President of the Assembly" presiding), if one does; not
    "Russian President X" or "UN Secretary-General Y", named in passing."""
    titles = [word for word in office if word != "the"]
    holders = [a.key for a in refs.actors.values() if a.kind == "Person" and len(titles) == 1 and
               (a.role or "").casefold().split()[:1] in ([titles[0]], [f"vice-{titles[0]}"])]
    return holders[0] if len(holders) == 1 else None


def _labels_in_full(label: str, labels: Sequence[str]) -> set[str]:
    """The labels that name in full the one a surname label ("VEGA") names."""
    surname = label.split()[-1].casefold()
    return {other for other in labels if len(_name_in_label(other)) >= 2 and
            _name_in_label(other)[-1].casefold() == surname}


def _full_label(label: str, labels: Sequence[str]) -> str | None:
    """The one label that names in full whom a surname label names, if only one does."""
    in_full = _labels_in_full(label, labels) if len(_name_in_label(label)) == 1 else set()
    return in_full.pop() if len(in_full) == 1 else None


def _name_in_label(label: str) -> list[str]:
    """ "Tomas Lindqvist" of "SPOKESPERSON TOMAS LINDQVIST" (and of "JUSTICE MINISTRY
    SPOKESMAN TOMAS LINDQVIST"): the name, not the office."""
    words = label.split()
    titled = [i for i, word in enumerate(words) if word.casefold().rstrip(".") in _LABEL_TITLES]
    if titled and len(words) - titled[-1] - 1 >= 2:  # a body's office before the name
        return words[titled[-1] + 1 :]
    return words[len(_office_of(label).split()) :]


def _a_name(words: list[str]) -> bool:
    """ "Zhou Minghui": two or three capitalised words naming no outlet or body ("Mekong
    Times", "China News Service") and no country."""
    return len(words) <= 3 and all(w[:1].isupper() for w in words) and not any(
        w.casefold() in ORG_WORDS | _OUTLET_WORDS or gazetteer().country(w) or gazetteer().demonym(w) for w in words)


def _full_name_in_furniture(surname: str, refs: References) -> list[str] | None:
    """ "MARTIN RUEHL, DEPUTY SPOKESPERSON" in a briefing's heading: the given name that goes
    with a surname label, from the document as written (headings are furniture to the parser)."""
    text = written_text(refs.doc)
    given = (m[1] for m in re.finditer(rf"\b([A-Za-z][A-Za-z'-]+)\s+{re.escape(surname)}\b", text, re.IGNORECASE))
    first = next((g for g in given if g[0].isupper() and g.casefold().rstrip(".") not in _LABEL_TITLES), None)
    if first:
        return [first, surname]
    # "Foreign Minister IWAYA Takeshi": a surname in capitals before the given name, as Japanese,
    # Chinese and Korean names are written in English by their own governments
    after = re.search(rf"\b{re.escape(surname.upper())}\s+([A-Z][a-z][A-Za-z'-]*)\b", text)
    return [surname, after[1]] if after and after[1].casefold() not in _LABEL_TITLES else None


def _interviewee(doc: Doc, refs: References, before: int) -> str | None:
    """The person the introduction says was interviewed ("We spoke to X", "Y spoke to X";
    not Y, who asked; but "She spoke to Y" after an introduction of her is hers), else the
    only person it names, where it tells of an interview."""
    persons = [m for m in refs.mentions if m.span.start_char < before
               and refs.actors[m.key].kind == "Person"]
    for mention in persons:
        verb = mention.span.root.head
        verb = verb.head if verb.dep_ == "prep" else verb
        if verb.lemma_ in _INTERVIEWING and mention.span.root.dep_ != "nsubj":  # not "X spoke to Y": Y
            pronoun = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in ("he", "she")), None)
            return (refs.resolve(pronoun) if pronoun is not None else None) or mention.key
    keys = {m.key for m in persons}
    told = any(t.lemma_.lower() in _INTERVIEWING | _QA_FORMS for t in doc if t.idx < before)
    return keys.pop() if len(keys) == 1 and told else None  # not the one person an explainer names


_EXAMINATION = re.compile(r"\b(?:(?:CROSS|RE)-?EXAMINATION|EXAMINATION|Cross-examination|Examination|WITNESS|"
                          r"Witness)\b")


def _the_witness(text: str, refs: References, before: int) -> str | None:
    """ "CROSS-EXAMINATION OF PW2 (Rosa Quispe, officer of ...) BY MR. LUIS ROJAS": in a
    court's record, the witness the heading before the questions names first, who answers
    them ("A: I was.")."""
    headings = list(_EXAMINATION.finditer(text, 0, before))
    if not headings:
        return None
    heading = headings[-1]  # the last heading before the answers
    line_end = text.find("\n", heading.start())
    line_end = before if line_end < 0 else min(line_end, before)
    named = [m for m in refs.mentions if heading.start() <= m.span.start_char < line_end
             and refs.actors[m.key].kind == "Person"]
    return named[0].key if named else None


def _interviewers(refs: References, before: int) -> set[str]:
    """Who the introduction says asked: "X spoke to Y", "X interviewed Y"."""
    return {m.key for m in refs.mentions if m.span.start_char < before and refs.actors[m.key].kind == "Person"
            and m.span.root.dep_ == "nsubj" and m.span.root.head.lemma_ in _INTERVIEWING}


def _closing_speaker(quotes: list[Quote], opened: Quote) -> str | None:
    later = [q for q in quotes if q.paragraph == opened.paragraph + 1 and q.claimed]
    return later[0].speaker if later else None


def _whole_paragraph(text: str, quote: Quote) -> bool:
    line_start = text.rfind("\n", 0, quote.start) + 1
    return text[line_start : quote.start - 1].strip() == ""


def _about(doc: Doc, refs: References, statement: Statement) -> list[str]:
    keys = []
    for mention in refs.mentions:
        if statement.start <= mention.span.start_char < statement.end:
            if mention.key != statement.speaker and mention.key not in keys:
                keys.append(mention.key)
    return keys


_INTERRUPTION = 16  # the most words an attribution between two parts of one quotation runs to


def _joined_where_interrupted(statements: list[Statement], doc: Doc) -> list[Statement]:
    """One quotation broken by its attribution ('"A," X said. "B."', '"A," X said, "and
    B."') or run on over paragraphs is one statement: parts one speaker said one after the
    other, with nothing but the attribution between them in the paragraph, and no attribution
    of its own after the second ('"A," X said. "B," X added.' are two)."""
    text = doc_text(doc)
    joined: list[Statement] = []
    for statement in sorted(statements, key=lambda s: s.start):
        last = joined[-1] if joined else None
        if last is not None and last.kind == statement.kind == "direct" and statement.speaker and \
                last.speaker == statement.speaker and last.end <= statement.start and \
                _one_quotation(doc, text, last.end, statement):
            mark = text[last.end - 1] if text[last.end - 1] in ".,!?" else ""
            if mark == "," and statement.text[:1].isupper():
                mark = "."  # the full stop a quote gives up for a comma before its attribution
            joined[-1] = Statement(last.speaker, f"{last.text}{mark} {statement.text}", "direct",
                                   last.start, statement.end)
        else:
            joined.append(statement)
    return joined


def _one_quotation(doc: Doc, text: str, gap_start: int, second: Statement) -> bool:
    """Whether a quoted part goes on the one before: a quote run on into the next paragraph
    (only marks between them); or, in the same paragraph, one attribution between them (one
    sentence, one speech verb) and none of the second part's own after it."""
    gap = text[gap_start : second.start]
    if "\n" in gap:
        return not re.search(r"\w|[\"\u201d'\u2019]", gap[: gap.index("\n")]) and not re.search(r"\w", gap)
    attributed_after = text[second.end - 1] not in ".!?" and re.match(r"[\"\u201d'\u2019]?[ \t]*\w",
                                                                     text[second.end :]) is not None
    if attributed_after or len(re.findall(r"\w+", gap)) > _INTERRUPTION:
        return False
    span = doc.char_span(gap_start, second.start, alignment_mode="contract")
    tokens = list(span) if span is not None else []
    ends = sum(t.text in (".", "!", "?") for t in tokens)
    return ends <= 1 and sum(t.lemma_ in SPEECH_VERBS | _QUOTING_ONLY for t in tokens) <= 1


def _clean(text: str) -> str:
    text = " ".join(text.split())
    text = text.strip(" \"\u201c\u201d,.;:").strip()
    if len(text) > 2 and text[0] in "'\u2018" and text[-1] in "'\u2019" and text[1:-1].count("'") <= 1:
        text = text[1:-1].rstrip(" ,.;:")  # a quote in single marks: 'We released the soldiers.'
    while text.endswith(")") and text.count(")") > text.count("("):  # what is left of "according to X (DMW)"
        text = text[:-1].rstrip(" ,;:")
    return text


def _issuer(doc: Doc, refs: References, past_headings: bool = False) -> str | None:
    """Who issues a press release: the body or state its opening sentences announce in the
    present ("The Ministry announces ...", "The European Union welcomes ..."), or the body that
    publishes the document; `past_headings` looks past the lines without a verb above the
    opening ("Statement by the Spokesperson on ...", "Brussels, 11.06.2024")."""
    sentences = [s for s in doc.sents if not s.text.isspace()
                 and (not past_headings or any(t.pos_ in ("VERB", "AUX") for t in s))]
    return next(filter(None, (_announcer(sent, refs) for sent in sentences[:_OPENING_SENTENCES])), None) \
        or _publishing_body(doc, refs)


def _signer(text: str, refs: References) -> str | None:
    """ "Daniel Okafor" alone on one of a statement's last three lines (above his role, "Attorney
    for Ana Ruiz"): the person who signs it."""
    lines = [line for line in re.finditer(r"[^\n]+", text) if line[0].strip()][-3:]
    for line in lines:
        start, end = line.start() + len(line[0]) - len(line[0].lstrip()), line.start() + len(line[0].rstrip())
        named = next((m for m in refs.mentions if m.span.start_char == start and m.span.end_char == end), None)
        if named is not None and refs.actors[named.key].kind == "Person":
            return named.key
    return None


def _the_issuers_voice(subject: Token) -> bool:
    """ "the Spokesperson", "the spokesman": a voice no owner is named for, which in a release
    speaks for its issuer."""
    return subject.lemma_.lower() in ("spokesperson", "spokesman", "spokeswoman") and \
        all(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)


def _issuers_voice(doc: Doc, issuer: str | None, quotes: list[Quote], turns: list[Turn]) -> list[Statement]:
    """ "The Ministry announces ... We welcome this outcome": in a press release, what "we"
    say outside quotes, and outside the turns of a transcript it prints, is the issuer's
    statement."""
    if issuer is None:
        return []
    found = []
    for sent in (s for s in doc.sents if not s.text.isspace()):
        root = sent.root
        we = any(c.dep_ == "nsubj" and (c.lower_ == "we" or any(p.lower_ == "our" and p.dep_ == "poss"
                                                                  for p in c.children)) for c in root.children)
        if we and not _inside(root.idx, quotes) and not any(t.start <= root.idx < t.end for t in turns):
            found.append(Statement(issuer, _clean(sent.text), "direct", sent.start_char, sent.end_char))
    return found


_LINE = re.compile(r"[^\n]+")
_THREAD_END = re.compile(r"\s*\bEnd/?\s*$")  # "... unjustly held. End/": the thread's last post
# Where a post ends: a rule, or "Show more replies".
_POST_END = re.compile(r"[ \t]*(?:[\u2014\u2013-]{1,3}|_{3,}|\*{3}|Show more\b.*)[ \t]*")
# A post's lines that are none of its words: "Thread", a thread's closing "End/", "Show this thread", "Posted on X"
_POST_FURNITURE = re.compile(r"[ \t]*(?:Thread\b.*|End/?|Show this thread|[\u2014\u2013-]?[ \t]*Posted on\b.*)[ \t]*")
_POST_TIME = re.compile(r"[ \t]*\d{1,2}:\d{2}(?:[ \t]*[AP]M)?[ \t]*\u00b7.*")  # "5:41 PM \u00b7 Aug 1, 2024"
_THREAD_NUMBER = re.compile(r"[ \t]*\d{1,2}/\d{0,2}\s")  # "2/8 The decision ..."


def _posts(text: str, written: str, refs: References, said: list[Statement]) -> list[Statement]:
    """ "Ana Ruiz @anaruiz · Minister of Justice" over the lines of her post: what an account
    posts is its holder's statement; each line of it that no one else is told saying, and
    that asks nothing."""
    headers = list(POST_HEADER.finditer(text))
    ends = [header.start() for header in headers[1:]] + [len(text)]  # each post runs to the next header at most
    found = []
    for header, end in zip(headers, ends, strict=False):
        account = _account(header, refs)
        if account is None:
            continue
        for line in _post_lines(text, written, header.end(), end):
            start = line.start() + len(line[0]) - len(line[0].lstrip())
            if "?" not in line[0] and not any(s.speaker and start <= s.start < line.end() for s in said):
                found.append(Statement(account, _clean(_THREAD_END.sub("", line[0])), "direct", start, line.end()))
    return found


def _post_lines(text: str, written: str, start: int, end: int) -> Iterator[re.Match]:
    """The lines of a post below its header, down to its time ("5:41 PM · Aug 1, 2024"), or in a
    numbered thread to the last post's time; where no time ends it, its first line alone (the
    story goes on below an embedded post)."""
    lines = list(_LINE.finditer(text, start, end))
    if not any(_POST_TIME.fullmatch(line[0]) for line in lines):
        lines = lines[:1]
    for line in lines:
        if _POST_END.fullmatch(line[0]):
            return
        if _POST_TIME.fullmatch(line[0]):
            following = _LINE.search(written, line.end())
            if following is None or not _THREAD_NUMBER.match(following[0]):
                return
        elif line[0].strip() and not _POST_FURNITURE.fullmatch(line[0]):
            yield line


def _account(header: re.Match, refs: References) -> str | None:
    """Whose account a post's header names, where its posts speak for a side: a body's or a
    state's, or an office holder's ("Ana Ruiz @anaruiz · Minister of Justice"); not a
    reporter's thread, which tells the news ("· Diplomatic correspondent", or no role at all)."""
    named = [m.key for m in refs.mentions if header.start("name") <= m.span.start_char < header.end("name")]
    if not named or header["name"].lstrip().startswith(("Follow", "Posted")) or any(
            gazetteer().organization_kind(refs.actors[key].name) == "outlet" for key in named):
        return None  # a page's "Follow Reuters Ukraine @ReutersUkraine", an outlet's own account
    role = role_words(header.string[header.end("name") : header.end()])
    holder = refs.actors[named[-1]]
    return holder.key if holder.kind != "Person" or role & PERSON_NOUNS and not role & _NEWSROOM else None


_NEWSROOM = JOURNALISTS | {"bureau", "columnist", "writer", "analyst", "producer"}  # "Moscow bureau chief"


def _publishing_body(doc: Doc, refs: References) -> str | None:
    """The organization that publishes the document (its source) where the text names it too:
    a rights group's bulletin, an agency's report; not a news outlet, whose "we" is its
    reporters'."""
    document = doc.user_data.get("kg_document")
    source = fold(document.source) if document is not None and document.source else None
    if source is None or set(source.split()) & _OUTLET_WORDS:
        return None
    for key, actor in refs.actors.items():
        if actor.kind == "Organization" and fold(actor.name) == source and \
                gazetteer().organization_kind(actor.name) != "outlet":
            return key
    return None


def _announcer(sent: Span, refs: References) -> str | None:
    """The organization or state a sentence opens the news with, in the present tense: "The
    Ministry of Foreign Affairs announces ...", "Norway welcomes ..."."""
    root = sent.root
    if root.tag_ != "VBZ" or root.lemma_ not in SPEECH_VERBS:
        return None
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    key = refs.resolve(subjects[0]) if subjects else None
    return key if key and refs.actors[key].kind != "Person" else None


def _unique(statements: list[Statement]) -> list[Statement]:
    """Each statement once; a quote left unattributed that a speaker's turn holds is that turn's,
    and a speech verb inside what its speaker reported says nothing more ("X said that he
    prayed for them": one statement)."""
    spoken = [(s.start, s.end) for s in statements if s.speaker]
    statements = [s for s in statements if s.speaker or not any(a <= s.start and s.end <= b for a, b in spoken)]
    statements = [s for s in statements if s.kind != "reported" or not any(
        t.speaker == s.speaker and s.text != t.text and s.text in t.text and t.start <= s.start and s.end <= t.end
        for t in statements)]
    seen, unique = set(), []
    for statement in statements:
        key = (statement.speaker, statement.text)
        if key not in seen:
            seen.add(key)
            unique.append(statement)
    return unique
