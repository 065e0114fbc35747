"""The ``kg`` command line: a thin layer over the library functions.

Library code raises :class:`kg.errors.KGError`; this module turns it into one line on stderr and a
non-zero exit code. Nothing else here decides anything.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import sys
import warnings
from pathlib import Path

import click

from . import __version__
from .cli_common import (
    EXIT_ERROR,
    Group,
    echo_err,
    graph_or_store,
    min_confidence_option,
    model_option,
    ontology_option,
    pairs_option,
    typer_option,
)
from .errors import InputError, KGError, OntologyError, ValidationError
from .query import RESULT_FORMATS
from .words import counted


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def cli() -> None:
    """Build a knowledge graph from English news text, query it with SPARQL, look at it, measure it.

    \b
      kg build article.txt more/ -o graph.ttl
      kg query graph.ttl 'SELECT ?ceo WHERE { ?ceo kg:ceoOf ?org }'
      kg render graph.ttl -o graph.html
      kg serve graph.ttl
      kg evaluate gold.jsonl
    """


@cli.command("build")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Graph file to write (format from the suffix: .ttl .nt .jsonld .trig). Default: Turtle on stdout.")
@click.option("--format", "fmt", type=click.Choice(["ttl", "nt", "jsonld", "trig"]), default=None,
              help="Output format, overriding the suffix.")
@model_option
@ontology_option
@click.option("--base", default=None, metavar="IRI", help="Base IRI for entities and documents.")
@click.option("--validate", is_flag=True,
              help="Check the graph against the SHACL shapes; on a violation write nothing.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary.")
@click.option("--store", "store", default=None, metavar="DIR|URL",
              help="Build into a persistent store (a directory, or a SPARQL endpoint URL); unchanged documents "
                   "are skipped.")
@click.option("--no-link", is_flag=True,
              help="With --store: no cross-document merging of short names into known entities.")
@click.option("--workers", type=click.IntRange(1), default=1, show_default=True,
              help="Extraction processes (the output is the same as with one).")
@click.option("--scheduler", default=None, metavar="tcp://HOST:PORT",
              help="Extract on a Dask cluster (pip install 'dask[distributed]').")
@click.option("--max-bytes", type=click.IntRange(1), default=None, metavar="N",
              help="Largest document read, in bytes (a file, a JSON Lines record, standard input); larger ones are "
                   "reported and skipped. Default: 10 MiB.")
@click.option("--rejected", type=click.Path(dir_okay=False), default=None, metavar="FILE.jsonl",
              help="Write every relation that was read but dropped (its classes fit no property), with why and where.")
@min_confidence_option
@typer_option
@pairs_option
def build_cli(inputs: tuple[str, ...], output: str | None, fmt: str | None, model: str | None,
              ontology: tuple[str, ...], base: str | None, validate: bool, quiet: bool, store: str | None = None,
              no_link: bool = False, workers: int = 1, scheduler: str | None = None, rejected: str | None = None,
              max_bytes: int | None = None, min_confidence: float | None = None, typer_path: str = "default",
              pairs_path: str = "default") -> None:
    """Extract a knowledge graph from text.

    INPUT is a .txt or .md file, a folder of them (searched recursively), a .jsonl file with one
    {"id", "text"} object a line, or - for standard input.
    """
    from .namespace import DEFAULT_BASE
    from .parallel import keep_freed_memory

    if workers == 1 and scheduler is None:  # this process extracts: the allocator settings of a worker
        keep_freed_memory()
    exit_code: str | int | None = 0
    with contextlib.ExitStack() as stack:
        on_rejected = None
        if rejected is not None:  # written atomically, like every file kg writes (kg.files)
            from .files import atomic_write

            log = stack.enter_context(atomic_write(rejected))
            on_rejected = lambda r: log.write(json.dumps(dataclasses.asdict(r), ensure_ascii=False) + "\n")  # noqa: E731
        options = dict(model=model, ontology=ontology, base=base or DEFAULT_BASE,
                       progress=not quiet and sys.stderr.isatty(), on_error=lambda exc: echo_err("error", str(exc)),
                       workers=workers, scheduler=scheduler, on_rejected=on_rejected, min_confidence=min_confidence,
                       typer=typer_path, pair_model=pairs_path)
        if max_bytes is not None:
            options["max_bytes"] = max_bytes
        try:
            _build(inputs, output, fmt, ontology, validate, quiet, store, no_link, options)
        except SystemExit as exc:  # some documents failed: the build is done, and so is the --rejected file
            exit_code = exc.code
    if exit_code:
        sys.exit(exit_code)


def _build(inputs, output, fmt, ontology, validate, quiet, store, no_link, options) -> None:  # noqa: ANN001
    """The body of ``kg build`` once its options are settled."""
    from .builder import build_files, build_to_file
    if store is not None:
        if output is not None or validate or fmt:
            raise click.UsageError("--store cannot be combined with -o, --format or --validate")
        from .builder import build_to_store

        report = build_to_store(inputs, store, link=not no_link, **options)
        if not quiet:
            click.echo(f"kg: built {report.summary()} -> {store}", err=True)
        if report.failures:
            for line in report.failures:
                if "not stored" in line:
                    echo_err("error", line)
            sys.exit(EXIT_ERROR)
        return
    if output is None:
        built, report = build_files(inputs, **options)
        if report.documents == 0:
            raise InputError("no document could be read; nothing written")
        if validate:
            from .validate import validate_graph

            violations = validate_graph(built.graph, ontology)
            if violations:
                raise ValidationError(violations)
        click.echo(built.serialize(format=fmt or "ttl"), nl=False)
    else:
        report = build_to_file(inputs, output, format=fmt, validate=validate, **options)
    if not quiet:
        click.echo(f"kg: built {report.summary()}" + (f" -> {output}" if output else ""), err=True)
    if report.failures:
        sys.exit(EXIT_ERROR)


@cli.command("query")
@click.argument("graph", type=click.Path(), required=False)
@click.argument("sparql", required=False)
@click.option("-f", "--file", "query_file", type=click.Path(), default=None, help="Read the query from a file.")
@click.option("--format", "fmt", type=click.Choice(RESULT_FORMATS), default="table", show_default=True,
              help="Result format.")
@click.option("--infer", is_flag=True,
              help="Answer with what the ontology entails too (sub-classes and -properties, inverses, transitivity).")
@ontology_option
@click.option("--store", "store", default=None, metavar="DIR|URL", help="Query a store instead of a graph file.")
@min_confidence_option
@click.option("--allow-service", is_flag=True, help="Let SERVICE send parts of the query to other endpoints.")
def query_cli(graph: str, sparql: str | None, query_file: str | None, fmt: str, infer: bool,
              ontology: tuple[str, ...], store: str | None = None, min_confidence: float | None = None,
              allow_service: bool = False) -> None:
    """Answer a SPARQL query over a graph file or a store (a directory or endpoint URL from 'kg build --store').

    The prefixes kg, rdf, rdfs, owl, xsd, skos, schema and prov are pre-bound.
    """
    if store is not None:  # 'kg query --store DIR QUERY': the first argument is the query
        if sparql is not None:
            raise click.UsageError("with --store, give only the query (or -f FILE)")
        graph, sparql = store, graph
    if graph is None:
        raise click.UsageError("give a graph file or store (or --store DIR|URL) and a query")

    if (sparql is None) == (query_file is None):
        raise click.UsageError("give the query as an argument or with -f FILE, not both and not neither")
    if query_file is not None:
        path = Path(query_file)
        if not path.is_file():
            raise InputError(f"{query_file!r}: no such query file")
        sparql = path.read_text(encoding="utf-8")
    assert sparql is not None
    from .query import ontology_warnings
    from .sources import open_query_source
    from .store import Store

    for warning in ontology_warnings(sparql, ontology):
        echo_err("warning", warning)
    # a store answers in itself, unless inference adds triples or the filter removes some: never in the store
    with open_query_source(graph, min_confidence=min_confidence, copy=infer) as source:
        if infer:
            from .infer import materialize

            assert not isinstance(source, Store)  # (copy: an in-memory graph, never the store)
            materialize(source.graph, ontology)
        result = source.query(sparql, allow_service=allow_service)
        click.echo(result.format(fmt).rstrip("\n"))


@cli.group("ontology", cls=Group)
def ontology_cli() -> None:
    """Work with ontology extensions."""


@ontology_cli.command("check")
@click.argument("paths", nargs=-1, required=True, metavar="EXT.ttl...")
def ontology_check_cli(paths: tuple[str, ...]) -> None:
    """Check extension files (or folders) for syntax errors, typos and unknown terms."""
    from .ontology_check import check_ontology

    problems = check_ontology(paths)
    for p in problems:
        click.echo(f"kg: problem: {p}", err=True)
    if problems:
        raise OntologyError(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} in the ontology extension")
    click.echo(f"{', '.join(paths)}: no problems")


@cli.command("validate")
@click.argument("graph", type=click.Path())
@ontology_option
def validate_cli(graph: str, ontology: tuple[str, ...]) -> None:
    """Check a graph against kg's SHACL shapes and the ontology's domains and ranges."""
    from .sources import open_graph
    from .validate import validate_graph

    with open_graph(graph, store=False) as opened:
        violations = validate_graph(opened.graph, ontology)
    if violations:
        raise ValidationError(violations)
    click.echo(f"{graph}: conforms")


@cli.command("evaluate")
@click.argument("gold", type=click.Path())
@click.option("--per-doc", is_flag=True, help="Also list each document's missed and wrong facts with evidence.")
@click.option("--errors", is_flag=True,
              help="Also group the missed and false facts by cause (typing, boundary, direction, ...), with examples.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@model_option
@ontology_option
@click.option("--limit", type=int, default=None, help="Score only the first N gold documents.")
@typer_option
@pairs_option
def evaluate_cli(gold: str, per_doc: bool, errors: bool, as_json: bool, model: str | None,
                 ontology: tuple[str, ...], limit: int | None, typer_path: str, pairs_path: str) -> None:
    """Score extraction against gold JSON Lines (precision, recall, F1 for entities and facts).

    Each document is built on its own and scored strictly: a fact with an end that is no gold entity is
    false. The rules are those of the reference scorer (shared/eval/README.md)."""
    from .builder import Builder
    from .evaluate import evaluate, format_errors, format_report
    builder = Builder(model=model, ontology=ontology, typer=typer_path, pair_model=pairs_path)
    report = evaluate(gold, ontology=ontology, limit=limit, builder=builder)
    if as_json:
        click.echo(json.dumps(report.as_dict(per_doc=per_doc or errors), indent=1))
        return
    click.echo(format_report(report, per_doc=per_doc))
    if errors:
        click.echo("")
        click.echo(format_errors(report))


#: The L2 strength each learned part is trained with unless --l2 says otherwise (chosen on news-dev[35:]).
TRAIN_L2 = {"typer": 3.0, "pairs": 3.0}


@cli.command("train")
@click.argument("gold", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True,
              help="Model file to write (JSON); kg ships kg/models/typer.json and kg/models/pairs.json.")
@click.option("--component", type=click.Choice(sorted(TRAIN_L2)), default="typer", show_default=True,
              help="What to train: the entity typer, or the pair classifier (relations the rules do not read).")
@click.option("--l2", type=float, default=None,
              help="L2 regularisation strength  [default: "
                   + ", ".join(f"{k} {v}" for k, v in sorted(TRAIN_L2.items())) + "]")
@model_option
@ontology_option
def train_cli(gold: tuple[str, ...], output: str, component: str, l2: float | None, model: str | None,
              ontology: tuple[str, ...]) -> None:
    """Train a learned part of extraction on gold JSON Lines (FILE, or FILE[A:B] for documents A to B-1).

    The typer gives a class to names that no cue word types (use it with kg evaluate --typer FILE); the pair
    classifier reads relations between names of a sentence that no rule links (kg evaluate --pairs FILE)."""
    from .train import train_pairs, train_typer

    train = train_typer if component == "typer" else train_pairs
    learned = train(gold, output, model=model, ontology=ontology, l2=TRAIN_L2[component] if l2 is None else l2)
    labels = ", ".join(f"{k} {v}" for k, v in sorted(learned.meta["labels"].items()))
    unit = "examples of names (each as written and with its words hidden)" if component == "typer" else "pairs of names"
    click.echo(f"trained on {learned.meta['examples']} {unit} ({labels}); {learned.meta['features']} features; "
               f"wrote {output}")


@cli.command("render")
@click.argument("graph", type=click.Path(), required=False)
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True, help="HTML file to write.")
@click.option("--focus", default=None, metavar="NAME",
              help="Draw only the neighbourhood of this entity (any of its names).")
@click.option("--depth", type=int, default=2, show_default=True, help="How many edges away from --focus to draw.")
@click.option("--max-nodes", type=int, default=None, metavar="N", help="Keep the N most central nodes (PageRank).")
@click.option("--classes", default=None, metavar="A,B", help="Only nodes of these classes, e.g. Organization,Person.")
@ontology_option
@click.option("--title", default=None, help="Page title (default: the file name and the selection).")
@click.option("--store", "store", default=None, metavar="DIR|URL", help="Draw a store instead of a graph file.")
@click.option("--format", "fmt", type=click.Choice(["html", "png", "svg"]), default=None,
              help="html (interactive, default) or a static png/svg picture; default from the suffix of -o.")
@min_confidence_option
def render_cli(graph: str, output: str, focus: str | None, depth: int, max_nodes: int | None, classes: str | None,
               ontology: tuple[str, ...], title: str | None, store: str | None = None, fmt: str | None = None,
               min_confidence: float | None = None) -> None:
    """Draw a graph as one self-contained, offline HTML page (search, class filter, evidence on click)."""
    from .render import render

    wanted = [c for c in (classes or "").split(",") if c.strip()] or None
    with graph_or_store(graph, store, min_confidence) as source:
        _, drawn = render(source, output, focus=focus, depth=depth, max_nodes=max_nodes, classes=wanted,
                          ontology=ontology, title=title, format=fmt)
    click.echo(f"kg: drew {counted(drawn.number_of_nodes(), 'node')}, {counted(drawn.number_of_edges(), 'edge')} "
               f"-> {output}", err=True)


@cli.command("analyze")
@click.argument("graph", type=click.Path(), required=False)
@click.option("--json", "as_json", is_flag=True, help="Print the analysis as JSON.")
@click.option("--export", "export_fmt", type=click.Choice(["graphml", "gexf"]), default=None,
              help="Also write the graph with its scores for Gephi or Cytoscape (needs -o).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="File to export to (.graphml or .gexf; the format from the suffix unless --export).")
@click.option("--path", "path", nargs=2, default=None, metavar="A B",
              help="Shortest path between two entities (any of their names), with the facts along it.")
@click.option("--top", type=click.IntRange(min=0), default=10, show_default=True,
              help="How many nodes, components and communities to list (0: all).")
@click.option("--communities", "method", type=click.Choice(["louvain", "label-propagation"]), default="louvain",
              show_default=True, help="Community detection method (Louvain with a fixed seed is repeatable).")
@ontology_option
@click.option("--store", "store", default=None, metavar="DIR|URL", help="Analyse a store instead of a graph file.")
@min_confidence_option
def analyze_cli(graph: str | None, as_json: bool, export_fmt: str | None, output: str | None,
                path: tuple[str, str] | None, top: int, method: str, ontology: tuple[str, ...],
                store: str | None = None, min_confidence: float | None = None) -> None:
    """Graph analytics: centrality (degree, PageRank), components, communities, shortest paths; export."""
    from .analyze import analyze, export, format_analysis, format_path

    if export_fmt is not None and output is None:
        raise click.UsageError("--export needs -o FILE")
    if path and not as_json and output is None:  # just the path, with its facts
        from .analyze import network, shortest_path

        with graph_or_store(graph, store, min_confidence) as source:
            found = shortest_path(network(source, ontology), *path)
        click.echo("\n".join(format_path(found)))
        return
    with graph_or_store(graph, store, min_confidence) as source:
        result = analyze(source, ontology=ontology, path=path or None, method=method)
    if output is not None:
        fmt = export(result, output, export_fmt)
        click.echo(f"kg: exported {counted(result.summary.nodes, 'node')}, {counted(result.summary.facts, 'fact')} "
                   f"as {fmt} -> {output}", err=True)
    if as_json:
        click.echo(json.dumps(result.as_dict(top=top), indent=1, ensure_ascii=False))
    else:
        click.echo(format_analysis(result, top=top))


@cli.command("serve")
@click.argument("graph", type=click.Path(), required=False)
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (loopback unless told otherwise).")
@click.option("--port", type=int, default=8000, show_default=True, help="Port to listen on.")
@click.option("--timeout", type=float, default=10.0, show_default=True,
              help="Seconds a query may run before it is stopped.")
@click.option("--max-rows", type=int, default=10000, show_default=True,
              help="Rows (or triples) per answer; more are cut.")
@click.option("--cors", default=None, metavar="ORIGIN",
              help="Allow this web origin to query from a browser (CORS is off by default).")
@click.option("--base", default=None, metavar="IRI",
              help="Base IRI of the graph's resources, served as /<path> (default: kg's).")
@click.option("--workers", type=int, default=None, metavar="N", help="Query worker processes (default: CPUs, 2 to 8).")
@click.option("--infer", is_flag=True, help="Also answer with what the ontology entails (materialised at start-up).")
@ontology_option
@click.option("--store", "store", default=None, metavar="DIR|URL", help="Serve a store instead of a graph file.")
@min_confidence_option
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME",
              help="Also accept requests whose Host header is NAME (default: only the --host address); repeatable.")
@click.option("--worker-memory", type=click.IntRange(0), default=None, metavar="MIB",
              help="Heap each query worker may use; a query past it fails (default: 16x the graph, >= 1024; 0: none).")
@click.option("--max-answer-bytes", type=click.IntRange(1), default=16 * 2**20, show_default=True, metavar="N",
              help="Largest answer sent; a larger one is refused.")
def serve_cli(graph: str, host: str, port: int, timeout: float, max_rows: int, cors: str | None, base: str | None,
              workers: int | None, infer: bool, ontology: tuple[str, ...], store: str | None = None,
              allow_hosts: tuple[str, ...] = (), worker_memory: int | None = None,
              max_answer_bytes: int = 16 * 2**20, min_confidence: float | None = None) -> None:
    """Serve a graph: SPARQL endpoint at /sparql, query page at /, linked-data pages for its resources."""
    from .namespace import DEFAULT_BASE
    from .serve import check_port, serve

    check_port(host, port)
    click.echo(f"kg: serving {store or graph} at http://{host}:{port}/ (SPARQL: /sparql); Ctrl-C to stop", err=True)
    with graph_or_store(graph, store, min_confidence) as source:
        serve(source, host=host, port=port, timeout=timeout, max_rows=max_rows, cors=cors, ontology=ontology,
              base=base or DEFAULT_BASE, workers=workers, infer=infer, allowed_hosts=allow_hosts,
              worker_memory=None if worker_memory is None else worker_memory * 2**20, max_answer_bytes=max_answer_bytes)


@cli.command("remove")
@click.argument("documents", nargs=-1, required=True, metavar="DOC...")
@click.option("--store", "store", required=True, metavar="DIR|URL", help="The store to remove from.")
def remove_cli(documents: tuple[str, ...], store: str) -> None:
    """Delete documents' facts from a store (by id, source path or IRI); entities other documents mention stay."""
    from .store import open_store

    with open_store(store) as st:
        missing = []
        for name in documents:
            iri = st.find_document(name)
            if iri is None:
                missing.append(name)
                continue
            st.remove_document(iri)
            click.echo(f"kg: removed {name}", err=True)
    if missing:
        raise InputError(f"not in the store: {', '.join(missing)}")


@cli.command("unmerge")
@click.argument("what", metavar="NAME|IRI")
@click.option("--store", "store", required=True, metavar="DIR|URL", help="The store the merge is in.")
@click.option("--base", default=None, metavar="IRI", help="Base IRI the store was built with.")
def unmerge_cli(what: str, store: str, base: str | None) -> None:
    """Undo cross-document merges: of a merged name, into an entity IRI, or one kg:Merge IRI.

    List them with: kg query DIR 'SELECT ?m ?name ?into ?rule ?doc WHERE { ?m a kg:Merge ; kg:mergedName ?name ;
    kg:mergedInto ?into ; kg:mergeRule ?rule ; kg:mergedIn ?doc }'
    """
    from .link import unmerge
    from .store import open_store

    with open_store(store) as st:
        undone = unmerge(st, what, base)
    if not undone:
        raise InputError(f"no merge of {what!r} in the store")
    for m in undone:
        click.echo(f"kg: unmerged {m['name']} ({m['document']}) from {m['into']}", err=True)


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the CLI, turning kg errors and warnings into one-line messages."""

    def show_warning(message, category, filename, lineno, file=None, line=None):  # noqa: ANN001
        echo_err("warning", str(message))

    warnings.showwarning = show_warning
    try:
        cli.main(args=argv, prog_name="kg", standalone_mode=False)
    except click.exceptions.Abort:
        echo_err("error", "interrupted")
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except ValidationError as exc:
        for v in exc.violations:
            click.echo(f"kg: violation: {v}", err=True)
        n = len(exc.violations)
        echo_err("error", f"{n} SHACL violation{'s' if n != 1 else ''}")
        sys.exit(EXIT_ERROR)
    except KGError as exc:
        echo_err("error", str(exc))
        sys.exit(EXIT_ERROR)
    except KeyboardInterrupt:
        echo_err("error", "interrupted")
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)


if __name__ == "__main__":
    main()
