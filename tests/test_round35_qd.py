"""Round 35, helper qd: armed conflict and aid on fresh pages (Lebanon, the Red Sea, Sudan,
Myanmar, US aid to Ukraine). Sentences written for the tests, in the style of those pages."""

from tests.data.sentences import events_of


def test_resisting_an_aggression_named_after_its_doer_makes_the_doer_attack() -> None:
    """协助乌克兰对抗俄罗斯入侵, 支持乌克兰人民抵御俄罗斯的侵略: the aid or support presupposes
    the attack, whose doer stands right after the verb of resisting (qd-06, wi-06)."""
    events = events_of("美国周五宣布新一批军事援助,以协助乌克兰对抗俄罗斯入侵。")
    assert ("俄罗斯", "ASSAULT", "乌克兰", "asserted") in events
    assert ("美国", "AID", "乌克兰", "asserted") in events
    events = events_of("欧盟表示将继续支持乌克兰人民抵御俄罗斯的侵略。")
    assert ("俄罗斯", "ASSAULT", "乌克兰", "asserted") in events
    events = events_of("这笔资金用于加强乌军对抗俄罗斯侵略战争的能力。")
    assert any(e[0] == "俄罗斯" and e[1] == "ASSAULT" for e in events)
    # the near miss: no noun of an attack after the doer (对抗俄罗斯 alone) names no attack
    events = events_of("德国表示将帮助立陶宛对抗俄罗斯的虚假信息。")
    assert not any(e[1] == "ASSAULT" for e in events)


def test_a_donor_noun_names_who_gives_aid_to_the_actor_before_it() -> None:
    """美国是乌克兰最大的军事援助国, 德国成为仅次于美国的乌克兰第二大军事援助国: the topic of
    是/成为 gives the aid (and so does the one after 仅次于) to the actor named before the noun,
    not the other way round (yb-10, qd-07)."""
    events = events_of("德国由此成为仅次于美国的乌克兰第二大军事援助国。")
    assert ("德国", "AID", "乌克兰", "asserted") in events
    assert ("美国", "AID", "乌克兰", "asserted") in events
    assert not any(e[0] == "乌克兰" and e[1] == "AID" for e in events)
    events = events_of("俄罗斯全面入侵乌克兰后,美国一直是乌克兰的主要军事援助者。")
    assert ("美国", "AID", "乌克兰", "asserted") in events
    events = events_of("日本是菲律宾最大的援助国。")
    assert ("日本", "AID", "菲律宾", "asserted") in events
    assert not any(e[0] == "菲律宾" and e[1] == "AID" for e in events)
    # the near miss: a conference of donors names no donor (援助国会议)
    events = events_of("美国是阿富汗援助国会议的主办方。")
    assert not any(e[1] == "AID" for e in events)


def test_who_dies_in_an_attack_named_by_its_doer_is_its_target() -> None:
    """其高级指挥官塔巴塔拜在以色列对贝鲁特南郊的空袭中身亡: the one who dies is hit by the doer
    named after 在 (and so is the place after 对); he did not attack anyone (ya-13, qd-04)."""
    events = events_of(
        "黎巴嫩真主党证实,其高级指挥官塔巴塔拜在以色列当天对贝鲁特南郊的空袭中身亡。"
    )
    assert ("以色列", "ASSAULT", "塔巴塔拜", "asserted") in events
    assert not any(e[0] == "塔巴塔拜" and e[1] == "ASSAULT" for e in events)
    events = events_of("真主党一名高级指挥官在以军空袭中身亡。")
    assert ("以军", "ASSAULT", "真主党", "asserted") in events
    # the near misses: a country before 的 and a place word names where, not who, attacks;
    # dying in a fight of two sides names no doer among them
    events = events_of("一名美国记者在乌克兰东部的炮击中身亡。")
    assert not any(e[1] == "ASSAULT" for e in events)
    events = events_of("以色列与真主党爆发冲突。黎巴嫩至少有385人在双方交火中丧生。")
    assert not any(e[1] == "ASSAULT" and e[2] == "黎巴嫩" for e in events)


def test_aid_named_as_what_talks_are_about_is_given_by_nobody() -> None:
    """讨论向缅甸人民提供人道援助的事宜, 就…输送人道主义援助…交换了意见: the aid is a topic of the
    talks, nobody gives it there (ye-03, qi-12); aid given after talks stays (near miss)."""
    events = events_of("东盟将召开外长会议,讨论向缅甸人民提供人道援助的事宜。")
    assert not any(e[1] == "AID" for e in events)
    events = events_of("两国外长就向加沙运送人道主义援助问题交换了意见。")
    assert not any(e[1] == "AID" for e in events)
    events = events_of("双方进行了讨论。会后,日本宣布向菲律宾提供5艘巡逻船。")
    assert ("日本", "AID", "菲律宾", "asserted") in events
