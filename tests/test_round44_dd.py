"""Round 44, helper dd: actors kg's actor stage did not see. Sentences written for the tests."""

from __future__ import annotations

from kg.actors import find_actors
from kg.gazetteer import load_gazetteer


def _names(text: str) -> list[str]:
    found = find_actors(text, 0, len(text), load_gazetteer())
    return [text[m.start : m.end] for m in found.mentions]


def test_founder_title_names_an_unknown_person() -> None:
    """创办人, the Taiwan and Hong Kong word for 创始人, is a title: the unknown name after it is a
    person (first golds oc-03 and we-06 code the founder; Terminus: 鸿海创办人郭台铭)."""
    assert "卢卡斯" in _names("制裁名单包括一家无人机企业创办人卢卡斯等8名高管。")
    assert "杜邦" in _names("该平台创办人杜邦否认法国施压的说法。")


def test_founder_word_alone_names_nobody() -> None:
    """Without a name after it, 创办人 is a plain noun."""
    assert _names("这家报社的创办人表示不会停刊。") == []
