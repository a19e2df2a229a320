"""Round 40, helper kn: events said as nouns (X对Y的N, X针对Y…的N) that kg read alone but lost
in two contexts found in the corpora (Terminus, ir and the readable dev articles). Sentences
written for the tests, modelled on dev articles."""

from __future__ import annotations

from tests.data.sentences import events_of

# -- 1. an owned nominal inside what a request asks for ----------------------------------------


def test_owned_attack_inside_an_appeal_to_condemn_it() -> None:
    """敦促国际社会谴责美英法对叙的此次袭击 (a Xinhua dev article): the appeal asks a third party to
    condemn an attack that was made; the attack is its owner's, asserted, and every member of a
    listed owner made it."""
    events = events_of("伊朗呼吁安理会谴责以色列对叙利亚的袭击。")
    assert ("以色列", "ASSAULT", "叙利亚", "asserted") in events
    assert ("伊朗", "REQUEST", "安理会", "asserted") in events
    listed = events_of("叙利亚呼吁安理会谴责美国、英国和法国对叙利亚的袭击。")
    for state in ("美国", "英国", "法国"):
        assert (state, "ASSAULT", "叙利亚", "asserted") in listed


def test_owned_sanction_inside_what_an_envoy_seeks() -> None:
    """旨在说服中国官员支持美国对伊朗石油工业的制裁 (a VOA dev article): the sanctions exist; what
    is sought is support for them."""
    events = events_of(
        "美国财政部长前往北京进行会谈,旨在说服中国官员支持美国对伊朗石油工业的制裁。"
    )
    assert ("美国", "SANCTION", "伊朗", "asserted") in events


# -- 2. 针对 with a longer phrase of the target's people or places ------------------------------


def test_aimed_attack_with_a_long_phrase_of_the_targets_people() -> None:
    """谴责以色列针对哈马斯部分领导人在卡塔尔首都多哈住宅的袭击 (audit33 wa-15): 对 read this reach
    already; 针对 stopped at four letters between the target and its 的."""
    events = events_of(
        "卡塔尔外交部发布声明,强烈谴责以色列针对哈马斯部分领导人在卡塔尔首都多哈住宅的袭击。"
    )
    assert ("以色列", "ASSAULT", "哈马斯", "asserted") in events
