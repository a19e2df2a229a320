"""Round 32 (sg): find_triggers reads the trigger regex's matches from Aho-Corasick automata
(kg.lexicon.TriggerSpans), which must give exactly the regex's spans on every range."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.actions import find_triggers
from kg.articles import iter_articles
from kg.lexicon import (
    TriggerSpans,
    _run_branches,
    _runs_of_a_kind,
    first_character_pattern,
    trigger_pattern,
    trigger_spans,
)
from kg.model import Article
from kg.sentences import split_clauses, split_sentences

ROOT = Path(__file__).resolve().parent.parent
DEV = [ROOT / "seeds", ROOT / "eval" / "dev", ROOT / "eval" / "terminus-dev"]

#: sentences written for these tests: split triggers whose parts are both in (推迟…峰会, 恢复…对话)
#: or only one of them, overlapping words (举行会谈 / 会谈, 会谈中向), a quoted gap
SENTENCES = [
    "美朝双方决定推迟原定于下月在新加坡举行的峰会。",
    "中方愿与美方恢复中断已久的对话，双方随后举行会谈并会见记者。",
    "两国领导人在会谈中向媒体表示将恢复“战略”对话和谈判。",
    "他推迟了行程，峰会照常举行。",
    "特朗普会晤金正恩后举行会谈，会谈中向朝方提出建议。",
    "美国对伊朗实施制裁，伊朗谴责美方，并退出与美方签署的协议。",
]


def _regex(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [match.span() for match in trigger_pattern().finditer(text, start, end)]


def _every_range(text: str):
    for start in range(len(text)):
        for end in range(start + 1, len(text) + 1):
            yield start, end


@pytest.mark.parametrize("text", SENTENCES)
def test_every_range_of_chosen_sentences(text: str) -> None:
    finder = trigger_spans()
    for start, end in _every_range(text):
        assert finder.spans(text, start, end) == _regex(text, start, end), (start, end)


def test_the_chosen_sentences_hold_split_matches_and_edges() -> None:
    """The sentences test what they are meant to: a split trigger matched across its gap,
    and a range cutting a word short, where a shorter word (会谈 of 举行会谈) or none matches."""
    text = SENTENCES[0]
    words = [text[a:b] for a, b in trigger_spans().spans(text, 0, len(text))]
    assert any(w.startswith("推迟") and w.endswith("峰会") and len(w) > 4 for w in words)
    cut = text.index("峰") + 1  # the range ends inside 峰会: no split match
    assert not any(w.endswith("峰会") for w in (text[a:b] for a, b in _regex(text, 0, cut)))
    assert trigger_spans().spans(text, 0, cut) == _regex(text, 0, cut)
    text = SENTENCES[1]
    at = text.index("举行会谈")
    assert trigger_spans().spans(text, at, at + 4) == [(at, at + 4)]
    assert trigger_spans().spans(text, at + 1, at + 4) == [(at + 2, at + 4)]


def test_dev_sentences_clauses_and_their_tails() -> None:
    """Every sentence and clause of the dev folders, and each clause from each of its
    characters to its end and from its start to each character (the ranges find_triggers
    is given: clauses, the rest of a clause after a word, a clause up to a word)."""
    finder = trigger_spans()
    checked = 0
    for article in iter_articles(DEV):
        if not isinstance(article, Article):
            continue
        text = article.text
        for sentence in split_sentences(article):
            ranges = [(sentence.start, sentence.end)]
            for clause in split_clauses(sentence):
                ranges += [(k, clause.end) for k in range(clause.start, clause.end)]
                ranges += [(clause.start, k) for k in range(clause.start + 1, clause.end)]
            for start, end in ranges:
                assert finder.spans(text, start, end) == _regex(text, start, end)
                checked += 1
    assert checked > 10_000


def _toy(plain: list[str], split: list[str]) -> tuple[TriggerSpans, object]:
    """A finder and a regex built the way the trigger regex is, of these words."""
    words = sorted([*plain, *split], key=len, reverse=True)
    branches = [b for run in _runs_of_a_kind(words) for b in _run_branches(run)]
    regex = first_character_pattern(branches)
    parts = [tuple(word.split("…", 1)) for word in split]
    return TriggerSpans(plain, parts, regex), regex


def test_toy_words_every_range() -> None:
    """Words that overlap, nest and share parts with split words; a split word whose first
    part is a plain word's prefix and is tried before it (longer), or after it."""
    plain = ["ab", "abcd", "bc", "cde", "d", "abx"]
    split = ["ab…e", "a…d", "b…cd"]
    finder, regex = _toy(plain, split)
    for text in ["abcde", "xabcdabx", "abxcde", "ab，e abcde", "aaabcdd", "bcbcd"]:
        for start, end in _every_range(text):
            spans = [m.span() for m in regex.finditer(text, start, end)]
            assert finder.spans(text, start, end) == spans, (text, start, end)


def test_characters_beyond_the_bmp_and_a_lone_surrogate() -> None:
    """Offsets in characters past an astral character; a lone surrogate (which UTF-8 cannot
    write) is searched with the regex, not refused."""
    finder = trigger_spans()
    texts = ["😀美国制裁朝鲜😀并退出与美方签署的协议", "𠀀会谈中向𠀂推迟𠀃峰会"]
    texts.append("\ud800美国制裁朝鲜")
    for text in texts:
        for start, end in _every_range(text):
            assert finder.spans(text, start, end) == _regex(text, start, end), (text, start, end)


def test_toy_finder_refuses_empty_words() -> None:
    with pytest.raises(ValueError):
        _toy(["", "ab"], [])
    with pytest.raises(ValueError):
        TriggerSpans(["ab"], [("a", "")], None)


def test_find_triggers_reads_the_split_span() -> None:
    """find_triggers still reports the split trigger with its span and inner gap."""
    text = SENTENCES[0]
    found = find_triggers(text, 0, len(text))
    split = [t for _, t in found if not isinstance(t, str) and t.inner is not None]
    assert split and split[0].word.startswith("推迟") and split[0].word.endswith("峰会")
