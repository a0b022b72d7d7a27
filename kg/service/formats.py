"""Query results on the wire: content negotiation and serialisation under the row cap.

A SELECT or ASK answers in one of the SPARQL 1.1 results formats, a CONSTRUCT or DESCRIBE in
an RDF format; the client's `Accept` header (or a `format` parameter) picks which. Rows are
counted as they are read, so a result over the row cap is refused without being serialised
whole; Oxigraph's own writers produce every format but JSON, which is written here from the
rows read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

import pyoxigraph as ox
from werkzeug.datastructures import MIMEAccept
from werkzeug.exceptions import NotAcceptable

from kg.errors import QueryError

RESULT_FORMATS = {
    "json": ("application/sparql-results+json", ox.QueryResultsFormat.JSON),
    "xml": ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
    "csv": ("text/csv", ox.QueryResultsFormat.CSV),
    "tsv": ("text/tab-separated-values", ox.QueryResultsFormat.TSV),
}
GRAPH_FORMATS = {
    "turtle": ("text/turtle", ox.RdfFormat.TURTLE),
    "ntriples": ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    "nquads": ("application/n-quads", ox.RdfFormat.N_QUADS),
    "rdfxml": ("application/rdf+xml", ox.RdfFormat.RDF_XML),
}
# Other names clients send for the same formats (SPARQLWrapper asks JSON as application/json).
_ALIASES = {"application/json": "json", "application/xml": "xml", "text/xml": "xml",
            "application/turtle": "turtle", "application/x-turtle": "turtle", "text/plain": "ntriples"}
_GRAPH_FORMS = ("CONSTRUCT", "DESCRIBE")


@dataclass(frozen=True)
class Answer:
    """A serialised query result, ready to send."""

    body: bytes
    media_type: str


def negotiate(accept: MIMEAccept, form: str | None, requested: str | None = None) -> str:
    """The format to answer a query of `form` in: `requested` (a format name or media type)
    if given, else the client's preferred one among those that fit the form, else the first."""
    formats = GRAPH_FORMATS if form in _GRAPH_FORMS else RESULT_FORMATS
    by_media_type = {media: name for name, (media, _) in formats.items()}
    by_media_type.update({media: name for media, name in _ALIASES.items() if name in formats})
    if requested:
        name = by_media_type.get(requested, requested)
        if name not in formats:
            raise NotAcceptable(f"format {requested!r} does not fit a {form or 'SELECT'} query; "
                                f"choose one of {', '.join(formats)}")
        return name
    if not accept:
        return next(iter(formats))
    best = accept.best_match(list(by_media_type))
    if best is None:
        raise NotAcceptable(f"none of the accepted media types ({accept}) fits a {form or 'SELECT'} query; "
                            f"available: {', '.join(by_media_type)}")
    return by_media_type[best]


def serialize(result: ox.QuerySolutions | ox.QueryTriples | ox.QueryBoolean, fmt: str,
              row_cap: int | None) -> Answer:
    """The result in format `fmt`; a QueryError if it has more than `row_cap` rows or triples.
    A format that does not fit the result's kind falls back to that kind's first format."""
    if isinstance(result, ox.QueryTriples):
        name = fmt if fmt in GRAPH_FORMATS else "turtle"
        media, rdf_format = GRAPH_FORMATS[name]
        triples = _capped(result, row_cap, "triples")
        if rdf_format == ox.RdfFormat.N_QUADS:
            return Answer(ox.serialize((ox.Quad(t.subject, t.predicate, t.object) for t in triples),
                                       format=rdf_format), media)
        return Answer(ox.serialize(triples, format=rdf_format), media)
    name = fmt if fmt in RESULT_FORMATS else "json"
    media, results_format = RESULT_FORMATS[name]
    if isinstance(result, ox.QueryBoolean):
        return Answer(result.serialize(format=results_format), media)
    body = _solutions_json(result.variables, _capped(result, row_cap, "rows"))
    if name != "json":
        body = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON).serialize(format=results_format)
    return Answer(body, media)


def _capped(items: Iterator, row_cap: int | None, what: str) -> list:
    taken = list(items if row_cap is None else islice(items, row_cap + 1))
    if row_cap is not None and len(taken) > row_cap:
        raise QueryError(f"the result has more than {row_cap} {what}, the row cap: "
                         "add a LIMIT (and OFFSET to page through it)")
    return taken


def _solutions_json(variables: list[ox.Variable], rows: Iterable[ox.QuerySolution]) -> bytes:
    """SPARQL 1.1 Query Results JSON (https://www.w3.org/TR/sparql11-results-json/)."""
    names = [v.value for v in variables]
    bindings = [{name: _term_json(term) for name, term in zip(names, row, strict=True) if term is not None}
                for row in rows]
    return json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}},
                      ensure_ascii=False, separators=(",", ":")).encode()


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _term_json(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> dict[str, object]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": _term_json(term.subject),
                                            "predicate": _term_json(term.predicate),
                                            "object": _term_json(term.object)}}
    cell: dict[str, object] = {"type": "literal", "value": term.value}
    if term.language:
        cell["xml:lang"] = term.language
    elif term.datatype.value != _XSD_STRING:
        cell["datatype"] = term.datatype.value
    return cell
