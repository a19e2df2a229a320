"""Speed pass (round 24, s1) on the per-sentence actor scan: the scan's dispatch of a
candidate position gives what the long way gave (kept here), on every sentence and every
short-form position of the seeds, eval/dev, eval/terminus-dev and the fresh22 dev pages,
and on cases written for the test."""

from __future__ import annotations

import pytest

from kg import actors
from kg.actors import ArticleMemory, Mention, _scan, _shorts_at
from kg.gazetteer import Gazetteer, load_gazetteer
from kg.sentences import split_sentences
from tests.data.dev_articles import dev_articles, short_form_positions


@pytest.fixture(scope="module")
def articles() -> list:
    return dev_articles(("fresh22",))


def _scan_long_way(
    text: str, start: int, end: int, gaz: Gazetteer, memory: ArticleMemory
) -> list[Mention]:
    """The scan as it was: every candidate through _mention_at (which looks the name up and
    falls back to the short forms, looking the name up again there)."""
    mentions: list[Mention] = []
    after = start
    for pos in gaz.actor_index.starts(text, start, end):
        if pos < after:
            continue
        head = text[pos : pos + 2]
        found = (
            (
                (head in gaz.lengths or head[:1] in gaz.shorts)
                and actors._mention_at(text, pos, end, gaz)
            )
            or (
                head[:1] in gaz.ambiguous_starts
                and actors._ambiguous_at(text, pos, end, gaz, memory, mentions)
            )
            or (
                head in gaz.long_institution_heads
                and actors._bare_institution(text, pos, end, gaz, memory, mentions)
            )
        )
        if found:
            mentions.extend(actors._named_short(text, m, gaz, found) for m in found)
            after = max(m.end for m in found)
    return mentions


def test_scan_as_the_long_way_on_every_sentence(articles) -> None:
    gaz = load_gazetteer()
    compared = 0
    for article in articles:
        memory = ArticleMemory()  # (the same memory for both: neither learns anything)
        for sentence in split_sentences(article):
            text, start, end = article.text, sentence.start, sentence.end
            assert _scan(text, start, end, gaz, memory) == _scan_long_way(
                text, start, end, gaz, memory
            ), text[start:end]
            compared += 1
    assert compared > 700


def test_shorts_told_unnamed_as_the_long_way_at_every_short_form(articles) -> None:
    """Where no gazetteer name starts, _shorts_at told so gives what it gave looking."""
    gaz = load_gazetteer()
    compared = 0
    for text, pos, sentence in short_form_positions(articles, gaz):
        end = sentence.end
        assert _shorts_at(text, pos, end, gaz, unnamed=True) == _shorts_at(text, pos, end, gaz), (
            text[sentence.start : end]
        )
        compared += 1
    assert compared > 1000


@pytest.mark.parametrize(
    "text",
    [
        "美日韩三国外长举行会谈。",  # a compound of short forms
        "中方对朝实施制裁,以及法律问题。",  # licensed and word-opening short forms
        "俄外交部发言人扎哈罗娃表示反对。",  # a short form before an organ
        "中美日内瓦会谈取得进展,2日韩国回应。",  # a venue, a date before a name
        "欧盟委员会主席冯德莱恩会见美国总统特朗普。",  # names that are looked up
    ],
)
def test_scan_as_the_long_way_on_written_cases(text: str) -> None:
    gaz = load_gazetteer()
    memory = ArticleMemory()
    found = _scan(text, 0, len(text), gaz, memory)
    assert found == _scan_long_way(text, 0, len(text), gaz, memory)
    assert found  # each names someone: the dispatch is not tested on empty scans only
