"""The unit everything else works on: one news document, its text and its metadata."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Document:
    """A news document as loaded, before any extraction.

    `text` is the article body with paragraphs separated by newlines; character offsets of
    every extracted fact refer to it.
    """

    id: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    url: str | None = None
    origin: str | None = None  # where it was read from: a path, "path:line" or "-"
