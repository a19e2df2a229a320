"""The compiled build's requirements (a pinned mypy, setuptools) are fetched only for a build
that will compile: tools/mypyc_hook.py gives them to hatchling itself, so ``KG_BUILD=pure``,
an editable install and a machine without a C compiler install kg without them (an offline
mirror need not hold mypy).

These ask hatchling's real PEP 517 functions, in a subprocess run where pip runs them (the
project's folder), what a frontend would install before building.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_round38_dc import _hook_module

ROOT = Path(__file__).resolve().parent.parent

ASK = (
    "import json, hatchling.build as b; "
    "print(json.dumps({'wheel': b.get_requires_for_build_wheel(), "
    "'editable': b.get_requires_for_build_editable(), 'sdist': b.get_requires_for_build_sdist()}))"
)


def _requirements(**environment: str) -> dict[str, list[str]]:
    """What the backend asks a frontend to install, per kind of build, in ``environment``."""
    pytest.importorskip("hatchling")
    if not (ROOT / "tools" / "mypyc_hook.py").is_file():
        pytest.skip("no project folder beside the tests (benchmarks/compiled.sh)")
    env = {k: v for k, v in os.environ.items() if k not in ("KG_BUILD", "CC")}
    env.update(environment)
    done = subprocess.run(
        [sys.executable, "-c", ASK], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _needs_mypy(requirements: list[str]) -> bool:
    return any(r.startswith("mypy==") for r in requirements)


def test_a_regular_install_asks_for_the_pinned_mypy_where_it_can_compile() -> None:
    if _hook_module().why_not_compiled("standard") is not None:
        pytest.skip("no C compiler here")
    asked = _requirements()
    assert _needs_mypy(asked["wheel"]) and any(r.startswith("setuptools") for r in asked["wheel"])
    assert not _needs_mypy(asked["sdist"])


def test_pure_asked_for_needs_no_mypy() -> None:
    asked = _requirements(KG_BUILD="pure")
    assert not _needs_mypy(asked["wheel"]) and not _needs_mypy(asked["editable"])


def test_an_editable_install_needs_no_mypy() -> None:
    assert not _needs_mypy(_requirements()["editable"])


def test_no_c_compiler_needs_no_mypy(tmp_path) -> None:
    assert not _needs_mypy(_requirements(CC=str(tmp_path / "no-such-cc"))["wheel"])


def test_a_build_that_must_be_compiled_always_asks_for_it(tmp_path) -> None:
    """KG_BUILD=compiled: the requirements come, and the build then fails saying why where it
    cannot compile (tests/test_round38_dc.py)."""
    asked = _requirements(KG_BUILD="compiled", CC=str(tmp_path / "no-such-cc"))
    assert _needs_mypy(asked["wheel"])
