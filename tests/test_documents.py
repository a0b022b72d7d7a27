"""Documents in: every format loads, and every bad input is a DocumentError naming the file
(and the line) while the other documents of the same call still load."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.documents import MAX_DOCUMENT_BYTES, Document, load
from kg.errors import DocumentError

# tmp_path is shared by a property's examples: each one overwrites the same file.
SHARED_TMP_PATH = [HealthCheck.function_scoped_fixture]
PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=SHARED_TMP_PATH)

SWAP = {
    "id": "wire-17",
    "title": "Coastal states trade detainees",
    "published": "2025-03-04",
    "source": "Harbour Wire",
    "url": "https://news.example/wire-17",
    "text": "Norland and Sudmark exchanged twelve detainees on Tuesday.\n"
    "The transfer took place at a ferry terminal, officials said.",
}
TALKS = {"id": "wire-18", "text": "Envoys from both sides will meet again next month."}
PARAGRAPHS = [
    "Officials in the two capitals said on Tuesday that forty detainees had crossed the "
    "river bridge at dawn, ending months of uncertainty for their families.",
    "The release followed quiet talks hosted by a neutral government, a spokesman for the "
    "interior ministry told reporters, adding that more releases were expected.",
]
PAGE = (
    "<html><head><title>Detainees cross the river bridge</title></head><body>"
    '<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>'
    "<article><h1>Detainees cross the river bridge</h1>"
    + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    + "</article><footer>Copyright 2025 Example Media. All rights reserved.</footer>"
    "</body></html>"
)


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode())
    return path


def jsonl(*records: object) -> str:
    return "".join(json.dumps(record) + "\n" for record in records)


def encoded(record: object) -> bytes:
    return json.dumps(record).encode()


def split(items: list[Document | DocumentError]) -> tuple[list[Document], list[DocumentError]]:
    assert all(isinstance(item, Document | DocumentError) for item in items)
    docs = [item for item in items if isinstance(item, Document)]
    return docs, [item for item in items if isinstance(item, DocumentError)]


# ---- each format loads


def test_documents_jsonl_loads_every_field_and_skips_blank_lines(tmp_path: Path) -> None:
    path = write(tmp_path / "corpus.jsonl", json.dumps(SWAP) + "\n\n  \n" + json.dumps(TALKS))
    swap, talks = load([path])
    assert swap == Document(
        id="wire-17",
        text=SWAP["text"],
        title="Coastal states trade detainees",
        published=dt.date(2025, 3, 4),
        source="Harbour Wire",
        url="https://news.example/wire-17",
        origin=f"{path}:1",
    )
    assert (talks.id, talks.title, talks.published, talks.origin) == (
        "wire-18",
        None,
        None,
        f"{path}:4",
    )


def test_documents_jsonl_takes_the_date_of_a_full_iso_datetime(tmp_path: Path) -> None:
    path = write(tmp_path / "c.jsonl", jsonl({**SWAP, "published": "2025-03-04T23:30:00+02:00"}))
    [doc] = load([path])
    assert doc.published == dt.date(2025, 3, 4)


def test_documents_a_utf8_byte_order_mark_is_dropped(tmp_path: Path) -> None:
    bom = b"\xef\xbb\xbf"
    corpus = write(tmp_path / "c.jsonl", bom + jsonl(SWAP).encode())
    note = write(tmp_path / "note.txt", bom + "Café owners in the port reopened.".encode())
    swap, note_doc = load([corpus, note])
    assert swap.id == "wire-17" and note_doc.text == "Café owners in the port reopened."


def test_documents_txt_takes_its_id_from_the_file_name_and_its_text_as_is(tmp_path: Path) -> None:
    text = "The ceasefire held overnight.\nAid trucks crossed at noon.\n"
    path = write(tmp_path / "ceasefire-day-2.txt", text)
    [doc] = load([path])
    assert (doc.id, doc.text, doc.title, doc.published) == ("ceasefire-day-2", text, None, None)
    assert doc.origin == str(path)


def test_documents_html_keeps_the_article_and_takes_its_title(tmp_path: Path) -> None:
    [doc] = load([write(tmp_path / "bridge.html", PAGE)])
    assert doc.id == "bridge" and doc.title == "Detainees cross the river bridge"
    assert all(paragraph in doc.text.splitlines() for paragraph in PARAGRAPHS)
    assert "Sport" not in doc.text and "Copyright" not in doc.text


def test_documents_html_takes_the_date_from_the_markup_only(tmp_path: Path) -> None:
    meta = '<meta property="article:published_time" content="2025-06-02T08:00:00Z">'
    dated = write(tmp_path / "a.htm", PAGE.replace("</head>", meta + "</head>"))
    in_text_only = write(tmp_path / "b.html", PAGE.replace("at dawn", "at dawn on 12 June 2019"))
    first, second = load([dated, in_text_only])
    assert first.published == dt.date(2025, 6, 2) and second.published is None


def test_documents_a_directory_is_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    write(tmp_path / "news" / "b.txt", "Second story about the port.")
    write(tmp_path / "news" / "a" / "z.jsonl", jsonl(TALKS))
    write(tmp_path / "news" / "a" / "page.html", PAGE)
    write(tmp_path / "news" / "README.md", "Not a document format: skipped in a folder.")
    write(tmp_path / "news" / ".draft.txt", "A hidden draft.")
    write(tmp_path / "news" / ".cache" / "old.txt", "A hidden folder.")
    assert [doc.id for doc in load([tmp_path / "news"])] == ["page", "wire-18", "b"]


def test_documents_dash_reads_json_lines_from_stdin() -> None:
    stdin = io.BytesIO(jsonl(SWAP, TALKS).encode())
    docs = list(load(["-"], stdin=stdin))
    assert [(doc.id, doc.origin) for doc in docs] == [("wire-17", "-:1"), ("wire-18", "-:2")]


def test_documents_stdin_may_be_a_text_stream() -> None:
    [doc] = load(["-"], stdin=io.StringIO(jsonl(TALKS)))
    assert doc.id == "wire-18"


def test_documents_published_default_fills_in_only_missing_dates(tmp_path: Path) -> None:
    note = write(tmp_path / "note.txt", "Harbour workers ended their strike.")
    corpus = write(tmp_path / "c.jsonl", jsonl(SWAP, {**TALKS, "published": None}))
    docs = load([note, corpus], published=dt.date(2025, 1, 9))
    assert [doc.published for doc in docs] == [
        dt.date(2025, 1, 9),
        dt.date(2025, 3, 4),
        dt.date(2025, 1, 9),
    ]


# ---- each bad input is an error naming it, and the rest still loads

BAD_FILES = {
    "empty file": ("empty.txt", b"", "empty document"),
    "only whitespace": ("blank.txt", b" \n\t\n", "empty document"),
    "binary file": ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file, not text"),
    "control bytes": ("noise.txt", bytes(range(1, 9)) * 20, "binary file, not text"),
    "latin-1 text": (
        "latin.txt",
        "Le ministre a déclaré mardi.".encode("latin-1"),
        "not UTF-8 text: invalid byte 0xe9 at offset 15",
    ),
    "6 MB document": (
        "huge.txt",
        b"Talks resumed. " * 400_000,
        f"document is 6000000 bytes, over the limit of {MAX_DOCUMENT_BYTES}",
    ),
    "unknown extension": ("table.csv", b"a,b\n1,2\n", "unknown extension '.csv'; known: .htm"),
    "html without text": (
        "script.html",
        b"<html><head><title>Live</title></head><body><script>load();</script></body></html>",
        "no text",
    ),
    "empty json lines": ("none.jsonl", b"\n\n", "empty document"),
    "missing path": ("missing.txt", None, "no such file or directory"),
}


@pytest.mark.parametrize(("name", "data", "reason"), BAD_FILES.values(), ids=BAD_FILES.keys())
def test_documents_a_bad_file_is_an_error_and_the_rest_still_loads(
    tmp_path: Path, name: str, data: bytes | None, reason: str
) -> None:
    bad = tmp_path / name if data is None else write(tmp_path / name, data)
    before = write(tmp_path / "before.txt", "Shops in the old town reopened.")
    after = write(tmp_path / "after.jsonl", jsonl(TALKS))
    docs, [error] = split(list(load([before, bad, after])))
    assert [doc.id for doc in docs] == ["before", "wire-18"]
    assert error.source == str(bad) and error.line is None and reason in error.reason


def test_documents_an_oversized_file_is_refused_without_being_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "huge.html", b"<p>Talks resumed.</p>" * 300_000)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail(f"read {self}"))
    [error] = load([path])
    assert isinstance(error, DocumentError) and "over the limit" in error.reason


BAD_LINES = {
    "invalid JSON": (b'{"id": "x", "text": ', "invalid JSON: Expecting value at column 21"),
    "not an object": (b"[1, 2]", "line is not a JSON object but a list"),
    "no id": (encoded({"text": "Talks resumed."}), "line has no id"),
    "empty id": (encoded({"id": " ", "text": "Talks resumed."}), "line has no id"),
    "numeric id": (encoded({"id": 7, "text": "Talks resumed."}), "line has no id"),
    "no text": (encoded({"id": "x"}), "line has no text"),
    "empty text": (encoded({"id": "x", "text": " \n"}), "line has no text"),
    "text not a string": (encoded({"id": "x", "text": ["a"]}), "line has no text"),
    "bad date": (
        encoded({**TALKS, "published": "last Tuesday"}),
        "published is not an ISO date (YYYY-MM-DD): 'last Tuesday'",
    ),
    "numeric date": (encoded({**TALKS, "published": 20250304}), "not an ISO date"),
    "lone surrogate": (b'{"id": "x", "text": "Talks \\ud800"}', "text is not valid Unicode"),
    "not UTF-8": (b'{"id": "x", "text": "caf\xe9"}', "not UTF-8 text: invalid byte 0xe9"),
    "6 MB line": (
        encoded({"id": "x", "text": "Talks resumed. " * 400_000}),
        "over the limit of 5000000",
    ),
}


@pytest.mark.parametrize(("line", "reason"), BAD_LINES.values(), ids=BAD_LINES.keys())
def test_documents_a_bad_json_line_names_its_line(tmp_path: Path, line: bytes, reason: str) -> None:
    path = write(tmp_path / "c.jsonl", jsonl(SWAP).encode() + line + b"\n" + jsonl(TALKS).encode())
    docs, [error] = split(list(load([path])))
    assert [doc.origin for doc in docs] == [f"{path}:1", f"{path}:3"]
    assert (error.source, error.line) == (str(path), 2) and reason in error.reason
    assert str(error).startswith(f"{path}:2: ")


def test_documents_a_bad_line_on_stdin_names_its_line() -> None:
    stdin = io.BytesIO(b"{oops\n" + jsonl(TALKS).encode())
    error, doc = load(["-"], stdin=stdin)
    assert str(error).startswith("-:1: invalid JSON") and doc.origin == "-:2"


def test_documents_a_json_lines_corpus_may_be_larger_than_one_document(tmp_path: Path) -> None:
    records = [{"id": f"d{i}", "text": "Talks resumed. " * 1000} for i in range(400)]
    path = write(tmp_path / "big.jsonl", jsonl(*records))
    assert path.stat().st_size > MAX_DOCUMENT_BYTES
    assert sum(isinstance(doc, Document) for doc in load([path])) == 400


# ---- whatever the input, the loader yields documents or errors and never raises


def assert_documents_or_errors_naming(path: Path) -> None:
    for item in load([path]):
        if isinstance(item, DocumentError):
            assert item.source == str(path)
        else:
            assert isinstance(item, Document) and item.id.strip() and item.text.strip()


@PROPERTY
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".txt", ".jsonl", ".html"]))
def test_documents_random_bytes_never_raise(tmp_path: Path, data: bytes, suffix: str) -> None:
    assert_documents_or_errors_naming(write(tmp_path / f"random{suffix}", data))


FIELDS = st.sampled_from(["id", "text", "published", "title", "url"])
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(FIELDS, inner, max_size=5),
    max_leaves=10,
)


@PROPERTY
@given(value=JSON_VALUES)
def test_documents_random_json_values_never_raise(tmp_path: Path, value: object) -> None:
    assert_documents_or_errors_naming(write(tmp_path / "random.jsonl", json.dumps(value)))


@PROPERTY
@given(
    body=st.text(max_size=300),
    tags=st.lists(st.sampled_from(["p", "div", "article", "nav", "script", "table", "b"])),
)
def test_documents_random_html_never_raises(tmp_path: Path, body: str, tags: list[str]) -> None:
    page = "".join(f"<{tag}>" for tag in tags) + body + "".join(f"</{tag}>" for tag in tags)
    assert_documents_or_errors_naming(write(tmp_path / "random.html", f"<html>{page}</html>"))
