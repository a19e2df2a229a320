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
