"""Recall and precision on a blind round of Middle East, Russia–Ukraine and Europe news
(round 18, a2): classes of wording found in fresh articles, each with the near misses that
must stay silent.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of

# -- 以色列应对此负全部责任: who is said to bear the responsibility is blamed -----------------
# A statement that lays the (full, main, inescapable) responsibility on an actor is the
# speaker's accusation of it; a should before it (应该对…负全部责任) asks nothing.

BLAME = [
    (
        "哈马斯发表声明,认为以色列对此次局势升级负有全部责任。",
        ("哈马斯", "ACCUSE", "以色列", "asserted"),
    ),
    (
        "伊朗外交部发表声明说,美国政府应该对这一行径造成的后果负全部责任。",
        ("伊朗外交部", "ACCUSE", "美国", "asserted"),
    ),
    (
        "俄方认为,北约对乌克兰危机负有不可推卸的责任。",
        ("俄罗斯", "ACCUSE", "北约", "asserted"),
    ),
    (
        "叙利亚外交部表示,以色列必须对此次空袭负全部责任。",
        ("叙利亚外交部", "ACCUSE", "以色列", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), BLAME)
def test_bearing_the_responsibility_is_blame(text, expected) -> None:
    assert expected in events_of(text)


def test_a_should_before_the_blame_asks_nothing() -> None:
    found = events_of("伊朗外交部发表声明说,美国政府应该对这一行径造成的后果负全部责任。")
    assert ("伊朗外交部", "REQUEST", "美国", "asserted") not in found


@pytest.mark.parametrize(
    "text",
    [
        "中国是负责任的大国,愿同各方加强合作。",
        "双方都负有维护地区和平的责任。",
        "卫生部门负责统计伤亡人数。",
    ],
)
def test_a_responsible_power_or_a_duty_blames_nobody(text) -> None:
    assert not {e for e in events_of(text) if e[1] == "ACCUSE"}
