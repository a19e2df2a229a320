"""Round 46, helper ma: the lexicons' TSV rows are kept in the warm-up snapshot.

Rows read from a file of the ontology the snapshot was fingerprinted with come from the
snapshot the next time; a file edited after the snapshot was read is parsed anew; a file
elsewhere is always read.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


@pytest.fixture
def ontology(tmp_path, monkeypatch):
    """A copy of the ontology in use, the one kg reads, with a cache folder of its own."""
    from kg import snapshot
    from kg.resources import ontology_dir

    copy = tmp_path / "ontology"
    shutil.copytree(ontology_dir(), copy)
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("KG_ONTOLOGY", str(copy))
    snapshot._forget()
    yield copy
    monkeypatch.undo()
    snapshot._forget()


def _next_process() -> None:
    """What the next process reads: the snapshot saved, then read from its file."""
    from kg import snapshot

    snapshot.save()
    snapshot._forget()


def test_rows_come_from_the_snapshot(ontology: Path) -> None:
    from kg import snapshot
    from kg.lexicon import _read_rows, _rows

    path = ontology / "cues.tsv"
    first = _rows(path, 3)
    assert first == _read_rows(path, 3)
    _next_process()
    assert snapshot.ontology_name(path) == "cues.tsv"
    kept = [key for key in snapshot._loaded() if key.startswith("rows:3:cues.tsv:")]
    assert len(kept) == 1
    assert _rows(path, 3) == first


def test_a_file_edited_after_the_snapshot_was_read_is_parsed_anew(ontology: Path) -> None:
    from kg.lexicon import _rows

    path = ontology / "cues.tsv"
    before = _rows(path, 3)
    _next_process()
    with open(path, "a", encoding="utf-8") as handle:
        handle.write("测试用提示词\tnegated\tbefore\n")
    after = _rows(path, 3)
    assert after[:-1] == before and after[-1] == ["测试用提示词", "negated", "before"]
    _next_process()
    assert _rows(path, 3) == after


def test_a_file_elsewhere_is_read(ontology: Path, tmp_path: Path) -> None:
    from kg import snapshot
    from kg.lexicon import _rows

    other = tmp_path / "other.tsv"
    other.write_text("甲\t乙\n", encoding="utf-8")
    assert snapshot.ontology_name(other) is None
    assert _rows(other, 2) == [["甲", "乙"]]
    other.write_text("丙\t丁\n", encoding="utf-8")
    assert _rows(other, 2) == [["丙", "丁"]]
    assert not any(key.startswith("rows:") and "other" in key for key in snapshot._loaded())


def test_no_cache_folder_reads_the_file(ontology: Path, monkeypatch) -> None:
    from kg import snapshot
    from kg.lexicon import _read_rows, _rows

    monkeypatch.setenv("KG_CACHE_DIR", "off")
    snapshot._forget()
    path = ontology / "cues.tsv"
    assert snapshot.ontology_name(path) is None
    assert _rows(path, 3) == _read_rows(path, 3)
