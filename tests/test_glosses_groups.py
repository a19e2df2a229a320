"""Names glossed in Latin letters and groups introduced by their country: what Taiwan's and
Hong Kong's press write around an actor must not hide it.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of

# -- a one-word or acronym gloss in brackets reads on, like a two-word name's ---------------

GLOSSED = [
    ("以色列军队对加沙（Gaza）展开空袭。", ("以军", "ASSAULT", "加沙", "asserted")),
    ("国际原子能机构(IAEA)谴责伊朗。", ("国际原子能机构", "ACCUSE", "伊朗", "asserted")),
    (
        "美洲国家组织（Organization of American States）批评委内瑞拉。",
        ("美洲国家组织", "ACCUSE", "委内瑞拉", "asserted"),
    ),
    ("以色列與哈瑪斯（Hamas）之間達成停火協議。", ("以色列", "AGREE", "哈马斯", "asserted")),
]


@pytest.mark.parametrize(("text", "event"), GLOSSED)
def test_a_latin_gloss_does_not_cut_the_clause(text, event) -> None:
    assert event in events_of(text)


# -- a country before a group of its own only says where the group is from -----------------

GROUPS = [
    (
        "以色列与巴勒斯坦武装组织哈马斯互控对方违反协议。",
        {("以色列", "ACCUSE", "哈马斯", "asserted"), ("哈马斯", "ACCUSE", "以色列", "asserted")},
    ),
    ("以色列空袭黎巴嫩什叶派武装真主党。", {("以色列", "ASSAULT", "真主党", "asserted")}),
    ("以色列与巴勒斯坦哈马斯达成停火协议。", {("以色列", "AGREE", "哈马斯", "asserted")}),
]


@pytest.mark.parametrize(("text", "expected"), GROUPS)
def test_a_country_before_its_own_group_names_the_group(text, expected) -> None:
    found = events_of(text)
    assert expected <= found
    assert not [e for e in found if "巴勒斯坦" in (e[0], e[2]) or "黎巴嫩" in (e[0], e[2])]


def test_a_country_and_a_group_listed_stay_two() -> None:
    found = events_of("以色列与巴勒斯坦和哈马斯达成停火协议。")
    assert {
        ("以色列", "AGREE", "巴勒斯坦", "asserted"),
        ("以色列", "AGREE", "哈马斯", "asserted"),
    } <= found
