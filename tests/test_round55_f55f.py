"""Round 55, helper f55f: the actors of a counted, described group of countries. Sentences
written for the tests in the style of Chinese international news."""

from __future__ import annotations

from tests.data.sentences import events_of


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return set(events_of(text))


# -- 这 + a count + a description + 国家 (这三个内陆国家, 这两个长期敌对的国家) stands for the last
# list of that many countries, as the plain count word 这三个国家 does


def test_a_described_count_of_three_is_each_country_listed() -> None:
    found = _events("乍得、苏丹和利比亚上周举行会谈。非盟随后批评这三个内陆国家干涉地区事务。")
    for side in ("乍得", "苏丹", "利比亚"):
        assert ("非盟", "ACCUSE", side, "asserted") in found


def test_a_described_count_in_traditional_script() -> None:
    found = _events("秘魯、智利和厄瓜多爾發表聲明。這三個太平洋沿岸國家譴責委內瑞拉。")
    for side in ("秘鲁", "智利", "厄瓜多尔"):
        assert (side, "ACCUSE", "委内瑞拉", "asserted") in found


def test_a_described_count_with_no_list_before_names_nobody() -> None:
    found = _events("非盟批评这三个内陆国家干涉地区事务。")
    assert not any(t == "ACCUSE" for _, t, _, _ in found)


def test_a_count_of_months_is_no_group() -> None:
    found = _events("乍得、苏丹和利比亚上周举行会谈。非盟批评这三个月国家间冲突不断。")
    assert not any(t == "ACCUSE" and o in ("乍得", "苏丹", "利比亚") for _, t, o, _ in found)
