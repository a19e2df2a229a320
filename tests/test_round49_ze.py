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


# -- a conditional retaliation stated by the speaker's side is a threat made now ----------------
# (如果…,中方将不得不采取反制措施: 不得不 is compulsion, no negation; a sentence that opens with
# its condition goes on with the statement before it: lb, qb, yn code the threat)


def test_compelled_retaliation_on_a_condition_threatens() -> None:
    found = _events("外交部发言人表示，如果美方一意孤行，中方将不得不采取坚决反制措施。")
    assert ("中国", "THREATEN", "美国", "asserted") in found
    assert ("中国", "SANCTION", "美国", "hypothetical") in found


def test_condition_sentence_goes_on_with_the_statement_before() -> None:
    found = _events(
        "俄外交部发言人扎哈罗娃表示，欧盟的做法是错误的。"
        "若欧盟限制俄外交官行动，俄方将对欧盟采取对等反制措施。"
    )
    assert ("俄罗斯", "THREATEN", "欧盟", "asserted") in found


def test_condition_with_no_statement_is_reasoning() -> None:
    found = _events("分析人士认为局势紧张。如果伊朗违反协议，美国将对伊朗实施制裁。")
    assert not any(t == "THREATEN" for _, t, _, _ in found)


def test_condition_of_another_side_than_the_speaker_is_no_threat_of_his() -> None:
    found = _events("伊朗外长表示，局势十分紧张。如果以色列再次袭击，美国将对伊朗实施制裁。")
    assert not any(t == "THREATEN" for _, t, _, _ in found)


def test_sanctions_kept_are_still_no_threat() -> None:
    found = _events("美国表示，除非朝鲜弃核，否则不会放松对朝制裁。")
    assert not any(t == "THREATEN" for _, t, _, _ in found)
