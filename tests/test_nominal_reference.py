"""Nominal events and references in international news: constructions where a noun or a
reference made a wrong party, or hid one (round 2 of the nominal/reference classes).

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of

# -- a region named before a war or truce is where it happens, not a party ---------------------

REGION_SCENES = [
    "土耳其正与卡塔尔、美国合作，斡旋以促成一项为期三十天的加沙停火协议。",
    "卡塔尔将力促加沙停火期限进一步延长。",
    "埃及力促加沙人道主义停火尽快恢复。",
]


@pytest.mark.parametrize("text", REGION_SCENES)
def test_a_region_before_a_truce_is_no_party(text) -> None:
    assert not [e for e in events_of(text) if "加沙" in (e[0], e[2])]


def test_a_region_acted_on_is_still_a_target() -> None:
    assert ("以色列", "ASSAULT", "加沙", "asserted") in events_of("以色列战机空袭加沙。")
