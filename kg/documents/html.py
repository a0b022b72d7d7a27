"""HTML: the article's main text, without navigation, footer, comments or tables."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kg.documents.model import Document
from kg.errors import DocumentError

# Dates from the page's markup only: htmldate's extensive search takes any date in the body,
# often the date of an event the article reports, and a wrong publication date would shift
# every relative date ("on Wednesday") silently, where a missing one falls back to the default.
DATE_PARAMS = {"extensive_search": False, "original_date": True}


def read(text: str, source: str, line: int | None) -> Document | DocumentError:
    """The page as a Document named after its file, paragraphs separated by newlines."""
    import trafilatura  # a second to import: only when a page is read

    try:
        page = trafilatura.bare_extraction(
            text,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params=DATE_PARAMS,
        )
    except Exception as err:  # lxml and trafilatura raise many kinds on odd markup
        return DocumentError(source, f"cannot parse HTML: {err}", line)
    if page is None or not (page.text or "").strip():
        return DocumentError(source, "no text: no main text found in the HTML", line)
    return Document(
        id=Path(source).stem,
        text=page.text,
        title=page.title or None,
        published=_date(page.date),
        source=page.sitename or None,
        url=page.url or None,
    )


def _date(value: str | None) -> dt.date | None:
    """trafilatura gives YYYY-MM-DD; anything else is treated as no date rather than an error,
    since the page's text is still good."""
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None
