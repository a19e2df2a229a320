"""Round 30 (rg): recall on short mainland wire briefs about China's own diplomacy.

Constructions kg missed on fresh pages of an audit batch (calls, meetings, spokesperson answers),
fixed by general rules. Sentences are written for the test in the construction the pages used,
with near misses that must not change.
"""

from __future__ import annotations

import pytest
from sentences import events_of


# 愿同X共同努力, followed by a comma and the joint act, names the partner of that act as 一道
# does; and the new government of a country (英国新一届政府) is that country's side before 一道.
@pytest.mark.parametrize(
    "text, event",
    [
        ("中方愿同英方共同努力,推动两国合作。", ("中国", "COOPERATE", "英国", "intended")),
        ("中方愿同日方共同努力，加强沟通协调。", ("中国", "CONSULT", "日本", "intended")),
        (
            "中国政府愿同英国新一届政府一道努力,巩固政治互信,扩大互利合作。",
            ("中国", "COOPERATE", "英国", "intended"),
        ),
        ("中方愿同新西兰新政府一道,深化务实合作。", ("中国", "COOPERATE", "新西兰", "intended")),
    ],
)
def test_partner_of_a_joint_effort(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        # another subject's act after the joint effort: the partner is not its target
        ("中方愿同英方共同努力,欧盟则加强对俄制裁。", ("中国", "SANCTION")),
        ("中方愿同英方共同努力,欧盟则加强对俄制裁。", ("英国", "SANCTION")),
        # effort with nobody named: no partner
        ("各方应共同努力,推动停火。", ("中国",)),
    ],
)
def test_no_partner_across_another_subject(text, absent) -> None:
    assert not any(e[: len(absent)] == absent for e in events_of(text))


def test_bare_joint_effort_keeps_the_subjects_own_act() -> None:
    """和中方共同努力 with no word of plan before it: the agreement stays the US side's."""
    found = events_of("中方希望，美方回到谈判轨道，和中方共同努力，达成一个互利的协议。")
    assert any(e[:3] == ("美国", "AGREE", "中国") for e in found)


# Aid or support given to a side named right after 给予: the giver acts on the one given to.
@pytest.mark.parametrize(
    "text, event",
    [
        ("美国给予乌克兰军事援助。", ("美国", "AID", "乌克兰", "asserted")),
        ("中国给予欧洲宝贵的支持和帮助。", ("中国", "AID", "欧洲", "asserted")),
        ("美国将给予以色列更多援助。", ("美国", "AID", "以色列", "intended")),
    ],
)
def test_aid_given_to_a_side(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("美国给予乌克兰军事援助。", ("乌克兰", "AID")),  # never the one given to as giver
        ("联合国给予巴勒斯坦成员国地位。", ("联合国", "AID")),  # admission, no aid
    ],
)
def test_no_aid_the_wrong_way(text, absent) -> None:
    assert not any(e[: len(absent)] == absent for e in events_of(text))


# 双方还就…交换了意见 closes a brief on a call or meeting: the sides are the talks' own, not the
# pair of an act reported in between.
def test_views_exchanged_by_the_sides_of_the_call() -> None:
    found = events_of(
        "李克强同德国总理默克尔通电话。李克强表示,中方愿与欧方一道,加强合作。"
        "默克尔感谢中国给予欧洲的宝贵支持和帮助。双方还就欧洲国家应对主权债务问题交换了看法。"
    )
    assert ("李克强", "CONSULT", "默克尔", "asserted") in found
    assert not any(
        e[:3] in {("中国", "CONSULT", "欧洲"), ("欧洲", "CONSULT", "中国")} for e in found
    )


def test_pair_without_an_exchange_of_views_unchanged() -> None:
    """Two sides named in the sentence itself stay the pair (near miss: no closing line)."""
    found = events_of("美国和伊朗举行会谈。日本与韩国随后签署协议，双方同意加强合作。")
    assert any(
        e[:3] in {("日本", "COOPERATE", "韩国"), ("韩国", "COOPERATE", "日本")} for e in found
    )


# 应X邀请 right after a wire's dateline and byline opens its clause as it does at a sentence's
# start: the host invites the visitor.
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "新华社惠灵顿6月13日电(记者王五 赵六)应新西兰总理拉克森邀请,"
            "国务院总理李强对新西兰进行正式访问。",
            ("拉克森", "REQUEST", "李强", "asserted"),
        ),
        (
            "中新社北京1月15日电 (记者 张三)应俄罗斯外交部邀请,朝鲜外务相崔善姬访问俄罗斯。",
            ("俄罗斯外交部", "REQUEST", "崔善姬", "asserted"),
        ),
        (
            "(记者王五)应新西兰总理拉克森邀请,国务院总理李强对新西兰进行正式访问。",
            ("拉克森", "REQUEST", "李强", "asserted"),
        ),
    ],
)
def test_invitation_after_a_dateline(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        # an 应 inside a word of obligation after the dateline invites nobody
        ("新华社北京6月13日电 美国不应过高估计俄罗斯的威胁。", ("美国", "REQUEST")),
        # words other than a dateline before 应 still keep it from opening the clause
        ("据报道 应新西兰总理拉克森邀请,李强访问新西兰。", ("拉克森", "REQUEST")),
    ],
)
def test_no_invitation_without_a_dateline_lead(text, absent) -> None:
    assert not any(e[: len(absent)] == absent for e in events_of(text))


# Calling a state or its act a threat (称X为/是…威胁, 将X视为威胁) accuses it.
@pytest.mark.parametrize(
    "text, event",
    [
        ("蓬佩奥称中共为联合国最大的威胁。", ("蓬佩奥", "ACCUSE", "中国共产党", "asserted")),
        (
            "菲律宾外交部发表声明,称中国的行动是“紧迫的威胁”。",
            ("菲律宾外交部", "ACCUSE", "中国", "asserted"),
        ),
        ("美国将中国视为最大威胁。", ("美国", "ACCUSE", "中国", "asserted")),
    ],
)
def test_called_a_threat(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        # a threat named in a clause of its own after the comma is no label put on anyone
        ("特朗普称,如果伊朗继续发展核武器,美国将威胁其安全。", ("特朗普", "ACCUSE")),
        # a threat nobody is named for
        ("俄方称将对任何威胁作出回应。", ("俄罗斯", "ACCUSE")),
    ],
)
def test_no_threat_label_without_a_state(text, absent) -> None:
    assert not any(e[: len(absent)] == absent for e in events_of(text))
