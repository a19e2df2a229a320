"""Speed pass (round 51, p51a) on the actor scan: match_at looks up a wide head's lengths
(中国, 美国) by the third character and gives what trying every length gave (the oracle), at
every position of the dev articles and at every wide-head surface cut or run on; the start
index's edge cases (its reading of a text whole was taken back: it cost more than it saved)."""

from __future__ import annotations

import pytest
from test_round43_hb import _old_match_at  # match_at as it was: every length of the head tried

from kg.gazetteer import (
    _WIDE_HEAD,
    StartIndex,
    _lengths_by_third,
    load_gazetteer,
    match_at,
)
from tests.data.dev_articles import dev_articles


@pytest.fixture(scope="module")
def articles() -> list:
    return dev_articles(("fresh22", "fresh23"))


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
