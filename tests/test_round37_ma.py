"""Round 37, helper ma: an actor's name inside a noun phrase whose head is no actor (a thing, a
group of people, a place) made a side of an event, against the first golds (annotated before
their annotators saw kg's output). Sentences written for the tests in the style of those pages."""

from __future__ import annotations

from sentences import events_of

# -- a country that only says whose separatists, businessmen or media are is no target ---------


def test_a_country_before_separatists_businessmen_or_media_is_no_target() -> None:
    """qb-02 会见香港分裂分子 (gold: the separatists, HK_SEP), qj-08 打压以色列媒体 (gold: the
    paper, JPOST), yo-01 与大陆台商的沟通 (gold: none): words.tsv national, as 会见日本学者."""
    found = {(s, t, o) for s, t, o, _ in events_of("美国驻港总领事会见香港分裂分子。")}
    assert not any(o == "香港" for _, _, o in found)
    found = {(s, t, o) for s, t, o, _ in events_of("中国打压以色列媒体，引发不满。")}
    assert ("中国", "SANCTION", "以色列") not in found
    found = {(s, t, o) for s, t, o, _ in events_of("海基会表示将加强与大陆台商的沟通。")}
    assert not any(o == "中国" for _, _, o in found)
    # the country itself is still the target
    assert ("中国", "SANCTION", "以色列") in {
        (s, t, o) for s, t, o, _ in events_of("中国宣布制裁以色列。")
    }


# -- a civilian ship, flight or goods does nothing, and nor does its owner ----------------------


def test_the_owner_of_a_tanker_struck_does_not_act_in_the_next_clause() -> None:
    """qd-04 (first gold): 青年運動宣稱飛彈命中以色列油輪 突襲聯合國辦公室 gave 以色列 ASSAULT
    聯合國: the tanker's owner, in the object of the first clause, was borrowed as the raider
    (words.tsv civil_thing)."""
    text = "青年运动宣称飞弹命中以色列油轮，突袭联合国办公室拘捕11人。"
    assert not any(s == "以色列" for s, _, _, _ in events_of(text))
    text = "美国货轮抵达上海后，与中方举行会谈。"
    assert not any(s == "美国" for s, _, _, _ in events_of(text))
    # an act on the thing still reaches its owner
    assert ("胡塞武装", "ASSAULT", "以色列") in {
        (s, t, o) for s, t, o, _ in events_of("胡塞武装袭击以色列油轮。")
    }


# -- an act named inside a 对-phrase of concern is objected to, not done ------------------------


def test_an_act_inside_a_phrase_of_concern_is_not_the_concerned_one_s() -> None:
    """qh-04 (first gold): 他们对朝鲜的核计划…以及加强与俄罗斯的军事合作表示严重关切 gave each of
    the three states COOPERATE Russia; the cooperation is North Korea's, whose deeds the phrase
    lists (gold PRK COOPERATE RUS)."""
    text = "美国对朝鲜的导弹计划以及加强与俄罗斯的军事合作表示严重关切。"
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    assert ("美国", "COOPERATE", "俄罗斯") not in found
    assert ("朝鲜", "COOPERATE", "俄罗斯") in found
    found = {(s, t, o) for s, t, o, _ in events_of("中方对加强与台湾的军事合作表示不满。")}
    assert ("中国", "COOPERATE", "台湾") not in found
    # an actor inside the phrase still does the act, and a stance that welcomes it is no objection
    found = {(s, t, o) for s, t, o, _ in events_of("中方对日本加强与台湾的军事合作表示不满。")}
    assert ("日本", "COOPERATE", "台湾") in found
    found = {(s, t, o) for s, t, o, _ in events_of("中方对与美国开展合作持开放态度。")}
    assert ("中国", "COOPERATE", "美国") in found


# -- concern over a place's situation blames no one ------------------------------------------


def test_concern_over_the_situation_in_a_country_blames_no_one() -> None:
    """qc-11 (first gold): 对苏丹多地尤其是…法希尔市局势持续恶化深表关切 gave 法基 ACCUSE 苏丹:
    the situation of places in a country (words.tsv strife 局势, 恶化), as 对缅甸近期暴力升级."""
    text = "非盟委员会主席法基对苏丹多地尤其是西部城市局势持续恶化深表关切。"
    assert not any(t == "ACCUSE" for _, t, _, _ in events_of(text))
    # a deed of the actor still is blamed
    found = {(s, t, o) for s, t, o, _ in events_of("欧盟对俄罗斯在边境集结军队深表关切。")}
    assert ("欧盟", "ACCUSE", "俄罗斯") in found
