"""Recall on unseen news, second round: group and count references (五国领导人), names of
unknown people after a title, arguments pushed out of reach, and lexicon gaps.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of

# -- a two-syllable transliterated name after a title ------------------------------------------

TWO_SYLLABLE_NAMES = [
    ("南非总统祖马与巴西总统罗塞夫会晤。", ("祖马", "CONSULT", "罗塞夫", "asserted")),
    ("津巴布韦总统姆南加古瓦会见了南非总统祖马。", ("姆南加古瓦", "CONSULT", "祖马", "asserted")),
    ("南非总统祖马、巴西总统罗塞夫在开普敦会谈。", ("祖马", "CONSULT", "罗塞夫", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), TWO_SYLLABLE_NAMES)
def test_two_transliterated_syllables_after_a_title_are_a_name(text, expected) -> None:
    assert expected in events_of(text)


def test_the_first_part_of_a_dotted_name_is_not_the_whole_name() -> None:
    found = events_of("美国财政部对该基金首席执行官基尔·德米特里耶夫实施制裁。")
    assert not any(e[2] == "基尔" or e[0] == "基尔" for e in found)
