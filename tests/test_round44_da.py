"""Round 44, helper da: direction, who acts on whom. Sentences written for the tests in the
style of Chinese international news."""

from __future__ import annotations

import pytest

from tests.data.sentences import events_of


def _triples(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


# -- 就[X对Y…]阐明立场: a stance set out on an act is no act of the one who states it ----------
# (vb-measure 08: 中方已就美国对巴西加征关税阐明立场 gave 中方 SANCTION 巴西)

STANCE = [
    ("外交部发言人说,中方已就美国对巴西加征关税阐明立场。", ("美国", "SANCTION", "巴西")),
    ("俄罗斯外交部就欧盟对白俄罗斯实施制裁表明了立场。", ("欧盟", "SANCTION", "白俄罗斯")),
    ("日本就中国对日本水产品实施禁令向世贸组织提出申诉。", ("中国", "SANCTION", "日本")),
]


@pytest.mark.parametrize(("text", "expected"), STANCE)
def test_stance_on_an_act_leaves_the_act_to_its_doer(text, expected) -> None:
    found = _triples(text)
    assert expected in found
    doer = expected[0]
    assert not any(t == expected[1] and s != doer for s, t, _ in found)
