"""The shortcuts of the second speed pass of round eighteen give what the long way gives.

- the trigger-or-title test of every sentence is an Aho-Corasick automaton of the regex's
  words: it passes exactly the sentences the regex finds something in (split triggers whose
  parts stand too far apart, across a comma or in the wrong order included);
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.articles import iter_articles
from kg.extract import _trigger_or_title_gate, _trigger_or_title_pattern
from kg.gazetteer import load_gazetteer
from kg.lexicon import LiteralGate
from kg.model import Skipped
from kg.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]

# written for the test, in the style of international news and commentary
SENTENCES = [
    "美国财政部宣布对朝鲜实施新一轮制裁。",
    "外交部发言人在例行记者会上回答了提问。",
    "国务卿布林肯当天抵达首尔。",
    "俄方表示将减少在基辅方向的军事活动。",  # a split trigger, parts 8 characters apart
    "俄方表示将减少 在 基辅 方向的 军事活动。",  # ... the gap written with spaces
    "俄方表示将减少军事活动。",  # ... no gap at all
    "俄方表示将减少，在基辅方向的军事活动不会停止。",  # a comma in the gap: no trigger there
    "俄方表示将减少在基辅方向以及周边地区和更远的其他地区的军事活动。",  # a gap of 25
    "军事活动已经减少。",  # the parts in the wrong order
    "双方举行了一次会议。",
    "会议在日内瓦举行。",
    "制 裁",  # a trigger split by a space is no trigger
    "这是一个漫长而寒冷的冬天。",
    "表面上看，双方的分歧并不大。",
    "",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_the_gate_passes_what_the_regex_finds(text: str) -> None:
    gaz = load_gazetteer()
    expected = _trigger_or_title_pattern(gaz).search(text) is not None
    assert _trigger_or_title_gate(gaz).search(text) == expected


def test_the_gate_passes_the_sentences_of_the_repository_sets() -> None:
    """Every sentence of seeds/, eval/dev and eval/terminus-dev: the same ones pass (a
    sample of real text, where many sentences hold the first part of a split trigger and
    no plain word)."""
    gaz = load_gazetteer()
    regex, gate = _trigger_or_title_pattern(gaz), _trigger_or_title_gate(gaz)
    texts = [
        sentence.text
        for article in iter_articles(
            [str(ROOT / d) for d in ("seeds", "eval/dev", "eval/terminus-dev")]
        )
        if not isinstance(article, Skipped)
        for sentence in split_sentences(article)
    ]
    assert len(texts) > 300
    passed = [text for text in texts if gate.search(text)]
    assert passed == [text for text in texts if regex.search(text)]
    assert 0 < len(passed) < len(texts)


def _toy_gate(plain: list[str], split: list[tuple[str, str]]) -> LiteralGate:
    branches = [re.escape(w) for w in plain]
    branches += [f"{re.escape(a)}[^，,。]{{0,20}}?{re.escape(b)}" for a, b in split]
    return LiteralGate(plain, split, re.compile("|".join(branches) if branches else "(?!)"))


def test_a_plain_word_hidden_under_a_first_part_is_found() -> None:
    """减少 (a first part) and 少将 (a plain word) overlap in 减少将: the automaton reports
    every occurrence, so the plain word is not lost under the first part."""
    gate = _toy_gate(["少将"], [("减少", "军事活动")])
    assert gate.search("美方减少将领互访")
    assert not gate.search("美方减少互访")
    assert gate.search("美方减少在该地区的军事活动")


def test_both_parts_too_far_apart_are_left_to_the_regex() -> None:
    gate = _toy_gate([], [("减少", "军事活动")])
    assert not gate.search("减少" + "很" * 21 + "军事活动")
    assert gate.search("减少" + "很" * 20 + "军事活动")
    assert not gate.search("减少，军事活动")


def test_an_empty_word_or_no_word_answers_as_the_regex() -> None:
    assert _toy_gate([""], []).search("任何文字")
    assert _toy_gate([""], []).search("")
    assert not _toy_gate([], []).search("任何文字")
