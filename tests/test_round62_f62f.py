"""Round 62 (f62f): status. A negator that negates another word leaves the act as it is
(不择手段, a caption's 不在图中, 不是…首次, 不会在…问题上退缩); cues missed are read (可望, 只有…才
before an act named as the subject, an act resumed at a time ahead); a habit (通常会) is no
plan. Checked on sentences written for these tests."""

from __future__ import annotations

from sentences import events_of

# -- a negation of another word: the act keeps its own status --


def test_by_any_means_is_no_negation() -> None:
    found = events_of("这是美国不择手段打压俄罗斯企业的又一例证。")
    assert ("美国", "SANCTION", "俄罗斯", "asserted") in found
    assert ("美国", "SANCTION", "俄罗斯", "negated") not in found


def test_plain_negation_still_negates() -> None:
    found = events_of("美国没有打压俄罗斯企业。")
    assert ("美国", "SANCTION", "俄罗斯", "negated") in found


def test_caption_aside_is_no_negation() -> None:
    found = events_of("土耳其外长在安卡拉与伊朗外长阿拉格齐（不在图中）会晤后出席记者会。")
    assert ("土耳其", "CONSULT", "阿拉格齐", "asserted") in found
    assert ("土耳其", "CONSULT", "阿拉格齐", "negated") not in found


def test_not_the_first_time_tells_the_act_is_done() -> None:
    found = events_of("这并不是美国今年首次制裁伊朗企业。")
    assert ("美国", "SANCTION", "伊朗", "asserted") in found
    assert ("美国", "SANCTION", "伊朗", "negated") not in found


def test_not_the_first_visit_is_a_visit() -> None:
    found = events_of("这并非王毅第一次访问新加坡。")
    assert ("王毅", "CONSULT", "新加坡", "asserted") in found


def test_denial_without_first_time_still_negates() -> None:
    found = events_of("这不是美国制裁伊朗企业。")
    assert ("美国", "SANCTION", "伊朗", "negated") in found


def test_act_inside_an_issue_frame_is_not_negated() -> None:
    found = events_of("德国不会在援助乌克兰的问题上退缩。")
    assert ("德国", "AID", "乌克兰", "asserted") in found
    assert ("德国", "AID", "乌克兰", "negated") not in found


def test_negated_act_after_an_issue_frame_stays_negated() -> None:
    found = events_of("双方未能在边界问题上达成协议。")
    assert all(status != "asserted" for *_, status in found)
    found = events_of("日本没有在联合国制裁朝鲜。")
    assert ("日本", "SANCTION", "朝鲜", "negated") in found


# -- cues missed: 可望, 只有…才 before a subject act, an act resumed ahead --


def test_kewang_is_expected() -> None:
    found = events_of("危地马拉总统可望在白宫与川普会面。")
    assert ("危地马拉", "CONSULT", "特朗普", "intended") in found
    assert ("危地马拉", "CONSULT", "特朗普", "asserted") not in found


def test_only_if_then_act_as_subject_is_hypothetical() -> None:
    found = events_of("他说,只有美国先解除制裁,伊美对话才可能恢复。")
    assert ("伊朗", "CONSULT", "美国", "hypothetical") in found
    assert ("伊朗", "CONSULT", "美国", "asserted") not in found


def test_cai_without_only_if_stays_asserted() -> None:
    found = events_of("美伊谈判才刚刚开始，双方分歧仍大。")
    assert ("美国", "CONSULT", "伊朗", "asserted") in found


def test_talks_resumed_at_a_time_ahead_are_intended() -> None:
    found = events_of("伊美谈判将于下月在马斯喀特重启。")
    assert ("伊朗", "CONSULT", "美国", "intended") in found
    assert ("伊朗", "CONSULT", "美国", "asserted") not in found


# -- a habit is done, no plan --


def test_usually_will_is_a_habit() -> None:
    found = events_of("此前，墨西哥通常会在美国加税后对美国宣布反制措施。")
    assert ("墨西哥", "SANCTION", "美国", "asserted") in found
    assert ("墨西哥", "SANCTION", "美国", "intended") not in found


def test_will_alone_stays_intended() -> None:
    found = events_of("墨西哥将对美国宣布反制措施。")
    assert ("墨西哥", "SANCTION", "美国", "intended") in found
