"""Recall and precision on a blind round of foreign-ministry spokespersons' answers: reciprocal
counter-measures, 以…为 frames around compounds, summits named by their venues, and misdeeds
that an armed verb only combats.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import article, events_of

from kg.extract import extract_article


def _triples(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


# -- 展开对等反击, 作出对等行动: a reciprocal counter-measure answers the act in focus -------------

COUNTER_MEASURES = [
    (
        "美国上月宣布对俄罗斯实施新一轮制裁。俄罗斯随即展开对等反击。",
        ("俄罗斯", "SANCTION", "美国", "asserted"),
    ),
    (
        "英国宣布驱逐两名伊朗外交官,伊朗则采取了对等反制。",
        ("伊朗", "SANCTION", "英国", "asserted"),
    ),
    (
        "伊朗外长表示,如果欧盟对伊朗实施新制裁,伊朗也将作出对等行动。",
        ("伊朗", "SANCTION", "欧盟", "hypothetical"),
    ),
    (
        "澳大利亚对中国钢材加征关税后,中方表示将对澳方采取对等反应。",
        ("中国", "SANCTION", "澳大利亚", "intended"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUNTER_MEASURES)
def test_a_reciprocal_counter_measure_answers_the_act_in_focus(text, expected) -> None:
    assert expected in events_of(text)


def test_reciprocity_as_a_principle_is_no_counter_measure() -> None:
    assert events_of("双方在对等的基础上开展合作。") == set()


# -- 以美韩军演为借口: 以 opening a 以…为 frame is no Israel ---------------------------------------

YI_FRAMES = [
    "朝鲜外务省发言人表示,朝方以美韩军演为借口拒绝恢复对话的说法毫无根据。",
    "日本以中日邦交正常化50周年为契机,邀请中方官员访日。",
    "双方以中俄建交75周年为契机,举行了会谈。",
    "发言人表示,在以朝美首脑会面为契机、朝美磋商被提上日程之际,美国企图同韩国举行军演。",
]


@pytest.mark.parametrize("text", YI_FRAMES)
def test_yi_opening_a_frame_is_no_israel(text) -> None:
    assert not any("以色列" in (s, o) for s, _, o in _triples(text))


def test_the_compound_inside_the_frame_still_stands() -> None:
    assert ("中国", "CONSULT", "俄罗斯") in _triples("双方以中俄建交75周年为契机,举行了会谈。")


def test_israel_in_a_compound_with_no_frame_stays() -> None:
    assert ("以色列", "COOPERATE", "美国") in _triples("以美韩三国举行联合演习。")


# -- 继新加坡及河内会晤后: the venues of a summit are no parties -----------------------------------


def test_the_venues_of_earlier_summits_meet_nobody() -> None:
    text = "今年6月,金正恩与特朗普在板门店会面,这是两人继新加坡及河内会晤后的第三次会面。"
    found = _triples(text)
    assert found == {("金正恩", "CONSULT", "特朗普")}


def test_capitals_that_meet_still_meet() -> None:
    found = _triples("莫斯科和基辅同意举行会谈。")
    assert ("俄罗斯", "CONSULT", "乌克兰") in found


# -- 打击美国在该地区的侵犯人权行为: a misdeed combated, nobody attacked ---------------------------

MISDEEDS = [
    ("伊朗宣布,为打击美国在该地区的侵犯人权行为,伊朗对部分美国个人和实体实施制裁。", "美国"),
    ("俄方将继续打击乌克兰的恐怖主义行为。", "乌克兰"),
]


@pytest.mark.parametrize(("text", "deed_of"), MISDEEDS)
def test_a_misdeed_combated_is_no_attack(text, deed_of) -> None:
    assert not any(t == "ASSAULT" and o == deed_of for _, t, o in _triples(text))


STRIKES = [
    ("伊朗打击以色列的行为是自卫。", ("伊朗", "ASSAULT", "以色列")),
    ("美军打击也门胡塞武装的导弹发射行为。", ("美军", "ASSAULT", "胡塞武装")),
    ("俄军打击乌克兰的能源设施。", ("俄军", "ASSAULT", "乌克兰")),
]


@pytest.mark.parametrize(("text", "expected"), STRIKES)
def test_a_strike_on_an_actor_or_its_things_stays(text, expected) -> None:
    assert expected in _triples(text)


# -- 耿爽:中方对此表示…。(next paragraph) 我们敦促…: the answer goes on to the next question -------

ANSWERS_GOING_ON = [
    (
        "问:据报道,美国务院宣布将对中国企业实施制裁。中方对此有何评论?\n"
        "耿爽:中方对此表示强烈愤慨。\n我们强烈敦促美方立即纠正错误。",
        ("耿爽", "REQUEST", "美国", "asserted"),
    ),
    (
        "问:据报道,美国商务部宣布将多家中国企业列入实体清单。中方有何回应?\n"
        "毛宁:中国外交部对此表示强烈不满。\n美方有关做法违反国际规则。我们敦促美方立即停止打压。",
        ("毛宁", "REQUEST", "美国", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ANSWERS_GOING_ON)
def test_the_side_an_answer_speaks_for_does_not_end_it(text, expected) -> None:
    assert expected in events_of(text)


# -- 向其表明, 阐明: statement verbs; 不当行为, 违背承诺: the speaker's judgement ------------------

JUDGEMENTS = [
    (
        "外交部副部长召见日本驻华大使,向其表明,日本首相的言论极其错误,严重挑衅。",
        ("中国外交部", "ACCUSE", "日本", "asserted"),
    ),
    (
        "中方多次向美方阐明立场,美方的做法是错误的。",
        ("中国", "ACCUSE", "美国", "asserted"),
    ),
    (
        "韩国外交部发言人表示,日方主张拥有独岛主权是不当行为。",
        ("韩国", "ACCUSE", "日本", "asserted"),
    ),
    (
        "韩国外交部发言人表示,我们将对日方的不当主张提出强烈抗议。",
        ("韩国", "ACCUSE", "日本", "asserted"),
    ),
    (
        "朝鲜外务省发言人表示,美国违背其在峰会上做出的承诺,企图重启军演。",
        ("朝鲜外务省", "ACCUSE", "美国", "asserted"),
    ),
    (
        "外交部发言人林剑表示,日方的非建设性言论无助于解决问题。",
        ("林剑", "ACCUSE", "日本", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), JUDGEMENTS)
def test_a_judgement_in_a_statement_is_the_speakers_accusation(text, expected) -> None:
    assert expected in events_of(text)


@pytest.mark.parametrize("text", ["这一结果表明,两国关系正在改善。", "双方进行了建设性的会谈。"])
def test_no_judgement_without_a_speaker_or_a_fault(text) -> None:
    assert not any(t == "ACCUSE" for _, t, _, _ in events_of(text))


# -- 中央军委|装备发展部: a department named after its parent body is one mention ------------------

DEPARTMENTS = [
    ("美国国务院宣布对中国中央军委装备发展部及其负责人实施制裁。", "中国中央军委装备发展部"),
    ("中方强烈谴责美方制裁中央军委装备发展部。", "中央军委装备发展部"),
    ("美方宣布制裁中央军委联合参谋部。", "中央军委联合参谋部"),
]


@pytest.mark.parametrize(("text", "mention"), DEPARTMENTS)
def test_a_department_after_its_body_grows_the_mention(text, mention) -> None:
    targets = {
        e.object.text for e in extract_article(article(text)).events if e.event_type == "SANCTION"
    }
    assert targets == {mention}


# -- 寻求X解除制裁: seeking that someone acts asks them; what is sought is no event ----------------

SOUGHT = [
    (
        "伊朗在维护国家利益的同时,将继续寻求美国彻底解除对伊制裁。",
        ("伊朗", "REQUEST", "美国", "intended"),
    ),
    (
        "委内瑞拉寻求联合国安理会谴责美国的军事行动。",
        ("委内瑞拉", "REQUEST", "安理会", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SOUGHT)
def test_seeking_an_act_of_someone_asks_them(text, expected) -> None:
    found = events_of(text)
    assert expected in found
    assert not any(t in {"CONCEDE", "ACCUSE"} for _, t, _, _ in found)


@pytest.mark.parametrize("text", ["该公司寻求中国市场的机会。", "日本寻求与中国合作。"])
def test_seeking_a_thing_or_a_joint_act_asks_nobody(text) -> None:
    assert not any(t == "REQUEST" for _, t, _, _ in events_of(text))


# -- 制裁名单包括…, 停止从X进口: a sanctions list and a stop to trade sanction ---------------------

LISTS_AND_STOPS = [
    (
        "伊朗宣布对美国实施新的制裁,制裁名单包括美国中央情报局。",
        ("伊朗", "SANCTION", "美国中央情报局", "asserted"),
    ),
    ("日本宣布停止从朝鲜进口所有商品。", ("日本", "SANCTION", "朝鲜", "asserted")),
    ("美国宣布禁止向伊朗出口芯片。", ("美国", "SANCTION", "伊朗", "asserted")),
    ("俄罗斯停止向欧洲出口天然气。", ("俄罗斯", "SANCTION", "欧洲", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), LISTS_AND_STOPS)
def test_a_sanctions_list_and_a_stop_to_trade_sanction(text, expected) -> None:
    assert expected in events_of(text)


# -- 必须承担由此造成的后果, 一切后果由菲方承担: consequences to bear are a threat -----------------

CONSEQUENCES = [
    ("耿爽说,美方必须承担由此造成的后果。", ("耿爽", "THREATEN", "美国", "asserted")),
    (
        "耿爽表示,我们强烈敦促美方立即撤销制裁,否则美方必须承担由此造成的后果。",
        ("耿爽", "THREATEN", "美国", "asserted"),
    ),
    (
        "外交部发言人毛宁表示,菲方若执意挑衅,一切后果由菲方承担。",
        ("毛宁", "THREATEN", "菲律宾", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONSEQUENCES)
def test_consequences_someone_must_bear_are_a_threat(text, expected) -> None:
    assert expected in events_of(text)


def test_consequences_an_expert_assigns_threaten_nobody() -> None:
    assert events_of("专家认为,企业必须承担环境污染的后果。") == set()


# -- (new paragraph) 这名发言人还表示: an unnamed spokesperson again speaks for the body -----------

SPOKESPERSON_AGAIN = [
    (
        "朝鲜外务省发言人16日表示,美韩将举行联合军演。\n这名发言人表示,美国违背其承诺。",
        ("朝鲜外务省", "ACCUSE", "美国", "asserted"),
    ),
    (
        "朝鲜外务省发言人16日表示,美韩将举行联合军演。\n据朝中社报道,该发言人还说,美国违背其承诺。",
        ("朝鲜外务省", "ACCUSE", "美国", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPOKESPERSON_AGAIN)
def test_a_spokesperson_named_again_speaks_for_the_body(text, expected) -> None:
    assert expected in events_of(text)


# -- X称,波斯湾石化工业公司为…提供资金: an unknown organisation opening a clause is its subject ----

ORGANISATIONS_OPENING = [
    "美国财政部7日在一份声明中称,波斯湾石化工业公司为伊朗伊斯兰革命卫队提供资金支持。",
    "美国财政部称,一家石化公司为伊朗伊斯兰革命卫队提供资金支持。",
    "美国财政部称,这家石化公司向伊朗伊斯兰革命卫队提供资金。",
]


@pytest.mark.parametrize("text", ORGANISATIONS_OPENING)
def test_an_unknown_organisation_opening_a_clause_borrows_no_subject(text) -> None:
    assert not any(s == "美国财政部" and t == "AID" for s, t, _, _ in events_of(text))


def test_a_clause_with_no_subject_still_borrows_it() -> None:
    found = events_of("美国宣布,将向乌克兰提供新一轮军事援助。")
    assert ("美国", "AID", "乌克兰", "intended") in found


# -- 美俄制裁战, 欧盟与俄罗斯的制裁战: a sanctions war is waged both ways --------------------------

SANCTIONS_WARS = [
    ("美俄制裁战愈演愈烈。", {("美国", "SANCTION", "俄罗斯"), ("俄罗斯", "SANCTION", "美国")}),
    (
        "欧盟与俄罗斯的制裁战仍在继续。",
        {("欧盟", "SANCTION", "俄罗斯"), ("俄罗斯", "SANCTION", "欧盟")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SANCTIONS_WARS)
def test_a_sanctions_war_is_waged_both_ways(text, expected) -> None:
    assert expected <= _triples(text)


# -- 约见…提出严正交涉: a meeting that lodges a protest is a summons -------------------------------

SUMMONS = [
    (
        "中国外交部亚洲司司长刘劲松约见日本驻华使馆首席公使,就日方涉华错误言行提出严正交涉。",
        ("刘劲松", "PROTEST", "日本大使馆"),
    ),
    (
        "韩国外交部约见日本驻韩国大使馆总括公使,表示强烈抗议。",
        ("韩国外交部", "PROTEST", "日本大使馆"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUMMONS)
def test_a_meeting_that_lodges_a_protest_is_a_summons(text, expected) -> None:
    found = _triples(text)
    assert expected in found
    assert not any(t == "CONSULT" for _, t, _ in found)


def test_a_meeting_to_exchange_views_stays_a_meeting() -> None:
    found = _triples("外交部副部长约见美国驻华大使,就双边关系交换意见。")
    assert ("中国外交部", "CONSULT", "美国") in found


# -- 窜台, 窜美: a condemned visit is a visit; 流窜, 逃窜 are flight -------------------------------

CONDEMNED_VISITS = [
    ("佩洛西窜台严重损害中美关系。", ("佩洛西", "CONSULT", "台湾")),
    ("赖清德窜美过境。", ("赖清德", "CONSULT", "美国")),
]


@pytest.mark.parametrize(("text", "expected"), CONDEMNED_VISITS)
def test_a_condemned_visit_is_a_visit(text, expected) -> None:
    assert expected in _triples(text)


@pytest.mark.parametrize("text", ["犯罪分子流窜美国多地。", "叛军逃窜至乌干达。"])
def test_flight_is_no_visit(text) -> None:
    assert events_of(text) == set()


# -- 美国和日本的双重标准: a judgement about one of a list is about each of it ---------------------

JUDGED_LISTS = [
    ("林剑表示,美国和日本的双重标准令人不齿。", {"美国", "日本"}),
    ("林剑表示,美国、英国和澳大利亚的做法是错误的。", {"美国", "英国", "澳大利亚"}),
    ("林剑表示,日方与菲方勾连的做法是错误的。", {"日本", "菲律宾"}),
    # a vague collective the list only joins is no actor judged
    ("林剑表示,日方与外部势力勾连的做法是错误的。", {"日本"}),
]


@pytest.mark.parametrize(("text", "judged"), JUDGED_LISTS)
def test_a_judgement_about_a_list_judges_each(text, judged) -> None:
    found = {o for s, t, o in _triples(text) if s == "林剑" and t == "ACCUSE"}
    assert found == judged


# -- 据了解,制裁名单包括…: the targets of the last sanction; an officer described is listed --------

SANCTIONS_LISTS = [
    (
        "伊朗宣布对美国实施新的制裁。据了解,制裁名单包括美国中央情报局和美国国民警卫队等实体。",
        ("伊朗", "SANCTION", "美国中央情报局"),
    ),
    (
        "伊朗宣布对美国实施新的制裁。据了解,制裁名单包括美国陆军在中东地区指挥官麦克尔·库里拉。",
        ("伊朗", "SANCTION", "麦克尔·库里拉"),
    ),
    ("伊朗宣布制裁美国陆军在中东地区指挥官麦克尔·库里拉。", ("伊朗", "SANCTION", "麦克尔·库里拉")),
]


@pytest.mark.parametrize(("text", "expected"), SANCTIONS_LISTS)
def test_a_sanctions_list_names_the_last_sanctions_targets(text, expected) -> None:
    found = _triples(text)
    assert expected in found
    assert ("伊朗", "SANCTION", "美国陆军") not in found


def test_a_list_with_no_sanction_before_has_no_subject() -> None:
    assert events_of("制裁名单包括美国中央情报局。") == set()


# -- 问:立陶宛宣布…。中方有何反应? 答:中方…: a response answers whom the question reports ----------

ANSWERED_QUESTIONS = [
    (
        "问:美国国务卿表示将继续在南海开展所谓航行自由行动。中方有何评论?\n"
        "答:美方到处炫耀武力。中方将采取一切必要措施,坚决维护国家主权。",
        ("中国", "THREATEN", "美国", "asserted"),
    ),
    (
        "问:立陶宛宣布允许台湾当局设立所谓代表处。中方有何反应?\n赵立坚:中方对此坚决反对。",
        ("中国", "ACCUSE", "立陶宛", "asserted"),
    ),
    (
        "问:据报道,日本首相近日参拜靖国神社。中方如何回应?\n汪文斌:中方对此表示强烈不满。",
        ("中国", "ACCUSE", "日本", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ANSWERED_QUESTIONS)
def test_a_response_in_an_answer_answers_whom_the_question_reports(text, expected) -> None:
    assert expected in events_of(text)


def test_a_response_outside_any_answer_answers_nobody_reported() -> None:
    text = "美国国务卿表示将继续在南海开展所谓航行自由行动。中方将采取一切必要措施。"
    assert not any(t == "THREATEN" for _, t, _, _ in events_of(text))


# -- 宣布美国驻俄大使馆两名外交官为不受欢迎的人: the staff of a mission are expelled ---------------


def test_the_staff_of_a_mission_named_as_a_body_are_its_states() -> None:
    found = _triples("俄罗斯宣布美国驻俄大使馆两名外交官为不受欢迎的人。")
    assert ("俄罗斯", "SANCTION", "美国") in found  # the embassy is the gold's alternative


def test_diplomats_of_a_country_are_still_expelled() -> None:
    found = _triples("俄罗斯外交部宣布两名美国外交官为不受欢迎的人。")
    assert ("俄罗斯外交部", "SANCTION", "美国") in found


# -- 对[部分国家进口伊朗石油]的制裁豁免: the act of a noun that names no actor is nobody's ---------


def test_an_act_of_an_unnamed_noun_inside_a_to_phrase_is_nobodys() -> None:
    assert events_of("美国不再延长对部分国家进口伊朗石油的制裁豁免。") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中方对美方对台军售的做法表示强烈不满。", ("中国", "ACCUSE", "美国", "asserted")),
        ("美国对中国企业实施制裁。", ("美国", "SANCTION", "中国", "asserted")),
        ("墨西哥对原产于中国的钢材征收25%的关税。", ("墨西哥", "SANCTION", "中国", "asserted")),
    ],
)
def test_an_actor_inside_a_to_phrase_still_counts(text, expected) -> None:
    assert expected in events_of(text)


def test_a_national_guard_is_an_organ_of_its_state() -> None:
    found = _triples("伊朗宣布对美国国民警卫队实施制裁。")
    assert ("伊朗", "SANCTION", "美国国民警卫队") in found


def test_a_list_of_targets_goes_on_into_another_kind() -> None:
    text = (
        "伊朗宣布对美国实施制裁。据了解,制裁名单包括美国陆军在中东地区指挥官麦克尔·库里拉等个人,"
        "以及美国中央情报局、美国国民警卫队等实体。"
    )
    found = {o for s, t, o in _triples(text) if s == "伊朗" and t == "SANCTION"}
    assert {"麦克尔·库里拉", "美国中央情报局", "美国国民警卫队"} <= found


# -- 新华社北京…电 外交部发言人: an organ right after the dateline is the dateline country's -------


def test_an_organ_right_after_the_dateline_is_the_dateline_countrys() -> None:
    text = (
        "外交部发言人:敦促美方正视并解决滥用武力造成的损害\n"
        "新华社北京2月22日电(记者董雪)外交部发言人汪文斌22日表示,美方悍然击落民用飞艇,"
        "严重违反国际惯例。中方再次敦促美方拿出诚意,正视并解决滥用武力给中美关系造成的损害。"
    )
    found = _triples(text)
    assert ("中国外交部", "ACCUSE", "美国") in found
    assert not any(s == "美国外交部" for s, _, _ in found)


# -- 不预设条件的会谈: talks without preconditions are talks, not talks ruled out ------------------

PRECONDITIONS = [
    ("美国愿意和伊朗进行“不预设条件”的会谈。", ("美国", "CONSULT", "伊朗", "intended")),
    ("朝鲜表示愿意与美国举行不设前提条件的对话。", ("朝鲜", "CONSULT", "美国", "intended")),
    ("美国不会和伊朗进行会谈。", ("美国", "CONSULT", "伊朗", "negated")),
]


@pytest.mark.parametrize(("text", "expected"), PRECONDITIONS)
def test_talks_without_preconditions_are_not_ruled_out(text, expected) -> None:
    assert expected in events_of(text)


# -- 巴基斯坦…表示,巴方抗议…: a shared short form names the country named before in its sentence ---

SHARED_FORMS = [
    ("巴基斯坦总理表示,巴方强烈抗议印度违反停火协议。", ("巴基斯坦", "PROTEST", "印度")),
    ("巴勒斯坦总统表示,巴方谴责以色列的袭击。", ("巴勒斯坦", "ACCUSE", "以色列")),
]


@pytest.mark.parametrize(("text", "expected"), SHARED_FORMS)
def test_a_shared_short_form_names_the_country_named_before(text, expected) -> None:
    assert expected in _triples(text)


# -- 在威胁下谈判: talks under a threat; the threat is no act --------------------------------------


def test_talks_under_a_threat_hold_no_threat() -> None:
    found = events_of("伊朗外交部发言人巴加埃表示,伊朗不会在威胁下与美国谈判。")
    assert ("伊朗", "CONSULT", "美国", "negated") in found
    assert not any(t == "THREATEN" for _, t, _, _ in found)


def test_a_threat_made_next_month_is_still_a_threat() -> None:
    assert ("美国", "THREATEN", "伊朗") in _triples("美国威胁下月对伊朗实施新制裁。")


# -- 莫斯科将对欧盟的新一轮制裁作出回应: a response announced is a threat; one made is a statement -

RESPONSES_ANNOUNCED = [
    (
        "俄罗斯外交部发言人扎哈罗娃表示,莫斯科将对欧盟的新一轮制裁作出回应。",
        ("俄罗斯", "THREATEN", "欧盟"),
    ),
    ("中方将视情况对美方的挑衅作出反应。", ("中国", "THREATEN", "美国")),
]


@pytest.mark.parametrize(("text", "expected"), RESPONSES_ANNOUNCED)
def test_a_response_announced_is_a_threat(text, expected) -> None:
    assert expected in _triples(text)


def test_a_response_made_is_no_threat() -> None:
    text = "中国外交部发言人对此作出回应,称美方的说法毫无根据。"
    assert not any(t == "THREATEN" for _, t, _, _ in events_of(text))


# -- 林剑:我们敦促…, 答:我们敦促…: an answer's first 我们 are the answerer's -----------------------

FIRST_WORDS_OF_ANSWERS = [
    (
        "问:菲律宾总统称将继续在南海巡逻。你对此有何回应?\n林剑:我们敦促菲方停止侵权挑衅。",
        ("林剑", "REQUEST", "菲律宾", "asserted"),
    ),
    (
        "法新社记者:菲律宾总统称将继续在南海巡逻。你对此有何回应?\n林剑:我们敦促菲方停止挑衅。",
        ("林剑", "REQUEST", "菲律宾", "asserted"),
    ),
    (
        "问:美方宣布对中国企业实施制裁。中方有何回应?\n答:我们敦促美方立即撤销制裁。",
        ("中国", "REQUEST", "美国", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIRST_WORDS_OF_ANSWERS)
def test_an_answers_first_we_is_the_answerer(text, expected) -> None:
    assert expected in events_of(text)


# -- 中方会否采取反制?: what a question asks whether is no event -----------------------------------

QUESTIONS_WHETHER = [
    "美国财政部昨天宣布制裁多家中国企业。中方会否采取反制?",
    "中方会不会对美国实施反制?",
    "俄罗斯会不会入侵乌克兰仍是未知数。",
]


@pytest.mark.parametrize("text", QUESTIONS_WHETHER)
def test_what_a_question_asks_whether_is_no_event(text) -> None:
    assert not any(s in {"中国", "俄罗斯"} for s, _, _ in _triples(text))


# -- 拜登表示,无意同中国发生冲突: a leader in a conflict with a state is no quarrel ----------------

CONFLICTS_OF_LEADERS = [
    ("拜登表示,无意同中国发生冲突。", {("拜登", "ASSAULT", "中国", "negated")}),
    ("陶崇园不想跟王攀发生正面冲突。", set()),
]


@pytest.mark.parametrize(("text", "expected"), CONFLICTS_OF_LEADERS)
def test_a_leader_in_a_conflict_with_a_state_is_no_quarrel(text, expected) -> None:
    assert events_of(text) == expected
