"""Speed pass (round 32, se) on the actor scan's short forms: the cheap test of the letters
around a one-character short form (_short_context_ok) never rules out one that _shorts_at
would find, at every short-form position of the dev articles, and the scan with the test
gives what it gave without it (kept here: every context allowed)."""

from __future__ import annotations

import pytest

from kg import actors
from kg.actors import ArticleMemory, _scan, _short_context_ok, _short_contexts, _shorts_at
from kg.gazetteer import load_gazetteer
from kg.sentences import split_sentences
from tests.data.dev_articles import dev_articles, short_form_positions


class _Every:
    """A set that holds every string: the scan as it was, every short form tried."""

    def __contains__(self, item: object) -> bool:
        return True


_ALL = (_Every(), _Every(), _Every())


@pytest.fixture(scope="module")
def articles() -> list:
    return dev_articles(("fresh22", "fresh23"))


def _scan_without_test(text: str, start: int, end: int, memory: ArticleMemory):
    """The scan with every context allowed (every short form goes to _shorts_at)."""
    gaz = load_gazetteer()
    kept = actors._short_contexts
    actors._short_contexts = lambda _gaz: _ALL
    try:
        return _scan(text, start, end, gaz, memory)
    finally:
        actors._short_contexts = kept


def test_no_short_form_found_is_ruled_out(articles) -> None:
    """At every short form of the dev articles where the scan would try one (no gazetteer
    name starts there, no digit before it), whatever _shorts_at finds passes the test."""
    gaz = load_gazetteer()
    contexts = _short_contexts(gaz)
    found = ruled_out = 0
    for text, pos, sentence in short_form_positions(articles, gaz):
        if pos > 0 and text[pos - 1].isdigit():
            continue
        if _short_context_ok(text, pos, contexts):
            found += bool(_shorts_at(text, pos, sentence.end, gaz, unnamed=True))
            continue
        ruled_out += 1
        assert _shorts_at(text, pos, sentence.end, gaz, unnamed=True) == [], (
            text[sentence.start : sentence.end],
            pos - sentence.start,
        )
    assert found > 100 and ruled_out > 500  # both sides of the test are exercised


def test_scan_as_without_the_test_on_every_sentence(articles) -> None:
    gaz = load_gazetteer()
    compared = 0
    for article in articles:
        memory = ArticleMemory()
        for sentence in split_sentences(article):
            text, start, end = article.text, sentence.start, sentence.end
            assert _scan(text, start, end, gaz, memory) == _scan_without_test(
                text, start, end, memory
            ), text[start:end]
            compared += 1
    assert compared > 700


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("中方对朝实施制裁。", "朝"),  # a licensor before it
        ("美国总统访华。", "华"),  # 访
        ("美日韩三国外长举行会谈。", "美"),  # a compound: another short form after it
        ("美、日、澳等国表示关切。", "美"),  # a list
        ("美对台军售引发抗议。", "美"),  # 对 and a short form after it
        ("俄驻美大使表示。", "俄"),  # 驻 after it (a mission)
        ("召回驻以大使。", "以"),  # 驻 before it (the host of an envoy)
        ("美宣布延长对华投资禁令。", "美"),  # a verb of saying after it, opening a headline
        ("俄无人机袭击基辅。", "俄"),  # a weapon after it
        ("美财政部宣布制裁。", "美"),  # an institution after it
        ("以色列袭击了黎南部。", "黎"),  # 了 after an action trigger, a locative after it
        ("美国制裁了伊石油出口。", "伊"),  # 了 after an action trigger alone
        ("欧盟宣布制裁伊。", "伊"),  # a two-letter trigger ends before it
        ("美方要求朝停止试射。", "朝"),  # a two-letter licensor (and trigger) ends before it
        ("驱逐23名俄外交人员。", "俄"),  # 名 before it
    ],
)
def test_licensed_short_forms_pass(text: str, short: str) -> None:
    gaz = load_gazetteer()
    pos = text.index(short)
    assert _short_context_ok(text, pos, _short_contexts(gaz))
    assert _scan(text, 0, len(text), gaz, ArticleMemory()) == _scan_without_test(
        text, 0, len(text), ArticleMemory()
    )
    assert any(m.start == pos for m in _scan(text, 0, len(text), gaz, ArticleMemory()))


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("其中有三个问题。", "中"),  # a short form that ends a word
        ("价格为五美元。", "美"),  # one inside a word
        ("日前他可以出席。", "以"),  # 可以
        ("这一法律已经生效。", "法"),  # one that opens a word
    ],
)
def test_word_letters_are_ruled_out(text: str, short: str) -> None:
    """Near misses: short forms inside ordinary words are ruled out by the test alone, and
    the scan without it found nothing there either."""
    gaz = load_gazetteer()
    pos = text.index(short)
    assert not _short_context_ok(text, pos, _short_contexts(gaz))
    assert _shorts_at(text, pos, len(text), gaz, unnamed=True) == []
    assert _scan(text, 0, len(text), gaz, ArticleMemory()) == _scan_without_test(
        text, 0, len(text), ArticleMemory()
    )
