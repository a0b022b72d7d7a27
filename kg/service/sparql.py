"""The SPARQL 1.1 Protocol: queries at /sparql, updates at /sparql/update.

Queries come as `GET ?query=`, as a form-encoded POST or as a POST of
`application/sparql-query`; `default-graph-uri` and `named-graph-uri` set the dataset
(without them the default graph is the union of all graphs). The answer's format follows the
`Accept` header (or a `format` parameter). SERVICE and LOAD are refused here, before a
worker or the engine sees the text, so no request can make the server fetch a URL.
"""

from __future__ import annotations

from flask import Blueprint, Response, request
from werkzeug.datastructures import MultiDict
from werkzeug.exceptions import BadRequest, UnsupportedMediaType

from kg.errors import QueryError
from kg.queries.sparql_text import query_form
from kg.service.auth import update_token_required
from kg.service.engine import engine
from kg.service.formats import negotiate
from kg.service.worker import QueryJob
from kg.service.writer import run_update
from kg.store.oxigraph import refuse_remote_access

bp = Blueprint("sparql", __name__)

_FORM = "application/x-www-form-urlencoded"


@bp.route("/sparql", methods=["GET", "POST"])
def query() -> Response:
    """Answer a SPARQL query within the time limit and the row cap."""
    sparql, params = _operation("query", "application/sparql-query")
    refuse_remote_access(sparql)
    config = engine().config
    job = QueryJob(
        sparql,
        negotiate(request.accept_mimetypes, query_form(sparql), params.get("format")),
        default_graphs=_graphs(params, "default-graph-uri"),
        named_graphs=_graphs(params, "named-graph-uri"),
        row_cap=config.row_cap,
    )
    answer = engine().answer(job)
    return Response(answer.body, mimetype=answer.media_type)


@bp.post("/sparql/update")
@update_token_required
def update() -> tuple[str, int]:
    """Apply a SPARQL 1.1 Update; needs the update token."""
    sparql, params = _operation("update", "application/sparql-update")
    if params.getlist("using-graph-uri") or params.getlist("using-named-graph-uri"):
        raise QueryError("using-graph-uri and using-named-graph-uri are not supported: use USING in the update")
    refuse_remote_access(sparql)
    run_update(engine().config.store, sparql)
    return "", 204


def _operation(name: str, direct_media_type: str) -> tuple[str, MultiDict[str, str]]:
    """The query or update text and the protocol parameters, wherever the request put them."""
    if request.method == "GET":
        params = request.args
    elif request.mimetype == _FORM:
        if name in request.args:
            raise BadRequest(f"give the {name} in the form body or the URL, not both")
        params = request.form
    elif request.mimetype == direct_media_type:
        params = MultiDict(request.args)
        params[name] = request.get_data(as_text=True)
    else:
        raise UnsupportedMediaType(f"POST a {name} as {_FORM} or {direct_media_type}, "
                                   f"not {request.mimetype or 'no Content-Type'}")
    text = params.get(name, "")
    if not text.strip():
        other = "update" if name == "query" else "query"
        hint = f"; a {other} goes to /sparql{'/update' if other == 'update' else ''}" if params.get(other) else ""
        raise QueryError(f"no {name}: pass the SPARQL text as the '{name}' parameter{hint}")
    return text, params


def _graphs(params: MultiDict[str, str], name: str) -> tuple[str, ...] | None:
    return tuple(params.getlist(name)) or None
