"""Round 29 (rb): recall on unseen Middle East, Africa, Americas, UN and sanctions news.

Sentences are written for the test, in the constructions the audit pages used; each rule has
near misses that must not change.
"""

from __future__ import annotations

import pytest
from sentences import events_of


# An envoy declared unwelcome without 的人 (“不受欢迎”), named by name or not, expels the
# diplomats of the envoy's country; so does an order to leave (下“逐客令”), and expelling a
# mission's envoys (驱逐X驻Y使馆代办) expels X's, not the mission as a body of its own.
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "秘鲁政府宣布智利驻秘大使馆临时代办“不受欢迎”。",
            ("秘鲁", "SANCTION", "智利", "asserted"),
        ),
        (
            "玻利维亚外长宣布,巴西驻玻使馆参赞若昂·席尔瓦“不受欢迎”。",
            ("玻利维亚", "SANCTION", "巴西", "asserted"),
        ),
        (
            "厄瓜多尔宣布墨西哥驻厄使馆临时代办安娜·洛佩斯为“不受欢迎的人”。",
            ("厄瓜多尔", "SANCTION", "墨西哥", "asserted"),
        ),
        (
            "阿根廷对委驻阿大使和临时代办下“逐客令”。",
            ("阿根廷", "SANCTION", "委内瑞拉", "asserted"),
        ),
        (
            "美国国务院宣布驱逐古巴驻美使馆代办和驻迈阿密副总领事。",
            ("美国国务院", "SANCTION", "古巴", "asserted"),
        ),
    ],
)
def test_an_envoy_declared_unwelcome_expels_its_country(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "这种政策在美国不受欢迎。",
        "特朗普在欧洲并不受欢迎。",
        "在我们这里,你们并不受欢迎。",
        "美国驻华大使伯恩斯已离境。",
    ],
)
def test_unwelcome_with_no_envoy_expels_nobody(text) -> None:
    assert not any(e[1] == "SANCTION" for e in events_of(text))


def test_an_unwelcome_envoy_is_not_welcomed() -> None:
    """“不受欢迎” holds 欢迎 but supports nobody."""
    found = events_of("秘鲁政府宣布智利驻秘大使馆临时代办“不受欢迎”。")
    assert not any(e[1] == "SUPPORT" for e in found)


def test_an_expelled_mission_is_its_state() -> None:
    found = events_of("加拿大驱逐委驻加大使馆临时代办。")
    assert ("加拿大", "SANCTION", "委内瑞拉", "asserted") in found
    assert not any("大使馆" in e[2] for e in found)


# Those sanctioned named as people (被制裁者还包括…, 受制裁者包括…) are the targets of the last
# sanction; a body listed with a unit of its own (X及其下属“Y”) puts both on the list; the
# Quds Force is a body of Iran's the gazetteer knows.
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "美国国务院宣布制裁伊朗石油部长。受制裁者还包括叙利亚和委内瑞拉的三家公司。",
            ("美国国务院", "SANCTION", "叙利亚", "asserted"),
        ),
        (
            "英国宣布制裁伊朗国防部长。被制裁者还包括真主党的两名财务官员。",
            ("英国", "SANCTION", "真主党", "asserted"),
        ),
        (
            "美国政府将伊斯兰革命卫队及其下属“圣城旅”列为恐怖组织。",
            ("美国", "SANCTION", "圣城旅", "asserted"),
        ),
        (
            "声明称,该官员长期协助圣城部队向胡塞武装提供武器。",
            ("圣城旅", "AID", "胡塞武装", "asserted"),
        ),
    ],
)
def test_those_sanctioned_listed_and_units_named_with_their_body(text, event) -> None:
    assert event in events_of(text)


def test_no_sanction_of_those_not_listed() -> None:
    """A list of victims is no list of the sanctioned; a firm's own units that no actor names
    add nobody; the holy city is no armed force."""
    assert not any(e[1] == "SANCTION" for e in events_of("空袭造成的死者包括两名叙利亚士兵。"))
    assert events_of("美国制裁华为及其旗下114家关联企业。") == {
        ("美国", "SANCTION", "华为", "asserted")
    }
    assert not any("圣城旅" in e for e in events_of("以色列空袭了耶路撒冷附近的圣城。"))


# A square named after a country (巴勒斯坦广场) is where a rally is held: no actor.
def test_a_square_named_after_a_country_is_no_actor() -> None:
    found = events_of("在德黑兰的巴勒斯坦广场,民众举行集会,谴责以色列的袭击。")
    assert not any(e[0] == "巴勒斯坦" for e in found)


def test_the_country_itself_still_acts() -> None:
    assert ("巴勒斯坦", "ACCUSE", "以色列", "asserted") in events_of("巴勒斯坦谴责以色列的袭击。")


# Driven out of a body (将其驱逐出联合国, 将X开除出该组织): the one put after 将 is hit; the body
# right after 出 is where it is driven from, never the target.
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "伊朗谴责以色列的空袭,同时呼吁对以色列实施武器禁运,并将其驱逐出联合国。",
            ("伊朗", "SANCTION", "以色列"),
        ),
        ("阿盟将叙利亚开除出该组织。", ("阿盟", "SANCTION", "叙利亚")),
    ],
)
def test_driven_out_of_a_body(text, event) -> None:
    found = events_of(text)
    assert any(e[:3] == event for e in found)
    assert not any(e[1] == "SANCTION" and e[2] in {"联合国", "阿盟"} for e in found)


def test_deported_still_expels() -> None:
    """驱逐出境 stays the longer trigger: the envoys' country is expelled."""
    assert ("俄罗斯", "SANCTION", "美国", "asserted") in events_of("俄罗斯驱逐出境两名美国外交官。")


# Casualties named with 身亡 as with 死亡 (以军空袭造成3名哈马斯指挥官身亡): the attacker
# kills them.
@pytest.mark.parametrize(
    "text, event",
    [
        ("以军空袭造成3名哈马斯指挥官身亡。", ("以军", "ASSAULT", "哈马斯", "asserted")),
        ("以色列无人机袭击导致两名真主党成员身亡。", ("以色列", "ASSAULT", "真主党", "asserted")),
    ],
)
def test_casualties_who_lost_their_lives(text, event) -> None:
    assert event in events_of(text)


def test_a_death_with_no_actor_is_no_attack() -> None:
    assert events_of("警方的审讯导致嫌疑人触电身亡。") == set()


# An election or a practice judged unfair or unfree (称…总统选举“不公平”“不自由”) is the
# speaker's accusation of whom it is about, as other judgements are.
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "美国国务卿发表声明,称尼加拉瓜7日举行的总统选举“不公平”“不自由”。",
            ("美国", "ACCUSE", "尼加拉瓜", "asserted"),
        ),
        ("欧盟称白俄罗斯的总统选举既不自由也不公正。", ("欧盟", "ACCUSE", "白俄罗斯", "asserted")),
    ],
)
def test_an_election_judged_unfair(text, event) -> None:
    assert event in events_of(text)


def test_unfair_to_nobody_named_accuses_nobody() -> None:
    assert events_of("他说,这对女性很不公平。") == set()


# The standard expulsion formula: envoys of one mission listed together are all its state's
# (宣布A驻委使馆代办和A驻委使馆政治处负责人为“不受欢迎的人”: the one who declares it expels A,
# neither envoy is its subject), and the order to leave that follows (要求他48小时内离境) is that
# expulsion, no request besides.
@pytest.mark.parametrize(
    "text",
    [
        "马杜罗宣布英国驻委使馆代办和英国驻委使馆政治处负责人为“不受欢迎的人”,"
        "要求两人在48小时内离开委内瑞拉。",
        "尼加拉瓜政府宣布德国驻尼大使安娜·佩雷斯为“不受欢迎的人”,要求她48小时内离境。",
        "厄瓜多尔宣布墨西哥驻厄大使罗德里格斯为“不受欢迎的人”,要求其尽快离境。",
    ],
)
def test_the_expulsion_formula_is_one_expulsion(text) -> None:
    found = events_of(text)
    assert any(e[1] == "SANCTION" for e in found)
    assert not any(e[1] == "REQUEST" for e in found)
    assert not any(e[0] == e[2] or "使馆" in e[0] for e in found)


def test_a_demand_beside_an_expulsion_stays() -> None:
    found = events_of("俄罗斯驱逐两名美国外交官,并要求美国撤回对俄制裁。")
    assert ("俄罗斯", "REQUEST", "美国", "asserted") in found
    assert ("俄罗斯", "SANCTION", "美国", "asserted") in found


# A constituent assembly is an organ of its state (委内瑞拉制宪大会), and 这一机构/这个组织 refer
# back to the last body named, as 该机构 does.
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "尼加拉瓜制宪大会上月成立,巴西、智利等国家不承认这一机构的合法性。",
            ("智利", "REJECT", "尼加拉瓜制宪大会", "asserted"),
        ),
        (
            "北约峰会在华盛顿举行。俄罗斯谴责这个组织不断东扩。",
            ("俄罗斯", "ACCUSE", "北约", "asserted"),
        ),
    ],
)
def test_this_body_refers_back(text, event) -> None:
    assert event in events_of(text)


def test_this_body_with_no_body_before_names_nobody() -> None:
    assert events_of("巴西、智利等国家不承认这一机构的合法性。") == set()


# Following another's lead (加拿大跟随美国对…实施制裁, 欧盟效仿美国…): the one followed is no
# subject, but it did the act first.
@pytest.mark.parametrize(
    "text, events",
    [
        (
            "澳大利亚9月跟随美国对马杜罗等20名委内瑞拉官员实施制裁。",
            {("澳大利亚", "SANCTION", "马杜罗"), ("美国", "SANCTION", "马杜罗")},
        ),
        (
            "欧盟效仿美国对伊朗实施制裁。",
            {("欧盟", "SANCTION", "伊朗"), ("美国", "SANCTION", "伊朗")},
        ),
    ],
)
def test_the_one_followed_acts_too(text, events) -> None:
    assert events <= {e[:3] for e in events_of(text)}


def test_no_leader_no_second_actor() -> None:
    assert {e[:3] for e in events_of("日本对俄罗斯实施制裁。")} == {("日本", "SANCTION", "俄罗斯")}


# Interference in internal affairs spelt out (干涉…国内事务, 干涉…内部事务) is the speaker's
# accusation, as 干涉…内政 is.
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "委内瑞拉外长说,德国大使克里纳持续干涉委内瑞拉国内事务。",
            ("委内瑞拉", "ACCUSE", "克里纳", "asserted"),
        ),
        ("中方说,美国干涉中国内部事务。", ("中国", "ACCUSE", "美国", "asserted")),
    ],
)
def test_interference_in_internal_affairs(text, event) -> None:
    assert event in events_of(text)


def test_a_principle_of_non_interference_accuses_nobody() -> None:
    assert events_of("中方一贯坚持不干涉别国内部事务原则。") == set()
