"""Round 46 (be): SANCTION and ASSAULT as the outsider annotators read them.

Tariffs are sanctions (GUIDELINES: CONCEDE eases "sanctions or tariffs"), and every annotator of
the readable outsider sets codes a tariff levied on a country. Taiwan's and Hong Kong's press
name some with words the lexicon lacked: 征高关税, 加课关税, 课征 followed by whom it hits, and
tariffs added on each other (彼此加课关税). Pressure put on someone (施压, 施加…压力) is no
sanction by itself (below). Sentences written for the test.
"""

from __future__ import annotations

import pytest
from sentences import events_of


def _sanctions(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o, _ in events_of(text) if t == "SANCTION"}


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("日本與韓國一起對中國鋼鐵徵高關稅。", {("日本", "中国"), ("韩国", "中国")}),
        ("美國宣布對日本汽車加課25%關稅。", {("美国", "日本")}),
        ("總統指墨西哥課徵美國很高的關稅。", {("墨西哥", "美国")}),
        ("美国升高对越南商品的关税。", {("美国", "越南")}),
        ("美國與印度彼此加课关税。", {("美国", "印度"), ("印度", "美国")}),
        ("日本與韓國相互加征关税。", {("日本", "韩国"), ("韩国", "日本")}),
    ],
)
def test_tariffs_by_other_words_are_sanctions(text: str, pairs: set) -> None:
    assert pairs <= _sanctions(text)


@pytest.mark.parametrize(
    "text",
    [
        "地区紧张局势升高,关税问题仍未解决。",
        "该国对进口商品课征的税率维持不变。",
    ],
)
def test_no_tariff_no_sanction(text: str) -> None:
    assert not _sanctions(text)


# -- pressure alone is no sanction -------------------------------------------------------------
# Of the 14 pairs kg read as SANCTION from 施压 / 施加…压力 in the readable outsider sets, the
# annotators coded one (10 sets left the rest); where the pressure is put on by sanctions, the
# sanction is named and read from its own word.


@pytest.mark.parametrize(
    "text",
    [
        "以色列频频发动空袭,并向黎巴嫩政府施压。",
        "美国总统以提高关税作为施压手段,促使两国同意停火。",
        "苏联方面已经对朝鲜施加了压力。",
        "此举被视作美国进一步强化对俄经济施压的最新举措。",
        "在美国施压下,以色列更改了计划。",
    ],
)
def test_pressure_alone_is_no_sanction(text: str) -> None:
    assert not _sanctions(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("美国一直通过大规模制裁对伊朗施加最大限度压力。", ("美国", "伊朗")),
        ("欧盟同意对俄罗斯实施新一轮制裁,以期继续施压。", ("欧盟", "俄罗斯")),
        ("美国加大对伊朗的压力。", ("美国", "伊朗")),
        ("中国持续打压台湾。", ("中国", "台湾")),
    ],
)
def test_sanctions_and_other_pressure_words_stay(text: str, pair: tuple[str, str]) -> None:
    assert pair in _sanctions(text)


def test_pressure_that_names_what_the_pressed_side_is_to_do_stays() -> None:
    """Round 57: the demand stays, the pressure gives no sanction of its own."""
    found = events_of("美国持续施压莫斯科与基辅,要求终结这场战争。")
    assert ("美国", "REQUEST", "俄罗斯", "asserted") in found
    assert ("美国", "REQUEST", "乌克兰", "asserted") in found
    assert not any(t == "SANCTION" for _, t, _, _ in found)
