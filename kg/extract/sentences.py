"""Sentence structure the small parser gets wrong, set right.

kg_paragraphs (before the parser): a new line starts a new sentence, and so does each item of
a teaser line ("Lima and Santiago swap prisoners · Bolivia frees ten"); a date or a name is
never cut in two. News paragraphs are separated by newlines; without this the parser
sometimes runs a sentence across a paragraph break (or across a blanked furniture line). A
timeline entry that opens with "21 September 2022." is sometimes cut after the day, which
loses the date. A day label before a colon ("Day one (Friday): Hamas freed 13") stays with
what follows on its line, which it dates; another short label ("The headline: Five Americans
landed ...") is a sentence of its own, since the parser otherwise takes it for the subject. A
paragraph's first words stay together: after a heading with no full stop the parser cuts "Ukraine and
Russia each handed over 390" into three sentences.

kg_subjects (after the parser): "Last Tuesday, Sergeant X, held since 2006, was handed
over" is parsed with X in apposition to the day and the verb without a subject, and so is
"In the city of Taiz, the rebels and the army traded prisoners" with the rebels in
apposition to the city, and "The LNA hands over 35 fighters" with "LNA" a compound of the
verb; X is made its subject again, so that every rule reading subjects sees it. In "An
exchange agreed at talks in Geneva, hosted by X, was completed" the parser takes "agreed"
for the exchange's verb and leaves "was completed" without a subject: the exchange is made
the subject of "was completed" and "agreed" a clause on it again. A list after a colon
("the release of 190 captives: 95 Ukrainian and 95 Russian prisoners") spells out the noun
before the colon, wherever the parser hung it. In ", while M23 released 42 soldiers captured in
May" the parser takes the soldiers for the subject of "captured": they are the object of
"released" again. Words before a clause's "after" or "when" ("Earlier, on 3 May 2019,
days after a ceasefire took hold, 30 were swapped") belong to the main verb, since a clause
opens with its marker. In "On Friday Chad and Sudan swapped 40 men", without a comma, the parser
reads "Friday Chad" as one name after "On": the day goes back to the preposition and the sides
to the verb. In "The ELN released seven soldiers and the army freed five farmers" it joins "the
army" to the soldiers: the army is the subject of "freed" again. In "completed the exchange on
Sunday, each side handing over 303 servicemen on the final day" it hangs the servicemen on
"completed": what follows a verb's particle is that verb's object again.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extract.dates import MONTHS, WEEKDAYS

_ITEM_SEPARATORS = {"\u00b7", "\u2022"}  # a middle dot or bullet between the items of a teaser line
_LABEL_LENGTH = 6  # the most words a line's label before its colon has
_SUBORDINATORS = {"after", "before", "when", "while", "because", "although", "though", "until", "once", "since"}


def mark_paragraph_starts(doc: Doc) -> Doc:
    paragraphs = [doc[0]] if len(doc) else []  # the first word of each paragraph
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_ or previous.text in _ITEM_SEPARATORS:
            token.is_sent_start = True  # a new paragraph, or the next item of a teaser line "A · B · C"
            paragraphs += [token] if previous.text not in _ITEM_SEPARATORS else []
        elif token.is_title and token.lower_ in MONTHS and previous.is_digit and len(previous.text) <= 2:
            token.is_sent_start = False  # "21 September"
        elif token.is_title and previous.is_title and previous.whitespace_ == " ":
            token.is_sent_start = False  # "Mark Frerichs": a name
        elif previous.text == ":" and _a_day_label(doc[_line_start(previous) : previous.i]):
            token.is_sent_start = False  # "Day one (Friday): Hamas freed 13": the label dates its line's sentence
        elif previous.text == ":" and token.text[:1].isupper() and _a_label(doc[_line_start(previous) : previous.i]) \
                and not _a_dated_label(doc[_line_start(previous) : previous.i]):
            token.is_sent_start = True  # "The headline: Five Americans landed ...": the label is no part of it
    _keep_openings_whole(paragraphs)
    return doc


_OPENING_WORDS = 3  # the words a paragraph's first sentence always keeps together


def _keep_openings_whole(paragraphs: list[Token]) -> None:
    """A paragraph's first words stay in its first sentence: after a heading with no stop, the
    parser cuts "Ukraine and Russia each handed over 390" into "Ukraine", "and" and the rest,
    unless told not to; words only, up to the first mark. A paragraph that opens with
    a number ("07:02 Air raid alert", "21 September 2022.") is left to the parser: a live blog's
    stamp or a timeline's day is read as a heading of its own."""
    for token in paragraphs:
        if token.is_sent_start and token.is_alpha:
            doc = token.doc
            for word in doc[token.i + 1 : token.i + _OPENING_WORDS]:
                if word.is_sent_start is not None or not word.is_alpha or "\n" in doc[word.i - 1].whitespace_:
                    break  # a dateline's "Tripoli, 23 December -", "WASHINGTON -" or a table's "TOTAL |" is the
                    # parser's to cut
                word.is_sent_start = False


def _line_start(token: Token) -> int:
    """Where the line of `token` begins."""
    i = token.i
    while i > 0 and "\n" not in token.doc[i - 1].text and "\n" not in token.doc[i - 1].whitespace_:
        i -= 1
    return i


def _a_label(words: Span) -> bool:
    """A few words without a verb that open a line before a colon: "The headline", "Update"."""
    return 0 < len(words) <= _LABEL_LENGTH and not any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in words)


def _a_day_label(words: Span) -> bool:
    """A few words that open a line before a colon and name its day: "Day one (Friday)",
    "Second day, Saturday"; no verb, and no time or number, which a live blog's stamp or a
    timeline's date has, read as a heading of its own."""
    return _a_label(words) and any(t.lower_ in WEEKDAYS or t.lower_ in MONTHS for t in words) and \
        not any(c.isdigit() for t in words for c in t.text)


def _a_dated_label(words: Span) -> bool:
    """A label with a day, a time or a number in it ("Correction, 20 March 2021", "12:10 Context"),
    which the rules for stamps and corrections read whole with what follows."""
    return any(t.lower_ in WEEKDAYS or t.lower_ in MONTHS or any(c.isdigit() for c in t.text) for t in words)


def restore_subjects(doc: Doc) -> Doc:
    """kg_subjects: see the module docstring."""
    for token in doc:
        if token.dep_ == "mark" and token.lower_ in _SUBORDINATORS and token.head.head != token.head:
            _lift_words_before(token)
    for token in doc:
        verb = _verb_of_misread_opening(token) or _verb_of_misread_compound(token)
        if verb is not None:
            _make_subject(token, verb)
        elif (verb := _verb_after_object_conjunct(token)) is not None:
            joined = [c for c in (*token.children, *token.head.children) if c.dep_ == "cc" and c.i < token.i]
            _make_subject(token, verb)
            for word in joined:
                word.head = verb
        elif (day := _day_taken_for_compound(token)) is not None:
            preposition = token.head
            day.head, day.dep_ = preposition, "pobj"
            _make_subject(token, preposition.head)
        elif (listed := _listed_after_colon(token)) is not None:
            token.head, token.dep_ = listed, "appos"
        elif (taker := _object_taken_for_subject(token)) is not None:
            participle = token.head
            taker.head, taker.dep_ = participle.head, "advcl" if any(c.dep_ == "mark" for c in taker.children) \
                else participle.dep_
            participle.head, participle.dep_ = token, "acl"
            token.head, token.dep_ = taker, "dobj"
        elif (handing := _verb_of_particle_before(token)) is not None:
            token.head = handing
        elif (misread := _misread_relative(token)) is not None:
            participle, main = misread
            if main.head == participle:
                main.head, main.dep_ = main, "ROOT"
            _make_subject(token, main)
            participle.head, participle.dep_ = token, "acl"
    return doc


def _lift_words_before(mark: Token) -> None:
    """ "Earlier, on 3 May 2019, days after a ceasefire ended the fighting, 30 men were
    swapped": the parser hangs the opening date on "ended", though a clause opens with its
    "after"; words before the mark are the main verb's."""
    clause = mark.head
    for child in [c for c in clause.children if c.i < mark.i and c.dep_ in ("prep", "advmod", "npadvmod", "punct")]:
        if child.dep_ != "npadvmod" or child.ent_type_ != "DATE" or child.i < mark.i - 1:  # not "weeks after"
            child.head = clause.head
    if clause.dep_ == "ccomp":
        clause.dep_ = "advcl"


def _make_subject(token: Token, verb: Token) -> None:
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    token.head, token.dep_ = verb, "nsubjpass" if passive else "nsubj"


def _verb_of_misread_opening(token: Token) -> Token | None:
    """The subjectless verb whose subject the parser hung on the phrase that opens the
    sentence, as its apposition or its conjunct: "Last Tuesday, X ... was handed over", "In
    the city of Taiz, the rebels and the army traded prisoners", "In the biggest trade in a
    decade, Chad and Niger freed 12"."""
    opening = token.head
    if token.dep_ not in ("appos", "conj") or token.left_edge.i == 0 or token.doc[token.left_edge.i - 1].text != ",":
        return None
    if token.dep_ == "conj" and any(c.dep_ == "cc" and c.i < token.i for c in opening.children):
        return None  # "the army, the police and the rebels": a list
    if opening.ent_type_ in ("DATE", "TIME") and opening.dep_ == "npadvmod":
        verb = opening.head
    else:
        verb = _verb_of_phrase(opening)
    if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.i < token.i or \
            any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    return verb


def _verb_of_misread_compound(token: Token) -> Token | None:
    """ "The LNA hands over 35 fighters", parsed with "LNA" as a compound of the verb: a
    verb has no compounds, so the name is its subject."""
    verb = token.head
    if token.dep_ != "compound" or verb.pos_ != "VERB" or not verb.tag_.startswith("VB") or verb.i < token.i or \
            any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    return verb


def _verb_after_object_conjunct(token: Token) -> Token | None:
    """ "The ELN released seven soldiers and the army freed five farmers", parsed with "the army"
    joined to the soldiers and "freed" left without a subject: a conjunct of the first verb's
    object, right before a second verb of the same tense that has no subject but an object of
    its own, is that verb's subject, also where the parser joined the verb to one above the
    first ("..., where A freed 247 B and B handed over 323"). Returns the verb."""
    verb = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    first = token.head
    if verb is None or token.dep_ != "conj" or first.dep_ != "dobj" or verb.dep_ != "conj" or \
            verb.head != first.head and verb.head not in first.head.ancestors or \
            verb.tag_ != first.head.tag_ or token.pos_ not in ("NOUN", "PROPN") or \
            not any(c.dep_ == "cc" for c in first.children) and not any(c.dep_ == "cc" for c in token.children):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or not any(c.dep_ == "dobj" for c in verb.children):
        return None
    return verb


def _day_taken_for_compound(token: Token) -> Token | None:
    """ "On Friday Armenia and Azerbaijan swapped 40 men", with no comma after the day: the
    parser reads "Friday Armenia" as one name, the object of "On", and leaves the verb without
    a subject. Returns the day, which is the preposition's object, while the name is the subject."""
    preposition = token.head
    if token.dep_ != "pobj" or preposition.lower_ not in ("on", "in") or token.pos_ != "PROPN" or \
            token.lower_ in MONTHS or preposition.head.pos_ != "VERB" or preposition.i > preposition.head.i or \
            any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in preposition.head.children):
        return None
    days = [c for c in token.children if c.dep_ == "compound" and c.i < token.i and
            (c.lower_ in WEEKDAYS or c.lower_ in MONTHS)]
    return days[0] if days else None


def _listed_after_colon(token: Token) -> Token | None:
    """ "the release of 190 captives: 95 Ukrainian and 95 Russian prisoners", with the list
    hung on a word far before (or on none: "swapped 230 prisoners: 115 A and 115 B, X said"):
    a list after a colon spells out the counted noun right before it."""
    start = token.left_edge.i
    counted_too = token.dep_ == "dep" and any(c.dep_ == "nummod" for c in token.children)  # or left
    if not (token.dep_ == "appos" or counted_too) or start < 2 or token.doc[start - 1].text != ":":  # unattached
        return None
    before = token.doc[start - 2]
    counted = before.tag_ == "NNS" and any(c.dep_ == "nummod" for c in before.children)
    if not counted or before.i == token.head.i or before.sent != token.sent:
        return None
    return before


def _object_taken_for_subject(token: Token) -> Token | None:
    """ "..., while M23 released 42 soldiers captured in May", parsed with the soldiers as the
    subject of "captured" and "released" hung on it without an object: the people are what
    the verb right before them released, and "captured" a clause on them. Returns that verb."""
    participle = token.head
    if token.dep_ != "nsubj" or participle.tag_ != "VBN" or participle.i < token.i or any(
            c.dep_ in ("aux", "auxpass", "dobj") for c in participle.children) or token.left_edge.i == 0:
        return None
    taker = token.doc[token.left_edge.i - 1]
    if taker.pos_ != "VERB" or taker.tag_ not in ("VBD", "VBZ", "VBP") or taker.head != participle or \
            any(c.dep_ == "dobj" for c in taker.children) or participle.head == participle:
        return None
    return taker


def _verb_of_particle_before(token: Token) -> Token | None:
    """ "..., each side handing over 303 servicemen on the final day", parsed with the
    servicemen as a second object of the sentence's main verb: an object right after another
    verb's particle ("over", "back") is that verb's, where it has none. Returns that verb."""
    start = token.left_edge.i
    particle = token.doc[start - 1] if start > 0 else None
    if token.dep_ != "dobj" or particle is None or particle.dep_ != "prt" or particle.head == token.head:
        return None
    verb = particle.head
    if verb.pos_ != "VERB" or verb.i > token.i or any(c.dep_ == "dobj" for c in verb.children):
        return None
    return verb


def _misread_relative(token: Token) -> tuple[Token, Token] | None:
    """ "An exchange agreed at talks in Geneva, hosted by X, was completed", where the parser
    took "agreed" for the exchange's verb: a past form with no object of its own, and a
    passive verb later in the sentence, right after a comma, with no subject and no "that",
    which the parser made the participle's head, its clause or its conjunct. Returns the
    participle and that passive verb."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") or \
            any(c.dep_ in ("dobj", "attr", "acomp") for c in verb.children):
        return None
    joined = not any(c.dep_ == "cc" for c in verb.children)  # "agreed ..., was brokered", with no "and"
    candidates = [verb.head] if verb.dep_ == "ccomp" else [
        c for c in verb.children if c.dep_ == "ccomp" or c.dep_ == "conj" and joined]
    for main in candidates:
        auxiliaries = [c for c in main.children if c.dep_ == "auxpass" and c.i < main.i]
        one_clause = not any(t.text in (":", ";") for t in token.doc[verb.i : main.i])
        after_a_comma = bool(auxiliaries) and token.doc[auxiliaries[0].i - 1].text == ","  # "..., was completed"
        if main.i > verb.i and main.pos_ == "VERB" and after_a_comma and one_clause and not any(
                c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark") for c in main.children):
            return verb, main
    return None


def _verb_of_phrase(word: Token) -> Token | None:
    """The verb a chain of prepositional phrases hangs on: "In the city of Taiz" -> its verb."""
    while word.dep_ == "pobj" and word.head.dep_ == "prep":
        if word.head.head.pos_ in ("VERB", "AUX"):
            return word.head.head
        word = word.head.head
    return None
