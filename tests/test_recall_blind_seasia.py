"""Recall and precision on a blind round of short Southeast Asian news (South China Sea coast
guard incidents, the Thai-Cambodian border, ASEAN and Myanmar): a coast guard's control
measures, names cut before the predicate, the caller's own mission in a host country, whom a
demand names by 其, a person talking with a pair's leaders, an actor inside a purpose, and words
that name no act (不反对, 拒绝将…称为, 以…接受的方式).

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of


def _triples(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


# -- a coast guard's control measures against ships are coercion --------------------------------

CONTROL_MEASURES = [
    ("中国海警对两艘越南渔船采取管制措施。", ("中国海警", "COERCE", "越南")),
    ("中国海警依法对菲船采取喊话警告、航路管制等管制措施。", ("中国海警", "COERCE", "菲律宾")),
    (
        "中国海警依法对在仙宾礁附近非法停留的多艘菲律宾公务船采取管制措施。",
        ("中国海警", "COERCE", "菲律宾"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONTROL_MEASURES)
def test_control_measures_are_coercion(text, expected) -> None:
    assert expected in _triples(text)


def test_called_out_warning_is_a_warning_not_an_appeal() -> None:
    found = _triples("中国海警对越南渔船进行喊话警告。")
    assert ("中国海警", "THREATEN", "越南") in found
    assert ("中国海警", "REQUEST", "越南") not in found


def test_control_measures_with_no_target_name_nobody() -> None:
    assert events_of("中国海警表示，将继续在相关海域采取管制措施。") == set()


def test_reciprocal_measures_announced_are_taken() -> None:
    found = _triples("针对泰国的决定，柬埔寨政府宣布采取对等回应措施。")
    assert ("柬埔寨", "SANCTION", "泰国") in found
    assert ("柬埔寨", "THREATEN", "泰国") not in found


def test_reciprocal_response_promised_stays_a_threat() -> None:
    assert ("俄罗斯", "THREATEN", "欧盟") in _triples("俄罗斯表示将对欧盟作出对等回应。")


# -- a name after a title ends where the predicate begins ---------------------------------------


def test_name_ends_before_a_call() -> None:
    found = _triples("美国总统特朗普与新加坡总理黄循财通电话。")
    assert ("特朗普", "CONSULT", "黄循财") in found


def test_transliterated_name_ends_before_a_call() -> None:
    assert ("特朗普", "CONSULT", "安华") in _triples("特朗普还与马来西亚首相安华通电话。")


def test_name_ends_before_a_particle_and_an_hour() -> None:
    found = events_of("外交部发言人毛宁于15时许发表谈话，谴责菲律宾。")
    assert ("毛宁", "ACCUSE", "菲律宾", "asserted") in found


# -- 驻X大使馆 after a recall: the caller's own mission in X -------------------------------------


def test_recalling_own_mission_is_aimed_at_the_host() -> None:
    found = _triples("柬埔寨宣布召回驻泰国大使馆的所有外交官。")
    assert ("柬埔寨", "SANCTION", "泰国") in found
    assert not any(o.endswith("大使馆") for _, _, o in found)


def test_named_home_mission_stays_the_home_mission() -> None:
    found = _triples("中国驻泰国大使馆发表声明谴责泰国。")
    assert ("中国大使馆", "ACCUSE", "泰国") in found


# -- 其 after a demand: the one the clause brought in by 与/对 -----------------------------------

ASKED_BY_PRONOUN = [
    "柬埔寨国防部说，柬方没有还击，并立即与泰方联系要求其停止开火。",
    "柬埔寨立即与泰国联系，要求其停止开火。",
]


@pytest.mark.parametrize("text", ASKED_BY_PRONOUN)
def test_demand_by_pronoun_names_the_one_contacted(text) -> None:
    assert ("柬埔寨", "REQUEST", "泰国") in _triples(text)


def test_pronoun_before_a_noun_is_no_target() -> None:
    assert _triples("俄罗斯要求其盟友停止开火。") == set()


# -- a person and a pair's leaders talk ---------------------------------------------------------


def test_person_and_pair_leaders_talk() -> None:
    found = _triples("马来西亚首相安华说，他和泰柬领导人通过电话。")
    assert {("安华", "CONSULT", "泰国"), ("安华", "CONSULT", "柬埔寨")} <= found
    assert ("泰国", "CONSULT", "柬埔寨") not in found


def test_country_and_pair_leaders_stays_a_pair() -> None:
    assert ("美国", "CONSULT", "日本") in _triples("中国和美日领导人举行会谈。")


def test_call_by_phone_is_the_talks() -> None:
    found = _triples("俄乌领导人通过电话进行了会谈。")
    assert ("俄罗斯", "CONSULT", "乌克兰") in found


# -- an actor inside a 为了…而 purpose does not act ------------------------------------------------


def test_actor_inside_purpose_does_not_act() -> None:
    found = _triples("特朗普还为了结束泰柬暴力冲突而与马来西亚首相安华通电话。")
    assert ("特朗普", "CONSULT", "安华") in found
    assert ("泰国", "CONSULT", "安华") not in found
    assert ("柬埔寨", "CONSULT", "安华") not in found


def test_purpose_clause_before_a_comma_keeps_its_subject() -> None:
    assert ("伊朗", "AGREE", "美国") in _triples("为了与美国签署协议，伊朗同意释放囚犯。")


# -- words that name no act -------------------------------------------------------------------


def test_not_objecting_is_no_event() -> None:
    text = "新加坡总理李显龙表示，敏昂莱不反对东盟发挥建设性作用。"
    assert not any(o == "东盟" for _, _, o in _triples(text))


def test_objecting_stays_a_criticism() -> None:
    assert ("中国", "ACCUSE", "美国") in _triples("中方坚决反对美国对台军售。")


def test_refusing_a_name_is_no_refusal_of_the_actor() -> None:
    assert _triples("中国拒绝将缅甸军方夺权称为政变。") == set()


def test_refusing_talks_stays_a_refusal() -> None:
    assert ("朝鲜", "REJECT", "韩国") in _triples("朝鲜拒绝与韩国举行会谈。")


def test_manner_both_sides_accept_is_no_agreement() -> None:
    text = "王毅与菲律宾外长马纳罗通电话。马纳罗表示，希以双方均能接受的方式管控好分歧。"
    found = _triples(text)
    assert ("王毅", "CONSULT", "马纳罗") in found
    assert not any(t == "AGREE" for _, t, _ in found)


def test_accepting_a_proposal_stays_an_agreement() -> None:
    assert ("伊朗", "AGREE", "美国") in _triples("伊朗接受了美国的提议。")


# -- a transliterated name runs over 伦 --------------------------------------------------------


def test_transliterated_name_with_lun() -> None:
    text = (
        "美国国防部长奥斯汀会见菲律宾国防部长洛伦扎纳。"
        "五角大楼表示，奥斯汀在会谈中赞扬洛伦扎纳的领导作用。"
    )
    found = _triples(text)
    assert ("奥斯汀", "CONSULT", "洛伦扎纳") in found
    assert ("奥斯汀", "SUPPORT", "洛伦扎纳") in found


def test_city_with_lun_stays_a_place() -> None:
    found = _triples("英国首相布朗在伦敦会见法国总统萨科齐。")
    assert found == {("布朗", "CONSULT", "萨科齐")}


# -- a country's security forces are its armed forces --------------------------------------------


def test_security_forces_are_an_armed_force() -> None:
    found = _triples("伊拉克安全部队袭击了伊斯兰国据点。")
    assert ("伊拉克安全部队", "ASSAULT", "伊斯兰国") in found


def test_security_forces_criticised() -> None:
    text = "美国官员说：“缅甸安全部队对和平示威者施加的暴力是不可接受的。”"
    assert ("美国", "ACCUSE", "缅甸安全部队") in _triples(text)


# -- the wording of a draft that would condemn condemns nobody ----------------------------------

DRAFT_WORDING = [
    "美国删除了声明中批评以色列的字眼。",
    "缅甸军方镇压示威。然而，由于中国和俄罗斯反对，谴责军方政变夺权的措辞从英国起草的声明中剔除。",
]


@pytest.mark.parametrize("text", DRAFT_WORDING)
def test_draft_wording_condemns_nobody(text) -> None:
    assert not any(t == "ACCUSE" for _, t, _ in _triples(text))


def test_condemning_a_crackdown_stays_a_condemnation() -> None:
    assert ("安理会", "ACCUSE", "缅甸军队") in _triples("安理会谴责缅甸军方的暴力镇压。")


def test_objection_in_focus_stays_a_criticism() -> None:
    assert ("中国", "ACCUSE", "美国") in _triples("美国对中国加征关税。中方对此坚决反对。")


# -- 他 opening clause after clause in one report is one person ----------------------------------


def test_pronoun_opening_clauses_stays_the_speaker() -> None:
    text = "特朗普与马来西亚首相安华通电话。安华在脸书贴文说，他告诉特朗普，他已与泰国总理通电话。"
    found = _triples(text)
    assert ("安华", "CONSULT", "泰国") in found
    assert ("特朗普", "CONSULT", "泰国") not in found


def test_one_pronoun_after_a_report_is_the_speaker() -> None:
    found = _triples("特朗普与马来西亚首相安华通电话。安华说，他已与泰国总理通电话。")
    assert ("安华", "CONSULT", "泰国") in found


# -- Myanmar's parallel government and its listing as terrorists ---------------------------------


def test_parallel_government_meets() -> None:
    found = _triples("全国团结政府代表会晤了美国副国务卿雪蔓。")
    assert ("缅甸民族团结政府", "CONSULT", "雪蔓") in found


def test_scare_quoted_terrorist_listing_is_a_sanction() -> None:
    found = _triples("缅甸军政府将全国团结政府列为“恐怖”组织。")
    assert ("缅甸", "SANCTION", "缅甸民族团结政府") in found


# -- where one arrives does not go on to act ----------------------------------------------------


def test_destination_is_no_subject_of_the_next_clause() -> None:
    found = _triples("哈马斯成员应邀到华府，会晤了美国副国务卿雪蔓。")
    assert ("哈马斯", "CONSULT", "雪蔓") in found


def test_name_ends_before_holding_talks() -> None:
    found = _triples("美国总统特朗普与马来西亚首相安华举行会谈。")
    assert ("特朗普", "CONSULT", "安华") in found


# -- both sides pulling back their own forces: each withdraws from the other ----------------------

OWN_FORCES_PULLED_BACK = [
    "泰柬双方已根据和平协议达成的共识，从边境撤出各自的军队。",
    "泰国和柬埔寨撤回各自的部队。",
]


@pytest.mark.parametrize("text", OWN_FORCES_PULLED_BACK)
def test_both_sides_withdraw_from_each_other(text) -> None:
    found = _triples(text)
    assert {("泰国", "RETREAT", "柬埔寨"), ("柬埔寨", "RETREAT", "泰国")} <= found


def test_one_side_withdrawing_stays_one_event() -> None:
    assert _triples("俄罗斯从乌克兰撤出军队。") == {("俄罗斯", "RETREAT", "乌克兰")}


# -- a vow to hit back at a deed judged as provocation ------------------------------------------

HIT_BACK_AT_PROVOCATION = [
    "中方对菲律宾的挑衅行为予以坚决回击。",
    "中国外交部发言人表示，中方对越南的侵权挑衅行为予以坚决回击。",
]


@pytest.mark.parametrize("text", HIT_BACK_AT_PROVOCATION)
def test_vow_to_hit_back_at_provocation(text) -> None:
    assert any(t == "THREATEN" for _, t, _ in _triples(text))


def test_answer_refused_with_the_accusation_answers_nobody() -> None:
    assert _triples("中方不接受指责和施压。") == set()


# -- calling the other side's claim untrue rebuts it ------------------------------------------


def test_claim_called_untrue_is_rebutted() -> None:
    text = "菲律宾官方回应称，中国海警的相关指控“完全不属实”，“都是谎言”。"
    assert ("菲律宾", "REJECT", "中国海警") in _triples(text)


def test_report_called_untrue_rebuts_nobody() -> None:
    assert events_of("报道称，该消息完全不属实。") == set()


# -- the Southern Theater Command drives off what 其 names after a verb joined by 并 --------------


def test_theater_command_drives_off_a_warship() -> None:
    text = "美国海军驱逐舰驶入西沙群岛领海，中国南部战区组织海空兵力对其跟踪监视并予以警告驱离。"
    assert ("中国人民解放军南部战区", "COERCE", "美国海军") in _triples(text)


def test_coast_guard_shadows_and_drives_off() -> None:
    text = "美国海军驱逐舰驶入西沙群岛领海，中国海警对其跟踪监视并予以警告驱离。"
    assert ("中国海警", "COERCE", "美国海军") in _triples(text)


def test_southern_region_is_no_command() -> None:
    assert events_of("中国南部地区遭遇暴雨。") == set()


# -- declaring a named group terrorist lists it ---------------------------------------------


DECLARED_TERRORIST = [
    ("美国宣布胡塞武装为恐怖组织。", ("美国", "SANCTION", "胡塞武装")),
    ("缅甸军政府宣布全国团结政府为恐怖组织。", ("缅甸", "SANCTION", "缅甸民族团结政府")),
    ("美国国务院认定哈马斯为恐怖组织。", ("美国国务院", "SANCTION", "哈马斯")),
]


@pytest.mark.parametrize(("text", "expected"), DECLARED_TERRORIST)
def test_declared_terrorist_is_listed(text, expected) -> None:
    assert expected in _triples(text)


def test_sanctioning_terrorists_in_general_names_nobody() -> None:
    assert events_of("美国宣布将对恐怖组织实施制裁。") == set()


# -- driving off what the clause before reported intruding --------------------------------------


def test_driving_off_the_intruder_named_before() -> None:
    text = "中国海警局表示，菲律宾船只非法闯入黄岩岛领海，中国海警依法予以驱离。"
    assert ("中国海警", "COERCE", "菲律宾") in _triples(text)


def test_driving_off_with_nobody_in_focus_names_nobody() -> None:
    assert events_of("中国海警依法予以驱离。") == set()


# -- taking a state to an international tribunal is a complaint against it ----------------------


def test_state_taken_to_a_tribunal_is_accused() -> None:
    found = _triples("2013年，菲律宾把中国告上海牙国际仲裁庭。")
    assert ("菲律宾", "ACCUSE", "中国") in found


def test_firm_taken_to_court_stays_a_prosecution() -> None:
    assert ("美国", "COERCE", "华为") in _triples("美国检察官将华为告上法庭。")
