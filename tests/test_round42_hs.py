"""Round 42, helper hs: speed cuts of the 1-worker build that must change no output.

- ``extract._quote_spans`` finds the article's quotations with ``str.find`` instead of
  ``_QUOTE.finditer``: the same spans, checked here against the regex on texts written for
  the test, on random texts of quote marks and on the dev articles;
- ``extract_article`` asks for the three signatory words before it searches ``_SIGNATORIES``;
- cached tables asked for per sentence are kept in module lists and dicts (lexicon.made_once)
  instead of functools caches: each gives the same object every time.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from kg import actions, actors, extract, lexicon
from kg.articles import read_article

ROOT = Path(__file__).resolve().parent.parent


def _regex_spans(text: str) -> list[tuple[int, int]]:
    quote = extract._QUOTE if "「" in text else extract._DOUBLE_QUOTE
    return [m.span() for m in quote.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "他说：“我们反对制裁。”随后离开。",
        "“”空引号不算。“有字”才算。",
        "「甲」与“乙”并列，“丙「丁」戊”嵌套。",
        "“未闭合的引号，后面还有“一个完整的”。",
        "「繁體引號」，以及“简体”。」多余的收尾。",
        "“" + "长" * 600 + "”刚好六百字。",
        "“" + "长" * 601 + "”超过六百字。“短”",
        "”倒置“的引号”。",
    ],
)
def test_quote_spans_are_the_regex_spans(text: str) -> None:
    assert extract._quote_spans(text) == _regex_spans(text)


def test_quote_spans_of_random_texts_are_the_regex_spans() -> None:
    rnd = random.Random(42)
    for _ in range(20000):
        text = "".join(rnd.choice("“”「」ab") for _ in range(rnd.randint(0, 14)))
        assert extract._quote_spans(text) == _regex_spans(text), text
    for _ in range(300):
        parts = ["“", "”", "「", "」", "字" * rnd.randint(0, 700)]
        text = "".join(rnd.choice(parts) for _ in range(rnd.randint(0, 8)))
        assert extract._quote_spans(text) == _regex_spans(text)


def test_quote_spans_of_the_dev_articles_are_the_regex_spans() -> None:
    paths = sorted(p for p in (ROOT / "eval" / "dev").iterdir() if p.suffix in (".txt", ".md"))
    assert paths
    for path in paths[:60]:
        text = read_article(path).text
        assert extract._quote_spans(text) == _regex_spans(text), path


@pytest.mark.parametrize(
    "text",
    ["伊朗核协议的签署国有英国、法国。", "其他缔约国--英国", "签约国包括", "签署了协议", "缔约方"],
)
def test_the_signatory_words_tell_whether_the_regex_matches(text: str) -> None:
    pretest = lexicon.holds_any(text, extract._SIGNATORY_WORDS)
    assert pretest == (extract._SIGNATORIES.search(text) is not None)


@pytest.mark.parametrize(
    "function",
    [
        actors._outlets_and_presses,
        actors._title_after_name,
        actors._firm_nouns,
        actors._opening_after_short,
        actors._summit_words,
        actors._government_suffixes,
        lexicon.cues,
        lexicon._split_triggers,
        lexicon.cue_pattern,
        extract._posted_envoy_recalled,
        extract._anaphoric,
        extract._acts_alone,
        extract._statement_openers,
        extract._asked_or_answered,
        extract._summit_words,
        actions.said_referred,
        actions._alleging_verbs,
        actions._sides_modal_pattern,
        actions._time_frame_reach,
        actions._summit_words,
    ],
)
def test_a_table_made_once_is_the_same_object_each_time(function) -> None:
    assert function() is function()


def test_tables_kept_by_argument_answer_as_made() -> None:
    assert actions._cue_words("opens") is actions._cue_words("opens")
    assert actions._class_words("speech") is actions._class_words("speech")
    assert actors.is_word("美国") == actors._make_is_word("美国")
    assert actors.is_word("美国") is actors.is_word("美国")


def _dataclass_init_of(cls):
    """The ``__init__`` dataclasses would write for ``cls`` (its fields, defaults and
    factories), made on a plain copy of the class."""
    import dataclasses

    fields = [
        (f.name, f.type, dataclasses.field(default=f.default, default_factory=f.default_factory))
        for f in dataclasses.fields(cls)
    ]
    return dataclasses.make_dataclass("Copy", fields)


@pytest.mark.parametrize("cls", [actors.SentenceActors, actors.ArticleMemory])
def test_a_written_out_init_makes_what_the_dataclass_init_makes(cls) -> None:
    import dataclasses

    names = [f.name for f in dataclasses.fields(cls)]
    copy = _dataclass_init_of(cls)
    made, expected = cls(), copy()
    assert [getattr(made, n) for n in names] == [getattr(expected, n) for n in names]
    assert cls() == cls() and cls() is not cls()
    for name in names:  # each table is the instance's own
        value = getattr(cls(), name)
        if isinstance(value, list | dict):
            assert getattr(made, name) is not getattr(cls(), name)
    given = {n: object() for n in names}
    made, expected = cls(**given), copy(**given)
    assert [getattr(made, n) for n in names] == [getattr(expected, n) for n in names]
    made = cls(*given.values())  # by position, in the fields' order
    assert [getattr(made, n) for n in names] == list(given.values())
