"""Round 59 (f59h): a second act joined to a meeting attended (参加东盟会议|并|访问马来西亚) is an
act of its own, not the first verb's object noun; and a body's meeting attended (出席…会议)
meets the body. Sentences are written for these tests."""

from __future__ import annotations

import pytest
from sentences import events_of


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


JOINED = [
    ("拉夫罗夫将参加上合组织会议并访问印度。", "拉夫罗夫", "上海合作组织", "印度"),
    ("印度外长将出席金砖国家会议并于次日会见巴西总统。", "印度", "金砖国家", "巴西"),
    ("土耳其外长参加北约会议随后访问希腊。", "土耳其", "北约", "希腊"),
    ("肯尼亚总统出席非盟会议并会见了埃塞俄比亚总理。", "肯尼亚", "非盟", "埃塞俄比亚"),
    ("德国总理出席欧盟会议并访问了比利时。", "德国", "欧盟", "比利时"),
]


@pytest.mark.parametrize(("text", "who", "body", "visited"), JOINED)
def test_the_act_joined_to_a_meeting_is_kept(text: str, who: str, body: str, visited: str) -> None:
    found = _pairs(text)
    assert (who, "CONSULT", body) in found
    assert (who, "CONSULT", visited) in found


def test_a_body_meeting_attended_meets_the_body() -> None:
    found = events_of("马来西亚外交部长上月在开罗出席了阿拉伯国家联盟会议。")
    assert ("马来西亚", "CONSULT", "阿盟", "asserted") in found or any(
        e[1] == "CONSULT" and e[3] == "asserted" and e[2] in {"阿拉伯国家联盟", "阿盟"}
        for e in found
    )


def test_a_bloc_meeting_attended_abroad_meets_the_bloc() -> None:
    found = events_of("孟加拉国外交顾问上周在雅温得出席了伊斯兰合作组织会议。")
    assert any(e[1] == "CONSULT" and e[2] == "伊斯兰合作组织" and e[3] == "asserted" for e in found)


def test_an_unnamed_meeting_attended_meets_nobody() -> None:
    assert not events_of("王毅出席了会议并发表讲话。")


def test_a_meeting_as_the_occasion_of_a_talk_is_no_meeting_with_the_body() -> None:
    found = _pairs("印度尼西亚外长出席东盟会议期间会见了越南外长。")
    assert ("印度尼西亚", "CONSULT", "越南") in found
    assert ("印度尼西亚", "CONSULT", "东盟") not in found


def test_a_verb_left_in_the_gap_keeps_the_noun_its_object() -> None:
    assert events_of("美国对伊朗实施并加强制裁。") == {("美国", "SANCTION", "伊朗", "asserted")}
    assert events_of("日本向菲律宾提供军事援助。") == {("日本", "AID", "菲律宾", "asserted")}
