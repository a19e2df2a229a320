"""Round 59 (f59g): status errors, checked on sentences written for these tests."""

from __future__ import annotations

from sentences import events_of

# -- an act under way (正在, 正与, 现正) is asserted --------------------------------------------


def test_talks_under_way_after_a_plan_are_asserted() -> None:
    found = events_of("欧盟委员会计划动用俄罗斯被冻结资产援助乌克兰，目前正与比利时进行谈判。")
    assert ("俄罗斯", "CONSULT", "比利时", "asserted") in found or (
        "欧盟委员会",
        "CONSULT",
        "比利时",
        "asserted",
    ) in found
    assert not any(e[1] == "CONSULT" and e[3] == "intended" for e in found)


def test_talks_going_on_under_a_modal_of_another_verb_are_asserted() -> None:
    found = events_of("分析人士指出，新规可能会使中美正在进行的贸易谈判变得更为复杂。")
    assert ("中国", "CONSULT", "美国", "asserted") in found


def test_a_plan_with_no_ongoing_mark_stays_intended() -> None:
    found = events_of("法国计划下个月与德国进行谈判。")
    assert ("法国", "CONSULT", "德国", "intended") in found


def test_an_intention_after_the_ongoing_mark_still_counts() -> None:
    found = events_of("俄罗斯正在考虑与美国举行会谈。")
    assert ("俄罗斯", "CONSULT", "美国", "intended") in found


def test_true_cooperation_is_no_ongoing_mark() -> None:
    found = events_of("日本希望真正与中国举行会谈。")
    assert not any(e[3] == "asserted" and e[1] == "CONSULT" for e in found)


def test_an_effort_under_way_to_arrange_a_meeting_stays_intended() -> None:
    found = events_of("白宫表示，美中两国官员正在努力安排拜登与习近平会晤。")
    assert ("拜登", "CONSULT", "习近平", "intended") in found


def test_preparing_under_way_stays_intended() -> None:
    found = events_of("俄罗斯计划与印度举行会谈，目前正在筹备与印度的会谈。")
    assert ("俄罗斯", "CONSULT", "印度", "intended") in found
    assert ("俄罗斯", "CONSULT", "印度", "asserted") not in found


def test_talks_going_on_after_a_plan_are_asserted_too() -> None:
    found = events_of("俄罗斯计划与印度举行会谈，目前正与印度进行谈判。")
    assert ("俄罗斯", "CONSULT", "印度", "asserted") in found
