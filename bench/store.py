"""Why Oxigraph: the `mediations` named query on the same synthetic graph, timed in one run
on Oxigraph (kg's store) and on rdflib's memory store, reported as a ratio.

    python bench/store.py [--documents 2000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time

from rdflib import Dataset

from kg.documents import Document
from kg.extract.facts import Actor, Event, Facts, Return
from kg.model.namespace import document_graph
from kg.model.to_rdf import document_to_graph
from kg.queries import read_query
from kg.store import Store

COUNTRIES = [("AAA", "Aland"), ("BBB", "Borduria"), ("CCC", "Carpania"), ("DDD", "Delvia"),
             ("EEE", "Elbonia"), ("FFF", "Freedonia")]


def synthetic(index: int) -> tuple[Document, Facts]:
    """One document's facts: an exchange between two countries mediated by a third."""
    a, b, m = (COUNTRIES[(index + k) % len(COUNTRIES)] for k in (0, 1, 3))
    actors = {f"Country:{c}": Actor(f"Country:{c}", "Country", n, c) for c, n in (a, b, m)}
    day = dt.date(2020, 1, 1) + dt.timedelta(days=index % 1500)
    event = Event("Exchange", 0, 10, parties=[f"Country:{a[0]}", f"Country:{b[0]}"],
                  mediators=[f"Country:{m[0]}"], date=day,
                  returns=[Return(f"Country:{a[0]}", index % 300 + 1, 0, 10)])
    return Document(f"doc-{index}", "synthetic", published=day), Facts(actors, [event], [])


def timed(run, repeat: int = 5) -> float:  # noqa: ANN001
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    args = parser.parse_args()
    graphs = [(document_graph(d.id), document_to_graph(d, f)) for d, f in map(synthetic, range(args.documents))]
    query = read_query("mediations")
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(tmp)
        for iri, graph in graphs:
            store.replace_graph(iri, graph)
        oxigraph = timed(lambda: list(store.query(query)))
        dataset = Dataset(default_union=True)
        for iri, graph in graphs:
            named = dataset.graph(iri)
            for triple in graph:
                named.add(triple)
        rdflib_memory = timed(lambda: list(dataset.query(query)))
    triples = sum(len(g) for _, g in graphs)
    print(f"{args.documents} documents, {triples} triples, query: mediations.rq (median of 5)")
    print(f"oxigraph      {oxigraph * 1000:9.1f} ms")
    print(f"rdflib memory {rdflib_memory * 1000:9.1f} ms")
    print(f"oxigraph is {rdflib_memory / oxigraph:.1f}x faster")


if __name__ == "__main__":
    main()
