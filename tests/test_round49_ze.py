"""Round 49, helper ze: demands, refusals, pressure and threats (REQUEST, REJECT, COERCE,
THREATEN). Sentences written for the tests in the style of Chinese international news."""

from __future__ import annotations

from tests.data.sentences import events_of


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return set(events_of(text))


def _threats(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o, _ in _events(text) if t == "THREATEN"}


# -- a threat that a verb of meeting it answers is someone else's, quoted or not ---------------
# (应对朝鲜核导“威胁”: the scare quotes of a statement neither end the stretch nor make the
# one who meets the threat its author, as they do not for a threat posed: 构成“…威胁”)


def test_quoted_threat_met_is_no_threat_of_who_meets_it() -> None:
    assert not _threats("美国表示将加大对朝制裁力度来应对朝鲜核导“威胁”。")
    assert not _threats("美国表示将加大对朝制裁力度来应对朝鲜核导「威胁」。")


def test_the_measures_that_meet_it_still_stand() -> None:
    found = _events("美国表示将加大对朝制裁力度来应对朝鲜核导“威胁”。")
    assert ("美国", "SANCTION", "朝鲜", "intended") in found


def test_unquoted_threat_met_is_no_threat_either() -> None:
    assert not _threats("美国表示将加大对朝制裁力度来应对朝鲜核导威胁。")


def test_threat_made_in_quotes_still_threatens() -> None:
    assert ("特朗普", "伊朗") in _threats("美国总统特朗普威胁“将对伊朗实施严厉制裁”。")


def test_a_comma_still_ends_the_stretch_of_meeting() -> None:
    # 应对 in a clause before the comma meets nothing the next clause threatens
    assert ("朝鲜", "韩国") in _threats("朝鲜表示将积极应对，并威胁对韩国采取军事行动。")


# -- a news agency named in a dateline is a source, never an actor ------------------------------
# (香港中通社…電: the Hong Kong China News Agency, HKCNA, opens dispatches in six of the readable
# sets; read as 香港, it was the one an invitation's host invited)


def test_hkcna_dateline_is_no_actor() -> None:
    found = _events(
        "香港中通社5月3日電 當地時間5月3日，德國總理默茨應法國總統馬克龍邀請，"
        "抵達巴黎開始進行正式訪問。"
    )
    assert ("马克龙", "REQUEST", "默茨", "asserted") in found
    assert not any("香港" in (s, o) for s, _, o, _ in found)


def test_hkcna_by_its_short_name_is_no_actor() -> None:
    found = _events("据中通社报道，伊朗外长阿拉格齐会见了沙特外交大臣。")
    assert not any("香港" in (s, o) or "中通社" in (s, o) for s, _, o, _ in found)
