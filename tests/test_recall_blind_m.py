"""Recall and precision on a blind round of Middle-East and African news: strikes, truces,
mediation, summons and the fights of civil wars (Sudan, the Sahel, Gaza, Yemen).

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of


def _triples(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


def _subjects(text: str) -> set[str]:
    return {s for s, _, _, _ in events_of(text)}


# -- names: six syllables after a title, and the points Taiwan and Hong Kong print ------------

LONG_AND_POINTED_NAMES = [
    ("伊朗外交部西欧司司长艾哈迈达巴迪周三约见德国驻伊朗临时代办。", "艾哈迈达巴迪"),
    ("沙烏地王儲穆罕默德．沙爾曼週二在利雅德會見美國國務卿。", "穆罕默德·沙尔曼"),
    ("阿聯總統穆罕默德‧本‧扎耶德昨天與法國總統通電話。", "穆罕默德·本·扎耶德"),
    ("伊朗外交部发言人卡纳尼当天谴责美国的新制裁。", "卡纳尼"),
]


@pytest.mark.parametrize(("text", "name"), LONG_AND_POINTED_NAMES)
def test_a_name_is_read_whole(text, name) -> None:
    assert name in _subjects(text)


def test_a_full_width_point_between_digits_is_no_name() -> None:
    assert events_of("安理会当天通过了第２．５号文件。") == set()
