"""Round 35, helper qq: a place or a modifier taken for an actor (precision).

Each construction was found on at least two readable sets; the sentences are written for the
test.
"""

from __future__ import annotations

from sentences import events_of


def test_a_place_whose_affairs_are_meddled_in_does_not_respond() -> None:
    # 插手香港事务 (qb), 插手干预香港事务 (yo): the affairs are a topic, not an actor
    found = events_of("美方一再插手澳门事务,必然遭到中国人民的强烈反对。")
    assert not any(s == "澳门" for s, _, _, _ in found)
    found = events_of("日本不断插手台湾事务,中方表示坚决反对。")  # the objector named: kept
    assert ("中国", "ACCUSE", "日本", "asserted") in found


def test_a_places_citizens_are_not_its_government() -> None:
    # 香港市民…感到愤慨 (yo), like 香港同胞 (qb): people of a place, not the place
    found = events_of("美国宣布制裁特区官员,澳门市民纷纷表示愤慨。")
    assert not any(s == "澳门" for s, _, _, _ in found)


def test_an_act_on_a_missions_staff_reaches_its_state() -> None:
    # 逮捕一名阿尔及利亚驻法国领事馆工作人员 (wf); the golds of yb, qa and wh give the state too
    found = events_of("意大利拘留了一名埃及驻罗马领事馆工作人员。")
    assert ("意大利", "COERCE", "埃及", "asserted") in found
    assert not any("领事馆" in o for _, _, o, _ in found)


def test_an_informal_meeting_after_a_title_names_nobody() -> None:
    # 东盟外长|非正式会议 (qc); 总统|非常… (terminus-dev): no name begins with 非
    found = events_of("缅甸军方表示，他们将不会参加东盟外长非正式会议。")
    assert not any("非正式" in s or "非正式" in o for s, _, o, _ in found)
    assert ("缅甸军队", "REJECT", "东盟", "asserted") in found
