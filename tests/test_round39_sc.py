"""Round 39 (sc): coordinated actors where only one member (or none) got the event. The
sentences are written for the tests in the constructions the pages used."""

from __future__ import annotations

from tests.data.sentences import events_of

# -- 1. a compound of short forms before 领导人 names every member's leader ------------------------


def test_compound_before_leader_word_keeps_its_members_when_a_leader_is_named() -> None:
    """美日菲领导人举行峰会 after the page named 马科斯 as the Philippine president: 菲领导人 is
    not 马科斯 alone, the three states meet (na-04; 出席中日韩领导人会议 on oc)."""
    text = "菲律宾总统马科斯周一会见了日本首相。今年4月，美日菲领导人在华盛顿举行三边峰会。"
    found = events_of(text)
    assert ("美国", "CONSULT", "菲律宾", "asserted") in found
    assert ("日本", "CONSULT", "菲律宾", "asserted") in found
    # 朝方领导人 with no compound before it stays the leader the page named
    text = "朝鲜最高领导人金正恩周一视察部队。普京周二会见了朝方领导人。"
    assert ("普京", "CONSULT", "金正恩", "asserted") in events_of(text)


def test_two_member_compound_before_leader_word_meets() -> None:
    """中美领导人在旧金山举行会晤 after 美国总统拜登 is named: the pair meets."""
    text = "美国总统拜登周一表示将出席峰会。去年11月，中美领导人在旧金山举行会晤。"
    found = events_of(text)
    met = {("中国", "CONSULT", "美国", "asserted"), ("美国", "CONSULT", "中国", "asserted")}
    assert met & found


# -- 2. a list of names each followed by its title ----------------------------------------------


def test_names_each_followed_by_a_title_are_one_list_of_subjects() -> None:
    """李强总理、赵乐际委员长将分别同X会谈: both meet X, not only the last (oa-08)."""
    found = events_of("李强总理、赵乐际委员长将分别同斯塔默会谈、会见。")
    assert ("李强", "CONSULT", "斯塔默", "intended") in found
    assert ("赵乐际", "CONSULT", "斯塔默", "intended") in found


def test_name_title_list_joined_by_and() -> None:
    """普京总统、拉夫罗夫外长同日会见了王毅: both meet him (a list of a name, its title,
    and the next name with its title; wi-01 writes 马西莫夫总理和吴仪副总理 so)."""
    found = events_of("普京总统、拉夫罗夫外长同日会见了王毅。")
    assert ("普京", "CONSULT", "王毅", "asserted") in found
    assert ("拉夫罗夫", "CONSULT", "王毅", "asserted") in found
