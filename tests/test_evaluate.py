"""Tests of kg.evaluate: scoring exactly as GUIDELINES.md "Scoring" says, and gold checking."""

from __future__ import annotations

import copy
import doctest
import json
from pathlib import Path
from typing import Any

import pytest

import kg.evaluate
from kg.evaluate import (
    Counts,
    FalsePositive,
    Miss,
    format_report,
    gold_as_output,
    load_gold,
    parse_gold,
    score,
)
from kg.exceptions import EvalError

SEEDS_GOLD = Path(__file__).resolve().parents[1] / "eval" / "seeds.gold.jsonl"

ENTITIES = {
    "USA": {"type": "Country", "aliases": ["美国", "美方"]},
    "US_TREASURY": {"type": "Organization", "aliases": ["美国财政部", "财政部"]},
    "PRK": {"type": "Country", "aliases": ["朝鲜", "朝方"]},
    "KOR": {"type": "Country", "aliases": ["韩国"]},
    "HEGSETH": {"type": "Person", "aliases": ["赫格塞思", "皮特·赫格塞思"]},
    "US_DOD": {"type": "Organization", "aliases": ["美国国防部", "国防部"]},
}


def _article(events: list[dict], roles: list[dict] | None = None, **fields: Any) -> dict:
    article = {
        "id": "a1",
        "file": "a1.txt",
        "date": "2025-11-04",
        "entities": copy.deepcopy(ENTITIES),
        "events": events,
        "roles": roles or [],
    }
    article.update(fields)
    return article


def _gold(*articles: dict) -> list:
    return parse_gold([json.dumps(a, ensure_ascii=False) for a in articles], path="t.jsonl")


def _ev(s: str, type_: str, o: str, status: str = "asserted", **extra: Any) -> dict:
    return {"s": s, "type": type_, "o": o, "status": status, "evidence": f"{s}{type_}{o}", **extra}


def _out(
    s: str | dict,
    type_: str,
    o: str | dict,
    status: str = "asserted",
    source: str = "articles/a1.txt",
    sentence: str = "句子。",
) -> dict:
    """An output record; a str actor is used as both label and mention."""
    actor = lambda a: a if isinstance(a, dict) else {"label": a, "mention": a}  # noqa: E731
    return {
        "subject": actor(s),
        "object": actor(o),
        "event_type": type_,
        "status": status,
        "source": source,
        "sentence": sentence,
    }


SANCTION = _article([_ev("USA", "SANCTION", "PRK")])


# --- actor mapping ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "subject, found",
    [
        ({"label": "美国", "mention": "美国"}, True),  # both are aliases
        ({"label": "美利坚", "mention": "美方"}, True),  # mention is an alias
        ({"label": "美国", "mention": "他"}, True),  # label is an alias (coreference)
        ({"label": " 美国 ", "mention": "\u3000美方\n"}, True),  # whitespace trimmed
        ({"label": "美国", "mention": "美国财政部"}, False),  # mention first: US_TREASURY
        ({"label": "美国财政部", "mention": "美方"}, True),  # mention first: USA
        ({"label": "美利坚", "mention": "他"}, False),  # neither: stays "美利坚"
        ({"label": "", "mention": "美"}, False),  # partial alias is no alias
        ({"mention": "美方"}, True),  # label missing
        ({"label": "美国", "mention": None}, True),  # mention null
    ],
)
def test_actor_maps_by_mention_then_label(subject: dict, found: bool) -> None:
    report = score(_gold(SANCTION), [_out(subject, "SANCTION", "朝鲜")])
    assert (report.events.found, report.events.tp, report.events.fp) == (
        (1, 1, 0) if found else (0, 0, 1)
    )


def test_unmapped_actor_stays_as_quoted_label() -> None:
    report = score(
        _gold(SANCTION), [_out({"label": "美利坚", "mention": "他"}, "SANCTION", "朝方")]
    )
    assert report.false_positives[0].key == ('"美利坚"', "SANCTION", "PRK")
    assert report.false_positives[0].subject_mention == "他"


def test_unmapped_label_never_equals_an_entity_id() -> None:
    report = score(_gold(SANCTION), [_out("USA", "SANCTION", "PRK")])
    assert report.events == Counts(tp=0, fp=1, fn=1, found=0)


# --- keys ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "gold_event, output, found",
    [
        (_ev("USA", "CONSULT", "PRK"), _out("美国", "CONSULT", "朝鲜"), True),
        (_ev("USA", "CONSULT", "PRK"), _out("朝鲜", "CONSULT", "美国"), True),  # symmetric
        (_ev("PRK", "AGREE", "USA"), _out("美方", "AGREE", "朝方"), True),  # symmetric
        (_ev("USA", "COOPERATE", "KOR"), _out("韩国", "COOPERATE", "美国"), True),  # symmetric
        (_ev("USA", "SANCTION", "PRK"), _out("朝鲜", "SANCTION", "美国"), False),  # directed
        (_ev("USA", "ACCUSE", "PRK"), _out("朝鲜", "ACCUSE", "美国"), False),  # directed
        (_ev("USA", "SANCTION", "PRK"), _out("美国", "THREATEN", "朝鲜"), False),  # other type
    ],
)
def test_symmetric_types_match_both_ways(gold_event: dict, output: dict, found: bool) -> None:
    report = score(_gold(_article([gold_event])), [output])
    assert report.events.found == int(found)
    assert report.events.precision == (1.0 if found else 0.0)


@pytest.mark.parametrize(
    "alt, output, plain, strict",
    [
        # s/o swap: either direction is accepted
        ([{"s": "PRK", "o": "USA"}], _out("朝鲜", "ACCUSE", "美国"), True, True),
        ([{"s": "PRK", "o": "USA"}], _out("美国", "ACCUSE", "朝鲜"), True, True),
        # subject only: the organ instead of the country
        ([{"s": "US_TREASURY"}], _out("财政部", "ACCUSE", "朝鲜"), True, True),
        # type and status change together: only together
        (
            [{"type": "CONSULT", "status": "negated"}],
            _out("朝鲜", "CONSULT", "美国", "negated"),
            True,
            True,
        ),
        (
            [{"type": "CONSULT", "status": "negated"}],
            _out("美国", "CONSULT", "朝鲜", "asserted"),
            True,
            False,
        ),
        (
            [{"type": "CONSULT", "status": "negated"}],
            _out("美国", "ACCUSE", "朝鲜", "negated"),
            True,
            False,
        ),
        # status only
        ([{"status": "intended"}], _out("美国", "ACCUSE", "朝鲜", "intended"), True, True),
        # no alt for this reading
        ([{"s": "US_TREASURY"}], _out("韩国", "ACCUSE", "朝鲜"), False, False),
    ],
)
def test_alt_variant_accepted_in_place(alt: list, output: dict, plain: bool, strict: bool) -> None:
    report = score(_gold(_article([_ev("USA", "ACCUSE", "PRK", alt=alt)])), [output])
    assert (report.events.found, report.events.tp) == (int(plain), int(plain))
    assert (report.strict.found, report.strict.tp) == (int(strict), int(strict))


def test_event_and_its_alt_both_emitted_are_both_correct_but_one_found() -> None:
    gold = _gold(_article([_ev("USA", "ACCUSE", "PRK", alt=[{"s": "US_TREASURY"}])]))
    report = score(gold, [_out("美国", "ACCUSE", "朝鲜"), _out("财政部", "ACCUSE", "朝鲜")])
    assert report.events == Counts(tp=2, fp=0, fn=0, found=1)


def test_one_output_key_finds_two_gold_events() -> None:
    gold = _gold(
        _article(
            [_ev("USA", "CONSULT", "PRK"), _ev("US_TREASURY", "CONSULT", "PRK", alt=[{"s": "USA"}])]
        )
    )
    report = score(gold, [_out("美国", "CONSULT", "朝鲜")])
    assert report.events == Counts(tp=1, fp=0, fn=0, found=2)


def test_duplicates_in_output_counted_once() -> None:
    output = [
        _out("美国", "SANCTION", "朝鲜"),
        _out("美方", "SANCTION", "朝方"),
        _out("朝鲜", "CONSULT", "韩国"),
        _out("韩国", "CONSULT", "朝方", sentence="二。"),
    ]
    report = score(_gold(SANCTION), output)
    assert report.events == Counts(tp=1, fp=1, fn=0, found=1)
    assert report.false_positives == (
        FalsePositive(
            "a1", "a1.txt", "event", ("KOR", "CONSULT", "PRK"), "句子。", "朝鲜", "韩国", records=2
        ),
    )
    assert report.articles[0].records == 4


def test_strict_needs_the_status_plain_does_not() -> None:
    gold = _gold(
        _article([_ev("USA", "SANCTION", "PRK"), _ev("USA", "CONSULT", "PRK", "intended")])
    )
    output = [
        _out("美国", "SANCTION", "朝鲜", "asserted"),
        _out("美国", "CONSULT", "朝鲜", "asserted"),
        _out("美国", "CONSULT", "朝鲜", "negated"),
    ]
    report = score(gold, output)
    assert report.events == Counts(tp=2, fp=0, fn=0, found=2)
    assert report.strict == Counts(tp=1, fp=2, fn=1, found=1)
    assert report.misses == (
        Miss(
            "a1",
            "a1.txt",
            "status",
            ("PRK", "CONSULT", "USA", "intended"),
            "USACONSULTPRK",
            ("asserted", "negated"),
        ),
    )
    assert report.by_status["intended"] == Counts(tp=0, fp=0, fn=1, found=0)
    assert report.by_status["negated"] == Counts(tp=0, fp=1, fn=0, found=0)


def test_same_pair_under_two_statuses() -> None:
    gold = _gold(
        _article(
            [_ev("USA", "CONSULT", "PRK", "asserted"), _ev("USA", "CONSULT", "PRK", "intended")]
        )
    )
    report = score(gold, [_out("美国", "CONSULT", "朝鲜", "asserted")])
    assert report.events == Counts(tp=1, fp=0, fn=0, found=2)
    assert report.strict == Counts(tp=1, fp=0, fn=1, found=1)


# --- articles -----------------------------------------------------------------------------


def test_output_for_unknown_article_ignored_and_counted() -> None:
    output = [
        _out("美国", "SANCTION", "朝鲜"),
        _out("美国", "ACCUSE", "朝鲜", source="/x/other.txt"),
        _out("美国", "ACCUSE", "朝鲜", source="C:\\news\\b.txt"),
    ]
    report = score(_gold(SANCTION), output)
    assert report.events == Counts(tp=1, fp=0, fn=0, found=1)
    assert (report.output_records, report.unmatched_output) == (3, 2)
    assert report.unmatched_sources == ("b.txt", "other.txt")


def test_article_matched_by_base_name_of_source() -> None:
    output = [_out("美国", "SANCTION", "朝鲜", source="C:\\news\\a1.txt")]
    assert score(_gold(SANCTION), output).events.found == 1
    output = [_out("美国", "SANCTION", "朝鲜", source="a1.txt.bak")]
    assert score(_gold(SANCTION), output).events.found == 0


def test_gold_article_without_output_counts_zero_found() -> None:
    gold = _gold(
        SANCTION,
        _article(
            [_ev("USA", "ACCUSE", "PRK"), _ev("PRK", "ACCUSE", "USA")], id="a2", file="a2.txt"
        ),
    )
    report = score(gold, [_out("美国", "SANCTION", "朝鲜")])
    assert report.events == Counts(tp=1, fp=0, fn=2, found=1)
    assert [(a.id, a.events.found, a.events.fn, a.records) for a in report.articles] == [
        ("a1", 1, 0, 1),
        ("a2", 0, 2, 0),
    ]
    assert [m.key for m in report.misses] == [
        ("USA", "ACCUSE", "PRK", "asserted"),
        ("PRK", "ACCUSE", "USA", "asserted"),
    ]


def test_aliases_are_per_article() -> None:
    a2 = _article([_ev("USA", "SANCTION", "PRK")], id="a2", file="a2.txt")
    a2["entities"]["USA"]["aliases"] = ["华府"]
    output = [_out("华府", "SANCTION", "朝鲜"), _out("华府", "SANCTION", "朝鲜", source="a2.txt")]
    report = score(_gold(SANCTION, a2), output)
    assert [a.events.found for a in report.articles] == [0, 1]


def test_several_gold_files_scored_together(tmp_path: Path) -> None:
    (tmp_path / "seeds.gold.jsonl").write_text(json.dumps(SANCTION) + "\n", encoding="utf-8")
    dev = _article([_ev("PRK", "ACCUSE", "USA")], id="d1", file="d1.txt")
    (tmp_path / "dev.gold.jsonl").write_text(json.dumps(dev) + "\n", encoding="utf-8")
    gold = load_gold(tmp_path / "seeds.gold.jsonl") + load_gold(tmp_path / "dev.gold.jsonl")
    output = [_out("美国", "SANCTION", "朝鲜"), _out("朝鲜", "ACCUSE", "美国", source="d1.txt")]
    assert score(gold, output).events == Counts(tp=2, fp=0, fn=0, found=2)
    held_out = [a for a in gold if a.path.endswith("dev.gold.jsonl")]
    report = score(held_out, output)
    assert (report.events, report.unmatched_output) == (Counts(1, 0, 0, 1), 1)


def test_two_gold_articles_with_one_file_name_refused() -> None:
    gold = _gold(SANCTION) + parse_gold([json.dumps(_article([], id="b1"))], path="u.jsonl")
    with pytest.raises(EvalError) as exc:
        score(gold, [])
    assert str(exc.value) == (
        "articles 'a1' (t.jsonl line 1) and 'b1' (u.jsonl line 1) have the same file 'a1.txt'"
    )


@pytest.mark.parametrize(
    "record, message",
    [
        ([], "output record 2: expected an object"),
        (
            {"subject": {}, "object": {}, "event_type": "ACCUSE", "status": "asserted"},
            "output record 2: missing key 'source'",
        ),
        (
            {"subject": {}, "object": {}, "event_type": "ACCUSE", "source": "a1.txt"},
            "output record 2: missing key 'status'",
        ),
        (
            {
                "subject": "美国",
                "object": {},
                "event_type": "ACCUSE",
                "status": "asserted",
                "source": "a1.txt",
            },
            "output record 2: 'subject' must be an object",
        ),
    ],
)
def test_malformed_output_record(record: Any, message: str) -> None:
    with pytest.raises(EvalError) as exc:
        score(_gold(SANCTION), [_out("美国", "SANCTION", "朝鲜"), record])
    assert str(exc.value) == message


# --- roles --------------------------------------------------------------------------------

ROLES = _article(
    [_ev("USA", "SANCTION", "PRK")],
    [{"person": "HEGSETH", "org": "US_DOD", "title": "国防部长", "alt": [{"org": "USA"}]}],
)


def _role(person: str, org: str, source: str = "a1.txt") -> dict:
    record = _out(person, "ROLE", org, source=source)
    del record["status"]  # a role needs no status
    return record


@pytest.mark.parametrize(
    "output, counts",
    [
        ([_role("赫格塞思", "国防部")], Counts(1, 0, 0, 1)),
        ([_role("皮特·赫格塞思", "美国")], Counts(1, 0, 0, 1)),  # alt org
        ([_role("赫格塞思", "国防部"), _role("赫格塞思", "美方")], Counts(2, 0, 0, 1)),
        ([_role("赫格塞思", "国防部"), _role("赫格塞思", "美国国防部")], Counts(1, 0, 0, 1)),
        ([_role("国防部", "赫格塞思")], Counts(0, 1, 1, 0)),  # direction matters
        ([_role("赫格塞思", "韩国")], Counts(0, 1, 1, 0)),
        ([], Counts(0, 0, 1, 0)),
    ],
)
def test_roles_scored_over_person_org_keys(output: list, counts: Counts) -> None:
    report = score(_gold(ROLES), output)
    assert report.roles == counts


def test_roles_and_events_kept_apart() -> None:
    report = score(_gold(ROLES), [_role("美国", "朝鲜"), _out("赫格塞思", "SANCTION", "国防部")])
    assert report.events == Counts(tp=0, fp=1, fn=1, found=0)
    assert report.roles == Counts(tp=0, fp=1, fn=1, found=0)
    assert "ROLE" not in report.by_type
    assert [(m.kind, m.key, m.text) for m in report.misses] == [
        ("event", ("USA", "SANCTION", "PRK", "asserted"), "USASANCTIONPRK"),
        ("role", ("HEGSETH", "US_DOD"), "国防部长"),
    ]
    assert [(f.kind, f.key) for f in report.false_positives] == [
        ("event", ("HEGSETH", "SANCTION", "US_DOD")),
        ("role", ("USA", "PRK")),
    ]


# --- arithmetic ---------------------------------------------------------------------------


def test_precision_recall_f1_micro_averaged() -> None:
    a1 = _article(
        [
            _ev("USA", "SANCTION", "PRK"),
            _ev("USA", "ACCUSE", "PRK"),
            _ev("PRK", "ACCUSE", "USA"),
            _ev("PRK", "REJECT", "USA"),
        ]
    )
    a2 = _article([_ev("KOR", "CONSULT", "USA")], id="a2", file="a2.txt")
    output = [
        _out("美国", "SANCTION", "朝鲜"),
        _out("美国", "ACCUSE", "朝鲜"),
        _out("韩国", "ACCUSE", "朝鲜"),
        _out("美国", "CONSULT", "韩国", source="a2.txt"),
        _out("美国", "AID", "韩国", source="a2.txt"),
        _out("美国", "THREATEN", "韩国", source="a2.txt"),
    ]
    report = score(_gold(a1, a2), output)
    # a1: P 2/3, R 2/4; a2: P 1/3, R 1/1; micro: P 3/6, R 3/5 (macro P would be 1/2 too,
    # macro R 3/4)
    assert [a.events for a in report.articles] == [Counts(2, 1, 2, 2), Counts(1, 2, 0, 1)]
    assert report.events == Counts(tp=3, fp=3, fn=2, found=3)
    assert report.events.precision == 3 / 6
    assert report.events.recall == 3 / 5
    assert report.f1 == pytest.approx(2 * 0.5 * 0.6 / 1.1, rel=1e-12)
    assert report.by_type["ACCUSE"] == Counts(tp=1, fp=1, fn=1, found=1)
    assert report.by_type["REJECT"] == Counts(tp=0, fp=0, fn=1, found=0)
    assert list(report.by_type) == [
        "CONSULT",
        "AID",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "SANCTION",
    ]  # in the order of EVENT_TYPES


@pytest.mark.parametrize(
    "counts, p, r, f1",
    [
        (Counts(0, 0, 0, 0), 0.0, 0.0, 0.0),
        (Counts(0, 3, 2, 0), 0.0, 0.0, 0.0),
        (Counts(2, 0, 0, 2), 1.0, 1.0, 1.0),
        (Counts(1, 3, 0, 1), 0.25, 1.0, 0.4),
        (Counts(3, 1, 2, 2), 0.75, 0.5, 0.6),
    ],
)
def test_counts_ratios(counts: Counts, p: float, r: float, f1: float) -> None:
    assert (counts.precision, counts.recall) == (p, r)
    assert counts.f1 == pytest.approx(f1, rel=1e-12)


# --- gold checking ------------------------------------------------------------------------


def _with(change: Any) -> str:
    """A gold line: SANCTION-like article after ``change`` (a callable on the dict)."""
    article = _article(
        [_ev("USA", "SANCTION", "PRK"), _ev("USA", "CONSULT", "PRK", alt=[{"s": "US_TREASURY"}])],
        [{"person": "HEGSETH", "org": "US_DOD", "title": "国防部长"}],
    )
    change(article)
    return json.dumps(article, ensure_ascii=False)


def _set(path: str, value: Any) -> Any:
    def change(article: dict) -> None:
        *parents, last = path.split(".")
        target: Any = article
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        if value is _DELETE:
            del target[int(last) if last.isdigit() else last]
        else:
            target[int(last) if last.isdigit() else last] = value

    return change


_DELETE = object()
GOOD = _with(lambda a: None)


@pytest.mark.parametrize(
    "line, message",
    [
        (
            '{"id": "x", ',
            "line 2: invalid JSON: Expecting property name enclosed in double quotes (column 13)",
        ),
        ("[1, 2]", "line 2: expected a JSON object"),
        (_with(_set("file", _DELETE)), "line 2: missing key 'file'"),
        (_with(_set("roles", _DELETE)), "line 2: missing key 'roles'"),
        (_with(_set("id", " ")), "line 2: 'id' must be a non-empty string"),
        (_with(_set("events", {})), "line 2: 'events' must be a list"),
        (_with(_set("date", 20251104)), "line 2: 'date' must be a string or null"),
        (_with(_set("entities.PRK.aliases", [])), "line 2: entity 'PRK': no aliases"),
        (
            _with(_set("entities.PRK.aliases", "朝鲜")),
            "line 2: entity 'PRK': 'aliases' must be a list of strings",
        ),
        (
            _with(_set("entities.PRK.aliases", ["朝鲜", ""])),
            "line 2: entity 'PRK': 'aliases' must be a list of non-empty strings",
        ),
        (
            _with(_set("entities.PRK.type", "Nation")),
            "line 2: entity 'PRK': unknown type 'Nation' "
            "(use one of Country, Organization, Person, Group, Location)",
        ),
        (
            _with(_set("entities.KOR.aliases", ["韩国", " 朝方"])),
            "line 2: alias '朝方' belongs to both 'PRK' and 'KOR'",
        ),
        (GOOD.replace('"KOR": {', '"PRK": {'), "line 2: duplicate key 'PRK'"),
        (_with(_set("events.0.status", _DELETE)), "line 2: event 1: missing key 'status'"),
        (
            _with(_set("events.1.s", "FOO")),
            "line 2: event 2: subject 'FOO' is not an entity of the article",
        ),
        (_with(_set("events.0.o", "USA")), "line 2: event 1: subject and object are both 'USA'"),
        (_with(_set("events.0.type", "MEET")), "line 2: event 1: unknown event type 'MEET'"),
        (_with(_set("events.0.status", "done")), "line 2: event 1: unknown status 'done'"),
        (_with(_set("events.0.evidence", ["x"])), "line 2: event 1: 'evidence' must be a string"),
        (
            _with(_set("events.1.alt", {"s": "USA"})),
            "line 2: event 2: 'alt' must be a list of objects",
        ),
        (_with(_set("events.1.alt.0", {})), "line 2: event 2: alt 1: empty"),
        (
            _with(_set("events.1.alt.0", {"subject": "USA"})),
            "line 2: event 2: alt 1: unknown key 'subject' (use s, type, o, status)",
        ),
        (
            _with(_set("events.1.alt.0", {"o": "BAR"})),
            "line 2: event 2: alt 1: object 'BAR' is not an entity of the article",
        ),
        (
            _with(_set("events.1.alt.0", {"s": "PRK"})),
            "line 2: event 2: alt 1: subject and object are both 'PRK'",
        ),
        (
            _with(_set("events.1.alt.0", {"status": "maybe"})),
            "line 2: event 2: alt 1: unknown status 'maybe'",
        ),
        (
            _with(_set("events.0", _ev("USA", "CONSULT", "PRK"))),
            "line 2: event 2 repeats event 1 (PRK CONSULT USA asserted)",
        ),
        (
            _with(_set("events.0", _ev("PRK", "CONSULT", "USA"))),
            "line 2: event 2 repeats event 1 (PRK CONSULT USA asserted)",
        ),
        (
            _with(_set("roles.0.org", "BAZ")),
            "line 2: role 1: org 'BAZ' is not an entity of the article",
        ),
        (_with(_set("roles.0.person", _DELETE)), "line 2: role 1: missing key 'person'"),
        (
            _with(_set("roles.0.alt", [{"org": "BAZ"}])),
            "line 2: role 1: alt 1: org 'BAZ' is not an entity of the article",
        ),
        (
            _with(_set("roles.0.alt", [{"s": "USA"}])),
            "line 2: role 1: alt 1: unknown key 's' (use person, org, title)",
        ),
        (
            _with(_set("roles.0.alt", [{"person": "US_DOD"}])),
            "line 2: role 1: alt 1: person and org are both 'US_DOD'",
        ),
        (
            _with(lambda a: a["roles"].append(dict(a["roles"][0], title="部长"))),
            "line 2: role 2 repeats role 1 (HEGSETH US_DOD)",
        ),
        (_with(_set("file", "other.txt")), "line 2: article id 'a1' already used on line 1"),
        (_with(_set("id", "a2")), "line 2: file 'a1.txt' already used on line 1"),
        (
            _with(_set("id", "a2")).replace('"a1.txt"', '"dir/a1.txt"'),
            "line 2: file 'a1.txt' already used on line 1",
        ),
    ],
)
def test_malformed_gold_refused(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "bad.gold.jsonl"
    path.write_text(f"{GOOD}\n{line}\n\n", encoding="utf-8")
    with pytest.raises(EvalError) as exc:
        load_gold(path)
    assert str(exc.value) == f"{path}: {message}"
    assert exc.value.path == str(path)


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "no such file"),
        ("\n  \n", "no articles"),
        (b"\xff\xfe\x00", "not UTF-8 text"),
    ],
)
def test_unusable_gold_file(tmp_path: Path, content: str | bytes | None, message: str) -> None:
    path = tmp_path / "g.jsonl"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(EvalError) as exc:
        load_gold(path)
    assert str(exc.value) == f"{path}: {message}"


def test_gold_parsed_with_alt_applied(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text("\ufeff" + GOOD + "\n", encoding="utf-8")  # a BOM is tolerated
    (article,) = load_gold(path)
    assert (article.id, article.file, article.date, article.path, article.line) == (
        "a1",
        "a1.txt",
        "2025-11-04",
        str(path),
        1,
    )
    consult = article.events[1]
    assert [tuple(v) for v in consult.variants] == [
        ("USA", "CONSULT", "PRK", "asserted"),
        ("US_TREASURY", "CONSULT", "PRK", "asserted"),
    ]
    assert consult.keys() == {("PRK", "CONSULT", "USA"), ("PRK", "CONSULT", "US_TREASURY")}
    assert article.alias_index["财政部"] == "US_TREASURY"


# --- report text --------------------------------------------------------------------------


def test_format_report_lines_and_show() -> None:
    gold = _gold(
        _article(
            [_ev("USA", "SANCTION", "PRK"), _ev("USA", "CONSULT", "PRK", "intended")],
            [{"person": "HEGSETH", "org": "US_DOD", "title": "国防部长"}],
        )
    )
    output = [
        _out("美国", "CONSULT", "朝鲜"),
        _out("朝鲜", "ACCUSE", "美国", sentence="朝方谴责。"),
        _out("美国", "ACCUSE", "朝鲜", source="zz.txt"),
    ]
    report = score(gold, output)
    assert format_report(report).splitlines() == [
        "gold: 1 articles, 2 events, 1 roles; output: 3 records, 1 for no gold article",
        "events  P 0.500  R 0.500  F1 0.500  (tp 1 fp 1 fn 1, found 1/2)",
        "strict  P 0.000  R 0.000  F1 0.000  (tp 0 fp 2 fn 2, found 0/2)",
        "roles   P 0.000  R 0.000  F1 0.000  (tp 0 fp 0 fn 1, found 0/1)",
    ]
    shown = format_report(report, show=True)
    for line in [
        "  miss      USA SANCTION PRK asserted  | USASANCTIONPRK",
        "  status    PRK CONSULT USA intended  (output: asserted)  | USACONSULTPRK",
        "  fp        PRK ACCUSE USA  [朝鲜 / 美国]  | 朝方谴责。",
        "  miss role HEGSETH → US_DOD  | 国防部长",
        "== a1  a1.txt  (2 records)",
        "  ACCUSE     R 0/0  P 0/1",
        "output for files not in the gold: zz.txt",
    ]:
        assert line in shown.splitlines(), line


# --- the real gold ------------------------------------------------------------------------


def test_seeds_gold_is_valid() -> None:
    gold = load_gold(SEEDS_GOLD)
    assert [a.id for a in gold] == ["seed-000", "seed-004"]
    for article in gold:
        ids = {e.id for e in article.entities}
        for event in article.events:
            assert all({v.s, v.o} <= ids for v in event.variants)
        assert all({r.person, r.org} <= ids for r in article.roles)


@pytest.mark.parametrize("blank", [None, "mention", "label"])
def test_seeds_gold_scores_perfect_against_itself(blank: str | None) -> None:
    gold = load_gold(SEEDS_GOLD)
    output = list(gold_as_output(gold))
    if blank:
        for record in output:
            record["subject"][blank] = record["object"][blank] = ""
    report = score(gold, output)
    for counts in (report.events, report.strict, report.roles):
        assert (counts.precision, counts.recall, counts.f1) == (1.0, 1.0, 1.0)
    assert (report.events.gold, report.roles.gold) == (45, 16)
    assert report.misses == report.false_positives == ()


def test_docstring_examples() -> None:
    result = doctest.testmod(kg.evaluate, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0 and result.attempted > 0


def test_every_gold_set_of_the_repository_can_be_scored_in_one_run() -> None:
    """`kg eval` of many gold files keys their articles by file name and stops on two articles
    of one name, so the repository's gold sets (but the second annotations of a page, which
    score the same pages again) must name each page once: a new set that reuses an older set's
    file name breaks the run over every gold set."""
    root = Path(__file__).resolve().parent.parent / "eval"
    golds = [
        path
        for path in sorted([*root.glob("*.gold.jsonl"), *root.glob("*/*.gold.jsonl")])
        if "second" not in path.name and path.parent.name != "agreement"
    ]
    assert len(golds) > 100
    owners: dict[str, str] = {}
    for path in golds:
        for article in load_gold(path):
            owner = owners.setdefault(article.name, f"{path.name}:{article.id}")
            assert owner == f"{path.name}:{article.id}", (article.name, owner, article.id)
