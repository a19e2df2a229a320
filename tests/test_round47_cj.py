"""Round 47, helper cj: acts of three or more states together. Sentences written for the tests
in the style of Chinese international news."""

from __future__ import annotations

from tests.data.sentences import events_of


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return set(events_of(text))


# -- after 据, a list of actors closed by a deed and 的 did that deed together --------------------
# (根据美国、日本和韩国三国发表的联合声明: the pairs coded on lc, qe, qh, vd, ye; 据新华社报道 stays
# a source)


def test_a_joint_statement_a_listed_trio_issued_after_genju_is_their_agreement() -> None:
    found = _events("根据英国、法国和德国三国周五发表的联合声明，伊朗应恢复与原子能机构的合作。")
    assert ("英国", "AGREE", "法国", "asserted") in found
    assert ("英国", "AGREE", "德国", "asserted") in found
    assert ("法国", "AGREE", "德国", "asserted") in found


def test_a_deal_a_listed_pair_signed_after_genju_is_their_agreement() -> None:
    found = _events("根据印度与斯里兰卡去年签署的防务协议，两国海军将开展联合训练。")
    assert ("印度", "AGREE", "斯里兰卡", "asserted") in found


def test_a_source_after_ju_stays_a_source() -> None:
    found = _events("据新华社和路透社发布的消息，朝鲜谴责韩国。")
    assert not any(t == "AGREE" for _, t, _, _ in found)
    assert not any("新华社" in (s, o) or "路透社" in (s, o) for s, _, o, _ in found)


def test_a_single_issuer_after_genju_makes_no_pair() -> None:
    found = _events("根据美国国务院发表的声明，朝鲜威胁地区和平。")
    assert not any(t == "AGREE" for _, t, _, _ in found)


# -- a clause 包括 opens names a part of the whole before it, with the whole's status ------------
# (取消…出访计划,包括…访台之行 negated on qi; 寻求深化合作,包括…,以及扩大联合军演 intended on ud;
# 将扩大合作,包括联合军事演习 intended on la)


def test_a_visit_included_in_plans_called_off_is_negated() -> None:
    found = _events("英国外交部宣布取消所有官员下周的出访计划，包括外交大臣拉米访问日本之行。")
    assert ("拉米", "CONSULT", "日本", "negated") in found
    assert ("拉米", "CONSULT", "日本", "asserted") not in found


def test_a_drill_listed_after_an_included_part_of_sought_cooperation_is_intended() -> None:
    found = _events("印度总理正寻求与日本深化合作，包括开放更多港口，以及扩大两国联合军演。")
    assert ("印度", "COOPERATE", "日本", "intended") in found
    assert ("印度", "COOPERATE", "日本", "asserted") not in found


def test_a_part_included_in_a_measure_taken_stays_asserted() -> None:
    found = _events("欧盟对俄罗斯实施第十六轮制裁，包括禁止进口俄罗斯的铝。")
    assert ("欧盟", "SANCTION", "俄罗斯", "asserted") in found


def test_a_part_dated_in_the_past_stays_done() -> None:
    found = _events("两国将在多个领域加强合作，包括去年12月印度总理访问斯里兰卡期间达成的框架。")
    assert ("印度", "CONSULT", "斯里兰卡", "asserted") in found
    assert not any(t == "CONSULT" and st == "intended" for _, t, _, st in found)
