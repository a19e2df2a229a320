"""Round 61 (f61b): a speaker's charge that someone undermines efforts, talks, order or the basis
of relations (破坏/损害…努力, …进程, …秩序, …基础), checked on sentences written for these tests."""

from __future__ import annotations

from sentences import events_of


def test_harming_diplomatic_efforts_is_the_speakers_charge() -> None:
    found = events_of("俄罗斯外交部称，美国的新制裁损害了外交努力。")
    assert ("俄罗斯外交部", "ACCUSE", "美国", "asserted") in found


def test_undermining_a_peace_process_is_the_speakers_charge() -> None:
    found = events_of("阿塞拜疆外交部表示，亚美尼亚的这种行为损害了和平进程。")
    assert ("阿塞拜疆外交部", "ACCUSE", "亚美尼亚", "asserted") in found


def test_undermining_the_basis_of_cooperation_is_the_speakers_charge() -> None:
    found = events_of("日本商务部表示，美方单边加征关税的做法破坏两国经贸合作基础。")
    assert ("日本商务部", "ACCUSE", "美国", "asserted") in found


def test_undermining_an_order_is_the_speakers_charge() -> None:
    found = events_of("韩国外交部指出，朝鲜的行为破坏了战后国际秩序。")
    assert ("韩国外交部", "ACCUSE", "朝鲜", "asserted") in found


def test_with_no_speaker_the_harm_blames_no_one() -> None:
    found = events_of("美国的新制裁损害了外交努力。")
    assert not any(event[1] == "ACCUSE" for event in found)


def test_a_rule_said_of_no_one_blames_no_one() -> None:
    found = events_of("俄罗斯外交部表示，任何一方都不应损害和平进程。")
    assert not any(event[1] == "ACCUSE" and event[2] != "" for event in found)
