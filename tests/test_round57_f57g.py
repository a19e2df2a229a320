"""Round 57, f57g: a truce between a subject and the side 与/和 joins to it (A与B…停火, A与B之间
的停火) is each side's truce with the other (CONCEDE both ways), as a mutual act's with-partner
already is; a truce with a side introduced by anything else, or offered by one side, stays
one way."""

from __future__ import annotations

import pytest
from sentences import events_of


@pytest.mark.parametrize(
    "text, status",
    [
        ("马来西亚总理宣布，印度尼西亚与菲律宾双方将于今晚起全面停火。", "intended"),
        ("声明指出，苏丹武装部队与快速支援部队之间将立即全面停火。", "intended"),
        ("新加坡总理感谢美方协助促成越南与老挝之间的停火。", "asserted"),
    ],
)
def test_a_truce_between_joined_sides_goes_both_ways(text, status) -> None:
    found = {e for e in events_of(text) if e[1] == "CONCEDE"}
    pairs = {(e[0], e[2]) for e in found}
    assert len(pairs) == 2
    assert {(b, a) for a, b in pairs} == pairs
    assert all(e[3] == status for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "柬埔寨宣布愿意与泰国停火。",
        "以色列宣布对黎巴嫩单方面停火。",
        "哈马斯表示，愿意与以色列停火。",
        "美国敦促泰国与柬埔寨停火。",
    ],
)
def test_a_truce_offered_by_one_side_stays_one_way(text) -> None:
    found = {(e[0], e[2]) for e in events_of(text) if e[1] == "CONCEDE"}
    assert len(found) <= 1
