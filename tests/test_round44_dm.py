"""Round 44, helper dm: which pair 双方/两国 stands for. Sentences written for the tests in the
style of Chinese international news."""

from __future__ import annotations

from tests.data.sentences import events_of


def _triples(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


# -- a pair of a person and another country is two states ------------------------------------
# (annotators code the states: we-07 UKR AGREE RUS for 乌梅洛夫…双方同意, nc-07, pc-10, qe-11)


def test_pair_of_a_minister_and_a_state_is_two_states() -> None:
    found = _triples(
        "乌克兰国防部长乌梅洛夫表示,他已与俄罗斯举行多轮谈判。乌梅洛夫说,经过这些谈判,双方同意恢复换俘。"
    )
    assert ("乌克兰", "AGREE", "俄罗斯") in found
    assert ("乌梅罗夫", "AGREE", "俄罗斯") not in found


def test_pair_of_a_foreign_minister_and_a_state_after_talks() -> None:
    found = _triples("伊朗外长阿拉格齐在马斯喀特与美国举行间接谈判。双方同意下周继续会谈。")
    assert ("伊朗", "AGREE", "美国") in found
    assert ("阿拉格齐", "CONSULT", "美国") in found  # the talks named are still his


def test_pair_of_two_leaders_stays_the_leaders() -> None:
    found = _triples("美国总统特朗普与中国国家主席习近平通电话。双方同意继续会谈。")
    assert ("特朗普", "AGREE", "习近平") in found


def test_two_people_stay_people() -> None:
    """两人 names two people: never turned into states."""
    found = _triples("德国总理默茨与法国总统马克龙在柏林会晤。两人同意加强防务合作。")
    assert ("默茨", "AGREE", "马克龙") in found
