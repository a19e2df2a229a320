"""Round 47, helper ci: 来华 as a visit; the target of a refusal after a back-reference.
Sentences written for the tests in the style of Chinese international news."""

from __future__ import annotations

from tests.data.sentences import events_of


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return set(events_of(text))


# -- 来华: a coming to China is a visit (coded CONSULT with China in oa, pc, sw) ---------------


def test_coming_to_china_for_a_state_visit_is_a_visit() -> None:
    found = _events("法国总统马克龙将于下月来华进行国事访问。")
    assert ("马克龙", "CONSULT", "中国", "intended") in found


def test_coming_to_china_to_attend_a_forum_is_a_visit() -> None:
    found = _events("英国外交大臣拉米来华出席论坛。")
    assert ("拉米", "CONSULT", "中国", "asserted") in found


def test_a_coming_called_off_is_negated() -> None:
    found = _events("印尼总统普拉博沃因国内局势无法如期来华。")
    assert ("普拉博沃", "CONSULT", "中国", "negated") in found


def test_the_place_of_a_coming_does_not_act() -> None:
    found = _events("国家主席习近平会见来华出席上海合作组织峰会的蒙古国总统呼日勒苏赫。")
    assert not any(s == "中国" and o == "上海合作组织" for s, _, o, _ in found)
    assert ("习近平", "CONSULT", "呼日勒苏赫", "asserted") in found


def test_a_private_person_coming_makes_no_visit() -> None:
    found = _events("留学生海维来华前在中学教过一些课程。")
    assert not any(t == "CONSULT" for _, t, _, _ in found)


def test_coming_in_another_word_is_no_visit() -> None:
    found = _events("今年以来中方多次表示反对。")
    assert not any(t == "CONSULT" for _, t, _, _ in found)


# -- a refusal with no target named refuses the one who asked it (not an actor the demand names)


def test_refusing_a_demand_refuses_its_maker() -> None:
    found = _events("真主党要求以色列停止对黎巴嫩南部的袭击，以色列国防部长卡茨拒绝了这一要求。")
    assert ("卡茨", "REJECT", "真主党", "asserted") in found
    assert not any(s == "卡茨" and t == "REJECT" and o == "黎巴嫩" for s, t, o, _ in found)


def test_refusing_with_a_target_named_keeps_it() -> None:
    found = _events("美国要求伊朗交出浓缩铀，伊朗拒绝了美国的要求。")
    assert ("伊朗", "REJECT", "美国", "asserted") in found
