"""``kg build``: read every article, extract, and write all outputs from one set of events.

Outputs (each written to a temporary file, then renamed):

* ``graph.ttl``     the RDF graph (ontology/kg.ttl vocabulary)
* ``events.jsonl``  one JSON record per event and role (GUIDELINES.md format)
* ``graph.html``    the interactive network page (offline)
* ``graph.graphml`` and ``graph.gexf`` for Gephi
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .articles import find_article_files, read_article
from .exceptions import InputError, KgError, OutputError
from .fileio import atomic_write_text, atomic_writer
from .ids import norm_path
from .memgraph import Answers, IndexedGraph, MemoryGraph, add_ntriples, index_ntriples
from .model import Article, Event, Role, Skipped
from .resources import ontology_dir
from .store import (
    ONTOLOGY_GRAPH,
    StoreWriter,
    add_to_default_graph,
    graph_ntriples,
    memory_store,
    open_store,
    remove_graph,
    replace_graph,
)
from .workers import ArticleResult, Extractor, extraction_here, file_digest

if TYPE_CHECKING:  # imported where used: an unchanged rebuild must start fast
    from .extract import ArticleEvents

__all__ = [
    "BuildResult",
    "Corpus",
    "extract_corpus",
    "build",
    "write_events_jsonl",
    "write_outputs",
    "graph_counts",
    "extraction_fingerprint",
    "evaluate_gold",
    "compare_gold",
    "gold_articles_folder",
    "OUTPUTS",
]

OUTPUTS = ("graph.ttl", "events.jsonl", "graph.html", "graph.graphml", "graph.gexf")


@dataclass
class Corpus:
    """The extraction of a set of files: what was read, what was skipped, what was found."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    sentences: int = 0

    def add(self, extracted: ArticleEvents) -> None:
        self.articles.append(extracted.article)
        self.events.extend(extracted.events)
        self.roles.extend(extracted.roles)
        self.sentences += extracted.sentences

    def records(self) -> Iterator[dict]:
        """Events then roles as JSON-ready records."""
        for event in self.events:
            yield event.to_json()
        for role in self.roles:
            yield role.to_json()

    def actors(self) -> set[str]:
        keys = {e.subject.actor.key for e in self.events} | {
            e.object.actor.key for e in self.events
        }
        keys |= {r.person.actor.key for r in self.roles} | {r.org.actor.key for r in self.roles}
        return keys


@dataclass
class BuildResult:
    """What ``kg build`` did, for the summary and the exit status.

    ``counts`` come from the graph (events are merged across articles; see kg/ids.py);
    ``extracted``/``unchanged``/``removed`` say how much work an incremental build did.
    """

    articles: int
    skipped: list[Skipped]
    counts: dict[str, Any]
    outputs: dict[str, Path]
    extracted: int = 0
    unchanged: int = 0
    removed: int = 0
    store: Path | None = None
    generation: str | None = None
    pushed: str | None = None
    corpus: Corpus | None = None  # kept for API users of the in-memory build

    def summary(self) -> str:
        counts = self.counts
        lines = [
            f"articles read     {self.articles}",
            f"articles skipped  {len(self.skipped)}",
        ]
        lines += [f"  {s.path}: {s.reason}" for s in self.skipped]
        if self.store is not None:
            lines.append(
                f"store             {self.store} ({self.generation or 'empty'}): "
                f"{self.extracted} extracted, {self.unchanged} unchanged, {self.removed} removed"
            )
        lines += [
            f"sentences         {counts.get('sentences', 0)}",
            f"events            {counts.get('events', 0)}"
            f" (from {counts.get('reports', 0)} sentences)",
        ]
        by_type = counts.get("by_type", {})
        by_status = counts.get("by_status", {})
        lines += [f"  {t:<10} {n}" for t, n in sorted(by_type.items(), key=lambda x: (-x[1], x[0]))]
        lines.append("  status: " + ", ".join(f"{s} {n}" for s, n in sorted(by_status.items())))
        lines.append(f"roles             {counts.get('roles', 0)}")
        lines.append(f"actors            {counts.get('actors', 0)}")
        if counts.get("multi_source"):
            lines.append(f"events reported by several articles: {counts['multi_source']}")
        lines += [f"wrote {path}" for path in self.outputs.values()]
        if self.pushed:
            lines.append(f"pushed to {self.pushed}")
        return "\n".join(lines)


def extract_corpus(
    paths: Iterable[str | os.PathLike],
    progress: Callable[[Iterable[Path]], Iterable[Path]] | None = None,
) -> Corpus:
    """Read and extract every article under ``paths``; unreadable files are recorded, not raised."""
    from .extract import extract_article
    from .gazetteer import load_gazetteer

    files, skipped = find_article_files(paths)
    corpus = Corpus(skipped=list(skipped))
    with extraction_here():
        gaz = load_gazetteer()
        for path in progress(files) if progress else files:
            try:
                article = read_article(path)
            except InputError as exc:
                corpus.skipped.append(Skipped(str(path), _reason(exc)))
                continue
            corpus.add(extract_article(article, gaz))
    return corpus


def build(
    paths: Sequence[str | os.PathLike],
    out_dir: str | os.PathLike | None = "output",
    progress: Callable[[Iterable[Any]], Iterable[Any]] | None = None,
    *,
    workers: int = 1,
    store: str | os.PathLike | None = None,
    push: str | None = None,
    dask: str | None = None,
    dask_timeout: float | None = None,
) -> BuildResult:
    """Extract ``paths`` into a graph and write the five outputs into ``out_dir``.

    ``workers`` extracts in that many processes; ``dask`` ("local" or a scheduler address)
    on a Dask cluster instead, waiting ``dask_timeout`` seconds for a scheduler to answer
    (None: kg.workers.DASK_TIMEOUT). ``store`` keeps the graph in a persistent store folder
    and re-extracts only the articles whose content changed since the last build (see
    kg/store.py); without it the graph lives in memory for this build. ``push`` sends the
    graph to a SPARQL 1.1 Graph Store Protocol endpoint (one named graph per article).
    ``out_dir=None`` writes no files (a store-only build).
    """
    if workers < 1:
        raise KgError("--workers must be at least 1")
    if dask_timeout is not None and not dask_timeout > 0:
        raise KgError("--dask-timeout must be a positive number of seconds")
    files, skipped = find_article_files(paths)
    if not files:
        raise InputError(_nothing_read(skipped))
    # only a store and a push keep the manifest the fingerprint goes into: a build that writes
    # files alone does not read kg's code and the ontology folder to hash them
    fingerprint = extraction_fingerprint() if store is not None or push else ""
    writer = StoreWriter(store) if store is not None else None
    try:
        if writer is not None:
            writer.open()
        old = writer.manifest if writer is not None else {}
        same_model = old.get("fingerprint") == fingerprint
        plan = _plan(files, old.get("articles", {}) if same_model else {})
        if writer is not None and same_model and not plan.extract and not plan.removed:
            return _unchanged(writer, plan, skipped, out_dir, paths, push)
        # forks before the store is opened
        with Extractor(
            workers,
            dask,
            outputs=out_dir is not None,
            dask_timeout=dask_timeout,
            paths=plan.extract,
        ) as extractor:
            results = extractor.map(plan.extract)
            if out_dir is not None:
                extractor.warm_up_outputs()  # while the workers extract, if there are any
            # a store and a push keep one named graph per article; a build in memory needs
            # only the graph itself (the default graph), which is half the loading; and a
            # build in memory here or in a pool, not even a store (kg/memgraph.py): a pool
            # build's parent indexes each result as it comes (IndexedGraph)
            alone = writer is None and not push and not dask
            if writer is not None:
                graph = writer.begin(fresh=not same_model)
            elif alone:
                graph = MemoryGraph() if workers == 1 else IndexedGraph()
            else:
                graph = memory_store()
            store_graph = replace_graph if writer is not None or push else add_to_default_graph
            if alone:
                store_graph = add_ntriples if workers == 1 else index_ntriples
            if writer is None or not same_model or writer.base is None:
                from .graph import ontology_ntriples

                store_graph(graph, ONTOLOGY_GRAPH, ontology_ntriples())
            entries = dict(plan.kept)
            for _ in progress(plan.extract) if progress else plan.extract:
                result = next(results)
                previous = plan.previous.get(_key(result.path), {}).get("graph")
                if result.graph is not None:
                    store_graph(graph, result.graph, result.ntriples)
                elif previous:
                    remove_graph(graph, previous)  # the file is unreadable now: drop its events
                entries[_key(result.path)] = _entry(result)
            if alone:
                extractor.no_more_tasks()  # nothing is sent to a worker: they end now
            extractor.extracted()
            if alone:
                graph = graph.settle(_loaded_store)
            for key in plan.removed:
                if plan.previous[key].get("graph"):
                    remove_graph(graph, plan.previous[key]["graph"])
            entries = dict(sorted(entries.items()))
            if all(entry.get("reason") for entry in entries.values()):
                raise InputError(_nothing_read(list(skipped) + _skipped(entries)))
            title = "kg: " + ", ".join(map(str, paths))
            outputs = {}
            if out_dir is not None:  # the rest is written elsewhere while the counts are made
                # a pool build in memory writes the Turtle here, its N-Triples being here
                # already (a one-process build writes it first, as it always did: after the
                # page, glibc's malloc took 39 M instructions more for the same work)
                submit = None if alone and workers > 1 else extractor.submit
                written = _start_outputs(graph, out_dir, title, submit, extractor.draw)
            extractor.no_more_tasks()  # the workers end while the rest is written
            counts = graph_counts(graph, entries)
            manifest = {
                "fingerprint": fingerprint,
                "kg_version": __version__,
                "articles": entries,
                "counts": counts,
            }
            if out_dir is not None:
                outputs = written()
            if _UNFREED is not None and writer is None:  # (a store's graph is closed below)
                _UNFREED.append((graph, plan, entries, results))
        generation = None
        if writer is not None:
            del graph  # the writer must hold the only reference: publishing closes the database
            writer.publish(manifest)
            generation = writer.base
            if out_dir is not None:
                _stamp(out_dir, writer.path, generation, title)
        pushed = None
        if push:
            from .push import push_graph

            if writer is None:
                pushed = push_graph(graph, push, manifest)
            else:
                pushed = push_graph(writer.path, push, writer.manifest)
        return BuildResult(
            articles=sum(1 for e in entries.values() if not e.get("reason")),
            skipped=list(skipped) + _skipped(entries),
            counts=counts,
            outputs=outputs,
            extracted=len(plan.extract),
            unchanged=len(plan.kept),
            removed=len(plan.removed),
            store=writer.path if writer is not None else None,
            generation=generation,
            pushed=pushed,
        )
    except OSError as exc:  # the store's database could not write (full disk, read-only…)
        where = str(store) if store is not None else str(out_dir)
        raise OutputError(f"cannot write the store: {_os_reason(exc)}", path=where) from None
    finally:
        if writer is not None:
            writer.abort()
            writer.close()


#: what builds in this process left unfreed, or None (they free it): :func:`leave_unfreed`
_UNFREED: list[Any] | None = None


def leave_unfreed() -> None:
    """Builds in this process keep their graph, plan and results in a module list instead
    of freeing them object by object when :func:`build` returns: for the ``kg`` program
    alone, which ends without freeing its heap (``kg.cli.main``). Why: freeing a Terminus
    build's answers and index took 0.0085 s of CPU (up to 0.025 s of wall time on a busy
    machine) after the last output was written, in every build in memory."""
    global _UNFREED
    if _UNFREED is None:
        _UNFREED = []


def _loaded_store(parts: list[bytes]) -> Any:
    """The store of a build in memory, loaded with ``parts`` (the ontology's N-Triples,
    then each article's) as such a build always loaded it."""
    graph = memory_store()
    for part in parts:
        add_to_default_graph(graph, "", part)
    return graph


def _os_reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC or "No space left" in str(exc):
        return "no space left on the device"
    if exc.errno == errno.EROFS or "Read-only file system" in str(exc):
        return "read-only file system"
    return exc.strerror or " ".join(str(exc).split())[:300]


@dataclass
class _Plan:
    extract: list[str]  # files to (re-)extract
    kept: dict[str, dict[str, Any]]  # manifest entries of unchanged files
    removed: list[str]  # manifest keys of files that are gone
    previous: dict[str, dict[str, Any]]  # the old manifest entries


def _plan(files: list[Path], previous: dict[str, dict[str, Any]]) -> _Plan:
    """Which files changed since the manifest: same size and mtime, or else same content."""
    extract, kept = [], {}
    for path in files:
        key = _key(str(path))
        entry = previous.get(key)
        try:
            stat = path.stat()
        except OSError:
            extract.append(str(path))  # extract_file reports why it cannot be read
            continue
        same_stat = entry and (entry.get("size"), entry.get("mtime_ns")) == (
            stat.st_size,
            stat.st_mtime_ns,
        )
        if same_stat:
            kept[key] = entry
            continue
        if entry and entry.get("sha256"):
            try:
                digest = file_digest(path.read_bytes())
            except OSError:
                digest = ""
            if digest == entry["sha256"]:
                kept[key] = dict(entry, size=stat.st_size, mtime_ns=stat.st_mtime_ns)
                continue
        extract.append(str(path))
    seen = {_key(str(p)) for p in files}
    removed = [key for key in previous if key not in seen]
    return _Plan(extract, kept, removed, previous)


def _unchanged(writer, plan, skipped, out_dir, paths, push) -> BuildResult:
    """Nothing to extract: the outputs are rewritten only if they are not of this generation."""
    manifest = writer.manifest
    title = "kg: " + ", ".join(map(str, paths))
    outputs: dict[str, Path] = {}
    if out_dir is not None:
        outputs = {name: Path(out_dir) / name for name in OUTPUTS}
        if not _stamped(out_dir, writer.path, writer.base, title, outputs):
            with open_store(writer.path) as source:
                write_outputs(source.store, out_dir, title)
            _stamp(out_dir, writer.path, writer.base, title)
    pushed = None
    if push:
        from .push import push_graph

        pushed = push_graph(writer.path, push, manifest)
    entries = manifest.get("articles", {})
    return BuildResult(
        articles=sum(1 for e in entries.values() if not e.get("reason")),
        skipped=list(skipped) + _skipped(entries),
        counts=manifest.get("counts", {}),
        outputs=outputs,
        unchanged=len(plan.kept),
        store=writer.path,
        generation=writer.base,
        pushed=pushed,
    )


def write_outputs(
    graph: Any,
    out_dir: str | os.PathLike,
    title: str = "kg",
    submit: Callable[..., Callable[[], Any]] | None = None,
    draw: Callable[..., Callable[[], Any]] | None = None,
) -> dict[str, Path]:
    """The five outputs, all from the graph (a pyoxigraph store: in memory or on disk).

    ``submit`` (``Extractor.submit``) lets the Turtle file be written in a worker process,
    and ``draw`` (``Extractor.draw``) the page and the Gephi files in the drawing process
    (which has loaded numpy and jinja2 already), while this one writes the JSON
    Lines; the files are the same wherever they are written.
    """
    return _start_outputs(graph, out_dir, title, submit, draw)()


def _start_outputs(
    graph: Any,
    out_dir: str | os.PathLike,
    title: str,
    submit: Callable[..., Callable[[], Any]] | None,
    draw: Callable[..., Callable[[], Any]] | None,
) -> Callable[[], dict[str, Path]]:
    """:func:`write_outputs` up to the point where only other processes have work left;
    returns the function that waits for them. With ``submit``, the N-Triples go first to the
    worker writing the Turtle, which writes it while this process reads the events back for
    the drawing process (the page is the longest output); without, this process writes
    the Turtle last, once the drawing process has the records and events.jsonl is written.

    Why a pool build in memory writes the Turtle here (``submit`` None): its N-Triples are here
    already, and sending them to a pool's worker (4.8 MB for Terminus: pickled, through a
    64 KB pipe, read, unpickled; the task thread waiting for the GIL at each write while
    this process made the records) put the Turtle's start 0.02-0.04 s after its sending,
    and the copy took CPU from the page's two cores; here it follows events.jsonl while the
    page is drawn. (The workers, given nothing, end as soon as the last article is in.)"""
    from .graph import events_from_graph

    out = Path(out_dir)
    outputs = {name: out / name for name in OUTPUTS}
    _remove_stale_temporaries(out)
    answers = graph if isinstance(graph, Answers) else None
    if answers and answers.lines is not None:  # its distinct lines are known already
        task, args = _write_lines_as_turtle, (answers.data, answers.lines)
    elif answers:
        task, args = write_ntriples_as_turtle, (answers.data,)
    else:
        task, args = write_ntriples_as_turtle, (graph_ntriples(graph, None),)
    args = (*args, outputs["graph.ttl"])
    turtle = submit(task, *args) if submit is not None else _nothing
    try:
        records = answers.records() if answers else events_from_graph(graph)
        events = [r for r in records if r["event_type"] != "ROLE"]
        roles = [r for r in records if r["event_type"] == "ROLE"]
    except Exception:
        _wait_all(turtle, failed=True)
        raise
    network = (draw or _now_alone)(_write_network, events, roles, outputs, title)
    try:
        write_events_jsonl(records, outputs["events.jsonl"])
        if submit is None:
            task(*args)
    except Exception:
        _wait_all(turtle, network, failed=True)  # they remove their temporaries and end
        raise

    def written() -> dict[str, Path]:
        _wait_all(turtle, network)
        return outputs

    return written


def _wait_all(*waits: Callable[[], Any], failed: bool = False) -> None:
    """Wait for every writer, even after one has failed (a writer killed half-way would leave
    its temporary file); then raise the first failure, unless the caller has one already."""
    first = None
    for wait in waits:
        try:
            wait()
        except Exception as exc:
            first = first or exc
    if first is not None and not failed:
        raise first


def _nothing() -> None:
    """A wait for what is already done."""


def _now(task: Callable[..., Any], *args: Any) -> Callable[[], Any]:
    value = task(*args)
    return lambda: value


def _now_alone(task: Callable[..., Any], *args: Any) -> Callable[[], Any]:
    return _now(task, *args, False)


def _write_network(
    events: list[dict], roles: list[dict], outputs: dict[str, Path], title: str, fork: bool
) -> None:
    """The page and the Gephi files; with ``fork``, the Gephi files in a child process (the
    drawing process of a parallel build forks one, which inherits its loaded modules)."""
    from .network import merged_events
    from .workers import forked

    run = forked if fork else _now
    merged = merged_events(events, roles)  # both draw the same events
    gephi = run(_write_gephi, merged, outputs["graph.graphml"], outputs["graph.gexf"])
    try:
        _write_page(merged, outputs["graph.html"], title)
    except Exception:
        _wait_all(gephi, failed=True)
        raise
    gephi()


def _remove_stale_temporaries(out: Path) -> None:
    """Temporary files a killed build left (``.graph.ttl.x1y2.tmp``): the outputs themselves
    are always whole, since each is renamed into place only when complete."""
    prefixes = tuple(f".{name}." for name in OUTPUTS)
    for stale in out.glob(".*.tmp") if out.is_dir() else ():
        if stale.name.startswith(prefixes):
            stale.unlink(missing_ok=True)


def _write_page(merged: list[dict], path: Path, title: str) -> None:
    from .network import drawn_network
    from .views import write_page

    write_page(drawn_network(merged, aggregate=True), path, title=title)


def _write_gephi(merged: list[dict], graphml: Path, gexf: Path) -> None:
    from .export import write_gephi
    from .network import drawn_network

    write_gephi(drawn_network(merged), graphml, gexf)  # one edge per event


def write_store_turtle(graph: Any, path: str | os.PathLike) -> None:
    """The default graph (the whole graph) as Turtle with kg's prefixes, written atomically.

    The same graph gives the same file, whatever order the articles were stored in and
    whichever store holds it: see :func:`write_ntriples_as_turtle`.
    """
    write_ntriples_as_turtle(graph_ntriples(graph, None), path)


def write_ntriples_as_turtle(data: bytes, path: str | os.PathLike) -> None:
    """A graph given as N-Triples, written atomically as Turtle with kg's prefixes.

    Blank nodes (the ontology's class expressions) get labels from their content and
    triples are written in N-Triples text order (so by subject): the same graph gives the
    same file, whatever the order of ``data`` and the labels of its blank nodes.
    """
    _write_lines_as_turtle(data, set(data.splitlines()), path)


def _write_lines_as_turtle(data: bytes, lines: set[bytes], path: str | os.PathLike) -> None:
    """:func:`write_ntriples_as_turtle` given ``data``'s distinct lines too (the set is
    changed): a build in memory has them already (kg/memgraph.py)."""
    import pyoxigraph as ox

    from .graph import PREFIX_IRIS as prefixes

    # only the few lines that may hold a blank node are parsed (a literal may hold "_:" too)
    maybe_blank = _lines_holding(data, b"_:")
    lines.difference_update(maybe_blank)
    if maybe_blank:
        parsed = ox.parse(b"\n".join(maybe_blank) + b"\n", ox.RdfFormat.N_TRIPLES)
        renamed = ox.serialize(_canonical_blank_nodes(list(parsed)), format=ox.RdfFormat.N_TRIPLES)
        lines.update(renamed.splitlines())
    ordered = b"\n".join(sorted(lines)) + b"\n"
    with atomic_writer(path, "wb") as handle:
        ox.serialize(
            # lenient: the IRIs are not checked again (160 M instructions of 400 M on
            # Terminus), the same triples: a store's N-Triples were checked when it loaded
            # them, and kg's own IRIs are well-formed by construction (kg.graph._url)
            ox.parse(ordered, ox.RdfFormat.N_TRIPLES, lenient=True),
            handle,
            ox.RdfFormat.TURTLE,
            prefixes=prefixes,
        )


def _lines_holding(data: bytes, mark: bytes) -> list[bytes]:
    """The distinct lines of ``data`` that hold ``mark``, sorted.

    Why: a Terminus graph is 27,000 lines of which about 80 hold a blank node; ``bytes.find``
    jumps from one mark to the next in C, where testing every line ran a Python loop four
    times as long. Lines are those of ``bytes.splitlines`` (N-Triples escapes a carriage
    return; a text that holds one anyway is split as splitlines would)."""
    if b"\r" in data:
        return sorted({line for line in data.splitlines() if mark in line})
    found = set()
    at = data.find(mark)
    while at != -1:
        start = data.rfind(b"\n", 0, at) + 1
        end = data.find(b"\n", at)
        end = len(data) if end == -1 else end
        found.add(data[start:end])
        at = data.find(mark, end)
    return sorted(found)


def _canonical_blank_nodes(quads: list[Any]) -> list[Any]:
    """Triples whose blank nodes are named by a hash of what surrounds them (a few rounds of
    colour refinement); blank nodes that nothing tells apart are interchangeable, so
    numbering them in any order gives the same file. Only the few triples that touch a blank
    node (the ontology's class expressions) are looked at twice."""
    import pyoxigraph as ox

    def is_blank(term: Any) -> bool:
        return isinstance(term, ox.BlankNode)

    touching, plain = [], []
    for q in quads:
        if is_blank(q.subject) or is_blank(q.object):
            touching.append(q)
        else:
            plain.append(ox.Triple(q.subject, q.predicate, q.object))
    if not touching:
        return plain
    blanks = {q.subject.value for q in touching if is_blank(q.subject)}
    blanks |= {q.object.value for q in touching if is_blank(q.object)}
    colour = dict.fromkeys(blanks, "")

    def show(term: Any) -> str:
        return "_:" + colour[term.value] if is_blank(term) else str(term)

    for _ in range(6):
        seen: dict[str, list[str]] = {b: [] for b in blanks}
        for q in touching:
            if is_blank(q.subject):
                seen[q.subject.value].append(f"> {q.predicate} {show(q.object)}")
            if is_blank(q.object):
                seen[q.object.value].append(f"< {show(q.subject)} {q.predicate}")
        colour = {
            b: hashlib.sha256("\n".join(sorted(lines)).encode()).hexdigest()[:24]
            for b, lines in seen.items()
        }
    names: dict[str, ox.BlankNode] = {}
    count: Counter[str] = Counter()
    for blank in sorted(blanks, key=colour.__getitem__):
        count[colour[blank]] += 1
        names[blank] = ox.BlankNode(f"b{colour[blank]}n{count[colour[blank]]}")

    def rename(term: Any) -> Any:
        return names[term.value] if is_blank(term) else term

    return plain + [ox.Triple(rename(q.subject), q.predicate, rename(q.object)) for q in touching]


_COUNTS = """
SELECT ?type ?status (COUNT(DISTINCT ?event) AS ?n) (COUNT(DISTINCT ?report) AS ?r)
WHERE { ?event a kgo:Event ; a ?class ; kgo:status ?st ; kgo:report ?report .
        ?class kgo:ploverName ?type . BIND(STRAFTER(STR(?st), STR(kgo:)) AS ?status) }
GROUP BY ?type ?status"""
_TOTALS = """
SELECT (COUNT(DISTINCT ?post) AS ?roles) (COUNT(DISTINCT ?actor) AS ?actors) WHERE {
  { ?post a kgo:Post } UNION { ?actor a kgo:Actor } }"""
_MULTI = """
SELECT (COUNT(*) AS ?n) WHERE { { SELECT ?event WHERE { ?event a kgo:Event ; kgo:source ?a }
  GROUP BY ?event HAVING (COUNT(DISTINCT ?a) > 1) } }"""


def graph_counts(graph: Any, entries: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Events per type and status, reports, roles, actors: what the summary prints.

    ``graph`` is a store, or the :class:`kg.memgraph.Answers` of a build in memory."""
    found = graph.counts() if isinstance(graph, Answers) else _queried_counts(graph)
    return {
        "sentences": sum(e.get("sentences", 0) for e in entries.values()),
        "events": sum(found["by_type"].values()),
        "reports": found["reports"],
        "by_type": dict(sorted(found["by_type"].items())),  # (a store's groups come in the
        "by_status": dict(sorted(found["by_status"].items())),  # order it loaded them)
        "roles": found["roles"],
        "actors": found["actors"],
        "multi_source": found["multi_source"],
    }


def _queried_counts(graph: Any) -> dict[str, Any]:
    """The counts a store gives to the queries above."""
    from .graph import PREFIX_IRIS as prefixes

    by_type: Counter[str] = Counter()
    by_status: Counter[str] = Counter()
    reports = 0
    for row in graph.query(_COUNTS, prefixes=prefixes):
        n = int(row["n"].value)
        by_type[row["type"].value] += n
        by_status[row["status"].value] += n
        reports += int(row["r"].value)
    totals = next(iter(graph.query(_TOTALS, prefixes=prefixes)))
    multi = next(iter(graph.query(_MULTI, prefixes=prefixes)))
    return {
        "by_type": by_type,
        "by_status": by_status,
        "reports": reports,
        "roles": int(totals["roles"].value),
        "actors": int(totals["actors"].value),
        "multi_source": int(multi["n"].value),
    }


def extraction_fingerprint() -> str:
    """What the stored results depend on: kg's code, the ontology folder, the segmenter.

    A store built with another fingerprint is rebuilt from scratch: a new trigger word or
    gazetteer entry may change any article's events.
    """
    from .segment import segmenter_name

    digest = hashlib.sha256(f"{__version__}\x1f{segmenter_name()}".encode())
    package = Path(__file__).resolve().parent
    for root in (package, ontology_dir()):
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.suffix in {".py", ".tsv", ".ttl", ".rq", ".txt"}:
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:32]


def _entry(result: ArticleResult) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "sha256": result.sha256,
        "size": result.size,
        "mtime_ns": result.mtime_ns,
    }
    if result.reason:
        entry["reason"] = result.reason
    else:
        entry.update(
            graph=result.graph,
            sentences=result.sentences,
            reports=result.reports,
            roles=result.roles,
        )
    return entry


def _skipped(entries: dict[str, dict[str, Any]]) -> list[Skipped]:
    return [Skipped(key, e["reason"]) for key, e in entries.items() if e.get("reason")]


def _key(path: str) -> str:
    return norm_path(path)


def _nothing_read(skipped: list[Skipped]) -> str:
    reasons = "; ".join(f"{s.path}: {s.reason}" for s in skipped)
    return "; ".join(filter(None, [reasons, "no article could be read, nothing written"]))


_STAMP = ".kg-build.json"


def _stamp(out_dir: str | os.PathLike, store: Path, generation: str | None, title: str) -> None:
    """Note which store generation the outputs were written from (for unchanged rebuilds)."""
    stamp = {"store": str(Path(store).resolve()), "generation": generation, "title": title}
    atomic_write_text(Path(out_dir) / _STAMP, json.dumps(stamp, ensure_ascii=False))


def _stamped(out_dir, store: Path, generation, title: str, outputs: dict[str, Path]) -> bool:
    try:
        stamp = json.loads((Path(out_dir) / _STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    same = stamp == {"store": str(Path(store).resolve()), "generation": generation, "title": title}
    return same and all(path.is_file() for path in outputs.values())


def gold_articles_folder(gold: Path, articles_dir: Path | None = None) -> Path:
    """Where a gold file's articles are: the given folder, else ``NAME/`` beside
    ``NAME.gold.jsonl``, else the gold file's own folder."""
    if articles_dir is not None:
        return articles_dir
    sibling = gold.parent / gold.name.removesuffix(".jsonl").removesuffix(".gold")
    return sibling if sibling.is_dir() else gold.parent


def evaluate_gold(gold: Path, articles_dir: Path | None = None):
    """Extract a gold file's articles and score them; returns (gold articles, corpus, report)."""
    from .evaluate import load_gold, score

    gold_articles = load_gold(gold)
    folder = gold_articles_folder(gold, articles_dir)
    corpus = extract_corpus([folder / g.file for g in gold_articles])
    return gold_articles, corpus, score(gold_articles, corpus.records())


def compare_gold(gold: Path, other: Path):
    """Score a second annotation of the same articles against ``gold``: the main reading of
    each of its events and roles counts as output (inter-annotator agreement)."""
    from .evaluate import gold_as_output, load_gold, score

    return score(load_gold(gold), list(gold_as_output(load_gold(other))))


def write_events_jsonl(records: Iterable[dict], path: str | os.PathLike) -> None:
    """One JSON object per line, UTF-8, written atomically.

    One encoder for every record (what ``json.dumps(record, ensure_ascii=False)`` makes
    anew for each: its keyword makes it skip the shared one), and one write."""
    encode = json.JSONEncoder(ensure_ascii=False).encode
    with atomic_writer(path) as handle:
        handle.write("".join([encode(record) + "\n" for record in records]))


def _reason(exc: KgError) -> str:
    message = str(exc)
    return message.split(": ", 1)[1] if exc.path and message.startswith(exc.path) else message
