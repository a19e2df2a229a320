"""Round 58, branch f58e: a country right before an outlet's name in 《》 (英国《卫报》报道,
德国《明镜》周刊称) says where the outlet is; it is a source, never an actor. A law or a treaty
named after its country (美国《国防授权法》, 中日《马关条约》) stays its country's. The sentences
are written for these tests."""

from __future__ import annotations

import pytest
from sentences import events_of


def _plain(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text) if t != "ROLE"}


@pytest.mark.parametrize(
    ("text", "outlet_country"),
    [
        ("英國《衛報》報導，由於波蘭阻撓對烏援助，也拒絕增加對俄製裁，兩國關係緊張。", "英国"),
        ("美国《华盛顿邮报》称，由于该国拒绝对俄罗斯实施制裁，谈判陷入僵局。", "美国"),
        ("日本《朝日新闻》报道，由于该国拒绝与韩国对话，局势恶化。", "日本"),
        ("美國《有線電視新聞網》報導，由於該國拒絕會見伊朗代表，談判中斷。", "美国"),
    ],
)
def test_outlet_country_does_not_act(text: str, outlet_country: str) -> None:
    assert not any(s == outlet_country for s, _, _ in _plain(text))


def test_outlet_with_periodical_word() -> None:
    text = "德国《明镜》周刊称，俄罗斯拒绝了美国的提议。"
    found = _plain(text)
    assert ("俄罗斯", "REJECT", "美国") in found
    assert not any(s == "德国" for s, _, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("英國指責俄羅斯破壞停火。", ("英国", "ACCUSE", "俄罗斯")),
        ("法国谴责伊朗扣押人员。", ("法国", "ACCUSE", "伊朗")),
    ],
)
def test_country_without_outlet_still_acts(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _plain(text)


def test_treaty_after_countries_is_no_outlet() -> None:
    found = _plain("中日《马关条约》的签订让中国割让台湾。")
    assert any(t == "AGREE" for _, t, _ in found)
