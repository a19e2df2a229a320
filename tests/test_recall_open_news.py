"""Recall on a large gold-free sample of fresh news: constructions kg saw there but coded no
event for, one class each.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of

# -- aid described by the goods it moves is still aid between the parties it names -------------

AID_RELATIVES = [
    ("英国向乌克兰提供的首批坦克已经运抵。", ("英国", "AID", "乌克兰", "asserted")),
    ("德国政府向约旦提供的首批救灾物资今天运抵安曼。", ("德国", "AID", "约旦", "asserted")),
    ("韩国政府向土耳其提供的价值500万美元的帐篷今天启运。", ("韩国", "AID", "土耳其", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), AID_RELATIVES)
def test_aid_described_by_its_goods_is_aid(text, expected) -> None:
    assert expected in events_of(text)


def test_goods_given_by_nobody_named_are_no_aid() -> None:
    assert not events_of("提供的救灾物资已经运抵约旦。")


# -- news verbs the lexicon lacked: fire at, water cannon, mutual accusation, a solemn warning --

NEWS_VERBS = [
    ("叙利亚军队向土耳其边境哨所射击。", ("叙利亚军队", "ASSAULT", "土耳其", "asserted")),
    ("越南海警船对中国渔船喷射高压水柱。", ("越南海警", "COERCE", "中国", "asserted")),
    ("亚美尼亚与阿塞拜疆互控对方违反停火。", ("亚美尼亚", "ACCUSE", "阿塞拜疆", "asserted")),
    ("亚美尼亚与阿塞拜疆互控对方违反停火。", ("阿塞拜疆", "ACCUSE", "亚美尼亚", "asserted")),
    ("俄方正告北约,不要在边境部署导弹。", ("俄罗斯", "THREATEN", "北约", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), NEWS_VERBS)
def test_news_verbs_of_conflict_and_warning(text, expected) -> None:
    assert expected in events_of(text)


def test_firing_with_no_target_named_is_no_event() -> None:
    assert not events_of("士兵们在靶场进行射击训练。")
