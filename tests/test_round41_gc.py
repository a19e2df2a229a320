"""Round 41, helper gc: contact and cooperation events (CONSULT, COOPERATE, AID, RETREAT) as the
thirty-six outsider golds read them. Sentences written for the tests, modelled on those pages."""

from __future__ import annotations

from tests.data.sentences import events_of

# -- a body's summit named as the time of another meeting is no party to it ---------------------


def test_summit_attended_as_the_time_of_a_meeting_meets_no_body() -> None:
    """出席二十国集团领导人峰会期间同斯塔默首相会见 (oa), 出席東協峰會期間與各國交流 (pc): no
    annotator of the outsider sets codes a meeting with the body whose summit only dates another
    meeting."""
    events = events_of("印度总理莫迪出席东盟峰会期间同日本首相石破茂会见。")
    assert ("莫迪", "CONSULT", "石破茂", "asserted") in events
    assert not any("东盟" in (e[0], e[2]) for e in events)
    events = events_of("习近平主席在里约热内卢出席二十国集团领导人峰会期间同英国首相斯塔默会见。")
    assert not any("二十国集团" in (e[0], e[2]) for e in events)
    # a summit attended on its own still meets the body (参加了上海合作组织峰会, ob)
    assert ("埃尔多安", "CONSULT", "上海合作组织", "asserted") in events_of(
        "土耳其总统埃尔多安此前参加了在天津举行的上海合作组织峰会。"
    )


def test_body_before_its_meeting_in_quotes_and_brackets_is_no_subject() -> None:
    """「东南亚国家协会」（ASEAN）峰会场边 (pc): a quote, a gloss and 场边 between the body and the
    act; the person before it meets and agrees, the body does neither."""
    events = events_of(
        "日本首相高市早苗26日在马来西亚「东南亚国家协会」（ASEAN）峰会场边，"
        "与菲律宾总统小马可仕举行双边会议。"
    )
    assert ("高市早苗", "CONSULT", "小马科斯", "asserted") in events
    assert not any("东盟" in (e[0], e[2]) for e in events)


def test_qualified_meeting_of_a_body_frames_a_visit() -> None:
    """庆州亚太经合组织领导人非正式会议期间访韩 (ua): 领导人非正式 stands between the body and
    its meeting."""
    events = events_of("基本可以确定习近平将于下月庆州亚太经合组织领导人非正式会议期间访韩。")
    assert ("习近平", "CONSULT", "韩国", "intended") in events
    assert not any("亚太经合组织" in (e[0], e[2]) for e in events)
