"""Session 45, helper rb: speed of the fixed costs; outputs unchanged."""

from __future__ import annotations

import pytest

from kg import articles

# written for this test: phrases of zhconv's table (幹什麼, 人體), lone characters, a phrase
# next to a character that is a word of its own, corner brackets, Latin and digits
LINES = [
    "我幹什麼不干你事。",
    "國務院發言人說，兩國關係「穩定發展」。",
    "他們於1997年簽署協議，後來又發表聯合聲明。",
    "臺灣與香港的記者報導了這場會議",
    "人體內存在很多微生物",
    "沒有繁體字的句子",
    "",
    "ABC 123 學習",
    "乾隆皇帝與乾燥的天氣",
]


@pytest.mark.parametrize("line", LINES)
def test_to_hans_is_zhconv(line: str) -> None:
    """The automaton and translate table give what zhconv's own loop gives."""
    assert articles._to_hans(line) == articles._zhconv().convert(line, "zh-hans")


def test_to_hans_of_a_lone_surrogate_is_zhconv() -> None:
    line = "國\udc80家"
    assert articles._to_hans(line) == articles._zhconv().convert(line, "zh-hans")


def test_single_characters_are_zhconv() -> None:
    singles = articles._hans_tables()[0]
    for ch in "國們於後發們乾幹臺灣著么中台":
        assert singles.get(ord(ch), ch) == articles._zhconv().convert(ch, "zh-hans")


def test_simplify_line_keeps_corner_brackets() -> None:
    assert articles._simplify_line("「國家」") == "「国家」"
