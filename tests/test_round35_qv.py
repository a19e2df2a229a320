"""Round 35, helper qv: wars and clashes between two sides named by nouns and compounds."""

from __future__ import annotations

from sentences import events_of


def _assaults(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o, _ in events_of(text) if t == "ASSAULT"}


def test_sides_that_are_to_end_their_war_report_no_fight() -> None:
    assert not _assaults("美国希望乌克兰与俄罗斯在6月前结束战争。")
    assert not _assaults("双方签署的协议为两国解决军事冲突指明了方向。")


def test_sides_that_fight_or_talk_about_ending_their_war_keep_it() -> None:
    found = _assaults("泰国与柬埔寨再度爆发冲突。")
    assert ("泰国", "柬埔寨") in found and ("柬埔寨", "泰国") in found
    assert ("俄罗斯", "乌克兰") in _assaults("俄乌就结束战争举行会谈。")
    assert ("乌克兰", "俄罗斯") in _assaults("乌克兰与俄罗斯的战争已持续三年。")
