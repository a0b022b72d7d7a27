"""`reason`: infer what the ontology entails from the stored facts, into the inferred graph.

The input is every graph in the store except the inferred graph itself (the ontology and the
document graphs), so deleted documents leave no stale inference behind. Two engines:

- `hermit` (default): HermiT through owlready2, complete for OWL 2 DL, needs Java; the
  OWL 2 RL rules then add the sub-class, sub-property and inverse closure of its answer.
- `rules`: the OWL 2 RL rules alone, in Oxigraph, no Java; for graphs too large for HermiT.

On the facts kg writes both give the same inferences. The inferred graph is replaced as a
whole on every run and records the reasoner, its version and when it ran (PROV-O), so
asserted and inferred facts never mix. An inconsistent graph changes nothing in the store
and raises `InconsistentGraph`, naming the individuals and the documents they appear in.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import PROV

from kg.errors import ConfigError
from kg.model.namespace import BASE, INFERRED_GRAPH, ONTOLOGY_GRAPH, SCHEMA, slug
from kg.model.ontology import load_ontology
from kg.reason.errors import Clash, InconsistentGraph, ProvedInconsistent
from kg.reason.rules import Closure
from kg.store import AnyStore


@dataclass(frozen=True)
class Engine:
    """A way to reason: its name and version, and what it entails beyond the OWL 2 RL rules."""

    name: str
    version: Callable[[], str]
    entail: Callable[[bytes], bytes] | None  # asserted N-Triples -> entailed N-Triples
    require: Callable[[], None] = lambda: None  # fails, saying what to install, when it cannot run here


def _require_java() -> None:
    from kg.reason.owl import require_java

    require_java()


def _hermit_version() -> str:
    from kg.reason.owl import reasoner_version  # owlready2 loads only when HermiT runs

    return reasoner_version()


def _hermit_entailments(asserted: bytes) -> bytes:
    from kg.reason.owl import entailments

    return entailments(asserted)


ENGINES = {
    "hermit": Engine("HermiT", _hermit_version, _hermit_entailments, _require_java),
    "rules": Engine("kg OWL 2 RL rules", lambda: f"on Oxigraph {ox.__version__}", None),
}


@dataclass(frozen=True)
class ReasoningReport:
    """What one run of `reason` did."""

    reasoner: str  # name and version
    asserted: int  # triples read
    inferred: int  # triples written to the inferred graph, its provenance included
    seconds: float

    def summary(self) -> str:
        return (f"{self.inferred} triples inferred from {self.asserted} by {self.reasoner} "
                f"in {self.seconds:.1f} s, stored in <{INFERRED_GRAPH}>")


def reason(store: AnyStore, engine: str = "hermit") -> ReasoningReport:
    """Replace the store's inferred graph with what `engine` infers from everything else in it."""
    if engine not in ENGINES:
        raise ConfigError(f"unknown reasoning engine {engine!r}; known engines: {', '.join(ENGINES)}")
    chosen = ENGINES[engine]
    chosen.require()  # before reading a large store, not after
    reasoner = f"{chosen.name} {chosen.version()}"
    started, clock = dt.datetime.now(dt.UTC), time.perf_counter()
    store.ensure_ontology(load_ontology())
    asserted = _asserted(store)
    closure = Closure(asserted)
    proved_inconsistent = False
    if chosen.entail is not None:
        try:
            closure.add(chosen.entail(asserted))
        except ProvedInconsistent:
            proved_inconsistent = True  # the rules below find which individuals clash
    closure.saturate()
    clashes = closure.clashes()
    if clashes or proved_inconsistent:
        raise InconsistentGraph(reasoner, [_with_documents(store, clash) for clash in clashes])
    inferred = closure.inferred() + _run_record(chosen, started)
    _replace_inferred_graph(store, inferred)
    return ReasoningReport(reasoner, asserted.count(b"\n"), inferred.count(b"\n"), time.perf_counter() - clock)


def _asserted(store: AnyStore) -> bytes:
    """Every triple of every graph but the inferred one, as N-Triples."""
    triples = store.query(
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{INFERRED_GRAPH}>) }}"
    )
    return triples.serialize(format=ox.RdfFormat.N_TRIPLES)


def _with_documents(store: AnyStore, clash: Clash) -> Clash:
    """The clash, with the ids of the documents whose graphs mention the individual."""
    rows = store.query(f"""
        PREFIX kg: <{BASE}ontology#>
        SELECT DISTINCT ?id WHERE {{
          GRAPH ?g {{ {{ <{clash.individual}> ?p ?o }} UNION {{ ?s ?p <{clash.individual}> }}
                     ?doc kg:documentId ?id }}
        }} ORDER BY ?id""")
    return replace(clash, documents=tuple(row["id"].value for row in rows))


def _replace_inferred_graph(store: AnyStore, ntriples: bytes) -> None:
    """One transaction: readers see the old inferred graph or the new one, never a mix.

    The N-Triples go to the store as they are: a round trip through an rdflib graph would
    take longer than the reasoning itself on a large store.
    """
    store.put_ntriples(str(INFERRED_GRAPH), ntriples)
    store.flush()


def _run_record(engine: Engine, started: dt.datetime) -> bytes:
    """PROV-O, as N-Triples: the inferred graph was generated by a run of this reasoner, using the ontology."""
    graph = Graph()
    run = URIRef(f"{BASE}id/reasoning/{started:%Y%m%dT%H%M%S%fZ}")
    agent = URIRef(f"{BASE}id/reasoner/{slug(engine.name)}")
    ended = dt.datetime.now(dt.UTC)
    graph.add((INFERRED_GRAPH, PROV.wasGeneratedBy, run))
    graph.add((run, RDF.type, PROV.Activity))
    graph.add((run, PROV.wasAssociatedWith, agent))
    graph.add((run, PROV.used, ONTOLOGY_GRAPH))
    graph.add((run, PROV.startedAtTime, Literal(started.isoformat(), datatype=XSD.dateTime)))
    graph.add((run, PROV.endedAtTime, Literal(ended.isoformat(), datatype=XSD.dateTime)))
    graph.add((agent, RDF.type, PROV.SoftwareAgent))
    graph.add((agent, RDFS.label, Literal(engine.name)))
    graph.add((agent, SCHEMA.softwareVersion, Literal(engine.version())))
    return graph.serialize(format="nt", encoding="utf-8")
