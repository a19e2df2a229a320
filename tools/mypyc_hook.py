"""kg's compiled build: a hatchling build hook that compiles kg's extraction modules with mypyc
(stock mypy from PyPI) into the wheel, about a quarter faster than pure Python. On by default
for a regular install, where a C compiler is found::

    pip install .                       # compiled (about 3 minutes of CPU), else pure Python
    KG_BUILD=pure pip install .         # pure Python, no compiler, no wait
    KG_BUILD=compiled pip install .     # compiled, or the install fails saying why
    pip install -e .                    # always pure Python (see below)

``kg --version`` says which build is installed. With ``KG_BUILD`` unset a failed compile (no
C compiler, or a source edited into something mypyc cannot compile) installs pure Python kg,
the same events more slowly, rather than no kg at all.
``python tools/mypyc_hook.py --check`` (needs mypy only) runs mypy and mypyc's translation to C
of the modules, without the C compiler: under a minute, and it fails where a compile would (a
type error, or a construction mypyc cannot translate).
Why a hook of our own and not the hatch-mypyc plugin: that plugin compiles with
``build_ext --inplace``, which leaves ``kg/*.so`` in the source tree, and Python imports an
extension module before the ``.py`` beside it, so a later edit of the source would be ignored
by ``python -m kg`` run from the tree. This hook compiles a copy of ``kg/`` in a temporary
folder and puts only the built libraries in the wheel; an editable install stays pure Python
for the same reason.

Settings (environment variables, read at build time):

- ``KG_BUILD``: ``compiled``, ``pure``, or unset (compiled where it can be, else pure);
- ``KG_MYPYC_MODULES``: the modules to compile, space-separated (default: the twelve below);
- ``MYPYC_OPT_LEVEL``: the C compiler's optimisation level, 0-3 (default 1, OPT_LEVEL below);
- ``KG_MYPYC_SEPARATE=1``: one library per module instead of one for all (mypyc's
  ``separate``; calls between modules then go through Python's slower protocol);
- ``KG_MYPYC_MULTI_FILE=0``: one C file for all the modules, compiled by one process, instead
  of one file per module and class group (mypyc's ``multi_file``, the default here);
- ``KG_MYPYC_JOBS=N``: C files compiled at once (default: the machine's cores);
- ``CFLAGS``: added to the compiler's flags; unset, it is ``-g0`` (no debug information: the
  flags Python was built with ask for it, and it costs a third of the compile).
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

try:
    from hatchling.builders.hooks.plugin.interface import BuildHookInterface
except ImportError:  # run as a script (--check below), where hatchling need not be installed
    BuildHookInterface = object  # type: ignore[assignment,misc]

#: The modules that pay (the extraction: most of a build's CPU time). Modules whose classes
#: are pickled or patched at run time across kg (store, graph, cli, ...) stay Python. "model":
#: its records (Article, Sentence, Actor, Mention) become native classes whose fields compiled
#: code reads directly, not by a generic getattr (~230 instructions a read, 6 M reads a Terminus
#: build); each has a ``__reduce__`` so that it pickles (workers, the warm-up snapshot).
#: "memgraph", "export", "network": the work after the last article (settle, graph.ttl's lines,
#: the Gephi files, the page's network), which no worker shares.
DEFAULT_MODULES = (
    "actors",
    "actions",
    "extract",
    "lexicon",
    "gazetteer",
    "sentences",
    "dates",
    "articles",
    "model",
    "memgraph",
    "export",
    "network",
)
#: gcc's level. -O3 is mypyc's default; -O1 builds kg as fast (a Terminus build 3.96 s of CPU
#: against 3.88 s, within the runs' spread) and, with -g0 and the C split in files compiled on
#: two cores, takes half the CPU to compile (163 s against 343 s).
OPT_LEVEL = "1"
#: What the compile needs in the build environment. Given to hatchling by
#: :meth:`MypycHook.dependencies`, so that a build that will not compile (``KG_BUILD=pure``,
#: an editable install, no C compiler) fetches neither from the package index.
COMPILE_REQUIREMENTS = ("mypy==2.4.1", "setuptools>=70")
#: mypy's options for kg: the third-party packages have no type stubs.
MYPY_ARGS = ("--ignore-missing-imports", "--follow-imports=silent")

SETUP_PY = """\
from setuptools import setup
from mypyc.build import mypycify

setup(
    name="kg-mypyc",
    ext_modules=mypycify(
        {args!r},
        opt_level={opt_level!r},
        separate={separate!r},
        multi_file={multi_file!r},
        group_name={group_name!r},
    ),
)
"""


class MypycHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def dependencies(self) -> list[str]:
        """The build requirements of a compile (COMPILE_REQUIREMENTS), or none for a build
        that will be pure Python: hatchling asks before any build starts, when the version
        ("editable" or "standard") is not known yet, so an editable install is told from
        the PEP 660 hook the frontend called. An editable install never compiles, even with
        KG_BUILD=compiled (which then fails saying so, with nothing fetched for it)."""
        wanted = build_kind_wanted()
        if wanted == "pure" or _asked_for_editable():
            return []
        if wanted == "compiled" or why_not_compiled("standard") is None:
            return list(COMPILE_REQUIREMENTS)
        return []

    def initialize(self, version: str, build_data: dict) -> None:
        """Compiles the modules into the wheel where it can (KG_BUILD, module docstring)."""
        if self.target_name != "wheel":
            return
        wanted = build_kind_wanted()
        if wanted == "pure":
            return
        why_not = why_not_compiled(version)
        if why_not is None:
            try:
                self._compile_into(build_data)
                return
            except (RuntimeError, OSError) as exc:  # (OSError: no scratch folder, a full disk)
                why_not = str(exc)
        if wanted == "compiled":
            raise RuntimeError(f"KG_BUILD=compiled: {why_not}")
        warn_pure(why_not)

    def _compile_into(self, build_data: dict) -> None:
        """Compiles the modules in a scratch copy and adds the libraries to the wheel."""
        self._scratch = tempfile.mkdtemp(prefix="kg-mypyc-")
        work = Path(self._scratch)
        shutil.copytree(
            Path(self.root) / "kg",
            work / "kg",
            ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd"),
        )
        modules = os.environ.get("KG_MYPYC_MODULES", "").split() or list(DEFAULT_MODULES)
        separate = os.environ.get("KG_MYPYC_SEPARATE", "") == "1"
        (work / "setup.py").write_text(
            SETUP_PY.format(
                args=[*MYPY_ARGS, *(f"kg/{name}.py" for name in modules)],
                opt_level=os.environ.get("MYPYC_OPT_LEVEL", OPT_LEVEL),
                separate=separate,
                multi_file=os.environ.get("KG_MYPYC_MULTI_FILE", "1") != "0",
                group_name=None if separate else "kg",  # the library: kg__mypyc.*.so
            ),
            encoding="utf-8",
        )
        command = [sys.executable, "setup.py", "build_ext", "--build-lib", "lib"]
        jobs = os.environ.get("KG_MYPYC_JOBS") or str(os.cpu_count() or 1)
        command += ["--build-temp", "tmp", "--parallel", jobs]
        environment = {**os.environ, "CFLAGS": os.environ.get("CFLAGS", "-g0")}
        done = subprocess.run(command, cwd=work, env=environment, capture_output=True, text=True)
        if done.returncode:
            raise RuntimeError(f"mypyc failed:\n{done.stdout[-20000:]}\n{done.stderr[-20000:]}")
        for library in sorted((work / "lib").rglob("*.so")) + sorted((work / "lib").rglob("*.pyd")):
            build_data["force_include"][str(library)] = library.relative_to(work / "lib").as_posix()
        build_data["infer_tag"] = True
        build_data["pure_python"] = False

    def finalize(self, version: str, build_data: dict, artifact_path: str) -> None:
        """Removes the scratch copy once the wheel is written."""
        scratch = getattr(self, "_scratch", None)
        if scratch:
            shutil.rmtree(scratch, ignore_errors=True)


def build_kind_wanted() -> str:
    """KG_BUILD: "compiled" (or fail), "pure", or "auto" (compiled where it can be)."""
    wanted = os.environ.get("KG_BUILD", "").strip().lower() or "auto"
    if wanted not in {"auto", "compiled", "pure"}:
        raise RuntimeError(f"KG_BUILD={wanted!r}: expected 'compiled', 'pure' or nothing")
    return wanted


def why_not_compiled(version: str) -> str | None:
    """Why this build cannot be compiled (None: it can). An editable install stays Python:
    compiled modules there would shadow every later edit of the source."""
    if version == "editable":
        return "an editable install (pip install -e) is pure Python; use pip install ."
    compiler = c_compiler()
    if compiler and shutil.which(compiler) is None:
        return f"no C compiler ({compiler!r} is not on PATH; set CC to use another)"
    return None


def _asked_for_editable() -> bool:
    """Whether this process is answering the frontend's ``get_requires_for_build_editable``
    (PEP 660's name for the backend function, whatever the frontend)."""
    frame = sys._getframe(1)
    while frame is not None:
        if frame.f_code.co_name == "get_requires_for_build_editable":
            return True
        frame = frame.f_back
    return False


def c_compiler() -> str:
    """The C compiler setuptools will call: $CC, else the one Python was built with; "" where
    neither names one (Windows: setuptools finds MSVC itself, and a failed compile still
    falls back)."""
    command = os.environ.get("CC") or sysconfig.get_config_var("CC") or ""
    words = shlex.split(command)
    return words[0] if words else ""


def warn_pure(why: str) -> None:
    """Says, in the build's log (pip install -v shows it), that this kg is pure Python."""
    print(f"kg: installing pure Python kg, not the compiled build: {why}", file=sys.stderr)


def check(modules: list[str]) -> int:
    """Translates the modules to C in a scratch folder (mypy, then mypyc; no C compiler)."""
    from mypyc.build import mypycify

    root = Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory(prefix="kg-mypyc-check-") as scratch:
        shutil.copytree(root / "kg", Path(scratch) / "kg", ignore=shutil.ignore_patterns("*.so"))
        here = os.getcwd()
        os.chdir(scratch)
        try:
            mypycify([*MYPY_ARGS, *(f"kg/{name}.py" for name in modules)], group_name="kg")
        except SystemExit as exc:  # mypy's errors are printed; mypycify exits
            return int(exc.code or 1)
        finally:
            os.chdir(here)
    print(f"mypyc translates {' '.join(modules)}")
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] != ["--check"]:
        raise SystemExit("usage: python tools/mypyc_hook.py --check [MODULE...]")
    raise SystemExit(check(sys.argv[2:] or list(DEFAULT_MODULES)))
