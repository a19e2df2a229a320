"""Recall and precision on a sixth blind round of news: bare names of armed groups in a list,
the sides of mediated talks, wishes addressed to others, acts inside 对…的决定, and counted
ministers meeting.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of

# -- 果敢、德昂、若开等…武装: bare forms name armed groups only in a list closed by a group noun --

LISTED_GROUPS = [
    (
        "缅甸军方与果敢、德昂、若开等民族地方武装代表在腊戍会谈。",
        [
            ("缅甸军队", "CONSULT", "缅甸民族民主同盟军"),
            ("缅甸军队", "CONSULT", "德昂民族解放军"),
            ("缅甸军队", "CONSULT", "若开军"),
        ],
    ),
    (
        "缅军同德昂、若开等武装组织在边境举行谈判。",
        [("缅甸军队", "CONSULT", "德昂民族解放军"), ("缅甸军队", "CONSULT", "若开军")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTED_GROUPS)
def test_bare_group_names_in_a_list_of_armed_groups(text, expected) -> None:
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    for triple in expected:
        assert triple in found


BARE_PLACES = [
    "缅甸军队在若开与当地居民会谈。",
    "缅甸总统访问果敢、若开等地区。",
    "泰国官员同德昂族代表会面。",
]


@pytest.mark.parametrize("text", BARE_PLACES)
def test_bare_forms_out_of_a_list_of_armed_groups_name_no_group(text) -> None:
    found = events_of(text)
    assert not any(
        name in (s, o)
        for s, _, o, _ in found
        for name in ("缅甸民族民主同盟军", "德昂民族解放军", "若开军")
    )


# -- 双方 after mediated talks: the sides who talked, never the mediator and one side ----------

MEDIATED_THEN_SIDES = [
    "近日,在中方斡旋下,缅军同民地武组织代表在昆明举行和谈。中国外交部发言人表示,双方同意立即停火止战。"
    "双方承诺不损害中方边民安全。双方并就停火安排等其他事宜进行了协商。",
    "上周,在土耳其斡旋下,苏丹军方同地方武装代表在伊斯坦布尔举行会谈。土耳其外交部发言人表示,"
    "双方同意立即停火。双方承诺不损害土方侨民安全。双方还就人道主义通道进行了协商。",
]


@pytest.mark.parametrize("text", MEDIATED_THEN_SIDES)
def test_the_mediator_is_never_one_of_the_two_sides(text) -> None:
    mediator = "中国" if "中方" in text else "土耳其"
    for s, t, o, _ in events_of(text):  # the mediation itself is the mediator's only event
        assert (s, t) == (mediator, "CONSULT") or mediator not in (s, o), (s, t, o)


def test_disengagement_is_no_contact() -> None:
    found = events_of("以色列与哈马斯同意停火,双方军事人员脱离接触。")
    assert not any(t == "CONSULT" and s in {"以色列", "哈马斯"} for s, t, o, _ in found)


# -- 对X向Y提供援助的决定: the aid is X's to Y; the noun 援助 after 提供 is no act of its own

AID_IN_A_DECISION = [
    (
        "伊朗外交部发言人对英国向以色列提供军事援助的决定表示谴责。",
        ("英国", "AID", "以色列"),
        "英国",
    ),
    (
        "朝鲜外务省对日本向韩国提供援助的决定表示不满。",
        ("日本", "AID", "韩国"),
        "日本",
    ),
]


@pytest.mark.parametrize(("text", "aid", "giver"), AID_IN_A_DECISION)
def test_aid_inside_a_decision_belongs_to_its_own_subject(text, aid, giver) -> None:
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    assert aid in found
    assert not any(t == "AID" and o == giver for s, t, o in found)


# -- 希望X各方通过对话协商: talks a wish asks of several parties are among them -----------------

PARTIES_ASKED_TO_TALK = [
    ("中方希望缅甸相关各方保持克制,继续通过对话协商解决问题。", "中国", "缅甸"),
    ("美方希望苏丹冲突各方继续通过谈判解决分歧。", "美国", "苏丹"),
]


@pytest.mark.parametrize(("text", "wisher", "parties"), PARTIES_ASKED_TO_TALK)
def test_talks_asked_of_several_parties_are_not_with_who_asks(text, wisher, parties) -> None:
    found = events_of(text)
    assert (wisher, "REQUEST", parties, "asserted") in found
    assert not any(t == "CONSULT" and wisher in (s, o) for s, t, o, _ in found)


def test_talks_asked_of_one_side_are_with_who_asks() -> None:
    assert ("美国", "CONSULT", "中国", "intended") in events_of("中方希望美方恢复对话。")


# -- 中柬泰三国外长…聚首: a compound before a count of countries, and 聚首 as a meeting ----------

COUNTED_MINISTERS_MEET = [
    ("中柬泰三国外长在昆明举行会晤。", ("中国", "柬埔寨", "泰国")),
    ("中日韩三国外长在首尔再度聚首。", ("中国", "日本", "韩国")),
    ("印度、日本和澳大利亚三国防长在东京聚首。", ("印度", "日本", "澳大利亚")),
]


@pytest.mark.parametrize(("text", "states"), COUNTED_MINISTERS_MEET)
def test_counted_ministers_meet_pairwise(text, states) -> None:
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    a, b, c = states
    for s, o in ((a, b), (a, c), (b, c)):
        assert (s, "CONSULT", o) in found or (o, "CONSULT", s) in found
