"""Round 31 (ua): missed verbal events (REJECT, ACCUSE, REQUEST, THREATEN, SUPPORT) on the pooled
audit of short wire items, fixed where the construction recurs across fields. Sentences are
written for the test in the construction the pages used, with near misses that must not change.
"""

from __future__ import annotations

import pytest
from sentences import events_of


# 绝不会屈服于X的压力: a refusal to yield to the side named after 于, or to the side in focus
# when 于 names only its pressure or its act.
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "马杜罗表示,委内瑞拉永远不会屈服于美国的压力。",
            ("委内瑞拉", "REJECT", "美国", "asserted"),
        ),
        (
            "美国对巴西加征关税。巴西外交部发表声明说,巴西绝不会屈服于这种新的干涉行为。",
            ("巴西", "REJECT", "美国", "asserted"),
        ),
        ("最终,乌克兰屈服于俄罗斯的压力。", ("乌克兰", "CONCEDE", "俄罗斯", "asserted")),
    ],
)
def test_yielding_to_a_side_after_yu(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "伊朗不会屈服于压力。",  # no side named, none in focus
        "委内瑞拉永远不会向美国屈服。",  # 向: the older frame, unchanged
    ],
)
def test_yielding_near_misses(text) -> None:
    events = events_of(text)
    assert all(e[1] != "CONCEDE" for e in events)
    if "向" in text:
        assert ("委内瑞拉", "REJECT", "美国", "asserted") in events
    else:
        assert not events
