"""Round 50 (ff): 他们 right after a verb stands for the people the text just listed."""

from __future__ import annotations

import pytest
from sentences import events_of


def _events(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


# a list of people named, then 他们 after a verb (指控他们, 冻结他们的资产): each one listed
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "美国制裁了两名官员，包括香港特首李家超和律政司司长林定国。"
            "美国国务卿鲁比奥发表声明，指控他们损害香港自治。",
            ("鲁比奥", "ACCUSE", "李家超"),
        ),
        (
            "美国制裁了两名官员，包括香港特首李家超和律政司司长林定国。"
            "美国国务卿鲁比奥发表声明，指控他们损害香港自治。",
            ("鲁比奥", "ACCUSE", "林定国"),
        ),
    ],
)
def test_listed_people_after_a_verb(text: str, event) -> None:
    assert event in _events(text)


# the list must be recent: three sentences and more back, 他们 is nobody named
def test_people_listed_long_before_are_not_them() -> None:
    text = (
        "美国制裁了香港特首李家超和律政司司长林定国。会议在纽约举行。天气很好。记者很多。"
        "美国国务卿鲁比奥发表声明，指控他们损害香港自治。"
    )
    assert not {e for e in _events(text) if e[1] == "ACCUSE" and e[2] in {"李家超", "林定国"}}


# a country named before a demand still is what 他们 after a verb stands for (no people list)
def test_freezing_their_assets_with_nobody_listed() -> None:
    found = _events("首相约翰逊宣布制裁多家俄罗斯银行及多名富商,冻结他们在英国的资产。")
    assert not {e for e in found if e[2] == "约翰逊"}
