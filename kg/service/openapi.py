"""The service described in OpenAPI 3.1, at /openapi.json.

The description is data built by a few helpers, so that each route is one entry that says
its parameters and the schema of its answer; a property-based test (schemathesis) checks the
live server against it.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, jsonify

from kg.export import MEDIA_TYPES, VIEWS
from kg.service.api import DEFAULT_LIMIT, MAX_LIMIT
from kg.service.formats import GRAPH_FORMATS, RESULT_FORMATS
from kg.service.index import ACTOR_KINDS

bp = Blueprint("openapi", __name__)
Json = dict[str, Any]


def _ref(name: str) -> Json:
    return {"$ref": f"#/components/schemas/{name}"}


def _nullable(kind: str) -> Json:
    return {"type": [kind, "null"]}


def _object(required: dict[str, Json]) -> Json:
    return {"type": "object", "required": list(required), "properties": required}


def _list(items: Json) -> Json:
    return {"type": "array", "items": items}


def _query(name: str, description: str, schema: Json | None = None) -> Json:
    return {"name": name, "in": "query", "required": False, "description": description,
            "schema": schema or {"type": "string"}}


def _path(name: str, description: str) -> Json:
    return {"name": name, "in": "path", "required": True, "description": description, "schema": {"type": "string"}}


def _json(schema: Json, description: str = "OK") -> Json:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _errors(*statuses: int) -> dict[str, Json]:
    return {str(s): _json(_ref("Error"), _ERROR_TEXT[s]) for s in statuses}


_ERROR_TEXT = {
    400: "The request is malformed: a bad parameter, query or body, or a refused SERVICE or LOAD",
    401: "No update token was sent", 403: "The update token is wrong, or writing is switched off",
    404: "Nothing with that id", 406: "No acceptable format for this kind of answer",
    415: "The body's media type is not one this operation takes",
    503: "The store cannot be read or written now (missing, or written by another process)",
    504: "The query ran past the time limit and was stopped",
}
_PAGING = [
    _query("limit", "Items per page", {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT,
                                       "default": DEFAULT_LIMIT}),
    _query("offset", "Items to skip", {"type": "integer", "minimum": 0, "maximum": 10**9, "default": 0}),
]
_DAY = {"type": "string", "format": "date"}
_WRITE = {"security": [{"updateToken": []}]}


def _page_of(item: str) -> Json:
    return _object({"items": _list(_ref(item)), "total": {"type": "integer"}, "limit": {"type": "integer"},
                    "offset": {"type": "integer"}, "next": _nullable("string")})


def _get(summary: str, response: Json, *parameters: Json, errors: tuple[int, ...] = (400, 503, 504)) -> Json:
    return {"get": {"summary": summary, "parameters": list(parameters), "responses": {"200": response,
                                                                                     **_errors(*errors)}}}


_SPARQL_PARAMETERS = [
    _query("default-graph-uri", "A graph of the default graph (repeatable)", _list({"type": "string"})),
    _query("named-graph-uri", "A named graph of the dataset (repeatable)", _list({"type": "string"})),
    _query("format", "The answer's format, instead of the Accept header",
           {"type": "string", "enum": [*RESULT_FORMATS, *GRAPH_FORMATS]}),
]
_SPARQL_ANSWER = {"description": "The answer: SPARQL results for SELECT and ASK, RDF for CONSTRUCT and DESCRIBE",
                  "content": {media: {"schema": {}} for media, _ in [*RESULT_FORMATS.values(),
                                                                    *GRAPH_FORMATS.values()]}}
_SPARQL_ERRORS = _errors(400, 406, 415, 503, 504)

_PATHS: Json = {
    "/sparql": {
        "get": {"summary": "SPARQL 1.1 query (time limit, row cap; SERVICE and LOAD refused)",
                "parameters": [_query("query", "The SPARQL query") | {"required": True}, *_SPARQL_PARAMETERS],
                "responses": {"200": _SPARQL_ANSWER, **_SPARQL_ERRORS}},
        "post": {"summary": "SPARQL 1.1 query in the body",
                 "parameters": _SPARQL_PARAMETERS,
                 "requestBody": {"required": True, "content": {
                     "application/sparql-query": {"schema": {"type": "string"}},
                     "application/x-www-form-urlencoded": {"schema": _object({"query": {"type": "string"}})}}},
                 "responses": {"200": _SPARQL_ANSWER, **_SPARQL_ERRORS}},
    },
    "/sparql/update": {"post": {
        "summary": "SPARQL 1.1 Update (needs the update token; LOAD refused)", **_WRITE,
        "requestBody": {"required": True, "content": {
            "application/sparql-update": {"schema": {"type": "string"}},
            "application/x-www-form-urlencoded": {"schema": _object({"update": {"type": "string"}})}}},
        "responses": {"204": {"description": "Applied"}, **_errors(400, 401, 403, 415, 503)}}},
    "/api/actors": _get("Actors by name", _json(_page_of("Actor")),
                        _query("q", "Part of any of the actor's names"),
                        _query("type", "The kind of actor", {"type": "string", "enum": list(ACTOR_KINDS)}), *_PAGING),
    "/api/actors/{actor_id}": _get("One actor with its events, mediations and statements",
                                   _json(_ref("ActorDetail")), _path("actor_id", "Such as country/UKR"),
                                   errors=(404, 503, 504)),
    "/api/events/{event_id}": _get("One event", _json(_ref("Event")), _path("event_id", "Such as exchange/1a2b"),
                                   errors=(404, 503, 504)),
    "/api/exchanges": _get("Exchanges by date", _json(_page_of("Event")),
                           _query("party", "A side's name or actor id"), _query("mediator", "A mediator's name or id"),
                           _query("since", "From this day", _DAY), _query("until", "Up to this day", _DAY), *_PAGING),
    "/api/mediations": _get("Which actors mediated which exchanges, by mediator", _json(_page_of("Mediation")),
                            *_PAGING),
    "/api/statements": _get("Statements in document order", _json(_page_of("Statement")),
                            _query("speaker", "The speaker's name or actor id"), _query("q", "Part of the text"),
                            *_PAGING),
    "/api/documents": {
        **_get("Stored documents", _json(_page_of("Document")), *_PAGING),
        "post": {"summary": "Ingest documents (needs the update token)", **_WRITE,
                 "requestBody": {"required": True, "content": {"application/json": {"schema": {
                     "oneOf": [_ref("NewDocument"), {**_list(_ref("NewDocument")), "minItems": 1}]}}}},
                 "responses": {"201": _json(_ref("IngestReport"), "Ingested"), **_errors(400, 401, 403, 503)}},
    },
    "/api/documents/{doc_id}": {
        **_get("One document with its facts", _json(_ref("DocumentDetail")), _path("doc_id", "The document's id"),
               errors=(404, 503, 504)),
        "delete": {"summary": "Remove a document and its facts (needs the update token)", **_WRITE,
                   "parameters": [_path("doc_id", "The document's id")],
                   "responses": {"204": {"description": "Removed"}, **_errors(401, 403, 404, 503)}},
    },
    **{f"/api/export.{fmt}": _get(
        f"The graph as {fmt}, for Gephi",
        {"description": "OK", "content": {media: {"schema": {"type": "string"}}}},
        _query("view", "What the nodes are", {"type": "string", "enum": list(VIEWS)}),
        _query("since", "Events from this day", _DAY), _query("until", "Events up to this day", _DAY),
        errors=(400, 503)) for fmt, media in MEDIA_TYPES.items()},
    "/": {"get": {"summary": "The query page", "responses": {"200": {
        "description": "HTML", "content": {"text/html": {"schema": {"type": "string"}}}}}}},
    "/openapi.json": {"get": {"summary": "This description", "responses": {"200": _json({"type": "object"})}}},
    "/healthz": _get("Liveness", _json(_object({"status": {"const": "ok"},
                                                "replaced_query_workers": {"type": "integer"}})), errors=()),
}

_ACTOR_REF = _object({"id": {"type": "string"}, "name": {"type": "string"}, "href": {"type": "string"}})
_ACTOR = _object({**_ACTOR_REF["properties"], "iri": {"type": "string"}, "type": {"enum": list(ACTOR_KINDS)},
                  "altNames": _list({"type": "string"}), "role": _nullable("string"),
                  "countryCode": _nullable("string"), "documents": _list({"type": "string"})})
_SCHEMAS: Json = {
    "Error": _object({"error": {"type": "string"}, "message": {"type": "string"}, "status": {"type": "integer"}}),
    "ActorRef": _ACTOR_REF,
    "Actor": _ACTOR,
    "ActorDetail": _object({**_ACTOR["properties"], "events": _list(_ref("Event")),
                            "mediations": _list(_ref("Event")), "statements": _list(_ref("Statement"))}),
    "Event": _object({"id": {"type": "string"}, "iri": {"type": "string"}, "kind": {"type": "string"},
                      "date": _nullable("string"), "parties": _list(_ref("ActorRef")),
                      "mediators": _list(_ref("ActorRef")),
                      "returns": _list(_object({"recipient": _ref("ActorRef"), "count": {"type": "integer"}})),
                      "documents": _list({"type": "string"}), "href": {"type": "string"}}),
    "Mediation": _object({"mediator": _ref("ActorRef"), "count": {"type": "integer"},
                          "exchanges": _list(_ref("Event"))}),
    "Statement": _object({"id": {"type": "string"}, "text": {"type": "string"}, "kind": _nullable("string"),
                          "speaker": {"oneOf": [_ref("ActorRef"), {"type": "null"}]},
                          "about": _list(_ref("ActorRef")), "document": {"type": "string"}}),
    "Document": _object({"id": {"type": "string"}, "title": _nullable("string"), "published": _nullable("string"),
                         "source": _nullable("string"), "url": _nullable("string"), "triples": {"type": "integer"},
                         "href": {"type": "string"}}),
    "DocumentDetail": {"allOf": [_ref("Document"), _object({
        "actors": _list(_ref("Actor")), "events": _list(_ref("Event")), "statements": _list(_ref("Statement"))})]},
    "NewDocument": {"type": "object", "required": ["id", "text"], "properties": {
        "id": {"type": "string", "minLength": 1}, "text": {"type": "string", "minLength": 1},
        "title": {"type": "string"}, "published": _DAY, "source": {"type": "string"}, "url": {"type": "string"}}},
    "IngestReport": _object({"documents": {"type": "integer"}, "facts": {"type": "integer"},
                             "triples": {"type": "integer"}, "failures": _list({"type": "string"}),
                             "seconds": {"type": "number"}}),
}

SPEC: Json = {
    "openapi": "3.1.0",
    "info": {"title": "kg", "version": "0.1.0",
             "description": "Who did what, from the news: SPARQL 1.1 Protocol and a JSON API over the kg store."},
    "paths": _PATHS,
    "components": {"schemas": _SCHEMAS,
                   "securitySchemes": {"updateToken": {"type": "http", "scheme": "bearer",
                                                       "description": "The server's $KG_UPDATE_TOKEN"}}},
}


@bp.get("/openapi.json")
def openapi() -> Response:
    return jsonify(SPEC)
