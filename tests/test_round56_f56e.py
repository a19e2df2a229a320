"""Round 56, branch f56e: leads left by the helpers of round 55.

A backer named inside a 在…下 frame (在美国支持下, 在中方帮助下, 在英国的协助下, 在美国的援助下)
sets the scene of the main clause's deed: of the six readable sets with such a frame and a named
backer, five code no support or aid for it (qh, va, dd-dev, df-dev, la-dev), one does (qa); all
four words read alike. Support said outright (美国支持乌克兰, 表示支持) and mediation in the frame
(在美国斡旋下, coded as the mediator meeting each side in eleven sets) stay.
The sentences are written for these tests."""

from __future__ import annotations

import pytest
from sentences import events_of


def _plain(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text) if t != "ROLE"}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("科索沃2008年在西方国家支持下宣布脱离塞尔维亚独立。", ("西方", "SUPPORT", "科索沃")),
        ("据报道，在中方帮助下，缅甸政府同果敢同盟军举行了会晤。", ("中国", "AID", "缅甸")),
        ("俄罗斯在中国的支持下召开了安理会紧急会议。", ("中国", "SUPPORT", "俄罗斯")),
        ("伊朗在俄罗斯支持下拒绝了该决议。", ("俄罗斯", "SUPPORT", "伊朗")),
        ("在日本的协助下，菲律宾海警驱离了外国渔船。", ("日本", "AID", "菲律宾海警")),
        ("以色列在美国的援助下重建了防空系统。", ("美国", "AID", "以色列")),
        ("在英国和法国的支持和帮助下，乌克兰举行了国际会议。", ("法国", "SUPPORT", "乌克兰")),
        ("在英国和法国的支持和帮助下，乌克兰举行了国际会议。", ("英国", "SUPPORT", "乌克兰")),
    ],
)
def test_a_backer_in_an_under_frame_backs_nobody(text, absent) -> None:
    assert absent not in _plain(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("美国国务院表示，美国支持乌克兰加入北约。", ("美国", "SUPPORT", "乌克兰")),
        ("日本政府表示支持韩国的立场。", ("日本", "SUPPORT", "韩国")),
        ("在联合国大会上，美国支持乌克兰的提案。", ("美国", "SUPPORT", "乌克兰")),
        ("中国决定向古巴提供粮食援助。", ("中国", "AID", "古巴")),
        ("在美国斡旋下，以色列与哈马斯达成停火协议。", ("美国", "CONSULT", "以色列")),
        ("在卡塔尔的斡旋下，以色列与哈马斯达成停火协议。", ("卡塔尔", "CONSULT", "哈马斯")),
        (
            "据报道，在中方帮助下，缅甸政府同果敢同盟军举行了会晤。",
            ("缅甸", "CONSULT", "缅甸民族民主同盟军"),
        ),
    ],
)
def test_support_said_outright_mediation_and_the_framed_deed_stay(text, expected) -> None:
    assert expected in _plain(text)
