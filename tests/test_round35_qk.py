"""Round 35, helper qk: what is and is not an actor, on news no rule was written on."""

from __future__ import annotations

from sentences import events_of


def test_a_firm_with_a_latin_name_is_an_actor() -> None:
    found = events_of("不可靠实体清单工作机制办公室计划于近期约谈VXT集团。")
    assert any(e[1] == "CONSULT" and "VXT集团" in (e[0], e[2]) for e in found)


def test_a_firm_with_a_latin_name_and_its_trade_is_an_actor() -> None:
    found = events_of("美国财政部宣布制裁MKS石油公司。")
    assert ("美国财政部", "SANCTION", "MKS石油公司", "asserted") in found
