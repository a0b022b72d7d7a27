"""Every error kg raises on purpose, each naming the input that failed and why.

    KgError
     ├── DocumentError    a document could not be read (path, line)
     ├── ExtractionError  a pipeline component failed on a document (component, doc id)
     ├── StoreError       the store could not be opened or written (store path)
     ├── QueryError       a query is malformed or refused (query name)
     │    └── QueryTimeout  a query ran past its time limit
     ├── ExportError      an export failed or its format is unknown (format, known ones)
     └── ConfigError      a setting is missing or wrong

The CLI prints the message and exits 1; the HTTP service turns it into a JSON error object.
"""

from __future__ import annotations


class KgError(Exception):
    """Base of every error kg raises on purpose."""

    http_status = 500


class DocumentError(KgError):
    """A document could not be read: names the source, and the line for JSON Lines."""

    http_status = 400

    def __init__(self, source: str, reason: str, line: int | None = None) -> None:
        self.source = source
        self.reason = reason
        self.line = line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {reason}")


class ExtractionError(KgError):
    """A pipeline component failed on one document."""

    def __init__(self, doc_id: str, component: str, reason: str) -> None:
        self.doc_id = doc_id
        self.component = component
        self.reason = reason
        super().__init__(f"document {doc_id!r}: component {component!r} failed: {reason}")

    def __reduce__(self) -> tuple:
        """Pickle from the three arguments (errors cross process boundaries with `--workers`)."""
        return type(self), (self.doc_id, self.component, self.reason)


class StoreError(KgError):
    """The store could not be opened, read or written."""

    http_status = 503


class QueryError(KgError):
    """A query is malformed, refused, or its named query does not exist."""

    http_status = 400


class QueryTimeout(QueryError):
    """A query ran past its time limit and was stopped."""

    http_status = 504


class ExportError(KgError):
    """An export failed, or its format is not one of the known ones."""

    http_status = 400


class ConfigError(KgError):
    """A setting is missing or has a wrong value."""

    http_status = 400
