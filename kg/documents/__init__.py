"""Documents in: news documents read from JSON Lines, plain text, HTML, folders or stdin."""

from kg.documents.loader import MAX_DOCUMENT_BYTES, load
from kg.documents.model import Document

__all__ = ["MAX_DOCUMENT_BYTES", "Document", "load"]
