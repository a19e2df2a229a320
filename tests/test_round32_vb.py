"""Round 32 (vb): verbal events in nominal or indirect form on the pooled audit of short wire
items (a breach a speaker charges someone with, what a speaker says was found out). Sentences
are written for the test in the construction the pages used, with near misses that must not
change.
"""

from __future__ import annotations

import pytest
from sentences import events_of


# X称,Y违反…法律/公约: breaking a law or a convention, said of someone, is the speaker's charge,
# as breaking international law or a resolution already was.
@pytest.mark.parametrize(
    "text, event",
    [
        ("俄罗斯外交部称,英国外交官违反俄法律。", ("俄罗斯外交部", "ACCUSE", "英国", "asserted")),
        (
            "立陶宛外交部表示,这3名中国外交官的行为违反《维也纳外交关系公约》。",
            ("立陶宛外交部", "ACCUSE", "中国", "asserted"),
        ),
    ],
)
def test_breach_of_a_law_or_convention(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "他说,该法律违反宪法。",  # a law said to break the constitution: no actor judged
        "警方逮捕了违反法律的抗议者。",  # no speaker, no actor
    ],
)
def test_breach_near_misses(text) -> None:
    assert not [e for e in events_of(text) if e[1] == "ACCUSE"]


# X表示,发现Y…: what a speaker says was found out is said of the actor after 发现, who is no
# object of it.
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "俄罗斯当局表示,发现一名英国外交官违反俄法律。",
            ("俄罗斯", "ACCUSE", "英国", "asserted"),
        ),
        (
            "美国国务院称,发现一名伊朗官员违反联合国安理会决议。",
            ("美国国务院", "ACCUSE", "伊朗", "asserted"),
        ),
    ],
)
def test_found_out_by_a_speaker(text, event) -> None:
    assert event in events_of(text)


def test_finding_keeps_what_is_found_no_actor() -> None:
    # 发现 with no judgement after it: nothing is said of anyone
    assert not events_of("俄罗斯当局表示,发现一名英国外交官在莫斯科活动。")


# A表示,B致函C,呼吁…: a demand after a letter the said clause sends is the writer's, not the
# speaker's who reports it.
@pytest.mark.parametrize(
    "text, event, not_event",
    [
        (
            "普京表示,马克龙日前致函德国总理,要求德国尽快达成协议。",
            ("马克龙", "REQUEST", "德国", "asserted"),
            ("普京", "REQUEST", "德国", "asserted"),
        ),
        (
            "伊朗外长表示,以色列致信联合国秘书长,要求安理会谴责伊朗。",
            ("以色列", "REQUEST", "安理会", "asserted"),
            ("伊朗", "REQUEST", "安理会", "asserted"),
        ),
    ],
)
def test_demand_in_a_reported_letter_is_the_writers(text, event, not_event) -> None:
    events = events_of(text)
    assert event in events
    assert not_event not in events


def test_demand_after_a_reported_claim_stays_the_speakers() -> None:
    # no letter: the speaker who reports the claim appeals (the older rule)
    text = "伊朗外交部发言人巴加埃表示,以色列公然侵犯叙利亚领土完整,呼吁安理会采取行动。"
    events = events_of(text)
    assert ("巴加埃", "REQUEST", "安理会", "asserted") in events
    assert all(e[0] != "以色列" or e[1] != "REQUEST" for e in events)


# 无视/响应/拒绝 + X的请求/呼吁/要求: the demand is a noun its owner made of the clause's subject;
# a negation or a condition bears on the answer, not on the demand.
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "所罗门群岛无视澳大利亚的请求,与中国签署了协议。",
            ("澳大利亚", "REQUEST", "所罗门群岛", "asserted"),
        ),
        (
            "即使所罗门群岛无视堪培拉的请求并与中国签署协议,澳大利亚仍会继续支持所罗门群岛。",
            ("澳大利亚", "REQUEST", "所罗门群岛", "asserted"),
        ),
        ("巴基斯坦响应中国的呼吁,同意停火。", ("中国", "REQUEST", "巴基斯坦", "asserted")),
        ("巴基斯坦没有响应中国的呼吁。", ("中国", "REQUEST", "巴基斯坦", "asserted")),
        (
            "如果美国拒绝朝方要求,朝美间所有外交接触渠道都将被关闭。",
            ("朝鲜", "REQUEST", "美国", "asserted"),
        ),
    ],
)
def test_demand_answered_was_made_by_its_owner(text, event) -> None:
    assert event in events_of(text)


def test_refusal_of_a_demand_stays_a_refusal() -> None:
    events = events_of("所罗门群岛拒绝了澳大利亚的请求。")
    assert ("所罗门群岛", "REJECT", "澳大利亚", "asserted") in events
    assert ("澳大利亚", "REQUEST", "所罗门群岛", "asserted") in events


@pytest.mark.parametrize(
    "text",
    [
        "所罗门群岛拒绝了澳大利亚的援助。",  # aid refused: no aid given, nothing asked
        "伊朗不顾美国反对,继续浓缩铀。",  # an objection, not a demand
    ],
)
def test_answer_near_misses(text) -> None:
    assert not [e for e in events_of(text) if e[1] in {"REQUEST", "AID"}]


# X声称Y此举为…搅局…: stirring trouble, said of someone, is the speaker's charge even when the
# speaker gives it as the aim of a move.
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "中国国防部表示,菲律宾拉拢域外国家搅局南海。",
            ("中国国防部", "ACCUSE", "菲律宾", "asserted"),
        ),
        ("中国外交部声称日本此举为搅局东海。", ("中国外交部", "ACCUSE", "日本", "asserted")),
    ],
)
def test_stirring_trouble_is_a_charge(text, event) -> None:
    assert event in events_of(text)


def test_stirring_trouble_said_by_no_one() -> None:
    assert not events_of("有人在这场选举中搅局。")


# X召见Y大使,要求就…作出解释: the actor inside the 就-phrase is what is to be explained, and the
# demand asks the one summoned.
@pytest.mark.parametrize(
    "text, event, not_event",
    [
        (
            "日本外务省召见俄罗斯大使,要求就俄军的行动作出解释。",
            ("日本外务省", "REQUEST", "俄罗斯", "asserted"),
            ("日本外务省", "REQUEST", "俄军", "asserted"),
        ),
        (
            "英国外交大臣召见中国大使,要求就美国议员访问台湾后北京采取的行动作出解释。",
            ("英国", "REQUEST", "中国", "asserted"),
            ("英国", "REQUEST", "美国", "asserted"),
        ),
    ],
)
def test_demand_after_a_summons_asks_the_summoned(text, event, not_event) -> None:
    events = events_of(text)
    assert event in events
    assert not_event not in events


def test_demand_with_its_own_target_keeps_it() -> None:
    events = events_of("日本外务省召见俄罗斯大使,要求乌克兰就此作出解释。")
    assert ("日本外务省", "REQUEST", "乌克兰", "asserted") in events


# X反对Y…的呼吁/要求/请求: opposing someone's appeal refuses it; opposing a deed still blames.
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "美国反对联合国要求解除对古巴经济封锁的呼吁。",
            ("美国", "REJECT", "联合国", "asserted"),
        ),
        ("俄罗斯反对乌克兰的请求。", ("俄罗斯", "REJECT", "乌克兰", "asserted")),
    ],
)
def test_opposing_an_appeal_refuses_it(text, event) -> None:
    events = events_of(text)
    assert event in events
    assert (event[0], "ACCUSE", event[2], "asserted") not in events


@pytest.mark.parametrize(
    "text, event",
    [
        ("中国反对美国的霸凌行径。", ("中国", "ACCUSE", "美国", "asserted")),
        (
            "中方坚决反对美方对台军售,要求美方立即停止。",
            ("中国", "ACCUSE", "美国", "asserted"),
        ),
    ],
)
def test_opposing_a_deed_still_blames(text, event) -> None:
    assert event in events_of(text)
