"""The compiled-regex cache: the same patterns as re.compile, and a changed ontology seen."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg import regex_cache
from kg.lexicon import cue_pattern, trigger_pattern
from kg.regex_cache import compile_pattern

ROOT = Path(__file__).resolve().parent.parent

# the word regexes kg builds (classes of first characters, look-arounds, tries, split
# triggers), and one with groups: all long enough to be cached
TRIE = cue_pattern().pattern
TRIGGERS = trigger_pattern().pattern
GROUPS = "|".join(f"(?P<g{i}>x{i}[yz]+)" if i % 40 == 0 else f"a{i}b?" for i in range(300))


@pytest.fixture()
def cache(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    folder = regex_cache.cache_dir()
    assert folder is not None and folder.parent == tmp_path
    return folder


@pytest.mark.parametrize("pattern", [TRIE, TRIGGERS, GROUPS])
def test_cached_pattern_is_the_one_re_compiles(cache, pattern):
    assert len(pattern) >= regex_cache.MIN_CACHED_LENGTH
    first = compile_pattern(pattern)
    assert len(list(cache.glob("*.re"))) == 1
    second = compile_pattern(pattern)  # from the file
    plain = re.compile(pattern)
    # Pattern equality compares the pattern text, the flags and the engine's code
    assert first == plain and second == plain
    assert second.groupindex == plain.groupindex and second.groups == plain.groups
    text = "他说中国部长会议与美方军人见面, x40yz a299 x80zzy " * 3
    assert [m.span() for m in second.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_second_compile_reads_the_file(cache, monkeypatch):
    compile_pattern(GROUPS)

    def no_compiling(pattern):
        raise AssertionError("compiled again")

    monkeypatch.setattr(regex_cache, "_compile_parts", no_compiling)
    assert compile_pattern(GROUPS) == re.compile(GROUPS)


def test_damaged_or_foreign_file_falls_back_and_is_replaced(cache):
    compile_pattern(GROUPS)
    (path,) = cache.glob("*.re")
    for damage in (b"", b"not marshal", path.read_bytes()[:-40]):
        path.write_bytes(damage)
        assert compile_pattern(GROUPS) == re.compile(GROUPS)
        assert compile_pattern(GROUPS) == re.compile(GROUPS)  # the rewritten file


def test_code_the_engine_refuses_falls_back(cache, monkeypatch):
    """A file whose code is not valid for the engine: _sre checks it, re.compile takes over."""
    compile_pattern(GROUPS)
    (path,) = cache.glob("*.re")
    import marshal

    parts = list(marshal.loads(path.read_bytes()))
    parts[3] = b"\xff" * len(parts[3])
    path.write_bytes(marshal.dumps(tuple(parts)))
    assert compile_pattern(GROUPS) == re.compile(GROUPS)


def test_cache_off_and_unwritable_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", "off")
    assert regex_cache.cache_dir() is None
    assert compile_pattern(GROUPS) == re.compile(GROUPS)
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder would be")
    monkeypatch.setenv("KG_CACHE_DIR", str(blocker))
    assert compile_pattern(GROUPS) == re.compile(GROUPS)


def test_a_short_pattern_is_cached_only_when_it_holds_a_wide_class(cache):
    """A class of every hanzi makes re's compiler walk 21,000 characters, so a pattern that
    holds one is worth its file however short it is; another short pattern is not."""
    wide = r"的[\u4e00-\u9fff]{0,6}$"
    assert len(wide) < regex_cache.MIN_CACHED_LENGTH
    assert compile_pattern("的[一二三]{0,6}$") == re.compile("的[一二三]{0,6}$")
    assert not list(cache.glob("*.re"))
    assert compile_pattern(wide, wide=True) == re.compile(wide)
    assert len(list(cache.glob("*.re"))) == 1
    second = compile_pattern(wide, wide=True)  # from the file
    assert second == re.compile(wide)
    assert second.search("签署的和平协议").span() == (2, 7)


def test_old_files_are_pruned(cache, monkeypatch):
    monkeypatch.setattr(regex_cache, "MAX_FILES", 3)
    for n in range(6):
        compile_pattern(GROUPS + f"|z{n}")
    assert len(list(cache.glob("*.re"))) == 3


def test_a_file_read_again_outlives_newer_unused_ones(cache, monkeypatch):
    """Pruning goes by last use: the files this ontology reads every run stay, however long
    ago they were written, while files of other versions written since go first."""
    monkeypatch.setattr(regex_cache, "MAX_FILES", 3)
    patterns = [GROUPS + f"|z{n}" for n in range(3)]
    now = time.time()
    for age, pattern in zip((300, 200, 100), patterns, strict=True):  # z0 written first
        compile_pattern(pattern)
        os.utime(cache / regex_cache.file_name(pattern), (now - age, now - age))
    compile_pattern(patterns[0])  # read again: now the most recently used
    compile_pattern(GROUPS + "|z3")  # a new one: the folder is full, one file goes
    names = {f.name for f in cache.glob("*.re")}
    assert regex_cache.file_name(patterns[0]) in names
    assert regex_cache.file_name(patterns[1]) not in names


def test_word_patterns_do_not_change_with_the_hash_seed():
    """A pattern built from a set in its iteration order would be another text, so another
    cache file, on every run: compiled anew each time and filling the cache folder."""
    code = (
        "from kg.extract import _people_pattern; from kg.lexicon import trigger_pattern\n"
        "from kg.regex_cache import file_name\n"
        "print(file_name(_people_pattern().pattern) + file_name(trigger_pattern().pattern))"
    )
    started = [  # three independent processes, run at once
        subprocess.Popen(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": seed, "KG_CACHE_DIR": "off"},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for seed in ("1", "2", "3")
    ]
    outputs = set()
    for process in started:
        stdout, stderr = process.communicate(timeout=300)
        assert process.returncode == 0, stderr
        outputs.add(stdout.split()[0])
    assert len(outputs) == 1


_NEW_TRIGGER = "猛烈敲打"  # a word no lexicon file holds


def _finds_new_trigger(env: dict[str, str]) -> str:
    code = (
        "from kg.lexicon import trigger_pattern\n"
        f"m = trigger_pattern().search('美国{_NEW_TRIGGER}朝鲜')\n"
        "print(m.group() if m else None)"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return run.stdout.strip()


def test_an_edited_ontology_file_is_seen(tmp_path):
    """A trigger added to a copy of the ontology matches in the next run, whose trigger
    regex the cache already held for the unedited lexicon."""
    ontology = tmp_path / "ontology"
    shutil.copytree(ROOT / "ontology", ontology)
    env = {**os.environ, "KG_CACHE_DIR": str(tmp_path / "cache"), "KG_ONTOLOGY": str(ontology)}
    assert _finds_new_trigger(env) == "None"
    assert _finds_new_trigger(env) == "None"  # from the cache
    with open(ontology / "triggers.tsv", "a", encoding="utf-8") as out:
        out.write(f"{_NEW_TRIGGER}\tcriticises\tafter\n")
    assert _finds_new_trigger(env) == _NEW_TRIGGER
