"""Round 45, helper ti: one pair, one sentence, two types. A deed named inside a blame
(谴责韩美联合军演, 对…举行演习提出抗议, 指责这些公司支持…) is the blamed side's act, never the
blamer's. Sentences written for the tests in the style of Chinese international news."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kg.extract import _without_deeds_blamed, extract_article
from kg.model import Event
from tests.data.sentences import article


def _events(text: str) -> list[Event]:
    return extract_article(article(text)).events


def _blamer_made_doer(events: list[Event], deed_type: str) -> tuple[list[Event], Event]:
    """The sentence's events plus its deed misread as the blamer's (the shape kg produces
    when an earlier sentence pulls the deed's actor to the blamer)."""
    blame = next(e for e in events if e.event_type in ("ACCUSE", "PROTEST"))
    deed = next(e for e in events if e.event_type == deed_type)
    misread = replace(deed, subject=blame.subject)
    return [*events, misread], misread


# -- the blamer as the doer of the deed it blames: dropped ----------------------------------

BLAMED = [
    ("金与正亦谴责了周一启动的韩美“乙支自由护盾”例行联合军演。", "COOPERATE"),  # verb, deed
    ("朝鲜对美日韩在济州岛以南公海举行海上联合演习提出抗议并威胁称,将坚决回应。", "COOPERATE"),
]


@pytest.mark.parametrize(("text", "deed_type"), BLAMED)
def test_blamers_reading_as_doer_is_dropped(text: str, deed_type: str) -> None:
    events = _events(text)
    both, misread = _blamer_made_doer(events, deed_type)
    kept = _without_deeds_blamed(both)
    assert misread not in kept
    assert [e for e in kept if e.event_type in ("ACCUSE", "PROTEST")]  # the blame stays
    assert any(e.event_type == deed_type for e in kept)  # the doers' own deed stays


# -- the blamer's own act, a second verb or clause: kept ------------------------------------

OWN_ACT = [
    ("朝鲜谴责韩国，并宣布与俄罗斯加强军事合作。", ("朝鲜", "COOPERATE", "俄罗斯")),
    ("中国谴责日本的挑衅行为，同时与韩国举行会谈。", ("中国", "CONSULT", "韩国")),
    ("伊朗外长在与俄罗斯外长通话时谴责以色列的袭击。", ("伊朗", "CONSULT", "俄罗斯")),
    ("英国和法国表示支持美国，并指责伊朗袭击沙特油田。", ("英国", "SUPPORT", "美国")),
]


@pytest.mark.parametrize(("text", "expected"), OWN_ACT)
def test_blamers_own_act_stays(text: str, expected: tuple[str, str, str]) -> None:
    events = _events(text)
    assert _without_deeds_blamed(events) == events
    triples = {(e.subject.actor.label, e.event_type, e.object.actor.label) for e in events}
    assert expected in triples


def test_accused_in_passive_keeps_the_deed() -> None:
    """阿联酋被指控向…提供武器: the one accused is the doer; its deed stays."""
    text = "美国对苏丹冲突表示谴责，阿联酋一直被多方指控向快速支援部队提供武器。"
    events = _events(text)
    aid = [e for e in events if e.event_type == "AID"]
    assert aid
    assert all(e in _without_deeds_blamed(events) for e in aid)
