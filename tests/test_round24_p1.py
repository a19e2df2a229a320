"""Round 24 (p1), from a precision audit of kg on twenty unseen news pages (eval/audit24):

- what both sides are to do (两国应保持高层往来, 双方要…加大相互支持, 两国外交部应保持密切沟通) is
  a proposal: intended, in its clause and in the clauses after it that have no act and no
  subject of their own (words.tsv sides_subject, sides_modal; not 双方要求, 两国应对…);
- the written 希 of a readout (越希与中方…, 希进一步加强…) hopes, as 希望 does (cues.tsv);
- a clause of wish with no act (中方愿从大局出发, 越希与中方妥善处理…) opens a list of what is
  wished (words.tsv list_wish);
- 双方 whose own clause speaks of 两国 (双方要落实好两国元首的共识, 双方将扩大两国人文交流) are two
  countries, as 两国 is: not a visitor and the country he visited, nor a bloc
  (words.tsv sides_of_countries);
- what both sides agree to do goes on past the comma (双方一致同意进一步巩固政治互信,深化各领域
  务实合作: the cooperation is agreed, intended), but not after an accepted proposal
  (同意了中方的提议,并于次日举行了会谈).

Sentences are written for these tests in the style of mainland readouts of talks.
"""

from __future__ import annotations

import pytest
from sentences import events_of

D = "2024-05-10"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "中韩两国外长在首尔举行会谈。两国应加强高层往来,深化经贸合作。",
            ("中国", "CONSULT", "韩国"),
        ),
        (
            "中法两国外长在巴黎举行会谈。双方要按照两国领导人达成的共识,从长远角度出发,加强战略沟通。",
            ("中国", "CONSULT", "法国"),
        ),
        (
            "中日两国外长举行会谈。两国外交部应保持密切沟通,认真筹备下一轮磋商。",
            ("中国", "CONSULT", "日本"),
        ),
        # (交流合作 is cooperation, as the golds of audit33 wh read it: round 35 qe)
        (
            "王毅会见了老挝外长通伦。老方希进一步加强同中方的交流合作。",
            ("老挝", "COOPERATE", "中国"),
        ),
        (
            "中越两国外长举行会谈。越方希与中方通过和平谈判解决海上问题。",
            ("越南", "CONSULT", "中国"),
        ),
        (
            "中越两国外长举行会谈。中方愿从两国关系大局出发,加强与越方的沟通。",
            ("中国", "CONSULT", "越南"),
        ),
    ],
)
def test_what_both_sides_are_to_do_or_what_is_hoped_is_intended(text: str, expected) -> None:
    assert (*expected, "intended") in events_of(text, D)


def test_a_list_opened_by_sides_and_a_modal_reaches_past_a_clause_with_no_act() -> None:
    text = "中法外长举行会谈。双方要按照两国领导人达成的共识,从长远角度出发,加强战略沟通。"
    found = events_of(text, D)
    assert ("中国", "CONSULT", "法国", "intended") in found
    assert ("中国", "AGREE", "法国", "asserted") in found  # the leaders' consensus was reached


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # 要求 is a demand, not a modal: the request is made
        ("埃及和卡塔尔两国外长举行会谈。双方要求以色列立即停火。", ("埃及", "REQUEST", "以色列")),
        # 应邀 accepts an invitation: the talks were held
        ("中越两国外长举行会谈。两国应邀出席了峰会,并举行了会谈。", ("中国", "CONSULT", "越南")),
        # 应X邀请 is at X's invitation, no modal: the request was met
        (
            "中俄两国外长应伊朗邀请出席德黑兰会议。",
            ("伊朗", "REQUEST", "中国"),
        ),
        # 应对 copes with: the cooperation is reported
        ("中越两国外长举行会谈。中越两国应对气候变化开展合作。", ("中国", "COOPERATE", "越南")),
        # a clause with a subject of its own ends the list
        (
            "中越两国外长举行会谈。双方要加强沟通,美方则宣布对伊朗实施制裁。",
            ("美国", "SANCTION", "伊朗"),
        ),
        (
            "中越两国外长举行会谈。两国应加强沟通,中方去年已向越方提供援助。",
            ("中国", "AID", "越南"),
        ),
        # 希腊 is Greece, no hope
        ("希腊总理会见了土耳其总统。", ("希腊", "CONSULT", "土耳其")),
    ],
)
def test_near_misses_stay_asserted(text: str, kept) -> None:
    found = events_of(text, D)
    assert (*kept, "asserted") in found
    assert (*kept, "intended") not in found


def test_sides_without_a_modal_report_what_was_done() -> None:
    text = "中越两国外长举行会谈。中方从大局出发,加强了与越方的战略沟通。"
    assert events_of(text, D) == {("中国", "CONSULT", "越南", "asserted")}


@pytest.mark.parametrize(
    ("text", "countries", "people"),
    [
        (
            "习近平对俄罗斯进行国事访问。双方要落实好两国元首的重要共识,加强战略沟通。",
            ("中国", "CONSULT", "俄罗斯", "intended"),
            ("习近平", "CONSULT", "俄罗斯", "intended"),
        ),
        (
            # (a visit 欢迎 welcomes is one to come, intended: round 25 pb; the visit here is done)
            # (人文交流 is cooperation in a field, no meeting: round 35 qe)
            "中国特使刘振民日前访美。双方将扩大两国人文交流。",
            ("中国", "COOPERATE", "美国", "intended"),
            ("刘振民", "COOPERATE", "美国", "intended"),
        ),
    ],
)
def test_sides_that_speak_of_two_countries_are_countries(text: str, countries, people) -> None:
    found = events_of(text, D)
    assert countries in found
    assert people not in found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # no 两国 in the clause: the two leaders who met are the sides
        ("特朗普与普京在赫尔辛基会晤。双方同意继续对话。", ("特朗普", "AGREE", "普京", "asserted")),
        # 两国 only in a later clause: 双方 are still the two ministers
        (
            "王毅与布林肯在北京举行会谈。双方同意,两国将恢复军事对话。",
            ("王毅", "AGREE", "布林肯", "asserted"),
        ),
        # a bloc and a country with no 两国: the pair stays
        ("中国外长会见东盟秘书长。双方同意加强合作。", ("中国", "COOPERATE", "东盟", "intended")),
    ],
)
def test_sides_without_two_countries_in_their_clause_stay(text: str, kept) -> None:
    assert kept in events_of(text, D)


@pytest.mark.parametrize(
    ("text", "agreed"),
    [
        (
            "中缅外长举行会谈。中缅双方一致同意进一步巩固政治互信,深化各领域务实合作。",
            ("中国", "COOPERATE", "缅甸"),
        ),
        (  # eval/fresh23/c2-dev d4 (gold: intended)
            "王毅会见缅甸外长丹穗。中缅双方一致同意进一步巩固政治互信,深化各领域务实合作,"
            "切实维护在缅中方人员项目和中缅边境地区的安全稳定。",
            ("中国", "COOPERATE", "缅甸"),
        ),
    ],
)
def test_what_is_agreed_goes_on_past_the_comma(text: str, agreed) -> None:
    found = events_of(text, D)
    assert (*agreed, "intended") in found
    assert (*agreed, "asserted") not in found


def test_an_accepted_proposal_opens_no_list() -> None:
    text = "中越外长举行会谈。美方同意了中方的提议,并于次日举行了会谈。"
    assert ("美国", "AGREE", "中国", "asserted") in events_of(text, D)
    assert not {e for e in events_of(text, D) if e[3] == "intended"}
