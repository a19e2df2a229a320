"""Round 49, helper zc: events written inside noun phrases (对X的N, X的N as the object of a
verb). Sentences written for the tests in the style of Chinese international news."""

from __future__ import annotations

from tests.data.sentences import events_of


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return set(events_of(text))


# -- a levy put off, or its grace period lengthened, named after the verb -----------------------
# (延长对墨西哥关税的缓冲期 wf, 延后对墨西哥加征关税的期限 vc: the tariff's owner eases it)


def test_grace_period_of_a_tariff_lengthened_is_an_easing() -> None:
    found = _events("白宫宣布，特朗普再次延长对加拿大关税的宽限期。")
    assert ("特朗普", "CONCEDE", "加拿大", "asserted") in found


def test_levy_put_off_after_the_verb_is_an_easing() -> None:
    found = _events("美国政府宣布延后对墨西哥加征关税一个月。")
    assert ("美国", "CONCEDE", "墨西哥", "asserted") in found


def test_waiver_period_of_a_sanction_lengthened_is_an_easing() -> None:
    found = _events("美国国务院宣布延长对伊拉克电力进口制裁的豁免期。")
    assert ("美国国务院", "CONCEDE", "伊拉克", "asserted") in found


def test_a_visit_put_off_is_no_easing() -> None:
    found = _events("日本外相推迟对韩国的访问。")
    assert not any(t == "CONCEDE" for _, t, _, _ in found)


# -- a short quotation in the speaker's own voice holds no subject of the clause after it -------


def test_actor_inside_a_first_person_quote_does_not_go_on() -> None:
    found = _events(
        "墨西哥总统辛鲍姆多次与白宫周旋。特朗普直呼“我很喜欢她”，还一再延长对墨西哥关税的缓冲期。"
    )
    assert ("特朗普", "CONCEDE", "墨西哥", "asserted") in found
    assert not any(s == "辛鲍姆" and t == "CONCEDE" for s, t, _, _ in found)


def test_a_quoted_phrase_without_a_speaker_pronoun_is_unchanged() -> None:
    found = _events("特朗普称赞辛鲍姆是“了不起的女性”，并延长对墨西哥关税的缓冲期。")
    assert ("特朗普", "CONCEDE", "墨西哥", "asserted") in found
