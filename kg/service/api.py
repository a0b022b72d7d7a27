"""The JSON API: actors, events and exchanges, mediations, statements, documents, exports.

Lists are paged with `limit` and `offset` and come as
`{"items": [...], "total": N, "limit": L, "offset": O, "next": URL or null}`. An actor or
event is named by its id, the tail of its IRI ("country/UKR" for
`https://w3id.org/kg-news/id/country/UKR`), and every object links to its own page (`href`).
Reading goes through the query workers (time-limited, cached); writing needs the update token.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable
from typing import Any

from flask import Blueprint, Response, g, jsonify, request, url_for
from werkzeug.exceptions import NotFound

from kg.errors import QueryError
from kg.export import MEDIA_TYPES, VIEWS, export_graph
from kg.service import index
from kg.service.auth import update_token_required
from kg.service.engine import engine
from kg.service.writer import delete_document, ingest_documents
from kg.store import open_store

bp = Blueprint("api", __name__, url_prefix="/api")

DEFAULT_LIMIT = 100
MAX_LIMIT = 1000
Json = dict[str, Any]


def _remembered(view: Callable[..., Response]) -> Callable[..., Response]:
    """A JSON answer depends only on its URL and the store's data, so it is rendered once per
    store version and sent again from the engine's cache (errors are not kept)."""

    @functools.wraps(view)
    def answer(**path: str) -> Response:
        body = engine().derived(("api", request.full_path), lambda: view(**path).get_data())
        return Response(body, mimetype="application/json")

    return answer


# -- actors ----------------------------------------------------------------------------


@bp.get("/actors")
@_remembered
def actors() -> Response:
    """Actors, by name; `q` matches any of their names, `type` is Person, Country or Organization."""
    kind = _choice("type", index.ACTOR_KINDS)
    q = _text("q")
    found = [a for a in _index().actors.values()
             if (kind is None or a.kind == kind) and (q is None or any(q in n.casefold() for n in _names(a)))]
    return _page(sorted(found, key=lambda a: (a.name.casefold(), a.iri)), _actor_summary)


@bp.get("/actors/<path:actor_id>")
@_remembered
def actor(actor_id: str) -> Response:
    """One actor with its events (as a party), its mediations and its statements."""
    idx = _index()
    found = idx.actors.get(index.ID_PREFIX + actor_id) or _not_found("actor", actor_id)
    events = [e for e in idx.events_in_order if found.iri in e.parties]
    mediated = [e for e in idx.events_in_order if found.iri in e.mediators]
    said = [s for s in idx.statements if s.speaker == found.iri]
    return jsonify(_actor_summary(found) | {
        "events": [_event_json(e) for e in events],
        "mediations": [_event_json(e) for e in mediated],
        "statements": [_statement_json(s) for s in said],
    })


# -- events ----------------------------------------------------------------------------


@bp.get("/events/<path:event_id>")
@_remembered
def event(event_id: str) -> Response:
    """One event: its kind, date, parties, mediators, per-side returns and documents."""
    found = _index().events.get(index.ID_PREFIX + event_id) or _not_found("event", event_id)
    return jsonify(_event_json(found))


@bp.get("/exchanges")
@_remembered
def exchanges() -> Response:
    """Exchanges by date; `party` and `mediator` take a name or an actor id, `since` and
    `until` a day (YYYY-MM-DD), which leaves out exchanges with no known date."""
    party, mediator = _actor_filter("party"), _actor_filter("mediator")
    since, until = _date("since"), _date("until")
    found = [e for e in _index().events_in_order
             if e.kind == "Exchange" and party(e.parties) and mediator(e.mediators)
             and (since is None or (e.date is not None and e.date >= since))
             and (until is None or (e.date is not None and e.date <= until))]
    return _page(found, _event_json)


@bp.get("/mediations")
@_remembered
def mediations() -> Response:
    """Which actors mediated which exchanges: one item per mediator, most exchanges first."""
    idx = _index()
    by_mediator: dict[str, list[index.Event]] = {}
    for e in idx.events_in_order:
        if e.kind == "Exchange":
            for iri in e.mediators:
                by_mediator.setdefault(iri, []).append(e)
    groups = sorted(by_mediator.items(), key=lambda kv: (-len(kv[1]), _actor_name(kv[0]).casefold()))
    return _page(groups, lambda kv: {"mediator": _actor_ref(kv[0]), "count": len(kv[1]),
                                     "exchanges": [_event_json(e) for e in kv[1]]})


# -- statements ------------------------------------------------------------------------


@bp.get("/statements")
@_remembered
def statements() -> Response:
    """Statements in document order; `speaker` takes a name or an actor id, `q` matches the text."""
    speaker = _actor_filter("speaker")
    q = _text("q")
    found = [s for s in _index().statements
             if speaker({s.speaker} if s.speaker else set()) and (q is None or q in s.text.casefold())]
    return _page(found, _statement_json)


# -- documents -------------------------------------------------------------------------


@bp.get("/documents")
@_remembered
def documents() -> Response:
    """Every stored document's metadata and triple count."""
    return _page(list(_index().documents.values()), _document_json)


@bp.get("/documents/<path:doc_id>")
@_remembered
def document(doc_id: str) -> Response:
    """One document with the facts read from it: actors, events, statements."""
    idx = _index()
    found = idx.documents.get(doc_id) or _not_found("document", doc_id)
    actors_in = sorted((a for a in idx.actors.values() if doc_id in a.documents), key=lambda a: a.name.casefold())
    return jsonify(_document_json(found) | {
        "actors": [_actor_summary(a) for a in actors_in],
        "events": [_event_json(e) for e in idx.events_in_order if doc_id in e.documents],
        "statements": [_statement_json(s) for s in idx.statements if s.document == doc_id],
    })


@bp.post("/documents")
@update_token_required
def add_documents() -> tuple[Response, int]:
    """Ingest documents: a JSON object or a list of them, with the fields of a JSON Lines line."""
    body = request.get_json(silent=True)
    records = [body] if isinstance(body, dict) else body
    if not isinstance(records, list) or not records or not all(isinstance(r, dict) for r in records):
        raise QueryError("POST a JSON document or a non-empty list of them, each an object with at least "
                         "'id' and 'text' (and optionally title, published, source, url), "
                         "as application/json")
    return jsonify(ingest_documents(engine().config.store, records)), 201


@bp.delete("/documents/<path:doc_id>")
@update_token_required
def remove_document(doc_id: str) -> tuple[str, int]:
    """Remove a document and every fact read from it."""
    if not delete_document(engine().config.store, doc_id):
        _not_found("document", doc_id)
    return "", 204


# -- exports ---------------------------------------------------------------------------


def export(fmt: str) -> Response:
    """A view of the graph for Gephi: `view` (actors, events, full), `since`, `until`."""
    view = _choice("view", tuple(VIEWS)) or "actors"
    since, until = _date("since"), _date("until")

    def build() -> bytes:
        store = open_store(engine().config.store, read_only=True)
        return export_graph(store, fmt, view=view, since=_day(since), until=_day(until))

    body = engine().derived(("export", fmt, view, since, until), build)
    return Response(body, mimetype=MEDIA_TYPES[fmt],
                    headers={"Content-Disposition": f'attachment; filename="kg-{view}.{fmt}"'})


for _fmt in MEDIA_TYPES:  # /api/export.gexf and /api/export.graphml
    bp.add_url_rule(f"/export.{_fmt}", f"export_{_fmt}", export, defaults={"fmt": _fmt})


# -- reading the request ---------------------------------------------------------------


def _index() -> index.Index:
    """The index, looked up once per request (an answer renders many actor references)."""
    if "kg_index" not in g:
        g.kg_index = engine().derived("index", lambda: index.build_index(engine().select))
    return g.kg_index


def _int(name: str, default: int, low: int, high: int) -> int:
    text = request.args.get(name)
    if text is None:
        return default
    try:
        value = int(text)
    except ValueError:
        value = low - 1
    if not low <= value <= high:
        raise QueryError(f"parameter {name}={text!r}: must be a whole number from {low} to {high}")
    return value


def _text(name: str) -> str | None:
    value = request.args.get(name, "").strip()
    return value.casefold() or None


def _choice(name: str, choices: tuple[str, ...]) -> str | None:
    value = request.args.get(name)
    if not value:
        return None
    for choice in choices:
        if choice.casefold() == value.casefold():
            return choice
    raise QueryError(f"parameter {name}={value!r}: choose one of {', '.join(choices)}")


def _date(name: str) -> str | None:
    value = request.args.get(name)
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError as err:
        raise QueryError(f"parameter {name}={value!r}: not a day (YYYY-MM-DD)") from err


def _day(iso: str | None) -> dt.date | None:
    return dt.date.fromisoformat(iso) if iso else None


def _actor_filter(name: str) -> Callable[[Iterable[str]], bool]:
    """A test on a set of actor IRIs: does one of them have the name or id the parameter gives?"""
    wanted = _text(name)
    if wanted is None:
        return lambda _iris: True
    actors = _index().actors
    matching = {iri for iri, a in actors.items()
                if wanted in {n.casefold() for n in _names(a)} or wanted == index.local_id(iri).casefold()}
    return lambda iris: not matching.isdisjoint(iris)


def _page(items: list, render: Callable[[Any], Json]) -> Response:
    limit = _int("limit", DEFAULT_LIMIT, 1, MAX_LIMIT)
    offset = _int("offset", 0, 0, 10**9)
    following = None
    if offset + limit < len(items):
        args = request.args.to_dict() | {"offset": str(offset + limit), "limit": str(limit)}
        following = url_for(request.endpoint or "", **(request.view_args or {}), **args)
    return jsonify(items=[render(i) for i in items[offset:offset + limit]], total=len(items),
                   limit=limit, offset=offset, next=following)


def _not_found(kind: str, key: str) -> Any:
    raise NotFound(f"no {kind} {key!r} in the store")


# -- writing the response --------------------------------------------------------------


def _names(actor: index.Actor) -> set[str]:
    return {actor.name, *actor.alt_names}


def _actor_name(iri: str) -> str:
    found = _index().actors.get(iri)
    return found.name if found else index.local_id(iri)


def _actor_ref(iri: str) -> Json:
    local = index.local_id(iri)
    return {"id": local, "name": _actor_name(iri), "href": url_for("api.actor", actor_id=local)}


def _actor_summary(actor: index.Actor) -> Json:
    return _actor_ref(actor.iri) | {
        "iri": actor.iri, "type": actor.kind, "altNames": sorted(actor.alt_names), "role": actor.role,
        "countryCode": actor.country_code, "documents": sorted(actor.documents),
    }


def _event_json(event: index.Event) -> Json:
    local = index.local_id(event.iri)
    returns = sorted(event.returns, key=lambda r: _actor_name(r[0]).casefold())
    return {
        "id": local, "iri": event.iri, "kind": event.kind, "date": event.date,
        "parties": sorted((_actor_ref(p) for p in event.parties), key=lambda r: r["name"].casefold()),
        "mediators": sorted((_actor_ref(m) for m in event.mediators), key=lambda r: r["name"].casefold()),
        "returns": [{"recipient": _actor_ref(iri), "count": count} for iri, count in returns],
        "documents": sorted(event.documents),
        "href": url_for("api.event", event_id=local),
    }


def _statement_json(statement: index.Statement) -> Json:
    return {
        "id": index.local_id(statement.iri), "text": statement.text, "kind": statement.kind,
        "speaker": _actor_ref(statement.speaker) if statement.speaker else None,
        "about": sorted((_actor_ref(a) for a in statement.about if a in _index().actors),
                        key=lambda r: r["name"].casefold()),
        "document": statement.document,
    }


def _document_json(document: index.Document) -> Json:
    return {"id": document.id, "title": document.title, "published": document.published,
            "source": document.source, "url": document.url, "triples": document.triples,
            "href": url_for("api.document", doc_id=document.id)}
