"""The named queries: one `.rq` file per question a user asks, in `queries/`."""

from __future__ import annotations

from pathlib import Path

from kg.errors import QueryError

QUERIES_DIR = Path(__file__).resolve().parents[2] / "queries"


def named_queries() -> dict[str, Path]:
    """Every named query by name ("mediations" for `queries/mediations.rq`)."""
    return {path.stem: path for path in sorted(QUERIES_DIR.glob("*.rq"))}


def read_query(name_or_path: str | Path) -> str:
    """The text of a query given as a file path or as the name of a named query."""
    path = Path(name_or_path)
    if not path.exists():
        known = named_queries()
        if str(name_or_path) not in known:
            raise QueryError(
                f"no query file {str(name_or_path)!r} and no named query of that name; "
                f"named queries: {', '.join(known)}"
            )
        path = known[str(name_or_path)]
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise QueryError(f"{path}: cannot read the query: {err}") from err
