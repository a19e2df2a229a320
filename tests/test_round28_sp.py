"""The fixed cost of a build, cut without changing what it finds (round twenty-eight, sp).

- the trigger-or-title gate asks the trigger regex about the sentences its automaton cannot
  tell (both parts of a split trigger, no plain word), where it asked a regex of triggers
  and titles that was compiled for this alone: in such a sentence only a split trigger can
  match, so both regexes answer alike.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.articles import iter_articles
from kg.extract import _trigger_or_title_gate, _trigger_or_title_pattern
from kg.gazetteer import load_gazetteer
from kg.lexicon import LiteralGate, trigger_pattern
from kg.model import Skipped
from kg.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]

# written for the test: both parts of a split trigger (恢复…谈判, 交换…意见, 减少…军事活动),
# with and without a plain trigger or a title elsewhere, and near misses the gap rule stops
SPLIT_SENTENCES = [
    "双方同意恢复中断多年的谈判。",  # the split trigger alone
    "双方同意恢复在日内瓦的谈判。",
    "两国外长就地区局势交换了意见。",
    "两国外长就地区局势交换了意见，外交部发言人介绍了情况。",  # ... and a title
    "两国外长交换了意见并签署协议。",  # ... and a plain trigger
    "俄方表示将减少在基辅方向的军事活动。",
    "双方同意恢复，但中断多年的谈判仍无进展。",  # a comma in the gap: no trigger
    "谈判恢复了。",  # the parts in the wrong order
    "双方同意恢复在日内瓦以及周边地区和更远的其他地区进行了很久的谈判。",  # a gap too long
    "意见交换了。",
    "两国交换“各自”的意见。",  # a quoted name in the gap
    "两国交换”各自的意见。",  # a closing quotation mark alone in the gap
]


@pytest.mark.parametrize("text", SPLIT_SENTENCES)
def test_the_gate_passes_split_triggers_as_the_regex_of_triggers_and_titles(text: str) -> None:
    gaz = load_gazetteer()
    expected = _trigger_or_title_pattern(gaz).search(text) is not None
    assert _trigger_or_title_gate(gaz).search(text) == expected
    assert _trigger_or_title_gate(gaz).search_also(text)[0] == expected


def test_the_written_sentences_hold_both_answers() -> None:
    gaz = load_gazetteer()
    answers = {_trigger_or_title_gate(gaz).search(text) for text in SPLIT_SENTENCES}
    assert answers == {True, False}


def test_the_gate_asks_the_trigger_regex_not_the_regex_of_titles() -> None:
    """Its fallback is the trigger regex a build loads anyway."""
    gate = _trigger_or_title_gate(load_gazetteer())
    assert gate._fallback.pattern == trigger_pattern().pattern


def test_where_the_gate_asks_its_fallback_the_two_regexes_agree() -> None:
    """Every sentence of seeds/, eval/dev and eval/terminus-dev that holds both parts of a
    split trigger and no plain word (the only ones the fallback is asked about): the
    trigger regex finds a match exactly where the regex of triggers and titles does."""
    gaz = load_gazetteer()
    gate, either = _trigger_or_title_gate(gaz), _trigger_or_title_pattern(gaz)
    asked = []
    for article in iter_articles(
        [str(ROOT / d) for d in ("seeds", "eval/dev", "eval/terminus-dev")]
    ):
        if isinstance(article, Skipped):
            continue
        for sentence in split_sentences(article):
            found = gate._automaton.find_matches_as_strings(sentence.text, overlapping=True)
            if gate._plain.isdisjoint(found) and any(
                not gate._seconds.get(first, frozenset()).isdisjoint(found) for first in found
            ):
                asked.append(sentence.text)
    asked += SPLIT_SENTENCES[:3] + SPLIT_SENTENCES[5:]
    for text in asked:
        assert (trigger_pattern().search(text) is None) == (either.search(text) is None), text


def test_a_toy_gate_asks_its_fallback_only_without_a_plain_word() -> None:
    """The fallback (here a regex of the split word alone) is asked only where the text holds
    both parts and no plain word; a plain word found answers at once."""
    asked: list[str] = []

    class Counting:
        def search(self, text: str):
            asked.append(text)
            return re.search("减少[^，。]{0,5}活动", text)

    gate = LiteralGate(["制裁"], [("减少", "活动")], Counting())
    assert gate.search("宣布制裁并减少军事活动")  # a plain word: no question
    assert asked == []
    assert gate.search("将减少军事活动")
    assert not gate.search("将减少，军事活动")
    assert not gate.search("活动减少")  # one part, then the other: the regex says no
    assert asked == ["将减少军事活动", "将减少，军事活动", "活动减少"]
    assert not gate.search("活动")  # one part only: no question
    assert len(asked) == 3


def test_an_empty_plain_word_is_in_every_text() -> None:
    """The regex matches an empty word everywhere: no question to the fallback, which here
    would say no."""
    gate = LiteralGate(["", "制裁"], [], re.compile("(?!)"), also=["外交部"])
    assert gate.search("天气晴朗")
    assert gate.search_also("外交部说") == (True, True)
    assert gate.search_also("") == (True, False)


def test_a_split_word_needs_both_parts() -> None:
    with pytest.raises(ValueError, match="a part is empty"):
        LiteralGate([], [("减少", "")], re.compile("(?!)"))


# ---------------------------------------------------------------- word regexes from the snapshot


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    """An empty cache folder of this test's own; the snapshot read anew from it."""
    from kg import snapshot

    folder = tmp_path / "cache"
    monkeypatch.setenv("KG_CACHE_DIR", str(folder))
    snapshot._forget()
    yield folder
    snapshot._forget()


def _built(words: list[str]) -> str:
    """The text of a word regex made the long way: the trie of the words, then the rests."""
    from kg.lexicon import _trie_branches, first_character_text

    return first_character_text(_trie_branches(sorted(set(words))))


WORD_LISTS = [
    ["制裁", "制裁令", "会见", "会谈", "谈判"],
    ["外交部", "外交部长", "国防部", "国防部长", "发言人"],
    ["峰会"],
    [],
]


@pytest.mark.parametrize("words", WORD_LISTS)
def test_a_word_regex_from_the_snapshot_is_the_one_built(cache: Path, words: list[str]) -> None:
    from kg import snapshot
    from kg.lexicon import words_pattern

    built = words_pattern(words)
    assert built.pattern == _built(words)
    snapshot.save()
    snapshot._forget()
    again = words_pattern(reversed(words))  # from the file; the order of the words is no key
    assert snapshot._values and any(key.startswith("words_pattern:") for key in snapshot._values)
    assert again.pattern == built.pattern
    for text in ["美国宣布制裁令", "外交部长会见", "峰会谈判", "天气晴朗"]:
        assert [m.span() for m in again.finditer(text)] == [
            m.span() for m in re.finditer(_built(words), text)
        ]


def test_other_words_are_never_served_a_kept_regex(cache: Path) -> None:
    """An edited list (a word added, one taken out) is another key: its regex is built anew,
    not read from what the snapshot kept for the old list."""
    from kg import snapshot
    from kg.lexicon import words_pattern

    words_pattern(["制裁", "会见"])
    snapshot.save()
    snapshot._forget()
    edited = words_pattern(["制裁", "会谈"])
    assert edited.pattern == _built(["制裁", "会谈"])
    assert edited.search("双方会谈") and not edited.search("双方会见")
    assert words_pattern(["制裁", "会见", "会谈"]).search("双方会见")


def _forget_words() -> None:
    from kg import lexicon

    lexicon.forget_words()


def test_a_word_regex_of_an_edited_ontology_is_built_anew(cache: Path, tmp_path, monkeypatch):
    """A word added to words.tsv: the snapshot of the old ontology is not read (another
    fingerprint) and the word regex holds the new word."""
    import shutil

    from kg import lexicon, snapshot
    from kg.resources import ontology_dir

    copy = tmp_path / "ontology"
    shutil.copytree(ontology_dir(), copy)
    monkeypatch.setenv("KG_ONTOLOGY", str(copy))
    _forget_words()
    snapshot._forget()
    old = lexicon.words_pattern(lexicon.words("firm_noun"))
    snapshot.save()
    assert not old.fullmatch("测试用新词")
    with open(copy / "words.tsv", "a", encoding="utf-8") as handle:
        handle.write("测试用新词\tfirm_noun\n")
    _forget_words()
    snapshot._forget()
    try:
        new = lexicon.words_pattern(lexicon.words("firm_noun"))
        assert new.fullmatch("测试用新词")
        assert new.pattern == _built(list(lexicon.words("firm_noun")))
    finally:
        monkeypatch.undo()
        _forget_words()


def test_a_one_process_build_keeps_what_its_articles_asked_for(cache: Path, tmp_path) -> None:
    """A word regex first asked for by an article (after the warm-up) is in the snapshot file
    once the build's results are in, so the next run reads it."""
    from kg import snapshot
    from kg.workers import Extractor

    article = tmp_path / "a.txt"
    article.write_text("美国财政部宣布对朝鲜实施新一轮制裁。", encoding="utf-8")
    with Extractor(1) as extractor:
        results = list(extractor.map([str(article)]))
        snapshot.warm_value(snapshot.words_key("test", ["asked late"]), lambda: "late")
        extractor.extracted()
    assert results[0].graph is not None
    snapshot._forget()
    assert snapshot.warm_value(snapshot.words_key("test", ["asked late"]), lambda: "again") == (
        "late"
    )


# ---------------------------------------------------------------- the code dataclasses writes


@pytest.fixture
def code_kept(tmp_path, monkeypatch):
    """kg/code_cache.py with a cache folder of this test's own, undone after (the
    ``exec`` it gives ``dataclasses`` included)."""
    import builtins
    import dataclasses

    from kg import code_cache

    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(code_cache, "_kept", None)
    monkeypatch.setattr(code_cache, "_used", set())
    monkeypatch.setattr(code_cache, "_gained", False)
    monkeypatch.setattr(dataclasses, "exec", builtins.exec, raising=False)  # gone after
    monkeypatch.delattr(dataclasses, "exec")
    return code_cache


def _record_class():
    """A frozen record class as kg writes them (defaults, a tuple field, a method)."""
    from dataclasses import dataclass

    @dataclass(frozen=True)
    class Mention:
        surface: str
        start: int
        end: int
        role: str | None = None
        tags: tuple[str, ...] = ()

        def width(self) -> int:
            return self.end - self.start

    return Mention


def _made(cls) -> dict:
    """What a record class's generated functions are and do."""
    init = cls.__init__
    one, same, other = cls("美国", 0, 2), cls("美国", 0, 2), cls("美国", 0, 2, role="subject")
    try:
        one.start = 3
    except Exception as exc:  # noqa: BLE001 - which exception is what is compared
        refused = type(exc).__name__
    return {
        "annotations": init.__annotations__,
        "code": (init.__code__.co_code, init.__code__.co_flags, init.__code__.co_varnames),
        "consts": init.__code__.co_consts,
        "defaults": init.__defaults__,
        "qualname": init.__qualname__.split(".")[-1],
        "filename": init.__code__.co_filename,
        "repr": repr(other),
        "eq": (one == same, one == other),
        "hash": (hash(one) == hash(same), hash(one) == hash(other)),
        "refused": refused,
        "methods": sorted(n for n in vars(cls) if n.startswith("__") and callable(vars(cls)[n])),
    }


def test_kept_code_makes_the_same_record_classes(code_kept) -> None:
    plain = _made(_record_class())
    code_kept.keep_generated_code()
    compiled = _made(_record_class())  # compiled here (no file yet), then kept
    assert code_kept._gained and code_kept._kept
    code_kept.save_generated_code()
    assert code_kept.cache_file().exists()
    code_kept._kept = None
    code_kept.keep_generated_code()
    assert code_kept._kept  # read from the file
    code_kept._gained = False
    from_file = _made(_record_class())
    assert not code_kept._gained  # nothing compiled: every text was kept
    assert compiled == plain
    assert from_file == plain


def test_a_damaged_file_means_compiling_as_before(code_kept) -> None:
    plain = _made(_record_class())
    path = code_kept.cache_file()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x00not marshal")
    code_kept.keep_generated_code()
    assert code_kept._kept == {}
    assert _made(_record_class()) == plain
    code_kept.save_generated_code()  # the damaged file is replaced by a good one
    code_kept._kept = None
    code_kept.keep_generated_code()
    assert code_kept._kept


def test_a_text_of_another_python_is_not_read(code_kept) -> None:
    import marshal

    path = code_kept.cache_file()
    path.parent.mkdir(parents=True)
    path.write_bytes(marshal.dumps(("another-python", {"x = 1": compile("x = 2", "<s>", "exec")})))
    code_kept.keep_generated_code()
    assert code_kept._kept == {}
    namespace: dict = {}
    code_kept._exec_kept("x = 1", namespace)
    assert namespace["x"] == 1


def test_exec_keeps_its_defaults_and_its_other_inputs(code_kept) -> None:
    code_kept.keep_generated_code()
    namespace: dict = {}
    code_kept._exec_kept("y = 40 + 2", namespace)  # globals only: the locals are the same
    assert namespace["y"] == 42
    code_kept._exec_kept(compile("z = 1", "<s>", "exec"), namespace)  # code: run as it is
    assert namespace["z"] == 1
    with pytest.raises(SyntaxError):
        code_kept._exec_kept("def (", {})


def test_no_cache_folder_leaves_dataclasses_alone(code_kept, monkeypatch) -> None:
    import dataclasses

    monkeypatch.setenv("KG_CACHE_DIR", "off")
    code_kept.keep_generated_code()
    assert code_kept._kept is None
    assert "exec" not in vars(dataclasses)


# ---------------------------------------------------------------- lxml, imported for pages only


def _modules_after(code: str, cache: Path | None = None) -> set[str]:
    """The modules a fresh interpreter has loaded after running ``code`` (kg from here;
    ``cache``: kg's cache folder)."""
    import json
    import os
    import subprocess
    import sys

    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    if cache is not None:
        env["KG_CACHE_DIR"] = str(cache)
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    )
    return set(json.loads(out.stdout.splitlines()[-1]))


def test_markdown_and_text_are_read_without_lxml(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        "---\ntitle: 制裁\ndate: 2020-01-30\n---\n\n"
        "美国宣布对朝鲜实施制裁。<br>\n**外交部**表示反对。\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text("美国宣布对朝鲜实施制裁。\n", encoding="utf-8")
    modules = _modules_after(
        "from kg.articles import read_article\n"
        f"read_article({str(tmp_path / 'a.md')!r}); read_article({str(tmp_path / 'b.txt')!r})"
    )
    assert "kg.articles" in modules
    assert not any(name == "lxml" or name.startswith("lxml.") for name in modules)


def test_a_page_imports_lxml_when_read_and_reads_as_before(tmp_path: Path) -> None:
    page = tmp_path / "a.html"
    page.write_text(
        "<html><head><title>制裁</title></head><body><nav>菜单</nav>"
        '<div class="share">分享</div><p>美国宣布对朝鲜实施制裁。</p><p>外交部表示反对。</p>'
        "</body></html>",
        encoding="utf-8",
    )
    modules = _modules_after(f"from kg.articles import read_article\nread_article({str(page)!r})")
    assert "lxml.html" in modules
    from kg.articles import read_article

    article = read_article(str(page))
    assert article.title == "制裁"
    assert article.body.split("\n") == ["美国宣布对朝鲜实施制裁。", "外交部表示反对。"]


def test_workers_forked_next_share_lxml(tmp_path: Path) -> None:
    """A pool's warm-up imports lxml in the parent (its workers inherit it); a one-process
    warm-up leaves it to the first page."""
    cache = tmp_path / "cache"
    shared = _modules_after("from kg.workers import warm_up\nwarm_up(shared=True)", cache)
    assert "lxml.html" in shared
    alone = _modules_after("from kg.workers import warm_up\nwarm_up()", cache)
    assert "kg.extract" in alone and "lxml.html" not in alone


# ---------------------------------------------------------------- boilerplate firsts, kept


def test_the_boilerplate_firsts_kept_are_the_ones_read(cache: Path) -> None:
    """Every pattern of ontology/boilerplate.txt: what the snapshot gives back (built, then
    read from the file) is what re's parser reads; another pattern is read anew."""
    from kg import articles, snapshot
    from kg.resources import ontology_file

    articles._load_boilerplate.cache_clear()
    try:
        loaded = articles._boilerplate()
    finally:
        articles._load_boilerplate.cache_clear()
    patterns = [
        *(p for found in loaded._by_first.values() for p in found),
        *(p for p, *_ in loaded._reaching),
        *loaded._anywhere,
    ]
    assert len(set(p.pattern for p in patterns)) > 10
    assert ontology_file("boilerplate.txt").exists()
    expected = {p.pattern: articles._first_characters(p) for p in patterns}
    assert {p.pattern: articles._kept_first_characters(p) for p in patterns} == expected
    snapshot.save()
    snapshot._forget()
    assert {p.pattern: articles._kept_first_characters(p) for p in patterns} == expected
    assert any(key.startswith("boilerplate_firsts:") for key in snapshot._values)
    edited = re.compile("点击阅读原文.*")
    assert articles._kept_first_characters(edited) == (None, frozenset("点"))
    reaching = re.compile(".{0,12}未经授权.*")
    assert articles._kept_first_characters(reaching) == ((0, 12), frozenset("未"))


# ---------------------------------------------------------------- triggers made quickly


def test_a_trigger_is_the_record_the_dataclass_made() -> None:
    """Trigger's quick __init__ (kg.model._quick_init): same fields and defaults, equality,
    hash, replace, pickling, frozen; its cached event type is asked anew after replace."""
    import dataclasses
    import pickle

    from kg.lexicon import Trigger, predicates, triggers

    pred, other = list(predicates().values())[:2]
    made = Trigger("制裁", pred, frozenset({"target"}))
    assert dataclasses.astuple(made) == (
        "制裁",
        dataclasses.astuple(pred),
        frozenset({"target"}),
        2,
        frozenset(),
        None,
    )
    full = Trigger("减少…军事活动", pred, frozenset(), 3, frozenset({"x"}), (2, 6))
    assert (full.gap, full.flags, full.inner) == (3, frozenset({"x"}), (2, 6))
    assert made == Trigger("制裁", pred, frozenset({"target"}))
    assert hash(made) == hash(Trigger("制裁", pred, frozenset({"target"})))
    assert made != Trigger("制裁", pred, frozenset({"target"}), gap=3)
    assert made.event_type == pred.event_type
    moved = dataclasses.replace(made, predicate=other, inner=(1, 2))
    assert (moved.predicate, moved.inner, moved.event_type) == (other, (1, 2), other.event_type)
    assert pickle.loads(pickle.dumps(full)) == full
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.word = "会见"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Trigger("制裁", pred)  # type: ignore[call-arg]
    assert all(type(t) is Trigger and t.word == w for w, t in triggers().items())
