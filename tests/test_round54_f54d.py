"""Round 54, branch f54d: SUPPORT, COOPERATE and AGREE misses whose cause recurs.

Ties built with a partner (与X建立密切关系, 使A和B建立长期关系, 重新与X建立关系) are cooperation
with that partner (COOPERATE, as 深化…关系 already is: da, ob and lc code it); a partnership or
diplomatic ties established stay an agreement (建立…伙伴关系, 建立外交关系), and a tie named with
no partner stays silent. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from sentences import events_of


def _plain(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text) if t != "ROLE"}


def _pairs(text: str) -> set[tuple[frozenset[str], str]]:
    return {(frozenset((s, o)), t) for s, t, o in _plain(text)}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("格鲁吉亚希望与日本建立更紧密的关系。", ("格鲁吉亚", "日本")),
        ("约旦国王表示，约旦正努力与伊拉克建立长期稳定的关系。", ("约旦", "伊拉克")),
        ("他说，波兰和韩国已经建立了特殊关系。", ("波兰", "韩国")),
        ("秘鲁总统表示愿意同越南建立互信关系。", ("秘鲁", "越南")),
    ],
)
def test_ties_built_with_a_partner_are_cooperation(text: str, pair: tuple[str, str]) -> None:
    assert (frozenset(pair), "COOPERATE") in _pairs(text)


def test_a_partnership_established_stays_an_agreement() -> None:
    pairs = _pairs("智利与新西兰去年建立了全面战略伙伴关系。")
    assert (frozenset(("智利", "新西兰")), "AGREE") in pairs
    assert (frozenset(("智利", "新西兰")), "COOPERATE") not in pairs


@pytest.mark.parametrize(
    "text",
    [
        "该公司在当地建立了良好的客户关系。",  # no partner named
        "专家认为，建立互信需要时间，两国关系仍很脆弱。",  # the tie is not what is built
        "发展中国家与发达国家的关系日益紧张。",  # 发展中国家 builds nothing
    ],
)
def test_no_partner_no_cooperation(text: str) -> None:
    assert not any(t == "COOPERATE" for _, t in _pairs(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("秘鲁是智利的重要战略伙伴。", ("秘鲁", "智利")),
        ("越南为韩国第三大贸易伙伴。", ("越南", "韩国")),
        ("报告称，伊朗是叙利亚的主要战略伙伴。", ("伊朗", "叙利亚")),
        ("泰国是老挝在东盟最大的贸易伙伴。", ("泰国", "老挝")),
    ],
)
def test_a_partner_named_by_a_copula_cooperates(text: str, pair: tuple[str, str]) -> None:
    assert (frozenset(pair), "COOPERATE") in _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "特朗普宣布对主要贸易伙伴加征关税。",  # no partner named
        "卢拉拟访问巴西最大的贸易伙伴中国。",  # no copula: a description of whom he visits
        "泰国是老挝在东盟最大的贸易伙伴。",  # the place that bounds the phrase is no partner
    ],
)
def test_no_copula_or_no_partner_no_trade(text: str) -> None:
    pairs = _pairs(text)
    assert (frozenset(("巴西", "中国")), "COOPERATE") not in pairs
    assert not any("东盟" in p for p, t in pairs if t == "COOPERATE")
    assert not any(len(p) == 2 and "特朗普" in p for p, _ in pairs)


def test_ties_built_like_those_of_others_are_between_the_builders() -> None:
    """类似X之间的关系: X only says what kind of tie; the builders are the pair before 建立."""
    pairs = _pairs("墨西哥和秘鲁很难建立类似北欧国家之间的那种互信关系。")
    assert pairs == {(frozenset(("墨西哥", "秘鲁")), "COOPERATE")}
