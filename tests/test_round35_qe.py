"""Round 35 (qe): COOPERATE, SUPPORT and AGREE on unseen news. Each test is a class of miss
or false event seen on at least two dev-side sets (named in the test), in sentences written for
the test in the construction the pages used, with a near miss that must keep its event.
"""

from __future__ import annotations

import pytest

from tests.data.sentences import events_of


def _agreements(text: str) -> set[frozenset[str]]:
    return {frozenset((e[0], e[2])) for e in events_of(text) if e[1] == "AGREE"}


# 英法德3国则重申会履行协议 (audit34 ya), 这些国家未能履行其在伊核协议下的承诺 and 违背了伊核协议
# (the round's qh set): the parties listed as keeping or breaking a deal are one side of it,
# no partners of an agreement with each other.
@pytest.mark.parametrize(
    "text",
    [
        "英法德三国重申会履行协议,联合国对伊朗的制裁因此没有恢复。",
        "英国和法国表示,两国将继续遵守协议。",
        "德国和法国的做法违背了伊核协议的精神。",
    ],
)
def test_parties_keeping_or_breaking_a_deal_reach_no_agreement(text: str) -> None:
    assert not _agreements(text)


def test_a_deal_signed_by_a_list_is_still_an_agreement() -> None:
    """The near miss: the list signs the deal, or reaches it, and keeps it."""
    assert frozenset(("英国", "法国")) in _agreements("英国和法国签署协议,并表示将履行协议。")
    assert frozenset(("伊朗", "美国")) in _agreements("伊朗与美国达成协议。")


# 伊朗核协议…签署国有伊朗、英国、法国… (audit34 ya), 其他签署国--英国、法国和德国以及俄罗斯和中国
# (the round's qc set): each listed party of a deal a state names agrees with that state.
@pytest.mark.parametrize(
    "text",
    [
        "伊朗核协议于2015年达成,签署国有伊朗、英国、法国和俄罗斯。",
        "美国去年退出伊朗核协定。其他签署国——英国、法国以及俄罗斯都希望维持该协定。",
    ],
)
def test_listed_signatories_agree_with_the_state_the_deal_names(text: str) -> None:
    pairs = _agreements(text)
    for party in ("英国", "法国", "俄罗斯"):
        assert frozenset(("伊朗", party)) in pairs
    assert frozenset(("英国", "法国")) not in pairs


def test_signatories_of_a_deal_no_state_names_agree_with_nobody_named() -> None:
    """The near miss: 巴黎协定签署国 names no state the parties agree with."""
    assert not _agreements("巴黎协定签署国有美国、英国和法国。")


# 经双方商定,…将举行对话 (the round's qi set, three pages), 商定在杜哈举行会面 (audit34 ye): sides
# that settle a meeting plan the meeting; they reach no agreement.
@pytest.mark.parametrize(
    "text, pair",
    [
        ("外交部发言人宣布,经中欧双方商定,王毅将于9月28日同博雷利举行中欧战略对话。", "欧盟"),
        ("发言人称,中方与阿富汗塔利班执政当局商定在杜哈举行会面。", "塔利班"),
    ],
)
def test_a_meeting_arranged_is_no_agreement(text: str, pair: str) -> None:
    events = events_of(text)
    assert not _agreements(text)
    assert any(e[1] == "CONSULT" and pair in (e[0], e[2]) for e in events)


def test_what_sides_settle_besides_a_meeting_is_an_agreement() -> None:
    """The near miss: 商定 of a consensus reaches it."""
    assert frozenset(("缅甸", "东盟")) in _agreements("缅甸军政府与东盟在4月商定5点共识。")


def _types(text: str) -> set[str]:
    return {e[1] for e in events_of(text)}


# 推进各领域交流合作, 加强政策、经验交流 (the round's qe set), 开展交流活动和实兵演练 (audit33 wh):
# exchange named with cooperation or as a field of it is the cooperation, no meeting.
@pytest.mark.parametrize(
    "text",
    [
        "中澳双方将在减贫、环境保护等领域开展合作,同时加强政策、经验交流。",
        "中国和东盟国家在湛江以东海空域开展交流活动和实兵演练。",
    ],
)
def test_exchange_as_a_field_of_cooperation_is_no_meeting(text: str) -> None:
    assert "CONSULT" not in _types(text)


def test_exchange_and_cooperation_is_cooperation() -> None:
    assert _types("今年,中俄两军还将持续推进各领域交流合作。") == {"COOPERATE"}
    # the near miss: an exchange between two sides is still their contact
    assert "CONSULT" in _types("日本外相与韩国外长在会议期间短暂交流。")


# 美日韩三国外长举行会谈…三方同意 (the round's qh set), 韩美日…三方商定 (qj): a count of sides
# after a compound of short forms stands for the compound's countries.
@pytest.mark.parametrize("word", ["三方", "三国"])
def test_a_count_of_sides_after_a_compound_names_its_countries(word: str) -> None:
    pairs = _agreements(f"美日韩三国外长在慕尼黑举行会谈。{word}同意加强安全合作。")
    assert pairs == {
        frozenset(("美国", "日本")),
        frozenset(("美国", "韩国")),
        frozenset(("日本", "韩国")),
    }


def test_a_count_of_sides_unlike_the_compound_names_nobody() -> None:
    """The near miss: 三方 after a compound of two is no pair of it."""
    assert not _agreements("中美两国元首举行会谈。三方同意加强合作。")
