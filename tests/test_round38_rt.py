"""Round 38 (rt): missed events against the first golds (annotated before their annotators saw
kg's output) where kg found both actors of the sentence and output nothing between them. The
sentences are written for the tests in the constructions the pages used."""

from __future__ import annotations

from tests.data.sentences import events_of

# -- 1. worry stressed, or said strongly as a verb ---------------------------------------------


def test_worry_stressed_about_an_actors_deed_criticises_it() -> None:
    """强调了对X…的担忧 criticises X as 表示对X…的担忧 does (qh-03)."""
    text = "日本外相强调了对朝鲜发射导弹及与俄罗斯军事合作的担忧。"
    assert ("日本", "ACCUSE", "朝鲜", "asserted") in events_of(text)


def test_worry_said_strongly_as_a_verb_criticises_the_actor_after_it() -> None:
    """华府强烈忧虑中方支持…: Washington criticises China (ql-11)."""
    text = "美国国务卿说，美国强烈忧虑中方支持俄罗斯国防工业。"
    assert ("美国", "ACCUSE", "中国", "asserted") in events_of(text)
