"""Round 44, helper dc: gold events kg missed although it found both actors. Sentences
written for the tests."""

from __future__ import annotations

from tests.data.sentences import events_of


def test_concern_after_duiyu_is_not_the_concerned_sides_act() -> None:
    """七国集团对于|伊朗与俄罗斯日益密切的军事合作|深表关切: 对于 opens the phrase of what is
    objected to as 对 does; those who voice concern do not cooperate with Russia."""
    events = events_of("七国集团外长对于伊朗与俄罗斯日益密切的军事合作深表关切。")
    assert ("七国集团", "COOPERATE", "俄罗斯", "asserted") not in events
    events = events_of("澳大利亚对于伊朗与俄罗斯的军事合作表示严重关切。")
    assert ("澳大利亚", "COOPERATE", "俄罗斯", "asserted") not in events


def test_welcome_after_duiyu_keeps_its_own_act() -> None:
    """日本政府对于加强与印度的防务合作表示欢迎: a welcome is no objection; the subject's own
    cooperation stays."""
    events = events_of("日本政府对于加强与印度的防务合作表示欢迎。")
    assert ("日本", "COOPERATE", "印度", "asserted") in events
