"""Round 31 (uc): false events on the pooled short wire items of the round-30 audit.

Events kg emitted that the annotators did not: a place read as the target of an act on a group
inside it, and the like. Sentences are written for the test in the constructions the pages used,
with near misses that must not change.
"""

from __future__ import annotations

import pytest
from sentences import events_of


# A place named before an unnamed criminal or armed band only says where the band is: an armed
# act on the band does not reach the place's state (words.tsv gang).
@pytest.mark.parametrize(
    "text, absent",
    [
        ("巴西与巴拉圭宣布开展联合行动，打击该国的犯罪组织。", ("巴西", "ASSAULT", "巴拉圭")),
        ("据报道，美国总统已下令美军打击拉丁美洲贩毒集团。", ("美军", "ASSAULT", "拉美")),
        ("俄军战机空袭叙利亚境内的恐怖分子。", ("俄军", "ASSAULT", "叙利亚")),
        ("法军打击马里北部地区的极端分子。", ("法国军队", "ASSAULT", "马里")),
    ],
)
def test_place_of_a_band_is_no_target(text, absent) -> None:
    assert not any(e[:3] == absent for e in events_of(text))


@pytest.mark.parametrize(
    "text, event",
    [
        ("美军打击也门胡塞武装。", ("美军", "ASSAULT", "胡塞武装", "asserted")),
        ("俄军袭击乌克兰的能源设施。", ("俄军", "ASSAULT", "乌克兰", "asserted")),
        ("以色列空袭黎巴嫩真主党目标。", ("以色列", "ASSAULT", "真主党", "asserted")),
        ("美国威胁打击墨西哥。", ("美国", "THREATEN", "墨西哥", "asserted")),
        ("美国批评墨西哥打击贩毒集团不力。", ("美国", "ACCUSE", "墨西哥", "asserted")),
    ],
)
def test_acts_on_a_place_or_a_named_group_stay(text, event) -> None:
    assert event in events_of(text)


# Concern voiced over a fight or its escalation, with no actor in the 对-phrase, blames none of
# its sides (words.tsv concern, strife); a condemnation of the attack, concern over an actor's
# deed or over a fight its sides are named in still blames.
@pytest.mark.parametrize(
    "text, absent",
    [
        (
            "泰国与柬埔寨再度发生边境冲突。外交部长在声明中表示，英国对冲突“深表关切”。",
            ("英国", "ACCUSE"),
        ),
        (
            "印度对巴基斯坦发动空袭。秘书长呼吁印巴保持克制。法国外交部表示，对军事对抗升级“深感担忧”。",
            ("法国外交部", "ACCUSE"),
        ),
        ("俄罗斯袭击乌克兰。巴西对冲突表示关切。", ("巴西", "ACCUSE")),
    ],
)
def test_concern_over_a_fight_blames_no_side(text, absent) -> None:
    assert not any(e[:2] == absent for e in events_of(text))


@pytest.mark.parametrize(
    "text, event",
    [
        ("俄罗斯袭击乌克兰。巴西对此深表关切。", ("巴西", "ACCUSE", "俄罗斯", "asserted")),
        ("俄罗斯袭击乌克兰。巴西对袭击予以谴责。", ("巴西", "ACCUSE", "俄罗斯", "asserted")),
        ("美方对中方的做法深表关切。", ("美国", "ACCUSE", "中国", "asserted")),
        ("巴西对俄罗斯与乌克兰的冲突表示关切。", ("巴西", "ACCUSE", "俄罗斯", "asserted")),
    ],
)
def test_concern_over_a_deed_still_blames(text, event) -> None:
    assert event in events_of(text)


# What a speaker says should be done to an actor or its thing (a passive after 应当/应该: 得到,
# 受到…) asks nobody the clause names: the actor whose sovereignty should be respected is not
# asked to act (words.tsv undergoes); a should with an act of the actor's own still asks it.
@pytest.mark.parametrize(
    "text, absent",
    [
        ("中方强调，叙利亚的主权应当得到尊重。", ("中国", "REQUEST", "叙利亚")),
        ("巴西表示，乌克兰的主权应当受到尊重。", ("巴西", "REQUEST", "乌克兰")),
        ("中方认为，日方应该受到国际社会的谴责。", ("中国", "REQUEST", "日本")),
    ],
)
def test_what_should_befall_an_actor_asks_nobody(text, absent) -> None:
    assert not any(e[:3] == absent for e in events_of(text))


@pytest.mark.parametrize(
    "text, event",
    [
        ("中方表示，叙利亚应该尊重联合国决议。", ("中国", "REQUEST", "叙利亚", "asserted")),
        ("中方表示，美方应当立即停止对台军售。", ("中国", "REQUEST", "美国", "asserted")),
    ],
)
def test_a_should_with_the_actors_own_act_asks_it(text, event) -> None:
    assert event in events_of(text)
