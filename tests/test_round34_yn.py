"""Round 34, helper yn: constructions that recurred on fresh pages about export controls, entity
and unreliable-entity lists, counter-measure lists and retaliatory tariffs (sentences written for
the tests, in the style of those pages)."""

from tests.data.sentences import events_of


def test_a_bare_commerce_ministry_spokesman_speaks_for_china() -> None:
    """商务部新闻发言人指出,美方应…: Chinese-language press names a foreign ministry of commerce
    with its country, so the bare ministry whose spokesman speaks is China's, and his demand of
    the US is a request (not the US ministry the question named, nor the country in focus)."""
    events = events_of(
        "美国商务部宣布将部分中国实体列入出口管制实体清单。"
        "商务部新闻发言人指出,美方应立即纠正错误做法,停止对中国企业的无理打压。"
    )
    assert ("中国商务部", "REQUEST", "美国", "asserted") in events
    events = events_of(
        "日本政府宣布对十余种半导体相关物项实施出口管制。"
        "商务部发言人表示,我们希望日方保持理性决策,及时纠正错误做法。"
    )
    assert ("中国商务部", "REQUEST", "日本", "asserted") in events
    # the near miss: a foreign ministry named with its country stays that country's
    events = events_of("美国商务部发言人表示,美方将对中国企业实施出口管制。")
    assert not any(e[0] == "中国商务部" for e in events)


def test_the_scope_of_cooperation_is_no_act_of_cooperation() -> None:
    """从中日经贸合作大局出发, 广阔的合作空间: the frame or scope of relations; nobody acts."""
    events = events_of("我们希望日方从中日经贸合作大局出发,及时纠正错误做法。")
    assert not any(e[1] == "COOPERATE" for e in events)
    events = events_of("中美拥有广泛的共同利益和广阔的合作空间。")
    assert not any(e[1] == "COOPERATE" for e in events)
    # the near miss: cooperation reported as done
    assert any(e[1] == "COOPERATE" for e in events_of("中美两国加强经贸合作。"))


def test_cooperation_banned_by_a_countermeasure_is_no_cooperation() -> None:
    """禁止中国境内的组织、个人与其进行有关交易、合作等活动: the terms of a countermeasure."""
    events = events_of(
        "外交部决定对5家美国军工企业采取反制措施,"
        "禁止中国境内的组织、个人与其进行有关交易、合作等活动。"
    )
    assert not any(e[1] == "COOPERATE" for e in events)


def test_chinas_list_bodies_act_and_the_counter_measure_list_sanctions() -> None:
    """不可靠实体清单工作机制…决定将4家美国实体列入不可靠实体清单; 将…列入反制清单."""
    events = events_of("不可靠实体清单工作机制当天发布公告,决定将4家美国实体列入不可靠实体清单。")
    assert ("不可靠实体清单工作机制", "SANCTION", "美国", "asserted") in events
    events = events_of("中国外交部决定将3家美国企业列入反制清单。")
    assert any(e[0] == "中国外交部" and e[1] == "SANCTION" and e[2] == "美国" for e in events)
    events = events_of("陆商务部对韩华海洋五家美国子公司采取反制。")
    assert ("中国商务部", "SANCTION", "韩华海洋", "asserted") in events


def test_a_measure_said_to_seriously_disrupt_firms_criticises_its_owner() -> None:
    """日方相关出口管制措施,将严重干扰企业间正常商业往来,损害两国企业利益: the ministry's answer
    judges the measure, so the speaker criticises the country that took it."""
    events = events_of(
        "商务部发言人表示,日方相关出口管制措施,将严重干扰企业间正常商业往来,损害两国企业利益。"
    )
    assert ("中国商务部", "ACCUSE", "日本", "asserted") in events
    # the near miss: a disruption reported, with nobody speaking, is no criticism
    assert not any(e[1] == "ACCUSE" for e in events_of("俄军严重干扰了乌克兰的通信。"))
