"""Round 41, helper gr: review of the round's merged rules. Two rules kept a body whose summit
only dates another act from being a party (gc: trigger flag occasion, words.tsv occasion_time;
ge: a filter over events, summit_of_body/summit_frame). Each read cases the other missed (gc:
之际, 场边, meetings no summit word names; ge: …峰会上, a summit hosted). gc's flag, given ge's
上 and put on the hosting rows, reads them all with the same output as both on every set, so
ge's filter was dropped. Sentences written for the tests."""

from __future__ import annotations

import pytest

from tests.data.sentences import events_of


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # 之际, 场边: the meeting attended dates the act (ge's summit_frame held 期间 and 上 only)
        ("王毅在出席东盟外长会之际会见了日本外相岩屋毅。", "东盟"),
        ("拜登在参加北约峰会场边会见了土耳其总统埃尔多安。", "北约"),
        # a meeting named by no summit word (系列外长会): only the trigger's flag reads it
        ("杨洁篪在巴厘岛出席东盟地区论坛系列外长会期间会见了越南外长范平明。", "东盟地区论坛"),
        # ge's filter read these, gc's flag did not (上; a summit hosted)
        ("习近平在出席二十国集团领导人峰会上发表讲话。", "二十国集团"),
        ("南非总统拉马福萨在主办二十国集团峰会期间会见了印度总理莫迪。", "二十国集团"),
        # ge's own cases
        ("习近平主席11月在里约热内卢出席二十国集团领导人峰会期间同斯塔默首相会见。", "二十国集团"),
        ("印度总理莫迪出席东盟峰会期间同日本首相石破茂会见。", "东盟"),
    ],
)
def test_summit_dating_another_act_meets_no_body(text: str, body: str) -> None:
    events = events_of(text)
    assert not any(body in (e[0], e[2]) for e in events)
    if "会见" in text:
        assert any(e[1] == "CONSULT" for e in events)  # the meeting it dates stays


def test_summit_attended_alone_still_meets_the_body() -> None:
    events = events_of("土耳其总统埃尔多安此前参加了在天津举行的上海合作组织峰会。")
    assert any(e[1] == "CONSULT" and "上海合作组织" in (e[0], e[2]) for e in events)


def test_summit_name_filter_is_gone() -> None:
    """One mechanism for one rule: the event filter and its word lists are not kept beside the
    trigger flag (a second copy drifts: its word list already lacked 之际 and 场边)."""
    import kg.extract
    from kg.lexicon import words

    assert not hasattr(kg.extract, "_with_summit_name")
    assert not words("summit_of_body") and not words("summit_frame")
