"""Recall and precision on a blind round of aid and cooperation news: national Red Cross
societies, leaders named before their title, condolence messages and press-conference topics.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of

# -- 中国红十字会, 巴基斯坦红新月会: a national society is an organ of its country -------------
# Without it the 会 of 红十字会 read as the modal 会 (will) and made the aid only intended.

RED_CROSS = [
    (
        "印尼红十字会5日已向缅甸灾区运送了一批帐篷和药品援助。",
        ("印度尼西亚红十字会", "AID", "缅甸", "asserted"),
    ),
    (
        "中国红十字会向土耳其红新月会提供20万美元紧急现汇援助。",
        ("中国红十字会", "AID", "土耳其红新月会", "asserted"),
    ),
    (
        "日本红十字会表示，将向尼泊尔提供救灾物资援助。",
        ("日本红十字会", "AID", "尼泊尔", "intended"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), RED_CROSS)
def test_a_national_red_cross_society_gives_aid(text, expected) -> None:
    assert expected in events_of(text)
