"""Round 46, helper bi: the day the Taiwan and Hong Kong press bracket after 今, 昨, 明, 前
(今（27）日, 昨(26)日: "today, the 27th"). Its 日 is the day, not Japan; the date resolver
reads the bracketed number as the day; the brackets are no break between a partner and its
act. Sentences written for the tests in the style of Taiwan's and Hong Kong's press."""

from __future__ import annotations

import pytest

from kg.dates import find_dates
from tests.data.sentences import events_of

# -- the 日 after the bracket is the day, not Japan --------------------------------------------

BRACKETED = [
    ("中國今（27）日對台灣實施制裁。", ("中国", "SANCTION", "台湾")),
    ("美國昨(26)日對俄羅斯實施新一輪制裁。", ("美国", "SANCTION", "俄罗斯")),
    ("菲律賓前（25）日向中國提出抗議。", ("菲律宾", "PROTEST", "中国")),
]


@pytest.mark.parametrize(("text", "expected"), BRACKETED)
def test_the_bracketed_day_names_no_japan(text, expected) -> None:
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    assert expected in found
    assert not any("日本" in (s, o) for s, _, o in found)


def test_japan_written_out_after_a_bracketed_day_stays() -> None:
    found = {(s, t, o) for s, t, o, _ in events_of("中國今（27）日對日本實施制裁。")}
    assert ("中国", "SANCTION", "日本") in found


def test_a_short_form_after_a_bare_count_is_no_country() -> None:
    found = {(s, t, o) for s, t, o, _ in events_of("韓國27日對北韓實施制裁。")}
    assert ("韩国", "SANCTION", "朝鲜") in found
    assert not any("日本" in (s, o) for s, _, o in found)


# -- the brackets are no break between a partner and its act -----------------------------------

PARTNERED = [
    ("泰國與柬埔寨今（27）日簽署停火協議。", ("泰国", "AGREE", "柬埔寨")),
    ("越南與菲律賓昨(26)日舉行會談。", ("越南", "CONSULT", "菲律宾")),
]


@pytest.mark.parametrize(("text", "expected"), PARTNERED)
def test_a_partner_before_a_bracketed_day_acts(text, expected) -> None:
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    assert expected in found


# -- the date resolver reads the bracketed number as the day ----------------------------------

DATED = [
    ("國台辦今（27）日批評美國", "2025-11-27", [("27）日", "2025-11-27")]),
    ("外交部昨(26)日表示", "2025-11-27", [("26)日", "2025-11-26")]),
    ("兩國外長明（28）日會晤", "2025-11-27", [("28）日", "2025-11-28")]),
    ("兩國外長明（2）日會晤", "2025-12-01", [("2）日", "2025-12-02")]),
    ("該國前（25）日宣布", "2025-11-27", [("25）日", "2025-11-25")]),
    ("外交部今(1)日表示", "2026-01-02", [("1)日", "2026-01-01")]),
]


@pytest.mark.parametrize(("sentence", "article_date", "expected"), DATED)
def test_the_bracketed_day_is_read_as_the_day(sentence, article_date, expected) -> None:
    found = find_dates(sentence, None, article_date)
    assert [(m.text, m.value) for m in found] == expected
    for m in found:  # (the span is the sentence's own text: the brackets are only read past)
        assert sentence[m.start : m.end] == m.text


def test_a_bracket_that_holds_no_day_is_no_date() -> None:
    found = find_dates("國際刑事法院（ICC）日前表示", None, "2025-11-27")
    assert not any("ICC" in m.text for m in found)
    assert find_dates("該國（27）日報稱", None, "2025-11-27") == []  # no 今, 昨, 明 or 前


def test_an_act_decided_for_the_bracketed_day_ahead_is_intended() -> None:
    found = events_of("越南與菲律賓決定明（28）日舉行會談。", "2025-11-27")
    assert ("越南", "CONSULT", "菲律宾", "intended") in found


def test_a_short_form_after_a_lists_number_stays_a_country() -> None:
    found = {(s, t, o) for s, t, o, _ in events_of("（1）日對中國實施制裁。")}
    assert ("日本", "SANCTION", "中国") in found
