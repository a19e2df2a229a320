"""Recall on unseen news: constructions of international news found missing on a blind set,
one class each (lexicon gaps, argument attachment, actors).

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import article, events_of

from kg.extract import extract_article

# -- asking that a body meets asks that body ---------------------------------------------------

MEETING_REQUESTS = [
    ("古巴请求召开安理会紧急会议。", ("古巴", "REQUEST", "安理会", "asserted")),
    (
        "伊朗要求召开联合国安理会紧急会议，讨论以色列的袭击。",
        ("伊朗", "REQUEST", "安理会", "asserted"),
    ),
    ("阿拉伯国家联盟呼吁召开联合国大会特别会议。", ("阿盟", "REQUEST", "联合国大会", "asserted")),
    ("玻利维亚向安理会申请召开公开会议。", ("玻利维亚", "REQUEST", "安理会", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), MEETING_REQUESTS)
def test_asking_for_a_meeting_of_a_body_asks_the_body(text, expected) -> None:
    assert expected in events_of(text)


def test_a_meeting_of_no_named_body_asks_nobody() -> None:
    assert not events_of("该党要求召开全国代表大会。")


# -- 与 closing a list of two or more joins its last item to the list ---------------------------

LISTS_CLOSED_BY_WITH = [
    (
        "中国、俄罗斯与伊朗将于下月举行会谈。",
        [("中国", "CONSULT", "伊朗", "intended"), ("俄罗斯", "CONSULT", "伊朗", "intended")],
    ),
    (
        "英国、法国与德国的外长周五在柏林会晤。",
        [("英国", "CONSULT", "德国", "asserted"), ("法国", "CONSULT", "德国", "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTS_CLOSED_BY_WITH)
def test_the_item_after_with_closes_a_list_of_actors(text, expected) -> None:
    found = events_of(text)
    for event in expected:
        assert event in found or (event[2], event[1], event[0], event[3]) in found


def test_with_after_a_single_actor_still_introduces_a_partner() -> None:
    found = events_of("中国与伊朗举行会谈。")
    assert ("中国", "CONSULT", "伊朗", "asserted") in found or (
        "伊朗",
        "CONSULT",
        "中国",
        "asserted",
    ) in found


# -- a joint or defence drill of two or more states is their joint exercise ----------------------

DRILLS = [
    ("美国与菲律宾将在南海举行年度防御演习。", ("美国", "COOPERATE", "菲律宾", "intended")),
    ("埃及和沙特举行了联合演练。", ("埃及", "COOPERATE", "沙特阿拉伯", "asserted")),
    ("泰国与柬埔寨举行联合演训。", ("泰国", "COOPERATE", "柬埔寨", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), DRILLS)
def test_a_drill_held_together_is_a_joint_exercise(text, expected) -> None:
    found = events_of(text)
    assert expected in found or (expected[2], expected[1], expected[0], expected[3]) in found


def test_a_drill_one_state_holds_alone_is_no_event() -> None:
    assert not events_of("日本自卫队在东海举行防御演练。")


# -- an accusation whose object is a clause accuses the actor that clause blames ----------------

BLAMING_CLAUSES = [
    (
        "乌克兰指责这次导弹袭击是在白俄罗斯协助下实施的。",
        ("乌克兰", "ACCUSE", "白俄罗斯", "asserted"),
    ),
    ("美国指责这次网络攻击是朝鲜黑客策划的。", ("美国", "ACCUSE", "朝鲜", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), BLAMING_CLAUSES)
def test_an_accusation_of_a_clause_accuses_the_actor_it_blames(text, expected) -> None:
    assert expected in events_of(text)


def test_an_accusation_that_names_only_the_accuser_side_accuses_nobody() -> None:
    assert not events_of("中方指责有关言论严重干涉中国内政。")


# -- ECOWAS under the name without 国家 that Taiwan's and Hong Kong's press use -----------------


def test_ecowas_is_named_without_guojia() -> None:
    assert ("西非国家经济共同体", "SANCTION", "几内亚", "asserted") in events_of(
        "西非经济共同体宣布对几内亚实施经济制裁。"
    )


# -- a ballot whose voters are listed after it is cast by each of them ----------------------------

LISTED_VOTERS = [
    (
        "联合国大会以141票赞成、5票反对通过决议。投反对票的国家是俄罗斯、叙利亚和朝鲜。",
        {
            ("俄罗斯", "REJECT", "联合国大会"),
            ("叙利亚", "REJECT", "联合国大会"),
            ("朝鲜", "REJECT", "联合国大会"),
        },
    ),
    (
        "安理会对决议草案进行表决，投赞成票的有英国、法国和日本，投反对票的是俄罗斯。",
        {
            ("英国", "SUPPORT", "安理会"),
            ("日本", "SUPPORT", "安理会"),
            ("俄罗斯", "REJECT", "安理会"),
        },
    ),
    (
        "在联合国人权理事会的表决中，投反对票的国家包括古巴和委内瑞拉。",
        {("古巴", "REJECT", "联合国人权理事会"), ("委内瑞拉", "REJECT", "联合国人权理事会")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTED_VOTERS)
def test_listed_voters_cast_the_ballot_on_the_body(text, expected) -> None:
    found = {(s, t, o) for s, t, o, status in events_of(text) if status == "asserted"}
    assert expected <= found
    assert not any(o in {"日本", "委内瑞拉", "朝鲜"} for _, _, o in found)


def test_a_vote_for_with_no_voters_listed_names_no_target() -> None:
    found = events_of("安理会就草案进行表决，中国投了赞成票，美国投了反对票。")
    assert found == {("美国", "REJECT", "安理会", "asserted")}


# -- a reason or purpose clause put first has the subject of the clause after it ------------------

FRONTED_CAUSES = [
    ("因不满哈马斯对停火方案的回应，以色列召回了谈判代表团。", ("以色列", "ACCUSE", "哈马斯")),
    ("由于不满俄罗斯的做法，乌克兰外交部召见了俄罗斯大使。", ("乌克兰外交部", "ACCUSE", "俄罗斯")),
    ("为达成协议，美国和伊朗在阿曼举行间接谈判。", ("美国", "AGREE", "伊朗")),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED_CAUSES)
def test_a_fronted_cause_clause_borrows_the_main_subject(text, expected) -> None:
    assert expected in {(s, t, o) for s, t, o, _ in events_of(text)}


def test_a_fronted_clause_that_names_its_own_actor_keeps_it() -> None:
    found = events_of("因美国加征关税，中方取消了与美方的会谈。")
    assert not any(t == "AGREE" for _, t, _, _ in found)
    assert ("中国", "ACCUSE", "美国") not in {(s, t, o) for s, t, o, _ in found}


# -- 马利, Mali in Taiwan's press, and the names that begin with it -------------------------------


def test_mali_is_named_as_in_taiwan() -> None:
    assert ("欧盟", "SANCTION", "马里", "asserted") in events_of("欧盟宣布对马利实施制裁。")


@pytest.mark.parametrize(
    "text", ["伊拉克总理马利基谴责土耳其。", "巴基斯坦内政部长马利克会见美国大使。"]
)
def test_names_that_begin_with_mali_name_no_mali(text) -> None:
    assert not any("马里" in (s, o) for s, _, o, _ in events_of(text))


# -- COERCE and MOBILIZE lexicon: standby and war footing, bringing to justice ---------------------

LEXICON_COERCE_MOBILIZE = [
    (
        "西非国家经济共同体对马里实施禁运，并令其军队进入待命状态。",
        ("西非国家经济共同体", "MOBILIZE", "马里"),
    ),
    (
        "俄罗斯宣布对乌克兰采取军事行动后，白俄罗斯军队进入战备状态。",
        ("白俄罗斯军队", "MOBILIZE", "乌克兰"),
    ),
    ("美国表示将把马杜罗绳之以法。", ("美国", "COERCE", "马杜罗")),
]


@pytest.mark.parametrize(("text", "expected"), LEXICON_COERCE_MOBILIZE)
def test_standby_and_justice_words_are_events(text, expected) -> None:
    assert expected in {(s, t, o) for s, t, o, _ in events_of(text)}


def test_bringing_nobody_named_to_justice_is_no_event() -> None:
    assert not events_of("警方誓言将凶手绳之以法。")


# -- 中企, Chinese companies: a measure against them is against China ------------------------------


def test_chinese_companies_stand_for_china() -> None:
    found = events_of("美国商务部将12家中企列入实体清单。")
    assert ("美国商务部", "SANCTION", "中国", "asserted") in found


def test_zhong_before_qiye_names_no_china() -> None:
    assert not events_of("美国警方在抓捕过程中企业是否配合并不清楚。")


# -- the targets an act's object noun lists (对象包括X和Y, 包括X、Y在内的) -------------------------

LISTED_TARGETS = [
    (
        "美国宣布新一轮制裁，对象包括伊朗和委内瑞拉。",
        [("美国", "SANCTION", "伊朗", "asserted"), ("美国", "SANCTION", "委内瑞拉", "asserted")],
    ),
    (
        "欧盟此次制裁的对象包括俄罗斯、白俄罗斯和伊朗的多家企业。",
        [
            ("欧盟", "SANCTION", "俄罗斯", "asserted"),
            ("欧盟", "SANCTION", "白俄罗斯", "asserted"),
            ("欧盟", "SANCTION", "伊朗", "asserted"),
        ],
    ),
    (
        "日本宣布提供援助，援助对象包括菲律宾、越南和印尼。",
        [("日本", "AID", "菲律宾", "asserted"), ("日本", "AID", "越南", "asserted")],
    ),
    (
        "七国集团谴责包括伊朗、朝鲜在内的国家向俄罗斯提供武器。",
        [("七国集团", "ACCUSE", "伊朗", "asserted"), ("七国集团", "ACCUSE", "朝鲜", "asserted")],
    ),
    (
        "法国邀请了包括印度、巴西和南非在内的多国领导人。",
        [("法国", "REQUEST", "印度", "asserted"), ("法国", "REQUEST", "南非", "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTED_TARGETS)
def test_every_target_an_object_noun_or_an_including_phrase_lists(text, expected) -> None:
    found = events_of(text)
    for event in expected:
        assert event in found


def test_an_aim_that_names_no_actor_keeps_the_target_of_the_act() -> None:
    found = events_of("美国对伊朗实施制裁，目标是削弱伊朗的石油出口。")
    assert found == {("美国", "SANCTION", "伊朗", "asserted")}


def test_an_accusation_of_a_listed_states_act_is_not_aimed_at_its_victim() -> None:
    found = events_of("七国集团谴责包括伊朗、朝鲜在内的国家向俄罗斯提供武器。")
    assert ("七国集团", "ACCUSE", "俄罗斯", "asserted") not in found


# -- consent, willingness and permission before a preposition (同意向X提供, 允许X…) ---------------

CONSENTED_ACTS = [
    ("荷兰同意向乌克兰提供战斗机。", ("荷兰", "AID", "乌克兰", "intended")),
    ("英国愿意向波兰派遣军队。", ("英国", "MOBILIZE", "波兰", "intended")),
    ("澳大利亚答应向巴布亚新几内亚提供巡逻艇。", ("澳大利亚", "AID", "巴布亚新几内亚", "intended")),
    ("挪威同意对白俄罗斯实施制裁。", ("挪威", "SANCTION", "白俄罗斯", "intended")),
]


@pytest.mark.parametrize(("text", "expected"), CONSENTED_ACTS)
def test_the_act_consented_to_after_a_preposition_is_the_consenters(text, expected) -> None:
    assert expected in events_of(text)


def test_a_preposition_after_consent_introduces_no_partner_of_the_consent() -> None:
    found = events_of("加拿大同意为乌克兰提供安全保障。")
    assert ("加拿大", "AID", "乌克兰", "intended") in found
    assert not {e for e in found if e[1] == "AGREE"}


def test_an_act_permitted_is_not_yet_done() -> None:
    found = events_of("英国允许乌克兰使用远程导弹打击俄罗斯境内目标。")
    assert ("乌克兰", "ASSAULT", "俄罗斯", "intended") in found
    assert ("乌克兰", "ASSAULT", "俄罗斯", "asserted") not in found


def test_intention_as_a_noun_is_no_preposition() -> None:
    # 意向 is a noun: 向 inside it introduces nobody
    assert not events_of("两国企业表达了合作意向。")


# -- two holders of one post of one state are two sides (predecessor, successor, rival) ---------

TWO_HOLDERS = [
    ("奥巴马致电祝贺拜登赢得大选。", ("奥巴马", "SUPPORT", "拜登", "asserted")),
    ("拜登在演讲中抨击特朗普。", ("拜登", "ACCUSE", "特朗普", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), TWO_HOLDERS)
def test_two_holders_of_one_post_act_on_each_other(text, expected) -> None:
    assert expected in events_of(text)


def test_a_leader_and_a_minister_of_his_own_government_stay_one_side() -> None:
    assert not events_of("特朗普在白宫会见了国务卿鲁比奥。")


# -- a mission named with the host's one-character short form (驻日大使馆) is the organ ---------

MISSIONS_BY_SHORT_HOST = [
    ("英国驻华大使馆发表声明，批评中国。", "英国大使馆", "英国驻华大使馆"),
    ("澳大利亚驻日使馆批评朝鲜。", "澳大利亚大使馆", "澳大利亚驻日使馆"),
    ("法驻俄使馆谴责俄罗斯。", "法国大使馆", "法驻俄使馆"),
]


@pytest.mark.parametrize(("text", "label", "mention"), MISSIONS_BY_SHORT_HOST)
def test_a_mission_with_a_short_host_is_composed_as_with_the_full_name(
    text, label, mention
) -> None:
    result = extract_article(article(text, "2024-05-10"))
    subjects = {(e.subject.actor.label, e.subject.text) for e in result.events}
    assert (label, mention) in subjects


# -- 他们 with no list of countries in focus: the people named together just before --------------

PEOPLE_PRONOUNS = [
    (
        "肯尼亚总统鲁托和南非总统拉马福萨周三举行会谈。他们共同谴责苏丹的暴力冲突。",
        [("鲁托", "ACCUSE", "苏丹", "asserted"), ("拉马福萨", "ACCUSE", "苏丹", "asserted")],
    ),
    (
        "德国总理朔尔茨在柏林会见了到访的加拿大总理特鲁多。他们一致批评俄罗斯。",
        [("朔尔茨", "ACCUSE", "俄罗斯", "asserted"), ("特鲁多", "ACCUSE", "俄罗斯", "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE_PRONOUNS)
def test_they_are_the_people_named_together_before(text, expected) -> None:
    found = events_of(text)
    for event in expected:
        assert event in found


def test_they_after_a_list_of_countries_stay_the_countries() -> None:
    found = events_of("法国、德国和英国外长周四发表联合声明。他们谴责伊朗扩大核计划。")
    assert {("法国", "ACCUSE", "伊朗", "asserted"), ("英国", "ACCUSE", "伊朗", "asserted")} <= found


def test_he_opening_a_clause_is_the_person_of_the_sentence_before() -> None:
    found = events_of("澳大利亚总理阿尔巴尼斯周一抵达北京。他在记者会上批评了朝鲜的导弹试射。")
    assert ("阿尔巴尼斯", "ACCUSE", "朝鲜", "asserted") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("荷兰不同意向乌克兰提供战斗机。", ("荷兰", "AID", "乌克兰", "negated")),
        ("挪威不同意对白俄罗斯实施制裁。", ("挪威", "SANCTION", "白俄罗斯", "negated")),
        ("荷兰表达了向乌克兰提供战斗机的意向。", ("荷兰", "AID", "乌克兰", "intended")),
    ],
)
def test_a_refused_consent_negates_and_a_stated_intention_intends(text, expected) -> None:
    assert expected in events_of(text)


# -- a bare ministry that summons an envoy 驻X is X's -----------------------------------------

SUMMONING_HOSTS = [
    (
        "韩国总统访问了独岛。外交部召见韩国驻日大使，提出强烈抗议。",
        ("日本外务省", "PROTEST", "韩国", "asserted"),
    ),
    ("外交部召见澳大利亚驻华大使。", ("中国外交部", "PROTEST", "澳大利亚", "asserted")),
    ("外交部紧急召见以色列驻土耳其大使。", ("土耳其外交部", "PROTEST", "以色列", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), SUMMONING_HOSTS)
def test_a_bare_ministry_summoning_an_envoy_is_the_hosts(text, expected) -> None:
    assert expected in events_of(text)


# -- 他 and 她 agree with the people the gazetteer knows to be men or women ----------------------

GENDERED_PRONOUNS = [
    (
        "法国总统马克龙会见了意大利总理梅洛尼。她随后批评了俄罗斯。",
        ("梅洛尼", "ACCUSE", "俄罗斯", "asserted"),
        ("马克龙", "ACCUSE", "俄罗斯", "asserted"),
    ),
    (
        "欧盟委员会主席冯德莱恩会见了乌克兰总统泽连斯基。他随后呼吁西方提供更多武器。",
        ("泽连斯基", "REQUEST", "西方", "asserted"),
        ("冯德莱恩", "REQUEST", "西方", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "wrong"), GENDERED_PRONOUNS)
def test_he_and_she_skip_people_of_the_other_gender(text, expected, wrong) -> None:
    found = events_of(text)
    assert expected in found
    assert wrong not in found
