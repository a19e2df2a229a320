"""Round 42, helper fm: Middle East actors the lc-dev pages showed missing (settlers, the E3
as 三个欧洲国家, Taiwan/AFP renderings of Houthi, Barrack, Dujarric; Lebanon's information
minister). Sentences written for the tests."""

from __future__ import annotations

from tests.data.sentences import events_of, roles_of


def test_settlers_are_their_own_actor() -> None:
    """以色列定居者 / 定居者 are not the Israeli state: a condemnation of them targets them."""
    events = events_of("巴勒斯坦强烈谴责以色列定居者在约旦河西岸的暴力行为。")
    assert ("巴勒斯坦", "ACCUSE", "以色列定居者", "asserted") in events
    assert not any(o == "以色列" for _, _, o, _ in events)


def test_three_european_countries_are_the_e3() -> None:
    events = events_of("伊朗外长指责三个欧洲国家破坏外交努力。")
    assert any(o == "欧洲三国" for _, t, o, _ in events if t == "ACCUSE")


def test_taiwan_and_afp_renderings() -> None:
    """侯瑟 (Abdul-Malik al-Houthi), 巴瑞克 (Tom Barrack), 杜雅里克 (Dujarric)."""
    events = events_of("侯瑟指责联合国儿童基金会从事间谍活动。")
    assert ("阿卜杜勒-马利克·胡塞", "ACCUSE", "联合国儿童基金会", "asserted") in events
    events = events_of("美国特使巴瑞克会见了土耳其外长。")
    assert any(s == "汤姆·巴拉克" or o == "汤姆·巴拉克" for s, _, o, _ in events)
    roles = roles_of("联合国秘书长发言人杜雅里克周一表示关切。")
    assert any(p == "迪雅里克" and o == "联合国" for p, o, _ in roles)


def test_lebanese_information_minister() -> None:
    roles = roles_of("黎巴嫩新闻部长保罗·莫尔科斯在会后宣读了声明。")
    assert any(p == "保罗·莫尔科斯" and o == "黎巴嫩" for p, o, _ in roles)


def test_taiwan_renderings_of_gulf_and_levant_actors() -> None:
    """真主虔信者 (Ansar Allah), 裴瑟斯基安 (Pezeshkian), 阿布杜拉二世 (Abdullah II)."""
    events = events_of("真主虔信者宣称对以色列发动无人机攻击。")
    assert any(s == "胡塞武装" and o == "以色列" for s, _, o, _ in events)
    events = events_of("裴瑟斯基安与阿布杜拉二世通电话。")
    assert any({s, o} == {"佩泽希齐扬", "阿卜杜拉二世"} for s, _, o, _ in events)
