"""Precision and recall on a fifth blind set: classes of constructions found there, one each.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of

# -- a rule's condition (需要…同意…方可通过) states what a decision needs: no act -------------

RULE_CONDITIONS = [
    "该决议需要至少9个成员同意且美国、俄罗斯和中国均不反对方可通过。",
    "这项协定须经日本和韩国议会同意方能生效。",
    "按照规定，新成员加入需要法国和德国同意方可获批。",
]


@pytest.mark.parametrize("text", RULE_CONDITIONS)
def test_a_rule_condition_is_no_agreement(text) -> None:
    assert not [e for e in events_of(text) if e[1] == "AGREE"]


def test_an_agreement_reported_is_still_found() -> None:
    assert ("美国", "AGREE", "伊朗", "asserted") in events_of("美国同意了伊朗提出的方案。")


# -- a demonstrative after a title (外长此访, 部长该国) begins no name ---------------------------

DEMONSTRATIVES_AFTER_TITLES = [
    "印度外长此访是印度外长时隔五年再次访问巴西。",
    "法国总统这次访问越南，将拉开两国高层交往的序幕。",
    "德国总理该访是德国总理十年来首次访问阿根廷。",
]


@pytest.mark.parametrize("text", DEMONSTRATIVES_AFTER_TITLES)
def test_a_demonstrative_after_a_title_is_no_person(text) -> None:
    actors = {e[0] for e in events_of(text)} | {e[2] for e in events_of(text)}
    assert not [a for a in actors if a[:1] in "此该这"]


# -- 意方 (Italy) inside a verb: 同|意方|可, 注|意方|式 ------------------------------------


def test_italy_is_not_found_inside_a_verb() -> None:
    found = events_of("德国同意方案后，法国也同意方可生效的条款。")
    actors = {a for e in found for a in (e[0], e[2])}
    assert "意大利" not in actors


def test_italy_is_still_found_after_agreeing() -> None:
    assert ("中国", "AGREE", "意大利", "asserted") in events_of("中方同意意方的提议。")


# -- 恭贺 congratulates: praise ------------------------------------------------------------------


def test_congratulating_with_gonghe_is_support() -> None:
    assert ("马克龙", "SUPPORT", "特朗普", "asserted") in events_of("马克龙恭贺特朗普胜选。")


# -- 把/将 X…描述为/称为/定性为 a judgement: whoever opens the clause accuses X ------------------

BA_JUDGEMENTS = [
    (
        "美国和日本把朝鲜周四的试射描述为挑衅行为。",
        [("美国", "ACCUSE", "朝鲜", "asserted"), ("日本", "ACCUSE", "朝鲜", "asserted")],
    ),
    ("英国将俄罗斯的军事演习称为挑衅。", [("英国", "ACCUSE", "俄罗斯", "asserted")]),
    ("中方把美国的做法定性为霸凌行径。", [("中国", "ACCUSE", "美国", "asserted")]),
]


@pytest.mark.parametrize(("text", "expected"), BA_JUDGEMENTS)
def test_a_judgement_put_with_ba_accuses_the_judged(text, expected) -> None:
    found = events_of(text)
    for event in expected:
        assert event in found


def test_the_judged_does_not_judge_the_judges() -> None:
    found = events_of("美国和日本把朝鲜周四的试射描述为挑衅行为。")
    assert not [e for e in found if e[0] == "朝鲜"]
