"""Documents in: every format loads, and every bad input is an error naming the input
while the other documents still load."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.documents import MAX_DOCUMENT_BYTES, Document, load
from kg.errors import DocumentError

FIXTURE_OK = [HealthCheck.function_scoped_fixture]  # tmp_path is reused, files overwritten
GOOD = {"id": "a-1", "title": "T", "published": "2025-02-03", "source": "S", "url": None,
        "text": "Freetown and Monrovia swapped prisoners on Monday."}


def _write(path: Path, data: bytes | str) -> Path:
    path.write_bytes(data if isinstance(data, bytes) else data.encode())
    return path


def _split(items):  # noqa: ANN001, ANN202
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, DocumentError)]
    return docs, errors


def test_documents_jsonl_loads_every_field(tmp_path: Path) -> None:
    path = _write(tmp_path / "c.jsonl", json.dumps(GOOD) + "\n\n")
    [doc] = load([path])
    assert (doc.id, doc.title, doc.source, doc.published) == ("a-1", "T", "S", dt.date(2025, 2, 3))
    assert doc.origin == f"{path}:1"


def test_documents_txt_takes_its_id_from_the_file_name(tmp_path: Path) -> None:
    [doc] = load([_write(tmp_path / "story-7.txt", "A short story about talks.")])
    assert doc.id == "story-7" and doc.published is None


def test_documents_published_fills_only_missing_dates(tmp_path: Path) -> None:
    txt = _write(tmp_path / "x.txt", "Some news text.")
    jsonl = _write(tmp_path / "c.jsonl", json.dumps(GOOD))
    docs = list(load([txt, jsonl], published=dt.date(2020, 1, 1)))
    assert [d.published for d in docs] == [dt.date(2020, 1, 1), dt.date(2025, 2, 3)]


def test_documents_html_keeps_the_article_and_drops_navigation(tmp_path: Path) -> None:
    article = " ".join(["The two governments exchanged forty detainees at the border."] * 5)
    page = (f"<html><head><title>Swap at the border</title></head><body><nav>Home | World | "
            f"Sport</nav><article><h1>Swap at the border</h1><p>{article}</p><p>{article}</p>"
            f"</article><footer>Copyright 2025 Example Media</footer></body></html>")
    [doc] = load([_write(tmp_path / "page.html", page)])
    assert doc.id == "page" and "forty detainees" in doc.text
    assert "Copyright" not in doc.text and "Sport" not in doc.text


def test_documents_folders_are_read_recursively(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    _write(tmp_path / "a" / "one.txt", "First story.")
    _write(tmp_path / "a" / "b" / "two.txt", "Second story.")
    _write(tmp_path / "a" / "notes.md", "ignored inside folders")
    assert sorted(d.id for d in load([tmp_path / "a"])) == ["one", "two"]


def test_documents_stdin_is_json_lines() -> None:
    stdin = io.BytesIO((json.dumps(GOOD) + "\n").encode())
    [doc] = load(["-"], stdin=stdin)
    assert doc.id == "a-1" and doc.origin == "-:1"


def test_documents_bad_inputs_are_errors_naming_the_input(tmp_path: Path) -> None:
    good = _write(tmp_path / "good.txt", "A good document.")
    bad = {
        "empty document": _write(tmp_path / "empty.txt", ""),
        "binary file": _write(tmp_path / "blob.txt", b"\x89PNG\x00\x00\x01"),
        "not UTF-8": _write(tmp_path / "latin.txt", "caf\xe9".encode("latin-1")),
        "unknown extension": _write(tmp_path / "table.csv", "a,b"),
        "over the limit": _write(tmp_path / "huge.txt", b"word " * (MAX_DOCUMENT_BYTES // 4)),
        "no such file": tmp_path / "missing.txt",
    }
    docs, errors = _split(list(load([*bad.values(), good])))
    assert [d.id for d in docs] == ["good"]
    for (reason, path), error in zip(bad.items(), errors, strict=True):
        assert reason in str(error) and str(path) in str(error)


def test_documents_bad_json_lines_name_their_line(tmp_path: Path) -> None:
    lines = [json.dumps(GOOD), "{not json", json.dumps({"id": "no-text"}),
             json.dumps({**GOOD, "id": "b-2", "published": "yesterday"}), json.dumps([1, 2]),
             json.dumps({**GOOD, "id": "b-3"})]
    path = _write(tmp_path / "c.jsonl", "\n".join(lines))
    docs, errors = _split(list(load([path])))
    assert [d.id for d in docs] == ["a-1", "b-3"]
    assert [e.line for e in errors] == [2, 3, 4, 5]
    assert "invalid JSON" in str(errors[0]) and "no text" in str(errors[1])
    assert "ISO date" in str(errors[2])


@settings(max_examples=60, deadline=None, suppress_health_check=FIXTURE_OK)
@given(data=st.binary(max_size=300), suffix=st.sampled_from([".txt", ".jsonl", ".html"]))
def test_documents_random_bytes_give_documents_or_errors(tmp_path: Path, data: bytes,
                                                         suffix: str) -> None:
    path = _write(tmp_path / f"random{suffix}", data)
    assert all(isinstance(i, Document | DocumentError) for i in load([path]))


@settings(max_examples=60, deadline=None, suppress_health_check=FIXTURE_OK)
@given(value=st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                          lambda inner: st.lists(inner, max_size=3)
                          | st.dictionaries(st.sampled_from(["id", "text", "published", "x"]),
                                            inner, max_size=4), max_leaves=8))
def test_documents_random_json_gives_documents_or_errors(tmp_path: Path, value: object) -> None:
    path = _write(tmp_path / "random.jsonl", json.dumps(value))
    assert all(isinstance(i, Document | DocumentError) for i in load([path]))


@settings(max_examples=30, deadline=None, suppress_health_check=FIXTURE_OK)
@given(body=st.text(max_size=200), tag=st.sampled_from(["p", "div", "script", "nav", "b"]))
def test_documents_random_html_gives_documents_or_errors(tmp_path: Path, body: str,
                                                         tag: str) -> None:
    path = _write(tmp_path / "random.html", f"<html><body><{tag}>{body}</{tag}></body></html>")
    assert all(isinstance(i, Document | DocumentError) for i in load([path]))
