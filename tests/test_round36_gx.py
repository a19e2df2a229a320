"""Round 36, helper gx: the people of 2023–2026 news in every script and transliteration.

An event is found only when both its actors are. These sentences, written for the test, name
people people.tsv did not know before this round, or knew only by their mainland form: a
Taiwan or Hong Kong transliteration, a page in traditional script, a 2025 official. A person
the gazetteer does not know is found only after a title, under the form the page wrote; a
name it cannot read may even be taken apart into country short forms (加巴德 → 加, 巴, 德).
"""

from __future__ import annotations

from sentences import article, events_of, roles_of

from kg.extract import extract_article


def _keys(text: str) -> set[tuple[str, str, str]]:
    """(subject key, type, object key) of every event the sentence gives."""
    found = extract_article(article(text, date="2025-05-10")).events
    return {(e.subject.actor.key, e.event_type, e.object.actor.key) for e in found}


# -- Taiwan transliterations of 2025 US officials (魏科夫, 海格塞斯, 葛里爾, 華爾茲)


def test_taiwan_form_of_witkoff_is_the_envoy() -> None:
    found = events_of("魏科夫週二在莫斯科會見普丁。", date="2025-04-10")
    assert ("威特科夫", "CONSULT", "普京", "asserted") in found


def test_taiwan_form_of_hegseth_is_the_defence_secretary() -> None:
    found = _keys("海格塞斯批評中國在南海的挑釁行為。")
    assert any(s == "HEGSETH" and o == "CHN" for s, _, o in found)


def test_taiwan_form_of_greer_meets_he_lifeng() -> None:
    found = events_of("葛里爾與何立峰在日內瓦舉行會談。")
    assert ("格里尔", "CONSULT", "何立峰", "asserted") in found


def test_taiwan_form_of_waltz_meets_netanyahu() -> None:
    found = _keys("華爾茲會見以色列總理納坦雅胡。")
    assert ("MIKE_WALTZ", "CONSULT", "NETANYAHU") in found


# -- a Hong Kong form (雲斯 for Vance) and Taiwan forms of leaders abroad, in traditional script


def test_hong_kong_form_of_vance() -> None:
    found = _keys("雲斯抵達格陵蘭，批評丹麥。")
    assert any(s == "VANCE" and o == "DNK" for s, _, o in found)


def test_taiwan_form_of_sheinbaum_on_a_traditional_page() -> None:
    found = _keys("薛恩鮑姆譴責美國的關稅措施。")
    assert any(s == "SHEINBAUM" and o == "USA" for s, _, o in found)


def test_taiwan_forms_of_sharaa_and_ben_gvir() -> None:
    assert ("SHARAA", "CONSULT", "ERDOGAN") in _keys("夏拉會見艾爾段。")
    assert any(s == "BEN_GVIR" and o == "HAMAS" for s, _, o in _keys("班格維爾譴責哈瑪斯。"))


# -- officials of 2025 the gazetteer did not know (no title before them)


def test_noem_meets_bukele() -> None:
    found = events_of("诺姆与布克尔在圣萨尔瓦多举行会谈。")
    assert ("诺姆", "CONSULT", "布克尔", "asserted") in found


def test_lan_foan_meets_bessent() -> None:
    found = events_of("蓝佛安会见贝森特。")
    assert ("蓝佛安", "CONSULT", "贝森特", "asserted") in found


def test_an_unknown_name_is_no_longer_read_as_country_short_forms() -> None:
    """加巴德 read letter by letter was 加(拿大), 巴(基斯坦), 德(国); 巴加埃伊 likewise."""
    found = _keys("加巴德指责伊朗违反核协议。")
    assert {s for s, _, o in found if o == "IRN"} == {"GABBARD"}
    found = _keys("巴加埃伊谴责美国对伊朗的制裁。")
    assert {s for s, _, o in found if o == "USA"} == {"BAGHAEI"}


def test_an_envoy_of_iran_and_an_official_of_north_korea() -> None:
    found = _keys("伊拉瓦尼致信安理会，谴责以色列。")
    assert any(s == "IRAVANI" and o == "ISR" for s, _, o in found)
    found = _keys("朴正天谴责美韩联合军演。")
    assert any(s == "PAK_JONGCHON" and o == "USA" for s, _, o in found)


def test_taiwan_form_of_sinwar_on_a_traditional_page() -> None:
    found = _keys("以色列軍方證實擊斃哈瑪斯領袖辛瓦。")
    assert ("ISR_MILITARY", "ASSAULT", "SINWAR") in found


# -- spokespeople and party leaders of 2024–2026 the gazetteer did not know


def test_a_theatre_spokesman_and_a_party_leader_abroad() -> None:
    assert any(s == "SHI_YI" and o == "TWN" for s, _, o in _keys("施毅谴责台湾当局的挑衅。"))
    assert any(s == "WEIDEL" and o == "MERZ" for s, _, o in _keys("魏德尔批评默茨的移民政策。"))


# -- posts of 2025 titles.tsv did not have (国家情报总监, 众议院少数党领袖)


def test_the_director_of_national_intelligence_holds_a_post() -> None:
    text = "美国国家情报总监图尔西·加巴德指责伊朗。"
    assert ("加巴德", "美国", "国家情报总监") in roles_of(text)
    assert ("加巴德", "ACCUSE", "伊朗", "asserted") in events_of(text)


def test_the_house_minority_leader_criticises() -> None:
    found = events_of("美国众议院少数党领袖杰弗里斯批评特朗普。")
    assert ("杰弗里斯", "ACCUSE", "特朗普", "asserted") in found
