"""Which reasoner when: HermiT against the OWL 2 RL rules (and owlrl) on the same stores, in one run.

    python bench/reason.py [--corpus ../shared/eval/dev/corpus.jsonl] [--sizes 100000 1000000]
                           [--hermit-timeout 900]

1. The development corpus, ingested for real: `kg reason` with each engine (median of 3),
   and owlrl's OWL 2 RL closure of the same triples, for comparison.
2. Synthetic stores of about each `--sizes` triples, built with `kg.model.to_rdf` from made-up
   facts (exchanges with parties, mediators, returns and dates; statements; persons and
   ministries; mentions), each engine once. HermiT runs in a child process that is killed
   after `--hermit-timeout` seconds; a kill or a Java failure is reported as such.

Times include reading the store and writing the inferred graph, as `kg reason` does.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from kg.documents import Document
from kg.extract.facts import Actor, Event, Facts, Mention, Return, Statement
from kg.model.namespace import INFERRED_GRAPH, document_graph
from kg.model.to_rdf import document_to_graph
from kg.reason import reason
from kg.store import Store

ROOT = Path(__file__).resolve().parents[1]
COUNTRIES = [(f"Q{i:02d}", f"Country {i}") for i in range(40)]
PEOPLE = [f"Person {i}" for i in range(400)]


def synthetic_facts(index: int, rng: random.Random) -> tuple[Document, Facts]:
    """One made-up document: an exchange between two countries mediated by a third, with
    per-side returns and a date, a minister of one side, its ministry, and two statements."""
    (a, name_a), (b, name_b), (m, name_m) = rng.sample(COUNTRIES, 3)
    person, ministry = rng.choice(PEOPLE), f"Ministry of Foreign Affairs of {name_a}"
    actors = {f"Country:{code}": Actor(f"Country:{code}", "Country", name, code)
              for code, name in ((a, name_a), (b, name_b), (m, name_m))}
    actors["Person"] = Actor("Person", "Person", person, role="foreign minister")
    actors["Ministry"] = Actor("Ministry", "Organization", ministry, part_of=f"Country:{a}")
    for offset, actor in enumerate(actors.values()):
        actor.mentions = [Mention(100 * offset + k * 10, 100 * offset + k * 10 + 6, actor.name) for k in range(2)]
    day = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(1500))
    exchange = Event("Exchange", 0, 80, parties=[f"Country:{a}", f"Country:{b}"], mediators=[f"Country:{m}"],
                     date=day, returns=[Return(f"Country:{a}", rng.randrange(1, 300), 90, 120),
                                        Return(f"Country:{b}", rng.randrange(1, 300), 120, 150)])
    statements = [Statement("Person", "We are glad our people are home.", "direct", 200, 240, about=[f"Country:{b}"]),
                  Statement(None, "Talks will go on.", "reported", 250, 270)]
    document = Document(f"syn-{index:07d}", "synthetic", published=day, source="Bench Wire")
    return document, Facts(actors, [exchange], statements)


def build_store(path: Path, triples: int, seed: int = 7) -> int:
    """A store of about `triples` triples of synthetic documents; returns the triples written."""
    rng, store, written, index = random.Random(seed), Store(path), 0, 0
    while written < triples:
        document, facts = synthetic_facts(index, rng)
        graph = document_to_graph(document, facts)
        store.replace_graph(document_graph(document.id), graph)
        written, index = written + len(graph), index + 1
    store.flush()
    return written


def ingest_corpus(path: Path, corpus: Path) -> None:
    from kg.ingest import ingest

    ingest([corpus], Store(path))


def time_rules(path: Path) -> float:
    started = time.perf_counter()
    reason(Store(path), "rules")
    return time.perf_counter() - started


def time_hermit(path: Path, timeout: float) -> str | float:
    """HermiT in a child process (Java inside it), killed as a group after `timeout` seconds."""
    code = f"from kg.reason import reason; from kg.store import Store; reason(Store({str(path)!r}), 'hermit')"
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        _, stderr = child.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)
        child.communicate()
        return f"killed after {timeout:.0f} s"
    if child.returncode != 0:
        return "failed: " + (stderr.strip().splitlines() or ["?"])[-1][:200]
    return time.perf_counter() - started


def time_owlrl(path: Path) -> float:
    """owlrl's OWL 2 RL closure of the same triples the engines read (rdflib in memory)."""
    import owlrl
    from rdflib import Graph

    store = Store(path)
    data = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{INFERRED_GRAPH}>) }}")
    graph = Graph().parse(data=data.serialize(format=ox.RdfFormat.N_TRIPLES), format="nt")
    started = time.perf_counter()
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    return time.perf_counter() - started


def show(label: str, seconds: str | float) -> str:
    return f"{label:<28}{seconds:>10.2f} s" if isinstance(seconds, float) else f"{label:<28}{seconds:>10}"


def ratio(hermit: str | float, rules: float) -> str:
    return f"the rules are {hermit / rules:.1f}x faster than HermiT" if isinstance(hermit, float) else ""


def bench_corpus(corpus: Path, timeout: float) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "store"
        ingest_corpus(path, corpus)
        triples = Store(path).count_triples()
        rules = statistics.median(time_rules(path) for _ in range(3))
        hermits = [time_hermit(path, timeout) for _ in range(3)]
        hermit = statistics.median(hermits) if all(isinstance(h, float) for h in hermits) else hermits[0]
        owlrl = time_owlrl(path)
    print(f"\n{corpus.name}: {triples} triples stored (ontology included)")
    print(show("kg reason --engine rules", rules))
    print(show("kg reason --engine hermit", hermit))
    print(show("owlrl closure (no store IO)", owlrl))
    print(ratio(hermit, rules) + f"; owlrl takes {owlrl / rules:.1f}x the rules' time")


def bench_synthetic(size: int, timeout: float) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "store"
        started = time.perf_counter()
        written = build_store(path, size)
        build = time.perf_counter() - started
        rules = time_rules(path)
        inferred = Store(path).count_triples(INFERRED_GRAPH)
        hermit = time_hermit(path, timeout)
    print(f"\nsynthetic: {written} triples in documents (built in {build:.0f} s), {inferred} inferred")
    print(show("kg reason --engine rules", rules))
    print(show("kg reason --engine hermit", hermit))
    print(ratio(hermit, rules))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "eval" / "dev" / "corpus.jsonl")
    parser.add_argument("--sizes", type=int, nargs="*", default=[100_000, 1_000_000])
    parser.add_argument("--hermit-timeout", type=float, default=900)
    args = parser.parse_args()
    print(f"{dt.date.today()}, {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    bench_corpus(args.corpus, args.hermit_timeout)
    for size in args.sizes:
        bench_synthetic(size, args.hermit_timeout)


if __name__ == "__main__":
    main()
