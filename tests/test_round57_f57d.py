"""Round 57, branch f57d: false records of SANCTION, COOPERATE, SUPPORT, AGREE, REQUEST,
THREATEN and REJECT.

A warning whose words open with another side doing harm (X警告,Y单方面发动侵略; X警告称,Y正在
集结军队) says what that side does: an accusation, no threat. A warning with what will come,
a price, a condition or a demand in that clause (Y的制裁将导致对抗, Y若不同意…, 警告Y不要…),
or addressed to its target (X警告Y,…), stays a threat. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from sentences import events_of


def _plain(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text) if t != "ROLE"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("古巴外长周二警告,美国正对古巴发动一场经济战争。", ("古巴", "ACCUSE", "美国")),
        ("德国总理周三警告,俄罗斯正对波兰发动混合战争。", ("德国", "ACCUSE", "俄罗斯")),
        ("伊朗外交部警告：以色列的空袭可能破坏地区稳定。", ("伊朗外交部", "ACCUSE", "以色列")),
    ],
)
def test_warning_of_anothers_deed_accuses(text: str, expected: tuple[str, str, str]) -> None:
    found = _plain(text)
    assert expected in found
    assert (expected[0], "THREATEN", expected[2]) not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("伊朗外长警告，以色列将为此付出沉重代价。", ("伊朗", "THREATEN", "以色列")),
        ("英法德已警告，伊朗若不同意限制铀浓缩，将恢复制裁。", ("英国", "THREATEN", "伊朗")),
        (
            "阿联酋警告以色列,对约旦河西岸的任何吞并行动都将越过红线。",
            ("阿拉伯联合酋长国", "THREATEN", "以色列"),
        ),
        ("中国海警警告菲律宾立即停止侵权挑衅。", ("中国海警", "THREATEN", "菲律宾")),
    ],
)
def test_warning_with_a_price_or_an_address_threatens(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _plain(text)


def test_warning_that_asks_accuses_nobody() -> None:
    found = _plain("这位前外交官提出警告：美国政府一定要审慎处理对华关系。")
    assert not any(t == "ACCUSE" for _, t, _ in found)
