"""The `kg` command line: thin wrappers over the library functions.

One module per concern registers its commands on `main`. Heavy imports (spaCy, Flask,
owlready2) happen inside the commands that need them, so `kg query` and `kg --help` start
fast.
"""

from __future__ import annotations

import click

from kg.errors import KgError


class KgGroup(click.Group):
    """Turns a KgError into its message on stderr and exit code 1, never a traceback."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except KgError as err:
            click.echo(f"kg: error: {err}", err=True)
            ctx.exit(1)


@click.group(cls=KgGroup)
@click.version_option(package_name="kg")
def main() -> None:
    """kg: a knowledge graph of who did what, from the news."""


def _register() -> None:
    from kg.cli import documents, export, query, reason, scale, serve

    for module in (documents, query, export, reason, serve, scale):
        for command in module.COMMANDS:
            main.add_command(command)


_register()
