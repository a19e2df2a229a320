"""Round 42, helper fa: near misses, where one event is read with the wrong source, target or
type in a sentence that holds a right one (a false positive and a miss from one cause).
Sentences written for the tests."""

from __future__ import annotations

from tests.data.sentences import events_of

# -- a relative clause with no subject of its own, after an act that takes a noun phrase ----
# (ob 支持试图推翻阿萨德的叛军, 针对威胁其国家安全的武装分子; tr 制裁两家资助俄国战争机器的
# 石油公司; qk 镇压反对上月政变的抗议者: the subject of the clause was made the doer)


def test_gapped_relative_head_acts() -> None:
    """谴责|袭击以色列的|胡塞武装: the head the relative clause describes attacks, not whoever
    condemns it; 支持试图|推翻…的叛军: the rebels try, not the one who backs them."""
    events = events_of("美国谴责袭击以色列的胡塞武装。")
    assert ("胡塞武装", "ASSAULT", "以色列", "asserted") in events
    assert not any(s == "美国" and t == "ASSAULT" for s, t, _, _ in events)
    events = events_of("土耳其当时支持试图推翻阿萨德的叛军。")
    assert not any(s == "土耳其" and t == "COERCE" for s, t, _, _ in events)


def test_gapped_relative_of_unnamed_doers() -> None:
    """制裁两家|资助俄罗斯战争机器的|石油公司, 批评|支持俄罗斯的|国家, 谴责|袭击以色列的|行为:
    the firms, the countries or nobody named do the act inside, never the subject."""
    events = events_of("美国财政部宣布将制裁两家资助俄罗斯战争机器的石油公司。")
    assert not any(t == "AID" for _, t, _, _ in events)
    events = events_of("欧盟批评支持俄罗斯的国家。")
    assert not any(s == "欧盟" and t == "SUPPORT" for s, t, _, _ in events)
    events = events_of("日本谴责袭击以色列的行为。")
    assert not any(t == "ASSAULT" for _, t, _, _ in events)


def test_subject_keeps_its_own_acts() -> None:
    """The subject's own act stays: with no act before it (美国制裁伊朗的石油公司: Iran's
    firms), after a threat that takes a verb phrase (威胁制裁伊朗的…), before a plan or a
    decision (制裁俄罗斯的决定), or with a subject of its own (谴责以色列袭击加沙)."""
    assert ("美国", "SANCTION", "伊朗", "asserted") in events_of("美国制裁伊朗的石油公司。")
    assert ("美国", "THREATEN", "伊朗", "asserted") in events_of("美国威胁制裁伊朗的石油公司。")
    events = events_of("欧盟通过制裁俄罗斯的决定。")
    assert any(s == "欧盟" and t == "SANCTION" and o == "俄罗斯" for s, t, o, _ in events)
    events = events_of("美国谴责胡塞武装袭击以色列。")
    assert ("胡塞武装", "ASSAULT", "以色列", "asserted") in events
    assert ("美国", "ACCUSE", "胡塞武装", "asserted") in events


def test_gapped_head_is_the_target_of_the_act_before() -> None:
    """谴责|袭击以色列的胡塞武装, 支持|试图推翻…的叛军, 镇压|反对政变的抗议者: the actor the
    relative clause describes is what the act before it is done to (it found no target)."""
    events = events_of("美国谴责袭击以色列的胡塞武装。")
    assert ("美国", "ACCUSE", "胡塞武装", "asserted") in events
    events = events_of("土耳其当时支持试图推翻阿萨德的库尔德工人党。")
    assert ("土耳其", "SUPPORT", "库尔德工人党", "asserted") in events
    assert ("库尔德工人党", "COERCE", "阿萨德", "intended") in events
    events = events_of("美国宣布制裁资助哈马斯的真主党。")
    assert ("美国", "SANCTION", "真主党", "asserted") in events
    assert ("真主党", "AID", "哈马斯", "asserted") in events
