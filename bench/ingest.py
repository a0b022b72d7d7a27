"""Ingest throughput: documents/s of `kg.ingest.ingest` into a fresh store, against bare
`nlp.pipe` of the same spaCy model on the same documents, in the same run.

The ratio (ingest documents/s ÷ `nlp.pipe` documents/s) is what kg's own work costs on top
of the model: its components, the RDF graph and the store; the goal is at least 0.8. Both
timings include loading the model. Each measurement runs in its own process (peak memory is
its own); with `--repeats` they alternate and the fastest of each is kept, which is the
least disturbed by other work on the machine. When `ingest` takes `workers`, it is also
run with several processes. The synthetic corpus's answers are asked back from every store.

    python -m bench.ingest [--documents 100,1000] [--repeats 1] [--workers 2]
"""

from __future__ import annotations

import argparse
import datetime as dt
import inspect
import json
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from bench.answers import right_answers
from bench.corpus import answers, write_jsonl
from bench.measure import ROOT, in_child, sizes
from kg.documents import Document

T = TypeVar("T")

DEV_CORPUS = ROOT.parent / "shared" / "eval" / "dev" / "corpus.jsonl"


def supports_workers() -> bool:
    """Whether `kg.ingest.ingest` can spread extraction over processes (`workers=N`)."""
    from kg.ingest import ingest

    return "workers" in inspect.signature(ingest).parameters


def measure_pipe(corpus: str) -> dict:
    """Bare spaCy: load the model, run every text through `nlp.pipe`."""
    import spacy

    from kg.extract.pipeline import MODEL

    texts = [json.loads(line)["text"] for line in Path(corpus).read_text(encoding="utf-8").splitlines()]
    started = time.perf_counter()
    for _ in spacy.load(MODEL).pipe(texts):
        pass
    return {"seconds": time.perf_counter() - started, "documents": len(texts)}


def measure_ingest(corpus: str, store: str, workers: int = 1, synthetic: bool = True) -> dict:
    """kg: load, extract and store every document into a fresh store; check the known answers.
    The clock includes loading the model, as bare `nlp.pipe`'s does; both import spaCy
    before it (kg in the helper process that runs spaCy). The helper is stopped at the end
    so that its memory peak is counted."""
    from kg.ingest import ingest, start_helper, stop_helper
    from kg.store import Store

    options = {"workers": workers} if workers > 1 else {}
    if workers == 1:
        start_helper().result()  # the helper's start and its import of spaCy, outside the clock
    started = time.perf_counter()
    report = ingest([corpus], Store(store), **options)
    seconds = time.perf_counter() - started
    stop_helper()
    result = {"seconds": seconds, "documents": report.documents, "failures": len(report.failures),
              "triples": report.triples}
    if synthetic:
        result["right"] = right_answers(Store(store), answers(report.documents))
    return result


STAGES = ("nlp.pipe (bare)", "extraction (model + kg components)", "facts to RDF", "SHACL shapes", "store write")


def measure_stages(corpus: str, store: str) -> dict:
    """CPU ms per document of each step of ingest, batch by batch in one process after a warm-up,
    next to bare `nlp.pipe` on the same batch: where kg's time goes, without start-up costs.
    The store write is timed inline here; ingest itself overlaps it with extraction."""
    import spacy

    from kg.extract.pipeline import MODEL
    from kg.ingest import _extractor, checked_against_shapes, document_graph_of
    from kg.model.namespace import document_graph
    from kg.store import Store

    documents = [Document(row["id"], row["text"], published=dt.date.fromisoformat(row["published"]))
                 for row in map(json.loads, Path(corpus).read_text(encoding="utf-8").splitlines())]
    nlp, extractor, target = spacy.load(MODEL), _extractor(), Store(store)
    checked_against_shapes([document_graph_of(d, f) for d, f in extractor.extract_all(documents[:16])])
    spent = dict.fromkeys(STAGES, 0.0)

    def timed(stage: str, work: Callable[[list], T], given: list) -> T:
        started = time.process_time()
        result = work(given)
        spent[stage] += time.process_time() - started
        return result

    def write(checked: list) -> None:
        for extracted in checked:
            target.replace_graph(document_graph(extracted.document_id), extracted.graph)

    for start in range(0, len(documents), 16):
        batch = documents[start:start + 16]
        timed(STAGES[0], lambda docs: list(nlp.pipe(d.text for d in docs)), batch)
        facts = timed(STAGES[1], lambda docs: list(extractor.extract_all(docs)), batch)
        graphs = timed(STAGES[2], lambda pairs: [document_graph_of(d, f) for d, f in pairs], facts)
        timed(STAGES[4], write, timed(STAGES[3], checked_against_shapes, graphs))
    return {stage: seconds * 1000 / len(documents) for stage, seconds in spent.items()}


def compare(corpus: Path, *, repeats: int, synthetic: bool = True) -> dict:
    """The fastest of `repeats` alternating runs of `nlp.pipe` and of ingest on one corpus."""
    pipes, ingests = [], []
    with tempfile.TemporaryDirectory(prefix="kg-bench-ingest-") as tmp:
        for attempt in range(repeats):
            pipes.append(in_child("bench.ingest:measure_pipe", corpus=str(corpus)))
            ingests.append(in_child("bench.ingest:measure_ingest", corpus=str(corpus),
                                    store=f"{tmp}/store-{attempt}", synthetic=synthetic))
    return {"pipe": min(pipes, key=lambda r: r["seconds"]), "ingest": min(ingests, key=lambda r: r["seconds"])}


def run(sizes: list[int], *, repeats: int = 1, workers: list[int] | None = None,
        dev_corpus: Path | None = DEV_CORPUS) -> dict:
    """`nlp.pipe` against ingest at each size (and on the dev corpus), then ingest with workers,
    then the cost of each step."""
    results: dict = {"sizes": [], "dev": None, "workers": [], "workers_supported": supports_workers(), "stages": None}
    with tempfile.TemporaryDirectory(prefix="kg-bench-corpus-") as tmp:
        for documents in sizes:
            corpus = Path(tmp) / f"{documents}.jsonl"
            write_jsonl(corpus, documents)
            results["sizes"].append({"documents": documents, **compare(corpus, repeats=repeats)})
        if dev_corpus and dev_corpus.is_file():
            results["dev"] = compare(dev_corpus, repeats=repeats, synthetic=False)
        if results["workers_supported"] and workers:
            corpus = Path(tmp) / f"{max(sizes)}.jsonl"
            for count in workers:
                results["workers"].append({"workers": count, **in_child(
                    "bench.ingest:measure_ingest", corpus=str(corpus), store=f"{tmp}/workers-{count}", workers=count)})
        results["stages"] = in_child("bench.ingest:measure_stages", corpus=str(Path(tmp) / f"{max(sizes)}.jsonl"),
                                     store=f"{tmp}/stages")
    return results


def markdown(results: dict) -> str:
    """Throughput against `nlp.pipe`, per corpus, and the workers' scaling."""
    lines = ["| corpus | documents | `nlp.pipe` docs/s | ingest docs/s | ratio (goal ≥ 0.8) | "
             "ingest RSS peak MB (largest process) | `nlp.pipe` RSS peak MB | answers right |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    rows = [("synthetic", r) for r in results["sizes"]] + ([("dev corpus", results["dev"])] if results["dev"] else [])
    for name, r in rows:
        pipe, ingest = r["pipe"], r["ingest"]
        right = f"{ingest['right']:,} of {ingest['documents']:,}" if "right" in ingest else "–"
        lines.append(f"| {name} | {pipe['documents']:,} | {_rate(pipe):.1f} | {_rate(ingest):.1f} | "
                     f"{_rate(ingest) / _rate(pipe):.2f} | {ingest['rss_peak_mb']:,.0f} | {pipe['rss_peak_mb']:,.0f} | "
                     f"{right} |")
    return "\n".join(lines) + "\n\n" + _workers_markdown(results) + "\n\n" + _stages_markdown(results)


def _stages_markdown(results: dict) -> str:
    stages = results.get("stages")
    if not stages:
        return ""
    pipe = stages[STAGES[0]]
    kg_total = sum(stages[stage] for stage in STAGES[1:])
    lines = ["Where the time goes (CPU ms per document, steady state, one process):", "",
             "| step | ms/doc | ÷ bare `nlp.pipe` |", "| --- | ---: | ---: |"]
    lines += [f"| {stage} | {stages[stage]:.1f} | {stages[stage] / pipe:.2f} |" for stage in STAGES]
    lines.append(f"| **kg ingest, all steps** | {kg_total:.1f} | {kg_total / pipe:.2f} |")
    return "\n".join(lines)


def _workers_markdown(results: dict) -> str:
    if not results["workers_supported"]:
        return "`--workers`: not measured, `kg.ingest.ingest` takes no `workers` argument in this version."
    if not results["workers"]:
        return "`--workers`: not measured in this run."
    single = _rate(max(results["sizes"], key=lambda r: r["documents"])["ingest"])  # the size workers ran at
    lines = ["| workers | documents | ingest docs/s | speed-up over 1 worker | RSS peak MB (largest process) | "
             "answers right |", "| ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in results["workers"]:
        lines.append(f"| {r['workers']} | {r['documents']:,} | {_rate(r):.1f} | {_rate(r) / single:.2f} | "
                     f"{r['rss_peak_mb']:,.0f} | {r['right']:,} of {r['documents']:,} |")
    return "\n".join(lines)


def _rate(result: dict) -> float:
    return result["documents"] / result["seconds"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=sizes, default=[100, 500], help="corpus sizes: 100,500")
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--workers", type=sizes, default=[2], help="worker counts to try: 2,4")
    parser.add_argument("--dev-corpus", type=Path, default=DEV_CORPUS, help="a real corpus to compare on too")
    args = parser.parse_args()
    print(markdown(run(args.documents, repeats=args.repeats, workers=args.workers, dev_corpus=args.dev_corpus)))


if __name__ == "__main__":
    main()
