"""The compiled build is the default of a regular install (tools/mypyc_hook.py): where it
cannot be compiled, kg installs as pure Python and says so; KG_BUILD chooses either way.

The compile itself (minutes of CPU) is benchmarks/compiled.sh's: its outputs must be the pure
build's, byte for byte. These tests run the hook's real choices, down to a real mypyc run that
fails, without compiling kg.
"""

from __future__ import annotations

import importlib.util
import sys
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg
from kg.cli import cli

ROOT = Path(__file__).resolve().parent.parent


def _hook_module():
    pytest.importorskip("hatchling")
    path = ROOT / "tools" / "mypyc_hook.py"
    spec = importlib.util.spec_from_file_location("kg_mypyc_hook38", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["kg_mypyc_hook38"] = module
    spec.loader.exec_module(module)
    return module


def _hook(target: str = "wheel"):
    """The hook as hatchling makes it, for target (no build runs until initialize)."""
    module = _hook_module()
    hook = module.MypycHook.__new__(module.MypycHook)
    hook._BuildHookInterface__target_name = target
    hook._BuildHookInterface__root = str(ROOT)
    return hook


def _fresh_build_data() -> dict:
    return {"force_include": {}, "infer_tag": False, "pure_python": True}


def test_a_regular_install_compiles_by_default() -> None:
    """pip install . runs the hook (no variable to set); what it needs to compile, the hook
    itself asks for (tests/test_round39_pw.py)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    hook = config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["custom"]
    assert hook["enable-by-default"] is True
    assert (ROOT / hook["path"]).is_file()


def test_an_editable_install_stays_pure_python(monkeypatch, capsys) -> None:
    """Compiled modules in an editable install would shadow every later edit of the source."""
    monkeypatch.delenv("KG_BUILD", raising=False)
    data = _fresh_build_data()
    _hook().initialize("editable", data)
    assert data == _fresh_build_data()
    assert "editable install" in capsys.readouterr().err


def test_compiled_asked_of_an_editable_install_fails_saying_why(monkeypatch) -> None:
    monkeypatch.setenv("KG_BUILD", "compiled")
    with pytest.raises(RuntimeError, match="KG_BUILD=compiled: an editable install"):
        _hook().initialize("editable", _fresh_build_data())


def test_no_c_compiler_installs_pure_python_and_says_so(monkeypatch, capsys, tmp_path) -> None:
    monkeypatch.delenv("KG_BUILD", raising=False)
    monkeypatch.setenv("CC", str(tmp_path / "no-such-cc") + " -pthread")
    data = _fresh_build_data()
    _hook().initialize("standard", data)
    assert data == _fresh_build_data()
    err = capsys.readouterr().err
    assert "pure Python kg" in err and "no C compiler" in err and "no-such-cc" in err


def test_no_c_compiler_fails_a_build_that_must_be_compiled(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("KG_BUILD", "compiled")
    monkeypatch.setenv("CC", str(tmp_path / "no-such-cc"))
    with pytest.raises(RuntimeError, match="no C compiler"):
        _hook().initialize("standard", _fresh_build_data())


def test_pure_asked_for_compiles_nothing(monkeypatch, capsys) -> None:
    monkeypatch.setenv("KG_BUILD", "Pure")
    data = _fresh_build_data()
    _hook().initialize("standard", data)
    assert data == _fresh_build_data() and capsys.readouterr().err == ""


def test_an_unknown_build_kind_is_an_error(monkeypatch) -> None:
    monkeypatch.setenv("KG_BUILD", "fast")
    with pytest.raises(RuntimeError, match="expected 'compiled', 'pure'"):
        _hook().initialize("standard", _fresh_build_data())


def test_the_sdist_is_never_compiled(monkeypatch) -> None:
    monkeypatch.setenv("KG_BUILD", "compiled")
    data = _fresh_build_data()
    _hook("sdist").initialize("standard", data)
    assert data == _fresh_build_data()


def test_a_failed_compile_installs_pure_python(monkeypatch, capsys) -> None:
    """A real mypyc run that fails (a module that does not exist stands for a source edited
    into something mypyc cannot compile): kg still installs, as pure Python, and says why;
    with KG_BUILD=compiled the install fails with mypyc's message."""
    pytest.importorskip("mypyc")
    pytest.importorskip("setuptools")
    if not (ROOT / "kg").is_dir():  # (benchmarks/compiled.sh runs the tests beside no kg/)
        pytest.skip("no kg/ source beside the tests to compile")
    monkeypatch.delenv("KG_BUILD", raising=False)
    monkeypatch.setenv("KG_MYPYC_MODULES", "no_such_module")
    hook = _hook()
    if _hook_module().why_not_compiled("standard") is not None:
        pytest.skip("no C compiler here: the fallback before the compile is tested above")
    data = _fresh_build_data()
    hook.initialize("standard", data)
    hook.finalize("standard", data, "")
    assert data == _fresh_build_data()
    assert "mypyc failed" in capsys.readouterr().err
    monkeypatch.setenv("KG_BUILD", "compiled")
    with pytest.raises(RuntimeError, match="KG_BUILD=compiled: mypyc failed"):
        hook.initialize("standard", _fresh_build_data())
    hook.finalize("standard", data, "")


def test_kg_version_says_which_build_is_installed() -> None:
    output = CliRunner().invoke(cli, ["--version"]).output
    assert output.startswith(f"kg, version {kg.__version__}, ")
    built = kg.compiled_modules()
    if built:
        assert "compiled with mypyc (" in output and all(name in output for name in built)
    else:
        assert output.strip().endswith("pure Python")
