"""Round 51, helper f51h: a speaker's judgement word standing as an adverb (恶意) before the
judged actor's own act. Sentences written for the tests in the style of Chinese international
news."""

from __future__ import annotations

from tests.data.sentences import events_of


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return set(events_of(text))


# -- 恶意 judges how the actor acts: it is no verb whose same-kind noun after it is its object,
# so the judged actor's accusation stays its own act, beside the speaker's judgement


def test_a_malicious_accusation_is_the_judged_sides_own() -> None:
    found = _events("汪文斌表示，美国恶意指责中国。")
    assert ("美国", "ACCUSE", "中国", "asserted") in found
    assert ("汪文斌", "ACCUSE", "美国", "asserted") in found


def test_a_malicious_verbal_attack_is_the_judged_sides_own() -> None:
    found = _events("毛宁说，日本恶意攻击抹黑中国。")
    assert ("日本", "ACCUSE", "中国", "asserted") in found
    assert ("毛宁", "ACCUSE", "日本", "asserted") in found


def test_without_the_adverb_the_same_events() -> None:
    found = _events("汪文斌表示，美国指责中国。")
    assert ("美国", "ACCUSE", "中国", "asserted") in found


def test_a_malicious_accusation_as_a_noun_accuses_nobody_else() -> None:
    # 美方的恶意指责: a noun owned by 美方, judged; the speaker answers it, no new pair
    found = _events("汪文斌表示，美方的恶意指责毫无根据。")
    assert not any(s == "美国" and o == "中国" for s, _, o, _ in found)


def test_a_judgement_before_anothers_act_keeps_it_the_judgements_object() -> None:
    # the judged one is 美国, the act after the judgement is still read as before
    found = _events("外交部发言人表示，美国恶意制裁中国企业。")
    assert not any(s == "中国" and t == "ACCUSE" for s, t, _, _ in found)
