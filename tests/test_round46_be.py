"""Round 46 (be): SANCTION and ASSAULT as the outsider annotators read them.

Tariffs are sanctions (GUIDELINES: CONCEDE eases "sanctions or tariffs"), and every annotator of
the readable outsider sets codes a tariff levied on a country. Taiwan's and Hong Kong's press
name some with words the lexicon lacked: 征高关税, 加课关税, 课征 followed by whom it hits, and
tariffs added on each other (彼此加课关税). Sentences written for the test.
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
