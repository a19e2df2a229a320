"""Round 57, branch f57b: denials and rebuttals that name the author of what they answer.

A denial names whom it rejects when the author of the claim denied stands right after it and a
verb of claiming follows the author, a word of when at most before that verb (否认|白宫|稍早暗示
的「…」的|说法, 否认|特朗普|日前声称…|一说). A rebuttal whose clause names, before it, the words
it answers after 对 and their author and 的 (对|特朗普|的言论|反驳称) rejects that author. A denial
of a deed (否认向俄罗斯提供导弹) still rejects nobody. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from sentences import events_of


def _plain(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text) if t != "ROLE"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("克里姆林宫周五否认白宫稍早暗示的「双方即将举行会晤」的说法。", ("俄罗斯", "美国")),
        ("越南外交部否认日本此前宣称两国已签署新协议一说。", ("越南外交部", "日本")),
        ("印度外长否认美国多次声称的“印度已同意停火”的说法。", ("印度", "美国")),
        ("巴西总统办公室发表声明,对特朗普的言论反驳称:巴西是主权国家。", ("巴西总统府", "特朗普")),
        ("中方针对美方的无理指责予以驳斥。", ("中国", "美国")),
    ],
)
def test_author_of_what_is_denied_is_rejected(text: str, expected: tuple[str, str]) -> None:
    assert (expected[0], "REJECT", expected[1]) in _plain(text)


@pytest.mark.parametrize(
    "text",
    [
        "伊朗否认向俄罗斯提供导弹。",  # a deed denied: nobody rejected
        "伊朗否认俄罗斯参与袭击的说法。",  # a verb of doing after the actor: the accused
        "德国否认法国与英国已经达成协议。",  # no claim noun: a deed denied
        "日本对美国的支持表示感谢。",  # no rebuttal
        "中方对美方的言论表示关注,外交部随后发表声明。",  # no rebuttal after the words
    ],
)
def test_no_author_rejected(text: str) -> None:
    assert not any(t == "REJECT" for _, t, _ in _plain(text))
