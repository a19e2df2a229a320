"""Recall and precision on a sixth blind round of news: bare names of armed groups in a list,
the sides of mediated talks, wishes addressed to others, acts inside 对…的决定, and counted
ministers meeting.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of

# -- 果敢、德昂、若开等…武装: bare forms name armed groups only in a list closed by a group noun --

LISTED_GROUPS = [
    (
        "缅甸军方与果敢、德昂、若开等民族地方武装代表在腊戍会谈。",
        [
            ("缅甸军队", "CONSULT", "缅甸民族民主同盟军"),
            ("缅甸军队", "CONSULT", "德昂民族解放军"),
            ("缅甸军队", "CONSULT", "若开军"),
        ],
    ),
    (
        "缅军同德昂、若开等武装组织在边境举行谈判。",
        [("缅甸军队", "CONSULT", "德昂民族解放军"), ("缅甸军队", "CONSULT", "若开军")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTED_GROUPS)
def test_bare_group_names_in_a_list_of_armed_groups(text, expected) -> None:
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    for triple in expected:
        assert triple in found


BARE_PLACES = [
    "缅甸军队在若开与当地居民会谈。",
    "缅甸总统访问果敢、若开等地区。",
    "泰国官员同德昂族代表会面。",
]


@pytest.mark.parametrize("text", BARE_PLACES)
def test_bare_forms_out_of_a_list_of_armed_groups_name_no_group(text) -> None:
    found = events_of(text)
    assert not any(
        name in (s, o)
        for s, _, o, _ in found
        for name in ("缅甸民族民主同盟军", "德昂民族解放军", "若开军")
    )
