"""Round 48, helper fa: the speech acts kg misses (ACCUSE, REQUEST, REJECT, THREATEN).
Sentences written for the tests in the style of Chinese international news."""

from __future__ import annotations

from tests.data.sentences import events_of


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return set(events_of(text))


# -- what is put to "the states concerned" is put to the sides the speaker answers --------------
# (敦促有关国家…, 有关国家应该…: qb-01, ql-08, tr-05 code the states, none the collective)


def test_states_concerned_urged_are_the_sides_protested_to() -> None:
    found = _events(
        "外交部驻香港特派员公署约见英国、美国驻港机构负责人，提出严正交涉，"
        "敦促有关国家切实尊重中国主权。"
    )
    assert ("外交部驻香港特别行政区特派员公署", "REQUEST", "英国", "asserted") in found
    assert ("外交部驻香港特别行政区特派员公署", "REQUEST", "美国", "asserted") in found
    assert not any(o == "有关国家" for _, _, o, _ in found)


def test_states_concerned_in_a_should_clause_are_the_sides_charged() -> None:
    found = _events(
        "外交部发言人郭嘉昆批评美国和日本干涉中国内政。郭嘉昆强调，有关国家应当恪守一个中国原则。"
    )
    asked = {o for _, t, o, _ in found if t == "REQUEST"}
    assert {"美国", "日本"} <= asked
    assert "有关国家" not in asked


def test_states_concerned_are_not_a_person_charged() -> None:
    found = _events(
        "中国外交部批评英国政客就黎智英案发表不负责任言论，敦促有关国家停止干涉香港事务。"
    )
    assert ("中国外交部", "REQUEST", "英国", "asserted") in found
    assert not any(t == "REQUEST" and o == "黎智英" for _, t, o, _ in found)


def test_states_concerned_named_by_no_exchange_stay_when_urged_by_name() -> None:
    found = _events("孔泉说，中国促请有关国家立即停止军事行动。")
    assert any(t == "REQUEST" and o == "有关国家" for _, t, o, _ in found)


def test_a_should_clause_of_states_concerned_alone_asks_no_one() -> None:
    found = _events("郭嘉昆强调，有关国家应当恪守一个中国原则。")
    assert not any(t == "REQUEST" for _, t, _, _ in found)


def test_others_acting_unnamed_still_do_nothing() -> None:
    found = _events("巴西总统表示，巴西应无视他国施加的政治压力。")
    assert not any(t == "REQUEST" and o == "有关国家" for _, t, o, _ in found)


def test_states_and_bodies_concerned_are_the_states_concerned() -> None:
    found = _events(
        "外交部发言人郭嘉昆批评美国和日本干涉中国内政。他指出，有关国家和组织如果真心希望"
        "台海和平稳定，就应当恪守一个中国原则。"
    )
    asked = {o for _, t, o, _ in found if t == "REQUEST"}
    assert {"美国", "日本"} <= asked
