"""Plain text: the whole file is one document, its id the file name without extension."""

from __future__ import annotations

from pathlib import Path

from kg.documents.model import Document
from kg.errors import DocumentError


def read(text: str, source: str, line: int | None) -> Document | DocumentError:
    """The text as is: it has no title or date, so `load`'s `published` is its only date."""
    return Document(id=Path(source).stem, text=text)
