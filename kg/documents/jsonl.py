"""JSON Lines: one document per line, as `../shared/eval/README.md` describes."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator

from kg.documents.model import Document
from kg.errors import DocumentError


def read(text: str, origin: str, published: dt.date | None) -> Iterator[Document | DocumentError]:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield parse_line(line, origin, number)


def parse_line(line: str, origin: str, number: int) -> Document | DocumentError:
    """One line as a Document, or the reason it is not one."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return DocumentError(origin, f"invalid JSON: {err.msg} at column {err.colno}", number)
    if not isinstance(record, dict):
        return DocumentError(origin, f"a line must be a JSON object, not {type(record).__name__}",
                             number)
    doc_id, text = record.get("id"), record.get("text")
    if not isinstance(doc_id, str) or not doc_id.strip():
        return DocumentError(origin, "line has no id (a non-empty string)", number)
    if not isinstance(text, str) or not text.strip():
        return DocumentError(origin, f"document {doc_id!r}: line has no text", number)
    published = record.get("published")
    if published is not None:
        try:
            published = dt.date.fromisoformat(str(published)[:10])
        except ValueError:
            return DocumentError(origin, f"published is not an ISO date (YYYY-MM-DD): "
                                 f"{published!r}", number)
    return Document(
        id=doc_id.strip(), text=text, title=_string(record.get("title")), published=published,
        source=_string(record.get("source")), url=_string(record.get("url")),
        origin=f"{origin}:{number}",
    )


def _string(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None
