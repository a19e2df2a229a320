"""Round 33, helper wh: constructions from an audit of military and security news between
states (airspace incidents, exercises, expulsions; sentences written for the test, in the
style of those pages)."""

from data.sentences import events_of


def test_illegal_intrusion_is_the_act_as_well_as_the_charge():
    # 非法闯入…领空: the judgement 非法闯入 took the span of the act's first part, so the
    # split act 闯入…领空 was never read; the intrusion and the speaker's charge are both events
    found = events_of("南部战区新闻发言人称，越南一架军机非法闯入中国西沙群岛领空。")
    assert ("越南", "ASSAULT", "中国", "asserted") in found


def test_illegal_intrusion_after_a_clause_keeps_the_intruder():
    # the clause before names the intruder; the speaker's charge read first made the speaker
    # the one who intrudes
    found = events_of("发言人指出，3月5日，菲律宾2架军机未经中国政府同意，非法进入中国黄岩岛领空。")
    assert ("菲律宾", "ASSAULT", "中国", "asserted") in found
    assert not any(s == "发言人" and t == "ASSAULT" for s, t, _, _ in found)


def test_without_leave_is_no_negation():
    # 未经允许: "without leave" — the intrusion happened
    found = events_of("日本防卫省称，俄罗斯一架侦察机未经许可侵入日本领空。")
    assert ("俄罗斯", "ASSAULT", "日本", "asserted") in found
    assert not any(st == "negated" for _, t, _, st in found if t == "ASSAULT")


def test_owner_of_an_aircraft_named_with_de_acts_through_it():
    # 一架俄罗斯的飞机侵入日本领空: the owner before 的 is no mere possessor here
    found = events_of("一架俄罗斯的军机周三上午侵入日本领空。")
    assert ("俄罗斯", "ASSAULT", "日本", "asserted") in found


def test_owner_of_a_ship_named_with_de_acts_through_it():
    found = events_of("两艘俄罗斯的军舰闯入日本领海。")
    assert ("俄罗斯", "ASSAULT", "日本", "asserted") in found
