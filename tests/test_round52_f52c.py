"""Round 52 (f52c): a territory named by its own name is a place, as its towns are. Gaza, the
West Bank and Crimea are hit; they never act and are never the one accused, asked or backed.
(Round 53, f53b: seized or left they are no target either: tests/test_round53_f53b.py.)
Sentences are written for the test, with the armed acts that must still reach the territory.
"""

from __future__ import annotations

import pytest
from sentences import events_of


@pytest.mark.parametrize(
    "text",
    [
        "中方认为加沙未能停火是局势动荡的根源,呼吁加沙早日实现持久停火。",  # where, not who
        "胡塞武装表示将继续声援加沙。",  # the people of the place, not the place
        "阿联酋外长批评约旦河西岸的定居点扩张计划。",  # what is criticised happens there
        "欧盟支持克里米亚回归乌克兰。",  # the place is what is backed for Ukraine
        "德国外长对克里米亚的前途表示关切。",  # what is talked about
        "加沙卫生部门指责以色列袭击医院。",  # a body of the place, not the place, speaks
    ],
)
def test_territory_named_as_place_is_never_addressed(text) -> None:
    keys = {"加沙", "约旦河西岸", "克里米亚"}
    found = events_of(text)
    assert not [e for e in found if e[0] in keys or (e[2] in keys and e[1] != "ASSAULT")]


@pytest.mark.parametrize(
    "text, event",
    [
        ("以军周三向加沙发动新一轮空袭。", ("以军", "ASSAULT", "加沙", "asserted")),
        ("以色列宣布切断对加沙地带的电力供应。", ("以色列", "SANCTION", "加沙", "asserted")),
    ],
)
def test_territory_is_still_hit(text, event) -> None:
    assert event in events_of(text)
