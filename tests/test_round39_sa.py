"""Round 39, helper sa: gold actors kg did not find or resolved to another entity, against the
first golds (annotated before anyone ran kg). Sentences written for the tests."""

from __future__ import annotations

from tests.data.sentences import events_of

# -- 1. a compound of short forms before 领导人 names the countries (md, oc, na) -------------


def test_compound_before_leader_names_countries() -> None:
    """韩美领导人 (md-05), 中日韩领导人会议 (oc-07): with the US or Korean leader named earlier,
    the last short form of the compound was read as that leader and the pair was lost."""
    assert ("韩国", "CONSULT", "美国", "asserted") in events_of(
        "美国总统特朗普周三抵达首尔。昨天韩美领导人在会谈中讨论了核潜艇问题。"
    )
    assert ("日本", "CONSULT", "韩国", "asserted") in events_of(
        "韩国总统李在明周日抵达北京。时任总统文在寅曾前往成都出席中日韩领导人会议。"
    )
