"""Round 42, review (rv): what the review of the round's rules changed. Sentences written for
the tests."""

from __future__ import annotations

from tests.data.sentences import events_of


def test_gapped_head_after_done_act() -> None:
    """谴责了|袭击以色列的胡塞武装: the head of a relative clause with no subject of its own is
    the target of the act before it with 了 as without (the lead test of the inner act already
    stepped over 了; the outer act did not)."""
    events = events_of("美国谴责了袭击以色列的胡塞武装。")
    assert ("美国", "ACCUSE", "胡塞武装", "asserted") in events
    assert ("胡塞武装", "ASSAULT", "以色列", "asserted") in events
    events = events_of("美国制裁了资助俄罗斯的伊朗公司。")
    assert ("美国", "SANCTION", "伊朗", "asserted") in events
    assert not any(t == "AID" for _, t, _, _ in events)


def test_people_acting_open_no_body() -> None:
    """美国总统|出席|委员会会议, 中国代表团|出席…: a verb right after a title or a side's
    people between a country and a body head is their act; the country names no body there
    (a body's own name may hold a verb: 消费者|保护|委员会)."""
    events = events_of("美国总统出席委员会会议并批评中国。")
    assert ("美国", "ACCUSE", "中国", "asserted") in events
    events = events_of("中国代表团出席委员会会议时谴责日本。")
    assert ("中国", "ACCUSE", "日本", "asserted") in events
    events = events_of("美国消费者保护委员会批评中国。")
    assert ("美国消费者保护委员会", "ACCUSE", "中国", "asserted") in events
