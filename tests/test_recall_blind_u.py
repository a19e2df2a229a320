"""Recall and precision on a blind round of detentions, hostages, expulsions and protests at
embassies: a protest held outside a country's mission is against that country.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of

# -- 在X大使馆门前抗议: a protest outside a mission is against the mission's country ----------

MISSION_PROTESTS = [
    (
        "伊朗示威者周日在英国驻德黑兰大使馆外举行抗议活动。",
        ("伊朗抗议者", "PROTEST", "英国", "asserted"),
    ),
    (
        "数百名韩国抗议者在日本驻韩国大使馆门前抗议。",
        ("韩国抗议者", "PROTEST", "日本", "asserted"),
    ),
    (
        "塞尔维亚示威者在美国大使馆附近示威。",
        ("塞尔维亚抗议者", "PROTEST", "美国", "asserted"),
    ),
    (
        "巴勒斯坦抗议者在安曼的以色列大使馆外示威。",
        ("巴勒斯坦抗议者", "PROTEST", "以色列", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), MISSION_PROTESTS)
def test_a_protest_outside_a_mission_is_against_its_country(text, expected) -> None:
    assert expected in events_of(text)


NOT_MISSION_PROTESTS = [
    "美国大使馆外交官当天会见了示威者代表。",  # 外 of 外交官: no place
    "视频记录了美国大使馆前的抗议活动。",  # the embassy is where, not who
]


@pytest.mark.parametrize("text", NOT_MISSION_PROTESTS)
def test_a_mission_named_as_a_place_does_not_protest(text) -> None:
    assert not any(t == "PROTEST" and s.endswith("大使馆") for s, t, _, _ in events_of(text))
