"""Read documents from paths, one format per extension, never stopping at a bad one.

`load` yields a Document per good document and a DocumentError per bad file or line, so one
broken input is reported where it is while the rest of a large run still loads. The checks
every format needs (missing, too big, binary, not UTF-8, empty) are made here, once, before
a format's reader sees the text: a new format is one module with a `read` and one entry in
READERS.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, NamedTuple, TextIO

from kg.documents import html, jsonl, txt
from kg.documents.model import Document
from kg.errors import DocumentError

MAX_DOCUMENT_BYTES = 5_000_000
SNIFF_BYTES = 8192  # the head of a file that decides whether it is text at all
BINARY_SHARE = 0.3  # a head with more odd characters than this share is not text
Loaded = Document | DocumentError


class Reader(NamedTuple):
    """One format. `read` turns one document's checked text into a Document, or names what is
    wrong with it; `per_line` marks a format with one document per line (JSON Lines), whose
    lines are checked one by one, rather than one document per file."""

    read: Callable[[str, str, int | None], Loaded]
    per_line: bool = False


READERS: dict[str, Reader] = {
    ".jsonl": Reader(jsonl.read, per_line=True),
    ".txt": Reader(txt.read),
    ".html": Reader(html.read),
    ".htm": Reader(html.read),
}


def load(
    paths: Iterable[str | Path],
    *,
    published: dt.date | None = None,
    stdin: TextIO | BinaryIO | None = None,
) -> Iterator[Document | DocumentError]:
    """Every document under `paths`, in order, and an error for every one that cannot be read.

    A path is a file (read by its extension), a directory (walked recursively) or "-" (JSON
    Lines on `stdin`, by default the process's). `published` is the date of documents that
    carry none, such as plain text files.
    """
    for path in paths:
        for item in _load_path(str(path), stdin):
            if isinstance(item, Document) and item.published is None and published is not None:
                item = dataclasses.replace(item, published=published)
            yield item


def _load_path(path: str, stdin: TextIO | BinaryIO | None) -> Iterator[Loaded]:
    if path == "-":
        yield from _documents(_stdin_bytes(stdin), "-", READERS[".jsonl"])
    elif Path(path).is_dir():
        yield from _load_directory(Path(path))
    else:
        yield from _load_file(Path(path))


def _load_directory(directory: Path) -> Iterator[Loaded]:
    """Every file of a known format under `directory`, in sorted order so runs are repeatable.

    Hidden files and folders (.git, editor backups) and files of other formats are skipped:
    a folder of news holds such things. Symlinked folders are not followed, so a link loop
    cannot make the walk endless.
    """
    try:
        children = sorted(directory.iterdir())
    except OSError as err:
        yield _unreadable(directory, err)
        return
    for child in children:
        if child.name.startswith("."):
            continue
        if child.is_dir() and not child.is_symlink():
            yield from _load_directory(child)
        elif child.is_file() and child.suffix.lower() in READERS:
            yield from _load_file(child)


def _load_file(path: Path) -> Iterator[Loaded]:
    reader = READERS.get(path.suffix.lower())
    if not path.exists():
        yield DocumentError(str(path), "no such file or directory")
    elif reader is None:
        known = ", ".join(sorted(READERS))
        yield DocumentError(str(path), f"unknown extension {path.suffix!r}; known: {known}")
    else:
        yield from _documents(_file_bytes(path, reader), str(path), reader)


def _file_bytes(path: Path, reader: Reader) -> bytes | DocumentError:
    """The file's bytes. A single document's size is checked first, so a huge file is refused
    without being read; a JSON Lines file holds many documents, so its lines are checked."""
    try:
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES and not reader.per_line:
            return DocumentError(str(path), _over_limit(size))
        return path.read_bytes()
    except OSError as err:
        return _unreadable(path, err)


def _stdin_bytes(stdin: TextIO | BinaryIO | None) -> bytes | DocumentError:
    """Standard input's bytes. A text stream's string is encoded back with its surrogates
    kept, so that undecodable input is reported as not UTF-8 instead of raising here."""
    try:
        data = (stdin if stdin is not None else sys.stdin.buffer).read()
    except (OSError, ValueError) as err:
        return DocumentError("-", f"cannot read: {err}")
    return data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data


def _documents(data: bytes | DocumentError, source: str, reader: Reader) -> Iterator[Loaded]:
    """Every document in one file: the file must be text as a whole, then each document is
    checked and read on its own, so a bad line of a JSON Lines file costs only that line.
    Lines are split as bytes, at LF and CR only: a JSON string may hold U+2028, which
    str.splitlines would split on, and a byte that is not UTF-8 must cost only its line."""
    problem = data if isinstance(data, DocumentError) else _file_problem(data, source)
    if problem is not None:
        yield problem
        return
    if not reader.per_line:
        yield _document(data, source, None, reader)
        return
    for number, line in enumerate(data.splitlines(), start=1):
        if line.strip():
            yield _document(line, source, number, reader)


def _file_problem(data: bytes, source: str) -> DocumentError | None:
    if not data.strip():
        return DocumentError(source, "empty document")
    if _looks_binary(data):
        return DocumentError(source, "binary file, not text")
    return None


def _looks_binary(data: bytes) -> bool:
    """A NUL byte, or a head of mostly control characters and bytes that are not UTF-8. Text
    in another encoding has only a few such bytes, so it is reported as not UTF-8, with where.
    """
    if b"\x00" in data:
        return True
    chars = data[:SNIFF_BYTES].decode("utf-8", errors="replace")
    odd = sum(char == "\ufffd" or _is_control(char) for char in chars)
    return odd > BINARY_SHARE * len(chars)


def _is_control(char: str) -> bool:
    return (char < " " and char not in "\t\n\r\f\v") or char == "\x7f"


def _document(data: bytes, source: str, line: int | None, reader: Reader) -> Loaded:
    """One document's bytes through the shared checks and its format's reader."""
    text = _text(data, source, line)
    if isinstance(text, DocumentError):
        return text
    document = reader.read(text, source, line)
    if isinstance(document, DocumentError):
        return document
    origin = source if line is None else f"{source}:{line}"
    return dataclasses.replace(document, origin=origin)


def _text(data: bytes, source: str, line: int | None) -> str | DocumentError:
    """One document's bytes as text, or why they are not. A UTF-8 byte order mark is dropped:
    some editors on Windows write one."""
    if len(data) > MAX_DOCUMENT_BYTES:
        return DocumentError(source, _over_limit(len(data)), line)
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as err:
        bad = f"invalid byte 0x{data[err.start]:02x} at offset {err.start}"
        return DocumentError(source, f"not UTF-8 text: {bad}", line)
    if not text.strip():
        return DocumentError(source, "empty document", line)
    return text


def _over_limit(size: int) -> str:
    return f"document is {size} bytes, over the limit of {MAX_DOCUMENT_BYTES}"


def _unreadable(path: Path, err: OSError) -> DocumentError:
    return DocumentError(str(path), f"cannot read: {err.strerror or err}")
