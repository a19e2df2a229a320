"""rjieba is the hot path, pure jieba the fallback: both must give the same events on the seeds.

Each run is a real ``kg extract`` in a subprocess, so the fallback really runs without rjieba
(its import is blocked), not with a patched function.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg import segment

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

_BLOCK_RJIEBA = (
    "import sys; sys.modules['rjieba'] = None\n"  # `import rjieba` now raises ImportError
    "from kg import segment; print(segment.segmenter().name, file=sys.stderr)\n"
    "from kg.cli import main; sys.argv = ['kg', 'extract', sys.argv[1]]; main()\n"
)
_REPORT = (
    "import sys; from kg import segment; print(segment.segmenter().name, file=sys.stderr)\n"
    "from kg.cli import main; sys.argv = ['kg', 'extract', sys.argv[1]]; main()\n"
)


def _start(code: str, env_segmenter: str | None = None) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "KG_SEGMENTER"}
    if env_segmenter:
        env["KG_SEGMENTER"] = env_segmenter
    return subprocess.Popen(
        [sys.executable, "-c", code, str(SEEDS)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )


@pytest.fixture(scope="module")
def runs() -> dict[str, subprocess.CompletedProcess]:
    """The three extractions of the seeds (rjieba; rjieba's import blocked; KG_SEGMENTER=jieba),
    started at once: independent processes, so the tests wait for the slowest, not the sum.
    Each test checks its own run."""
    started = {
        "rjieba": _start(_REPORT),
        "blocked": _start(_BLOCK_RJIEBA),
        "forced": _start(_REPORT, "jieba"),
    }
    finished = {}
    for name, process in started.items():
        stdout, stderr = process.communicate(timeout=120)
        finished[name] = subprocess.CompletedProcess(
            process.args, process.returncode, stdout, stderr
        )
    return finished


def _extract(done: subprocess.CompletedProcess) -> tuple[str, str]:
    """What the extraction printed, and the segmenter it reported."""
    assert done.returncode == 0, done.stderr
    return done.stdout, done.stderr.strip().splitlines()[0]


@pytest.fixture(scope="module")
def with_rjieba(runs) -> str:
    out, used = _extract(runs["rjieba"])
    assert used == "rjieba"
    return out


def test_rjieba_is_the_default_and_finds_events(with_rjieba):
    assert with_rjieba.count("\n") > 40


def test_pure_jieba_gives_the_same_events_when_rjieba_is_missing(runs, with_rjieba):
    out, used = _extract(runs["blocked"])
    assert used == "jieba"
    assert out == with_rjieba


def test_kg_segmenter_forces_pure_jieba(runs, with_rjieba):
    out, used = _extract(runs["forced"])
    assert used == "jieba"
    assert out == with_rjieba


def test_both_segmenters_agree_on_tags_of_names():
    fast, slow = segment.segmenter("rjieba"), segment.segmenter("jieba")
    for text in ("美国国防部长皮特·赫格塞思", "朝鲜劳动党总书记金正恩会见特朗普"):
        assert fast.tag(text) == slow.tag(text)
        assert fast.cut(text) == slow.cut(text)
    assert fast.has_word("制裁") and slow.has_word("制裁")
    assert not fast.has_word("制裁朝") and not slow.has_word("制裁朝")


def test_an_unknown_segmenter_is_a_clear_error(monkeypatch):
    segment.segmenter.cache_clear()
    monkeypatch.setenv("KG_SEGMENTER", "thulac")
    try:
        with pytest.raises(segment.KgError, match="KG_SEGMENTER='thulac'"):
            segment.segmenter()
    finally:
        segment.segmenter.cache_clear()
