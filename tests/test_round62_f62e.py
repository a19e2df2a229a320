"""Round 62 (f62e): a demand put to an organ of one's own state (要求五角大楼拟定计划) asks that
organ; checked on sentences written for these tests."""

from __future__ import annotations

from sentences import events_of

# -- a demand put to an organ of one's own state asks that organ --


def test_demand_to_own_defence_ministry_asks_it() -> None:
    found = events_of("普京要求俄罗斯国防部在一周内拟定反制方案。")
    assert ("普京", "REQUEST", "俄罗斯国防部", "asserted") in found


def test_government_demand_to_its_army_asks_it() -> None:
    found = events_of("美国总统拜登要求五角大楼研究撤军计划。")
    assert any(e[0] == "拜登" and e[1] == "REQUEST" and e[2] != "美国" for e in found)


def test_demand_of_own_state_asks_nobody() -> None:
    found = events_of("特朗普要求美国加强边境管控。")
    assert not any(e[1] == "REQUEST" for e in found)


def test_demand_of_own_leader_asks_nobody() -> None:
    found = events_of("美国国务院要求国务卿布林肯立即回国。")
    assert not any(e[1] == "REQUEST" for e in found)
