"""Round 61 (f61d): a demand written in a letter right after its addressee, checked on sentences
written for these tests."""

from __future__ import annotations

from sentences import events_of

# -- a letter sent and a demand in one clause: the addressee is asked --


def test_appeal_right_after_the_letter_asks_its_addressee() -> None:
    found = events_of("加拿大总理上周致函印度呼吁就贸易协定重启谈判。")
    assert ("加拿大", "REQUEST", "印度", "asserted") in found


def test_demand_right_after_the_letter_asks_the_body() -> None:
    found = events_of("乌克兰致信联合国安理会要求召开紧急会议。")
    assert ("乌克兰", "REQUEST", "安理会", "asserted") in found


def test_demand_after_a_comma_still_asks_the_addressee() -> None:
    found = events_of("乌克兰致信联合国安理会，要求召开紧急会议。")
    assert ("乌克兰", "REQUEST", "安理会", "asserted") in found


def test_a_letter_sent_with_qu_xin_is_the_writers_demand() -> None:
    found = events_of("乌克兰去信联合国安理会，要求召开紧急会议。")
    assert ("乌克兰", "REQUEST", "安理会", "asserted") in found


# -- near misses: a named target, or a reproach told to the addressee --


def test_a_demand_that_names_its_target_keeps_it() -> None:
    found = events_of("加拿大致函联合国秘书长呼吁印度停止威胁。")
    assert ("加拿大", "REQUEST", "印度", "asserted") in found
    assert all(e[2] == "印度" for e in found if e[1] == "REQUEST")


def test_a_condemnation_told_in_a_call_blames_no_addressee() -> None:
    found = events_of("伊朗外长致电联合国秘书长谴责这次袭击。")
    assert not any(e[1] == "ACCUSE" and e[2].startswith("联合国") for e in found)
