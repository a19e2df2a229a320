"""Round 45, helper tj: the act inside a relative clause whose head is an actor (支持哈马斯的
胡塞武装: the head does the act). Sentences written for the tests in the style of Chinese
international news."""

from __future__ import annotations

import pytest

from tests.data.sentences import events_of


def _triples(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


# -- 在…中/上 + V O 的 ACTOR: a frame of circumstance before the relative holds no subject ------

FRAMED = [
    ("在中东冲突中支持哈马斯的胡塞武装周六宣布扩大行动范围。", ("胡塞武装", "SUPPORT", "哈马斯")),
    ("在俄乌冲突中支持俄罗斯的白俄罗斯再次受到欧盟制裁。", ("白俄罗斯", "SUPPORT", "俄罗斯")),
    ("在乌克兰问题上支持俄罗斯的白俄罗斯也受到制裁。", ("白俄罗斯", "SUPPORT", "俄罗斯")),
]


@pytest.mark.parametrize(("text", "expected"), FRAMED)
def test_a_framed_relative_clause_is_its_heads_act(text, expected) -> None:
    assert expected in _triples(text)


def test_the_actors_inside_the_frame_do_not_support() -> None:
    found = _triples("在以巴冲突中支持哈马斯的也门胡塞武装声称再次袭击船只。")
    assert ("胡塞武装", "SUPPORT", "哈马斯") in found
    assert not any(t == "SUPPORT" and s != "胡塞武装" for s, t, _ in found)


# -- a speech verb jieba tags a noun (声称) still follows the head ------------------------------


def test_a_speech_verb_after_the_head_leaves_it_the_head() -> None:
    assert ("胡塞武装", "SUPPORT", "哈马斯") in _triples("支持哈马斯的胡塞武装声称袭击船只。")


# -- near misses ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "在以巴冲突中支持哈马斯的声明引发争议。",  # the head is a statement, no actor
        "在以巴冲突中支持哈马斯的胡塞武装的领导人表示将继续行动。",  # no actor heads it
    ],
)
def test_no_actor_heads_the_relative(text) -> None:
    assert not any(t == "SUPPORT" for _, t, _ in _triples(text))


def test_a_relative_with_its_own_subject_keeps_it() -> None:
    found = _triples("在以巴冲突中美国支持的以色列继续轰炸加沙。")
    assert ("美国", "SUPPORT", "以色列") in found
    assert ("以色列", "SUPPORT", "美国") not in found


def test_a_time_frame_before_a_plain_clause_is_untouched() -> None:
    found = _triples("在中东访问期间,布林肯会见了以色列总理。")
    assert ("布林肯", "CONSULT", "以色列") in found
