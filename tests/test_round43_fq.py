"""Round 43, helper fq: first persons inside quoted and reported speech. Sentences written for
the tests in the style of Chinese international news."""

from __future__ import annotations

import pytest

from tests.data.sentences import events_of


def _triples(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


# -- a later item of a governed list is no topic: 与X、Y及Z会晤。他… is not Y ---------------


@pytest.mark.parametrize(
    "text",
    [
        "马克龙表示，他将前往伦敦，与泽连斯基、英国首相斯塔默及德国总理默茨会晤。他谴责俄罗斯。",
        "马克龙表示，他将前往伦敦，与泽连斯基（Volodymyr Zelensky）、英国首相斯塔默（Keir "
        "Starmer）及德国总理默茨会晤。他谴责俄罗斯。",
    ],
)
def test_he_after_a_with_list_is_the_subject(text) -> None:
    found = _triples(text)
    assert ("马克龙", "ACCUSE", "俄罗斯") in found
    assert ("斯塔默", "ACCUSE", "俄罗斯") not in found


def test_he_after_a_list_of_calls_is_who_called() -> None:
    found = _triples(
        "泽连斯基称,他当天分别与美国总统特朗普、北约秘书长吕特进行了通话。他与特朗普讨论了援助问题。"
    )
    assert ("吕特", "CONSULT", "特朗普") not in found


def test_a_listed_subject_is_still_a_topic() -> None:
    """马克龙、默茨和斯塔默会晤: a list no preposition governs opens the clause."""
    found = _triples("马克龙和默茨周二在柏林会晤。他谴责俄罗斯。")
    assert any(s in {"马克龙", "默茨"} and t == "ACCUSE" for s, t, _ in found)
