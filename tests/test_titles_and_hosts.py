"""A title with no name after it, then 时/后 and a statement verb (会见美国国务卿时强调,
会见日本外相后表示): the letter before the verb is the clause's 'when', not a one-letter
surname, so the one met is the title's country, not a person named 时强调. And a host named
by a short form that alone is also a word (驻以大使: 以 "by means of").

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of

UNNAMED_TITLE_THEN_STATEMENT = [
    ("习近平在会见美国国务卿时强调，中美应该加强合作。", ("习近平", "CONSULT", "美国")),
    ("王毅在会见日本外相后表示，双方要加强合作。", ("王毅", "CONSULT", "日本")),
    ("李强会见越南总理时指出，双方要深化合作。", ("李强", "CONSULT", "越南")),
    ("王毅在会见日本外相时重申，中方反对日方的做法。", ("王毅", "CONSULT", "日本")),
    ("王毅会见韩国外长时谈到，两国要加强沟通。", ("王毅", "CONSULT", "韩国")),
    ("王毅会见韩国外长时呼吁，韩方停止挑衅。", ("王毅", "REQUEST", "韩国")),
]


@pytest.mark.parametrize(("text", "expected"), UNNAMED_TITLE_THEN_STATEMENT)
def test_when_clause_after_an_unnamed_title_names_nobody(text, expected) -> None:
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    assert expected in found
    assert not any(o.startswith(("时", "后")) for _, _, o in found)


NAMED_TITLE_THEN_STATEMENT = [
    ("王毅会见日本外相岩屋毅时表示，双方要加强合作。", ("王毅", "CONSULT", "岩屋毅")),
    ("美国国务卿布林肯会见韩国外长朴振后强调，美韩将加强合作。", ("布林肯", "CONSULT", "朴振")),
    ("外交部发言人时永明重申，中方坚决反对美方对华制裁。", ("中国", "ACCUSE", "美国")),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_TITLE_THEN_STATEMENT)
def test_a_named_holder_is_still_read(text, expected) -> None:
    assert expected in {(s, t, o) for s, t, o, _ in events_of(text)}


# -- 驻以大使: a short form that alone is also a word names the host between 驻 and an envoy --

RECALLED_FROM_ISRAEL = [
    "土耳其政府随后召回该国驻以大使。",
    "巴西召回驻以大使进行磋商。",
]


@pytest.mark.parametrize("text", RECALLED_FROM_ISRAEL)
def test_envoy_posted_to_a_short_form_host(text) -> None:
    assert any(t == "SANCTION" and o == "以色列" for _, t, o, _ in events_of(text))


def test_stationed_then_after_is_no_host() -> None:
    assert events_of("美军进驻以后，当地局势恶化。") == set()
