"""The shortcuts of the extraction stage give what the slow path gives.

Each shortcut skips work on a precondition (a sentence that can hold no list of countries,
...); these tests run the slow path on sentences written for them and check that wherever
the precondition says "skip", the slow path would have found nothing and changed nothing.
"""

from __future__ import annotations

import pytest
from sentences import events_of

from kg.actors import find_actors
from kg.extract import _country_lists, _may_list_or_teach
from kg.gazetteer import load_gazetteer

LOOKED_BACK = [
    "法国、德国和意大利的外长在布鲁塞尔会晤。",
    "美国与日本举行了会谈。",
    "俄罗斯及白俄罗斯举行联合军演。",
    "美国总统拜登当天抵达东京。",
    "朝鲜领导人金正恩视察了导弹基地。",
    "国务委员兼外长王毅会见了他。",
    "伊朗今天宣布新的措施。",
    "这一决定引发广泛关注。",
    "他们随后离开了会场。",
    "外交部发言人表示，中方坚决反对。",
]


@pytest.mark.parametrize("text", LOOKED_BACK)
def test_a_skipped_look_back_finds_no_list_and_learns_no_leader(text: str) -> None:
    gaz = load_gazetteer()
    leaders: dict = {}
    found = find_actors(text, 0, len(text), gaz, leaders)
    if not _may_list_or_teach(gaz, text):
        assert _country_lists(text, found.mentions) == []
        assert leaders == {}


def test_sentences_with_a_list_or_a_title_are_read_again() -> None:
    gaz = load_gazetteer()
    assert _may_list_or_teach(gaz, "法国、德国和意大利的外长在布鲁塞尔会晤。")
    assert _may_list_or_teach(gaz, "美国总统拜登当天抵达东京。")
    assert not _may_list_or_teach(gaz, "伊朗今天宣布新的措施。")


def test_they_still_find_the_countries_listed_before() -> None:
    events = events_of("法国、德国和英国的外长今天发表联合声明。他们谴责伊朗发射导弹。")
    assert ("法国", "ACCUSE", "伊朗", "asserted") in events
