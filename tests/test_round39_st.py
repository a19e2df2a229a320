"""Round 39 (st): missed events against the twenty-six first golds (annotated before their
annotators saw kg's output) where kg found both actors of the sentence and output nothing
between them. The sentences are written for the tests in the constructions the pages used."""

from __future__ import annotations

from tests.data.sentences import events_of

# -- 1. a warning that names no one of its own, after its warner condemned someone -------------


def test_warning_after_a_condemnation_is_aimed_at_everyone_condemned() -> None:
    """X谴责韩美…,并警告恐将造成严重后果: both sides condemned are warned (oc-06), not only
    the one a focus counterpart would give (jk-05: 并就由此导致的负面后果作出严正警告)."""
    text = "金与正发声谴责韩美昨日启动的联合军演,批评这是侵略战争预演,并警告恐将造成严重后果。"
    found = events_of(text)
    assert ("金与正", "THREATEN", "美国", "asserted") in found
    assert ("金与正", "THREATEN", "韩国", "asserted") in found
    text = "朝方强烈谴责美韩有关挑衅行为,并就由此导致的负面后果作出严正警告。"
    found = events_of(text)
    assert ("朝鲜", "THREATEN", "美国", "asserted") in found
    assert ("朝鲜", "THREATEN", "韩国", "asserted") in found


def test_warning_of_the_warners_own_move_is_aimed_at_those_it_condemned() -> None:
    """…强烈谴责,并警告北韩绝对不会回避: the warner's own side in the warning is no target;
    those it condemned are (oc-11)."""
    text = "北韩国防部长努光铁发表谈话强烈谴责韩美联合军演,并警告北韩绝对不会回避。"
    found = events_of(text)
    assert ("努光铁", "THREATEN", "美国", "asserted") in found
    assert ("努光铁", "THREATEN", "韩国", "asserted") in found
    # 谴责美国,并警告日本…: a warning naming another side is aimed at that side alone
    found = events_of("朝鲜谴责美国,并警告日本将承担一切后果。")
    assert ("朝鲜", "THREATEN", "日本", "asserted") in found
    assert ("朝鲜", "THREATEN", "美国", "asserted") not in found


# -- 2. joint patrols and operations held around a country -----------------------------------


def test_joint_patrol_or_operation_around_a_country_is_a_drill_against_it() -> None:
    """在台湾周边进行联合军事行动, 在日本周围进行联合巡逻: like 联合演训 held around a country,
    a drill against it (oc-01, tr-02); with no place named it stays cooperation."""
    found = events_of("近期中国在台湾周边再次进行联合军事行动。")
    assert ("中国", "MOBILIZE", "台湾", "asserted") in found
    found = events_of("俄罗斯出动轰炸机与中国轰炸机在日本周围进行联合巡逻。")
    assert ("俄罗斯", "MOBILIZE", "日本", "asserted") in found
    found = events_of("美国与厄瓜多尔宣布启动联合军事行动。")
    assert ("美国", "COOPERATE", "厄瓜多尔", "asserted") in found
