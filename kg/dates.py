"""Dates in Chinese news sentences, resolved to ISO strings at the precision the text gives.

An event's date is rarely written in full next to its verb. A report gives a full date once (or
only in the dateline) and then writes 6日, 当天, 次日, 上月, 周四 or 6年前. Each of those is
resolved here against one of two references:

* the *anchor*, the last date written in the text before it: 次日 is the day after it, 当天 is
  that day, and 6日 or 11月4日 take their missing month or year from it;
* the *article date*, which 今天, 昨天, 本月, 今年, 周四 and 6年前 count from.

Values are ISO strings at the text's precision: ``'2019'``, ``'2019-02'`` or ``'2019-02-27'``.
A part of a month (10月底, 1月中旬) stays at month precision, and a part of a year (2018年底,
今年上半年) stays at year precision. Numbers that are not dates never become dates: 八名,
第五次, 10%, 第3号, 闽晋渔5179号, 3日内. A duration with no end point (过去4年, 4年来) is
not a date either.

Where the text is ambiguous, these are the choices:

* A day with no month (30日) means the most recent day with that number on or before the
  article date. Datelines and "据X社6日报道" refer to the days just before publication, even
  right after a background sentence about 2015年7月. The day falls in the anchor's month
  instead in three cases: there is no article date; the anchor is after the article date (an
  announced event); or the anchor was written earlier in the same sentence and lies outside
  the article's month and the month before it (2019年2月27日至28日; 9月22日报道，金正恩21日说).
* A month with no year (11月4日, 10月底) takes the anchor's year. If that year is the article's
  year and the date would fall more than about two months after the article date, it means
  the previous year: an article of 2025-01-10 that mentions 12月28日 means 2024-12-28. A small
  margin ("a few days") would misdate the many announced events that come a week or a month
  after publication.
* A future cue just before the date (将于, 定于, 拟于, 原定, 计划于, 预计于) or 将 just after
  it turns those searches forwards: 将于30日 is the next 30th, and 将于周四 is the next
  Thursday.
* A weekday (周四, 星期四) is the most recent such day on or before the article date (or the
  next one after a future cue). 上周四, 本周四 and 下周四 are days in the previous, current and
  next Monday-to-Sunday week. A bare 上周, 本周 or 下周 becomes the month that holds the whole
  week, or the year when the week spans two months.
* A range (2月27日至28日, 2018-2019年, 1-2月) gives its first day as ``value`` and its last day
  as ``end_value``.
* 今天, 昨天, 本月, 今年 and the like need the article date. When it is missing they are
  unresolved and left out, unless ``include_unresolved=True``.

The anchor that `DateTracker` carries from one sentence to the next is the last resolved
mention at day or month precision, or the end of a range. A year alone (2023年以来, 6年前)
does not move it, because 当天 after "2023年以来" still means the day written before. Within
one sentence, an explicit year does give its year to the year-less months that follow it
(2018年, … 6月 → 2018-06).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial
from typing import Any, Final, NamedTuple

from .model import python_class
from .regex_cache import compile_pattern

__all__ = ["DateMention", "DateTracker", "find_dates", "event_date", "PRECISIONS", "KINDS"]

PRECISIONS: Final = ("year", "month", "day")
#: absolute: the text alone fixes the date (2019年2月27日, 2018年, 2018-2019年).
#: partial: a calendar date missing its year or month (11月4日, 6日, 10月底).
#: relative: a word counted from the anchor or the article date (次日, 当天, 今年1月, 上月).
#: weekday: 周四, 上周四; duration_ago: 6年前, 3天前 (from the article date);
#: duration_after: 3天后, 两个月后 (from the anchor).
KINDS: Final = ("absolute", "partial", "relative", "weekday", "duration_ago", "duration_after")

_MAX_LEAD_DAYS: Final = 62  # how far after the article date a year-less date may still fall


@python_class
@dataclass(frozen=True)
class DateMention:
    """A date expression in a sentence and the ISO date it resolves to.

    ``start``/``end`` index the text passed in (plus ``offset``). ``value`` is ``None`` only
    for the unresolved mentions returned with ``include_unresolved=True``.
    """

    start: int
    end: int
    text: str
    value: str | None
    precision: str  # year | month | day
    relative: bool  # True when the value depended on the anchor or the article date
    kind: str  # one of KINDS
    end_value: str | None = None  # last day of a range (2月27日至28日 → the 28th)
    scope_end: int | None = None  # a date before 的 (2018年的访问) dates only its noun phrase


class _Point(NamedTuple):
    """A calendar point at year, month or day precision."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def iso(self) -> str:
        parts = [f"{self.year:04d}"] + [f"{p:02d}" for p in (self.month, self.day) if p]
        return "-".join(parts)

    def first(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def as_date(self) -> date | None:
        return self.first() if self.day else None


@dataclass
class _Context:
    """What a sentence's dates are resolved against; updated as mentions are read."""

    article: _Point | None
    anchor: _Point | None
    year_hint: int | None = None  # an explicit year earlier in the same sentence
    anchor_here: bool = False  # whether the anchor was written in the same sentence


class _Candidate(NamedTuple):
    """A span that reads as a date. It is resolved only after the spans before it, because
    any of them may become its anchor."""

    start: int
    end: int
    kind: str
    precision: str  # the nominal precision, reported when unresolved
    resolve: Callable[[_Context, bool], tuple[_Point | None, _Point | None]]


# ---------------------------------------------------------------------------------------------
# Vocabulary. Small closed lists, so module constants rather than ontology files.

_CN_DIGITS: Final = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_WEEKDAYS: Final = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}

#: year words → (reference, offset in years)
_REL_YEAR: Final = {
    "今年": ("article", 0),
    "去年": ("article", -1),
    "前年": ("article", -2),
    "明年": ("article", 1),
    "同年": ("anchor", 0),
    "次年": ("anchor", 1),
    "翌年": ("anchor", 1),
}
#: month words → (reference, offset in months)
_REL_MONTH: Final = {
    "本月": ("article", 0),
    "这个月": ("article", 0),
    "上月": ("article", -1),
    "上个月": ("article", -1),
    "下月": ("article", 1),
    "下个月": ("article", 1),
    "同月": ("anchor", 0),
    "当月": ("anchor", 0),
    "次月": ("anchor", 1),
}
#: day words → (reference, offset in days); None keeps the anchor's own precision (当时)
_REL_DAY: Final[dict[str, tuple[str, int | None]]] = {
    "今天": ("article", 0),
    "今日": ("article", 0),
    "今晨": ("article", 0),
    "今早": ("article", 0),
    "今晚": ("article", 0),
    "今夜": ("article", 0),
    "昨天": ("article", -1),
    "昨日": ("article", -1),
    "昨晚": ("article", -1),
    "昨夜": ("article", -1),
    "前天": ("article", -2),
    "明天": ("article", 1),
    "明日": ("article", 1),
    "明晚": ("article", 1),
    "当天": ("anchor", 0),
    "当日": ("anchor", 0),
    "同日": ("anchor", 0),
    "同一天": ("anchor", 0),
    "当晚": ("anchor", 0),
    "当天晚上": ("anchor", 0),
    "次日": ("anchor", 1),
    "翌日": ("anchor", 1),
    "第二天": ("anchor", 1),
    "隔天": ("anchor", 1),
    "隔日": ("anchor", 1),
    "次晨": ("anchor", 1),
    "前一天": ("anchor", -1),
    "前一日": ("anchor", -1),
    "当时": ("anchor", None),
}

# Characters around a relative word that show it is part of another word:
# 如今年轻 (young), 目前天气, 这次日本 (Japan), 同日而语, 登上月球, 适当时机, 过去年份.
_JAPAN: Final = "本方军媒美中韩朝俄欧企元语经侨籍圆产系裔资相皇菲印货"
_YOUNG: Final = "轻龄纪代级度华薪"
_QIAN: Final = "目此之以提当先从日年月空战会生面眼跟门事赛选向往前午天最然随其今"
_GUARDS: Final[dict[str, tuple[str, str]]] = {  # word → (bad char before, bad char after)
    "今年": ("如现", _YOUNG),
    "去年": ("过失离回死除进", _YOUNG),
    "前年": (_QIAN, _YOUNG),
    "明年": ("", _YOUNG),
    "同年": ("不", _YOUNG),
    "次年": ("这那此上下本每首多几数该一两", _YOUNG + "会"),
    "翌年": ("", _YOUNG),
    "上月": ("登", "球亮光"),
    "上个月": ("", ""),
    "今日": ("", _JAPAN + "头说关"),
    "明日": ("", _JAPAN + "之"),
    "昨日": ("", _JAPAN),
    "当日": ("", _JAPAN),
    "同日": ("不", _JAPAN + "而"),
    "次日": ("这那此上下本每首多几数该", _JAPAN),
    "翌日": ("", _JAPAN),
    "隔日": ("", _JAPAN),
    "前一日": ("提", _JAPAN),
    "前一天": ("提", ""),
    "前天": (_QIAN, ""),
    "今早": ("如", ""),
    "当晚": ("每", ""),
    "当天": ("每", ""),
    "当时": ("适相正恰应当充得妥不", "间"),
}

_Y4: Final = r"(?:1[89]\d\d|2[01]\d\d)"
_YCN: Final = r"[〇零一二三四五六七八九]{4}"
_MON: Final = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_DAY: Final = (
    r"(?:3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?"
    r"|[一二三四五六七八九])"
)
_TO: Final = r"\s?[-—–~～至到]\s?"
_YQ: Final = r"底|初|末|上半年|下半年"
_MQ: Final = r"底|初|末|上旬|中旬|下旬"


def _alt(words: Mapping[str, object]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


# 2019年2月27日至28日, 今年1月10日, 本月16日, 10月底, 6日, 27-28日, 1-2月, 2018年底
_CALENDAR_STARTS: Final = "".join(
    sorted({w[0] for w in (*_REL_YEAR, *_REL_MONTH)} | set("0123456789〇零一二三四五六七八九十"))
)
_CALENDAR: Final = compile_pattern(
    rf"(?<![\d.])(?=[{_CALENDAR_STARTS}])"
    rf"(?:(?P<y>{_Y4}|{_YCN})\s?年(?![代级])(?:年?(?P<yq>{_YQ}))?"
    rf"|(?P<ry>{_alt(_REL_YEAR)})(?:{_YQ})?)?"
    rf"(?:(?P<m>{_MON})\s?(?:月份?(?:{_MQ})?|(?={_TO}{_MON}\s?月))"
    rf"|(?P<rm>{_alt(_REL_MONTH)})(?:{_MQ})?)?"
    rf"(?:(?P<d>{_DAY})\s?(?P<dsuf>[日号]|(?={_TO}(?:{_MON}\s?月)?{_DAY}\s?[日号])))?"
    rf"(?:{_TO}(?:(?P<m2>{_MON})\s?月)?(?P<d2>{_DAY})\s?[日号]"
    rf"|{_TO}(?P<me>{_MON})\s?月份?(?:{_MQ})?)?"
    r"(?(y)|(?(ry)|(?(m)|(?(rm)|(?(d)|(?!))))))"  # none of them: no match, not an empty one
)
# the Taiwan and Hong Kong press bracket the day after 今, 昨, 明, 前: 今（27）日, 昨(26)日 (the
# brackets are blanked, the same length, so that the day is read where it stands)
_BRACKETED_DAY: Final = re.compile(rf"(?<=[今昨明前])[（(](?P<d>{_DAY})[)）](?=日)")


def _opening_words(words: list[str]) -> str:
    """Alternatives that each match, right after the first letter of one of ``words`` (read
    already), the rest of it: the words of one rest share one lookbehind class of their
    first letters (今年 去年 … → (?<=[今去…])年)."""
    firsts: dict[str, str] = {}
    for word in words:
        firsts[word[1:]] = firsts.get(word[1:], "") + word[0]
    return "|".join(f"(?<=[{first}]){rest}" for rest, first in firsts.items())


# Where _CALENDAR may match, so where _matches tries it. re finds no first character of a
# pattern that opens with a lookbehind and tries it at every position of the text (800
# instructions a character); this pattern opens with the class of the letters _CALENDAR's
# lookahead lets a date open with, which re skips to at C speed, and then asks for the rest of
# what every match opens with: one to four numerals (a year, month or day: _Y4, _YCN, _MON,
# _DAY) and 年 月 日 号 or a range mark (_TO) after them, or a word of _REL_YEAR or
# _REL_MONTH. 一, 上, 本, 三 … that open none of those (一些, 上午, 本国, 三名: four of five of
# the letters of the class in Terminus's sentences) are rejected in re's engine, not by a
# match of the whole calendar tried from the compiled code. (The class's digits are ASCII: the
# first lookbehind asks for no \d, which re tests slower than a letter of a class.)
_NUMERALS: Final = r"\d〇零一二三四五六七八九十"  # the letters of _Y4, _YCN, _MON and _DAY
_CALENDAR_AT: Final = re.compile(
    rf"[{_CALENDAR_STARTS}](?:(?<=[0-9{_NUMERALS[2:]}])[{_NUMERALS}]{{0,3}}\s{{0,2}}[年月日号\-—–~～至到]"
    rf"|{_opening_words([*_REL_YEAR, *_REL_MONTH])})"
)
# What each other pattern cannot match without (most sentences hold no date at all, and a
# character class is searched at C speed where the patterns try every position; a letter is
# found faster still by ``in``, and a class with \\d costs twice one without, so the numeric
# date's digit and separator are found at the separator, a class of three ASCII letters):
_RANGE_MARKS: Final = "-—–~～至到"  # the marks of _TO: a year range holds one
_NUMERIC_HINT: Final = re.compile(r"[-/.](?<=\d.)")  # (a class first: skipped to)
_DURATION_UNIT_HINT: Final = re.compile("年|月|星期|周|天")  # (and 前 or 后)
# A letter every date holds one of: a calendar or duration word (年 月 日 号 周 天), a day
# word (晨 早 晚 夜 时), 星期 or 礼拜; or a numeric date's digit and separator (2025-03-06)
_DATE_HINT: Final = re.compile(
    r"[年月日号周天晨早晚夜时星礼\-/.](?:(?<=[年月日号周天晨早晚夜时星礼])|(?<=\d[-/.]))"
)
# 2018-2019年, 2022—2024年, 2018年至2019年
_YEAR_RANGE: Final = re.compile(rf"(?<![\d.])(?P<y>{_Y4})\s?年?{_TO}(?P<y2>{_Y4})\s?年(?![代级])")
# what _Y4 opens with: where _YEAR_RANGE and _NUMERIC, which open with a lookbehind, are tried
_Y4_AT: Final = re.compile("[12]")
# 2025-03-06, 2025/3/6, 2019.2.27
_NUMERIC: Final = re.compile(
    rf"(?<![\d.])(?P<y>{_Y4})(?P<sep>[-/.])(?P<m>1[0-2]|0?[1-9])(?P=sep)"
    r"(?P<d>3[01]|[12]\d|0?[1-9])(?![\d.])"
)
# 周四, 星期四, 上周四, 下个星期一, 上周, 本周
_WEEK = re.compile(r"(?P<wp>上个?|下个?|本|这个?)?(?:星期|礼拜|周)(?P<wd>[一二三四五六日天])?")
_DAY_WORD: Final = re.compile(_alt(_REL_DAY))
# 6年前, 两个多月前, 3天前, 一周后, 半年前
_DURATION: Final = compile_pattern(
    r"(?<![\d.])(?P<n>\d{1,3}|[一二两三四五六七八九十百几数半]+)\s?[多余]?\s?"
    r"(?P<unit>年|个多?月|个多?星期|星期|周|天)多?\s?(?:之|以)?(?P<dir>前|后)"
)
# where _DURATION may match (it opens with a lookbehind, see _CALENDAR_AT): its count, unit and
# 前 or 后, which re reads in its engine after the count's first letter, where that letter
# alone (一, 两, 数, 半 …) stood before a match of the whole pattern tried for each
_DURATION_AT: Final = re.compile(
    r"[\d一二两三四五六七八九十百几数半]"
    r"(?:(?<=\d)\d{0,2}|(?<=[一二两三四五六七八九十百几数半])[一二两三四五六七八九十百几数半]*)"
    r"\s?[多余]?\s?(?:年|个多?月|个多?星期|星期|周|天)多?\s?(?:之|以)?[前后]"
)
_FUTURE_BEFORE: Final = re.compile(
    r"(?:即?将[于在]?|原定[于在]?|定[于在]|拟[于在]?|计划[于在]|预计[于在]?|预定[于在]?"
    r"|明[（(])"  # 明（28）日: tomorrow, the 28th (the Taiwan press's bracketed day)
    r"(?:当地时间|北京时间)?\s?$"
)

# each cue of _FUTURE_BEFORE holds one of these
_FUTURE_LETTERS: Final = ("将", "定", "拟", "计", "预", "明")

_NOT_BEFORE_DAY: Final = (
    "近",
    "每",
    "前",
    "头",
    "后",
    "第",
    "这",
    "那",
    "数",
    "几",
    "多",
    "逾",
    "约",
    "共",
    "连续",
    "过去",
    "最近",
    "超过",
)
_NOT_AFTER_DAY: Final = ("内", "间", "游", "期间", "以内", "之内", "左右", "多", "元")
_NOT_AFTER_HAO: Final = set(
    "线楼位台机令码房车门舰店院站种字球馆文件人公决窗航选床箱仓坑井洞桥口路街区栋室厅"
)
_NOT_BEFORE_MONTH: Final = (
    "前",
    "近",
    "头",
    "后",
    "每",
    "第",
    "这",
    "数",
    "几",
    "个",
    "过去",
    "最近",
    "连续",
)
_SINCE: Final = ("以来", "来", "至今", "起", "以后", "之后", "以前", "之前", "前", "后")
_NOT_BEFORE_WEEK: Final = set("0123456789一二两三四五六七八九十每几数个逐多半隔")
_NOT_AFTER_WEEK: Final = set("年期边围刊报岁到恩转长游密全知末")


# ---------------------------------------------------------------------------------------------
# Public API


def find_dates(
    text: str,
    anchor: str | None = None,
    article_date: str | None = None,
    *,
    include_unresolved: bool = False,
    offset: int = 0,
) -> list[DateMention]:
    """The date expressions of one sentence, in text order, resolved to ISO dates.

    Parameters
    ----------
    text : a sentence of ``Article.text`` (normalised, simplified Chinese).
    anchor : ISO date of the last date written before this sentence; defaults to the
        article date. Partial dates take their missing year or month from it, and 次日 or
        当天 count from it.
    article_date : ISO date of publication, which 今天, 本月, 今年, 周四 and 6年前 count from.
    include_unresolved : also return mentions that could not be resolved, with value None.
    offset : added to every ``start``/``end``; pass ``Sentence.start`` to index the article.

    Raises
    ------
    ValueError : ``anchor`` or ``article_date`` is not an ISO date.

    Examples
    --------
    >>> [(m.text, m.value) for m in find_dates("美国财政部11月4日宣布，朝中社6日报道", None,
    ...                                        "2025-11-08")]
    [('11月4日', '2025-11-04'), ('6日', '2025-11-06')]
    >>> m = find_dates("两国领导人将于2019年2月27日至28日在河内会晤")[0]
    >>> m.value, m.end_value, m.precision, m.kind
    ('2019-02-27', '2019-02-28', 'day', 'absolute')
    >>> [(m.text, m.value) for m in find_dates("次日，双方在上月底签署协议", "2025-11-04",
    ...                                        "2025-11-08")]
    [('次日', '2025-11-05'), ('上月底', '2025-10')]
    >>> find_dates("过去4年，八名官员第五次开会，关税上调10%")
    []
    """
    article = _parse_iso(article_date, "article_date")
    start_anchor = _parse_iso(anchor, "anchor") or article
    context = _Context(article=article, anchor=start_anchor)
    return _scan(text, context, include_unresolved, offset)


class DateTracker:
    """Resolves the dates of an article sentence by sentence, carrying the anchor along.

    Why a class: 次日 or 当天 in one sentence count from a date written in an earlier one.
    The tracker remembers the last date at day or month precision (see the module notes).

    Examples
    --------
    >>> tracker = DateTracker("2025-11-08")
    >>> [m.value for m in tracker.scan("美国财政部11月4日对朝鲜实施制裁。")]
    ['2025-11-04']
    >>> [m.value for m in tracker.scan("次日，朝方发表谈话。")]
    ['2025-11-05']
    >>> tracker.anchor
    '2025-11-05'
    """

    def __init__(self, article_date: str | None = None) -> None:
        article = _parse_iso(article_date, "article_date")
        self.article_date = article_date
        self._context = _Context(article=article, anchor=article)

    @property
    def anchor(self) -> str | None:
        """The ISO date that the next sentence's 次日, 当天 and 6日 count from."""
        return self._context.anchor.iso() if self._context.anchor else None

    def scan(
        self, text: str, *, include_unresolved: bool = False, offset: int = 0
    ) -> list[DateMention]:
        """The dates of the next sentence (as `find_dates`), updating the anchor."""
        self._context.year_hint = None
        self._context.anchor_here = False
        return _scan(text, self._context, include_unresolved, offset)

    def advance(self, text: str) -> None:
        """What :meth:`scan` of the next sentence does to the anchor, without its mentions.

        Why: the extraction reads the dates of every sentence up to one that reports an event
        (次日 counts from the last date written), but uses only that sentence's; the others'
        mentions, a frozen dataclass each, were built to be dropped (most of 2,500 on Terminus).
        """
        self._context.year_hint = None
        self._context.anchor_here = False
        _advance(text, self._context)


def event_date(
    mentions: list[DateMention], trigger_offset: int, article_date: str | None
) -> tuple[str | None, str]:
    """The date of an event whose trigger starts at ``trigger_offset``, and where it came from.

    Why nearest-before: Chinese puts the time before the verb (美国财政部11月4日对朝鲜实施制裁).
    When no date comes before the trigger, the nearest one after it in the sentence is used.
    A date that modifies a noun (2018年的访问) dates only the act that noun phrase names.
    When the sentence has none, the article date is used. ``trigger_offset`` must be in the
    same coordinates as the mentions (the ``offset`` given to `find_dates`). Returns
    ``(value, source)``, where source is ``'text'``, ``'article'`` or ``'none'``.

    >>> ms = find_dates("美国11月4日制裁朝鲜，朝方6日谴责美国", None, "2025-11-08")
    >>> event_date(ms, 7, "2025-11-08"), event_date(ms, 16, "2025-11-08")
    (('2025-11-04', 'text'), ('2025-11-06', 'text'))
    >>> event_date([], 3, "2025-11-08"), event_date([], 3, None)
    (('2025-11-08', 'article'), (None, 'none'))
    """
    resolved = [
        m
        for m in mentions
        if m.value is not None and (m.scope_end is None or m.end <= trigger_offset < m.scope_end)
    ]
    before = [m for m in resolved if m.start < trigger_offset]
    after = [m for m in resolved if m.start >= trigger_offset]
    if before:
        return max(before, key=lambda m: m.start).value, "text"
    if after:
        return min(after, key=lambda m: m.start).value, "text"
    if article_date:
        return article_date, "article"
    return None, "none"


# ---------------------------------------------------------------------------------------------
# Scanning: collect candidate spans from every pattern, keep the leftmost longest ones, then
# resolve them in text order so each can serve as the anchor of the next.


def _scan(text: str, context: _Context, include_unresolved: bool, offset: int) -> list[DateMention]:
    """Resolve the sentence's dates in text order, moving the context's anchor as they come."""
    mentions = []
    for cand, point, last in _resolved(text, context):
        if point is None and not include_unresolved:
            continue
        mentions.append(
            DateMention(
                start=cand.start + offset,
                end=cand.end + offset,
                text=text[cand.start : cand.end],
                value=point.iso() if point else None,
                precision=point.precision if point else cand.precision,
                relative=cand.kind != "absolute",
                kind=cand.kind,
                end_value=last.iso() if point and last else None,
                scope_end=_modified_phrase_end(text, cand.end, offset),
            )
        )
    return mentions


def _advance(text: str, context: _Context) -> None:
    """:func:`_scan`'s moves of the context's anchor and year hint, and nothing else: the same
    candidates resolved in the same order (mentions are no input of any resolution)."""
    for _ in _resolved(text, context):
        pass


# _DATE_HINT's letters, the likeliest first: ``in`` finds a letter faster than re's class (a
# search costs more than a dozen ``in`` on a sentence that holds none of them)
_DATE_LETTERS: Final = (
    "年",
    "日",
    "月",
    "时",
    "天",
    "周",
    "号",
    "晚",
    "早",
    "夜",
    "晨",
    "星",
    "礼",
)


def _may_hold_date(text: str) -> bool:
    """Whether ``_DATE_HINT.search(text)`` finds something, without the search for most."""
    for letter in _DATE_LETTERS:
        if letter in text:
            return True
    if "-" not in text and "/" not in text and "." not in text:
        return False
    return _DATE_HINT.search(text) is not None


def _resolved(
    text: str, context: _Context
) -> Iterator[tuple[_Candidate, _Point | None, _Point | None]]:
    """Each date candidate of the sentence in text order with what it resolves to, the
    context's anchor moved by each resolved one before the next is resolved."""
    if not _may_hold_date(text):
        return  # most sentences hold no date: a few tests instead of six patterns
    for cand in _select(_candidates(text)):
        point, last = cand.resolve(context, _is_future(text, cand.start, cand.end))
        if point is not None:
            _update(context, cand, point, last, text)
        yield cand, point, last


_PHRASE_STOPS: Final = set(",，。;；:：!?！？、()（）“”「」")
_PHRASE_REACH: Final = 12
_PHRASE_FRAMES: Final = ("之后", "以后", "之前", "以前", "以来", "期间", "之际", "后再", "后又")


def _modified_phrase_end(text: str, end: int, offset: int) -> int | None:
    """继2018年的访问之后: a date followed by 的 modifies the noun phrase after it and dates
    what that phrase names, not the other acts of the sentence. The end of that phrase (the
    next punctuation, at most a few characters on), or None for a date that is no modifier."""
    if text[end : end + 1] != "的":
        return None
    stop = end + 1
    while stop < min(len(text), end + 1 + _PHRASE_REACH) and text[stop] not in _PHRASE_STOPS:
        if text.startswith(_PHRASE_FRAMES, stop):
            break  # 继2018年的访问|之后再次访华
        stop += 1
    return stop + offset


def _candidates(text: str) -> Iterator[_Candidate]:
    yield from _calendar_candidates(text)
    yield from _year_range_candidates(text)
    yield from _numeric_candidates(text)
    yield from _week_candidates(text)
    yield from _day_word_candidates(text)
    yield from _duration_candidates(text)


def _select(candidates: Iterator[_Candidate]) -> list[_Candidate]:
    """Non-overlapping candidates, preferring the one that starts first, then the longest."""
    chosen: list[_Candidate] = []
    last_end = -1
    for cand in sorted(candidates, key=lambda c: (c.start, c.start - c.end)):
        if cand.start >= last_end:
            chosen.append(cand)
            last_end = cand.end
    return chosen


def _update(
    context: _Context, cand: _Candidate, point: _Point, last: _Point | None, text: str
) -> None:
    """Dates at day or month precision become the anchor; a year (2018年, 去年) is a hint for
    the year-less months after it in the sentence, unless it starts a period (2023年以来)."""
    if point.precision in ("day", "month"):
        context.anchor = last or point
        context.anchor_here = True
    elif cand.kind in ("absolute", "relative") and last is None and cand.precision == "year":
        if not text.startswith(_SINCE, cand.end):
            context.year_hint = point.year


def _is_future(text: str, start: int, end: int) -> bool:
    """将于30日, 定于周四, 6日将访问: the date is searched forwards from the article date."""
    if text.startswith("将", end):
        return True
    before = text[max(0, start - 8) : start]
    for letter in _FUTURE_LETTERS:
        if letter in before:
            return _FUTURE_BEFORE.search(before) is not None
    return False  # (the pattern, with no first letter, is tried at each of the eight: skipped)


# ---------------------------------------------------------------------------------------------
# Candidates of each pattern. Each one checks that the match is a date (the guards), and
# carries a resolver that runs later against the context.


class _Fields(NamedTuple):
    """The parts of a calendar expression: 今年(ry)1月(m)10日(d), 本月(rm), 至(m2)月(d2)日."""

    y: int | None
    ry: str | None
    m: int | None
    rm: str | None
    d: int | None
    m2: int | None
    d2: int | None
    me: int | None


def _calendar_candidates(text: str) -> Iterator[_Candidate]:
    # Every part of _CALENDAR is optional, but it fails where none of the year, month or day
    # matched (an empty match at every position would each cost a turn of this loop); a real
    # match always holds 年, 月, 日 or 号. Most sentences have none: skip them at once.
    if "年" not in text and "月" not in text and "日" not in text and "号" not in text:
        return
    if "日" in text and ("）" in text or ")" in text):
        text = _BRACKETED_DAY.sub(r" \g<d> ", text)  # 今（27）日 is read as 今 27 日: the 27th
    for match in _matches(_CALENDAR, _CALENDAR_AT, text):
        g = match.groupdict()
        if not _calendar_ok(text, match, g):
            continue
        fields = _Fields(
            y=_to_int(g["y"]),
            ry=g["ry"],
            m=_to_int(g["m"]),
            rm=g["rm"],
            d=_to_int(g["d"]),
            m2=_to_int(g["m2"]),
            d2=_to_int(g["d2"]),
            me=_to_int(g["me"]),
        )
        if fields.me and fields.d:  # 11月4日至12月: not a range we read
            continue
        kind = "absolute" if fields.y else "relative" if fields.ry or fields.rm else "partial"
        precision = "day" if fields.d else "month" if fields.m or fields.rm else "year"
        yield _Candidate(
            match.start(), match.end(), kind, precision, partial(_resolve_calendar, fields)
        )


def _matches(pattern: re.Pattern[str], opening: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))`` for a pattern whose every match is non-empty and opens
    with a character of the class ``opening``: the pattern is tried only at those characters.

    Why: re skips at C speed to a pattern's first character only when the pattern opens
    with one (a literal or a class); these open with a lookbehind, and a search tried them at
    every character (the calendar's 117 M instructions for 147,000 characters of Terminus).
    A match tried at ``at`` is the one the search would find there: the lookbehind reads the
    text before ``at`` as it did, and the search goes on from the end of each match."""
    found: list[re.Match[str]] = []
    opens = opening.search(text)
    while opens is not None:
        at = opens.start()
        match = pattern.match(text, at)
        if match is None:
            opens = opening.search(text, at + 1)
        else:
            found.append(match)
            opens = opening.search(text, match.end())
    return found


def _calendar_ok(text: str, match: re.Match[str], g: dict[str, str | Any]) -> bool:
    """Reject what only looks like a date: 3日内, 第3号人物, 近3日, 这次年会, 三月 alone.
    (``g``: the match's groupdict, which the caller made already.)"""
    start, end = match.span()
    for name in ("ry", "rm"):
        if g[name] and not _word_ok(text, match.start(name), match.end(name), g[name]):
            return False
    has_month = bool(g["m"] or g["rm"])
    if g["d"] and not has_month and (g["y"] or g["ry"]):
        return False  # 2019年6日
    if g["m"] and not g["m"].isdigit() and not (g["y"] or g["ry"] or g["d"]):
        return False  # 三月 alone: too often not a month
    if g["d"] and not g["d"].isdigit() and not has_month:
        return False  # 三日 alone: usually a duration
    if g["d"] and not (has_month or g["y"] or g["ry"]):  # a day alone: 6日, 13号
        if text.endswith(_NOT_BEFORE_DAY, 0, start) or text.startswith(_NOT_AFTER_DAY, end):
            return False
        if g["dsuf"] == "号" and end < len(text) and text[end] in _NOT_AFTER_HAO:
            return False
    if g["m"] and not (g["y"] or g["ry"] or g["d"]):  # a month alone: 9月
        if text.endswith(_NOT_BEFORE_MONTH, 0, start):
            return False
    return True


def _year_range_candidates(text: str) -> Iterator[_Candidate]:
    if "年" not in text or not any(mark in text for mark in _RANGE_MARKS):
        return  # (the regex opens with a lookbehind: it is tried at every character)
    for match in _matches(_YEAR_RANGE, _Y4_AT, text):
        first, last = int(match["y"]), int(match["y2"])
        if last > first:
            resolve = partial(_fixed, _Point(first), _Point(last))
            yield _Candidate(match.start(), match.end(), "absolute", "year", resolve)


def _numeric_candidates(text: str) -> Iterator[_Candidate]:
    if ("-" not in text and "/" not in text and "." not in text) or not _NUMERIC_HINT.search(text):
        return  # (three letters found by ``in`` first: faster than re's class, and most lack them)
    for match in _matches(_NUMERIC, _Y4_AT, text):
        point = _valid(int(match["y"]), int(match["m"]), int(match["d"]))
        if point:
            yield _Candidate(
                match.start(), match.end(), "absolute", "day", partial(_fixed, point, None)
            )


def _week_candidates(text: str) -> Iterator[_Candidate]:
    if "周" not in text and "星期" not in text and "礼拜" not in text:
        return
    for match in _WEEK.finditer(text):
        prefix, weekday = match["wp"], match["wd"]
        start, end = match.span()
        if prefix == "本" and start and text[start - 1] == "日":  # 日本周三: Japan, Wednesday
            prefix, start = None, start + 1
        if not prefix and (not weekday or (start and text[start - 1] in _NOT_BEFORE_WEEK)):
            continue  # 一周, 每周一, 星期 as a noun
        if not weekday and end < len(text) and text[end] in _NOT_AFTER_WEEK:
            continue  # 本周年, 上周末
        if weekday == "日" and end < len(text) and text[end] in _JAPAN:
            continue  # 上周日本外相
        if weekday:
            yield _Candidate(
                start,
                end,
                "weekday",
                "day",
                partial(_resolve_weekday, prefix or "", _WEEKDAYS[weekday]),
            )
        else:
            yield _Candidate(start, end, "relative", "month", partial(_resolve_week, prefix))


def _day_word_candidates(text: str) -> Iterator[_Candidate]:
    first = _DAY_WORD.search(text)  # (its letters' class, then the words: one scan for most)
    if first is None:
        return
    for match in _DAY_WORD.finditer(text, first.start()):
        word = match[0]
        if _word_ok(text, match.start(), match.end(), word):
            precision = "day" if _REL_DAY[word][1] is not None else "month"
            yield _Candidate(
                match.start(), match.end(), "relative", precision, partial(_resolve_day_word, word)
            )


def _duration_candidates(text: str) -> Iterator[_Candidate]:
    if ("前" not in text and "后" not in text) or not _DURATION_UNIT_HINT.search(text):
        return
    for match in _matches(_DURATION, _DURATION_AT, text):
        if match.start() and text[match.start() - 1] == "第":
            continue
        count, unit = _duration(match["n"], match["unit"])
        kind = "duration_ago" if match["dir"] == "前" else "duration_after"
        precision = {"year": "year", "month": "month"}.get(unit, "day")
        resolve = partial(_resolve_duration, count, unit, kind == "duration_ago")
        yield _Candidate(match.start(), match.end(), kind, precision, resolve)


def _duration(number: str, unit_word: str) -> tuple[int | None, str]:
    """(count, unit) of 6年, 两个多月, 半年 (6 months), 半个月 (15 days); count None for 几年."""
    unit = (
        "year"
        if unit_word == "年"
        else "month"
        if "月" in unit_word
        else "day"
        if unit_word == "天"
        else "week"
    )
    if number == "半":
        return {"year": (6, "month"), "month": (15, "day")}.get(unit, (None, unit))
    return _to_int(number), unit


def _word_ok(text: str, start: int, end: int, word: str) -> bool:
    """False when the characters around ``word`` make it part of another word (如今年轻)."""
    bad_before, bad_after = _GUARDS.get(word, ("", ""))
    if start and text[start - 1] in bad_before:
        return False
    return not (end < len(text) and text[end] in bad_after)


# ---------------------------------------------------------------------------------------------
# Resolvers: (context, future) → (point, end point of a range), or (None, None).

_Resolved = tuple[_Point | None, _Point | None]


def _fixed(point: _Point, last: _Point | None, context: _Context, future: bool) -> _Resolved:
    return point, last


def _resolve_calendar(f: _Fields, context: _Context, future: bool) -> _Resolved:
    """11月4日, 6日, 今年1月, 上月底, 2019年2月27日至28日."""
    if f.rm:  # 本月16日, 上月底
        year_month = _relative_month(f.rm, context)
        if year_month is None:
            return None, None
        point = _valid(*year_month, f.d)
    elif f.y or f.ry:  # 2019年2月27日, 今年1月, 去年
        year = f.y or _relative_year(f.ry or "", context)
        point = _valid(year, f.m, f.d) if year else None
    elif f.m:  # 11月4日, 10月底
        year = _year_for(f.m, f.d, context, future)
        point = _valid(year, f.m, f.d) if year else None
    else:  # 6日
        point = _day_only(f.d or 0, context, future)
    if point is None:
        return None, None
    return point, _range_end(point, f)


def _range_end(point: _Point, f: _Fields) -> _Point | None:
    """The last day (or month) of 27日至28日, 11月29日至12月1日, 30日至2日, 1-2月."""
    if f.d2 and point.month and point.day:
        if f.m2:  # 11月29日至12月1日; 12月30日至1月2日 runs into the next year
            return _valid(point.year + (f.m2 < point.month), f.m2, f.d2)
        year, month = point.year, point.month
        if f.d2 < point.day:  # 30日至2日 runs into the next month
            year, month = _shift_months(year, month, 1)
        return _valid(year, month, f.d2)
    if f.me and point.month:
        return _Point(point.year + (f.me < point.month), f.me)
    return None


def _relative_year(word: str, context: _Context) -> int | None:
    reference, years = _REL_YEAR[word]
    if reference == "article":
        return context.article.year + years if context.article else None
    base = context.year_hint or (context.anchor.year if context.anchor else None)
    return base + years if base else None


def _relative_month(word: str, context: _Context) -> tuple[int, int] | None:
    reference, months = _REL_MONTH[word]
    base = context.article if reference == "article" else context.anchor
    if base is None or base.month is None:
        return None
    return _shift_months(base.year, base.month, months)


def _year_for(month: int, day: int | None, context: _Context, future: bool) -> int | None:
    """The year of 11月4日: the anchor's, or the one before if that is months ahead."""
    if context.year_hint:
        return context.year_hint
    base = context.anchor or context.article
    if base is None:
        return None
    year = base.year
    today = context.article.as_date() if context.article else None
    anchor = context.anchor
    if (
        anchor
        and anchor.month
        and anchor.month - month >= 6
        and (today is None or date(year + 1, month, 1) <= today)
    ):
        return year + 1  # 12月30日 … 1月2日: the story ran into the next year
    if today is None or year != today.year or (context.anchor and context.anchor.first() > today):
        return year  # a year from the text, or a future context: keep it
    first = date(year, month, min(day or 1, calendar.monthrange(year, month)[1]))
    last = first if day else date(year, month, calendar.monthrange(year, month)[1])
    if future:
        return year + 1 if last < today else year
    return year - 1 if (first - today).days > _MAX_LEAD_DAYS else year


def _day_only(day: int, context: _Context, future: bool) -> _Point | None:
    """6日: the most recent such day up to the article date, or in the anchor's month.

    The anchor's month wins when there is no article date, when the anchor is a date after
    the article (an announced event), or when it was written earlier in the same sentence and
    is not recent (朝中社9月22日报道，金正恩21日说 in a November article).
    """
    anchor = context.anchor
    today = context.article.as_date() if context.article else None
    if (
        anchor
        and anchor.month
        and (
            today is None
            or anchor.first() > today
            or (context.anchor_here and not _recent(anchor, today))
        )
    ):
        return _valid(anchor.year, anchor.month, day)
    if today is None:
        return None
    year, month = today.year, today.month
    for _ in range(3):  # 31日 may skip a 30-day month
        point = _valid(year, month, day)
        if point and (point.first() >= today if future else point.first() <= today):
            return point
        year, month = _shift_months(year, month, 1 if future else -1)
    return None


def _recent(anchor: _Point, today: date) -> bool:
    """Whether the anchor lies in the article's month or the month before, not after it."""
    months = {(today.year, today.month), _shift_months(today.year, today.month, -1)}
    return anchor.first() <= today and (anchor.year, anchor.month) in months


def _resolve_day_word(word: str, context: _Context, future: bool) -> _Resolved:
    """今天, 昨天 (from the article date); 当天, 次日, 前一天, 当时 (from the anchor)."""
    reference, days = _REL_DAY[word]
    base = context.article if reference == "article" else context.anchor
    if base is None:
        return None, None
    if days is None:  # 当时: the anchor as precise as it is
        return base, None
    day = base.as_date()
    return (_from_date(day + timedelta(days=days)), None) if day else (None, None)


def _resolve_weekday(prefix: str, weekday: int, context: _Context, future: bool) -> _Resolved:
    """周四: the last Thursday up to the article date; 上周四/本周四/下周四: in that week."""
    today = context.article.as_date() if context.article else None
    if today is None:
        return None, None
    if prefix:
        monday = today - timedelta(days=today.weekday()) + timedelta(weeks=_week_shift(prefix))
        return _from_date(monday + timedelta(days=weekday)), None
    if future:
        return _from_date(today + timedelta(days=(weekday - today.weekday()) % 7)), None
    return _from_date(today - timedelta(days=(today.weekday() - weekday) % 7)), None


def _resolve_week(prefix: str, context: _Context, future: bool) -> _Resolved:
    """上周: the month that holds the whole week, else its year (there is no ISO week here)."""
    today = context.article.as_date() if context.article else None
    if today is None:
        return None, None
    monday = today - timedelta(days=today.weekday()) + timedelta(weeks=_week_shift(prefix))
    sunday = monday + timedelta(days=6)
    if (monday.year, monday.month) == (sunday.year, sunday.month):
        return _Point(monday.year, monday.month), None
    return (_Point(monday.year), None) if monday.year == sunday.year else (None, None)


def _week_shift(prefix: str) -> int:
    return -1 if prefix.startswith("上") else 1 if prefix.startswith("下") else 0


def _resolve_duration(
    count: int | None, unit: str, ago: bool, context: _Context, future: bool
) -> _Resolved:
    """6年前, 3个月前, 两周前 (from the article date); 3天后 (from the anchor)."""
    base = context.article if ago else context.anchor
    if base is None or count is None:
        return None, None
    signed = -count if ago else count
    if unit == "year":
        return _Point(base.year + signed), None
    if unit == "month":
        if base.month is None:
            return None, None
        return _Point(*_shift_months(base.year, base.month, signed)), None
    day = base.as_date()
    if day is None:
        return None, None
    return _from_date(day + timedelta(days=signed * (7 if unit == "week" else 1))), None


# ---------------------------------------------------------------------------------------------
# Small pure helpers


_ISO: Final = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?")


def _parse_iso(value: str | None, name: str) -> _Point | None:
    """'2019', '2019-02' or '2019-02-27' (a time after the date is ignored) → _Point."""
    if value is None:
        return None
    match = _ISO.fullmatch(value.strip())
    point = _valid(*(int(g) if g else None for g in match.groups())) if match else None
    if point is None:
        raise ValueError(f"{name} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
    return point


def _valid(year: int | None, month: int | None = None, day: int | None = None) -> _Point | None:
    """The point if it exists on the calendar (no 2月30日), else None."""
    if year is None or (day and not month):
        return None
    try:
        date(year, month or 1, day or 1)
    except ValueError:
        return None
    return _Point(year, month, day)


def _from_date(day: date) -> _Point:
    return _Point(day.year, day.month, day.day)


def _shift_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def _to_int(numeral: str | None) -> int | None:
    """'11', '十一', '二十一', '两', '二〇一九' → int; None for 几, 数 or nothing."""
    if not numeral:
        return None
    if numeral.isdigit():
        return int(numeral)
    if len(numeral) == 4 and all(c in _CN_DIGITS for c in numeral):  # 二〇一九
        return int("".join(str(_CN_DIGITS[c]) for c in numeral))
    total, current = 0, 0
    for char in numeral:
        if char in _CN_DIGITS:
            current = _CN_DIGITS[char]
        elif char in "十百":
            total += (current or 1) * (10 if char == "十" else 100)
            current = 0
        else:
            return None
    return total + current
