"""Round 39 (sw): China's diplomatic readouts and briefings (eval/audit39/sw, oa, md, nb first
golds). The sentences are written for the tests in the constructions the pages used."""

from __future__ import annotations

from tests.data.sentences import events_of

# -- 1. 会见 + a relative clause opened by a trip: the head after 的 is met ----------------------


def test_long_trip_clause_before_the_guest_keeps_the_guest_met() -> None:
    """会见来华出席…峰会和…活动的X: the event named by the clause can run far past the usual
    reach before its 的; the guest, not the body whose summit is attended, is met (sw-09)."""
    text = (
        "国家主席习近平在人民大会堂会见来华出席2025年上海合作组织峰会和纪念中国人民抗日战争"
        "暨世界反法西斯战争胜利80周年活动的哈萨克斯坦总统托卡耶夫。"
    )
    found = events_of(text)
    assert ("习近平", "CONSULT", "托卡耶夫", "asserted") in found
    assert ("习近平", "CONSULT", "上海合作组织", "asserted") not in found


def test_guest_who_came_to_hold_a_pair_meeting_is_met_and_the_pair_meets() -> None:
    """会见来华举行…中国-欧盟领导人会晤的X: X is met; the meeting the clause names is China's
    with the EU, not the EU's with its own leader (oa-04)."""
    text = "国家主席习近平在北京会见来华举行第二十六次中国-欧盟领导人会晤的欧洲理事会主席科斯塔。"
    found = events_of(text)
    assert ("习近平", "CONSULT", "科斯塔", "asserted") in found
    assert ("中国", "CONSULT", "欧盟", "asserted") in found
    assert ("欧盟", "CONSULT", "科斯塔", "asserted") not in found


# -- 2. a meeting named by a dash-joined pair -------------------------------------------------


def test_dash_joined_pair_before_talks_holds_them() -> None:
    """举行…中国-欧盟高级别战略对话: the two sides the dash joins talk (qi-07's construction);
    a with-phrase partner still takes the talks when the clause names one."""
    assert ("中国", "CONSULT", "欧盟", "asserted") in events_of(
        "双方在布鲁塞尔举行第十二轮中国-欧盟高级别战略对话。"
    )
    found = events_of("王毅同卡拉斯在北京举行第十三轮中国-欧盟高级别战略对话。")
    assert ("王毅", "CONSULT", "卡拉斯", "asserted") in found


# -- 3. 愿同X + a list of clauses: the joint act in a later clause is done with X ---------------


def test_willing_partner_heads_the_clauses_after_it() -> None:
    """中方愿同X增进政治互信，深化务实合作: cooperation with X, intended (oa-08, nb-07)."""
    assert ("中国", "COOPERATE", "英国", "intended") in events_of(
        "中方愿同英方增进政治互信，深化务实合作，共同开启两国关系新篇章。"
    )
    # 将与X举行会晤,以促进…合作 plans a meeting with a purpose: no list of joint acts (yb-14)
    text = "帕希尼扬将与特朗普举行会晤，以促进地区的和平与经济合作。"
    assert not any(e[1] == "COOPERATE" for e in events_of(text))


def test_willing_subject_before_a_comma_and_the_partner_after_it() -> None:
    """中方愿以此访为契机，同X…，深化…合作: the 同-phrase opens after the comma (oa-08)."""
    text = "中方愿以此访为契机，同法方增进政治互信，深化务实合作。"
    assert ("中国", "COOPERATE", "法国", "intended") in events_of(text)


# -- 4. 建交 describing a noun ----------------------------------------------------------------


def test_ties_established_describing_a_noun_are_no_agreement() -> None:
    """与中国建交的岛国外长, 中巴建交的期盼: 建交 before 的 and a noun describes it (sw-03, md-05);
    told as an act it is still an agreement."""
    text = "斐济外长、汤加外交大臣等10个与中国建交的岛国外长将出席会议。"
    assert not any(e[1] == "AGREE" for e in events_of(text))
    text = "民调显示巴拉圭人民对中巴建交的热烈期盼。"
    assert not any(e[1] == "AGREE" for e in events_of(text))
    told = events_of("所罗门群岛于2019年与中国建交。")
    assert ("所罗门群岛", "AGREE", "中国", "asserted") in told


# -- 5. 洪方 ----------------------------------------------------------------------------------


def test_hong_fang_is_honduras_once_honduras_is_named() -> None:
    """洪方 names Honduras in a page about Honduras (sw-08), as 宏方 did already."""
    text = "王毅会见洪都拉斯外长雷纳时表示，中方赞赏洪方恪守一个中国原则。"
    assert ("中国", "SUPPORT", "洪都拉斯", "asserted") in events_of(text)
