"""Round 61 (f61f): material hostile acts, checked on sentences written for these tests: the
actor a topic opener (就, 针对, 对于) introduces with a 对- or 在-phrase of its own does the
hostile act of the phrase and is not hit by it; a list opened by 其中包括了 names the targets
of a measure as one opened by 其中包括 does; the coalition named by what it fights
(打击ISIS的联盟) is a body, not an attack of those who join or lead it."""

from __future__ import annotations

from sentences import events_of

# -- 就/针对 X 对…/在… <hostile act>: X does the act, the outer actor does not aim it at X --


def test_tariff_of_the_topic_is_not_aimed_at_its_doer() -> None:
    found = events_of("智利已就阿根廷对进口铜材加征关税一事，向世贸组织提出申诉。")
    assert ("智利", "SANCTION", "阿根廷", "asserted") not in found


def test_armed_act_of_the_topic_is_not_aimed_at_its_doer() -> None:
    found = events_of("埃及议会就以色列在黎巴嫩的军事行动举行特别会议。")
    assert not any(e[1] == "ASSAULT" and e[2] == "以色列" for e in found)


def test_measure_aimed_at_the_topic_doer_is_not_the_outer_actors() -> None:
    found = events_of("欧盟针对俄罗斯在黑海的军事行动召开会议。")
    assert ("欧盟", "ASSAULT", "俄罗斯", "asserted") not in found


def test_topic_with_a_target_of_its_own_keeps_it() -> None:
    found = events_of("日本就美国对日加征关税一事向世贸组织提起诉讼。")
    assert ("美国", "SANCTION", "日本", "asserted") in found


def test_sanction_aimed_by_zhendui_stays() -> None:
    found = events_of("英国针对伊朗实施新一轮制裁。")
    assert ("英国", "SANCTION", "伊朗", "asserted") in found


def test_sanction_after_a_topic_that_holds_an_act_of_its_own_stays() -> None:
    found = events_of("美国就朝鲜对日本发射导弹一事对朝鲜实施制裁。")
    assert ("美国", "SANCTION", "朝鲜", "asserted") in found


def test_sanction_for_an_act_in_a_place_stays_aimed_at_its_doer() -> None:
    found = events_of("美国针对伊朗在霍尔木兹海峡扣押油轮实施制裁。")
    assert ("美国", "SANCTION", "伊朗", "asserted") in found


# -- 其中包括了: the people listed after a measure are its targets --


def test_list_opened_by_baokuo_le_names_targets() -> None:
    found = events_of(
        "立陶宛已将部分白俄罗斯官员列入黑名单，其中包括了白俄罗斯内政部长伊万·库巴拉科夫。"
    )
    assert ("立陶宛", "SANCTION", "伊万·库巴拉科夫", "asserted") in found


def test_list_opened_by_baokuo_names_targets_as_before() -> None:
    found = events_of(
        "立陶宛已将部分白俄罗斯官员列入黑名单，其中包括白俄罗斯内政部长伊万·库巴拉科夫。"
    )
    assert ("立陶宛", "SANCTION", "伊万·库巴拉科夫", "asserted") in found


def test_list_after_a_meeting_names_no_target() -> None:
    found = events_of("立陶宛外长会见了多国代表，其中包括了白俄罗斯反对派领袖季哈诺夫斯卡娅。")
    assert not any(e[1] == "SANCTION" for e in found)


# -- the coalition named by what it fights (打击ISIS的联盟): a body, no attack of who joins it --


def test_joining_the_coalition_is_no_attack_of_the_joiner() -> None:
    found = events_of("黎巴嫩预计将加入由美国领导的打击“伊斯兰国”联盟。")
    assert ("黎巴嫩", "ASSAULT", "伊斯兰国", "intended") not in found


def test_coalition_named_with_de_is_no_attack_of_its_leader() -> None:
    found = events_of("约旦也将加入美国领导的打击ISIS的联盟。")
    assert ("美国", "ASSAULT", "伊斯兰国", "intended") not in found


def test_strikes_on_the_group_stay_attacks() -> None:
    found = events_of("美军在叙利亚打击伊斯兰国。")
    assert ("美军", "ASSAULT", "伊斯兰国", "asserted") in found
