"""The functions ``dataclasses`` writes for kg's record classes, compiled once per machine.

Why: ``@dataclass`` writes the source text of each class's ``__init__``, ``__repr__``,
``__eq__``, ``__hash__`` (and ``__setattr__``/``__delattr__`` of a frozen class) and compiles
it with ``exec`` while the module is imported: about 160 small functions for the classes a
build imports, 120 million instructions of parsing and compiling (6% of a one-article build)
at every start of kg. The same text always compiles to the same code: a command of the
``kg`` program keeps the code of every such text in one file of kg's cache folder
(``code-…/dataclasses.marshal``, keyed by the exact text, for this Python only), and runs
the kept code where ``dataclasses`` would compile the text again. Nothing else changes: the
code runs with the namespaces ``dataclasses`` gives, and makes the same functions.

A missing, damaged or foreign file means compiling as before; ``KG_CACHE_DIR=off`` turns it
off with the regex cache (kg/regex_cache.py).
"""

from __future__ import annotations

import builtins
import marshal
import sys
from pathlib import Path
from types import CodeType
from typing import Any

from .regex_cache import cache_root, write_kept

__all__ = ["keep_generated_code", "save_generated_code", "cache_file"]

#: texts kept at most (a build compiles about 160): past it, only those the last command ran
MAX_KEPT = 1024

_VERSION = f"{sys.implementation.cache_tag}-{sys.hexversion:x}"  # marshal's code is Python's own

_kept: dict[str, CodeType] | None = None  # source text → its compiled code
_used: set[str] = set()
_gained = False


def cache_file() -> Path | None:
    """The file of this Python's kept code, or None when kg's cache folder is off."""
    root = cache_root()
    return None if root is None else root / f"code-{_VERSION}" / "dataclasses.marshal"


def keep_generated_code() -> None:
    """Run the code ``dataclasses`` generates from the kept file from now on (see above);
    nothing when the cache is off. For the ``kg`` program: it changes ``dataclasses`` for
    the whole process (its ``exec`` only)."""
    global _kept
    path = cache_file()
    if path is None or _kept is not None:
        return
    try:
        version, kept = marshal.loads(path.read_bytes())
        if version != _VERSION or type(kept) is not dict:
            raise ValueError("another Python")
    except Exception:  # no file yet, or one that is damaged or not ours
        kept = {}
    _kept = kept
    import dataclasses

    dataclasses.exec = _exec_kept  # type: ignore[attr-defined] # found before the builtin


def _exec_kept(source: Any, globals: Any = None, locals: Any = None, /, **options: Any) -> None:
    """``exec``, with the kept code of a source text compiled before."""
    global _gained
    if globals is None:  # exec's own default: the caller's namespaces
        frame = sys._getframe(1)
        globals, locals = frame.f_globals, frame.f_locals if locals is None else locals
    if type(source) is str and _kept is not None:
        code = _kept.get(source)
        if type(code) is not CodeType:
            # what exec(source) in dataclasses compiles: no future flag of this module's
            code = compile(source, "<string>", "exec", dont_inherit=True)
            _kept[source] = code
            _gained = True
        _used.add(source)
        source = code
    builtins.exec(source, globals, locals, **options)


def save_generated_code() -> None:
    """Write the kept file if this process compiled a text it did not hold."""
    global _gained
    path = cache_file()
    if not _gained or _kept is None or path is None:
        return
    if write_kept(path, _VERSION, _kept, _used, MAX_KEPT):
        _gained = False
