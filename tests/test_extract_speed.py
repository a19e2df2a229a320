"""The extraction stage's shortcuts give what the long way gives: clause topics looked for
only where a person is named, a speaker looked for in a sentence only where it names an
actor, a quotation's words read for its speaker only where they may name one, the body in
focus offered only to acts put to a body or ballots cast in it."""

from __future__ import annotations

import re

import pytest
from build_kind import pure_only
from sentences import article, events_of

from kg import extract
from kg.actions import speaker_in_sentence
from kg.actors import find_actors
from kg.gazetteer import load_gazetteer
from kg.sentences import split_clauses, split_sentences

TEXTS = [
    "外交部发言人林剑4日表示，我们坚决反对美方对华加征关税。我们敦促美方停止打压。",
    "我们认为，这种做法毫无道理。他们还说，我们不会接受。",
    "张伟说，他将继续谈判。对此，刘建国回应称，我们没有结果。",
    "伊朗革命卫队表示，他们将对以色列作出回应。我们拭目以待。",
    "今天天气很好，我们去公园散步，他们也来了。",
    "美国和日本宣布制裁朝鲜，韩国总统尹锡悦表示，他们支持这一决定。",
]


def _context(text: str, gaz) -> extract._Context:
    """The context extract_article makes for an article of ``text`` (before any sentence)."""
    ctx = extract._Context(article(text), gaz)
    ctx.sentences = split_sentences(ctx.article)
    ctx.starts = [s.start for s in ctx.sentences]
    ctx.ends = [s.end for s in ctx.sentences]
    return ctx


@pytest.mark.parametrize("text", TEXTS)
def test_speaker_in_own_sentence_is_speaker_in_sentence(text, gaz):
    ctx = _context(text, gaz)
    norm = ctx.article.text
    for sentence in ctx.sentences:
        found = find_actors(norm, sentence.start, sentence.end, gaz).mentions
        clauses = split_clauses(sentence)
        for pos in range(sentence.start, sentence.end):
            for mentions in (found, []):
                slow = speaker_in_sentence(norm, clauses, len(clauses) - 1, pos, mentions)
                assert extract._speaker_in_own_sentence(ctx, pos, mentions) == slow


@pytest.mark.parametrize("text", TEXTS)
def test_clause_topics_are_people_only(text, gaz):
    ctx = _context(text, gaz)
    norm = ctx.article.text
    for sentence in ctx.sentences:
        found = find_actors(norm, sentence.start, sentence.end, gaz)
        clauses = split_clauses(sentence)
        topics = extract._clause_topics(norm, clauses, found.mentions, found.attributive)
        assert all(m.actor.type == "Person" for m in topics)
        others = [m for m in found.mentions if m.actor.type != "Person"]
        assert extract._clause_topics(norm, clauses, others, found.attributive) == []


def test_a_person_is_still_a_topic(gaz):
    ctx = _context("韩国总统尹锡悦表示，美国应当停止制裁。", gaz)
    sentence = ctx.sentences[0]
    found = find_actors(ctx.article.text, sentence.start, sentence.end, gaz)
    topics = extract._clause_topics(
        ctx.article.text, split_clauses(sentence), found.mentions, found.attributive
    )
    assert [m.actor.label for m in topics] == ["尹锡悦"]


QUOTED = [
    "所谓“民主峰会”不过是美国的一场政治秀。美国拉拢“小圈子”对抗中国。",
    "外交部发言人汪文斌表示：“美方应当停止对华制裁。”他还说，“我们将坚决回应”。",
    "“我们绝不接受这种霸凌行径，”中国驻美大使谢锋说，“美方必须承担后果。”",
    "美国总统拜登所谓的“去风险”，实质是“去中国化”，俄罗斯总统普京也谈到“多极世界”。",
    "一些媒体炒作“中国威胁论”。报道称，“这只是开始”。",
]


@pytest.mark.parametrize("text", QUOTED)
@pure_only("extract")
def test_a_quotation_said_by_nobody_is_found_so(text, gaz, monkeypatch):
    quick, slow = _context(text, gaz), _context(text, gaz)
    for ctx in (quick, slow):
        ctx.quotes = [m.span() for m in extract._QUOTE.finditer(ctx.article.text)]
    assert quick.quotes
    for quote in quick.quotes:
        may = extract._may_name_speaker(quick, quote)
        speaker = extract._speaker(quick, quote)
        with monkeypatch.context() as patch:  # the long way: every quotation's words read
            patch.setattr(extract, "_may_name_speaker", lambda ctx, quote: True)
            assert extract._speaker(slow, quote) == speaker
        assert slow.memory.leaders == quick.memory.leaders  # not asking taught nothing less
        assert may or speaker is None
        assert extract._may_name_speaker(quick, quote) == (speaker is not None)


def test_quotations_over_a_sentence(gaz):
    ctx = _context("他说“甲”和“乙”。“丙”", gaz)
    ctx.quotes = [m.span() for m in extract._QUOTE.finditer(ctx.article.text)]
    first, second = ctx.sentences[0], ctx.sentences[1]
    assert sorted(extract._quotes_over(ctx, first)) == ctx.quotes[:2]
    assert extract._quotes_over(ctx, second) == ctx.quotes[2:]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one side in the sentence, the speaker named after the quotation: still the other side
        ("“美方的做法是霸凌行径。”王毅说。", {("王毅", "ACCUSE", "美国", "asserted")}),
        ("王毅说：“美方的做法是霸凌行径。”", {("王毅", "ACCUSE", "美国", "asserted")}),
        # a term in quotation marks is said by nobody: no other side, no event
        ("所谓“霸凌”，美方的做法是霸凌行径。", set()),
    ],
)
def test_a_quotation_gives_its_speaker_as_the_other_side(text, expected):
    assert events_of(text) == expected


def test_every_act_on_a_body_is_looked_for():
    from kg.actions import find_triggers
    from kg.lexicon import split_parts, triggers

    pattern = extract._acts_on_a_body()
    for word, trig in triggers().items():
        if "body" not in trig.objects and "ballot" not in trig.flags:
            continue
        first, second = split_parts(word) or (word, "")
        text = f"{first}联合国{second}" if second else word
        found = [t for _, t in find_triggers(text, 0, len(text)) if not isinstance(t, str)]
        assert found, word
        assert pattern.search(text) is not None, word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body the article named last: a ballot cast in it, a draft put to it
        (
            "联合国大会就乌克兰问题表决通过决议。俄罗斯投票反对。",
            {("俄罗斯", "REJECT", "联合国大会")},
        ),
        ("联合国安理会召开会议。美国行使否决权。", {("美国", "REJECT", "安理会")}),
        ("安理会召开紧急会议。俄罗斯提交决议草案。", {("俄罗斯", "REQUEST", "安理会")}),
        # a body named, and one side that acts on nobody: no event
        ("联合国安理会召开会议。美国表示将继续努力。", set()),
    ],
)
def test_the_body_in_focus_is_still_the_other_side(text, expected):
    assert {(s, kind, o) for s, kind, o, _ in events_of(text)} == expected


@pure_only("extract")
def test_the_shortcuts_change_no_event_of_the_repository(monkeypatch):
    """The events and roles of every article of the repository's sets are those of the long
    way: every quotation's words read for its speaker, the body in focus offered to every
    act, clauses split and speakers looked for in every sentence."""
    from pathlib import Path

    from kg.articles import iter_articles

    root = Path(__file__).resolve().parent.parent
    folders = [root / "seeds", root / "eval" / "dev", root / "eval" / "terminus-dev"]
    articles = list(iter_articles([str(folder) for folder in folders]))
    gaz = load_gazetteer()
    fast = [extract.extract_article(a, gaz) for a in articles]
    with monkeypatch.context() as patch:
        patch.setattr(extract, "_may_name_speaker", lambda ctx, quote: True)
        patch.setattr(extract, "_acts_on_a_body", lambda: re.compile(""))  # matches anywhere
        patch.setattr(
            extract,
            "_speaker_in_own_sentence",
            lambda ctx, start, mentions: speaker_in_sentence(
                ctx.article.text,
                extract._sentence_clauses(ctx, start),
                len(extract._sentence_clauses(ctx, start)) - 1,
                start,
                mentions,
            ),
        )
        slow = [extract.extract_article(a, gaz) for a in articles]
    assert [(r.events, r.roles) for r in fast] == [(r.events, r.roles) for r in slow]
