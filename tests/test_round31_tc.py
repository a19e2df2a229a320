"""Round 31 (tc): short mainland wire items on Latin America, Africa, Canada, Australia and the
Arctic.

Constructions kg got wrong on an audit batch of short unseen pages, fixed by general rules.
Sentences are written for the test in the construction the pages used, with near misses that must
not change.
"""

from __future__ import annotations

import pytest
from sentences import events_of, roles_of

# A Chinese spokesman opens these items, so China is the country in focus; a bare organ listed
# right after another country's organ (美国财政部和|商务部) is still that country's.
_BRIEFING = "外交部发言人汪文斌主持例行记者会。"


@pytest.mark.parametrize(
    "text, event",
    [
        (
            _BRIEFING + "美国国务院、财政部和商务部联合发表声明,谴责伊朗。",
            ("美国财政部", "ACCUSE", "伊朗", "asserted"),
        ),
        (
            _BRIEFING + "美国国务院、财政部和商务部联合发表声明,谴责伊朗。",
            ("美国商务部", "ACCUSE", "伊朗", "asserted"),
        ),
        (
            _BRIEFING + "他说,美国财政部和商务部对华为实施制裁。",
            ("美国商务部", "SANCTION", "华为", "asserted"),
        ),
        (
            _BRIEFING + "据报道,法国国民议会和参议院通过决议,谴责俄罗斯。",
            ("法国参议院", "ACCUSE", "俄罗斯", "asserted"),
        ),
        (
            _BRIEFING + "据报道,伊朗总统府和议会遭到以色列袭击。",
            ("以色列", "ASSAULT", "伊朗国会", "asserted"),
        ),
    ],
)
def test_bare_organ_listed_after_an_organ(text, event) -> None:
    assert event in events_of(text)


def test_bare_organ_listed_after_an_official() -> None:
    # the minister listed after China's foreign minister heads China's ministry
    text = "国务委员兼外长王毅、商务部部长王文涛同塞内加尔外长共同主持会议。"
    assert ("王文涛", "中国商务部", "部长") in roles_of(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        # the list's country wins over the country in focus: no Chinese organ
        (_BRIEFING + "美国国务院、财政部和商务部联合发表声明,谴责伊朗。", "中国商务部"),
        (_BRIEFING + "据报道,法国国民议会和参议院通过决议,谴责俄罗斯。", "中国参议院"),
        # 与 joins a partner, not a list: the bare organ is not the partner's
        ("美国财政部官员访华。美国财政部与外交部举行会谈。", "美国外交部"),
    ],
)
def test_no_organ_of_another_country(text, absent) -> None:
    assert not any(absent in (e[0], e[2]) for e in events_of(text))


def test_list_after_a_country_is_unchanged() -> None:
    # a bare organ after a country (not an organ) still follows the old reading
    text = "中国外交部和国防部谴责美国。"
    assert ("中国国防部", "ACCUSE", "美国", "asserted") in events_of(text)


# 两国 after a preposition (特朗普宣布对|两国…) is acted on by the one who opens its clause, so
# it is not that person's own country and a partner: it is the two the text listed before.
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "美国总统特朗普签署行政令,对进口自墨西哥、加拿大两国的商品加征关税。"
            "2月3日,特朗普宣布对两国加征关税措施暂缓30天实施。",
            ("特朗普", "CONCEDE", "墨西哥", "asserted"),
        ),
        (
            "美国总统特朗普签署行政令,对墨西哥和加拿大加征关税。2月3日,特朗普宣布暂停对两国加征关税。",
            ("特朗普", "CONCEDE", "墨西哥", "asserted"),
        ),
        (
            "美国总统特朗普签署行政令,对墨西哥和加拿大加征关税。2月3日,特朗普宣布暂停对两国加征关税。",
            ("特朗普", "CONCEDE", "加拿大", "asserted"),
        ),
    ],
)
def test_pair_acted_on_is_the_pair_listed(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, event",
    [
        # a speaker's 两国 (no preposition) is still the speaker's country and the partner
        (
            "特朗普与普京通电话。特朗普表示两国将加强合作。",
            ("美国", "COOPERATE", "俄罗斯", "intended"),
        ),
        ("布林肯会见王毅。布林肯称两国应加强沟通。", ("美国", "CONSULT", "中国", "intended")),
    ],
)
def test_speakers_pair_unchanged(text, event) -> None:
    assert event in events_of(text)
