"""Accuracy round 22 (b2): fresh mainland simplified-Chinese reports on Asia-Pacific affairs
(the Korean peninsula, Japan and Korea, India and Pakistan, the South China Sea) and foreign-
ministry answers. The classes found there, each tested below with sentences written for the
test in the style of Chinese international news, and with near misses that must stay silent.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of


def _pairs(text: str, date: str | None = "2024-05-10") -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text, date)}


# -- a blamed joint act of a compound after a relative clause, and a second one coordinated ----

BLAMED_DRILLS = [
    (
        "朝鲜外务省发言人谴责将于下月举行的美日韩联合军演。",
        {
            ("朝鲜外务省", "ACCUSE", "美国"),
            ("朝鲜外务省", "ACCUSE", "日本"),
            ("朝鲜外务省", "ACCUSE", "韩国"),
        },
    ),
    (
        "中方强烈谴责正在南海进行的美菲联合演习。",
        {("中国", "ACCUSE", "美国"), ("中国", "ACCUSE", "菲律宾")},
    ),
    (
        "朝鲜国防省谴责美韩空中演习“警戒王牌”和美日联合军演。",
        {
            ("朝鲜国防省", "ACCUSE", "美国"),
            ("朝鲜国防省", "ACCUSE", "韩国"),
            ("朝鲜国防省", "ACCUSE", "日本"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), BLAMED_DRILLS)
def test_each_side_of_a_blamed_joint_drill_is_blamed(text, expected) -> None:
    assert expected <= _pairs(text)


def test_support_for_a_joint_dialogue_after_a_relative_clause_blames_nobody() -> None:
    found = _pairs("中方支持即将重启的朝美对话。")
    assert not {p for p in found if p[1] in {"ACCUSE", "SUPPORT"} and p[2] in {"朝鲜", "美国"}}


def test_a_coordinated_place_after_a_blamed_drill_is_no_target() -> None:
    found = _pairs("朝鲜谴责美韩联合军演和韩国国内的反朝集会。")
    assert ("朝鲜", "ACCUSE", "美国") in found
    assert not any(o == "日本" for _, _, o in found)
