"""Plain text: the whole file is one document, its id the file name without extension."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from kg.documents.model import Document
from kg.errors import DocumentError


def read(text: str, origin: str, published: dt.date | None) -> Iterator[Document | DocumentError]:
    if not text.strip():
        yield DocumentError(origin, "no text")
        return
    yield Document(id=Path(origin).stem, text=text, published=published, origin=origin)
