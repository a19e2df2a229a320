"""Recall on unseen news: set phrases of diplomatic statements that report an act, and the
attachments they need, one class each.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of

# -- a right reserved to respond is the threat itself -----------------------------------------

RESERVED_RESPONSES = [
    (
        "美国宣布对中国企业加征关税。中方强烈反对，保留作出进一步必要反应的权利。",
        ("中国", "THREATEN", "美国", "asserted"),
    ),
    (
        "伊朗外交部表示，伊朗保留对以色列作出回应的权利。",
        ("伊朗", "THREATEN", "以色列", "asserted"),
    ),
    (
        "日本驱逐了两名俄罗斯外交官。俄方强烈抗议，并将保留做出回应的一切权利。",
        ("俄罗斯", "THREATEN", "日本", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), RESERVED_RESPONSES)
def test_reserving_the_right_to_respond_threatens(text, expected) -> None:
    assert expected in events_of(text)


def test_a_reserved_named_act_stays_only_possible() -> None:
    found = events_of("俄罗斯保留驱逐比利时外交官的权利。")
    assert ("俄罗斯", "SANCTION", "比利时", "hypothetical") in found
    assert not any(event[1] == "THREATEN" for event in found)


# -- defying what the other side said rejects it ----------------------------------------------

DEFIANCE = [
    (
        "斯洛文尼亚政府不顾中方多次交涉，批准台湾设立办事处。",
        ("斯洛文尼亚", "REJECT", "中国", "asserted"),
    ),
    ("以色列无视联合国的一再警告，继续轰炸加沙。", ("以色列", "REJECT", "联合国", "asserted")),
    ("菲律宾罔顾中方严正交涉，派船进入仁爱礁。", ("菲律宾", "REJECT", "中国", "asserted")),
    (
        "土耳其不顾美国的强烈反对，购买了俄罗斯的防空系统。",
        ("土耳其", "REJECT", "美国", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DEFIANCE)
def test_defying_an_actors_objection_rejects_it(text, expected) -> None:
    assert expected in events_of(text)


def test_defying_nobody_named_is_no_event() -> None:
    assert not events_of("日本政府不顾国内民众的反对，决定延长核电站的运行期限。")


# -- an act that names the field of a joint act is no act between partner and joint act --------

FIELDS_OF_COOPERATION = [
    (
        "埃及愿与法国在打击极端主义领域开展合作。",
        ("埃及", "COOPERATE", "法国", "intended"),
    ),
    (
        "印度尼西亚将同澳大利亚在打击人口走私方面加强合作。",
        ("印度尼西亚", "COOPERATE", "澳大利亚", "intended"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIELDS_OF_COOPERATION)
def test_an_act_naming_the_field_leaves_the_partner_to_the_joint_act(text, expected) -> None:
    found = events_of(text)
    assert expected in found or (expected[2], expected[1], expected[0], expected[3]) in found


# -- standing with someone, condolences to an actor and 乐见 are verbal support ------------------

VERBAL_SUPPORT = [
    ("法国谴责这次袭击，并与土耳其人民站在一起。", ("法国", "SUPPORT", "土耳其", "asserted")),
    ("波兰总统表示，波兰一直坚定地站在乌克兰一边。", ("波兰", "SUPPORT", "乌克兰", "asserted")),
    (
        "日本首相致电印度总理莫迪，就印度发生列车事故向莫迪表示深切哀悼和慰问。",
        ("日本首相", "SUPPORT", "莫迪", "asserted"),
    ),
    ("普京向伊朗最高领袖哈梅内伊致慰问电。", ("普京", "SUPPORT", "哈梅内伊", "asserted")),
    ("联合国秘书长乐见埃及和苏丹恢复对话。", ("联合国秘书长", "SUPPORT", "埃及", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), VERBAL_SUPPORT)
def test_standing_with_condoling_and_welcoming_support(text, expected) -> None:
    found = events_of(text)
    assert any(event[1:] == expected[1:] for event in found), found


@pytest.mark.parametrize(
    "text",
    ["多国政府对遇难者表示哀悼，向遇难者家属表示慰问。", "这种形式为当地群众喜闻乐见。"],
)
def test_condolences_to_victims_and_a_popular_form_are_no_events(text) -> None:
    assert not events_of(text)


# -- a clause that opens with a 就-topic borrows the subject of the clause before ----------------

TOPIC_OPENED_CLAUSES = [
    (
        "日本首相致电莫迪，就列车事故向莫迪表示慰问。",
        ("日本", "SUPPORT", "莫迪", "asserted"),
    ),
    (
        "法国总统致电西班牙首相，就洪灾向西班牙政府表示慰问。",
        ("法国", "SUPPORT", "西班牙", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOPIC_OPENED_CLAUSES)
def test_a_topic_opening_a_clause_is_not_its_subject(text, expected) -> None:
    assert expected in events_of(text)


# -- accepting an invitation: the inviter asked the one who accepts -----------------------------

ACCEPTED_INVITATIONS = [
    ("特朗普称接受习近平的邀请，将访问北京。", ("习近平", "REQUEST", "特朗普", "asserted")),
    (
        "马克龙表示，他接受了莫迪的邀请，将于明年访问印度。",
        ("莫迪", "REQUEST", "马克龙", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ACCEPTED_INVITATIONS)
def test_an_accepted_invitation_was_asked_by_the_inviter(text, expected) -> None:
    found = events_of(text)
    assert expected in found
    assert (expected[2], "AGREE", expected[0], "asserted") in found


def test_who_accepts_an_invitation_still_acts_next() -> None:
    assert ("特朗普", "CONSULT", "中国", "intended") in events_of(
        "特朗普称接受习近平的邀请，将访问北京。"
    )


# -- recalling one's own envoy from a country (其/本国 between) is a SANCTION on it -------------

RECALLED_ENVOYS = [
    ("匈牙利召回其驻乌克兰大使。", ("匈牙利", "SANCTION", "乌克兰", "asserted")),
    ("法国召回本国驻澳大利亚大使。", ("法国", "SANCTION", "澳大利亚", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), RECALLED_ENVOYS)
def test_recalling_ones_envoy_from_a_country_sanctions_it(text, expected) -> None:
    assert expected in events_of(text)


# -- suspending the execution of a joint statement or agreement rejects the partner -------------

SUSPENDED_AGREEMENTS = [
    ("泰国宣布暂停执行与柬埔寨的联合声明。", ("泰国", "REJECT", "柬埔寨", "asserted")),
    ("美国暂停执行与俄罗斯的核协议。", ("美国", "REJECT", "俄罗斯", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), SUSPENDED_AGREEMENTS)
def test_suspending_an_agreement_rejects_the_partner(text, expected) -> None:
    found = events_of(text)
    assert expected in found
    assert not any(event[1] == "AGREE" for event in found)
