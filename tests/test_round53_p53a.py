"""The fifty-third round's speed pass on the dates (kg/dates.py) gives what the long way gave.

* _matches tries _CALENDAR and _DURATION only where their opening patterns (_CALENDAR_AT,
  _DURATION_AT) match, which ask for more than the opening letter did: the matches are still
  every match of the pattern, in order (a superset of their starts is all _matches needs);
* the hints that let a sentence, or one pattern, be skipped (_DATE_HINT, the letters tested by
  ``in``, _NUMERIC_HINT, _DAY_WORD's first search) pass every text a pattern matches in;
* a sentence the date hint turns away holds no candidate of any pattern, and advance moves the
  anchor as scan does.

Each is checked on the texts of the dev and Terminus dev articles, on written sentences and on
random strings of the letters the patterns read (ASCII, full-width and Arabic-Indic digits among
them: ``\\d`` matches all three).
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from kg import dates
from kg.articles import iter_articles
from kg.model import Skipped
from kg.sentences import split_sentences

WRITTEN = [
    "2023年5月6日至8日，两国外长在北京举行会谈；会谈后发表联合声明。",
    "据报道，该国军方三天前在其领空击落一架无人机，并要求对方停止挑衅",
    "两国领导人将于2019年2月27日至28日在河内会晤，次日发表声明",
    "今（27）日，外交部发言人表示，上周四的会谈取得进展",
    "2025-03-06, 2025/3/6 和 2019.2.27 的三次会议，以及 2018—2019年 的谈判",
    "二〇一九年十一月四日，他在 12 月 5 日至 1月2日 访问；两个多月前、半年后、一周后",
    "本月16日，这个月底，上个月初，下月中旬，同年，次年，翌年，去年底，今年上半年",
    "三名官员第五次开会，关税上调10%，3日内，近3日，第3号人物，闽晋渔5179号",
]

ALPHABET = (
    "0123456789３٣〇零一二两三四五六七八九十百几数半年月日号份底初末旬上中下个本这今去前明同次翌"
    "当周星期礼拜天晨早晚夜时后多余之以将于-—–~～至到/. 　（）()内第的中国"
)


def _texts() -> list[str]:
    root = Path(__file__).resolve().parents[1]
    folders = [str(root / "eval" / "dev"), str(root / "eval" / "terminus-dev")]
    found = [a for a in iter_articles(folders) if not isinstance(a, Skipped)]
    return [s.text for a in found for s in split_sentences(a)] + WRITTEN


# the letters of one pattern, so that its longer matches come up too
DURATION_LETTERS = "3٣一两十半几 多余个年月星期周天之以前后."
CALENDAR_LETTERS = "12０3〇一十二今上这个年月日号底份 -至（）"


def _random_texts(
    count: int, longest: int = 16, seed: int = 53, alphabet: str = ALPHABET
) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)
    ]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return (
        _texts()
        + _random_texts(40000)
        + _random_texts(20000, 10, alphabet=DURATION_LETTERS)
        + _random_texts(20000, 10, alphabet=CALENDAR_LETTERS)
    )


@pytest.mark.parametrize(
    "pattern,opening",
    [(dates._CALENDAR, dates._CALENDAR_AT), (dates._DURATION, dates._DURATION_AT)],
)
def test_the_openings_find_every_match(texts, pattern, opening) -> None:
    for text in texts:
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in dates._matches(pattern, opening, text)] == expected, text


def _blanked(text: str) -> str:
    return dates._BRACKETED_DAY.sub(r" \g<d> ", text)


_PATTERNS = [
    dates._CALENDAR,
    dates._YEAR_RANGE,
    dates._NUMERIC,
    dates._WEEK,
    dates._DAY_WORD,
    dates._DURATION,
]


def test_the_hints_pass_every_text_with_a_match(texts) -> None:
    for text in texts:
        blanked = _blanked(text)
        found = [p.search(text) or p.search(blanked) for p in _PATTERNS]
        if any(found):
            assert dates._DATE_HINT.search(text), text
        if found[0]:  # _calendar_candidates: 年 月 日 号
            assert any(letter in text for letter in "年月日号"), text
        if found[2]:  # _numeric_candidates
            assert dates._NUMERIC_HINT.search(text), text
            assert any(letter in text for letter in "-/."), text
        if found[3]:  # _week_candidates
            assert "周" in text or "星期" in text or "礼拜" in text, text
        if found[5]:  # _duration_candidates
            assert "前" in text or "后" in text, text
            assert dates._DURATION_UNIT_HINT.search(text), text


def test_the_hints_are_the_patterns_they_replaced(texts) -> None:
    old_numeric = re.compile(r"\d[-/.]")
    old_date = re.compile(r"[年月日号周天晨早晚夜时星礼\d]")
    for text in texts:
        assert bool(dates._NUMERIC_HINT.search(text)) == bool(old_numeric.search(text)), text
        if dates._DATE_HINT.search(text):
            assert old_date.search(text), text  # (the new one passes fewer)


def _all_candidates(text: str) -> list[tuple[int, int, str, str]]:
    """The candidates of every pattern, each run on the sentence with no hint before it."""
    found = []
    for name in (
        "_calendar_candidates",
        "_year_range_candidates",
        "_numeric_candidates",
        "_week_candidates",
        "_day_word_candidates",
        "_duration_candidates",
    ):
        found += [(c.start, c.end, c.kind, c.precision) for c in getattr(dates, name)(text)]
    return found


def test_candidates_of_sentences_with_no_hint_are_none(texts) -> None:
    for text in texts:
        if not dates._DATE_HINT.search(text):
            assert _all_candidates(text) == [], text


def test_tracked_dates_of_articles() -> None:
    """The anchor carried by advance and the mentions of scan, sentence by sentence."""
    root = Path(__file__).resolve().parents[1]
    folders = [str(root / "eval" / "dev"), str(root / "eval" / "terminus-dev")]
    articles = [a for a in iter_articles(folders) if not isinstance(a, Skipped)]
    assert articles
    for article in articles:
        scanning = dates.DateTracker(article.date)
        advancing = dates.DateTracker(article.date)
        for sentence in split_sentences(article):
            scanning.scan(sentence.text)
            advancing.advance(sentence.text)
            assert scanning.anchor == advancing.anchor, sentence.text
