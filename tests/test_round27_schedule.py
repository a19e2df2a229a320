"""Round 27: an act named as a noun and set for a time ahead is planned, not done.

GUIDELINES: ``intended`` is a plan or expectation that an act will happen. A meeting, talks or
a drill named as a noun whose predicate sets it for a later day (会晤将于下月在旧金山举行,
会谈定于15日在东京举行, 联合军演预计于下周举行) has not taken place; nor has one announced in
one clause and set in the next (宣布与金正恩的二度见面,将于2月27日在越南进行). The predicate
is words.tsv ``schedule_ahead`` … ``held_verb``, the verb closing its clause.

Sentences are written for these tests, in the style of wire reports; the near misses keep the
status they had.
"""

from __future__ import annotations

import pytest
from sentences import events_of


@pytest.mark.parametrize(
    "text, event",
    [
        (
            "美国总统拜登宣布,他与中国国家主席习近平的会晤将于下月在旧金山举行。",
            ("拜登", "CONSULT", "习近平", "intended"),
        ),
        (
            "日本首相岸田文雄与韩国总统尹锡悦的会谈定于15日在东京举行。",
            ("岸田文雄", "CONSULT", "尹锡悦", "intended"),
        ),
        ("美韩联合军演预计于下周在朝鲜半岛附近举行。", ("美国", "COOPERATE", "韩国", "intended")),
        (
            "白宫宣布,特朗普与普京的第二次会晤,将于7月16日在赫尔辛基进行。",
            ("特朗普", "CONSULT", "普京", "intended"),
        ),
        ("中俄两国外长的会谈也将于本月底在莫斯科举行。", ("中国", "CONSULT", "俄罗斯", "intended")),
    ],
)
def test_a_named_act_set_for_a_day_ahead_is_intended(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, event",
    [
        # held already: no schedule word
        (
            "日本首相岸田文雄与韩国总统尹锡悦的会谈于15日在东京举行。",
            ("岸田文雄", "CONSULT", "尹锡悦", "asserted"),
        ),
        ("中俄两国外长的会谈已于昨日在莫斯科举行。", ("中国", "CONSULT", "俄罗斯", "asserted")),
        # the talks took place; what is set ahead is another act, a press conference with an
        # object after its verb
        (
            "日本首相岸田文雄与韩国总统尹锡悦举行了会谈,将于明天举行联合记者会。",
            ("岸田文雄", "CONSULT", "尹锡悦", "asserted"),
        ),
        # a verbal act before a later drill: the condemnation is made now
        (
            "朝鲜谴责美韩将于下周举行的联合军演。",
            ("朝鲜", "ACCUSE", "美国", "asserted"),
        ),
    ],
)
def test_an_act_held_or_done_keeps_its_status(text, event) -> None:
    assert event in events_of(text)
