"""Round 47, helper cg: rejections, aid, concessions, mobilisations, protests and withdrawals
kg missed or coded wrongly. Sentences written for the tests in the style of Chinese news."""

from __future__ import annotations

from tests.data.sentences import events_of


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return set(events_of(text))


def _rejects(found: set[tuple[str, str, str, str]]) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o, _ in found if t == "REJECT"}


# -- a denial of a charge told just before rejects the accuser -----------------------------------
# (ld 但塔利班否认这项指控, lb 韩军方对此予以否认, we 但费佐随后予以否认: coded REJECT of the
# accuser; uc leaves two such denials uncoded)


def test_a_denial_of_this_charge_rejects_the_accuser_of_the_same_sentence() -> None:
    found = _events("印度当局指控巴基斯坦庇护武装分子，但巴基斯坦否认这项指控。")
    assert ("巴基斯坦", "印度") in _rejects(found)


def test_a_denial_of_this_rejects_the_accuser_of_the_sentence_before() -> None:
    found = _events("朝鲜外务省发表声明谴责韩国侵犯领空。韩国国防部对此予以否认。")
    assert _rejects(found) & {("韩国国防部", "朝鲜外务省"), ("韩国国防部", "朝鲜")}


def test_a_denial_after_news_of_another_dealing_rejects_nobody() -> None:
    found = _events(
        "泰国与柬埔寨相互指责对方率先开火。另有外媒披露，美国总统曾与泰国总理通话。"
        "泰国外交部对此予以否认。"
    )
    assert not _rejects(found)


def test_a_denial_of_a_claim_no_one_made_rejects_nobody() -> None:
    found = _events("美国国务院周一表示，伊朗向俄罗斯提供了导弹。伊朗外交部否认这一说法。")
    assert not any(s == "伊朗外交部" for s, _ in _rejects(found))


def test_a_denial_of_a_deed_still_negates_the_deed() -> None:
    found = _events("英国指责伊朗向俄罗斯提供导弹。伊朗否认向俄罗斯提供导弹。")
    assert not any(s == "伊朗" and o == "俄罗斯" for s, o in _rejects(found))
