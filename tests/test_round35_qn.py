"""Round 35, helper qn: wordings of sanctions and their easing that no single-page rule covered
(export-control lists, envoys ordered out, sanctions waived). Each construction was seen on two
dev-side sets at least (named above its tests); the sentences are written for the tests."""

from __future__ import annotations

from sentences import events_of

# -- an export-control list of end users (audit34 yn 将多家中国企业列入“最终用户清单”; audit34 yc
#    and audit33 wb 列入“军事最终用户清单”)


def test_firms_put_on_an_end_user_list_are_sanctioned() -> None:
    found = events_of("日本经济产业省宣布，将五家中国企业列入“最终用户清单”。")
    assert ("日本经济产业省", "SANCTION", "中国", "asserted") in found


def test_firms_put_on_a_military_end_user_list_are_sanctioned() -> None:
    found = events_of("美国商务部将三家俄罗斯企业列入“军事最终用户清单”。")
    assert ("美国商务部", "SANCTION", "俄罗斯", "asserted") in found


def test_a_list_of_trade_partners_is_no_sanction() -> None:
    found = events_of("日本宣布将韩国列入贸易伙伴名单。")
    assert not any(e[1] == "SANCTION" for e in found)


# -- envoys ordered out with no deadline (audit33 wi 克里姆林宫下令爱沙尼亚大使离开; the order-out
#    class also in audit33 wg 要求6名加拿大外交官在星期六前离开)


def test_an_ambassador_ordered_to_leave_is_expelled() -> None:
    found = events_of("拉脱维亚外交部当天下令俄罗斯大使离开。")
    assert ("拉脱维亚外交部", "SANCTION", "俄罗斯", "asserted") in found


def test_troops_ordered_to_leave_are_no_envoys() -> None:
    found = events_of("普京下令俄罗斯军队离开赫尔松。")
    assert not any(e[1] == "SANCTION" for e in found)


def test_a_demand_that_troops_leave_stays_a_demand() -> None:
    found = events_of("美国要求以色列军队离开加沙。")
    assert not any(e[1] == "SANCTION" for e in found)
    assert any(e[0] == "美国" and e[1] == "REQUEST" for e in found)


# -- sanctions waived (audit34 ya 特朗普颁布的免除对叙制裁的行政令), an easing as 解除…制裁 is
#    (qa-09 取消…制裁, seeds 放松对朝制裁)


def test_sanctions_waived_by_a_person_are_a_concession_not_a_sanction() -> None:
    found = events_of("特朗普签署行政令，免除对叙利亚的制裁。")
    assert ("特朗普", "CONCEDE", "叙利亚", "asserted") in found
    assert not any(e[0] == "特朗普" and e[1] == "SANCTION" for e in found)


def test_debt_waived_is_no_easing_of_sanctions() -> None:
    found = events_of("中国宣布免除对多国的部分债务。")
    assert not any(e[1] == "CONCEDE" for e in found)
