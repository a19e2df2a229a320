"""Sentences that cannot hold an event are told so from the gate's words (round 43, ha).

* A sentence that names nobody is searched for acts that need no actor (_acts_without_actors)
  only where its gate words hold such a trigger: a plain word of one, or both parts of a split
  one (与 alone is no 与…身份不符).
* A sentence with one side, whose other side could only be the speaker of a quotation or of a
  statement, is read by the action stage only where its gate words hold a trigger that may
  take a speaker (_no_second_side, _speaker_trigger).
* A sentence that holds no trigger at all (it passed the gate for a title) is not read by
  the action stage (_no_trigger).
* The status of a symmetric or mutual act, or of a judgement, is read only once an act of
  its trigger is found, or where _actions_for asks for it (_StatusAsked): most such triggers
  find none.

Each test compares what the gate's words tell with what find_triggers finds, on every sentence
and clause of the seeds, the dev set and the Terminus dev set, and on sentences written for
these tests; and the extraction of those articles with the exits and without them.
"""

from __future__ import annotations

import pytest
from sentences import article, inspectable_articles

import kg.extract as extract
from kg import actions
from kg.actions import _PENDING, UNDOES, _status_asked_for, find_triggers
from kg.extract import (
    _gate_trigger_words,
    _holds_trigger_of,
    _speaker_trigger,
    _trigger_or_title_gate,
    extract_article,
)
from kg.gazetteer import load_gazetteer
from kg.lexicon import trigger_for
from kg.model import Sentence
from kg.sentences import Clause, split_clauses, split_sentences

WRITTEN = [
    "他表示,这种做法与其外交官身份不符,也违背了国际关系基本准则。",
    "她与家人一起搬到了北京,在一所中学教书。",
    "双方同意在下周交换战俘,并换回被扣押的平民。",
    "他们换了一辆车,继续往南赶路。",
    "这是对别国领空的粗暴侵犯,完全不可接受。",
    "金特会结束后,双方发表了联合声明。",
    "被扣押的渔民昨天已被放还,渔船也已返港。",
    "我们应该继续努力,争取早日解决这个问题。",
    "会上,他们与校方讨论了课程安排的细节。",
    "李明说:“今年是个好年头。这是一场注定只有一个输家的战争,输家是中国的一位演员。”",
    "外交部发言人林剑说:“今年是个好年头。日本代表团已经抵达北京,将与各方合作。”",
]


@pytest.fixture(scope="module")
def sentences() -> list[tuple[str, Sentence]]:
    found = []
    for item in inspectable_articles(WRITTEN):
        found += [(item.text, sentence) for sentence in split_sentences(item)]
    return found


def _gate_words(sentence: Sentence) -> list[str]:
    return _trigger_or_title_gate(load_gazetteer()).search_found(sentence.text)[1]


def _triggers_in(text: str, sentence: Sentence) -> list:
    """Every trigger find_triggers reports in the sentence, read whole or clause by clause."""
    clauses = [*split_clauses(sentence), Clause(sentence.start, sentence.end)]
    return [trig for c in clauses for _, trig in find_triggers(text, c.start, c.end)]


def _acts_alone(trig) -> bool:
    """What _acts_without_actors takes for an act that needs no actor (before its test of a
    passive for a release)."""
    return (
        isinstance(trig, str)
        or bool(trig.objects & {"speaker", "asker"})
        or trig.event_type in UNDOES
    )


def test_a_sentence_told_of_no_lone_act_holds_none(sentences) -> None:
    lone = _gate_trigger_words(load_gazetteer(), "lone")
    assert lone is not None  # the gate holds every word of these triggers
    told = held = 0
    for text, sentence in sentences:
        if _holds_trigger_of(lone, _gate_words(sentence)):
            held += 1
            continue
        told += 1
        assert not any(_acts_alone(t) for t in _triggers_in(text, sentence)), sentence.text
    assert told > 300 and held > 20


def test_a_sentence_told_of_no_speaker_trigger_holds_none(sentences) -> None:
    speaker = _gate_trigger_words(load_gazetteer(), "speaker")
    assert speaker is not None
    told = held = 0
    for text, sentence in sentences:
        if _holds_trigger_of(speaker, _gate_words(sentence)):
            held += 1
            continue
        told += 1
        found = [t for t in _triggers_in(text, sentence) if not isinstance(t, str)]
        assert not any(_speaker_trigger(t.word, t) for t in found), sentence.text
    assert told > 300 and held > 100


def test_a_sentence_told_of_no_trigger_holds_none(sentences) -> None:
    acts = _gate_trigger_words(load_gazetteer(), "acts")
    assert acts is not None
    told = 0
    for text, sentence in sentences:
        if not _holds_trigger_of(acts, _gate_words(sentence)):
            told += 1
            assert not _triggers_in(text, sentence), sentence.text
    assert told > 100


def test_a_sentence_with_a_title_and_no_trigger_is_told_so() -> None:
    acts = _gate_trigger_words(load_gazetteer(), "acts")
    [titled] = split_sentences(article("法国总统马克龙今天上午到达了会场。"))
    [acting] = split_sentences(article("法国总统马克龙今天上午会见了日本首相。"))
    assert not _holds_trigger_of(acts, _gate_words(titled))
    assert _holds_trigger_of(acts, _gate_words(acting))


def test_a_first_part_alone_is_no_split_trigger() -> None:
    lone = _gate_trigger_words(load_gazetteer(), "lone")
    [with_both] = split_sentences(article(WRITTEN[0]))
    [first_only] = split_sentences(article(WRITTEN[1]))
    [changed] = split_sentences(article(WRITTEN[3]))
    assert _holds_trigger_of(lone, _gate_words(with_both))  # 与…身份不符
    assert not _holds_trigger_of(lone, _gate_words(first_only))  # 与 alone
    assert not _holds_trigger_of(lone, _gate_words(changed))  # 换 with no 战俘
    assert _holds_trigger_of(None, [])  # nothing told: every sentence is read
    speaker = _gate_trigger_words(load_gazetteer(), "speaker")
    [moved] = split_sentences(article(WRITTEN[1]))
    [should] = split_sentences(article(WRITTEN[7]))
    assert not _holds_trigger_of(speaker, _gate_words(moved))  # 搬到: no act done in words
    assert _holds_trigger_of(speaker, _gate_words(should))  # 应该: a judgement


def _records(item) -> list[tuple]:
    result = extract_article(item, load_gazetteer())
    events = [
        (e.subject.actor.key, e.predicate, e.object.actor.key, e.status, e.sentence.start)
        for e in result.events
    ]
    roles = [(r.person.actor.key, r.org.actor.key, r.title) for r in result.roles]
    return events + roles


def test_the_extraction_is_the_same_without_the_exits(monkeypatch) -> None:
    items = inspectable_articles(WRITTEN)
    with_exits = [_records(item) for item in items]
    monkeypatch.setattr(extract, "_holds_trigger_of", lambda kind, found: True)
    assert [_records(item) for item in items] == with_exits
    assert sum(map(len, with_exits)) > 50


def test_a_quoted_sentence_with_one_side_and_no_act_in_words_is_not_read(monkeypatch) -> None:
    """The quotation's speaker could be the only other side (of 中国; of 林剑 himself, who
    opens it), but nothing in the sentence (战争; 说 is no trigger) may take a speaker: the
    action stage is not run."""
    original = extract._no_second_side
    newly = []

    def both(ctx, sentence, mentions):
        told = original(ctx, sentence, mentions)
        with monkeypatch.context() as patch:
            patch.setattr(extract, "_holds_trigger_of", lambda kind, found: True)
            before = original(ctx, sentence, mentions)
        assert told or not before  # (never read where it was not)
        if told and not before:
            newly.append(sentence.text)
        return told

    monkeypatch.setattr(extract, "_no_second_side", both)
    for text in WRITTEN[-2:]:
        extract_article(article(text), load_gazetteer())
    assert [s for s in newly if "战争" in s]  # (林剑说:… holds no trigger at all: _no_trigger)


SYMMETRIC = [
    "日本首相拒绝出席在北京举行的峰会,也没有与中方会谈。",
    "法国总统马克龙会见了到访的德国总理,两国领导人就乌克兰局势交换意见。",
    "两国外长将于下周在日内瓦举行会谈,讨论恢复合作。",
    "如果美方取消关税,中方愿意与美方恢复谈判。",
    "韩国与日本签署了军事情报保护协定、货币互换协议。",
    "俄罗斯和乌克兰没有达成停火协议,双方仍在交火。",
    "与以色列实现关系正常化的阿联酋谴责了这次袭击。",
    "外交部发言人说,中方不会容忍美国干涉中国内政。",
    "外交部发言人表示,日本排放核污染水的做法是不负责任的。",
    "他说,俄罗斯拒绝撤军是不可接受的。",
]


def test_the_status_of_a_symmetric_act_or_a_judgement_is_read_when_asked(monkeypatch) -> None:
    items = inspectable_articles(WRITTEN + SYMMETRIC)
    on_demand = [_records(item) for item in items]
    monkeypatch.setattr(actions, "_status_asked_for", lambda trig: False)
    assert [_records(item) for item in items] == on_demand
    assert all(_PENDING not in repr(r) for r in on_demand)


def test_which_statuses_are_read_when_asked() -> None:
    assert _status_asked_for(trigger_for("会谈"))  # symmetric
    assert _status_asked_for(trigger_for("签署"))
    assert _status_asked_for(trigger_for("应该"))  # a judgement: _judgement_status reads it
    assert not _status_asked_for(trigger_for("制裁"))  # only carried: read once an act is found
