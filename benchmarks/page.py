"""How fast the network page is written and used, against the limits of issues 4 and 5.

    python benchmarks/page.py                 # 2,000 actors, 4,000 events
    python benchmarks/page.py --nodes 5000 --edges 10000 --runs 3

Prints the time to lay out and write graph.html (limit 2 s for 2,000 nodes) and, in headless
Chromium (Debian's /usr/bin/chromium driven by Playwright, as in the tests), the time until the
page is drawn and until a click on a node has listed its events (limit 5 s). The events are
the synthetic ones of the tests (tests/data/network_sample.py): every actor chained in, the
rest random pairs, Chinese names and sentences. Medians of --runs runs.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WRITE_LIMIT, CLICK_LIMIT = 2.0, 5.0


def _test_data(name: str):
    """A helper module of tests/data: the tests' synthetic events and browser snippets."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "tests" / "data" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


page_js = _test_data("chromium_page")


def time_write(graph, page: Path) -> float:
    from kg.views import write_page

    started = time.perf_counter()
    write_page(graph, page)
    return time.perf_counter() - started


def time_browser(page: Path, browser) -> tuple[float, float]:
    """(seconds until drawn, seconds until a click on a node has listed its events)."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    tab = context.new_page()
    try:
        started = time.perf_counter()
        tab.goto(page.as_uri())
        tab.wait_for_function(page_js.DRAWN, timeout=60_000)
        drawn = time.perf_counter() - started
        node = tab.evaluate("nodes.getIds()[7]")
        tab.mouse.click(*tab.evaluate(page_js.NODE_XY, node))
        tab.wait_for_selector("#kg-events:not([hidden])", timeout=60_000)
        return drawn, time.perf_counter() - started
    finally:
        context.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--edges", type=int, default=4000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--chromium", default=page_js.executable() or "/usr/bin/chromium")
    args = parser.parse_args()

    from kg.network import to_networkx

    graph = to_networkx(_test_data("network_sample").big_records(args.nodes, args.edges))
    print(f"page of {graph.number_of_nodes():,} actors and {graph.number_of_edges():,} events")
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "graph.html"
        writes = [time_write(graph, page) for _ in range(args.runs)]
        write = statistics.median(writes)
        print(f"  layout + write   {write:6.2f} s   ({write / WRITE_LIMIT:.2f} of the 2 s limit)")
        print(f"  page size        {page.stat().st_size / 1e6:6.1f} MB")
        if not Path(args.chromium).exists():
            print(f"  browser          skipped: no chromium at {args.chromium}")
            return 0
        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=args.chromium, args=page_js.FLAGS)
            times = [time_browser(page, browser) for _ in range(args.runs)]
            browser.close()
        drawn = statistics.median(t[0] for t in times)
        clicked = statistics.median(t[1] for t in times)
        print(f"  chromium: drawn  {drawn:6.2f} s")
        print(
            f"  drawn + click    {clicked:6.2f} s   ({clicked / CLICK_LIMIT:.2f} of the 5 s limit)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
