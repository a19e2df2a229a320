"""Round 46, helper bj: the pair a pair word names. Sentences written for the tests in the
style of Chinese international news."""

from __future__ import annotations

from tests.data.sentences import events_of


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return set(events_of(text))


# -- a region of many states is never one of 两国 (ld: “土耳其-非洲伙伴关系”会议上,…两国) ----------


def test_a_continent_in_a_meeting_name_is_no_state_of_two_countries() -> None:
    found = _events(
        "埃塞俄比亚与索马里关系紧张。"
        "在开罗举行的“印度-非洲论坛”会议上,印度外长苏杰生表示,印度支持一项符合两国利益的协议。"
    )
    assert not any("非洲" in (s, o) for s, _, o, _ in found)


def test_two_states_named_before_the_pair_word_stay_its_pair() -> None:
    found = _events("法国总统与德国总理举行会谈,两国签署了合作协议。")
    assert any({s, o} == {"法国", "德国"} for s, t, o, _ in found if t == "AGREE")
