"""Round 42, helper fb: false positives that stand alone in their sentence, where no reading
of the guidelines finds an event (kg/actions.py, ontology/words.tsv)."""

from __future__ import annotations

import pytest
from sentences import events_of


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


@pytest.mark.parametrize(
    "text",
    [
        # an act named as a capability (能力 after it, past its target or a second act)
        "美国议员指出，解放军演训显示其对台湾封锁与侵略能力正在升高。",
        "分析人士说，朝鲜对韩国的打击能力大幅提高。",
        # what a weapon can do (能够 before the act, 的 and a weapon after it)
        "这种导弹是朝鲜为打造能够打击美国本土的洲际弹道导弹而研发的武器。",
        # what a weapon is made for (为…而开发)
        "据推测，这枚导弹是朝鲜为对韩国全境进行核攻击而开发的新型号。",
    ],
)
def test_a_means_to_act_is_no_act(text: str) -> None:
    assert not {p for p in _pairs(text) if p[1] in {"ASSAULT", "SANCTION"}}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("俄罗斯昨天袭击了乌克兰的能源设施。", ("俄罗斯", "ASSAULT", "乌克兰")),
        # a capability the act weakens is not the act's own
        ("美国对古巴实施封锁，削弱了古巴的经济能力。", ("美国", "SANCTION", "古巴")),
        # what an actor can do to a place, no weapon described: the act stays
        ("内塔尼亚胡说，以色列能够打击伊朗的核设施。", ("以色列", "ASSAULT", "伊朗")),
        ("朝鲜向日本海发射导弹，威胁韩国。", ("朝鲜", "THREATEN", "韩国")),
    ],
)
def test_acts_done_stay(text: str, pair: tuple[str, str, str]) -> None:
    assert pair in _pairs(text)
