"""Round 50, helper ie: whose act a refusal or a denial refuses. Sentences written for the
tests in the style of Chinese international news."""

from __future__ import annotations

from tests.data.sentences import events_of


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return set(events_of(text))


def _rejects(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o, _ in _events(text) if t == "REJECT"}


# -- a refusal of an act done with a partner named after a phrase of its own (拒绝|就…|与X合作) ---
# refuses that partner, not the side that last asked the refuser for something


def test_refusal_of_cooperation_with_a_partner_after_a_topic_phrase() -> None:
    text = "美国呼吁伊朗恢复核谈判。伊朗外长周日发文，拒绝就遭轰炸场址与国际原子能机构合作。"
    found = _rejects(text)
    assert ("伊朗", "国际原子能机构") in found
    assert ("伊朗", "美国") not in found


def test_refusal_of_talks_with_a_partner_after_a_place_phrase() -> None:
    found = _rejects("美国呼吁伊朗恢复核谈判。伊朗周日表示，拒绝在核问题上与欧盟谈判。")
    assert ("伊朗", "欧盟") in found
    assert ("伊朗", "美国") not in found


def test_refusal_right_before_its_partner_is_unchanged() -> None:
    assert ("朝鲜", "韩国") in _rejects("朝鲜周日表示，拒绝与韩国进行任何对话。")


def test_refusal_of_an_act_with_no_partner_still_refuses_the_asker() -> None:
    found = _rejects("美国呼吁伊朗恢复核谈判。伊朗周日表示，拒绝就核问题进行谈判。")
    assert ("伊朗", "美国") in found


# -- a refusal of an act by one who refused someone before (遭X拒绝。…但X拒绝谈判) refuses that one
# again, not the partner of a meeting of his side in between


def test_a_repeated_refusal_refuses_the_same_side() -> None:
    text = (
        "美国总统特朗普上周致函伊朗呼吁进行核谈判，遭伊朗最高领袖哈梅内伊拒绝。"
        "阿联酋总统外交顾问加尔贾什12日与伊朗外交部长阿拉格齐会面，转交特朗普一封信函。"
        "但哈梅内伊拒绝谈判，称谈判没有意义。"
    )
    found = _events(text)
    assert not any(t == "REJECT" and o == "加尔加什" for _, t, o, _ in found)
    assert sum(t == "REJECT" and o == "特朗普" for _, t, o, _ in found) == 2


def test_a_refusal_by_another_of_the_side_is_not_a_repeat() -> None:
    text = (
        "美国总统特朗普上周致函伊朗呼吁进行核谈判，遭伊朗最高领袖哈梅内伊拒绝。"
        "阿联酋总统外交顾问加尔贾什12日与伊朗外交部长阿拉格齐会面，转交特朗普一封信函。"
        "但阿拉格齐拒绝谈判，称谈判没有意义。"
    )
    found = _events(text)
    assert ("阿拉格齐", "REJECT", "特朗普", "asserted") not in found


# -- a denial of a charge against the denier's own deed rejects nobody


def test_denial_of_a_charge_of_the_deniers_deed_rejects_nobody() -> None:
    assert not _rejects("印度否认巴方参与袭击的指控。")
