"""Round 56, branch f56d: false CONSULT and ASSAULT records whose cause recurs in the readable
sets.

A compound of short forms that names a war (俄乌|战争) before a word of talks is what the talks
are about, not their sides (va-measure, db-dev, df-dev); a compound right before the talks (俄乌
和平谈判, 俄乌双方代表团…谈判) stays.

A strike on an economy (打击俄罗斯的石油产业, 对加拿大工人…的攻击) is harm done by trade, no
attack (qa, ub-measure, db-dev, dg-dev); a strike on a place or a force stays.

The sentences are written for these tests."""

from __future__ import annotations

import pytest
from sentences import events_of


def _plain(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text) if t != "ROLE"}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("特朗普抱怨他与普京针对俄乌战争的和平谈判毫无进展。", ("俄罗斯", "CONSULT", "乌克兰")),
        ("美国特使昨晚在莫斯科就结束俄乌战争的方案进行会谈。", ("俄罗斯", "CONSULT", "乌克兰")),
    ],
)
def test_a_war_named_before_talks_is_no_pair_of_them(text, absent) -> None:
    assert absent not in _plain(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("特朗普抱怨他与普京针对俄乌战争的和平谈判毫无进展。", ("特朗普", "CONSULT", "普京")),
        ("俄乌双方代表团在伊斯坦布尔举行和平谈判。", ("俄罗斯", "CONSULT", "乌克兰")),
        ("俄乌和平谈判将于下周继续举行。", ("俄罗斯", "CONSULT", "乌克兰")),
    ],
)
def test_talks_of_a_pair_stay(text, expected) -> None:
    assert expected in _plain(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("欧盟表示，新的出口禁令将打击俄罗斯的石油产业。", ("欧盟", "ASSAULT", "俄罗斯")),
        ("美国加征的关税重创了墨西哥的汽车产业。", ("美国", "ASSAULT", "墨西哥")),
        ("加拿大总理说，美国的关税是对加拿大工人和企业的攻击。", ("美国", "ASSAULT", "加拿大")),
    ],
)
def test_an_economy_struck_is_no_attack(text, absent) -> None:
    assert absent not in _plain(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("乌军称用无人机打击了俄罗斯的炼油厂。", ("乌军", "ASSAULT", "俄罗斯")),
        ("以军空袭了黎巴嫩南部的真主党目标。", ("以军", "ASSAULT", "真主党")),
    ],
)
def test_a_strike_on_a_place_or_a_force_stays(text, expected) -> None:
    assert expected in _plain(text)
