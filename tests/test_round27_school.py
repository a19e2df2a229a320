"""Round 27: a university or college named after its city or country is no actor.

香港大学, 澳门大学 and 美国大学 are schools: the place that opens their name does not act
(澳门大学一名教授…被澳门警方逮捕 is no arrest of Macau). words.tsv ``school`` holds 大学 and
学院 beside the longer school names (香港|科技大学), so a place right before them names no
actor; a university the gazetteer knows by name stays an actor. Sentences are written for the
test.
"""

from __future__ import annotations

from sentences import events_of


def test_a_place_that_opens_a_university_name_is_no_target() -> None:
    found = events_of("澳门大学一名教授因涉嫌性侵学生,26日已被澳门警方逮捕。")
    assert not any(e[2] == "澳门" for e in found)
    found = events_of("香港大学一名学生被香港警方拘留。")
    assert not any(e[2] == "香港" for e in found)


def test_the_place_itself_still_acts_and_is_acted_on() -> None:
    assert ("日本", "ACCUSE", "香港", "asserted") in events_of("日本批评香港。")
    found = events_of("美国财政部宣布制裁中国。")
    assert ("美国财政部", "SANCTION", "中国", "asserted") in found
