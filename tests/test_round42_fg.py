"""Round 42, helper fg: actors read with the wrong boundaries or as the wrong actor, which no
reading of the guidelines supports. Sentences written for the tests."""

from __future__ import annotations

from kg.actors import find_actors
from kg.articles import normalise
from kg.gazetteer import load_gazetteer
from tests.data.sentences import events_of, roles_of


def _mentions(text: str) -> set[tuple[str, str]]:
    norm, _ = normalise(text)
    found = find_actors(norm, 0, len(norm), load_gazetteer())
    return {(m.text, m.actor.type) for m in found.mentions}


# -- a verb jieba tags as a name is no name after a title (sw-02) ------------------------------


def test_accession_after_a_title_is_no_name() -> None:
    """国王|登基以来: jieba tags 登基 as a transliterated name; it is the king's accession."""
    found = _mentions("荷兰国王登基以来首次对日本进行国事访问。")
    assert not any(text == "登基" for text, _ in found)
    found = _mentions("俄罗斯总统前不久访问了印度。")  # (a time word, no name)
    assert not any(text == "前不久" for text, _ in found)


# -- a given name's first letter jieba cuts off is part of it (va-11) --------------------------


def test_split_first_letter_of_a_dotted_name() -> None:
    """第一夫人梅|拉尼娅·特朗普: jieba tags 梅 as a family name and 拉尼 as a transliteration;
    the name is 梅拉尼娅·特朗普, not 拉尼娅·特朗普."""
    found = _mentions("美国前第一夫人梅拉尼娅·特朗普近日表示支持这项计划。")
    assert ("梅拉尼娅·特朗普", "Person") in found
    assert ("拉尼娅·特朗普", "Person") not in found
    found = _mentions("谈判实务人员凯文·麦卡锡表示反对。")  # (人员 is no letter of the name)
    assert any(text == "凯文·麦卡锡" for text, _ in found)


# -- an adverb or a preposition after a two-letter name is no letter of it (vd-08, pc-05) -------


def test_name_after_title_stops_before_an_adverb_of_yi() -> None:
    """首相安华|一致同意: 一致 opens the predicate, the name is 安华, not 安华一."""
    found = _mentions("柬埔寨首相洪玛奈与马来西亚首相安华一致同意加强合作。")
    assert ("安华", "Person") in found
    assert ("安华一", "Person") not in found
    found = _mentions("马来西亚总理安华针对缅甸局势发表看法。")
    assert ("安华", "Person") in found
    assert ("安华针", "Person") not in found


def test_chinese_names_keep_their_third_letter() -> None:
    """蔡建华|对媒体, 刘坤一|上奏: jieba's 华对 is no dictionary word and 一上 no adverb; the
    three letters are the name."""
    found = _mentions("培训交流中心主任蔡建华对媒体表示欢迎。")
    assert ("蔡建华", "Person") in found
    found = _mentions("两江总督刘坤一上奏称反对。")
    assert ("刘坤一", "Person") in found


# -- a trip to a country is no person (ua-07) --------------------------------------------------


def test_trip_to_korea_is_no_person() -> None:
    """访|韩之旅: jieba tags 韩之旅 as a person; 韩 names Korea."""
    found = _mentions("如果日本首相访韩之行成行,这将是首次访问。")
    assert not any(text == "韩之行" for text, _ in found)


# -- a body named after its country is the actor, not the country (qk-11, ub-08) ---------------


def test_body_named_after_country_acts() -> None:
    """美国|通讯委员会: the commission, an organisation the gazetteer does not know, not the
    United States; 欧盟中国商会: the chamber, neither the EU nor China."""
    events = events_of("中兴通讯状告美国通讯委员会。")
    assert not any(o == "美国" for _, _, o, _ in events)
    found = _mentions("欧盟中国商会发表声明,批评欧盟的关税措施。")
    assert ("欧盟中国商会", "Organization") in found
    assert ("中国", "Country") not in found
    roles = roles_of("英国公路运输协会负责人史密斯表示反对。")
    assert ("史密斯", "英国公路运输协会", "负责人") in roles or any(
        org == "英国公路运输协会" for _, org, _ in roles
    )


def test_country_that_acts_before_a_body_stays() -> None:
    """叙利亚|组建多个联合委员会, 伊方|通过联合军事委员会, 苏丹|问题高级别委员会, a law's title:
    the country acts, or the body is about it, or it names a law; the country stays."""
    assert ("叙利亚", "Country") in _mentions("约旦将与叙利亚组建多个联合委员会。")
    assert ("伊方", "Country") in _mentions("美方对伊方通过联合高级军事委员会开展对话表示欢迎。")
    assert ("苏丹", "Country") in _mentions("非盟将通过苏丹问题高级别委员会推动停火。")
    assert ("美国", "Country") in _mentions("美国设立委员会调查此事。")
    found = _mentions("根据《中华人民共和国工会法》,员工可以组建工会。")
    assert ("中华人民共和国", "Country") in found
