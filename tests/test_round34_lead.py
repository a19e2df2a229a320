"""Round 34, the lead's own mends found while merging the round's branches."""

from __future__ import annotations

from sentences import events_of


def test_a_charge_a_relative_clause_presupposes_is_made_whatever_the_main_mood() -> None:
    found = events_of("特朗普将会见被国际刑事法院指控犯下战争罪的内塔尼亚胡。")
    assert ("国际刑事法院", "ACCUSE", "内塔尼亚胡", "asserted") in found
    assert ("特朗普", "CONSULT", "内塔尼亚胡", "intended") in found


def test_the_main_verb_keeps_its_own_mood() -> None:
    found = events_of("普京不会会见被国际刑事法院指控犯下战争罪的内塔尼亚胡。")
    assert ("国际刑事法院", "ACCUSE", "内塔尼亚胡", "asserted") in found
    assert ("普京", "CONSULT", "内塔尼亚胡", "negated") in found
