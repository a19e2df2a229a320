"""Round 35, helper qk: what is and is not an actor, on news no rule was written on."""

from __future__ import annotations

from sentences import events_of


def test_a_firm_with_a_latin_name_is_an_actor() -> None:
    found = events_of("不可靠实体清单工作机制办公室计划于近期约谈VXT集团。")
    assert any(e[1] == "CONSULT" and "VXT集团" in (e[0], e[2]) for e in found)


def test_a_firm_with_a_latin_name_and_its_trade_is_an_actor() -> None:
    found = events_of("美国财政部宣布制裁MKS石油公司。")
    assert ("美国财政部", "SANCTION", "MKS石油公司", "asserted") in found


def test_a_bare_legislature_asked_to_act_is_the_one_of_the_country_in_focus() -> None:
    found = events_of("美国总统拜登周二呼吁国会尽快通过对以色列的援助法案。")
    assert ("拜登", "REQUEST", "美国国会", "asserted") in found


def test_a_bare_legislature_hoped_to_act_is_asked() -> None:
    found = events_of("美国总统特朗普表示，希望国会可以通过新的飞弹防御系统预算。")
    assert ("特朗普", "REQUEST", "美国国会", "asserted") in found
