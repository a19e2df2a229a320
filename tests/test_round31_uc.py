"""Round 31 (uc): false events on the pooled short wire items of the round-30 audit.

Events kg emitted that the annotators did not: a place read as the target of an act on a group
inside it, and the like. Sentences are written for the test in the constructions the pages used,
with near misses that must not change.
"""

from __future__ import annotations

import pytest
from sentences import events_of


# A place named before an unnamed criminal or armed band only says where the band is: an armed
# act on the band does not reach the place's state (words.tsv gang).
@pytest.mark.parametrize(
    "text, absent",
    [
        ("巴西与巴拉圭宣布开展联合行动，打击该国的犯罪组织。", ("巴西", "ASSAULT", "巴拉圭")),
        ("据报道，美国总统已下令美军打击拉丁美洲贩毒集团。", ("美军", "ASSAULT", "拉美")),
        ("俄军战机空袭叙利亚境内的恐怖分子。", ("俄军", "ASSAULT", "叙利亚")),
        ("法军打击马里北部地区的极端分子。", ("法国军队", "ASSAULT", "马里")),
    ],
)
def test_place_of_a_band_is_no_target(text, absent) -> None:
    assert not any(e[:3] == absent for e in events_of(text))


@pytest.mark.parametrize(
    "text, event",
    [
        ("美军打击也门胡塞武装。", ("美军", "ASSAULT", "胡塞武装", "asserted")),
        ("俄军袭击乌克兰的能源设施。", ("俄军", "ASSAULT", "乌克兰", "asserted")),
        ("以色列空袭黎巴嫩真主党目标。", ("以色列", "ASSAULT", "真主党", "asserted")),
        ("美国威胁打击墨西哥。", ("美国", "THREATEN", "墨西哥", "asserted")),
        ("美国批评墨西哥打击贩毒集团不力。", ("美国", "ACCUSE", "墨西哥", "asserted")),
    ],
)
def test_acts_on_a_place_or_a_named_group_stay(text, event) -> None:
    assert event in events_of(text)
