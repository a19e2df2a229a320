"""Round 53, branch f53e: a deal or sanctions blocked at a body are refused.

A leader who blocks a deal at a body (斯洛伐克总理在欧盟峰会上阻止达成协议) or blocks a body's
sanctions (阻挠欧盟对莫斯科的部分制裁) rejects that body, as the golds code it (ve, dd; the same
reading in we and da). The side the sanctions would hit is refused nothing, and blocking a
deed (阻止袭击, 阻止移民) stays no refusal. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from sentences import events_of


def _plain(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text) if t != "ROLE"}


@pytest.mark.parametrize(
    "text",
    [
        "匈牙利总理在欧盟峰会上阻止达成协议。",
        "欧盟领导人讨论援助乌克兰的方案。匈牙利上周阻止了协议的达成。",
    ],
)
def test_a_deal_blocked_at_a_body_rejects_the_body(text) -> None:
    assert ("匈牙利", "REJECT", "欧盟") in _plain(text)


@pytest.mark.parametrize(
    "text",
    [
        "匈牙利多次阻挠欧盟对莫斯科的制裁。",
        "匈牙利一再阻挠欧盟新一轮对俄制裁。",
    ],
)
def test_sanctions_blocked_reject_their_owner_not_their_target(text) -> None:
    found = _plain(text)
    assert ("匈牙利", "REJECT", "欧盟") in found
    assert ("匈牙利", "REJECT", "俄罗斯") not in found


def test_sanctions_blocked_with_no_owner_reject_no_one() -> None:
    assert not any(t == "REJECT" for _, t, _ in _plain("匈牙利阻挠对俄制裁。"))


@pytest.mark.parametrize(
    "text",
    [
        "白俄罗斯承诺尽力阻止气球飞入立陶宛领空。",
        "美国将阻止委内瑞拉官员使用美国的金融系统。",
        "以色列军队阻止了真主党的袭击。",
    ],
)
def test_a_deed_prevented_is_no_refusal(text) -> None:
    assert not any(t == "REJECT" for _, t, _ in _plain(text))
