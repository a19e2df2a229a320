"""Round 60 (f60c): CONSULT, checked on sentences written for these tests."""

from __future__ import annotations

from sentences import events_of

# -- an attendee of the meeting reported before meets its other side ----------------------------


def test_a_host_side_attendee_meets_the_guest() -> None:
    found = events_of("国家主席习近平在北京会见巴西总统卢拉。王毅参加会见。")
    assert ("王毅", "CONSULT", "卢拉", "asserted") in found


def test_an_outsider_attendee_meets_both_sides() -> None:
    found = events_of("乌方当天与美方举行视频会晤。北约秘书长吕特也出席了这次会晤。")
    assert ("吕特", "CONSULT", "乌克兰", "asserted") in found
    assert ("吕特", "CONSULT", "美国", "asserted") in found


def test_attendees_listed_after_the_words() -> None:
    found = events_of("普京在莫斯科会见美国特使威特科夫。俄方与会人士还包括总统助理乌沙科夫。")
    assert ("乌沙科夫", "CONSULT", "威特科夫", "asserted") in found


def test_the_attendee_sits_in_on_the_meeting_under_its_word() -> None:
    found = events_of(
        "习近平会见美国国务卿布林肯。布林肯说，拜登同习近平旧金山会晤以来关系改善。王毅参加会见。"
    )
    assert ("王毅", "CONSULT", "布林肯", "asserted") in found
    assert not any(e[0] == "王毅" and e[2] == "拜登" for e in found)


def test_a_state_willing_to_take_part_is_no_attendee() -> None:
    found = events_of("中国外长王毅会见法国外长。他表示，中方愿意参加会谈。")
    assert ("中国", "CONSULT", "法国", "asserted") not in found


def test_no_attendee_without_a_meeting_before() -> None:
    found = events_of("俄罗斯总统助理乌沙科夫说，王毅参加会见。")
    assert not any(e[0] == "王毅" or e[2] == "王毅" for e in found)
