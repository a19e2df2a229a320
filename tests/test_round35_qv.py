"""Round 35, helper qv: wars and clashes between two sides named by nouns and compounds."""

from __future__ import annotations

from sentences import events_of


def _assaults(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o, _ in events_of(text) if t == "ASSAULT"}


def test_a_clash_named_by_a_compound_keeps_both_sides_after_one_sides_attack() -> None:
    found = _assaults("去年10月7日,哈马斯突袭以色列,新一轮巴以冲突爆发。")
    assert ("以色列", "巴勒斯坦") in found
    assert ("巴勒斯坦", "以色列") in found


def test_a_war_named_by_a_compound_stays_the_attackers_after_its_attack() -> None:
    found = _assaults("俄罗斯向乌克兰发射无人机,这是俄乌战争中规模最大的一波。")
    assert ("俄罗斯", "乌克兰") in found
    assert ("乌克兰", "俄罗斯") not in found


def test_sides_that_are_to_end_their_war_report_no_fight() -> None:
    assert not _assaults("美国希望乌克兰与俄罗斯在6月前结束战争。")
    assert not _assaults("双方签署的协议为两国解决军事冲突指明了方向。")


def test_sides_that_fight_or_talk_about_ending_their_war_keep_it() -> None:
    found = _assaults("泰国与柬埔寨再度爆发冲突。")
    assert ("泰国", "柬埔寨") in found and ("柬埔寨", "泰国") in found
    assert ("俄罗斯", "乌克兰") in _assaults("俄乌就结束战争举行会谈。")
    assert ("乌克兰", "俄罗斯") in _assaults("乌克兰与俄罗斯的战争已持续三年。")
