"""Round 24 (p2), from a precision audit of kg on Terminus (eval/audit24/p2.audit.tsv):

- a person named only to say whose relative is meant (陶崇园姐姐…与王攀和解, 约见了朱令家属,
  向陶崇园家人道歉) neither acts nor is acted on: the relative is (words.tsv kin);
- a person named before 的 and a body of theirs (联系王攀的研究所, 加入了王攀的足球队) is not
  whom the act reaches: the body is (words.tsv person_unit).

Sentences are written for these tests in the style of the Terminus pages they come from.
"""

from __future__ import annotations

import pytest
from sentences import events_of

D = "2024-05-10"


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("特朗普妻子会见了金正恩。", ("特朗普", "CONSULT", "金正恩")),
        ("普京女儿出席晚宴时会见了马克龙。", ("普京", "CONSULT", "马克龙")),
        ("马克龙会见了普京家人。", ("马克龙", "CONSULT", "普京")),
        ("马克龙会见了普京的家人。", ("马克龙", "CONSULT", "普京")),
        ("拜登向纳瓦尔尼遗孀表示慰问，并会见了普京的家属。", ("拜登", "CONSULT", "普京")),
        ("马克龙联系了普京的研究所。", ("马克龙", "CONSULT", "普京")),
        ("马克龙加入了普京的足球队。", ("马克龙", "COOPERATE", "普京")),
    ],
)
def test_a_person_who_only_says_whose_relative_or_body_is_no_actor(text: str, gone) -> None:
    assert not {e for e in events_of(text, D) if e[:3] == gone}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("马克龙会见了普京。", ("马克龙", "CONSULT", "普京")),
        ("特朗普的女儿会见金正恩后，特朗普会见了金正恩。", ("特朗普", "CONSULT", "金正恩")),
        ("马克龙会见了普京及其家人。", ("马克龙", "CONSULT", "普京")),
        ("德国外长批评了拜登的团队。", ("德国", "ACCUSE", "拜登")),  # a team is its leader's
        ("马克龙在普京的研究所会见了普京。", ("马克龙", "CONSULT", "普京")),
    ],
)
def test_the_person_named_alone_still_acts(text: str, expected: tuple) -> None:
    assert (*expected, "asserted") in events_of(text, D)
