"""Status of acts whose cue belongs to another construction: a 将 that is 把 before a verb of
regarding (即将…视为), a negated act and a second one joined by 并, a purpose clause put before
the main one, and a clause that goes on from a plan.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of

# -- 即将…视为: 即 + 将 (= 把), the act regarded is reported, not planned -------------------

REGARDED = [
    ("美国学者即将基辛格1971年访华视为中美关系解冻的起点。", ("基辛格", "CONSULT", "中国")),
    (
        "不少分析人士即将普京2000年访问朝鲜看作俄朝关系的转折点。",
        ("普京", "CONSULT", "朝鲜"),
    ),
    ("该报即将美国2019年制裁华为视为中美科技战的开端。", ("美国", "SANCTION", "华为")),
]


@pytest.mark.parametrize(("text", "expected"), REGARDED)
def test_act_regarded_after_ba_is_asserted(text, expected) -> None:
    events = events_of(text)
    assert (*expected, "asserted") in events
    assert (*expected, "intended") not in events


@pytest.mark.parametrize(
    "text",
    [
        "普京即将访问朝鲜。",
        "拜登即将访问中国，外界视为两国关系回暖的迹象。",
    ],
)
def test_about_to_act_stays_intended(text) -> None:
    assert {s for *_, s in events_of(text)} == {"intended"}
