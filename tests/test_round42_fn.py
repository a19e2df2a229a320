"""Round 42, helper fn: South Asia and Africa (second dev set) — actors of the field the
gazetteer lacked or spelt otherwise (the Taliban's government, the Baloch armed groups, FDLR,
the AU missions in Somalia, Hong Kong and Taiwan forms of Muizzu, Muttaqi, Shehbaz Sharif),
and the sides of a pair joined by 与 before a mediation frame (甲与乙在丙斡旋下…,双方) read
as the pair, not as co-mediators. Sentences written for the tests."""

from __future__ import annotations

from tests.data.sentences import events_of, roles_of


def test_taliban_government_is_the_taliban() -> None:
    """塔利班政府 is one mention of the Taliban, not bare 塔利班 plus a government."""
    events = events_of("塔利班政府指控巴基斯坦空袭了喀布尔。")
    assert ("塔利班", "ACCUSE", "巴基斯坦", "asserted") in events


def test_armed_groups_of_the_field() -> None:
    """The Baloch groups and the FDLR are actors of their own (FDLR is not Rwanda)."""
    events = events_of("俾路支解放阵线袭击了巴基斯坦军队的车队。")
    assert ("俾路支解放阵线", "ASSAULT", "巴基斯坦军队", "asserted") in events
    events = events_of("卢旺达解放民主力量袭击了刚果(金)军队。")
    assert ("卢旺达解放民主力量", "ASSAULT", "刚果民主共和国军队", "asserted") in events


def test_other_forms_of_leaders() -> None:
    """穆伊祖 (Muizzu), 穆塔奇 (Muttaqi), 谢赫巴兹·谢里夫 are the gazetteer's people."""
    events = events_of("穆伊祖會見了印度外長。")
    assert ("穆伊兹", "CONSULT", "印度", "asserted") in events
    roles = roles_of("巴基斯坦总理谢赫巴兹·谢里夫谴责了这次袭击。")
    assert ("夏巴兹·谢里夫", "巴基斯坦", "总理") in roles


def test_pair_joined_before_a_mediation_frame() -> None:
    """乙 between 与 and 在丙斡旋下 makes no co-mediator of 甲: 双方 is 甲 and 乙, even with a
    speaker opening the sentence."""
    text = "发言人表示,埃及与苏丹在美方斡旋下举行会谈,双方签署了一项协议。"
    events = events_of(text)
    assert ("埃及", "AGREE", "苏丹", "asserted") in events
    assert not any(s == "美国" and t == "AGREE" for s, t, _, _ in events)
