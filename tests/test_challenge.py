"""The challenge set (tests/challenge_data.py): sentences written for the tests, by event type and
frame, each checked both ways like ``kg eval`` does: every expected event must be found (recall)
and every event found must be one a reader would annotate (precision).

An expected field may list alternatives (王毅|中国); a type starting with ``?`` marks an event a
second annotator might add: it is accepted when found but not required. Known failures are listed
with their reason in ``challenge_data.KNOWN`` and run as strict xfails, so a fix shows up.

The short articles of tests/challenge_articles.py are scored together, micro-averaged like
``kg eval``; the test holds the floor the extractor has reached.
"""

from __future__ import annotations

import pytest
from challenge_articles import ARTICLES
from challenge_data import ALL, KNOWN
from test_capabilities import events_of

Event = tuple[str, str, str, str]


def _matches(found: Event, pattern: Event) -> bool:
    """Whether a found event fits a pattern; symmetric types may come in either order."""
    from kg.model import SYMMETRIC_TYPES

    s, kind, o, status = pattern
    kinds = set(kind.lstrip("?").split("|"))
    if found[1] not in kinds or found[3] not in status.split("|"):
        return False
    subjects, objects = set(s.split("|")), set(o.split("|"))
    if found[0] in subjects and found[2] in objects:
        return True
    return found[1] in SYMMETRIC_TYPES and found[2] in subjects and found[0] in objects


def misses_and_extras(found: set[Event], expected: set[Event]) -> tuple[list, list]:
    required = [p for p in expected if not p[1].startswith("?")]
    misses = [p for p in required if not any(_matches(f, p) for f in found)]
    extras = [f for f in found if not any(_matches(f, p) for p in expected)]
    return sorted(misses), sorted(extras)


def _params():
    params = []
    for section, rows in ALL.items():
        for number, row in enumerate(rows, 1):
            row_id = f"{section}-{number:02d}"
            reason = KNOWN.get(row_id)
            marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
            params.append(pytest.param(row[0], row[1], id=row_id, marks=marks))
    return params


@pytest.mark.parametrize(("text", "expected"), _params())
def test_challenge(text: str, expected: set[Event]) -> None:
    misses, extras = misses_and_extras(events_of(text), expected)
    assert not misses and not extras, f"missed {misses}, extra {extras}"


#: the precision and recall the extractor reaches on the challenge articles; a change that
#: lowers either is a regression (raise these as the extractor gets better)
ARTICLE_FLOOR = {"precision": 0.86, "recall": 0.75}


def test_challenge_articles() -> None:
    correct = found = hits = wanted = 0
    report = []
    for number, (text, expected) in enumerate(ARTICLES, 1):
        output = events_of(text, "2025-06-01")
        misses, extras = misses_and_extras(output, expected)
        required = [p for p in expected if not p[1].startswith("?")]
        found += len(output)
        correct += len(output) - len(extras)
        wanted += len(required)
        hits += len(required) - len(misses)
        if misses or extras:
            report.append(f"article {number}: missed {misses}, extra {extras}")
    precision, recall = correct / max(found, 1), hits / max(wanted, 1)
    summary = f"P {precision:.3f} R {recall:.3f}\n" + "\n".join(report)
    assert precision >= ARTICLE_FLOOR["precision"], summary
    assert recall >= ARTICLE_FLOOR["recall"], summary
