"""Commands that reason over the store and check its facts against the shapes."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli.options import STORE_OPTION


@click.command()
@STORE_OPTION
@click.option(
    "--engine",
    type=click.Choice(["hermit", "rules"]),
    default="hermit",
    show_default=True,
    help="hermit: complete OWL 2 DL, needs Java; rules: the OWL 2 RL closure in Oxigraph, for large stores.",
)
def reason(store_path: Path | None, engine: str) -> None:
    """Infer what the ontology entails (mediators, parties, inverses, chains) into the inferred graph."""
    from kg.reason import reason as run_reason
    from kg.store import open_store

    report = run_reason(open_store(store_path), engine)
    click.echo(report.summary(), err=True)


@click.command()
@STORE_OPTION
def validate(store_path: Path | None) -> None:
    """Check every stored document's facts against the SHACL shapes (ontology/shapes.ttl)."""
    from kg.reason import validate_store
    from kg.store import open_store

    store = open_store(store_path, read_only=True)
    violations = validate_store(store)
    for doc_id, found in violations.items():
        for violation in found:
            click.echo(f"{doc_id}: {violation}")
    total = sum(len(found) for found in violations.values())
    documents = len(list(store.document_graphs()))
    click.echo(f"{documents} documents, {len(violations)} with violations, {total} violations", err=True)
    if violations:
        sys.exit(1)


COMMANDS = [reason, validate]
