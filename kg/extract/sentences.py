"""Sentence structure the small parser gets wrong, set right.

kg_paragraphs (before the parser): a new line starts a new sentence, and a date or a name is
never cut in two. News paragraphs are separated by newlines; without this the parser
sometimes runs a sentence across a paragraph break (or across a blanked furniture line). A
timeline entry that opens with "21 September 2022." is sometimes cut after the day, which
loses the date.

kg_subjects (after the parser): "Last Tuesday, Sergeant X, held since 2006, was handed
over" is parsed with X in apposition to the day and the verb without a subject; X is made
its subject again, so that every rule reading subjects sees it.
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
        verb = _verb_of_misread_day(token)
        if verb is not None:
            passive = any(c.dep_ == "auxpass" for c in verb.children)
            token.head, token.dep_ = verb, "nsubjpass" if passive else "nsubj"
    return doc


def _verb_of_misread_day(token: Token) -> Token | None:
    """The subjectless verb whose subject the parser hung on the day before it, as an
    apposition of the day: "Last Tuesday, X ... was handed over"."""
    day = token.head
    if token.dep_ != "appos" or day.ent_type_ not in ("DATE", "TIME") or day.dep_ != "npadvmod":
        return None
    verb = day.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i < token.i or \
            any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    return verb
