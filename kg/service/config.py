"""The service's settings: where the store is, who may write, how long a query may run.

Every setting comes from the environment by default (`KG_STORE`, `KG_UPDATE_TOKEN`,
`KG_QUERY_TIMEOUT`, `KG_INDEX_TIMEOUT`, `KG_ROW_CAP`, `KG_QUERY_WORKERS`), so `gunicorn server:app` and
`kg serve` are configured the same way. The update token is never a command-line option:
the process list would show it.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import ConfigError
from kg.store import default_store_path


@dataclass(frozen=True)
class ServiceConfig:
    """What a running service needs to know; `update_token` None means read-only."""

    store: Path = field(default_factory=default_store_path)
    update_token: str | None = None
    query_timeout: float = 5.0  # seconds a query may run before its worker is killed
    index_timeout: float = 120.0  # seconds each of the API's own whole-store queries may run
    row_cap: int = 10_000  # rows (or triples) a /sparql answer may hold
    query_workers: int = 2  # worker processes per web process

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ, **overrides: object) -> ServiceConfig:
        """The settings from the environment, with `overrides` (not None) on top."""
        settings: dict[str, object] = {}
        for name, (variable, parse) in _ENVIRONMENT.items():
            if environ.get(variable):
                settings[name] = _parsed(variable, environ[variable], parse)
        settings.update({k: v for k, v in overrides.items() if v is not None})
        return dataclasses.replace(cls(), **settings).checked()

    def checked(self) -> ServiceConfig:
        """This config, or a ConfigError naming the first setting out of range."""
        if self.query_timeout <= 0 or self.index_timeout <= 0:
            raise ConfigError(f"query timeout {self.query_timeout!r} and index timeout {self.index_timeout!r}: "
                              "must be positive numbers of seconds")
        if self.row_cap < 1 or self.query_workers < 1:
            raise ConfigError(f"row cap {self.row_cap} and query workers {self.query_workers}: must be at least 1")
        return self


_ENVIRONMENT: dict[str, tuple[str, Callable[[str], object]]] = {
    "store": ("KG_STORE", Path),
    "update_token": ("KG_UPDATE_TOKEN", str),
    "query_timeout": ("KG_QUERY_TIMEOUT", float),
    "index_timeout": ("KG_INDEX_TIMEOUT", float),
    "row_cap": ("KG_ROW_CAP", int),
    "query_workers": ("KG_QUERY_WORKERS", int),
}


def _parsed(variable: str, text: str, parse: Callable[[str], object]) -> object:
    try:
        return parse(text)
    except ValueError as err:
        raise ConfigError(f"${variable}={text!r} is not a valid {parse.__name__}") from err
