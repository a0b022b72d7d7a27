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
import inspect
import json
import tempfile
import time
from pathlib import Path

from bench.answers import right_answers
from bench.corpus import answers, write_jsonl
from bench.measure import ROOT, in_child, sizes

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
    """kg: load, extract and store every document into a fresh store; check the known answers."""
    import kg.extract.pipeline  # noqa: F401 - import spaCy before the clock starts, as measure_pipe does
    from kg.ingest import ingest
    from kg.store import Store

    options = {"workers": workers} if workers > 1 else {}
    started = time.perf_counter()
    report = ingest([corpus], Store(store), **options)
    seconds = time.perf_counter() - started
    result = {"seconds": seconds, "documents": report.documents, "failures": len(report.failures),
              "triples": report.triples}
    if synthetic:
        result["right"] = right_answers(Store(store), answers(report.documents))
    return result


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
    """`nlp.pipe` against ingest at each size (and on the dev corpus), then ingest with workers."""
    results: dict = {"sizes": [], "dev": None, "workers": [], "workers_supported": supports_workers()}
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
    return results


def markdown(results: dict) -> str:
    """Throughput against `nlp.pipe`, per corpus, and the workers' scaling."""
    lines = ["| corpus | documents | `nlp.pipe` docs/s | ingest docs/s | ratio (goal ≥ 0.8) | ingest RSS peak MB | "
             "`nlp.pipe` RSS peak MB | answers right |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    rows = [("synthetic", r) for r in results["sizes"]] + ([("dev corpus", results["dev"])] if results["dev"] else [])
    for name, r in rows:
        pipe, ingest = r["pipe"], r["ingest"]
        right = f"{ingest['right']:,} of {ingest['documents']:,}" if "right" in ingest else "–"
        lines.append(f"| {name} | {pipe['documents']:,} | {_rate(pipe):.1f} | {_rate(ingest):.1f} | "
                     f"{_rate(ingest) / _rate(pipe):.2f} | {ingest['rss_peak_mb']:,.0f} | {pipe['rss_peak_mb']:,.0f} | "
                     f"{right} |")
    return "\n".join(lines) + "\n\n" + _workers_markdown(results)


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
