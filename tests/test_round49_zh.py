"""Round 49, helper zh: pronouns and group words. Sentences written for the tests in the style
of Chinese international news."""

from __future__ import annotations

import pytest
from build_kind import patch_reaches

from kg import extract
from tests.data.sentences import events_of


@pytest.fixture
def resolved(monkeypatch):
    """The (word, actor label) of every mention the referring words add, per sentence read
    (a spy on extract._pronouns: where extract is compiled its callers bind the function, and
    the spy would see nothing)."""
    if not patch_reaches(extract):
        pytest.skip("spies on kg.extract._pronouns, which compiled callers bind")
    found: list[tuple[str, str]] = []
    original = extract._pronouns

    def spy(ctx, sentence, mentions, words_found=None):
        mentions_added = original(ctx, sentence, mentions, words_found)
        found.extend((m.text, m.actor.label) for m in mentions_added)
        return mentions_added

    monkeypatch.setattr(extract, "_pronouns", spy)
    return found


# -- a 他们 inside a speaker's quoted words is someone the speaker speaks of --------------------
# (称此举“将招致他们难以承受的后果”: who speaks of itself in its own words says 我们)


def test_they_in_a_body_s_quoted_words_is_not_the_body(resolved) -> None:
    events_of("俄罗斯外交部发表声明,称此举“将使他们付出沉重代价”。")
    assert ("他们", "俄罗斯外交部") not in resolved


def test_they_in_a_ministry_s_quoted_warning_is_not_the_ministry(resolved) -> None:
    found = events_of("朝鲜外务省发表谈话,谴责美国,称此举“将招致他们难以承受的后果”。")
    assert ("他们", "朝鲜外务省") not in resolved
    assert ("朝鲜外务省", "ACCUSE", "美国", "asserted") in found


def test_they_in_a_spokesman_s_quoted_words_is_not_his_state(resolved) -> None:
    events_of("伊朗外交部发言人表示,“他们袭击了伊朗驻叙利亚使馆”。")
    assert ("他们", "伊朗") not in resolved


def test_they_in_a_person_s_quoted_words_is_not_his_side(resolved) -> None:
    events_of("特朗普说,委内瑞拉必须归还“美国所有他们先前从我们这里偷走的石油”。")
    assert ("他们", "美国") not in resolved
    assert ("我们", "特朗普") in resolved  # the speaker's own first person is still the speaker


def test_they_in_reported_speech_is_still_the_body_that_speaks(resolved) -> None:
    found = events_of("伊朗革命卫队表示,他们对以色列发动了袭击。")
    assert ("他们", "伊朗伊斯兰革命卫队") in resolved
    assert ("伊朗伊斯兰革命卫队", "ASSAULT", "以色列", "asserted") in found


def test_they_of_a_body_in_corner_quotes_is_not_the_body(resolved) -> None:
    events_of("俄罗斯外交部发表声明,称此举「将使他们付出沉重代价」。")
    assert ("他们", "俄罗斯外交部") not in resolved
