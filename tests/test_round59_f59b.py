"""Round 59 (f59b): whose diplomats an expulsion names, on sentences written for these tests."""

from __future__ import annotations

from sentences import events_of


def test_expelled_envoys_of_the_state_before_the_envoy_word_not_the_host() -> None:
    found = events_of("匈牙利驱逐两名驻匈的乌克兰外交人员。")
    assert ("匈牙利", "SANCTION", "乌克兰", "asserted") in found


def test_expelled_envoys_in_quotation_marks() -> None:
    found = events_of("俄方驱逐“履行职责的瑞典外交官”。")
    assert ("俄罗斯", "SANCTION", "瑞典", "asserted") in found


def test_expelled_people_who_are_no_envoys_are_no_sanction() -> None:
    assert not {e for e in events_of("匈牙利驱逐两名驻匈的乌克兰记者。") if e[1] == "SANCTION"}


# -- snapback: the UN's sanctions on Iran restored, no target named ----------------------------


def test_snapback_started_with_no_target_named_sanctions_iran_named_in_the_sentence() -> None:
    found = events_of("伊朗外长称，欧洲三国启动“快速恢复制裁”机制，损害了伊朗与原子能机构的合作。")
    assert any(e[1] == "SANCTION" and e[2] == "伊朗" for e in found)
    assert not any(e[1] == "SANCTION" and e[2] == "国际原子能机构" for e in found)


def test_un_sanctions_reimposed_by_the_three_sanction_iran() -> None:
    found = events_of("伊朗官员说，英国、法国和德国重新实施联合国制裁的做法将终止伊朗的合作。")
    assert ("英国", "SANCTION", "伊朗", "asserted") in found


def test_snapback_with_no_iran_in_the_sentence_reaches_nobody() -> None:
    found = events_of("英法德启动回弹机制。")
    assert not {e for e in found if e[1] == "SANCTION"}


def test_other_sanctions_restored_take_no_default_target() -> None:
    found = events_of("伊朗代表出席会议。美国宣布恢复制裁。")
    assert not {e for e in found if e[1] == "SANCTION" and e[2] == "伊朗"}
