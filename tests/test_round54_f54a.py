"""Round 54, branch f54a: the Africa, Gulf and Turkey set (de) and the Europe set (df).

Armed forces entering a state's territory (进入X境内) or troops sent into it (派兵进入X) are
deployed against it (MOBILIZE: qb, da and de code it); a state, a company or a talk
entering something (进入市场, 进入新阶段) is no event. Office holders of 2024-2026 the sets
named and the gazetteer lacked are known by name and post (Turkey's cabinet, France's
opposition, Taiwan's forms of Sánchez, Klingbeil and Mohammed bin Salman); 塞国 is Serbia
where the article named Serbia, and people of Serb descent (塞尔维亚裔) are not Serbia.
The sentences are written for these tests."""

from __future__ import annotations

import pytest
from sentences import events_of, roles_of


def _plain(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text) if t != "ROLE"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("肯尼亚军队上周进入索马里境内。", ("肯尼亚军队", "MOBILIZE", "索马里")),
        ("越南军队进入柬埔寨境内。", ("越南军队", "MOBILIZE", "柬埔寨")),
        ("俄罗斯宣布承认两地独立,随后派兵进入乌克兰东部。", ("俄罗斯", "MOBILIZE", "乌克兰")),
        ("莫斯科随即派兵进入乌东地区。", ("俄罗斯", "MOBILIZE", "乌克兰")),
    ],
)
def test_forces_entering_a_state_are_deployed_against_it(text, expected) -> None:
    assert expected in _plain(text)


@pytest.mark.parametrize(
    "text",
    [
        "中国电动车进入欧洲市场。",  # goods enter a market
        "两国关系进入新的发展阶段。",  # a relation enters a stage
        "法国总统马克龙进入德国联邦议院发表演讲。",  # a person, no forces
        "日本企业进入越南。",  # a company
        "谈判进入第三天。",
        "叛军昨天进入布隆迪边界附近的城市。",  # a town by Burundi, not Burundi
        "叛军部队进入刚果的一座城市。",  # a town of the state, which 的 only places
        "水电站乌东德大坝遭到破坏。",  # a dam in Yunnan, not eastern Ukraine
    ],
)
def test_no_deployment_when_no_armed_force_enters(text: str) -> None:
    assert not any(t == "MOBILIZE" for _, t, _ in _plain(text))


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        ("土耳其贸易部长奥梅尔·博拉特抵达北京。", "奥梅尔·博拉特", "贸易部长"),
        (
            "土耳其财政和金融部长穆罕默德·希姆谢克会见了投资者。",
            "穆罕默德·希姆谢克",
            "财政和金融部长",
        ),
        (
            "土耳其能源和自然资源部长阿尔帕斯兰·巴伊拉克塔尔出席会议。",
            "阿尔帕斯兰·巴伊拉克塔尔",
            "能源和自然资源部长",
        ),
        ("土耳其国防部长亚沙尔·居勒视察部队。", "居勒尔", "国防部长"),
    ],
)
def test_turkeys_ministers_hold_their_posts_in_turkey(text, person, title) -> None:
    assert (person, "土耳其", title) in roles_of(text)


def test_a_turkish_name_holding_iraq_is_one_name() -> None:
    roles = roles_of("土耳其能源和自然资源部长阿尔帕斯兰·巴伊拉克塔尔访问巴格达。")
    assert not any(org == "伊拉克" for _, org, _ in roles)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("西班牙首相桑杰士批评川普。", ("佩德罗·桑切斯", "ACCUSE", "特朗普")),
        ("梅兰雄谴责马克宏。", ("梅朗雄", "ACCUSE", "马克龙")),
        ("玛琳·雷朋批评马克宏。", ("玛丽娜·勒庞", "ACCUSE", "马克龙")),
        ("克林拜耳下月将访问北京。", ("克林拜尔", "CONSULT", "中国")),
    ],
)
def test_taiwan_forms_of_european_leaders_are_known(text, expected) -> None:
    assert expected in _plain(text)


def test_a_crown_princes_name_does_not_run_into_next_month() -> None:
    found = _plain("沙乌地王储穆罕默德．沙尔曼下月访美,将在华府会晤川普。")
    assert ("穆罕默德·本·萨勒曼", "CONSULT", "特朗普") in found
    assert not any("下月" in s for s, _, _ in found)


def test_the_national_rally_is_frances_party() -> None:
    assert ("法国国民联盟", "ACCUSE", "马克龙") in _plain("国民联盟谴责马克宏。")
    assert ("不屈法国", "ACCUSE", "马克龙") in _plain("不屈法国谴责马克宏。")


def test_serbia_by_its_short_form_once_named() -> None:
    found = _plain("塞尔维亚总统武契奇发表讲话。科索沃警方逮捕示威者后,塞国政府提出强烈抗议。")
    assert any(s == "塞尔维亚" for s, _, _ in found)


def test_short_form_names_nothing_before_serbia_is_named() -> None:
    assert not any(s == "塞尔维亚" for s, _, _ in _plain("塞国政府谴责科索沃。"))


def test_people_of_serb_descent_are_not_serbia() -> None:
    found = _plain("科索沃警方逮捕了一名塞尔维亚裔前警员。")
    assert not any(o == "塞尔维亚" for _, _, o in found)


def test_a_journalists_killing_strikes_no_newspaper() -> None:
    found = _plain("沙特特务人员在领事馆内谋杀了记者卡舒吉。")
    assert ("沙特阿拉伯", "ASSAULT", "卡舒吉") in found
    assert not any(o == "华盛顿邮报" for _, _, o in found)
