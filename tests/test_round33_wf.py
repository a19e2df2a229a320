"""Round 33, helper wf: constructions that recurred on fresh pages about the EU and its members,
Latin American diplomacy, Gulf mediation, the Arctic, Russia–Central Asia and the Pacific
(sentences written for the tests, in the style of those pages)."""

from tests.data.sentences import events_of


def test_envoys_told_to_withdraw_from_the_host_are_expelled() -> None:
    """要求X的外交人员从委内瑞拉撤出: envoys told to pull out are expelled, as with 撤离/离境;
    the order asks nothing besides, even when the ministry expels and the state asks."""
    events = events_of("玻利维亚外交部要求秘鲁的外交人员从玻利维亚撤出。")
    assert ("玻利维亚外交部", "SANCTION", "秘鲁", "asserted") in events
    assert not any(e[1] == "REQUEST" for e in events)
    # the near miss: troops that pull out of a place withdraw from it
    events = events_of("以军从加沙撤出。")
    assert any(e[1] == "RETREAT" for e in events)
    assert not any(e[1] == "SANCTION" for e in events)


def test_the_envoys_of_these_countries_are_each_countrys_envoys() -> None:
    """从阿根廷、智利等国召回外交人员,同时要求这些国家的外交人员撤出: each member of the
    group word 这些国家 has its envoys expelled, not the last one only."""
    events = events_of(
        "尼加拉瓜外交部宣布从哥斯达黎加、巴拿马等国召回外交人员,"
        "同时要求这些国家的外交人员从尼加拉瓜撤出。"
    )
    for state in ("哥斯达黎加", "巴拿马"):
        assert any(e[1] == "SANCTION" and e[2] == state for e in events), state
    assert not any(e[1] == "REQUEST" for e in events)
