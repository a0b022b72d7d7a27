"""What is in a store, counted."""

from __future__ import annotations

from kg.store.oxigraph import Store

_COUNTS = """
PREFIX kg: <https://w3id.org/kg-news/ontology#>
SELECT
  (COUNT(DISTINCT ?doc) AS ?documents)
  (COUNT(DISTINCT ?actor) AS ?actors)
  (COUNT(DISTINCT ?event) AS ?events)
  (COUNT(DISTINCT ?statement) AS ?statements)
WHERE {
  { ?doc a kg:Document }
  UNION { ?actor a ?kind VALUES ?kind { kg:Person kg:Country kg:Organization } }
  UNION { ?event a ?ekind VALUES ?ekind { kg:Exchange kg:Release kg:Talks kg:Attack kg:Visit } }
  UNION { ?statement a kg:Statement }
}
"""


def store_stats(store: Store) -> dict[str, int]:
    """Documents, triples, actors, events and statements in the store."""
    row = next(iter(store.query(_COUNTS)))
    counts = {name: int(row[name].value) for name in ("documents", "actors", "events", "statements")}
    return {"documents": counts.pop("documents"), "triples": store.count_triples(), **counts}
