"""Recall on a blind round of long commentaries on international relations: words of propping
up a side (扶植, 扶持), and the actor inside a 在…情况下/后 frame who does the act the frame
holds, while the actor before the frame does the act after it.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of

# -- 扶植, 扶持: propping up a side is support -----------------------------------------------

PROPPING_UP = [
    ("冷战初期，美国转而扶植日本，以遏制苏联在亚洲的影响。", ("美国", "SUPPORT", "日本")),
    ("俄罗斯多年来一直扶持叙利亚政府。", ("俄罗斯", "SUPPORT", "叙利亚")),
    ("分析人士认为，美国在中东扶植以色列。", ("美国", "SUPPORT", "以色列")),
]


@pytest.mark.parametrize(("text", "expected"), PROPPING_UP)
def test_propping_up_a_side_is_support(text, expected) -> None:
    assert expected in {(s, t, o) for s, t, o, _ in events_of(text)}


def test_propping_up_no_actor_is_no_event() -> None:
    assert events_of("中国扶持本国企业。") == set()


# -- X在Y V Z的情况下/前提下/后 V2: Y does V, X does V2 ---------------------------------------

FRAMED_ACTS = [
    (
        "菲律宾担心美国不会在中国海警袭击菲律宾船只的情况下出手相助。",
        ("中国海警", "ASSAULT", "菲律宾"),
        ("美国", "ASSAULT", "菲律宾"),
    ),
    (
        "美国在以色列空袭伊朗后向以色列提供援助。",
        ("以色列", "ASSAULT", "伊朗"),
        ("美国", "ASSAULT", "伊朗"),
    ),
    (
        "美国在俄罗斯入侵乌克兰后宣布对俄实施制裁。",
        ("俄罗斯", "ASSAULT", "乌克兰"),
        ("乌克兰", "SANCTION", "俄罗斯"),
    ),
    (
        "欧盟在俄罗斯吞并克里米亚之后对俄实施了制裁。",
        ("欧盟", "SANCTION", "俄罗斯"),
        ("克里米亚", "SANCTION", "俄罗斯"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "wrong"), FRAMED_ACTS)
def test_the_actor_inside_a_frame_does_its_act(text, expected, wrong) -> None:
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    assert expected in found
    assert wrong not in found


def test_the_actor_before_the_frame_does_the_act_after_it() -> None:
    found = {(s, t, o) for s, t, o, _ in events_of("美国在俄罗斯入侵乌克兰后宣布对俄实施制裁。")}
    assert ("美国", "SANCTION", "俄罗斯") in found


def test_a_frame_of_circumstance_with_no_act_frames_nothing() -> None:
    # 在没有证据的情况下: no act inside, the actor before it accuses
    found = events_of("美方在没有任何证据的情况下指责中国。")
    assert ("美国", "ACCUSE", "中国", "asserted") in found


# -- 港英政府, 港英当局: the colonial government of Hong Kong acts for Britain ---------------------

COLONIAL_GOVERNMENT = [
    ("当年港英当局出动军警镇压香港示威民众。", ("英国", "COERCE", "香港抗议者")),
    ("港英政府拒绝了北京的要求。", ("英国", "REJECT", "中国")),
]


@pytest.mark.parametrize(("text", "expected"), COLONIAL_GOVERNMENT)
def test_the_colonial_government_of_hong_kong_is_britain(text, expected) -> None:
    assert expected in {(s, t, o) for s, t, o, _ in events_of(text)}


# -- 别有用心, 图谋不轨, 多管闲事…: a judgement of motive in a statement accuses whom it judges ----

MOTIVES_JUDGED = [
    ("中国外交部发言人称，美方此举别有用心。", ("中国", "ACCUSE", "美国")),
    ("中方称七国集团图谋不轨。", ("中国", "ACCUSE", "七国集团")),
    ("俄外交部发言人扎哈罗娃表示，北约此举用心险恶。", ("扎哈罗娃", "ACCUSE", "北约")),
]


@pytest.mark.parametrize(("text", "expected"), MOTIVES_JUDGED)
def test_a_judgement_of_motive_accuses_whom_it_judges(text, expected) -> None:
    assert expected in {(s, t, o) for s, t, o, _ in events_of(text)}


def test_a_judgement_of_motive_about_nobody_is_no_event() -> None:
    assert events_of("他表示，自己不想多管闲事。") == set()


# -- 可以选择, 可选择: an option open to a side is not yet done -------------------------------

OPTIONS = [
    ("日本可以选择从澳大利亚进口液化天然气。", ("日本", "COOPERATE", "澳大利亚", "intended")),
    ("欧盟可选择对美国商品加征关税。", ("欧盟", "SANCTION", "美国", "intended")),
]


@pytest.mark.parametrize(("text", "expected"), OPTIONS)
def test_an_option_open_to_a_side_is_intended(text, expected) -> None:
    assert expected in events_of(text)


# -- 为X输血, 向X输血: keeping a side afloat with money is aid --------------------------------

TRANSFUSIONS = [
    ("西方国家不断向乌克兰输血。", ("西方", "AID", "乌克兰")),
    ("俄罗斯继续为叙利亚政府输血。", ("俄罗斯", "AID", "叙利亚")),
]


@pytest.mark.parametrize(("text", "expected"), TRANSFUSIONS)
def test_keeping_a_side_afloat_is_aid(text, expected) -> None:
    assert expected in {(s, t, o) for s, t, o, _ in events_of(text)}


def test_a_transfusion_to_no_actor_is_no_event() -> None:
    assert events_of("医生为伤员输血。") == set()


# -- 将/不会 在X V Y的情况下 …: the act in the frame is the condition of a planned act ----------

CONDITIONS_OF_PLANS = [
    (
        "菲律宾担心美国不会在中国海警袭击菲律宾船只的情况下出手相助。",
        ("中国海警", "ASSAULT", "菲律宾"),
    ),
    ("日本将在朝鲜袭击韩国的情况下出兵。", ("朝鲜", "ASSAULT", "韩国")),
    ("美国将在俄罗斯入侵乌克兰的情况下对俄实施制裁。", ("俄罗斯", "ASSAULT", "乌克兰")),
]


@pytest.mark.parametrize(("text", "expected"), CONDITIONS_OF_PLANS)
def test_the_act_framed_by_a_planned_act_is_hypothetical(text, expected) -> None:
    assert (*expected, "hypothetical") in events_of(text)


def test_the_act_framed_by_a_done_act_is_done() -> None:
    found = events_of("美国在俄罗斯入侵乌克兰的情况下对俄实施制裁。")
    assert ("俄罗斯", "ASSAULT", "乌克兰", "asserted") in found
