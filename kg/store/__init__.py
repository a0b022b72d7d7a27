"""Where the graph lives: an embedded Oxigraph store on disk, or a SPARQL 1.1 server; one
named graph per document either way."""

from __future__ import annotations

import os
from pathlib import Path

from kg.store.oxigraph import DEFAULT_STORE, Store, default_store_path
from kg.store.remote import RemoteStore

__all__ = ["DEFAULT_STORE", "AnyStore", "RemoteStore", "Store", "default_store_path", "open_store"]

AnyStore = Store | RemoteStore


def open_store(location: str | Path | None = None, *, read_only: bool = False) -> AnyStore:
    """The store at `location` (default `$KG_STORE` or `./kg-data`): what every command opens.

    An `http://` or `https://` URL, or a `.toml` file describing the server's endpoints, is
    a SPARQL server (`kg.store.remote`); anything else is the folder of an embedded store.
    """
    where = str(location or os.environ.get("KG_STORE") or DEFAULT_STORE)
    if where.startswith(("http://", "https://")) or where.endswith(".toml"):
        return RemoteStore.open(where, read_only=read_only)
    return Store(where, read_only=read_only)
