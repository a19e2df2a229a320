"""The actor stage's shortcuts give what the long way gives: pre-tests before the name
finders, the cache of triggers before a short form, the test of institution heads."""

from __future__ import annotations

import pytest

from kg import actors
from kg.lexicon import trigger_for, words
from kg.model import Actor, Mention

SENTENCES = [
    "外交部发言人林剑4日在例行记者会上表示，中方坚决反对美方对华加征关税。",
    "美国国防部长皮特·赫格塞思周二会见了日本防卫大臣中谷元。",
    "受制裁的公司包括诺斯洛普公司和雷神集团。",
    "阿努拉当选斯里兰卡总统后，卡尔扎伊总统致电祝贺。",
    "据悉，李华强表示，中美两国应当加强沟通。孟晚舟起诉了加拿大政府。",
    "张伟说，双方将继续谈判。对此，刘建国回应称，谈判没有结果。",
    "俄罗斯外交部召见日本驻俄大使，抗议日方对俄实施制裁。",
    "北京日报报道，香港新闻网称，美军在红海地区袭击了胡塞武装。",
    "据报道，该公司表示将继续扩大在欧洲的业务。",
    "制裁伊朗的决定由联合国安理会作出，军方不接受这一结果。",
    "今天天气很好，我们去公园散步。",
]


def _spans(text: str):
    yield 0, len(text)
    for start in range(0, len(text), 7):
        yield start, min(len(text), start + 12)


@pytest.mark.parametrize("text", SENTENCES)
def test_name_finders_give_what_their_generators_give(text, gaz):
    for start, end in _spans(text):
        named = {"孟晚舟": None}
        cases = [
            (
                actors._transliterated(text, start, end, gaz),
                actors._dotted_names(text, start, end, gaz),
            ),
            (
                actors._transliterated_firms(text, start, end, gaz),
                actors._firms_in(text, start, end, gaz),
            ),
            (
                actors._elected_names(text, start, end, gaz),
                actors._elected_in(text, start, end, gaz),
            ),
            (
                actors._names_before_title(text, start, end, gaz, {}),
                actors._names_before_titles_in(text, start, end, gaz, {}),
            ),
            (
                actors._untitled_names(text, start, end, gaz, named),
                actors._untitled_in(text, start, end, gaz, named),
            ),
            (
                actors._titled_names(text, start, end, gaz),
                actors._names_after_titles(text, start, end, gaz, tuple),
            ),
        ]
        for quick, slow in cases:
            assert list(quick) == list(slow)


def test_the_sentences_hold_names_of_every_finder(gaz):
    """The sentences above reach past every pre-test (else the test above proves little)."""
    finders = [
        lambda t: actors._transliterated(t, 0, len(t), gaz),
        lambda t: actors._titled_names(t, 0, len(t), gaz),
        lambda t: actors._transliterated_firms(t, 0, len(t), gaz),
        lambda t: actors._elected_names(t, 0, len(t), gaz),
        lambda t: actors._names_before_title(t, 0, len(t), gaz, {}),
        lambda t: actors._untitled_names(t, 0, len(t), gaz, {}),
    ]
    for finder in finders:
        assert any(list(finder(text)) for text in SENTENCES)


@pytest.mark.parametrize("text", SENTENCES)
def test_trigger_before_a_position_is_found_as_without_the_cache(text):
    def slow(pos: int) -> bool:
        for length in (2, 3, 4):
            if pos - length >= 0:
                trig = trigger_for(text[pos - length : pos])
                if trig is not None and trig.event_type:
                    return True
        return False

    for pos in range(len(text) + 1):
        assert actors._trigger_ends_at(text, pos) == slow(pos)


def test_trigger_before_a_short_form_is_found():
    assert actors._trigger_ends_at("美军袭击伊", 4)
    assert not actors._trigger_ends_at("我们的伊", 3)


@pytest.mark.parametrize("text", SENTENCES)
def test_institution_heads_rule_out_only_positions_without_a_long_institution(text, gaz):
    for pos in range(len(text)):
        inst = gaz.institution_at(text, pos)
        long = inst is not None and len(inst.suffix) >= 2
        if long:
            assert text[pos : pos + 2] in gaz.long_institution_heads


@pytest.mark.parametrize("text", SENTENCES)
def test_outlet_suffix_is_the_first_listed_that_follows(text):
    def slow(pos: int) -> str:
        for outlet in words("outlet"):
            if text.startswith(outlet, pos):
                return outlet
        for press in words("press"):
            if text.startswith(press, pos) and text.startswith(
                words("dateline_after"), pos + len(press)
            ):
                return press
        return ""

    for pos in range(len(text)):
        assert actors._outlet_suffix(text, pos) == slow(pos)


def test_short_names_are_added_where_free(gaz):
    text = "赫格塞思说，赫格塞思和美国国防部一道。"
    actor = Actor(key="HEG", label="皮特·赫格塞思", type="Person")
    found = actors._add_short_names(text, 0, len(text), {"赫格塞思": actor}, [])
    assert [(m.start, m.end, m.via) for m in found] == [(0, 4, "coref"), (6, 10, "coref")]
    assert actors._add_short_names(text, 0, len(text), {"王毅": actor}, []) == []


LOOK_BACK_SENTENCES = [
    *SENTENCES,
    "朝方领导人随后视察了边境地区。",
    "朝鲜最高领导人出席了阅兵式。",
    "双方就地区局势交换了意见，并同意加强合作。",
    "会议决定由新任秘书长主持下一轮谈判。",
    "代表团访问了首尔和东京。",
    "马克龙的发言人提出反对。",
    "普京随后抵达北京。",
]


def _leaders_of_pyongyang(gaz) -> dict:
    leader = Actor(key="KIM", label="金正恩", type="Person", known=True)
    return {gaz.surfaces["朝鲜"][0].key: Mention(leader, "金正恩", 0, 3)}


@pytest.mark.parametrize("text", LOOK_BACK_SENTENCES)
@pytest.mark.parametrize("with_leaders", [False, True])
def test_a_look_back_that_may_find_no_person_finds_none_and_learns_nothing(text, with_leaders, gaz):
    for start, end in _spans(text):
        leaders = _leaders_of_pyongyang(gaz) if with_leaders else {}
        before = dict(leaders)
        if actors.may_find_person(text, start, end, gaz, leaders):
            continue
        found = actors.find_actors(text, start, end, gaz, leaders)
        assert not [m for m in found.mentions if m.actor.type == "Person"], text[start:end]
        assert leaders == before


def test_the_person_pre_test_lets_people_through_and_stops_sentences_of_nobody(gaz):
    def may(text: str, leaders=None) -> bool:
        return actors.may_find_person(text, 0, len(text), gaz, leaders or {})

    assert may("美国国防部长皮特·赫格塞思周二会见了日本防卫大臣中谷元。")
    assert may("普京随后抵达北京。")  # a person the gazetteer knows
    assert may("朝方领导人随后视察了边境地区。", _leaders_of_pyongyang(gaz))
    assert not may("美方对此表示强烈不满。")
    assert not may("今天天气很好，我们去公园散步。")
    assert not may("双方就地区局势交换了意见，并同意加强合作。")  # 地区: no title starts at 区
