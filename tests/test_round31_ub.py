"""Round 31 (ub): missed events of the non-verbal types on the pooled short wire items.

Constructions kg missed across the fields of the round-30 audit pool (joint drills and
meetings with several partners, …), fixed by general rules. Sentences are written for the
test in the construction the pages used, with near misses that must not change.
"""

from __future__ import annotations

import pytest
from sentences import events_of, roles_of


# A trigger that itself names one joint act (联合演习, 会议) with a list of partners after
# 与: every pair of the sides acts with each other, as with 共同 (not only the subject).
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "越南与印度、日本及澳大利亚在南海举行联合演习。",
            ("印度", "COOPERATE", "澳大利亚", "asserted"),
        ),
        (
            "意大利外长与西班牙外交大臣及荷兰与比利时外长今天举行视频会议。",
            ("荷兰", "CONSULT", "西班牙", "asserted"),
        ),
    ],
)
def test_joint_act_word_pairs_all_partners(text, event) -> None:
    found = events_of(text)
    assert event in found or (event[2], event[1], event[0], event[3]) in found


@pytest.mark.parametrize(
    "text, pair",
    [
        # a title with 联合 in it names no joint act of the partners with each other
        ("伊朗在2015年与美国、德国及中国签订《联合全面行动计划》。", ("德国", "中国")),
        # 分别: separate meetings
        ("王毅分别与英国、法国外长举行会议。", ("英国", "法国")),
        # a plain talk is the subject's with each partner
        ("王毅与英国、法国外长举行会谈。", ("英国", "法国")),
    ],
)
def test_no_joint_pairs_without_joint_act(text, pair) -> None:
    found = {(s, o) for s, _, o, _ in events_of(text)}
    assert pair not in found and pair[::-1] not in found


# A sentence that opens with a word of adding (此外, 另外, 还, 新增) and names no actor before
# its act adds more of the last act of its kind, by the same actor.
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "加拿大宣布对伊朗实施旅行限制。此外,还对白俄罗斯和缅甸实施全面旅行限制。",
            ("加拿大", "SANCTION", "白俄罗斯", "asserted"),
        ),
        (
            "英国宣布对俄罗斯实施制裁。声明另外宣布新增对白俄罗斯实施出口管制。",
            ("英国", "SANCTION", "白俄罗斯", "asserted"),
        ),
    ],
)
def test_adding_sentence_goes_on_with_last_actor(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, event",
    [
        # an actor named in the adding sentence acts itself
        (
            "加拿大宣布对伊朗实施制裁。此外,欧盟还对白俄罗斯实施制裁。",
            ("加拿大", "SANCTION", "白俄罗斯", "asserted"),
        ),
        # no word of adding: a subjectless sentence borrows nobody
        (
            "加拿大宣布对伊朗实施制裁。对白俄罗斯实施制裁的决定引发争议。",
            ("加拿大", "SANCTION", "白俄罗斯", "asserted"),
        ),
    ],
)
def test_no_adding_no_borrowed_actor(text, event) -> None:
    assert event not in events_of(text)


# A joint military operation or patrol (联合军事行动, 联合巡逻, 联合巡航) of a pair or a list of
# states is their cooperation, like a joint drill.
@pytest.mark.parametrize(
    "text, event",
    [
        ("法国与尼日尔宣布启动联合军事行动,打击恐怖组织。", ("法国", "COOPERATE", "尼日尔")),
        ("日本与菲律宾在南海举行联合巡逻。", ("日本", "COOPERATE", "菲律宾")),
    ],
)
def test_joint_operation_is_cooperation(text, event) -> None:
    found = {e[:3] for e in events_of(text)}
    assert event in found or (event[2], event[1], event[0]) in found


def test_joint_patrol_with_no_partner_named_is_no_event() -> None:
    assert not any(e[1] == "COOPERATE" for e in events_of("菲律宾组织所谓“联合巡航”。"))


# 前/原 before a bare title (a post once held) describes the person as the title does: the
# preposition before it governs the person, and a list goes on over it.
@pytest.mark.parametrize(
    "text, event",
    [
        ("英国对前国防部长加西亚实施制裁。", ("英国", "SANCTION", "加西亚", "asserted")),
        (
            "英国对秘鲁外长罗哈斯、前总检察长加西亚实施制裁。",
            ("英国", "SANCTION", "加西亚", "asserted"),
        ),
        ("法国与原国防部长加西亚会谈。", ("法国", "CONSULT", "加西亚", "asserted")),
    ],
)
def test_former_post_describes_person(text, event) -> None:
    assert event in events_of(text)


def test_former_post_near_miss_keeps_its_first_item() -> None:
    found = events_of("英国对秘鲁外长罗哈斯、前总检察长加西亚实施制裁。")
    assert ("英国", "SANCTION", "罗哈斯", "asserted") in found
    assert ("英国", "SANCTION", "秘鲁", "asserted") not in found


# Titles of prosecutors and deputy speakers (检察官, 首席检察官, 副检察长, 第一副议长) name the
# person after them, who is sanctioned in a list of officials.
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "英国对首席检察官卡洛斯·门多萨实施了制裁。",
            ("英国", "SANCTION", "卡洛斯·门多萨", "asserted"),
        ),
        (
            "英国宣布对秘鲁最高法院院长罗哈斯、全国代表大会第一副议长门多萨实施制裁。",
            ("英国", "SANCTION", "门多萨", "asserted"),
        ),
        ("英国对副检察长门多萨实施制裁。", ("英国", "SANCTION", "门多萨", "asserted")),
    ],
)
def test_prosecutor_titles_name_a_person(text, event) -> None:
    assert event in events_of(text)


def test_judge_after_canada_is_no_chief_justice() -> None:
    # 加拿大法官 is a Canadian judge: 大法官 is no title read across 加拿大
    found = events_of("加拿大法官马兰吉表示,法国对加拿大公民迪亚卜进行了起诉。")
    assert not any(s == "加拿" or o == "加拿" for s, _, o, _ in found)


def test_prosecutors_office_is_no_person() -> None:
    roles = roles_of(
        "瑞典检察官办公室(Swedish Prosecution Authority)告诉美国记者说,没有证据。"
        "瑞典检察官门多萨表示。"
    )
    assert not any(person == "办公室" for person, _, _ in roles)
    assert ("门多萨", "瑞典", "检察官") in roles


# A quoted name glossed in Latin letters right after it and ending in a group noun (集团, 帮派,
# 组织) is a group the gazetteer lacks.
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "美国国务院正式将「海湾集团」（Cartel del Golfo）列入外国恐怖组织清单。",
            ("美国国务院", "SANCTION", "海湾集团", "asserted"),
        ),
        (
            "美国宣布制裁“海湾集团”（Cartel del Golfo）。",
            ("美国", "SANCTION", "海湾集团", "asserted"),
        ),
    ],
)
def test_glossed_quoted_group_is_an_actor(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "美国将“人蛇集团”列入打击名单。",  # a term in quotation marks, no gloss
        "美国将“海湾计划”（Plan del Golfo）列入审查清单。",  # glossed, but no group noun
    ],
)
def test_quoted_term_is_no_group(text) -> None:
    assert not any(o in {"人蛇集团", "海湾计划"} for _, _, o, _ in events_of(text))


# 电话咨询 (電話諮詢) of officials of two or more states is a consultation by phone; a hotline
# with no two sides is none.
def test_phone_consultation_is_consult() -> None:
    found = {e[:3] for e in events_of("中越两国外交官员进行电话咨询。")}
    assert ("中国", "CONSULT", "越南") in found or ("越南", "CONSULT", "中国") in found


def test_hotline_is_no_consult() -> None:
    assert not events_of("美国驻华使馆表示,美国公民可拨打电话咨询。")
