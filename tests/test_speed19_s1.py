"""The actor stage's shortcuts of the first speed pass of round nineteen give what the long
way gives.

- the actor scan takes its candidate positions from one pass of an Aho-Corasick automaton
  (``StartIndex.starts``), not from one regex search per candidate: the same positions, in
  the same order, and the scan finds the same mentions (the title loops kept ``next``: for
  their one or two candidates a sentence the automaton's call cost more than the regex);
- ``title_ending_at`` tries only the lengths of the titles that end in the character before
  the end: the same title as trying every length;
- the posts an organ holds (外交部发言人…) are found by ``title_ending_at``, not by trying
  every title length: the same posts;
- ``_japanese_context`` looks positions up only when the clause holds a name of Japan: the
  same answer as looking up every position;
- the cheap tests of a sentence (a name dot, 选 or 任, 等, a short name of the article) are
  ``in`` tests of the sentence, not regex searches or ``str.find`` calls: the same answers.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.actors import (
    _NAME_DOT,
    ArticleMemory,
    _add_short_names,
    _ambiguous_at,
    _bare_institution,
    _has_name_dot,
    _japanese_context,
    _learn_unnamed_posts,
    _mention_at,
    _named_short,
    _scan,
    find_actors,
)
from kg.articles import iter_articles
from kg.gazetteer import Gazetteer, StartIndex, Title, load_gazetteer
from kg.model import Mention, Skipped
from kg.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]

# written for the test, in the style of international news
SENTENCES = [
    "日本内阁官房长官仙谷由人在记者会上表示,日方将加强对朝制裁。",
    "中国外交部发言人林剑在例行记者会上回答了提问。",
    "日本驻华大使垂秀夫当天会见了中方官员。",
    "东京方面表示,首相石破茂将于下周访问华盛顿。",
    "美日韩三国外长发表联合声明,谴责朝鲜发射导弹。",
    "北大西洋公约组织秘书长吕特与乌克兰总统泽连斯基通电话。",
    "俄罗斯国防部长别洛乌索夫视察了前线部队。",
    "据报道,美财政部当天宣布对伊朗实施新一轮制裁,伊方予以谴责。",
    "外交部副部长马朝旭会见了来访的以色列外交部总司长。",
    "20国集团峰会在里约热内卢开幕,各国领导人出席。",
    "中",
    "",
]


def _stretches() -> list[tuple[str, int, int]]:
    """Every sentence of seeds/, eval/dev and eval/terminus-dev as (article text, start,
    end), and the sentences written for the test."""
    found = [(text, 0, len(text)) for text in SENTENCES]
    for article in iter_articles(
        [str(ROOT / d) for d in ("seeds", "eval/dev", "eval/terminus-dev")]
    ):
        if isinstance(article, Skipped):
            continue
        found.extend((article.text, s.start, s.end) for s in split_sentences(article))
    return found


@pytest.fixture(scope="module")
def stretches() -> list[tuple[str, int, int]]:
    found = _stretches()
    assert len(found) > 300
    return found


def _by_next(index: StartIndex, text: str, start: int, end: int) -> list[int]:
    """What the scans did before: ask ``next`` for each candidate in turn."""
    found, pos = [], start
    while pos < end:
        pos = index.next(text, pos, end)
        if pos == -1:
            break
        found.append(pos)
        pos += 1
    return found


@pytest.mark.parametrize("name", ["actor_index", "title_index", "person_index"])
def test_starts_gives_the_positions_next_gives(stretches, name: str) -> None:
    index = getattr(load_gazetteer(), name)
    candidates = 0
    for text, start, end in stretches:
        expected = _by_next(index, text, start, end)
        assert index.starts(text, start, end) == expected, (name, text[start:end])
        candidates += len(expected)
    assert candidates > 100


def test_starts_reads_the_second_character_past_the_end() -> None:
    index = StartIndex(["美国", "中"])
    assert index.starts("对美国", 0, 2) == [1]  # 国 lies at the end: the caller decides
    assert index.starts("美军", 0, 2) == []
    assert index.starts("xx中", 0, 3) == [2]
    assert index.starts("中国和美国", 1, 5) == [3]  # a stretch inside a longer text
    assert index.starts("中中美国", 0, 4) == [0, 1, 2]  # a one-character word, then a head
    assert index.starts("😀中😀美国", 0, 5) == [1, 3]  # offsets in characters, not bytes
    assert index.starts("美国", 2, 2) == []
    assert StartIndex([]).starts("美国", 0, 2) == []


def _scan_by_next(text: str, start: int, end: int, gaz: Gazetteer, memory) -> list[Mention]:
    """The actor scan as it was: one ``next`` for each candidate."""
    mentions: list[Mention] = []
    pos = start
    while pos < end:
        pos = gaz.actor_index.next(text, pos, end)
        if pos == -1:
            break
        found = (
            _mention_at(text, pos, end, gaz)
            or _ambiguous_at(text, pos, end, gaz, memory, mentions)
            or _bare_institution(text, pos, end, gaz, memory, mentions)
        )
        if not found:
            pos += 1
            continue
        mentions.extend(_named_short(text, m, gaz, found) for m in found)
        pos = max(m.end for m in found)
    return mentions


def test_the_scan_finds_what_it_found_asking_next(stretches) -> None:
    """Each sentence in article order, with what the article taught the earlier ones (the
    scan reads the organs and countries named before)."""
    gaz = load_gazetteer()
    memories: dict[int, ArticleMemory] = {}
    found = 0
    for text, start, end in stretches:
        memory = memories.setdefault(id(text), ArticleMemory())
        expected = _scan_by_next(text, start, end, gaz, memory)
        assert _scan(text, start, end, gaz, memory) == expected, text[start:end]
        found += len(expected)
        find_actors(text, start, end, gaz, memory=memory)
    assert found > 100


def _title_ending_at_every_length(gaz: Gazetteer, text: str, end: int, start_min: int):
    """``title_ending_at`` as it was: every title length, longest first."""
    for length in gaz.title_lengths:
        if end - length < start_min:
            continue
        title = gaz.titles.get(text[end - length : end])
        if title is not None:
            return title
    return None


def test_a_title_ending_at_a_position_is_the_one_every_length_finds(stretches) -> None:
    gaz = load_gazetteer()
    titles = 0
    for text, start, end in stretches[:400]:
        for at in range(start, end + 1):
            for start_min in (0, max(0, at - 8), at - 2):
                expected = _title_ending_at_every_length(gaz, text, at, start_min)
                assert gaz.title_ending_at(text, at, start_min) == expected, (text, at)
                titles += expected is not None
    assert titles > 50


def test_a_title_ending_past_the_text_is_looked_for_as_before() -> None:
    """An end past the text (a slice cut short) or at its start: every length is tried."""
    gaz = load_gazetteer()
    for text in ("国防部长", "外交部长", "总统", ""):
        for end in (0, len(text) + 1, len(text) + 3):
            expected = _title_ending_at_every_length(gaz, text, end, 0)
            assert gaz.title_ending_at(text, end, 0) == expected
    assert gaz.title_ending_at("国防部长", 4) == Title("国防部长", "minister", "国防部")


def _japanese_by_every_position(text: str, pos: int, gaz: Gazetteer) -> bool:
    """``_japanese_context`` as it was: every position of the clause looked up."""
    from kg.actors import _PUNCT

    start = pos
    while start > max(0, pos - 16) and text[start - 1] not in _PUNCT:
        start -= 1
    items = 0  # (round 42: up to two items of a 、 list before it, each up to 24 letters)
    while items < 2 and start > 0 and text[start - 1] == "、":
        items, reach = items + 1, start - 1
        start = reach
        while start > max(0, reach - 24) and text[start - 1] not in _PUNCT:
            start -= 1
    for at in range(pos - 1, start - 1, -1):
        hit = gaz.match_at(text, at)
        if hit and hit[1].type == "Country" and at + len(hit[0]) <= pos:
            if text[at - 1 : at] == "驻":
                continue
            return hit[1].key == "JPN"
    return False


def test_the_japanese_context_is_what_every_position_told(stretches) -> None:
    gaz = load_gazetteer()
    japanese = 0
    for text, start, end in stretches:
        for at in range(start, end + 1):
            expected = _japanese_by_every_position(text, at, gaz)
            assert _japanese_context(text, at, gaz) == expected, (text[start:end], at)
            japanese += expected
    assert japanese > 10


def test_a_japanese_title_gives_a_longer_name() -> None:
    gaz = load_gazetteer()
    text = SENTENCES[0]
    assert _japanese_context(text, text.index("仙谷"), gaz)
    text = SENTENCES[1]
    assert not _japanese_context(text, text.index("林剑"), gaz)
    names = [m.text for m in find_actors(SENTENCES[0], 0, len(SENTENCES[0]), gaz).mentions]
    assert "仙谷由人" in names


def _unnamed_posts_by_every_length(text: str, gaz: Gazetteer, mentions, posts) -> None:
    """``_learn_unnamed_posts`` as it was: every title length, longest first."""
    for mention in mentions:
        if mention.actor.type == "Person":
            continue
        for length in gaz.title_lengths:
            title = text[mention.end - length : mention.end]
            if length < len(mention.text) and title in gaz.titles:
                posts[title] = mention
                break


def test_the_posts_an_organ_holds_are_the_ones_every_length_found(stretches) -> None:
    gaz = load_gazetteer()
    learned = 0
    for text, start, end in stretches:
        mentions = find_actors(text, start, end, gaz).mentions
        expected: dict = {}
        _unnamed_posts_by_every_length(text, gaz, mentions, expected)
        posts: dict = {}
        _learn_unnamed_posts(text, gaz, mentions, posts)
        assert posts == expected, text[start:end]
        learned += len(posts)
    assert learned >= 10


def test_the_cheap_tests_of_a_sentence_answer_as_the_searches(stretches) -> None:
    dots = 0
    for text, start, end in stretches:
        stretch = text[start:end]
        assert _has_name_dot(stretch) == (_NAME_DOT.search(text, start, end) is not None)
        dots += _has_name_dot(stretch)
    assert dots > 5
    for stretch in ("约翰•克里", "岸田・文雄", "王毅会见布林肯", ""):
        assert _has_name_dot(stretch) == (_NAME_DOT.search(stretch) is not None)


def test_short_names_are_found_again_only_inside_the_sentence() -> None:
    gaz = load_gazetteer()
    person = gaz.actors["USA"]  # any actor: the test is about where the name is found
    text = "赫格塞思表示。国防部长赫格塞思当天抵达。赫格塞思称"
    start, end = text.index("国防部长"), text.index("赫格塞思称")
    found = _add_short_names(text, start, end, {"赫格塞思": person, "布林肯": person}, [])
    assert [(m.start, m.end) for m in found] == [(start + 4, start + 8)]
    assert _add_short_names(text, start, end, {}, []) == []
