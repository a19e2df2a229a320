"""Round 30 (rd): recall and precision on unseen short news from Africa and Latin America.

Constructions kg got wrong on fresh wire items (coups, envoys recalled, rows between the US and
its neighbours), fixed by general rules. Sentences are written for the test in the construction
the pages used, with near misses that must not change.
"""

from __future__ import annotations

import pytest
from sentences import events_of


# A blame with no target of its own after a blame just reported (谴责 then 同声批评, 也予以批评)
# joins it: it blames the same side, not the side that blamed first.
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "美国政府谴责委内瑞拉大选是非法的,欧盟以及许多拉美国家同声批评。",
            ("欧盟", "ACCUSE", "委内瑞拉", "asserted"),
        ),
        ("美国谴责委内瑞拉大选,欧盟也予以批评。", ("欧盟", "ACCUSE", "委内瑞拉", "asserted")),
        ("中国批评日本,韩国也表示谴责。", ("韩国", "ACCUSE", "日本", "asserted")),
    ],
)
def test_blame_joining_a_blame(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("美国谴责委内瑞拉大选,欧盟也予以批评。", ("欧盟", "ACCUSE", "美国")),
        ("美国政府谴责委内瑞拉大选是非法的,欧盟同声批评。", ("欧盟", "ACCUSE", "美国")),
    ],
)
def test_blame_joining_a_blame_spares_the_first_blamer(text, absent) -> None:
    assert not any(e[:3] == absent for e in events_of(text))


def test_the_one_blamed_answers_the_blamer() -> None:
    # the side blamed first blames back: it answers the one who blamed it
    assert ("委内瑞拉", "ACCUSE", "美国", "asserted") in events_of(
        "美国谴责委内瑞拉,委内瑞拉予以批评。"
    )
