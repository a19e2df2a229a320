"""Round 33, helper xb: pair and group words (双方, 两国, 冲突双方, 各方) across the fresh sets
of the round (sentences written for the test, in the style of those pages)."""

from data.sentences import events_of


def test_sides_of_a_fight_a_minister_announced_are_the_states():
    # 国防部长阿西夫说,已经对阿富汗展开公开战争。中方呼吁冲突双方…: the sides are Pakistan and
    # Afghanistan, not the minister who spoke of the war
    found = events_of(
        "巴基斯坦国防部长阿西夫说，已经对阿富汗展开公开战争。"
        "中方呼吁冲突双方通过对话解决分歧，尽快停火。"
    )
    assert ("中国", "REQUEST", "巴基斯坦", "asserted") in found
    assert ("中国", "REQUEST", "阿富汗", "asserted") in found
    assert not any(o == "阿西夫" for _, t, o, _ in found if t == "REQUEST")


def test_pair_word_in_a_denied_claim_is_the_pair_in_focus():
    # 阿努廷否认川普宣称「双方已达成停火协议」: the two sides are Thailand and Cambodia, not
    # the one who denies and the one who claims
    found = events_of(
        "泰国与柬埔寨在边境再度爆发冲突。泰国总理阿努廷否认美国总统川普宣称「双方已达成停火协议」。"
    )
    agreed = {frozenset((s, o)) for s, t, o, status in found if (t, status) == ("AGREE", "negated")}
    assert frozenset(("泰国", "柬埔寨")) in agreed
    assert not any({s, o} == {"阿努廷", "特朗普"} for s, t, o, _ in found if t == "AGREE")


def test_territory_bought_is_no_side_of_a_pair_nor_a_trade_partner():
    # 美方购买格陵兰岛一事,川普…延后双方的会面: the sides are the US and Denmark; the land
    # bought trades with no one
    found = events_of(
        "丹麦没有兴趣讨论美方购买格陵兰岛一事，川普为此扬言将延后双方于两周后的会面。"
    )
    assert ("特朗普", "THREATEN", "丹麦", "asserted") in found
    assert not any("格陵兰" in (s, o) for s, _, o, _ in found)
    assert events_of("美国总统川普有意购买格陵兰岛。") == set()


def test_compound_after_with_is_the_other_side_not_a_pair():
    # 同一天与美俄领导人通话: the US and Russian leaders each talk with the unnamed subject
    # (习近平), not with each other
    found = events_of("习近平与特朗普通电话，同一天与美俄领导人通话。")
    assert ("习近平", "CONSULT", "特朗普", "asserted") in found
    assert not any({s, o} == {"美国", "俄罗斯"} for s, _, o, _ in found)
    assert ("美国", "CONSULT", "俄罗斯", "asserted") in events_of("美俄领导人通话。")


def test_what_both_sides_must_do_is_intended():
    # 两国必须…密切合作 after a meeting: proposed to both, as 两国应 is (not an ought that
    # names no event)
    found = events_of("尹锡悦与李强举行会谈，强调两国必须为了地区和平与繁荣密切合作。")
    cooperated = {
        frozenset((s, o)) for s, t, o, st in found if (t, st) == ("COOPERATE", "intended")
    }
    assert frozenset(("韩国", "中国")) in cooperated


def test_fighting_named_by_a_compound_of_its_sides():
    # 俄乌战事陷入胶着: the sides named by the compound fight, as 俄乌冲突 does (since session
    # 36 one way, Russia on Ukraine: ontology/wars.tsv, tests/test_round36_fa.py);
    # a fighting named by one place names no sides
    found = events_of("俄乌战事陷入胶着，美国援助乌克兰的法案遭国会搁置。")
    assert ("俄罗斯", "ASSAULT", "乌克兰", "asserted") in found
    found = events_of("泰柬战事陷入胶着。")
    assert ("柬埔寨", "ASSAULT", "泰国", "asserted") in found
    assert events_of("乌克兰战事陷入胶着。") == set()
