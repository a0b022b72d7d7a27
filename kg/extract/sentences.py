"""kg_paragraphs: a new line starts a new sentence, and a date or a name is never cut in two.

News paragraphs are separated by newlines; without this the parser sometimes runs a
sentence across a paragraph break (or across a blanked furniture line). A timeline entry
that opens with "21 September 2022." is sometimes cut after the day, which loses the date.
"""

from __future__ import annotations

from spacy.tokens import Doc

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
