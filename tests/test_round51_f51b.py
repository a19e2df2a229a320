"""Round 51 (f51b): accusations made as judgements. Breaking a principle or human rights, said
of someone, is the speaker's charge against whoever did it. Sentences are written for the test,
with near misses (no owner, a condition, the speaker's own side) that must stay silent.
"""

from __future__ import annotations

import pytest
from sentences import events_of


@pytest.mark.parametrize(
    "text, event",
    [
        (
            "法国外交部表示,俄罗斯的行动违反了和平解决争端的原则。",
            ("法国外交部", "ACCUSE", "俄罗斯", "asserted"),
        ),
        (
            "立陶宛外长称,白俄罗斯当局的镇压违反人权。",
            ("立陶宛", "ACCUSE", "白俄罗斯", "asserted"),
        ),
    ],
)
def test_breaking_a_principle_is_the_speakers_charge(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "各国都不应违反联合国宪章的原则。",  # no speaker, no owner
        "法国外长表示,如果伊朗违反这一原则,欧盟将作出回应。",  # only supposed
        "中国外交部表示,中方从未违反一个中国原则。",  # the speaker's own side, negated
        "日本首相表示,日本决不会违反无核三原则。",  # the speaker's own side
    ],
)
def test_breaking_a_principle_near_misses(text) -> None:
    assert not [e for e in events_of(text) if e[1] == "ACCUSE"]
