"""Which build of kg the tests run on: pure Python (a source tree or an editable install) or the
compiled build of a regular install (tools/mypyc_hook.py). In a compiled module a call to a
function of the compiled modules is bound when the module is built, so a monkeypatch of the
module's attribute no longer reaches its callers there: a test that counts calls through such a
patch checks the count only where the patch reaches, and a test that changes what kg does
through one runs on the pure build only (benchmarks/compiled.sh compares the two builds'
outputs byte for byte instead)."""

from __future__ import annotations

import pytest

import kg

COMPILED = frozenset(kg.compiled_modules())


def patch_reaches(module) -> bool:
    """Whether a patch of one of ``module``'s functions reaches its callers in ``module``."""
    return module.__name__.rpartition(".")[2] not in COMPILED


def pure_only(*names: str) -> pytest.MarkDecorator:
    """Skips, on a build that compiles one of the modules ``names``, a test that patches one
    of their functions to change what their compiled callers do."""
    return pytest.mark.skipif(
        bool(COMPILED & set(names)),
        reason=f"patches a function of kg.{'/kg.'.join(names)}, which compiled callers bind",
    )
