"""Round 39, helper sa: gold actors kg did not find or resolved to another entity, against the
first golds (annotated before anyone ran kg). Sentences written for the tests."""

from __future__ import annotations

from tests.data.sentences import events_of

# -- 1. a compound of short forms before 领导人 names the countries (md, oc, na) -------------


def test_compound_before_leader_names_countries() -> None:
    """韩美领导人 (md-05), 中日韩领导人会议 (oc-07): with the US or Korean leader named earlier,
    the last short form of the compound was read as that leader and the pair was lost."""
    assert ("韩国", "CONSULT", "美国", "asserted") in events_of(
        "美国总统特朗普周三抵达首尔。昨天韩美领导人在会谈中讨论了核潜艇问题。"
    )
    assert ("日本", "CONSULT", "韩国", "asserted") in events_of(
        "韩国总统李在明周日抵达北京。时任总统文在寅曾前往成都出席中日韩领导人会议。"
    )


# -- 2. firms named by a Latin gloss (oa: six firms on a list; oc, yd write glossed firms too) -


def test_firms_glossed_in_latin_are_actors() -> None:
    """将赛博勒克斯公司（Cyberlux Corporation）、边缘自治运营公司（…）列入清单 (oa-03): a name
    ending in 公司 with a Latin gloss after it is a firm the gazetteer lacks; a Latin name
    with a space (Group W公司) and a gloss with no space after its comma (Shield AI,Inc.)
    too."""
    events = events_of(
        "中国商务部决定将护盾人工智能公司（Shield AI,Inc.）、赛博勒克斯公司（Cyberlux "
        "Corporation）、Group W公司（Group W）和哈德森技术公司（Hudson Technologies Co.）"
        "等4家实体列入不可靠实体清单。"
    )
    for firm in ("盾牌人工智能", "赛博勒克斯公司", "Group W公司", "哈德森技术公司"):
        assert ("中国商务部", "SANCTION", firm, "asserted") in events


def test_a_firm_after_a_ministry_is_no_unit_of_it() -> None:
    """商务部决定对…公司: the 司 of 公司 ended a 'unit' of the ministry, whose mention then
    swallowed the verb and the firm (中国商务部决定对边缘自治运营公司)."""
    assert ("中国商务部", "SANCTION", "边缘自治运营公司", "asserted") in events_of(
        "中国商务部决定对边缘自治运营公司（Edge Autonomy Operations LLC）实施制裁。"
    )


# -- 3. named bodies kg lacked (oa: 奔驰集团, 欧洲汽车工业协会; oc: 美国联邦参众两院) ----------


def test_both_houses_name_the_congress() -> None:
    """美國聯邦參眾兩院 (oc-10): the two houses as one are the country's congress."""
    assert ("台湾", "SUPPORT", "美国国会", "asserted") in events_of(
        "台湾感谢美国联邦参众两院提出友台法案。"
    )


def test_mercedes_and_the_carmakers_association_are_actors() -> None:
    """奔驰集团, 欧洲汽车工业协会 (oa-02)."""
    assert ("中国", "SUPPORT", "梅赛德斯-奔驰集团", "asserted") in events_of(
        "中方欢迎包括奔驰集团在内的欧洲车企扩大对华投资。"
    )
    assert any(
        e[0] == "欧洲汽车工业协会" for e in events_of("欧洲汽车工业协会批评欧盟对华加征关税。")
    )


def test_a_glossed_firm_name_begins_after_the_words_before_it() -> None:
    """接受美国国家广播公司(NBC)采访, 企业包括诺斯洛普格拉曼公司(Northrop Grumman): the verb, the
    list opener and the country before the name are not part of it; 以及 ends the list's last
    item before the next."""
    events = events_of(
        "美国国务院宣布制裁扁平地球管理公司（Planate Management Group）以及全球维度公司"
        "（Global Dimensions）。"
    )
    assert ("美国国务院", "SANCTION", "全球维度公司", "asserted") in events
    assert not any("以及" in e[2] for e in events)
