"""The action stage's shortcuts of the nineteenth round's second speed pass give what the long
way gave.

Each test keeps the code as it was before (``_old_*``) and compares it with the code of today
on every sentence of the seeds, the dev set and the Terminus dev set, and on sentences written
for these tests in the style of Chinese international news:

* find_actions looks for the closing ”案 or 」案 of a case name only around the sentence's
  actors (_case_name_near), where it searched the whole article's text;
* _own_subject tries the statement verbs one by one only when the clause opens with one;
* find_actions reads the second part of a trigger's status (_status_settled) only when an
  action of it is found (or a listed noun needs it), the actions made with _PENDING first;
  the code before is the same code with every status settled first
  (_status_only_carried false), and _status is the two parts read in a row.
"""

from __future__ import annotations

import pytest
from build_kind import pure_only
from sentences import article, events_of, inspectable_articles

from kg import actions
from kg.actions import (
    _PENDING,
    _case_name_near,
    _in_case_name,
    _own_subject,
    _status_only_carried,
)
from kg.actors import find_actors
from kg.extract import extract_article
from kg.gazetteer import load_gazetteer
from kg.lexicon import speech_verbs, trigger_for
from kg.sentences import split_clauses, split_sentences

WRITTEN = [
    "外交部发言人表示，所谓“中国间谍”案纯属捏造，美方应停止对中国的抹黑。",
    "所谓「俄罗斯干预」案的调查结束后，美国宣布对俄罗斯实施新的制裁。",
    "美国司法部起诉两名中国公民。此前审理的“华为窃密”案引发关注，中方对此表示强烈不满。",
    "美国财政部称，指这些企业对莫斯科提供支援，将对其实施制裁。",
    "日本外相表示，这一决定将损害两国关系，日方已向韩方提出抗议。",
    "俄罗斯外交部指出，这些措施是对俄罗斯的挑衅，俄方将采取反制措施。",
    "美方宣称，“这些制裁是必要的”，中方对此予以谴责。",
    "法国总统马克龙会见了到访的德国总理，两国领导人就乌克兰局势交换意见。",
]


@pytest.fixture(scope="module")
def articles():
    return inspectable_articles(WRITTEN)


def _sentences(articles, gaz):
    """Each sentence of the articles with its text, clauses and actors found."""
    for art in articles:
        for sentence in split_sentences(art):
            found = find_actors(art.text, sentence.start, sentence.end, gaz)
            yield art.text, split_clauses(sentence), found.mentions


# -- the case-name test in find_actions -----------------------------------------------------


def _old_without_case_names(text, mentions):
    """find_actions before: the whole article's text tested for a case name."""
    if "”案" in text or "」案" in text:
        return [m for m in mentions if not _in_case_name(text, m)]
    return mentions


def _new_without_case_names(text, mentions):
    if _case_name_near(text, mentions):
        return [m for m in mentions if not _in_case_name(text, m)]
    return mentions


def test_case_names_as_before_on_every_sentence(articles, gaz):
    tested = 0
    for text, _, found in _sentences(articles, gaz):
        assert _new_without_case_names(text, found) == _old_without_case_names(text, found)
        for mention in found:  # (and for each actor alone, as filters before may leave it)
            alone = [mention]
            assert _new_without_case_names(text, alone) == _old_without_case_names(text, alone)
        tested += 1
    assert tested > 500


def test_case_name_near_its_actor():
    text = "外交部表示，所谓“中国间谍”案纯属捏造。"
    assert _case_name_near(text, events_actors(text))


def test_case_name_far_from_the_actors():
    text = "美国对朝鲜实施制裁。" + "此" * 40 + "“间谍”案。"
    assert not _case_name_near(text, events_actors(text))
    assert "”案" in text  # the old test read the whole text and went on to each actor


def test_no_actors_no_case_name():
    assert not _case_name_near("所谓“中国间谍”案。", [])


def test_actor_in_a_case_name_is_no_actor():
    assert events_of("所谓“中国间谍”案纯属捏造，中方对此表示不满。") == events_of(
        "所谓“间谍”案纯属捏造，中方对此表示不满。"
    )


def events_actors(text: str):
    """The actors of a one-sentence text."""
    art = article(text)
    sentence = split_sentences(art)[0]
    return find_actors(art.text, sentence.start, sentence.end, load_gazetteer()).mentions


# -- _own_subject --------------------------------------------------------------------------


def _old_own_subject(text: str, clause) -> bool:
    """_own_subject before: each statement verb tried at every clause."""
    from kg.actions import _OWN_SUBJECTS
    from kg.lexicon import words

    head = text[clause.start : clause.end].lstrip(" “”\"'「」")
    for verb in (*speech_verbs(), "指"):
        if head.startswith(verb) and head[len(verb) :].startswith(_OWN_SUBJECTS):
            return True
    if head.startswith(words("causes")):
        return True
    return head.startswith(_OWN_SUBJECTS) or head.startswith(words("people"))


def test_own_subject_as_before_on_every_clause(articles, gaz):
    tested = hits = 0
    for text, clauses, _ in _sentences(articles, gaz):
        for clause in clauses:
            old = _old_own_subject(text, clause)
            assert _own_subject(text, clause) == old
            tested += 1
            hits += old
    assert tested > 1000 and hits > 0


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("指这些企业对莫斯科提供支援", True),  # what is alleged: a subject of its own
        ("表示这一决定将损害两国关系", True),
        ("这些措施是对俄罗斯的挑衅", True),
        ("指出美方应停止挑衅", False),  # a statement verb with no subject after it
        ("美国宣布对俄罗斯实施制裁", False),
        ("“这些制裁是必要的”", True),  # the quotation marks before it are passed over
    ],
)
def test_own_subject_written(text, own):
    clause = split_clauses(split_sentences(article(text + "。"))[0])[0]
    normalised = article(text + "。").text
    assert _own_subject(normalised, clause) is own
    assert _old_own_subject(normalised, clause) is own


# -- the status settled only when an action is found -----------------------------------------


def _events(articles) -> list[str]:
    return [repr(extract_article(art)) for art in articles]


@pure_only("actions")
def test_lazy_status_as_before_on_every_article(articles, monkeypatch):
    lazy = _events(articles)
    monkeypatch.setattr(actions, "_status_only_carried", lambda trig: False)
    assert lazy == _events(articles)


def test_no_pending_status_leaves_find_actions(articles, gaz):
    for art in articles:
        for event in extract_article(art).events:
            assert _PENDING not in repr(event)


def test_status_read_in_paths_is_settled_first():
    assert _status_only_carried(trigger_for("制裁"))
    assert not _status_only_carried(trigger_for("会谈"))  # symmetric: _attended reads it
    assert not _status_only_carried(trigger_for("签署"))


@pure_only("actions")
@pytest.mark.parametrize(
    "text",
    [
        "如果伊朗继续发展核武器，美国将对伊朗实施制裁。",  # hypothetical: a condition open before
        "美国保留对俄罗斯实施制裁的权利。",  # a reservation
        "中方愿同美方加强沟通，深化合作。",  # a wish that goes on (symmetric: settled first)
        "日本计划向乌克兰提供援助，但最终未能成行。",  # intended, undone by a later clause
        "俄罗斯没有对乌克兰发动新的袭击。",  # negated by the clause's own cue
        "美国对中国加征关税、出口管制。",  # a listed noun after 、 shares the act
        "为达成停火协议，以色列与哈马斯举行谈判。",  # a purpose clause before
        "美国国务院宣布驱逐两名俄罗斯外交官。",
    ],
)
def test_lazy_status_written(text, monkeypatch):
    lazy = events_of(text)
    monkeypatch.setattr(actions, "_status_only_carried", lambda trig: False)
    assert lazy == events_of(text)
