"""Recall and precision on a blind round about the Korean peninsula, Japan and East Asian
security: what a 就-phrase reacts to, lifting a restriction and withdrawing a complaint, short
forms that open a foreign name, the purpose of a trip, a pair hoping of itself, a time between
a patient and its passive marker, party leaders.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import article, events_of

from kg.extract import extract_article


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


# -- 就[X发射导弹]谴责: the act inside the 就-phrase is X's, the speaker condemns X ------------

REACTED_TO = [
    (
        "日本官房长官在记者会上就朝鲜再次发射导弹谴责说“这是挑衅行为”。",
        ("日本", "ACCUSE", "朝鲜"),
    ),
    ("韩国总统就朝鲜试射导弹谴责称，这违反安理会决议。", ("韩国", "ACCUSE", "朝鲜")),
    ("菲律宾外长就中国海警发射水炮提出抗议。", ("菲律宾", "PROTEST", "中国海警")),
]


@pytest.mark.parametrize(("text", "expected"), REACTED_TO)
def test_speech_act_closes_jiu_phrase(text, expected) -> None:
    found = _pairs(text)
    assert expected in found
    speaker = expected[0]
    assert not any(s == speaker and t == "ASSAULT" for s, t, _ in found)


def test_launch_reacted_to_is_nobodys_attack() -> None:
    found = _pairs("日本首相就朝鲜发射导弹谴责称“绝对不能容许”。")
    assert ("日本", "ASSAULT", "朝鲜") not in found
    assert ("日本", "ACCUSE", "朝鲜") in found


# -- 解除/放宽/取消…限制: lifting a restriction yields; 撤回…诉讼 too ---------------------------

LIFTED = [
    ("日本政府宣布解除对韩国的半导体材料出口限制。", ("日本", "CONCEDE", "韩国")),
    ("美国决定放宽对古巴的旅行限制。", ("美国", "CONCEDE", "古巴")),
    ("欧盟同意取消对乌克兰农产品的进口限制。", ("欧盟", "CONCEDE", "乌克兰")),
    ("韩国撤回在世贸组织对日本提起的诉讼。", ("韩国", "CONCEDE", "日本")),
    ("加拿大撤回了在世贸组织针对美国的申诉。", ("加拿大", "CONCEDE", "美国")),
]


@pytest.mark.parametrize(("text", "expected"), LIFTED)
def test_lifting_a_restriction_yields(text, expected) -> None:
    found = _pairs(text)
    assert expected in found
    assert (expected[0], "SANCTION", expected[2]) not in found


def test_venue_of_withdrawn_complaint_is_no_target() -> None:
    found = _pairs("韩国撤回在世贸组织对日本提起的诉讼。")
    assert not any(o == "世界贸易组织" for _, _, o in found)


def test_imposed_restriction_is_still_a_sanction() -> None:
    assert ("中国", "SANCTION", "日本") in _pairs("中国限制对日本出口稀土。")


# -- a short form followed by transliteration letters opens a foreign name ------------------


def test_short_form_opening_island_name_is_no_country() -> None:
    found = _pairs("日本把归还伊图鲁普岛和库纳施尔岛作为签署和平条约的条件。")
    assert not any("伊朗" in (s, o) for s, _, o in found)


def test_short_form_after_trigger_still_names_country() -> None:
    assert ("美国", "SANCTION", "伊朗") in _pairs("美国宣布再次制裁伊。")


def test_russian_prime_minister_named_in_full() -> None:
    found = events_of("俄罗斯总理米舒斯京会见日本外相茂木敏充。")
    assert ("米舒斯京", "CONSULT", "茂木敏充", "asserted") in found


# -- 为出席…峰会: the meeting a trip is for is ahead; the clause after it is not ---------------


def test_meeting_a_trip_is_for_is_intended() -> None:
    found = events_of("岸田文雄为出席中日韩领导人会谈，前往首尔。")
    pairs = {(frozenset((s, o)), t, st) for s, t, o, st in found}
    assert (frozenset(("日本", "中国")), "CONSULT", "intended") in pairs
    assert (frozenset(("日本", "中国")), "CONSULT", "asserted") not in pairs


def test_clause_after_trip_purpose_is_asserted() -> None:
    found = events_of("李强为参加东亚峰会前往万象，并会见老挝总理。")
    assert ("李强", "CONSULT", "老挝", "asserted") in found


# -- a pair hoping of itself asks neither side -------------------------------------------------


def test_pair_hoping_of_itself_is_no_request() -> None:
    text = "尹锡悦表示，日韩明年将迎来邦交正常化60周年，希望日韩为两国关系迈向新高度做好准备。"
    assert not any(t == "REQUEST" for _, t, _ in _pairs(text))


def test_pair_asking_a_third_still_requests() -> None:
    found = _pairs("中俄呼吁美国停止单边制裁。")
    assert ("中国", "REQUEST", "美国") in found
    assert ("俄罗斯", "REQUEST", "美国") in found


# -- a time between the patient and the passive marker ----------------------------------------

PATIENTS = [
    ("韩国支持日本解决日本公民在1970年代遭朝鲜绑架的问题。", ("朝鲜", "COERCE", "日本")),
    ("多名韩国渔民在2019年至2020年遭朝鲜扣押。", ("朝鲜", "COERCE", "韩国")),
]


@pytest.mark.parametrize(("text", "expected"), PATIENTS)
def test_time_between_patient_and_passive(text, expected) -> None:
    found = _pairs(text)
    assert expected in found


def test_supporter_is_not_the_patient() -> None:
    found = _pairs("韩国支持日本解决日本公民在1970年代遭朝鲜绑架的问题。")
    assert ("朝鲜", "COERCE", "韩国") not in found


# -- party leaders: 党首, 党魁 ---------------------------------------------------------------


def test_party_leader_visit_is_the_partys() -> None:
    found = events_of("日本公明党党首将于本月访华。")
    assert ("日本公明党", "CONSULT", "中国", "intended") in found
    assert not any(s == "日本" for s, _, _, _ in found)


# -- 考虑到 is "in view of": what it names is a fact ----------------------------------------


def test_in_view_of_names_a_fact() -> None:
    found = events_of("考虑到中俄对朝鲜的支援，日韩将加强合作。")
    assert ("中国", "AID", "朝鲜", "asserted") in found
    assert ("俄罗斯", "AID", "朝鲜", "asserted") in found


def test_considering_an_act_is_still_a_plan() -> None:
    found = events_of("日本正在考虑对俄罗斯实施制裁。")
    assert ("日本", "SANCTION", "俄罗斯", "intended") in found


# -- roles: the ministry a title names is the mention; a title that starts another word -------


def _roles(text: str) -> set[tuple[str, str, str]]:
    result = extract_article(article(text))
    return {(r.person.text, r.org.actor.label, r.org.text) for r in result.roles}


def test_ministry_named_by_title_is_the_role_mention() -> None:
    roles = _roles("中国外交部副部长孙卫东召见日本驻华大使。")
    assert ("孙卫东", "中国外交部", "中国外交部") in roles


def test_chair_country_is_no_title() -> None:
    roles = _roles("拉夫罗夫称日本作为二十国集团轮值主席国应努力让各国形成共识。")
    assert not any(person.startswith("国") for person, _, _ in roles)


# -- 向X表明严正关切 is a criticism of X -----------------------------------------------------


def test_concern_made_known_to_a_pair() -> None:
    found = _pairs("外交部发言人表示，中方已向美韩当局表明严正关切。")
    assert ("中国", "ACCUSE", "美国") in found
    assert ("中国", "ACCUSE", "韩国") in found


# -- a measure named as a thing (制裁行动) keeps the target its 对 names ------------------------


def test_act_noun_is_no_relative_clause() -> None:
    found = _pairs("拉夫罗夫称，加入西方对俄制裁行动的日本远不是伙伴。")
    assert ("西方", "SANCTION", "俄罗斯") in found
    assert ("西方", "SANCTION", "日本") not in found


# -- 与会 (attending) is no 会 of will ---------------------------------------------------------


def test_attending_leader_meets_as_asserted() -> None:
    found = events_of("与会的中国国家主席习近平与日本首相高市早苗举行会谈。")
    assert ("习近平", "CONSULT", "高市早苗", "asserted") in found


# -- a 就-phrase whose list goes on after a comma closes with the speech act -------------------


def test_jiu_list_going_on_past_comma() -> None:
    found = _pairs("高市就中国的稀土出口限制，以及在东海等活动表达忧虑。")
    assert ("高市早苗", "SANCTION", "中国") not in found
    assert ("高市", "SANCTION", "中国") not in found


# -- 针对X…一事, Y批评称: a criticism with no object criticises what the 针对-phrase names ------


def test_criticism_answers_what_it_is_aimed_at() -> None:
    found = _pairs("针对日本要求归还南千岛群岛一事，拉夫罗夫批评称，这明显违反联合国宪章。")
    assert ("拉夫罗夫", "ACCUSE", "日本") in found


def test_criticism_of_nobody_is_no_event() -> None:
    assert _pairs("这一做法受到了批评。") == set()


# -- 正在X访问的[title]Y,…: the one a relative clause describes goes on acting ------------------

DESCRIBED = [
    (
        "正在美国访问的日本首相安倍晋三12日下午，与特朗普举行会谈。",
        ("安倍晋三", "CONSULT", "特朗普"),
    ),
    (
        "正在日本访问的韩国总统，在东京就朝鲜发射导弹表示谴责。",
        ("韩国", "ACCUSE", "朝鲜"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIBED)
def test_described_head_goes_on_acting(text, expected) -> None:
    assert expected in _pairs(text)


def test_patient_of_relative_clause_does_not_act_after_a_long_object() -> None:
    text = "报告提出美国应该带着“决心、速度和自信”将台湾岛上的国民党军队逐出，直接出兵占领。"
    assert not any(s == "中国国民党" for s, _, _ in _pairs(text))


# -- calling a move aggressive (侵略性) judges whoever made it ---------------------------------


def test_aggressive_move_is_judged() -> None:
    found = _pairs("美日韩领导人在联合声明中指出，中国在南海采取了危险和侵略性行动。")
    for side in ("美国", "日本", "韩国"):
        assert (side, "ACCUSE", "中国") in found


def test_aggressive_weapon_deployed_is_no_accusation() -> None:
    assert not any(t == "ACCUSE" for _, t, _ in _pairs("俄罗斯部署了最具侵略性的武器。"))


# -- worry expressed about someone's act (表示担忧, 表达忧虑) criticises them -------------------


def test_worry_about_an_act_criticises() -> None:
    found = _pairs("美国对俄罗斯在乌克兰边境集结军队表示担忧。")
    assert ("美国", "ACCUSE", "俄罗斯") in found


def test_worry_about_a_situation_is_no_event() -> None:
    assert _pairs("专家对全球经济前景表示担忧。") == set()


# -- a joint declaration named by its sides (《苏日共同宣言》) is signed by both ---------------


def test_joint_declaration_named_by_its_sides() -> None:
    found = events_of("1956年，两国在莫斯科签署《苏日共同宣言》。")
    assert ("苏联", "AGREE", "日本", "asserted") in found


# -- envoys deported (将7名日本外交官驱逐出境) are diplomats expelled -------------------------

EXPELLED = [
    ("俄罗斯外交部宣布将7名日本外交官驱逐出境。", ("俄罗斯外交部", "SANCTION", "日本")),
    ("美国将多名俄罗斯外交官驱逐出境。", ("美国", "SANCTION", "俄罗斯")),
]


@pytest.mark.parametrize(("text", "expected"), EXPELLED)
def test_envoys_deported_are_expelled(text, expected) -> None:
    assert expected in _pairs(text)


def test_deported_nationals_stay_a_deportation() -> None:
    found = _pairs("日本将一名中国籍男子驱逐出境。")
    assert not any(t == "SANCTION" for _, t, _ in found)


# -- warning shots (向X鸣枪警告) threaten ----------------------------------------------------


def test_warning_shots_threaten() -> None:
    assert ("韩军", "THREATEN", "朝鲜") in _pairs("韩军向朝鲜士兵鸣枪警告。")


# -- what a 就-phrase closed by a protest says holds no cue of the protest ----------------------


def test_claim_inside_jiu_phrase_is_no_plan_of_the_protest() -> None:
    text = "韩国外交部就日本政府在教科书中主张独岛主权提出强烈抗议。"
    found = events_of(text)
    assert ("韩国外交部", "PROTEST", "日本", "asserted") in found
    assert ("韩国外交部", "PROTEST", "日本", "intended") not in found


def test_protest_announced_stays_intended() -> None:
    found = events_of("日本将就朝鲜发射导弹提出抗议。")
    assert ("日本", "PROTEST", "朝鲜", "intended") in found


# -- 相互/互相/彼此 right before an act: each side does it to the other ------------------------

MUTUAL = [
    ("俄罗斯和朝鲜相互提供军事援助。", "AID", ("俄罗斯", "朝鲜")),
    ("美日两国彼此加征关税。", "SANCTION", ("美国", "日本")),
]


@pytest.mark.parametrize(("text", "kind", "sides"), MUTUAL)
def test_each_side_acts_on_the_other(text, kind, sides) -> None:
    found = _pairs(text)
    first, second = sides
    assert (first, kind, second) in found
    assert (second, kind, first) in found


def test_aid_given_by_a_pair_is_not_mutual() -> None:
    found = _pairs("中俄两国向朝鲜提供人道主义援助。")
    assert ("中国", "AID", "俄罗斯") not in found


# -- Korean posts: 第一次官, 室长, 第一次长 --------------------------------------------------


def test_korean_vice_minister_is_a_title() -> None:
    found = events_of("韩国外交部第一次官朴允珠与日本外务事务次官冈野正敬举行会谈。")
    assert ("朴允珠", "CONSULT", "冈野正敬", "asserted") in found
    roles = _roles("韩国外交部第一次官朴允珠与日本外务事务次官冈野正敬举行会谈。")
    assert ("朴允珠", "韩国外交部", "韩国外交部") in roles


def test_office_head_is_a_title() -> None:
    roles = _roles("青瓦台国家安保室第一次长金有根在记者会上宣布，韩国政府决定不再续签协定。")
    assert any(person == "金有根" for person, _, _ in roles)


# -- 日方应停止…错误言行: the speaker asks and judges what is to be ended ------------------------

STOP_JUDGED = [
    "外交部发言人毛宁表示，日方应停止在台湾问题上的错误言行。",
    "发言人林剑表示，美方应立即停止霸凌行径。",
]


@pytest.mark.parametrize("text", STOP_JUDGED)
def test_what_is_to_be_ended_is_judged(text) -> None:
    found = events_of(text)
    accused = {(t, st) for _, t, _, st in found if t == "ACCUSE"}
    assert accused == {("ACCUSE", "asserted")}
    assert any(t == "REQUEST" for _, t, _, _ in found)


def test_what_should_not_be_done_is_no_judgement() -> None:
    found = events_of("中国外交部表示，日方不应干涉中国内政。")
    assert not any(t == "ACCUSE" for _, t, _, _ in found)


def test_what_is_opposed_is_judged_by_nobody() -> None:
    found = _pairs("中俄联合声明强调，双方反对任何形式的霸权主义。")
    assert not any(t == "ACCUSE" for _, t, _ in found)


# -- what talks with a partner are about (有关…的, 就…) stands between them and the talks --------

TALKS_ABOUT = [
    ("俄罗斯与日本进行了关于和平条约的谈判。", ("俄罗斯", "CONSULT", "日本", "asserted")),
    ("美国与伊朗就核协议进行谈判。", ("美国", "CONSULT", "伊朗", "asserted")),
    (
        "俄罗斯外交部副部长表示，俄罗斯目前没有与日本进行任何有关和平条约的谈判。",
        ("俄罗斯", "CONSULT", "日本", "negated"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TALKS_ABOUT)
def test_topic_of_talks_is_no_act_between(text, expected) -> None:
    assert expected in events_of(text)


def test_partner_of_a_call_about_a_conflict_is_no_party_to_it() -> None:
    found = _pairs("法国总统与瑞士外长通话讨论乌克兰冲突。")
    assert not any(o == "乌克兰" and t == "CONSULT" for _, t, o in found)


# -- X与Y的会晤未能达成协议: the meeting's sides are who fail to agree --------------------------

MEETING_DEALS = [
    (
        "特朗普与金正恩在河内举行的第二次会晤未能达成协议。",
        ("特朗普", "AGREE", "金正恩", "negated"),
    ),
    ("美国与伊朗的谈判达成协议。", ("美国", "AGREE", "伊朗", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), MEETING_DEALS)
def test_meeting_reaches_deal_for_its_sides(text, expected) -> None:
    assert expected in events_of(text)


# -- 对X表示肯定, 予以肯定: approval is support; 肯定 as "surely" is none ----------------------


def test_approval_expressed_is_support() -> None:
    found = _pairs("岸田对韩国政府提出的解决方案表示肯定。")
    assert ("岸田文雄", "SUPPORT", "韩国") in found


def test_surely_is_no_approval() -> None:
    assert not any(t == "SUPPORT" for _, t, _ in _pairs("日本首相肯定会访问韩国。"))
