"""Round 56, branch f56a: the United States' foreign policy set (di) and Europe's politics and
relations set (dj).

A truce of a compound of short forms (俄乌停火) that talks are about (就…停火进程, 谈俄乌停火,
针对停火展开谈判) or that is pushed on (推进俄乌停火) is no truce declared. The head of an
international body named by body and title alone (非盟委员会主席, 欧盟委员会主席) keeps that
description as its mention, as a state's unnamed officials do; a body's ministers meeting
(东盟外长会议) stays the body. Europe's and the West's leaders (欧洲领袖, 西方领导人) are
mentions of EUROPE and WEST as a whole. Senators Graham and Blumenthal, Australia's treasurer
Chalmers, Spain's defence minister Robles and Italy's minister Urso are known. The sentences
are written for these tests."""

from __future__ import annotations

import pytest
from sentences import article, events_of

from kg.extract import extract_article


def _plain(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text) if t != "ROLE"}


def _mentions(text: str) -> set[tuple[str, str, str]]:
    """(subject mention, type, object mention) of every event."""
    result = extract_article(article(text, "2024-05-10"))
    return {(e.subject.text, e.event_type, e.object.text) for e in result.events}


@pytest.mark.parametrize(
    "text",
    [
        "马克龙周四与习近平会谈，谈俄乌停火。",
        "德法两国领导人就俄乌停火进程与特朗普通话。",
        "特朗普表示，俄乌将立即针对停火展开谈判。",
        "过去几周在推进俄乌停火方面出现了动能。",
    ],
)
def test_truce_talked_about_is_no_truce(text: str) -> None:
    assert not any(t == "CONCEDE" for _, t, _ in _plain(text))


@pytest.mark.parametrize("text", ["俄乌宣布停火。", "俄乌双方同意自周一起停火。"])
def test_truce_declared_stays(text: str) -> None:
    assert ("俄罗斯", "CONCEDE", "乌克兰") in _plain(text)


def test_talks_on_truce_stay_talks() -> None:
    assert ("俄罗斯", "CONSULT", "乌克兰") in _plain("特朗普表示，俄乌将立即针对停火展开谈判。")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("非盟委员会主席呼吁苏丹冲突双方立即停火。", ("非盟委员会主席", "REQUEST", "苏丹")),
        ("欧盟委员会主席在北京批评中国。", ("欧盟委员会主席", "ACCUSE", "中国")),
    ],
)
def test_unnamed_head_of_body_keeps_description(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _mentions(text)


def test_body_ministers_meeting_stays_body() -> None:
    assert ("东盟", "REQUEST", "缅甸") in _mentions("东盟外长会议呼吁缅甸停火。")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("川普与欧洲领袖会晤。", ("川普", "CONSULT", "欧洲领袖")),
        ("多位西方领导人批评俄罗斯。", ("西方领导人", "ACCUSE", "俄罗斯")),
    ],
)
def test_leaders_of_europe_and_the_west(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _mentions(text)


def test_bare_europe_stays() -> None:
    assert ("欧洲", "ACCUSE", "俄罗斯") in _mentions("欧洲批评俄罗斯。")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("南卡罗来纳州联邦参议员林赛·葛瑞姆批评俄罗斯。", ("林赛·格雷厄姆", "ACCUSE", "俄罗斯")),
        ("参议员布卢门撒尔批评俄罗斯。", ("理查德·布卢门撒尔", "ACCUSE", "俄罗斯")),
        ("澳大利亚财长查默斯会见了美国财长贝森特。", ("查默斯", "CONSULT", "贝森特")),
        ("西班牙国防部长罗夫莱斯批评美国。", ("罗夫莱斯", "ACCUSE", "美国")),
    ],
)
def test_officials_known(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _plain(text)


def test_graham_allison_is_no_senator() -> None:
    labels = {s for s, _, _ in _plain("学者格雷厄姆·艾利森批评美国。")}
    assert "林赛·格雷厄姆" not in labels
