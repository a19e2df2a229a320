"""Round 44, helper dk: words of an act missing from the trigger lexicon. Sentences written for
the tests in the style of Chinese international news."""

from __future__ import annotations

from tests.data.sentences import events_of


def _triples(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


# -- 内战 between two sides the sentence names is a fight between them -----------------------
# (coded ASSAULT in la-06, ld-04, vd-04; a country's civil war, 叙利亚内战, names no sides)


def test_civil_war_between_named_sides_is_a_fight() -> None:
    found = _triples("埃塞俄比亚政府与提格雷人民解放阵线之间的内战已造成数十万人死亡。")
    assert ("埃塞俄比亚", "ASSAULT", "提格雷人民解放阵线") in found


def test_civil_war_broken_out_between_two_forces_is_a_fight() -> None:
    found = _triples("苏丹政府军与快速支援部队去年爆发的内战仍在持续。")
    assert {t for _, t, _ in found} == {"ASSAULT"}


def test_a_countrys_civil_war_names_no_sides() -> None:
    assert not _triples("也门内战爆发以来，沙特阿拉伯多次表示关切。")


def test_the_time_of_a_civil_war_only_dates_another_act() -> None:
    found = _triples("在也门长达十年的内战期间，沙特阿拉伯对也门胡塞武装实施了封锁。")
    assert not any(t == "ASSAULT" and o == "也门" for _, t, o in found)


# -- raising tension is the speaker's judgement of who raises it ------------------------------
# (coded ACCUSE in oa-06 升级事态, ud-06 升高…紧张情势, we-05 升高情势 twice; where kg reads
# them, no set leaves the pair uncoded)

RAISES_TENSION = [
    "日本外务省发言人指出，俄罗斯在北方四岛的军事演习不必要地升高区域紧张情势。",
    "日本外务省发言人表示，俄罗斯的军事演习加剧了地区紧张局势。",
    "日本外务省发言人表示，俄罗斯的做法“升级事态”。",
    "日本外务省发言人表示：「俄罗斯的这些行动升高情势，必须停止。」",
]


def test_raising_tension_is_the_speakers_accusation() -> None:
    for text in RAISES_TENSION:
        assert ("日本外务省", "ACCUSE", "俄罗斯") in _triples(text), text


def test_raised_tension_with_no_speaker_is_no_accusation() -> None:
    found = _triples("德国已召回驻格鲁吉亚大使，此举进一步加剧了两国之间的外交紧张局势。")
    assert not any(t == "ACCUSE" for _, t, _ in found)


def test_a_rule_against_raising_tension_judges_no_one() -> None:
    found = _triples("越南与马来西亚重申，不进行各种升高紧张以致影响南海和平稳定的活动。")
    assert not any(t == "ACCUSE" for _, t, _ in found)
