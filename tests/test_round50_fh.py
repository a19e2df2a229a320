"""Round 50, helper fh: a trigger the letters hold but the words do not (各自|首都 holds 自首,
不会|谈判 holds 会谈). Sentences written for the tests in the style of Chinese news."""

from __future__ import annotations

from kg.actions import find_triggers
from tests.data.sentences import events_of


def _words(text: str) -> list[str]:
    return [t if isinstance(t, str) else t.word for _, t in find_triggers(text, 0, len(text))]


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return set(events_of(text))


# -- a trigger that begins inside one dictionary word and ends inside the next is no word ------


def test_capitals_hold_no_surrender() -> None:
    assert "自首" not in _words("会谈结束后，两国代表团将返回各自首都汇报。")
    found = _events("伊朗和美国的会谈结束后，两国代表团将返回各自首都汇报。")
    assert not any(t == "CONCEDE" for _, t, _, _ in found)


def test_talks_after_will_not_are_talks() -> None:
    assert _words("乌克兰表示不会谈判。") == ["谈判"]
    found = _events("俄罗斯称，乌克兰不会与俄罗斯谈判。")
    assert any(s == "乌克兰" and t == "CONSULT" and o == "俄罗斯" for s, t, o, _ in found)


def test_effort_to_bring_about_is_no_urging() -> None:
    words = _words("法国正在努力促成这项安排。")
    assert "力促" not in words and "促成" in words


def test_whether_holds_no_denial() -> None:
    assert "否认" not in _words("记者问中方是否认为这次会晤取得了成果。")


def test_same_wish_holds_no_consent() -> None:
    assert "同意" not in _words("双方都有相同意愿。")


# -- what the rule keeps --------------------------------------------------------------------


def test_a_refusal_after_never_is_kept() -> None:
    assert "不接受" in _words("伊朗绝不接受任何先决条件。")


def test_a_trigger_inside_one_word_is_kept() -> None:
    assert "会谈" in _words("两国领导人在会谈中讨论了贸易问题。")


def test_a_denial_is_kept() -> None:
    found = _events("巴基斯坦指责印度支持武装分子，印度否认了这一说法。")
    assert any(s == "印度" and t == "REJECT" for s, t, _, _ in found)
