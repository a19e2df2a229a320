"""Round 62 (f62c): talks between two sides that a wrong hurts (破坏与X的互动, 抹黑A同B的交往)
are what is blamed, no talks held; talks named bare (破坏谈判) or as the modifier of what was
hurt (破坏了会晤的成果) stay the talks in focus; checked on sentences written for these tests."""

from __future__ import annotations

from sentences import events_of

# -- talks a damage word governs, their sides named after it: no talks held --


def test_interaction_undermined_is_no_talks() -> None:
    found = events_of("德黑兰称，英国破坏与国际原子能机构数月来的互动。")
    assert ("英国", "CONSULT", "国际原子能机构", "asserted") not in found


def test_exchanges_smeared_are_no_talks() -> None:
    found = events_of("外交部发言人说，澳大利亚情报机构抹黑中国同澳大利亚各界的正常友好交往。")
    assert not any(e[1] == "CONSULT" for e in found)


def test_dialogue_harmed_is_no_talks() -> None:
    found = events_of("分析人士认为，这一举动损害美国与俄罗斯之间的对话。")
    assert ("美国", "CONSULT", "俄罗斯", "asserted") not in found


def test_exchanges_slandered_are_no_talks() -> None:
    found = events_of("发言人说，有关报告诋毁中国与印度之间的正常交往。")
    assert ("中国", "CONSULT", "印度", "asserted") not in found


# -- near misses: the talks were held --


def test_talks_held_stay() -> None:
    found = events_of("伊朗外长与国际原子能机构总干事举行会谈。")
    assert any(e[1] == "CONSULT" for e in found)


def test_fruits_of_a_summit_hurt_keep_the_summit() -> None:
    found = events_of("美国破坏了中美元首会晤的成果。")
    assert ("中国", "CONSULT", "美国", "asserted") in found


def test_interference_warded_off_keeps_the_talks() -> None:
    found = events_of("中方排除干扰，与美方举行会谈。")
    assert ("中国", "CONSULT", "美国", "asserted") in found


def test_bare_talks_undermined_keep_the_talks_in_focus() -> None:
    found = events_of(
        "以色列与哈马斯在多哈举行停火谈判。卡塔尔说，以色列暗杀对方代表，这无疑是在破坏谈判。"
    )
    assert ("以色列", "CONSULT", "哈马斯", "asserted") in found
