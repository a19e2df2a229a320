"""Round 29 (rf): recall on unseen news from Afghanistan, Central Asia, Iran–Pakistan, the
Caucasus, the Balkans, the Arctic and Oceania.

Sentences are written for the test, after the wording of the audited pages.
"""

from __future__ import annotations

import pytest
from sentences import events_of


# Jaish al-Adl, the Baluch armed group Iran strikes in Pakistan, is an actor
# (organizations.tsv); a just war or army (正义军事行动, 正义军队) names nobody.
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "伊朗革命卫队用导弹袭击了“正义军”在巴基斯坦境内的据点。",
            ("伊朗伊斯兰革命卫队", "ASSAULT", "正义军", "asserted"),
        ),
        ("正义军武装分子袭击了伊朗边防部队。", ("正义军", "ASSAULT", "伊朗", "asserted")),
    ],
)
def test_jaish_al_adl_is_an_actor(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize("text", ["伊朗谴责以色列发动非正义军事行动。", "他称赞这是一支正义军队。"])
def test_a_just_army_is_no_group(text) -> None:
    assert not any("正义军" in (e[0], e[2]) for e in events_of(text))
