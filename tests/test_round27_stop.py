"""Round 27: an act that a demand or a warning asks to stop is going on.

警告伊朗立即停止支持胡塞武装 warns Iran, and Iran's support is asserted (the dev golds code it
so, as they code 要求以方停止在加沙地带的军事行动); so is 要求美方停止制裁中国企业. The act must
follow the verb of ending (words.tsv ending) right away or after an adverb of manner (words.tsv
stop_adverb: 立即, 尽快); an act asked for that is not being stopped stays no event, and a stop
that is done (美国停止了对乌克兰的援助) keeps its negation. Sentences are written for the test.
"""

from __future__ import annotations

import pytest
from sentences import events_of


@pytest.mark.parametrize(
    "text, event",
    [
        ("特朗普警告伊朗立即停止支持胡塞武装。", ("伊朗", "SUPPORT", "胡塞武装", "asserted")),
        ("中方要求美方停止制裁中国企业。", ("美国", "SANCTION", "中国", "asserted")),
        ("联合国敦促以色列尽快停止轰炸加沙。", ("以色列", "ASSAULT", "加沙", "asserted")),
    ],
)
def test_an_act_asked_to_stop_goes_on(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        # asked for, not stopped: no event of the one asked
        ("中方要求美方制裁这些企业。", ("美国", "SANCTION")),
        ("美国警告伊朗不要支持胡塞武装。", ("伊朗", "SUPPORT")),
        # a stop far from the act (another act between) does not reach it
        ("欧盟要求俄罗斯停止战争并与乌克兰举行谈判。", ("俄罗斯", "CONSULT")),
    ],
)
def test_an_act_asked_for_is_no_event(text, absent) -> None:
    assert not any(e[:2] == absent and e[3] == "asserted" for e in events_of(text))


def test_a_stop_that_is_done_keeps_its_negation() -> None:
    assert ("美国", "AID", "乌克兰", "negated") in events_of("美国停止了对乌克兰的军事援助。")
