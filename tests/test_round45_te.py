"""Round 45, helper te: acts whose two actors and trigger word kg saw, blocked by a frame.
Sentences written for the tests in the style of Chinese international news."""

from __future__ import annotations

from tests.data.sentences import events_of


def _triples(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return set(events_of(text))


# -- a journey abroad is a visit, as an arrival is ---------------------------------------------
# (前往/赴 a state coded CONSULT in jk, md, na, nb, nc, pb, pc, qi, uc, vd, we, wf, ya; kg read
# only 抵达 so, and 前往 with a talk after it)


def test_a_politicians_journey_to_a_state_is_a_visit() -> None:
    found = _events("美国国务卿鲁比奥下周将前往萨尔瓦多和危地马拉。")
    assert ("鲁比奥", "CONSULT", "萨尔瓦多", "intended") in found
    assert ("鲁比奥", "CONSULT", "危地马拉", "intended") in found


def test_a_journey_with_no_talk_after_it_is_a_visit() -> None:
    found = _triples("国际原子能机构总干事格罗西表示，他准备尽早前往伊朗评估局势。")
    assert ("格罗西", "CONSULT", "伊朗") in found


def test_fu_a_state_is_a_visit() -> None:
    assert ("杨洁篪", "CONSULT", "美国") in _triples("中共中央政治局委员杨洁篪将赴美国。")


def test_a_journey_of_someone_the_gazetteer_does_not_know_is_no_visit() -> None:
    assert not _triples("湖南农科院副院长陈洪新十二月再赴北京，不获接见。")


def test_a_state_that_opens_a_longer_place_name_is_not_visited() -> None:
    found = _triples("美国国务卿鲁比奥前往马里兰大学发表演讲。")
    assert not any(o == "马里" for _, _, o in found)


def test_ships_bound_for_a_state_visit_nobody() -> None:
    found = _triples("土耳其总统埃尔多安说，土耳其不允许载有武器前往以色列的货船进入港口。")
    assert not any(t == "CONSULT" and o == "以色列" for _, t, o in found)


def test_a_journey_to_a_body_or_a_front_is_no_visit() -> None:
    assert not any(t == "CONSULT" for _, t, _ in _triples("美国拟拒绝李家超赴亚太经合组织。"))
    found = _triples("朝鲜劳动党副部长金正植多次前往俄乌战线附近视察。")
    assert not any(t == "CONSULT" for _, t, _ in found)


def test_on_the_way_is_no_visit() -> None:
    found = _triples("美国总统特朗普在前往马来西亚的途中表示，他希望达成协议。")
    assert not any(t == "CONSULT" and o == "马来西亚" for _, t, o in found)


# -- a state's leader arriving is the state's visit ---------------------------------------------
# (pa-01: 立陶宛、拉脱维亚…等国领导人及欧盟领导人陆续抵达乌克兰首都基辅, every state coded)


def test_a_states_unnamed_leader_arriving_is_its_visit() -> None:
    assert ("立陶宛", "CONSULT", "乌克兰") in _triples("立陶宛总统24日抵达乌克兰首都基辅。")


def test_listed_states_leaders_arriving_visit() -> None:
    found = _triples("立陶宛、拉脱维亚等国领导人陆续抵达乌克兰首都基辅。")
    assert {("立陶宛", "CONSULT", "乌克兰"), ("拉脱维亚", "CONSULT", "乌克兰")} <= found


def test_troops_or_ships_of_a_state_arriving_visit_nobody() -> None:
    assert not any(t == "CONSULT" for _, t, _ in _triples("美国多艘军舰已抵达海地外海。"))
    assert not any(t == "CONSULT" for _, t, _ in _triples("朝鲜1500名士兵已抵达俄罗斯。"))


# -- 就 a compound after the partner: who talks is the one before 与, whatever stands between ----
# (sv-05: 德英法三国领袖昨天与美国总统川普就俄乌停火进程通话; the compound is the topic)


def test_a_time_between_the_subject_and_yu_keeps_the_talks() -> None:
    found = _triples("俄罗斯总统普京昨天与美国总统特朗普就俄乌冲突通电话。")
    assert ("普京", "CONSULT", "特朗普") in found


def test_a_place_or_an_adverb_between_keeps_the_talks() -> None:
    found = _triples("土耳其外长费丹日前与伊朗外长就巴以局势通电话。")
    assert ("费丹", "CONSULT", "伊朗") in found


def test_a_listed_subject_talks_with_the_partner() -> None:
    found = _triples("德英法三国领袖昨天与美国总统川普就俄乌停火进程通话。")
    assert {("德国", "CONSULT", "特朗普"), ("英国", "CONSULT", "特朗普")} <= found
    assert ("法国", "CONSULT", "特朗普") in found


def test_talks_planned_after_a_verb_keep_their_subject() -> None:
    found = _events("美国总统特朗普表示将与普京就俄乌冲突举行会谈。")
    assert ("特朗普", "CONSULT", "普京", "intended") in found


def test_a_deal_named_in_the_topic_still_binds_its_compound() -> None:
    found = _triples("普京表示，俄方准备与乌方就两国未来可能达成的和平协议起草一份备忘录。")
    assert any(t == "AGREE" for _, t, _ in found)


def test_the_compound_in_the_topic_does_not_talk() -> None:
    found = _triples("普京昨天与特朗普就俄乌冲突通电话。")
    assert ("俄罗斯", "CONSULT", "乌克兰") not in found


# -- with troops, a journey is a deployment (words.tsv troop_journey) ---------------------------


def test_a_journey_with_troops_is_no_visit() -> None:
    assert ("鲁比奥", "CONSULT", "伊拉克") not in _triples("鲁比奥当年曾随军前往伊拉克。")
    assert ("鲁比奥", "CONSULT", "伊拉克") in _triples("鲁比奥当年曾前往伊拉克。")
