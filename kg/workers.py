"""Extraction of many articles: in this process, in worker processes, or on a Dask cluster.

The unit of work is one file: :func:`extract_file` reads it, extracts its events and roles and
returns an :class:`ArticleResult` holding the article's named graph as N-Triples (the bytes
the store loads), a few counts and the content hash. Results are small and picklable, so the
same function runs in a ``multiprocessing`` pool (``kg build --workers N``) or as Dask tasks
(``kg build --dask ADDRESS``); the writer (one process) puts them into the store as they come.

Why processes: extraction is pure Python, so threads would share one core. Workers are forked
after the gazetteer and the segmenter are loaded, so each starts warm (copy-on-write) — and
before the store is opened, so no RocksDB thread is ever forked.
"""

from __future__ import annotations

import gc
import hashlib
import os
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

    The workers are forked once extraction is warm (:func:`warm_up`) and inherit it; the
    modules that write the outputs are not loaded before the fork, so that no core waits
    while one process imports them: the parent loads them while the workers extract.
    """

    def __init__(self, workers: int = 1, dask: str | None = None) -> None:
        self.workers = max(1, workers)
        self.dask = dask
        self._pool: Any = None
        self._frozen = False

    def __enter__(self) -> Extractor:
        if self.workers > 1 and not self.dask:
            import multiprocessing  # 0.01 s of imports a one-process build does without

            warm_up()  # in the parent: the forked workers inherit it
            # the workers' garbage collector leaves the inherited objects alone (and their
            # pages shared): see the gc.freeze documentation
            gc.freeze()
            try:
                self._pool = multiprocessing.get_context("fork").Pool(self.workers)
            finally:
                gc.unfreeze()
        return self

    def __exit__(self, kind: object, *rest: object) -> None:
        if self._pool is not None:
            if kind is None:
                self._pool.close()
            else:
                self._pool.terminate()  # interrupted: do not wait for the rest
            self._pool.join()
            self._pool = None
        if self._frozen:
            gc.unfreeze()
            self._frozen = False

    def map(self, paths: Sequence[str]) -> Iterator[ArticleResult]:
        """Results for ``paths`` as they come (in order here, in any order elsewhere)."""
        if not paths:
            return iter(())
        if self.dask:
            return _on_dask(paths, self.dask, self.workers)
        if self._pool is None:
            # what every article needs, loaded once and left alone by the garbage collector
            # (its full collections would walk the gazetteer again and again: 0.03 s)
            warm_up()
            gc.freeze()
            self._frozen = True
            return map(extract_file, paths)
        # largest files first, in small chunks: no worker is left with a long article at the end
        ordered = sorted(paths, key=_size, reverse=True)
        chunk = max(1, min(4, len(paths) // (self.workers * 16)))
        return self._pool.imap_unordered(extract_file, ordered, chunksize=chunk)

    def warm_up_outputs(self) -> None:
        """Load what writes the outputs here and, in a pool, in each worker once it has no
        article left: the Turtle and Gephi files are written in the workers after extraction,
        and the one that writes the Gephi files would otherwise import networkx and numpy
        (0.1-0.15 s) while the build waits for it. The tasks queue behind the articles, so
        they use the time a worker would sit idle while the other ends its last article."""
        if self._pool is not None:
            for _ in range(self.workers):
                self._pool.apply_async(import_output_modules)
        warm_up_outputs()

    def submit(self, task: Callable[..., Any], *args: Any) -> Callable[[], Any]:
        """Start ``task(*args)``; returns a function that waits for its result."""
        if self._pool is None:
            value = task(*args)
            return lambda: value
        pending = self._pool.apply_async(task, args)
        return pending.get


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
