"""Word segmentation and part-of-speech tags: jieba's model, run through rjieba when it can.

jieba is the model (its dictionary and tag set). ``rjieba`` (the binding of jieba-rs, same
dictionary, same tags) runs it about a hundred times faster than pure-Python ``jieba.posseg``,
so it is the hot path; pure jieba stays the fallback when rjieba is not installed.
``KG_SEGMENTER=jieba`` forces the fallback (to compare the two, or to work around a problem
in one of them); ``KG_SEGMENTER=rjieba`` insists on rjieba and fails clearly without it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import cache
from typing import NamedTuple

from .exceptions import KgError

__all__ = ["Segmenter", "segmenter", "segmenter_name", "tag", "cut", "has_word", "SEGMENTERS"]

SEGMENTERS = ("rjieba", "jieba")


class Segmenter(NamedTuple):
    """The three things extraction asks of jieba."""

    name: str
    tag: Callable[[str], list[tuple[str, str]]]
    cut: Callable[[str], list[str]]
    has_word: Callable[[str], bool]


@cache
def segmenter(name: str | None = None) -> Segmenter:
    """The segmenter ``name`` (or ``KG_SEGMENTER``, or rjieba when installed, else jieba)."""
    wanted = (name or os.environ.get("KG_SEGMENTER") or "").strip().lower()
    if wanted and wanted not in SEGMENTERS:
        raise KgError(f"KG_SEGMENTER={wanted!r}: use one of {', '.join(SEGMENTERS)}")
    if wanted in ("", "rjieba"):
        try:
            return _rjieba()
        except ImportError:
            if wanted == "rjieba":
                raise KgError("KG_SEGMENTER=rjieba but rjieba is not installed") from None
    return _jieba()


def segmenter_name() -> str:
    """The name :func:`segmenter` would choose, without loading a dictionary (fast)."""
    import importlib.util

    wanted = (os.environ.get("KG_SEGMENTER") or "").strip().lower()
    if wanted in SEGMENTERS:
        return wanted
    return "rjieba" if importlib.util.find_spec("rjieba") is not None else "jieba"


def _rjieba() -> Segmenter:
    """rjieba's own functions, called as they are: each call returns a new list (or a bool),
    so no wrapper needs to copy or convert what they return, and a wrapper would be one more
    Python call for each of the 25,000 questions a Terminus build asks them."""
    import rjieba

    return Segmenter("rjieba", rjieba.tag, rjieba.cut, rjieba.has_word)


def _jieba() -> Segmenter:
    import logging

    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)  # no "Building prefix dict…" chatter on stderr
    jieba.initialize()
    freq = jieba.dt.FREQ
    return Segmenter(
        "jieba",
        lambda text: [(w.word, w.flag) for w in jieba.posseg.cut(text)],
        lambda text: list(jieba.cut(text, HMM=True)),
        lambda word: freq.get(word, 0) > 0,
    )


def tag(text: str) -> list[tuple[str, str]]:
    """(word, jieba tag) pairs."""
    return segmenter().tag(text)


def cut(text: str) -> list[str]:
    """jieba's words (HMM on for unknown words)."""
    return segmenter().cut(text)


def has_word(word: str) -> bool:
    """Whether jieba's dictionary knows ``word``."""
    return segmenter().has_word(word)
