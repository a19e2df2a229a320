"""Round 41, helper gf: actor forms that cost events, found in the readable outsider golds and
counted in real text (Terminus, ir, the readable dev articles). Sentences written for the
tests."""

from __future__ import annotations

from kg.actors import ArticleMemory, find_actors
from kg.articles import normalise
from kg.gazetteer import load_gazetteer
from tests.data.sentences import events_of


def _mentions(text: str) -> list[tuple[str, str]]:
    norm, _ = normalise(text)
    found = find_actors(norm, 0, len(norm), load_gazetteer(), memory=ArticleMemory())
    return [(m.text, m.actor.label) for m in found.mentions]


# -- a monarch's regnal number is part of the name (费利佩六世, not 费利佩) -----------------------


def test_regnal_number_stays_in_the_name() -> None:
    events = events_of("应国家主席习近平邀请，瑞典国王卡尔十六世将于下月对中国进行国事访问。")
    assert ("习近平", "REQUEST", "卡尔十六世", "asserted") in events
    assert ("卡尔十六世", "CONSULT", "中国", "intended") in events
    assert ("查尔斯三世", "查尔斯三世") in _mentions("英国国王查尔斯三世发表讲话。")
    # (世 after no person is left alone)
    assert not any("世" in m for m, _ in _mentions("二十一世纪以来，美国对华政策多次调整。"))


# -- 以…为首 and 以…为契机: 以 is the preposition, and the frame's 为 ends no name ------------


def test_yi_heads_frame_names_no_israel() -> None:
    found = _mentions("以英法为首的盟国正组成军事联盟。")
    assert ("以", "以色列") not in found
    assert ("英", "英国") in found and ("法", "法国") in found
    # 巴以, 美以 stay the pairs they are
    assert ("以", "以色列") in _mentions("安华要求以美停止针对伊朗的敌对行为。")


def test_visit_before_frame_is_no_huawei() -> None:
    events = events_of("中方将以习近平主席访华为契机，深化两国合作。")
    assert not any("华为" in (s, o) for s, _, o, _ in events)
    assert ("华为", "华为") in _mentions("美国商务部以华为为例说明出口管制。")


# -- one-letter short forms listed with 、 before a count of the sides ----------------------


def test_listed_one_letter_forms_before_count_of_sides() -> None:
    events = events_of("特朗普指责墨、加两国纵容非法移民。")
    assert ("特朗普", "ACCUSE", "墨西哥", "asserted") in events
    assert ("特朗普", "ACCUSE", "加拿大", "asserted") in events
    events = events_of("中方愿同塔、吉两国加强合作。")
    assert ("中国", "COOPERATE", "塔吉克斯坦", "intended") in events
    assert ("中国", "COOPERATE", "吉尔吉斯斯坦", "intended") in events
    # (alone, or listed before no count of the sides, the letters name nothing)
    assert _mentions("他买了墨、纸等物品。") == []
    assert _mentions("甲、乙双方事先约定。") == []
    assert not any(label == "老挝" for _, label in _mentions("老人向记者介绍了情况。"))


# -- 外交通商部: South Korea's foreign ministry under its former name, no trade ---------------


def test_korea_foreign_ministry_old_name() -> None:
    events = events_of("韩国外交通商部长官会见了美国国务卿。")
    assert ("韩国外交部", "CONSULT", "美国", "asserted") in events
    assert not any(t == "COOPERATE" for _, t, _, _ in events)


# -- a country's 马国 that opens a three-letter person's name (市委书记马国强) ------------------


def test_country_name_opening_a_person_name() -> None:
    found = _mentions("武汉市委书记马国强接受央视采访。")
    assert ("马国强", "马国强") in found
    assert not any(label == "马来西亚" for _, label in found)
    assert ("马国政府", "马来西亚") in _mentions("马国政府表示欢迎。")


# -- 中 closing a phrase of place before a pause or 的 (在多边机制中的, 三篇回应中，) ---------


def test_locative_zhong_after_licensing_word_is_no_china() -> None:
    assert _mentions("双方加强在多边机制中的沟通协作。") == []
    assert _mentions("在不多的三篇回应中，当地晚报质疑政府。") == []
    # a visit letter alone still names China: 延后访|中
    assert ("中", "中国") in _mentions("由于鲁拉延后访中，两国高层交往推迟。")
