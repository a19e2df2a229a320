"""Round 38, helper pr: kg's spurious events against the twenty first golds (annotated before
their annotators saw kg's output). Sentences written for the tests in the style of those pages."""

from __future__ import annotations

import pytest
from sentences import events_of

# -- 呼吁各方保持克制: who the parties are is not said ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "以色列空袭伊朗核设施。国际原子能机构总干事格罗西表示,他呼吁各方保持最大限度的克制。",
        "美国空袭伊朗核设施。中方呼吁冲突各方立即停止敌对行动。",
        "泰国军队炮击柬埔寨边境村庄。马来西亚总理安华呼吁各方克制。",
    ],
)
def test_parties_an_appeal_addresses_are_not_the_sides_of_the_attack(text: str) -> None:
    """ya-01, ql-03 (first golds), audit33 wg: after a strike, 呼吁各方保持克制 names nobody;
    kg made the appeal a REQUEST to each side of the last attack, which no annotator wrote."""
    assert not any(t == "REQUEST" for _, t, _, _ in events_of(text))


def test_named_sides_of_a_conflict_are_still_appealed_to() -> None:
    """冲突双方 after a named pair is the pair (audit33 wd: 中方呼籲衝突雙方…停火)."""
    text = "巴基斯坦与阿富汗边境爆发冲突。中方呼吁冲突双方尽快停火。"
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    assert {("中国", "REQUEST", "巴基斯坦"), ("中国", "REQUEST", "阿富汗")} <= found


# -- 做好…准备: readiness is no threat unless it says for what force -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "德国总理力促签署该协定，但法国总统表示反对：“我们还没有做好准备。”",
        "美国宣布对伊朗实施新制裁。伊朗外长表示,伊朗对一切可能发生的状况都做好准备。",
        "美国批评中国。专家说,北京已为强硬谈判做好了准备。",
    ],
)
def test_readiness_in_other_words_threatens_no_one(text: str) -> None:
    """qe-08, nc-06, qj-01 (first golds): 做好…准备 with any words between (还没有做好准备 to sign,
    对一切状况都做好准备, 为强硬谈判做好了准备) was a THREATEN no annotator wrote."""
    assert not any(t == "THREATEN" for _, t, _, _ in events_of(text))


# -- 欢迎出席峰会的高级代表: people a relative clause describes are the welcome's own object ---


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("白宫拒绝李家超出席峰会。美国国务院发言人称，总统拜登欢迎出席峰会的高级代表。", "拜登"),
        ("特朗普下令驱逐哥伦比亚移民。哥伦比亚欢迎遭到驱逐的移民搭乘民航机回国。", "哥伦比亚"),
    ],
)
def test_welcomed_people_described_by_a_relative_clause_are_no_one_in_focus(
    text: str, speaker: str
) -> None:
    """qc-12, yd-09 (first golds): 欢迎 + [verb …的] people fell back to the actor in focus
    (the one just barred or the deporter), a SUPPORT no annotator wrote."""
    assert not any(s == speaker and t == "SUPPORT" for s, t, _, _ in events_of(text))


def test_a_welcome_with_no_object_still_answers_the_one_in_focus() -> None:
    """欢迎 standing alone still answers the actor whose act it welcomes."""
    found = events_of("美国宣布解除对叙利亚的制裁。叙利亚外交部对此表示欢迎。")
    assert any(t == "SUPPORT" and o == "美国" for _, t, o, _ in found)
