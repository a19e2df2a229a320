"""Recall on a large gold-free sample of fresh news: constructions kg saw there but coded no
event for, one class each.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of

# -- aid described by the goods it moves is still aid between the parties it names -------------

AID_RELATIVES = [
    ("英国向乌克兰提供的首批坦克已经运抵。", ("英国", "AID", "乌克兰", "asserted")),
    ("德国政府向约旦提供的首批救灾物资今天运抵安曼。", ("德国", "AID", "约旦", "asserted")),
    ("韩国政府向土耳其提供的价值500万美元的帐篷今天启运。", ("韩国", "AID", "土耳其", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), AID_RELATIVES)
def test_aid_described_by_its_goods_is_aid(text, expected) -> None:
    assert expected in events_of(text)


def test_goods_given_by_nobody_named_are_no_aid() -> None:
    assert not events_of("提供的救灾物资已经运抵约旦。")
