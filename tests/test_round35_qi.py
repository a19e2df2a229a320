"""Round 35, helper qi: meetings, visits and talks (CONSULT) and their status on unseen news."""

from __future__ import annotations

from sentences import events_of


def test_a_delegation_trip_planned_inside_the_trigger_is_intended() -> None:
    found = events_of(
        "一支土耳其代表团将于9月3日前往开罗，与埃及官员进行会谈。"
        "伊朗代表团3日抵达多哈，与卡塔尔官员进行会谈。"
    )
    assert ("土耳其", "CONSULT", "埃及", "intended") in found
    assert ("土耳其", "CONSULT", "埃及", "asserted") not in found
    assert ("伊朗", "CONSULT", "卡塔尔", "asserted") in found  # a trip made: talks held


def test_a_negotiating_team_travels_and_talks_as_planned() -> None:
    found = events_of(
        "一个以色列谈判小组计划于下周前往多哈，与卡塔尔官员进行间接谈判。"
        "加拿大总理表示，美国对加拿大的关税将推迟一个月。"
    )
    assert ("以色列", "CONSULT", "卡塔尔", "intended") in found
    assert ("以色列", "CONSULT", "卡塔尔", "asserted") not in found
    assert all(e[3] != "intended" for e in found if e[1] == "CONCEDE")  # a delay decided


def test_cross_strait_exchange_fostered_is_a_policy_field() -> None:
    found = events_of(
        "国台办发言人表示，大陆将采取有力措施促进两岸正常、健康交流往来，依法保护台湾同胞合法权益。"
    )
    assert not any(e[1] == "CONSULT" and {e[0], e[2]} == {"中国", "台湾"} for e in found)


def test_a_talk_planned_then_called_off_is_negated() -> None:
    found = events_of(
        "韩国外长原本计划下月访问日本，但因台风而推迟。美伊原定本月举行会谈，双方将讨论取消制裁。"
    )
    assert ("韩国", "CONSULT", "日本", "negated") in found
    assert ("美国", "CONSULT", "伊朗", "negated") not in found  # the sanctions are cancelled


def test_ceasefire_talks_are_talks_not_a_truce() -> None:
    found = events_of("苏丹军方与快速支援部队在吉达举行的新一轮停火谈判进入第二天。")
    assert ("苏丹军队", "CONSULT", "快速支援部队", "asserted") in found
    assert not any(e[1] == "CONCEDE" for e in found)


def test_ceasefire_talks_give_the_mediators_their_sides() -> None:
    found = events_of("以色列与哈马斯在开罗举行新一轮停火谈判，埃及和卡塔尔居中斡旋。")
    assert ("埃及", "CONSULT", "以色列", "asserted") in found
    assert ("卡塔尔", "CONSULT", "哈马斯", "asserted") in found


def test_agreeing_when_to_meet_only_schedules_the_meeting() -> None:
    found = events_of(
        "外交部发言人宣布，经中韩双方商定，中国外交部副部长将于3月2日同韩国外交部第一次官"
        "在首尔举行战略对话。美日韩三方商定，将加强协调，共同应对朝鲜核问题。"
    )
    assert not any(e[1] == "AGREE" and {e[0][:2], e[2][:2]} == {"中国", "韩国"} for e in found)
    assert any(e[1] == "CONSULT" and {e[0][:2], e[2][:2]} == {"中国", "韩国"} for e in found)
    assert any(e[1] == "AGREE" and {e[0], e[2]} == {"美国", "日本"} for e in found)
