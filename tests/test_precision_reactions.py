"""False events in reactions to news (condemnations, visits, agreements): sentences written
for these tests, each once coded wrongly. Events are compared on actor labels."""

from __future__ import annotations

import pytest
from sentences import events_of
from test_capabilities import roles_of


@pytest.mark.parametrize(
    "text",
    [
        "日本外务省发表声明,强烈谴责在巴黎发生的恐怖袭击事件。",
        "加拿大总理对巴黎发生的恐怖袭击感到震惊。",
        "韩国外长谴责巴黎近郊恐袭事件。",
        "印度总统致电马克龙,就巴黎发生恐怖袭击事件表示慰问,严厉谴责这一针对平民的恐怖袭击。",
    ],
)
def test_the_scene_of_an_attack_by_no_one_named_is_neither_attacked_nor_condemned(text) -> None:
    assert not {e for e in events_of(text) if e[1] in {"ASSAULT", "ACCUSE"}}


def test_an_attack_condemned_without_its_doer_accuses_the_attacker_named_before() -> None:
    events = events_of("以色列军队周日空袭加沙地带一处难民营。埃及外交部对袭击事件予以强烈谴责。")
    assert {e[2] for e in events if e[1] == "ACCUSE"} == {"以军"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("哈马斯在以色列南部发动袭击。", ("哈马斯", "ASSAULT", "以色列", "asserted")),
        ("印度和巴基斯坦在克什米尔发生冲突。", ("印度", "ASSAULT", "巴基斯坦", "asserted")),
    ],
)
def test_an_attack_by_a_named_side_still_hits_its_place(text, expected) -> None:
    assert expected in events_of(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("欧盟原则上同意对伊朗实施第五轮制裁。", "伊朗"),
        ("德国同意向乌克兰提供更多坦克。", "乌克兰"),
    ],
)
def test_consent_to_an_act_on_a_country_agrees_nothing_with_it(text, target) -> None:
    assert not {e for e in events_of(text) if e[1] == "AGREE" and target in (e[0], e[2])}


def test_consent_to_meet_a_partner_still_agrees_with_it() -> None:
    assert ("美国", "AGREE", "朝鲜", "asserted") in events_of("美国同意与朝鲜举行会谈。")


def test_a_scholar_of_a_think_tank_named_after_a_country_holds_no_post_in_the_country() -> None:
    roles = roles_of("美国企业研究所高级研究员扎克·库珀说,七国集团已经成为美国的必去组织。")
    assert roles == {("扎克·库珀", "美国企业研究所")}


def test_a_party_department_is_not_the_party() -> None:
    text = "中共中央对外联络部部长刘建超在北京会见越南驻华大使。"
    assert ("刘建超", "中共中央对外联络部") in roles_of(text)
    assert not {e for e in events_of(text) if e[0] == "中国共产党"}


def test_a_country_left_out_of_a_visit_is_not_visited() -> None:
    assert not {e for e in events_of("日本首相表示,将访问美国以外的多个国家。") if e[2] == "美国"}


@pytest.mark.parametrize(
    "text",
    [
        "七国集团领导人呼吁北京向俄罗斯施压,让莫斯科立即从乌克兰撤军。",
        "欧盟敦促伊朗恢复谈判,以便伊朗军队撤出叙利亚。",
    ],
)
def test_the_aim_of_an_appeal_is_asked_for_not_done(text) -> None:
    assert not {e for e in events_of(text) if e[1] == "RETREAT"}


def test_a_clause_after_a_statement_that_asks_nothing_still_reports_its_act() -> None:
    events = events_of(
        "七国集团领导人表示关切,让俄罗斯军队从乌克兰撤军的努力仍在继续。俄罗斯从乌克兰撤军。"
    )
    assert ("俄罗斯", "RETREAT", "乌克兰", "asserted") in events
