"""The fixed cost of a build, cut without changing what it finds (round twenty-eight, sp).

- the trigger-or-title gate asks the trigger regex about the sentences its automaton cannot
  tell (both parts of a split trigger, no plain word), where it asked a regex of triggers
  and titles that was compiled for this alone: in such a sentence only a split trigger can
  match, so both regexes answer alike.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.articles import iter_articles
from kg.extract import _trigger_or_title_gate, _trigger_or_title_pattern
from kg.gazetteer import load_gazetteer
from kg.lexicon import LiteralGate, trigger_pattern
from kg.model import Skipped
from kg.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]

# written for the test: both parts of a split trigger (恢复…谈判, 交换…意见, 减少…军事活动),
# with and without a plain trigger or a title elsewhere, and near misses the gap rule stops
SPLIT_SENTENCES = [
    "双方同意恢复中断多年的谈判。",  # the split trigger alone
    "双方同意恢复在日内瓦的谈判。",
    "两国外长就地区局势交换了意见。",
    "两国外长就地区局势交换了意见，外交部发言人介绍了情况。",  # ... and a title
    "两国外长交换了意见并签署协议。",  # ... and a plain trigger
    "俄方表示将减少在基辅方向的军事活动。",
    "双方同意恢复，但中断多年的谈判仍无进展。",  # a comma in the gap: no trigger
    "谈判恢复了。",  # the parts in the wrong order
    "双方同意恢复在日内瓦以及周边地区和更远的其他地区进行了很久的谈判。",  # a gap too long
    "意见交换了。",
    "两国交换“各自”的意见。",  # a quoted name in the gap
    "两国交换”各自的意见。",  # a closing quotation mark alone in the gap
]


@pytest.mark.parametrize("text", SPLIT_SENTENCES)
def test_the_gate_passes_split_triggers_as_the_regex_of_triggers_and_titles(text: str) -> None:
    gaz = load_gazetteer()
    expected = _trigger_or_title_pattern(gaz).search(text) is not None
    assert _trigger_or_title_gate(gaz).search(text) == expected
    assert _trigger_or_title_gate(gaz).search_also(text)[0] == expected


def test_the_written_sentences_hold_both_answers() -> None:
    gaz = load_gazetteer()
    answers = {_trigger_or_title_gate(gaz).search(text) for text in SPLIT_SENTENCES}
    assert answers == {True, False}


def test_the_gate_asks_the_trigger_regex_not_the_regex_of_titles() -> None:
    """Its fallback is the trigger regex a build loads anyway."""
    gate = _trigger_or_title_gate(load_gazetteer())
    assert gate._fallback is trigger_pattern()


def test_where_the_gate_asks_its_fallback_the_two_regexes_agree() -> None:
    """Every sentence of seeds/, eval/dev and eval/terminus-dev that holds both parts of a
    split trigger and no plain word (the only ones the fallback is asked about): the
    trigger regex finds a match exactly where the regex of triggers and titles does."""
    gaz = load_gazetteer()
    gate, either = _trigger_or_title_gate(gaz), _trigger_or_title_pattern(gaz)
    asked = []
    for article in iter_articles(
        [str(ROOT / d) for d in ("seeds", "eval/dev", "eval/terminus-dev")]
    ):
        if isinstance(article, Skipped):
            continue
        for sentence in split_sentences(article):
            found = gate._automaton.find_matches_as_strings(sentence.text, overlapping=True)
            if gate._plain.isdisjoint(found) and any(
                not gate._seconds.get(first, frozenset()).isdisjoint(found) for first in found
            ):
                asked.append(sentence.text)
    asked += SPLIT_SENTENCES[:3] + SPLIT_SENTENCES[5:]
    for text in asked:
        assert (trigger_pattern().search(text) is None) == (either.search(text) is None), text


def test_a_toy_gate_asks_its_fallback_only_without_a_plain_word() -> None:
    """The fallback (here a regex of the split word alone) is asked only where the text holds
    both parts and no plain word; a plain word found answers at once."""
    asked: list[str] = []

    class Counting:
        def search(self, text: str):
            asked.append(text)
            return re.search("减少[^，。]{0,5}活动", text)

    gate = LiteralGate(["制裁"], [("减少", "活动")], Counting())
    assert gate.search("宣布制裁并减少军事活动")  # a plain word: no question
    assert asked == []
    assert gate.search("将减少军事活动")
    assert not gate.search("将减少，军事活动")
    assert not gate.search("活动减少")  # one part, then the other: the regex says no
    assert asked == ["将减少军事活动", "将减少，军事活动", "活动减少"]
    assert not gate.search("活动")  # one part only: no question
    assert len(asked) == 3


def test_an_empty_plain_word_is_in_every_text() -> None:
    """The regex matches an empty word everywhere: no question to the fallback, which here
    would say no."""
    gate = LiteralGate(["", "制裁"], [], re.compile("(?!)"), also=["外交部"])
    assert gate.search("天气晴朗")
    assert gate.search_also("外交部说") == (True, True)
    assert gate.search_also("") == (True, False)


def test_a_split_word_needs_both_parts() -> None:
    with pytest.raises(ValueError, match="a part is empty"):
        LiteralGate([], [("减少", "")], re.compile("(?!)"))
