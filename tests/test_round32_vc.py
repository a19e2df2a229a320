"""Round 32 (vc): actors not found or split on the pooled audit of short wire items —
transliterated names jieba reads as other words, untitled people as targets, accession
approvals. Sentences are written for the test in the construction the pages used, with near
misses that must not change.
"""

from __future__ import annotations

import pytest
from sentences import events_of


# 外相拉布、: two transliteration letters jieba keeps as a verb are a name after a title when
# a list or the clause goes on right after them; 外交政策主管: the EU's foreign-policy chief.
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "英国外相拉布、美国国务卿布林肯在伦敦举行了会议。",
            ("拉布", "CONSULT", "布林肯", "asserted"),
        ),
        (
            "英国外相拉布和法国外长勒德里昂在巴黎举行会谈。",
            ("拉布", "CONSULT", "勒德里昂", "asserted"),
        ),
        (
            "美国国务卿布林肯、日本外相茂木敏充和欧盟外交政策主管博雷利在东京举行了会议。",
            ("布林肯", "CONSULT", "博雷利", "asserted"),
        ),
        (
            "欧盟外交政策主管卡拉斯会见了乌克兰外长库列巴。",
            ("卡拉斯", "CONSULT", "库列巴", "asserted"),
        ),
    ],
)
def test_names_jieba_reads_as_other_words(text, event) -> None:
    assert event in events_of(text)


def test_verb_word_after_title_going_on_is_no_name() -> None:
    # 加班 goes on into its predicate (到深夜): the minister stays unnamed
    events = events_of("日本外长加班到深夜,与美国国务卿布林肯会谈。")
    assert ("日本", "CONSULT", "布林肯", "asserted") in events
    assert not any("加班" in (s, o) for s, _, o, _ in events)


def test_bare_zhuguan_is_no_title() -> None:
    # 主管 alone is a verb (主管亚太事务的) or a department (主管部门), not a post
    assert events_of("中国外交部主管部门表示反对。") == set()
