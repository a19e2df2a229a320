"""Recall on a blind round of short reports on Europe's relations with China and Russia: the
members a 包括…在内, list names before a group that acts, trade carried on with a country
(开展贸易), admiration (钦佩), the doer of an event phrase that 对…表示 closes and whose verbs
are joined (对X访问Y并会见Z表示不满), goods a levy hits (对自华进口电动汽车征收…), and the
press answer (答记者问) that is no name after 发言人.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of


def _triples(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


# -- 包括A、B和C在内，N…: the listed members act, also when a comma closes the list ----------

INCLUDED_BEFORE_COMMA = [
    (
        "包括波兰、捷克和斯洛伐克在内，多个欧盟成员国一再敦促德国向乌克兰提供坦克。",
        {("波兰", "REQUEST", "德国"), ("捷克", "REQUEST", "德国"), ("斯洛伐克", "REQUEST", "德国")},
    ),
    (
        "包括芬兰、瑞典在内，一些北欧国家批评俄罗斯。",
        {("芬兰", "ACCUSE", "俄罗斯"), ("瑞典", "ACCUSE", "俄罗斯")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), INCLUDED_BEFORE_COMMA)
def test_members_listed_before_a_comma_act(text, expected) -> None:
    assert expected <= _triples(text)


def test_members_of_a_compound_in_the_list_act() -> None:
    found = _triples("包括英法在内的多数欧洲国家都在同中国开展贸易。")
    assert {("英国", "COOPERATE", "中国"), ("法国", "COOPERATE", "中国")} <= found


def test_a_list_that_is_no_subject_gives_no_members() -> None:
    # the list is what the act is done to: its members do nothing
    found = _triples("俄罗斯谴责包括波兰、立陶宛在内的北约国家。")
    assert ("波兰", "ACCUSE", "俄罗斯") not in found
    assert ("立陶宛", "ACCUSE", "俄罗斯") not in found


# -- 同X开展贸易: trade carried on with a country ----------------------------------------------


def test_trade_carried_on_with_a_country_is_cooperation() -> None:
    assert ("英国", "COOPERATE", "中国") in _triples("英国同中国开展贸易。")


def test_trade_with_no_partner_is_no_event() -> None:
    assert events_of("两国将开展贸易合作。") == set()


# -- 钦佩: admiration is support ----------------------------------------------------------------

ADMIRATION = [
    ("斯洛伐克总理菲佐对匈牙利总理欧尔班访问俄罗斯表示钦佩。", ("菲佐", "SUPPORT", "欧尔班")),
    ("塞尔维亚总统武契奇对中国表示钦佩。", ("武契奇", "SUPPORT", "中国")),
]


@pytest.mark.parametrize(("text", "expected"), ADMIRATION)
def test_admiration_is_support(text, expected) -> None:
    assert expected in _triples(text)


# -- 对[X访问Y并会见Z]表示不满: the joined verb is X's too --------------------------------------

JOINED_IN_PHRASE = [
    (
        "欧盟委员会主席冯德莱恩对欧尔班访问俄罗斯并会见普京表示不满。",
        ("欧尔班", "CONSULT", "普京"),
        ("冯德莱恩", "CONSULT", "普京"),
    ),
    (
        "中方对美国众议长访问台湾并会见赖清德表示强烈不满。",
        ("美国", "CONSULT", "赖清德"),
        ("中国", "CONSULT", "赖清德"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "wrong"), JOINED_IN_PHRASE)
def test_joined_verb_in_an_event_phrase_is_its_doers(text, expected, wrong) -> None:
    found = _triples(text)
    assert expected in found
    assert wrong not in found


def test_joined_verb_outside_a_phrase_keeps_the_subject() -> None:
    found = _triples("匈牙利总理欧尔班访问俄罗斯并会见普京。")
    assert ("欧尔班", "CONSULT", "普京") in found


# -- 对自华进口电动汽车征收…: goods a levy hits are no trade -------------------------------------

GOODS_LEVIED = [
    ("欧盟拟对自华进口电动汽车征收临时反补贴税。", ("欧盟", "SANCTION", "中国")),
    ("美国宣布对从墨西哥进口钢铁加征关税。", ("美国", "SANCTION", "墨西哥")),
]


@pytest.mark.parametrize(("text", "expected"), GOODS_LEVIED)
def test_goods_a_levy_hits_are_no_trade(text, expected) -> None:
    found = _triples(text)
    assert expected in found
    assert not any(t == "COOPERATE" for _, t, _ in found)


def test_imports_with_no_levy_are_trade() -> None:
    assert ("德国", "COOPERATE", "中国") in _triples("德国去年从中国进口大量汽车。")


# -- 发言人答记者问: the answer is no name ----------------------------------------------------


def test_press_answer_after_spokesperson_is_no_actor() -> None:
    found = events_of("中国驻欧盟使团以发言人答记者问方式回应，批评北约峰会公报。")
    assert found
    assert not any("记者" in s or "记者" in o for s, _, o, _ in found)


def test_named_spokesperson_still_answers() -> None:
    assert ("林剑", "ACCUSE", "美国") in _triples("外交部发言人林剑答记者问时批评美国。")


# -- 包括X在内的多数国家都在与Y…: a list opening the clause names its subjects ---------------------

LIST_OPENS_CLAUSE = [
    ("郭嘉昆表示，包括美国在内的大多数国家都在与俄罗斯进行合作。", ("美国", "COOPERATE", "俄罗斯")),
    ("发言人说，包括英国、法国在内的许多国家都在同伊朗开展贸易。", ("英国", "COOPERATE", "伊朗")),
]


@pytest.mark.parametrize(("text", "expected"), LIST_OPENS_CLAUSE)
def test_list_opening_a_clause_names_its_subjects(text, expected) -> None:
    found = _triples(text)
    assert expected in found
    assert not any(s in {"郭嘉昆", "发言人"} for s, _, _ in found)


def test_list_inside_a_with_phrase_is_still_the_partner() -> None:
    found = _triples("中国同包括赤道几内亚在内的非洲国家开展合作。")
    assert ("中国", "COOPERATE", "赤道几内亚") in found


# -- 召回X驻Y大使: a recall of one's own envoy is aimed at the host --------------------------------

RECALLS = [
    ("中国外交部决定召回中国驻立陶宛大使。", ("中国外交部", "SANCTION", "立陶宛")),
    ("立陶宛已经将该国驻中国大使召回国内。", ("立陶宛", "SANCTION", "中国")),
    ("法国召回驻美国和澳大利亚大使。", ("法国", "SANCTION", "澳大利亚")),
]


@pytest.mark.parametrize(("text", "expected"), RECALLS)
def test_recall_of_own_envoy_is_aimed_at_the_host(text, expected) -> None:
    found = _triples(text)
    assert expected in found
    assert not any(s == o for s, _, o in found)


# -- 因为…,因此…: the result goes on from the subject named before the reason -------------------

REASON_THEN_RESULT = [
    (
        "中国外交部发表声明，宣布因为立陶宛政府允许台湾当局设立代表处，严重损害中国主权，"
        "因此决定召回中国驻立陶宛大使，并要求立陶宛政府召回其驻中国大使。",
        {("中国外交部", "SANCTION", "立陶宛"), ("中国外交部", "REQUEST", "立陶宛")},
        "台湾",
    ),
    (
        "俄罗斯外交部表示，由于爱沙尼亚驱逐俄罗斯外交官，因此决定驱逐一名爱沙尼亚外交官。",
        {("俄罗斯外交部", "SANCTION", "爱沙尼亚")},
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected", "not_subject"), REASON_THEN_RESULT)
def test_result_goes_on_from_the_subject_before_the_reason(text, expected, not_subject) -> None:
    found = _triples(text)
    assert expected <= found
    assert not any(s == not_subject for s, _, _ in found)


# -- 就两国合作…交换意见: cooperation talked about is no act -------------------------------------


def test_cooperation_as_a_topic_is_no_event() -> None:
    found = _triples("普京与欧尔班就两国合作热点问题和乌克兰局势等交换意见。")
    assert not any(t == "COOPERATE" for _, t, _ in found)


def test_cooperation_of_a_pair_still_counts() -> None:
    assert ("中国", "COOPERATE", "俄罗斯") in _triples("中俄两国加强合作。")


# -- 落实…会晤达成的共识: talks and a deal a relative 达成的 describes took place ------------------

REACHED_IN_TALKS = [
    (
        "中方敦促美方落实中美元首会晤达成的重要共识。",
        {("中国", "CONSULT", "美国", "asserted"), ("中国", "AGREE", "美国", "asserted")},
    ),
    (
        "中方敦促欧盟切实落实近期中法欧领导人三方会晤达成的重要共识。",
        {
            ("中国", "CONSULT", "法国", "asserted"),
            ("中国", "CONSULT", "欧盟", "asserted"),
            ("法国", "CONSULT", "欧盟", "asserted"),
            ("中国", "AGREE", "欧盟", "asserted"),
        },
    ),
    (
        "双方将落实近期中美元首会晤达成的重要共识。",
        {("中国", "CONSULT", "美国", "asserted")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), REACHED_IN_TALKS)
def test_talks_that_reached_a_deal_took_place(text, expected) -> None:
    assert expected <= events_of(text)


def test_talks_asked_for_are_still_no_event() -> None:
    found = events_of("中方敦促美方同朝方举行会谈。")
    assert not any(t == "CONSULT" for _, t, _, _ in found)


def test_talks_hoped_for_stay_intended() -> None:
    assert ("中国", "CONSULT", "美国", "intended") in events_of("中方希望中美两国元首会晤。")


# -- 近期|中美: a time word in 期 before a compound of short forms --------------------------------


def test_compound_after_a_time_word_in_qi() -> None:
    assert ("中国", "COOPERATE", "俄罗斯", "asserted") in events_of("近期中俄海军举行联合演习。")


def test_mid_term_exam_names_no_country() -> None:
    assert events_of("学生参加期中考试后与美国同学交流。") == events_of(
        "学生参加考试后与美国同学交流。"
    )


# -- 对中方的指责、污蔑: a trigger listed with 、 shares the sides of the one before --------------


def test_listed_trigger_shares_the_target() -> None:
    found = events_of("王鲁彤指，敦促北约立即停止对中方的各种指责、污蔑。")
    assert ("北约", "ACCUSE", "中国", "asserted") in found
    assert ("北约", "ACCUSE", "王鲁彤", "asserted") not in found


def test_listed_trigger_of_another_kind_keeps_its_own() -> None:
    assert ("中国", "PROTEST", "美国") in _triples("中方谴责、抗议美国的挑衅行为。")


# -- A…B:坚决反对: the speaker of what a colon opens stands at the colon ---------------------------

HEADLINE_SPEAKERS = [
    "欧盟对俄制裁涉及中企 外交部:坚决反对",
    "美国对华加征关税 商务部:坚决反对",
]


@pytest.mark.parametrize("text", HEADLINE_SPEAKERS)
def test_actor_before_a_headline_speaker_does_not_answer(text) -> None:
    assert not any(t == "ACCUSE" for _, t, _ in _triples(text))


def test_speaker_before_the_colon_still_speaks() -> None:
    assert ("华春莹", "REQUEST", "美国") in _triples("华春莹:美方应立即停止对台军售。")
    assert ("中国", "ACCUSE", "美国") in _triples("王毅表示:中方坚决反对美国对台军售。")


# -- 以X反俄为由: russophobia given as the reason blames the one named ---------------------------


def test_russophobia_as_the_reason_blames() -> None:
    found = _triples("俄罗斯以爱沙尼亚反俄为由，驱逐爱沙尼亚大使。")
    assert {("俄罗斯", "ACCUSE", "爱沙尼亚"), ("俄罗斯", "SANCTION", "爱沙尼亚")} <= found


# -- 将…外交关系降级: ties downgraded are cut, done (将 is 把 here) -------------------------------

DOWNGRADES = [
    ("中国将同立陶宛的外交关系降级为代办级。", ("中国", "SANCTION", "立陶宛", "asserted")),
    ("俄罗斯宣布将与爱沙尼亚的外交关系降级。", ("俄罗斯", "SANCTION", "爱沙尼亚", "asserted")),
    (
        "俄罗斯以爱沙尼亚反俄为由，将彼此外交关系降级并驱逐对方使节。",
        ("俄罗斯", "SANCTION", "爱沙尼亚", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOWNGRADES)
def test_ties_downgraded_are_cut(text, expected) -> None:
    assert expected in events_of(text)


def test_will_before_a_measure_is_still_a_plan() -> None:
    assert ("美国", "SANCTION", "俄罗斯", "intended") in events_of("美国将延长对俄制裁。")


# -- 深化与X的关系: ties deepened are cooperation --------------------------------------------------

DEEPENED = [
    ("俄罗斯深化与中国的关系。", ("俄罗斯", "COOPERATE", "中国")),
    ("印度将深化同美国的防务关系。", ("印度", "COOPERATE", "美国")),
]


@pytest.mark.parametrize(("text", "expected"), DEEPENED)
def test_ties_deepened_are_cooperation(text, expected) -> None:
    assert expected in _triples(text)


def test_deepened_reform_is_no_event() -> None:
    assert events_of("我们要深化改革，处理好政府和市场的关系。") == set()


# -- 随X一起访问Y: the one accompanied does not act for the subject -----------------------------


def test_one_accompanied_is_no_subject() -> None:
    found = _triples("菲佐愿意随欧尔班一起访问俄罗斯。")
    assert ("菲佐", "CONSULT", "俄罗斯") in found
    assert ("欧尔班", "CONSULT", "俄罗斯") not in found


def test_afterwards_is_no_preposition() -> None:
    assert ("普京", "CONSULT", "欧尔班") in _triples("随后普京会见了欧尔班。")


# -- 点名X, 将X定位为…挑战: naming a state a challenge accuses it -------------------------------

NAMED_A_CHALLENGE = [
    ("北约领袖峰会公报点名中国构成安全挑战。", ("北约", "ACCUSE", "中国")),
    ("北约将俄罗斯定位为最直接的威胁。", ("北约", "ACCUSE", "俄罗斯")),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_A_CHALLENGE)
def test_naming_a_state_a_challenge_accuses_it(text, expected) -> None:
    assert expected in _triples(text)


def test_roll_call_is_no_event() -> None:
    assert events_of("老师点名表扬了学生。") == set()


# -- 不放弃对X使用武力: force not ruled out threatens ----------------------------------------------

FORCE_NOT_RULED_OUT = [
    ("中国不放弃对台湾使用武力。", ("中国", "THREATEN", "台湾")),
    ("美国不排除对伊朗使用武力。", ("美国", "THREATEN", "伊朗")),
]


@pytest.mark.parametrize(("text", "expected"), FORCE_NOT_RULED_OUT)
def test_force_not_ruled_out_threatens(text, expected) -> None:
    assert expected in _triples(text)


# -- 很高兴应X总统多次邀请,再次到访…: the host invites, the guest visits ----------------------

INVITED_AGAIN = [
    "习近平很高兴应武契奇总统多次邀请，再次到访塞尔维亚。",
    "匈牙利总理欧尔班应普京总统一再邀请，访问俄罗斯。",
]


@pytest.mark.parametrize("text", INVITED_AGAIN)
def test_repeated_invitation_names_the_host(text) -> None:
    found = _triples(text)
    assert any(t == "REQUEST" for _, t, _ in found)
    assert any(t == "CONSULT" for _, t, _ in found)


def test_host_of_an_invitation_does_not_visit_his_own_country() -> None:
    found = _triples("习近平很高兴应武契奇总统多次邀请，再次到访塞尔维亚。")
    assert ("习近平", "CONSULT", "塞尔维亚") in found


# -- [与北京建交的]国家…: an actor inside a 与-relative describes the noun, it does not act --------


def test_actor_inside_a_with_relative_is_no_subject() -> None:
    found = _triples("与北京建交的国家不得与台湾发生官方关系。")
    assert ("中国", "CONSULT", "台湾") not in found


def test_partner_of_a_meeting_before_its_subject_still_meets() -> None:
    assert ("俄罗斯", "CONSULT", "乌克兰") in _triples("俄罗斯与乌克兰举行会谈。")


# -- 拒绝加入欧盟对俄制裁: the measure exists, the joiner's part is what is done or refused --------

JOINED_MEASURES = [
    (
        "塞尔维亚拒绝加入欧盟对俄制裁。",
        ("塞尔维亚", "SANCTION", "俄罗斯", "negated"),
        ("欧盟", "SANCTION", "俄罗斯", "asserted"),
    ),
    (
        "塞尔维亚至今未参与西方对俄罗斯的制裁。",
        ("塞尔维亚", "SANCTION", "俄罗斯", "negated"),
        ("西方", "SANCTION", "俄罗斯", "asserted"),
    ),
    (
        "日本宣布加入美国对俄罗斯的制裁。",
        ("日本", "SANCTION", "俄罗斯", "asserted"),
        ("美国", "SANCTION", "俄罗斯", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "joiner", "owner"), JOINED_MEASURES)
def test_joined_measure_exists_and_the_joiner_takes_part(text, joiner, owner) -> None:
    found = events_of(text)
    assert {joiner, owner} <= found
    assert (owner[0], "SANCTION", owner[2], "negated") not in found


def test_opposed_measure_has_no_joiner() -> None:
    found = _triples("匈牙利反对欧盟对俄制裁。")
    assert ("匈牙利", "SANCTION", "俄罗斯") not in found


# -- 就X对Y的措施向世贸组织提起诉讼: the measure is X's, the suit is against X --------------------

SUITS_OVER_MEASURES = [
    (
        "欧盟就中国对立陶宛的贸易限制措施向世贸组织提起诉讼。",
        {("中国", "SANCTION", "立陶宛"), ("欧盟", "ACCUSE", "中国")},
        ("欧盟", "SANCTION", "立陶宛"),
    ),
    (
        "欧盟就中国对立陶宛的贸易限制向世贸组织起诉中国。",
        {("欧盟", "ACCUSE", "中国")},
        ("欧盟", "SANCTION", "立陶宛"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "wrong"), SUITS_OVER_MEASURES)
def test_suit_closes_the_phrase_of_the_measure(text, expected, wrong) -> None:
    found = _triples(text)
    assert expected <= found
    assert wrong not in found


# -- 经济胁迫: economic coercion is a measure; leaving a cooperation mechanism is no cooperation --

COERCION = [
    "中国对立陶宛实施经济胁迫。",
    "立陶宛指责中国对其实施经济胁迫。",
]


@pytest.mark.parametrize("text", COERCION)
def test_economic_coercion_is_a_measure(text) -> None:
    assert ("中国", "SANCTION", "立陶宛") in _triples(text)


def test_leaving_a_cooperation_mechanism_is_no_cooperation() -> None:
    found = _triples("爱沙尼亚和拉脱维亚宣布退出中东欧合作机制。")
    assert not any(t == "COOPERATE" for _, t, _ in found)


def test_leaving_a_mechanism_named_by_a_country_rejects_it() -> None:
    found = _triples("波罗的海三国宣布退出中国—中东欧国家合作机制。")
    assert any(t == "REJECT" and o == "中国" for _, t, o in found)


# -- X称如果…,愿意…: the speaker before a condition goes on after it ------------------------------

SPEAKER_BEFORE_CONDITION = [
    ("菲佐称如果健康状况允许，愿意随欧尔班一起访问俄罗斯。", ("菲佐", "CONSULT", "俄罗斯")),
    ("特朗普表示如果伊朗拒绝谈判，将对其实施制裁。", ("特朗普", "SANCTION", "伊朗")),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKER_BEFORE_CONDITION)
def test_speaker_before_a_condition_goes_on(text, expected) -> None:
    assert (*expected, "hypothetical") in events_of(text)


def test_subject_inside_a_condition_still_does_not_go_on() -> None:
    found = _triples("如果佩洛西访台，中方必将采取反制措施。")
    assert not any(s == "佩洛西" and t == "SANCTION" for s, t, _ in found)
