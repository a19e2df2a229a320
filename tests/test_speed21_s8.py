"""The regex searches the twenty-first round's speed pass left out give what they gave.

* ``_acts_without_actors`` searches a clause for the words of acts that need no actor only
  where the first match in the sentence does not already tell (``_holds_match``);
* ``_names_after_titles`` does not search again for the title position it is given.

Each is compared with the search it replaces on every sentence and clause of the seeds, the
dev set and the Terminus dev set, and on sentences written for these tests in the style of
Chinese international news (with every stretch of them, for the edge cases).
"""

from __future__ import annotations

import pytest
from sentences import inspectable_articles

from kg.extract import _acts_alone, _holds_match
from kg.gazetteer import load_gazetteer
from kg.model import Sentence
from kg.sentences import Clause, split_clauses, split_sentences

WRITTEN = [
    "金特会在新加坡举行,双方签署了联合声明。",
    "外交部发言人林剑表示,美方的做法是霸凌行径,中方坚决反对。",
    "据报道,被扣押的船员已被放还,渔船也已返港。",
    "国务卿布林肯与国防部长奥斯汀会见了日本外相,并就台海局势交换意见。",
    "这种做法是赤裸裸的霸凌,也是对国际规则的践踏,遭到多国谴责。",
    "会谈结束后,普京总统说,双方同意继续对话。",
    "他说:“这是霸凌。”",
    "美国总统拜登、法国总统马克龙和德国总理朔尔茨出席了峰会。",
]


@pytest.fixture(scope="module")
def sentences() -> list[tuple[str, Sentence]]:
    found = []
    for article in inspectable_articles(WRITTEN):
        found += [(article.text, sentence) for sentence in split_sentences(article)]
    return found


def _stretches(sentence: Sentence) -> list[Clause]:
    """Every stretch of a short sentence, as a clause: clauses before, around, across and
    after the first match."""
    return [
        Clause(a, b)
        for a in range(sentence.start, sentence.end)
        for b in range(a + 1, sentence.end + 1)
    ]


def test_a_clause_holds_a_word_as_a_search_of_it_says(sentences) -> None:
    pattern = _acts_alone()
    checked = 0
    for text, sentence in sentences:
        first = pattern.search(text, sentence.start, sentence.end)
        if first is None:
            continue
        clauses = split_clauses(sentence)
        if len(sentence.text) <= 40:
            clauses = clauses + _stretches(sentence)
        for clause in clauses:
            searched = pattern.search(text, clause.start, clause.end) is not None
            assert _holds_match(pattern, text, clause, first) == searched, clause
            checked += 1
    assert checked > 1000


def test_the_title_index_gives_the_position_it_gave_again(sentences) -> None:
    """The search ``_names_after_titles`` no longer does first: from the position the index
    gave, the index gives that position."""
    index = load_gazetteer().title_index
    given = 0
    for text, sentence in sentences:
        first = index.next(text, sentence.start, sentence.end)
        if first != -1:
            assert index.next(text, first, sentence.end) == first
            given += 1
    assert given > 100


def test_the_written_sentences_hold_words_that_act_alone() -> None:
    pattern = _acts_alone()
    assert sum(pattern.search(text) is not None for text in WRITTEN) >= 4
