"""Round 32 (vd): false events on the pooled audit of short wire items, fixed where the
construction recurs across fields. Sentences are written for the test in the construction the
pages used, with near misses that must not change.
"""

from __future__ import annotations

import pytest
from sentences import events_of


# X的行为不可接受, X造成的伤亡是“完全不可接受的”: a deed called unacceptable is the speaker's
# verdict on whose deed it is; the doer refuses nothing.
@pytest.mark.parametrize(
    "text, event, gone",
    [
        (
            "古巴外长表示,美国对古巴船只的扣押行为不可接受。",
            ("古巴", "ACCUSE", "美国", "asserted"),
            ("美国", "REJECT", "古巴", "asserted"),
        ),
        (
            "法国外交部表示,沙特对也门空袭造成的平民伤亡是完全不可接受的。",
            ("法国外交部", "ACCUSE", "沙特阿拉伯", "asserted"),
            ("沙特阿拉伯", "REJECT", "也门", "asserted"),
        ),
        (
            "日本外务省表示,俄罗斯军机侵犯日本领空的行为不可接受。",
            ("日本外务省", "ACCUSE", "俄罗斯", "asserted"),
            ("日本", "REJECT", "俄罗斯", "asserted"),
        ),
        (
            "中方认为,美方的这种做法不能接受。",
            ("中国", "ACCUSE", "美国", "asserted"),
            ("中国", "REJECT", "美国", "asserted"),
        ),
    ],
)
def test_unacceptable_deed_is_judged(text, event, gone) -> None:
    events = events_of(text)
    assert event in events
    assert gone not in events


@pytest.mark.parametrize(
    "text, event",
    [
        ("俄罗斯表示不可接受北约东扩。", ("俄罗斯", "REJECT", "北约", "asserted")),
        ("伊朗表示,美国的要求是不可接受的。", ("伊朗", "ACCUSE", "美国", "asserted")),
        ("德国表示不能接受美国的关税。", ("德国", "REJECT", "美国", "asserted")),
    ],
)
def test_unacceptable_near_misses(text, event) -> None:
    assert event in events_of(text)


# 对缅甸近期暴力升级表示关切: concern over a fight or its toll that the country after 对 only
# locates blames no one; a deed of that country named there is still blamed.
@pytest.mark.parametrize(
    "text, gone",
    [
        ("东盟对缅甸近期暴力升级表示严重关切。", ("东盟", "ACCUSE", "缅甸", "asserted")),
        ("欧盟对也门大量平民伤亡表示严重关切。", ("欧盟", "ACCUSE", "也门", "asserted")),
        ("日本对苏丹境内持续的暴力深表担忧。", ("日本", "ACCUSE", "苏丹", "asserted")),
    ],
)
def test_concern_over_strife_of_a_place(text, gone) -> None:
    assert gone not in events_of(text)


@pytest.mark.parametrize(
    "text, event",
    [
        ("美国对俄罗斯在边境集结军队表示严重关切。", ("美国", "ACCUSE", "俄罗斯", "asserted")),
        ("美国政府就中国升高台海紧张情势的行径表达关切。", ("美国", "ACCUSE", "中国", "asserted")),
        ("中方对美国的做法表示严重关切。", ("中国", "ACCUSE", "美国", "asserted")),
        (
            "中方对以色列空袭加沙造成大量平民伤亡表示严重关切。",
            ("中国", "ACCUSE", "以色列", "asserted"),
        ),
    ],
)
def test_concern_over_strife_near_misses(text, event) -> None:
    assert event in events_of(text)
