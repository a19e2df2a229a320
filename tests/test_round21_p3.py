"""Precision, round 21 (p3): false positives that recur in what kg emits on fresh news.

A person's short form (卡尼, 杜达) found inside a longer foreign surname (姆纳察卡尼扬,
杜达耶夫) is no mention of that person.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


def _actors(text: str) -> set[str]:
    return {s for s, _, _, _ in events_of(text)} | {o for _, _, o, _ in events_of(text)}


# -- 姆纳察卡尼|扬: a surname's ending after a person's short form --------------------------

INSIDE_A_NAME = [
    ("亚美尼亚外长姆纳察卡尼扬12日在莫斯科与俄外长拉夫罗夫举行会谈。", "卡尼"),
    ("车臣分裂武装头目杜达耶夫下令袭击俄军据点。", "杜达"),
    ("杜达耶夫当天会见了叶利钦派出的特使。", "杜达"),
    ("乌克兰议员卡尼斯基批评普京发动战争。", "卡尼"),
    ("格鲁吉亚反对派领导人拉米什维利谴责政府。", "拉米"),
]


@pytest.mark.parametrize(("text", "short"), INSIDE_A_NAME)
def test_short_form_inside_a_longer_foreign_name_is_no_person(text, short) -> None:
    assert short not in _actors(text)


NAMED_ALONE = [
    ("加拿大总理卡尼与美国总统特朗普举行会谈。", ("卡尼", "CONSULT", "特朗普")),
    ("波兰总统杜达12日在华沙会见了泽连斯基。", ("杜达", "CONSULT", "泽连斯基")),
    ("卡尼扬言将对美国采取报复措施。", ("卡尼", "THREATEN", "美国")),
    ("杜达呼吁北约加强东翼部署。", ("杜达", "REQUEST", "北约")),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_ALONE)
def test_short_form_before_a_word_or_a_verb_stays_the_person(text, expected) -> None:
    assert expected in _pairs(text)


# -- 美方应与中方…: a bare 应 before a coverb is "should", the speaker's demand -------------

OUGHT = [
    ("中方认为,美方应与中方相向而行,通过对话解决分歧。", ("中国", "REQUEST", "美国"), "CONSULT"),
    ("王毅表示,日本应向韩国正式道歉。", ("王毅", "REQUEST", "日本"), "CONCEDE"),
    ("阿巴斯说,以色列应从加沙地带撤军。", ("阿巴斯", "REQUEST", "以色列"), "RETREAT"),
    ("中方表示,菲方应同中方恢复磋商。", ("中国", "REQUEST", "菲律宾"), "CONSULT"),
]


@pytest.mark.parametrize(("text", "demand", "act"), OUGHT)
def test_what_someone_should_do_is_the_speakers_demand_not_a_deed(text, demand, act) -> None:
    found = _pairs(text)
    assert demand in found
    assert not any(kind == act for _, kind, _ in found)


def test_should_without_a_speaker_is_no_deed() -> None:
    assert not any(kind == "CONSULT" for _, kind, _ in _pairs("美国应与中国恢复对话。"))


def test_at_the_invitation_of_is_no_should() -> None:
    found = events_of("应中方邀请,普京将于下周访问中国。")
    assert ("普京", "CONSULT", "中国", "intended") in found
    assert ("中国", "REQUEST", "普京", "asserted") in found


def test_at_israels_request_is_no_should() -> None:
    found = _pairs("应以色列要求,美国向其提供了防空系统。")
    assert ("美国", "AID", "以色列") in found


def test_a_word_that_ends_in_ying_is_no_should() -> None:
    found = events_of("美国答应与中国恢复对话。")
    assert ("美国", "CONSULT", "中国", "intended") in found


# -- 朝鲜驳斥美国关于其…的指控: the claim is about the one who answers it ----------------------

CLAIMED_DEEDS = [
    ("朝鲜驳斥了美国关于其向俄罗斯提供武器的指控。", ("朝鲜", "AID", "俄罗斯"), ("美国", "AID")),
    (
        "中方驳斥了美方关于其向俄罗斯提供军事援助的说法。",
        ("中国", "AID", "俄罗斯"),
        ("美国", "AID"),
    ),
    (
        "伊朗否认了以色列关于其向胡塞武装提供导弹的指控。",
        ("伊朗", "AID", "胡塞武装"),
        ("以色列", "AID"),
    ),
    ("朝鲜驳斥了美国关于朝鲜向俄罗斯提供武器的指控。", ("朝鲜", "AID", "俄罗斯"), ("美国", "AID")),
]


@pytest.mark.parametrize(("text", "deed", "not_doer"), CLAIMED_DEEDS)
def test_a_claim_about_its_deeds_names_the_one_who_answers(text, deed, not_doer) -> None:
    found = _pairs(text)
    assert deed in found
    assert not any((s, t) == not_doer for s, t, _ in found)


def test_the_rebuttal_and_its_claimant_stay() -> None:
    assert ("朝鲜", "REJECT", "美国") in _pairs("朝鲜驳斥了美国关于其向俄罗斯提供武器的指控。")


def test_a_decision_about_its_own_act_is_the_deciders() -> None:
    assert ("美国", "AID", "乌克兰") in _pairs("美国关于向乌克兰提供援助的决定引发争议。")
    assert ("美国", "AID", "乌克兰") in _pairs("美国关于其向乌克兰提供援助的决定引发争议。")


# -- 战争挑衅, 战争准备: a noun that war only qualifies is no war between the sides named -------

NO_WAR = [
    "朝鲜声称,美韩联合军演是对朝鲜的战争挑衅。",
    "朝鲜谴责美日韩加紧战争准备。",
    "朝鲜指责美韩推行对朝战争政策。",
    "朝鲜称美韩是战争狂人。",
    "美韩战争阴云笼罩朝鲜半岛。",
]


@pytest.mark.parametrize("text", NO_WAR)
def test_war_as_a_qualifier_is_no_assault(text) -> None:
    assert not any(kind == "ASSAULT" for _, kind, _ in _pairs(text))


def test_a_war_provocation_is_the_speakers_judgement() -> None:
    found = _pairs("朝鲜声称,美韩联合军演是对朝鲜的战争挑衅。")
    assert ("朝鲜", "ACCUSE", "美国") in found
    assert ("朝鲜", "ACCUSE", "韩国") in found


WARS = [
    ("俄乌战争已经持续了三年。", ("俄罗斯", "ASSAULT", "乌克兰")),
    ("以色列与哈马斯的战争造成大量平民伤亡。", ("以色列", "ASSAULT", "哈马斯")),
    ("美国对伊拉克的战争行为遭到多国谴责。", ("美国", "ASSAULT", "伊拉克")),
]


@pytest.mark.parametrize(("text", "expected"), WARS)
def test_a_war_fought_stays(text, expected) -> None:
    assert expected in _pairs(text)


def test_a_war_drill_is_an_exercise_together() -> None:
    assert ("美国", "COOPERATE", "韩国") in _pairs("美韩举行战争演练。")


# -- 任何…的国家: a relative that 任何 opens names nobody who acts or is acted on ---------------

ANYONE = [
    "美国警告,任何向俄罗斯提供武器的国家都将面临制裁。",
    "美国将制裁任何向俄罗斯提供武器的国家。",
    "美国表示,将对任何与伊朗进行石油交易的企业实施制裁。",
    "欧盟称,任何协助俄罗斯规避制裁的实体都将被列入黑名单。",
]


@pytest.mark.parametrize("text", ANYONE)
def test_an_actor_inside_an_anyone_relative_is_no_side(text) -> None:
    assert events_of(text) == set()


def test_a_named_head_after_the_relative_stays_the_target() -> None:
    found = _pairs("中方将对任何损害中国利益的美国企业实施制裁。")
    assert ("中国", "SANCTION", "美国") in found


def test_a_measure_before_the_warning_stays() -> None:
    found = _pairs("美国对俄罗斯实施制裁,并警告任何向俄罗斯提供武器的国家。")
    assert ("美国", "SANCTION", "俄罗斯") in found


def test_any_provocation_of_a_named_side_is_still_judged() -> None:
    assert ("中国", "ACCUSE", "美国") in _pairs("中方反对美方的任何挑衅行为。")


def test_ships_linked_to_a_country_are_still_its() -> None:
    found = _pairs("胡塞武装此前警告，计划袭击任何与以色列有联系的船只。")
    assert ("胡塞武装", "THREATEN", "以色列") in found
