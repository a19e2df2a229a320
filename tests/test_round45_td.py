"""Round 45, helper td: false positives by the rule that made them. Sentences written for the
tests in the style of Chinese international news."""

from __future__ import annotations

import pytest

from tests.data.sentences import events_of


def _triples(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


# -- a bare 抗议 answers the counterpart in focus only when its own subject lodges it ------------
# (la-04 政界人士的抗议, pc-08 这起外交抗议, vd-04 引发抗议运动, we-01 此后抗议便成了家常便饭,
# wf-03 抗议活动中: a protest named, each read as a PROTEST on whoever acted last)

NAMED_PROTESTS = [
    "美国批准对台军售,中国政府宣布将作出回应,此后抗议便成了常态。",
    "美国宣布对古巴实施新制裁,古巴政府表示强烈不满,抗议活动随即在哈瓦那展开。",
]


@pytest.mark.parametrize("text", NAMED_PROTESTS)
def test_a_protest_named_lodges_none(text) -> None:
    assert not any(t == "PROTEST" for _, t, _ in _triples(text))


LODGED = [
    ("美国批准对台军售。中方强烈抗议。", ("中国", "PROTEST", "美国")),
    ("美国军舰驶入南海岛礁邻近海域。中方对此表示强烈抗议。", ("中国", "PROTEST", "美国")),
    (
        "菲律宾船只闯入黄岩岛海域。中国外交部随后发表声明对此「强烈抗议」。",
        ("中国外交部", "PROTEST", "菲律宾"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), LODGED)
def test_a_protest_its_subject_lodges_answers_the_counterpart(text, expected) -> None:
    assert expected in _triples(text)
