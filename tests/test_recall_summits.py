"""Recall on unseen news, second round: commissioners named after their title, summits of
listed leaders, mediators between two named sides, talks whose topic names a war.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of

# -- a commissioner (欧盟贸易专员) is a post: the name after it is a person --------------------

COMMISSIONERS = [
    ("法国总统马克龙会见了贸易专员马丁·杜兰。", ("马克龙", "CONSULT", "马丁·杜兰", "asserted")),
    ("欧盟贸易专员科瓦奇会见了美国商务部长。", ("科瓦奇", "CONSULT", "美国", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), COMMISSIONERS)
def test_a_name_after_commissioner_is_a_person(text, expected) -> None:
    assert expected in events_of(text)
