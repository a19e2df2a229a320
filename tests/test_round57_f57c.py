"""Round 57, branch f57c: CONSULT misses.

A meeting at the other's request (应约会见) is a meeting: the 约 of 应约 no longer hides 会见
(约会 is a date only without 应). Coordination held with someone (与X进行协调) and a briefing
given to someone (向X通报) are contact, as the outsider golds read them; a report released
(国防部通报称) and a briefing by a list of states to nobody named are no event. The sentences
are written for these tests."""

from __future__ import annotations

import pytest
from sentences import events_of


def _plain(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text) if t != "ROLE"}


def _consults(text: str) -> set[frozenset[str]]:
    return {frozenset((s, o)) for s, t, o in _plain(text) if t == "CONSULT"}


@pytest.mark.parametrize(
    "text",
    [
        "外交部长王毅在纽约应约会见美国国务卿布林肯。",
        "外交部長王毅周二在北京應約會見美國國務卿布林肯時表示，雙方應管控分歧。",
    ],
)
def test_meeting_at_request_is_a_meeting(text: str) -> None:
    assert frozenset(("王毅", "布林肯")) in _consults(text)


def test_date_is_no_meeting() -> None:
    assert not _consults("他说两人约会见面的事情与外交无关。")


def test_coordination_held_with_partners() -> None:
    found = _consults("法国总统马克龙表示，法国正与德国和意大利进行协调。")
    assert {frozenset(("法国", "德国")), frozenset(("法国", "意大利"))} <= found


def test_coordination_without_partner_is_none() -> None:
    assert not _consults("日本政府表示，各部门正在进行协调。")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("美国国务卿布林肯随后向俄罗斯外长拉夫罗夫通报了有关情况。", ("布林肯", "拉夫罗夫")),
        ("韩国政府已向日方通报将暂停相关进口。", ("韩国", "日本")),
    ],
)
def test_briefing_given_to_someone(text: str, pair: tuple[str, str]) -> None:
    assert frozenset(pair) in _consults(text)


@pytest.mark.parametrize(
    "text",
    [
        "俄罗斯国防部28日通报称，俄军拦截了多架无人机。",
        "英国、法国和德国周四通报，它们已启动相关程序。",
    ],
)
def test_report_released_names_no_one(text: str) -> None:
    assert not _consults(text)


def test_list_with_comma_before_yiji() -> None:
    """A、B、以及C: the 、 before 以及 still joins the last one to the list."""
    found = _consults("美国副总统万斯、国务卿鲁比奥、以及特使威特科夫正与俄罗斯进行协调。")
    assert {frozenset((p, "俄罗斯")) for p in ("万斯", "鲁比奥", "威特科夫")} <= found
