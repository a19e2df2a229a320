"""Round 25 (sp2), actor finding: the candidate positions of the actor scan
(StartIndex.starts, one automaton pass over a stretch) are where the regex index
(StartIndex.next) finds a word, and what the default automaton over the stretch gives.

Why: this round measured other automata and a pass over the whole article in their place
(none took instructions off a build); a change of the automaton must keep these positions.
Texts: the bodies of the seeds, eval/dev and eval/terminus-dev, and sentences written here."""

from __future__ import annotations

from pathlib import Path

import ahocorasick_rs
import pytest

from kg.articles import iter_articles
from kg.gazetteer import StartIndex
from kg.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = [ROOT / "seeds", ROOT / "eval" / "dev", ROOT / "eval" / "terminus-dev"]

_WRITTEN = [
    "中美两国外长在北京会谈,以色列对加沙发动空袭。",
    "法律专家以及中心负责人表示,这项法案将在日内生效。",  # short forms that begin words
    "美日韩、英法德等国外长发表联合声明。",
    "中",  # a one-character text: a short form and nothing after it
    "",
    "他说:这是一个没有任何名字的句子。",
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    found = iter_articles([str(f) for f in FOLDERS if f.exists()])
    return [item.text for item in found if hasattr(item, "text")] + _WRITTEN


def _plain_starts(index: StartIndex, text: str, start: int, end: int) -> list[int]:
    """StartIndex.starts as it was: the automaton over ``text[start : end + 1]`` alone."""
    heads = sorted({word[:2] for word in index._words if word})
    found = ahocorasick_rs.AhoCorasick(heads).find_matches_as_indexes(
        text[start : end + 1], overlapping=True
    )
    return sorted({start + at for _, at, _ in found if start + at < end})


def _stretches(text: str) -> list[tuple[int, int]]:
    """Each sentence, the whole text, stretches ending at the text's end or past it, an
    empty one and one with its end before its start."""
    spans = [(s.start, s.end) for s in split_sentences(text)]
    n = len(text)
    return spans + [(0, n), (max(0, n - 3), n), (0, n + 2), (n // 2, n // 2), (n // 2, 0)]


def test_actor_starts_as_before(gaz, texts) -> None:
    """The positions are those the default automaton over each stretch gave."""
    index = gaz.actor_index
    for text in texts:
        for start, end in _stretches(text):
            assert index.starts(text, start, end) == _plain_starts(index, text, start, end)


def test_starts_of_a_small_index() -> None:
    """Two-character heads, a one-character word, a head at the stretch's end."""
    index = StartIndex(["中国", "美", "以色列"])
    assert index.starts("美国与中国", 0, 5) == [0, 3]
    assert index.starts("中国与美国", 0, 5) == [0, 3]
    assert index.starts("以色列总统", 0, 5) == [0]
    assert index.starts("以色列总统", 1, 5) == []


def test_actor_starts_are_where_the_regex_index_finds_words(gaz, texts) -> None:
    """The automaton's positions are those :meth:`StartIndex.next` (the regex of first and
    second characters) gives one after another."""
    index = gaz.actor_index
    for text in texts:
        for start, end in _stretches(text):
            walked = []
            pos = index.next(text, start, end) if start <= end else -1
            while pos != -1:
                walked.append(pos)
                pos = index.next(text, pos + 1, end)
            assert index.starts(text, start, end) == walked
