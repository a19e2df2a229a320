"""Round 35, helper qb: speech acts (ACCUSE) on news no rule was written on."""

from __future__ import annotations

from sentences import events_of


def test_a_space_after_a_latin_gloss_does_not_cut_the_speaker_from_the_censure() -> None:
    found = events_of("美国国务卿布林肯(Antony Blinken) 批评俄罗斯的行为。")
    assert ("布林肯", "ACCUSE", "俄罗斯", "asserted") in found


def test_a_space_after_a_latin_gloss_before_a_condemnation() -> None:
    found = events_of("黎巴嫩总理萨拉姆(Nawaf Salam) 谴责以色列的空袭。")
    assert ("萨拉姆", "ACCUSE", "以色列", "asserted") in found


def test_an_attack_beside_lies_is_a_verbal_one() -> None:
    found = events_of("他表示,美国炮制谎言、无端攻击中国,无非是为其控制运河制造借口。")
    assert ("美国", "ACCUSE", "中国", "asserted") in found
    assert ("美国", "ASSAULT", "中国", "asserted") not in found


def test_an_attack_in_print_is_a_verbal_one() -> None:
    found = events_of("日本媒体连日刊文攻击中国。")
    assert not any(e[1] == "ASSAULT" for e in found)


def test_an_attack_on_home_and_foreign_policy_is_a_verbal_one() -> None:
    found = events_of("俄外交部说,这些美国公民经常攻击俄罗斯内政外交,或散布涉俄谣言。")
    assert ("美国", "ASSAULT", "俄罗斯", "asserted") not in found
    armed = events_of("以色列周五攻击黎巴嫩南部的真主党目标。")  # no cue: still armed
    assert any(e[1] == "ASSAULT" for e in armed)


def test_a_censure_of_this_answers_every_side_of_the_act_before() -> None:
    text = (
        "英国、法国和荷兰外长周二发表联合声明,指责伊朗破坏地区稳定,宣布对伊朗实施新的制裁。"
        "伊朗外交部发言人巴加埃随后对此表示强烈谴责。"
    )
    found = events_of(text)
    assert ("巴加埃", "ACCUSE", "英国", "asserted") in found
    assert ("巴加埃", "ACCUSE", "法国", "asserted") in found
