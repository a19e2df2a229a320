"""Round 49, helper zd: a third party's doer or target taken as the actor (precision on new
text). Sentences written for the tests in the style of Chinese news."""

from __future__ import annotations

from tests.data.sentences import events_of


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return set(events_of(text))


# -- a one-character short form after a verb morpheme is the compound's object -----------------
# (反美姿态, 援华集团, 援乌计划, 亲美势力: what the thing is for or against, never a doer)


def test_short_form_after_anti_is_no_doer() -> None:
    found = _events("朝鲜方面不愿让步，反而摆出强硬的反美姿态来威胁韩国。")
    assert not any(s == "美国" for s, _, _, _ in found)


def test_short_form_after_aid_morpheme_is_no_doer() -> None:
    found = _events("法国宣布新一轮援乌计划，提供价值5亿欧元的军事援助。")
    assert not any(s == "乌克兰" for s, _, _, _ in found)


def test_compound_noun_subject_borrows_no_earlier_actor() -> None:
    found = _events("朝鲜谴责美国，亲美势力则支持韩国。")
    assert ("朝鲜", "ACCUSE", "美国", "asserted") in found
    assert not any(t == "SUPPORT" for _, t, _, _ in found)


def test_full_name_after_anti_still_acts() -> None:
    found = _events("美国反对俄罗斯的做法，并谴责俄罗斯。")
    assert ("美国", "ACCUSE", "俄罗斯", "asserted") in found
