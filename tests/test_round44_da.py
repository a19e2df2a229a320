"""Round 44, helper da: direction, who acts on whom. Sentences written for the tests in the
style of Chinese international news."""

from __future__ import annotations

import pytest

from tests.data.sentences import events_of


def _triples(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


# -- 就[X对Y…]阐明立场: a stance set out on an act is no act of the one who states it ----------
# (vb-measure 08: 中方已就美国对巴西加征关税阐明立场 gave 中方 SANCTION 巴西)

STANCE = [
    ("外交部发言人说,中方已就美国对巴西加征关税阐明立场。", ("美国", "SANCTION", "巴西")),
    ("俄罗斯外交部就欧盟对白俄罗斯实施制裁表明了立场。", ("欧盟", "SANCTION", "白俄罗斯")),
    ("日本就中国对日本水产品实施禁令向世贸组织提出申诉。", ("中国", "SANCTION", "日本")),
]


@pytest.mark.parametrize(("text", "expected"), STANCE)
def test_stance_on_an_act_leaves_the_act_to_its_doer(text, expected) -> None:
    found = _triples(text)
    assert expected in found
    doer = expected[0]
    assert not any(t == expected[1] and s != doer for s, t, _ in found)


# -- 以军空袭黎南部目标进行报复: serial verbs; the one struck does not carry out what follows ----
# (lc-02, qd-01/02/03: 黎 ASSAULT 以军 from 报复)

SERIAL = [
    ("以军战机空袭和炮击黎南部目标进行报复。", ("以军", "ASSAULT", "黎巴嫩")),
    ("以军通过空袭黎南部目标实施报复。", ("以军", "ASSAULT", "黎巴嫩")),
    ("俄罗斯制裁美国官员进行反制。", ("俄罗斯", "SANCTION", "美国")),
]


@pytest.mark.parametrize(("text", "expected"), SERIAL)
def test_the_one_struck_does_not_carry_out_the_next_act(text, expected) -> None:
    found = _triples(text)
    assert expected in found
    assert (expected[2], expected[1], expected[0]) not in found


def test_a_pivot_verb_still_hands_on_the_act() -> None:
    """邀请|美方|进行访问: an invitation is no strike; the one invited is asked, as before."""
    assert ("中国", "REQUEST", "美国") in _triples("中方邀请美方代表团进行访问。")


# -- 受到与会的东南亚领导人严厉批评: a passive whose long agent names no actor -------------------
# (qc-03: the one criticised was read as the critic of the body named before)


def test_a_long_passive_agent_that_names_no_actor_makes_no_critic_of_the_patient() -> None:
    found = _triples("东盟峰会周二召开，缅甸军政府因而受到与会的东南亚领导人严厉批评。")
    assert not any(t == "ACCUSE" for _, t, _ in found)


def test_a_named_passive_agent_still_acts() -> None:
    found = _triples("俄罗斯遭到西方多国政府的严厉制裁。")
    assert not any(s == "俄罗斯" and t == "SANCTION" for s, t, _ in found)


# -- 在打击青年党方面得到美国的支持: the actor inside a field frame is not the one supported -----
# (ld-08: 美国 SUPPORT 青年党)

FIELD = [
    "索马里联邦政府在打击青年党方面一直得到美国的支持。",
    "索马里政府在打击青年党问题上得到美国的大力支持。",
]


@pytest.mark.parametrize("text", FIELD)
def test_the_one_supported_stands_before_the_field_frame(text) -> None:
    found = _triples(text)
    assert ("美国", "SUPPORT", "索马里") in found
    assert ("美国", "SUPPORT", "青年党") not in found
