"""Round 41, helper hw: the parallel build (kg/workers.py, kg/pipeline.py's orchestration)."""

from __future__ import annotations

import gc

from kg import workers
from kg.workers import Extractor


def _threshold() -> tuple[int, int, int]:
    return gc.get_threshold()


def test_a_pool_worker_collects_young_objects_as_a_one_process_build_does():
    """The workers extract as a one-process build does, so they collect as it does; the
    parent keeps its own settings."""
    before = gc.get_threshold()
    with Extractor(workers=2) as extractor:
        in_worker = extractor.submit(_threshold)()
        assert gc.get_threshold() == before
    assert in_worker == (workers._YOUNG_OBJECTS, *before[1:])


def _pid() -> int:
    import os

    return os.getpid()


def test_after_the_last_task_the_workers_end_before_the_extractor_closes():
    """``no_more_tasks``: a task submitted before it still gives its result, and the
    workers end once it is done, while the parent still works (the page being drawn)."""
    import time

    with Extractor(workers=2) as extractor:
        pending = extractor.submit(_pid)
        extractor.no_more_tasks()
        assert pending() != _pid()
        processes = list(extractor._pool._pool)
        deadline = time.monotonic() + 10
        while any(p.is_alive() for p in processes) and time.monotonic() < deadline:
            time.sleep(0.01)
        assert not any(p.is_alive() for p in processes)
