"""Running the service under gunicorn, a production WSGI server, from `kg serve`.

Each gunicorn worker process builds its own app (and its own pool of query workers) after
the fork; threads let one worker answer quick requests while another thread waits on a
slow query.
"""

from __future__ import annotations

from gunicorn.app.base import BaseApplication

from kg.service.app import create_app
from kg.service.config import ServiceConfig


class _Gunicorn(BaseApplication):
    def __init__(self, config: ServiceConfig, options: dict[str, object]) -> None:
        self.service_config = config
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for name, value in self.options.items():
            self.cfg.set(name, value)

    def load(self):  # noqa: ANN201 - the WSGI app gunicorn serves
        return create_app(self.service_config)


def serve(config: ServiceConfig, *, host: str, port: int, workers: int, threads: int) -> None:
    """Serve until interrupted."""
    options = {"bind": f"{host}:{port}", "workers": workers, "threads": threads, "worker_class": "gthread",
               "keepalive": 5, "accesslog": None, "errorlog": "-", "loglevel": "warning",
               "graceful_timeout": 5, "proc_name": "kg-serve"}
    _Gunicorn(config, options).run()
