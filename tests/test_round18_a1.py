"""Recall and precision on a blind round about East Asia (the Korean peninsula, the Taiwan
Strait, the South China Sea, US–China talks, tariffs and export controls): a missile fired
from the launcher's own soil, refusals that name no one, warnings to "anyone" who crosses a
line, a willingness that governs the list of acts after it, and the words of control,
monitoring and shows of force that these reports use.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


# -- 朝鲜在平壤一带发射导弹: a launch from one's own soil attacks nobody --------------------------

OWN_SOIL = [
    "韩国联合参谋本部表示,朝鲜当天在平壤顺安一带向东部海域发射2枚短程弹道导弹。",
    "韩军方称,朝鲜当天上午11时许,在平壤附近向半岛东部海域发射一枚弹道导弹。",
    "日本防卫省说,朝鲜在平壤郊外发射了一枚洲际弹道导弹。",
]


@pytest.mark.parametrize("text", OWN_SOIL)
def test_a_launch_from_own_soil_attacks_nobody(text) -> None:
    assert not any(t == "ASSAULT" for _, t, _ in _pairs(text))


ATTACKED_PLACE = [
    ("以军在加沙南部城市拉法发动空袭。", ("以军", "ASSAULT", "加沙")),
    ("乌克兰总统泽连斯基表示,俄军当天在基辅发动空袭。", ("俄军", "ASSAULT", "乌克兰")),
    ("俄军当天在俄罗斯别尔哥罗德州向乌克兰哈尔科夫发射导弹。", ("俄军", "ASSAULT", "乌克兰")),
]


@pytest.mark.parametrize(("text", "expected"), ATTACKED_PLACE)
def test_a_place_of_another_side_is_still_attacked(text, expected) -> None:
    assert expected in _pairs(text)
