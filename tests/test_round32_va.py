"""Round 32 (va): groups and pairs on the pooled audit of short wire items (双方, 两国, 各方 and
compounds of short forms), fixed where the construction recurs across fields. Sentences are
written for the test in the construction the pages used, with near misses that must not change.
"""

from __future__ import annotations

import pytest
from sentences import events_of


# 呼吁各方保持克制 after an attack: round 32 read 各方 as the two sides of the last attack; the
# first golds (annotated before anyone ran kg: audit34 ya-01, audit35 ql-03) and audit33 wg leave
# the parties unnamed, so since round 38 (pr) 各方 names nobody (tests/test_round38_pr.py).
@pytest.mark.parametrize(
    "text",
    [
        "印度对巴基斯坦发动导弹袭击。俄罗斯外交部呼吁各方保持克制,避免局势恶化。",
        "以色列空袭黎巴嫩南部。古特雷斯敦促“各方保持最大限度的克制”。",
    ],
)
def test_parties_appealed_to_are_not_named(text) -> None:
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    assert not any(t == "REQUEST" for _, t, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "古特雷斯呼吁各方保持最大限度的克制。",  # no attack reported: the parties are not said
        "以色列袭击伊朗。欧盟外长进行磋商,但各方存在分歧。",  # no appeal: 各方 names nobody
        "以色列袭击伊朗。格罗西呼吁各方面保持克制。",  # 各方面: "every aspect"
        "以色列袭击伊朗。中方愿与各方一道推动局势缓和。",  # together with, not addressed
    ],
)
def test_parties_near_misses(text) -> None:
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    assert not any(s in {"古特雷斯", "格罗西", "欧盟", "中国"} for s, _, _ in found)


# 特朗普与泰柬领导人通话,双方同意…: a compound of two joined to a third side by 与 is the pair.
@pytest.mark.parametrize(
    "text, event",
    [
        ("特朗普与泰柬领导人通话后表示，双方同意停火。", ("泰国", "AGREE", "柬埔寨")),
        ("美国总统与泰柬两国领导人通话，双方同意停火。", ("泰国", "AGREE", "柬埔寨")),
        # a title's space before 称: what is said, not a pair the call addresses
        ("川普与泰柬领袖通话 称双方同意停止边境冲突。", ("泰国", "ASSAULT", "柬埔寨")),
    ],
)
def test_compound_joined_to_a_third_is_the_pair(text, event) -> None:
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    assert event in found
    assert not any({s, o} & {"特朗普", "美国"} and t in {"ASSAULT", "CONCEDE"} for s, t, o in found)


@pytest.mark.parametrize(
    "text, event",
    [
        ("特朗普与普京通话 称双方同意举行会晤。", ("特朗普", "AGREE", "普京")),  # two sides only
        ("泰国与柬埔寨发生冲突。马来西亚呼吁双方保持克制。", ("马来西亚", "REQUEST", "泰国")),
        (
            "泰国与柬埔寨发生冲突。马来西亚外长表示 呼吁双方保持克制。",
            ("马来西亚", "REQUEST", "柬埔寨"),
        ),
    ],
)
def test_pair_near_misses(text, event) -> None:
    assert event in {(s, t, o) for s, t, o, _ in events_of(text)}


# 出席二十国集团峰会。希望双方…: who attends a multilateral body's summit and the body are no pair.
@pytest.mark.parametrize(
    "text, body",
    [
        (
            "王毅表示,习近平主席即将出席二十国集团领导人峰会。希望双方立足大局,确保活动圆满成功。",
            "二十国集团",
        ),
        ("莫迪即将出席东盟峰会。双方同意加强合作。", "东盟"),
    ],
)
def test_summit_attended_is_no_pair(text, body) -> None:
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    assert not any(body in (s, o) and t != "CONSULT" for s, t, o in found)


@pytest.mark.parametrize(
    "text, event",
    [
        (
            "莫迪会见了东盟秘书长。双方同意加强合作。",
            ("莫迪", "AGREE", "东盟"),
        ),  # met, not attended
        ("国际原子能机构总干事格罗西访问伊朗。双方同意加强合作。", ("格罗西", "AGREE", "伊朗")),
    ],
)
def test_summit_near_misses(text, event) -> None:
    assert event in {(s, t, o) for s, t, o, _ in events_of(text)}


# A、B以及C举行三方峰会。双方…: which two of the three a later 双方 names is not said.
@pytest.mark.parametrize(
    "text",
    [
        "阿利耶夫、帕希尼扬以及特朗普在白宫举行三方峰会。双方承诺停止敌对行动。",
        "中国、日本和韩国领导人举行会晤。双方同意加强合作。",
    ],
)
def test_pair_after_three_sides_is_not_guessed(text) -> None:
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    assert {t for _, t, _ in found} == {"CONSULT"}  # the meeting of three, nothing of 双方


def test_pair_after_two_sides_still_found() -> None:
    found = {
        (s, t, o) for s, t, o, _ in events_of("阿利耶夫与帕希尼扬举行会晤。双方承诺停止敌对行动。")
    }
    assert ("阿利耶夫", "CONCEDE", "帕希尼扬") in found


# 特使正在两国之间穿梭斡旋,希望双方…: who shuttles between the pair is no side of it.
def test_envoy_shuttling_between_the_pair_is_no_side() -> None:
    text = "中方对泰柬冲突秉持公正立场，中国外交部特使正在两国之间穿梭斡旋，希望双方保持冷静克制。"
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    assert {("中国外交部", "CONSULT", "泰国"), ("中国外交部", "CONSULT", "柬埔寨")} <= found
    assert any(t == "REQUEST" and o == "泰国" for _, t, o in found)


@pytest.mark.parametrize(
    "text",
    [
        "泰国与柬埔寨爆发冲突。联合国特使一直在双方之间穿梭调停，呼吁两国停火。",
        "泰国与柬埔寨爆发冲突。马来西亚总理会见两国外长，呼吁双方停火。",
    ],
)
def test_shuttle_near_misses(text) -> None:
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    assert {("泰国", "ASSAULT", "柬埔寨"), ("柬埔寨", "ASSAULT", "泰国")} <= found
    assert sum(t == "REQUEST" for _, t, _ in found) == 2
