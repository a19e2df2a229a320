"""Recall on unseen news: constructions of international news found missing on a blind set,
one class each (lexicon gaps, argument attachment, actors).

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of

# -- asking that a body meets asks that body ---------------------------------------------------

MEETING_REQUESTS = [
    ("古巴请求召开安理会紧急会议。", ("古巴", "REQUEST", "安理会", "asserted")),
    (
        "伊朗要求召开联合国安理会紧急会议，讨论以色列的袭击。",
        ("伊朗", "REQUEST", "安理会", "asserted"),
    ),
    ("阿拉伯国家联盟呼吁召开联合国大会特别会议。", ("阿盟", "REQUEST", "联合国大会", "asserted")),
    ("玻利维亚向安理会申请召开公开会议。", ("玻利维亚", "REQUEST", "安理会", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), MEETING_REQUESTS)
def test_asking_for_a_meeting_of_a_body_asks_the_body(text, expected) -> None:
    assert expected in events_of(text)


def test_a_meeting_of_no_named_body_asks_nobody() -> None:
    assert not events_of("该党要求召开全国代表大会。")
