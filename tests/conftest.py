"""Fixtures shared across test modules: one build of the seeds, one headless Chromium.

The browser is Debian's ``chromium`` driven by Playwright (never a downloaded browser). If
it is missing the browser tests skip with the reason, unless ``KG_REQUIRE_BROWSER=1`` (set by
``.ci/run``), which turns that skip into a failure so CI cannot pass without them.

The helper modules of tests/data (network_sample, sentences, same_pages, chromium_page,
build_kind) are registered here under their own names, so a test module can import them
whatever pytest's import mode.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.pipeline import build

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def _register(name: str) -> object:
    if name not in sys.modules:
        path = Path(__file__).parent / "data" / f"{name}.py"
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def pytest_configure(config) -> None:
    """kg keeps compiled regexes in the user's cache folder (kg/regex_cache.py): the tests
    and the kg processes they start use a folder of their own, removed at the end; with
    pytest-xdist each worker has its own (a worker inherits the folder its controller made,
    marked by KG_TEST_CACHE_DIR, and replaces it)."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    ours = os.environ.get("KG_TEST_CACHE_DIR")
    if "KG_CACHE_DIR" not in os.environ or (worker and os.environ["KG_CACHE_DIR"] == ours):
        folder = tempfile.mkdtemp(prefix=f"kg-test-cache-{worker or 'main'}-")
        os.environ["KG_CACHE_DIR"] = os.environ["KG_TEST_CACHE_DIR"] = _TEST_CACHE[0] = folder


def pytest_unconfigure(config) -> None:
    if _TEST_CACHE[0]:
        shutil.rmtree(_TEST_CACHE[0], ignore_errors=True)
        os.environ.pop("KG_CACHE_DIR", None)
        os.environ.pop("KG_TEST_CACHE_DIR", None)
        _TEST_CACHE[0] = ""


_TEST_CACHE = [""]

# The suite runs on pytest-xdist (pyproject's addopts: -n auto --dist loadfile
# --no-loadscope-reorder): a file's tests stay on one worker (its module fixtures are built
# once) and the workers take files in collection order. The files below take most of the
# suite's time (the mypyc translation alone is about a minute of CPU): they are handed out
# first, longest first, so that no worker starts one of them while the other has nothing left.
# The page tests (a real Chromium, with time limits of their own) go last: they then share the
# machine with the small in-process tests, not with the multi-process builds of the slow files.
SLOW_FIRST = (
    "test_round37_cb.py",
    "test_faults.py",
    "test_store.py",
    "test_query_cli.py",
    "test_scale.py",
    "test_speed20_s4.py",
    "test_export_cli.py",
    "test_conflict_pairs.py",
    "test_query.py",
    "test_cli.py",
    "test_round32_sf.py",
)
LAST = ("test_browser.py",)


def pytest_collection_modifyitems(config, items) -> None:
    """The slow files first, the page tests last (see SLOW_FIRST); every file's tests stay
    together, in order."""
    rank = {name: number for number, name in enumerate(SLOW_FIRST)}
    rank.update((name, len(SLOW_FIRST) + 1) for name in LAST)
    items.sort(key=lambda item: rank.get(item.path.name, len(SLOW_FIRST)))  # stable


_register("network_sample")
_register("sentences")
_register("same_pages")
_register("build_kind")
chromium_page = _register("chromium_page")


@pytest.fixture(scope="session")
def gaz():
    """The gazetteer, loaded once (the speed tests compare fast paths against it)."""
    from kg.gazetteer import load_gazetteer

    return load_gazetteer()


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory) -> Path:
    """``kg build seeds/`` once per session; the folder with its five outputs."""
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("seeds-build")
    build([SEEDS], out)
    return out


def _browser_missing() -> str | None:
    if chromium_page.executable() is None:
        return "chromium is not installed (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -e '.[test]')"
    return None


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """One headless Chromium for the whole session (a launch costs about a second)."""
    reason = _browser_missing()
    if reason:
        if os.environ.get("KG_REQUIRE_BROWSER") == "1":
            pytest.fail(f"KG_REQUIRE_BROWSER=1 but {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=chromium_page.executable(), args=chromium_page.FLAGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def tab(browser) -> Iterator[object]:
    """A fresh page (own context: no cache or storage shared between tests), 1280×800."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture(scope="session")
def seeds_store(tmp_path_factory) -> tuple[Path, Path]:
    """A store of the seeds and the development articles, and its Turtle output: built once
    for the page tests of every saved query (they only read it)."""
    folder = tmp_path_factory.mktemp("seeds-dev-store")
    build([SEEDS, ROOT / "eval" / "dev"], folder / "out", store=folder / "store")
    return folder / "store", folder / "out" / "graph.ttl"


@pytest.fixture(scope="session")
def ties_store(tmp_path_factory) -> Path:
    """The benchmark's synthetic graph, small (40,000 triples: many ties of names, so the
    order of the names decides the pages), in a store built once and only read."""
    folder = tmp_path_factory.mktemp("ties") / "store"
    _register("same_pages").synthetic_store(folder, 40_000)
    return folder
