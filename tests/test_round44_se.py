"""Session 44, helper se: the work every kg process does before its first article."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_SCRIPT = """
import sys
from kg import regex_cache
from kg.__main__ import run
sys.argv = ["kg", "--version"]
try:
    run()
except SystemExit:
    pass
print(sorted(p for p, _ in regex_cache._used if p == r'[ \\t\\n\\r]*'))
"""


def test_the_program_keeps_the_regexes_of_the_modules_it_imports_first(tmp_path) -> None:
    """json (imported by kg.cli, like click) compiles its regexes while it is imported: the
    program installs the kept patterns before, so a second command reads them from the file."""
    env = {**os.environ, "KG_CACHE_DIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    runs = [
        subprocess.run(
            [sys.executable, "-c", _SCRIPT], capture_output=True, text=True, env=env, cwd=ROOT
        )
        for _ in range(2)
    ]
    for done in runs:
        assert done.returncode == 0, done.stderr
    assert runs[1].stdout.strip().splitlines()[-1] == "['[ \\\\t\\\\n\\\\r]*']"


def test_the_kg_command_starts_where_python_m_kg_does() -> None:
    """The installed ``kg`` script and ``python -m kg`` run the same start (kg.__main__.run)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["scripts"]["kg"] == "kg.__main__:run"
