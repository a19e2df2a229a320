"""Round 61 (f61g): a headline's ban on buying (禁进口, 禁采购) is a sanction, not trade; a
territory handed over to a state (将运河移交巴拿马, 由美国移交给巴拿马的运河) is yielded to it;
checked on sentences written for these tests."""

from __future__ import annotations

from sentences import events_of

# -- 禁 alone, the headline's 禁止, before a verb of buying: the ban, no trade --


def test_headline_ban_on_imports_is_a_sanction() -> None:
    found = events_of("欧盟禁进口俄罗斯天然气 匈牙利总理批评")
    assert ("欧盟", "SANCTION", "俄罗斯", "asserted") in found
    assert ("欧盟", "COOPERATE", "俄罗斯", "asserted") not in found


def test_headline_ban_on_purchases_is_a_sanction() -> None:
    found = events_of("中国禁采购美光产品。")
    assert ("中国", "SANCTION", "美光", "asserted") in found
    assert ("中国", "COOPERATE", "美光", "asserted") not in found


def test_imports_that_go_on_stay_trade() -> None:
    found = events_of("印度继续进口俄罗斯石油。")
    assert ("印度", "COOPERATE", "俄罗斯", "asserted") in found
    assert ("印度", "SANCTION", "俄罗斯", "asserted") not in found


# -- a territory handed over is yielded: CONCEDE to the one who gets it --


def test_canal_handed_over_without_gei_is_conceded() -> None:
    found = events_of("美国于1999年底将巴拿马运河正式移交巴拿马政府。")
    assert ("美国", "CONCEDE", "巴拿马", "asserted") in found


def test_sovereignty_handed_over_is_conceded() -> None:
    found = events_of("英国将香港主权移交给中国。")
    assert ("英国", "CONCEDE", "中国", "asserted") in found


def test_canal_handed_over_by_whom_the_by_phrase_names() -> None:
    found = events_of("这条运河于1999年由美国移交给巴拿马。")
    assert ("美国", "CONCEDE", "巴拿马", "asserted") in found


def test_canal_named_after_the_recipient_is_what_is_handed_over() -> None:
    found = events_of("这条于1999年由美国移交给巴拿马的运河对航运至关重要。")
    assert ("美国", "CONCEDE", "巴拿马", "asserted") in found


def test_weapons_handed_over_stay_aid() -> None:
    found = events_of("美国将爱国者导弹移交乌克兰。")
    assert ("美国", "AID", "乌克兰", "asserted") in found
    assert ("美国", "CONCEDE", "乌克兰", "asserted") not in found


def test_suspects_handed_over_stay_cooperation() -> None:
    found = events_of("墨西哥将26名嫌疑人移交美国。")
    assert ("墨西哥", "COOPERATE", "美国", "asserted") in found
    assert not any(e[1] == "CONCEDE" for e in found)


def test_a_right_or_a_report_handed_over_is_no_event() -> None:
    assert events_of("将主办权移交给美方代表。") == set()
    assert not any(e[1] == "CONCEDE" for e in events_of("联合国将报告移交安理会。"))
