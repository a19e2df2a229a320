"""Round 46, helper bf: AGREE, COOPERATE and SUPPORT on articles kg has never seen.
Sentences written for the tests in the style of Chinese international news."""

from __future__ import annotations

from tests.data.sentences import events_of


def _types(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


def _of_type(text: str, kind: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o, _ in events_of(text) if t == kind}


# -- a consensus is an agreement only as reached or carried out ---------------------------------
# (bare 共识 read as AGREE: fp in la, qh, qi, sw, ub; coded where 达成/落实 governs it: sw, vc)


def test_a_consensus_acted_on_names_no_agreement() -> None:
    assert not _of_type("中美双方将按照两国元首重要共识，就经贸问题进行磋商。", "AGREE")
    assert not _of_type("印尼方将把两国元首重要共识转化为更多实实在在的成果。", "AGREE")
    assert not _of_type("中方希望中日双方通过此轮对话进一步凝聚共识。", "AGREE")


def test_a_consensus_carried_out_or_reached_is_an_agreement() -> None:
    assert _of_type("中方愿同巴方一道，落实好中巴两国元首重要共识。", "AGREE")
    assert _of_type("王毅表示，中法两国元首上周通话，达成一系列重要共识。", "AGREE")


# -- support that a charge alleges is the charge's content, not a support told ---------------
# (指责/指控 X 支持 Y: not coded in la, ld, uc; coded once, qj)


def test_support_a_charge_alleges_is_no_support() -> None:
    found = _types("刚果(金)政府指责卢旺达支持“M23运动”。")
    assert ("刚果民主共和国", "ACCUSE", "卢旺达") in found or any(
        t == "ACCUSE" for _, t, _ in found
    )
    assert not _of_type("刚果(金)政府指责卢旺达支持“M23运动”。", "SUPPORT")
    assert not _of_type("苏丹指控阿联酋向快速支援部队提供军事支持。", "SUPPORT")


def test_support_condemned_or_told_stays_support() -> None:
    assert _of_type("伊朗外交部批评美国对以色列的支持。", "SUPPORT")
    assert _of_type("美国一直支持以色列。", "SUPPORT")


# -- a partner one is willing to act together with, before a pause, is a cooperation ----------
# (愿同X一道,… coded COOPERATE intended in md, oa, qe, sw, vb, vc; kg waited for a 合作 later)


def test_a_joint_effort_before_a_pause_is_cooperation() -> None:
    found = set(events_of("王毅表示，中方愿同巴西一道,推动金砖机制取得更大成功。"))
    assert ("中国", "COOPERATE", "巴西", "intended") in found
    found = set(events_of("卡塔尔一直与埃及一道，在加沙停火谈判中担任协调国。"))
    assert ("卡塔尔", "COOPERATE", "埃及", "asserted") in found


def test_words_said_together_are_no_cooperation() -> None:
    assert not _of_type("日本与法国一道,谴责朝鲜的导弹发射。", "COOPERATE")


# -- 巴纽, Taiwan's short form of Papua New Guinea, is no Pakistan ----------------------------


def test_banu_is_papua_new_guinea() -> None:
    found = set(events_of("届时澳大利亚与巴纽预计也将签署一项新的防务条约。"))
    assert ("澳大利亚", "AGREE", "巴布亚新几内亚", "intended") in found
    assert not any("巴基斯坦" in (s, o) for s, _, o, _ in found)
