"""Round 39 (sn): nominal events, acts written as noun phrases, missed against the first golds
(annotated before their annotators saw kg's output). The sentences are written for the tests in
the constructions the pages used."""

from __future__ import annotations

from tests.data.sentences import events_of

# -- 1. thanks for support or aid given: the one thanked gave it ------------------------------


def test_thanks_for_support_given_says_the_thanked_supported_the_thanker() -> None:
    """感谢X给予的支持: X supported the one who thanks, as 给予的帮助 says X aided it (yd-13)."""
    text = "阿根廷总统米莱感谢特朗普给予的支持。"
    assert ("特朗普", "SUPPORT", "米莱", "asserted") in events_of(text)


def test_thanks_to_two_givers_reads_each_giver() -> None:
    """感谢X和Z给予的「支持和信心」: a partner coordinated with the one thanked does not cut the
    phrase; both gave it (yd-13)."""
    text = "米莱随后也感谢特朗普和贝森特给予的「支持和信心」。"
    found = events_of(text)
    assert ("特朗普", "SUPPORT", "米莱", "asserted") in found
    assert ("贝森特", "SUPPORT", "米莱", "asserted") in found
    text = "米莱感谢特朗普和贝森特给予的帮助。"
    assert ("特朗普", "AID", "阿根廷", "asserted") in events_of(text)


def test_thanks_for_help_to_a_side_named_by_dui_aids_that_side() -> None:
    """感谢X对…Y…的帮助: X aided Y, the one its 对-phrase names, also as the second phrase of a
    chain (…的支持和对…的帮助: nb-07)."""
    text = "巴基斯坦外长感谢中国长期以来对巴基斯坦的帮助。"
    assert ("中国", "AID", "巴基斯坦", "asserted") in events_of(text)
    text = "拉莫拉感谢中国对南非主办峰会的支持和对包括南非在内非洲国家经济社会发展的帮助。"
    assert ("中国", "AID", "南非", "asserted") in events_of(text)
    # thanks for understanding names no aid and no support
    found = events_of("日本感谢美国对此事的理解。")
    assert not {e for e in found if e[1] in {"AID"} or e[0] == "美国"}


# -- 2. an adjective of resolve before a nominal act is no negation ----------------------------


def test_unshakeable_support_is_support() -> None:
    """对Y不可动摇的支持, 不分党派的支持: the 不 is the adjective's, the support is given."""
    assert ("美国", "SUPPORT", "以色列", "asserted") in events_of(
        "美国重申对以色列不可动摇的支持。"
    )
    text = "这反映美国国会对台湾不分党派的坚定支持。"
    assert ("美国国会", "SUPPORT", "台湾", "asserted") in events_of(text)
