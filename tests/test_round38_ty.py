"""Round 38, helper ty: the right pair with the right type, direction and roles, as the first
golds (annotated before anyone ran kg) read them. Sentences written for the tests."""

from __future__ import annotations

from tests.data.sentences import events_of

# -- 1. 攻占 (attack and take) is an assault on the country (first golds qj, ya) -------------------


def test_taking_a_countrys_land_by_attack_is_an_assault() -> None:
    assert ("以军", "ASSAULT", "黎巴嫩", "asserted") in events_of(
        "以色列军队攻占了黎巴嫩南部的一座村庄。"
    )
    events = events_of("2003年美国对伊拉克发动战争，4月攻占首都巴格达。")
    assert ("美国", "COERCE", "伊拉克", "asserted") not in events


# -- 2. the attacker of a one-way war keeps it when the other side only plans a strike (qa-04) ---


def test_a_planned_strike_by_the_other_side_leaves_the_war_its_attackers() -> None:
    events = events_of("俄乌开战后，欧盟公布制裁。乌克兰表示将打击俄罗斯的炼油厂。")
    assert ("俄罗斯", "ASSAULT", "乌克兰", "asserted") in events
