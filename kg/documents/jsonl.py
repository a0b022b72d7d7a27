"""JSON Lines: one document per line, as `shared/eval/README.md` describes.

`{"id": ..., "title": ..., "published": "YYYY-MM-DD", "source": ..., "url": ..., "text": ...}`;
`id` and `text` are required, `published` may be missing or null.
"""

from __future__ import annotations

import datetime as dt
import json
import reprlib

from kg.documents.model import Document
from kg.errors import DocumentError


class _Invalid(Exception):
    """What is wrong with a line; `read` turns it into a DocumentError naming the line."""


def read(text: str, source: str, line: int | None) -> Document | DocumentError:
    """One line as a Document, or a DocumentError naming the line and what is wrong with it."""
    try:
        return _document(_record(text))
    except _Invalid as invalid:
        return DocumentError(source, str(invalid), line)


def _record(text: str) -> dict[str, object]:
    try:
        record = json.loads(text)
    except json.JSONDecodeError as err:
        raise _Invalid(f"invalid JSON: {err.msg} at column {err.colno}") from err
    except (ValueError, RecursionError) as err:  # a huge integer, or nesting too deep
        raise _Invalid(f"invalid JSON: {err}") from err
    if not isinstance(record, dict):
        raise _Invalid(f"line is not a JSON object but a {type(record).__name__}")
    return record


def _document(record: dict[str, object]) -> Document:
    doc_id, text = _string(record, "id"), _string(record, "text")
    if doc_id is None:
        raise _Invalid("line has no id (a non-empty string)")
    if text is None:
        raise _Invalid(f"document {doc_id!r}: line has no text")
    return Document(
        id=doc_id.strip(),
        text=text,
        title=_string(record, "title"),
        published=_date(record.get("published")),
        source=_string(record, "source"),
        url=_string(record, "url"),
    )


def _string(record: dict[str, object], key: str) -> str | None:
    """The field if it is a non-blank string, else None. A `\\ud800`-style escape decodes to a
    lone surrogate, which no UTF-8 output (the store, an export) can hold: refused here, where
    the line is known, rather than failing later."""
    value = record.get(key)
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        value.encode()
    except UnicodeEncodeError as err:
        raise _Invalid(f"{key} is not valid Unicode: it holds a lone surrogate") from err
    return value


def _date(value: object) -> dt.date | None:
    """A date, or the date part of a full ISO datetime (in its own time zone)."""
    if value is None:
        return None
    try:
        return dt.datetime.fromisoformat(value).date()  # TypeError if not a string
    except (TypeError, ValueError) as err:
        reason = f"published is not an ISO date (YYYY-MM-DD): {reprlib.repr(value)}"
        raise _Invalid(reason) from err
