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


# -- a meeting or visit named before a noun of plan is planned --------------------------------

PLANNED = [
    ("特朗普的访华计划已经公布。", ("特朗普", "CONSULT", "中国", "intended")),
    ("外交部宣布了李强访问德国的计划。", ("李强", "CONSULT", "德国", "intended")),
    ("双方讨论了习近平访美的安排。", ("习近平", "CONSULT", "美国", "intended")),
    # seed-004: no meeting arranged (the gold has it negated)
    (
        "特朗普10月27日表示,虽然暂无与金正恩会晤的安排,但是如果金正恩愿意,他可以延长亚洲之行。",
        ("特朗普", "CONSULT", "金正恩", "negated"),
    ),
    ("拜登没有访华计划。", ("拜登", "CONSULT", "中国", "negated")),
    ("美国取消了布林肯的访华计划。", ("布林肯", "CONSULT", "中国", "negated")),
]


@pytest.mark.parametrize(("text", "expected"), PLANNED)
def test_a_meeting_named_before_a_plan_noun_is_planned(text, expected) -> None:
    assert expected in events_of(text)


PLAN_NEAR_MISSES = [
    # what is arranged after the meeting is another thing
    ("特朗普会见金正恩后安排了记者会。", ("特朗普", "CONSULT", "金正恩", "asserted")),
    ("特朗普会见了金正恩，安排了记者会。", ("特朗普", "CONSULT", "金正恩", "asserted")),
    # a body named after a programme is no plan
    ("王毅会见了世界粮食计划署署长。", ("王毅", "CONSULT", "世界粮食计划署", "asserted")),
    # a meeting during a visit took place
    ("特朗普访华期间会见了习近平。", ("特朗普", "CONSULT", "习近平", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), PLAN_NEAR_MISSES)
def test_what_no_plan_noun_follows_keeps_its_status(text, expected) -> None:
    assert expected in events_of(text)


# -- a proposal closing a clause reaches the clause of the ones it lets act -------------------

PROPOSED = [
    ("美国提议，让乌克兰与俄罗斯在美国会面。", ("乌克兰", "CONSULT", "俄罗斯", "intended")),
    # tw-hk-dev (d5), in the article's own script
    (
        "澤倫斯基說：「美國首次提議，讓烏克蘭與俄羅斯的兩個談判團隊在美國會面，可能是在邁阿密。」",
        ("乌克兰", "CONSULT", "俄罗斯", "intended"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PROPOSED)
def test_what_a_proposal_lets_others_do_is_proposed(text, expected) -> None:
    assert expected in events_of(text)


PROPOSED_NEAR_MISSES = [
    # a statement closing the clause proposes nothing
    ("美国表示，让乌克兰与俄罗斯举行了会谈。", ("乌克兰", "CONSULT", "俄罗斯", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), PROPOSED_NEAR_MISSES)
def test_a_clause_closed_by_no_intention_proposes_nothing(text, expected) -> None:
    assert expected in events_of(text)


# -- a war named as a time frame is fought ---------------------------------------------------

WAR_FRAMES = [
    # c3-dev (d4): the condition is of the exchange, not of the war
    (
        "一旦完成，这将成为俄乌三年战争期间规模最大的一次战俘交换。",
        ("俄罗斯", "ASSAULT", "乌克兰", "asserted"),
    ),
    (
        "特朗普表示，这可能是俄乌冲突以来最重要的一次会谈。",
        ("俄罗斯", "ASSAULT", "乌克兰", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), WAR_FRAMES)
def test_a_war_named_as_a_time_frame_is_fought(text, expected) -> None:
    assert expected in events_of(text)


WAR_FRAME_NEAR_MISSES = [
    # what the frame holds keeps the clause's mood
    (
        "一旦完成，这将成为俄乌三年战争期间规模最大的一次战俘交换。",
        ("俄罗斯", "RETREAT", "乌克兰", "hypothetical"),
    ),
    # a visit as a frame is still ahead
    ("习近平将在访美期间会见拜登。", ("习近平", "CONSULT", "美国", "intended")),
    # an attack in the condition itself stays supposed
    ("如果俄罗斯进攻乌克兰，美国将制裁俄罗斯。", ("俄罗斯", "ASSAULT", "乌克兰", "hypothetical")),
]


@pytest.mark.parametrize(("text", "expected"), WAR_FRAME_NEAR_MISSES)
def test_what_a_war_frame_holds_keeps_its_status(text, expected) -> None:
    assert expected in events_of(text)
