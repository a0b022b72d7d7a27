"""The query service: SPARQL 1.1 Protocol, a JSON API and a query page over the kg store.

`create_app()` builds the WSGI app (`server.py` exposes it as `app`); `kg serve` runs it
under gunicorn. See `app.py` for the routes.

The names are imported on first use: a query worker process imports `kg.service.worker`,
and should not pay for Flask, the API and the exporters it never runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.service.app import create_app
    from kg.service.config import ServiceConfig

__all__ = ["ServiceConfig", "create_app"]


def __getattr__(name: str) -> object:
    if name == "create_app":
        from kg.service.app import create_app

        return create_app
    if name == "ServiceConfig":
        from kg.service.config import ServiceConfig

        return ServiceConfig
    raise AttributeError(f"module 'kg.service' has no attribute {name!r}")
