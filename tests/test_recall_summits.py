"""Recall on unseen news, second round: commissioners named after their title, summits of
listed leaders, mediators between two named sides, talks whose topic names a war.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of

# -- a commissioner (欧盟贸易专员) is a post: the name after it is a person --------------------

COMMISSIONERS = [
    ("法国总统马克龙会见了贸易专员马丁·杜兰。", ("马克龙", "CONSULT", "马丁·杜兰", "asserted")),
    ("欧盟贸易专员科瓦奇会见了美国商务部长。", ("科瓦奇", "CONSULT", "美国", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), COMMISSIONERS)
def test_a_name_after_commissioner_is_a_person(text, expected) -> None:
    assert expected in events_of(text)


# -- a body named right before a summit names the meeting; the listed leaders meet -----------

SUMMITS_NAMED_BY_A_BODY = [
    (
        "巴西、印度和南非领导人在约翰内斯堡举行金砖国家峰会。",
        {
            ("巴西", "CONSULT", "印度", "asserted"),
            ("巴西", "CONSULT", "南非", "asserted"),
            ("印度", "CONSULT", "南非", "asserted"),
        },
    ),
    (
        "越南总理范明政、泰国总理赛塔和马来西亚总理安瓦尔在雅加达举行为期两天的「东盟十国」峰会。",
        {
            ("范明政", "CONSULT", "赛塔", "asserted"),
            ("范明政", "CONSULT", "安瓦尔", "asserted"),
            ("赛塔", "CONSULT", "安瓦尔", "asserted"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUMMITS_NAMED_BY_A_BODY)
def test_leaders_listed_before_a_named_summit_meet_each_other(text, expected) -> None:
    found = {(s, t, o, st) for s, t, o, st in events_of(text)}
    flipped = {(o, t, s, st) for s, t, o, st in found}
    assert all(e in found or e in flipped for e in expected)


def test_a_summit_of_a_body_with_no_one_before_it_names_no_pair() -> None:
    assert not events_of("东盟峰会将于下月在吉隆坡举行。")


# -- a compound inside the topic of a pair's talks is what they talk about ----------------------

TALKS_ABOUT_A_COMPOUND = [
    (
        "法国与德国外长在柏林就结束俄乌冲突的方案举行了会谈。",
        ("法国", "CONSULT", "德国", "asserted"),
    ),
    (
        "日本与澳大利亚代表团就美国提出的「十点」中美贸易方案交换了意见。",
        ("日本", "CONSULT", "澳大利亚", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TALKS_ABOUT_A_COMPOUND)
def test_a_pair_talks_about_the_compound_in_its_topic(text, expected) -> None:
    found = events_of(text)
    flipped = (expected[2], expected[1], expected[0], expected[3])
    assert expected in found or flipped in found
    assert not any(e[1] == "CONSULT" and e[0] in "俄罗斯乌克兰中国" for e in found)
