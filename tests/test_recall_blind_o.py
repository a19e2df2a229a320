"""Recall and precision on a blind round of Asia-Pacific news (the Korean peninsula, Japan, the
South China Sea, India and Pakistan, ASEAN, cross-strait relations): headlines in two halves,
occasions taken for a meeting, coast guards, water cannon and counter-accusations.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import article, events_of

from kg.articles import normalise
from kg.extract import extract_article


def _triples(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


# -- a headline's halves, divided by one space, are two clauses ----------------------------------

HEADLINES_IN_TWO_HALVES = [
    (
        "越南渔船遭中国海警驱离 越南总理下令加强巡逻\n正文。",
        "越南渔船遭中国海警驱离,越南总理下令加强巡逻\n正文。",
    ),
    ("日韩首脑会谈 岸田称将加强合作\n正文。", "日韩首脑会谈,岸田称将加强合作\n正文。"),
    # a topic set before the rest is no half of its own
    ("中美 第二轮经贸会谈在伦敦举行\n正文。", "中美第二轮经贸会谈在伦敦举行\n正文。"),
    ("朝鲜 再次发射弹道导弹 日本 强烈抗议\n正文。", "朝鲜再次发射弹道导弹,日本强烈抗议\n正文。"),
    # a first line that is a sentence keeps its single spaces as typos
    ("朝美谈 判取得进展。\n正文。", "朝美谈判取得进展。\n正文。"),
    # a body of one line has no headline
    ("美國 對朝鮮實施制裁", "美国对朝鲜实施制裁"),
]


@pytest.mark.parametrize(("body", "expected"), HEADLINES_IN_TWO_HALVES)
def test_a_single_space_divides_the_halves_of_a_headline(body, expected) -> None:
    assert normalise(body)[0] == expected


HEADLINE_HALVES = [
    # the second half's actor is no target of the first's act
    ("菲渔船遭中国海警驱离 小马科斯下令加强护渔\n正文。", None),
    ("越渔船遭中国喷射水柱 越南总理范明政下令护渔\n正文。", None),
    # a second half with no subject goes on with the first's
    ("韩国抗议者在日本使馆前集会 谴责日本核污水排海\n正文。", ("韩国抗议者", "ACCUSE", "日本")),
]


@pytest.mark.parametrize(("body", "expected"), HEADLINE_HALVES)
def test_the_halves_of_a_headline_are_clauses(body, expected) -> None:
    found = _triples(body)
    assert not any(o in {"小马科斯", "范明政"} for _, _, o in found)
    if expected is not None:
        assert expected in found


# -- 借/利用…之机: the occasion taken for an act does not do it ------------------------------------

OCCASIONS_TAKEN = [
    (
        "菲律宾总统借东盟峰会之机,与越南总理举行双边会谈。",
        ("菲律宾", "CONSULT", "越南"),
    ),
    (
        "印度总理莫迪利用上合组织峰会在阿斯塔纳举行之机,同巴基斯坦总理会晤。",
        ("莫迪", "CONSULT", "巴基斯坦"),
    ),
    (
        "韩国外长借二十国集团外长会之机,与日本外相举行会谈。",
        ("韩国", "CONSULT", "日本"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), OCCASIONS_TAKEN)
def test_an_occasion_taken_for_a_meeting_does_not_meet(text, expected) -> None:
    found = _triples(text)
    assert expected in found
    assert not any(s in {"东南亚国家联盟", "上海合作组织", "二十国集团"} for s, _, _ in found)


# -- coast guards named the Taiwan way (海岸防卫队, 海防队, 海巡署) are organs of their country ----

COAST_GUARDS = [
    ("菲律宾海岸防卫队指控中国海警船以水炮攻击菲方补给船。", ("菲律宾海警", "ACCUSE", "中国海警")),
    ("菲国海防队谴责越南渔船非法捕捞。", ("菲律宾海警", "ACCUSE", "越南")),
    ("台湾海巡署指控中国海警船闯入金门限制水域。", ("台湾海警", "ACCUSE", "中国海警")),
]


@pytest.mark.parametrize(("text", "expected"), COAST_GUARDS)
def test_a_coast_guard_named_the_taiwan_way_is_an_organ(text, expected) -> None:
    assert expected in _triples(text)


# -- a counter-accusation (反控, 反指) accuses --------------------------------------------------

COUNTER_ACCUSATIONS = [
    ("越南外交部反指中方船只先冲撞越南渔船。", ("越南外交部", "ACCUSE", "中国")),
    ("菲律宾海岸防卫队反控中国海警船蓄意冲撞。", ("菲律宾海警", "ACCUSE", "中国海警")),
    ("巴基斯坦军方反控印度无端挑衅。", ("巴基斯坦军队", "ACCUSE", "印度")),
]


@pytest.mark.parametrize(("text", "expected"), COUNTER_ACCUSATIONS)
def test_a_counter_accusation_accuses(text, expected) -> None:
    assert expected in _triples(text)


# -- a representation with no target named answers the counterpart in focus -------------------

REPRESENTATIONS = [
    (
        "中国海警船向菲律宾渔船发射水炮。菲律宾国家海事委员会今天表示已提出外交交涉。",
        # (round 42: the council, a body named after its country, acts, not 菲律宾; an
        # organisation answers the organisation in focus, as 中国外交部 below)
        ("菲律宾国家海事委员会", "PROTEST", "中国海警"),
    ),
    (
        "日本海上保安厅扣押了中国渔船。中国外交部当天提出交涉。",
        ("中国外交部", "PROTEST", "日本海上保安厅"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), REPRESENTATIONS)
def test_a_representation_answers_the_counterpart_in_focus(text, expected) -> None:
    assert expected in _triples(text)


def test_a_representation_after_nothing_done_answers_nobody() -> None:
    assert _triples("经过外交交涉，各方同意继续对话。") == set()


# -- names and titles: 甘羽称, 防卫副大臣, 总统府新闻官 ------------------------------------------

TITLED_NAMES = [
    ("中国海警局发言人甘羽称,菲律宾船只蓄意冲撞中国海警船。", ("甘羽", "中国海警")),
    ("越南外交部发言人阮芳说:越方坚决反对。", ("阮芳", "越南外交部")),
    ("日本防卫副大臣铃木一郎说,朝鲜导弹威胁日本安全。", ("铃木一郎", "日本")),
    ("菲律宾总统府新闻官罗德里戈表示,菲方将加强巡逻。", ("罗德里戈", "菲律宾总统府")),
]


@pytest.mark.parametrize(("text", "expected"), TITLED_NAMES)
def test_a_name_after_a_title_ends_before_the_statement(text, expected) -> None:
    result = extract_article(article(text, "2024-05-10"))
    roles = {(r.person.actor.label, r.org.actor.label) for r in result.roles}
    assert expected in roles


# -- a country's civic groups are a group of it, not the country -------------------------------

CIVIC_GROUPS = [
    ("日本市民团体在首相官邸前集会,抗议美军基地扩建。", ("日本市民团体", "PROTEST", "美军")),
    ("韩国民间团体谴责日本篡改历史教科书。", ("韩国市民团体", "ACCUSE", "日本")),
]


@pytest.mark.parametrize(("text", "expected"), CIVIC_GROUPS)
def test_civic_groups_of_a_country_act_as_a_group(text, expected) -> None:
    found = _triples(text)
    assert expected in found
    assert not any(s in {"日本", "韩国"} for s, _, _ in found)


# -- 来自X釜山、…等地的, 来自X各地的: where people come from does not act --------------------------

ORIGINS = [
    "来自菲律宾马尼拉、宿务等地的渔民团体在使馆前抗议中国海警的行为。",
    "来自日本各地的示威民众谴责政府的决定。",
]


@pytest.mark.parametrize("text", ORIGINS)
def test_a_country_people_come_from_does_not_act(text) -> None:
    assert not any(s in {"菲律宾", "日本"} for s, _, _ in _triples(text))


def test_opinion_against_an_act_is_no_act_of_its_holder() -> None:
    # 反对舆论, 反对浪潮: others' opposition the subject faces, not its own criticism
    found = _triples("日本市民团体举行集会。日本政府试图压制周边国家高涨的反对舆论。")
    assert not any(s == "日本" and t == "ACCUSE" for s, t, _ in found)


# -- 答:我们…: the first person of an answer is who answers the press conference's questions -------

ANSWERS_IN_THE_FIRST_PERSON = [
    (
        "国防部新闻发言人张晓刚就近期涉军问题回答记者提问。\n"
        "问:据报道,日本与菲律宾在南海举行联合巡航。对此有何评论?\n"
        "答:我们注意到有关报道。我们坚决反对日方插手南海问题。",
        ("张晓刚", "ACCUSE", "日本"),
    ),
    (
        "外交部发言人主持例行记者会。\n"
        "问:韩国宣布将部署新的反导系统。中方对此有何回应?\n"
        "答:我们坚决反对韩方部署该系统。",
        ("中国", "ACCUSE", "韩国"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ANSWERS_IN_THE_FIRST_PERSON)
def test_we_in_an_answer_is_who_answers(text, expected) -> None:
    assert expected in _triples(text)


# -- the short name of an army (印军) is an actor wherever it stands -----------------------------

ARMIES_BY_SHORT_NAME = [
    ("巴基斯坦空军称已击落3架印军战机。", ("巴基斯坦空军", "ASSAULT", "印军")),
    ("美国国防部称,巴军击落了两架印军无人机。", ("巴基斯坦军队", "ASSAULT", "印军")),
]


@pytest.mark.parametrize(("text", "expected"), ARMIES_BY_SHORT_NAME)
def test_an_army_by_its_short_name_is_an_actor(text, expected) -> None:
    assert expected in _triples(text)


# -- 印度在没有调查的情况下不应…: a frame of circumstance between the one asked and 不应 ----------

FRAMES_BEFORE_OUGHT = [
    (
        "巴基斯坦外交部说,印度在没有调查的情况下不应对巴基斯坦进行指责。",
        ("巴基斯坦外交部", "REQUEST", "印度", "asserted"),
    ),
    (
        "越南外交部表示,中方在没有证据的情况下不应该扣押越南渔民。",
        ("越南外交部", "REQUEST", "中国", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRAMES_BEFORE_OUGHT)
def test_a_frame_of_circumstance_before_ought_not(text, expected) -> None:
    assert expected in events_of(text)


# -- 对X在Y举行军演表示反对: X's act inside the 对-phrase, where it acts between -------------------

ACTS_PLACED_INSIDE_A_TO_PHRASE = [
    ("越南外交部对中国在西沙群岛举行军演表示强烈反对。", ("越南外交部", "ACCUSE", "中国")),
    ("菲律宾对中国在黄岩岛附近举行实弹演习表示抗议。", ("菲律宾", "PROTEST", "中国")),
]


@pytest.mark.parametrize(("text", "expected"), ACTS_PLACED_INSIDE_A_TO_PHRASE)
def test_an_act_placed_inside_a_to_phrase_is_not_the_speaker_s(text, expected) -> None:
    found = _triples(text)
    assert expected in found
    assert not any(t == "MOBILIZE" and s != "中国" for s, t, _ in found)


# -- 中日韩领导人会议, 美日印澳首脑会议: a meeting named by the compound of its members ------------

MEETINGS_NAMED_BY_A_COMPOUND = [
    ("第十次中日韩领导人会议在东京举行。", ("中国", "CONSULT", "日本")),
    ("美日印澳首脑会议将于明年在新德里举行。", ("日本", "CONSULT", "印度")),
    ("中日韩外长会议在釜山举行。", ("中国", "CONSULT", "韩国")),
]


@pytest.mark.parametrize(("text", "expected"), MEETINGS_NAMED_BY_A_COMPOUND)
def test_a_meeting_named_by_a_compound_meets_its_members(text, expected) -> None:
    assert expected in _triples(text)


def test_a_foreign_minister_meeting_someone_is_no_foreign_ministers_meeting() -> None:
    assert ("中国", "CONSULT", "布林肯") in _triples("中国外长会见了美国国务卿布林肯。")


# -- 韩国军方向朝鲜…: 向 after an organ's suffix is a preposition, not the end of 方向 -------------

ORGANS_BEFORE_XIANG = [
    ("韩国军方向朝鲜发出严厉警告。", ("韩军", "THREATEN", "朝鲜")),
    ("以色列军方向真主党发出最后通牒。", ("以军", "THREATEN", "真主党")),
]


@pytest.mark.parametrize(("text", "expected"), ORGANS_BEFORE_XIANG)
def test_xiang_after_an_organ_introduces_the_target(text, expected) -> None:
    found = _triples(text)
    assert expected in found
    assert not any(o == expected[0] for _, _, o in found)


# -- a Japanese name after a title ends before a light verb (众议员石平|实施) --------------------


def test_a_japanese_name_ends_before_a_light_verb() -> None:
    found = _triples("中国外交部宣布对日本参议员山田太郎实施制裁。")
    assert ("中国外交部", "SANCTION", "山田太郎") in found


# -- 向任何X: any one of those named is still the one introduced ----------------------------------

ANY_AFTER_A_PREPOSITION = [
    ("菲律宾不会向任何美国官员屈服。", ("菲律宾", "REJECT", "美国")),
    ("越南表示,绝不会向任何中国船只让步。", ("越南", "CONCEDE", "中国")),
]


@pytest.mark.parametrize(("text", "expected"), ANY_AFTER_A_PREPOSITION)
def test_any_between_a_preposition_and_its_actor(text, expected) -> None:
    found = _triples(text)
    assert expected in found
    assert not any(o == expected[0] for _, _, o in found)


# -- 拒绝对话表示遗憾: the 对 of 对话 opens no 对-phrase, so 拒绝 stays inside the one that does ---


def test_a_word_opening_with_dui_opens_no_phrase() -> None:
    found = events_of("日本外务省对朝方拒绝对话表示遗憾。")
    assert ("日本外务省", "ACCUSE", "朝鲜", "asserted") in found


# -- suspending imports or trade with a country is an embargo -------------------------------------

SUSPENSIONS_OF_TRADE = [
    ("中国海关总署宣布全面暂停进口日本水产品。", ("中国海关总署", "SANCTION", "日本")),
    ("印度宣布暂停与巴基斯坦的所有贸易往来。", ("印度", "SANCTION", "巴基斯坦")),
    ("俄罗斯决定中止从格鲁吉亚进口葡萄酒。", ("俄罗斯", "SANCTION", "格鲁吉亚")),
]


@pytest.mark.parametrize(("text", "expected"), SUSPENSIONS_OF_TRADE)
def test_suspending_trade_sanctions(text, expected) -> None:
    assert expected in _triples(text)


# -- 宣布X驻Y使馆一名工作人员为不受欢迎人物: the staff of a state's mission are the state's --------

PERSONAE_NON_GRATAE_OF_A_MISSION = [
    ("印度宣布巴基斯坦驻印度高级专员署一名官员为不受欢迎人物。", ("印度", "SANCTION", "巴基斯坦")),
    ("日本宣布俄罗斯驻日使馆一名工作人员为“不受欢迎的人”。", ("日本", "SANCTION", "俄罗斯")),
]


@pytest.mark.parametrize(("text", "expected"), PERSONAE_NON_GRATAE_OF_A_MISSION)
def test_staff_of_a_mission_declared_unwelcome(text, expected) -> None:
    assert expected in _triples(text)


# -- joint drills named by where they are held; 敌对行径 as a judgement ---------------------------

JOINT_DRILLS_AND_HOSTILE_DEEDS = [
    ("菲律宾将与日本举行首次联合海上演习。", ("菲律宾", "COOPERATE", "日本")),
    ("美韩两国空军将举行联合空中演习。", ("美国", "COOPERATE", "韩国")),
    ("朝鲜外务省发言人称,美方的做法是赤裸裸的敌对行径。", ("朝鲜外务省", "ACCUSE", "美国")),
]


@pytest.mark.parametrize(("text", "expected"), JOINT_DRILLS_AND_HOSTILE_DEEDS)
def test_joint_drills_and_hostile_deeds(text, expected) -> None:
    assert expected in _triples(text)


# -- X声称…,Y予以驳斥: a rebuttal given (予以) answers the one whose claim it follows --------------


def test_a_rebuttal_given_answers_the_claimant() -> None:
    found = _triples("赖清德声称台湾是主权独立国家,国台办予以驳斥。")
    assert ("国务院台湾事务办公室", "REJECT", "赖清德") in found
    assert ("国务院台湾事务办公室", "REJECT", "台湾") not in found


# -- drills held around a country: a drill against it (演习, and a joint drill with no partner) ----

DRILLS_AROUND_A_COUNTRY = [
    (
        "中国人民解放军东部战区宣布在台湾周边举行演习。",
        ("中国人民解放军东部战区", "MOBILIZE", "台湾"),
    ),
    (
        "解放军东部战区在台湾岛周边开展联合军事演习。",
        ("中国人民解放军东部战区", "MOBILIZE", "台湾"),
    ),
    ("解放军在台岛周边组织联合演训。", ("中国人民解放军", "MOBILIZE", "台湾")),
]


@pytest.mark.parametrize(("text", "expected"), DRILLS_AROUND_A_COUNTRY)
def test_a_drill_around_a_country_is_against_it(text, expected) -> None:
    assert expected in _triples(text)


def test_a_joint_drill_with_a_partner_stays_joint() -> None:
    found = _triples("俄罗斯与白俄罗斯在乌克兰边境附近举行联合军演。")
    assert ("俄罗斯", "COOPERATE", "白俄罗斯") in found
    assert not any(t == "MOBILIZE" for _, t, _ in found)


def test_arms_sales_to_a_short_form_are_no_army() -> None:
    # 对台军售: 台 and 军售, not an army called 台军
    assert ("美国", "AID", "台湾") in _triples("中方强烈谴责美国对台军售。")


# -- 对此表示(严重)关切: concern about an act answers who did it; 对X局势 names a topic ------------

CONCERNS = [
    ("日本加强与菲律宾的军事合作。中方对此表示严重关切。", ("中国", "ACCUSE", "日本"), None),
    ("联合国秘书长对缅甸局势表示严重关切。", None, "缅甸"),
    ("欧盟对叙利亚局势表达关切。", None, "叙利亚"),
]


@pytest.mark.parametrize(("text", "expected", "topic"), CONCERNS)
def test_concern_answers_the_act_not_the_topic(text, expected, topic) -> None:
    found = _triples(text)
    if expected is not None:
        assert expected in found
    if topic is not None:
        assert not any(o == topic for _, _, o in found)


# -- transliterated names: 多|瓦尔 after a title; 阿塔里 is no 阿塔 (the Afghan Taliban) -----------


def test_a_name_whose_first_syllable_jieba_cuts_off() -> None:
    found = _triples("中国外长王毅同印度国家安全顾问多瓦尔通电话。")
    assert ("王毅", "CONSULT", "多瓦尔") in found


def test_a_place_name_holding_a_short_form_names_no_group() -> None:
    found = _triples("印度宣布关闭阿塔里边境口岸。")
    assert not any("塔利班" in (s, o) for s, _, o in found)
