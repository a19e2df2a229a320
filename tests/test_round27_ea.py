"""Round 27 (ea): one rule for an act named as the object of a verb that ends it, and the
status of scheduled and planned events."""

from __future__ import annotations

import pytest
from sentences import events_of

# -- an ended act goes on: one rule, one gap -------------------------------------------------

ENDED_GOES_ON = [
    # a condition or hope is of the ending; the act it ends exists
    ("如果美国停止对中国的指责，中方将欢迎。", ("美国", "ACCUSE", "中国", "asserted")),
    # a few words of manner before the target phrase (the gap the measure rule had)
    ("如果美国停止长期以来对中国的指责，中方将欢迎。", ("美国", "ACCUSE", "中国", "asserted")),
    ("如果日本取消此前对韩国的出口管制，韩国将回应。", ("日本", "SANCTION", "韩国", "asserted")),
    ("希望俄罗斯结束对乌克兰的军事行动。", ("俄罗斯", "ASSAULT", "乌克兰", "asserted")),
    # a negation of the ending of a hostile measure named with its target
    ("俄罗斯不会停止对乌克兰的袭击。", ("俄罗斯", "ASSAULT", "乌克兰", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), ENDED_GOES_ON)
def test_an_act_a_verb_ends_goes_on(text, expected) -> None:
    assert expected in events_of(text)


ENDED_NEAR_MISSES = [
    # a visit called off never took place
    ("美国宣布取消对朝鲜的访问。", ("美国", "CONSULT", "朝鲜", "negated")),
    # the ending itself keeps the clause's status
    ("如果日本取消此前对韩国的出口管制，韩国将回应。", ("日本", "CONCEDE", "韩国", "hypothetical")),
    # a verb stopped right after 停止 is the stop's own (no target phrase): stays negated
    ("英方停止制裁中兴。", ("英国", "SANCTION", "中兴通讯", "negated")),
    # another act between the ending verb and the act: the act is that one's
    (
        "如果美国全面停止向乌克兰提供的援助，乌克兰将难以为继。",
        ("美国", "AID", "乌克兰", "hypothetical"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENDED_NEAR_MISSES)
def test_what_no_ending_verb_governs_keeps_its_status(text, expected) -> None:
    assert expected in events_of(text)
