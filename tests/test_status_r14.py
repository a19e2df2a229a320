"""Status of acts whose cue belongs to another construction: a 将 that is 把 before a verb of
regarding (即将…视为), a negated act and a second one joined by 并, a purpose clause put before
the main one, and a clause that goes on from a plan.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of

# -- 即将…视为: 即 + 将 (= 把), the act regarded is reported, not planned -------------------

REGARDED = [
    ("美国学者即将基辛格1971年访华视为中美关系解冻的起点。", ("基辛格", "CONSULT", "中国")),
    (
        "不少分析人士即将普京2000年访问朝鲜看作俄朝关系的转折点。",
        ("普京", "CONSULT", "朝鲜"),
    ),
    ("该报即将美国2019年制裁华为视为中美科技战的开端。", ("美国", "SANCTION", "华为")),
]


@pytest.mark.parametrize(("text", "expected"), REGARDED)
def test_act_regarded_after_ba_is_asserted(text, expected) -> None:
    events = events_of(text)
    assert (*expected, "asserted") in events
    assert (*expected, "intended") not in events


@pytest.mark.parametrize(
    "text",
    [
        "普京即将访问朝鲜。",
        "拜登即将访问中国，外界视为两国关系回暖的迹象。",
    ],
)
def test_about_to_act_stays_intended(text) -> None:
    assert {s for *_, s in events_of(text)} == {"intended"}


# -- 为(了)…, main clause: the act of the purpose clause is aimed at ---------------------------

PURPOSED = [
    ("为达成停火协议，哈马斯和以色列举行间接谈判。", ("哈马斯", "AGREE", "以色列")),
    ("为了与美国签署协议，伊朗派代表团前往阿曼。", ("伊朗", "AGREE", "美国")),
    ("为与俄罗斯举行会谈，乌克兰代表团抵达伊斯坦布尔。", ("乌克兰", "CONSULT", "俄罗斯")),
]


@pytest.mark.parametrize(("text", "expected"), PURPOSED)
def test_act_of_purpose_clause_is_intended(text, expected) -> None:
    events = events_of(text)
    assert (*expected, "intended") in events
    assert (*expected, "asserted") not in events


def test_main_act_after_purpose_clause_stays_asserted() -> None:
    assert ("哈马斯", "CONSULT", "以色列", "asserted") in events_of(
        "为达成停火协议，哈马斯和以色列举行间接谈判。"
    )


def test_purpose_carried_out_by_main_act_is_asserted() -> None:
    events = events_of("为了报复美国的制裁，中国宣布对美国军工企业实施制裁。")
    assert ("中国", "SANCTION", "美国", "asserted") in events
    assert ("中国", "SANCTION", "美国", "intended") not in events


def test_purpose_word_inside_main_clause_is_no_purpose_clause() -> None:
    assert ("美国", "SANCTION", "伊朗", "asserted") in events_of("为此，美国对伊朗实施制裁。")


# -- 停止…并…: the act joined by 并 is not what is stopped --------------------------------------

SECOND_ACTS = [
    ("中国停止对美国出口稀土并实施制裁。", ("中国", "SANCTION", "美国")),
    ("俄罗斯暂停履行新削减战略武器条约并对美国发出警告。", ("俄罗斯", "THREATEN", "美国")),
    ("美国取消与伊朗的会谈并宣布对伊朗实施新的制裁。", ("美国", "SANCTION", "伊朗")),
    ("以色列中止与哈马斯的谈判并且对加沙发动空袭。", ("以色列", "ASSAULT", "加沙")),
]


@pytest.mark.parametrize(("text", "expected"), SECOND_ACTS)
def test_act_joined_after_a_stop_is_asserted(text, expected) -> None:
    events = events_of(text)
    assert (*expected, "asserted") in events
    assert (*expected, "negated") not in events


def test_stopped_act_before_the_join_stays_negated() -> None:
    assert ("以色列", "CONSULT", "哈马斯", "negated") in events_of(
        "以色列中止与哈马斯的谈判并且对加沙发动空袭。"
    )


def test_act_inside_cancelled_plan_stays_negated() -> None:
    assert ("拜登", "CONSULT", "习近平", "negated") in events_of("拜登取消访华并会见习近平的计划。")


# -- 将 + a said act, then a clause that goes on: the clause after is planned too ---------------

PLANNED_AFTER_SAID_ACT = [
    ("中方将采取必要措施，暂停对美国的反制措施。", ("中国", "CONCEDE", "美国")),
    ("伊朗将采取必要措施，驱逐英国外交官。", ("伊朗", "SANCTION", "英国")),
    (
        "外交部发言人表示，中方将采取必要措施，暂停对美国的反制措施。",
        ("中国", "CONCEDE", "美国"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLANNED_AFTER_SAID_ACT)
def test_clause_after_planned_measure_is_intended(text, expected) -> None:
    events = events_of(text)
    assert (*expected, "intended") in events
    assert (*expected, "asserted") not in events


@pytest.mark.parametrize(
    "text",
    ["中方已采取必要措施，驱逐美国外交官。", "中方强烈谴责美方，驱逐美国外交官。"],
)
def test_clause_after_measure_taken_stays_asserted(text) -> None:
    assert ("中国", "SANCTION", "美国", "asserted") in events_of(text)


# -- 自/从…起 a date after the article date: the act starts later, it is planned ---------------

STARTS_LATER = [
    ("特朗普周四提出，自6月10日起对墨西哥商品加征5%关税。", ("特朗普", "SANCTION", "墨西哥")),
    ("美国宣布从7月1日开始对中国商品加征关税。", ("美国", "SANCTION", "中国")),
    ("欧盟决定自明年1月起对俄罗斯实施新的制裁。", ("欧盟", "SANCTION", "俄罗斯")),
    ("自6月10日起，美国对墨西哥商品加征关税。", ("美国", "SANCTION", "墨西哥")),
]


@pytest.mark.parametrize(("text", "expected"), STARTS_LATER)
def test_act_starting_after_article_date_is_intended(text, expected) -> None:
    events = events_of(text, date="2019-05-31")
    assert (*expected, "intended") in events
    assert (*expected, "asserted") not in events


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("美国自6月10日起对墨西哥商品加征5%关税。", "2019-07-20"),
        ("美国自2018年7月6日起对中国商品加征关税。", "2019-05-31"),
        ("自5月起，美国对中国商品加征关税。", "2019-05-31"),
        ("美国6月10日对墨西哥商品加征关税。", "2019-05-31"),
    ],
)
def test_act_started_by_article_date_stays_asserted(text, date) -> None:
    assert {s for *_, s in events_of(text, date=date)} == {"asserted"}


def test_tariff_in_force_described_from_a_later_date_stays_asserted() -> None:
    events = events_of(
        "特朗普称，自本周五起，对2000亿美元中国输美商品征收的10%的关税将上调至25%。",
        date="2019-05-06",
    )
    assert ("特朗普", "SANCTION", "中国", "asserted") in events


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("以色列拒绝与哈马斯谈判并向加沙提供援助。", ("以色列", "AID", "加沙")),
        ("美国不允许乌克兰使用美制武器并袭击俄罗斯本土。", ("乌克兰", "ASSAULT", "俄罗斯")),
    ],
)
def test_refusal_takes_both_acts_joined_by_bing(text, refused) -> None:
    assert (*refused, "asserted") not in events_of(text)
