"""The answers the twenty-fifth round's speed pass keeps for the pronouns give what looking
them up anew gave.

At every call made while the articles of the seeds, the dev set and the Terminus dev set
and sentences written for these tests (first persons in quotations and out of them, 他 and
她 after sentences that name people, paragraphs of statements) are extracted, the kept
answer is compared with the one the plain look-up gives at that moment:

* _speaker_at keeps its answer by quotation and sentence while the statement is the same;
* _earlier_topics keeps its answer by the sentences ended before and the leaders known.
"""

from __future__ import annotations

import pytest
from build_kind import pure_only
from sentences import article, inspectable_articles

from kg import extract
from kg.sentences import split_sentences

WRITTEN = [
    "美国国务卿布林肯说：“我们将继续支持乌克兰，我认为我们必须这样做。”俄方对此予以谴责。",
    "外交部发言人林剑表示，我们坚决反对美方的做法。我们敦促美方停止打压，我方将作出回应。",
    "林剑对此表示，中方已就当前局势阐明立场。我们呼吁印巴双方保持克制，我们愿意发挥作用。",
    "布林肯到达德黑兰。他随后访问伊拉克，他在巴格达会见了伊拉克总理，他表示美国支持伊拉克。",
    "拜登会见了冯德莱恩。她表示欧盟将制裁俄罗斯，她还说她会访问基辅。",
    "俄外交部发布公告说，美国的做法将导致局势升级。\n公告还说，我们将对美国实施反制裁，我们不会退让。",
    "声明说：“美国必须停止挑衅。我们敦促美方立即撤军。”\n我们再次敦促美方停止军事行动。",
    "问：中方对此有何回应？答：我们坚决反对美方的错误做法，我们已向美方提出严正交涉。",
    "今天天气很好，我去公园散步，我看见他们也来了。",
    "王毅与布林肯通电话。他说中方反对美方制裁中国企业，他还表示双方应加强沟通。",
]


@pytest.fixture(scope="module")
def articles():
    return inspectable_articles(WRITTEN)


@pure_only("extract")
def test_written_sentences_hold_the_cases(gaz):
    """The written sentences ask both look-ups more than once in a sentence (a cache that
    never answers twice would prove nothing)."""
    calls = {"speaker": 0, "topics": 0}
    real_speaker, real_topics = extract._speaker_at, extract._earlier_topics

    def speaker_at(ctx, pos):
        calls["speaker"] += 1
        return real_speaker(ctx, pos)

    def earlier_topics(ctx, start):
        calls["topics"] += 1
        return real_topics(ctx, start)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(extract, "_speaker_at", speaker_at)
        patch.setattr(extract, "_earlier_topics", earlier_topics)
        for text in WRITTEN:
            extract.extract_article(article(text), gaz)
    assert calls["speaker"] >= 10
    assert calls["topics"] >= 2


@pure_only("extract")
def test_kept_answers_are_the_plain_ones(articles, gaz):
    """Each kept answer equals the look-up made anew at the same point of the extraction."""
    real_speaker, real_topics = extract._speaker_at, extract._earlier_topics
    checked = {"speaker": 0, "topics": 0}

    def speaker_at(ctx, pos):
        fast = real_speaker(ctx, pos)
        here = extract._sentence_at(ctx, pos)
        slow = extract._speaker_at_uncached(ctx, extract._quote_at(ctx, pos), here)
        assert fast == slow, (ctx.article.path, pos)
        checked["speaker"] += 1
        return fast

    def earlier_topics(ctx, start):
        fast = real_topics(ctx, start)
        slow = extract._earlier_topics_uncached(ctx, start)
        assert fast == slow, (ctx.article.path, start)
        fast.append(None)  # a caller that changes the list it is given changes no kept answer
        assert real_topics(ctx, start) == slow
        checked["topics"] += 1
        return fast[:-1]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(extract, "_speaker_at", speaker_at)
        patch.setattr(extract, "_earlier_topics", earlier_topics)
        for item in articles:
            extract.extract_article(item, gaz)
    assert checked["speaker"] > 40
    assert checked["topics"] >= 5


FRAMED = [
    "王毅在出席东盟外长会期间与布林肯会谈。",
    "拜登在访问日本期间会见了岸田文雄，双方同意加强合作。",
    "普京趁着俄乌谈判陷入僵局之际下令对乌克兰发动空袭。",
    "美国借着北约峰会召开的机会宣布向乌克兰提供援助。",
    "以色列利用国际社会关注乌克兰局势之机对加沙发动袭击。",
    "在过去的几十年里，美国与中国在贸易、科技、安全和人权等许多领域一直存在分歧和摩擦，"
    "而拜登在会见习近平时表示美国不寻求与中国对抗。",
    "在俄罗斯与乌克兰之间的冲突持续了两年多之后，在土耳其的斡旋下，俄罗斯宣布与乌克兰停火。",
]


def _old_inside_time_frame(text, mention, local, boundary) -> bool:
    """_inside_time_frame before: its openers looked for back to the article's start."""
    from kg import actions

    front = actions._front(mention)
    opened = text.rfind("在", 0, front)
    occasion = max(
        text.rfind("趁", 0, front),
        text.rfind("借", 0, front),
        text.rfind("藉", 0, front),
        text.rfind("利用", 0, front),
    )
    if occasion > opened and actions._OCCASION_FRAME.match(text, occasion):
        opened = occasion
    if opened == -1:
        return False
    frame = (
        actions._OCCASION_FRAME
        if opened == occasion
        else actions._zai_frame(actions._INNER_FRAME_SHORTEST)
    ).match(text, opened)
    if frame is None or frame.end() > boundary or frame.end() <= mention.end:
        return False
    return any(m.end <= opened and actions.can_be_subject(text, m) for m in local)


def test_time_frame_reach_gives_the_old_answer(gaz):
    """Every actor of every sentence, against every trigger of its sentence and its end, is
    inside a time frame exactly where the look back to the article's start said so."""
    from kg.actions import _inside_time_frame, find_triggers
    from kg.actors import find_actors

    items = inspectable_articles(FRAMED)
    framed = 0
    for item in items:
        text = item.text
        for sentence in split_sentences(item):
            mentions = find_actors(text, sentence.start, sentence.end, gaz).mentions
            if not mentions:
                continue
            ends = {pos for pos, _ in find_triggers(text, sentence.start, sentence.end)}
            for boundary in sorted(ends | {sentence.end}):
                for mention in mentions:
                    old = _old_inside_time_frame(text, mention, mentions, boundary)
                    assert _inside_time_frame(text, mention, mentions, boundary) == old
                    framed += old
    assert framed >= 5


def test_no_referring_word_joins_nothing(gaz):
    """A sentence with no referring word keeps its mentions as they are, in a new list."""
    from kg.actors import find_actors

    for text in [*FRAMED, *WRITTEN]:
        item = article(text)
        mentions = find_actors(item.text, 0, len(item.text), gaz).mentions
        joined = extract._fight_places_joined(mentions, [])
        assert joined == mentions and joined is not mentions
