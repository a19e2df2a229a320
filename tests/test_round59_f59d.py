"""Round 59 (f59d): named bodies and people of the readable sets that the gazetteer lacked,
checked on sentences written for these tests (positives and forms that must stay silent)."""

from __future__ import annotations

from sentences import events_of, roles_of


def test_panama_canal_authority_is_an_actor() -> None:
    found = events_of("巴拿马运河管理局谴责美国的关税政策。")
    assert ("巴拿马运河管理局", "ACCUSE", "美国", "asserted") in found


def test_suez_canal_authority_is_not_panama() -> None:
    found = events_of("苏伊士运河管理局谴责胡塞武装的袭击。")
    assert not any("巴拿马" in e[0] for e in found)


def test_euroclear_is_a_target() -> None:
    found = events_of("俄罗斯威胁起诉欧洲清算银行。")
    assert any(e[2] == "欧洲清算银行" for e in found)


def test_serbian_oil_company_by_its_acronym() -> None:
    found = events_of("美国财政部宣布制裁NIS。")
    assert ("美国财政部", "SANCTION", "塞尔维亚石油工业公司", "asserted") in found


def test_acronym_inside_a_word_is_no_company() -> None:
    found = events_of("美国财政部宣布制裁DENIS公司。")
    assert not any(e[2] == "塞尔维亚石油工业公司" for e in found)


def test_bangladesh_war_crimes_court() -> None:
    found = events_of("孟加拉国际战犯法庭谴责前总理哈西娜。")
    assert any(e[0] == "孟加拉国国际罪行法庭" and e[1] == "ACCUSE" for e in found)


def test_iran_law_enforcement_force_sanctioned() -> None:
    found = events_of("美国宣布制裁伊朗执法部队。")
    assert ("美国", "SANCTION", "伊朗警方", "asserted") in found


def test_ministry_of_mines_composed() -> None:
    found = events_of("尼日尔矿业部谴责法国公司。")
    assert any(e[0] == "尼日尔矿业部" and e[1] == "ACCUSE" for e in found)


def test_taiwan_renderings_of_european_ministers() -> None:
    assert ("让-诺埃尔·巴罗", "法国", "外交部长") in roles_of("法国外交部长巴侯周二抵达北京。")
    assert ("瓦德富尔", "德国", "外交部长") in roles_of("德国外交部长瓦德弗周二抵达北京。")
