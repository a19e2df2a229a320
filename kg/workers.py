"""Extraction of many articles: in this process, in worker processes, or on a Dask cluster.

The unit of work is one file: :func:`extract_file` reads it, extracts its events and roles and
returns an :class:`ArticleResult` holding the article's named graph as N-Triples (the bytes
the store loads), a few counts and the content hash. Results are small and picklable, so the
same function runs in a ``multiprocessing`` pool (``kg build --workers N``) or as Dask tasks
(``kg build --dask ADDRESS``); the writer (one process) puts them into the store as they come.

Why processes: extraction is pure Python, so threads would share one core. Workers are forked
after the gazetteer and the segmenter are loaded, so each starts warm (copy-on-write), from a
template process the parent forks at once, before the store is opened: no RocksDB thread is
ever forked, and the parent loads what writes the outputs while the template warms up.
"""

from __future__ import annotations

import gc
import hashlib
import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from .exceptions import InputError, KgError

__all__ = [
    "ArticleResult",
    "Extractor",
    "extract_file",
    "run_extraction",
    "warm_up",
    "warm_up_outputs",
    "file_digest",
]


@dataclass(frozen=True)
class ArticleResult:
    """One file, extracted: its graph as N-Triples, or the reason it was skipped."""

    path: str
    sha256: str
    size: int
    mtime_ns: int
    graph: str | None = None  # the article IRI, also the name of its named graph
    ntriples: bytes = b""
    reason: str | None = None  # why the file was skipped
    sentences: int = 0
    reports: int = 0
    roles: int = 0


def file_digest(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def extract_file(path: str) -> ArticleResult:
    """Read, extract and turn into RDF one article file (runs in any worker)."""
    from .articles import read_article
    from .extract import extract_article
    from .gazetteer import load_gazetteer
    from .graph import article_ntriples, article_ref, content_hash_ntriple

    try:
        with open(path, "rb") as handle:
            stat = os.fstat(handle.fileno())
            data = handle.read()
    except OSError as exc:
        return ArticleResult(path, "", 0, 0, reason=f"cannot read: {exc.strerror or exc}")
    digest = file_digest(data)
    try:
        article = read_article(path, data)
    except InputError as exc:
        return ArticleResult(path, digest, stat.st_size, stat.st_mtime_ns, reason=_reason(exc))
    extracted = extract_article(article, load_gazetteer())
    ntriples = article_ntriples(
        extracted.events,
        extracted.roles,
        [article],
        extra=[content_hash_ntriple(article.path, digest)],
    )
    return ArticleResult(
        path,
        digest,
        stat.st_size,
        stat.st_mtime_ns,
        graph=article_ref(article.path),
        ntriples=ntriples,
        sentences=extracted.sentences,
        reports=len(extracted.events),
        roles=len(extracted.roles),
    )


def warm_up(outputs: bool = False) -> None:
    """Load what every extraction needs (gazetteer, lexicons, segmenter dictionary) once;
    with ``outputs``, also what writes the outputs (:func:`warm_up_outputs`)."""
    from .articles import normalise
    from .extract import extract_article, title_pattern
    from .gazetteer import load_gazetteer
    from .graph import article_ntriples
    from .lexicon import trigger_pattern
    from .model import Article
    from .segment import segmenter

    gaz = load_gazetteer()
    trigger_pattern()
    title_pattern(gaz)
    segmenter().tag("美国制裁朝鲜")
    normalise("美國 對朝鮮　實施制裁，")  # the character tables (NFKC, traditional script)
    text = "美国总统特朗普会见朝鲜领导人金正恩。"
    found = extract_article(Article("warm-up", text, text, tuple(range(len(text) + 1))), gaz)
    article_ntriples(found.events, found.roles)  # the ontology's vocabulary (kg.ttl)
    if outputs:
        warm_up_outputs()


def import_output_modules() -> None:
    """The modules that write the Gephi files (networkx, numpy)."""
    from . import export, network  # noqa: F401


def warm_up_outputs() -> None:
    """Import the modules that write the page and the Gephi files (networkx, numpy, jinja2:
    0.13 s) and render an empty page, which compiles pyvis' template and the files it
    includes (0.05 s). A parallel build does this in the parent while the workers extract,
    since the parent writes the page."""
    from . import export, network, views  # noqa: F401

    views.render_page(network.to_networkx([], [], aggregate=True))


class Extractor:
    """Runs :func:`extract_file` over many files, and other tasks, in the chosen place.

    ``workers`` > 1: a pool of forked processes (created on entry, before any store is
    opened); ``dask``: "local" (a LocalCluster of ``workers`` processes) or a scheduler
    address. Tasks given to :meth:`submit` run in the pool when there is one (the Turtle and
    the Gephi files are written there while this process writes the page), else here.

    The workers are forked once extraction is warm (:func:`warm_up`) and inherit it, by a
    template process (:class:`_Template`) that warms up while this one loads the modules
    that write the outputs: no core waits while the other imports.
    """

    def __init__(self, workers: int = 1, dask: str | None = None) -> None:
        self.workers = max(1, workers)
        self.dask = dask
        self._template: _Template | None = None
        self._frozen = False

    def __enter__(self) -> Extractor:
        if self.workers > 1 and not self.dask:
            self._template = _Template(self.workers)
        return self

    def __exit__(self, kind: object, *rest: object) -> None:
        if self._template is not None:
            self._template.close(finish=kind is None)  # interrupted: do not wait for the rest
            self._template = None
        if self._frozen:
            gc.unfreeze()
            self._frozen = False

    def map(self, paths: Sequence[str]) -> Iterator[ArticleResult]:
        """Results for ``paths`` as they come (in order here, in any order elsewhere)."""
        if not paths:
            return iter(())
        if self.dask:
            return _on_dask(paths, self.dask, self.workers)
        if self._template is None:
            # what every article needs, loaded once and left alone by the garbage collector
            # (its full collections would walk the gazetteer again and again: 0.03 s)
            warm_up()
            gc.freeze()
            self._frozen = True
            return map(extract_file, paths)
        # largest files first, in small chunks: no worker is left with a long article at the end
        ordered = sorted(paths, key=_size, reverse=True)
        chunk = max(1, min(4, len(paths) // (self.workers * 16)))
        return self._template.map(ordered, chunk)

    def warm_up_outputs(self) -> None:
        """Load what writes the outputs here and, in a pool, in each worker once it has no
        article left: the Turtle and Gephi files are written in the workers after extraction,
        and the one that writes the Gephi files would otherwise import networkx and numpy
        (0.1-0.15 s) while the build waits for it. The imports queue behind the articles, so
        they use the time a worker would sit idle while the other ends its last article."""
        if self._template is not None:
            self._template.warm_workers = True
        warm_up_outputs()

    def submit(self, task: Callable[..., Any], *args: Any) -> Callable[[], Any]:
        """Start ``task(*args)``; returns a function that waits for its result."""
        if self._template is None:
            value = task(*args)
            return lambda: value
        return self._template.submit(task, args)


class _Template:
    """The pool of a parallel build, behind a "template" process that the parent forks at once.

    Why: forking the workers from the parent would make it warm up extraction first (0.3 s)
    while the second core idles, then import the output modules while the workers extract.
    The template warms up extraction while the parent, at the same time, loads what writes the
    outputs; then it forks the warm workers and relays, over one pipe, the articles' results
    and the tasks the parent submits (the Turtle and Gephi files). If the parent dies, even by
    SIGKILL, the template reads the end of the pipe and ends the workers and itself.
    """

    def __init__(self, workers: int) -> None:
        import multiprocessing  # 0.01 s of imports a one-process build does without

        context = multiprocessing.get_context("fork")
        self._conn, child = context.Pipe()
        self._process = context.Process(
            target=_serve, args=(child, self._conn, workers), name="kg-template"
        )
        self._process.start()
        child.close()
        self.warm_workers = False  # load the output modules in each worker after the articles
        self._workers = workers
        self._results: deque[tuple[str, Any]] = deque()
        self._tasks: dict[int, tuple[bool, Any]] = {}
        self._submitted = 0

    def map(self, paths: Sequence[str], chunk: int) -> Iterator[ArticleResult]:
        """The results of ``paths`` in any order. The request is sent at the first result, so
        that :attr:`warm_workers`, set in between, queues the imports behind the articles."""
        self._conn.send(("map", paths, chunk, self._workers if self.warm_workers else 0))
        for _ in paths:
            while not self._results:
                self._receive()
            kind, value = self._results.popleft()
            if kind == "raise":
                raise value
            yield value

    def submit(self, task: Callable[..., Any], args: tuple) -> Callable[[], Any]:
        number = self._submitted = self._submitted + 1
        self._conn.send(("task", number, task, args))

        def result() -> Any:
            while number not in self._tasks:
                self._receive()
            done, value = self._tasks.pop(number)
            if not done:
                raise value
            return value

        return result

    def close(self, finish: bool) -> None:
        """``finish``: let the workers end their tasks; else end them now (closing the pipe)."""
        try:
            if finish:
                self._conn.send(("close",))
        finally:
            self._conn.close()
            self._process.join()

    def _receive(self) -> None:
        try:
            message = self._conn.recv()
        except EOFError:
            raise KgError("the extraction processes ended unexpectedly") from None
        if message[0] == "task":
            self._tasks[message[1]] = message[2:]
        else:
            self._results.append(message)


def _serve(conn: Any, parent_end: Any, workers: int) -> None:
    """The template process: warm up, fork the pool, serve the parent until it closes the pipe."""
    import multiprocessing
    import signal
    import threading

    parent_end.close()  # only the parent holds it: its death is the end of the pipe here
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides (Ctrl-C reaches all)
    lock = threading.Lock()

    def send(message: tuple) -> None:
        with lock:
            try:
                conn.send(message)
            except OSError:  # the parent is gone: the next read here ends the pool
                pass

    try:
        warm_up()
    except Exception as exc:
        send(("raise", exc))
        return
    # the workers' garbage collector leaves the inherited objects alone (and their pages
    # shared): see the gc.freeze documentation
    gc.freeze()
    pool = multiprocessing.get_context("fork").Pool(workers, initializer=conn.close)
    finish = False
    try:
        while True:
            try:
                message = conn.recv()
            except EOFError:
                break
            if message[0] == "map":
                _, paths, chunk, warm = message
                results = pool.imap_unordered(extract_file, paths, chunksize=chunk)
                threading.Thread(target=_relay, args=(results, send), daemon=True).start()
                for _ in range(warm):
                    pool.apply_async(import_output_modules)
            elif message[0] == "task":
                _, number, task, args = message
                pool.apply_async(
                    task,
                    args,
                    callback=lambda value, n=number: send(("task", n, True, value)),
                    error_callback=lambda exc, n=number: send(("task", n, False, exc)),
                )
            else:
                finish = True
                break
    finally:
        if finish:
            pool.close()
        else:
            pool.terminate()
        pool.join()


def _relay(results: Iterator[ArticleResult], send: Callable[[tuple], None]) -> None:
    try:
        for result in results:
            send(("result", result))
    except Exception as exc:  # raised in a worker: the parent raises it
        send(("raise", exc))


def run_extraction(
    paths: Sequence[str], workers: int = 1, dask: str | None = None
) -> Iterator[ArticleResult]:
    """Results for ``paths``, as they come (in order for one worker, else any order)."""
    with Extractor(workers, dask) as extractor:
        yield from extractor.map(paths)


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _on_dask(paths: Sequence[str], address: str, workers: int) -> Iterator[ArticleResult]:
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise KgError("--dask needs dask.distributed: pip install 'kg[dask]'") from None
    cluster = None
    try:
        if address == "local":
            cluster = LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
            )
            client = Client(cluster)
        else:
            client = Client(address, timeout="10s")
    except OSError as exc:
        raise KgError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    try:
        futures = client.map(extract_file, list(paths), pure=False)
        for future in as_completed(futures):
            yield future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _reason(exc: KgError) -> str:
    message = str(exc)
    return message.split(": ", 1)[1] if exc.path and message.startswith(exc.path) else message
