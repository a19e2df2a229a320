"""Round 29 (re): recall on unseen war and military news (Russia–Ukraine, Israel, Iran,
Korea, arms sales).

Sentences are written for the test, in the constructions the audit pages used; each rule has
near misses that must not change.
"""

from __future__ import annotations

import pytest
from sentences import events_of


# A vow of revenge (誓言…报复, 发誓…复仇) is a threat made by saying it, not a sanction planned.
@pytest.mark.parametrize(
    "text, event",
    [
        ("以色列誓言将对伊朗实施报复。", ("以色列", "THREATEN", "伊朗", "asserted")),
        ("伊朗誓言对以色列进行报复。", ("伊朗", "THREATEN", "以色列", "asserted")),
        ("伊朗发誓向美国复仇。", ("伊朗", "THREATEN", "美国", "asserted")),
    ],
)
def test_a_vow_of_revenge_threatens(text, event) -> None:
    found = events_of(text)
    assert event in found
    assert not any(e[1] == "SANCTION" for e in found)


@pytest.mark.parametrize(
    "text, event",
    [
        ("伊朗誓言支持叙利亚。", ("伊朗", "SUPPORT", "叙利亚", "intended")),
        ("伊朗表示将对以色列实施报复。", ("伊朗", "SANCTION", "以色列", "intended")),
    ],
)
def test_a_vow_of_anything_else_or_a_plain_retaliation_is_no_threat(text, event) -> None:
    found = events_of(text)
    assert event in found
    assert not any(e[1] == "THREATEN" for e in found)


def test_a_vow_to_avenge_someone_threatens_nobody_named() -> None:
    """为哈梅内伊复仇: the one avenged is no target."""
    assert events_of("真主党誓言为哈梅内伊复仇。") == set()
