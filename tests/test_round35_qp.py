"""Round 35, helper qp: speech acts whose target is only in context (a demand, refusal or
charge with its speaker but no target in its sentence), read where the sets put the target."""

from __future__ import annotations

from sentences import events_of


def test_a_demand_to_halt_asks_whoever_attacked_last() -> None:
    found = events_of("巴基斯坦军队10日空袭了阿富汗东部地区。阿富汗外交部呼吁停止暴力袭击。")
    assert ("阿富汗外交部", "REQUEST", "巴基斯坦军队", "asserted") in found


def test_a_demand_to_halt_asks_whoever_detained() -> None:
    found = events_of("缅甸军方扣押了昂山素季。大赦国际要求立即停止暴力。")
    assert ("国际特赦组织", "REQUEST", "缅甸军队", "asserted") in found


def test_a_halt_of_a_deed_against_unnamed_victims_asks_the_attacker() -> None:
    found = events_of("以色列军队空袭了加沙。埃及外交部要求立即停止对平民的攻击。")
    assert ("埃及外交部", "REQUEST", "以军", "asserted") in found


def test_a_halt_that_names_a_side_of_its_own_asks_no_one_in_focus() -> None:
    found = events_of("巴基斯坦军队空袭了阿富汗东部。阿富汗外交部呼吁停止向巴基斯坦提供武器。")
    assert not any(e[1] == "REQUEST" for e in found)


def test_a_halt_with_no_hostile_act_in_focus_asks_no_one() -> None:
    found = events_of("俄罗斯与乌克兰举行会谈。美国呼吁停止战争。")
    assert not any(e[1] == "REQUEST" for e in found)


def test_the_side_that_attacked_does_not_ask_itself() -> None:
    found = events_of("巴基斯坦军队10日空袭了阿富汗东部地区。巴基斯坦军方呼吁停止暴力袭击。")
    assert not any(e[1] == "REQUEST" for e in found)


def test_a_conditional_refusal_to_heed_refuses_the_side_the_condition_names() -> None:
    found = events_of("商务部表示，如果美方继续玩关税数字游戏，中方将不予理会。")
    assert ("中国", "REJECT", "美国", "hypothetical") in found


def test_a_refusal_to_accept_with_no_object_refuses_the_side_in_focus() -> None:
    found = events_of("美国宣布对加拿大钢铝加征关税。加拿大外长说，加拿大完全无法接受。")
    assert ("加拿大", "REJECT", "美国", "asserted") in found


def test_a_refusal_to_accept_an_idea_refuses_no_one_in_focus() -> None:
    found = events_of("美国宣布对加拿大钢铝加征关税。加拿大外长说，加拿大无法接受霸权主义。")
    assert not any(e[1] == "REJECT" and e[2] == "美国" for e in found)
