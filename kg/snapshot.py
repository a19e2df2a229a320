"""Values of kg's warm-up derived from its own static data, kept between runs.

Why: before the first article, every run builds the same tables from the same files: the
characters NFKC folds (a pass over the Unicode plane), the hanzi only traditional script
writes (a pass over zhconv's dictionary), the branches and text of the trigger regex (a
trie of about 1,800 words), the texts of the gazetteer's start indexes and of the
trigger-or-title regex. That is 0.05-0.1 s of every build for a result that changes
only when the ontology, kg's code, Python or zhconv does. This module keeps such values in
one file of kg's cache folder (the compiled-regex cache's, ``kg/regex_cache.py``), read
with one ``marshal.loads``; the regexes themselves still come from the regex cache.

The file is named by a fingerprint of everything the values are made from: kg's version,
the Python and Unicode versions, the bytes of every ontology file, the size and time of
kg's source files and of zhconv's dictionary. Another ontology or an edited one makes
another name: the values are built anew and saved under it. A missing, damaged or foreign
file is the same as no file. A value made of words the caller gives (a gazetteer folder
of its own) is named by a hash of those words (:func:`words_key`). Only values built from
kg's static data belong here, never anything read from the articles.
"""

from __future__ import annotations

import hashlib
import importlib.util
import marshal
import sys
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from . import __version__
from .regex_cache import cache_root, mark_used, store_cached
from .resources import ontology_dir

__all__ = ["warm_value", "words_key", "save", "snapshot_path", "snapshot_on", "ontology_name"]

T = TypeVar("T")

#: snapshot files kept (one per fingerprint: old ontologies' ones go first)
MAX_FILES = 8

_values: dict[str, Any] | None = None  # this process's snapshot, once read
_path: Path | None = None  # the file it was read from (None: the snapshot is off)
_root: Path | None = None  # the ontology folder its fingerprint read (None: the snapshot is off)
_added = False  # a value was built since it was read: save() writes the file


def warm_value(name: str, build: Callable[[], T]) -> T:
    """The value saved as ``name``, else ``build()`` (kept for :func:`save`).

    ``build`` must return what ``marshal`` stores (str, tuple, frozenset, dict, int…) and
    depend only on the files of the fingerprint."""
    global _added
    values = _loaded()
    if name in values:
        return values[name]
    value = build()
    values[name] = value
    _added = True
    return value


def snapshot_on() -> bool:
    """Whether values are kept in a file (kg's cache folder is on): a value that costs
    something to put in the form kept is then worth making."""
    _loaded()
    return _path is not None


def ontology_name(path: Path) -> str | None:
    """The name, under the ontology folder the snapshot's fingerprint read, of the file at
    ``path`` (``"triggers.tsv"``); None when the snapshot is off or the file lies elsewhere.
    A value made from that file alone may be kept under a name made from this one: the
    fingerprint holds the file's bytes. A file elsewhere (a ``KG_ONTOLOGY`` set after the
    snapshot was read, a test's folder) is read anew."""
    _loaded()
    if _root is None:
        return None
    try:
        return path.relative_to(_root).as_posix()
    except ValueError:
        return None


def words_key(name: str, words: Iterable[str]) -> str:
    """The name of a value built from ``words`` that may come from elsewhere than the
    ontology's files (a gazetteer folder given by the caller): a hash of the words in their
    order makes it, so other words never read this value."""
    text = "\n".join(words).encode("utf-8", "surrogatepass")
    return f"{name}:{hashlib.sha256(text).hexdigest()}"


def save() -> None:
    """Write the snapshot when a value was built since it was read (a folder that cannot be
    written only means no snapshot)."""
    global _added
    if not _added or _path is None or _values is None:
        return
    try:
        data = marshal.dumps(_values)
    except ValueError:
        data = None  # a value marshal cannot write: no snapshot
    if data is not None:
        store_cached(_path, data, "*.marshal", MAX_FILES)
    _added = False


def snapshot_path() -> Path | None:
    """The file of this fingerprint, or None when kg's cache folder is off."""
    root = cache_root()
    if root is None:
        return None
    return root / "warm-up" / f"{_fingerprint()}.marshal"


def _loaded() -> dict[str, Any]:
    """The snapshot's values, read once per process; empty when there is no usable file."""
    global _values, _path, _root
    if _values is None:
        _root = ontology_dir()  # (what snapshot_path() fingerprints)
        _path = snapshot_path()
        _values = {}
        if _path is None:
            _root = None
        else:
            try:
                found = marshal.loads(_path.read_bytes())
            except Exception:  # no file yet, or one that is damaged or not ours
                found = None
            if isinstance(found, dict):
                _values = found
                mark_used(_path)
    return _values


def _fingerprint() -> str:
    """A hash of what the saved values are made from (see the module's docstring)."""
    digest = hashlib.sha256()
    versions = (__version__, sys.implementation.cache_tag, hex(sys.hexversion))
    digest.update(repr((*versions, unicodedata.unidata_version)).encode())
    root = ontology_dir()
    for path in sorted(root.rglob("*")):
        if path.is_file():
            digest.update(str(path.relative_to(root)).encode("utf-8", "surrogateescape"))
            digest.update(path.read_bytes())
    code = Path(__file__).resolve().parent
    zhconv = importlib.util.find_spec("zhconv")
    extra = [Path(zhconv.origin).parent] if zhconv and zhconv.origin else []
    for folder in (code, *extra):
        for path in sorted(folder.iterdir()):
            if path.is_file():
                stat = path.stat()
                digest.update(repr((path.name, stat.st_size, stat.st_mtime_ns)).encode())
    return digest.hexdigest()


def _forget() -> None:
    """Read the file again on next use (tests: another ontology, a damaged file)."""
    global _values, _path, _root, _added
    _values, _path, _root, _added = None, None, None, False
