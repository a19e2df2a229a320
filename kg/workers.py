"""Extraction of many articles: in this process, in worker processes, or on a Dask cluster.

The unit of work is one file: :func:`extract_file` reads it, extracts its events and roles and
returns an :class:`ArticleResult` holding the article's named graph as N-Triples (the bytes
the store loads), a few counts and the content hash. Results are small and picklable, so the
same function runs in a ``multiprocessing`` pool (``kg build --workers N``) or as Dask tasks
(``kg build --dask ADDRESS``); the writer (one process) puts them into the store as they come.

Why processes: extraction is pure Python, so threads would share one core. Workers are forked
after the gazetteer and the segmenter are loaded, so each starts warm (copy-on-write) — and
before the store is opened, so no RocksDB thread is ever forked.

A parallel build that writes the outputs also forks, before anything else, a *drawing*
process (:class:`_Drawer`): it imports what draws the page and the Gephi files (numpy,
jinja2) on the second core while the parent warms up extraction on the first, then reads
the largest files ahead for the workers (:class:`_Prefetch`) until they are given files,
then waits; at the end it draws the page while a child of its own writes the Gephi files.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import signal
import struct
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from . import snapshot
from .exceptions import InputError, KgError

__all__ = [
    "ArticleResult",
    "Extractor",
    "extract_file",
    "run_extraction",
    "warm_up",
    "warm_up_extraction",
    "warm_up_outputs",
    "extraction_here",
    "file_digest",
    "forked",
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
    """Read, extract and turn into RDF one article file (runs in any worker); a file the
    drawing process read ahead (:class:`_ReadAhead`) is read from its record instead."""
    if type(path) is _ReadAhead:
        return _extract_read(_recorded(path))
    return _extract_read(_read_file(path))


#: one file as read (:func:`_read_file`): path, digest, size, mtime_ns, the article (None if
#: skipped) and the reason it was skipped
_Read = tuple[str, str, int, int, Any, "str | None"]


def _read_file(path: str) -> _Read:
    """The part of :func:`extract_file` that needs no extraction warm-up: the file's bytes,
    digest and article (or why it is skipped)."""
    from .articles import read_article

    try:
        with open(path, "rb") as handle:
            stat = os.fstat(handle.fileno())
            data = handle.read()
    except OSError as exc:
        return (path, "", 0, 0, None, f"cannot read: {exc.strerror or exc}")
    digest = file_digest(data)
    try:
        article = read_article(path, data)
    except InputError as exc:
        return (path, digest, stat.st_size, stat.st_mtime_ns, None, _reason(exc))
    return (path, digest, stat.st_size, stat.st_mtime_ns, article, None)


def _extract_read(read: _Read) -> ArticleResult:
    """The rest of :func:`extract_file`: extract the article read and turn it into RDF."""
    from .extract import extract_article
    from .gazetteer import load_gazetteer
    from .graph import article_ntriples, article_ref, content_hash_ntriple

    path, digest, size, mtime_ns, article, reason = read
    if article is None:
        return ArticleResult(path, digest, size, mtime_ns, reason=reason)
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
        size,
        mtime_ns,
        graph=article_ref(article.path),
        ntriples=ntriples,
        sentences=extracted.sentences,
        reports=len(extracted.events),
        roles=len(extracted.roles),
    )


def _encode_read(read: _Read) -> bytes:
    """A file as read, pickled for another process: the article's ``offsets`` (one index per
    character, a tuple of 2.5 million ints over Terminus) as the runs where they go up by
    one, which :func:`_decode_read` turns back into the same tuple."""
    import numpy as np

    path, digest, size, mtime_ns, article, reason = read
    if article is None:
        return pickle.dumps(read, pickle.HIGHEST_PROTOCOL)
    offsets = np.fromiter(article.offsets, np.int64, len(article.offsets))
    shift = offsets - np.arange(len(offsets), dtype=np.int64)
    starts = np.flatnonzero(shift[1:] != shift[:-1]) + 1
    runs = np.empty(2 * len(starts) + 2, np.int64)
    runs[0], runs[1] = 0, offsets[0]
    runs[2::2], runs[3::2] = starts, offsets[starts]
    fields = (article.body, article.text, runs.tobytes(), len(offsets), article.title)
    fields += (article.date, article.url, article.author, article.tags, article.encoding)
    fields += (article.format,)
    return pickle.dumps((path, digest, size, mtime_ns, fields, None), pickle.HIGHEST_PROTOCOL)


#: ints 0, 1, 2… (grown as needed): the offsets :func:`_decode_read` rebuilds are slices of
#: it, which share its ints rather than making each anew (a third of the time)
_INTS: tuple[int, ...] = ()


def _decode_read(data: bytes) -> _Read:
    """The file as read that :func:`_encode_read` pickled."""
    from array import array
    from itertools import chain

    from .model import Article

    global _INTS
    path, digest, size, mtime_ns, fields, reason = pickle.loads(data)
    if fields is None or reason is not None:
        return (path, digest, size, mtime_ns, None, reason)
    body, text, packed, length, *rest = fields
    runs = array("q")
    runs.frombytes(packed)
    top = max(runs[1::2]) + length
    if len(_INTS) < top:
        _INTS = tuple(range(max(top, 2 * len(_INTS))))
    ints, last, parts = _INTS, len(runs) - 2, []
    for at in range(0, len(runs), 2):
        start, value = runs[at], runs[at + 1]
        end = runs[at + 2] if at < last else length
        parts.append(ints[value : value + end - start])
    offsets = parts[0] if len(parts) == 1 else tuple(chain.from_iterable(parts))
    return (path, digest, size, mtime_ns, Article(path, body, text, offsets, *rest), None)


def warm_up(outputs: bool = False, shared: bool = False) -> None:
    """Load what every extraction needs (gazetteer, lexicons, segmenter dictionary) once;
    with ``outputs``, also what writes the outputs (:func:`warm_up_outputs`); ``shared``
    (for workers forked next): also lxml, which a page needs and each worker would import
    again (one process imports it when the first page needs it)."""
    from .graph import article_ntriples

    found = warm_up_extraction()
    article_ntriples(found.events, found.roles)  # the ontology's vocabulary (kg.ttl)
    if shared:
        from .articles import html_tools

        html_tools()
    if outputs:
        warm_up_outputs()


def warm_up_extraction() -> Any:
    """Load what extracting an article needs and extract a short one; returns what it found
    (an ``ArticleEvents``)."""
    from .articles import normalise
    from .extract import extract_article, title_pattern
    from .gazetteer import load_gazetteer
    from .lexicon import trigger_pattern, trigger_spans
    from .model import Article
    from .segment import segmenter

    gaz = load_gazetteer()
    trigger_pattern()
    trigger_spans()
    title_pattern(gaz)
    segmenter().tag("美国制裁朝鲜")
    segmenter().tag(WARM_UNKNOWN)  # the tagger of unknown words (see WARM_UNKNOWN)
    normalise("美國 對朝鮮　實施制裁，")  # the character tables (NFKC, traditional script)
    text = "美国总统特朗普会见朝鲜领导人金正恩。"
    found = extract_article(Article("warm-up", text, text, tuple(range(len(text) + 1))), gaz)
    snapshot.save()  # what the warm-up built anew, for the next run (kg/snapshot.py)
    return found


#: a word jieba's dictionary does not hold, which it cuts and tags by its hidden Markov model:
#: the first such word loads that model's tables (rjieba: jieba-rs' ``PossegData``, 180 M
#: instructions, 0.04 s), which the warm-up's other texts never reach. Tagged in the warm-up,
#: they are loaded once before a pool forks and every worker inherits them; a 2-worker
#: Terminus build had each worker load them again at its first unknown word (360 M in all).
WARM_UNKNOWN = "蓬佩奥"


@contextmanager
def _no_collection() -> Iterator[None]:
    """No garbage collection inside (while loading what lives as long as the process); the
    collector as it was after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextmanager
def extraction_here() -> Iterator[None]:
    """The collector's settings for extracting in this process (``kg extract``), as a
    one-process build has them (see :class:`Extractor`): what every article needs loaded
    with no collection and frozen, young objects collected less often; as it was after.
    Collections took 0.115 s of a Terminus extraction with Python's settings, 0.02 s so."""
    threshold = gc.get_threshold()
    with _no_collection():
        warm_up_extraction()
        gc.freeze()
    gc.set_threshold(_YOUNG_OBJECTS, *threshold[1:])
    try:
        yield
        snapshot.save()  # what the articles asked for first after the warm-up (word regexes)
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)


def import_output_modules() -> None:
    """The modules that write the Gephi files."""
    from . import export, network  # noqa: F401


def warm_up_outputs() -> None:
    """Import the modules that write the page and the Gephi files (numpy, jinja2) and
    render an empty page, which compiles pyvis' template and the files it includes (0.05 s).
    A parallel build does this in the parent while the workers extract, since the parent
    writes the page."""
    from . import export, network, views  # noqa: F401

    views.render_page(network.drawn_network([], aggregate=True))


#: objects allocated between two collections of the youngest generation while one process
#: extracts (Python's default: 700). Extraction makes many short-lived objects and few
#: cycles: a collection every 700 of them walked the young ones again and again (about 2% of
#: a build's CPU on Terminus).
_YOUNG_OBJECTS = 10_000

#: seconds ``--dask ADDRESS`` waits for the scheduler to answer before the build fails
#: (``--dask-timeout``): long enough for a scheduler across a network, short enough that a
#: wrong address is soon a clear error.
DASK_TIMEOUT = 10.0


class Extractor:
    """Runs :func:`extract_file` over many files, and other tasks, in the chosen place.

    ``workers`` > 1: a pool of forked processes (created on entry, before any store is
    opened); ``dask``: "local" (a LocalCluster of ``workers`` processes) or a scheduler
    address (``dask_timeout``: seconds to wait for it to answer, DASK_TIMEOUT if None). Tasks
    given to :meth:`submit` run in the pool when there is one (the Turtle file is written
    there), else here; a task given to :meth:`draw` (the page and the Gephi files) runs in
    the drawing process when there is one, else here.

    The workers are forked once extraction is warm (:func:`warm_up`) and inherit it. With
    ``outputs`` (the build writes the page and the Gephi files), a pool build first forks the
    drawing process (:class:`_Drawer`), which loads the modules that write them while this
    process warms up extraction: neither core waits for the other, and neither the workers
    nor this process import them while there are articles to extract.
    """

    def __init__(
        self,
        workers: int = 1,
        dask: str | None = None,
        outputs: bool = False,
        dask_timeout: float | None = None,
        paths: Sequence[str] = (),
    ) -> None:
        self.workers = max(1, workers)
        self.dask = dask
        self.dask_timeout = DASK_TIMEOUT if dask_timeout is None else dask_timeout
        self.outputs = outputs
        self._pool: Any = None
        self._drawer: _Drawer | None = None
        self._frozen: tuple[int, ...] | None = None  # the collector's thresholds before
        self._paths = paths  # the files map will be given (the drawing process reads ahead)
        self._ordered: list[str] | None = None  # self._paths, largest first

    def __enter__(self) -> Extractor:
        if self.workers > 1 and not self.dask:
            if self.outputs:
                # first: it loads the output modules, then reads files ahead, meanwhile
                self._ordered = _largest_first(self._paths)
                self._drawer = _Drawer(self._ordered)
            try:
                import multiprocessing  # 0.01 s of imports a one-process build does without
                import multiprocessing.pool

                with self._loading():
                    warm_up(shared=True)  # in the parent: the forked workers inherit it
                # the workers' garbage collector leaves the inherited objects alone (and their
                # pages shared): see the gc.freeze documentation
                gc.freeze()
                try:
                    self._pool = _quiet_pool(multiprocessing.pool.Pool)(
                        self.workers,
                        initializer=_start_worker,
                        initargs=(self._drawer.fds if self._drawer else (),),
                        context=multiprocessing.get_context("fork"),
                    )
                finally:
                    gc.unfreeze()
            except BaseException:
                self._end_drawer(finish=False)
                raise
        return self

    def __exit__(self, kind: object, *rest: object) -> None:
        try:
            if self._pool is not None:
                if kind is None:
                    self._pool.close()
                else:
                    self._pool.terminate()  # interrupted: do not wait for the rest
                if kind is None and _LEFT is not None:
                    _LEFT.append(self._pool)  # (freed, it would join its threads)
                else:
                    self._pool.join()
                self._pool = None
        finally:
            self._end_drawer(finish=kind is None)
        if self._frozen:
            gc.unfreeze()
            gc.set_threshold(*self._frozen)
            self._frozen = None

    def _end_drawer(self, finish: bool) -> None:
        if self._drawer is not None:
            self._drawer.close(finish, wait=_LEFT is None)
            self._drawer = None

    def map(self, paths: Sequence[str]) -> Iterator[ArticleResult]:
        """Results for ``paths`` as they come (in order here, in any order elsewhere)."""
        if not paths:
            return iter(())
        if self.dask:
            return _on_dask(paths, self.dask, self.workers, self.dask_timeout)
        if self._pool is None:
            # what every article needs, loaded once and left alone by the garbage collector
            # (its full collections would walk the gazetteer again and again: 0.03 s)
            with self._loading():
                warm_up()
            gc.set_threshold(_YOUNG_OBJECTS, *self._frozen[1:])
            return map(extract_file, paths)
        # largest files first, in small chunks: no worker is left with a long article at the end
        same = self._ordered is not None and list(paths) == list(self._paths)
        ordered = self._ordered if same else _largest_first(paths)
        chunk = max(1, min(4, len(paths) // (self.workers * 16)))
        # the drawing process reads ahead until now (the workers forked, 0.02-0.03 s each)
        read = self._drawer.stop_reading() if self._drawer is not None else {}
        tasks = [_read_ahead(path, read[path]) if path in read else path for path in ordered]
        return self._pool.imap_unordered(extract_file, tasks, chunksize=chunk)

    def _freeze(self) -> None:
        """The objects made so far are left alone by the collector until the end (see the
        gc.freeze documentation); :meth:`__exit__` hands them back to it."""
        gc.freeze()
        self._frozen = self._frozen or gc.get_threshold()

    @contextmanager
    def _loading(self) -> Iterator[None]:
        """No garbage collection while loading, and what was loaded frozen before the
        collector runs again: modules, the gazetteer and the lexicons make only objects that
        live as long as the process, which the collector walked again and again as they grew
        (0.02 s of a Terminus build, 0.07 s more when a full collection fell there)."""
        with _no_collection():
            yield
            self._freeze()

    def extracted(self) -> None:
        """Every result is in: what extraction left (the results, the caches it filled) joins
        the objects the collector leaves alone, so the collections while the outputs are
        made walk only the outputs' objects (the first that reached the older generation
        walked all of it: 0.025 s of a Terminus build). What extraction here built of the
        warm-up snapshot's values after the warm-up (the word regexes the articles asked for
        first) is saved for the next run."""
        self._freeze()
        snapshot.save()

    def warm_up_outputs(self) -> None:
        """Load what writes the outputs where they will be written: nothing to do here when
        the drawing process does it; in a pool without one, here (while the workers extract)
        and in each worker once it has no article left (tasks queue behind the articles).
        A build in this one process only imports them: an empty page rendered ahead
        (0.015 s) would overlap nothing here, and the page compiles its template anyway."""
        if self._drawer is not None:
            return
        if self._pool is None and not self.dask:
            with self._loading():
                import_output_modules()
                from . import views  # noqa: F401 - what draws the page (jinja2)
            return
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

    def no_more_tasks(self) -> None:
        """Nothing more will be submitted: the pool's workers end as soon as the queue is
        empty (at once, or the one writing the Turtle file of a build with a store once it
        is written), while the outputs are still being made, rather than when the Extractor
        closes (a build in memory says so right after its last result). Why:
        waiting then for two processes of a few hundred MB to end came after the last
        output, where every millisecond is the build's. Results already asked for still
        come (``multiprocessing.pool.Pool.close``)."""
        if self._pool is not None:
            self._pool.close()

    def draw(self, task: Callable[..., Any], *args: Any) -> Callable[[], Any]:
        """Start ``task(*args, parallel)`` in the drawing process (``parallel`` True: it may
        fork to use a second core), else here (``parallel`` False); returns a function that
        waits for its result."""
        if self._drawer is not None and not self._drawer.sent:  # it draws once
            return self._drawer.run(task, (*args, True))
        value = task(*args, False)
        return lambda: value


def _quiet_pool(pool_class: type) -> type:
    """``multiprocessing.pool.Pool`` whose worker handler thread does not spin on results.

    Why: the handler (the thread that replaces dead workers) waits on the workers' exits, the
    pool's change notifier *and the result pipe*; a result stays in that pipe until the
    result thread has read it, so the handler wakes again and again while results flow and
    took 0.13-0.14 s of the parent's CPU during a Terminus extraction, while both workers
    needed the two cores. Waiting on the workers' exits (which it adds itself) and the change
    notifier (put when the pool closes, is terminated, or has no task left) is enough: with no
    ``maxtasksperchild``, a worker ends only when the pool ends or it dies, and both wake it.
    """

    class QuietPool(pool_class):  # type: ignore[misc, valid-type]
        def _get_sentinels(self) -> list[Any]:
            return [self._change_notifier._reader]

    return QuietPool


class _Drawer:
    """The drawing process of a parallel build (forked by the parent before it warms up).

    It imports and warms up what writes the page and the Gephi files (:func:`warm_up_outputs`,
    0.2 s) while the parent warms up extraction, reads ``paths`` ahead (:class:`_Prefetch`)
    until :meth:`stop_reading`, then waits for one task (the page and the
    Gephi files, from the records of the finished graph) and sends back its result or its
    exception. Messages are pickles behind their length, over two pipes. It ignores Ctrl-C
    (the parent decides): :meth:`close` ends it with SIGTERM, on which it ends the child it
    forked, if any, and itself; if the parent dies, the end of the pipe ends it.
    """

    def __init__(self, paths: Sequence[str] = ()) -> None:
        down_read, self._down = os.pipe()
        self._up, up_write = os.pipe()
        _widen(self._down)  # the records (0.3 MB for Terminus) in one write, not 64 KB at a time
        self._ahead = _Prefetch(paths) if paths else None

        def draw() -> None:  # the drawing process
            os.close(self._down)
            os.close(self._up)
            _serve_drawing(down_read, up_write, self._ahead)

        self.pid = _fork_child(draw)
        os.close(down_read)
        os.close(up_write)
        self.fds = (self._down, self._up)
        self.sent = False
        self._waited = False

    def stop_reading(self) -> dict[str, tuple[int, int]]:
        """Tell the process to stop reading files ahead (an empty message); the files it has
        read so far, each with the span of its record in the shared file, which the pool's
        workers (which inherited the file) read instead of the file (:func:`extract_file`)."""
        if self._ahead is None:
            return {}
        try:
            _send(self._down, b"")
        except OSError:  # it ended: what it wrote is whole all the same
            pass
        return self._ahead.done()

    def run(self, task: Callable[..., Any], args: tuple) -> Callable[[], Any]:
        """Send the task; returns a function that waits for its result (or raises)."""
        self.sent = True
        try:
            _send(self._down, pickle.dumps((task, args), pickle.HIGHEST_PROTOCOL))
        except OSError:  # it ended (killed?): draw here
            self.close(finish=False)
            value = task(*args[:-1], False)
            return lambda: value

        def result() -> Any:
            data = _receive(self._up)  # it ends now: reaped when the Extractor closes
            if data is None:  # it died (killed?): draw here
                self.close(finish=False)
                return task(*args[:-1], False)
            done, value = pickle.loads(data)
            if not done:
                raise value
            return value

        return result

    def close(self, finish: bool, wait: bool = True) -> None:
        """Let the process end (``finish``: it has been sent its task or will get none) or
        end it and its children now; then reap it (``wait`` False: only if it has ended
        already, see :func:`leave_children`)."""
        if self._waited:
            return
        self._waited = True
        if self._ahead is not None:
            self._ahead.close()
        for fd in (self._down, self._up):
            try:
                os.close(fd)
            except OSError:
                pass
        if finish and not wait:
            try:
                os.waitpid(self.pid, os.WNOHANG)  # (ended already: reaped now)
            except ChildProcessError:
                pass
        elif finish:
            _reap(self.pid)
        else:
            _end(self.pid)


class _Prefetch:
    """Files read ahead by the drawing process while the parent warms up extraction.

    Why: for the 0.2-0.3 s of the parent's warm-up (the segmenter's dictionary, the
    gazetteer, the lexicons), which every worker inherits and so must come before the pool
    is forked, and for the forks themselves (0.02-0.03 s each for a process of 150 MB on
    a virtual machine), the second core had only the drawing process' own warm-up to do
    (0.1 s). Reading a file (its bytes, digest, markup, normalised text: :func:`_read_file`)
    needs none of that warm-up, so the drawing process reads the largest files then, in the
    order the workers take them, and stops when the workers are about to be given files
    (:meth:`Extractor.map`); a worker reads such a file's record (:func:`_decode_read`: a
    fifth of the time its reading took) instead of the file.

    The records are written to an anonymous file that every process inherits: a header
    (how many files are read, then where each one's record ends) and the records after it,
    each record written before the header counts it, so the parent's look at the header
    (:meth:`done`) sees only whole records, whenever it looks.
    """

    def __init__(self, paths: Sequence[str]) -> None:
        global _READ_AHEAD
        self.paths = list(paths)
        self.fd = _READ_AHEAD = _anonymous_file()  # (the pool's workers inherit it)

    def read(self, down: int) -> None:
        """Read the files into records (the drawing process) until ``down`` has something
        to read (the parent says stop, or has gone) or an unexpected error (the worker
        then reads that file itself and meets it)."""
        import select

        end = _SLOT.size * (1 + len(self.paths))
        for number, path in enumerate(self.paths):
            if select.select([down], [], [], 0)[0]:
                return
            try:
                record = _encode_read(_read_file(path))
            except Exception:
                return
            _pwrite(self.fd, record, end)
            end += len(record)
            _pwrite(self.fd, _SLOT.pack(end), _SLOT.size * (1 + number))
            _pwrite(self.fd, _SLOT.pack(number + 1), 0)

    def done(self) -> dict[str, tuple[int, int]]:
        """The files whose records are whole: file → (start, end) of its record."""
        head = os.pread(self.fd, _SLOT.size * (1 + len(self.paths)), 0)
        count = _SLOT.unpack_from(head)[0] if len(head) >= _SLOT.size else 0
        ends = [_SLOT.unpack_from(head, _SLOT.size * (1 + n))[0] for n in range(count)]
        starts = [_SLOT.size * (1 + len(self.paths)), *ends]
        return {path: (starts[n], ends[n]) for n, path in enumerate(self.paths[:count])}

    def close(self) -> None:
        global _READ_AHEAD
        if _READ_AHEAD == self.fd:
            _READ_AHEAD = -1
        try:
            os.close(self.fd)
        except OSError:
            pass


#: the file of records read ahead, in this process and the pool's workers (-1: none)
_READ_AHEAD = -1

_SLOT = struct.Struct("<Q")


def _anonymous_file() -> int:
    """A file descriptor of a new file with no name (in memory on Linux)."""
    if hasattr(os, "memfd_create"):
        return os.memfd_create("kg-read-ahead")
    import tempfile

    handle = tempfile.TemporaryFile()
    fd = os.dup(handle.fileno())
    handle.close()
    return fd


def _pwrite(fd: int, data: bytes, offset: int) -> None:
    view = memoryview(data)
    while view:
        written = os.pwrite(fd, view, offset)
        view, offset = view[written:], offset + written


class _ReadAhead(str):
    """A file the drawing process read ahead (its path) and the span of its record in the
    file of records (``span``): what a pool's worker is given for it (:func:`extract_file`)."""

    span: tuple[int, int]

    def __reduce__(self) -> tuple[Any, ...]:
        return (_read_ahead, (str(self), self.span))


def _read_ahead(path: str, span: tuple[int, int]) -> _ReadAhead:
    task = _ReadAhead(path)
    task.span = span
    return task


def _recorded(task: _ReadAhead) -> _Read:
    """The file as the drawing process read it, from its record; as read now if the record
    cannot be read (or names another file)."""
    path = str(task)
    start, end = task.span
    try:
        read = _decode_read(os.pread(_READ_AHEAD, end - start, start))
    except Exception:
        return _read_file(path)
    return read if read[0] == path else _read_file(path)


#: the helper processes of builds that went well, left to end on their own, or None (each
#: build waits for its own to end): :func:`leave_children`
_LEFT: list[Any] | None = None


def leave_children() -> None:
    """Extractors in this process no longer wait, when a build went well, for its helper
    processes to end: the pool's workers (all of whose results are in) and the drawing
    process (whose outputs are written): for the ``kg`` program alone, which ends right
    after the build (``kg.cli.main``), and whose ended children are then reaped by the
    system. Why: the drawing process ends after the page, the last output; waiting for it to
    end (its memory freed) and joining the pool took 0.004-0.005 s of a Terminus build
    with two workers after its last output. A build that fails still ends them and waits.
    The pool object is kept (in a module list): freed, it would join its threads."""
    global _LEFT
    if _LEFT is None:
        _LEFT = []


def _reap(pid: int, patience: float | None = None) -> bool:
    """Wait for child ``pid`` to end (``patience`` seconds at most); whether it has."""
    import time

    deadline = None if patience is None else time.monotonic() + patience
    while True:
        try:
            done, _ = os.waitpid(pid, 0 if deadline is None else os.WNOHANG)
        except ChildProcessError:
            return True
        if done or deadline is None:
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.005)


def _end(pid: int) -> None:
    """End child ``pid`` now: SIGTERM (the drawing process ends its own child then), SIGKILL
    if it has not ended within a second."""
    for how, patience in ((signal.SIGTERM, 1.0), (signal.SIGKILL, None)):
        try:
            os.kill(pid, how)
        except OSError:
            pass
        if _reap(pid, patience):
            return


#: the children :func:`forked` started in this process and has not reaped yet
_FORKED: set[int] = set()


def _on_sigterm(*_: object) -> None:
    """The drawing process, told to end: its child (the Gephi files) first."""
    for pid in list(_FORKED):
        try:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        except OSError:
            pass
    os._exit(1)


def _serve_drawing(down: int, up: int, ahead: _Prefetch | None = None) -> None:
    """The drawing process: warm up, read files ahead (``ahead``) until told to stop, then
    run the one task it is sent (if any)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        warm_up_outputs()
    except Exception:
        pass  # the task meets the same error and reports it
    if ahead is not None:
        with _no_collection():
            ahead.read(down)
    data = _receive(down)
    while data == b"":  # told to stop reading ahead (after it had read every file)
        data = _receive(down)
    if data is None:  # the build ended (or died) without drawing
        return
    task, args = pickle.loads(data)
    _send(up, _outcome(task, args))


def forked(task: Callable[..., Any], *args: Any) -> Callable[[], Any]:
    """Run ``task(*args)`` in a child forked now (it inherits this process' memory, so the
    arguments are not copied); returns a function that waits for its result or raises its
    exception. For a process with no other thread (the drawing process)."""
    read, write = os.pipe()

    def run() -> None:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        os.close(read)
        _send(write, _outcome(task, args))

    pid = _fork_child(run)
    _FORKED.add(pid)
    os.close(write)

    def result() -> Any:
        try:
            data = _receive(read)
        finally:
            os.close(read)
            _reap(pid)
            _FORKED.discard(pid)
        if data is None:
            raise KgError("a process writing the outputs ended without a word")
        done, value = pickle.loads(data)
        if not done:
            raise value
        return value

    return result


def _fork_child(body: Callable[[], None]) -> int:
    """Fork a child that runs ``body`` and exits (1 if it raised), never returning into the
    parent's code; returns the child's pid to the parent."""
    pid = os.fork()
    if pid == 0:
        status = 0
        try:
            body()
        except BaseException:
            status = 1
        finally:
            os._exit(status)
    return pid


def _outcome(task: Callable[..., Any], args: tuple) -> bytes:
    """The pickled (True, result) of ``task(*args)``, or (False, its exception)."""
    try:
        outcome: tuple[bool, Any] = (True, task(*args))
    except BaseException as exc:  # noqa: BLE001 - every failure goes back to the caller
        outcome = (False, exc)
    try:
        return pickle.dumps(outcome, pickle.HIGHEST_PROTOCOL)
    except Exception:  # an exception or result that does not pickle: say what it was
        return pickle.dumps((False, KgError(repr(outcome[1]))), pickle.HIGHEST_PROTOCOL)


_LENGTH = struct.Struct("<Q")


def _send(fd: int, data: bytes) -> None:
    view = memoryview(_LENGTH.pack(len(data)) + data)
    while view:
        view = view[os.write(fd, view) :]


def _receive(fd: int) -> bytes | None:
    """One message, or None at the end of the pipe (the other side has gone)."""
    head = _read_exactly(fd, _LENGTH.size)
    if head is None:
        return None
    return _read_exactly(fd, _LENGTH.unpack(head)[0])


def _read_exactly(fd: int, size: int) -> bytes | None:
    parts, left = [], size
    while left:
        part = os.read(fd, min(left, 1 << 20))
        if not part:
            return None
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


def _widen(fd: int, size: int = 1 << 20) -> None:
    """Make a pipe hold ``size`` bytes (Linux; elsewhere, or if refused, it stays as it is)."""
    try:
        import fcntl

        fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, size)
    except (ImportError, AttributeError, OSError):
        pass


def _close_fds(fds: Sequence[int]) -> None:
    """A worker's first act: close its copies of the drawing process' pipes, so that only the
    parent holds them (and its death ends the drawing process at once)."""
    for fd in fds:
        try:
            os.close(fd)
        except OSError:
            pass


def _start_worker(fds: Sequence[int]) -> None:
    """A worker's first acts: :func:`_close_fds`, and the collector's settings of a
    one-process build (young objects collected every ``_YOUNG_OBJECTS``, not Python's 700).
    The worker extracts as a one-process build does, and inherits its thresholds from the
    parent, which keeps Python's: with them, a worker's collections ran ~200 times over a
    Terminus build where a one-process build's ran 8."""
    _close_fds(fds)
    gc.set_threshold(_YOUNG_OBJECTS, *gc.get_threshold()[1:])


def run_extraction(
    paths: Sequence[str], workers: int = 1, dask: str | None = None
) -> Iterator[ArticleResult]:
    """Results for ``paths``, as they come (in order for one worker, else any order)."""
    with Extractor(workers, dask) as extractor:
        yield from extractor.map(paths)


def _largest_first(paths: Sequence[str]) -> list[str]:
    return sorted(paths, key=_size, reverse=True)


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _on_dask(
    paths: Sequence[str], address: str, workers: int, timeout: float = DASK_TIMEOUT
) -> Iterator[ArticleResult]:
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
            client = Client(address, timeout=timeout)
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
