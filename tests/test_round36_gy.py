"""Round 36, helper gy: organisations of 2023–2026 news, in every script (gazetteer data only).

An event is found only when both its actors are: the agencies that list and sanction, the firms
they list, Taiwan's and Hong Kong's own bodies, foreign bodies under their Taiwan names and the
armed groups of current wars are now rows or aliases of ontology/gazetteer/organizations.tsv
(and suffixes of institutions.tsv). Sentences written for the test; each fails on 8c46139.
"""

from __future__ import annotations

from sentences import events_of

from kg.actors import find_actors
from kg.gazetteer import load_gazetteer


def _keys(text: str) -> list[str]:
    """The keys of the actors found in ``text``, in order."""
    found = find_actors(text, 0, len(text), load_gazetteer())
    return [m.actor.key for m in found.mentions]


# -- an agency that lists, under its Taiwan name (產業安全局) and its mainland one


def test_the_bureau_of_industry_and_security_under_its_taiwan_name_lists_a_firm() -> None:
    found = events_of("美國商務部產業安全局周二宣布，將長鑫存儲等12家中國企業列入實體清單。")
    assert ("美国商务部工业与安全局", "SANCTION", "长鑫存储", "asserted") in found


def test_ofac_named_as_the_office_of_foreign_assets_control_sanctions() -> None:
    found = events_of("美国财政部外国资产控制办公室宣布制裁伊朗石油网络。")
    assert ("海外资产控制办公室", "SANCTION", "伊朗", "asserted") in found


# -- a firm China lists (出口管制管控名单, 不可靠实体清单)


def test_a_listed_american_drone_maker_is_the_target() -> None:
    found = events_of("中国商务部决定将斯凯迪奥等10家美国企业列入出口管制管控名单。")
    assert ("中国商务部", "SANCTION", "斯凯迪奥", "asserted") in found


# -- Taiwan's and Hong Kong's own bodies, named bare as their own press names them


def test_taiwans_national_security_bureau_accuses() -> None:
    found = events_of("國安局譴責中共對台灣發動認知作戰。")
    assert ("台湾国家安全局", "ACCUSE", "中国共产党", "asserted") in found


def test_hong_kongs_department_of_justice_prosecutes() -> None:
    found = events_of("律政司起訴黎智英勾結外國勢力。")
    assert ("香港律政司", "COERCE", "黎智英", "asserted") in found


def test_hong_kongs_national_security_committee_accuses() -> None:
    found = events_of("香港国安委谴责美国干预香港事务。")
    assert ("香港维护国家安全委员会", "ACCUSE", "美国", "asserted") in found


# -- foreign bodies under their Taiwan names (美國在台協會, 東南亞國協)


def test_the_american_institute_in_taiwan_acts_not_only_the_us() -> None:
    found = events_of("美國在台協會表示支持台灣參與國際組織。")
    assert ("美国在台协会", "SUPPORT", "台湾", "asserted") in found


def test_asean_under_its_taiwan_name_accuses() -> None:
    found = events_of("東南亞國協外長會議譴責緬甸軍政府。")
    assert ("东盟", "ACCUSE", "缅甸", "asserted") in found


# -- armed groups of current wars


def test_islamic_state_west_africa_province_is_its_own_group() -> None:
    found = events_of("伊斯兰国西非省袭击了尼日利亚军队。")
    assert ("伊斯兰国西非省", "ASSAULT", "尼日利亚军队", "asserted") in found


def test_yemens_southern_transitional_council_attacks() -> None:
    found = events_of("南方过渡委员会武装袭击了也门政府军。")
    assert ("南方过渡委员会", "ASSAULT", "也门军队", "asserted") in found


# -- suffixes that compose an organ for each country, and a look-alike kept apart


def test_a_legislative_council_and_a_public_security_ministry_compose_with_their_place() -> None:
    assert _keys("澳门立法会通过法案。") == ["MAC_LEGISLATURE"]
    assert _keys("越南公安部逮捕了多人。") == ["VNM_PUBLIC_SECURITY"]
    assert _keys("澳大利亚外交贸易部发表声明。") == ["AUS_MFA"]


def test_china_newsweek_is_an_outlet_not_china() -> None:
    assert _keys("据《中国新闻周刊》报道。") == ["CHINA_NEWSWEEK"]
