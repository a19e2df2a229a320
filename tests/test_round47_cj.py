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
