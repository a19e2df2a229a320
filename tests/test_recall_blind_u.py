"""Recall and precision on a blind round of detentions, hostages, expulsions and protests at
embassies: a protest held outside a country's mission is against that country.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import article, events_of

from kg.extract import extract_article

# -- 在X大使馆门前抗议: a protest outside a mission is against the mission's country ----------

MISSION_PROTESTS = [
    (
        "伊朗示威者周日在英国驻德黑兰大使馆外举行抗议活动。",
        ("伊朗抗议者", "PROTEST", "英国", "asserted"),
    ),
    (
        "数百名韩国抗议者在日本驻韩国大使馆门前抗议。",
        ("韩国抗议者", "PROTEST", "日本", "asserted"),
    ),
    (
        "塞尔维亚示威者在美国大使馆附近示威。",
        ("塞尔维亚抗议者", "PROTEST", "美国", "asserted"),
    ),
    (
        "巴勒斯坦抗议者在安曼的以色列大使馆外示威。",
        ("巴勒斯坦抗议者", "PROTEST", "以色列", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), MISSION_PROTESTS)
def test_a_protest_outside_a_mission_is_against_its_country(text, expected) -> None:
    assert expected in events_of(text)


NOT_MISSION_PROTESTS = [
    "美国大使馆外交官当天会见了示威者代表。",  # 外 of 外交官: no place
    "视频记录了美国大使馆前的抗议活动。",  # the embassy is where, not who
]


@pytest.mark.parametrize("text", NOT_MISSION_PROTESTS)
def test_a_mission_named_as_a_place_does_not_protest(text) -> None:
    assert not any(t == "PROTEST" and s.endswith("大使馆") for s, t, _, _ in events_of(text))


# -- X公民在Y被捕: a detention with no detainer named is the country it happens in ----------

HELD_IN_A_COUNTRY = [
    (
        "两名加拿大人上月在中国被拘留。",
        ("中国", "COERCE", "加拿大", "asserted"),
    ),
    (
        "据报道，一名英国游客上周在伊朗境内被捕。",
        ("伊朗", "COERCE", "英国", "asserted"),
    ),
    (
        "一名日本商人日前在俄罗斯遭到逮捕。",
        ("俄罗斯", "COERCE", "日本", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), HELD_IN_A_COUNTRY)
def test_a_detention_in_a_country_is_that_countrys(text, expected) -> None:
    assert expected in events_of(text)


def test_an_arrest_with_no_place_goes_on_with_the_last_detainer() -> None:
    found = events_of("日本海上保安厅扣押了一艘中国渔船。船长随后被捕。")
    assert not any(s == "中国" and t == "COERCE" for s, t, _, _ in found)


# -- 囚禁, 驱散: holding captive and dispersing protesters coerce ------------------------------

HELD_AND_DISPERSED = [
    (
        "两名以色列人质一直被哈马斯囚禁。",
        ("哈马斯", "COERCE", "以色列", "asserted"),
    ),
    (
        "伊朗警方用催泪瓦斯驱散了阿富汗抗议者。",
        ("伊朗警方", "COERCE", "阿富汗抗议者", "asserted"),
    ),
    (
        "以色列警方随后将巴勒斯坦示威者从清真寺驱散。",
        ("以色列警方", "COERCE", "巴勒斯坦抗议者", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), HELD_AND_DISPERSED)
def test_holding_captive_and_dispersing_coerce(text, expected) -> None:
    assert expected in events_of(text)


def test_dispersing_clouds_is_no_event() -> None:
    assert not events_of("强风驱散了北京上空的雾霾。")


# -- 按计划释放: done as planned is done; 将按计划释放 stays intended ---------------------------

AS_PLANNED = [
    ("哈马斯周六按计划释放了三名以色列人质。", ("哈马斯", "RETREAT", "以色列", "asserted")),
    ("美俄两国按照原计划举行了会谈。", ("美国", "CONSULT", "俄罗斯", "asserted")),
    ("哈马斯将按计划释放三名以色列人质。", ("哈马斯", "RETREAT", "以色列", "intended")),
    ("哈马斯将按协议于周六释放四名以色列人质。", ("哈马斯", "RETREAT", "以色列", "intended")),
    ("美国将按计划将伊朗列入制裁名单。", ("美国", "SANCTION", "伊朗", "intended")),
    ("美国将再将两家伊朗公司列入制裁名单。", ("美国", "SANCTION", "伊朗", "intended")),
]


@pytest.mark.parametrize(("text", "expected"), AS_PLANNED)
def test_an_act_done_as_planned_is_done(text, expected) -> None:
    assert expected in events_of(text)


def test_a_plan_alone_stays_intended() -> None:
    assert ("哈马斯", "RETREAT", "以色列", "intended") in events_of(
        "哈马斯计划释放三名以色列人质。"
    )


# -- 撤回/撤销对X的指控: dropping charges or a request yields to their target ------------------

DROPPED_CHARGES = [
    ("美国司法部宣布撤回对华为的指控。", ("美国司法部", "CONCEDE", "华为", "asserted")),
    ("美国将撤销对华为的起诉。", ("美国", "CONCEDE", "华为", "intended")),
    ("美国计划撤回向加拿大提出的引渡请求。", ("美国", "CONCEDE", "加拿大", "intended")),
]


@pytest.mark.parametrize(("text", "expected"), DROPPED_CHARGES)
def test_dropping_charges_concedes(text, expected) -> None:
    assert expected in events_of(text)


def test_charges_alone_concede_nothing() -> None:
    found = events_of("美国司法部指控华为窃取商业机密。")
    assert not any(t == "CONCEDE" for _, t, _, _ in found)


# -- 首席财务官: a company officer's title makes a role -----------------------------------------


def test_a_chief_financial_officer_holds_a_post_in_the_company() -> None:
    result = extract_article(article("华为首席财务官孟晚舟周五出席听证会。"))
    assert ("孟晚舟", "华为") in {(r.person.actor.label, r.org.actor.label) for r in result.roles}


# -- X称Y违反了停火协议: saying someone broke a ceasefire accuses them ------------------------

BROKEN_CEASEFIRES = [
    ("哈马斯当天声称，以色列违反了停火协议。", ("哈马斯", "ACCUSE", "以色列", "asserted")),
    ("伊朗外交部表示，美国违反了核协议。", ("伊朗外交部", "ACCUSE", "美国", "asserted")),
    ("乌克兰军方称俄军多次破坏停火。", ("乌军", "ACCUSE", "俄军", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), BROKEN_CEASEFIRES)
def test_saying_someone_broke_a_ceasefire_accuses_them(text, expected) -> None:
    assert expected in events_of(text)


def test_a_deal_named_after_the_violation_keeps_its_parties() -> None:
    found = events_of("检方认为，这违反了当时美方和华为签订的出口协议。")
    assert ("美国", "AGREE", "华为", "asserted") in found


# -- 指控严重背离事实: a rebuttal rejects the accuser, who says nothing ------------------------

REBUTTALS = [
    ("耿爽表示，美国对中方人员的指控严重背离事实。", ("耿爽", "REJECT", "美国", "asserted")),
    ("俄外交部称，英方的指责纯属无稽之谈。", ("俄罗斯外交部", "REJECT", "英国", "asserted")),
    (
        "林剑表示，美方所谓“中国威胁”的说法完全是捕风捉影。",
        ("林剑", "REJECT", "美国", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), REBUTTALS)
def test_a_rebuttal_rejects_the_accuser(text, expected) -> None:
    assert expected in events_of(text)


def test_the_accuser_rejects_no_one_in_a_rebuttal() -> None:
    found = events_of("耿爽表示，美国对中方人员的指控严重背离事实。")
    assert ("美国", "REJECT", "耿爽", "asserted") not in found


# -- 从事与其身份不符的活动: deeds unfit for a diplomat's post accuse the diplomat's state -------

UNFIT_DEEDS = [
    (
        "俄罗斯外交部表示，日本领事从事了与其身份不符的活动。",
        ("俄罗斯外交部", "ACCUSE", "日本", "asserted"),
    ),
    ("中方表示，美方人员从事与其身份不符的活动。", ("中国", "ACCUSE", "美国", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), UNFIT_DEEDS)
def test_deeds_unfit_for_a_diplomat_accuse_the_state(text, expected) -> None:
    assert expected in events_of(text)
