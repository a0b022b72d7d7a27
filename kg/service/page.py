"""The query page at /: type SPARQL (the named queries are one click away), see a table.

The page is static HTML and a small script; it sends the query to /sparql like any other
client, and links the actors and events in the answer to their pages in the JSON API.
"""

from __future__ import annotations

from flask import Blueprint, render_template

from kg.queries import named_queries, read_query
from kg.service.index import ACTOR_KINDS, EVENT_KINDS, ID_PREFIX

bp = Blueprint("page", __name__, template_folder="templates", static_folder="static",
               static_url_path="/static")


@bp.get("/")
def query_page() -> str:
    links = {kind.lower(): "/api/actors/{local}" for kind in ACTOR_KINDS}
    links |= {kind.lower(): "/api/events/{local}" for kind in EVENT_KINDS}
    links["document"] = "/api/documents/{rest}"
    examples = {name: read_query(path) for name, path in named_queries().items()}
    return render_template("query.html", examples=examples, page_config={"idPrefix": ID_PREFIX, "links": links})
