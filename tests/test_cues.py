"""Status cues: the word regexes that let most stretches skip reading their cues agree with
reading them, on the seed articles and on sentences written to hold cues."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.actions import _condition_cue_in, _cue_list, _cue_words
from kg.articles import read_article
from kg.lexicon import cues
from kg.sentences import split_clauses, split_sentences

SEEDS = sorted((Path(__file__).parents[1] / "seeds").glob("*.txt"))
WRITTEN = [
    "如果美国继续制裁,中方将采取反制措施。",
    "一旦双方达成协议,制裁即告解除,但是谈判尚未开始。",
    "俄方表示不会出席会议了,安理会随后通过决议。",
]


def _texts() -> list[str]:
    return [read_article(path).text for path in SEEDS] + WRITTEN


@pytest.mark.parametrize("position", sorted({cue.position for cue in cues().values()}))
def test_a_stretch_without_the_words_of_a_position_holds_no_cue_of_it(position: str) -> None:
    for text in _texts():
        for sentence in split_sentences(text):
            for clause in split_clauses(sentence):
                for start in range(clause.start, clause.end, 3):
                    read = [c for c in _cue_list(text, start, clause.end) if c.position == position]
                    if not _cue_words(position).search(text, start, clause.end):
                        assert read == [], (text[start : clause.end], position)


def test_condition_cues_are_found_as_reading_the_cues_finds_them() -> None:
    found = 0
    for text in _texts():
        for sentence in split_sentences(text):
            for clause in split_clauses(sentence):
                for stop in range(clause.start, clause.end + 1):
                    read = any(c.position == "opens" for c in _cue_list(text, clause.start, stop))
                    assert _condition_cue_in(text, clause.start, stop) == read
                    found += read
    assert found  # the written sentences open conditions
