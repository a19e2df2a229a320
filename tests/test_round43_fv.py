"""Round 43, helper fv: headlines, lead lines and telegraphic sentences. Sentences written for
the tests."""

from __future__ import annotations

from tests.data.sentences import events_of

# -- a speaker named at a colon says the judgement after it ------------------------------------
# (a headline's 外交部:罔顾事实、颠倒黑白, 北京:将采取必要措施, 美国务院:伊朗必须承担后果, and a
# transcript line of a ministry or a country, not only of a person such as 耿爽:…)


def test_colon_speaker_of_any_kind_judges() -> None:
    """朝鲜:…霸凌行径, 俄罗斯外交部:…挑衅行为: the state or ministry at the colon accuses whom
    the judgement after it is about, as a person at a colon (马杜罗:…) already did."""
    assert ("朝鲜", "ACCUSE", "美国", "asserted") in events_of("朝鲜:美方的行为是霸凌行径。")
    events = events_of("俄罗斯外交部:北约东扩的做法是挑衅行为。")
    assert ("俄罗斯外交部", "ACCUSE", "北约", "asserted") in events


def test_colon_speaker_judges_the_act_before() -> None:
    """美国宣布…。伊朗外交部:美方滥用制裁: the deed judged is named after the colon, and the
    judgement with no subject of its own judges the doer the sentence before reported."""
    events = events_of("美国宣布对伊朗实施新制裁。伊朗外交部:美方滥用制裁。")
    assert ("伊朗外交部", "ACCUSE", "美国", "asserted") in events


def test_no_speaker_at_a_colon_of_an_outlet_or_a_nobody() -> None:
    """新华社:…, 分析人士:…: an outlet reports and an analyst names no actor; neither judges."""
    assert not any(t == "ACCUSE" for _, t, _, _ in events_of("新华社:美方的行为是霸凌行径。"))
    assert not any(t == "ACCUSE" for _, t, _, _ in events_of("分析人士:美方的行为是霸凌行径。"))
