"""One check for a saved query that reads a shortcut the build writes (conflict pairs, role
nodes, sanction edges): every page of it must equal the page of the query it replaced, kept
in tests/data, on the same graph. Used by test_conflict_pairs, test_roles and
test_sanction_edges, which differ only in the queries and in how a row is compared."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path

from kg.query import apply_page, run_query

ROOT = Path(__file__).resolve().parents[2]
PAGES = [
    {"limit": "0", "offset": "0"},  # every row
    {"limit": "100", "offset": "0"},
    {"limit": "1", "offset": "0"},
    {"limit": "3", "offset": "2"},
    {"limit": "7", "offset": "20"},
    {"limit": "50", "offset": "150"},
    {"limit": "10", "offset": "100000"},  # past the last row: nothing
]


def rows_of(graph, text: str, page: dict[str, str], row: Callable = tuple) -> tuple:
    """The columns and the rows of one page, each row made comparable by ``row``."""
    result = run_query(graph, apply_page(text, page))
    return result.columns, [row(r) for r in result.rows]


def assert_same_pages(graph, saved: Path, before: Path, least_rows: int, row=tuple) -> None:
    """Every page of ``saved`` is the page of ``before``, and the graph has at least
    ``least_rows`` rows (so the pages are not all empty)."""
    saved_text, before_text = saved.read_text(encoding="utf-8"), before.read_text(encoding="utf-8")
    every = rows_of(graph, before_text, PAGES[0], row)  # run once: the slow query of the two
    assert len(every[1]) >= least_rows
    for page in PAGES:
        expected = every if page is PAGES[0] else rows_of(graph, before_text, page, row)
        assert rows_of(graph, saved_text, page, row) == expected, page


def synthetic_store(folder: Path, triples: int) -> None:
    """The benchmark's synthetic graph (benchmarks/run.py), small, in a store at ``folder``:
    many ties of names, so the order of the names decides the pages."""
    spec = importlib.util.spec_from_file_location("bench_run", ROOT / "benchmarks" / "run.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    bench.synthetic_store(folder, triples)
