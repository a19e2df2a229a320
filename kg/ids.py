"""Stable identifiers of events, reports and posts, computed from the JSON shape of a record.

One place, so that the RDF nodes (``kgid:event/<digest>``), the edge ids of the network, the
GraphML and GEXF files (``ev-<digest>``) and the store agree in every run and every process.

* An **event** is what happened: the same actors, event type, status and date, from however
  many sentences and articles report it (ICEWS and GDELT deduplicate the same way). An event
  without a date cannot be told apart from another one, so it stays the event of its sentence.
* A **report** is one sentence of one article stating an event, with the fine predicate, the
  trigger and the mentions as extracted. An event has one or more reports.
* A **post** is a person's post in an organisation, as stated in one sentence.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Mapping
from typing import Any

from .model import SYMMETRIC_TYPES

__all__ = ["event_digest", "report_digest", "post_digest", "norm_path", "actor_key", "digest"]


def event_digest(record: Mapping[str, Any]) -> str:
    """The digest of the event a record reports (see the module notes)."""
    subject, obj, kind = _pair(record)
    status = _text(record.get("status")) or "asserted"
    date = _text(record.get("date"))
    if date:
        return digest(("event", subject, obj, kind, status, date))
    return digest(("event", *_span(record), subject, obj, kind, status))


def report_digest(record: Mapping[str, Any]) -> str:
    """The digest of one report: article, sentence span, actors, fine predicate and status.

    For the symmetric types the two actors are sorted, so "B meets A" read from the same
    sentence as "A meets B" is the same report.
    """
    subject, obj, _ = _pair(record)
    predicate = _text(record.get("predicate"))
    return digest((*_span(record), subject, predicate, obj, _text(record.get("status"))))


def post_digest(record: Mapping[str, Any]) -> str:
    """The digest of a ROLE record (person, organisation, title, sentence)."""
    subject = actor_key(record.get("subject") or {})
    obj = actor_key(record.get("object") or {})
    return digest((*_span(record), subject, obj, _text(record.get("title"))))


def actor_key(actor: Mapping[str, Any]) -> str:
    """Unknown actors may lack a key; their label is their key (as in ``Actor.key``)."""
    return _text(actor.get("key")) or _text(actor.get("label")) or _text(actor.get("mention"))


def norm_path(path: str) -> str:
    """``./a.txt`` and ``a.txt`` are one article."""
    return os.path.normpath(path).replace(os.sep, "/")


def digest(parts: Iterable[Any], size: int = 24) -> str:
    if type(parts) is not tuple and type(parts) is not list:
        parts = tuple(parts)  # (read twice below)
    try:
        joined = "\x1f".join(parts)  # the usual case: all strings, joined in C
    except TypeError:
        joined = "\x1f".join("" if part is None else str(part) for part in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:size]


def _pair(record: Mapping[str, Any]) -> tuple[str, str, str]:
    subject = actor_key(record.get("subject") or {})
    obj = actor_key(record.get("object") or {})
    kind = _text(record.get("event_type"))
    if kind in SYMMETRIC_TYPES:
        subject, obj = sorted((subject, obj))
    return subject, obj, kind


def _span(record: Mapping[str, Any]) -> tuple[str, str, str]:
    return (
        norm_path(_text(record.get("source"))),
        _text(record.get("sentence_start")),
        _text(record.get("sentence_end")),
    )


def _text(value: Any) -> str:
    return "" if value is None else str(value)
