"""Round 30 (rf): recall and precision on short international news of the Taiwan, Hong Kong
and overseas Chinese press.

Constructions kg got wrong on fresh short wire items of an audit batch, fixed by general rules.
Sentences are written for the test in the construction the pages used (in either script), with
near misses that must not change.
"""

from __future__ import annotations

import pytest
from sentences import events_of


# A body between a verb of breaking and its text (违反联合国安理会决议, 违背联合国宪章) only
# says whose text is broken: a judgement of the breach accuses the one who broke it, never the
# body (the short reports of a missile launch end with this formula).
@pytest.mark.parametrize(
    "text, absent",
    [
        (
            "日本认为此次发射违反联合国安理会决议,并将要求朝鲜停止挑衅。",
            ("日本", "ACCUSE", "安理会"),
        ),
        ("俄罗斯指责此次发射违反安理会决议。", ("俄罗斯", "ACCUSE", "安理会")),
        ("韓國指責此次試射違反聯合國安理會第1718號決議。", ("韩国", "ACCUSE", "安理会")),
        (
            "韩国认为此举违反联合国安理会相关决议,并将要求朝鲜停止挑衅。",
            ("韩国", "ACCUSE", "安理会"),
        ),
    ],
)
def test_breached_body_is_no_target(text, absent) -> None:
    assert not any(e[: len(absent)] == absent for e in events_of(text))


@pytest.mark.parametrize(
    "text, event",
    [
        # the one who broke the text is still accused
        ("美国谴责朝鲜违反联合国安理会决议。", ("美国", "ACCUSE", "朝鲜", "asserted")),
        ("美国谴责朝鲜违反安理会第1718号决议。", ("美国", "ACCUSE", "朝鲜", "asserted")),
        # the body that accuses keeps acting, though its text is named after
        ("安理会谴责朝鲜违反安理会决议。", ("安理会", "ACCUSE", "朝鲜", "asserted")),
        # near misses: a resolution condemned or rejected without a breach names its body
        ("伊朗谴责安理会决议。", ("伊朗", "ACCUSE", "安理会", "asserted")),
        ("俄罗斯拒绝安理会决议。", ("俄罗斯", "REJECT", "安理会", "asserted")),
        # the demand after the breach keeps its target
        (
            "日本认为此次发射违反联合国安理会决议,并将要求朝鲜停止挑衅。",
            ("日本", "REQUEST", "朝鲜", "intended"),
        ),
    ],
)
def test_breach_keeps_its_other_events(text, event) -> None:
    assert event in events_of(text)


# A refusal read off a negated joint act (未答应, 未接受) whose two sides are joined before its
# verb: the pair refuse someone else together, neither refuses the other.
@pytest.mark.parametrize(
    "text, absent",
    [
        ("日本和丹麦均未接受其请求。", ("日本", "REJECT", "丹麦")),
        ("日本及丹麥方面均未答應其請求。", ("丹麦", "REJECT", "日本")),
        ("日本及丹麥方面均未答應其請求。", ("日本", "REJECT", "丹麦")),
        ("伊朗和美国均未接受该协议。", ("伊朗", "REJECT", "美国")),
    ],
)
def test_partners_refuse_no_one_of_them(text, absent) -> None:
    assert not any(e[: len(absent)] == absent for e in events_of(text))


@pytest.mark.parametrize(
    "text, event",
    [
        # whom a refusal answers is still refused, by each of the partners
        ("日本和丹麦都拒绝了中方的请求。", ("丹麦", "REJECT", "中国", "asserted")),
        ("日本未接受中方的请求。", ("日本", "REJECT", "中国", "asserted")),
        ("伊朗不接受美国的提议。", ("伊朗", "REJECT", "美国", "asserted")),
        # the joint act not done stays between the partners
        ("伊朗和美国均未接受该协议。", ("伊朗", "AGREE", "美国", "negated")),
        ("伊朗表示不会与美国达成协议。", ("伊朗", "REJECT", "美国", "asserted")),
    ],
)
def test_refusals_of_another_stay(text, event) -> None:
    assert event in events_of(text)


# An actor inside a channel phrase (通过|中国北京的大使馆|渠道向…) names the way a protest goes,
# not who makes it: Japan protests to North Korea through its embassy in Beijing.
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "日本政府已通过中国北京的大使馆渠道向朝鲜提出严正抗议。",
            ("日本", "PROTEST", "朝鲜", "asserted"),
        ),
        ("日本已透過北京的大使館管道向北韓提出抗議。", ("日本", "PROTEST", "朝鲜", "asserted")),
        ("日本政府通过中国北京的大使馆向朝鲜提出抗议。", ("日本", "PROTEST", "朝鲜", "asserted")),
    ],
)
def test_channel_is_no_protester(text, event) -> None:
    events = events_of(text)
    assert event in events
    assert not any(e[0] == "中国" for e in events)


@pytest.mark.parametrize(
    "text, event",
    [
        # near misses: a go-between before the target, a channel of one's own, a bill passed
        ("伊朗通过阿曼与美国进行间接谈判。", ("伊朗", "CONSULT", "美国", "asserted")),
        ("美国通过其驻华使馆向中方表达关切。", ("美国", "ACCUSE", "中国", "asserted")),
        ("国会通过了美国向乌克兰提供援助的法案。", ("美国", "AID", "乌克兰", "asserted")),
    ],
)
def test_acts_beside_a_channel_stay(text, event) -> None:
    assert event in events_of(text)


# Beijing's lists of Taiwan's "diehards" and their abettors, and an unreliable entity named
# without the list's word, sanction whom they name, as the other lists do (将X列为…).
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "國台辦宣布將台灣內政部長劉世芳列為「台獨頑固份子」。",
            ("国务院台湾事务办公室", "SANCTION", "刘世芳", "asserted"),
        ),
        (
            "国台办将台湾内政部长刘世芳列为“台独”顽固分子。",
            ("国务院台湾事务办公室", "SANCTION", "刘世芳", "asserted"),
        ),
        (
            "国台办将台湾内政部长刘世芳列为“台独打手帮凶”。",
            ("国务院台湾事务办公室", "SANCTION", "刘世芳", "asserted"),
        ),
        (
            "中国将美国洛克希德·马丁公司列为不可靠实体。",
            ("中国", "SANCTION", "洛克希德·马丁公司", "asserted"),
        ),
    ],
)
def test_beijing_lists_sanction(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        # the label said of someone, or used with nobody listed, lists no one
        ("国台办发言人批评赖清德是“台独顽固分子”。", ("国务院台湾事务办公室", "SANCTION")),
        ("国台办表示,台独顽固分子必将受到惩治。", ("国务院台湾事务办公室", "SANCTION")),
        ("民进党当局将台独顽固分子视为英雄。", ("民进党", "SANCTION")),
    ],
)
def test_the_label_alone_lists_no_one(text, absent) -> None:
    assert not any(e[: len(absent)] == absent for e in events_of(text))


# A name the article already used (美国驻港总领事伊珠丽…) is meant again where it returns without
# its title, not the one-letter short form of a country it opens with (伊 for Iran).
def test_known_name_beats_a_letter_inside_it() -> None:
    text = "美国驻港总领事伊珠丽表示欢迎。港澳办警告伊珠丽若敢越过红线,必将遭到严厉反制。"
    events = events_of(text)
    assert ("国务院港澳事务办公室", "THREATEN", "伊珠丽", "asserted") in events
    assert not any("伊朗" in (e[0], e[2]) for e in events)


@pytest.mark.parametrize(
    "text, event",
    [
        # near misses: the letter alone, or a letter beside the name, still names its country
        (
            "美国驻港总领事伊珠丽表示欢迎。美伊两国关系紧张,美国谴责伊朗。",
            ("美国", "ACCUSE", "伊朗", "asserted"),
        ),
        (
            "美国驻港总领事伊珠丽表示欢迎。伊方拒绝美方的要求。",
            ("伊朗", "REJECT", "美国", "asserted"),
        ),
        ("中方谴责以色列袭击伊朗。", ("以色列", "ASSAULT", "伊朗", "asserted")),
    ],
)
def test_letters_outside_a_known_name_stay(text, event) -> None:
    assert event in events_of(text)
