"""Round 54, f54e: statuses. A war named by a noun is fought though the clause plans or hopes
something of it (the plan is of the verb that governs the war); a deal whose only cue of will
is a word of consent (同意) is made by that consent."""

from __future__ import annotations

import pytest
from sentences import events_of


@pytest.mark.parametrize(
    "text, events",
    [
        (
            "白宫说，美国正努力推动俄乌战争达成和平协议。",
            {("俄罗斯", "ASSAULT", "乌克兰", "asserted")},
        ),
        (
            "印度和巴基斯坦同意停火，并承诺结束已持续多日的边境冲突。",
            {("印度", "ASSAULT", "巴基斯坦", "asserted")},
        ),
    ],
)
def test_a_named_war_is_fought(text, events) -> None:
    found = events_of(text)
    assert events <= found
    assert not {e for e in found if e[1] == "ASSAULT" and e[3] == "intended"}


@pytest.mark.parametrize(
    "text, event",
    [
        ("俄罗斯准备对乌克兰发动战争。", ("俄罗斯", "ASSAULT", "乌克兰", "intended")),
        ("俄罗斯将与乌克兰发生冲突。", ("俄罗斯", "ASSAULT", "乌克兰", "intended")),
        ("专家担心以色列可能与伊朗爆发战争。", ("以色列", "ASSAULT", "伊朗", "intended")),
    ],
)
def test_a_war_started_ahead_stays_intended(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "印度和巴基斯坦发表声明，双方同意全面停火。",
        "印巴同意延长停火协议。",
        "俄乌双方同意重返伊斯坦布尔协议。",
    ],
)
def test_a_deal_consented_to_is_made(text) -> None:
    found = {e for e in events_of(text) if e[1] == "AGREE"}
    assert found
    assert all(e[3] == "asserted" for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "美国希望印度和巴基斯坦同意停火。",
        "印度和巴基斯坦将于下周签署停火协议。",
    ],
)
def test_a_deal_wished_or_planned_stays_intended(text) -> None:
    found = {e for e in events_of(text) if e[1] == "AGREE"}
    assert all(e[3] != "asserted" for e in found)


def test_a_ceasefire_consented_to_is_conceded() -> None:
    found = events_of("边境冲突持续三周后，印巴同意停火，从明天中午起生效。")
    concede = {e for e in found if e[1] == "CONCEDE"}
    assert concede
    assert all(e[3] == "asserted" for e in concede)


def test_sanctions_consented_to_keep_their_plan() -> None:
    found = events_of("欧盟同意对俄罗斯实施新一轮制裁。")
    assert ("欧盟", "SANCTION", "俄罗斯", "asserted") not in found
