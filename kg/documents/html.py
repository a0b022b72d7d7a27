"""HTML: the article's main text, without navigation, ads or footer, by trafilatura."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import trafilatura

from kg.documents.model import Document
from kg.errors import DocumentError


def read(text: str, origin: str, published: dt.date | None) -> Iterator[Document | DocumentError]:
    try:
        body = trafilatura.extract(text, include_comments=False, include_tables=False)
        meta = trafilatura.extract_metadata(text)
    except Exception as err:  # noqa: BLE001 - trafilatura raises many kinds on bad markup
        yield DocumentError(origin, f"cannot parse HTML: {err}")
        return
    if not body or not body.strip():
        yield DocumentError(origin, "no main text found in the HTML")
        return
    date = published
    if meta is not None and meta.date:
        try:
            date = dt.date.fromisoformat(meta.date[:10])
        except ValueError:
            pass
    yield Document(id=Path(origin).stem, text=body, title=meta.title if meta else None,
                   published=date, url=meta.url if meta else None,
                   source=meta.sitename if meta else None, origin=origin)
