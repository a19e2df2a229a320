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
