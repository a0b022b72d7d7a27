"""Load test of the query service on loopback: requests/s and p50/p99 latency.

    python -m bench.service [--store DIR | --documents N] [--requests 4000] [--seconds 20] [--clients 4]

Starts the real server (`kg serve`, gunicorn) on a free 127.0.0.1 port over `--store` (by
default a fresh store of the example documents; with `--documents N`, a store of N synthetic
documents' quads, bulk-loaded as `bench.queries` does: 10,000 make 1.2 million triples), times
the first API request (it builds the API's index of the store), then, for each target in turn, runs
`--clients` client processes, each on one keep-alive connection, until `--requests` requests
in all or `--seconds` have passed. `/healthz` is the baseline in the same run: the cost of
gunicorn, Flask and the client, with no store access, so the other rows read as a ratio to it.
A target with `{n}` in its path asks for a different page on every request, so that no
answer comes from the response cache: only the index is shared.
Client and server share the machine's cores; only loopback addresses are used.
"""

from __future__ import annotations

import argparse
import http.client
import multiprocessing
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MEDIATIONS = (ROOT / "queries" / "mediations.rq").read_text()
TARGETS = {
    "/healthz (baseline)": "/healthz",
    "/api/mediations": "/api/mediations",
    "/api/exchanges, a new page each time": "/api/exchanges?limit=20&offset={n}",
    "/sparql mediations.rq (cached)": "/sparql?" + urllib.parse.urlencode({"query": MEDIATIONS}),
}


def main() -> None:
    args = _arguments()
    with tempfile.TemporaryDirectory(prefix="kg-bench-service-") as folder:
        store = args.store or (_synthetic_store(Path(folder), args.documents) if args.documents
                                else _examples_store(Path(folder)))
        port = _free_port()
        server = subprocess.Popen([str(Path(sys.executable).parent / "kg"), "serve", "--store", str(store),
                                   "--port", str(port), "--workers", str(args.workers)],
                                  stderr=subprocess.DEVNULL)
        try:
            _wait_until_up(port)
            first = _run(port, "/api/exchanges?limit=1", 1, 1, 600)[2][0]
            print(f"First API request, which builds the index of the store: {first * 1000:,.0f} ms\n")
            print(f"kg serve --workers {args.workers}, {args.clients} clients, up to {args.requests} requests "
                  f"or {args.seconds:g} s per target, {multiprocessing.cpu_count()} cores shared\n")
            print("| target | requests | req/s | p50 ms | p99 ms | req/s vs baseline |\n|---|---|---|---|---|---|")
            baseline = None
            for name, path in TARGETS.items():
                _run(port, path, 50, 1, 10)  # warm the cache and the query workers
                count, seconds, latencies = _run(port, path, args.requests, args.clients, args.seconds)
                rate = count / seconds
                baseline = baseline or rate
                p50, p99 = (statistics.quantiles(latencies, n=100)[i] * 1000 for i in (49, 98))
                print(f"| {name} | {count} | {rate:,.0f} | {p50:.2f} | {p99:.2f} | {rate / baseline:.2f} |")
        finally:
            server.terminate()
            server.wait(30)


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, help="a kg store (default: the examples, ingested now)")
    parser.add_argument("--documents", type=int, help="a store of this many synthetic documents instead")
    parser.add_argument("--requests", type=int, default=4000, help="requests per target, at most")
    parser.add_argument("--seconds", type=float, default=20.0, help="seconds per target, at most")
    parser.add_argument("--clients", type=int, default=4, help="client processes, one connection each")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
    return parser.parse_args()


def _run(port: int, path: str, requests: int, clients: int, seconds: float) -> tuple[int, float, list[float]]:
    """Every client's latencies, and the wall time from the first request to the last."""
    share = [requests // clients + (i < requests % clients) for i in range(clients)]
    started = time.perf_counter()
    with multiprocessing.Pool(clients) as pool:
        results = pool.starmap(_client, [(port, path, n, started + seconds, i, clients)
                                            for i, n in enumerate(share)])
    elapsed = time.perf_counter() - started
    latencies = [t for result in results for t in result]
    return len(latencies), elapsed, latencies


def _client(port: int, path: str, requests: int, deadline: float, client: int = 0, clients: int = 1) -> list[float]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    latencies = []
    for n in range(requests):
        if time.perf_counter() > deadline:
            break
        started = time.perf_counter()
        connection.request("GET", path.replace("{n}", str(n * clients + client)))
        response = connection.getresponse()
        response.read()
        if response.status != 200:
            raise RuntimeError(f"{path}: HTTP {response.status}")
        latencies.append(time.perf_counter() - started)
    connection.close()
    return latencies


def _examples_store(folder: Path) -> Path:
    store = folder / "store"
    subprocess.run([str(Path(sys.executable).parent / "kg"), "ingest", "--store", str(store), str(ROOT / "examples")],
                   check=True, stderr=subprocess.DEVNULL)
    return store


def _synthetic_store(folder: Path, documents: int) -> Path:
    """A store of `documents` synthetic documents: real extractions of 100, copied (`bench.quads`)."""
    from bench.quads import extract_templates, write_nquads
    from bench.store import bulk_load

    quads, store = folder / "synthetic.nq", folder / "store"
    write_nquads(quads, extract_templates(100), documents)
    bulk_load(quads, store)
    quads.unlink()
    return store


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(port: int, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"kg serve did not start on port {port} within {seconds:g} s")


if __name__ == "__main__":
    main()
