"""The query service: a Flask app factory over a read-only store (see issue #4)."""

from __future__ import annotations

from pathlib import Path

from flask import Flask, Response, jsonify, request

from kg.errors import KgError, QueryError
from kg.queries import format_result
from kg.store import Store

_MEDIA_TYPES = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "text/turtle": "turtle",
    "application/n-quads": "nquads",
}


def create_app(store_path: str | Path | None = None) -> Flask:
    """A Flask app answering SPARQL at /sparql over the store at `store_path`."""
    app = Flask(__name__)
    app.config["KG_STORE"] = store_path

    @app.get("/healthz")
    def healthz() -> Response:
        return jsonify(status="ok")

    @app.route("/sparql", methods=["GET", "POST"])
    def sparql() -> Response:
        query = request.values.get("query") or (
            request.get_data(as_text=True) if request.mimetype == "application/sparql-query"
            else None)
        if not query:
            raise QueryError("no query: pass ?query= or POST one")
        fmt = _MEDIA_TYPES.get(request.accept_mimetypes.best_match(list(_MEDIA_TYPES)) or "",
                               "json")
        result = Store(app.config["KG_STORE"], read_only=True).query(query)
        body = format_result(result, fmt)
        mime = {v: k for k, v in _MEDIA_TYPES.items()}[fmt]
        return Response(body, mimetype=mime)

    @app.errorhandler(KgError)
    def kg_error(err: KgError) -> tuple[Response, int]:
        return jsonify(error=type(err).__name__, message=str(err)), err.http_status

    return app
