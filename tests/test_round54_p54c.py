"""The fifty-fourth round's speed pass on actions and dates (p54c) gives what the long way gave.

* dates: ``_may_hold_date`` says what ``_DATE_HINT.search`` says (its letters are tested by
  ``in`` first), and ``_is_future`` what the one search of ``_FUTURE_BEFORE`` said (the search
  is made only where one of the letters every cue holds stands in the eight before);
* actions: ``_cue_positions`` scans with loops what the generator expressions over the skipped
  spans gave, on sentences, on every cut of them and on random spans to skip;
* Action, _Undecided and Discourse write their own ``__init__`` (compiled, a C function): the
  fields, defaults, equality, ``dataclasses.replace`` and pickling are the dataclasses' ones.

Checked on the texts of the dev and Terminus dev articles, on written sentences and on random
strings of the letters the patterns read.
"""

from __future__ import annotations

import pickle
import random
from collections.abc import Iterator, Sequence
from dataclasses import fields, replace
from pathlib import Path

from kg import actions, dates
from kg.actions import Action, Discourse, _Undecided
from kg.articles import iter_articles
from kg.lexicon import Cue, cue_pattern, cues, trigger_for
from kg.model import Actor, Mention, Skipped
from kg.sentences import split_sentences

WRITTEN = [
    "2023年5月6日至8日，两国外长在北京举行会谈；会谈后发表联合声明。",
    "两国领导人将于2019年2月27日至28日在河内会晤，次日发表声明",
    "今（27）日，外交部发言人表示，上周四的会谈取得进展",
    "2025-03-06, 2025/3/6 和 2019.2.27 的三次会议，以及 2018—2019年 的谈判",
    "原定于下周举行的会谈，拟于明（28）日，计划在周五，预计于当地时间3日，定在6日",
    "美国不会也不应该继续对伊朗实施制裁，双方拟将于明年恢复谈判，但尚未决定",
]
ALPHABET = (
    "0123456789三年月日号周天晨早晚夜时星礼拜期将定于在拟计划预原明（(当地时间北京 -/.的会谈不"
)


def _texts() -> list[str]:
    root = Path(__file__).resolve().parents[1]
    folders = [str(root / "eval" / "dev"), str(root / "eval" / "terminus-dev")]
    found = [a for a in iter_articles(folders) if not isinstance(a, Skipped)]
    return [s.text for a in found for s in split_sentences(a)] + WRITTEN


def _random_texts(count: int, longest: int = 14, seed: int = 54) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choices(ALPHABET, k=rng.randint(0, longest))) for _ in range(count)]


TEXTS = _texts()


def test_may_hold_date_is_the_hint_search():
    for text in TEXTS + _random_texts(20000):
        assert dates._may_hold_date(text) == bool(dates._DATE_HINT.search(text)), text


def _is_future_before(text: str, start: int, end: int) -> bool:
    """kg/dates.py's _is_future before this round."""
    return bool(dates._FUTURE_BEFORE.search(text[max(0, start - 8) : start])) or text.startswith(
        "将", end
    )


def test_is_future_is_the_one_search():
    for text in TEXTS[:3000] + _random_texts(5000):
        for start in range(len(text) + 1):
            end = min(len(text), start + 3)
            assert dates._is_future(text, start, end) == _is_future_before(text, start, end), (
                text,
                start,
            )


def _cue_positions_before(
    text: str, start: int, end: int, skip: Sequence[tuple[int, int]] = ()
) -> Iterator[tuple[int, Cue]]:
    """kg/actions.py's _cue_positions before this round."""
    table = cues()
    search = cue_pattern().search
    pos = start
    while pos < end:
        span_end = next((e for s, e in skip if s <= pos < e), None)
        if span_end is not None:
            pos = span_end
            continue
        match = search(text, pos, end)
        if match is None:
            return
        span_start = min((s for s, _ in skip if pos < s <= match.start()), default=None)
        if span_start is not None:
            pos = span_start
            continue
        cue = table[match.group()]
        if cue.kind != "nonneg":
            yield match.start(), cue
        pos = match.end()


def test_cue_positions_are_the_generator_expressions():
    rng = random.Random(54)
    for text in TEXTS:
        n = len(text)
        for _ in range(3):
            spans = []
            for _ in range(rng.randint(0, 6)):
                s = rng.randint(0, n)
                spans.append((s, min(n + 2, s + rng.randint(1, 6))))
            start = rng.randint(0, max(0, n // 3))
            end = rng.randint(start, n + 1)
            got = list(actions._cue_positions(text, start, end, spans))
            assert got == list(_cue_positions_before(text, start, end, spans)), (text, spans)
        assert list(actions._cue_positions(text, 0, n)) == list(_cue_positions_before(text, 0, n))


def _mention(text: str, start: int) -> Mention:
    actor = Actor("USA", "美国", "Country")
    return Mention(actor, text, start, start + len(text))


def test_written_inits_are_the_dataclasses():
    trig = trigger_for("制裁")
    assert trig is not None
    a, b = _mention("美国", 0), _mention("伊朗", 4)
    act = Action(a, b, trig, 2, "asserted", 0.9)
    assert [f.name for f in fields(Action)] == [
        "subject",
        "object",
        "trigger",
        "trigger_start",
        "status",
        "confidence",
        "frame",
    ]
    assert act.frame == ""
    assert act == Action(a, b, trig, 2, "asserted", 0.9, "")
    assert hash(act) == hash(Action(a, b, trig, 2, "asserted", 0.9, ""))
    later = replace(act, status="intended", frame="x")
    assert (later.status, later.frame, later.subject, later.confidence) == ("intended", "x", a, 0.9)
    assert pickle.loads(pickle.dumps(act)) == act
    kw = Action(
        subject=a, object=b, trigger=trig, trigger_start=2, status="negated", confidence=1.0
    )
    assert kw.confidence == 1.0 and kw.status == "negated"
    undecided = _Undecided(["ought"], True, False, None)
    assert undecided.carried_out is False
    assert undecided == _Undecided(["ought"], True, False, None, False)
    assert replace(undecided, first=3).first == 3
    told = Discourse()
    assert told.speaker(3) is None and told.co_speakers(a) == [a]
    assert told.sides(["x"]) is None and told.askers() == [] and told.called_off(a) is False
    other = Discourse(speaker=lambda pos: a)
    assert other.speaker(0) is a and other.agent("x") is None


def test_with_status_is_replace():
    trig = trigger_for("制裁")
    assert trig is not None
    a, b = _mention("美国", 0), _mention("伊朗", 4)
    for frame in ("", "compound", "ba"):
        act = Action(a, b, trig, 2, "pending", 0.7, frame)
        for status in ("asserted", "intended", "negated", "hypothetical"):
            made = actions._with_status(act, status)
            assert made == replace(act, status=status)
            assert type(made) is Action and made.frame == frame
