"""Round 62 (f62e): a bid to join a body (申请加入欧盟, 寻求加入北约, 争取参加世卫) asks the body to
admit it; a demand put to an organ of one's own state (要求五角大楼拟定计划) asks that organ;
checked on sentences written for these tests."""

from __future__ import annotations

from sentences import events_of

# -- a bid to join a body is a request of that body, not cooperation with it --


def test_application_to_join_asks_the_body() -> None:
    found = events_of("北马其顿去年正式申请加入欧盟。")
    assert ("北马其顿", "REQUEST", "欧盟", "asserted") in found
    assert not any(e[1] == "COOPERATE" for e in found)


def test_bid_to_join_asks_the_alliance() -> None:
    found = events_of("芬兰政府宣布寻求加入北约。")
    assert ("芬兰", "REQUEST", "北约", "asserted") in found


def test_bid_put_off_is_a_negated_request() -> None:
    found = events_of("格鲁吉亚总理宣布政府将推迟寻求加入欧盟。")
    assert ("格鲁吉亚", "REQUEST", "欧盟", "negated") in found


def test_striving_to_take_part_asks_the_body() -> None:
    found = events_of("巴勒斯坦将继续争取参加世界卫生组织的会议。")
    assert any(e[1] == "REQUEST" and e[2] == "世界卫生组织" for e in found)


def test_wish_to_join_stays_cooperation() -> None:
    found = events_of("乌克兰希望加入北约。")
    assert not any(e[1] == "REQUEST" for e in found)


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
