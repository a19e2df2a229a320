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
