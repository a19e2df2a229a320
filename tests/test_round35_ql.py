"""Round 35 (ql): speech attribution, who says, who is charged, who is asked. Sentences are
written for the test in the constructions the dev-side sets and ql's pages used, with near
misses whose event must stay.
"""

from __future__ import annotations

import pytest
from sentences import events_of


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


# 川普說,美國沒有把巴拿馬運河交給中國大陸,…,並要求魯比歐負責處理 (yd),
# 马克龙表示,…并呼吁… (qb): an appeal that 并 opens after a statement is the speaker's,
# not that of an actor named inside what was said.
@pytest.mark.parametrize(
    "text, wanted, wrong",
    [
        (
            "意大利总理表示，以色列军队仍在轰炸加沙，并呼吁哈马斯释放全部人质。",
            ("意大利", "REQUEST", "哈马斯"),
            ("以军", "REQUEST", "哈马斯"),
        ),
        (
            "特朗普说，中国控制着巴拿马运河，并要求巴拿马政府作出解释。",
            ("特朗普", "REQUEST", "巴拿马"),
            ("中国", "REQUEST", "巴拿马"),
        ),
        (
            "马克龙表示，俄军仍在持续轰炸乌克兰城市，并呼吁俄罗斯立即停火。",
            ("马克龙", "REQUEST", "俄罗斯"),
            None,
        ),
    ],
)
def test_an_appeal_after_a_statement_is_the_speakers(
    text: str, wanted: tuple[str, str, str], wrong: tuple[str, str, str] | None
) -> None:
    found = _pairs(text)
    assert wanted in found
    if wrong is not None:
        assert wrong not in found


# Near misses: the one who condemns inside the words goes on appealing, and a speaker of the
# same side as the actor inside is left as it was; beside them, the appeal of a speaker of
# another side moves to the speaker.
def test_near_misses_keep_their_appeal() -> None:
    found = _pairs("外交部发言人表示，中方谴责这一袭击，并呼吁以色列保持克制。")
    assert ("中国", "REQUEST", "以色列") in found
    found = _pairs("英国首相说，英国正在向乌克兰提供防空系统，并敦促俄罗斯停止袭击。")
    assert ("英国", "REQUEST", "俄罗斯") in found
    found = _pairs("西班牙首相表示，以色列军队仍在轰炸加沙，并敦促哈马斯释放人质。")
    assert ("西班牙", "REQUEST", "哈马斯") in found


# 美方…必將自食其果 (yn) is a fate the speaker foretells, a threat like 必将付出代价; 美國在
# 自食其果 (qa) is a judgement of a fate met, a charge that stays.
def test_a_fate_foretold_is_a_threat() -> None:
    found = _pairs("林剑表示，美方执意对中国企业滥施制裁，必将自食其果。")
    assert ("林剑", "THREATEN", "美国") in found
    found = _pairs("伊朗外交部发言人巴加埃说，美国正在自食其果。")
    assert ("巴加埃", "ACCUSE", "美国") in found
