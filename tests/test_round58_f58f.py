"""Round 58, branch f58f: COOPERATE, AGREE and SUPPORT misses.

A pair word (双方, 两国) of states whose own act makes one member its target still goes on, as
a whole, as the subject of the subjectless clause after it (双方举行了会谈,并签署了…协议); not
into an armed act, and not when the pair stands for two leaders. A view held in common by the
sides of talks (一致认为) is their agreement, as 一致同意 is. The sentences are written for
these tests."""

from __future__ import annotations

import pytest
from sentences import events_of


def _plain(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text) if t != "ROLE"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "埃及外长会见苏丹外长。双方举行了会谈，并签署了合作协议。",
            ("埃及", "AGREE", "苏丹"),
        ),
        (
            "埃及外长会见苏丹外长。双方就大坝问题交换了意见，并谴责了埃塞俄比亚。",
            ("苏丹", "ACCUSE", "埃塞俄比亚"),
        ),
        (
            "土耳其外长会见伊拉克外长。双方举行会谈，并重申对巴勒斯坦的支持。",
            ("伊拉克", "SUPPORT", "巴勒斯坦"),
        ),
        ("埃及外长会见苏丹外长。双方一致认为，应当尽快恢复谈判。", ("埃及", "AGREE", "苏丹")),
        ("埃及和苏丹一致认为，应当尽快恢复谈判。", ("埃及", "AGREE", "苏丹")),
    ],
)
def test_pair_goes_on(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _plain(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the pair agreed; the fight named after it is none of theirs
        (
            "美国总统与俄罗斯总统通话。双方同意结束冲突，停止冲突将从能源设施开始。",
            ("俄罗斯", "ASSAULT", "美国"),
        ),
        # a pair that is only the object of another's act does not go on
        ("以色列和哈马斯爆发冲突。美国谴责了双方，并呼吁停火。", ("以色列", "REQUEST", "哈马斯")),
        # one side alone holds a view with nobody
        ("分析人士一致认为，此举将加剧紧张局势。", None),
    ],
)
def test_pair_stays(text: str, absent: tuple[str, str, str] | None) -> None:
    found = _plain(text)
    if absent is None:
        assert not any(t == "AGREE" for _, t, _ in found)
    else:
        assert absent not in found
