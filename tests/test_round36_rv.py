"""Round 36 review (rv): bugs found in the round's merged changes, each failing before its fix.

- the words as the article writes them (Article.as_written) were lost for a name right before
  a gloss normalisation takes out (歐尼爾(Peter O'Neill)), for the states a pair's cooperation
  is given to after extraction (雙方), and for the organ a title names (國防部發言人);
- new gazetteer names that open other words (国家安全部门, 华尔兹舞, 京东方);
- new trigger rows that fire inside other words (称|许多, 交|通电|台).
"""

from __future__ import annotations

from sentences import article, events_of

from kg.actors import find_actors
from kg.articles import normalise
from kg.extract import extract_article
from kg.gazetteer import load_gazetteer


def _records(text: str) -> tuple[list[dict], list[dict]]:
    result = extract_article(article(text))
    return [e.to_json() for e in result.events], [r.to_json() for r in result.roles]


def _actors(text: str) -> list[tuple[str, str]]:
    norm, _ = normalise(text)
    found = find_actors(norm, 0, len(norm), load_gazetteer()).mentions
    return [(m.text, m.actor.key) for m in found]


def test_a_name_before_a_gloss_taken_out_keeps_the_page_s_words() -> None:
    """蕭茲(Olaf Scholz): the gloss is out of ``text``, so the span of 蕭茲 in ``body`` ran on
    to the end of the gloss, and its length told the words apart from the name's."""
    events, roles = _records("德國總理蕭茲(Olaf Scholz)批評俄羅斯。")
    (accuse,) = [e for e in events if e["event_type"] == "ACCUSE"]
    assert accuse["subject"]["mention"] == "蕭茲"
    assert roles[0]["subject"]["mention"] == "蕭茲"


def test_a_label_first_written_before_a_gloss_is_written_as_the_page_writes_it() -> None:
    _, roles = _records("主辦國巴布亞紐幾內亞總理歐尼爾(Peter O'Neill)在大門口迎接各國領袖。")
    person = roles[0]["subject"]
    assert (person["mention"], person["label"], person["canonical"]) == (
        "歐尼爾",
        "歐尼爾",
        "欧尼尔",
    )


def test_the_states_of_a_pair_s_cooperation_are_written_as_the_page_writes_them() -> None:
    """_states_of_material_pairs makes the two states' mentions after _event wrote the rest."""
    events, _ = _records(
        "紐西蘭總理拉克森會見中國外長王毅。王毅表示，中紐建交以來，雙方始終堅持相互尊重，聚焦合作。"
    )
    (cooperation,) = [e for e in events if e["event_type"] == "COOPERATE"]
    assert cooperation["subject"]["mention"] == "雙方" == cooperation["object"]["mention"]
    # the name the page writes (round 42: a state named only by 雙方 is labelled as the page
    # names it elsewhere, 紐西蘭; round 38 spelt its label 新西兰 in the page's script)
    assert {cooperation["subject"]["label"], cooperation["object"]["label"]} == {"紐西蘭", "中國"}


def test_the_organ_a_title_names_is_written_as_the_title_writes_it() -> None:
    """國防部發言人張曉剛: the post's organ has no span of its own (its words are the title's);
    its mention is the title's words, as the page writes them."""
    _, roles = _records("美國對台軍售。國防部發言人張曉剛表示反對。")
    (role,) = [r for r in roles if r["subject"]["canonical"] == "张晓刚"]
    assert role["object"]["mention"] == "國防部"
    _, simplified = _records("美国对台军售。国防部发言人张晓刚表示反对。")
    assert simplified[0]["object"]["mention"] == "国防部"
    assert "canonical" not in simplified[0]["object"]


def test_the_security_services_of_a_state_are_no_ministry_of_state_security() -> None:
    """国家安全部 (China's MSS, a name of this round) opens 国家安全部门 and 国家安全部队."""
    assert _actors("美国国家安全部门对此表示担忧。") == [("美国", "USA")]
    assert ("国家安全部", "CHN_MSS") not in _actors("巴勒斯坦国家安全部队与以军交火。")
    assert _actors("国家安全部发布消息称。") == [("国家安全部", "CHN_MSS")]


def test_a_dance_and_another_company_are_no_actors() -> None:
    assert _actors("他提倡在中学跳华尔兹舞。") == []  # the waltz, not Mike Waltz
    assert _actors("京东方公司宣布扩产。") == []  # BOE, not JD.com
    assert _actors("京东宣布扩产。") == [("京东", "JD")]


def test_said_of_many_is_no_praise() -> None:
    """称|许多: 称许 (praises, a row of this round) inside 称 + 许多."""
    assert not events_of("泽连斯基称许多俄罗斯士兵已经投降。")
    assert ("美国", "SUPPORT", "日本", "asserted") in events_of("美国称许日本的努力。")


def test_traffic_radio_is_no_phone_call() -> None:
    """交|通电|台: 通电 (phones, a row of this round) inside 交通电台 and 交通电网."""
    found = events_of("中国与俄罗斯交通电台合作。")
    assert ("中国", "COOPERATE", "俄罗斯", "asserted") in found
    assert not any(t == "CONSULT" for _, t, _, _ in found)
    assert ("习近平", "CONSULT", "特朗普", "asserted") in events_of("习近平与川普通电话。")


def test_a_country_s_economic_sectors_are_no_ministry_of_economy() -> None:
    """经济部 (Taiwan's MOEA) is a suffix of institutions.tsv since this round: 俄罗斯经济部门
    is Russia's economy (words.tsv sector, as 能源部门), not its ministry."""
    assert ("美国", "SANCTION", "俄罗斯", "asserted") in events_of("美国宣布制裁俄罗斯经济部门。")
    assert _actors("台湾经济部表示。") == [("台湾经济部", "TWN_ECONOMY")]


def test_the_head_of_a_transliterated_name_is_no_family_name() -> None:
    """克林拜尔 (Klingbeil, a row of this round): the first two characters of a four- or
    five-character label were learned as a family name, as for Japanese names (茂木敏充), so
    克林顿 later in the article was Klingbeil."""
    found = events_of("德国副总理克林拜尔访问中国。克林顿批评特朗普。")
    assert not any(s == "克林拜尔" and t == "ACCUSE" for s, t, _, _ in found)
    japanese = events_of("日本外务大臣茂木敏充发表讲话。茂木批评中国。")
    assert ("茂木敏充", "ACCUSE", "中国", "asserted") in japanese


def test_another_country_s_audit_board_is_not_taiwan_s_control_yuan() -> None:
    """监察院 is a bare alias of Taiwan's Control Yuan (a row of this round): after 韩国 it is
    South Korea's Board of Audit and Inspection (institutions.tsv), not Taiwan's body."""
    assert _actors("韩国监察院表示将调查。") == [("韩国监察院", "KOR_CONTROL_YUAN")]
    assert _actors("台湾监察院表示。") == [("台湾监察院", "TWN_CONTROL_YUAN")]
    found = events_of("韩国监察院批评韩国国防部。")
    assert not any(s == "台湾监察院" for s, _, _, _ in found)


def test_ukraine_s_intelligence_directorate_is_one_actor_by_every_name() -> None:
    """乌克兰情报总局 is UKR_HUR (a row of this round); 乌情报总局 was composed as UKR_GIS, so one
    article could name the body by two keys."""
    assert _actors("乌情报总局表示。") == [("乌情报总局", "UKR_HUR")]
    assert _actors("乌克兰情报总局表示。") == [("乌克兰情报总局", "UKR_HUR")]
