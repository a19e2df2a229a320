"""A learned score of the extractor's events: P(an annotator accepts it | how it was found).

The rules of kg/actions.py propose events; this module gives each one named features (its
type, predicate and trigger, the frame that found its target, its actors' types and how they
were reached, the letters around the trigger and before each actor, the clause breaks between
them, what the article's other events say of its key) and a logistic model (weights in
``ontology/learned/event_filter.tsv``, trained by ``tools/train_event_filter.py`` on the
readable gold sets) says how likely an annotator would accept it. That probability is the
event's ``confidence`` (the hand-set sum of ontology/confidence.tsv predicted correctness
worse than a constant: README "Confidence"); an event under the file's threshold is dropped
(the threshold is 0 while cross-validation finds no gain in dropping: none is).

Features are plain strings ``name=value``; the model's score is the sum of the weights of
the features an event has (unknown ones weigh 0), plus the bias, through the logistic.
``KG_NO_EVENT_FILTER=1`` switches the model off (the rules' events and confidences as they
were: what the model is trained on).
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Final

from .lexicon import confidence_weights
from .model import SYMMETRIC_TYPES, Event, Mention
from .resources import ontology_file

__all__ = [
    "event_features",
    "article_features",
    "FilterModel",
    "load_filter",
    "score_events",
]

#: Characters that tie an actor to the verb (对美国, 向, 与, 被): the one before each actor.
_TIES: Final = frozenset("对向与同跟和给从在于据为被由把将就及、")
_SPEECH: Final = ("表示", "说", "称", "指出", "强调", "认为", "透露", "宣布", "声称")
#: Words whose presence in the sentence may say the act is not reported as done.
_CUES: Final = ("如果", "是否", "？", "?", "不", "没有", "未", "将", "希望", "要求", "呼吁")
_BREAKS: Final = ",，;；:："
_OFF_ENV: Final = "KG_NO_EVENT_FILTER"


def _bucket(n: int, edges: Sequence[int]) -> str:
    for edge in edges:
        if n <= edge:
            return str(edge)
    return f">{edges[-1]}"


def _before(text: str, at: int) -> str:
    """The character before ``at`` in the sentence, a tie word or another kind of letter."""
    if at <= 0:
        return "^"
    ch = text[at - 1]
    if ch in _TIES:
        return ch
    if ch in ",，;；:：":
        return ","
    if ch in '“「『"':
        return "q"
    return "x"


def _in_quote(text: str, at: int) -> bool:
    head = text[:at]
    return head.count("“") + head.count("「") > head.count("”") + head.count("」")


def _form(mention: Mention) -> str:
    """How the actor is named: by a name, a short form (美方), a compound, or a reference."""
    if mention.via in ("coref", "role"):
        return "ref"
    if mention.via == "compound":
        return "compound"
    return "name" if mention.text == mention.actor.label else "short"


def _clauses(text: str, a: int, b: int) -> str:
    """How many clause breaks stand between two places of the sentence (0, 1, 2 or more)."""
    lo, hi = (a, b) if a <= b else (b, a)
    return str(min(sum(text.count(c, lo, hi) for c in _BREAKS), 2))


def event_features(event: Event) -> list[str]:
    """The named features of one event, from the event and its sentence alone."""
    s, o = event.subject, event.object
    sent = event.sentence
    text = sent.text
    base = sent.start
    trig = event.trigger_start - base
    tend = trig + len(event.trigger)
    s_at, o_at = s.start - base, o.start - base
    s_in = 0 <= s_at < len(text) and s.end > s.start
    o_in = 0 <= o_at < len(text) and o.end > o.start
    st, ot = s.actor.type, o.actor.type
    type_ = event.event_type
    frame = str(event.extra.get("frame") or "none")
    status = event.status
    feats = [
        "type=" + type_,
        "pred=" + event.predicate,
        "trig=" + event.trigger,
        "trig_otype=" + event.trigger + "|" + ot,
        "pred_pair=" + event.predicate + "|" + st + "|" + ot,
        "frame=" + frame,
        "frame_type=" + frame + "|" + type_,
        "frame_stype=" + frame + "|" + st,
        "frame_otype=" + frame + "|" + ot,
        "stype=" + st,
        "otype=" + ot,
        "pair=" + st + "|" + ot,
        "stype_type=" + st + "|" + type_,
        "otype_type=" + ot + "|" + type_,
        "svia=" + s.via,
        "ovia=" + o.via,
        "svia_type=" + s.via + "|" + type_,
        "ovia_type=" + o.via + "|" + type_,
        "sform=" + _form(s),
        "oform=" + _form(o),
        "status=" + status,
        "status_type=" + status + "|" + type_,
        "status_frame=" + status + "|" + frame,
        "date=" + event.date_from,
        "t_prev=" + (text[trig - 1] if trig > 0 else "^"),
        "t_prev2=" + text[max(0, trig - 2) : trig],
        "t_next=" + (text[tend] if tend < len(text) else "$"),
        "t_next2=" + text[tend : tend + 2],
        "sent=" + _bucket(sent.index, (0, 2, 5, 10)),
        "len=" + _bucket(len(text), (20, 40, 80, 160)),
    ]
    if not s.actor.known:
        feats.append("s_unknown")
    if not o.actor.known:
        feats.append("o_unknown")
    if s.actor.country and s.actor.country == o.actor.key:
        feats.append("s_of_o")
    if o.actor.country and o.actor.country == s.actor.key:
        feats.append("o_of_s")
    if s.actor.country and s.actor.country == o.actor.country:
        feats.append("same_country")
    if s.group is not None and s.group == o.group:
        feats.append("same_group")
    if s_in:
        feats.append("s_before=" + _before(text, s_at))
        feats.append("s_side=" + ("pre" if s.start < event.trigger_start else "post"))
        feats.append("s_dist=" + _bucket(abs(trig - s_at), (2, 5, 10, 20, 40)))
        feats.append("s_clause=" + _clauses(text, trig, s_at))
    else:
        feats.append("s_out")
    if o_in:
        before = _before(text, o_at)
        feats.append("o_before=" + before)
        feats.append("o_before_type=" + before + "|" + type_)
        feats.append("o_before_frame=" + before + "|" + frame)
        feats.append("o_side=" + ("pre" if o.start < event.trigger_start else "post"))
        feats.append("o_dist=" + _bucket(abs(trig - o_at), (2, 5, 10, 20, 40)))
        feats.append("o_clause=" + _clauses(text, trig, o_at))
    else:
        feats.append("o_out")
    if s_in and o_in:
        lo, hi = sorted((s.end - base, o_at))
        feats.extend("between=" + ch for ch in sorted(set(text[lo:hi]) & _TIES))
    if _in_quote(text, trig):
        feats.append("in_quote")
    if any(w in text[:trig] for w in _SPEECH):
        feats.append("speech_before")
    feats.extend("has=" + w for w in _CUES if w in text)
    return feats


def _key(event: Event) -> tuple[str, str, str]:
    a, b = event.subject.actor.key, event.object.actor.key
    if event.event_type in SYMMETRIC_TYPES and b < a:
        a, b = b, a
    return (a, event.event_type, b)


def article_features(events: Sequence[Event]) -> list[list[str]]:
    """Each event's features, with what the article's other events say of it: how many
    records give its key, and in how many sentences."""
    counts: dict[tuple[str, str, str], int] = {}
    sentences: dict[tuple[str, str, str], set[int]] = {}
    for event in events:
        key = _key(event)
        counts[key] = counts.get(key, 0) + 1
        sentences.setdefault(key, set()).add(event.sentence.index)
    result = []
    for event in events:
        key = _key(event)
        feats = event_features(event)
        feats.append("records=" + _bucket(counts[key], (1, 2, 4)))
        feats.append("key_sents=" + _bucket(len(sentences[key]), (1, 2, 4)))
        result.append(feats)
    return result


class FilterModel:
    """Weights by feature name, a bias and the threshold below which events are dropped."""

    def __init__(self, weights: dict[str, float], bias: float, threshold: float) -> None:
        self.weights = weights
        self.bias = bias
        self.threshold = threshold

    def probability(self, features: Iterable[str]) -> float:
        weights = self.weights
        z = self.bias
        for name in features:
            z += weights.get(name, 0.0)
        return 1.0 / (1.0 + math.exp(-z))

    @classmethod
    def parse(cls, lines: Iterable[str]) -> FilterModel:
        """Read the TSV: ``# threshold<TAB>x`` and ``bias``/feature lines ``name<TAB>w``."""
        weights: dict[str, float] = {}
        bias, threshold = 0.0, 0.0
        for line in lines:
            line = line.rstrip("\n")
            if line.startswith("#") or not line.strip():
                continue
            name, _, value = line.rpartition("\t")
            if name == "bias":
                bias = float(value)
            elif name == "threshold":
                threshold = float(value)
            elif name != "feature":
                weights[name] = float(value)
        return cls(weights, bias, threshold)


@lru_cache(maxsize=1)
def load_filter() -> FilterModel | None:
    """The shipped model, or None when there is none (or KG_NO_EVENT_FILTER is set)."""
    if os.environ.get(_OFF_ENV):
        return None
    path = ontology_file("learned", "event_filter.tsv")
    if not path.is_file():
        return None
    with open(path, encoding="utf-8") as handle:
        return FilterModel.parse(handle)


def score_events(events: list[Event], model: FilterModel | None = None) -> list[Event]:
    """The article's events with the model's probability as their confidence (two decimals,
    as records give it, within confidence.tsv's floor and ceiling), those under the model's
    threshold left out; the events as they are when there is no model."""
    model = model if model is not None else load_filter()
    if model is None or not events:
        return events
    weights = confidence_weights()  # (the hand-set score's bounds hold for this one too)
    floor, ceiling = weights.get("floor", 0.05), weights.get("ceiling", 0.95)
    scored = []
    for event, feats in zip(events, article_features(events), strict=True):
        p = model.probability(feats)
        if p >= model.threshold:
            scored.append(replace(event, confidence=round(max(floor, min(ceiling, p)), 2)))
    return scored
