"""Recall at scale (round 19, frames): gaps mined from the unannotated corpora, where a known
trigger and two actors stand in a sentence and no event came out.

- A statement whose sentence holds no trigger and no title (毛宁对此表示,中方注意到…) was
  not read, so its speaker never became the paragraph's: the first person or the judgement
  of the next sentence had nobody to be.
- A short form's army (乌军, 以军) swallowed the 军 of a deed aimed at the country after a
  preposition (对乌|军事援助, 对乌|军援, 对以|军售): no target, no event.
- A time between a preposition and its actor, or between an owner and its 的 (对|昨天凌晨|以色列
  的空袭, 对印度|今天凌晨|的军事行动), hid the actor from the 对-phrase: no event, or the act
  the phrase names given to the one who answers it.
- A pair named by a demonstrative (这两国, 这两个国家) was no pair word, 和 after an adverb
  (美国将和两国合作) was read as joining subjects, and the countries of two people one act of
  the sentence before reached (接待齐塞克迪和卡加梅) were no 两国: the third side lost its partners.
- What an attack hits said to lie in a place (袭击|位于巴基斯坦境内的|一座大坝): the 于 of 位于
  read as a locative (在/于 a place: no target), and the place was no target.
- An armed group right after the place it is in (加沙地带|哈马斯目标) gave way to the place:
  the place, not the group, was hit.
- A bracketed gloss after a name (对巴勒斯坦伊斯兰抵抗运动(哈马斯)发动空袭) broke the 对-phrase;
  once it reached its head past the place (对加沙地带|哈马斯目标), the subject was looked for
  inside the phrase, and those whose order it rests on (按照内塔尼亚胡和卡茨的命令) took the act.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


# -- a statement sentence that was not read still speaks for the next ------------------------

UNREAD_SPEAKER = [
    (
        "外交部发言人毛宁主持例行记者会。毛宁对此表示,中方注意到有关报道。"
        "我们敦促日方立即停止挑衅。",
        ("REQUEST", "日本"),
    ),
    (
        "国防部发言人张晓刚主持记者会。张晓刚说,中方已就此阐明立场。菲方行径严重侵犯中国主权。",
        ("ACCUSE", "菲律宾"),
    ),
    ("毛宁对此表示,中方注意到有关报道。我们敦促日方立即停止挑衅。", ("REQUEST", "日本")),
]


@pytest.mark.parametrize(("text", "expected"), UNREAD_SPEAKER)
def test_speaker_of_a_sentence_not_read_goes_on(text, expected) -> None:
    kind, obj = expected
    assert any(t == kind and o == obj and s in {"中国", "毛宁"} for s, t, o in _pairs(text))


def test_unread_speaker_does_not_cross_a_paragraph() -> None:
    assert events_of("毛宁对此表示,中方注意到有关报道。\n\n我们敦促日方立即停止挑衅。") == set()


def test_unread_speaker_gives_way_to_a_later_statement_read() -> None:
    found = _pairs(
        "毛宁对此表示,中方注意到有关报道。日本外务省发言人称,日方将采取措施。"
        "我们敦促韩方立即停止挑衅。"
    )
    assert ("日本外务省", "REQUEST", "韩国") in found
    assert not any(s in {"中国", "毛宁"} for s, _, _ in found)


# -- 对乌军事援助: a short form's 军 that opens a deed is no army ----------------------------------

DEED_AFTER_SHORT = [
    ("美国宣布恢复对乌军援。", ("美国", "AID", "乌克兰")),
    ("欧盟批准了新一批对乌军事援助。", ("欧盟", "AID", "乌克兰")),
    ("德国政府批准对以军售。", ("德国", "AID", "以色列")),
]


@pytest.mark.parametrize(("text", "expected"), DEED_AFTER_SHORT)
def test_deed_after_a_short_form_aims_at_the_country(text, expected) -> None:
    assert expected in _pairs(text)


ARMY_STAYS = [
    ("美国向乌军提供武器。", ("美国", "AID", "乌军")),
    ("俄罗斯对乌军阵地发动袭击。", ("俄罗斯", "ASSAULT", "乌军")),
]


@pytest.mark.parametrize(("text", "expected"), ARMY_STAYS)
def test_army_of_a_short_form_stays_before_other_words(text, expected) -> None:
    assert expected in _pairs(text)


def test_deed_word_without_a_preposition_names_no_country() -> None:
    assert not any("以色列" in (s, o) for s, _, o in _pairs("伊朗以军事行动回应美国的制裁。"))


# -- a time inside a 对-phrase: 对|昨天凌晨|以色列的空袭, 对印度|今天凌晨|的军事行动 --

TIMED_TO_PHRASE = [
    ("外交部发言人表示,中方对昨天凌晨以色列的空袭表示强烈谴责。", ("中国", "ACCUSE", "以色列")),
    ("伊朗对日前美国的制裁表示强烈不满。", ("伊朗", "ACCUSE", "美国")),
    ("中方对印度今天凌晨的军事行动表示遗憾。", ("中国", "ACCUSE", "印度")),
    ("韩国对5日朝鲜的导弹试射表示遗憾。", ("韩国", "ACCUSE", "朝鲜")),
]


@pytest.mark.parametrize(("text", "expected"), TIMED_TO_PHRASE)
def test_time_inside_a_to_phrase_keeps_its_actor(text, expected) -> None:
    found = _pairs(text)
    assert expected in found
    subject, _, obj = expected
    # the act the phrase names is its actor's, not an act of the one who answers it
    assert {(s, o) for s, _, o in found} == {(subject, obj)}


def test_time_frame_opened_by_zi_names_an_acting_subject() -> None:
    found = _pairs("自去年美国退出伊核协议以来,伊朗多次表示不满。")
    assert ("美国", "REJECT", "伊朗") in found


# -- 美国将和这两国…合作: a pair named by a demonstrative, after 和 as a preposition --

PAIR_AS_PARTNER = [
    (
        "刚果民主共和国和卢旺达签署了和平协议。美国将和这两国在矿产领域合作。",
        {("美国", "COOPERATE", "刚果民主共和国"), ("美国", "COOPERATE", "卢旺达")},
    ),
    (
        "俄罗斯和乌克兰举行谈判。土耳其与这两个国家保持联系。",
        {("土耳其", "CONSULT", "俄罗斯"), ("土耳其", "CONSULT", "乌克兰")},
    ),
    (
        "俄罗斯和乌克兰举行谈判。土耳其将和两国合作。",
        {("土耳其", "COOPERATE", "俄罗斯"), ("土耳其", "COOPERATE", "乌克兰")},
    ),
    (
        "王毅会见了新西兰外长彼得斯和澳大利亚外长黄英贤。中方期待同两国加强合作。",
        {("中国", "COOPERATE", "新西兰"), ("中国", "COOPERATE", "澳大利亚")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PAIR_AS_PARTNER)
def test_pair_word_is_the_partner_of_a_third_side(text, expected) -> None:
    found = _pairs(text)
    assert expected <= found
    partners = {o for _, _, o in expected}
    assert not any(s in partners and o in partners for s, t, o in found if t == "COOPERATE")


def test_he_between_two_subjects_stays_a_conjunction() -> None:
    assert ("美国", "COOPERATE", "日本") in _pairs("美国和日本将举行联合军演。")


def test_pair_word_opening_its_clause_still_acts() -> None:
    found = _pairs("俄罗斯和乌克兰举行谈判。这两国随后同意交换战俘。")
    assert ("俄罗斯", "AGREE", "乌克兰") in found or ("乌克兰", "AGREE", "俄罗斯") in found


# -- 袭击位于X境内的Y: what is hit lies in the place 位于 introduces ------------------------------

LIES_IN = [
    ("印度军队袭击了位于巴基斯坦境内的一座水电站。", ("印军", "ASSAULT", "巴基斯坦")),
    ("俄军连夜袭击了位于乌克兰西部的多处能源设施。", ("俄军", "ASSAULT", "乌克兰")),
    ("以军战机轰炸了位于叙利亚南部的一处军事基地。", ("以军", "ASSAULT", "叙利亚")),
]


@pytest.mark.parametrize(("text", "expected"), LIES_IN)
def test_place_the_target_lies_in_is_hit(text, expected) -> None:
    assert expected in _pairs(text)


def test_actor_after_the_located_phrase_comes_first() -> None:
    found = _pairs("以色列空袭了位于叙利亚首都大马士革的伊朗使馆。")
    assert ("以色列", "ASSAULT", "伊朗大使馆") in found
    assert ("以色列", "ASSAULT", "叙利亚") not in found


def test_where_an_act_happens_is_still_no_target() -> None:
    assert _pairs("中方反对在黎巴嫩进行地面行动。") == set()


# -- 加沙地带哈马斯目标: an armed group right after the place it is in is hit --

GROUP_AFTER_PLACE = [
    ("以军战机对加沙地带哈马斯目标发动空袭。", ("以军", "ASSAULT", "哈马斯")),
    ("以军当天打击了加沙地带哈马斯武装人员。", ("以军", "ASSAULT", "哈马斯")),
    ("土耳其对叙利亚北部库尔德工人党目标发动空袭。", ("土耳其", "ASSAULT", "库尔德工人党")),
]


@pytest.mark.parametrize(("text", "expected"), GROUP_AFTER_PLACE)
def test_armed_group_after_its_place_is_hit(text, expected) -> None:
    assert expected in _pairs(text)


def test_place_alone_is_still_hit() -> None:
    assert ("以军", "ASSAULT", "加沙") in _pairs("以军战机对加沙地带发动空袭。")


# -- 对巴勒斯坦伊斯兰抵抗运动(哈马斯)发动空袭: a name's gloss is no break --

GLOSSED = [
    (
        "以色列军队当天对巴勒斯坦伊斯兰抵抗运动(哈马斯)发动空袭。",
        ("以军", "ASSAULT", "哈马斯"),
    ),
    (
        "以军战机对加沙地带巴勒斯坦伊斯兰抵抗运动(哈马斯)目标发动打击。",
        ("以军", "ASSAULT", "哈马斯"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), GLOSSED)
def test_gloss_after_a_name_is_no_break(text, expected) -> None:
    assert expected in _pairs(text)


def test_bracket_after_a_word_that_names_nobody_stays_a_break() -> None:
    found = _pairs("他称该校已经和北京市园林局下属苗圃（金都园林前身）签订协议。")
    assert not any("中国" in (s, o) for s, _, o in found)


# -- 以军按照内塔尼亚胡和卡茨的命令: whose order an act rests on does not do it --


def test_those_whose_order_is_followed_do_not_act() -> None:
    found = _pairs("以军按照总理内塔尼亚胡和国防部长卡茨的命令,对加沙地带哈马斯目标发动空袭。")
    assert ("以军", "ASSAULT", "哈马斯") in found
    assert not any(s in {"内塔尼亚胡", "卡茨"} for s, _, _ in found)


def test_basis_opening_the_clause_leaves_its_issuer_acting() -> None:
    found = _pairs("按照中国商务部此前的公告,对等关税反制选择的美国产品是大豆和汽车。")
    assert ("中国商务部", "SANCTION", "美国") in found


def test_fordow_spelt_as_news_spell_it_is_irans() -> None:
    assert ("美军", "ASSAULT", "伊朗") in _pairs("美军在对福尔道核设施的袭击中投下多枚钻地弹。")
