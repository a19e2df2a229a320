"""Recall on unseen news, second round: group and count references (五国领导人), names of
unknown people after a title, arguments pushed out of reach, and lexicon gaps.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of

# -- a two-syllable transliterated name after a title ------------------------------------------

TWO_SYLLABLE_NAMES = [
    ("南非总统祖马与巴西总统罗塞夫会晤。", ("祖马", "CONSULT", "罗塞夫", "asserted")),
    ("津巴布韦总统姆南加古瓦会见了南非总统祖马。", ("姆南加古瓦", "CONSULT", "祖马", "asserted")),
    ("南非总统祖马、巴西总统罗塞夫在开普敦会谈。", ("祖马", "CONSULT", "罗塞夫", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), TWO_SYLLABLE_NAMES)
def test_two_transliterated_syllables_after_a_title_are_a_name(text, expected) -> None:
    assert expected in events_of(text)


def test_the_first_part_of_a_dotted_name_is_not_the_whole_name() -> None:
    found = events_of("美国财政部对该基金首席执行官基尔·德米特里耶夫实施制裁。")
    assert not any(e[2] == "基尔" or e[0] == "基尔" for e in found)


# -- a count of leaders (五国领导人) takes the countries of the leaders listed last -------------

LEADERS_COUNTED = [
    (
        "法国总统马克龙、德国总理默茨和意大利总理梅洛尼周五在罗马会晤。三国领导人签署了联合声明。",
        [("法国", "AGREE", "德国"), ("法国", "AGREE", "意大利"), ("德国", "AGREE", "意大利")],
    ),
    (
        "埃及总统塞西与约旦国王阿卜杜拉二世在开罗会晤。会后,两国领导人发表联合声明。"
        "法国总统马克龙、德国总理默茨和意大利总理梅洛尼也抵达开罗。三国领导人签署了一份合作备忘录。",
        [("法国", "AGREE", "德国"), ("德国", "AGREE", "意大利")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEADERS_COUNTED)
def test_a_count_of_leaders_takes_the_countries_of_the_leaders_listed(text, expected) -> None:
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    for s, t, o in expected:
        assert (s, t, o) in found or (o, t, s) in found


def test_a_count_of_other_size_takes_no_list_of_leaders() -> None:
    found = events_of("法国总统马克龙和德国总理默茨在柏林会晤。三国领导人签署了联合声明。")
    assert not any(e[1] == "AGREE" for e in found)


def test_a_count_inside_a_body_name_is_no_reference() -> None:
    found = events_of("法国总统马克龙、德国总理默茨和意大利总理梅洛尼出席了「欧盟三国」论坛。")
    assert not any(e[1] == "AGREE" for e in found)


# -- guests from countries (与来自A、B的领导人) meet whom they meet ------------------------------

GUESTS_FROM = [
    ("法国总统马克龙与来自希腊的总理举行会谈。", ("马克龙", "CONSULT", "希腊")),
    ("法国总统马克龙与来自希腊、葡萄牙的领导人举行会谈。", ("马克龙", "CONSULT", "葡萄牙")),
    ("法国总统马克龙与希腊总理召开会议。", ("马克龙", "CONSULT", "希腊")),
]


@pytest.mark.parametrize(("text", "expected"), GUESTS_FROM)
def test_leaders_from_a_country_are_that_country(text, expected) -> None:
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    s, t, o = expected
    assert (s, t, o) in found or (o, t, s) in found


def test_a_meeting_one_side_holds_alone_meets_nobody() -> None:
    assert not events_of("法国政府周一召开紧急会议。")


# -- ships sailing into a state's waters, harassing its ships ----------------------------------

SHIPS_AND_WATERS = [
    ("一艘中国海警船周三驶入日本领海。", ("中国海警", "MOBILIZE", "日本", "asserted")),
    ("俄罗斯军舰擅自进入日本北海道附近海域。", ("俄罗斯", "MOBILIZE", "日本", "asserted")),
    ("中国海警船在黄岩岛海域骚扰菲律宾渔船作业。", ("中国海警", "COERCE", "菲律宾", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), SHIPS_AND_WATERS)
def test_ships_entering_waters_or_harassing_ships_act_on_the_state(text, expected) -> None:
    assert expected in events_of(text)


@pytest.mark.parametrize("text", ["台风进入南海海域。", "该公司高管涉嫌性骚扰女下属。"])
def test_weather_in_waters_and_sexual_harassment_are_no_events(text) -> None:
    assert not events_of(text)


# -- congratulating and praising: 当选总统X, 对X的努力表示赞扬 ------------------------------------

PRAISE_REACHED = [
    ("普京祝贺当选总统特朗普。", ("普京", "SUPPORT", "特朗普", "asserted")),
    ("普京恭喜当选总统特朗普。", ("普京", "SUPPORT", "特朗普", "asserted")),
    (
        "麦康奈尔终于祝贺了当选总统拜登和当选副总统哈里斯。",
        ("麦康奈尔", "SUPPORT", "哈里斯", "asserted"),
    ),
    ("普京对特朗普的努力表示赞扬。", ("普京", "SUPPORT", "特朗普", "asserted")),
    ("普京对特朗普的调停加以称赞。", ("普京", "SUPPORT", "特朗普", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), PRAISE_REACHED)
def test_praise_reaches_an_elect_or_the_owner_of_a_deed(text, expected) -> None:
    assert expected in events_of(text)
