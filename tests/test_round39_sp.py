"""Round 39, helper sp: kg's spurious events against the twenty-six first golds (annotated before
their annotators saw kg's output). Sentences written for the tests in the style of those pages."""

from __future__ import annotations

import pytest
from sentences import events_of

# -- 与|首相|A和外相B会晤,讨论…: those met do not talk with each other ---------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("布林肯抵达巴黎。预计周二与总统马克龙和外长巴罗会晤,讨论乌克兰局势。", {"马克龙", "巴罗"}),
        ("法国外长抵达北京。预计周四与外长王毅和副主席韩正会谈,讨论气候合作。", {"王毅", "韩正"}),
    ],
)
def test_titled_partners_of_a_meeting_do_not_talk_with_each_other(text: str, pair: set) -> None:
    """nc-05 (預料周二與首相施紀賢和外相林德偉會晤,討論…), ob-08 (分别与…同行举行电话会谈,讨论…):
    the talks after the meeting are the visitor's with those he meets; a title after 与 hid the
    with-phrase, so kg read the two as the subjects of 讨论 and had them talk with each other."""
    assert not any({s, o} == pair and t == "CONSULT" for s, t, o, _ in events_of(text))


# -- a state and a territory it governs (ontology/territories.tsv) are no hostile pair ---------


@pytest.mark.parametrize(
    "text",
    [
        "中方敦促美方切实尊重中国主权和香港法治，立即收起借人权问题攻击抹黑香港的卑劣伎俩。",
        "多个美西方国家、反华媒体及政客借此针对香港特别行政区作出污蔑抹黑和攻击。"
        "香港特区政府发言人表示，坚决反对此等卑劣行径，并予以强烈谴责。",
    ],
)
def test_beijing_and_hong_kong_are_not_hostile_to_each_other(text: str) -> None:
    """yo-11, tr-05 (first golds; yo-03, yo-05 by other paths): the attacks on Hong Kong are the
    others', told in Beijing's or the SAR's words; kg read 中国 ACCUSE 香港 and 香港 ACCUSE 中国
    (华 of 反华媒体), which no annotator wrote."""
    pairs = {frozenset((s, o)) for s, t, o, _ in events_of(text) if t == "ACCUSE"}
    assert frozenset(("中国", "香港")) not in pairs


def test_support_between_beijing_and_hong_kong_stays() -> None:
    """yo-11: 中央政府坚定支持香港特区政府 is an event (gold CHN SUPPORT HKSAR)."""
    text = "美国宣布制裁香港官员。外交部发言人表示，中央政府坚定支持香港特区政府依法维护国家安全。"
    assert ("中国", "SUPPORT", "香港", "asserted") in events_of(text)


def test_beijing_still_charges_taiwan_authorities() -> None:
    """Taiwan is not listed in territories.tsv: 国台办谴责台湾当局 stays a charge."""
    text = "国台办发言人强烈谴责台湾当局勾连外部势力。"
    assert any(t == "ACCUSE" and o == "台湾" for _, t, o, _ in events_of(text))


# -- a response promised to what names no actor answers no one in focus ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "美俄领袖再通话 白宫形容对话积极 普京对官邸遇袭将作「最严厉回应」",
        "美国宣布制裁伊朗。伊朗表示，将对任何损害伊朗利益的行为作出恰当且坚决的回应。",
        "泽连斯基会见美国特使。泽连斯基写道：「我们期待中国会对目前情势做出回应。」",
    ],
)
def test_response_to_no_one_named_threatens_no_one(text: str) -> None:
    """nc-06, qh-08, qb-11 (first golds): 对官邸遇袭 / 对任何…行为 / 对目前情势 name no actor; kg
    made the response a threat to the counterpart in focus (美, 美, 泽连斯基), which no
    annotator wrote."""
    assert not any(t == "THREATEN" for _, t, _, _ in events_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("美国宣布制裁中国企业。中方对此将作出坚决回应。", ("中国", "THREATEN", "美国")),
        ("扎哈罗娃说,俄方将对欧盟的制裁作出回应。", ("俄罗斯", "THREATEN", "欧盟")),
    ],
)
def test_response_to_a_named_deed_still_threatens(text: str, expected: tuple) -> None:
    """对此 points back at the deed told before; 对欧盟的制裁 names its doer."""
    assert expected in {(s, t, o) for s, t, o, _ in events_of(text)}
