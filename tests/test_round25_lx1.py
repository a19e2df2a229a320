"""Round 25 (lx1): coverage pass of the trigger lexicon over the cooperative types.

- Lifting a ban, an embargo or a blockade, or withdrawing sanctions (撤销…禁令, 解除…禁运,
  解除…封锁, 撤回…制裁) is a concession, as 解除…制裁 and 解除…禁令 were: the bare noun alone
  read only the sanction.
- Depending on a country's energy supply (仰赖俄罗斯供应天然气) is trade with it; a supply chain
  (依赖中国供应链) is none.
- Letting inspectors in (允许国际原子能机构人员视察) is cooperation with the inspecting body, the
  dev annotators' reading.
- Soldiers exchanged (交换了300名军人) are prisoners released both ways, as 交换…战俘 are.

Sentences are written for these tests, in the style of wire reports.
"""

from __future__ import annotations

import pytest
from sentences import events_of


def _has(found: set, subject: str, kind: str, obj: str, status: str = "asserted") -> bool:
    return (subject, kind, obj, status) in found


# --- lifting bans, embargoes, blockades and sanctions -----------------------------------------


@pytest.mark.parametrize(
    "text, subject, obj",
    [
        ("美国撤销了对古巴的旅行禁令。", "美国", "古巴"),
        ("欧盟决定解除对白俄罗斯的武器禁运。", "欧盟", "白俄罗斯"),
        ("美国宣布撤回对委内瑞拉的制裁。", "美国", "委内瑞拉"),
        ("以色列宣布解除对加沙的封锁。", "以色列", "加沙"),
        ("美国宣布取消对伊朗的石油禁令。", "美国", "伊朗"),
        ("欧盟暂停对叙利亚的石油禁运。", "欧盟", "叙利亚"),
    ],
)
def test_lifting_a_ban_or_an_embargo_concedes(text, subject, obj) -> None:
    assert _has(events_of(text), subject, "CONCEDE", obj)


@pytest.mark.parametrize(
    "text, subject, obj",
    [
        ("美国对伊朗实施禁运。", "美国", "伊朗"),
        ("美国继续对古巴实施封锁。", "美国", "古巴"),
    ],
)
def test_imposing_an_embargo_concedes_nothing(text, subject, obj) -> None:
    found = events_of(text)
    assert _has(found, subject, "SANCTION", obj)
    assert not any(t == "CONCEDE" for _, t, _, _ in found)


# --- energy bought from a country --------------------------------------------------------------


@pytest.mark.parametrize(
    "text, subject, obj",
    [
        ("德国依然仰赖俄罗斯供应天然气。", "德国", "俄罗斯"),
        ("匈牙利仍然依赖俄罗斯供应石油。", "匈牙利", "俄罗斯"),
    ],
)
def test_depending_on_a_countrys_energy_supply_is_trade(text, subject, obj) -> None:
    assert _has(events_of(text), subject, "COOPERATE", obj)


def test_a_supply_chain_is_no_trade_event() -> None:
    assert not any(t == "COOPERATE" for _, t, _, _ in events_of("苹果公司依赖中国供应链生产手机。"))


# --- inspectors let in ---------------------------------------------------------------------------


def test_letting_inspectors_in_cooperates_with_the_body() -> None:
    found = events_of("伊朗允许国际原子能机构人员视察福尔多核设施。")
    assert _has(found, "伊朗", "COOPERATE", "国际原子能机构")


def test_refusing_inspectors_is_no_cooperation() -> None:
    found = events_of("朝鲜拒绝允许国际原子能机构视察宁边核设施。")
    assert not any(t == "COOPERATE" and s == "朝鲜" and st == "asserted" for s, t, _, st in found)


# --- soldiers exchanged ----------------------------------------------------------------------


def test_soldiers_exchanged_are_released_both_ways() -> None:
    found = events_of("俄罗斯和乌克兰交换了300名军人。")
    assert _has(found, "俄罗斯", "RETREAT", "乌克兰")
    assert _has(found, "乌克兰", "RETREAT", "俄罗斯")


def test_views_exchanged_about_soldiers_release_no_one() -> None:
    found = events_of("两国就退役军人待遇问题交换了意见。")
    assert not any(t == "RETREAT" for _, t, _, _ in found)
