"""Round 54, branch f54b: false records of the readable sets whose cause recurs.

A counter-measure named only as the aim of another act (为反制X的策略, 东部战区展开联合演训) or
as a counter-action of no named kind (北京采取反制行动理所当然: drills; 美国将与以色列协调反制
行动) is no sanction (ql, qb, ud code none); the act that counters is told on its own. A
countermeasure that is one (对X采取反制措施, 宣布反制, 采取相应的反制行动) still sanctions. The
sentences are written for these tests."""

from __future__ import annotations

import pytest
from sentences import events_of


def _plain(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text) if t != "ROLE"}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "为反制菲律宾总统的新政策，中国海军昨日在南海展开联合演习。",
            ("中国海军", "SANCTION", "菲律宾"),
        ),
        (
            "为反制日本的新规定，俄罗斯海军在千岛群岛附近举行演习。",
            ("俄罗斯海军", "SANCTION", "日本"),
        ),
        (
            "俄罗斯驻日大使馆强调，针对日本军演，莫斯科采取反制行动理所当然。",
            ("俄罗斯", "SANCTION", "日本"),
        ),
        (
            "伊朗对以色列发动导弹攻击后，美国表示将与以色列协调反制行动。",
            ("美国", "SANCTION", "伊朗"),
        ),
    ],
)
def test_a_counter_named_as_aim_or_of_no_kind_is_no_sanction(text, absent) -> None:
    assert absent not in _plain(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中国外交部宣布，对美国军工企业采取反制措施。", ("中国外交部", "SANCTION", "美国")),
        (
            "在英国驱逐两名外交官后，俄罗斯宣布反制，驱逐英国外交官。",
            ("俄罗斯", "SANCTION", "英国"),
        ),
        (
            "为反制欧盟制裁两家中国银行，中国商务部宣布对欧盟两家银行采取反制措施。",
            ("中国商务部", "SANCTION", "欧盟"),
        ),
    ],
)
def test_a_countermeasure_that_is_one_still_sanctions(text, expected) -> None:
    assert expected in _plain(text)
