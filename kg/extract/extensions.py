"""The custom attributes kg's components read and write on a spaCy `Doc`, set in one place.

    doc._.published     the story's today: its dateline's day, else its publication date (set before the
                        pipeline runs)
    doc._.turns         labelled turns of a transcript or interview (set with it)
    doc._.dateline_place    the place its dateline names, a place wherever the story names it (set with it)
    doc._.actors        dict key -> Actor, filled by kg_actors
    doc._.mentions      list of ActorMention (token span + actor key), by kg_actors
    doc._.dates         list of DateMention (token span + resolved date), by kg_dates
    doc._.events        list of Event, by kg_exchanges and the other event components
    doc._.statements    list of Statement, by kg_statements
"""

from __future__ import annotations

from spacy.tokens import Doc

_DOC_EXTENSIONS = {
    "published": None,
    "turns": None,
    "dateline_place": None,
    "actors": None,
    "mentions": None,
    "dates": None,
    "events": None,
    "statements": None,
}


def register_extensions() -> None:
    """Declare the extensions once; safe to call again."""
    for name, default in _DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def written_text(doc: Doc) -> str:
    """The document's text as written, furniture and all (the parser sees it blanked, offsets
    unchanged)."""
    document = doc.user_data.get("kg_document")
    return document.text if document is not None else doc_text(doc)


def doc_text(doc: Doc) -> str:
    """The document's text, joined once. spaCy's `Doc.text` joins every token anew on each
    access, which made reading a character range of a long document cost a pass over it."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.user_data["kg_text"] = doc.text
    return text
