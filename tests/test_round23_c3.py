"""Round 23 (c3), from fresh pages on wars and their diplomacy (Lebanon, Yemen, the Caucasus,
Sudan, the Great Lakes, Russia and Ukraine):

- a request or invitation framed by 应 between the subject and its act (俄乌两国应美国邀请
  举行会谈) was met: the invited act is done, by every side coordinated before the 应, and the
  host asks each of them; the host only asks, it takes no part in the act.

Sentences are written for these tests in the style of wire news on conflicts.
"""

from __future__ import annotations

import pytest
from sentences import events_of

D = "2025-05-20"


@pytest.mark.parametrize(
    ("text", "talks", "host"),
    [
        ("亚美尼亚和阿塞拜疆应俄罗斯邀请在莫斯科举行会谈。", ("亚美尼亚", "阿塞拜疆"), "俄罗斯"),
        (
            "刚果（金）和卢旺达代表团应美国要求于华盛顿举行谈判。",
            ("刚果民主共和国", "卢旺达"),
            "美国",
        ),
        (
            "埃塞俄比亚和厄立特里亚外长应土耳其邀请举行会晤。",
            ("埃塞俄比亚", "厄立特里亚"),
            "土耳其",
        ),
    ],
)
def test_sides_invited_by_a_host_talk_and_are_each_asked(text, talks, host) -> None:
    found = events_of(text, D)
    first, second = talks
    assert {(first, "CONSULT", second, "asserted"), (second, "CONSULT", first, "asserted")} & found
    assert (host, "REQUEST", first, "asserted") in found
    assert (host, "REQUEST", second, "asserted") in found
    assert not {e for e in found if e[0] == host and e[1] == "CONSULT"}


def test_a_compound_pair_invited_is_asked_as_each_member() -> None:
    found = events_of("中俄两国外长应伊朗邀请出席德黑兰会议。", D)
    assert {
        ("伊朗", "REQUEST", "中国", "asserted"),
        ("伊朗", "REQUEST", "俄罗斯", "asserted"),
    } <= found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("卡塔尔首相应埃及总统邀请访问开罗。", ("卡塔尔", "CONSULT", "埃及")),  # 首相|应
        ("亚美尼亚外长应伊朗邀请访问德黑兰。", ("亚美尼亚", "CONSULT", "伊朗")),
    ],
)
def test_a_visit_made_at_an_invitation_is_made(text: str, expected: tuple) -> None:
    found = events_of(text, D)
    assert (*expected, "asserted") in found
    assert (expected[2], "REQUEST", expected[0], "asserted") in found


def test_an_answer_that_ends_a_word_opens_no_request() -> None:
    assert not events_of("以色列对此作出相应回应。", D)


@pytest.mark.parametrize(
    "text",
    [
        "美国邀请以色列和黎巴嫩在华盛顿举行会谈。",  # invited, not (yet) held
        "联合国呼吁亚美尼亚和阿塞拜疆恢复谈判。",  # asked for, not done
    ],
)
def test_talks_only_asked_for_are_no_talks(text: str) -> None:
    assert not {e for e in events_of(text, D) if e[1] == "CONSULT" and e[3] == "asserted"}
