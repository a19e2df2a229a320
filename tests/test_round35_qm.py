"""Round 35, helper qm: targets named as lists and counts (sanctioned firms and people).

The class is spread over many wordings, most seen on one set only; the one rule here is a
lexicon gap whose construction stands on two sets (named above its tests)."""

from __future__ import annotations

from sentences import events_of

# -- 将/把 + a count in 间 (Hong Kong and Taiwan count firms so) + the firms put on a list: the
#    measure words between 将 and the object come from words.tsv classifier, 间 among them
#    (qa-01 將28間美國企業列入出口管制管控名單; qk-01 把32間實體列入貿易限制清單)


def test_firms_counted_in_jian_after_jiang_are_the_listed_target() -> None:
    found = events_of("中国商务部将28间美国企业列入出口管制管控名单。")
    assert ("中国商务部", "SANCTION", "美国", "asserted") in found


def test_firms_counted_in_traditional_jian_after_jiang_are_the_listed_target() -> None:
    found = events_of("中國商務部將兩間美國軍工企業列入不可靠實體清單。")
    assert ("中国商务部", "SANCTION", "美国", "asserted") in found


def test_firms_counted_in_jian_after_ba_are_the_listed_target() -> None:
    found = events_of("日本经济产业省把5间俄罗斯银行列入出口管制名单。")
    assert ("日本经济产业省", "SANCTION", "俄罗斯", "asserted") in found


def test_jian_counting_unnamed_entities_gives_no_target() -> None:
    found = events_of("美國商務部9月12日公布把32間實體列入貿易限制清單。")
    assert not any(e[1] == "SANCTION" for e in found)


def test_jian_as_a_room_word_before_a_country_is_no_count() -> None:
    found = events_of("中国商务部将房间里的美国企业代表请到会议室。")
    assert not any(e[1] == "SANCTION" for e in found)
