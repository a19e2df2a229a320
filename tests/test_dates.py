"""Tests of kg.dates: date expressions in Chinese news sentences → ISO dates at their precision."""

from __future__ import annotations

import doctest

import pytest

import kg
from kg import dates
from kg.dates import DateMention, DateTracker, event_date, find_dates

NOV8 = "2025-11-08"  # a Saturday

# (sentence, anchor, article_date) → [(mention text, value)] in text order
CASES = [
    # full dates resolve alone
    (
        "即将于2019年2月27日至28日在越南河内举行第二次会晤",
        None,
        None,
        [("2019年2月27日至28日", "2019-02-27")],
    ),
    ("当地时间2025年11月3日,赫格塞思与安圭伯握手", None, NOV8, [("2025年11月3日", "2025-11-03")]),
    ("【新唐人北京时间2023年08月26日讯】", None, None, [("2023年08月26日", "2023-08-26")]),
    ("2025-03-06 14:00 发布", None, None, [("2025-03-06", "2025-03-06")]),
    ("二〇一九年十一月四日,双方签署协议", None, None, [("二〇一九年十一月四日", "2019-11-04")]),
    ("据CNN8月1日消息,美国和", None, "2022-08-02", [("8月1日", "2022-08-01")]),
    # year-less month-day: the anchor's year, or the year before when months ahead
    ("美国财政部11月4日对朝鲜实施制裁", None, NOV8, [("11月4日", "2025-11-04")]),
    ("11月4日双方再次会谈", "2019-03-01", NOV8, [("11月4日", "2019-11-04")]),
    ("12月28日,两国签署协议", None, "2025-01-10", [("12月28日", "2024-12-28")]),
    ("12月1日将举行峰会", None, NOV8, [("12月1日", "2025-12-01")]),
    ("推迟了原定在12月1日举行的峰会", None, "2008-11-30", [("12月1日", "2008-12-01")]),
    ("外长将于1月5日访华", None, "2025-12-20", [("1月5日", "2026-01-05")]),
    ("1月2日,双方继续谈判", "2024-12-30", "2025-01-10", [("1月2日", "2025-01-02")]),
    # a day alone: most recent such day up to the article date ...
    ("据新华社援引朝中社6日报道", "2025-11-04", NOV8, [("6日", "2025-11-06")]),
    ("双方30日举行会谈", "2025-11-04", NOV8, [("30日", "2025-10-30")]),
    ("(中央社华盛顿5日综合外电报导)", None, "2025-03-06", [("5日", "2025-03-05")]),
    ("默克尔8日发表联合声明", "2015-07", "2018-05-11", [("8日", "2018-05-08")]),
    ("31日,双方会谈", None, "2025-12-05", [("31日", "2025-10-31")]),
    ("仙谷由人13号坚持按日本国内法处理", None, "2010-09-14", [("13号", "2010-09-13")]),
    # ... else in the anchor's month: no article date, a future anchor, or one in the sentence
    ("朝中社6日报道", "2025-11-04", None, [("6日", "2025-11-06")]),
    ("11日,双方继续会谈", "2025-12-10", NOV8, [("11日", "2025-12-11")]),
    (
        "据朝中社9月22日报道,金正恩21日说",
        None,
        NOV8,
        [("9月22日", "2025-09-22"), ("21日", "2025-09-21")],
    ),
    ("两国将于30日举行会谈", None, NOV8, [("30日", "2025-11-30")]),
    # parts of months and years keep the coarser precision
    ("特朗普10月底启动亚洲之行", None, NOV8, [("10月底", "2025-10")]),
    ("1月中旬,由劳动党中央委员会", "2019-01-02", "2019-02-27", [("1月中旬", "2019-01")]),
    ("2018年底,第二次金特会提上日程", None, None, [("2018年底", "2018")]),
    ("窗口只会在2019年上半年继续敞开", None, None, [("2019年上半年", "2019")]),
    ("在第一任期结束的2021年1月前实现无核化", None, None, [("2021年1月", "2021-01")]),
    # relative to the article date
    ("今年1月,特朗普就职", None, NOV8, [("今年1月", "2025-01")]),
    ("最终规则在去年10月7日出台", None, "2023-10-18", [("去年10月7日", "2022-10-07")]),
    ("俄乌两国本月16日在土耳其会谈", None, "2025-05-26", [("本月16日", "2025-05-16")]),
    ("上月底,双方在上个月的会谈中", None, NOV8, [("上月底", "2025-10"), ("上个月", "2025-10")]),
    (
        "希望会谈能在今年举行,明年再谈,去年未谈",
        None,
        NOV8,
        [("今年", "2025"), ("明年", "2026"), ("去年", "2024")],
    ),
    (
        "昨天美国宣布,今天中方回应,明天再谈",
        None,
        NOV8,
        [("昨天", "2025-11-07"), ("今天", "2025-11-08"), ("明天", "2025-11-09")],
    ),
    # relative to the anchor
    ("次日,特朗普做出积极回应", "2019-01-01", "2019-02-27", [("次日", "2019-01-02")]),
    (
        "金恩哲当天发表谈话,前一天朝方已表态",
        "2025-11-06",
        NOV8,
        [("当天", "2025-11-06"), ("前一天", "2025-11-05")],
    ),
    (
        "同日,与俄罗斯接壤的地区遇袭;翌日再次遇袭",
        "2025-05-25",
        "2025-05-26",
        [("同日", "2025-05-25"), ("翌日", "2025-05-26")],
    ),
    ("当时,李在明提议会面", "2025-08", NOV8, [("当时", "2025-08")]),
    (
        "美国11月4日宣布制裁,朝方6日谴责,当天韩国表态",
        None,
        NOV8,
        [("11月4日", "2025-11-04"), ("6日", "2025-11-06"), ("当天", "2025-11-06")],
    ),
    # weekdays in the week of the article date: past unless 下周 or a future cue
    ("安理会周四强烈谴责朝鲜", None, NOV8, [("周四", "2025-11-06")]),
    (
        "习近平当地时间星期四(8月24日)上午发表讲话",
        None,
        "2023-08-24",
        [("星期四", "2023-08-24"), ("8月24日", "2023-08-24")],
    ),
    (
        "上周四双方通话,本周一再谈,下周一见面",
        None,
        NOV8,
        [("上周四", "2025-10-30"), ("本周一", "2025-11-03"), ("下周一", "2025-11-10")],
    ),
    ("两国外长将于周一会谈", None, NOV8, [("周一", "2025-11-10")]),
    ("日本周三宣布", None, NOV8, [("周三", "2025-11-05")]),
    ("周六,抗议者上街", None, NOV8, [("周六", "2025-11-08")]),
    # a week: the month that holds it, else the year
    ("美国副总统本周视察边境", None, NOV8, [("本周", "2025-11")]),
    ("他上周抵达波兰", None, NOV8, [("上周", "2025")]),
    ("他将在下周抵达波兰访问", None, "2008-11-30", [("下周", "2008-12")]),
    # durations ago from the article date, after from the anchor
    ("此次访问似乎希望复制6年前板门店会晤的剧本", None, NOV8, [("6年前", "2019")]),
    (
        "3个月前,两天前,两周前,半年前",
        None,
        NOV8,
        [
            ("3个月前", "2025-08"),
            ("两天前", "2025-11-06"),
            ("两周前", "2025-10-25"),
            ("半年前", "2025-05"),
        ],
    ),
    ("3天后,双方再次会谈", "2025-11-04", NOV8, [("3天后", "2025-11-07")]),
    # ranges: value is the first day (end_value is tested below)
    (
        "当地时间11月29日至30日,中非合作论坛举行",
        None,
        "2021-12-02",
        [("11月29日至30日", "2021-11-29")],
    ),
    ("2018-2019年美朝首脑会谈时的谈判人员", None, NOV8, [("2018-2019年", "2018")]),
    ("《达喀尔行动计划(2022—2024年)》", None, None, [("2022—2024年", "2022")]),
    ("今年1-2月出口增长", None, NOV8, [("今年1-2月", "2025-01")]),
    ("双方27-28日在河内会晤", "2019-02-01", "2019-02-27", [("27-28日", "2019-02-27")]),
    # an explicit year gives its year to the months after it in the sentence, not a "since"
    (
        "2018年,朝美举行首脑会晤,6月在新加坡签署声明",
        None,
        NOV8,
        [("2018年", "2018"), ("6月", "2018-06")],
    ),
    (
        "这是2023年以来首次,韩国统一部6月9日表态",
        None,
        NOV8,
        [("2023年", "2023"), ("6月9日", "2025-06-09")],
    ),
    # not dates
    ("过去4年,外部环境已发生巨大变化", None, NOV8, []),
    ("美国财政部对朝鲜八名个人和两个实体实施制裁", None, NOV8, []),
    ("这是美方第五次启动对朝单边制裁,关税加征10%", None, NOV8, []),
    ("佩洛西是美国政府的第3号人物,安理会第2231号决议", None, NOV8, []),
    ("闽晋渔5179号14名船员和渔船被放还", None, NOV8, []),
    ("将在3日内答复,近3日来局势紧张,3日元", None, NOV8, []),
    ("如今年轻人,这次日本之行不可同日而语", None, NOV8, []),
    ("每周一开会,一周一次,人类登上月球", None, NOV8, []),
    ("在适当时机,1990年代,4年来", None, NOV8, []),
    ("过去3天,3个月来,一个月内", None, NOV8, []),
    ("数年前,几天前", None, NOV8, []),  # no number: unresolvable, so left out
    ("今天,我们向着公平互惠迈出一步", None, None, []),  # no article date
]


@pytest.mark.parametrize(("sentence", "anchor", "article_date", "expected"), CASES)
def test_find_dates(
    sentence: str, anchor: str | None, article_date: str | None, expected: list[tuple[str, str]]
) -> None:
    found = find_dates(sentence, anchor, article_date)
    assert [(m.text, m.value) for m in found] == expected
    for m in found:
        assert sentence[m.start : m.end] == m.text


# (sentence, anchor, article_date) → (value, end_value, precision, relative, kind) of the first
DETAILS = [
    ("2019年2月27日至28日", None, None, ("2019-02-27", "2019-02-28", "day", False, "absolute")),
    ("11月29日至12月1日", None, "2021-12-02", ("2021-11-29", "2021-12-01", "day", True, "partial")),
    ("30日至2日", "2025-11-28", "2025-12-02", ("2025-11-30", "2025-12-02", "day", True, "partial")),
    ("2018-2019年", None, None, ("2018", "2019", "year", False, "absolute")),
    ("今年11-12月", None, NOV8, ("2025-11", "2025-12", "month", True, "relative")),
    ("10月底", None, NOV8, ("2025-10", None, "month", True, "partial")),
    ("次日", "2025-11-04", NOV8, ("2025-11-05", None, "day", True, "relative")),
    ("周四", None, NOV8, ("2025-11-06", None, "day", True, "weekday")),
    ("6年前", None, NOV8, ("2019", None, "year", True, "duration_ago")),
    ("3天后", None, NOV8, ("2025-11-11", None, "day", True, "duration_after")),
    ("2018年", None, None, ("2018", None, "year", False, "absolute")),
]


@pytest.mark.parametrize(("sentence", "anchor", "article_date", "expected"), DETAILS)
def test_mention_fields(
    sentence: str, anchor: str | None, article_date: str | None, expected: tuple[object, ...]
) -> None:
    m = find_dates(sentence, anchor, article_date)[0]
    assert (m.value, m.end_value, m.precision, m.relative, m.kind) == expected


# unresolvable mentions are reported only on request, with value None
UNRESOLVED = [
    ("今天,我们向着公平互惠迈出一步", None, None, [("今天", None, "relative")]),
    ("美国财政部11月4日对朝鲜实施制裁", None, None, [("11月4日", None, "partial")]),
    ("数年前", None, NOV8, [("数年前", None, "duration_ago")]),
    ("当天", "2025-10", None, [("当天", None, "relative")]),  # the anchor has no day
]


@pytest.mark.parametrize(("sentence", "anchor", "article_date", "expected"), UNRESOLVED)
def test_include_unresolved(
    sentence: str,
    anchor: str | None,
    article_date: str | None,
    expected: list[tuple[str, None, str]],
) -> None:
    assert find_dates(sentence, anchor, article_date) == []
    found = find_dates(sentence, anchor, article_date, include_unresolved=True)
    assert [(m.text, m.value, m.kind) for m in found] == expected


def test_offset_indexes_the_article() -> None:
    article = "标题\n美国财政部11月4日对朝鲜实施制裁。"
    start = article.index("美")
    (m,) = find_dates(article[start:], None, NOV8, offset=start)
    assert article[m.start : m.end] == "11月4日"


@pytest.mark.parametrize("bad", ["2025/11/08", "11月8日", "2025-13-01", "2025-02-30", ""])
def test_bad_reference_dates_raise(bad: str) -> None:
    with pytest.raises(ValueError, match="ISO date"):
        find_dates("6日", None, bad)
    with pytest.raises(ValueError, match="ISO date"):
        DateTracker(bad)


def test_reference_dates_at_any_precision() -> None:
    assert [m.value for m in find_dates("6日", "2025-11", None)] == ["2025-11-06"]
    assert [m.value for m in find_dates("今年", None, "2025")] == ["2025"]
    assert [m.value for m in find_dates("今天", None, "2025-11-08T09:30:00")] == ["2025-11-08"]


def test_tracker_carries_the_anchor_across_sentences() -> None:
    article = [
        "美国财政部11月4日对朝鲜八名个人和两个实体实施制裁。",
        "据新华社援引朝中社6日报道,朝鲜外务省副相金恩哲当天发表谈话,谴责美国。",
        "次日,韩国外交部表示关注。",
    ]
    tracker = DateTracker(NOV8)
    found = [[(m.text, m.value) for m in tracker.scan(s)] for s in article]
    assert found == [
        [("11月4日", "2025-11-04")],
        [("6日", "2025-11-06"), ("当天", "2025-11-06")],
        [("次日", "2025-11-07")],
    ]
    assert tracker.anchor == "2025-11-07"


def test_tracker_anchor_ignores_years_and_resets_sentence_hints() -> None:
    tracker = DateTracker("2025-11-08")
    assert tracker.anchor == "2025-11-08"
    tracker.scan("10月23日,特朗普前往东盟峰会。")
    tracker.scan("这是2023年以来首次,也是6年前以来最大规模。")  # years do not move the anchor
    assert tracker.anchor == "2025-10-23"
    assert [m.value for m in tracker.scan("当天,朝方回应。")] == ["2025-10-23"]
    tracker.scan("2018年,朝美举行首脑会晤。")
    # the 2018 hint was for that sentence only
    assert [m.value for m in tracker.scan("6月,双方再次会晤。")] == ["2025-06"]


def test_tracker_without_article_date() -> None:
    tracker = DateTracker(None)
    assert tracker.anchor is None
    assert tracker.scan("美国财政部11月4日对朝鲜实施制裁。") == []
    assert [m.value for m in tracker.scan("当地时间2025年11月3日,两国会谈。")] == ["2025-11-03"]
    assert [m.value for m in tracker.scan("5日,朝方回应;次日,韩方表态。")] == [
        "2025-11-05",
        "2025-11-06",
    ]


def _mention(start: int, value: str | None) -> DateMention:
    return DateMention(start, start + 2, "x", value, "day", True, "partial")


# (mention starts and values, trigger offset, article date) → (value, source)
EVENT_DATES = [
    ([(2, "2025-11-04"), (14, "2025-11-06")], 16, NOV8, ("2025-11-06", "text")),
    ([(2, "2025-11-04"), (14, "2025-11-06")], 8, NOV8, ("2025-11-04", "text")),
    ([(10, "2025-11-04"), (20, "2025-11-06")], 3, NOV8, ("2025-11-04", "text")),
    ([(2, None), (10, "2025-11-04")], 5, NOV8, ("2025-11-04", "text")),
    ([], 5, NOV8, (NOV8, "article")),
    ([(2, None)], 5, NOV8, (NOV8, "article")),
    ([], 5, None, (None, "none")),
]


@pytest.mark.parametrize(("spans", "trigger", "article_date", "expected"), EVENT_DATES)
def test_event_date(
    spans: list[tuple[int, str | None]],
    trigger: int,
    article_date: str | None,
    expected: tuple[str | None, str],
) -> None:
    mentions = [_mention(start, value) for start, value in spans]
    assert event_date(mentions, trigger, article_date) == expected


def test_event_date_on_a_sentence() -> None:
    sentence = "美国财政部11月4日对朝鲜实施制裁,朝方6日予以谴责"
    mentions = find_dates(sentence, None, NOV8)
    assert event_date(mentions, sentence.index("制裁"), NOV8) == ("2025-11-04", "text")
    assert event_date(mentions, sentence.index("谴责"), NOV8) == ("2025-11-06", "text")


def test_a_date_before_de_dates_only_its_noun_phrase() -> None:
    # 2018年的访问 is a noun phrase: the visit reported after 之后 is dated otherwise
    sentence = "马克龙5日抵达北京,这是他继2018年的访问之后再次访华"
    mentions = find_dates(sentence, None, NOV8)
    assert event_date(mentions, sentence.index("访华"), NOV8) == ("2025-11-05", "text")
    assert event_date(mentions, sentence.index("访问"), NOV8) == ("2018", "text")
    assert event_date(find_dates("他2018年访问北京", None, NOV8), 7, NOV8) == ("2018", "text")


@pytest.mark.skipif(
    "dates" in kg.compiled_modules(), reason="a compiled module keeps no doctest examples"
)
def test_doctests() -> None:
    result = doctest.testmod(dates)
    assert result.attempted > 0 and result.failed == 0
