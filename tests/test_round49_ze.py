"""Round 49, helper ze: demands, refusals, pressure and threats (REQUEST, REJECT, COERCE,
THREATEN). Sentences written for the tests in the style of Chinese international news."""

from __future__ import annotations

from tests.data.sentences import events_of


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return set(events_of(text))


def _threats(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o, _ in _events(text) if t == "THREATEN"}


# -- a threat that a verb of meeting it answers is someone else's, quoted or not ---------------
# (应对朝鲜核导“威胁”: the scare quotes of a statement neither end the stretch nor make the
# one who meets the threat its author, as they do not for a threat posed: 构成“…威胁”)


def test_quoted_threat_met_is_no_threat_of_who_meets_it() -> None:
    assert not _threats("日本表示将加大制裁履行力度来应对朝鲜核导“威胁”。")
    assert not _threats("日本表示将加大制裁履行力度来应对朝鲜核导「威胁」。")


def test_unquoted_threat_met_is_no_threat_either() -> None:
    assert not _threats("日本表示将加大制裁履行力度来应对朝鲜核导威胁。")


def test_threat_made_in_quotes_still_threatens() -> None:
    assert ("特朗普", "伊朗") in _threats("美国总统特朗普威胁“将对伊朗实施严厉制裁”。")


def test_a_comma_still_ends_the_stretch_of_meeting() -> None:
    # 应对 in a clause before the comma meets nothing the next clause threatens
    assert ("朝鲜", "韩国") in _threats("朝鲜表示将积极应对，并威胁对韩国采取军事行动。")
