"""Where the graph lives: an embedded Oxigraph store on disk, one named graph per document."""

from kg.store.oxigraph import DEFAULT_STORE, Store, default_store_path

__all__ = ["DEFAULT_STORE", "Store", "default_store_path"]
