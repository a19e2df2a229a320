"""The compiled build (tools/mypyc_hook.py): what stays true on the pure build too (the hook's
choices between the two are tested in test_round38_dc.py).

The compiled build itself is checked by benchmarks/compiled.sh (it needs a C compiler and
about seven minutes of CPU): its outputs must be the pure build's, byte for byte.
"""

from __future__ import annotations

import importlib.util
import pickle
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

import kg
from kg.actions import _front, _with_lead
from kg.model import Actor, LedMention, Mention, python_class

ROOT = Path(__file__).resolve().parent.parent


def _load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_a_source_tree_runs_no_compiled_module() -> None:
    """The tests run on the source (or a pure install): no extension module beside it."""
    if kg.compiled_modules():
        pytest.skip(f"running on the compiled build: {kg.compiled_modules()}")
    assert kg.compiled_modules() == []


def test_python_class_changes_nothing() -> None:
    class Plain:
        pass

    assert python_class(Plain) is Plain


def test_a_led_mention_is_a_mention_with_where_its_phrase_begins() -> None:
    actor = Actor("CHN", "中国", "Country")
    plain = Mention(actor, "中方", 10, 12, "name")
    led = _with_lead(plain, {10: 4})
    assert type(led) is LedMention and isinstance(led, Mention)
    assert (_front(led), _front(plain)) == (4, 10)
    assert pickle.loads(pickle.dumps(led)) == led
    assert replace(led, lead=2).lead == 2


def test_the_benchmark_names_the_build_it_measured() -> None:
    """benchmarks/run.py reports which kg its subprocesses import, and which build it is; they
    run from an empty folder, not from a source tree whose kg/ would be imported first."""
    run = _load(ROOT / "benchmarks" / "run.py", "kg_benchmark_run")
    folder = Path(run._outside_the_tree())
    assert folder.is_dir() and not (folder / "kg").exists()
    report = run._compile_kg()
    assert report.startswith(str(Path(kg.__file__).parent))
    built = kg.compiled_modules()
    assert report.endswith(", pure Python") if not built else " ".join(built) in report


def test_compiled_modules_names_each_module_once(tmp_path, monkeypatch) -> None:
    """An extension module's file name carries the platform's suffix (and .so matches it too):
    each module is named once, by its module name."""
    for name in ("__init__.py", "actors.py", "actors.cpython-311-x86_64-linux-gnu.so", "x.abi3.so"):
        (tmp_path / name).write_text("", encoding="utf-8")
    monkeypatch.setattr(kg, "__file__", str(tmp_path / "__init__.py"))
    expected = ["actors", "x"] if ".cpython-311-x86_64-linux-gnu.so" in _suffixes() else ["x"]
    assert kg.compiled_modules() == expected


def _suffixes() -> list[str]:
    from importlib.machinery import EXTENSION_SUFFIXES

    return EXTENSION_SUFFIXES


def test_the_eight_modules_still_compile() -> None:
    """mypy and mypyc's translation to C of the eight modules, without the C compiler (about 25 s
    of CPU): a merge that leaves a type error or an untyped list under reversed() breaks the
    compiled build, which the pure tests would never notice (four such errors came in
    with one round's merges)."""
    if not (ROOT / "kg").is_dir():  # (benchmarks/compiled.sh runs the tests beside no kg/)
        pytest.skip("no kg/ source beside the tests to check")
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "mypyc_hook.py"), "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
