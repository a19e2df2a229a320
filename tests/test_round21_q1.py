"""Round 21 (q1): classes this morning's helpers saw and left — straight quotation marks a
page store left in Chinese text, a deal of any kind that may be reached, a deal named before
the verb that failed to make it.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of

from kg.articles import normalise

# -- "…": straight quotes around Chinese words read as “…” ----------------------------------

STRAIGHT = [
    '白俄罗斯承认"南奥塞梯共和国"独立。',
    '俄罗斯宣布承认"卢甘斯克人民共和国"独立。',
]


@pytest.mark.parametrize("text", STRAIGHT)
def test_straight_quotes_read_as_curly_ones(text) -> None:
    curly = text.replace('"', "“", 1).replace('"', "”", 1)
    assert events_of(text) == events_of(curly)
    assert events_of(text)


def test_straight_quotes_keep_offsets_and_latin_pairs() -> None:
    text, offsets = normalise('他说:"美方应停止施压", "Made in USA"和"中国制造"。')
    assert text == '他说:“美方应停止施压”, "Made in USA"和“中国制造”。'
    assert offsets == tuple(range(len(text) + 1))


def test_ascii_punctuation_reads_as_full_width() -> None:
    """, : ; ( ) ? fold from their full-width forms (NFKC), so both read the same."""
    ascii_form = "外交部发言人林剑(左)表示:美方应停止对华制裁;中方将采取反制措施?"
    full_width = "外交部发言人林剑（左）表示：美方应停止对华制裁；中方将采取反制措施？"
    assert normalise(ascii_form)[0] == normalise(full_width)[0]
    assert events_of(ascii_form) == events_of(full_width)


def test_an_unpaired_straight_quote_stays() -> None:
    assert normalise('外交部称"美国应当')[0] == '外交部称"美国应当'


# -- 达成的任何协议: any deal that may be reached is no deal reached ---------------------------

ANY_DEAL = [
    "俄罗斯外交部表示,俄罗斯不会接受美国与乌克兰之间达成的任何协议。",
    "伊朗方面表示,不会承认以色列与黎巴嫩之间签署的任何协议。",
]


@pytest.mark.parametrize("text", ANY_DEAL)
def test_any_deal_that_may_be_reached_is_no_agreement(text) -> None:
    assert not [e for e in events_of(text) if e[1] == "AGREE"]


def test_any_deal_still_leaves_the_refusal() -> None:
    found = events_of("俄罗斯外交部表示,俄罗斯不会接受美国与乌克兰之间达成的任何协议。")
    assert ("俄罗斯", "REJECT", "美国", "asserted") in found


def test_a_deal_reached_is_still_one() -> None:
    assert ("美国", "AGREE", "乌克兰", "asserted") in events_of("美国与乌克兰达成的协议今天生效。")


# -- 两国之间的协议未能签署: a deal named before the verb that failed ---------------------------

FAILED_DEAL = [
    "伊朗和美国之间的协议最终未能签署。",
    "美国与乌克兰的矿产协议仍未签署。",
    "伊朗与美国的核协议未能达成。",
]


@pytest.mark.parametrize("text", FAILED_DEAL)
def test_a_deal_never_signed_is_negated_only(text) -> None:
    agreements = {e[3] for e in events_of(text) if e[1] == "AGREE"}
    assert agreements == {"negated"}


def test_a_deal_signed_before_a_failed_one_stays_asserted() -> None:
    found = events_of("俄乌两国签署协议后,美国与乌克兰的矿产协议仍未签署。")
    assert ("俄罗斯", "AGREE", "乌克兰", "asserted") in found
    assert ("美国", "AGREE", "乌克兰", "negated") in found


def test_a_deal_signed_is_asserted() -> None:
    assert events_of("伊朗与美国的协议已经签署。") == {("伊朗", "AGREE", "美国", "asserted")}


# -- 重返伊核协议: the short form 伊 inside a split trigger -------------------------------------

RETURN_SHORT = [
    ("美国宣布重返伊核协议。", ("美国", "AGREE", "伊朗", "asserted")),
    ("拜登政府寻求重返伊核协议。", ("美国", "AGREE", "伊朗", "intended")),
]


@pytest.mark.parametrize(("text", "expected"), RETURN_SHORT)
def test_short_form_inside_a_return_to_a_deal(text, expected) -> None:
    assert expected in events_of(text)


def test_return_to_a_place_is_no_deal() -> None:
    assert not [e for e in events_of("美军重返伊拉克北部。") if e[1] == "AGREE"]


# -- 拒绝解除制裁: sanctions not eased or lifted stand -----------------------------------------

STANDING = [
    ("美国拒绝解除对伊朗的制裁。", ("美国", "SANCTION", "伊朗")),
    ("美国不会放松对俄罗斯的制裁。", ("美国", "SANCTION", "俄罗斯")),
    ("美国至今没有解除对古巴的制裁。", ("美国", "SANCTION", "古巴")),
    ("朝方要求美方立即放松对朝制裁,不然不会放松对朝制裁。", ("美国", "SANCTION", "朝鲜")),
]


@pytest.mark.parametrize(("text", "expected"), STANDING)
def test_sanctions_not_eased_stand(text, expected) -> None:
    found = events_of(text)
    assert (*expected, "asserted") in found
    assert (*expected, "negated") not in found


def test_refusing_to_lift_is_still_a_refusal() -> None:
    assert ("美国", "REJECT", "伊朗", "asserted") in events_of("美国拒绝解除对伊朗的制裁。")


def test_sanctions_not_imposed_stay_negated() -> None:
    assert ("美国", "SANCTION", "伊朗", "negated") in events_of("美国拒绝对伊朗实施制裁。")


# -- 出席了和谈闭幕式: those who attend a ceremony of talks do not hold them together ------------

CEREMONY = [
    "哥伦比亚总统佩特罗和古巴国家主席迪亚斯-卡内尔等出席了和谈闭幕式。",
    "挪威首相和委内瑞拉外长出席了和谈的开幕式。",
]


@pytest.mark.parametrize("text", CEREMONY)
def test_attending_a_ceremony_of_talks_is_no_talks(text) -> None:
    assert not [e for e in events_of(text) if e[1] == "CONSULT"]


def test_talks_themselves_are_still_talks() -> None:
    found = events_of("挪威首相和委内瑞拉外长举行了会谈。")
    assert [e for e in found if e[1] == "CONSULT"]
