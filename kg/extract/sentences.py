"""Sentence structure the small parser gets wrong, set right.

kg_paragraphs (before the parser): a new line starts a new sentence, and a date or a name is
never cut in two. News paragraphs are separated by newlines; without this the parser
sometimes runs a sentence across a paragraph break (or across a blanked furniture line). A
timeline entry that opens with "21 September 2022." is sometimes cut after the day, which
loses the date.

kg_subjects (after the parser): "Last Tuesday, Sergeant X, held since 2006, was handed
over" is parsed with X in apposition to the day and the verb without a subject, and so is
"In the city of Taiz, the rebels and the army traded prisoners" with the rebels in
apposition to the city, and "The LNA hands over 35 fighters" with "LNA" a compound of the
verb; X is made its subject again, so that every rule reading subjects sees it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.dates import MONTHS


def mark_paragraph_starts(doc: Doc) -> Doc:
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
        elif token.is_title and token.lower_ in MONTHS and previous.is_digit and len(previous.text) <= 2:
            token.is_sent_start = False  # "21 September"
        elif token.is_title and previous.is_title and previous.whitespace_ == " ":
            token.is_sent_start = False  # "Mark Frerichs": a name
    return doc


def restore_subjects(doc: Doc) -> Doc:
    """kg_subjects: see the module docstring."""
    for token in doc:
        verb = _verb_of_misread_opening(token) or _verb_of_misread_compound(token)
        if verb is not None:
            passive = any(c.dep_ == "auxpass" for c in verb.children)
            token.head, token.dep_ = verb, "nsubjpass" if passive else "nsubj"
    return doc


def _verb_of_misread_opening(token: Token) -> Token | None:
    """The subjectless verb whose subject the parser hung on the phrase that opens the
    sentence, as its apposition: "Last Tuesday, X ... was handed over", "In the city of
    Taiz, the rebels and the army traded prisoners"."""
    opening = token.head
    if token.dep_ != "appos" or token.left_edge.i == 0 or token.doc[token.left_edge.i - 1].text != ",":
        return None
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


def _verb_of_phrase(word: Token) -> Token | None:
    """The verb a chain of prepositional phrases hangs on: "In the city of Taiz" -> its verb."""
    while word.dep_ == "pobj" and word.head.dep_ == "prep":
        if word.head.head.pos_ in ("VERB", "AUX"):
            return word.head.head
        word = word.head.head
    return None
