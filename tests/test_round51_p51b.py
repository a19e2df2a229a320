"""Speed pass (round 51, p51b): a look back at an earlier sentence (extract._actors_again, the
find_actors call of pronoun resolution, lists in focus and speakers) is given the words the
trigger-or-title gate found in that sentence, as the sentence's first reading is, so its tests
for a title, a firm noun and a post are lookups. Compared with the look back that searches, on
every sentence of dev articles (never a held-out one), leaders learned included. (Whole
articles with and without the words handed on: tests/test_round33_sj.py.)"""

from __future__ import annotations

import pytest

from kg.actors import find_actors
from kg.extract import _gate_reads, _trigger_or_title_gate
from kg.gazetteer import load_gazetteer
from kg.sentences import split_sentences
from tests.data.dev_articles import dev_articles


@pytest.fixture(scope="module")
def articles() -> list:
    return dev_articles(("fresh22", "fresh23"))


def test_a_look_back_with_the_words_found_as_with_the_searches(articles) -> None:
    """find_actors given leaders alone (a look back), with and without the gate's words: the
    same mentions, roles and attributive spans, and the same leaders learned, sentence after
    sentence of each article (the leaders grow as the article goes on, as in extraction)."""
    gaz = load_gazetteer()
    assert _gate_reads(gaz)[0]  # (else extraction hands no words on, and nothing is told)
    gate = _trigger_or_title_gate(gaz)
    named = learned = 0
    for article in articles:
        fast_leaders: dict = {}
        slow_leaders: dict = {}
        for sentence in split_sentences(article):
            _, found = gate.search_found(sentence.text)
            args = (article.text, sentence.start, sentence.end, gaz)
            fast = find_actors(*args, fast_leaders, words_found=found)
            slow = find_actors(*args, slow_leaders)
            assert fast.mentions == slow.mentions, sentence.text
            assert fast.roles == slow.roles, sentence.text
            assert fast.attributive == slow.attributive, sentence.text
            assert fast_leaders == slow_leaders, sentence.text
            named += bool(fast.mentions)
        learned += bool(fast_leaders)
    assert named > 100 and learned > 5, (named, learned)
