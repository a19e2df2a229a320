"""The large word regexes, compiled once per machine instead of once per run.

Why: the regexes of the gazetteer, the triggers and the cues are tens of thousands of
characters long, and Python's ``re`` spends about 0.15 s parsing and compiling them (in pure
Python: ``re._parser`` and ``re._compiler``) at every start of kg, before a parallel build can
fork its workers. What ``re`` hands to its C engine at the end is a list of integers: this
module keeps that list in a file of the user's cache folder, keyed by the exact pattern text,
the Python version and the engine's ``_sre.MAGIC``, and gives it to the engine directly on
the next run. An edited ontology file makes another pattern text, so another key: it is
compiled anew. Anything that goes wrong (no cache folder, a damaged or foreign file, another
Python's internals) falls back to ``re.compile``; the engine checks the code it is given.

``KG_CACHE_DIR`` names another folder; ``KG_CACHE_DIR=off`` turns the cache off.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
from array import array
from pathlib import Path
from typing import Any

from .exceptions import OutputError
from .fileio import atomic_write_bytes

__all__ = [
    "cache_dir",
    "cache_root",
    "compile_pattern",
    "file_name",
    "keep_compiled_patterns",
    "save_compiled_patterns",
    "write_kept",
]

#: shorter patterns compile about as fast as a file is read (0.05 ms); from this length on
#: a word regex takes 0.7 ms and more (a pattern of 633 characters: 4.5 ms)
MIN_CACHED_LENGTH = 100
#: files kept per Python version (one per pattern text; old ontologies' ones go first): a
#: build reads about 40
MAX_FILES = 128

try:
    import _sre
    from re import _compiler, _parser

    _CODE_TYPE = next(t for t in "ILQ" if array(t).itemsize == _sre.CODESIZE)
    _COMPILE = _compiler.compile  # re's own, before keep_compiled_patterns replaces it
    _VERSION = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}-{_sre.CODESIZE}"
except (ImportError, AttributeError, StopIteration):  # another Python: plain re.compile
    _VERSION = ""


def cache_root() -> Path | None:
    """kg's cache folder (``KG_CACHE_DIR``, else the platform's), or None when it is off."""
    override = os.environ.get("KG_CACHE_DIR")
    if override is not None and override.strip().lower() in ("off", "0", "no", ""):
        return None
    if override:
        return Path(override)
    if sys.platform == "win32":
        root = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return root / "kg" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "kg"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kg"


def cache_dir() -> Path | None:
    """The folder of this Python's compiled regexes, or None when the cache is off."""
    root = cache_root()
    if root is None or not _VERSION:
        return None
    return root / f"regex-{_VERSION}"


def compile_pattern(pattern: str, *, wide: bool = False) -> re.Pattern[str]:
    """``re.compile(pattern)``, from the cache when this pattern was compiled before.

    ``wide``: the pattern holds a class of a wide range of characters (``[\\u4e00-\\u9fff]``,
    every hanzi), which ``re`` compiles one character of the range at a time (1-1.5 ms
    however short the pattern is): it is cached whatever its length.
    """
    folder = cache_dir() if wide or len(pattern) >= MIN_CACHED_LENGTH else None
    if folder is None:
        return re.compile(pattern)
    path = folder / file_name(pattern)
    try:
        compiled = _load(path, pattern)
    except Exception:  # no file yet, or one that is damaged or not ours
        pass
    else:
        mark_used(path)
        return compiled
    try:
        parts = _compile_parts(pattern)
        compiled = _sre.compile(*parts)
    except Exception:  # the internals of this Python differ: the public way
        return re.compile(pattern)
    _store(path, parts)
    return compiled


def file_name(pattern: str) -> str:
    """The cache file of a pattern: named by a hash of its exact text."""
    return hashlib.sha256(pattern.encode("utf-8", "surrogatepass")).hexdigest() + ".re"


def _compile_parts(pattern: str, flags: int = 0) -> tuple:
    """What ``re._compiler.compile`` gives ``_sre.compile`` for ``pattern`` and ``flags``."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        pattern,
        flags | parsed.state.flags,
        code,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _load(path: Path, pattern: str) -> re.Pattern[str]:
    version, text, flags, code_bytes, groups, groupindex, indexgroup = marshal.loads(
        path.read_bytes()
    )
    if version != _VERSION or text != pattern:
        raise ValueError("another pattern or another Python")
    return _from_kept(pattern, (flags, code_bytes, groups, groupindex, indexgroup))


def _kept_parts(parts: tuple) -> tuple:
    """:func:`_compile_parts` as they are written to a file, without the pattern: the code
    as bytes (re's opcodes are an int subclass, which marshal does not write)."""
    _, flags, code, groups, groupindex, indexgroup = parts
    return flags, array(_CODE_TYPE, code).tobytes(), groups, groupindex, indexgroup


def _from_kept(pattern: str, kept: tuple) -> re.Pattern[str]:
    """The compiled pattern from :func:`_kept_parts`."""
    flags, code_bytes, groups, groupindex, indexgroup = kept
    code = array(_CODE_TYPE)
    code.frombytes(code_bytes)
    return _sre.compile(pattern, flags, code.tolist(), groups, groupindex, indexgroup)


def mark_used(path: Path) -> None:
    """Touch a file read from the cache, so pruning drops the files used least recently:
    by write time alone, a file this ontology reads every run (written long ago) went
    before the files of other versions written since, and was compiled anew on the next run."""
    try:
        os.utime(path)
    except OSError:
        pass


def _store(path: Path, parts: tuple) -> None:
    """Write the file (temp file then rename: a reader sees all of it or nothing); a folder
    that cannot be written only means no cache."""
    data = marshal.dumps((_VERSION, parts[0], *_kept_parts(parts)))
    store_cached(path, data, "*.re", MAX_FILES)


def store_cached(path: Path, data: bytes, pattern: str, max_files: int) -> None:
    """Write one file of a cache folder (temp file then rename), first pruning the folder's
    files matching ``pattern`` to ``max_files``; a folder that cannot be written only means
    no cache, so its errors are not raised."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        prune_least_used(path.parent, pattern, max_files)
        atomic_write_bytes(path, data)
    except (OSError, OutputError):
        pass


def prune_least_used(folder: Path, pattern: str, max_files: int) -> None:
    """Keep a cache folder small: once it holds ``max_files`` files matching ``pattern``,
    the files used least recently go (a file read is touched by :func:`mark_used`)."""
    files = list(folder.glob(pattern))
    if len(files) < max_files:
        return
    files.sort(key=lambda f: f.stat().st_mtime)
    for old in files[: len(files) - max_files + 1]:
        old.unlink(missing_ok=True)


# --- every other regex of a kg command -------------------------------------------------------
#
# The patterns compile_pattern leaves to re (shorter than MIN_CACHED_LENGTH, or compiled with
# re.compile by kg's modules and the libraries it imports: about 300 in a build) took 420
# million instructions of parsing and compiling in pure Python at every start of kg, more than
# a 2-article build spends extracting. A command of the ``kg`` program keeps what re hands to
# its C engine for each of them in one file (``regex-…/compiled.marshal``, keyed by the exact
# pattern text and flags), read once at the start: re compiles only the patterns the file
# does not hold, and the file is written again at the end when it gained any.

#: patterns kept in the file at most (a build compiles about 300): past it, only those the
#: last command compiled are kept
MAX_KEPT = 2048

_kept: dict[tuple[str, int], tuple] | None = None  # (pattern, flags) → what _sre.compile takes
_used: set[tuple[str, int]] = set()
_gained = False


def keep_compiled_patterns() -> None:
    """Compile this process's regexes from the kept file from now on (see above); nothing
    when the cache is off. For the ``kg`` program: it changes ``re`` for the whole process."""
    global _kept
    folder = cache_dir()
    if folder is None or _kept is not None:
        return
    try:
        version, kept = marshal.loads((folder / "compiled.marshal").read_bytes())
        if version != _VERSION or type(kept) is not dict:
            raise ValueError("another Python")
    except Exception:  # no file yet, or one that is damaged or not ours
        kept = {}
    _kept = kept
    _compiler.compile = _compile_kept


def _compile_kept(pattern: Any, flags: int = 0) -> re.Pattern:
    """``re._compiler.compile``, from the kept parts of a pattern text compiled before."""
    if type(pattern) is not str or flags & re.DEBUG or _kept is None:
        return _COMPILE(pattern, flags)  # a parsed pattern (re.Scanner), or bytes, or DEBUG
    global _gained
    flags = int(flags)  # re.I is an int subclass, which marshal does not write
    key = (pattern, flags)
    kept = _kept.get(key)
    if kept is None:
        kept = _kept[key] = _kept_parts(_compile_parts(pattern, flags))
        _gained = True
    _used.add(key)
    return _from_kept(pattern, kept)


def save_compiled_patterns() -> None:
    """Write the kept file if this process compiled a pattern it did not hold."""
    global _gained
    folder = cache_dir()
    if not _gained or _kept is None or folder is None:
        return
    if write_kept(folder / "compiled.marshal", _VERSION, _kept, _used, MAX_KEPT):
        _gained = False


def write_kept(path: Path, version: str, kept: dict, used: set, limit: int) -> bool:
    """Write a cache file of kept values (this module's compiled patterns, code_cache's
    generated code) as one marshal of ``(version, kept)``, only the entries this process
    ``used`` once the file holds more than ``limit``; False when it cannot be written (a
    cache is never worth failing a command for)."""
    if len(kept) > limit:
        kept = {key: kept[key] for key in used}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, marshal.dumps((version, kept)))
    except (OSError, OutputError, ValueError):  # ValueError: a value marshal cannot write
        return False
    return True
