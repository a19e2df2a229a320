"""Round 53, branch f53d: a person named only as whose aide or kin the actor is.

国务卿布林肯高级政策顾问乔莱特, 特朗普的女婿库什纳, 特朗普的特使威特科夫: the patron named before
a post held in their service or family only says whose the holder is; the holder meets and is
met, not the patron (yb, we, db code the holder). The sentences are written for these tests."""

from __future__ import annotations

import pytest
from sentences import events_of


def _plain(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text) if t != "ROLE"}


def _consults(found: set[tuple[str, str, str]]) -> set[frozenset[str]]:
    return {frozenset((s, o)) for s, t, o in found if t == "CONSULT"}


@pytest.mark.parametrize(
    ("text", "holder", "patron"),
    [
        ("塞尔维亚总统武契奇昨天与国务卿布林肯高级政策顾问乔莱特举行会晤。", "乔莱特", "布林肯"),
        ("王毅在北京会见了特朗普的特使威特科夫。", "威特科夫", "特朗普"),
        ("普京在克里姆林宫会见了特朗普（Donald Trump）的女婿库什纳。", "库什纳", "特朗普"),
    ],
)
def test_the_holder_of_a_post_in_someones_service_is_met(text, holder, patron) -> None:
    meetings = _consults(_plain(text))
    assert any(holder in pair for pair in meetings)
    assert not any(patron in pair for pair in meetings)


def test_a_list_keeps_the_member_before_a_kinsman() -> None:
    """威特科夫及特朗普的女婿库什纳…与普京会面: both listed meet Putin, the patron does not."""
    meetings = _consults(_plain("美国特使威特科夫及特朗普的女婿库什纳昨天在莫斯科与普京会面。"))
    assert frozenset(("威特科夫", "普京")) in meetings
    assert frozenset(("库什纳", "普京")) in meetings
    assert not any("特朗普" in pair for pair in meetings)


@pytest.mark.parametrize(
    "text",
    [
        "王毅会见普京总统助理乌沙科夫。",  # the patron's own title between: as before
        "马克龙与泽连斯基的顾问通电话。",  # no holder named: the patron's side stays
    ],
)
def test_a_post_with_no_second_name_or_a_title_between_reads_as_before(text: str) -> None:
    meetings = _consults(_plain(text))
    if "乌沙科夫" in text:
        assert frozenset(("王毅", "乌沙科夫")) in meetings
        assert not any("普京" in pair for pair in meetings)
    else:
        assert frozenset(("马克龙", "泽连斯基")) in meetings


def test_a_verb_between_two_names_makes_no_holder() -> None:
    """特朗普称赞其特使威特科夫: a verb stands between, so the envoy is no actor of it."""
    assert not any(s == "威特科夫" for s, _, _ in _plain("特朗普称赞其特使威特科夫。"))


def test_a_list_of_two_names_keeps_both() -> None:
    """与特朗普和威特科夫通电话: no post between the names, both are called."""
    meetings = _consults(_plain("普京昨天与特朗普和威特科夫通电话。"))
    assert frozenset(("普京", "特朗普")) in meetings
    assert frozenset(("普京", "威特科夫")) in meetings
