"""Round 58, branch f58b: 反对 read the way the golds read it.

Opposing someone's plan, decision or resolution, or a pact with someone, refuses that side
(REJECT); actors a tally of votes names against (180国投票赞成,美国和以色列反对,乌克兰弃权)
cast a vote against the body. A bare count (3票反对) and 反对 outside a tally stay as they were.
The sentences are written for these tests."""

from __future__ import annotations

import pytest
from sentences import events_of


def _plain(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text) if t != "ROLE"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("美国总统拜登10日表示，他反对法国关于削减北约军费的计划。", ("拜登", "REJECT", "法国")),
        ("日本政府反对韩国政府的决定。", ("日本", "REJECT", "韩国")),
        ("阿根廷总统曾表示可能反对与中方签署任何协议。", ("阿根廷", "REJECT", "中国")),
        (
            "联合国大会以150票赞成、美国和以色列等8票反对、10票弃权通过决议。",
            ("美国", "REJECT", "联合国大会"),
        ),
        (
            "当天，联合国大会180个会员国投票赞成，美国和以色列反对，乌克兰弃权。",
            ("以色列", "REJECT", "联合国大会"),
        ),
        (
            "安理会15个成员国的投票结果是13票赞成,俄罗斯反对,中国弃权。",
            ("俄罗斯", "REJECT", "安理会"),
        ),
    ],
)
def test_opposed_plan_and_vote_against(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _plain(text)


@pytest.mark.parametrize(
    "text",
    [
        "国际原子能机构理事会的决议以19票赞成、3票反对及12票弃权通过。",
        "安理会以12票赞成、1票反对和2票弃权通过决议。",
    ],
)
def test_bare_count_names_no_voter(text: str) -> None:
    assert not {e for e in _plain(text) if e[1] == "REJECT"}


def test_opposition_outside_a_tally_is_no_vote() -> None:
    found = _plain("美国空袭叙利亚。俄罗斯对此表示反对。")
    assert ("俄罗斯", "REJECT", "美国") not in found
    assert ("俄罗斯", "ACCUSE", "美国") in found


def test_agreement_opposed_is_not_signed() -> None:
    assert ("阿根廷", "AGREE", "中国") not in _plain("阿根廷总统曾表示可能反对与中方签署任何协议。")
