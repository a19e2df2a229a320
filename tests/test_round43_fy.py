"""Round 43, helper fy: events a sentence gives alone that the whole page lost (article-level
state: a pronoun resolved, a speaker carried, a pair in focus). Sentences written for the
tests."""

from __future__ import annotations

from tests.data.sentences import events_of

# -- a 对-phrase a comma splits, closed by a deed judged in the act's clause ------------------
# (oc: 海巡署对中国海警无视…风险,仍执意侵扰我方水域的行径表达强烈谴责 — once the page made 我方
# the coast guard's own side, 我方 was read as the subject and nothing was condemned)


def test_to_phrase_over_comma_names_the_target() -> None:
    """对X无视警告,仍执意…的行为表示强烈不满: X, named before the comma, is the one blamed,
    whoever the deed's phrase names after its verb."""
    events = events_of("外交部对俄罗斯无视国际法，一再侵犯乌克兰领空的行径予以强烈谴责。")
    assert ("中国外交部", "ACCUSE", "俄罗斯", "asserted") in events
    assert not any(s == "乌克兰" and t == "ACCUSE" for s, t, _, _ in events)
    events = events_of("菲律宾对中国海警不顾警告，多次驱赶菲律宾渔船的行为表示强烈抗议。")
    assert ("菲律宾", "PROTEST", "中国海警", "asserted") in events
    events = events_of("中方对美方无视警告，执意出售武器的行为表示强烈不满。")
    assert ("中国", "ACCUSE", "美国", "asserted") in events


def test_own_side_inside_the_deed_is_no_subject() -> None:
    """我方 resolved to the speaker's side inside the deed judged (侵扰我方水域的行径) neither
    condemns nor takes the blame away from the one the 对 before the comma names."""
    text = (
        "日本海上保安厅指出，当天下午掌握中国海警船在附近海域集结动态。"
        "日本海上保安厅对中国海警无视天候风险，仍执意侵扰我方水域的行径表达强烈谴责。"
    )
    events = events_of(text)
    assert any(t == "ACCUSE" and o == "中国海警" for _, t, o, _ in events)


def test_stance_voiced_before_the_comma_stays() -> None:
    """中方对此表示关切,对日本…的做法予以坚决反对: the clause before voiced its own stance, and
    the act's clause has its own 对."""
    events = events_of("中方对此表示关切，对日本持续扩军的做法予以坚决反对。")
    assert ("中国", "ACCUSE", "日本", "asserted") in events
    events = events_of("中方对美方的决定表示遗憾，仍执意访问台湾的行为令人失望。")
    assert not any(o == "台湾" for _, t, o, _ in events if t == "ACCUSE")
