"""Round 48, helper fd: material acts (sanctions, attacks, arrests, aid, concessions).
Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of


def _triples(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


# -- 遭列入美方清单: a bare list named by its owner after a passive listing --------------------

BARE_OWNED_LISTS = [
    (
        "印度、伊朗也有实体遭列入美方清单。",
        [("美国", "SANCTION", "印度"), ("美国", "SANCTION", "伊朗")],
    ),
    ("多名美国官员被纳入俄罗斯名单。", [("俄罗斯", "SANCTION", "美国")]),
]


@pytest.mark.parametrize(("text", "expected"), BARE_OWNED_LISTS)
def test_a_bare_list_named_by_its_owner_is_the_owners_measure(text, expected) -> None:
    found = _triples(text)
    for triple in expected:
        assert triple in found


@pytest.mark.parametrize(
    "text",
    [
        "获奖名单包括三名中国科学家。",  # a list of prize winners lists nobody
        "多家伊朗实体被列入名单。",  # no owner, no sanction before
        "美国商务部公布了一份清单。",  # a list published, nobody listed
        "他被列入张三的名单。",  # a person's list is no state's measure
    ],
)
def test_a_bare_list_with_no_state_owning_it_is_no_event(text) -> None:
    assert {t for _, t, _ in _triples(text)} <= {"ROLE"}
