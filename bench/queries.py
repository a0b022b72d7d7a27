"""Query latency as the store grows: the named queries and a 3-join aggregation, on Oxigraph
(kg's store, on disk), on a Virtuoso server and on rdflib's memory store, on the same data in
the same run.

The data are synthetic quads (`bench.quads`): real extractions of synthetic documents,
written again under new ids up to the wanted size, then reasoned over with kg's rules (as a
user runs `kg reason`), so that `mediators.rq`, which reads the inferred graph, has its
answer. `actor_timeline.rq` follows one of the synthetic parties. At every size the known
answers are asked back from the Oxigraph store (`bench.answers`). rdflib gets the same quads,
inferred graph included; it is only measured up to `--rdflib-max-triples` (about 1.7 GB per
million triples, minutes to load), and a query of it still running after `--rdflib-cap`
seconds is stopped and reported as taking longer than that.

Virtuoso (`bench.virtuoso`) is the SPARQL server kg's remote store is tested against: a fresh
one on loopback per size, the same quads (inferred graph included) bulk-loaded with its own
loader, and every query sent as kg sends it (`RemoteStore`: SPARQL Protocol over HTTP, XML
results parsed into the same objects as Oxigraph's), so its times include the HTTP round trip
and the results' serialization. Where `virtuoso-t` is not installed it is skipped, with the
reason in the output; `--no-virtuoso` leaves it out.

    python -m bench.queries [--documents 100,1000] [--rdflib-max-triples 1500000] [--rdflib-cap 120]
                            [--no-virtuoso]
"""

from __future__ import annotations

import argparse
import multiprocessing
import re
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench import virtuoso
from bench.answers import right_answers
from bench.corpus import PARTIES
from bench.measure import disk_mb, in_child, percentile, repeat, sizes
from bench.quads import answers, extract_templates, mean_triples, write_nquads
from bench.store import bulk_load, rdflib_load
from kg.queries import named_queries, read_query
from kg.reason import reason
from kg.store import Store
from kg.store.remote import Endpoints, RemoteStore

# Three joins and a GROUP BY: per mediator, how many exchanges and how many people went home.
AGGREGATION = """PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?mediator (COUNT(DISTINCT ?exchange) AS ?exchanges) (SUM(?count) AS ?people) WHERE {
  GRAPH ?g {
    ?exchange kg:mediator ?m ; kg:hasReturn ?return .
    ?return kg:count ?count .
    ?m skos:prefLabel ?mediator .
  }
}
GROUP BY ?mediator ORDER BY ?mediator"""
AGGREGATION_NAME = "3-join aggregation"
TEMPLATES = 100  # synthetic documents really extracted; copies of them fill the store
QUERY_BUDGET = 2.0  # seconds of timed runs per query and size (at least one run)
REASON_MAX_TRIPLES = 1_500_000  # above this, reasoning is left out (minutes) and `mediators` finds nothing
VIRTUOSO_MAX_TRIPLES = 1_500_000  # above this its listings take minutes; the run keeps within ten
RDFLIB_CAP = 120.0  # seconds an rdflib query may run before it is stopped
VIRTUOSO_BUFFERS = 100_000  # 800 MB of pages; 1.5M quads fill 100 MB of Virtuoso's file: all stay in memory
VIRTUOSO_TIMEOUT = 600.0  # seconds a query may take before the run fails (a whole listing of 5M triples: seconds)
FOLLOWED = PARTIES[0]  # the actor `actor_timeline.rq` follows: a party of many synthetic exchanges
_VALUES_NAME = re.compile(r'(VALUES \?name \{ )"[^"]*"')


def query_set() -> dict[str, str]:
    """Every named query of `queries/`, and the aggregation."""
    named = {name: read_query(name) for name in named_queries()}
    named["actor_timeline"] = _VALUES_NAME.sub(rf'\1"{FOLLOWED}"', named["actor_timeline"])
    return named | {AGGREGATION_NAME: AGGREGATION}


def measure_oxigraph(quads: str, documents: int, templates: int, seed: int, budget: float,
                     reasoned: bool) -> dict:
    """Bulk-load `quads` into a fresh store on disk, reason if `reasoned`, time every query, check
    the answers. The reasoned store is written back to `quads`, so that rdflib gets the same data."""
    folder = Path(quads).with_suffix(".oxigraph")
    load_seconds = bulk_load(Path(quads), folder)
    store = Store(folder)
    reason_seconds = None
    if reasoned:
        started = time.perf_counter()
        reason(store, "rules")
        reason_seconds = time.perf_counter() - started
        Path(quads).write_bytes(store.dump_nquads())
    return {
        "load_seconds": load_seconds,
        "reason_seconds": reason_seconds,
        "disk_mb": disk_mb(folder),
        "queries": {name: _timed(lambda q=q: list(store.query(q)), budget)
                    for name, q in query_set().items()},
        "right": right_answers(store, answers(documents, templates, seed)),
    }


def measure_virtuoso(quads: str, documents: int, templates: int, seed: int, budget: float) -> dict:
    """Bulk-load `quads` into a fresh Virtuoso on loopback, time every query through kg's remote
    store, check the answers. Its memory peak is the server's: a finished child counts."""
    quads_path = Path(quads)
    with tempfile.TemporaryDirectory(prefix="virtuoso-", dir=quads_path.parent) as folder, \
            virtuoso.running(Path(folder), allowed=(quads_path.parent,), buffers=VIRTUOSO_BUFFERS) as server:
        load_seconds = server.bulk_load(quads_path)
        store = RemoteStore(Endpoints(query=server.sparql, graph_store=server.sparql, timeout=VIRTUOSO_TIMEOUT))
        result = {
            "quads": _lines(quads_path),
            "load_seconds": load_seconds,
            "disk_mb": disk_mb(Path(folder)),
            "queries": {name: _timed(lambda q=q: list(store.query(q)), budget) for name, q in query_set().items()},
            "right": right_answers(store, answers(documents, templates, seed)),
        }
        store.close()
    return result


def _lines(path: Path) -> int:
    """Quads in an N-Quads file written one a line; the reasoned file has more than were generated."""
    with path.open("rb") as lines:
        return sum(1 for _ in lines)


def measure_rdflib(quads: str, budget: float, cap: float = RDFLIB_CAP) -> dict:
    """Parse `quads` into rdflib's memory store and time every query on it, each within `cap` seconds."""
    dataset, load_seconds = rdflib_load(Path(quads))
    return {
        "load_seconds": load_seconds,
        "queries": {name: _capped(lambda q=q: list(dataset.query(q)), budget, cap)
                    for name, q in query_set().items()},
    }


def _timed(run: Callable[[], list], budget: float) -> dict:
    """Samples of one query, and how many rows it gives. The first run is left out when there
    are others: it also pays for bringing the data into caches."""
    rows: list[int] = []

    def once() -> None:
        rows.append(len(run()))

    samples = repeat(once, budget=budget, max_runs=101)
    return {"rows": rows[-1], "samples": samples[1:] or samples}


def _capped(run: Callable[[], list], budget: float, cap: float) -> dict:
    """`_timed` in a forked copy of this process (the loaded data shared, not copied), stopped
    after `cap` seconds: rdflib's queries cannot be interrupted from inside. A stopped query
    gives `{"rows": None, "samples": [], "over": cap}`."""
    receive, send = multiprocessing.Pipe(duplex=False)
    child = multiprocessing.get_context("fork").Process(target=lambda: send.send(_timed(run, budget)))
    child.start()
    if receive.poll(cap):
        timing = receive.recv()
        child.join()
        return timing
    child.kill()
    child.join()
    return {"rows": None, "samples": [], "over": cap}


def run(sizes: list[int], *, rdflib_max_triples: int, reason_max_triples: int = REASON_MAX_TRIPLES,
        budget: float = QUERY_BUDGET, rdflib_cap: float = RDFLIB_CAP, templates: int = TEMPLATES,
        seed: int = 7, with_virtuoso: bool = True, virtuoso_max_triples: int = VIRTUOSO_MAX_TRIPLES) -> list[dict]:
    """One result per size (in documents): load and query figures for every engine. Virtuoso's
    figures are None when it is left out, `{"skipped": reason}` when it cannot run here."""
    extracted = extract_templates(templates, seed)
    skipped = virtuoso.missing() if with_virtuoso else None
    results = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        for documents in sizes:
            quads = Path(tmp) / f"{documents}.nq"
            triples = write_nquads(quads, extracted, documents)
            result = {"documents": documents, "triples": triples, "nquads_mb": quads.stat().st_size / 1e6,
                      "oxigraph": in_child("bench.queries:measure_oxigraph", quads=str(quads), documents=documents,
                                           templates=templates, seed=seed, budget=budget,
                                           reasoned=triples <= reason_max_triples),
                      "virtuoso": {"skipped": skipped} if skipped else None, "rdflib": None}
            if with_virtuoso and not skipped and triples <= virtuoso_max_triples:  # after Oxigraph, which writes
                # the reasoned quads
                result["virtuoso"] = in_child("bench.queries:measure_virtuoso", quads=str(quads),
                                              documents=documents, templates=templates, seed=seed, budget=budget)
            if triples <= rdflib_max_triples:
                result["rdflib"] = in_child("bench.queries:measure_rdflib", quads=str(quads), budget=budget,
                                            cap=rdflib_cap)
            results.append(result)
            quads.unlink()
            shutil.rmtree(quads.with_suffix(".oxigraph"))
    return results


def triples_per_document(templates: int = TEMPLATES, seed: int = 7) -> float:
    return mean_triples(extract_templates(templates, seed))


def markdown(results: list[dict], rdflib_max_triples: int) -> str:
    """The store-load tables and one query-latency table per size."""
    parts = [_load_table(results)]
    if any(_virtuoso(r) for r in results):
        parts.append(_virtuoso_load_table([r for r in results if _virtuoso(r)]))
    for result in results:
        parts.append(_latency_table(result))
    if any(r["rdflib"] is None for r in results):
        parts.append(f"rdflib was not run above {rdflib_max_triples:,} triples: it holds about 1.7 GB "
                     "per million triples and takes minutes to load them.")
    measured = [r["triples"] for r in results if _virtuoso(r)]
    if measured and len(measured) < len(results):
        parts.append(f"Virtuoso was not run above {max(measured):,} triples, to keep the run within its time.")
    skipped = {r["virtuoso"]["skipped"] for r in results if r["virtuoso"] and "skipped" in r["virtuoso"]}
    parts.extend(f"Virtuoso was not run: {reason}." for reason in skipped)
    return "\n\n".join(parts)


def _virtuoso(result: dict) -> dict | None:
    """Virtuoso's figures for one size, when it was measured."""
    figures = result.get("virtuoso")
    return figures if figures and "queries" in figures else None


def _load_table(results: list[dict]) -> str:
    lines = ["| documents | triples | N-Quads MB | Oxigraph bulk load s | triples/s | reasoning (rules) s | on disk MB "
             "| Oxigraph RSS peak MB | rdflib load s | rdflib triples/s | rdflib RSS peak MB | load speed-up |",
             "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in results:
        ox, rd = r["oxigraph"], r["rdflib"]
        rdflib_cells = "– | – | – | –"
        if rd:
            rdflib_cells = (f"{rd['load_seconds']:.1f} | {r['triples'] / rd['load_seconds']:,.0f} | "
                            f"{rd['rss_peak_mb']:,.0f} | {rd['load_seconds'] / ox['load_seconds']:.1f}×")
        lines.append(f"| {r['documents']:,} | {r['triples']:,} | {r['nquads_mb']:,.0f} | {ox['load_seconds']:.1f} | "
                     f"{r['triples'] / ox['load_seconds']:,.0f} | {_seconds(ox['reason_seconds'])} | "
                     f"{ox['disk_mb']:,.0f} | {ox['rss_peak_mb']:,.0f} | {rdflib_cells} |")
    return "\n".join(lines)


def _virtuoso_load_table(results: list[dict]) -> str:
    """Virtuoso loads the reasoned quads, inferred graph included: more than the generated triples."""
    lines = ["| documents | quads loaded | Virtuoso bulk load s | quads/s | on disk MB | server RSS peak MB |",
             "| ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in results:
        vi = r["virtuoso"]
        lines.append(f"| {r['documents']:,} | {vi['quads']:,} | {vi['load_seconds']:.1f} | "
                     f"{vi['quads'] / vi['load_seconds']:,.0f} | {vi['disk_mb']:,.0f} | {vi['rss_peak_mb']:,.0f} |")
    return "\n".join(lines)


def _seconds(seconds: float | None) -> str:
    return "not run" if seconds is None else f"{seconds:.1f}"


def _latency_table(result: dict) -> str:
    ox, vi, rd = result["oxigraph"], _virtuoso(result), result["rdflib"]
    right = f"{ox['right']:,} of {result['documents']:,} documents"
    if vi:
        right += f" (through Virtuoso: {vi['right']:,})"
    virtuoso_head = "Virtuoso p50 ms | p99 ms | runs | Oxigraph ÷ Virtuoso (p50) | " if vi else ""
    lines = [f"**{result['triples']:,} triples ({result['documents']:,} documents)**: answers right for {right}",
             "",
             f"| query | rows | Oxigraph p50 ms | p99 ms | runs | {virtuoso_head}rdflib p50 ms | p99 ms | runs "
             "| speed-up (p50) |",
             "| --- | ---: | ---: | ---: | ---: | " + ("---: | " * 4 if vi else "") + "---: | ---: | ---: | ---: |"]
    for name, timing in ox["queries"].items():
        cells = _latency_cells(timing)
        if vi:
            cells += " | " + _versus(timing, vi["queries"][name], "Virtuoso", inverse=True)
        cells += " | " + (_versus(timing, rd["queries"][name], "rdflib") if rd else "– | – | – | –")
        lines.append(f"| {name} | {timing['rows']:,} | {cells} |")
    return "\n".join(lines)


def _versus(timing: dict, other: dict, engine: str, *, inverse: bool = False) -> str:
    """Another engine's cells for one query, and the ratio of p50s: how many times faster
    Oxigraph is than the other engine, or the other engine than Oxigraph when `inverse`."""
    if "over" in other:  # stopped: the ratio is a lower bound
        over = other["over"]
        return f"> {over * 1000:,.0f} | – | stopped | > {over / percentile(timing['samples'], 0.5):,.0f}×"
    same = "" if other["rows"] == timing["rows"] else f" ({engine}: {other['rows']:,} rows)"
    ratio = percentile(other["samples"], 0.5) / percentile(timing["samples"], 0.5)
    ratio = 1 / ratio if inverse else ratio
    return f"{_latency_cells(other)} | {f'{ratio:,.0f}' if ratio >= 10 else f'{ratio:.2g}'}×{same}"


def _latency_cells(timing: dict) -> str:
    samples = timing["samples"]
    return f"{percentile(samples, 0.5) * 1000:,.1f} | {percentile(samples, 0.99) * 1000:,.1f} | {len(samples)}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=sizes, default=[100, 1000], help="store sizes in documents: 100,1000")
    parser.add_argument("--rdflib-max-triples", type=int, default=1_500_000)
    parser.add_argument("--budget", type=float, default=QUERY_BUDGET, help="seconds of timed runs per query")
    parser.add_argument("--reason-max-triples", type=int, default=REASON_MAX_TRIPLES)
    parser.add_argument("--rdflib-cap", type=float, default=RDFLIB_CAP, help="seconds an rdflib query may run")
    parser.add_argument("--templates", type=int, default=TEMPLATES, help="synthetic documents really extracted")
    parser.add_argument("--virtuoso", action=argparse.BooleanOptionalAction, default=True,
                        help="also measure a Virtuoso on loopback, where virtuoso-t is installed")
    args = parser.parse_args()
    results = run(args.documents, rdflib_max_triples=args.rdflib_max_triples, budget=args.budget,
                  reason_max_triples=args.reason_max_triples, rdflib_cap=args.rdflib_cap, templates=args.templates,
                  with_virtuoso=args.virtuoso)
    print(markdown(results, args.rdflib_max_triples))


if __name__ == "__main__":
    main()
