"""Round 54, branch f54g: 双方 / 两国 read as the wrong pair.

A pair word after a verb of discussing (讨论了两国军事合作, 探讨双方关系) names the talkers' own
cooperation or relation: the verb does not address the pair (as 呼吁双方 does), so the pair is
the two who talk, not the sides of a fight reported before. The sentences are written for
these tests."""

from __future__ import annotations

from sentences import events_of


def _plain(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text) if t != "ROLE"}


_FIGHT = "俄罗斯与乌克兰的冲突仍在继续。"


def test_pair_after_a_discussion_verb_is_the_two_who_talk() -> None:
    text = (
        _FIGHT + "法国总统马克龙5日在巴黎会见波兰总统杜达。"
        "马克龙和杜达会晤时讨论了两国军事合作、能源安全以及难民安置等问题。"
    )
    found = _plain(text)
    assert ("法国", "COOPERATE", "波兰") in found or ("波兰", "COOPERATE", "法国") in found
    assert not any(t == "COOPERATE" and {s, o} == {"俄罗斯", "乌克兰"} for s, t, o in found)


def test_an_appeal_to_the_pair_still_addresses_the_sides_of_the_fight() -> None:
    text = _FIGHT + "法国总统马克龙5日在巴黎会见波兰总统杜达。马克龙呼吁双方尽快停火。"
    found = _plain(text)
    assert not any(t == "REQUEST" and o == "波兰" for s, t, o in found)
