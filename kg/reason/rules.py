"""The OWL 2 RL closure of the graph, computed by SPARQL rules in a scratch Oxigraph store.

Each rule is one `INSERT ... WHERE` named after its rule in the OWL 2 RL profile (section 4.3
of the OWL 2 Profiles recommendation). The rules read the ontology's axioms from the data
itself (`?c rdfs:subClassOf ?d`), so they follow the ontology as it changes. They cover the
constructs kg's ontology uses: sub-classes and equivalent classes, intersections and
someValuesFrom restrictions (the defined classes `kg:Mediator` and `kg:Party`), domains and
ranges, sub-properties, inverses and two-step property chains (`kg:mediatedBetween`). Rules
run in rounds until a round adds nothing.

Disjoint classes are checked on the closure: an individual in two disjoint classes is a
`Clash`, the OWL 2 RL way of finding an inconsistency (rules cax-dw and cax-adc).

Everything happens in an in-memory store holding a copy of the asserted triples, so the
asserted graphs are never touched and what the rules add is exactly what `inferred()` returns.
"""

from __future__ import annotations

import pyoxigraph as ox

from kg.reason.errors import Clash

_PREFIXES = """
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
"""

RULES = {
    "cax-sco": "INSERT { ?x a ?d } WHERE { ?c rdfs:subClassOf ?d . ?x a ?c }",
    "cax-eqc": """INSERT { ?x a ?d } WHERE {
        { ?c owl:equivalentClass ?d } UNION { ?d owl:equivalentClass ?c }
        ?x a ?c }""",
    "prp-dom": "INSERT { ?x a ?c } WHERE { ?p rdfs:domain ?c . ?x ?p ?y }",
    "prp-rng": "INSERT { ?y a ?c } WHERE { ?p rdfs:range ?c . ?x ?p ?y FILTER(!isLiteral(?y)) }",
    "prp-spo1": "INSERT { ?x ?q ?y } WHERE { ?p rdfs:subPropertyOf ?q . ?x ?p ?y }",
    "prp-spo2": """INSERT { ?x ?p ?z } WHERE {
        ?p owl:propertyChainAxiom ( ?first ?second ) . ?x ?first ?y . ?y ?second ?z }""",
    "prp-inv": """INSERT { ?y ?q ?x } WHERE {
        { ?p owl:inverseOf ?q } UNION { ?q owl:inverseOf ?p }
        ?x ?p ?y }""",
    "cls-int1": """INSERT { ?x a ?c } WHERE {
        ?c owl:intersectionOf ?members . ?members rdf:first ?first . ?x a ?first
        FILTER NOT EXISTS { ?members rdf:rest*/rdf:first ?member FILTER NOT EXISTS { ?x a ?member } } }""",
    "cls-int2": "INSERT { ?x a ?member } WHERE { ?c owl:intersectionOf/rdf:rest*/rdf:first ?member . ?x a ?c }",
    "cls-svf1": "INSERT { ?x a ?r } WHERE { ?r owl:someValuesFrom ?c ; owl:onProperty ?p . ?x ?p ?y . ?y a ?c }",
}

_CLASHES = """SELECT DISTINCT ?x ?first ?second WHERE {
    { ?first owl:disjointWith ?second }
    UNION
    { ?axiom a owl:AllDisjointClasses ; owl:members ?members .
      ?members rdf:rest*/rdf:first ?first . ?members rdf:rest*/rdf:first ?second }
    FILTER(isIRI(?first) && isIRI(?second) && STR(?first) < STR(?second))
    ?x a ?first , ?second .
} ORDER BY ?x ?first ?second"""

_NTRIPLES = ox.RdfFormat.N_TRIPLES
_TYPE = b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_OWL = b"<http://www.w3.org/2002/07/owl#"
_OWL_TERM_TYPES = {_OWL + name + b">" for name in
                   (b"Class", b"ObjectProperty", b"DatatypeProperty", b"AnnotationProperty", b"Ontology")}


class Closure:
    """Asserted triples (N-Triples) and everything the OWL 2 RL rules derive from them."""

    def __init__(self, asserted: bytes) -> None:
        self._asserted = set(asserted.splitlines())
        self._store = ox.Store()  # in memory
        self._store.load(asserted, format=_NTRIPLES)

    def add(self, entailed: bytes) -> None:
        """Add triples another reasoner entailed, so the rules close over them too."""
        self._store.load(entailed, format=_NTRIPLES)

    def saturate(self) -> int:
        """Apply every rule until a round adds nothing; returns the number of rounds."""
        rounds, size = 0, -1
        while size != len(self._store):
            size = len(self._store)
            rounds += 1
            for rule in RULES.values():
                self._store.update(_PREFIXES + rule)
        return rounds

    def clashes(self) -> list[Clash]:
        """Individuals in two disjoint classes; the graph is inconsistent when there is any."""
        rows = self._store.query(_PREFIXES + _CLASHES)
        return [Clash(row["x"].value, (row["first"].value, row["second"].value)) for row in rows]

    def inferred(self) -> bytes:
        """What the rules (and `add`) contributed about individuals, as N-Triples.

        Not about blank nodes (the anonymous classes of the ontology's axioms), not typing
        anything with an OWL term (owl:Class), not about the ontology's own terms. The closure
        is told apart from the asserted triples line by line: both are N-Triples as Oxigraph
        writes them, and comparing lines is many times faster than a SPARQL `NOT EXISTS` over
        a second copy of the asserted graph.
        """
        declared = {s for s, p, o in map(_parts, self._asserted) if p == _TYPE and o in _OWL_TERM_TYPES}
        closure = self._store.dump(format=_NTRIPLES, from_graph=ox.DefaultGraph())
        return b"".join(line + b"\n" for line in closure.splitlines()
                        if line not in self._asserted and _about_an_individual(*_parts(line), declared))


def _parts(line: bytes) -> tuple[bytes, bytes, bytes]:
    """Subject, predicate and object of an N-Triples line as Oxigraph writes it."""
    subject, predicate, rest = line.split(b" ", 2)
    return subject, predicate, rest[: -len(b" .")]


def _about_an_individual(subject: bytes, predicate: bytes, value: bytes, terms: set[bytes]) -> bool:
    """Neither a blank node, nor typing with an OWL term, nor about one of the ontology's `terms`."""
    return not (subject in terms or subject.startswith(b"_:") or value.startswith(b"_:")
                or (predicate == _TYPE and value.startswith(_OWL)))
