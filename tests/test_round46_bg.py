"""Round 46, helper bg: which two sides a pair word (双方, 两国) stands for. A fight named by two
sides joined by 和/与 right before 冲突/战争, in the sentence or the one before, is the pair in
focus for a later 双方 where the sentence names no pair; a closing 双方还就…交换意见 is never
a meeting with a multilateral body or a region visited. Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.extract import _FIGHT_NAMED, extract_article
from tests.data.sentences import article, events_of


def _requested(text: str, by: str) -> set[str]:
    return {o for s, t, o, _ in events_of(text) if s == by and t == "REQUEST"}


FIGHTS = [
    (
        "外交部发言人批评七国集团干涉他国内政。会上,日本首相表示愿意签署呼吁以色列和伊朗冲突降级的"
        "联合声明。欧洲多国则呼吁双方保持克制。",
        "欧洲",
        {"以色列", "伊朗"},
    ),
    (
        "中方批评美国干涉内政。埃及外长对印度与巴基斯坦之间的冲突表示担忧。沙特呼吁双方保持克制。",
        "沙特阿拉伯",
        {"印度", "巴基斯坦"},
    ),
]


@pytest.mark.parametrize(("text", "by", "sides"), FIGHTS)
def test_a_fight_named_before_is_the_pair_appealed_to(text, by, sides) -> None:
    """(the first: not the last two named, 伊朗 and 日本 whose premier spoke of the fight)"""
    assert _requested(text, by) == sides


def test_a_pair_named_in_the_sentence_is_kept() -> None:
    """中国与俄罗斯举行会谈,双方…: the two who talk, whatever fight was named before."""
    text = "以色列和伊朗冲突持续升级。中国与俄罗斯举行会谈,双方同意加强合作。"
    pairs = {(s, o) for s, t, o, _ in events_of(text) if t in {"AGREE", "COOPERATE"}}
    assert pairs and all({s, o} == {"中国", "俄罗斯"} for s, o in pairs), pairs


@pytest.mark.parametrize(
    ("after", "fight"),
    [
        ("冲突降级", True),
        ("之间的冲突", True),
        ("近三年冲突", True),
        ("两国战争", False),
        ("的关系", False),
        ("的外长", False),
    ],
)
def test_a_word_of_fighting_right_after_the_pair(after, fight) -> None:
    assert (_FIGHT_NAMED.match(after) is not None) is fight


CLOSINGS = [
    "王毅同南非外长拉莫拉通电话。拉莫拉欢迎王毅到访非洲,感谢中国支持南非主办二十国集团领导人峰会。"
    "双方还就共同关心的国际和地区问题交换意见。",
    "王毅会见俄罗斯外长拉夫罗夫。拉夫罗夫表示,期待金砖国家外长会晤取得成果。"
    "双方还就乌克兰危机交换了意见。",
]


@pytest.mark.parametrize("text", CLOSINGS)
def test_views_exchanged_are_the_call_not_a_body_or_a_region(text) -> None:
    events = extract_article(article(text, "2024-05-10")).events
    closing = {
        frozenset((e.subject.actor.label, e.object.actor.label))
        for e in events
        if e.trigger.startswith("交换")
    }
    assert closing == {frozenset({"王毅", "拉莫拉" if "拉莫拉" in text else "拉夫罗夫"})}, closing


TRIPS = [
    (
        "印尼总统普拉伯沃结束中国访问后,预计12日在白宫与美国总统拜登见面,双方将讨论粮食安全等议题。",
        "CONSULT",
        {"普拉博沃", "拜登"},
    ),
    (
        "卢拉对降低美国关税抱有积极态度,他周六抵达吉隆坡前表示希望与美国达成解决方案,"
        "强调结果取决于双方谈判。",
        "CONSULT",
        {"巴西", "美国"},
    ),
]


@pytest.mark.parametrize(("text", "kind", "sides"), TRIPS)
def test_a_place_travelled_to_is_no_side_of_the_pair(text, kind, sides) -> None:
    events = extract_article(article(text, "2024-05-10")).events
    paired = [
        {e.subject.actor.label, e.object.actor.label}
        for e in events
        if e.event_type == kind and e.subject.text in {"双方", "两国"}
    ]
    assert paired and all(p == sides for p in paired), paired


def test_the_host_travelled_to_stays_a_side_when_no_other_is_named() -> None:
    """代表团前往巴格达,出席…峰会,双方讨论了…: the host is the other side of the talks."""
    text = "土耳其外长率高级代表团3月14日前往巴格达,出席安全峰会,双方讨论了双边关系。"
    events = extract_article(article(text, "2024-05-10")).events
    paired = [
        {e.subject.actor.label, e.object.actor.label}
        for e in events
        if e.event_type == "CONSULT" and e.subject.text == "双方"
    ]
    assert paired and all("伊拉克" in p for p in paired), paired


def _pair_sides(text: str, kind: str) -> list[set[str]]:
    events = extract_article(article(text, "2024-05-10")).events
    return [
        {e.subject.actor.label, e.object.actor.label}
        for e in events
        if e.event_type == kind and e.subject.text in {"双方", "两国"}
    ]


COMPOUNDS = [
    # the speaker named after a compound of two is no side of it
    (
        "王毅表示,作为印巴两国的朋友,中方不希望看到两国关系恶化,希望双方通过对话协商解决分歧。",
        "CONSULT",
        {"印度", "巴基斯坦"},
    ),
    # the one who blames a list of two is no side of it in the sentence after
    (
        "特朗普指责墨、加两国纵容非法移民。他称,除非两国加强合作,否则关税不会取消。",
        "COOPERATE",
        {"墨西哥", "加拿大"},
    ),
]


@pytest.mark.parametrize(("text", "kind", "sides"), COMPOUNDS)
def test_a_compound_of_two_is_kept_whole(text, kind, sides) -> None:
    paired = _pair_sides(text, kind)
    assert paired and all(p == sides for p in paired), paired


def test_the_speaker_of_a_compound_it_is_in_stays_a_side() -> None:
    """中美两国…。中方表示,双方…: the speaker is one of the compound, the pair is the two."""
    text = "中美两国元首通电话。中方表示,双方同意加强沟通合作。"
    paired = _pair_sides(text, "AGREE")
    assert paired and all(p == {"中国", "美国"} for p in paired), paired
