"""Nominal events and references in international news: constructions where a noun or a
reference made a wrong party, or hid one (round 2 of the nominal/reference classes).

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of

# -- a region named before a war or truce is where it happens, not a party ---------------------

REGION_SCENES = [
    "土耳其正与卡塔尔、美国合作，斡旋以促成一项为期三十天的加沙停火协议。",
    "卡塔尔将力促加沙停火期限进一步延长。",
    "埃及力促加沙人道主义停火尽快恢复。",
]


@pytest.mark.parametrize("text", REGION_SCENES)
def test_a_region_before_a_truce_is_no_party(text) -> None:
    assert not [e for e in events_of(text) if "加沙" in (e[0], e[2])]


def test_a_region_acted_on_is_still_a_target() -> None:
    assert ("以色列", "ASSAULT", "加沙", "asserted") in events_of("以色列战机空袭加沙。")


# -- a drill held to meet an actor's threat mobilises against that actor; the threat is a noun --

DRILLS_AGAINST = [
    (
        "美国、日本与韩国将于下月举行联合军事演习，以对抗朝鲜的核威胁。",
        [("美国", "MOBILIZE", "朝鲜", "intended"), ("韩国", "MOBILIZE", "朝鲜", "intended")],
    ),
    (
        "美国和菲律宾举行联合演练，以提升协同能力，应对中国的威胁。",
        [("美国", "MOBILIZE", "中国", "asserted"), ("菲律宾", "MOBILIZE", "中国", "asserted")],
    ),
    (
        "日本与澳大利亚举行联合演习，以因应中国的威胁。",
        [("日本", "MOBILIZE", "中国", "asserted"), ("澳大利亚", "MOBILIZE", "中国", "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DRILLS_AGAINST)
def test_a_drill_held_to_meet_an_actor_mobilises_against_it(text, expected) -> None:
    found = events_of(text)
    for event in expected:
        assert event in found
    assert not [e for e in found if e[1] == "THREATEN"]


def test_meeting_a_threat_threatens_nobody() -> None:
    found = events_of("美韩计划下周举行沙盘推演，以整合两国作战能力来对抗朝鲜威胁。")
    assert not [e for e in found if e[1] == "THREATEN"]


def test_a_threat_aimed_at_an_actor_still_threatens_it() -> None:
    assert ("朝鲜", "THREATEN", "美国", "asserted") in events_of("朝鲜发出针对美国的威胁。")


# -- thanks for aid given: the one thanked aided the one who thanks -----------------------------

THANKS_FOR_AID = [
    ("老挝方面感谢中方长期以来给予的帮助和支持。", ("中国", "AID", "老挝", "asserted")),
    ("斯里兰卡感谢印度在危机中提供的紧急援助。", ("印度", "AID", "斯里兰卡", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), THANKS_FOR_AID)
def test_thanks_for_aid_given_makes_the_thanked_the_giver(text, expected) -> None:
    assert expected in events_of(text)


def test_thanks_for_something_else_is_no_aid() -> None:
    assert not [e for e in events_of("巴基斯坦感谢中国提供的合作机会。") if e[1] == "AID"]


def test_aid_thanked_for_by_an_official_went_to_his_state() -> None:
    found = events_of("老挝外长沙伦赛会见王毅。沙伦赛说，感谢中方长期以来给予的宝贵援助。")
    assert ("中国", "AID", "老挝", "asserted") in found


# -- an act named right before talks is what the talks seek: intended --------------------------

SOUGHT_IN_TALKS = [
    ("萨尔瓦多政府正与中国进行建交谈判。", ("萨尔瓦多", "AGREE", "中国", "intended")),
    # (停火谈判 is read as the talks themselves since round 35: the golds, audit34 ya and the
    # fresh set qi, read ceasefire talks CONSULT or AGREE intended, never CONCEDE;
    # test_round35_qa.py holds that case now)
]


def test_ceasefire_talks_are_held_and_declare_no_truce() -> None:
    """Round 35: 停火谈判 is a trigger of talks of its own; the golds (audit34/ya-11 以色列與哈馬斯
    之間的停火談判, qi-06) read the talks as CONSULT and the truce sought as no event."""
    found = events_of("以色列和哈马斯在多哈举行停火谈判。")
    assert ("以色列", "CONSULT", "哈马斯", "asserted") in found
    assert not any(e[1] == "CONCEDE" for e in found)


@pytest.mark.parametrize(("text", "expected"), SOUGHT_IN_TALKS)
def test_an_act_the_talks_seek_is_intended(text, expected) -> None:
    found = events_of(text)
    assert expected in found
    assert (*expected[:3], "asserted") not in found


def test_consent_to_talks_is_given() -> None:
    assert ("美国", "AGREE", "中国", "asserted") in events_of(
        "美中两国元首会晤，双方同意谈判重回正轨。"
    )
