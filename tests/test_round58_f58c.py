"""Round 58, branch f58c: SANCTION misses.

Tariffs raised on a country named after 将/把 (将巴西关税升高到50%, 把中国商品关税提高到145%):
the rows 关税…提高到/升高到/上调至 (ba frame) never fired, since 提高到 and its kin were no
ba_verb and the 将-object was not looked for. A rate raised on goods or on no side stays
silent. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from sentences import events_of


def _plain(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text) if t != "ROLE"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("美国总统周五签署行政命令,将巴西关税升高到50%。", ("美国", "SANCTION", "巴西")),
        ("美国政府上月把中国商品关税提高到145%。", ("美国", "SANCTION", "中国")),
        ("加拿大宣布将美国钢材关税提高至25%。", ("加拿大", "SANCTION", "美国")),
        ("墨西哥政府宣布将印度汽车关税上调至50%。", ("墨西哥", "SANCTION", "印度")),
    ],
)
def test_tariff_raised_on_a_country_after_ba(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _plain(text)


@pytest.mark.parametrize(
    "text",
    [
        "印度将大米出口关税提高到20%。",  # its own export duty: nobody is hit
        "日本将警戒级别提高到最高。",  # no tariff
        "越南将最低工资提高到每月500万越南盾。",
    ],
)
def test_rate_raised_on_no_side_is_silent(text: str) -> None:
    assert not any(t == "SANCTION" for _, t, _ in _plain(text))
