"""Tests for kg.resources: where the ontology files are found."""

from __future__ import annotations

from pathlib import Path

import pytest

import kg
from kg.resources import ontology_dir, ontology_file

ROOT = Path(__file__).resolve().parent.parent
# the default: the repository's ontology/ for kg run from its source tree (or an editable
# install), the copy a wheel carries (kg/_ontology) for an installed kg, e.g. the compiled build
PACKAGE = Path(kg.__file__).resolve().parent
DEFAULT = ROOT / "ontology" if PACKAGE == ROOT / "kg" else PACKAGE / "_ontology"


def test_repository_ontology_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KG_ONTOLOGY", raising=False)
    assert ontology_dir() == DEFAULT
    assert ontology_file("gazetteer", "countries.tsv") == DEFAULT / "gazetteer/countries.tsv"


def test_override_followed_whenever_it_changes(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The paths are kept per KG_ONTOLOGY value, so a new value is seen at once."""
    monkeypatch.setenv("KG_ONTOLOGY", str(tmp_path / "one"))
    assert ontology_file("kg.ttl") == tmp_path / "one" / "kg.ttl"
    monkeypatch.setenv("KG_ONTOLOGY", str(tmp_path / "two"))
    assert ontology_dir() == tmp_path / "two"
    assert ontology_file("kg.ttl") == tmp_path / "two" / "kg.ttl"
    monkeypatch.setenv("KG_ONTOLOGY", "")
    assert ontology_file("kg.ttl") == DEFAULT / "kg.ttl"


def test_same_path_object_each_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """The caches that load a file are keyed by its path: the same object is a quick key."""
    monkeypatch.delenv("KG_ONTOLOGY", raising=False)
    assert ontology_file("boilerplate.txt") is ontology_file("boilerplate.txt")
