"""Round 52 (f52b): opposing someone's proposal refuses it (REJECT), as GUIDELINES' REJECT
reads it; opposing an act stays a criticism (ACCUSE). A bare 反对 that echoes the opposition
just told refuses the same proposal. Sentences are written for the test, with near misses.
"""

from __future__ import annotations

import pytest
from sentences import events_of


@pytest.mark.parametrize(
    "text, event",
    [
        ("巴西政府反对美国提出的停火提议。", ("巴西", "REJECT", "美国", "asserted")),
        ("哈萨克斯坦反对俄罗斯的裁军倡议。", ("哈萨克斯坦", "REJECT", "俄罗斯", "asserted")),
        ("印度反对日本关于改革安理会的设想。", ("印度", "REJECT", "日本", "asserted")),
    ],
)
def test_opposing_a_proposal_rejects_it(text, event) -> None:
    assert event in events_of(text)


def test_an_echoed_opposition_rejects_the_same_proposal() -> None:
    events = events_of("伊朗反对法国的调解提议，土耳其、卡塔尔也表示反对。")
    assert ("土耳其", "REJECT", "法国", "asserted") in events
    assert ("卡塔尔", "REJECT", "法国", "asserted") in events
    assert not [e for e in events if e[1] == "ACCUSE"]


@pytest.mark.parametrize(
    "text, event",
    [
        ("中方坚决反对美国对古巴的封锁。", ("中国", "ACCUSE", "美国", "asserted")),
        ("法国反对以色列在黎巴嫩的地面行动。", ("法国", "ACCUSE", "以色列", "asserted")),
    ],
)
def test_opposing_an_act_stays_a_criticism(text, event) -> None:
    events = events_of(text)
    assert event in events
    assert not [e for e in events if e[1] == "REJECT"]


def test_not_opposing_a_proposal_is_no_refusal() -> None:
    assert not [e for e in events_of("韩国不反对美国的和平提议。") if e[1] == "REJECT"]
