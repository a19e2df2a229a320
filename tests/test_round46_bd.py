"""Session 46, helper bd: the low-recall types (COERCE, CONCEDE, MOBILIZE, RETREAT, AID).

Sentences written for the test."""

from __future__ import annotations

from sentences import events_of


def test_aid_after_a_blame_goes_on_with_the_one_blamed() -> None:
    # a clause with no subject after a blame tells the blamed one's deed: arms it supplies
    events = events_of("泽连斯基指责伊朗未阻止战争，且后续更援助俄罗斯。")
    assert ("伊朗", "AID", "俄罗斯", "asserted") in events
    assert not any(e[0] == "泽连斯基" and e[1] == "AID" for e in events)


def test_aid_after_a_blame_stays_the_blamers_own_next_move() -> None:
    # the blamer's own next move (并…) stays its act
    events = events_of("美国谴责俄罗斯入侵乌克兰，并宣布向乌克兰提供10亿美元军事援助。")
    assert ("美国", "AID", "乌克兰", "asserted") in events
    assert not any(e[0] == "俄罗斯" and e[1] == "AID" for e in events)
