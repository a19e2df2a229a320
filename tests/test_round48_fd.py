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


# -- 抵抗|俄罗斯的|入侵: the doer of a resisted attack attacks the one who resists -------------

RESISTED = [
    # adverbs between the one who resists and its verb
    ("乌克兰一直在抵抗俄罗斯的入侵。", ("俄罗斯", "ASSAULT", "乌克兰")),
    ("乌克兰仍在全力抵御俄罗斯的进攻。", ("俄罗斯", "ASSAULT", "乌克兰")),
    # the recipient of what is given for the resisting resists
    ("美国向乌克兰提供武器以击退俄罗斯进攻。", ("俄罗斯", "ASSAULT", "乌克兰")),
    ("欧盟向乌克兰提供资金以对抗俄罗斯入侵。", ("俄罗斯", "ASSAULT", "乌克兰")),
    # the case read before stays
    ("美国将协助乌克兰对抗俄罗斯入侵。", ("俄罗斯", "ASSAULT", "乌克兰")),
]


@pytest.mark.parametrize(("text", "expected"), RESISTED)
def test_the_doer_of_a_resisted_attack_attacks_the_resister(text, expected) -> None:
    assert expected in _triples(text)


@pytest.mark.parametrize(
    "text",
    ["美国向乌克兰提供武器以击退俄罗斯进攻。", "欧盟向乌克兰提供资金以抵御俄罗斯的进攻。"],
)
def test_the_giver_attacks_neither_the_doer_nor_the_recipient(text) -> None:
    found = _triples(text)
    giver = "美国" if text.startswith("美国") else "欧盟"
    assert (giver, "ASSAULT", "俄罗斯") not in found
    assert (giver, "ASSAULT", "乌克兰") not in found


def test_who_repels_an_attack_still_fights_its_doer() -> None:
    found = _triples("乌克兰击退俄罗斯进攻。")
    assert ("乌克兰", "ASSAULT", "俄罗斯") in found
    assert ("俄罗斯", "ASSAULT", "乌克兰") in found


def test_a_clause_between_the_resister_and_the_verb_stops_it() -> None:
    found = _triples("乌克兰总统表示，欧洲应抵御俄罗斯的入侵。")
    assert ("俄罗斯", "ASSAULT", "乌克兰") not in found
