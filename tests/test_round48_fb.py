"""Round 48, helper fb: the diplomatic events kg misses or invents (CONSULT, COOPERATE, AGREE,
SUPPORT). Sentences written for the tests in the style of Chinese international news."""

from __future__ import annotations

from tests.data.sentences import events_of


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return set(events_of(text))


def _pairs(text: str, type_: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o, _ in _events(text) if t == type_}


# -- a list closed by 等 goes on after a conjunction ------------------------------------------
# (立陶宛、…、加拿大等国领导人及欧盟领导人陆续抵达基辅: every state listed arrives)


def test_a_list_closed_by_deng_goes_on_after_ji() -> None:
    found = _pairs("波兰、捷克等国领导人及欧盟领导人今天抵达乌克兰首都基辅。", "CONSULT")
    assert {("波兰", "乌克兰"), ("捷克", "乌克兰"), ("欧盟", "乌克兰")} <= found


def test_a_list_closed_by_deng_goes_on_without_a_post() -> None:
    found = _pairs("法国、德国等国及欧盟强烈谴责俄罗斯的袭击。", "ACCUSE")
    assert {("法国", "俄罗斯"), ("德国", "俄罗斯"), ("欧盟", "俄罗斯")} <= found


def test_a_long_list_of_states_arriving_is_read_from_its_last_member() -> None:
    text = (
        "当天，瑞典、挪威、芬兰、丹麦、冰岛、荷兰、比利时、奥地利、捷克、波兰等国领导人"
        "及欧盟领导人陆续抵达乌克兰首都基辅。"
    )
    found = _pairs(text, "CONSULT")
    assert {("瑞典", "乌克兰"), ("波兰", "乌克兰"), ("欧盟", "乌克兰")} <= found


def test_a_list_closed_by_deng_and_a_noun_stays_closed() -> None:
    found = _events("法国、德国等国的外交官和记者被驱逐。")
    assert not any(s == "记者" for s, _, _, _ in found)


# -- 有联系: ties between two sides, no contact made ------------------------------------------
# (与X有联系/有关联 in la, lc, ld, nc, sv, ue, ye: never coded CONSULT)


def test_ties_had_with_a_group_are_no_contact() -> None:
    found = _events("索马里青年党与基地组织有联系，并对多起袭击负责。")
    assert not any(t == "CONSULT" for _, t, _, _ in found)


def test_keeping_in_contact_is_still_contact() -> None:
    found = _events("荷兰外交部表示，将继续与中方保持联系。")
    assert any(t == "CONSULT" and o == "中国" for _, t, o, _ in found)


def test_contact_not_had_is_still_read() -> None:
    found = _events("自那以后，韩国与朝鲜几乎没有联系。")
    assert ("韩国", "CONSULT", "朝鲜", "negated") in found or (
        "朝鲜",
        "CONSULT",
        "韩国",
        "negated",
    ) in found


# -- a forum's summit attended or hosted is only the occasion -------------------------------------
# (出席G20峰会, 举办亚太经合组织峰会: no CONSULT with the forum in the 8 of 47 sets that have the
# wording, oa, oc, qc, qi, ua, vc, vd, nb; a body with organs of its own still is: 东盟, 上合组织)


def test_a_forum_summit_attended_meets_no_forum() -> None:
    found = _events("新加坡总理黄循财将出席二十国集团峰会。")
    assert not any(t == "CONSULT" and "二十国集团" in (s, o) for s, t, o, _ in found)


def test_a_forum_summit_hosted_meets_no_forum() -> None:
    found = _events("韩国今年在庆州主办亚太经合组织领导人峰会。")
    assert not any(t == "CONSULT" and "亚太经合组织" in (s, o) for s, t, o, _ in found)


def test_a_bloc_summit_attended_still_meets_the_bloc() -> None:
    found = _events("土耳其总统埃尔多安参加了在天津举行的上海合作组织峰会。")
    assert ("埃尔多安", "CONSULT", "上海合作组织", "asserted") in found


def test_a_visit_to_attend_a_forum_summit_is_still_a_visit() -> None:
    found = _events("美国总统特朗普将访问韩国，出席亚太经合组织峰会。")
    assert ("特朗普", "CONSULT", "韩国", "intended") in found
