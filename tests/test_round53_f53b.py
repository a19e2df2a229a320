"""Round 53 (f53b): a territory named by its own name (加沙, 约旦河西岸, 克里米亚) that is seized,
entered, left or visited is where the act happens, not its target: the golds name who holds it
(the occupied town's people, the annexed land's state) or nobody. It is still hit, aided,
blockaded or relieved. Sentences are written for the test."""

from __future__ import annotations

import pytest
from sentences import events_of

_TERRITORIES = {"加沙", "约旦河西岸", "克里米亚"}


@pytest.mark.parametrize(
    "text",
    [
        "俄罗斯2014年吞并了克里米亚半岛。",  # seized
        "以色列议员提议吞并约旦河西岸。",  # seized, planned
        "以军发动新一轮攻势,旨在占领拉法。",  # a town of the territory
        "以色列国防军宣布撤离加沙地带北部。",  # left
        "哈马斯表示只会交还人质,以换取以色列完全撤出加沙。",  # left, asked for
        "以色列向加沙边境增派了两个旅的兵力。",  # troops sent to it
        "联合国秘书长古特雷斯周二访问了约旦河西岸。",  # visited
    ],
)
def test_territory_seized_left_or_visited_is_no_target(text) -> None:
    found = events_of(text)
    assert not [e for e in found if e[0] in _TERRITORIES or e[2] in _TERRITORIES]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("以军周三向加沙城发动新一轮空袭。", ("以军", "ASSAULT", "加沙", "asserted")),
        ("约旦向加沙空投了援助物资。", ("约旦", "AID", "加沙", "asserted")),
        ("以色列宣布切断对加沙地带的供水。", ("以色列", "SANCTION", "加沙", "asserted")),
        ("以色列宣布解除对加沙的封锁。", ("以色列", "CONCEDE", "加沙", "asserted")),
    ],
)
def test_territory_is_still_hit_aided_or_blockaded(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("俄罗斯2014年吞并了乌克兰的领土。", ("俄罗斯", "COERCE", "乌克兰", "asserted")),
        ("以军宣布撤离黎巴嫩南部。", ("以军", "RETREAT", "黎巴嫩", "asserted")),
        ("以色列总理访问了约旦。", ("以色列", "CONSULT", "约旦", "asserted")),
    ],
)
def test_states_seized_left_or_visited_keep_their_events(text, event) -> None:
    found = events_of(text)
    assert event in found or (event[2], event[1], event[0], event[3]) in found
