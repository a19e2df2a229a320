"""Round 47, helper cb: the right type with the wrong actor (a pronoun, 双方, the wrong one of
two named sides). Sentences written for the tests in the style of Chinese international news."""

from __future__ import annotations

from tests.data.sentences import events_of


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return set(events_of(text))


# -- the members of one 他们 do not act on each other -------------------------------------------
# (ob, uc, we: 卡塔尔给予他们24小时离开 made Saudi Arabia attack Qatar; 他们仍然致力于达成外交
# 解决方案 made the E3 agree with each other; no set codes members of one 他们 as both sides)


def test_the_members_of_they_do_not_agree_with_each_other() -> None:
    found = _events(
        "英国、法国和德国启动了恢复制裁伊朗的程序。他们表示，伊朗违反了协议，"
        "但补充说，他们仍然致力于达成外交解决方案。"
    )
    pairs = {(s, o) for s, t, o, _ in found if t == "AGREE"}
    assert not pairs & {("英国", "法国"), ("法国", "英国"), ("英国", "德国"), ("德国", "法国")}


def test_the_members_of_they_do_not_strike_each_other() -> None:
    found = _events("沙特阿拉伯和阿联酋的侨民正在撤离。伊朗表示，他们遭到袭击后将撤出该地区。")
    assert not any(t == "ASSAULT" and {s, o} == {"沙特阿拉伯", "阿联酋"} for s, t, o, _ in found)


def test_they_who_meet_still_meet_each_other() -> None:
    found = _events("白宫表示，拜登和习近平将出席峰会。若他们在峰会期间见面，将是两人首次会晤。")
    assert any(t == "CONSULT" and {s, o} == {"拜登", "习近平"} for s, t, o, _ in found)


def test_a_pair_word_still_acts_on_each_other() -> None:
    found = _events("泰国与柬埔寨边境再度爆发冲突。双方互相指责对方率先开火。")
    assert ("泰国", "ACCUSE", "柬埔寨", "asserted") in found


# -- 他们 in the words of one state or body is that state or body ------------------------------
# (ld: 索马里当局…发表声明说,他们欢迎埃及…的建议 made Eritrea, of the summit's list, welcome it;
# lc: 俄罗斯相关部会首长们表示,他们准备向叙利亚提供粮食 was missed)


def test_they_in_a_ministry_statement_is_the_ministry_not_the_list_before() -> None:
    found = _events("美国和英国谴责俄罗斯。乌克兰外交部发言人说,他们欢迎美国的决定。")
    assert ("英国", "SUPPORT", "美国", "asserted") not in found
    assert any(s == "乌克兰" and t == "SUPPORT" and o == "美国" for s, t, o, _ in found)


def test_they_in_a_statement_of_one_member_of_the_list_is_that_member() -> None:
    found = _events(
        "埃及、厄立特里亚和索马里领导人举行峰会。索马里当局在会后发表声明说,他们欢迎埃及提出的建议。"
    )
    assert ("厄立特里亚", "SUPPORT", "埃及", "asserted") not in found
    assert ("索马里", "SUPPORT", "埃及", "asserted") in found


def test_they_in_the_words_of_a_list_that_speaks_is_the_list() -> None:
    found = _events("美国、日本和韩国外长会后表示,他们谴责朝鲜发射导弹。")
    assert {s for s, t, o, _ in found if t == "ACCUSE" and o == "朝鲜"} == {"美国", "日本", "韩国"}


def test_they_named_after_other_people_in_the_words_is_not_the_speaker() -> None:
    found = _events(
        "以色列海军拦截了前往加沙的船队。记者组织无国界记者发表声明指出,船上有20名外国记者,"
        "他们昨天被逮捕。"
    )
    assert not any(o == "无国界记者" for _, t, o, _ in found if t == "COERCE")


# -- a member does not act on the group it is one of --------------------------------------------
# (qh: 三国发出了强烈警告,称他们不会容忍…挑衅 had each of three blame the others; na: 双方高度评价
# 两国…交流 had each praise the other)


def test_a_group_warning_in_its_own_name_blames_none_of_its_members() -> None:
    found = _events(
        "美国、日本和韩国外长举行会谈。三国发出了强烈警告,称他们不会容忍对本国的任何挑衅。"
    )
    assert not any(t == "ACCUSE" and s != "朝鲜" for s, t, _, _ in found)


def test_a_pair_praising_its_ties_praises_neither_side() -> None:
    found = _events("俄罗斯总统与乌兹别克斯坦总统通电话。双方高度评价两国在不同级别开展的交流。")
    assert not any(t == "SUPPORT" for _, t, _, _ in found)


def test_a_pair_that_blames_each_other_still_does() -> None:
    found = _events("泰国与柬埔寨边境爆发冲突。双方互相指责对方率先开火。")
    assert ("泰国", "ACCUSE", "柬埔寨", "asserted") in found
    assert ("柬埔寨", "ACCUSE", "泰国", "asserted") in found
