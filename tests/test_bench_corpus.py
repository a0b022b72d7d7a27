"""The benchmarks' synthetic corpus has answers the extractor really finds, its quads copies
keep them, and the whole benchmark runs at a tiny size."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bench import corpus
from bench.answers import right_answers
from bench.corpus import answers, generate, write_jsonl
from bench.quads import answers as copied_answers
from bench.quads import extract_templates, write_nquads
from bench.store import bulk_load
from kg.documents import load
from kg.store import Store

ROOT = Path(__file__).resolve().parents[1]


def test_bench_corpus_known_answers_come_out_of_the_extractor(tmp_path: Path) -> None:
    from kg.ingest import ingest

    corpus = tmp_path / "corpus.jsonl"
    write_jsonl(corpus, 40)
    store = Store(tmp_path / "store")
    report = ingest([corpus], store)
    assert report.documents == 40 and not report.failures
    assert right_answers(store, answers(40)) == 40


def test_bench_corpus_is_the_same_for_a_seed_and_varied_in_wording() -> None:
    first = [item.document for item in generate(60, seed=3)]
    assert first == [item.document for item in generate(60, seed=3)]
    assert first != [item.document for item in generate(60, seed=4)]
    for paragraph in (0, 1):  # the lead, and the first sentence on returns
        assert len({_wording(d.text.splitlines()[paragraph]) for d in first}) >= 4


def test_bench_corpus_writes_json_lines_that_kg_reads(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    write_jsonl(corpus, 5)
    documents = list(load([corpus]))
    assert [d.id for d in documents] == list(answers(5))
    assert all(d.published and d.title and d.text for d in documents)


def test_bench_quads_copies_are_separate_documents_with_the_templates_answers(extractor, tmp_path: Path) -> None:
    templates = extract_templates(2, extractor=extractor)
    quads = tmp_path / "copies.nq"
    triples = write_nquads(quads, templates, 5)
    bulk_load(quads, tmp_path / "store")
    store = Store(tmp_path / "store")
    assert len(list(store.document_graphs())) == 5
    assert store.count_triples() == triples
    assert right_answers(store, copied_answers(5, 2)) == 5


def test_bench_corpus_command_prints_json_lines(monkeypatch: pytest.MonkeyPatch, capsys) -> None:  # noqa: ANN001
    monkeypatch.setattr(sys, "argv", ["bench.corpus", "3"])
    corpus.main()
    assert [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()] == list(answers(3))


def test_bench_run_writes_results_at_a_tiny_size(tmp_path: Path) -> None:
    output = tmp_path / "results.md"
    command = [sys.executable, "-m", "bench.run", "--ingest-documents", "2", "--store-documents", "3",
               "--workers", "", "--budget", "0.01", "--templates", "2", "--dev-corpus", "", "--no-external",
               "--output", str(output)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    text = output.read_text(encoding="utf-8")
    for heading in ("## Ingest", "## Store and queries", "## How cost grows"):
        assert heading in text
    assert "| synthetic | 2 |" in text and "2 of 2" in text
    assert "answers right for 3 of 3 documents" in text
    assert "mediations" in text and "3-join aggregation" in text
    assert "Where the time goes" in text and "| SHACL shapes |" in text and "| **kg ingest, all steps** |" in text
    assert "rss_peak_mb |" not in text


def _wording(sentence: str) -> str:
    """A sentence without its names and numbers: what stays the same between two documents."""
    return re.sub(r"[A-Z][\w-]*|\d+", "", sentence)
