"""The shortcuts of the second speed pass of round eighteen give what the long way gives.

- the trigger-or-title test of every sentence is an Aho-Corasick automaton of the regex's
  words: it passes exactly the sentences the regex finds something in (split triggers whose
  parts stand too far apart, across a comma or in the wrong order included);
- the warm-up snapshot (kg/snapshot.py) is read where it fits and built anew where it is
  missing, stale (an ontology file changed) or damaged; the events are the same either way.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from sentences import events_of

from kg import articles, lexicon, snapshot
from kg.articles import iter_articles
from kg.extract import _trigger_or_title_gate, _trigger_or_title_pattern
from kg.gazetteer import StartIndex, load_gazetteer
from kg.lexicon import LiteralGate
from kg.model import Skipped
from kg.resources import ontology_dir
from kg.sentences import split_sentences
from kg.snapshot import warm_value, words_key

ROOT = Path(__file__).resolve().parents[1]

# written for the test, in the style of international news and commentary
SENTENCES = [
    "美国财政部宣布对朝鲜实施新一轮制裁。",
    "外交部发言人在例行记者会上回答了提问。",
    "国务卿布林肯当天抵达首尔。",
    "俄方表示将减少在基辅方向的军事活动。",  # a split trigger, parts 8 characters apart
    "俄方表示将减少 在 基辅 方向的 军事活动。",  # ... the gap written with spaces
    "俄方表示将减少军事活动。",  # ... no gap at all
    "俄方表示将减少，在基辅方向的军事活动不会停止。",  # a comma in the gap: no trigger there
    "俄方表示将减少在基辅方向以及周边地区和更远的其他地区的军事活动。",  # a gap of 25
    "军事活动已经减少。",  # the parts in the wrong order
    "双方举行了一次会议。",
    "会议在日内瓦举行。",
    "制 裁",  # a trigger split by a space is no trigger
    "这是一个漫长而寒冷的冬天。",
    "表面上看，双方的分歧并不大。",
    "",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_the_gate_passes_what_the_regex_finds(text: str) -> None:
    gaz = load_gazetteer()
    expected = _trigger_or_title_pattern(gaz).search(text) is not None
    assert _trigger_or_title_gate(gaz).search(text) == expected


def test_the_gate_passes_the_sentences_of_the_repository_sets() -> None:
    """Every sentence of seeds/, eval/dev and eval/terminus-dev: the same ones pass (a
    sample of real text, where many sentences hold the first part of a split trigger and
    no plain word)."""
    gaz = load_gazetteer()
    regex, gate = _trigger_or_title_pattern(gaz), _trigger_or_title_gate(gaz)
    texts = [
        sentence.text
        for article in iter_articles(
            [str(ROOT / d) for d in ("seeds", "eval/dev", "eval/terminus-dev")]
        )
        if not isinstance(article, Skipped)
        for sentence in split_sentences(article)
    ]
    assert len(texts) > 300
    passed = [text for text in texts if gate.search(text)]
    assert passed == [text for text in texts if regex.search(text)]
    assert 0 < len(passed) < len(texts)


def _toy_gate(plain: list[str], split: list[tuple[str, str]]) -> LiteralGate:
    branches = [re.escape(w) for w in plain]
    branches += [f"{re.escape(a)}[^，,。]{{0,20}}?{re.escape(b)}" for a, b in split]
    return LiteralGate(plain, split, re.compile("|".join(branches) if branches else "(?!)"))


def test_a_plain_word_hidden_under_a_first_part_is_found() -> None:
    """减少 (a first part) and 少将 (a plain word) overlap in 减少将: the automaton reports
    every occurrence, so the plain word is not lost under the first part."""
    gate = _toy_gate(["少将"], [("减少", "军事活动")])
    assert gate.search("美方减少将领互访")
    assert not gate.search("美方减少互访")
    assert gate.search("美方减少在该地区的军事活动")


def test_both_parts_too_far_apart_are_left_to_the_regex() -> None:
    gate = _toy_gate([], [("减少", "军事活动")])
    assert not gate.search("减少" + "很" * 21 + "军事活动")
    assert gate.search("减少" + "很" * 20 + "军事活动")
    assert not gate.search("减少，军事活动")


def test_an_empty_word_or_no_word_answers_as_the_regex() -> None:
    assert _toy_gate([""], []).search("任何文字")
    assert _toy_gate([""], []).search("")
    assert not _toy_gate([], []).search("任何文字")


# ---------------------------------------------------------------- the warm-up snapshot

_SNAPSHOT_USERS = (
    lexicon.trigger_branches,
    lexicon.trigger_pattern,
    articles._foldable,
    articles._traditional_chars,
    articles._foldable_set,
    articles._fold_search,
)


def _start_over() -> None:
    """This process forgets the snapshot and what it gave (the next use reads the file)."""
    snapshot._forget()
    for function in _SNAPSHOT_USERS:
        function.cache_clear()


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("KG_CACHE_DIR", str(folder))
    _start_over()
    yield folder
    _start_over()


NEWS = [
    "美国财政部宣布对朝鲜实施新一轮制裁。",
    "俄方表示将减少在基辅方向的军事活动。",
    "國務卿布林肯當天抵達首爾，與韓國外長舉行會談。",  # traditional script: both tables
    "中方坚决反对美方对台军售，已向美方提出严正交涉。",
]


def test_a_missing_snapshot_is_built_and_then_read(cache: Path) -> None:
    before = [events_of(text) for text in NEWS]
    # in the cache folder: the benchmark's build with a new, empty one has no snapshot
    assert snapshot.snapshot_path().is_relative_to(cache)
    assert not snapshot.snapshot_path().exists()
    assert lexicon.trigger_branches() and articles._foldable()  # built: nothing to read
    articles._traditional_chars()
    snapshot.save()
    assert snapshot.snapshot_path().exists()
    _start_over()
    assert [events_of(text) for text in NEWS] == before  # now from the file
    assert snapshot._values is not None and set(snapshot._values) >= {
        "trigger_branches",
        "trigger_pattern",
        "foldable",
        "traditional",
    }
    assert snapshot._values["trigger_branches"] == lexicon._trigger_branches()
    assert snapshot._values["foldable"] == articles._foldable_chars()
    assert snapshot._values["traditional"] == articles._traditional_set()


def test_a_saved_value_is_read_not_built(cache: Path) -> None:
    assert warm_value("test", lambda: ("kept", 1)) == ("kept", 1)
    snapshot.save()
    _start_over()
    assert warm_value("test", lambda: ("built again", 2)) == ("kept", 1)


def test_the_snapshot_read_every_run_outlives_newer_files(cache: Path, monkeypatch) -> None:
    """Pruning drops the files used least recently, not the oldest written: the snapshot of
    the ontology in use, written long ago and read every run, stays when files of other
    versions fill the folder."""
    monkeypatch.setattr(snapshot, "MAX_FILES", 3)
    warm_value("test", lambda: ("kept", 1))
    snapshot.save()
    ours = snapshot.snapshot_path()
    os.utime(ours, (1_000_000, 1_000_000))  # written long ago
    for n in range(2):  # two files of other versions, written since
        other = ours.with_name(f"other-{n}.marshal")
        other.write_bytes(b"")
        os.utime(other, (2_000_000 + n, 2_000_000 + n))
    _start_over()
    assert warm_value("test", lambda: ("built again", 2)) == ("kept", 1)  # read: touched
    warm_value("new", lambda: 3)
    snapshot.save()  # a third file would make three: the least used one goes
    assert ours.exists()
    assert not ours.with_name("other-0.marshal").exists()


def test_a_changed_ontology_file_builds_the_values_anew(cache: Path, tmp_path, monkeypatch):
    copy = tmp_path / "ontology"
    shutil.copytree(ontology_dir(), copy)
    monkeypatch.setenv("KG_ONTOLOGY", str(copy))
    _start_over()
    assert warm_value("test", lambda: "old") == "old"
    snapshot.save()
    _start_over()
    assert warm_value("test", lambda: "new") == "old"
    triggers = copy / "triggers.tsv"
    triggers.write_text(triggers.read_text(encoding="utf-8") + "测试词\tsanctions\n", "utf-8")
    _start_over()
    assert warm_value("test", lambda: "new") == "new"


@pytest.mark.parametrize("damage", [b"", b"not marshal", b"\xe9\x00\x00", "truncate"])
def test_a_damaged_snapshot_is_built_anew(cache: Path, damage) -> None:
    before = [events_of(text) for text in NEWS]
    warm_value("test", lambda: "value")
    snapshot.save()
    path = snapshot.snapshot_path()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2] if damage == "truncate" else damage)
    _start_over()
    assert warm_value("test", lambda: "built") == "built"
    assert [events_of(text) for text in NEWS] == before
    snapshot.save()  # the damaged file is replaced by a whole one
    _start_over()
    assert warm_value("test", lambda: "again") == "built"


def test_no_cache_folder_no_snapshot(monkeypatch) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", "off")
    _start_over()
    try:
        assert snapshot.snapshot_path() is None
        assert warm_value("test", lambda: "built") == "built"
        snapshot.save()  # nothing to write to
    finally:
        _start_over()


def test_values_of_other_words_are_never_read(cache: Path) -> None:
    """A regex made of words a caller gives (a gazetteer's) is saved under a hash of those
    words: an index of other words builds its own."""
    assert StartIndex(["美国", "中"]).next("他在美国", 0, 4) == 2
    snapshot.save()
    _start_over()
    assert words_key("start_index", ["美国", "中"]) != words_key("start_index", ["俄罗斯"])
    assert StartIndex(["俄罗斯"]).next("美国和俄罗斯", 0, 6) == 3
    assert StartIndex(["美国", "中"]).next("他在美国", 0, 4) == 2  # read from the file
    assert words_key("start_index", ["美国", "中"]) in snapshot._values
