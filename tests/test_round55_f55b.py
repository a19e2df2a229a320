"""Round 55, branch f55b: false records of the readable sets whose cause recurs.

(A second rule of the branch, no support or aid from a backer inside a 在…下 frame, was left
out at merge: it contradicts tests/test_capabilities.py and tests/test_round26_pr.py, which read
在X的支持/援助下 as X backing the subject; the cases below that do not depend on it stay.)

A war named by one country (伊朗内战, 俄罗斯战争, 俄罗斯战争机器, 乌克兰战争) is what an act is
about, not that country (ob, ve, db-dev, dh-dev); a war named by both sides (以色列和伊朗冲突), the
war's own sides (苏丹冲突双方: la-dev credits Sudan), troops sent into a war (deployed against
the country) and an act on the country itself stay.
The sentences are written for these tests."""

from __future__ import annotations

import pytest
from sentences import events_of


def _plain(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text) if t != "ROLE"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("美国国务院表示，美国支持乌克兰加入北约。", ("美国", "SUPPORT", "乌克兰")),
        ("日本政府表示支持韩国的立场。", ("日本", "SUPPORT", "韩国")),
        ("中国决定向古巴提供粮食援助。", ("中国", "AID", "古巴")),
        ("在美国斡旋下，以色列与哈马斯达成停火协议。", ("美国", "CONSULT", "以色列")),
        (
            "据报道，在中方帮助下，缅甸政府同果敢同盟军举行了会晤。",
            ("缅甸", "CONSULT", "缅甸民族民主同盟军"),
        ),
    ],
)
def test_support_said_outright_and_the_framed_deed_stay(text, expected) -> None:
    assert expected in _plain(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("土耳其外长表示，土耳其反对任何煽动伊朗内战的计划。", ("土耳其", "ACCUSE", "伊朗")),
        (
            "美国财政部警告，为俄罗斯战争提供物资支持的企业将面临严重后果。",
            ("美国财政部", "AID", "俄罗斯"),
        ),
        (
            "美国财政部警告，为俄罗斯战争提供物资支持的企业将面临严重后果。",
            ("美国财政部", "THREATEN", "俄罗斯"),
        ),
        ("欧盟委员会主席表示，欧盟正在打击俄罗斯战争机器的核心。", ("欧盟", "ASSAULT", "俄罗斯")),
        (
            "卡拉斯说，该船队是为规避西方对乌克兰战争做出的制裁而组建的。",
            ("西方", "SANCTION", "乌克兰"),
        ),
    ],
)
def test_a_war_named_by_one_country_is_no_act_on_it(text, absent) -> None:
    assert absent not in _plain(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("非盟委员会主席呼吁苏丹冲突双方立即停火。", ("非盟委员会", "REQUEST", "苏丹")),
        ("七国集团呼吁以色列和伊朗冲突降级。", ("七国集团", "REQUEST", "伊朗")),
        ("中国呼吁俄罗斯停止战争。", ("中国", "REQUEST", "俄罗斯")),
        ("欧盟谴责俄罗斯对乌克兰发动战争。", ("俄罗斯", "ASSAULT", "乌克兰")),
        ("美国当年派兵干涉朝鲜战争。", ("美国", "MOBILIZE", "朝鲜")),
    ],
)
def test_a_war_of_two_sides_or_its_sides_stay(text, expected) -> None:
    assert expected in _plain(text)
