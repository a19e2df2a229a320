"""Round 58, branch f58d: CONSULT and ASSAULT false records.

A war named as an item of a list of issues (俄乌战争等全球议题) or of an agenda (俄乌战争的安全
议题, 俄乌战争、台海问题也在议程中) is what is talked about: no fight is reported. A war that
happens, or one whose news is exchanged, stays. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from sentences import events_of


def _fights(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o, _ in events_of(text) if t == "ASSAULT"}


@pytest.mark.parametrize(
    "text",
    [
        "两国外长将举行会谈,预计讨论经贸合作与包括俄乌战争的安全议题。",
        "这位总统推翻了前任在气候变化、俄乌战争等许多全球议题上的立场。",
        "德国总理将与法国总统会晤,俄乌战争、能源问题也在议程中。",
        "双方就巴以冲突等共同关心的国际问题交换了意见。",
    ],
)
def test_war_on_agenda_is_no_fight(text: str) -> None:
    assert not _fights(text)


@pytest.mark.parametrize(
    "text",
    [
        "俄乌战争爆发后,欧洲能源价格大幅上涨。",
        "巴以冲突持续升级,造成大量平民伤亡。",
        "俄乌冲突的最新进展引起各方关注。",
    ],
)
def test_war_that_happens_stays(text: str) -> None:
    assert _fights(text)
