"""The app factory: one Flask app per web process, a blueprint per concern.

    /sparql, /sparql/update   sparql.py   the SPARQL 1.1 Protocol
    /api/...                  api.py      the JSON API
    /openapi.json             openapi.py  its description
    /                         page.py     the query page
    /healthz                  here

Every error leaves as the same JSON object, `{"error": kind, "message": ..., "status": code}`,
and never as a stack trace.
"""

from __future__ import annotations

import logging

from flask import Flask, Response, jsonify
from werkzeug.exceptions import HTTPException

from kg.errors import KgError
from kg.service import api, openapi, page, sparql
from kg.service.config import ServiceConfig
from kg.service.engine import QueryEngine, engine

log = logging.getLogger(__name__)


def create_app(config: ServiceConfig | None = None) -> Flask:
    """The service over `config.store` (default: settings from the environment)."""
    app = Flask(__name__, static_folder=None)  # the page blueprint serves /static
    app.json.sort_keys = False  # keep objects in the order the API builds them
    QueryEngine(config or ServiceConfig.from_env()).init_app(app)
    for blueprint in (sparql.bp, api.bp, openapi.bp, page.bp):
        app.register_blueprint(blueprint)
    app.add_url_rule("/healthz", "healthz", _healthz)
    app.register_error_handler(KgError, _kg_error)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected_error)
    return app


def error_response(kind: str, message: str, status: int) -> tuple[Response, int]:
    return jsonify(error=kind, message=message, status=status), status


def _healthz() -> Response:
    return jsonify(status="ok", replaced_query_workers=engine().replaced_workers())


def _kg_error(err: KgError) -> tuple[Response, int]:
    return error_response(type(err).__name__, str(err), err.http_status)


def _http_error(err: HTTPException) -> tuple[Response, int]:
    response, status = error_response(type(err).__name__, err.description or err.name, err.code or 500)
    for name, value in err.get_headers():  # such as Allow on 405 and WWW-Authenticate on 401
        if name != "Content-Type":
            response.headers[name] = value
    return response, status


def _unexpected_error(err: Exception) -> tuple[Response, int]:
    log.exception("unexpected error")
    return error_response("InternalError", "the server failed to answer; the error is in its log", 500)
