"""Round 40, helper kr: bugs found reviewing the round's merged rules (d2c0df5). Sentences
written for the tests."""

from __future__ import annotations

import pytest

from tests.data.sentences import events_of

# -- 1. a statement goes on into the next paragraph (ks, _speech_goes_on), but not into one that
# opens another report: a wire's dateline, an outlet's tag, 另据报道 -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "外交部发言人毛宁表示,中方坚决反对美方的错误做法。\n"
        "新华社华盛顿5日电 美国国务院5日宣布批准对台军售。美方应立即停止对台军售。",
        "外交部发言人毛宁表示,中方坚决反对美方的错误做法。\n"
        "【环球网报道】美国国务院5日宣布批准对台军售,美方应立即停止对台军售。",
        "俄罗斯外交部表示,俄方将继续支持叙利亚政府。\n"
        "另据报道,以色列5日空袭大马士革。以色列必须停止侵略。",
    ],
)
def test_a_statement_does_not_go_on_into_another_report(text) -> None:
    assert not any(e[1] == "REQUEST" for e in events_of(text))


def test_a_statement_still_goes_on_into_a_plain_paragraph() -> None:
    text = "外交部发言人毛宁表示,中方坚决反对美方的错误做法。\n美方应立即停止对台军售。"
    assert any(e[1] == "REQUEST" and e[2] == "美国" for e in events_of(text))


# -- 2. 协助 joined to another verb (tm, _joined_verb_acts): an inquiry after its target stops
# the aid only inside the clause, not one that opens the next sentence -------------------------


def test_an_inquiry_in_the_next_sentence_does_not_stop_joined_aid() -> None:
    text = "日本将协助、支持菲律宾。调查显示,菲律宾海军实力不足。"
    assert ("日本", "AID", "菲律宾", "intended") in events_of(text)


def test_an_inquiry_right_after_the_target_still_stops_joined_aid() -> None:
    text = "日本警方将协助、支持韩国调查此案。"
    assert not any(e[1] == "AID" for e in events_of(text))
