"""Recall on the misses pooled from the development sets: idioms of rebuttal that judge the
other side (气急败坏, 强词夺理), a statement verb used as a noun (菲方有关表态证明了…), and
what 予以驱离 drives off.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of

JUDGEMENT_IDIOMS = [
    ("中国外交部发言人表示,菲方已经到了气急败坏、毫无底线的地步。", ("中国", "ACCUSE", "菲律宾")),
    ("中国商务部发言人说,日方编造指责,完全是强词夺理。", ("中国商务部", "ACCUSE", "日本")),
    ("中国外交部发言人说,美方的说法颠倒是非、混淆视听。", ("中国", "ACCUSE", "美国")),
    ("俄罗斯外交部发言人表示,北约无事生非、兴风作浪。", ("俄罗斯", "ACCUSE", "北约")),
]


@pytest.mark.parametrize(("text", "expected"), JUDGEMENT_IDIOMS)
def test_idioms_of_rebuttal_are_the_speakers_accusation(text, expected) -> None:
    assert (*expected, "asserted") in events_of(text)


def test_an_idiom_with_no_speaker_accuses_nobody() -> None:
    assert not events_of("有评论认为,这种做法无事生非。")


STATEMENT_NOUNS = [
    (
        "外交部发言人林剑主持例行记者会。林剑表示,菲方有关表态证明了他们已经气急败坏。",
        ("林剑", "ACCUSE", "菲律宾"),
        ("菲律宾", "ACCUSE", "林剑"),
    ),
    (
        "中国外交部发言人说,美方的表态完全是颠倒是非。",
        ("中国", "ACCUSE", "美国"),
        ("美国", "ACCUSE", "中国"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "wrong"), STATEMENT_NOUNS)
def test_a_statement_verb_after_a_determiner_names_no_speaker(text, expected, wrong) -> None:
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    assert expected in found
    assert wrong not in found


DRIVEN_OFF = [
    ("中国海警对菲律宾船只依法予以驱离。", ("中国海警", "COERCE", "菲律宾")),
    ("东部战区对美舰依法予以警告驱离。", ("中国人民解放军东部战区", "COERCE", "美国")),
]


@pytest.mark.parametrize(("text", "expected"), DRIVEN_OFF)
def test_what_is_driven_off_after_dui(text, expected) -> None:
    assert (*expected, "asserted") in events_of(text)


def test_driving_off_with_nobody_named_is_no_event() -> None:
    assert not events_of("中国海警依法予以驱离。")


def test_driving_off_what_dui_named_in_the_clause_before() -> None:
    text = "中国海军对美舰进行识别查证,并予以警告驱离。"
    assert ("中国海军", "COERCE", "美国", "asserted") in events_of(text)


def test_driving_off_further_back_drives_off_the_ship_in_focus() -> None:
    # no 对 of the clause right before: the ship in focus is the one driven off (the South-East
    # Asia round's 予以驱离 with focus, 菲律宾船只非法闯入…,中国海警依法予以驱离)
    text = "中国海警对菲律宾船只进行跟踪,随后返航,予以驱离。"
    assert ("中国海警", "COERCE", "菲律宾", "asserted") in events_of(text)


# -- nominal events: a war of a compound, criticism of someone, mutual support, risks --

NOMINAL_EVENTS = [
    ("印巴开战的消息传遍全国。", ("印度", "ASSAULT", "巴基斯坦")),
    ("日本国内加强对中国大使的批判,并要求其离境。", ("日本", "ACCUSE", "中国")),
    ("中国和俄罗斯在联合国展现了相互支持。", ("中国", "SUPPORT", "俄罗斯")),
    ("中国和俄罗斯在联合国展现了相互支持。", ("俄罗斯", "SUPPORT", "中国")),
]


@pytest.mark.parametrize(("text", "expected"), NOMINAL_EVENTS)
def test_nominal_events_of_war_criticism_and_support(text, expected) -> None:
    assert expected in {(s, t, o) for s, t, o, _ in events_of(text)}


RISKS = [
    ("分析人士认为,中美爆发冲突的风险正在上升。", ("中国", "ASSAULT", "美国"), "intended"),
    ("印巴开战风险持续升高。", ("印度", "ASSAULT", "巴基斯坦"), "intended"),
    ("美国制裁俄罗斯带来的风险不容忽视。", ("美国", "SANCTION", "俄罗斯"), "asserted"),
]


@pytest.mark.parametrize(("text", "expected", "status"), RISKS)
def test_the_risk_of_an_act_is_no_act_yet(text, expected, status) -> None:
    found = {(s, t, o): st for s, t, o, st in events_of(text)}
    assert found.get(expected) == status


# -- 他 after a foreign person named again by the family name alone --


def test_he_is_the_person_named_again_by_family_name() -> None:
    text = (
        "印度外交部秘书维克拉姆·米斯里表示,巴基斯坦违反了停火协议。"
        "特朗普宣布协议由美方斡旋达成。"
        "米斯里表示,协议已遭多次违反。他呼吁巴基斯坦正视这些违规行动。"
    )
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    assert ("维克拉姆·米斯里", "REQUEST", "巴基斯坦") in found
    assert ("特朗普", "REQUEST", "巴基斯坦") not in found


def test_a_family_name_is_no_topic_when_the_full_name_was_never_given() -> None:
    text = "特朗普会见了普京。米斯里表示,协议已遭多次违反。他呼吁巴基斯坦停火。"
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    assert not any(s == "米斯里" for s, _, _ in found)


def test_a_foreign_secretary_is_a_title() -> None:
    found = {(s, t, o) for s, t, o, _ in events_of("印度外交秘书米斯里会见了孟加拉国外长。")}
    assert ("米斯里", "CONSULT", "孟加拉国") in found


# -- calling an act something, and the regime named again --

CALLED = [
    ("日本将中国海警船的举动定性为挑衅。", ("日本", "ACCUSE", "中国海警")),
    ("美国和韩国把朝鲜的试射描述为挑衅行为。", ("韩国", "ACCUSE", "朝鲜")),
]


@pytest.mark.parametrize(("text", "expected"), CALLED)
def test_calling_an_act_a_provocation_judges_who_did_it(text, expected) -> None:
    assert (*expected, "asserted") in events_of(text)


def test_this_regime_is_the_country_named_before() -> None:
    text = "美国谴责朝鲜试射导弹,并呼吁这个政权重返无核化谈判。"
    assert ("美国", "REQUEST", "朝鲜", "asserted") in events_of(text)


def test_a_short_demonstrative_inside_a_word_is_none() -> None:
    text = "美国制裁朝鲜。该行动引发批评。"
    assert not any(o == "美国" and s == "美国" for s, _, o, _ in events_of(text))


def test_a_countrys_neighbours_calling_its_act_a_provocation() -> None:
    text = "美国和朝鲜邻国把朝鲜的试射描述为挑衅行为。"
    found = events_of(text)
    assert ("美国", "ACCUSE", "朝鲜", "asserted") in found
    assert not any(s == o for s, _, o, _ in found)


# -- armed acts named as nouns after 对X的, or done 对X进行 --

ARMED_NOUNS = [
    ("朝鲜对韩国的炮击造成两人死亡。", ("朝鲜", "ASSAULT", "韩国")),
    ("以军对加沙南部进行炮击。", ("以军", "ASSAULT", "加沙")),
    ("武装分子对政府军车队进行伏击。", None),
]


@pytest.mark.parametrize(("text", "expected"), ARMED_NOUNS)
def test_armed_acts_on_what_dui_names(text, expected) -> None:
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    assert expected in found if expected else not found


# -- a response an act causes, with nobody named to respond --


def test_displeasure_caused_with_nobody_named_is_no_event() -> None:
    found = {(s, t, o) for s, t, o, _ in events_of("美国对台军售引发强烈不满。")}
    assert ("美国", "ACCUSE", "台湾") not in found
    assert ("美国", "AID", "台湾") in found


def test_displeasure_caused_in_a_named_actor_still_counts() -> None:
    found = {(s, t, o) for s, t, o, _ in events_of("美国对台军售引发中方强烈不满。")}
    assert ("中国", "ACCUSE", "美国") in found


# -- judgements in a statement: 挑衅性, 是错误的 --

JUDGED = [
    ("菲律宾外交部表示,中国海警的行为是危险的和挑衅性的。", ("菲律宾外交部", "ACCUSE", "中国海警")),
    ("朝鲜外务省发言人说,美国的行为是错误的。", ("朝鲜外务省", "ACCUSE", "美国")),
]


@pytest.mark.parametrize(("text", "expected"), JUDGED)
def test_a_judgement_in_a_statement_accuses(text, expected) -> None:
    assert (*expected, "asserted") in events_of(text)


def test_a_provocative_move_with_no_speaker_accuses_nobody() -> None:
    assert not events_of("朝鲜的挑衅性行为引发关注。")


# -- partners of a joint effort (同X和Y一道), and 两国 that cannot hold the one who speaks --


def test_every_partner_listed_before_yidao_takes_part() -> None:
    found = {(s, t, o) for s, t, o, _ in events_of("中国愿同俄罗斯、伊朗和巴基斯坦携手,加强合作。")}
    for partner in ("俄罗斯", "伊朗", "巴基斯坦"):
        assert ("中国", "COOPERATE", partner) in found


def test_the_subject_before_yu_is_no_partner_of_its_own_effort() -> None:
    found = {(s, t, o) for s, t, o, _ in events_of("中方与新西兰一道,深化交流合作。")}
    assert ("中国", "COOPERATE", "新西兰") in found


def test_liangguo_after_a_visit_is_the_two_countries_visited() -> None:
    text = "王毅将访问新西兰和澳大利亚。中方期待同两国一道,深化交流合作。"
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    assert ("中国", "COOPERATE", "新西兰") in found
    assert ("中国", "COOPERATE", "澳大利亚") in found


# -- two subjects joined by 和, a comma, then 都/均 --


def test_both_subjects_before_a_comma_and_dou_act() -> None:
    found = {(s, t, o) for s, t, o, _ in events_of("美国和英国，都谴责了俄罗斯。")}
    assert {("美国", "ACCUSE", "俄罗斯"), ("英国", "ACCUSE", "俄罗斯")} <= found


# -- a junta holding its state's leader, and demands to release whom someone holds --


def test_a_junta_detaining_the_president_acts_on_him() -> None:
    found = {(s, t, o) for s, t, o, _ in events_of("尼日尔军政府扣押了总统巴祖姆。")}
    assert ("尼日尔", "COERCE", "巴祖姆") in found


def test_a_government_arresting_its_former_president_is_no_event_here() -> None:
    assert not events_of("尼日尔政府逮捕了前总统巴祖姆。")


def test_a_demand_to_release_asks_the_one_holding_him() -> None:
    text = "尼日尔军政府扣押了总统巴祖姆。西共体要求立即释放巴祖姆。"
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    assert ("西非国家经济共同体", "REQUEST", "尼日尔") in found


def test_a_demand_to_release_someone_else_asks_nobody() -> None:
    text = "伊朗逮捕了英国大使。英国要求立即释放法国公民。"
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    assert not any(t == "REQUEST" for _, t, _ in found)


# -- inciting as a judgement, and a statement's document that goes on in a new paragraph --


def test_inciting_told_in_a_statement_is_the_speakers_accusation() -> None:
    found = events_of("俄罗斯外交部表示,美国煽动乌克兰对抗俄罗斯。")
    assert ("俄罗斯外交部", "ACCUSE", "美国", "asserted") in found


def test_inciting_with_no_speaker_accuses_nobody() -> None:
    assert not events_of("有人煽动民众上街。")


def test_the_document_of_a_statement_goes_on_in_the_next_paragraph() -> None:
    text = "俄外交部当天发布公告说,俄罗斯将驱逐60名美国外交官。\n公告还说,美国一直煽动反俄活动。"
    assert ("俄罗斯外交部", "ACCUSE", "美国", "asserted") in events_of(text)


def test_someone_else_in_the_next_paragraph_is_not_the_statement() -> None:
    text = "俄外交部发布公告说,俄罗斯将驱逐60名美国外交官。\n分析人士还说,美国煽动反俄活动。"
    assert ("俄罗斯外交部", "ACCUSE", "美国", "asserted") not in events_of(text)


# -- a name that 一 completes after a title --


def test_a_name_ending_in_yi_after_a_title() -> None:
    found = events_of("中国常驻联合国代表刘结一在会上表示:“我们要求朝方遵守决议。”")
    assert ("刘结一", "REQUEST", "朝鲜", "asserted") in found


def test_yi_xing_after_a_name_is_no_part_of_it() -> None:
    found = events_of("外交部长王毅一行抵达莫斯科。王毅一行会见了俄罗斯外长。")
    assert not any("王毅一" in s or "王毅一" in o for s, _, o, _ in found)
