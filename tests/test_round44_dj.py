"""Round 44, helper dj: the members of a list are the targets (or the sides) of the act.
Sentences written for the tests in the style of Chinese international news."""

from __future__ import annotations

from tests.data.sentences import events_of


def _triples(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


# -- a passive listing names its members after 包括 (oc-03, lb-09 code each one SANCTION) -----


def test_members_of_a_passive_listing_are_the_last_sanctioners_targets() -> None:
    found = _triples(
        "美国国务院周二宣布对俄罗斯实施新一轮制裁。被列入制裁名单的俄罗斯企业包括"
        "俄罗斯天然气工业股份公司、俄罗斯石油公司等十家企业。"
    )
    assert ("美国国务院", "SANCTION", "俄罗斯天然气工业股份公司") in found
    assert ("美国国务院", "SANCTION", "俄罗斯石油公司") in found


def test_a_passive_listing_without_a_sanction_before_names_no_target() -> None:
    found = _triples("被列入世界遗产名录的项目包括长城、故宫等。")
    assert not any(t == "SANCTION" for _, t, _ in found)


# -- those named before 上榜 / 位列其中 join the last sanctioner's list (qh, lb) --------------


def test_names_before_shang_bang_are_on_the_list() -> None:
    found = _triples("美国财政部周五宣布制裁多名俄罗斯官员,拉夫罗夫,佩斯科夫,绍伊古等人上榜。")
    assert {
        ("美国财政部", "SANCTION", "拉夫罗夫"),
        ("美国财政部", "SANCTION", "佩斯科夫"),
        ("美国财政部", "SANCTION", "绍伊古"),
    } <= found


def test_one_named_as_among_them_is_on_the_list() -> None:
    found = _triples("俄罗斯外交部宣布对多名美国官员实施制裁,美国国务卿布林肯也位列其中。")
    assert ("俄罗斯外交部", "SANCTION", "布林肯") in found


def test_a_ranking_without_a_sanction_lists_no_target() -> None:
    assert not _triples("福布斯公布全球富豪榜,马斯克,贝索斯等人上榜。")


# -- a country named inside the post of the next person does not end a list of people -------


def test_a_list_of_people_goes_on_past_a_post_abroad() -> None:
    found = _triples(
        "俄罗斯外交部宣布对日本实施制裁,制裁名单包括日本外相岩屋毅、日本驻乌克兰大使中込正志、"
        "前任驻乌克兰大使松田邦纪等人。"
    )
    assert ("俄罗斯外交部", "SANCTION", "松田邦纪") in found
    assert ("俄罗斯外交部", "SANCTION", "乌克兰") not in found


# -- 对于 opens a phrase of concern as 对 does: the pair inside cooperates, the worried don't ---
# (lb-07: 美日韩三国对于北韩与俄罗斯日益紧密的军事合作深感关切)


def test_pair_inside_a_duiyu_phrase_of_concern_cooperates() -> None:
    found = _triples("美日韩三国对于朝鲜与俄罗斯日益紧密的军事合作深感关切。")
    assert ("朝鲜", "COOPERATE", "俄罗斯") in found
    assert not {("美国", "COOPERATE", "俄罗斯"), ("日本", "COOPERATE", "俄罗斯")} & found


def test_duiyu_reads_as_dui() -> None:
    with_dui = _triples("美国对朝鲜与俄罗斯的军事合作表示担忧。")
    with_duiyu = _triples("美国对于朝鲜与俄罗斯的军事合作表示担忧。")
    assert with_dui == with_duiyu
    assert ("朝鲜", "COOPERATE", "俄罗斯") in with_duiyu


def test_own_cooperation_welcomed_after_duiyu_stays_own() -> None:
    assert ("中国", "COOPERATE", "美国") in _triples("中方对于同美国开展合作表示欢迎。")
