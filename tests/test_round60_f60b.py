"""Round 60 (f60b): ACCUSE, checked on sentences written for these tests."""

from __future__ import annotations

from sentences import events_of

# -- a demonstrative noun phrase right after a verb is the subject of the act that follows ---------


def test_firms_pointed_at_are_blamed_not_the_state_their_deed_reaches() -> None:
    found = events_of("加拿大指责这些企业支持伊朗的导弹项目。")
    assert not any(e[0] == "加拿大" and e[2] == "伊朗" for e in found)


def test_firms_pointed_at_do_the_act_the_blame_reports() -> None:
    found = events_of("加拿大指责这些企业向伊朗提供无人机零件。")
    assert not any(e[0] == "加拿大" and e[2] == "伊朗" for e in found)


def test_a_summit_pointed_at_is_blamed_not_the_states_it_aims_at() -> None:
    found = events_of("朝鲜外务省指责此次会议旨在孤立俄罗斯。")
    assert not any(e[1] == "ACCUSE" and e[2] == "俄罗斯" for e in found)


def test_the_response_then_answers_the_accuser() -> None:
    found = events_of("英国指责这些公司支持俄罗斯军工，北京当天回应，表示强烈不满。")
    assert ("中国", "ACCUSE", "英国", "asserted") in found
    assert not any(e[0] == "中国" and e[2] == "俄罗斯" for e in found)


def test_a_named_state_after_the_blame_is_still_blamed() -> None:
    found = events_of("伊朗指责美国支持以色列。")
    assert ("伊朗", "ACCUSE", "美国", "asserted") in found


def test_this_is_a_plot_still_blames_the_actor_named() -> None:
    found = events_of("朝鲜指责这是美国的阴谋。")
    assert ("朝鲜", "ACCUSE", "美国", "asserted") in found


def test_sanctions_on_firms_pointed_at_keep_their_subject() -> None:
    found = events_of("美国宣布对这些伊朗公司实施制裁。")
    assert ("美国", "SANCTION", "伊朗", "asserted") in found


# -- 被 right before a hostile act makes the actor the preposition introduces its victim -----------


def test_shock_at_a_leader_held_is_not_aimed_at_him() -> None:
    found = events_of("联合国对第一副总统马沙尔被软禁表示震惊。")
    assert not any(e[1] == "ACCUSE" and e[2] == "哈立德·马沙尔" for e in found)
    assert not any(e[1] == "ACCUSE" and "马沙尔" in e[2] for e in found)


def test_concern_at_a_man_sentenced_is_not_aimed_at_him() -> None:
    found = events_of("美国对黎智英被判刑表示关切。")
    assert not any(e[1] == "ACCUSE" and e[2] == "黎智英" for e in found)


def test_shock_at_what_a_state_did_is_still_aimed_at_it() -> None:
    found = events_of("欧盟对俄罗斯软禁反对派领袖表示震惊。")
    assert ("欧盟", "ACCUSE", "俄罗斯", "asserted") in found
