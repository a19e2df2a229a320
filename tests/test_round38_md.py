"""Round 38, helper md: mainland China's official voice (foreign-ministry transcripts, commerce-
ministry answers, readouts). Sentences written for the tests in the style of eval/audit38/md."""

from __future__ import annotations

import pytest
from sentences import events_of

# -- a transcript line that reports nothing still says who answers -------------------------------


@pytest.mark.parametrize(
    "text, asked",
    [
        (
            "2025年10月30日外交部发言人郭嘉昆主持例行记者会。\n"
            "记者：多位巴拉圭议员呼吁同中国建交。请问中方对此有何评论？\n"
            "郭嘉昆：中方注意到有关报道。\n我们奉劝巴拉圭政府早日作出正确抉择。",
            "巴拉圭",
        ),
        ("林剑：中方注意到有关情况。我们敦促菲律宾停止侵权挑衅。", "菲律宾"),
    ],
)
def test_we_of_an_answer_whose_first_line_reports_nothing(text: str, asked: str) -> None:
    """md-05: 郭嘉昆:中方注意到有关报道。(new paragraph) 我们奉劝巴拉圭政府…: the gate skipped the
    line that names who answers, so 我们 had no speaker and the urging was dropped."""
    found = {(t, o) for _, t, o, _ in events_of(text)}
    assert ("REQUEST", asked) in found


def test_spokesman_answer_opens_an_answer() -> None:
    """md-01: 发言人答: opens the answer as 答: does; its 我们 is the side asked (中方)."""
    text = (
        "商务部新闻发言人9日答记者问。\n问：中方对欧盟有关做法有何评论？\n"
        "发言人答：中方注意到有关情况。\n我们敦促欧盟立即纠正错误做法。"
    )
    assert ("中国", "REQUEST", "欧盟", "asserted") in events_of(text)


# -- 临时 is no 在…时 frame; a suit between states is a complaint ---------------------------


def test_provisional_is_no_time_frame() -> None:
    """md-01: 在世贸组织起诉欧盟…临时反补贴措施 read 在…时 as a time frame, so the venue
    世贸组织 became the suer (COERCE); China complains of the EU (ACCUSE)."""
    text = "中方在世贸组织起诉欧盟电动汽车临时反补贴措施。"
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    assert ("中国", "ACCUSE", "欧盟") in found
    assert not any(t == "COERCE" for _, t, _ in found)
    # a real 在…时 frame still gives the act inside it its own doer
    framed = events_of("波兰在俄军空袭乌克兰时派遣战机。")
    assert ("俄军", "ASSAULT", "乌克兰", "asserted") in framed


def test_suit_in_an_answered_topic_is_a_complaint() -> None:
    """md-01 title: 商务部就[中方在世贸组织起诉欧盟…措施]答问: the act inside the topic, read on a
    path that reads no trigger flags, is a complaint between states, not a prosecution."""
    text = "商务部就中方在世贸组织起诉欧盟电动汽车临时反补贴措施答问"
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    assert ("中国", "ACCUSE", "欧盟") in found
    assert ("中国", "COERCE", "欧盟") not in found


# -- 其中不乏 lists the members of states left unnamed -------------------------------------------


def test_members_listed_after_qi_zhong_bu_fa() -> None:
    """md-07: 多个国家陆续宣布承认巴勒斯坦国,其中不乏英国、加拿大…: each member listed
    recognises."""
    text = "多个国家近日宣布承认巴勒斯坦国，其中不乏法国、葡萄牙等西方国家。"
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    assert {("法国", "SUPPORT", "巴勒斯坦"), ("葡萄牙", "SUPPORT", "巴勒斯坦")} <= found


# -- 应…邀请: the inviter asks the visitor -------------------------------------------------------


@pytest.mark.parametrize(
    "text, inviter, invited",
    [
        ("应阿拉伯埃及共和国政府邀请，文化和旅游部部长孙业礼将赴埃及出席仪式。", "埃及", "孙业礼"),
        ("拉莫拉是应外交部长王毅的邀请于5月对中国进行正式访问的。", "王毅", "拉莫拉"),
    ],
)
def test_inviter_asks_the_invited(text: str, inviter: str, invited: str) -> None:
    """md-05 (应阿拉伯埃及共和国|政府|邀请: the gazetteer's mention ends before 政府) and audit33
    wi-02 (托卡耶夫是|应外交部长李肇星的邀请…访问的: an 应 after 是 opens an invitation)."""
    assert (inviter, "REQUEST", invited, "asserted") in events_of(text)
