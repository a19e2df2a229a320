"""Recall and status on a seventh blind round of everyday diplomacy: sides joined by 与 before a
mediation framed by 在…下, talks held under a mediation, a clause opened by 由 that names who
issues a statement, posts listed before a country's title, an agreement carried out, and acts
dated after the article.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import article, events_of

from kg.extract import extract_article

# -- 甲与乙在丙(的)斡旋下…: both sides are mediated for, and they act together ---------------------

MEDIATED_SIDES = [
    (
        "亚美尼亚与阿塞拜疆在美国的斡旋下签署和平协议。",
        [
            ("亚美尼亚", "AGREE", "阿塞拜疆"),
            ("美国", "CONSULT", "亚美尼亚"),
            ("美国", "CONSULT", "阿塞拜疆"),
        ],
    ),
    (
        "苏丹与南苏丹在埃塞俄比亚斡旋下就边界问题达成协议。",
        [("苏丹", "AGREE", "南苏丹"), ("埃塞俄比亚", "CONSULT", "南苏丹")],
    ),
    (
        "苏丹与南苏丹在埃塞俄比亚的斡旋下举行会谈。",
        [
            ("苏丹", "CONSULT", "南苏丹"),
            ("埃塞俄比亚", "CONSULT", "苏丹"),
            ("埃塞俄比亚", "CONSULT", "南苏丹"),
        ],
    ),
    (
        "去年,卡塔尔和埃及在美国的斡旋下举行了新一轮谈判。",
        [("卡塔尔", "CONSULT", "埃及"), ("美国", "CONSULT", "埃及")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MEDIATED_SIDES)
def test_sides_before_a_mediation_framed_by_zai_xia(text, expected) -> None:
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    for triple in expected:
        assert triple in found


def test_a_mediation_with_no_sides_named_makes_no_talks() -> None:
    assert events_of("在美国斡旋下举行会谈。") == set()


def test_with_frame_across_a_frame_that_names_no_act() -> None:
    found = {(s, t, o) for s, t, o, _ in events_of("中方与美方在联合国框架下保持沟通。")}
    assert ("中国", "CONSULT", "美国") in found


# -- ,由甲、乙和丙发表联合声明: a clause opened by 由 names who does its act ---------------


def test_clause_opened_by_you_names_the_parties_of_a_statement() -> None:
    text = "峰会闭幕后,由俄罗斯、土耳其和伊朗发表联合声明。"
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    assert {
        ("俄罗斯", "AGREE", "土耳其"),
        ("俄罗斯", "AGREE", "伊朗"),
        ("土耳其", "AGREE", "伊朗"),
    } <= found


def test_you_inside_a_clause_still_marks_a_passive_agent() -> None:
    found = events_of("这份决议草案由法国起草,安理会将于周五表决。")
    assert not any(s == "法国" and t == "AGREE" for s, t, _, _ in found)


# -- 中共中央政治局委员、中国外交部长王毅: the party opens the titles, it does not act ----

EARLIER_POSTS = [
    ("中共政治局委员、中国国家副主席韩正会见了英国外交大臣。", "韩正"),
    ("中共中央政治局委员、中国国务院副总理刘鹤同美国贸易代表举行会谈。", "刘鹤"),
]


@pytest.mark.parametrize(("text", "person"), EARLIER_POSTS)
def test_organisation_of_an_earlier_post_does_not_act(text, person) -> None:
    found = events_of(text)
    assert all(s != "中国共产党" for s, _, _, _ in found)
    assert any(s == person and t == "CONSULT" for s, t, _, _ in found)


def test_earlier_post_is_a_role_of_the_person() -> None:
    result = extract_article(article("中共政治局委员、中国国家副主席韩正会见了英国外交大臣。"))
    roles = {(r.person.actor.label, r.org.actor.label, r.title) for r in result.roles}
    # the seat is in the party's country (round 37: the first golds qj-02, qi-08 give 中国)
    assert ("韩正", "中国", "政治局委员") in roles


def test_people_listed_with_their_posts_stay_two_actors() -> None:
    found = {(s, t, o) for s, t, o, _ in events_of("美国总统拜登、法国总统马克龙会见了泽连斯基。")}
    assert {("拜登", "CONSULT", "泽连斯基"), ("马克龙", "CONSULT", "泽连斯基")} <= found


# -- 愿…落实两国领导人重要共识: an agreement carried out was made ----------------------------------

IMPLEMENTED = [
    ("越方愿同中方一道落实好两国高层重要共识。", ("越南", "AGREE", "中国")),
    ("以色列将履行与黎巴嫩的停火协议。", ("以色列", "AGREE", "黎巴嫩")),
    (
        "中国外交部长会见老挝外长。中方愿同老方一道贯彻落实两国领导人重要共识。",
        ("中国", "AGREE", "老挝"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), IMPLEMENTED)
def test_an_agreement_carried_out_is_asserted(text, triple) -> None:
    found = events_of(text)
    assert (*triple, "asserted") in found or (triple[2], triple[1], triple[0], "asserted") in found


def test_an_agreement_hoped_for_stays_intended() -> None:
    assert ("中国", "AGREE", "越南", "intended") in events_of("中方希望与越方早日达成共识。")


# -- 没有计划…签署: no plan to act rules the act out ----------------------------------------------


def test_no_plan_to_sign_is_negated() -> None:
    text = "普京与埃尔多安举行会谈。两国元首没有计划就会谈成果签署任何文件。"
    found = events_of(text)
    assert ("俄罗斯", "AGREE", "土耳其", "negated") in found
    assert not any(t == "AGREE" and st == "intended" for _, t, _, st in found)


# -- 明天访华, 下周访问: an act dated after the article has not happened yet ---------------

FUTURE = [
    ("意大利外长明天访华。", ("意大利", "CONSULT", "中国")),
    ("美国国务卿布林肯下周访问中国。", ("布林肯", "CONSULT", "中国")),
    ("巴西总统卢拉明年访问俄罗斯。", ("卢拉", "CONSULT", "俄罗斯")),
]


@pytest.mark.parametrize(("text", "triple"), FUTURE)
def test_an_act_after_the_article_date_is_intended(text, triple) -> None:
    found = events_of(text)
    assert (*triple, "intended") in found
    assert (*triple, "asserted") not in found


def test_an_act_of_yesterday_stays_asserted() -> None:
    assert ("布林肯", "CONSULT", "中国", "asserted") in events_of("美国国务卿布林肯昨天访问中国。")


# -- 国务大臣, 总括公使: posts of ministers of state and of envoys below ambassador ----------

POSTS = [
    (
        "沙特国务大臣阿德尔·朱拜尔在利雅得会见了伊朗代表。",
        ("阿德尔·朱拜尔", "沙特阿拉伯", "国务大臣"),
    ),
    ("韩国外交部约见日本驻韩国大使馆总括公使田中一郎。", ("田中一郎", "日本大使馆", "总括公使")),
]


@pytest.mark.parametrize(("text", "role"), POSTS)
def test_minister_of_state_and_minister_counsellor_posts(text, role) -> None:
    result = extract_article(article(text))
    roles = {(r.person.actor.label, r.org.actor.label, r.title) for r in result.roles}
    assert role in roles


# -- 祝贺阿努拉当选斯里兰卡总统: a name the gazetteer lacks, elected to a head's post -------------

ELECTED = [
    ("外交部发言人表示,中方祝贺迪萨纳亚克当选斯里兰卡总统。", ("中国", "SUPPORT", "迪萨纳亚克")),
    ("中国国家主席习近平致电祝贺佩莱格里尼当选斯洛伐克总统。", ("习近平", "SUPPORT", "佩莱格里尼")),
    ("王毅致电祝贺巴罗出任法国外长。", ("王毅", "SUPPORT", "巴罗")),
]


@pytest.mark.parametrize(("text", "triple"), ELECTED)
def test_a_name_before_an_election_to_a_post_is_a_person(text, triple) -> None:
    assert (*triple, "asserted") in events_of(text)


def test_a_country_before_elected_is_no_name() -> None:
    found = events_of("美国当选总统会见了日本首相。")
    assert all(s in {"美国"} for s, _, _, _ in found)


# -- 中俄双边贸易额, 与巴西的贸易往来: trade between a pair --------------------------------------

TRADE = [
    ("去年中德贸易额超过2000亿欧元。", ("中国", "COOPERATE", "德国")),
    ("中俄双边贸易额今年有望突破3000亿美元。", ("中国", "COOPERATE", "俄罗斯")),
    ("阿根廷与巴西的贸易往来日益密切。", ("阿根廷", "COOPERATE", "巴西")),
]


@pytest.mark.parametrize(("text", "triple"), TRADE)
def test_trade_volume_and_trade_ties_are_trade(text, triple) -> None:
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    assert triple in found or (triple[2], triple[1], triple[0]) in found
