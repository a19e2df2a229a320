"""Round 35, qx: a lexicon audit by event type, common news words kg did not know."""

from __future__ import annotations

import pytest
from sentences import events_of


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        # ACCUSE: colloquial words of harsh criticism
        ("中国外交部回怼美方：这样做世界能太平吗？", ("中国外交部", "ACCUSE", "美国")),
        ("特朗普怒轰加拿大总理。", ("特朗普", "ACCUSE", "加拿大")),
        ("俄罗斯外长拉夫罗夫怒怼英国首相。", ("拉夫罗夫", "ACCUSE", "英国")),
        ("菲律宾总统硬怼中国。", ("菲律宾", "ACCUSE", "中国")),
        # COERCE: arrest and custody
        ("俄罗斯警方缉捕了两名乌克兰特工。", ("俄罗斯警方", "COERCE", "乌克兰")),
        ("伊朗扣压了一艘英国油轮。", ("伊朗", "COERCE", "英国")),
        ("朝鲜羁留了一名韩国渔民。", ("朝鲜", "COERCE", "韩国")),
        # ASSAULT: a raid
        ("乌克兰军队奇袭俄罗斯库尔斯克州。", ("乌军", "ASSAULT", "俄罗斯")),
        # REQUEST: a plea
        ("乌克兰总统乞求美国继续提供援助。", ("乌克兰", "REQUEST", "美国")),
        # AID: a gift
        ("日本向菲律宾赠与了三艘巡逻船。", ("日本", "AID", "菲律宾")),
    ],
)
def test_a_common_news_word_reports_its_event(sentence: str, event: tuple[str, str, str]) -> None:
    found = {(s, t, o) for s, t, o, _ in events_of(sentence)}
    assert event in found
