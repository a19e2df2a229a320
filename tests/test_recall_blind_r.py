"""Recall and precision on a blind round of military and security news: terrorism lists,
names quoted alone, and reports whose statement verb opens a clause of its own.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of

# -- 将X列入恐怖分子名单 / “支持恐怖主义国家”名单: a terrorism list sanctions ------------------

TERRORISM_LISTS = [
    (
        "加拿大政府12日宣布,将真主党列入恐怖分子名单。",
        ("加拿大", "SANCTION", "真主党", "asserted"),
    ),
    (
        "美国国务院当天将朝鲜重新列入“支持恐怖主义国家”名单。",
        ("美国国务院", "SANCTION", "朝鲜", "asserted"),
    ),
    (
        "白宫表示,将把伊朗和叙利亚列入支恐国家名单。",
        ("美国", "SANCTION", "叙利亚", "intended"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TERRORISM_LISTS)
def test_putting_an_actor_on_a_terrorism_list_sanctions_it(text, expected) -> None:
    assert expected in events_of(text)


def test_a_terrorism_list_named_without_listing_is_no_sanction() -> None:
    found = events_of("报告称,支持恐怖主义国家的数量有所下降。")
    assert not any(t == "SANCTION" for _, t, _, _ in found)


# -- 将“伊斯兰国”列入…, 制裁“真主党”: a name quoted alone is the target, not a slogan -----------

QUOTED_NAMES = [
    (
        "英国内政部将“伊斯兰国”列入恐怖组织名单。",
        ("英国内政部", "SANCTION", "伊斯兰国", "asserted"),
    ),
    (
        "美国财政部宣布制裁“真主党”。",
        ("美国财政部", "SANCTION", "真主党", "asserted"),
    ),
    (
        "澳大利亚将极端组织“伊斯兰国”的两个分支列入恐怖分子名单。",
        ("澳大利亚", "SANCTION", "伊斯兰国", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_NAMES)
def test_a_name_quoted_alone_is_the_target(text, expected) -> None:
    assert expected in events_of(text)


def test_a_quoted_slogan_holding_a_name_is_still_no_target() -> None:
    found = events_of("美国反对“中国制造2025”计划。")
    assert not any(o == "中国" for _, _, o, _ in found)


# -- X发布报告,强调Y…,并将Z列入…: the reporter goes on, not whom its report names -------------

REPORTER_GOES_ON = [
    (
        "美国国务院5日发布年度报告,强调基地组织对美国构成威胁,并将古巴列入黑名单。",
        ("美国国务院", "SANCTION", "古巴", "asserted"),
    ),
    (
        "欧盟理事会发表声明,指出伊朗向俄罗斯提供无人机,并对伊朗三名官员实施制裁。",
        ("欧盟理事会", "SANCTION", "伊朗", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), REPORTER_GOES_ON)
def test_a_clause_after_a_statement_goes_on_with_the_reporter(text, expected) -> None:
    found = events_of(text)
    assert expected in found
    reporter = expected[0]
    assert not any(t == "SANCTION" and s != reporter for s, t, _, _ in found)


def test_a_plan_stated_goes_on_with_the_planner() -> None:
    # 表示法德两国将…,并决心…: what is planned goes on with whoever plans it
    found = events_of("两国外长发表声明,表示法国和德国将继续与伊朗合作,并决心向伊朗提供援助。")
    assert ("法国", "AID", "伊朗", "intended") in found


# -- 以19票赞成、3票反对通过: a tally of votes opposes and supports nobody ---------------------

VOTE_TALLIES = [
    "这项由英国和法国提出的决议以20票赞成、2票反对、11票弃权获得通过。",
    "安理会以12票赞成、3票反对通过了由美国起草的决议。",
]


@pytest.mark.parametrize("text", VOTE_TALLIES)
def test_a_tally_of_votes_is_no_accusation(text) -> None:
    found = events_of(text)
    assert not any(t in {"ACCUSE", "SUPPORT", "REJECT"} for _, t, _, _ in found)


# -- 针对X进行核试验|通过制裁决议: a measure aimed at an act is aimed at its doer ------------------

AIMED_AT_AN_ACT = [
    (
        "联合国安理会22日针对朝鲜发射洲际导弹通过一份制裁决议。",
        ("安理会", "SANCTION", "朝鲜", "asserted"),
    ),
    (
        "欧盟针对白俄罗斯强迫客机降落实施新一轮制裁。",
        ("欧盟", "SANCTION", "白俄罗斯", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), AIMED_AT_AN_ACT)
def test_a_measure_aimed_at_an_act_hits_its_doer(text, expected) -> None:
    assert expected in events_of(text)


# -- 不顾X反对: the opposition defied is X's, and nobody else's ---------------------------------

DEFIED_OPPOSITION = [
    (
        "挪威政府不顾中方反对,执意为该组织颁奖。",
        {("挪威", "REJECT", "中国", "asserted"), ("中国", "ACCUSE", "挪威", "asserted")},
    ),
    (
        "日本政府无视韩方抗议,决定将该岛写入教科书。",
        {("日本", "REJECT", "韩国", "asserted"), ("韩国", "PROTEST", "日本", "asserted")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DEFIED_OPPOSITION)
def test_the_one_defied_opposed_the_one_who_defies(text, expected) -> None:
    assert expected <= events_of(text)


def test_an_opposition_of_no_actor_defied_is_no_act_of_the_defier() -> None:
    found = events_of("伊朗宣布对以色列实施报复。伊朗不顾国际社会普遍反对,再次试射导弹。")
    assert not any(s == "伊朗" and t == "ACCUSE" for s, t, _, _ in found)


# -- 围台军演, 环台湾岛军演: a drill around a country is against it; 台 and 军演 make no 台军 --

DRILLS_AROUND = [
    (
        "东部战区8日起展开围台军演,出动多型战机。",
        ("中国人民解放军东部战区", "MOBILIZE", "台湾", "asserted"),
    ),
    (
        "解放军东部战区当天组织环台湾岛联合演习。",
        ("中国人民解放军东部战区", "MOBILIZE", "台湾", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DRILLS_AROUND)
def test_a_drill_around_a_country_is_against_it(text, expected) -> None:
    found = events_of(text)
    assert expected in found
    assert not any("军队" in o for _, _, o, _ in found)


def test_a_short_form_before_a_word_of_arms_names_no_army() -> None:
    found = events_of("外交部发言人回应美国对台军购,表示坚决反对。")
    assert not any("军队" in s or "军队" in o for s, _, o, _ in found)


# -- 就美对台军售答记者问, 回应美对台军售: the act a response is about is its actor's --

ACTS_ANSWERED = [
    "国防部新闻发言人吴谦就美对台军售答记者问。",
    "国防部回应美对台军售。",
    "外交部发言人就美国对台出售武器答记者问。",
]


@pytest.mark.parametrize("text", ACTS_ANSWERED)
def test_the_act_a_response_is_about_is_its_actors(text) -> None:
    found = events_of(text)
    assert ("美国", "AID", "台湾", "asserted") in found
    assert not any(t == "AID" and s != "美国" for s, t, _, _ in found)


SHORT_FORMS_ACTING = [
    ("日对韩出口管制引发韩方强烈不满。", ("日本", "SANCTION", "韩国", "asserted")),
    ("美对华加征关税的做法遭到批评。", ("美国", "SANCTION", "中国", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), SHORT_FORMS_ACTING)
def test_a_short_form_before_dui_and_another_acts_on_it(text, expected) -> None:
    assert expected in events_of(text)


def test_a_word_ending_in_a_short_form_acts_on_nobody() -> None:
    found = events_of("其中对华出口增长了三成。")
    assert found == set()


# -- 正研究制裁…: a measure under study is planned --------------------------------------------

MEASURES_UNDER_STUDY = [
    ("白宫正在研究对伊朗实施新的制裁。", ("美国", "SANCTION", "伊朗", "intended")),
    ("欧盟委员会正研究向乌克兰提供更多军事援助。", ("欧盟委员会", "AID", "乌克兰", "intended")),
]


@pytest.mark.parametrize(("text", "expected"), MEASURES_UNDER_STUDY)
def test_a_measure_under_study_is_planned(text, expected) -> None:
    assert expected in events_of(text)


# -- X称,Y涉嫌…; X指认Y发动网络攻击: attributing a deed accuses -------------------------------

ATTRIBUTIONS = [
    (
        "荷兰情报部门称,俄罗斯军方涉嫌对荷兰港口发动网络攻击。",
        ("荷兰", "ACCUSE", "俄军", "asserted"),
    ),
    (
        "澳大利亚政府指认朝鲜黑客组织窃取了加密货币。",
        # the hacker group, not the state (audit33 wh gold: HACKERS, not CHN; ze, round 34)
        ("澳大利亚", "ACCUSE", "朝鲜黑客组织", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ATTRIBUTIONS)
def test_attributing_a_deed_accuses(text, expected) -> None:
    assert expected in events_of(text)


def test_a_suspect_named_with_no_speaker_is_accused_by_nobody() -> None:
    found = events_of("俄罗斯涉嫌向朝鲜出口石油。")
    assert not any(t == "ACCUSE" for _, t, _, _ in found)


# -- 敦促美方…;正告民进党当局…: words after a semicolon go on with the statement ------------------

AFTER_A_SEMICOLON = [
    (
        "国台办发言人朱凤莲说,我们敦促美方停止售台武器;正告民进党当局,挟洋自重注定失败。",
        ("朱凤莲", "THREATEN", "台湾", "asserted"),
    ),
    (
        "外交部发言人毛宁表示,中方敦促日方停止挑衅;同时严正警告菲方,不要一错再错。",
        ("毛宁", "THREATEN", "菲律宾", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), AFTER_A_SEMICOLON)
def test_an_act_after_a_semicolon_goes_on_with_the_speaker(text, expected) -> None:
    assert expected in events_of(text)


def test_words_after_a_semicolon_with_a_subject_of_their_own_are_not_the_speakers() -> None:
    found = events_of("卢刚说,他在学校受到排挤;教授偏心袒护另一位中国籍同学。")
    assert not any(t == "SUPPORT" for _, t, _, _ in found)


# -- 美国和英国强调,伊朗必须…: each speaker listed together makes the demand ---------------------

SPEAKERS_TOGETHER = [
    (
        "法国和德国强调,伊朗必须立即停止浓缩铀活动。",
        {("法国", "REQUEST", "伊朗", "asserted"), ("德国", "REQUEST", "伊朗", "asserted")},
    ),
    (
        "日本、韩国和澳大利亚表示,朝鲜必须停止发射弹道导弹。",
        {
            ("日本", "REQUEST", "朝鲜", "asserted"),
            ("韩国", "REQUEST", "朝鲜", "asserted"),
            ("澳大利亚", "REQUEST", "朝鲜", "asserted"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKERS_TOGETHER)
def test_each_speaker_listed_together_makes_the_demand(text, expected) -> None:
    assert expected <= events_of(text)


# -- X称,Y的做法不利于/无助于…: an act said to harm a goal is judged ---------------------------

HARMFUL_ACTS = [
    (
        "北约秘书长称,土耳其采购俄制防空系统不利于联盟的团结。",
        ("北约", "ACCUSE", "土耳其"),
    ),
    ("俄方认为,美国在欧洲部署中程导弹无助于地区稳定。", ("俄罗斯", "ACCUSE", "美国")),
]


@pytest.mark.parametrize(("text", "expected"), HARMFUL_ACTS)
def test_an_act_said_to_harm_a_goal_is_judged(text, expected) -> None:
    assert expected in {(s, t, o) for s, t, o, _ in events_of(text)}


def test_a_harm_of_no_actor_judges_nobody() -> None:
    assert events_of("专家表示,连日降雨不利于搜救工作。") == set()


def test_expressing_understanding_for_a_position_supports_it() -> None:
    found = events_of("德国总理表示谅解波兰的立场。")
    assert ("德国", "SUPPORT", "波兰") in {(s, t, o) for s, t, o, _ in found}


# -- 与各方对话协商解决问题的努力背道而驰: an effort a deed runs against is nobody's act --


def test_an_effort_a_deed_runs_against_is_no_talks() -> None:
    found = events_of("美日加强军事同盟,与各方通过谈判解决问题的努力背道而驰。")
    assert not any(t == "CONSULT" for _, t, _, _ in found)


def test_talks_outside_a_contrast_are_held() -> None:
    found = events_of("美日两国举行谈判,讨论驻日美军费用问题。")
    assert ("美国", "CONSULT", "日本") in {(s, t, o) for s, t, o, _ in found} | {
        (o, t, s) for s, t, o, _ in found
    }


# -- 解放军的行动是对美国的严正警告: a deed called an act on someone is its owner's act -----------


def test_a_deed_called_a_warning_is_its_owners_warning() -> None:
    found = events_of("俄军的这次行动是对北约的严正警告。")
    assert ("俄军", "THREATEN", "北约") in {(s, t, o) for s, t, o, _ in found}


def test_a_statement_called_a_warning_needs_a_deed_before_shi() -> None:
    found = events_of("俄罗斯认为今天是对北约的考验。")
    assert not any(t == "THREATEN" for _, t, _, _ in found)


# -- 将战机交付给乌克兰: the one after 给 receives; 并不意味着 rules the handover out --

HANDED_OVER = [
    ("荷兰将首批F-16战机交付给乌克兰。", ("荷兰", "AID", "乌克兰", "asserted")),
    ("德国把两套防空系统运送给以色列。", ("德国", "AID", "以色列", "asserted")),
    ("美国表示将把爱国者导弹移交给乌克兰。", ("美国", "AID", "乌克兰", "intended")),
    (
        "俄方强调,这并不意味着俄罗斯将核弹头移交给白俄罗斯。",
        ("俄罗斯", "AID", "白俄罗斯", "negated"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), HANDED_OVER)
def test_what_is_handed_over_goes_to_the_one_after_gei(text, expected) -> None:
    assert expected in events_of(text)


def test_a_sale_to_someone_is_no_aid() -> None:
    found = events_of("韩国公司把股份卖给了日本企业。")
    assert not any(t == "AID" for _, t, _, _ in found)
