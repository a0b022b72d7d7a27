"""Where the graph lives: an embedded Oxigraph store on disk, one named graph per document."""

from __future__ import annotations

from pathlib import Path

from kg.store.oxigraph import DEFAULT_STORE, Store, default_store_path

__all__ = ["DEFAULT_STORE", "Store", "default_store_path", "open_store"]


def open_store(location: str | Path | None = None, *, read_only: bool = False) -> Store:
    """The store at `location` (default `$KG_STORE` or `./kg-data`): what every command opens."""
    return Store(location, read_only=read_only)
