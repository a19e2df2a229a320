"""Round 32, helper sf: what a build does besides the per-sentence rules.

The ontology's gazetteer is kept in the warm-up snapshot as a pickle of its tables: loaded
from there it must be the gazetteer the files give, and an edited file must be read anew.
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """An empty cache folder of this test's own; the snapshot and the gazetteer read anew."""
    from kg import snapshot
    from kg.gazetteer import load_gazetteer

    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    snapshot._forget()
    load_gazetteer.cache_clear()
    yield tmp_path / "cache"
    monkeypatch.undo()
    snapshot._forget()
    load_gazetteer.cache_clear()
    _forget_words()


def _forget_words() -> None:
    from kg import lexicon

    lexicon.forget_words()


def _copied_ontology(tmp_path: Path, monkeypatch) -> Path:
    """A copy of the ontology in use, made the one kg reads, with nothing of it remembered."""
    from kg import snapshot
    from kg.gazetteer import load_gazetteer
    from kg.resources import ontology_dir

    copy = tmp_path / "ontology"
    shutil.copytree(ontology_dir(), copy)
    monkeypatch.setenv("KG_ONTOLOGY", str(copy))
    _forget_words()
    snapshot._forget()
    load_gazetteer.cache_clear()
    return copy


def _again() -> object:
    """The gazetteer as the next process loads it: the snapshot read from its file."""
    from kg import snapshot
    from kg.gazetteer import load_gazetteer

    snapshot.save()
    snapshot._forget()
    load_gazetteer.cache_clear()
    return load_gazetteer()


def _assert_same(kept, read) -> None:
    """Every table equal, the dictionaries in the same order, the indexes of the same words
    and regex."""
    for field in dataclasses.fields(read):
        a, b = getattr(kept, field.name), getattr(read, field.name)
        if field.name.endswith("_index"):
            assert a._words == b._words, field.name
            assert a._pattern.pattern == b._pattern.pattern, field.name
            text = "美国总统会见以色列总理"
            assert a.starts(text, 0, len(text)) == b.starts(text, 0, len(text))
            continue
        assert a == b, field.name
        if isinstance(a, dict):
            assert list(a) == list(b), field.name


def _kept_names() -> list[str]:
    from kg import snapshot

    return [name for name in snapshot._loaded() if name.startswith("gazetteer:")]


def test_the_kept_gazetteer_is_the_one_the_files_give(cache: Path) -> None:
    from kg.gazetteer import _read_gazetteer, load_gazetteer
    from kg.resources import ontology_dir

    first = load_gazetteer()
    kept = _again()
    assert kept is not first
    assert len(_kept_names()) == 1  # it came from the file
    read = _read_gazetteer(ontology_dir() / "gazetteer")
    _assert_same(first, read)
    _assert_same(kept, read)
    # the actors the tables share are one object, as in the tables read
    actor, _ = kept.surfaces[read.actors["USA"].label]
    assert actor is kept.actors["USA"]


def test_an_organ_composed_later_is_not_kept(cache: Path) -> None:
    """Extraction adds composed organs to the gazetteer it was given: the snapshot holds the
    tables as the files give them, pickled before any article."""
    from kg.gazetteer import _read_gazetteer, load_gazetteer
    from kg.resources import ontology_dir

    gaz = load_gazetteer()
    country = gaz.actors["USA"]
    institution = next(i for i in gaz.institutions.values() if i.kind != "self")
    organ = gaz.compose(country, institution)
    assert organ.key in gaz.actors
    assert organ.key not in _read_gazetteer(ontology_dir() / "gazetteer").actors
    assert organ.key not in _again().actors


@pytest.mark.parametrize("forget", [True, False])
def test_an_edited_gazetteer_file_is_read_anew(cache: Path, tmp_path, monkeypatch, forget):
    """A person added to people.tsv of the ontology in use: found at once, by a new process
    (``forget``) or by this one reading the gazetteer again, never the old tables."""
    from kg import snapshot
    from kg.gazetteer import load_gazetteer

    copy = _copied_ontology(tmp_path, monkeypatch)
    assert "测试用人名" not in load_gazetteer().surfaces
    assert "测试用人名" not in _again().surfaces
    with open(copy / "gazetteer" / "people.tsv", "a", encoding="utf-8") as handle:
        handle.write("TEST_PERSON\t测试用人名\t\tUSA\t\t\tTest Person\n")
    if forget:
        snapshot.save()
        snapshot._forget()
    load_gazetteer.cache_clear()
    new = load_gazetteer()
    assert new.surfaces["测试用人名"][0].key == "TEST_PERSON"
    assert _again().surfaces["测试用人名"][0].key == "TEST_PERSON"


def test_an_edited_word_class_is_read_anew(cache: Path, tmp_path, monkeypatch) -> None:
    """The tables read words.tsv's run_short class too: a short form moved into it is kept
    apart from the plain short forms in the next gazetteer, not taken from the old one."""
    from kg.gazetteer import load_gazetteer

    copy = _copied_ontology(tmp_path, monkeypatch)
    old = _again()
    short = next(s for s in old.shorts if s not in old.run_shorts)
    with open(copy / "words.tsv", "a", encoding="utf-8") as handle:
        handle.write(f"{short}\trun_short\n")
    _forget_words()  # (a new process reads words.tsv anew)
    load_gazetteer.cache_clear()
    new = load_gazetteer()
    assert short in new.run_shorts and short not in new.shorts


def test_no_cache_folder_reads_the_files(tmp_path, monkeypatch) -> None:
    from kg import snapshot
    from kg.gazetteer import _read_gazetteer, load_gazetteer
    from kg.resources import ontology_dir

    monkeypatch.setenv("KG_CACHE_DIR", "off")
    snapshot._forget()
    load_gazetteer.cache_clear()
    try:
        assert not snapshot.snapshot_on()
        _assert_same(load_gazetteer(), _read_gazetteer(ontology_dir() / "gazetteer"))
        assert _kept_names() == []
    finally:
        monkeypatch.undo()
        snapshot._forget()
        load_gazetteer.cache_clear()


def test_a_folder_given_is_always_read(cache: Path, tmp_path) -> None:
    from kg.gazetteer import load_gazetteer
    from kg.resources import ontology_dir

    folder = tmp_path / "gazetteer"
    shutil.copytree(ontology_dir() / "gazetteer", folder)
    assert "测试用人名" not in load_gazetteer(str(folder)).surfaces
    with open(folder / "people.tsv", "a", encoding="utf-8") as handle:
        handle.write("TEST_PERSON\t测试用人名\t\tUSA\t\t\tTest Person\n")
    load_gazetteer.cache_clear()
    assert "测试用人名" in load_gazetteer(str(folder)).surfaces
    assert _kept_names() == []


# ------------------------------------------- the noncharacters a one-process build looks for


def _searched(data: bytes) -> bool:
    """The test as it was: a search of the bytes for each of the two."""
    return b"\xef\xbf\xbe" in data or b"\xef\xbf\xbf" in data


def test_the_noncharacters_are_found_as_the_byte_searches_found_them() -> None:
    """Every string of up to five bytes made of the lead byte, the bytes that may follow it and
    others: numpy's answer is the searches' (a lead byte at the end, cut short, included)."""
    import itertools

    import numpy as np

    from kg.memgraph import _holds_noncharacter

    pieces = [b"\xef", b"\xbf", b"\xbe", b"\xbd", b"\xbc", b"a"]
    tried = 0
    for size in range(6):
        for chosen in itertools.product(pieces, repeat=size):
            data = b"".join(chosen)
            assert _holds_noncharacter(np.frombuffer(data, dtype=np.uint8)) == _searched(data)
            tried += 1
    assert tried == 9331


@pytest.mark.parametrize("char", ["\ufffe", "\uffff", "\ufffd", "\uff0c", "\uefbf"])
def test_a_noncharacter_in_a_sentence_sends_the_build_to_the_store(char: str) -> None:
    """Where a literal holds U+FFFE or U+FFFF the store spells the line otherwise, so the
    build in memory must not answer; the characters next to them (U+FFFD, the fullwidth
    comma, U+EFBF) must not stop it."""
    from kg.memgraph import _spelled_as_stored

    line = "<https://w3id.org/kg-events/report/1> <https://w3id.org/kg-events/ontology#sentence> "
    data = f'{line}"美国{char}制裁，朝鲜。" .\n'.encode()
    assert _spelled_as_stored(data, b"") == (char not in "\ufffe\uffff")


# ------------------------------------------------------ the page's starting positions


@pytest.mark.parametrize("seed", [7, 0, 12345])
def test_the_starting_positions_are_a_new_random_states(seed: int) -> None:
    """Every count, in any order (a small component after a large one and the other way
    round, and past the numbers drawn first): the numbers of a RandomState made anew."""
    from numpy.random import RandomState

    from kg import views

    views._UNIFORMS.pop(seed, None)
    counts = [6, 2, 600, 372, 1, 0, 601, 1500, 8, 1499]
    for count in counts:
        assert views._random_state_uniforms(seed, count) == RandomState(seed).rand(count).tolist()
    for count in range(0, 700, 7):
        assert views._random_state_uniforms(seed, count) == RandomState(seed).rand(count).tolist()


def test_the_kept_numbers_are_not_handed_out_to_be_changed() -> None:
    """A layout gets its own list: changing it changes nothing the next layout gets."""
    from numpy.random import RandomState

    from kg import views

    first = views._random_state_uniforms(7, 6)
    first[0] = -1.0
    assert views._random_state_uniforms(7, 6) == RandomState(7).rand(6).tolist()


@pytest.mark.parametrize("seed", [0, 1, 7, 42, 2**31, 2**32 - 1])
def test_python_draws_numpys_numbers(seed: int) -> None:
    """Python's twister, given the state numpy's RandomState makes of a seed, draws numpy's
    floats bit for bit."""
    from numpy.random import RandomState

    from kg import views

    views._UNIFORMS.pop(seed, None)
    assert views._random_state_uniforms(seed, 1300) == RandomState(seed).rand(1300).tolist()


@pytest.mark.parametrize("seed", [-1, 2**32])
def test_a_seed_numpy_refuses_is_refused(seed: int) -> None:
    from numpy.random import RandomState

    from kg import views

    with pytest.raises(ValueError):
        RandomState(seed)
    with pytest.raises(ValueError):
        views._random_state_uniforms(seed, 4)
