"""Where a graph lives: an RDF file, or a persistent store on disk, opened the same way.

**Opening a graph source.** ``kg.query.open_graph`` is the one function every reader uses
(``kg query``, ``kg export``, ``kg serve``, ``EventGraph.open``): a graph file is read with
rdflib; a store folder is opened here (:func:`open_store`), its current generation read-only,
as a :class:`GraphSource` whose ``store`` answers SPARQL on its default graph, which is the
whole graph.

**The store** (``kg build --store DIR``) is a folder::

    DIR/kg-store.json     what this folder is (format and version)
    DIR/lock              held (flock) by the one build that writes
    DIR/CURRENT           the name of the current generation, replaced atomically
    DIR/gen-000007/       a generation: oxigraph/ (RocksDB) and manifest.json

Each article is one named graph (its article IRI), holding every triple the article
contributes: its events, reports, posts and the actors they name. The default graph is the
RDF merge of all article graphs and the ontology, kept up to date as articles come and go,
so queries see each triple once. (Oxigraph's "union default graph" would count a triple
once per graph that holds it: an actor named in 40 articles would be counted 40 times.)

Why generations: RocksDB forbids opening a database read-only while another process writes
it. A build therefore writes a new generation — a clone of the current one made of hard
links, so it costs no copy — and publishes it by replacing ``CURRENT`` only when it is
complete. Readers open the generation ``CURRENT`` names, which nobody writes any more, so a
query can run while a build writes; a build killed at any point leaves ``CURRENT`` on the
last complete generation, and the next build throws the unfinished one away. A reader holds
a shared lock on its generation, so a later build does not delete it under the reader.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import shutil
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .exceptions import InputError, KgError, OutputError
from .fileio import atomic_write_text

__all__ = [
    "GraphSource",
    "StoreWriter",
    "StoreBusyError",
    "open_store",
    "is_store",
    "read_manifest",
    "memory_store",
    "replace_graph",
    "add_to_default_graph",
    "remove_graph",
    "graph_ntriples",
    "ONTOLOGY_GRAPH",
]

MARKER = "kg-store.json"
CURRENT = "CURRENT"
LOCK = "lock"
READERS_LOCK = "readers.lock"
DATABASE = "oxigraph"
MANIFEST = "manifest.json"
STORE_FORMAT = {"format": "kg-store", "version": 1}
ONTOLOGY_GRAPH = "https://w3id.org/kg-events/ontology"
_KEEP_GENERATIONS = 2  # the current one and the one before (a reader may still be on it)


class StoreBusyError(KgError):
    """Another build is writing the store."""


# --------------------------------------------------------------------------- reading


@dataclass
class GraphSource:
    """An opened graph: ``store`` (pyoxigraph) answers SPARQL on its default graph.

    ``kind`` is ``"store"`` or ``"file"``; for a store, ``generation`` and ``manifest`` say
    which build it is. Close it (or use ``with``) to release a store generation.
    """

    path: Path
    kind: str
    store: Any
    generation: str | None = None
    manifest: dict[str, Any] = field(default_factory=dict)
    _lock: Any = None

    def close(self) -> None:
        """Release the store (and the reader's lock on its generation)."""
        self.store = None
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    def __enter__(self) -> GraphSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __len__(self) -> int:
        """Triples in the graph (its default graph)."""
        import pyoxigraph as ox

        return sum(1 for _ in self.store.quads_for_pattern(None, None, None, ox.DefaultGraph()))


def open_store(path: str | os.PathLike) -> GraphSource:
    """Open a store folder's current generation read-only; raises InputError with the reason.

    Readers open graphs with :func:`kg.query.open_graph`, which calls this for a folder.
    """
    path = Path(path)
    if not path.exists():
        raise InputError("store not found", path=str(path))
    return _open_store(path)


def is_store(path: str | os.PathLike) -> bool:
    """Whether ``path`` is a store folder made by ``kg build --store``."""
    return (Path(path) / MARKER).is_file()


def read_manifest(path: str | os.PathLike) -> dict[str, Any]:
    """The manifest of the store's current generation ({} for a new store)."""
    generation = _current(Path(path))
    if generation is None:
        return {}
    return _load_manifest(Path(path) / generation)


def _open_store(path: Path) -> GraphSource:
    import pyoxigraph as ox

    if not is_store(path):
        raise InputError(
            f"is a folder, not a graph file nor a store made by kg build --store (no {MARKER})",
            path=str(path),
        )
    for _attempt in range(3):  # a build may publish (and clean up) between two steps
        generation = _current(path)
        if generation is None:
            raise InputError("the store has no complete build yet", path=str(path))
        folder = path / generation
        lock = _reader_lock(folder)
        if lock is None:
            continue
        try:
            store = ox.Store.read_only(str(folder / DATABASE))
        except OSError as exc:
            lock.close()
            raise InputError(f"cannot open the store: {_one_line(exc)}", path=str(path)) from None
        return GraphSource(path, "store", store, generation, _load_manifest(folder), lock)
    raise InputError("the store keeps changing under the reader; try again", path=str(path))


def _reader_lock(folder: Path) -> Any:
    """A shared lock on a generation, so no build deletes it while it is read."""
    try:
        handle = open(folder / READERS_LOCK, "a+")  # noqa: SIM115 - held until close()
    except FileNotFoundError:
        return None  # removed since CURRENT was read
    fcntl.flock(handle, fcntl.LOCK_SH)
    if not (folder / DATABASE).is_dir():
        handle.close()
        return None
    return handle


def merge_named_graphs(store: Any) -> None:
    """Make the default graph the RDF merge of every graph of the store (a set of triples)."""
    import pyoxigraph as ox

    default = ox.DefaultGraph()
    named = [q for q in store if q.graph_name != default]
    store.extend(ox.Quad(q.subject, q.predicate, q.object, default) for q in named)


# --------------------------------------------------------------------------- writing


def memory_store() -> Any:
    """An empty in-memory store, for a build without ``--store``."""
    import pyoxigraph as ox

    return ox.Store()


def replace_graph(store: Any, graph: str, ntriples: bytes) -> None:
    """Make named graph ``graph`` hold exactly ``ntriples``; keep the default graph the merge."""
    import pyoxigraph as ox

    name = ox.NamedNode(graph)
    old = _triples_of(store, name)
    store.remove_graph(name) if old else None
    store.load(ntriples, ox.RdfFormat.N_TRIPLES, to_graph=name)
    store.load(ntriples, ox.RdfFormat.N_TRIPLES)  # into the default graph (a set: no repeats)
    _drop_unsupported(store, old)


def add_to_default_graph(store: Any, graph: str, ntriples: bytes) -> None:
    """Add ``ntriples`` to the default graph only: for a store built once and dropped (a
    build in memory), which needs no named graph to replace or remove later."""
    import pyoxigraph as ox

    store.load(ntriples, ox.RdfFormat.N_TRIPLES)


def remove_graph(store: Any, graph: str) -> None:
    """Drop named graph ``graph`` and whatever only it held from the default graph."""
    import pyoxigraph as ox

    name = ox.NamedNode(graph)
    old = _triples_of(store, name)
    if old:
        store.remove_graph(name)
    _drop_unsupported(store, old)


def graph_ntriples(store: Any, graph: str | None) -> bytes:
    """A named graph (or the default graph for None) as N-Triples."""
    import pyoxigraph as ox

    name = ox.DefaultGraph() if graph is None else ox.NamedNode(graph)
    return store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=name)


def _triples_of(store: Any, name: Any) -> list[Any]:
    return [q for q in store.quads_for_pattern(None, None, None, name)]


def _drop_unsupported(store: Any, old: list[Any]) -> None:
    """Remove from the default graph the triples no named graph holds any more."""
    import pyoxigraph as ox

    default = ox.DefaultGraph()
    for quad in old:
        held = any(
            q.graph_name != default
            for q in store.quads_for_pattern(quad.subject, quad.predicate, quad.object, None)
        )
        if not held:
            store.remove(ox.Quad(quad.subject, quad.predicate, quad.object, default))


class StoreWriter:
    """The one build that writes a store: lock, new generation, publish or throw away.

    >>> # with StoreWriter(path) as writer:
    >>> #     writer.store.load(...)        # a clone of the current generation
    >>> #     writer.publish(manifest)      # CURRENT now names the new generation
    """

    def __init__(self, path: str | os.PathLike, *, fresh: bool = False) -> None:
        self.path = Path(path)
        self.fresh = fresh
        self.store: Any = None
        self.base: str | None = None
        self.generation: str | None = None
        self.manifest: dict[str, Any] = {}
        self._lock: Any = None

    # -- lifecycle

    def __enter__(self) -> StoreWriter:
        self.open()
        return self

    def __exit__(self, kind: object, *rest: object) -> None:
        if self.store is not None or self.generation is not None:
            self.abort()
        self.close()

    def open(self) -> None:
        """Create the folder if needed, take the write lock, read the current manifest."""
        self._prepare_folder()
        self._lock = self._take_lock()
        self.base = _current(self.path)
        self.manifest = _load_manifest(self.path / self.base) if self.base else {}
        self._clean_leftovers()

    def begin(self, *, fresh: bool = False) -> Any:
        """Open a new generation for writing: a clone of the current one (empty if fresh)."""
        import pyoxigraph as ox

        number = _generation_number(self.base) + 1 if self.base else 1
        self.generation = f"gen-{number:06d}"
        target = self.path / self.generation
        _check(lambda: target.mkdir(), target)
        if self.base and not (fresh or self.fresh):
            _check(lambda: _clone(self.path / self.base / DATABASE, target / DATABASE), target)
        try:
            self.store = ox.Store(str(target / DATABASE))
        except OSError as exc:
            raise OutputError(
                f"cannot open the store: {_one_line(exc)}", path=str(target)
            ) from None
        return self.store

    def publish(self, manifest: dict[str, Any]) -> None:
        """Write the manifest, close the database, and make the new generation current."""
        assert self.generation is not None and self.store is not None
        target = self.path / self.generation
        _check(self.store.flush, target)
        if sys.getrefcount(self.store) > 2:  # this attribute and getrefcount's argument
            raise RuntimeError("publish() while the store is still referenced elsewhere")
        self.store = None  # closes RocksDB: a generation is only ever read after this
        manifest = dict(manifest, generation=self.generation)
        atomic_write_text(target / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        atomic_write_text(target / READERS_LOCK, "")
        atomic_write_text(self.path / CURRENT, self.generation + "\n")
        _fsync_dir(self.path)
        self.base, self.manifest, self.generation = self.generation, manifest, None
        self._clean_leftovers()

    def abort(self) -> None:
        """Throw the unfinished generation away; CURRENT still names the last complete one."""
        self.store = None
        if self.generation:
            shutil.rmtree(self.path / self.generation, ignore_errors=True)
            self.generation = None

    def close(self) -> None:
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    # -- helpers

    def _prepare_folder(self) -> None:
        path = self.path
        if path.exists() and not path.is_dir():
            raise OutputError("is a file, not a store folder", path=str(path))
        if path.is_dir() and any(path.iterdir()) and not is_store(path):
            raise OutputError(
                f"is a folder with other files and no {MARKER}; give an empty or new folder "
                "for the store",
                path=str(path),
            )
        if not is_store(path):
            _check(lambda: path.mkdir(parents=True, exist_ok=True), path)
            atomic_write_text(path / MARKER, json.dumps(STORE_FORMAT) + "\n")
            return
        try:
            found = json.loads((path / MARKER).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(f"unreadable {MARKER}: {_one_line(exc)}", path=str(path)) from None
        if found.get("version") != STORE_FORMAT["version"]:
            raise InputError(
                f"store format version {found.get('version')!r}, this kg writes "
                f"{STORE_FORMAT['version']}; rebuild it into a new folder",
                path=str(path),
            )

    def _take_lock(self) -> Any:
        lock_path = self.path / LOCK
        try:
            handle = open(lock_path, "a+")  # noqa: SIM115 - held for the whole build
        except OSError as exc:
            raise OutputError(f"cannot write: {exc.strerror or exc}", path=str(lock_path)) from None
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            owner = handle.read().strip()
            handle.close()
            who = f" (pid {owner})" if owner else ""
            raise StoreBusyError(
                f"another kg build{who} is writing this store; wait for it to finish",
                path=str(self.path),
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        return handle

    def _clean_leftovers(self) -> None:
        """Remove unfinished generations (a killed build) and old ones no reader holds."""
        generations = sorted(p.name for p in self.path.glob("gen-*") if p.is_dir())
        keep = set()
        if self.base in generations:
            index = generations.index(self.base)
            keep = set(generations[max(0, index - _KEEP_GENERATIONS + 1) : index + 1])
        for name in generations:
            if name in keep or name == self.generation:
                continue
            folder = self.path / name
            if _generation_number(name) > _generation_number(self.base or "gen-0"):
                shutil.rmtree(folder, ignore_errors=True)  # unfinished: never published
            elif _unread(folder):
                shutil.rmtree(folder, ignore_errors=True)


def _unread(folder: Path) -> bool:
    """True when no reader holds the generation (a reader holds a shared lock on it)."""
    try:
        with open(folder / READERS_LOCK, "a+") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
    except BlockingIOError:
        return False
    except OSError:
        return True


def _clone(source: Path, target: Path) -> None:
    """Copy a closed RocksDB: table files are immutable, so they are hard-linked."""
    target.mkdir()
    for item in source.iterdir():
        if item.suffix == ".sst":
            os.link(item, target / item.name)
        elif item.is_file():
            shutil.copy2(item, target / item.name)


def _current(path: Path) -> str | None:
    try:
        name = (path / CURRENT).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return name or None


def _load_manifest(folder: Path) -> dict[str, Any]:
    try:
        return json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise InputError(f"unreadable manifest: {_one_line(exc)}", path=str(folder)) from None


def _generation_number(name: str) -> int:
    try:
        return int(name.rsplit("-", 1)[1])
    except (IndexError, ValueError):
        return 0


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _check(action, path: Path) -> Any:
    """Run a file-system action; a failure is one clear OutputError (full disk, read-only…)."""
    try:
        return action()
    except OSError as exc:
        reason = "no space left on the device" if exc.errno == errno.ENOSPC else None
        raise OutputError(
            f"cannot write: {reason or exc.strerror or exc}", path=str(path)
        ) from None


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def iter_quads(store: Any, graph: str | None = None) -> Iterator[Any]:
    """The quads of one named graph, or of the default graph."""
    import pyoxigraph as ox

    name = ox.DefaultGraph() if graph is None else ox.NamedNode(graph)
    return store.quads_for_pattern(None, None, None, name)


def named_graphs(store: Any) -> Iterable[str]:
    return sorted(g.value for g in store.named_graphs())
