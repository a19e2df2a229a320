"""Round 33 (we): false events that recur on a precision audit of fresh short items — names
cut or glued wrongly (two dotted names in one clause, a name glued to the 于 of a date, a
date spelt with a dot, France's ministry for Europe and foreign affairs). Sentences are
written for the test in the construction the pages used, with near misses that must not
change.
"""

from __future__ import annotations

import pytest
from sentences import events_of


# 和|伊利哈姆·阿利耶夫, 卡洛斯·门多萨|会见|胡安·巴斯克斯: two dotted names in one clause with
# more letters or a verb between their dots are two names, each whole (not one name, or a
# second name cut where eight letters after the first dot ran out)
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "普京在索契会见了尼科尔•帕希尼扬和伊利哈姆•阿利耶夫。",
            ("普京", "CONSULT", "伊利哈姆·阿利耶夫", "asserted"),
        ),
        (
            "卡洛斯·门多萨会见胡安·巴斯克斯。",
            ("卡洛斯·门多萨", "CONSULT", "胡安·巴斯克斯", "asserted"),
        ),
        (
            "卡洛斯·门多萨谴责胡安·巴斯克斯。",
            ("卡洛斯·门多萨", "ACCUSE", "胡安·巴斯克斯", "asserted"),
        ),
        (
            "卡洛斯·门多萨批评了何塞·巴斯克斯。",
            ("卡洛斯·门多萨", "ACCUSE", "何塞·巴斯克斯", "asserted"),
        ),
    ],
)
def test_two_dotted_names_in_one_clause(text, event) -> None:
    assert event in events_of(text)


def test_one_name_with_a_middle_part_stays_whole() -> None:
    events = events_of("约翰·菲茨杰拉德·肯尼迪会见了赫鲁晓夫。")
    assert ("约翰·菲茨杰拉德·肯尼迪", "CONSULT", "赫鲁晓夫", "asserted") in events


# 议长梅措拉|于1月12日: the 于 of a date is no letter of the name jieba glues it to
@pytest.mark.parametrize(
    "text",
    [
        "欧洲议会议长梅措拉于1月12日宣布，禁止伊朗所有外交人员进入欧洲议会。",
        "歐洲議會議長梅措拉（Roberta Metsola）於1月12日宣布，禁止伊朗所有外交人員進入歐洲議會。",
    ],
)
def test_name_before_date_preposition(text) -> None:
    subjects = {s for s, _, _, _ in events_of(text)}
    assert "梅措拉" in subjects
    assert not any(s.endswith(("于", "於")) for s in subjects)


# “八·一七”公报: a date spelt with a dot names no person who could sell arms
def test_numeral_date_with_dot_is_no_person() -> None:
    events = events_of("美国违反中美“八·一七”公报规定,向台湾出售武器。")
    assert not any("八" in s for s, _, _, _ in events)


# 法国欧洲和外交部长勒德里昂: France's foreign ministry is named for Europe too; 欧洲 inside it
# invites no one
def test_french_ministry_for_europe_is_no_europe() -> None:
    events = events_of("应法国欧洲和外交部长勒德里昂邀请,国务委员兼外交部长王毅将访问法国。")
    assert ("勒德里昂", "REQUEST", "王毅", "asserted") in events
    assert not any(s == "欧洲" for s, _, _, _ in events)


# 可以就…达成一致, 可以帮助达成: what can be done is not yet done (cues.tsv 可以); what one can
# see or trace back (可以看到, 可以追溯到) is reported as it is
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "普京表示，俄罗斯、亚美尼亚和阿塞拜疆可以就未来达成一致。",
            ("亚美尼亚", "AGREE", "阿塞拜疆", "intended"),
        ),
        (
            "卢旺达总统表示，卢旺达和刚果（金）可以达成和平协议。",
            ("卢旺达", "AGREE", "刚果民主共和国", "intended"),
        ),
    ],
)
def test_what_can_be_done_is_intended(text, event) -> None:
    events = events_of(text)
    assert event in events
    assert (*event[:3], "asserted") not in events


def test_what_one_can_see_is_asserted() -> None:
    events = events_of("可以看到布林肯与王毅握手打招呼。")
    assert ("布林肯", "CONSULT", "王毅", "asserted") in events
