"""Fixtures shared across test modules: one build of the seeds, one headless Chromium.

The browser is Debian's ``chromium`` driven by Playwright (never a downloaded browser). If
it is missing the browser tests skip with the reason, unless ``KG_REQUIRE_BROWSER=1`` (set by
``.ci/run``), which turns that skip into a failure so CI cannot pass without them.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory) -> Path:
    """``kg build seeds/`` once per session; the folder with its five outputs."""
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("seeds-build")
    build([SEEDS], out)
    return out


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def _browser_missing() -> str | None:
    if _chromium() is None:
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
        chromium = playwright.chromium.launch(executable_path=_chromium(), args=CHROMIUM_FLAGS)
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
