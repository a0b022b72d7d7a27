"""Query results in the SPARQL 1.1 formats, RDF formats, or a plain-text table.

SELECT and ASK results go out as SPARQL 1.1 Query Results (JSON, XML, CSV, TSV) written by
Oxigraph itself; CONSTRUCT and DESCRIBE as Turtle or N-Quads. `table` is for people at a
terminal.
"""

from __future__ import annotations

import json

import pyoxigraph as ox

from kg.errors import QueryError

RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nquads": ox.RdfFormat.N_QUADS}
FORMATS = (*RESULT_FORMATS, *GRAPH_FORMATS, "table")


def format_result(result: object, fmt: str = "table") -> bytes:
    """Serialise what `Store.query` returned in the format `fmt`."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if isinstance(result, ox.QueryTriples):
        if fmt == "table":
            fmt = "turtle"
        if fmt not in GRAPH_FORMATS:
            raise QueryError(f"a graph result cannot be written as {fmt!r}; use turtle or nquads")
        if fmt == "nquads":
            return ox.serialize((ox.Quad(t.subject, t.predicate, t.object) for t in result),
                                format=ox.RdfFormat.N_QUADS)
        return result.serialize(format=GRAPH_FORMATS[fmt])
    if fmt in GRAPH_FORMATS:
        raise QueryError(f"a SELECT or ASK result cannot be written as {fmt!r}")
    if fmt == "table":
        return _table(result).encode()
    return result.serialize(format=RESULT_FORMATS[fmt])


def _table(result: object) -> str:
    if isinstance(result, ox.QueryBoolean):
        return ("yes" if bool(result) else "no") + "\n"
    data = json.loads(result.serialize(format=ox.QueryResultsFormat.JSON))
    names = data["head"]["vars"]
    rows = [[cell_text(b.get(v)) for v in names] for b in data["results"]["bindings"]]
    widths = [max([len(n), *(len(r[i]) for r in rows)]) for i, n in enumerate(names)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()  # noqa: E731
    out = [line(names), line(["-" * w for w in widths]), *(line(r) for r in rows)]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def cell_text(cell: dict | None) -> str:
    """A result cell as a person reads it: IRIs by their last segment, literals as is."""
    if cell is None:
        return ""
    if cell["type"] == "uri":
        return cell["value"].rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
    return cell["value"]
