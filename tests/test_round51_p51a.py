"""Speed pass (round 51, p51a) on the actor scan's start index: StartIndex.starts reads a
text whole once and answers each window from the starts it keeps, and gives what the reading
of the window alone gave (kept here as the oracle), on every sentence of the dev articles,
on windows that cut words, run past the text or hold nothing, and when texts alternate."""

from __future__ import annotations

import random

import ahocorasick_rs
import pytest
from test_round43_hb import _old_match_at  # match_at as it was: every length of the head tried

from kg.gazetteer import (
    _WIDE_HEAD,
    StartIndex,
    _lengths_by_third,
    load_gazetteer,
    match_at,
)
from kg.sentences import split_sentences
from tests.data.dev_articles import dev_articles


def _window_starts(words: list[str], text: str, start: int, end: int) -> list[int]:
    """StartIndex.starts as it was: the automaton run on ``text[start:end + 1]`` alone."""
    heads = sorted({word[:2] for word in words if word})
    if not heads:
        return []
    found = ahocorasick_rs.AhoCorasick(heads).find_matches_as_indexes(
        text[start : end + 1], overlapping=True
    )
    return sorted({start + at for _, at, _ in found if start + at < end})


@pytest.fixture(scope="module")
def articles() -> list:
    return dev_articles(("fresh22", "fresh23"))


def test_sentence_starts_as_read_alone(articles) -> None:
    """Every sentence of the dev articles, each article's read in order and then again
    backwards (a look back), for the three indexes of the gazetteer."""
    gaz = load_gazetteer()
    compared = 0
    for index in (gaz.actor_index, gaz.title_index, gaz.person_index):
        words = index._words
        for article in articles:
            text = article.text
            spans = [(s.start, s.end) for s in split_sentences(article)]
            for start, end in spans + spans[::-1]:
                assert index.starts(text, start, end) == _window_starts(words, text, start, end)
                compared += 1
    assert compared > 4000


@pytest.mark.parametrize("seed", range(4))
def test_random_windows_and_alternating_texts(articles, seed: int) -> None:
    """Windows that cut words at either edge, end past the text, are empty or reversed, in
    texts that alternate (the index keeps only the last text read), equal strings included."""
    gaz = load_gazetteer()
    index, words = gaz.actor_index, gaz.actor_index._words
    rng = random.Random(seed)
    texts = [a.text for a in articles[:6]]
    texts.append("".join(texts[0]))  # an equal string that is another object
    texts += ["", "中", "中国", "美、日", "中美日韩四国外长会谈。"]
    for _ in range(1500):
        text = rng.choice(texts)
        start = rng.randint(0, len(text) + 2)
        end = rng.randint(max(0, start - 3), len(text) + 3)
        assert index.starts(text, start, end) == _window_starts(words, text, start, end)


def test_an_index_of_no_words_finds_nothing() -> None:
    index = StartIndex(())
    assert index.starts("中国和美国", 0, 5) == []
    assert index.starts("中国和美国", 1, 3) == []


def test_short_words_are_found_whole() -> None:
    index = StartIndex(["中", "美国", "美方", "日本首相"])
    text = "中美国日本首相中"
    assert index.starts(text, 0, len(text)) == [0, 1, 3, 7]
    assert index.starts(text, 1, 4) == [1, 3]  # 日本 begins at 3, its second letter at 4
    assert index.starts(text, 2, 3) == []


def test_wide_heads_exist() -> None:
    """中国 and 美国 are looked up by their third letter (else the test below tests little)."""
    gaz = load_gazetteer()
    assert {"中国", "美国"} <= set(gaz.wide_lengths)
    assert all(len(gaz.lengths[head]) > _WIDE_HEAD for head in gaz.wide_lengths)


def test_match_at_as_with_every_length(articles) -> None:
    """At every position of the dev articles, and at every surface of a wide head set in
    text that ends right after it, cut inside it, or goes on with other letters."""
    gaz = load_gazetteer()
    compared = 0
    for article in articles:
        text = article.text
        for pos in range(len(text)):
            assert match_at(gaz, text, pos) == _old_match_at(gaz, text, pos)
            compared += 1
    wide = [s for s in gaz.surfaces if s[:2] in gaz.wide_lengths]
    for surface in wide:
        for text in (surface, f"在{surface}", f"{surface}表示", f"{surface}A", surface[:-1]):
            for pos in range(len(text)):
                assert match_at(gaz, text, pos) == _old_match_at(gaz, text, pos)
                compared += 1
    assert compared > 100_000


def test_lengths_by_third_keeps_the_head_alone() -> None:
    lengths = {"中国": (5, 4, 3, 2), "日本": (2,)}
    surfaces = ["中国", "中国人", "中国外交部", "中国政府", "日本"]
    assert _lengths_by_third(surfaces, lengths) == {
        "中国": {"": (2,), "人": (3, 2), "外": (5, 2), "政": (4, 2)}
    }
    assert (
        _lengths_by_third(["中国人", "中国外交部", "中国政府", "中国军"], {"中国": (5, 4, 3)}) == {}
    )
    assert (
        _lengths_by_third(
            ["中国人", "中国外交部", "中国政府", "中国军方"], {"中国": (5, 4, 3, 3, 4)}
        )["中国"][""]
        == ()
    )
