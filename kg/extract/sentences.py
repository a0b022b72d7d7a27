"""kg_paragraphs: a new line starts a new sentence.

News paragraphs are separated by newlines; without this the parser sometimes runs a
sentence across a paragraph break (or across a blanked furniture line).
"""

from __future__ import annotations

from spacy.tokens import Doc


def mark_paragraph_starts(doc: Doc) -> Doc:
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
    return doc
