"""Round 48, helper fi: a threat made by saying it (扬言) aimed at the side its condition names.
Sentences written for the tests in the style of Chinese international news."""

from __future__ import annotations

from tests.data.sentences import events_of


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return set(events_of(text))


# -- 扬言, then a condition: the side the condition names is threatened (as after 警告) ----------
# (jk: 金正恩扬言,若韩国…轻率举动,将通过武力回应 is coded KIM THREATEN ROK)


def test_threat_said_then_a_condition_aims_at_the_side_it_names() -> None:
    found = _events("朝鲜领导人金正恩扬言，若韩国有任何轻率举动，将通过武力行动回应。")
    assert any(s == "金正恩" and t == "THREATEN" and o == "韩国" for s, t, o, _ in found)


def test_threat_said_then_once_aims_at_the_side_it_names() -> None:
    found = _events("胡塞武装扬言，一旦美国发动攻击，将袭击红海的所有美国军舰。")
    assert any(s == "胡塞武装" and t == "THREATEN" and o == "美国" for s, t, o, _ in found)


def test_threat_said_without_a_condition_aims_at_no_one_next() -> None:
    # no condition: the next clause's subject is what will happen, not whom it is aimed at
    found = _events("伊朗扬言，以色列将为此付出代价。")
    assert not any(t == "THREATEN" and s == "伊朗" and o == "以色列" for s, t, o, _ in found)


def test_threat_said_with_a_condition_on_itself_aims_at_no_one_of_its_own() -> None:
    found = _events("俄罗斯扬言，如果俄罗斯遭到攻击，将动用一切手段。")
    assert not any(t == "THREATEN" and s == o for s, t, o, _ in found)
    assert not any(t == "THREATEN" and o == "俄罗斯" for s, t, o, _ in found)
