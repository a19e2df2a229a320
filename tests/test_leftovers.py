"""Constructions found wrong on fresh news and left by earlier rounds: sentences written for
these tests. Events are compared on actor labels."""

from __future__ import annotations

import pytest
from sentences import events_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("英国宣布为乌克兰提供一批新的导弹。", ("英国", "AID", "乌克兰", "asserted")),
        ("日本将为菲律宾提供巡逻船和资金。", ("日本", "AID", "菲律宾", "intended")),
        ("俄罗斯为叙利亚政府提供了空中支援。", ("俄罗斯", "AID", "叙利亚", "asserted")),
    ],
)
def test_aid_provided_for_an_actor_aids_it(text, expected) -> None:
    assert expected in events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "这次峰会为印度提供了难得的机遇。",
        "该协议为两国提供了对话的框架。",
        "这一经历为越南提供了宝贵的经验。",
    ],
)
def test_a_chance_provided_for_an_actor_is_no_aid(text) -> None:
    assert not {e for e in events_of(text) if e[1] == "AID"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("卡塔尔和埃及继续推动以哈停火谈判。", {"以色列", "哈马斯"}),
        ("以哈冲突爆发以来已有数万人丧生。", {"以色列", "哈马斯"}),
        ("巴以冲突再度升级。", {"以色列", "巴勒斯坦"}),
    ],
)
def test_a_compound_with_israel_reads_its_partner_in_the_middle_east(text, pair) -> None:
    events = events_of(text)
    assert events
    assert all({e[0], e[2]} == pair for e in events)


def test_a_compound_with_china_keeps_kazakhstan() -> None:
    assert ("中国", "COOPERATE", "哈萨克斯坦", "asserted") in events_of("中哈两国签署合作协议。")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("以军周三炮轰黎巴嫩南部多个村庄。", ("以军", "ASSAULT", "黎巴嫩", "asserted")),
        ("以色列军队炮轰加沙城。", ("以军", "ASSAULT", "加沙", "asserted")),
        ("朝鲜炮轰韩国延坪岛。", ("朝鲜", "ASSAULT", "韩国", "asserted")),
        ("特朗普炮轰拜登。", ("特朗普", "ACCUSE", "拜登", "asserted")),
        ("特朗普在演讲中攻击拜登的移民政策。", ("特朗普", "ACCUSE", "拜登", "asserted")),
        ("俄军攻击乌克兰东部城市。", ("俄军", "ASSAULT", "乌克兰", "asserted")),
    ],
)
def test_an_attack_is_armed_or_verbal_by_who_makes_it_on_whom(text, expected) -> None:
    events = events_of(text)
    assert expected in events
    assert not {e for e in events if e[1] in {"ASSAULT", "ACCUSE"} and e[1] != expected[1]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "美国不准乌克兰使用美制远程武器打击俄罗斯本土。",
            ("乌克兰", "ASSAULT", "俄罗斯", "negated"),
        ),
        ("俄罗斯不许北约国家向乌克兰提供战斗机。", ("北约国家", "AID", "乌克兰", "negated")),
        (
            "埃及不允许以色列军队进入拉法口岸附近地区攻击哈马斯。",
            ("以军", "ASSAULT", "哈马斯", "negated"),
        ),
    ],
)
def test_what_one_is_not_allowed_to_do_is_negated(text, expected) -> None:
    events = events_of(text)
    assert expected in events
    assert not {e for e in events if e[:3] == expected[:3] and e[3] != "negated"}


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        (
            "乌克兰总统泽连斯基寻求连任。俄罗斯声称支持他的政敌波罗申科。",
            ("俄罗斯", "SUPPORT", "波罗申科", "asserted"),
            "泽连斯基",
        ),
        ("中国谴责美国的盟友日本。", ("中国", "ACCUSE", "日本", "asserted"), "美国"),
    ],
)
def test_whose_rival_or_ally_one_is_is_no_target(text, expected, wrong) -> None:
    events = events_of(text)
    assert expected in events
    assert not {e for e in events if e[2] == wrong}


def test_an_unnamed_rival_is_nobody() -> None:
    text = "德国总理朔尔茨正在寻求连任。俄罗斯公开支持他的竞争对手。"
    assert not {e for e in events_of(text) if e[1] == "SUPPORT"}


@pytest.mark.parametrize(
    "text",
    [
        "外长介绍了俄罗斯对美国制裁朝鲜的看法。",
        "印度对美国制裁朝鲜的立场没有变化。",
    ],
)
def test_the_holder_of_a_view_does_not_do_what_it_is_about(text) -> None:
    events = events_of(text)
    assert not {e for e in events if e[0] in {"俄罗斯", "印度"}}


@pytest.mark.parametrize(
    "text",
    [
        "英国与澳大利亚参加了对阿富汗的战争。",
        "法国同英国一起发动了对利比亚的战争。",
    ],
)
def test_partners_in_a_war_on_a_third_fight_the_third(text) -> None:
    events = {e for e in events_of(text) if e[1] == "ASSAULT"}
    assert events
    assert all(e[2] in {"阿富汗", "利比亚"} for e in events)


def test_the_partner_of_a_joint_act_after_a_measure_is_not_its_target() -> None:
    events = events_of("美国的制裁限制了俄罗斯与印度开展贸易。")
    assert not {e for e in events if e[1] == "SANCTION" and e[2] != "俄罗斯"}


@pytest.mark.parametrize(
    ("text", "host", "sides"),
    [
        ("埃及在开罗主持以色列与哈马斯的间接谈判。", "埃及", ("以色列", "哈马斯")),
        ("沙特阿拉伯周二主持美国和乌克兰的会谈。", "沙特阿拉伯", ("美国", "乌克兰")),
    ],
)
def test_a_host_of_talks_between_two_sides_mediates_each(text, host, sides) -> None:
    events = events_of(text)
    for side in sides:
        assert (host, "CONSULT", side, "asserted") in events
    assert any({e[0], e[2]} == set(sides) for e in events if e[1] == "CONSULT")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("法国决定减少在马里的军事存在。", ("法国", "RETREAT", "马里", "asserted")),
        ("美国计划削减在伊拉克的军事存在。", ("美国", "RETREAT", "伊拉克", "intended")),
        ("马克龙对莫迪赞不绝口。", ("马克龙", "SUPPORT", "莫迪", "asserted")),
        ("欧盟已将俄罗斯多家银行逐出SWIFT系统。", ("欧盟", "SANCTION", "俄罗斯", "asserted")),
    ],
)
def test_acts_found_missing_on_fresh_news(text, expected) -> None:
    assert expected in events_of(text)


def test_consent_to_drive_a_country_out_agrees_nothing_with_it() -> None:
    events = events_of("七国集团同意将俄罗斯部分银行逐出国际结算系统。")
    assert not {e for e in events if e[1] == "AGREE" and "俄罗斯" in (e[0], e[2])}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("哈马斯对埃及的停火建议置之不理。", ("哈马斯", "REJECT", "埃及", "asserted")),
        ("俄罗斯对乌克兰提出的和谈提议置若罔闻。", ("俄罗斯", "REJECT", "乌克兰", "asserted")),
        ("日本对中国的对话提议不予理睬。", ("日本", "REJECT", "中国", "asserted")),
    ],
)
def test_ignoring_a_proposal_rejects_it_now(text, expected) -> None:
    events = events_of(text)
    assert expected in events
    assert not {e for e in events if e[1] == "REJECT" and e[3] != "asserted"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("副总统万斯公开批评拜登。", ("万斯", "ACCUSE", "拜登", "asserted")),
        ("特朗普在电视辩论中攻击副总统哈里斯。", ("特朗普", "ACCUSE", "哈里斯", "asserted")),
    ],
)
def test_two_people_of_one_state_who_blame_each_other_are_two_sides(text, expected) -> None:
    assert expected in events_of(text)


def test_a_leader_and_the_deputy_who_meet_a_guest_do_not_meet_each_other() -> None:
    events = events_of("拜登与哈里斯在白宫会见了马克龙。")
    assert not {e for e in events if {e[0], e[2]} == {"拜登", "哈里斯"}}


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("欧盟表示,除非俄罗斯撤军,否则将对俄罗斯实施新一轮制裁。", ("欧盟", "俄罗斯")),
        ("真主党称,除非以色列停止进攻,否则真主党将袭击以色列北部。", ("真主党", "以色列")),
    ],
)
def test_what_follows_an_unmet_condition_is_threatened_now(text, threat) -> None:
    events = events_of(text)
    assert (threat[0], "THREATEN", threat[1], "asserted") in events
    assert {e[3] for e in events if e[1] in {"SANCTION", "ASSAULT"} and e[0] == threat[0]} == {
        "hypothetical"
    }


def test_sanctions_not_eased_unless_a_condition_is_met_threaten_nothing_new() -> None:
    text = "美方要求伊朗在限期内停止浓缩铀活动,不然不会放松对伊朗的制裁。"
    assert not {e for e in events_of(text) if e[1] == "THREATEN"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("以军已包围加沙南部城市汗尤尼斯。", ("以军", "ASSAULT", "加沙", "asserted")),
        ("俄军包围了乌克兰东部的一座城市。", ("俄军", "ASSAULT", "乌克兰", "asserted")),
    ],
)
def test_armed_forces_that_besiege_attack(text, expected) -> None:
    assert expected in events_of(text)


@pytest.mark.parametrize(
    "text",
    ["抗议者包围了美国驻伊拉克大使馆。", "美国试图从军事上包围中国。"],
)
def test_a_siege_by_no_armed_force_is_no_attack(text) -> None:
    assert not {e for e in events_of(text) if e[1] == "ASSAULT"}


def test_a_hostile_act_promised_if_a_condition_is_met_is_a_threat_now() -> None:
    events = events_of("日本政府称,如果俄罗斯继续扣押日本渔船,日本将对俄罗斯实施制裁。")
    assert ("日本", "THREATEN", "俄罗斯", "asserted") in events
    assert ("日本", "SANCTION", "俄罗斯", "hypothetical") in events


def test_the_act_in_a_condition_threatens_nothing() -> None:
    events = events_of("如果美国对古巴实施新的制裁,古巴将向联合国提出抗议。")
    assert not {e for e in events if e[1] == "THREATEN" and e[0] == "美国"}
