"""Round 35, helper qt: THREATEN for a response promised in a manner that answers the other
side (将采取适当的行动, 将继续采取坚决果断措施, 将一同强力应对). The construction was seen on
audit33 wa, ql and qh (and fresh22 mainland-dev, where 反制 reads it already); sentences are
written for the test, with near misses whose response answers nobody and must stay silent."""

from __future__ import annotations

import pytest
from sentences import events_of


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


@pytest.mark.parametrize(
    "text, wanted",
    [
        (
            "外交部发言人表示，如果菲方一再挑战中方底线，中方将继续采取坚决果断措施。",
            ("中国", "THREATEN", "菲律宾"),
        ),
        (
            "伊朗外交部发言人谴责美国的声明，并表示伊朗将采取适当的行动。",
            ("伊朗", "THREATEN", "美国"),
        ),
        (
            "美日韩表示，如果朝鲜再次核试，三国将一同强力应对。",
            ("美国", "THREATEN", "朝鲜"),
        ),
    ],
)
def test_a_response_promised_in_a_manner_is_a_threat(
    text: str, wanted: tuple[str, str, str]
) -> None:
    assert wanted in _pairs(text)


# Near misses: a fitting action to protect one's own people, or firm steps against an epidemic,
# answer no other side and stay silent beside a threat in the next sentence.
@pytest.mark.parametrize(
    "text",
    [
        "日本政府表示，将采取适当的行动保护海外侨民的安全。",
        "卫生部表示，各地将采取果断措施控制疫情蔓延。",
    ],
)
def test_a_response_that_answers_nobody_stays_silent(text: str) -> None:
    threat = "伊朗外交部发言人谴责美国的声明，并表示伊朗将采取适当的行动。"
    found = _pairs(text + threat)
    assert ("伊朗", "THREATEN", "美国") in found
    assert [e for e in found if e[1] == "THREATEN"] == [("伊朗", "THREATEN", "美国")]


# A harm or answer foretold to the other side (a future + face/meet/produce + harm), as
# 将面临…后果 and 必将付出代价 (wc, yn): 以方将面临“毁灭性的攻击”, 袭击将得到回应 (qb).
@pytest.mark.parametrize(
    "text, wanted",
    [
        (
            "伊朗军方表示，如果以色列再次发动袭击，以方将面临“毁灭性的打击”。",
            ("伊朗军队", "THREATEN", "以色列"),
        ),
        (
            "伊朗武装部队参谋长巴盖里表示，以色列针对伊朗使馆的袭击将得到回应。",
            ("巴盖里", "THREATEN", "以色列"),
        ),
        ("中国外交部发言人毛宁表示，美方此举将产生严重后果。", ("毛宁", "THREATEN", "美国")),
    ],
)
def test_a_harm_foretold_to_the_other_side_is_a_threat(
    text: str, wanted: tuple[str, str, str]
) -> None:
    found = _pairs(text)
    assert wanted in found
    # near miss: a consequence foretold of no side threatens nobody
    assert not any(t == "THREATEN" for _, t, _ in _pairs("专家表示，气候变化将产生严重后果。"))


# A response its maker is compelled to make (须, 不得不, 被迫 right before it) is one being made,
# no threat: 拉脱维亚须作出相应回应 (audit34 yb), 迫使M23不得不予以反击 (audit33 wd).
@pytest.mark.parametrize(
    "text",
    [
        "拉脱维亚国防部长表示，俄罗斯无人机进入波兰是对北约领空的公然侵犯，拉脱维亚须作出相应回应。",
        "M23发表声明说，刚果军队以战机轰炸边境的平民村庄，迫使M23不得不予以反击。",
        "俄罗斯表示，乌克兰军队袭击了俄方边境地区，俄军不得不予以回击。",
    ],
)
def test_a_response_compelled_is_no_threat(text: str) -> None:
    assert not any(t == "THREATEN" for _, t, _ in _pairs(text))
    # near miss: a response promised under a condition still threatens
    promised = _pairs("朝鲜表示，若美国继续挑衅，朝方将作出相应的回应。")
    assert ("朝鲜", "THREATEN", "美国") in promised
