"""SPARQL out: the named queries of `queries/` and the result formats."""

from kg.queries.named import QUERIES_DIR, named_queries, read_query
from kg.queries.results import FORMATS, format_result

__all__ = ["FORMATS", "QUERIES_DIR", "format_result", "named_queries", "read_query"]
