"""Loading a store: N-Quads bulk-loaded into Oxigraph on disk, or parsed into rdflib's memory store.

Both load the same file, so the query benchmark compares the engines on the same data.
`python -m bench.queries` reports the load rate (triples/s) and the size on disk.
"""

from __future__ import annotations

import time
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset


def bulk_load(quads: Path, folder: Path) -> float:
    """Bulk-load N-Quads into a new Oxigraph store in `folder`; seconds taken.

    `lenient` skips IRI validation while parsing: the file was written by rdflib, so it is
    valid, and loading is the step being measured.
    """
    started = time.perf_counter()
    engine = ox.Store(str(folder))
    engine.bulk_load(path=str(quads), format=ox.RdfFormat.N_QUADS, lenient=True)
    engine.flush()
    return time.perf_counter() - started


def rdflib_load(quads: Path) -> tuple[Dataset, float]:
    """Parse N-Quads into rdflib's memory store, queried as the union of its graphs; seconds taken."""
    started = time.perf_counter()
    dataset = Dataset(default_union=True)
    dataset.parse(str(quads), format="nquads")
    return dataset, time.perf_counter() - started
