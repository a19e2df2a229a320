"""Round 33, helper wi: constructions that recurred on fresh pages about economic and energy
diplomacy, the Baltic states, Central Asia and the Pacific (session 33)."""

from tests.data.sentences import events_of


def test_the_aim_of_an_expulsion_is_the_expellers_act() -> None:
    """驱逐俄罗斯大使以声援爱沙尼亚: the actor the verb governs is followed by the verb's aim
    (以 right before the act); who expels gives the support, not the one expelled."""
    events = events_of("芬兰宣布驱逐俄罗斯大使以声援爱沙尼亚。")
    assert ("芬兰", "SUPPORT", "爱沙尼亚", "asserted") in events
    assert not any(e[0].startswith("俄罗斯") and e[1] == "SUPPORT" for e in events)
    # 驱逐以色列大使以示抗议: 以 opens a name there and reads as no aim
    events = events_of("玻利维亚宣布驱逐以色列大使以声援巴勒斯坦。")
    assert ("玻利维亚", "SANCTION", "以色列", "asserted") in events
    assert ("玻利维亚", "SUPPORT", "巴勒斯坦", "asserted") in events


def test_the_aim_after_a_clause_borrows_the_speakers_subject() -> None:
    """拉脱维亚表示,也将驱逐俄罗斯大使以声援爱沙尼亚: the clause of the aim has no subject of
    its own once the expelled is set aside; the speaker's country before the comma acts."""
    events = events_of("拉脱维亚表示,也将驱逐白俄罗斯大使以声援立陶宛。")
    assert ("拉脱维亚", "SUPPORT", "立陶宛", "intended") in events
    assert not any(e[0].startswith("白俄罗斯") and e[1] == "SUPPORT" for e in events)


def test_an_aim_after_the_noun_an_actor_heads() -> None:
    """驱逐俄国外交官是为了表达与乌克兰站在一起: the aim word (是为了) comes after the short
    noun the country heads (外交官); the expelled diplomats' country stands with no one."""
    events = events_of("立陶宛也说,驱逐俄国外交官是为了表达「与乌克兰站在一起」。")
    assert ("立陶宛", "SUPPORT", "乌克兰", "asserted") in events
    assert not any(e[0].startswith("俄") and e[1] == "SUPPORT" for e in events)
