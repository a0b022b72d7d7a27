"""Read documents from paths, one format per extension, never stopping at a bad one.

`load` yields a `Document` per good document and a `DocumentError` per bad file or line,
so one bad input is reported without sinking the others. Every check that applies to all
formats (missing, too big, binary, not UTF-8, empty) lives here, once.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from kg.documents import html, jsonl, txt
from kg.documents.model import Document
from kg.errors import DocumentError

MAX_DOCUMENT_BYTES = 5_000_000
Reader = Callable[[str, str, "dt.date | None"], Iterator["Document | DocumentError"]]
READERS: dict[str, Reader] = {".jsonl": jsonl.read, ".txt": txt.read, ".html": html.read,
                              ".htm": html.read}


def load(
    paths: Iterable[str | Path],
    *,
    published: dt.date | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Document | DocumentError]:
    """Every document under `paths` ("-" is JSON Lines on stdin); `published` fills in the
    publication date of documents that have none."""
    for path in paths:
        for item in _load_one(str(path), stdin):
            if isinstance(item, Document) and item.published is None and published:
                item = Document(**{**item.__dict__, "published": published})
            yield item


def _load_one(path: str, stdin: BinaryIO | None) -> Iterator[Document | DocumentError]:
    if path == "-":
        data = (stdin or sys.stdin.buffer).read()
        yield from _read(data, "-", jsonl.read)
        return
    target = Path(path)
    if not target.exists():
        yield DocumentError(path, "no such file or directory")
    elif target.is_dir():
        for child in sorted(target.rglob("*")):
            hidden = any(part.startswith(".") for part in child.relative_to(target).parts)
            if child.is_file() and not hidden and child.suffix.lower() in READERS:
                yield from _load_file(child)
    else:
        yield from _load_file(target)


def _load_file(path: Path) -> Iterator[Document | DocumentError]:
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(sorted(READERS))
        yield DocumentError(str(path), f"unknown extension {path.suffix!r}; known: {known}")
        return
    try:
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES and reader is not jsonl.read:
            yield DocumentError(str(path), f"document is {size} bytes, over the limit of "
                                f"{MAX_DOCUMENT_BYTES}")
            return
        data = path.read_bytes()
    except OSError as err:
        yield DocumentError(str(path), f"cannot read: {err.strerror or err}")
        return
    yield from _read(data, str(path), reader)


def _read(data: bytes, origin: str, reader: Reader) -> Iterator[Document | DocumentError]:
    text = decode(data, origin)
    if isinstance(text, DocumentError):
        yield text
        return
    for item in reader(text, origin, None):
        if isinstance(item, Document) and len(item.text.encode()) > MAX_DOCUMENT_BYTES:
            yield DocumentError(item.origin or origin, f"document is {len(item.text.encode())} "
                                f"bytes, over the limit of {MAX_DOCUMENT_BYTES}")
        else:
            yield item


def decode(data: bytes, origin: str) -> str | DocumentError:
    """The bytes as text, or the reason they are not text."""
    if not data.strip():
        return DocumentError(origin, "empty document")
    if b"\x00" in data:
        return DocumentError(origin, "binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        return DocumentError(origin, f"not UTF-8 text: invalid byte 0x{data[err.start]:02x} "
                             f"at offset {err.start}")
