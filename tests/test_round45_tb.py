"""Round 45, helper tb: words and frames of the trigger lexicon (misses where both actors are
seen; tb's invitation rule was not merged, tf's narrower one was). Sentences written for the tests in the style of Chinese international news."""

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
