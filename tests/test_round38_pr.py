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
        "美国空袭伊朗后,中方呼吁冲突各方立即停止敌对行动。",
        "泰国与柬埔寨边境再次交火。马来西亚总理安华呼吁各方克制。",
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
