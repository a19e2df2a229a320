"""The ``kg`` command: a thin click layer over the Python API. No logic lives here.

Exit status: 0 when everything was read, 1 when some input was skipped or a command failed,
2 for usage errors (click's own).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import NoReturn

import click

from . import __version__, build_description, code_cache, regex_cache
from .exceptions import KgError

__all__ = ["main", "cli"]

_PROGRESS_MIN_FILES = 20


class _Failed(click.ClickException):
    """A KgError shown as one line ``Error: <path>: <reason>``."""

    def __init__(self, error: KgError) -> None:
        super().__init__(str(error))
        self.exit_code = error.exit_code


def _run(func, *args, **kwargs):
    try:
        return func(*args, **kwargs)
    except KgError as exc:
        raise _Failed(exc) from exc


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(
    __version__, prog_name="kg", message=f"%(prog)s, version %(version)s, {build_description()}"
)
def cli() -> None:
    """Turn Chinese news articles into a knowledge graph of who did what to whom.

    \b
    Example:
        kg build seeds/
        kg query who-sanctions-whom -g output/graph.ttl
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    "out_dir",
    default="output",
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the outputs.",
)
@click.option(
    "-j",
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Extract in this many processes.",
)
@click.option(
    "--store",
    "store",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Keep the graph in this store folder and re-extract only changed articles.",
)
@click.option(
    "--push",
    metavar="URL",
    default=None,
    help="Send the graph to a SPARQL 1.1 Graph Store Protocol endpoint, one named graph "
    "per article (e.g. http://127.0.0.1:7878/store).",
)
@click.option(
    "--dask",
    metavar="ADDRESS",
    default=None,
    help="Extract on a Dask cluster: a scheduler address (tcp://host:8786) or 'local'.",
)
@click.option(
    "--dask-timeout",
    metavar="SECONDS",
    type=click.FloatRange(min=0, min_open=True),
    default=None,  # kg.workers.DASK_TIMEOUT; not imported here, for commands that never build
    help="How long --dask ADDRESS waits for the scheduler to answer.  [default: 10]",
)
def build(
    paths: tuple[Path, ...],
    out_dir: Path,
    workers: int,
    store: Path | None,
    push: str | None,
    dask: str | None,
    dask_timeout: float | None,
) -> None:
    """Build graph.ttl, events.jsonl, graph.html, graph.graphml and graph.gexf.

    PATHS are files or folders (read recursively: .txt .md .markdown .html .htm).

    \b
    Example:
        kg build seeds/ -o output/
        kg build corpus/ --workers 2 --store corpus.kgstore
        kg build corpus/ --store corpus.kgstore --push http://127.0.0.1:7878/store
    """
    from .pipeline import build as build_outputs
    from .pipeline import leave_unfreed
    from .workers import leave_children

    if _ENDING_AT_ONCE:  # the program ends at once after the build (main):
        leave_unfreed()  # without freeing its heap
        leave_children()  # nor waiting for the helper processes' ends
    try:
        result = _run(
            build_outputs,
            paths,
            out_dir,
            progress=_progress,
            workers=workers,
            store=store,
            push=push,
            dask=dask,
            dask_timeout=dask_timeout,
        )
    except KeyboardInterrupt:
        click.echo("Error: interrupted; the store keeps its last complete build", err=True)
        sys.exit(130)
    click.echo(result.summary())
    if result.skipped:
        sys.exit(1)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "table"]),
    default="jsonl",
    show_default=True,
    help="JSON Lines (GUIDELINES.md) or a readable table.",
)
def extract(paths: tuple[Path, ...], fmt: str) -> None:
    """Print the events (and roles) found in articles.

    \b
    Example:
        kg extract seeds/004_3a6c66ea2a701dcc.txt --format table
    """
    from .pipeline import extract_corpus

    corpus = _run(extract_corpus, paths, progress=_progress)
    records = list(corpus.records())
    if fmt == "jsonl":
        for record in records:
            click.echo(json.dumps(record, ensure_ascii=False))
    else:
        click.echo(_event_table(records))
    for skipped in corpus.skipped:
        click.echo(f"skipped {skipped.path}: {skipped.reason}", err=True)
    if corpus.skipped:
        sys.exit(1)


def _graph_option(func):
    return click.option(
        "-g",
        "--graph",
        "graph_path",
        default="output/graph.ttl",
        show_default=True,
        type=click.Path(path_type=Path),
        help="Graph file written by kg build, or a store folder (kg build --store).",
    )(func)


def _timeout_option(func):
    return click.option(
        "--timeout",
        type=click.FloatRange(min=0, min_open=True),
        default=30.0,
        show_default=True,
        help="Seconds before a query is stopped.",
    )(func)


@cli.command()
@click.argument("query")
@_graph_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "tsv", "json", "xml"]),
    default="table",
    show_default=True,
    help="Result format (SPARQL 1.1 results; a CONSTRUCT gives Turtle, JSON-LD or RDF/XML).",
)
@click.option(
    "-p",
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="A parameter of a saved query, e.g. --param actor=金正恩.",
)
@_timeout_option
def query(query: str, graph_path: Path, fmt: str, params: tuple[str, ...], timeout: float) -> None:
    """Run a read-only SPARQL query: text, @file.rq, or a saved query's name.

    \b
    Saved queries: who-sanctions-whom, events-of-actor, timeline, top-actors, roles, …
    Listings come a page at a time: --param limit=N (0 for every row), --param offset=N.
    Example:
        kg query who-sanctions-whom
        kg query events-of-actor --param actor=金正恩 --format csv
        kg query timeline --param limit=0 --format csv
        kg query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
        kg query top-actors -g corpus.kgstore
    """
    from . import query as q

    bindings = dict(_parse_param(p) for p in params)
    sparql = _run(q.resolve_query, query, bindings)
    graph = _run(q.open_graph, graph_path)
    result = _run(q.run_query, graph, sparql, timeout=timeout, name=q.query_name(query))
    click.echo(_run(q.format_result, result, fmt), nl=False)
    page = q.page_of(query, bindings)
    if page and page[0] and len(result.rows) == page[0]:  # a full page: there may be more
        limit, offset = page
        click.echo(
            f"rows {offset + 1}-{offset + limit}: --param offset={offset + limit} for the next "
            "page, --param limit=0 for every row",
            err=True,
        )


@cli.command()
@click.argument("graph_path", metavar="GRAPH", type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["graphml", "gexf", "csv", "turtle", "nt", "trig", "jsonld"]),
    required=True,
    help="graphml/gexf/csv: the actor network for Gephi; turtle/nt/trig/jsonld: the RDF.",
)
@click.option(
    "-o",
    "--output",
    "out",
    type=click.Path(path_type=Path),
    default=None,
    help="File to write (default: stdout). csv: NAME.csv writes NAME.nodes.csv and "
    "NAME.edges.csv; a folder gets nodes.csv and edges.csv.",
)
@click.option(
    "--aggregate/--per-event",
    default=None,
    help="graphml/gexf/csv: one edge per actor pair, predicate and status (weight = "
    "number of events, first and last date), or one edge per event (default).",
)
def export(graph_path: Path, fmt: str, out: Path | None, aggregate: bool | None) -> None:
    """Export a graph written by kg build for Gephi, igraph or another RDF tool.

    GRAPH is the graph file kg build wrote (output/graph.ttl), or a store folder written by
    kg build --store (read-only: a build may run at the same time); trig then keeps one named
    graph per article.

    \b
    Example:
        kg export output/graph.ttl --format gexf -o graph.gexf
        kg export output/graph.ttl --format graphml --aggregate -o pairs.graphml
        kg export output/graph.ttl --format csv -o gephi.csv
        kg export output/graph.ttl --format nt | wc -l
    """
    from . import export as ex
    from .query import open_graph

    if aggregate is not None and fmt not in ex.NETWORK_FORMATS:
        raise click.UsageError("--aggregate/--per-event apply to graphml, gexf and csv only")
    if fmt == "csv" and out is None:
        raise click.UsageError("csv writes two tables: give -o NAME.csv (or a folder)")
    graph = _run(open_graph, graph_path)
    if out is None:
        data = _run(ex.export_bytes, graph, fmt, aggregate=bool(aggregate))
        click.get_binary_stream("stdout").write(data)
        return
    for path in _run(ex.export_graph, graph, fmt, out, aggregate=bool(aggregate)):
        click.echo(f"wrote {path}", err=True)


@cli.command()
@_graph_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8000,
    show_default=True,
    help="Port to listen on (0: any free port).",
)
@_timeout_option
def serve(graph_path: Path, host: str, port: int, timeout: float) -> None:
    """Serve the graph: a read-only SPARQL 1.1 endpoint at /sparql, the page at /.

    \b
    Example:
        kg serve -g output/graph.ttl --port 8000
        curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE {?s ?p ?o} LIMIT 3' \\
             http://127.0.0.1:8000/sparql
    """
    from .api import EventGraph
    from .serve import Endpoint, make_server, serve_forever

    graph = _run(EventGraph.open, graph_path)
    endpoint = Endpoint(graph.rdf, graph.page().html, timeout=timeout)
    server = _run(make_server, endpoint, host, port)
    click.echo(f"serving {graph_path}: {len(graph.rdf)} triples")
    serve_forever(server, announce=lambda line: click.echo(line) or sys.stdout.flush())


@cli.command(name="eval")
@click.argument("golds", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--articles",
    "articles_dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Folder of the articles (default: NAME/ beside NAME.gold.jsonl, else its folder).",
)
@click.option("--show", is_flag=True, help="List misses and false positives.")
@click.option(
    "--against",
    "other",
    type=click.Path(path_type=Path),
    default=None,
    help="Score a second annotation of the same articles instead of the extractor "
    "(inter-annotator agreement); takes one GOLD file.",
)
def eval_(
    golds: tuple[Path, ...], articles_dir: Path | None, show: bool, other: Path | None
) -> None:
    """Score extraction against gold files exactly as GUIDELINES.md says.

    Several gold files are scored one by one, then together. With --against, a second
    annotator's gold file takes the extractor's place: its main readings are scored like
    output, which measures how far two annotators agree.

    \b
    Example:
        kg eval eval/seeds.gold.jsonl --articles seeds
        kg eval eval/dev.gold.jsonl --show
        kg eval eval/*.gold.jsonl
        kg eval eval/heldout.gold.jsonl --against eval/agreement/heldout.second.gold.jsonl
    """
    from .evaluate import format_report, score
    from .pipeline import compare_gold, evaluate_gold

    if other is not None:
        if len(golds) != 1:
            raise click.UsageError("--against compares one gold file with another")
        click.echo(format_report(_run(compare_gold, golds[0], other), show=show))
        return
    all_gold, all_records, skipped = [], [], []
    for gold in golds:
        gold_articles, corpus, report = _run(evaluate_gold, gold, articles_dir)
        if len(golds) > 1:
            click.echo(f"== {gold}")
        click.echo(format_report(report, show=show))
        all_gold += gold_articles
        all_records += list(corpus.records())
        skipped += corpus.skipped
    if len(golds) > 1:
        click.echo("== all gold sets")
        click.echo(format_report(score(all_gold, all_records)))
    for item in skipped:
        click.echo(f"skipped {item.path}: {item.reason}", err=True)
    if skipped:
        sys.exit(1)


def _parse_param(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise click.BadParameter(f"expected NAME=VALUE, got {text!r}", param_hint="--param")
    return name.strip(), value


def _progress(files: list[Path]) -> Iterable[Path]:
    """A progress bar on stderr when there are many files (never on stdout)."""
    if len(files) < _PROGRESS_MIN_FILES or not sys.stderr.isatty():
        return files
    return _bar(files)


def _bar(files: list[Path]) -> Iterable[Path]:
    with click.progressbar(files, label="extracting", file=sys.stderr) as bar:
        yield from bar


def _event_table(records: list[dict]) -> str:
    rows = [
        (
            r.get("date") or "",
            r["subject"]["label"],
            r["event_type"],
            r.get("predicate", ""),
            r["object"]["label"],
            r["status"],
            Path(r["source"]).name,
        )
        for r in records
    ]
    header = ("date", "subject", "type", "predicate", "object", "status", "source")
    return "\n".join("\t".join(row) for row in [header, *rows])


#: Commands that leave a large heap behind (gazetteer, segmenter dictionary, graph).
_END_AT_ONCE = frozenset({"build", "extract"})

#: this process is the ``kg`` program running one of them (set by :func:`main`)
_ENDING_AT_ONCE = False


def main() -> None:
    """Console entry point.

    ``kg build`` and ``kg extract`` end without freeing their heap object by object, which
    Python's shutdown would do for 0.12 s of a 3.3 s Terminus build: by then every file
    they write is closed and renamed, the store is published and closed, the worker pool
    joined; only the buffered output is left to flush.

    OpenBLAS gets one thread unless the user says otherwise: kg's numpy work (the page's
    layout) calls no BLAS routine, and starting a thread per core costs 20-40 ms of every
    command that draws the page (numpy's import: 0.07-0.10 s → 0.05 s).

    Regexes compiled by an earlier command are read back from kg's cache folder rather
    than compiled again (``regex_cache.keep_compiled_patterns``: 420 million instructions
    of a build), and those compiled anew are written there at the end; so is the code
    ``dataclasses`` generates for kg's record classes (``code_cache``: 120 million).
    """
    global _ENDING_AT_ONCE
    _ENDING_AT_ONCE = bool(sys.argv[1:2]) and sys.argv[1] in _END_AT_ONCE
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    regex_cache.keep_compiled_patterns()
    code_cache.keep_generated_code()
    try:
        cli()
    except SystemExit as exc:
        regex_cache.save_compiled_patterns()
        code_cache.save_generated_code()
        if _ENDING_AT_ONCE:
            _end_now(exc.code)
        raise


def _end_now(code: object) -> NoReturn:
    """Exit with click's status now, as the interpreter would at the end of ``sys.exit``."""
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:
        sys.stderr.write(f"{code}\n")
        status = 1
    try:
        sys.stdout.flush()
    except (OSError, ValueError):  # a closed pipe: Python exits 120 when stdout cannot flush
        status = status or 120
    try:
        sys.stderr.flush()
    except (OSError, ValueError):
        pass
    os._exit(status)
