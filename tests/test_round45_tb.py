"""Round 45, helper tb: words and frames of the trigger lexicon (misses where both actors are
seen). tb's invitation rule was not merged (tf's narrower one, without 应邀, was). Sentences
written for the tests in the style of Chinese international news."""

from __future__ import annotations

import pytest

from tests.data.sentences import events_of

# -- the UN's sanctions restored (snapback): the states that restore them sanction -------------
# (uc-06 启动恢复联合国对伊朗制裁的程序, uc-07 重新实施联合国制裁, lc-01 启动回弹机制)

RESTORED = [
    ("法国和德国宣布恢复联合国对伊朗的制裁。", ("法国", "SANCTION", "伊朗")),
    ("英国和法国重新实施联合国对朝鲜的制裁。", ("英国", "SANCTION", "朝鲜")),
    ("英法德对伊朗启动回弹机制。", ("德国", "SANCTION", "伊朗")),
]


@pytest.mark.parametrize(("text", "expected"), RESTORED)
def test_who_restores_the_uns_sanctions_sanctions(text, expected) -> None:
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    assert expected in found
    assert ("联合国", "SANCTION", expected[2]) not in found


def test_the_uns_own_sanctions_stay_the_uns() -> None:
    found = {(s, t, o) for s, t, o, _ in events_of("联合国对伊朗的制裁将在30天后自动恢复。")}
    assert ("联合国", "SANCTION", "伊朗") in found


# -- a war of words between two sides: each criticises the other ------------------------------
# (la-04 孟加拉国和邻国印度之间的口水战, nc-measure-07 与泽连斯基…爆发骂战)


def test_a_war_of_words_is_mutual_criticism() -> None:
    found = {(s, t, o) for s, t, o, _ in events_of("日本和韩国之间的口水战持续升级。")}
    assert ("日本", "ACCUSE", "韩国") in found
    assert ("韩国", "ACCUSE", "日本") in found


def test_a_war_of_words_with_someone() -> None:
    found = {(s, t, o) for s, t, o, _ in events_of("马克龙与特朗普在记者会上爆发骂战。")}
    assert ("马克龙", "ACCUSE", "特朗普") in found


def test_a_war_of_words_between_no_actors_is_no_event() -> None:
    assert not events_of("网友之间的口水战持续了三天。")
