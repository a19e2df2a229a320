"""Round 34 (zb): precision and status across the eight audit33 sets: events kg emits that the
gold does not have, or has with another status. Sentences are written for the test in the
construction the pages used, with near misses that must not change.
"""

from __future__ import annotations

import pytest
from sentences import events_of


# X对[Y针对Z的制裁]表示不满: the act's noun closes the 针对-phrase before the stance verb, so Y
# is the one condemned, not the doer of the condemnation (制裁 is tagged a noun, 袭击 a verb:
# both read alike).
@pytest.mark.parametrize(
    "text, event, gone",
    [
        (
            "中方对美国针对中国企业的制裁表示强烈不满。",
            ("中国", "ACCUSE", "美国", "asserted"),
            ("美国", "ACCUSE", "中国", "asserted"),
        ),
        (
            "俄罗斯对美国针对伊朗的制裁表示强烈不满。",
            ("俄罗斯", "ACCUSE", "美国", "asserted"),
            ("美国", "ACCUSE", "伊朗", "asserted"),
        ),
    ],
)
def test_noun_act_closing_aimed_phrase_is_condemned(text, event, gone) -> None:
    events = events_of(text)
    assert event in events
    assert gone not in events


# 塔哈对这一次以色列针对外交机构的袭击表示强烈谴责,同时对伊朗政府表示声援: an actor inside the
# 对-phrase a stance verb closes voices neither that stance nor the next one; the speaker, a
# name the gazetteer does not know, stands before the 对.
@pytest.mark.parametrize(
    "text, gone",
    [
        (
            "塔哈对这一次以色列针对外交机构的袭击表示强烈谴责,同时对伊朗政府和人民表示声援。",
            [("以色列", "ACCUSE", "伊朗", "asserted"), ("以色列", "SUPPORT", "伊朗", "asserted")],
        ),
        (
            "他对美国针对中国企业的制裁表示强烈不满。",
            [("美国", "ACCUSE", "中国", "asserted")],
        ),
    ],
)
def test_actor_inside_voiced_phrase_voices_nothing(text, gone) -> None:
    events = events_of(text)
    assert not any(g in events for g in gone)


@pytest.mark.parametrize(
    "text, event",
    [
        # the act inside the phrase stays its actor's
        ("他对美国针对中国企业的制裁表示强烈不满。", ("美国", "SANCTION", "中国", "asserted")),
        # the speaker before the 对 still voices the stance
        ("中方对以色列针对平民的袭击表示谴责。", ("中国", "ACCUSE", "以色列", "asserted")),
        ("俄罗斯对美国针对伊朗的袭击表示强烈不满。", ("俄罗斯", "ACCUSE", "美国", "asserted")),
    ],
)
def test_voiced_phrase_near_misses(text, event) -> None:
    assert event in events_of(text)


# 双方就加强经济领域合作达成一致: the cooperation a 就-phrase names as the topic of talks or of a
# consensus is to come (intended); the talks and the consensus themselves are done.
@pytest.mark.parametrize(
    "text, event, gone",
    [
        (
            "日本首相石破茂16日与塞尔维亚总统武契奇举行会谈,双方就加强经济领域合作达成一致。",
            ("石破茂", "COOPERATE", "武契奇", "intended"),
            ("石破茂", "COOPERATE", "武契奇", "asserted"),
        ),
        (
            "中俄两国就加强反恐合作达成共识。",
            ("中国", "COOPERATE", "俄罗斯", "intended"),
            ("中国", "COOPERATE", "俄罗斯", "asserted"),
        ),
        (
            "越南和柬埔寨就深化军事合作进行了磋商。",
            ("越南", "COOPERATE", "柬埔寨", "intended"),
            ("越南", "COOPERATE", "柬埔寨", "asserted"),
        ),
    ],
)
def test_cooperation_as_topic_of_talks_is_intended(text, event, gone) -> None:
    events = events_of(text)
    assert event in events
    assert gone not in events


@pytest.mark.parametrize(
    "text, event",
    [
        ("中俄两国就加强反恐合作达成共识。", ("中国", "AGREE", "俄罗斯", "asserted")),
        ("越南和柬埔寨就深化军事合作进行了磋商。", ("越南", "CONSULT", "柬埔寨", "asserted")),
        # the consensus in a later clause than the topic is still done
        (
            "他表示,中美两国就加强军事合作,在合作框架内共同推进两军关系达成了共识。",
            ("中国", "AGREE", "美国", "asserted"),
        ),
    ],
)
def test_topic_of_talks_near_misses(text, event) -> None:
    assert event in events_of(text)


# 越方愿同中方…,并根据两国高层共识,同中方共同维护…: a consensus the act rests on (根据, 按照…) was
# reached before; the wish of the sentence is of the act, not of the consensus.
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "越方愿同中方加强协调,并根据两国高层共识,同中方共同维护海上和平稳定。",
            ("越南", "AGREE", "中国", "asserted"),
        ),
        (
            "柬方愿同中方加强沟通,并根据两国元首共识,同中方共同打造命运共同体。",
            ("柬埔寨", "AGREE", "中国", "asserted"),
        ),
        (
            "俄方愿同中方密切配合,并依据两国高层共识,同中方共同维护地区稳定。",
            ("俄罗斯", "AGREE", "中国", "asserted"),
        ),
    ],
)
def test_agreement_acted_on_was_reached(text, event) -> None:
    assert event in events_of(text)


def test_agreement_wished_without_basis_stays_intended() -> None:
    events = events_of("越方愿同中方加强协调,并同中方达成新的共识。")
    assert ("越南", "AGREE", "中国", "asserted") not in events


# 会谈有望达成亚美尼亚和阿塞拜疆之间的和平条约: an agreement named by its sides right after the
# verb that makes it is yet to be made when that verb is hoped for, not an existing treaty.
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "会谈有望达成亚美尼亚和阿塞拜疆之间的和平条约。",
            ("亚美尼亚", "AGREE", "阿塞拜疆", "intended"),
        ),
        (
            "俄罗斯希望推动签署亚美尼亚和阿塞拜疆之间的和平条约。",
            ("亚美尼亚", "AGREE", "阿塞拜疆", "intended"),
        ),
        (
            "三方会晤可以帮助达成埃里温和巴库间的和平条约。",
            ("亚美尼亚", "AGREE", "阿塞拜疆", "intended"),
        ),
    ],
)
def test_deal_to_be_made_is_intended(text, event) -> None:
    events = events_of(text)
    assert event in events
    assert event[:3] + ("asserted",) not in events


def test_named_deal_far_after_intention_still_exists() -> None:
    events = events_of("这将严重违反中美三个联合公报的规定。")
    assert ("中国", "AGREE", "美国", "asserted") in events


# 卡方绝不容忍以方针对卡塔尔主权的行为: what one will not tolerate, named after it, is condemned;
# the 不容忍 inside 绝不容忍 is no refusal of its own (it made a REJECT of the condemnation).
@pytest.mark.parametrize(
    "text, event",
    [
        ("中方绝不容忍美方的挑衅行为。", ("中国", "ACCUSE", "美国", "asserted")),
        ("美国宣布制裁中国企业。中方对此绝不容忍。", ("中国", "ACCUSE", "美国", "asserted")),
        (
            "卡塔尔绝不容忍以色列针对卡塔尔主权的行为。",
            ("卡塔尔", "ACCUSE", "以色列", "asserted"),
        ),
    ],
)
def test_not_tolerated_is_condemned(text, event) -> None:
    events = events_of(text)
    assert event in events
    assert event[:1] + ("REJECT",) + event[2:] not in events


# 巴基斯坦外交部说,如果塔利班进一步挑衅,巴方将会恰当回应: a provocation only supposed in a
# condition blames no one; the promised fitting response (恰当回应, as 适当回应) is the threat.
def test_supposed_provocation_blames_no_one() -> None:
    events = events_of("巴基斯坦外交部说,如果塔利班进一步挑衅,巴方将会恰当回应。")
    assert not any(e[1] == "ACCUSE" for e in events)
    assert any(e[1:] == ("THREATEN", "塔利班", "asserted") for e in events)


@pytest.mark.parametrize(
    "text, event",
    [
        # a provocation judged outside a condition still blames
        ("中方表示,菲律宾的挑衅行为严重侵犯中国主权。", ("中国", "ACCUSE", "菲律宾", "asserted")),
        # the threat the condition leads to stays
        (
            "中方表示,如果菲律宾继续挑衅,中方将坚决回击。",
            ("中国", "THREATEN", "菲律宾", "asserted"),
        ),
    ],
)
def test_supposed_provocation_near_misses(text, event) -> None:
    assert event in events_of(text)


# 中方谴责美国对叙利亚的空袭,要求其立即停止军事行动: after an act phrase X对Y的N, 其 goes on
# with the condemned doer X, not the target Y the phrase names last.
@pytest.mark.parametrize(
    "text, event, gone",
    [
        (
            "中方强烈谴责美国对叙利亚的空袭,要求其立即停止军事行动。",
            ("中国", "REQUEST", "美国", "asserted"),
            ("中国", "REQUEST", "叙利亚", "asserted"),
        ),
        (
            "伊朗强烈谴责以色列对黎巴嫩的野蛮攻击,指责其袭击真主党据点。",
            ("伊朗", "ACCUSE", "以色列", "asserted"),
            ("伊朗", "ACCUSE", "黎巴嫩", "asserted"),
        ),
    ],
)
def test_pronoun_after_condemned_act_is_its_doer(text, event, gone) -> None:
    events = events_of(text)
    assert event in events
    assert gone not in events


def test_pronoun_after_measure_on_target_stays_target() -> None:
    # no act phrase: the one the measure hit is the one asked
    events = events_of("美国对伊朗实施制裁,要求其停止核计划。")
    assert ("美国", "REQUEST", "伊朗", "asserted") in events


# 特朗普警告称,华盛顿不会允许波哥大违背其承诺: a breach not to be allowed (words.tsv disallow)
# has not happened; the judgement of it blames no one yet.
def test_disallowed_deed_blames_no_one() -> None:
    events = events_of("特朗普警告称,华盛顿不会允许波哥大违背其承诺。")
    assert not any(e[1] == "ACCUSE" for e in events)


def test_breach_charged_still_blames() -> None:
    assert ("特朗普", "ACCUSE", "哥伦比亚", "asserted") in events_of("特朗普指责哥伦比亚违背承诺。")


# 该国过渡政府“不可接受地”推迟选举: an adverb of manner judges how a deed was done; the one who
# did it refuses nobody.
def test_unacceptably_done_refuses_nobody() -> None:
    events = events_of(
        "西共体决定对马里实施全面经济制裁,以回应该国过渡政府“不可接受地”推迟承诺于2月举行的选举。"
    )
    assert not any(e[1] == "REJECT" for e in events)
    assert ("西非国家经济共同体", "SANCTION", "马里", "asserted") in events


# …要求美国结束对古巴的封锁”,封锁是依据美国法律实施的: a measure named again at the head of its
# clause before 是 is what the clause describes; an actor later in the clause is no target.
def test_measure_as_topic_of_copula_has_no_new_target() -> None:
    events = events_of(
        "黑莉强调联大“没有权力要求美国结束对古巴的封锁”,封锁是依据美国法律实施的,"
        "只有美国国会有权做出改变。"
    )
    assert ("联合国大会", "SANCTION", "美国", "asserted") not in events
    assert ("美国", "SANCTION", "古巴", "asserted") in events


# 缅方对中国领事馆遭袭表示谴责: the actor that suffers an attack no agent is named for is its
# victim; the condemnation is aimed at whoever made the last attack, never at the victim.
@pytest.mark.parametrize(
    "text, gone",
    [
        ("缅方对中国领事馆遭袭表示谴责。", ("缅甸", "ACCUSE", "中国总领事馆", "asserted")),
        ("联合国对伊朗使馆遭袭击一事表示谴责。", ("联合国", "ACCUSE", "伊朗大使馆", "asserted")),
        ("巴基斯坦对中国公民遇袭表示遗憾。", ("巴基斯坦", "ACCUSE", "中国", "asserted")),
    ],
)
def test_victim_of_unnamed_attack_is_not_condemned(text, gone) -> None:
    assert gone not in events_of(text)


def test_attack_suffered_is_condemned_on_its_maker() -> None:
    events = events_of("以色列空袭了伊朗驻叙利亚使馆。联合国对伊朗使馆遭袭击一事表示谴责。")
    assert ("联合国", "ACCUSE", "以色列", "asserted") in events
