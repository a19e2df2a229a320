"""Round 21 (q1): classes this morning's helpers saw and left — straight quotation marks a
page store left in Chinese text, ...

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of

from kg.articles import normalise

# -- "…": straight quotes around Chinese words read as “…” ----------------------------------

STRAIGHT = [
    '白俄罗斯承认"南奥塞梯共和国"独立。',
    '俄罗斯宣布承认"卢甘斯克人民共和国"独立。',
]


@pytest.mark.parametrize("text", STRAIGHT)
def test_straight_quotes_read_as_curly_ones(text) -> None:
    curly = text.replace('"', "“", 1).replace('"', "”", 1)
    assert events_of(text) == events_of(curly)
    assert events_of(text)


def test_straight_quotes_keep_offsets_and_latin_pairs() -> None:
    text, offsets = normalise('他说:"美方应停止施压", "Made in USA"和"中国制造"。')
    assert text == '他说:“美方应停止施压”, "Made in USA"和“中国制造”。'
    assert offsets == tuple(range(len(text) + 1))


def test_an_unpaired_straight_quote_stays() -> None:
    assert normalise('外交部称"美国应当')[0] == '外交部称"美国应当'
