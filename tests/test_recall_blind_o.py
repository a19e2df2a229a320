"""Recall and precision on a blind round of Asia-Pacific news (the Korean peninsula, Japan, the
South China Sea, India and Pakistan, ASEAN, cross-strait relations): headlines in two halves,
occasions taken for a meeting, coast guards, water cannon and counter-accusations.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of

from kg.articles import normalise


def _triples(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


# -- a headline's halves, divided by one space, are two clauses ----------------------------------

HEADLINES_IN_TWO_HALVES = [
    (
        "越南渔船遭中国海警驱离 越南总理下令加强巡逻\n正文。",
        "越南渔船遭中国海警驱离,越南总理下令加强巡逻\n正文。",
    ),
    ("日韩首脑会谈 岸田称将加强合作\n正文。", "日韩首脑会谈,岸田称将加强合作\n正文。"),
    # a first line that is a sentence keeps its single spaces as typos
    ("朝美谈 判取得进展。\n正文。", "朝美谈判取得进展。\n正文。"),
    # a body of one line has no headline
    ("美國 對朝鮮實施制裁", "美国对朝鲜实施制裁"),
]


@pytest.mark.parametrize(("body", "expected"), HEADLINES_IN_TWO_HALVES)
def test_a_single_space_divides_the_halves_of_a_headline(body, expected) -> None:
    assert normalise(body)[0] == expected


HEADLINE_HALVES = [
    # the second half's actor is no target of the first's act
    ("菲渔船遭中国海警驱离 小马科斯下令加强护渔\n正文。", None),
    ("越渔船遭中国喷射水柱 越南总理范明政下令护渔\n正文。", None),
    # a second half with no subject goes on with the first's
    ("韩国抗议者在日本使馆前集会 谴责日本核污水排海\n正文。", ("韩国抗议者", "ACCUSE", "日本")),
]


@pytest.mark.parametrize(("body", "expected"), HEADLINE_HALVES)
def test_the_halves_of_a_headline_are_clauses(body, expected) -> None:
    found = _triples(body)
    assert not any(o in {"小马科斯", "范明政"} for _, _, o in found)
    if expected is not None:
        assert expected in found


# -- 借/利用…之机: the occasion taken for an act does not do it ------------------------------------

OCCASIONS_TAKEN = [
    (
        "菲律宾总统借东盟峰会之机,与越南总理举行双边会谈。",
        ("菲律宾", "CONSULT", "越南"),
    ),
    (
        "印度总理莫迪利用上合组织峰会在阿斯塔纳举行之机,同巴基斯坦总理会晤。",
        ("莫迪", "CONSULT", "巴基斯坦"),
    ),
    (
        "韩国外长借二十国集团外长会之机,与日本外相举行会谈。",
        ("韩国", "CONSULT", "日本"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), OCCASIONS_TAKEN)
def test_an_occasion_taken_for_a_meeting_does_not_meet(text, expected) -> None:
    found = _triples(text)
    assert expected in found
    assert not any(s in {"东南亚国家联盟", "上海合作组织", "二十国集团"} for s, _, _ in found)
