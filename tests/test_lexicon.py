"""kg.lexicon and kg.gazetteer lookups: the fast word regexes and start indexes find exactly
what the plain forms they replace find (a longest-first alternation, a lookup at every
character), on the seed articles and on strings made to trip them."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from kg.articles import read_article
from kg.gazetteer import StartIndex, load_gazetteer
from kg.lexicon import _trigger_regex, summits, trigger_for, trigger_pattern, triggers
from kg.lexicon import words_pattern as make_words_pattern

SEEDS = sorted((Path(__file__).parents[1] / "seeds").glob("*.txt"))
TRICKY = [
    "推迟了原定于下月举行的中欧峰会，并取消访问",  # split triggers, one inside another's gap
    "美国宣布对朝鲜实施制裁。朝方谴责美国制裁朝鲜的霸凌行径",
    "发射导弹和发射无人机，发射了一枚火箭弹",
    "减少在基辅方向的军事活动，减少军事行动",
    "会见会谈会晤会面，访华访朝",
    "",
]


def _texts() -> list[str]:
    return [read_article(path).text for path in SEEDS] + TRICKY


def _plain_alternation(words: list[str]) -> re.Pattern[str]:
    """What the fast regexes replace: every word, longest first, one after the other."""
    ordered = sorted(words, key=len, reverse=True)
    return re.compile("|".join(_trigger_regex(word) for word in ordered) or "(?!)")


def _matches_at_every_position(fast: re.Pattern[str], plain: re.Pattern[str], text: str):
    for pos in range(len(text) + 1):
        a, b = fast.match(text, pos), plain.match(text, pos)
        assert (a and a.group()) == (b and b.group()), (text, pos)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("text", _texts())
def test_trigger_pattern_matches_what_the_longest_first_alternation_matches(text: str) -> None:
    plain = _plain_alternation([*triggers(), *summits()])
    _matches_at_every_position(trigger_pattern(), plain, text)


@pytest.mark.parametrize(
    "words",
    [
        ["制裁", "制", "制裁案", "制定", "裁决"],
        ["a", "ab", "abc", "abd", "b", "bcd", "x.y", "[z]"],
        ["霸凌", "霸权主义", "霸"],
        [],
    ],
)
def test_words_pattern_finds_the_longest_word(words: list[str]) -> None:
    fast, plain = make_words_pattern(words), _plain_alternation(words)
    for text in ["", "制裁案制定制x", "abcdabxbcd x.y [z] xay", "霸权霸凌霸主", *_texts()[:1]]:
        _matches_at_every_position(fast, plain, text)


def test_words_pattern_of_many_first_characters() -> None:
    """Enough first characters for several levels of the binary search, each of which checks
    the characters its half allows next: the longest word is still found everywhere."""
    rng = random.Random(5)
    alphabet = "abcdefghijklmnopqrstuvwxyz"
    vocabulary = {
        "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4))) for _ in range(300)
    }
    words = sorted(vocabulary)
    fast, plain = make_words_pattern(words), _plain_alternation(words)
    for _ in range(20):
        text = "".join(rng.choice(alphabet + " ") for _ in range(200))
        _matches_at_every_position(fast, plain, text)


def test_trigger_for_a_split_span() -> None:
    assert trigger_for("推迟原定于下月举行的中欧峰会").word == "推迟…峰会"
    assert trigger_for("推迟") is triggers().get("推迟")
    assert trigger_for("") is None


def test_a_start_index_skips_only_positions_where_no_word_starts() -> None:
    gaz = load_gazetteer()
    for text in _texts():
        found, pos = [], 0
        while (pos := gaz.actor_index.next(text, pos, len(text))) != -1:
            found.append(pos)
            pos += 1
        for pos in set(range(len(text))) - set(found):
            assert gaz.match_at(text, pos) is None
            assert text[pos] not in gaz.shorts
            inst = gaz.institution_at(text, pos)
            assert inst is None or len(inst.suffix) < 2
            assert not any(text.startswith(word, pos) for word in gaz.ambiguous)


def test_match_at_finds_the_longest_surface_at_every_position() -> None:
    gaz = load_gazetteer()
    plain = _plain_alternation(list(gaz.surfaces))
    for text in _texts():
        for pos in range(len(text)):
            hit, expected = gaz.match_at(text, pos), plain.match(text, pos)
            assert (hit[0] if hit else None) == (expected.group() if expected else None)


def test_a_start_index_reads_the_second_character_past_the_end() -> None:
    index = StartIndex(["美国", "中"])
    assert index.next("对美国", 0, 2) == 1  # 国 lies at the end: the caller decides
    assert index.next("美军", 0, 2) == -1
    assert index.next("xx中", 0, 3) == 2


def test_no_word_is_listed_twice_in_one_class() -> None:
    """A row written twice is harmless to the matcher but hides which section owns the word."""
    path = Path(__file__).resolve().parents[1] / "ontology" / "words.tsv"
    rows = [
        tuple(line.rstrip("\n").split("\t")[:2])
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    repeated = sorted({row for row in rows if rows.count(row) > 1})
    assert not repeated, repeated


def test_no_trigger_is_listed_twice() -> None:
    """A later row of a trigger silently replaces the earlier one (约见 read as a summons, then
    as a meeting): each trigger word has one row."""
    path = Path(__file__).resolve().parents[1] / "ontology" / "triggers.tsv"
    words = [
        line.split("\t")[0]
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    repeated = sorted({w for w in words if words.count(w) > 1})
    assert not repeated, repeated


def test_a_words_pattern_opens_with_the_class_of_every_first_character() -> None:
    """Words of one character (whatever follows) and words whose next character is known
    make two parts; re skips at C speed only to the class a pattern opens with, so the class
    of all first characters comes before both parts."""
    pattern = make_words_pattern(["制裁", "制", "霸权", "霸凌", "裁决"]).pattern
    assert pattern.startswith("[制裁霸](?:")
    assert make_words_pattern(["制裁", "霸权"]).pattern.startswith("[制霸](?=")


def test_one_regex_of_triggers_and_titles_finds_what_either_finds() -> None:
    """The sentences kept for extraction: one search for a trigger or a title, where there
    were two; at every position the one regex matches where either of the two does."""
    from kg.extract import _trigger_or_title_pattern, title_pattern

    gaz = load_gazetteer()
    either = _trigger_or_title_pattern(gaz)
    trigger, title = trigger_pattern(), title_pattern(gaz)
    for text in [*_texts(), "外交部发言人说", "国防部长出席", "天气晴朗", "推迟了下月的峰会"]:
        for pos in range(len(text) + 1):
            one = either.match(text, pos) is not None
            assert one == (
                trigger.match(text, pos) is not None or title.match(text, pos) is not None
            )
