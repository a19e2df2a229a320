"""Round 39, helper sp: kg's spurious events against the twenty-six first golds (annotated before
their annotators saw kg's output). Sentences written for the tests in the style of those pages."""

from __future__ import annotations

import pytest
from sentences import events_of

# -- 与|首相|A和外相B会晤,讨论…: those met do not talk with each other ---------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("布林肯抵达巴黎。预计周二与总统马克龙和外长巴罗会晤,讨论乌克兰局势。", {"马克龙", "巴罗"}),
        ("法国外长抵达北京。预计周四与外长王毅和副主席韩正会谈,讨论气候合作。", {"王毅", "韩正"}),
    ],
)
def test_titled_partners_of_a_meeting_do_not_talk_with_each_other(text: str, pair: set) -> None:
    """nc-05 (預料周二與首相施紀賢和外相林德偉會晤,討論…), ob-08 (分别与…同行举行电话会谈,讨论…):
    the talks after the meeting are the visitor's with those he meets; a title after 与 hid the
    with-phrase, so kg read the two as the subjects of 讨论 and had them talk with each other."""
    assert not any({s, o} == pair and t == "CONSULT" for s, t, o, _ in events_of(text))
