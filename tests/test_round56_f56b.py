"""Round 56, branch f56b: SANCTION and AID misses.

A verb of giving with two objects names who gets the aid right after it (提供|基辅|新的资金,
提供|俄方|武器的零件): that one is aided, and the aid noun right after it (提供|以色列|军事援助)
is not that one's own aid. A country's people (提供加国人入境免签) or a thing that is no aid
(提供…燃料, 提供…机遇) gets nothing. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from sentences import events_of


def _plain(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text) if t != "ROLE"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("德国总理宣布,德国将提供立陶宛新一批防空导弹。", ("德国", "AID", "立陶宛")),
        ("报道称,伊朗提供了俄方大量无人机和弹药。", ("伊朗", "AID", "俄罗斯")),
        ("日本政府决定提供菲律宾两亿美元贷款。", ("日本", "AID", "菲律宾")),
        ("法国提供乌克兰军事援助。", ("法国", "AID", "乌克兰")),
        ("加拿大给予约旦人道主义援助。", ("加拿大", "AID", "约旦")),
    ],
)
def test_recipient_after_giving_verb(text, expected) -> None:
    assert expected in _plain(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("法国提供乌克兰军事援助。", ("乌克兰", "AID", "法国")),
        ("加拿大给予约旦人道主义援助。", ("约旦", "AID", "加拿大")),
    ],
)
def test_recipient_gives_nothing(text, wrong) -> None:
    assert wrong not in _plain(text)


@pytest.mark.parametrize(
    "text",
    [
        "韩国总统希望澳方提供韩国核燃料的技术细节。",
        "这次峰会提供印度一个展示自己的机会。",
        "中方将提供加国人十五天入境免签待遇。",
    ],
)
def test_no_aid_without_aid_goods(text) -> None:
    assert not any(t == "AID" for _, t, _ in _plain(text))
